"""Batch extraction throughput: in this process versus a local Dask cluster.

The demo corpus (``data/demo``) repeated to ``N_DOCS`` documents is extracted
once serially (``dateline.pipeline.extract_documents``) and once on a
``LocalCluster`` of ``WORKERS`` processes (``dateline.batch.extract_with_dask``).
Cluster start-up (and each worker loading the spaCy pipeline) is timed apart
from the extraction itself. On a machine with fewer free cores than workers
the cluster cannot be faster: read the figures with ``cpu_count``.
"""
from __future__ import annotations

import json
import os
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

N_DOCS = 48
WORKERS = 2
CORPUS = Path(__file__).resolve().parents[1] / "data" / "demo"


def corpus(n: int) -> list[Any]:
    from dateline.ingest import read_paths

    base = [d for d in read_paths([str(CORPUS)]) if not d.errors]
    return [replace(base[i % len(base)], id=f"{base[i % len(base)].id}-{i}") for i in range(n)]


def main() -> dict[str, Any]:
    from dask.distributed import wait

    from dateline.batch import close_client, extract_partition, extract_with_dask, make_client
    from dateline.pipeline import extract_documents

    docs = corpus(N_DOCS)
    list(extract_documents(docs[:2]))  # load the pipeline before timing
    t = time.perf_counter()
    serial = list(extract_documents(docs))
    serial_s = time.perf_counter() - t
    t = time.perf_counter()
    client = make_client("local", workers=WORKERS)
    try:
        wait([client.submit(extract_partition, docs[:1], pure=False, workers=[w])
              for w in client.scheduler_info()["workers"]])  # each worker loads the pipeline
        startup_s = time.perf_counter() - t
        t = time.perf_counter()
        dask = list(extract_with_dask(docs, client, partition_size=4))
        dask_s = time.perf_counter() - t
    finally:
        close_client(client)
    assert [e.doc.id for e in dask] == [e.doc.id for e in serial]
    return {"documents": N_DOCS, "workers": WORKERS, "cpu_count": os.cpu_count(),
            "serial_docs_per_s": round(N_DOCS / serial_s, 2),
            "dask_docs_per_s": round(N_DOCS / dask_s, 2),
            "dask_startup_s": round(startup_s, 1),
            "same_event_counts": sum(len(e.events) for e in dask) == sum(len(e.events) for e in serial)}


if __name__ == "__main__":
    print(json.dumps(main(), indent=2))
