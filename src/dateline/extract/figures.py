"""Casualty and displacement figures with their attribution, hedges and denials.

Public API:
- ``find_figures(text, sdoc) -> list[Figure]``: every count of people killed,
  injured, displaced, detained or missing, read with ACLED's conservative
  conventions (see :mod:`dateline.extract.figures_numbers`: "dozens" = 12,
  "hundreds" = 100, "several" = 3, "at least 4" = 4, a range gives its lower
  bound); "no one was killed" / "no fatalities" give a killed figure of 0.
- ``fatalities_for(figures, start, end) -> int | None``: an event's fatality
  count from the figures inside ``text[start:end]``: within one source the
  largest total (subsets such as "including 3 children" are skipped), across
  sources the lowest (ACLED's most conservative figure); denied figures never
  count; ``None`` when no figure is given.
"""
from __future__ import annotations

import re
from collections import defaultdict
from typing import Optional

from spacy.tokens import Doc, Span as SpacySpan

from dateline.extract.figures_numbers import Quantity, read_quantities
from dateline.model import Figure

# Keyword -> figure kind. Matched on lower-case word starts.
KIND_WORDS: dict[str, str] = {
    "killed": "killed", "killing": "killed", "kill": "killed", "kills": "killed", "dead": "killed",
    "died": "killed", "die": "killed", "dying": "killed", "deaths": "killed", "death": "killed",
    "fatalities": "killed", "fatality": "killed", "bodies": "killed", "slain": "killed",
    "massacred": "killed", "executed": "killed", "perished": "killed", "lives": "killed",
    "murdered": "killed", "beheaded": "killed", "toll": "killed", "victims": "killed",
    "injured": "injured", "injuring": "injured", "injuries": "injured", "wounded": "injured",
    "wounding": "injured", "hurt": "injured", "casualties": "injured", "injures": "injured",
    "displaced": "displaced", "fled": "displaced", "flee": "displaced", "fleeing": "displaced",
    "evacuated": "displaced", "homeless": "displaced", "uprooted": "displaced", "refugees": "displaced",
    "displacing": "displaced", "displacement": "displaced",
    "detained": "detained", "arrested": "detained", "arrests": "detained", "arresting": "detained",
    "detaining": "detained", "abducted": "detained", "kidnapped": "detained", "captured": "detained",
    "abducting": "detained", "kidnapping": "detained", "hostage": "detained", "hostages": "detained",
    "detention": "detained", "imprisoned": "detained",
    "missing": "missing", "unaccounted": "missing", "disappeared": "missing",
}
# Words that may sit between a number and its kind word ("5 civilians were killed").
FILLER = re.compile(
    r"^(?:[\s,]|people|persons?|civilians?|soldiers?|troops|fighters?|militants?|rebels?|"
    r"others?|more|men|women|children|members?|policemen|police|officers?|residents?|"
    r"villagers?|protesters?|demonstrators?|famil(?:y|ies)|households?|individuals?|babies|infants|"
    r"staff|workers?|journalists?|students?|patients|worshippers|migrants|pilgrims|passengers|"
    r"personnel|servicemen|militiamen|gunmen|guards?|fishermen|farmers?|inmates|prisoners|"
    r"boys?|girls?|teenagers?|youths?|minors|relatives|employees|of|them|were|was|have|has|had|been|being|are|is|"
    r"reportedly|also|later|allegedly|and|each|in|the|attack|strike|an?|other|"
    r"pro-government|government|regime|opposition|army|security|forces?|[a-z]+ians?|"
    r"[A-Z][a-z]+)*$")
ZERO_RE = re.compile(
    r"(?i)\b(?:no\s+(?:fatalities|casualties|deaths|injuries|one\s+was\s+(?:killed|hurt|injured)|"
    r"immediate\s+reports?\s+of\s+(?:casualties|deaths|fatalities))|nobody\s+was\s+(?:killed|hurt|injured)|"
    r"without\s+(?:casualties|fatalities)|no\s+one\s+(?:died|was\s+(?:killed|harmed)))")
SUBSET_BEFORE = re.compile(r"(?i)(?:including|among\s+them|among\s+whom|of\s+whom|of\s+them|among\s+the\s+dead(?:\s+were)?)\s*$")
HEDGE_WORDS = frozenset({"reportedly", "allegedly", "possibly", "feared", "believed", "unconfirmed",
                         "estimated", "may", "might", "could", "thought", "suspected", "apparently",
                         "likely", "purportedly", "presumed"})
MODALS = frozenset({"may", "might", "could"})
DENY_WORDS = frozenset({"denied", "denies", "deny", "denying", "refuted", "refutes", "rejected",
                        "dismissed", "disputed", "disputes"})
REPORT_VERBS = frozenset({"said", "says", "say", "reported", "reports", "report", "told", "claimed",
                          "claims", "announced", "confirmed", "stated", "added", "tweeted",
                          "estimated", "counted", "documented", "recorded", "put", "quoted",
                          "denied", "denies", "published", "showed"})
_VERBS = "said|says|reported|reports|told|claimed|added|announced|confirmed|stated|tweeted"
TRAILING_SOURCE = re.compile(
    rf",\s*(?:the\s+|a\s+)?(?P<src>[^,;]{{2,80}}?)\s+(?:{_VERBS})(?:\s+\w+){{0,3}}\W*$")
INVERTED_SOURCE = re.compile(
    rf",\s*(?:{_VERBS})\s+(?:the\s+|a\s+)?(?P<src>[^,;.]{{2,80}}?)(?:,|\.|$)")
WINDOW = 60  # characters either side of a number searched for its kind word


def _kind_near(text: str, q: Quantity) -> Optional[tuple[str, int, int]]:
    """The kind word that counts ``q``: (kind, span start, span end) or None."""
    best: Optional[tuple[int, str, int, int]] = None
    after = text[q.end:q.end + WINDOW]
    for m in re.finditer(r"[A-Za-z]+", after):
        kind = KIND_WORDS.get(m.group(0).lower())
        if kind and FILLER.match(after[:m.start()]):
            best = (m.start(), kind, q.start, q.end + m.end())
            break
    before = text[max(0, q.start - 40):q.start]
    m2 = re.search(r"([A-Za-z]+)[\s,]*(?:(?:to|at|of)\s+)?(?:(?:at\s+least|up\s+to|some|about|nearly|more\s+than|around|"
                   r"another|an?\s+additional|a\s+further)\s+)?(?:(?:rose|risen|rising|climbed|reached|stood|stands|"
                   r"increased|jumped|was|is|of|coded|recorded|estimated|put)\s+(?:to\s+|at\s+|as\s+)?)?$", before)
    if m2:
        kind = KIND_WORDS.get(m2.group(1).lower())
        if kind:
            dist = len(before) - m2.start(1)
            if best is None or dist < best[0] or kind == "killed" and m2.group(1).lower() == "toll":
                best = (dist, kind, q.start - (len(before) - m2.start(1)), q.end)
    if best is None:
        return None
    return best[1], best[2], best[3]


def _sentence(sdoc: Doc, start: int, end: int) -> Optional[SpacySpan]:
    span = sdoc.char_span(start, end, alignment_mode="expand")
    return span.sent if span is not None and len(span) else None


def _attribution(sdoc: Doc, sent: Optional[SpacySpan]) -> Optional[str]:
    """Who reports the sentence's figures: "according to X", "X said", "said X"."""
    if sent is None:
        return None
    for tok in sent:
        if tok.text.lower() == "according" and tok.i + 1 < len(sdoc) and sdoc[tok.i + 1].text.lower() == "to":
            objs = [c for c in sdoc[tok.i + 1].children if c.dep_ == "pobj"]
            if objs:
                return _np_text(objs[0])
    for tok in sent:
        if tok.text.lower() in REPORT_VERBS:
            subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"]
            if subj:
                return _np_text(subj[0])
    # The parser often hangs ", the Syrian Observatory said." off the object:
    # read the sentence-final (or inverted "said X") reporting clause from text.
    m = TRAILING_SOURCE.search(sent.text) or INVERTED_SOURCE.search(sent.text)
    return m.group("src") if m else None


def _np_text(tok) -> str:  # type: ignore[no-untyped-def]
    toks = [t for t in tok.subtree if not (t.dep_ == "det" and t.i == tok.left_edge.i)]
    # stop at a relative clause or a long apposition
    out = []
    for t in toks:
        if t.dep_ in ("relcl", "acl", "punct") and t.i > tok.i:
            break
        out.append(t)
    if not out:
        return tok.text
    return tok.doc[out[0].i:out[-1].i + 1].text


def _denied(sdoc: Doc, sent: Optional[SpacySpan], start: int) -> bool:
    if sent is None:
        return False
    for tok in sent:
        if tok.text.lower() in DENY_WORDS and tok.idx < start:
            subtree_end = max(t.idx + len(t.text) for t in tok.subtree)
            if start < subtree_end:
                return True
    return False


def _hedged(text: str, sent: Optional[SpacySpan], q: Quantity) -> bool:
    if q.hedged:
        return True
    if sent is None:
        return False
    for t in sent:
        low = t.text.lower()
        if low in HEDGE_WORDS and (low not in MODALS or t.tag_ == "MD"):
            return True
    return False


def _excluded(sdoc: Doc, q: Quantity) -> bool:
    """Dates, times, money, percentages, ages and distances are not counts of people."""
    span = sdoc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return True
    if any(t.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY") for t in span
           if t.like_num):
        return True
    nxt = sdoc[span.end].text.lower() if span.end < len(sdoc) else ""
    return nxt in ("km", "kilometres", "kilometers", "miles", "years", "year", "days", "hours", "%",
                   "percent", "metres", "meters", "kg", "tonnes", "tons", "dollars", "mm")


def find_figures(text: str, sdoc: Doc) -> list[Figure]:
    """Counts of people killed, injured, displaced, detained or missing, in text order."""
    out: list[Figure] = []
    for q in read_quantities(text):
        found = _kind_near(text, q)
        if found is None or _excluded(sdoc, q):
            continue
        kind, start, end = found
        sent = _sentence(sdoc, q.start, q.end)
        if SUBSET_BEFORE.search(text[max(0, q.start - 25):q.start]) and (sent is None or any(
                sent.start_char <= f.start < q.start for f in out)):
            # "killed 10, including 3 children": part of a total already counted (but
            # "reported casualties, including four deaths" gives the only count there is)
            continue
        out.append(Figure(start, end, text[start:end], kind, q.value,
                          attribution=_attribution(sdoc, sent),
                          hedged=_hedged(text, sent, q), denied=_denied(sdoc, sent, q.start)))
    out += _single_victims(text, sdoc, out)
    for m in ZERO_RE.finditer(text):
        sent = _sentence(sdoc, m.start(), m.end())
        kind = "injured" if re.search(r"(?i)injur|hurt", m.group(0)) else "killed"
        out.append(Figure(m.start(), m.end(), m.group(0), kind, 0,
                          attribution=_attribution(sdoc, sent), hedged=False,
                          denied=_denied(sdoc, sent, m.start())))
    out.sort(key=lambda f: f.start)
    return _dedupe(out)


KILL_VERBS = frozenset({"killed", "killing", "kill", "kills", "murdered", "murdering", "executed",
                        "beheaded", "assassinated", "slain", "lynched", "died", "dies", "die"})
NOT_PEOPLE = frozenset({"number", "time", "deal", "plan", "bill", "project", "idea", "hopes", "talks",
                        "process", "engine", "motion", "proposal", "story", "power"})


def _single_victims(text: str, sdoc: Doc, found: list[Figure]) -> list[Figure]:
    """"killing a Palestinian and his mother", "a woman was killed": one dead per
    victim named without a number (ACLED counts them)."""
    out: list[Figure] = []
    for tok in sdoc:
        if tok.text.lower() not in KILL_VERBS or not tok.pos_ in ("VERB", "AUX"):
            continue
        if tok.text.lower() in ("died", "dies", "die"):
            victims = [c for c in tok.children if c.dep_ == "nsubj"]
        else:
            victims = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        if not victims:
            continue
        heads = [victims[0]] + [c for c in victims[0].conjuncts]
        people = [h for h in heads if (h.tag_ in ("NN", "NNP") or h.ent_type_ == "NORP")
                  and not h.text.lower().endswith("s") and h.text.lower() not in NOT_PEOPLE
                  and not any(c.dep_ == "nummod" or c.like_num for c in h.children) and h.pos_ != "PRON"]
        if not people or len(people) != len(heads):
            continue
        lo = min(min(t.idx for t in h.subtree) for h in people + [tok])
        hi = max(max(t.idx + len(t.text) for t in h.subtree) for h in people + [tok])
        if any(f.start < hi and lo < f.end for f in found):
            continue  # a counted figure already covers it
        sent = tok.sent
        out.append(Figure(lo, hi, text[lo:hi], "killed", len(people),
                          attribution=_attribution(sdoc, sent), hedged=_hedged(text, sent, Quantity(lo, hi, 1, False)),
                          denied=_denied(sdoc, sent, lo)))
    return out


def _dedupe(figs: list[Figure]) -> list[Figure]:
    out: list[Figure] = []
    for f in figs:
        if out and f.start < out[-1].end and f.kind == out[-1].kind:
            continue
        out.append(f)
    return out


def fatalities_for(figures: list[Figure], start: int, end: int) -> Optional[int]:
    """The event's fatality count under ACLED's conservative rule (None when not given)."""
    killed = [f for f in figures if f.kind == "killed" and f.start >= start and f.end <= end and not f.denied]
    if not killed:
        return None
    coded = [f for f in killed if "coded" in f.text.lower()]
    if coded:
        return coded[-1].value  # "Fatalities coded as 3": the coder's own final figure
    by_source: dict[str, list[Figure]] = defaultdict(list)
    for f in killed:
        by_source[(f.attribution or "").lower()].append(f)
    totals = [max(f.value for f in figs) for figs in by_source.values()]
    return min(totals)
