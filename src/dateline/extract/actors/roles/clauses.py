"""The parse around an event trigger: the trigger itself, its region (the verbs
whose actors are the trigger's), and small questions about clauses."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from spacy.tokens import Doc, Token

from dateline.extract.actors.roles.words import (
    CIRCUMSTANCE_PREPS, DIRECTIVE_MODALS, DOWN_DEPS, NON_AIR_STRIKE_MODIFIERS, REPORTING_VERBS, TIME_MARKS,
    UP_DEPS, is_violent,
)
from dateline.model import ActorMention


# Doc.text joins every token's text on each access: the stages share the parsed
# text under this key of the Doc's ``user_data`` (the events stage reads it too).
TEXT_KEY = "dateline_text"


def doc_text(sdoc: Doc) -> str:
    """The parsed text, joined at most once per Doc and kept in its ``user_data``."""
    text = sdoc.user_data.get(TEXT_KEY)
    if text is None:
        text = sdoc.text
        sdoc.user_data[TEXT_KEY] = text
    return text


@dataclass
class RolePair:
    """actor1 = who acted, actor2 = against whom; either may be None."""

    actor1: Optional[ActorMention]
    actor2: Optional[ActorMention]


@dataclass
class _Node:
    depth: int
    kind: str  # "trigger", "up", "down", "complement"


def _head(sdoc: Doc, m: ActorMention) -> Optional[Token]:
    span = sdoc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.root


def _has_directive_modal(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.text.lower() in DIRECTIVE_MODALS for c in verb.children)


def _in_parentheses(tok: Token) -> bool:
    """Is the token inside an unclosed "(" of its sentence?"""
    sent = tok.sent
    depth = 0
    for t in tok.doc[sent.start:tok.i]:
        if t.text == "(":
            depth += 1
        elif t.text == ")" and depth:
            depth -= 1
    return depth > 0


def _nominal_subject(verb: Token) -> bool:
    return any(c.dep_ == "nsubj" and (c.tag_.startswith("NN") or c.tag_ == "PRP") for c in verb.children)


def choose_trigger(sdoc: Doc, start: int, end: int) -> Optional[Token]:
    """The main event verb of the span: its sentence root, past reporting verbs.

    A reporting verb stays the trigger when its complement is a directive
    ("said that Sudan must return"): the speech act is then the event.
    """
    span = sdoc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    root = span.root
    if root.sent is not None and span.start <= root.sent.root.i < span.end:
        root = root.sent.root
    if _in_parentheses(root):
        # "X struck Y (coded to Z)": the parser may make the aside the root
        outside = [c for c in root.children if c.pos_ in ("VERB", "AUX") and not _in_parentheses(c)
                   and c.dep_ in ("ccomp", "advcl", "conj", "parataxis") and span.start <= c.i < span.end]
        if outside:
            root = outside[0]
    for _ in range(3):
        if root.text.lower() not in REPORTING_VERBS:
            break
        inner = [c for c in root.children if c.dep_ in ("ccomp", "xcomp", "dobj", "conj")
                 and c.pos_ in ("VERB", "AUX", "NOUN") and span.start <= c.i < span.end]
        if not inner or _has_directive_modal(inner[0]) or (inner[0].pos_ == "AUX" and not _nominal_subject(inner[0])):
            break  # a directive, or "said that removing X is ...": the speech act is the event
        root = inner[0]
    return root


def _region(trigger: Token) -> dict[int, _Node]:
    out = {trigger.i: _Node(0, "trigger")}
    tok, depth = trigger, 0
    while tok.dep_ in UP_DEPS and tok.head is not tok:
        if tok.head.text.lower() in REPORTING_VERBS and tok.dep_ not in ("dobj", "xcomp") and not _adds_to(tok.head):
            # "X said Y attacked": X only reports; "X announced a suspension" and "X
            # claimed to have taken the district": X acts
            break
        depth += 1
        tok = tok.head
        out.setdefault(tok.i, _Node(depth, "up"))
    frontier = [(trigger, 0)]
    while frontier:
        node, d = frontier.pop()
        for child in node.children:
            if child.dep_ not in DOWN_DEPS and not (child.dep_ == "acomp" and (
                    region_kind(out, node) == "complement" or (node.i == trigger.i and node.pos_ == "AUX"))):
                continue  # "France is ready to contribute ...": the copula's adjective carries the act
            if child.pos_ not in ("VERB", "AUX", "ADJ") or child.i in out:
                continue
            if child.text.lower() in REPORTING_VERBS or d >= 3:
                continue
            # "demanded that the US cancel", "decided to allow X to take part": the
            # complement's subject is the one the act is aimed at
            kind = "complement" if child.dep_ == "ccomp" and (node.i == trigger.i or (
                node.dep_ == "xcomp" and node.head.i == trigger.i)) else "down"
            out[child.i] = _Node(d + 1, kind)
            frontier.append((child, d + 1))
    return out


def _adds_to(verb: Token) -> bool:
    """"added to the pressure on insurgents": a reporting verb used for another act
    (a "to" phrase and nothing said)."""
    children = list(verb.children)
    return any(c.dep_ == "prep" and c.lower_ == "to" for c in children) and not any(
        c.dep_ in ("ccomp", "parataxis") or c.is_quote for c in children)


def region_kind(region: dict[int, _Node], node: Token) -> str:
    return region[node.i].kind if node.i in region else ""


def _top_of_region(trigger: Token, region: dict[int, _Node]) -> Token:
    top = trigger
    for i, node in region.items():
        if node.kind == "up" and node.depth > region[top.i].depth:
            top = trigger.doc[i]
    return top


def _only_reports(verb: Token) -> bool:
    """A reporting verb whose subject only tells ("..., local medics said"): never
    an actor, unless the speech act is the event (a directive: "Russia said Sudan must")
    or the statement is about the speaker's own act ("Iraq said it would allow")."""
    if verb.text.lower() not in REPORTING_VERBS:
        return False
    inner = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
    if any(_has_directive_modal(c) for c in inner):
        return False
    if any(s.tag_ == "PRP" for c in inner for s in c.children if s.dep_ in ("nsubj", "nsubjpass")):
        return False
    return True


def _carries_noun(verb: Token, noun: Token) -> bool:
    """Is ``verb`` the act a noun trigger names ("carried out airstrikes", "launched
    an attack on")? Not when the noun is the doer of a passive clause of its own
    ("rebels pounded by Russian air strikes expressed hope") or sits in a clause
    of circumstance ("Syrians walk ... after Russian jets carried out airstrikes")."""
    tok = noun
    while tok.head.i != verb.i:
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.dep_ == "agent" and tok.head.i != verb.i:
            return False
        if _circumstance_edge(tok):
            return False
    return not _circumstance_edge(tok)


def _violent_clause(trigger: Token) -> bool:
    """A violent trigger, or the subject of a violent clause ("after Russian jets
    carried out airstrikes", the events stage having chosen "jets")."""
    if is_violent(trigger):
        return True
    if trigger.dep_ != "nsubj":
        return False
    verb = trigger.head
    return is_violent(verb) or any(c.dep_ == "dobj" and is_violent(c) for c in verb.children)


def _circumstance_edge(tok: Token) -> bool:
    """"after X attacked" (a clause) or "following the shooting" (a phrase)."""
    if tok.dep_ == "prep":
        return tok.text.lower() in CIRCUMSTANCE_PREPS
    return tok.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.text.lower() in TIME_MARKS
                                       for c in tok.children)


def _under_circumstance(tok: Token, top: Token) -> bool:
    """Does ``tok`` hang from ``top`` through a circumstance ("following the deaths of X")?"""
    while tok.i != top.i and tok.head.i != tok.i:
        if tok.dep_ == "prep" and tok.text.lower() in CIRCUMSTANCE_PREPS:
            return True
        tok = tok.head
    return False


def _passive(trigger: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in trigger.children)


def _plural(sdoc: Doc, m: ActorMention) -> bool:
    head = _head(sdoc, m)
    return head is not None and head.tag_ in ("NNS", "NNPS")


def _bare_strike(tok: Token) -> bool:
    """"The strike comes after one on Saturday ...": in war reporting a strike with
    no other word is an air strike (a labour strike is a protest, told apart earlier)."""
    if tok.text.lower() not in ("strike", "strikes") or tok.pos_ not in ("NOUN", "PROPN"):
        return False
    return not any(c.dep_ in ("compound", "amod", "nmod", "poss") and c.text.lower() in NON_AIR_STRIKE_MODIFIERS
                   for c in tok.children)
