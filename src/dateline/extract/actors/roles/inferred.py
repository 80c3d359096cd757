"""Actors the parse gives no mention for: victims counted by a harm verb, owners
of civilian property, unidentified attackers, places an act is aimed at, and a
name in apposition that stands for the noun it names."""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Token

from dateline.extract.actors import lexicon
from dateline.extract.actors.roles.candidates import _is_source
from dateline.extract.actors.roles.clauses import _head, _Node, doc_text
from dateline.extract.actors.roles.words import (
    CIRCUMSTANCE_PREPS, HARM_VERBS, PLACE_AIM_PREPS, PLACE_TARGET_PREPS, PLACE_WHERE_PREPS,
)
from dateline.model import ActorMention
from dateline.nlp import lemma


def _victims(sdoc: Doc, inside: list[ActorMention], a1: Optional[ActorMention],
             start: int, end: int) -> Optional[ActorMention]:
    """ACLED's actor2 of a violent event with no target in the parse: the civilians
    it killed or wounded ("..., killing seven civilians"), never a source of the report."""
    for m in inside:
        if m.kind != "civilians" or (a1 is not None and m.name == a1.name):
            continue
        h = _head(sdoc, m)
        if h is None or _is_source(h, m):
            continue
        if (h.dep_ == "dobj" and lemma(h.head) in HARM_VERBS) or _harmed_subject(sdoc, m):
            return m
    return None


def _harmed_subject(sdoc: Doc, m: ActorMention) -> bool:
    """Is the mention the passive subject of a harm verb ("civilians were killed")?"""
    h = _head(sdoc, m)
    return h is not None and h.dep_ == "nsubjpass" and lemma(h.head) in HARM_VERBS


def _civilian_property_owner(sdoc: Doc, trigger: Token, region: dict[int, _Node]) -> Optional[ActorMention]:
    """"Warplanes struck houses": ACLED codes the owners, civilians of the country
    (inferred: start == end == -1)."""
    from dateline.extract.actors.dictionary import get_dictionary
    from dateline.extract.actors.finder import DOC_COUNTRY_KEY

    for i in region:
        for c in sdoc[i].children:
            if c.dep_ == "dobj" and c.text.lower() in lexicon.CIVILIAN_PROPERTY:
                code = sdoc.user_data.get(DOC_COUNTRY_KEY)
                cname = get_dictionary().country_name(code)
                name = f"Civilians ({cname})" if cname else "Civilians"
                return ActorMention(-1, -1, "", name, "civilians", code)
    return None


def _unidentified_attacker(sdoc: Doc, victim: Optional[ActorMention], context: str = "",
                           air: bool = False) -> ActorMention:
    """"A man was shot and killed": ACLED's perpetrator is an unidentified armed
    group of the country (inferred: start == end == -1). An air or drone strike
    nobody is named for is ACLED's "Unidentified Military Forces" (no country:
    only states and coalitions fly them, and we do not guess whose)."""
    from dateline.extract.actors.dictionary import get_dictionary
    from dateline.extract.actors.finder import DOC_COUNTRY_KEY

    low = context.lower()
    if air or any(w in low for w in lexicon.AIR_STRIKE_WORDS):
        return ActorMention(-1, -1, "", "Unidentified Military Forces", "state", None)

    code = sdoc.user_data.get(DOC_COUNTRY_KEY) or (victim.country if victim is not None else None)
    cname = get_dictionary().country_name(code)
    name = f"Unidentified Armed Group ({cname})" if cname else "Unidentified Armed Group"
    return ActorMention(-1, -1, "", name, "militia", code)


def place_target(sdoc: Doc, trigger: Token, region: dict[int, _Node], start: int, end: int,
                 a1: ActorMention, where: bool = True) -> Optional[tuple[int, ActorMention]]:
    """A country or capital an act of diplomacy is directed at or done in
    ("opened an embassy in Tehran", "sent personnel to Bosnia", "would blockade
    Paris"): actor2 of non-violent events only, named as that country's
    government. Returns (path length, mention) on the scale of ``_role``.

    ``where``: also places the act is only done in ("a rally in Lagos"); those
    are a last resort, never preferred to a named other side."""
    from dateline.extract.actors.dictionary import get_dictionary

    d = get_dictionary()
    best: Optional[tuple[int, ActorMention]] = None
    for ent in sdoc.ents:
        if ent.label_ not in ("GPE", "LOC") or ent.start_char < start or ent.end_char > end:
            continue
        root = ent.root
        if root.dep_ not in ("dobj", "pobj"):
            continue
        path = _path_into_region(root, region)
        if path is None:
            continue
        dist, directed = path
        if not (directed or where):
            continue
        toks = [t for t in ent if t.dep_ != "det" and t.text.lower() != "the"]
        if not toks:
            continue
        text = sdoc[toks[0].i:toks[-1].i + 1].text
        code = d.country_codes.get(text.lower()) or d.capitals.get(text.lower())
        if code is None and (ent.label_ != "GPE" or not directed):
            continue  # a region or a town is where, not whom ("an invasion of South Lebanon" is)
        name = (d.state_name("Government", code) if code else None) or text
        if name == a1.name:
            continue
        m = ActorMention(toks[0].idx, toks[-1].idx + len(toks[-1].text), text, name,
                         "state" if code else "other", code)
        if best is None or dist < best[0]:
            best = (dist, m)
    return best


def _path_into_region(tok: Token, region: dict[int, _Node],
                      max_steps: int = 3) -> Optional[tuple[int, bool]]:
    """Path length from a place noun up into the region through nouns and
    prepositions ("a curfew in Algiers", "troops to a force in Liberia"), and
    whether the way says where the act is aimed ("to", "against", an object)
    rather than only where it happens ("in"); None when the way leads through
    another clause, an agent or a circumstance."""
    steps = 0
    directed = tok.dep_ == "dobj"
    own_prep = True  # the place's own preposition says most; further up only "to", "against" ... do
    while steps <= max_steps:
        parent = tok.head
        if parent.i == tok.i:
            return None
        if tok.dep_ in ("prep", "agent", "dative"):
            word = tok.text.lower()
            if word in CIRCUMSTANCE_PREPS or word == "by":
                return None
            if word in (PLACE_TARGET_PREPS if own_prep else PLACE_AIM_PREPS):
                directed = True
            elif own_prep and word not in PLACE_WHERE_PREPS:
                return None  # "near", "under", "over": no act aimed at the place
            own_prep = False
        if parent.i in region:
            return steps + region[parent.i].depth * 2, directed
        if parent.pos_ in ("VERB", "AUX"):
            return None
        tok = parent
        steps += 1
    return None


def _with_described_noun(sdoc: Doc, m: Optional[ActorMention], other: Optional[ActorMention],
                         start: int) -> Optional[ActorMention]:
    """A name in apposition stands for the noun it names: "Qatar's emir, Sheikh
    Hamad, launched ..." -> the mention spans "Qatar's emir, Sheikh Hamad" (same
    ACLED name), so the span says who acted as the text does."""
    if m is None or m.end <= m.start:
        return m
    head = _head(sdoc, m)
    if head is None or head.dep_ != "appos" or head.head.i >= head.i or head.head.pos_ not in ("NOUN", "PROPN"):
        return m
    first = head.head.left_edge
    while first.i < head.head.i and (first.dep_ == "det" or first.is_punct):
        first = sdoc[first.i + 1]
    new_start = first.idx
    if new_start < start or new_start >= m.start:
        return m
    if other is not None and other.end > other.start and new_start < other.end and other.start < m.end:
        return m  # the noun holds the other side's mention
    text = doc_text(sdoc)
    new_end = m.end
    if text[:m.start].rstrip().endswith("(") and text[m.end:].lstrip().startswith(")"):
        new_end = text.index(")", m.end) + 1  # "the Esfahan facility (UCF)": keep the brackets whole
    return ActorMention(new_start, new_end, text[new_start:new_end], m.name, m.kind, m.country)
