"""Who acted (actor1) and against whom (actor2), from the dependency parse.

Each actor mention's head is walked up the parse until it reaches the
trigger's clause chain (the trigger and the verbs it hangs from through
``xcomp`` / ``conj`` / ``advcl``: "agreed to hand over"). The edge it arrives
by gives its role: subject, ``by``-agent, possessor or nationality modifier of
a noun trigger are actor1; object, passive subject, ``against`` / ``on`` /
``to`` / ``with`` objects are actor2. Sources of reported speech ("..., the
White Helmets said", "according to SANA") are never actors.

Inferred actors: when nothing names the victims of a killing but the text
counts people ("killed five"), actor2 is ``Civilians (<country>)`` with
``start == end == -1`` and empty ``text``; the contract's ``actor2_mention``
is then ``null``.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from spacy.tokens import Doc, Token

from dateline.model import ActorMention

REPORTING_VERBS = frozenset({
    "say", "said", "says", "saying", "report", "reported", "reports", "reporting", "tell", "told",
    "add", "added", "claim", "claimed", "claims", "announce", "announced", "confirm", "confirmed",
    "state", "stated", "note", "noted", "quote", "quoted", "cite", "cited", "according", "deny",
    "denied", "insist", "insisted", "allege", "alleged", "tweet", "tweeted", "write", "wrote",
    "explain", "explained", "publish", "published", "show", "showed",
})
# Verbs whose subject both sides share: "X clashed with Y" -> actor2 Y.
ACTOR2_PREPS = frozenset({"against", "on", "upon", "with", "to", "toward", "towards", "at", "for",
                          "targeting", "into", "over", "from"})
ACTOR1_PREPS = frozenset({"by"})
CHAIN_DEPS = frozenset({"xcomp", "conj", "advcl", "ccomp", "pcomp", "dobj", "relcl", "acl", "prep", "pobj"})


@dataclass
class RolePair:
    """actor1 = who acted, actor2 = against whom; either may be None."""

    actor1: Optional[ActorMention]
    actor2: Optional[ActorMention]


def _head(sdoc: Doc, m: ActorMention) -> Optional[Token]:
    span = sdoc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.root


def choose_trigger(sdoc: Doc, start: int, end: int) -> Optional[Token]:
    """The main event verb of the span: its sentence root, past reporting verbs."""
    span = sdoc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    root = span.root
    if root.sent is not None and root.sent.root.i >= span.start and root.sent.root.i < span.end:
        root = root.sent.root
    for _ in range(3):
        if root.text.lower() not in REPORTING_VERBS:
            break
        inner = [c for c in root.children if c.dep_ in ("ccomp", "xcomp", "dobj", "conj")
                 and c.pos_ in ("VERB", "AUX", "NOUN") and span.start <= c.i < span.end]
        if not inner:
            break
        root = inner[0]
    return root


UP_DEPS = frozenset({"xcomp", "conj", "advcl", "pcomp", "dobj", "prep", "pobj", "acomp"})
DOWN_DEPS = frozenset({"xcomp", "ccomp", "advcl", "conj", "pcomp", "acl", "relcl"})


def _chain(trigger: Token) -> dict[int, int]:
    """The trigger's clause region -> distance: verbs above it whose actor is the
    trigger's ("agreed to hand over"), and clauses below it ("shelled ..., killing")."""
    out = {trigger.i: 0}
    tok, depth = trigger, 0
    while tok.dep_ in UP_DEPS and tok.head is not tok:
        if tok.head.text.lower() in REPORTING_VERBS:
            break
        depth += 1
        tok = tok.head
        out.setdefault(tok.i, depth)
    frontier = [(trigger, 0)]
    while frontier:
        node, d = frontier.pop()
        for child in node.children:
            if child.dep_ in DOWN_DEPS and child.pos_ in ("VERB", "AUX") and child.i not in out \
                    and child.text.lower() not in REPORTING_VERBS and d < 3:
                out[child.i] = d + 1
                frontier.append((child, d + 1))
    return out


def _is_source(tok: Token, mention: Optional[ActorMention] = None) -> bool:
    """Subject of a reporting verb, or the object of "according to"."""
    if mention is not None:
        span = tok.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None and span.end < len(tok.doc):
            nxt = tok.doc[span.end]
            if nxt.text.lower() in REPORTING_VERBS and nxt.tag_.startswith("VB"):
                return True  # ", the Syrian Observatory said": whatever the parse says
    t = tok
    while t.dep_ in ("conj", "appos", "compound") and t.head is not t:
        t = t.head
    if t.dep_ in ("nsubj", "nsubjpass") and t.head.text.lower() in REPORTING_VERBS:
        return True
    if t.dep_ == "pobj" and t.head.text.lower() == "to" and t.head.head.text.lower() == "according":
        return True
    if t.dep_ == "pobj" and t.head.head.text.lower() in ("according", "said", "reported", "citing"):
        return True
    return False


def _role(head: Token, trigger: Token, chain: dict[int, int]) -> tuple[Optional[int], int]:
    """(1 or 2 or None, path length) of an actor head with respect to the trigger."""
    tok = head
    steps = 0
    via_conj_first: Optional[Token] = None
    while steps < 12:
        if tok.i in chain and tok.i != head.i:
            break
        parent = tok.head
        if parent is tok:
            return None, steps
        if parent.i in chain:
            role = _edge_role(tok, parent, via_conj_first)
            if role == 1 and via_conj_first is not None and tok.dep_ == "prep" \
                    and tok.text.lower() == "between":
                role = 2  # "clashes between X and Y": Y is the other side
            return role, steps + chain[parent.i]
        if tok.dep_ == "conj" and via_conj_first is None:
            via_conj_first = parent
        tok = parent
        steps += 1
    return None, steps


def _edge_role(child: Token, parent: Token, conj_of: Optional[Token]) -> Optional[int]:
    dep = child.dep_
    if dep in ("nsubj", "csubj", "agent", "expl"):
        if dep == "agent":
            return 1
        return 1
    if dep in ("nsubjpass", "dobj", "dative", "attr", "oprd"):
        return 2
    if dep in ("poss",):
        return 1
    if dep in ("amod", "compound", "nmod") and parent.pos_ == "NOUN":
        return 1
    if dep == "prep":
        word = child.text.lower()
        if word in ACTOR1_PREPS:
            return 1
        if word in ACTOR2_PREPS:
            return 2
        if word == "between":
            return 1
        return None
    if dep == "acl" or dep == "relcl":
        return None
    return None


def assign_roles(sdoc: Doc, start: int, end: int, actors: list[ActorMention],
                 trigger_token_index: Optional[int] = None) -> RolePair:
    """Choose actor1 and actor2 among ``actors`` for the event in ``text[start:end]``."""
    inside = [m for m in actors if m.start >= start and m.end <= end and m.start >= 0]
    if not inside:
        return RolePair(None, None)
    trigger = sdoc[trigger_token_index] if trigger_token_index is not None else choose_trigger(sdoc, start, end)
    if trigger is None:
        return RolePair(inside[0], inside[1] if len(inside) > 1 else None)
    chain = _chain(trigger)
    heads = [(m, _head(sdoc, m)) for m in inside]
    cand1: list[tuple[int, int, ActorMention]] = []
    cand2: list[tuple[int, int, ActorMention]] = []
    unplaced: list[tuple[ActorMention, Token]] = []
    for m, h in heads:
        if h is None or _is_source(h, m):
            continue
        if m.start <= trigger.idx < m.end:
            role, dist = 1, 0  # "Russian airstrikes": the actor is part of a noun trigger
        else:
            role, dist = _role(h, trigger, chain)
        role = _relative_clause_role(h, trigger, role)
        if role == 1:
            cand1.append((dist, m.start, m))
        elif role == 2:
            cand2.append((dist, m.start, m))
        else:
            unplaced.append((m, h))
    a1 = min(cand1, key=lambda x: (x[0], x[1]))[2] if cand1 else None
    a2 = min(cand2, key=lambda x: (x[0], x[1]))[2] if cand2 else None
    if a1 is not None and a2 is not None and a1 is a2:
        a2 = None
    if a1 is None:
        a1 = _reporter_as_actor(trigger, chain, heads)
    if a1 is None and a2 is None and unplaced:
        before = [m for m, h in unplaced if h.i < trigger.i]
        after = [m for m, h in unplaced if h.i > trigger.i]
        a1 = before[-1] if before else None
        a2 = after[0] if after else None
    return RolePair(a1, a2)


def _reporter_as_actor(trigger: Token, chain: dict[int, int],
                       heads: list[tuple[ActorMention, Optional[Token]]]) -> Optional[ActorMention]:
    """"Iraq said it would allow ...": a pronoun subject stands for the speaker."""
    top = min((trigger.doc[i] for i in chain), key=lambda t: (-chain[t.i], t.i))
    for i in chain:
        t = trigger.doc[i]
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "PRP" for c in t.children):
            break
    else:
        return None
    verb = top.head if top.dep_ in ("ccomp", "xcomp", "conj") else None
    if verb is None or verb.text.lower() not in REPORTING_VERBS:
        return None
    for m, h in heads:
        if h is not None and h.head.i == verb.i and h.dep_ == "nsubj":
            return m
        if h is not None and h.dep_ in ("compound", "conj") and h.head.head.i == verb.i and h.head.dep_ == "nsubj":
            return m
    return None


def _relative_clause_role(head: Token, trigger: Token, role: Optional[int]) -> Optional[int]:
    """"rebels who attacked" / "civilians killed by": the noun the clause hangs on."""
    if trigger.head.i != head.i or trigger.dep_ not in ("relcl", "acl"):
        return role
    subj = [c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subj and subj[0].dep_ == "nsubjpass":
        return 2
    if subj:
        return 1
    if trigger.tag_ == "VBN":
        return 2  # "civilians killed by ..."
    return 1  # "militants attacking ..."
