"""Dask batch extraction: partitions go to workers, results come back in order and are stored."""
from __future__ import annotations

import pytest

from dateline.model import Document

distributed = pytest.importorskip("dask.distributed")

from dateline.batch import (close_client, extract_with_dask, ingest, make_client,  # noqa: E402
                            partitions)

TEXTS = [
    "Government forces shelled the town of Hajin on Monday, wounding two children, residents said.",
    "Hundreds of people protested in Deir ez-Zor on Tuesday against the strikes.",
    "Rebels seized the village of Baghuz on Wednesday after the army withdrew.",
]


def _docs() -> list[Document]:
    docs = [Document(id=f"d{i}", text=t, published="2025-03-10") for i, t in enumerate(TEXTS)]
    docs.append(Document(id="bad", text="", errors=["not valid UTF-8 text"]))
    return docs


def test_partitions_keep_order() -> None:
    chunks = list(partitions(_docs(), 3))
    assert [len(c) for c in chunks] == [3, 1]
    assert [d.id for c in chunks for d in c] == ["d0", "d1", "d2", "bad"]


@pytest.fixture(scope="module")
def client():  # type: ignore[no-untyped-def]
    c = make_client("local", workers=1, processes=False)
    yield c
    close_client(c)


def test_extract_on_local_cluster_in_input_order(client) -> None:  # type: ignore[no-untyped-def]
    exts = list(extract_with_dask(_docs(), client, partition_size=2))
    assert [e.doc.id for e in exts] == ["d0", "d1", "d2", "bad"]
    assert exts[3].doc.errors  # the bad item comes back with its error, the others go on
    assert all(not e.doc.errors for e in exts[:3])
    # Extraction really ran on the worker: the sentences were parsed and times tagged.
    assert any(t.value.startswith("2025-03") for e in exts[:3] for t in e.timexes)


def test_ingest_stores_and_skips_known(client, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from dateline.store import open_store

    with open_store(f"sqlite:///{tmp_path / 'batch.db'}") as store:
        first = ingest(store, _docs(), client, partition_size=2)
        assert (first.added, first.failed) == (3, 1)
        assert any("bad" in e for e in first.errors)
        again = ingest(store, _docs(), client)
        assert (again.added, again.skipped) == (0, 3)
        assert sorted(e.doc.id for e in store.extractions()) == ["d0", "d1", "d2"]


def test_cli_ingest_dask_option(client, tmp_path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    """`dateline ingest PATH --dask local` goes through dateline.batch and stores the documents."""
    import dateline.batch as batch
    from dateline.cli import main
    from dateline.store import open_store

    asked: list[str] = []
    monkeypatch.setattr(batch, "make_client", lambda address, workers=None: asked.append(address) or client)
    monkeypatch.setattr(batch, "close_client", lambda c: None)  # the module's cluster outlives this test
    folder = tmp_path / "in"
    folder.mkdir()
    for i, text in enumerate(TEXTS):
        (folder / f"n{i}.txt").write_text(text, encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"caf\xe9 latin-1\n")
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    assert main(["ingest", str(folder), "--db", url, "--dask", "local", "--published", "2025-03-10"]) == 0
    assert asked == ["local"]
    err = capsys.readouterr().err
    assert "ingested 3 new, 0 already stored, 1 failed" in err and "broken" in err
    with open_store(url) as store:
        assert sorted(e.doc.id for e in store.extractions()) == ["n0", "n1", "n2"]


def test_bounded_window_streams_in_order(client) -> None:  # type: ignore[no-untyped-def]
    docs = [Document(id=f"e{i}", text="", errors=["empty"]) for i in range(7)]  # cheap: no parsing
    out = list(extract_with_dask(iter(docs), client, partition_size=2, in_flight=1))
    assert [e.doc.id for e in out] == [f"e{i}" for i in range(7)]
