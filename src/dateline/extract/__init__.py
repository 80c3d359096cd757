"""Extraction stages: time, places, actors, figures, events.

Each stage is a plain function or a small class over the document text and
the one spaCy ``Doc`` of ``dateline.nlp``; ``dateline.pipeline`` runs them in
order and gathers their dataclasses into an ``Extraction``.
"""
