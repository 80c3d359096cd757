"""Run every benchmark (`benchmarks/bench_*.py`, each exposing `main() -> dict`).

Speeds are reported next to raw spaCy on the same texts in the same run, so
the figures compare across machines. Results go to standard output and to
`benchmarks/results.json`.

    make bench                      # all
    .venv/bin/python benchmarks/run.py time places   # some
"""
from __future__ import annotations

import importlib.util
import json
import platform
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def load(path: Path):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(HERE))
    spec.loader.exec_module(module)
    return module


def main(argv: list[str]) -> int:
    wanted = set(argv)
    results: dict[str, object] = {"machine": {"python": platform.python_version(),
                                              "processor": platform.machine(),
                                              "when": time.strftime("%Y-%m-%d %H:%M:%S")}}
    failed = False
    for path in sorted(HERE.glob("bench_*.py")):
        name = path.stem.removeprefix("bench_")
        if wanted and name not in wanted:
            continue
        print(f"== {name}", flush=True)
        start = time.perf_counter()
        try:
            res = load(path).main()
        except Exception as exc:  # one broken benchmark must not hide the others
            failed = True
            res = {"error": f"{type(exc).__name__}: {exc}"}
        res = dict(res or {})
        res["wall_s"] = round(time.perf_counter() - start, 2)
        results[name] = res
        print(json.dumps(res, indent=2, ensure_ascii=False), flush=True)
    (HERE / "results.json").write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    print(f"results written to {HERE / 'results.json'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
