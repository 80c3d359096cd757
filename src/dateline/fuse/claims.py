"""Rival claims: what each source says about a fused event, kept side by side.

Each report of an event contributes claims: its casualty figures (with who
gave them and whether hedged or denied), who controls a place, and denials
("state television denied rebels had entered the city"). A fused event keeps
all of them with their sources, is ``contested`` when they disagree, and its
fatality figure follows ACLED's conservative rule: the lowest credible figure.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from dateline.model import Claim, Event, Span

# Figure kinds as claim fields (fatalities is ACLED's name for "killed").
FIELD_OF_KIND = {"killed": "fatalities", "dead": "fatalities", "fatalities": "fatalities"}

# Sub-types whose actor1 ends up holding the place.
TERRITORY_SUBTYPES = {"Non-state actor overtakes territory", "Government regains territory"}

_DENY_VERB = r"(?:denied|denies|deny|denying|rejected|rejects|dismissed|dismisses|refuted|refutes)"
_DENY = re.compile(
    rf"(?P<who>(?:[A-Z][\w'\u2019.-]*|state|the|its|a|an|pro-government|government|official|local|military)"
    rf"(?:[ -](?!{_DENY_VERB}\b)[\w'\u2019.-]+){{0,9}}?)\s+(?:(?:has|have|had|also|again|\w+ly)\s+)*"
    rf"{_DENY_VERB}\s+(?:(?:the |any |all )?(?:[\w-]+ ){{0,2}}?(?:claims?|reports?|allegations?|accounts?|suggestions?|rumou?rs?)"
    rf"(?: by [^,.;]+?)?\s+)?(?:that\s+)?(?P<what>[^.;!?]{{3,200}})",
)
_FALSE = re.compile(
    r"(?P<who>[A-Z][\w'\u2019.-]*(?:[ -][\w'\u2019.-]+){0,6}?)\s+(?:said|says|called|insisted)\s+(?:that\s+)?"
    r"(?:the\s+)?(?:claims?|reports?|allegations?)\s+(?:that\s+)?(?P<what>[^.;!?]{3,200}?)\s+"
    r"(?:were|was|are|is|as)\s+(?:false|untrue|fabricated|baseless|lies|fake)")
_CONTROL = re.compile(
    r"(?P<who>(?:[A-Z][\w'\u2019.-]*|rebels?|insurgents?|militants?|jihadists?|fighters|government forces|"
    r"troops|the army|the military|opposition forces|pro-government forces|regime forces)"
    r"(?:[ -][\w'\u2019.-]+){0,4}?)\s+(?:have |has |had |now |fully |reportedly )*"
    r"(?P<verb>captured|seized|took control of|taken control of|took over|overran|recaptured|retook|"
    r"regained control of|controls?|controlled|entered|stormed)\s+(?:most of |much of |parts of |all of )?"
    r"(?:the (?:town|city|village|district|neighbou?rhood|province|airport|air base|base|crossing) of )?"
    r"(?P<where>(?:the )?[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+){0,3})")
_DATELINE = re.compile(r"^[A-Z][A-Z.' ]+\s*(?:\([^)]*\)\s*)?[-\u2013\u2014:]\s*")  # "DAMASCUS (Reuters) - "
_LEADING = re.compile(r"^(?:but|and|while|however|meanwhile|although|though|yet|as)\s+", re.I)


_WHO_TAIL = re.compile(
    r"\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|"
    r"Aug|Sep|Oct|Nov|Dec)[a-z]*\b)|in\s+an?\s+(?:statement|interview|briefing)|at\s+an?\s+(?:press|news)|late|"
    r"early|earlier|later|last|this|yesterday|today|however)\b.*$")


def _who(text: str) -> str:
    """The speaker: connectives before it and time phrases after it removed."""
    who = _DATELINE.sub("", _LEADING.sub("", " ".join(text.split())))
    return _WHO_TAIL.sub("", who).strip(" ,;:")


def figure_claims(event: Event, doc_id: str, outlet: Optional[str]) -> list[Claim]:
    """One claim per casualty figure of the event, attributed to whoever gave it."""
    claims: list[Claim] = []
    for f in event.figures:
        stance = "denied" if f.denied else "hedged" if f.hedged else "asserted"
        claims.append(Claim(FIELD_OF_KIND.get(f.kind, f.kind), f.value, doc_id,
                            f.attribution or event.source_attribution or outlet,
                            Span(f.start, f.end, f.text), stance))
    if event.fatalities is not None and not any(c.field == "fatalities" for c in claims):
        claims.append(Claim("fatalities", event.fatalities, doc_id,
                            event.source_attribution or outlet, event.evidence, "asserted"))
    return claims


def denial_claims(sentence: str, start: int, doc_id: str) -> list[Claim]:
    """Denials in one sentence (``start`` is its offset in the document)."""
    out: list[Claim] = []
    for rx in (_DENY, _FALSE):
        for m in rx.finditer(sentence):
            what = " ".join(m.group("what").split()).strip(" ,")
            what = re.sub(r"^(?:that|reports? that|claims? that)\s+", "", what)
            out.append(Claim("denial", what, doc_id, _who(m.group("who")) or None,
                             Span(start, start + len(sentence), sentence), "denied"))
    return out


def control_claims(sentence: str, start: int, doc_id: str) -> list[Claim]:
    """Claims of who holds a place ("rebels captured Aleppo airport")."""
    out: list[Claim] = []
    for m in _CONTROL.finditer(sentence):
        before = sentence[max(0, m.start() - 40):m.start("verb")].lower()
        if re.search(r"\b(?:not|never|no|denied|deny|denies|false|rejected|dismissed)\b[^,.;]*$", before):
            continue  # "denied that rebels entered ..." is a denial, not a control claim
        if _NO_GROUND.match(_norm(_who(m.group("who")))):
            continue  # "protesters entered the square" is no change of control
        out.append(Claim("control", {"actor": _who(m.group("who")), "place": m.group("where").removeprefix("the ")},
                         doc_id, None, Span(start, start + len(sentence), sentence), "asserted"))
    return out


# Who cannot hold ground: victims, crowds and bystanders, however the event was typed.
_NO_GROUND = re.compile(
    r"^(?:the |some |local )?(?:civilians?|protesters?|demonstrators?|rioters?|residents?|refugees?|displaced|"
    r"villagers|students?|journalists?|medics?|doctors?|health workers?|aid workers?|prisoners?|detainees?|"
    r"women|children|families|people|locals|labou?r group|teachers?)\b")
# Names that say "armed": state forces and armed groups of any kind.
_ARMED_WORDS = re.compile(r"\b(?:forces?|army|armed|militias?|guards?|units?|division|brigades?|battalions?|"
                          r"corps|regiment|troops|soldiers|police|gendarmerie|coalition|group|organi[sz]ation|"
                          r"mercenar(?:y|ies)|wagner|taliban|hezbollah|hamas|al-shabaab|boko haram)\b")
_HOLDER_KINDS = {"state", "rebel", "militia", "external"}


def _actor_kind(name: str) -> Optional[str]:
    """The kind the actor dictionary gives a name (state, rebel, civilians, ...), None when unknown."""
    try:
        from dateline.extract.actors.dictionary import get_dictionary
    except ImportError:  # the actors stage is optional for fusion
        return None
    entry = get_dictionary().lookup(name)
    return entry.kind if entry is not None else None


def can_hold_ground(actor: Optional[str], place: Optional[str] = None) -> bool:
    """Whether an actor can be said to hold a place: state forces, rebels, militias and named
    armed groups; never civilians, protesters or a place name (an extractor's slip)."""
    name = _norm(actor or "")
    if not name or _NO_GROUND.match(name) or (place and name == _norm(place)):
        return False
    if _NONSTATE_WORDS.search(name) or _STATE_WORDS.search(name) or _ARMED_WORDS.search(name):
        return True
    return _actor_kind(str(actor)) in _HOLDER_KINDS


def event_control_claim(event: Event, doc_id: str, outlet: Optional[str]) -> Optional[Claim]:
    """A territory-change event is itself a claim that actor1 now holds its location,
    when actor1 is someone who can hold ground."""
    if event.sub_event_type in TERRITORY_SUBTYPES and event.actor1 and event.location \
            and can_hold_ground(event.actor1, event.location.name):
        return Claim("control", {"actor": event.actor1, "place": event.location.name}, doc_id,
                     event.source_attribution or outlet, event.evidence, "asserted")
    return None


def credible(c: Claim) -> bool:
    return c.stance != "denied" and isinstance(c.value, int) and c.value >= 0


def _norm(s: object) -> str:
    return " ".join(str(s).lower().split())


def voice_figures(claims: Sequence[Claim], field: str = "fatalities") -> dict[tuple[str, str], int]:
    """Each voice's figure: a voice is one source within one document.

    Several figures from one voice are parts or updates of one count ("at
    least 12 ... the toll later rose to 20"), so the voice's figure is its
    highest credible one; rival voices are compared with each other.
    """
    out: dict[tuple[str, str], int] = {}
    for c in claims:
        if c.field == field and credible(c):
            key = (c.doc_id, _norm(c.source or ""))
            out[key] = max(out.get(key, 0), int(c.value))
    return out


def conservative_figure(claims: Sequence[Claim], field: str = "fatalities") -> Optional[int]:
    """ACLED's rule: with conflicting reports, the lowest credible figure."""
    voices = voice_figures(claims, field)
    return min(voices.values()) if voices else None


_STATE_WORDS = re.compile(r"\b(?:army|government|regime|military|troops|soldiers|state|police|"
                          r"loyalist|pro-government|forces of)\b", re.I)
_NONSTATE_WORDS = re.compile(r"\b(?:rebels?|opposition|insurgents?|militants?|jihadists?|islamists?|fighters|"
                             r"militias?|hayat|hts|isis|isil|islamic state|al-qaeda|al qaeda|fatah|free syrian|front|brigades?|"
                             r"battalions?|liberation|movement|mujahideen|resistance|armed group)\b",
                             re.I)


def control_side(actor: object) -> str:
    """Which side an actor named in a control claim is on, so "Rebel fighters" and
    "Opposition Rebels (Syria)" agree while "the army" disagrees with both."""
    name = re.sub(r"^the ", "", _norm(actor or ""))
    if _NONSTATE_WORDS.search(name):
        return "non-state"
    if _STATE_WORDS.search(name):
        return "state"
    return name


def contested_fields(claims: Sequence[Claim]) -> list[str]:
    """Fields on which the sources disagree (any denial counts as disagreement)."""
    fields: list[str] = []
    numeric: set[str] = set()
    control: dict[str, set[str]] = {}
    for c in claims:
        if c.field == "denial" or (c.stance == "denied" and isinstance(c.value, int)):
            if "denial" not in fields:
                fields.append("denial")
        elif c.field == "control" and isinstance(c.value, dict):
            control.setdefault(_norm(c.value.get("place")), set()).add(control_side(c.value.get("actor")))
        elif isinstance(c.value, int):
            numeric.add(c.field)
    for f in sorted(numeric):
        if len(set(voice_figures(claims, f).values())) > 1:
            fields.append(f)
    if any(len(actors) > 1 for actors in control.values()):
        fields.append("control")
    return fields


def dedupe(claims: Sequence[Claim]) -> list[Claim]:
    """Drop repeats of the same claim from the same document (same field, value, stance, source)."""
    seen: set[tuple] = set()
    out: list[Claim] = []
    for c in claims:
        key = (c.field, _norm(c.value), c.doc_id, c.stance, _norm(c.source or ""))
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


_WORD = re.compile(r"[a-z][a-z'-]{2,}")
_STOP = {"the", "and", "said", "that", "with", "from", "for", "was", "were", "had", "has", "have",
         "they", "their", "this", "its", "into", "after", "over", "also", "been", "which", "who"}


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in _STOP}


def _event_words(e: Event) -> set[str]:
    parts = [e.evidence.text, e.location.name if e.location else "", e.actor1 or "", e.actor2 or ""]
    return _words(" ".join(parts))


def _nearest_event(events: Sequence[Event], start: int, words: set[str]) -> int:
    """The event a sentence-level claim is about: most shared words, then nearest preceding."""
    def key(i: int) -> tuple[int, int]:
        e = events[i]
        shared = len(words & _event_words(e))
        distance = start - e.evidence.start if e.evidence.start <= start else 10 * (e.evidence.start - start)
        return (-shared, distance)
    return min(range(len(events)), key=key)


def document_claims(doc_id: str, text: str, outlet: Optional[str],
                    events: Sequence[Event]) -> list[list[Claim]]:
    """Claims of each event of one document (same order as ``events``).

    Figures come with the event; denials anywhere in the text go to the event
    they share most words with; control claims are kept when they name the
    event's location or sit in its evidence.
    """
    from dateline.store.sentences import split_sentences

    per_event: list[list[Claim]] = [figure_claims(e, doc_id, outlet) for e in events]
    for i, e in enumerate(events):
        claim = event_control_claim(e, doc_id, outlet)
        if claim:
            per_event[i].append(claim)
    if not events or not text:
        return [dedupe(c) for c in per_event]
    for start, end, _ in split_sentences(text):
        sentence = text[start:end]
        denials = denial_claims(sentence, start, doc_id)
        controls = control_claims(sentence, start, doc_id)
        if not denials and not controls:
            continue
        target = _nearest_event(events, start, _words(sentence))
        per_event[target].extend(denials)
        for c in controls:
            for i, e in enumerate(events):
                place = _norm(c.value["place"])
                in_evidence = e.evidence.start <= start < e.evidence.end or start <= e.evidence.start < end
                names_location = bool(e.location) and (place in _norm(e.location.name) or
                                                       _norm(e.location.name) in place)
                if in_evidence or (names_location and i == target):
                    c.source = c.source or outlet
                    per_event[i].append(c)
    return [dedupe(c) for c in per_event]
