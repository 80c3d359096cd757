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
