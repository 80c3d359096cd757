"""Who acted (actor1) and against whom (actor2), from the dependency parse.

The trigger's *region* is the trigger, the verbs it hangs from whose actor
is the trigger's ("agreed to hand over", "launched an attack"), and the
clauses below it ("shelled ..., killing three children"; "demanded that the
US cancel ..."). Each actor mention's head is walked up the parse until it
enters the region; the edge it enters by gives its role:

- actor1: subject, ``by``-agent, possessor or nationality modifier of a noun
  trigger ("Russia's strikes", "Russian airstrikes"), the first side of
  "between X and Y";
- actor2: object, passive subject, object of ``against`` / ``on`` / ``to`` /
  ``with`` / ``for``, the subject of a complement clause ("demanded that the
  US cancel"), the second side of "between X and Y".

The nearest candidate of each role wins. Sources of reported speech
("..., the White Helmets said", "according to SANA") are never actors, but
a speaker who is the subject of the event clause through a pronoun ("Iraq
said it would allow") or who issues a directive ("Russia said Sudan must
return ...") is actor1.

Inferred actors: ``assign_roles`` only chooses among the mentions it is
given; a mention whose ``start == end == -1`` (no words in the text) marks an
inferred actor and is ignored here. Victims counted without a noun ("killed
five") are left to the caller.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from spacy.tokens import Doc, Token

from dateline.extract.actors import lexicon
from dateline.model import ActorMention

REPORTING_VERBS = frozenset({
    "say", "said", "says", "saying", "report", "reported", "reports", "reporting", "tell", "told",
    "add", "added", "claim", "claimed", "claims", "announce", "announced", "confirm", "confirmed",
    "state", "stated", "note", "noted", "quote", "quoted", "cite", "cited", "according", "deny",
    "denied", "insist", "insisted", "allege", "alleged", "tweet", "tweeted", "write", "wrote",
    "explain", "explained", "publish", "published", "show", "showed",
})
# Reporting verbs whose object is a decision, not a fact: "Italy announced a suspension".
ANNOUNCING_VERBS = frozenset({"announce", "announced", "announces", "announcing"})
DIRECTIVE_MODALS = frozenset({"must", "should", "ought", "has to", "have to"})
ACTOR2_PREPS = frozenset({"against", "on", "upon", "with", "to", "toward", "towards", "at", "for",
                          "targeting", "into", "over", "upon", "of"})
NOUN_ACTOR2_PREPS = frozenset({"with", "against", "on", "upon", "toward", "towards", "to"})
# Stative passives whose subject acts: "Israel is opposed to ...".
STATIVE_PASSIVES = frozenset({"opposed", "committed", "determined", "prepared", "resolved", "inclined",
                              "disposed", "engaged", "involved", "interested", "dedicated"})
# "demands from UNITA" names the other side; "rockets from Gaza" only where they came from.
NONVIOLENT_ACTOR2_PREPS = frozenset({"from"})
# Words whose object helps a side rather than being one: "backed by", "with the help of".
BACKING_WORDS = frozenset({"back", "backed", "support", "supported", "help", "aid", "aided", "assist",
                           "assisted", "assistance", "cover", "escort", "escorted", "backing"})
# Verbs whose object (or passive subject) is the victim of a violent event.
HARM_VERBS = frozenset({"kill", "wound", "injure", "hurt", "maim", "murder", "execute", "massacre",
                        "shoot", "abduct", "kidnap", "torture", "target"})
POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her", "our", "my"})
UP_DEPS = frozenset({"xcomp", "conj", "advcl", "pcomp", "dobj", "prep", "pobj", "acomp", "agent"})
DOWN_DEPS = frozenset({"xcomp", "ccomp", "advcl", "conj", "pcomp", "acl", "relcl"})


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
        if tok.head.text.lower() in REPORTING_VERBS and tok.dep_ != "dobj":
            break  # "X said Y attacked": X only reports; "X announced a suspension": X acts
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


def region_kind(region: dict[int, _Node], node: Token) -> str:
    return region[node.i].kind if node.i in region else ""


def _top_of_region(trigger: Token, region: dict[int, _Node]) -> Token:
    top = trigger
    for i, node in region.items():
        if node.kind == "up" and node.depth > region[top.i].depth:
            top = trigger.doc[i]
    return top


def _is_source(tok: Token, mention: Optional[ActorMention] = None,
               region: Optional[dict[int, _Node]] = None) -> bool:
    """Subject of a reporting verb, or the object of "according to" (unless the
    reporting verb is itself part of the event: "US authorities said sanctions
    stay", "Italy announced a suspension of air links")."""
    if region is not None and tok.head.i in region and tok.dep_ == "nsubj" \
            and region[tok.head.i].kind in ("trigger", "up"):
        return False
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
    if dep in ("nsubjpass", "dobj", "dative", "attr", "oprd"):
        return 2
    if dep == "poss":
        return 1
    if dep in ("amod", "compound", "nmod") and parent.pos_ in ("NOUN", "PROPN"):
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


def assign_roles(sdoc: Doc, start: int, end: int, actors: list[ActorMention],
                 trigger_token_index: Optional[int] = None) -> RolePair:
    """Choose actor1 and actor2 among ``actors`` for the event in ``text[start:end]``."""
    inside = [m for m in actors if m.start >= start and m.end <= end and m.start >= 0 and m.end > m.start]
    trigger = sdoc[trigger_token_index] if trigger_token_index is not None else choose_trigger(sdoc, start, end)
    violent_noun = False
    if trigger is not None and trigger_token_index is not None and trigger.pos_ not in ("VERB", "AUX"):
        # A noun trigger ("airstrikes", "missiles", "talks") inside the main clause:
        # the clause's verb carries the actors ("warplanes carried out airstrikes").
        main = choose_trigger(sdoc, start, end)
        if main is not None and main.i != trigger.i and main.is_ancestor(trigger) and main.pos_ in ("VERB", "AUX") \
                and not _only_reports(main) and _carries_noun(main, trigger):
            violent_noun = is_violent(trigger)
            trigger = main
    if trigger is None:
        return RolePair(inside[0] if inside else None, inside[1] if len(inside) > 1 else None)
    if trigger_token_index is not None:
        trigger = _main_event_verb(sdoc, trigger, start, end, inside, violent_noun)
    region = _region(trigger)
    violent = is_violent(trigger) or violent_noun  # "jets carried out airstrikes": the noun is the act
    found = _core_roles_detail(sdoc, trigger, region, inside, violent)
    a1, a2, a2_dist = found.a1, found.a2, found.a2_dist
    if a1 is None and trigger_token_index is not None:
        # The given trigger may sit in a subordinate clause ("offered concessions that
        # could lead to an agreement"): the sentence's own main verb names the actors.
        main = choose_trigger(sdoc, start, end)
        if main is not None and main.i != trigger.i and not _only_reports(main):
            m1, m2 = _core_roles(sdoc, main, _region(main), inside, is_violent(main))
            if m1 is not None and (a2 is None or m1.name != a2.name):
                a1 = m1
                if a2 is None:
                    a2, a2_dist = (m2, None) if m2 is not None and m2.name != m1.name else (None, None)
    # Doc.text is rebuilt from the tokens on every access: read the span once.
    span_text = sdoc.text[start:end]
    span_low = span_text.lower()
    crowd = crowd_label(trigger, span_text)
    if crowd is None and a1 is not None and a1.kind == "civilians" and is_violent(trigger) \
            and _plural(sdoc, a1):
        crowd = "Rioters"  # ACLED: a crowd of civilians that attacks is a mob of rioters
    if crowd is not None:
        return _crowd_roles(sdoc, trigger, crowd, a1, a2, start, end)
    if a1 is not None and not violent and (a2 is None or a2_dist is None or a2_dist > 1):
        # a place the act is aimed at ("sent personnel to Bosnia") beats a target
        # found only further down the parse
        place = place_target(sdoc, trigger, region, start, end, a1, where=a2 is None)
        if place is not None and (a2 is None or a2_dist is None or place[0] < a2_dist):
            a2 = place[1]
    if a2 is None and violent:
        a2 = _victims(sdoc, inside, a1, start, end) or _civilian_property_owner(sdoc, trigger, region)
    air_strike = any(w in span_low for w in lexicon.AIR_STRIKE_WORDS) or _bare_strike(sdoc[trigger_token_index]
                                                                                  if trigger_token_index is not None
                                                                                  else trigger)
    if a1 is None and violent and (a2 is not None or _passive(trigger) or air_strike):
        a1 = _unidentified_attacker(sdoc, a2, span_text, air_strike)
    return RolePair(_with_described_noun(sdoc, a1, a2, start), _with_described_noun(sdoc, a2, a1, start))


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
    return ActorMention(new_start, m.end, sdoc.text[new_start:m.end], m.name, m.kind, m.country)


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


# Words that make a "strike" something else than an air strike.
NON_AIR_STRIKE_MODIFIERS = frozenset({"missile", "rocket", "artillery", "mortar", "ground", "suicide",
                                      "general", "hunger", "labour", "labor", "workers", "teachers"})


def _bare_strike(tok: Token) -> bool:
    """"The strike comes after one on Saturday ...": in war reporting a strike with
    no other word is an air strike (a labour strike is a protest, told apart earlier)."""
    if tok.text.lower() not in ("strike", "strikes") or tok.pos_ not in ("NOUN", "PROPN"):
        return False
    return not any(c.dep_ in ("compound", "amod", "nmod", "poss") and c.text.lower() in NON_AIR_STRIKE_MODIFIERS
                   for c in tok.children)


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


SUBORDINATE_DEPS = frozenset({"relcl", "acl"})
TIME_MARKS = frozenset({"when", "after", "before", "unless", "until", "as", "while", "since", "if"})
# Prepositions that give the circumstance of an act, not the act: "following the shooting of ...".
CIRCUMSTANCE_PREPS = frozenset({"after", "following", "before", "since", "amid", "despite", "until"})


def _main_event_verb(sdoc: Doc, trigger: Token, start: int, end: int, inside: list[ActorMention],
                     violent_noun: bool = False) -> Token:
    """The verb whose actors the sentence is about. A trigger chosen inside a
    relative clause ("a helicopter that was captured by ..."), a clause of
    circumstance ("... when Idi Amin expelled them") or the source of the report
    ("..., diplomatic sources said") describes a side fact: the sentence's main
    (non-reporting) verb names the event's actors, if it has an actor of its own."""
    main = choose_trigger(sdoc, start, end)
    announced = main is not None and main.pos_ in ("NOUN", "PROPN") and main.dep_ == "dobj" \
        and main.head.text.lower() in ANNOUNCING_VERBS
    if main is not None and announced:
        main = main.head  # "Italy announced a suspension ...": the announcement is the act
    if main is None or main.i == trigger.i or main.pos_ not in ("VERB", "AUX") or (
            _only_reports(main) and not announced):
        return trigger
    side = False
    subordinate = False  # the trigger describes a noun or a circumstance on its way up
    relative = False  # the trigger describes a noun ("a boat that was seized by ..."): a side fact
    tok = trigger
    while tok.i != main.i and tok.head.i != tok.i:  # spaCy makes a new Token per access: compare indices
        relative = relative or tok.dep_ == "relcl"
        if tok.dep_ in SUBORDINATE_DEPS or (tok.dep_ == "advcl" and any(
                c.dep_ in ("mark", "advmod") and c.text.lower() in TIME_MARKS for c in tok.children)):
            side = subordinate = True
        elif tok.dep_ == "prep" and tok.text.lower() in CIRCUMSTANCE_PREPS:
            side = True  # "reimposed blockades following the shooting deaths of ...": the cause, not the act
        tok = tok.head
    if tok.i != main.i:
        # the trigger hangs outside the main clause: only a reporting clause's noun
        # counts, or a clause that describes a noun ("In a letter handed over to ...")
        side = subordinate or trigger.pos_ in ("NOUN", "PROPN", "ADJ") and (
            trigger.head.text.lower() in REPORTING_VERBS or trigger.head.head.text.lower() in REPORTING_VERBS)
    elif main.text.lower() in REPORTING_VERBS:
        side = True  # "X said Y must ensure ... to allow ...": the directive is the event
    if not side:
        return trigger
    if not relative and (violent_noun or _violent_clause(trigger) or trigger.text.lower().startswith(TERRITORY_STEMS)):
        # An act of war or a change of ground in the side clause ("... began when
        # the army seized the district", "amid reports that rebels reached the
        # centre") is the event itself when that clause names who did it.
        t1, _ = _core_roles(sdoc, trigger, _region(trigger), inside, True, by_position=False)
        if t1 is not None:
            return trigger
    m1, _ = _core_roles(sdoc, main, _region(main), inside, is_violent(main))
    return main if m1 is not None else trigger


# Verbs of taking or entering ground, as word stems (the pipeline runs without a lemmatizer).
TERRITORY_STEMS = ("seiz", "captur", "took", "taken", "retak", "recaptur", "enter", "reach",
                   "overr", "storm", "advanc", "regain", "liberat", "occup")


LOCATIVE_PREPS = frozenset({"in", "into", "near", "at", "across", "around", "inside", "outside",
                            "toward", "towards", "through", "throughout", "within", "of"})


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


def _is_backer(head: Token, trigger: Token) -> bool:
    """Is the mention the helper of a side ("backed by Russian air strikes", "with the
    help of Russian air power", "under cover of ...")? ACLED makes it an associate actor."""
    tok = head
    for _ in range(5):
        parent = tok.head
        if parent.i == tok.i or tok.i == trigger.i:
            return False
        word = parent.lemma_.lower()
        if word in BACKING_WORDS and not (parent.i == trigger.i):
            return True
        tok = parent
    return False


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
        verb = h.head
        if (h.dep_ == "dobj" and verb.lemma_.lower() in HARM_VERBS) or (
                h.dep_ == "nsubjpass" and verb.lemma_.lower() in HARM_VERBS):
            return m
    return None


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
    for m, h in heads:
        if h is None:
            continue
        if m is speaker:
            cand1.append((0, m.start, m))
            continue
        if _is_source(h, m, region):
            continue
        if _is_backer(h, trigger):
            continue  # "forces backed by Russian air strikes": an ally, neither side
        if violent and _is_place_of_violence(m, h):
            continue  # "the offensive into Aleppo, Syria": where it happened, not who
        if m.start <= trigger.idx < m.end:
            role, dist = 1, 0  # "Russian airstrikes": the actor is part of a noun trigger
        else:
            role, dist = _role(h, region, violent)
        role = _relative_clause_role(h, top, role)
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


def _under_circumstance(tok: Token, top: Token) -> bool:
    """Does ``tok`` hang from ``top`` through a circumstance ("following the deaths of X")?"""
    while tok.i != top.i and tok.head.i != tok.i:
        if tok.dep_ == "prep" and tok.text.lower() in CIRCUMSTANCE_PREPS:
            return True
        tok = tok.head
    return False


# Verbs that move one's own people ("sent troops to", "withdrew inspectors from"):
# their object is the actor's personnel; the other side is where they go or leave.
DEPLOY_VERBS = frozenset({"send", "sent", "sends", "sending", "deploy", "deployed", "deploys", "deploying",
                          "dispatch", "dispatched", "withdraw", "withdrew", "withdrawn", "withdrawing",
                          "contribute", "contributed", "contributing", "station", "stationed", "pull",
                          "pulled", "recall", "recalled", "commit", "committed", "move", "moved"})
PERSONNEL_NOUNS = frozenset({"troops", "soldiers", "peacekeepers", "inspectors", "workers", "observers",
                             "personnel", "forces", "monitors", "staff", "units", "battalions", "experts",
                             "advisers", "advisors", "police", "officers", "contingent", "mission"})


def _own_personnel(head: Token) -> bool:
    """"withdraw weapons inspectors and humanitarian workers from Iraq": the movers' own people."""
    tok = head
    while tok.dep_ in ("conj", "compound", "amod") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "dobj" and tok.text.lower() in PERSONNEL_NOUNS and tok.head.text.lower() in DEPLOY_VERBS


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


def _passive(trigger: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in trigger.children)


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


def _plural(sdoc: Doc, m: ActorMention) -> bool:
    head = _head(sdoc, m)
    return head is not None and head.tag_ in ("NNS", "NNPS")


def crowd_label(trigger: Token, context: str = "") -> Optional[str]:
    """"Protesters" or "Rioters" when the trigger is a protest or a riot, else None.

    ``context`` (the event's text) may show the violence: "Demonstrators burned tires."
    """
    # "protested", "held a sit-in", "took part in a demonstration" (not "after protests")
    words = [trigger] + [c for c in trigger.children if c.dep_ in ("dobj", "attr", "nsubjpass")]
    words += [g for c in trigger.children if c.dep_ == "prep" and c.text.lower() in ("in", "into")
              for g in c.children if g.dep_ == "pobj"]
    sent = trigger.sent if trigger.sent is not None else trigger.doc[:]
    if not any(_protest_word(w) for w in words):
        # "held a large protest stand", "gathered ... to demand": a crowd verb in a protest sentence
        if trigger.text.lower() not in lexicon.CROWD_VERBS or not any(
                _protest_word(t, riots=False) for t in sent):
            return None
    if trigger.text.lower().startswith(lexicon.RIOT_STEMS) and not trigger.text.lower().startswith(
            lexicon.NOT_RIOT_PREFIXES):
        return "Rioters"
    words = {t.text.lower() for t in sent} | {w.lower().strip(".,;") for w in context.split()}
    if words & lexicon.RIOT_CUES:
        return "Rioters"
    return "Protesters"


def _protest_word(tok: Token, riots: bool = True) -> bool:
    """A word of protest (or riot). "strike" is a labour strike only with a word
    saying so ("general strike", "went on strike", "workers' strike"); an "air
    strike", "drone strike" or a bare "strikes" in a war report is an attack."""
    low = tok.text.lower()
    stems = lexicon.PROTEST_STEMS + (lexicon.RIOT_STEMS if riots else ())
    if not low.startswith(stems) or low.startswith(lexicon.NOT_RIOT_PREFIXES):
        return False
    if not low.startswith("strike") or tok.pos_ in ("VERB", "AUX"):
        return not low.startswith("strike")  # "workers struck" is too rare to tell from attacks
    mods = {c.text.lower() for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "poss")}
    return bool(mods & lexicon.LABOUR_STRIKE_CUES) or (tok.head.text.lower() == "on" and tok.dep_ == "pobj"
                                                       and tok.head.head.lemma_.lower() in ("go", "be", "stay"))


def _crowd_roles(sdoc: Doc, trigger: Token, label: str, a1: Optional[ActorMention],
                 a2: Optional[ActorMention], start: int, end: int) -> RolePair:
    """ACLED codes a protest's crowd as "Protesters (country)" (a riot's as "Rioters
    (country)") whoever they are, the group being an associate actor; a peaceful
    protest has no actor2 unless the state intervenes. With no crowd mentioned
    the crowd is inferred: an ActorMention with start == end == -1."""
    from dateline.extract.actors.dictionary import get_dictionary
    from dateline.extract.actors.finder import DOC_COUNTRY_KEY

    kind = label.lower()
    if a1 is not None and a1.kind in ("rebel", "external") or (
            a1 is not None and a1.kind == "state" and label == "Rioters"):
        crowd = a1  # armed groups and foreign forces stay themselves; party members become protesters
    else:
        # ACLED names a crowd by the country it gathers in, whoever its members are.
        code = sdoc.user_data.get(DOC_COUNTRY_KEY) or (a1.country if a1 is not None else None)
        cname = get_dictionary().country_name(code)
        name = f"{label} ({cname})" if cname else label
        if a1 is not None:
            crowd = ActorMention(a1.start, a1.end, a1.text, name, kind, code)
        else:
            crowd = ActorMention(-1, -1, "", name, kind, code)
    doc_country = sdoc.user_data.get(DOC_COUNTRY_KEY)
    context = {w.lower().strip(".,;()") for w in sdoc.text[start:end].split()}
    intervening = a2 is not None and a2.name.startswith(("Police Forces", "Military Forces")) \
        and (doc_country is None or a2.country in (None, doc_country)) \
        and bool(context & lexicon.INTERVENTION_CUES)
    if a2 is not None and not (intervening or (label == "Rioters" and a2.kind == "civilians")):
        a2 = None  # the object of a protest ("against Israel's attacks") is not its actor2
    return RolePair(crowd, a2)


def is_violent(trigger: Token) -> bool:
    low = trigger.text.lower()
    return low.startswith(lexicon.VIOLENT_STEMS)


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


# The preposition of a place an act is aimed at or done in.
PLACE_TARGET_PREPS = frozenset({"into", "to", "from", "on", "against", "with", "toward", "towards",
                                "upon", "of"})
PLACE_WHERE_PREPS = frozenset({"in", "at", "inside"})
# Prepositions that aim a whole phrase at a place ("troops to a force in Liberia").
PLACE_AIM_PREPS = frozenset({"to", "into", "against", "toward", "towards"})


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
    """"Iraq said it would allow ...": a pronoun subject stands for the speaker."""
    subjects = [c for i, n in region.items() if n.kind in ("trigger", "up")
                for c in trigger.doc[i].children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or subjects[0].tag_ != "PRP":
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
