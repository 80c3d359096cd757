"""Plain facts of a parse's tokens, read once per document and shared by the stages.

Every ``doc[i]`` or ``for tok in doc`` builds a new Python ``Token``, and each
of its attributes (``text``, ``pos_``, ``head`` ...) is another call into
spaCy; stages that walk the same document many times (the place scan walks it
three times, each token read several times) pay that again and again. Here
each attribute is read for all tokens at once, on first use, into a plain list
kept in ``doc.user_data``; ``facts.text[i]`` is then a list lookup.

Only for reading: a stage that changes the parse (none does after
``dateline.nlp``) must not use facts read before the change.
"""
from __future__ import annotations

from functools import cached_property

from spacy.tokens import Doc, Span

_KEY = "dateline_token_facts"


class TokenFacts:
    """Per-token lists (index ``i`` is ``doc[i]``), each built on first use."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc

    @cached_property
    def text(self) -> list[str]:
        return [t.text for t in self.doc]

    @cached_property
    def idx(self) -> list[int]:
        return [t.idx for t in self.doc]

    @cached_property
    def lower(self) -> list[str]:
        return [t.lower_ for t in self.doc]

    @cached_property
    def pos(self) -> list[str]:
        return [t.pos_ for t in self.doc]

    @cached_property
    def tag(self) -> list[str]:
        return [t.tag_ for t in self.doc]

    @cached_property
    def dep(self) -> list[str]:
        return [t.dep_ for t in self.doc]

    @cached_property
    def head(self) -> list[int]:
        return [t.head.i for t in self.doc]

    @cached_property
    def ent_type(self) -> list[str]:
        return [t.ent_type_ for t in self.doc]

    @cached_property
    def is_sent_start(self) -> list[bool]:
        return [bool(t.is_sent_start) for t in self.doc]

    @cached_property
    def whitespace(self) -> list[str]:
        return [t.whitespace_ for t in self.doc]

    @cached_property
    def ents(self) -> tuple[Span, ...]:
        """``doc.ents`` (which builds new spans on every call)."""
        return tuple(self.doc.ents)


def token_facts(doc: Doc) -> TokenFacts:
    """The shared facts of ``doc`` (made on the first call for this parse)."""
    facts = doc.user_data.get(_KEY)
    if facts is None or facts.doc is not doc:
        facts = doc.user_data[_KEY] = TokenFacts(doc)
    return facts
