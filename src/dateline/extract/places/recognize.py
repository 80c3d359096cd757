"""Find place mentions: spaCy NER, gazetteer matching and textual patterns.

NER alone misses much of conflict geography (the small English model calls
"Aleppo" a nationality and does not know "Hanano"), and the gazetteer alone
fires on common words ("Police", "Mobile").  So: every GPE/LOC/FAC entity, and
a NORP entity that the gazetteer knows as a place and that is not a demonym;
capitalised proper-noun n-grams the gazetteer knows, outside person and
organisation names; and names that a pattern marks as places ("the town of
X", "X district").  Organisation names yield a facility mention ("Aleppo
University"), never a mention of the place inside them.
"""
from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc

from dateline.extract.places import patterns as pat
from dateline.extract.places.acled_style import acled_spans, acronym, city_of_quarter
from dateline.extract.places.demonyms import CITY_DEMONYMS, demonym_country, is_demonym
from dateline.extract.places.gazetteer import Gazetteer
from dateline.extract.places.names import fold, qualifier_variants
from dateline.extract.places.resolve import Mention
from dateline.extract.places.words import CIVIL_INSTITUTION_WORDS, COMMON_CAPITALISED, NOT_PLACES
from dateline.tokenfacts import token_facts
from dateline.wordscan import has_whole_word, whole_word_matches

PLACE_LABELS = {"GPE", "LOC", "FAC"}
# Entity labels whose tokens the gazetteer scan must not reuse.
BLOCKING_LABELS = {"PERSON", "ORG", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL",
                   "ORDINAL", "WORK_OF_ART", "LAW", "EVENT", "PRODUCT", "LANGUAGE", "NORP"}
CONNECTORS = {"of", "al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "de", "del", "la", "le",
              "du", "des", "da", "do", "dos", "das", "di", "upon", "on", "the", "-", "and", "bin", "ibn",
              "abu", "ez", "es", "ech"}
_ARTICLE = re.compile(r"(?:the|The)\s+")  # used with .match(text, pos): no "^"
_POSSESSIVE = re.compile(r"(?:'s|’s|')$")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a leading "the", a trailing possessive and an opened parenthesis from a span."""
    paren = text.find("(", start, end)
    if paren > start:
        end = paren
    m = _ARTICLE.match(text, start, end)
    if m and m.end() < end:
        start = m.end()
    m2 = _POSSESSIVE.search(text[start:end])
    if m2 and m2.start() > 0:
        end = start + m2.start()
    while end > start and text[end - 1] in " .,;:":
        if text[end - 1] == "." and pat.state_code(text[start:end]):
            break  # "La." keeps its period
        end -= 1
    return start, end


def _lookup_candidates(gaz: Gazetteer, name: str) -> tuple[tuple[int, ...], bool]:
    """Exact matches, plus spelling variants where transliteration varies
    ("Salah Al Din" is Iraq's "Salah ad Din" as well as an Aleppo district)."""
    hit = gaz.lookup(name)
    fuzzy = gaz.lookup_fuzzy(name)
    if hit:
        extra = tuple(i for i in fuzzy if i not in hit)
        return hit + extra, False
    return fuzzy, bool(fuzzy)


def build_mention(gaz: Gazetteer, text: str, start: int, end: int, label: str = "") -> Mention:
    """A mention of ``text[start:end]`` with the cues around it (also for given spans)."""
    s, e = _trim(text, start, end)
    if e <= s:
        s, e = start, end
    surface = text[s:e]
    m = Mention(start, end, text[start:end], surface, entity_label=label)
    dem = demonym_country(surface)
    if dem is not None:
        m.demonym_cc = dem
        country = gaz.country_entry.get(dem)
        m.candidates = (country,) if country is not None else ()
        return m
    if surface in CITY_DEMONYMS:
        m.demonym_cc = ""
        m.lookup = CITY_DEMONYMS[surface]
    code = pat.state_code(surface)
    if code is not None:
        entry = gaz.admin1_entry.get(f"US.{code}")
        m.candidates = (entry,) if entry is not None else ()
        return m
    lookup = m.lookup
    # "Idlib province", "Laurel County": the suffix says what kind of place it is.
    words = lookup.rsplit(None, 1)
    if len(words) == 2 and words[1].lower() in pat.SUFFIX_FEATURE:
        m.feature_hint = pat.SUFFIX_FEATURE[words[1].lower()]
        whole, _ = _lookup_candidates(gaz, lookup)
        if whole:
            m.candidates = whole
        else:
            m.lookup = words[0]
    suffix = pat.suffix_after(text, e)
    if suffix and m.feature_hint is None:
        m.feature_hint = suffix[1]
        # "Salem city" may be an entry of its own somewhere; Salem is still a candidate.
        m.candidates = gaz.lookup(text[s:suffix[0]]) + _lookup_candidates(gaz, lookup)[0]
    kind = pat.kind_before(text, s)
    if kind and m.feature_hint is None:
        m.feature_hint = kind
    if not m.candidates:
        m.candidates, m.fuzzy = _lookup_candidates(gaz, m.lookup)
    if not m.candidates and label == "CTX":
        m.candidates = gaz.lookup_division(m.lookup)  # "Zaporizhia" in "Bilohiria, Zaporizhia."
    for variant in () if m.candidates else qualifier_variants(m.lookup):
        m.candidates = gaz.lookup(variant)  # "Eastern Jurdi" = "Jurdi al-Sharqi"
        if m.candidates:
            break
    if not m.candidates:
        # "Northeast Georgia", "northern Aleppo": part of a known place.
        part = _DIRECTION.match(m.lookup)
        if part and part.end() < len(m.lookup):
            m.candidates, m.fuzzy = _lookup_candidates(gaz, m.lookup[part.end():])
            if m.candidates:
                m.geo_precision = 2
    if not m.candidates and " - " in m.lookup:
        m.candidates = city_of_quarter(gaz, m.lookup)
    if not m.candidates:
        # "Aleppo University", "Kweires airport": a facility of a known place.
        head = re.match(r"^(.+?)\s+(?:International\s+)?(?:Military\s+)?(?:[Aa]irport|[Aa]ir ?[Bb]ase|"
                        r"[Uu]niversity|[Hh]ospital|[Pp]rison|[Cc]itadel|[Dd]am|[Ss]tadium)$", m.lookup)
        tail = re.match(r"^(?:University|Port|Citadel) of (.+)$", m.lookup)
        base = head.group(1) if head else tail.group(1) if tail else None
        if base:
            m.candidates, m.fuzzy = _lookup_candidates(gaz, base)
            m.facility_of = bool(m.candidates)
            m.geo_precision = 2
    if pat.near_cue(text, s, e):
        m.geo_precision = 2
    _add_hierarchy(gaz, text, e, m)
    return m


_DIRECTION = re.compile(r"(?:North|South|East|West|Central|Upper|Lower|Greater|Northern|Southern|Eastern|"
                        r"Western|Middle)(?:-?(?:east|west|East|West|ern))?\s+")


def _add_hierarchy(gaz: Gazetteer, text: str, end: int, m: Mention) -> None:
    """Names written after the mention that place it: ", La.", ", Syria", "(Tominian, Segou)"."""
    for _s, e, part in pat.comma_context(text, end):
        # "Bilohiria, Zaporizhia." (ACLED's style: the division closes the clause)
        # may use another transliteration; in running prose only exact names count.
        closes = part.endswith(".") or text[e:e + 1] in (".", ",", ";", ")", "") or text[e:e + 2] == " ("
        if _note_hierarchy(gaz, part, m, loose=closes):
            break  # the longest reading that names a division or country
    area = pat.countryside_of(text, end)
    if area:
        _note_hierarchy(gaz, area, m, loose=False)  # "Al-Qasr town in Aleppo countryside"
    whole = pat.paren_whole(text, end)
    if whole and "," in whole and _note_hierarchy(gaz, whole, m, loose=False):
        return  # one division whose name has a comma: "(Bogota, D.C.)"
    for _s, _e, part in pat.paren_context(text, end):
        _note_hierarchy(gaz, part, m, loose=True)


def _note_hierarchy(gaz: Gazetteer, part: str, m: Mention, loose: bool) -> bool:
    """Record a division or country written beside the mention.  ``loose``
    (bracketed hierarchy, ACLED's style) also accepts other transliterations."""
    code = pat.state_code(part)
    if code:
        m.context_admin1.add(f"US.{code}")
        return True
    found = False
    areas = ("country", "admin1", "admin2", "region")
    name = part.rstrip(".")
    readings = gaz.lookup_division(name) if loose else [i for i in gaz.lookup(name) if gaz.feature[i] in areas]
    if loose and len({gaz.cc[j] for j in readings}) > 1 \
            and not any(gaz.feature[i] in areas for i in gaz.lookup(name)):
        # Only a consonant-key guess, and in several countries ("Capital" ~ Denmark's
        # "Capital Region", Brazil's "Capitolio"): no evidence to overrule the name with.
        return False
    for j in readings:
        feat = gaz.feature[j]
        if feat == "country":
            m.context_cc.add(gaz.cc[j])
            found = True
        elif feat in ("admin1", "admin2"):
            m.context_admin1.add(f"{gaz.cc[j]}.{gaz.admin1[j]}")
            found = True
    return found


def _title(tok_text: str) -> bool:
    return tok_text[:1].isupper()


def find_mentions(gaz: Gazetteer, text: str, sdoc: Doc,
                  include_demonyms: bool = True) -> tuple[list[Mention], Counter]:
    """Every place mention in the text, and the countries its demonyms point at.

    Demonyms ("Syrian", "Americans") come back as mentions of their own kind
    (``demonym_cc`` set, resolved to the country, feature "demonym") when
    ``include_demonyms``: geoparsing corpora annotate them as toponyms, and
    consumers tell them apart by the feature; they never count as a place
    that locates an event."""
    spans: list[tuple[int, int, str]] = []
    demonym_cc: Counter = Counter()
    taken = [False] * len(sdoc)
    # Words of full person names ("John Moore"); a lone "Alexandria" tagged PERSON is no evidence.
    person_words = {t.text for e in token_facts(sdoc).ents if e.label_ == "PERSON" and len(e) > 1
                    for t in e if t.text[:1].isupper()}
    for ent in token_facts(sdoc).ents:
        for t in range(ent.start, ent.end):
            taken[t] = ent.label_ in BLOCKING_LABELS or ent.label_ in PLACE_LABELS
        s, e = _trim(text, ent.start_char, ent.end_char)
        if e <= s:
            continue
        surface = text[s:e]
        if ent.label_ in PLACE_LABELS or ent.label_ == "NORP":
            if is_demonym(surface) or surface in NOT_PLACES:
                cc = demonym_country(surface)
                if cc:
                    if not _ARMED_AFTER.match(text, e):  # "Russian forces shelled X": the attacker's
                        demonym_cc[cc] += 1
                    if include_demonyms:
                        spans.append((s, e, "DEM"))
                continue
            cands = gaz.lookup(surface)
            if not cands and _DIRECTION.match(surface):
                cands = gaz.lookup(surface[_DIRECTION.match(surface).end():])  # type: ignore[union-attr]
            if ent.label_ == "NORP" and not cands:
                continue  # a nationality or religion the gazetteer does not know as a place
            if pat.inside_of_name(text, s) and _is_facility_org(text[s - 20:e]):
                continue  # "University of Georgia": a facility's name
            if not cands and not _place_cue(text, s, e):
                continue  # NER's guess, nothing known, nothing in the text says it is a place
            if surface in person_words and not _strong(gaz, cands):
                continue  # "Moore" of "John Moore"
            fac_end = pat.facility_after(text, e)
            spans.append((s, fac_end or e, ent.label_))
        elif ent.label_ == "ORG" and _is_facility_org(surface):
            spans.append((s, e, "FAC" if gaz.lookup(surface) else "ORG"))
        elif ent.label_ in ("PERSON", "ORG") and _mislabelled_place(gaz, text, s, e, ent.label_, person_words):
            fac_end = pat.facility_after(text, e)
            spans.append((s, fac_end or e, "GAZ"))
        elif ent.label_ == "ORG" and _civil_institution(ent.text):
            lead = sdoc[ent.start + (1 if sdoc[ent.start].lower_ == "the" else 0)]
            if include_demonyms and demonym_country(lead.text) and lead.i < ent.end - 1:
                spans.append((lead.idx, lead.idx + len(lead.text), "DEM"))  # "American Farm Bureau"
            # "the Ohio Department of Transportation", "Paris Police Department": the
            # place names the jurisdiction; a facility's own name is handled above.
            spans += _gazetteer_scan(gaz, text, sdoc, [False] * len(sdoc), ent.start, ent.end,
                                     person_words, inside_org=True)
    spans += _gazetteer_scan(gaz, text, sdoc, taken, 0, len(sdoc), person_words)
    spans += _names_across_entities(gaz, text, sdoc, person_words)
    spans += _kind_patterns(text)
    spans += acled_spans(gaz, text)
    spans += _heads_of_hierarchy(gaz, text, sdoc)
    spans += _parenthesis_names(gaz, text, spans)
    spans += _comma_names(gaz, text, spans)
    spans += _state_abbreviations(text)
    spans = _dedupe(spans)
    spans = _dedupe(spans + _propagate(gaz, text, sdoc, spans))
    # Place names are capitalised: "the metro", "a van" are not mentions.
    spans = [sp for sp in spans if text[sp[0]:sp[0] + 1].isupper() or text[sp[0]:sp[0] + 3] in _ARTICLES
             or sp[2] == "CTX"]
    spans = [sp for sp in spans if not _STREET.search(text, sp[0], sp[1])]
    mentions = [build_mention(gaz, text, s, e, label) for s, e, label in spans]
    for m in mentions:
        m.armed_actor = bool(m.demonym_cc) and bool(_ARMED_AFTER.match(text, m.end))
    return [m for m in mentions if m.candidates or m.entity_label in PLACE_LABELS or m.feature_hint
            or m.demonym_cc or m.entity_label == "PAT"], demonym_cc


# A demonym naming an armed actor ("Russian military forces", "Turkish airstrikes")
# says who attacked, not where: no evidence for the country of the places.
_ARMED_AFTER = re.compile(r"(?:\s+and\s+[A-Z]\w+)?\s+(?:\w+\s+)?(?:military|forces|troops|army|soldiers|air ?strikes?|drones?|"
                          r"warplanes|jets|artillery|navy|shelling|missiles?|intelligence|militias?)\b")


def _propagate(gaz: Gazetteer, text: str, sdoc: Doc,
               spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """One sense per discourse: a name the document uses as a place is a place
    wherever it recurs, even where NER called it a person ("Alexandria police")
    or left it untagged; not where it is the surname of a person ("John Mansfield")."""
    names = {text[s:e] for s, e, label in spans if label != "ORG" and gaz.lookup(text[s:e])}
    names = {n for n in names if len(n) >= 3 and not n.isupper()}
    if not names:
        return []
    persons = [(e.start_char, e.end_char) for e in token_facts(sdoc).ents if e.label_ == "PERSON"]
    actors = [(e.start_char, e.end_char) for e in token_facts(sdoc).ents
              if e.label_ == "ORG" and not _civil_institution(e.text)]
    out: list[tuple[int, int, str]] = []
    # Whole-word occurrences, the longest name at each place (no per-document regex).
    for s, e in whole_word_matches(text, names):
        if any(ps < s < pe for ps, pe in persons):
            continue  # inside a person's name, after its first word
        if any(ps <= s and e <= pe for ps, pe in actors):
            continue  # inside the name of a group ("the State Duma")
        if _TITLE_BEFORE.search(text, max(0, s - 12), s):
            continue  # "Mrs. Lincoln"
        out.append((s, e, "PROP"))
    return out


_TITLE_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Sgt|Lt|Col|Gen|Capt|President|Judge|Officer|"
                           r"Chief|Coach|Mayor|Sheriff|Rev|Father|Sister|Brother|Saint)\.?\s+$")


_NAMES = pat.NAMES
_KIND_OF = re.compile(r"\b(?:town|city|village|hamlet|district|neighbourhood|neighborhood|suburb|camp|"
                      r"villages|towns|areas?|region|province|governorate) of (" + _NAMES + r")")
_NAME_KIND = re.compile(r"(" + _NAMES + r")\s+(?:village|district|neighbourhood|neighborhood|camp|"
                        r"countryside|town|governorate|province|subdistrict|sub-district)\b")
_NOT_NAME_START = frozenset("the a an this that these those its his her their our my your which what "
                            "government police army state new old north south east west central".split())


def _kind_patterns(text: str) -> list[tuple[int, int, str]]:
    """"the village of Kafr Zita", "Hanano district", "Idleb countryside": names the
    text itself calls places, known to the gazetteer or not."""
    out: list[tuple[int, int, str]] = []
    for rx in (_KIND_OF, _NAME_KIND):
        for m in rx.finditer(text):
            s, e = m.start(1), m.end(1)
            first = m.group(1).split()[0].lower()
            if first in _NOT_NAME_START or first in COMMON_CAPITALISED or is_demonym(m.group(1)):
                continue
            out.append((s, e, "PAT"))
    return out


_HEAD = re.compile(r"(?<![\w-])(" + _NAMES + r")(?=\s*\(|,\s+[A-Z])")


def _heads_of_hierarchy(gaz: Gazetteer, text: str, sdoc: Doc) -> list[tuple[int, int, str]]:
    """ACLED's "Novopavlivka, Zaporizhia" and "Kounine (Bint Jbeil)": a name followed by
    the division or country it lies in is a place, known to the gazetteer or not.
    After a comma the name must not be a person's ("Brown, Ohio's senator")."""
    persons = [(e.start_char, e.end_char) for e in token_facts(sdoc).ents if e.label_ == "PERSON"]
    out: list[tuple[int, int, str]] = []
    for m in _HEAD.finditer(text):
        s, e = m.start(1), m.end(1)
        words = m.group(1).split()
        if words[0].lower() in _NOT_NAME_START or words[0].lower() in COMMON_CAPITALISED \
                or is_demonym(m.group(1)) or m.group(1) in NOT_PLACES:
            continue
        person = any(ps < e and s < pe for ps, pe in persons) or _TITLE_BEFORE.search(text, max(0, s - 12), s)
        span = sdoc.char_span(s, e, alignment_mode="expand")
        proper = span is not None and all(t.pos_ == "PROPN" or t.lower_ in CONNECTORS or t.text == "-"
                                          for t in span)
        parts = [p[2] for p in pat.paren_context(text, e) if not acronym(gaz, p[2])]
        if person and not gaz.lookup(m.group(1)) and not (parts and all(gaz.lookup(p) for p in parts)):
            # "Bashar al-Assad (...)"; but "Jundiapeba (Mogi das Cruzes, Sao Paulo)",
            # all of whose bracket names are places, is ACLED's village and divisions.
            continue
        if not parts and not proper:
            continue  # "Meanwhile, ..."
        if parts and (any(_known_part(gaz, p) for p in parts) or (gaz.lookup(m.group(1)) and not person)):
            # "Kounine (Bint Jbeil)", "Maythalun (Jenin West Bank)", and a known
            # name before any bracket of names: "Miniyeh (Al Miniyeh Al Danniyeh)".
            out.append((s, e, "PAT"))
            continue
        if not parts:
            parts = [p[2] for p in pat.comma_context(text, e)]
        if any(pat.state_code(p) or gaz.lookup_division(p.rstrip(".")) for p in parts):
            out.append((s, e, "PAT"))
    return out


def _known_part(gaz: Gazetteer, part: str) -> bool:
    """A bracket part the gazetteer knows, or whose first words it knows as a town or
    division ("Jenin West Bank", a missing comma)."""
    if gaz.lookup(part):
        return True
    words = part.split()
    return any(len(head) >= 4 and gaz.lookup(head)
               for head in (" ".join(words[:k]) for k in range(len(words) - 1, 0, -1)))


_STATE_ABBREV_RE = re.compile(r"(?<=, )(" + "|".join(re.escape(k) for k in sorted(pat.US_STATE_ABBREV, key=len,
                                                                                 reverse=True)) + r")(?!\w)")


def _state_abbreviations(text: str) -> list[tuple[int, int, str]]:
    """", W.Va.", ", S.C.": AP abbreviations of US states after a town."""
    return [(m.start(), m.end(), "CTX") for m in _STATE_ABBREV_RE.finditer(text)]


def _civil_institution(name: str) -> bool:
    return any(w.lower().strip(".,'’") in CIVIL_INSTITUTION_WORDS for w in name.split())


def _strong(gaz: Gazetteer, cands: tuple[int, ...]) -> bool:
    return any(gaz.feature[c] in ("country", "admin1", "region") or gaz.source[c] == "user"
               for c in cands)


def _place_cue(text: str, start: int, end: int) -> bool:
    """Text that says a name is a place: "the village of X", "X district", "in X"."""
    return (pat.kind_before(text, start) is not None or pat.suffix_after(text, end) is not None
            or bool(_LOCATIVE_STRICT.search(text, max(0, start - 20), start)))


_LOCATIVE_STRICT = re.compile(r"\b(?:in|near|outside|into|towards?|across)\s+(?:the\s+)?$")


_FACILITY_ORG = re.compile(r"(?:\b(?:Airport|Air ?[Bb]ase|University|Hospital|Prison|Citadel)$|^University of )")


def _is_facility_org(name: str) -> bool:
    return bool(_FACILITY_ORG.search(name))


_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|into|from|outside|towards?|across|around|of|on|rural|"
                              r"besieged|(?:re)?captured|seized|shelled|entered|bombed|struck|hit|stormed|"
                              r"retook|recaptured|liberated|overran|attacked|control of)\s+(?:the\s+)?$")


def _mislabelled_place(gaz: Gazetteer, text: str, start: int, end: int, label: str,
                       person_words: set[str]) -> bool:
    """spaCy's small model tags many places as persons or organisations
    ("Jabal Badro", "Hanano", "Georgia"): take them back when the gazetteer's
    curated or major entries know the name, or a locative word precedes it."""
    surface = text[start:end]
    cands = gaz.lookup(surface)
    if not cands or is_demonym(surface) or surface in NOT_PLACES or surface.lower() in COMMON_CAPITALISED:
        return False
    if surface.isupper() and len(surface) <= 5 and not any(gaz.feature[c] == "country" for c in cands):
        return False  # an acronym ("MNS", "KBR")
    if any(gaz.source[c] == "user" or gaz.feature[c] == "country" for c in cands):
        return True
    locative = bool(_LOCATIVE_BEFORE.search(text, max(0, start - 30), start))
    if label == "ORG" and locative and any(gaz.feature[c] == "admin1" for c in cands):
        return True
    if end - start > 2 and " " not in surface and surface not in person_words and not surface.isupper() \
            and any(gaz.population[c] >= 100000 for c in cands):
        return True  # a lone name that is a major city ("Alexandria", "Idleb"), not a surname here
    if label == "PERSON" and not locative:
        return False
    if pat.facility_after(text, end) or pat.suffix_after(text, end) or pat.kind_before(text, start):
        return True
    return locative and any(gaz.population[c] >= 20000 or gaz.source[c] == "acled" for c in cands)


def _gazetteer_scan(gaz: Gazetteer, text: str, sdoc: Doc, taken: list[bool], first: int, last: int,
                    person_words: set[str], inside_org: bool = False,
                    starts: list[bool] | None = None) -> list[tuple[int, int, str]]:
    """Capitalised proper-noun n-grams the gazetteer knows, in tokens ``first..last``
    (starting only where ``starts`` allows, when given)."""
    out: list[tuple[int, int, str]] = []
    max_words = min(gaz.max_words, 6)
    facts = token_facts(sdoc)  # plain lists: the scans read each token many times
    texts, idxs = facts.text, facts.idx
    i = first
    while i < last:
        tok_text = texts[i]
        if (taken[i] or (starts is not None and not starts[i]) or not _title(tok_text)
                or tok_text.lower() in COMMON_CAPITALISED
                or tok_text.lower() in CONNECTORS):
            i += 1
            continue
        tok_idx = idxs[i]
        match_end = -1
        j = i
        words = 0
        while j < last and words < max_words and not taken[j]:
            t_text = texts[j]
            if j > i and not (_title(t_text) or t_text.lower() in CONNECTORS or t_text == "-"):
                break
            if j > i and idxs[j] > idxs[j - 1] + len(texts[j - 1]) + 1:
                break  # a gap (line break, double space): not one name
            words += 1
            if _title(t_text) and gaz.index.get(fold(text[tok_idx:idxs[j] + len(t_text)])) is not None:
                match_end = j
            j += 1
        if match_end < 0:
            i += 1
            continue
        start, end = tok_idx, idxs[match_end] + len(texts[match_end])
        if _plausible(gaz, text, sdoc, i, match_end, start, end, person_words, inside_org):
            out.append((start, end, "GAZ"))
            i = match_end + 1
        else:
            i += 1
    return out


def _names_across_entities(gaz: Gazetteer, text: str, sdoc: Doc,
                           person_words: set[str]) -> list[tuple[int, int, str]]:
    """Known multi-word place names NER cut in pieces ("Deir" PERSON + "ez" + "Zor" GPE)."""
    ents = {(e.start_char, e.end_char) for e in token_facts(sdoc).ents}
    # Such a name starts inside an entity; names outside entities the main scan finds.
    in_entity = [False] * len(sdoc)
    for ent in token_facts(sdoc).ents:
        for t in range(ent.start, ent.end):
            in_entity[t] = True
    out = []
    for s, e, label in _gazetteer_scan(gaz, text, sdoc, [False] * len(sdoc), 0, len(sdoc), person_words,
                                       starts=in_entity):
        if " " not in text[s:e] and "-" not in text[s:e] or (s, e) in ents:
            continue
        if any(gaz.source[c] != "geonames" or gaz.feature[c] != "town" or gaz.population[c] >= 10000
               for c in gaz.lookup(text[s:e])):
            out.append((s, e, label))
    return out


def _plausible(gaz: Gazetteer, text: str, sdoc: Doc, i: int, j: int, start: int, end: int,
               person_words: set[str], inside_org: bool) -> bool:
    """Whether a gazetteer hit that NER did not tag is really a place name here."""
    surface = text[start:end]
    if surface.endswith(".") and not pat.state_code(surface) and not _strong(gaz, gaz.lookup(surface)):
        return False  # "Rep.", "Sen.", "Inc."
    if surface.isupper() and len(surface) <= 4 and not _strong(gaz, gaz.lookup(surface)):
        return False  # an acronym ("TIF", "CEO"), unless a country's ("UAE")
    if surface in person_words and not _strong(gaz, gaz.lookup(surface)):
        return False
    if inside_org:
        # Only names that are surely places: "Toyota", "Bell", "Metro" are towns too.
        if pat.state_code(surface) or j > i:
            return True  # "S.C. Highway Patrol", "Madison County Health Department"
        cands = gaz.lookup(surface)
        return _strong(gaz, cands) or any(gaz.population[c] >= 100000 for c in cands)
    if pat.paren_context(text, end):
        return True  # ACLED's "Wa (Tominian, Segou)"
    if any(sdoc[k].pos_ not in ("PROPN", "PART", "ADP", "DET", "PUNCT") and not sdoc[k].text[:1].isupper()
           and sdoc[k].lower_ not in CONNECTORS for k in range(i, j + 1)):
        return False
    if all(sdoc[k].pos_ != "PROPN" for k in range(i, j + 1)):
        return False
    if is_demonym(surface) or surface in NOT_PLACES:
        return False
    strong = any(gaz.feature[c] in ("country", "admin1") or gaz.source[c] == "user"
                 or gaz.population[c] >= 50000 for c in gaz.lookup(surface))
    if j > i or pat.paren_context(text, end):
        return True
    if sdoc[i].is_sent_start and not strong:
        return False
    if has_whole_word(text, surface.lower()):
        return False  # the word is also used in lowercase: a common noun
    return strong or pat.kind_before(text, start) is not None or bool(pat.suffix_after(text, end))


def _parenthesis_names(gaz: Gazetteer, text: str,
                       spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """ACLED style "Wa (Tominian, Segou)": the names in brackets are places too
    (not an organisation's acronym: "Solidarity Against ... (SADD)")."""
    out: list[tuple[int, int, str]] = []
    for s, e, _ in spans:
        for ps, pe, part in pat.paren_context(text, e):
            if not acronym(gaz, part):
                out.append((ps, pe, "PAREN"))
    return out


_ARTICLES = {"al-", "el-", "ad-", "ar-", "as-", "at-", "az-", "an-"}
_STREET = re.compile(r"\b(?:St|Street|Rd|Road|Ave|Avenue|Blvd|Boulevard|Drive|Dr|Lane|Ln|Highway|Hwy|"
                     r"Pike|Parkway|Pkwy|Court|Ct|Place|Pl|Way|Terrace|Circle)\.?$")


def _comma_names(gaz: Gazetteer, text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """"Alexandria, La.", "Tripoli, Lebanon": the state or country after the comma is a mention too."""
    out: list[tuple[int, int, str]] = []
    for s, e, _ in spans:
        for ps, pe, part in pat.comma_context(text, e):
            if pat.state_code(part):
                out.append((ps, pe, "CTX"))
                break
            closes = part.endswith(".") or text[pe:pe + 1] in (".", ",", ";", ")", "")
            part = part.rstrip(".")
            divisions = gaz.lookup_division(part) if closes else [
                j for j in gaz.lookup(part) if gaz.feature[j] in ("country", "admin1")]
            if divisions:
                out.append((ps, ps + len(part), "CTX"))
                break
    return out


def _dedupe(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Overlapping spans keep the longest (NER before gazetteer at equal length)."""
    order = {"PAT": 0, "DEM": 0, "GPE": 0, "LOC": 0, "FAC": 0, "ORG": 1, "NORP": 1, "GAZ": 2, "CTX": 2, "PAREN": 3, "PROP": 4}
    chosen: list[tuple[int, int, str]] = []
    for s, e, label in sorted(spans, key=lambda x: (-(x[1] - x[0]), order.get(x[2], 4), x[0])):
        if all(e <= cs or s >= ce for cs, ce, _ in chosen):
            chosen.append((s, e, label))
    return sorted(chosen)
