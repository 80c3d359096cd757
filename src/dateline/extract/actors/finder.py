"""Find actor mentions in a parsed document and give them ACLED-style names.

Three passes, earlier ones winning on overlap:
1. dictionary aliases (longest match over tokens: "Hayat Tahrir al-Sham", "HTS");
2. the parse: a country word + a force noun ("Russian jets", "Syria's army",
   "government forces") and generic groups ("villagers", "protesters",
   "gunmen") whose country is said or else the document's dominant country;
3. named entities in argument positions (people, organisations, countries
   acting), so that political actors (who agreed, met, demanded) are found.
"""
from __future__ import annotations

import threading
from collections import Counter
from dataclasses import dataclass, field
from typing import Optional

from spacy.tokens import Doc, Token

from dateline.extract.actors import lexicon
from dateline.extract.actors.dictionary import ActorDictionary, ActorEntry, get_dictionary, is_acronym
from dateline.model import ActorMention, Place


@dataclass
class _AliasIndex:
    """Dictionary aliases tokenised like the text, keyed by first token:
    (words, case-sensitive, entry, must start capitalised)."""

    by_first: dict[str, list[tuple[tuple[str, ...], bool, ActorEntry, bool]]]
    # The same lists split by second token (None: one-word aliases), each entry with
    # its rank in ``by_first`` so the first match of the longest length still wins:
    # "police" or "civilians" start hundreds of aliases, few of which fit the next word.
    by_second: dict[str, dict[Optional[str], list[tuple[int, tuple[str, ...], bool, ActorEntry, bool]]]] = \
        field(default_factory=dict)


_index_lock = threading.Lock()
_indexes: dict[int, _AliasIndex] = {}


def _alias_index(d: ActorDictionary) -> _AliasIndex:
    key = id(d)
    idx = _indexes.get(key)
    if idx is not None:
        return idx
    with _index_lock:
        idx = _indexes.get(key)
        if idx is None:
            from dateline.nlp import get_nlp

            tok = get_nlp().tokenizer
            by_first: dict[str, list[tuple[tuple[str, ...], bool, ActorEntry, bool]]] = {}
            for alias, entry in d.aliases.items():
                exact = is_acronym(alias)
                words = tuple(t.text if exact else t.text.lower() for t in tok(alias))
                if not words:
                    continue
                by_first.setdefault(words[0], []).append((words, exact, entry, alias in d.capitalised))
            for lst in by_first.values():
                lst.sort(key=lambda x: -len(x[0]))
            by_second: dict[str, dict[Optional[str], list[tuple[int, tuple[str, ...], bool, ActorEntry, bool]]]] = {}
            for first, lst in by_first.items():
                split = by_second.setdefault(first, {})
                for rank, (words, exact, entry, capital) in enumerate(lst):
                    second = words[1] if len(words) > 1 else None
                    split.setdefault(second, []).append((rank, words, exact, entry, capital))
            idx = _AliasIndex(by_first, by_second)
            _indexes[key] = idx
    return idx


from dateline.extract.actors.groups import generic_pass, group_pass, militia_pass  # noqa: E402
from dateline.extract.actors.patterns import entity_pass, force_pass, person_pass  # noqa: E402
from dateline.extract.actors.wordsense import common_word_use, is_english_word  # noqa: E402


DOC_COUNTRY_KEY = "dateline_actor_country"
TEXT_KEY = "dateline_text"  # the parsed text, shared by the stages (see roles.clauses.doc_text)


def dominant_country(places: list[Place]) -> Optional[str]:
    """The country the document's places are in: countries named in passing
    ("in support of Palestine") weigh less than towns, the first town more."""
    counts: Counter[str] = Counter()
    first = True
    for p in places:
        if not p.country_code or p.feature == "demonym":
            continue  # "Israeli warplanes struck Gaza": the attackers' nationality is not the place
        if p.feature == "country":
            counts[p.country_code] += 0.5
        else:
            counts[p.country_code] += 3.0 if first else 1.0
            first = False
    if not counts:
        return None
    return counts.most_common(1)[0][0]


class Builder:
    """Collects mentions over one document, never two on the same token."""

    def __init__(self, text: str, sdoc: Doc, d: ActorDictionary, country: Optional[str],
                 year: Optional[int], places: list[Place], date: Optional[str] = None) -> None:
        self.text, self.sdoc, self.d = text, sdoc, d
        self.country, self.year, self.places = country, year, places
        self.date = date or (str(year) if year else None)  # picks a renamed group's name
        self.taken = [False] * len(sdoc)
        self.out: list[ActorMention] = []
        # spaCy builds a new Token object on every access and a new string on every
        # .text: read the tokens and their words once for all passes.
        self.toks: list[Token] = list(sdoc)
        self.words: list[str] = [t.text for t in self.toks]
        self.lower: list[str] = [w.lower() for w in self.words]

    def free(self, i: int, j: int) -> bool:
        return not any(self.taken[i:j])

    def is_place(self, start_char: int, end_char: int) -> bool:
        """Did the places stage take (most of) these characters for a place (resolved or
        not)? "Asia" inside "Asia-Pacific Economic Cooperation" does not make it one."""
        size = max(1, end_char - start_char)
        return any(min(end_char, p.end) - max(start_char, p.start) >= 0.6 * size for p in self.places)

    def emit(self, i: int, j: int, name: str, kind: str, country: Optional[str]) -> None:
        if i >= j or not self.free(i, j):
            return
        for k in range(i, j):
            self.taken[k] = True
        start, end = self.sdoc[i].idx, self.sdoc[j - 1].idx + len(self.sdoc[j - 1].text)
        self.out.append(ActorMention(start, end, self.text[start:end], name, kind, country))

    def release(self, i: int, j: int) -> None:
        """Drop the mentions that lie wholly within tokens [i, j) (a longer one takes them)."""
        lo = self.sdoc[i].idx
        hi = self.sdoc[j - 1].idx + len(self.sdoc[j - 1].text)
        self.out = [m for m in self.out if not (m.start >= lo and m.end <= hi)]
        for k in range(i, j):
            self.taken[k] = False

    def named(self, entry: ActorEntry) -> tuple[str, Optional[str]]:
        """Full name of a dictionary entry: period suffix, country qualifier."""
        name, country = entry.name, entry.country
        if entry.kind == "state" or name.startswith(("Military Forces of", "Police Forces of", "Government of")):
            name = self.d.with_period(name, self.year)
        else:
            # Groups ACLED names per country take the document's country first.
            local = self.d.for_country(name, self.country)
            if local == name and country is None:
                local = self.d.for_country(name, country)
            if local != name:
                name, country = local, self.country or country
            name = self.d.dated_name(name, self.date)
        return name, country

    def country_word(self, tok: Token) -> Optional[str]:
        """Alpha-2 of a demonym or country name token ("Syrian", "Russia's", "Israel")."""
        low = tok.text.lower()
        code = self.d.demonyms.get(low)
        if code:
            return code
        if low.endswith("s") and tok.tag_ in ("NNPS", "NNS", "NNP"):
            code = self.d.demonyms.get(low[:-1])  # "Palestinians", "Israelis"
            if code:
                return code
        if tok.i > 0:
            two = f"{self.sdoc[tok.i - 1].text.lower()} {low}"
            code = self.d.demonyms.get(two)
            if code:
                return code
        return self.d.country_codes.get(low)


def find_actors(text: str, sdoc: Doc, places: list[Place], year: Optional[int] = None,
                dictionary: Optional[ActorDictionary] = None, date: Optional[str] = None) -> list[ActorMention]:
    """Every actor mention in ``text`` with its ACLED-style name, kind and country.

    ``year`` chooses the period suffix of state actors (the latest when None);
    ``dictionary`` defaults to the process-wide one (see ``get_dictionary``);
    ``date`` (the report's, ISO) names groups as they were called then ("Jabhat Fateh
    al Sham" in late 2016, HTS from 2017); the year stands in for it when None.
    """
    d = dictionary or get_dictionary()
    if year is None and date and date[:4].isdigit():
        year = int(date[:4])
    b = Builder(text, sdoc, d, dominant_country(places), year, places, date)
    if b.country is None:
        b.country = _text_country(b)
    # assign_roles reads it to name inferred actors ("Protesters (Morocco)")
    sdoc.user_data[DOC_COUNTRY_KEY] = b.country
    # ``text`` is the parsed text (the mentions' offsets are the parse's): later
    # stages read it from here instead of rebuilding Doc.text
    sdoc.user_data.setdefault(TEXT_KEY, text)
    _dictionary_pass(b)
    _units_pass(b)
    person_pass(b)
    militia_pass(b)
    force_pass(b)
    generic_pass(b)
    entity_pass(b)
    group_pass(b)
    b.out.sort(key=lambda m: m.start)
    return _without_descriptors(b.out, text)


# Words that may stand between a description and the name it describes
# ("the Islamist militant group Hayat Tahrir al-Sham").
_DESCRIPTOR_GAP = frozenset({"group", "organisation", "organization", "movement", "faction", "alliance",
                             "militant", "militants", "jihadist", "armed", "rebel", "insurgent", "the", "a"})


def _is_description(m: ActorMention) -> bool:
    return m.name.startswith(("Unidentified Armed Group", "Islamist Militia")) or \
        m.kind in ("militia", "other") and m.name == m.text  # a description kept as written


def _without_descriptors(mentions: list[ActorMention], text: str) -> list[ActorMention]:
    """Drop the generic mentions that only describe the named group right after them:
    "Islamist" and "militant" in "the Islamist militant group Hayat Tahrir al-Sham" are
    HTS, not two more actors."""
    out: list[ActorMention] = []
    for k, m in enumerate(mentions):
        if _is_description(m):
            named = next((n for n in mentions[k + 1:] if not _is_description(n)), None)
            gap = text[m.end:named.start].split() if named is not None else None
            if named is not None and len(gap or ()) <= 3 and all(w.lower() in _DESCRIPTOR_GAP for w in gap or ()) \
                    and all(_is_description(x) for x in mentions[k + 1:mentions.index(named)]) \
                    and named.start - m.end < 40 and named.kind in ("rebel", "militia", "political"):
                continue
        out.append(m)
    return out


def _text_country(b: Builder) -> Optional[str]:
    """Without places: the country the text's country words name most often."""
    counts: Counter[str] = Counter()
    for tok in b.toks:
        if tok.tag_ in ("NNP", "JJ", "NNPS") or tok.ent_type_ in ("GPE", "NORP"):
            code = b.country_word(tok)
            if code:
                counts[code] += 1
    return counts.most_common(1)[0][0] if counts else None


def _dictionary_pass(b: Builder) -> None:
    """Longest dictionary alias at each token, left to right."""
    idx = _alias_index(b.d)
    toks = b.sdoc
    text_of, lower_of = b.words, b.lower
    n = len(toks)
    i = 0
    by_second = idx.by_second
    while i < n:
        best: Optional[tuple[int, ActorEntry, bool, bool]] = None
        word, low = text_of[i], lower_of[i]
        if word not in by_second and low not in by_second:
            i += 1  # most words start no alias
            continue
        for key in {word, low}:
            for words, exact, entry, capital in _candidates(by_second.get(key), text_of, lower_of, i, n):
                j = i + len(words)
                if j > n or (best and j <= best[0]):
                    continue
                if capital and not word[:1].isupper():
                    continue
                if tuple((text_of if exact else lower_of)[i:j]) == words:
                    best = (j, entry, capital, exact)
                    break
        if best is None:
            i += 1
            continue
        j, entry, capital, exact = best
        entry = b.d.lookup(toks[i:j].text, b.country) or entry
        if _false_acronym(b, i, j) or (capital and not exact and j - i == 1 and common_word_use(b, i)) \
                or (not exact and _generic(b, i, j, capital) and _other_country(b, entry)):
            i = j
            continue
        name, country = b.named(entry)
        # "HTS fighters", "al-Qaeda leaders", "Jaish al-Fatah rebel group": the group noun
        # the name modifies is the mention's head
        head = toks[j - 1].head.i
        if j <= head <= j + 1 and head < n and toks[j - 1].dep_ in ("compound", "amod", "nmod") and all(
                lower_of[k] in lexicon.GROUP_NOUNS or lower_of[k] in lexicon.MILITARY_NOUNS
                for k in range(j, head + 1)):
            j = head + 1
        b.emit(i, j, name, entry.kind, country)
        i = j


def _generic(b: Builder, i: int, j: int, capital: bool) -> bool:
    """Does the alias describe rather than name ("government forces", "regime troops",
    "settlers", "Military Police", "Kurdish forces")? Such a phrase of one country's list
    names that country's actor only in a report on it."""
    if not capital and all(is_english_word(w) for k in range(i, j) for w in b.lower[k].split("-") if w):
        return True
    return _force_words_only(b, i, j) or " ".join(b.lower[i:j]) in lexicon.LOCAL_DESCRIPTIONS


def _other_country(b: Builder, entry: ActorEntry) -> bool:
    """Is the entry another country's than the report's (Israel / Palestine count as one)?
    The force and group passes then name the report's own."""
    if entry.country is None or b.country is None or entry.country == b.country:
        return False
    return not any({entry.country, b.country} <= theatre for theatre in lexicon.SHARED_THEATRES)


# Words of a force's or body's generic name ("Military Police", "Village Guards",
# "National Security Service"): capitals do not make such a name one country's.
GENERIC_NAME_WORDS: frozenset[str] = frozenset(
    lexicon.MILITARY_NOUNS | lexicon.POLICE_NOUNS | lexicon.UNIT_WORDS | lexicon.GOVERNMENT_NOUNS
    | {"special", "border", "security", "national", "armed", "federal", "local", "regional", "state",
       "presidential", "rapid", "reaction", "response", "intervention", "mobile", "task", "joint",
       "protection", "civil", "central", "reserve", "elite", "home", "village", "public", "order",
       "guard", "guards", "and", "of", "the"}) - {"regime"}


def _force_words_only(b: Builder, i: int, j: int) -> bool:
    return j - i > 1 and all(b.lower[k] in GENERIC_NAME_WORDS for k in range(i, j))


def _candidates(split: Optional[dict[Optional[str], list[tuple[int, tuple[str, ...], bool, ActorEntry, bool]]]],
                text_of: list[str], lower_of: list[str], i: int,
                n: int) -> list[tuple[tuple[str, ...], bool, ActorEntry, bool]]:
    """The aliases of one first word that may fit the words at ``i``, longest first
    (ties in the index's order): those whose second word is the next word's, as
    written or in lower case, and the one-word aliases."""
    if not split:
        return []
    found = list(split.get(None, ()))
    if i + 1 < n:
        found += split.get(text_of[i + 1], ())
        if lower_of[i + 1] != text_of[i + 1]:
            found += split.get(lower_of[i + 1], ())
    found.sort(key=lambda c: c[0])  # ranks follow the longest-first order of by_first
    return [c[1:] for c in found]


def _false_acronym(b: Builder, i: int, j: int) -> bool:
    """"IS" must be a proper noun; an all-capitals sentence is not a row of acronyms."""
    tok = b.sdoc[i]
    if j - i == 1 and tok.text == "IS" and tok.tag_ not in ("NNP", "NNPS"):
        nxt = b.sdoc[j].text.lower() if j < len(b.sdoc) else ""
        prev = b.sdoc[i - 1].text.lower() if i > 0 else ""
        return nxt not in lexicon.GROUP_NOUNS and nxt not in lexicon.MILITARY_NOUNS \
            and prev not in ("suspected", "the", "of", "by", "alleged")
    if j - i == 1 and is_acronym(tok.text) and tok.sent is not None:
        words = [t.text for t in tok.sent if t.is_alpha and len(t.text) > 3]
        return bool(words) and sum(w.isupper() for w in words) > len(words) / 2
    return False


_unit_cache: dict[int, dict[str, list[tuple[str, ...]]]] = {}


def _units_pass(b: Builder) -> None:
    """State units ACLED names separately: "Turkish gendarmerie", "state police" in Mexico."""
    index = _unit_cache.get(id(b.d))
    if index is None:
        from dateline.nlp import get_nlp

        tok = get_nlp().tokenizer
        index = {}
        for unit in b.d.units:
            words = tuple(t.text.lower() for t in tok(unit))
            if not set(words) & lexicon.UNIT_WORDS and not unit.lower() == "gendarmerie":
                continue
            if len(words) > 1 or len(unit) >= 8:
                index.setdefault(words[0], []).append(words)
        for lst in index.values():
            lst.sort(key=len, reverse=True)
        _unit_cache[id(b.d)] = index
    toks = b.sdoc
    lower_of = b.lower
    for i, low in enumerate(lower_of):
        for words in index.get(low, ()):
            j = i + len(words)
            if j > len(toks) or not b.free(i, j) or any(lower_of[i + k] != w for k, w in enumerate(words)):
                continue
            left = i
            code = None
            if i > 0 and b.taken[i - 1] is False:
                code = b.country_word(toks[i - 1])
                if code:
                    left = i - 1
            name = b.d.unit_name(" ".join(toks[i:j].text.split()), code or b.country, b.year)
            if name is None:
                continue
            if j < len(toks) and lower_of[j] in ("forces", "officers", "officer", "troops", "members") \
                    and b.free(j, j + 1):
                j += 1
            b.emit(left, j, name, "state", code or b.country)
            break
