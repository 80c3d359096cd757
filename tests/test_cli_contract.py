"""The CLI's contract: shapes of every command's output and per-item errors."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from contract import check_extract


def run_cli(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "dateline.cli", *args], input=stdin,
                          capture_output=True, timeout=600, cwd=cwd)


def test_extract_bad_items_are_reported_and_the_rest_goes_on(tmp_path: Path) -> None:
    (tmp_path / "a_good.txt").write_text("Protesters marched in Cairo on Monday against price rises.\n")
    (tmp_path / "b_binary.txt").write_bytes(b"\x00\x01\x02\x03")
    (tmp_path / "c_latin1.txt").write_bytes("Caf\xe9 attacked".encode("latin-1"))
    (tmp_path / "d_empty.txt").write_text("")
    (tmp_path / "e_bad.jsonl").write_text('{"id": "ok1", "text": "Troops shelled the village."}\n{broken\n')
    proc = run_cli("extract", str(tmp_path), "--published", "2021-06-07")
    assert proc.returncode == 0
    outs = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert [o["id"] for o in outs] == ["a_good", "b_binary", "c_latin1", "d_empty", "ok1", "e_bad-2"]
    by_id = {o["id"]: o for o in outs}
    assert by_id["a_good"]["errors"] == [] and by_id["ok1"]["errors"] == []
    for bad in ("b_binary", "c_latin1", "d_empty", "e_bad-2"):
        assert by_id[bad]["errors"], bad
        assert bad in proc.stderr.decode()
    for o in outs:
        check_extract(o)


def test_extract_reads_stdin_jsonl() -> None:
    data = json.dumps({"id": "x", "text": "Police arrested ten people in Lagos on Friday.",
                       "published": "2022-03-05"}).encode() + b"\n"
    proc = run_cli("extract", "-", stdin=data)
    assert proc.returncode == 0, proc.stderr.decode()
    out = json.loads(proc.stdout)
    assert out["id"] == "x" and out["published"] == "2022-03-05"
    check_extract(out, "Police arrested ten people in Lagos on Friday.")


def test_geocode_given_spans_one_place_per_mention(tmp_path: Path) -> None:
    text = "Shelling hit Aleppo and Idlib, while talks went on in Geneva."
    spans = [(text.index(w), text.index(w) + len(w)) for w in ("Aleppo", "Idlib", "Geneva")]
    rec = {"id": "g1", "text": text, "mentions": [{"start": s, "end": e} for s, e in spans]}
    (tmp_path / "g.jsonl").write_text(json.dumps(rec) + "\n")
    proc = run_cli("geocode", str(tmp_path / "g.jsonl"))
    assert proc.returncode == 0, proc.stderr.decode()
    out = json.loads(proc.stdout)
    assert out["id"] == "g1" and len(out["places"]) == 3
    assert [(p["start"], p["end"]) for p in out["places"]] == spans
    assert [p["country_code"] for p in out["places"]] == ["SY", "SY", "CH"]


def test_bad_published_option_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Some text.")
    proc = run_cli("extract", str(tmp_path), "--published", "not-a-date")
    assert proc.returncode != 0 and b"--published" in proc.stderr


def test_ingest_is_idempotent_and_store_commands_answer(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "one.txt").write_text("Government forces shelled the town of Maarat al-Numan in Idlib "
                                    "on Tuesday, killing three civilians, a monitor said.\n")
    (corpus / "two.txt").write_text("Hundreds of protesters gathered in Beirut on Sunday to demand "
                                    "the resignation of the government.\n")
    db = f"sqlite:///{tmp_path / 'd.db'}"
    first = run_cli("ingest", str(corpus), "--db", db, "--published", "2019-05-14")
    assert first.returncode == 0, first.stderr.decode()
    assert b"ingested 2 new" in first.stderr
    again = run_cli("ingest", str(corpus), "--db", db, "--published", "2019-05-14")
    assert b"ingested 0 new, 2 already stored" in again.stderr
    events = run_cli("events", "--db", db)
    assert events.returncode == 0, events.stderr.decode()
    rows = [json.loads(line) for line in events.stdout.decode().splitlines()]
    assert rows and all(r["source_count"] >= 1 and r["documents"] for r in rows)
    stories = run_cli("stories", "--db", db)
    assert stories.returncode == 0, stories.stderr.decode()
    for line in stories.stdout.decode().splitlines():
        s = json.loads(line)
        assert set(s) >= {"story_id", "title", "documents", "start", "end"}
    tl = run_cli("timeline", "--db", db, "--format", "json")
    assert tl.returncode == 0, tl.stderr.decode()
    entries = json.loads(tl.stdout)
    assert isinstance(entries, list)
    assert [e["date"] for e in entries] == sorted(e["date"] for e in entries)
    for fmt in ("csv", "acled", "geojson"):
        proc = run_cli("events", "--db", db, "--format", fmt)
        assert proc.returncode == 0 and proc.stdout, (fmt, proc.stderr.decode())


def test_timeline_of_unknown_story_is_a_clear_error(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'empty.db'}"
    proc = run_cli("timeline", "--db", db, "--story", "no-such-story")
    assert proc.returncode == 2
    assert b"no-such-story" in proc.stderr and b"Traceback" not in proc.stderr
