"""Which actor mention fills which role: each mention's head is walked up the
parse into the trigger's region; the edge it enters by gives its role."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from spacy.tokens import Doc, Token

from dateline.extract.actors.roles.clauses import (
    _Node, _has_directive_modal, _head, _top_of_region, _under_circumstance,
)
from dateline.extract.actors.roles.words import (
    ACTOR2_PREPS, BACKING_WORDS, DEPLOY_VERBS, LOCATIVE_PREPS, NONVIOLENT_ACTOR2_PREPS, NOUN_ACTOR2_PREPS,
    PERSONNEL_NOUNS, POSSESSIVE_PRONOUNS, REPORTING_VERBS, STATIVE_PASSIVES,
)
from dateline.model import ActorMention
from dateline.nlp import lemma


def _is_source(tok: Token, mention: Optional[ActorMention] = None,
               region: Optional[dict[int, _Node]] = None) -> bool:
    """Subject of a reporting verb, or the object of "according to" (unless the
    reporting verb is itself part of the event: "US authorities said sanctions
    stay", "Italy announced a suspension of air links")."""
    if region is not None and tok.head.i in region and tok.dep_ in ("nsubj", "nsubjpass") \
            and region[tok.head.i].kind in ("trigger", "up"):
        return False  # (also "rebels were said to have attacked": the infinitive's subject)
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


def _role(head: Token, region: dict[int, _Node], violent: bool = False) -> tuple[Optional[int], int]:
    """(1, 2 or None, path length) of an actor head with respect to the region."""
    tok = head
    steps = 0
    conj_seen = False
    between: Optional[int] = None
    noun_prep: Optional[int] = None
    while steps < 12:
        parent = tok.head
        if parent is tok:
            return None, steps
        if tok.dep_ == "prep" and tok.text.lower() == "between" and between is None:
            between = 2 if conj_seen else 1  # "clashes between X and Y": X acts, Y is the other side
        elif tok.dep_ == "prep" and noun_prep is None and parent.pos_ in ("NOUN", "PROPN") and (
                tok.text.lower() in NOUN_ACTOR2_PREPS or (tok.text.lower() == "from" and not violent)):
            noun_prep = 2  # "a war with Iraq", "sanctions on Burma", "an offer from Kabul"
        if parent.i in region:
            node = region[parent.i]
            role = _edge_role(tok, parent, node, violent)
            if between is not None and (role is not None or tok.dep_ == "prep"):
                role = between
            elif role is None and noun_prep is not None:
                role = noun_prep
            return role, steps + node.depth * 2
        if tok.dep_ == "conj":
            conj_seen = True
        tok = parent
        steps += 1
    return None, steps


def _edge_role(child: Token, parent: Token, node: _Node, violent: bool = False) -> Optional[int]:
    dep = child.dep_
    if node.kind == "complement":
        # "demanded that the US cancel ...": the complement's subject is the target
        return 2 if dep in ("nsubj", "nsubjpass", "dobj") else None
    if dep in ("nsubj", "csubj", "agent", "expl"):
        if node.kind == "down" and any(c.dep_ in ("nsubj", "nsubjpass") for c in parent.children):
            return None  # a clause of its own below the trigger: another actor's deed
        return 1
    if dep == "nsubjpass" and parent.text.lower() in STATIVE_PASSIVES:
        return 1
    if dep == "nsubjpass" and node.kind == "up" and parent.text.lower() in REPORTING_VERBS:
        return 1  # "rebels were said to have attacked": the subject of the infinitive
    if dep == "nsubjpass" and parent.text.lower() in DEPLOY_VERBS and node.kind == "trigger":
        return 1  # "Russian air support has been deployed": the forces moved are the actor
    if dep in ("nsubjpass", "dobj", "dative", "attr", "oprd"):
        return 2
    if dep == "poss":
        return 1
    if dep in ("amod", "compound", "nmod") and parent.pos_ in ("NOUN", "PROPN"):
        if violent and parent.lower_ in HELD_NOUNS and parent.dep_ in ("pobj", "dobj", "nsubjpass"):
            return 2  # "broke through rebel lines", "shelled army positions": whose lines are hit
        return 1
    if dep in ("prep", "agent"):
        word = child.text.lower()
        if word == "by":
            return 1
        if word == "between":
            return 1
        if word in ACTOR2_PREPS and not (word == "of" and parent.pos_ in ("VERB", "AUX")):
            return 2
        if word in NONVIOLENT_ACTOR2_PREPS and not violent:
            return 2
    return None


def _is_place_of_violence(m: ActorMention, head: Token) -> bool:
    """A bare country or capital name in a place position ("in Syria", "into
    Aleppo, Syria"): ACLED never makes a place an actor of a violent event
    (a country acting as a government is one only in diplomacy: "Syria agreed")."""
    from dateline.extract.actors.dictionary import get_dictionary

    d = get_dictionary()
    low = m.text.lower().removeprefix("the ")
    if low not in d.country_codes and low not in d.capitals:
        return False
    doc = head.doc
    if head.i >= 2 and doc[head.i - 1].text == "," and doc[head.i - 2].ent_type_ == "GPE" \
            and head.i + 1 < len(doc) and doc[head.i + 1].text.lower() not in ("and", "said", "has", "have"):
        return True  # "into Aleppo, Syria began": an address, whatever the parse says
    tok = head
    if tok.dep_ == "appos" or (tok.dep_ == "conj" and tok.head.ent_type_ == "GPE"):
        tok = tok.head  # "Aleppo, Syria"
    return tok.dep_ == "pobj" and tok.head.text.lower() in LOCATIVE_PREPS


# What a side holds, so that "<side> <noun>" under attack makes the side the target.
HELD_NOUNS = frozenset({"line", "lines", "position", "positions", "defences", "defenses", "stronghold",
                        "strongholds", "base", "bases", "checkpoint", "checkpoints", "outpost", "outposts",
                        "post", "posts", "frontline", "frontlines", "trenches", "barracks", "convoy",
                        "convoys", "headquarters", "bastion", "bastions"})
ALLY_WORDS = frozenset({"ally", "allies", "allied"})


def _is_backer(head: Token, trigger: Token) -> bool:
    """Is the mention the helper of a side ("backed by Russian air strikes", "with the
    help of Russian air power", "under cover of ...")? ACLED makes it an associate actor.
    Only the agent or "of" phrase right under the backing word counts: "help support
    the rights of Palestinians" and "demanded support from X" name no helper."""
    prep = head.head
    if head.dep_ == "dobj" and prep.i != trigger.i and prep.pos_ == "VERB" and prep.dep_ in ("xcomp", "advcl") \
            and (prep.lower_ in BACKING_WORDS or lemma(prep) in BACKING_WORDS):
        return True  # "deployed to assist Syrian forces": the side helped is an ally, not the target
    if head.dep_ == "pobj" and prep.lower_ in ("by", "of", "with"):
        word = prep.head
        if word.i != trigger.i and word.i != prep.i and (word.lower_ in BACKING_WORDS or lemma(word) in BACKING_WORDS):
            return True
    return _inside_backing_phrase(head, trigger)


# Noun links a helper may sit behind: "with the help of Russian air power and allies
# including Lebanon's Hezbollah" (Hezbollah: pobj < including < allies < conj < power < of < help).
_HELPER_PREPS = frozenset({"by", "of", "with", "including", "like"})
_NOUN_LINKS = frozenset({"pobj", "prep", "conj", "appos", "poss", "compound", "nmod", "amod", "cc"})


def _inside_backing_phrase(head: Token, trigger: Token) -> bool:
    """Does the mention sit, through noun links only, under a backing word ("help",
    "backed") or under "allies" ("allies including Hezbollah")? Then it helps a side."""
    tok = head
    for _ in range(8):
        if tok.dep_ not in _NOUN_LINKS or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.i == trigger.i or tok.dep_ == "prep" and tok.lower_ not in _HELPER_PREPS:
            return False  # "demanded support from the Assembly": asked of, not helped by
        if tok is not head.head and (tok.lower_ in ALLY_WORDS or tok.lower_ in BACKING_WORDS
                                     and tok.pos_ in ("NOUN", "VERB")):
            return True
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in _NOUN_LINKS:
            return False  # a clause of its own ("including" as a preposition goes on)
    return False


@dataclass
class _CoreRoles:
    """The parse's answer for one trigger; ``a2_dist`` is the target's path length
    (None when it was only taken for hanging below the trigger)."""

    a1: Optional[ActorMention]
    a2: Optional[ActorMention]
    a2_dist: Optional[int] = None


def _core_roles(sdoc: Doc, trigger: Token, region: dict[int, _Node], inside: list[ActorMention],
                violent: bool, by_position: bool = True) -> tuple[Optional[ActorMention], Optional[ActorMention]]:
    found = _core_roles_detail(sdoc, trigger, region, inside, violent, by_position)
    return found.a1, found.a2


def _core_roles_detail(sdoc: Doc, trigger: Token, region: dict[int, _Node], inside: list[ActorMention],
                       violent: bool, by_position: bool = True) -> _CoreRoles:
    """actor1 and actor2 among the mentions, from the parse around ``trigger``.

    ``by_position``: with no role in the parse, take the mentions before and
    after the trigger (off when asking whether a clause names its own actor)."""
    if not inside:
        return _CoreRoles(None, None)
    heads = [(m, _head(sdoc, m)) for m in inside]
    cand1: list[tuple[int, int, ActorMention]] = []
    cand2: list[tuple[int, int, ActorMention]] = []
    unplaced: list[tuple[ActorMention, Token]] = []
    speaker = _directive_speaker(trigger, region, heads)
    top = _top_of_region(trigger, region)
    agent = noun_agent(trigger, inside)
    for m, h in heads:
        if h is None:
            continue
        if m is speaker:
            cand1.append((0, m.start, m))
            continue
        if _is_source(h, m, region) and not (top.dep_ in ("acl", "relcl") and top.head.i == h.i):
            continue  # (a noun the event's own clause describes acts, whatever verb it hangs on)
        if _is_backer(h, trigger):
            continue  # "forces backed by Russian air strikes": an ally, neither side
        if violent and _is_place_of_violence(m, h):
            continue  # "the offensive into Aleppo, Syria": where it happened, not who
        if m.start <= trigger.idx < m.end:
            role, dist = 1, 0  # "Russian airstrikes": the actor is part of a noun trigger
        else:
            role, dist = _role(h, region, violent)
        role = _relative_clause_role(h, top, role)
        if agent is not None and h.i in agent:
            role = 1  # "an offensive ... by IS": the noun's doer, wherever the parser hung the phrase
        elif role == 1 and agent is not None and h.head.i in region and region[h.head.i].kind == "up":
            role = 2  # "the regime faced an offensive by IS": the one facing it is hit
        if m.text.split(" ", 1)[0].lower() in POSSESSIVE_PRONOUNS or (not violent and _own_personnel(h)):
            dist += 6  # "offered its troops to ...": the actor's own forces are seldom the target
        if h.dep_ in ("amod", "compound") and h.head.i not in region and not (m.start <= trigger.idx < m.end):
            dist += 1  # "the Islamist group HTS led": the name beats the modifier
        if role == 1:
            cand1.append((dist, m.start, m))
        elif role == 2:
            cand2.append((dist, m.start, m))
        else:
            unplaced.append((m, h))
    a1 = min(cand1, key=lambda x: (x[0], x[1]))[2] if cand1 else None
    # The same actor twice ("Israel and Lebanon renewed talks on an Israeli pullback")
    # is not its own target.
    cand2 = [c for c in cand2 if c[2] is not a1 and not (a1 is not None and c[2].name == a1.name)
             and not (a1 is not None and a1.kind == c[2].kind == "state" and a1.country
                      and a1.country == c[2].country)]
    best2 = min(cand2, key=lambda x: (x[0], x[1])) if cand2 else None
    a2, a2_dist = (best2[2], best2[0]) if best2 is not None else (None, None)
    if a1 is None:
        a1 = _reporter_as_actor(trigger, region, heads)
    if a1 is None and a2 is None and unplaced and by_position:
        before = [m for m, h in unplaced if h.i < trigger.i]
        after = [m for m, h in unplaced if h.i > trigger.i]
        a1 = before[-1] if before else None
        a2 = after[0] if after else None
    elif a1 is not None and a2 is None and not violent:
        # a non-violent act's other side hanging further down the parse
        # ("rejected calls by Belarus's rulers for aid")
        after = [m for m, h in unplaced if h.i > trigger.i and trigger.is_ancestor(h) and m.name != a1.name
                 and h.dep_ not in ("nsubj", "nsubjpass")  # not the subject of another clause
                 and not _under_circumstance(h, trigger)
                 and not (a1.kind == m.kind == "state" and a1.country and a1.country == m.country)]
        a2 = after[0] if after else None
    return _CoreRoles(a1, a2, a2_dist if a2 is not None and best2 is not None and a2 is best2[2] else None)


def noun_agent(trigger: Token, inside: list[ActorMention]) -> Optional[set[int]]:
    """Token indices of the "by" phrase of a noun trigger when it names an actor ("an
    offensive by the Islamic State group"), else None."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return None
    # "an offensive on an airbase by IS": a "by" phrase the parser hung lower in the noun phrase
    preps = [t for t in trigger.subtree if t.lower_ == "by" and _noun_phrase_path(t, trigger)]
    verb = trigger.head
    if trigger.dep_ == "dobj" and verb.pos_ == "VERB" and not any(
            c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        # "faced an offensive on an airbase by IS": the parser hung the phrase on the verb
        preps += [t for c in verb.children if c.i > trigger.i and c.dep_ == "prep" for t in c.subtree
                  if t.lower_ == "by" and _noun_phrase_path(t, verb)]
    for prep in preps:
        if prep.dep_ in ("prep", "agent") and prep.lower_ == "by":
            if any(m.start <= t.idx < m.end for t in prep.subtree for m in inside):
                return {t.i for t in prep.subtree}
    return None


def _noun_phrase_path(tok: Token, top: Token) -> bool:
    """Does ``tok`` hang from ``top`` through prepositions and nouns only (no clause)?"""
    while tok.i != top.i:
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return True


def _own_personnel(head: Token) -> bool:
    """"withdraw weapons inspectors and humanitarian workers from Iraq": the movers' own people."""
    tok = head
    while tok.dep_ in ("conj", "compound", "amod") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "dobj" and tok.text.lower() in PERSONNEL_NOUNS and tok.head.text.lower() in DEPLOY_VERBS


def _subject_of(verb: Token, heads: list[tuple[ActorMention, Optional[Token]]]) -> Optional[ActorMention]:
    for m, h in heads:
        if h is None:
            continue
        t = h
        while t.head is not t and (t.dep_ in ("compound", "conj", "appos", "amod", "nmod", "poss") or (
                t.dep_ == "pobj" and t.head.text.lower() == "of")):
            t = t.head.head if t.dep_ == "pobj" else t.head  # "a group of Yoruba leaders"
        if t.dep_ == "nsubj" and t.head.i == verb.i:
            return m
    return None


def _directive_speaker(trigger: Token, region: dict[int, _Node],
                       heads: list[tuple[ActorMention, Optional[Token]]]) -> Optional[ActorMention]:
    """"Russia said Sudan must return ...": the reporting trigger's subject acts."""
    if trigger.text.lower() not in REPORTING_VERBS:
        return None
    if not any(region[i].kind == "complement" and _has_directive_modal(trigger.doc[i]) for i in region):
        return None
    return _subject_of(trigger, heads)


def _reporter_as_actor(trigger: Token, region: dict[int, _Node],
                       heads: list[tuple[ActorMention, Optional[Token]]]) -> Optional[ActorMention]:
    """"Iraq said it would allow ...", "the rebels said their fighters had completed
    a withdrawal": a pronoun subject, or the speaker's own people, stand for the speaker."""
    subjects = [c for i, n in region.items() if n.kind in ("trigger", "up")
                for c in trigger.doc[i].children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or not (subjects[0].tag_ == "PRP" or any(
            c.dep_ == "poss" and c.tag_ == "PRP$" for c in subjects[0].children)):
        return None
    top = _top_of_region(trigger, region)
    verb = top.head if top.dep_ in ("ccomp", "xcomp", "conj") else None
    if verb is None or verb.text.lower() not in REPORTING_VERBS:
        return None
    return _subject_of(verb, heads)


def _relative_clause_role(head: Token, trigger: Token, role: Optional[int]) -> Optional[int]:
    """"rebels who attacked" / "civilians killed by" / "rebels pounded by Russian air
    strikes": the noun the clause (the trigger's, or the top of its region) hangs on."""
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
