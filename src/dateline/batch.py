"""Batch extraction on a Dask cluster (``dateline ingest ... --dask local|ADDRESS``).

Documents are cut into partitions and sent to the workers; each worker
process loads the spaCy pipeline once (``dateline.nlp.get_nlp`` keeps it per
process) and runs ``dateline.pipeline.extract_documents`` on its partitions.
The extractions come back to the client, in input order, where they are
stored and fused: the store is written by one process only.
"""
from __future__ import annotations

import argparse
import logging
import sys
from collections import deque
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator, Optional

from dateline.model import Document, Extraction

log = logging.getLogger(__name__)
DEFAULT_PARTITION = 16


@dataclass
class IngestSummary:
    """What one ingest run did."""

    added: int = 0
    skipped: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)  # "doc id (origin): message"
    stored: list[Extraction] = field(default_factory=list)


def extract_partition(docs: list[Document]) -> list[Extraction]:
    """Run on a worker: extract one partition (the pipeline loads once per process)."""
    from dateline.pipeline import extract_documents

    return list(extract_documents(docs))


def partitions(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
    chunk: list[Document] = []
    for doc in docs:
        chunk.append(doc)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def make_client(address: str, workers: Optional[int] = None, processes: bool = True) -> Any:
    """A Dask client: ``local`` starts a LocalCluster here, anything else is a scheduler address."""
    from dask.distributed import Client, LocalCluster

    if address == "local":
        cluster = LocalCluster(n_workers=workers or 2, threads_per_worker=1, processes=processes,
                               dashboard_address=None)
        client = Client(cluster)
        client._dateline_cluster = cluster  # closed with the client by close_client
        return client
    return Client(address)


def close_client(client: Any) -> None:
    cluster = getattr(client, "_dateline_cluster", None)
    client.close()
    if cluster is not None:
        cluster.close()


def extract_with_dask(docs: Iterable[Document], client: Any, partition_size: int = DEFAULT_PARTITION,
                      in_flight: Optional[int] = None) -> Iterator[Extraction]:
    """Extractions of ``docs`` computed on the cluster of ``client``, in input order.

    At most ``in_flight`` partitions (default: 3 per worker thread) are on the
    cluster at once, so a large corpus streams through instead of being held
    in memory whole, while every worker always has the next partition queued.
    """
    if in_flight is None:
        threads = sum((client.nthreads() or {}).values()) or 1
        in_flight = 3 * threads
    window: deque[Any] = deque()
    chunks = partitions(docs, partition_size)
    for chunk in chunks:
        window.append(client.submit(extract_partition, chunk, pure=False))
        if len(window) >= in_flight:
            yield from window.popleft().result()  # oldest first: output keeps input order
    while window:
        yield from window.popleft().result()


def store_extractions(store: Any, exts: Iterable[Extraction]) -> IngestSummary:
    """Store extractions, then fuse their events and update stories (one writer: the caller)."""
    summary = IngestSummary()
    for ext in exts:
        for err in list(ext.doc.errors) + list(ext.errors):
            summary.errors.append(f"{ext.doc.id} ({ext.doc.origin or '-'}): {err}")
        if ext.doc.errors:
            summary.failed += 1
            continue
        if store.add_extraction(ext):
            summary.added += 1
            summary.stored.append(ext)
        else:
            summary.skipped += 1
    refresh_fusion(store, summary.stored)
    return summary


def refresh_fusion(store: Any, stored: list[Extraction]) -> None:
    """Fuse newly stored events and regroup stories, with whatever the fuse package offers."""
    try:
        from dateline.fuse import update
    except ImportError:
        update = None
    if update is not None:
        update(store, stored)
        return
    try:
        from dateline.fuse.stories import update_stories
    except ImportError:
        return
    update_stories(store, [e.doc.id for e in stored])


def ingest(store: Any, docs: Iterable[Document], client: Any = None,
           partition_size: int = DEFAULT_PARTITION) -> IngestSummary:
    """Extract the documents not yet stored (on ``client``'s cluster, or here) and store them."""
    skipped = 0

    def unseen() -> Iterator[Document]:
        nonlocal skipped
        for doc in docs:
            if not doc.errors and store.has_document(doc.content_hash):
                skipped += 1
                continue
            yield doc

    fresh = unseen()  # streamed: documents are read as the extraction asks for them
    if client is not None:
        exts: Iterable[Extraction] = extract_with_dask(fresh, client, partition_size)
    else:
        from dateline.pipeline import extract_documents

        exts = extract_documents(fresh)
    summary = store_extractions(store, exts)
    summary.skipped += skipped
    return summary


def ingest_command(args: argparse.Namespace) -> int:
    """``dateline ingest PATH... --dask ADDRESS``: the CLI's ingest with extraction on Dask."""
    from dateline.cli import _documents, _open

    client = make_client(args.dask, workers=getattr(args, "dask_workers", None))
    try:
        with _open(args) as store:
            summary = ingest(store, _documents(args.paths, args.published), client,
                             partition_size=getattr(args, "dask_partition", None) or DEFAULT_PARTITION)
    finally:
        close_client(client)
    for err in summary.errors:
        print(f"dateline: {err}", file=sys.stderr)
    print(f"dateline: ingested {summary.added} new, {summary.skipped} already stored, "
          f"{summary.failed} failed (extracted on Dask: {args.dask})", file=sys.stderr)
    return 0
