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
from dataclasses import dataclass
from typing import Optional

from spacy.tokens import Doc, Token

from dateline.extract.actors import lexicon
from dateline.extract.actors.dictionary import ActorDictionary, ActorEntry, alias_key, get_dictionary, is_acronym
from dateline.model import ActorMention, Place

# Dependency labels of a noun phrase that takes part in an event.
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "poss", "appos", "conj",
                           "pobj", "attr", "agent", "ROOT", "csubj", "oprd", "npadvmod"})
LOCATIVE_PREPS = frozenset({"in", "near", "at", "inside", "outside", "across", "around", "into",
                            "through", "throughout", "along", "within", "toward", "towards",
                            "north", "south", "east", "west", "of", "since", "until", "during",
                            "over", "under", "after", "before"})
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss", "npadvmod", "nummod", "quantmod"})


@dataclass
class _AliasIndex:
    """Dictionary aliases tokenised like the text, keyed by first token."""

    by_first: dict[str, list[tuple[tuple[str, ...], bool, ActorEntry]]]


_index_lock = threading.Lock()
_indexes: dict[int, _AliasIndex] = {}


def _alias_index(d: ActorDictionary, sdoc: Doc) -> _AliasIndex:
    key = id(d)
    idx = _indexes.get(key)
    if idx is not None:
        return idx
    with _index_lock:
        idx = _indexes.get(key)
        if idx is None:
            from dateline.nlp import get_nlp

            tok = get_nlp().tokenizer
            by_first: dict[str, list[tuple[tuple[str, ...], bool, ActorEntry]]] = {}
            for alias, entry in d.aliases.items():
                exact = is_acronym(alias)
                words = tuple(t.text if exact else t.text.lower() for t in tok(alias))
                if not words:
                    continue
                by_first.setdefault(words[0], []).append((words, exact, entry))
            for lst in by_first.values():
                lst.sort(key=lambda x: -len(x[0]))
            idx = _AliasIndex(by_first)
            _indexes[key] = idx
    return idx


def dominant_country(places: list[Place]) -> Optional[str]:
    """The country most places of the document are in."""
    counts: Counter[str] = Counter(p.country_code for p in places if p.country_code)
    if not counts:
        return None
    return counts.most_common(1)[0][0]


class _Builder:
    """Collects mentions over one document, never two on the same token."""

    def __init__(self, text: str, sdoc: Doc, d: ActorDictionary, country: Optional[str],
                 year: Optional[int], places: list[Place]) -> None:
        self.text, self.sdoc, self.d = text, sdoc, d
        self.country, self.year, self.places = country, year, places
        self.taken = [False] * len(sdoc)
        self.out: list[ActorMention] = []

    def free(self, i: int, j: int) -> bool:
        return not any(self.taken[i:j])

    def emit(self, i: int, j: int, name: str, kind: str, country: Optional[str]) -> None:
        if i >= j or not self.free(i, j):
            return
        for k in range(i, j):
            self.taken[k] = True
        start, end = self.sdoc[i].idx, self.sdoc[j - 1].idx + len(self.sdoc[j - 1].text)
        self.out.append(ActorMention(start, end, self.text[start:end], name, kind, country))

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
        return name, country

    def country_word(self, tok: Token) -> Optional[str]:
        """Alpha-2 of a demonym or country name token ("Syrian", "Russia's", "Israel")."""
        low = tok.text.lower()
        code = self.d.demonyms.get(low)
        if code:
            return code
        if tok.i > 0:
            two = f"{self.sdoc[tok.i - 1].text.lower()} {low}"
            code = self.d.demonyms.get(two)
            if code:
                return code
        return self.d.country_codes.get(low)


def find_actors(text: str, sdoc: Doc, places: list[Place], year: Optional[int] = None,
                dictionary: Optional[ActorDictionary] = None) -> list[ActorMention]:
    """Every actor mention in ``text`` with its ACLED-style name, kind and country.

    ``year`` chooses the period suffix of state actors (the latest when None);
    ``dictionary`` defaults to the process-wide one (see ``get_dictionary``).
    """
    d = dictionary or get_dictionary()
    b = _Builder(text, sdoc, d, dominant_country(places), year, places)
    if b.country is None:
        b.country = _text_country(b)
    _dictionary_pass(b)
    _force_pass(b)
    _generic_pass(b)
    _entity_pass(b)
    b.out.sort(key=lambda m: m.start)
    return b.out


def _text_country(b: _Builder) -> Optional[str]:
    """Without places: the country the text's country words name most often."""
    counts: Counter[str] = Counter()
    for tok in b.sdoc:
        if tok.tag_ in ("NNP", "JJ", "NNPS") or tok.ent_type_ in ("GPE", "NORP"):
            code = b.country_word(tok)
            if code:
                counts[code] += 1
    return counts.most_common(1)[0][0] if counts else None


def _dictionary_pass(b: _Builder) -> None:
    idx = _alias_index(b.d, b.sdoc)
    toks = b.sdoc
    n = len(toks)
    i = 0
    while i < n:
        best: Optional[tuple[int, ActorEntry]] = None
        for key in {toks[i].text, toks[i].text.lower()}:
            for words, exact, entry in idx.by_first.get(key, ()):
                j = i + len(words)
                if j > n or (best and j <= best[0]):
                    continue
                if all((toks[i + k].text if exact else toks[i + k].text.lower()) == w
                       for k, w in enumerate(words)):
                    # a lower-case multiword alias must not start mid-name ("the regime forces" ok)
                    best = (j, entry)
                    break
        if best is None:
            i += 1
            continue
        j, entry = best
        if _looks_like_country_only(b, i, j):
            i = j
            continue
        name, country = b.named(entry)
        start = _extend_left_the(toks, i)
        b.emit(start, j, name, entry.kind, country)
        i = j


def _looks_like_country_only(b: _Builder, i: int, j: int) -> bool:
    """"US" the pronoun "us" is excluded by case; "IS" must be a proper noun."""
    tok = b.sdoc[i]
    return j - i == 1 and tok.text == "IS" and tok.tag_ not in ("NNP", "NNPS")


def _extend_left_the(toks: Doc, i: int) -> int:
    return i


def _force_pass(b: _Builder) -> None:
    """Country word + force noun, and force nouns of the document's country."""
    for tok in b.sdoc:
        low = tok.text.lower()
        if not tok.tag_.startswith("NN") or b.taken[tok.i]:
            continue
        if tok.ent_type_ == "PERSON" or (tok.dep_ == "compound" and tok.head.ent_type_ == "PERSON"):
            continue  # a title ("Prime Minister Ehud Barak"): the person pass takes it
        force = _force_of(tok)
        if force is None:
            continue
        mods = [c for c in tok.children if c.dep_ in MODIFIER_DEPS and c.i < tok.i]
        code = None
        left = tok.i
        for m in mods:
            for w in [m] + [c for c in m.children if c.dep_ == "conj"]:
                c = b.country_word(w)
                if c and code is None:
                    code = c
            left = min(left, m.left_edge.i if m.dep_ == "poss" else m.i)
        if code is None:
            if not _generic_force_ok(tok, mods):
                continue
            code = b.country
            if code is None:
                continue
        if force == "Government" and low in ("regime",) and code:
            force = "Military Forces"
        name = b.d.state_name(force, code, b.year)
        if not name:
            continue
        left = _skip_det(b.sdoc, left, tok.i)
        b.emit(left, tok.i + 1, name, "state", code)


def _force_of(tok: Token) -> Optional[str]:
    low = tok.text.lower()
    if low in lexicon.POLICE_NOUNS and low not in ("officers", "officer", "guards", "border", "riot", "intelligence"):
        return "Police Forces"
    if low in lexicon.GOVERNMENT_NOUNS:
        return "Government"
    if low in lexicon.MILITARY_NOUNS:
        return "Military Forces"
    if low in ("officers", "officer", "guards"):
        # "police officers", "border guards": police; "army officers": military
        words = {c.text.lower() for c in tok.children}
        if words & {"police", "border", "riot", "security"}:
            return "Police Forces"
        if words & {"army", "military"}:
            return "Military Forces"
    return None


_STATE_MODIFIERS = frozenset({"government", "security", "regime", "armed", "state", "military",
                              "pro-government", "army", "federal", "national", "loyalist"})
_PERSONNEL = frozenset({"army", "soldier", "soldiers", "troops", "military", "police", "policemen",
                        "policeman", "gendarmes", "gendarmerie", "navy", "warplanes", "jets", "airforce"})


def _generic_force_ok(tok: Token, mods: list[Token]) -> bool:
    """A force noun with no country word still names the local state's forces?"""
    low = tok.text.lower()
    words = {m.text.lower() for m in mods}
    if words & {"rebel", "opposition", "militia", "insurgent", "jihadist", "coalition", "foreign",
                "kurdish", "allied", "peacekeeping", "un", "international", "enemy"}:
        return False
    if low in ("forces", "force", "units", "troops", "fighters") and words & _STATE_MODIFIERS:
        return True
    return low in _PERSONNEL


def _skip_det(toks: Doc, left: int, head: int) -> int:
    while left < head and toks[left].dep_ in ("det", "punct", "case"):
        left += 1
    return left


def _generic_pass(b: _Builder) -> None:
    """Civilians, protesters, rioters and unidentified armed groups."""
    for tok in b.sdoc:
        if b.taken[tok.i] or not tok.tag_.startswith("NN"):
            continue
        low = tok.text.lower()
        if low in lexicon.CIVILIAN_NOUNS:
            label, kind = "Civilians", "civilians"
        elif low in lexicon.PROTESTER_NOUNS:
            label, kind = "Protesters", "protesters"
        elif low in lexicon.RIOTER_NOUNS:
            label, kind = "Rioters", "rioters"
        elif low in lexicon.ARMED_GROUP_NOUNS:
            label, kind = "Unidentified Armed Group", "militia"
        elif low in lexicon.REBEL_NOUNS and low not in ("opposition", "fighters", "islamist", "jihadist"):
            label, kind = "Rebels", "rebel"
        else:
            continue
        if low in ("man", "men", "youth", "youths", "local", "aid", "displaced", "elderly") and label == "Civilians":
            if any(c.text.lower() in lexicon.UNIDENTIFIED_WORDS for c in tok.children):
                label, kind = "Unidentified Armed Group", "militia"
            elif low in ("local", "aid", "displaced", "elderly"):
                continue
        mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i]
        code = None
        left = tok.i
        for m in mods:
            c = b.country_word(m)
            if c and code is None:
                code = c
            left = min(left, m.i)
        code = code or b.country
        cname = b.d.country_name(code)
        if label == "Rebels":
            name = f"Opposition Rebels ({cname})" if cname else "Rebels"
            if name not in b.d.known_names:
                label, kind = "Unidentified Armed Group", "militia"
        if label != "Rebels":
            name = f"{label} ({cname})" if cname else label
        b.emit(left, tok.i + 1, name, kind, code)


def _entity_pass(b: _Builder) -> None:
    """People, organisations and countries that act or are acted upon."""
    for ent in b.sdoc.ents:
        if ent.label_ not in ("PERSON", "ORG", "GPE", "NORP"):
            continue
        head = ent.root
        if not b.free(ent.start, ent.end):
            continue
        if not _is_argument(head):
            continue
        start, end = ent.start, ent.end
        if b.sdoc[start].dep_ == "det":
            start += 1
        code = None
        if ent.label_ == "PERSON":
            start = _title_left_edge(b.sdoc, head, start)
            for t in b.sdoc[start:end]:
                code = code or b.country_word(t)
            if not b.free(start, end):
                start = ent.start
            name = b.d.state_name("Government", code, b.year) if code else ent.text
            kind = "state" if code else "other"
        elif ent.label_ == "GPE":
            code = b.d.country_codes.get(ent.text.lower()) or _place_country(b, ent.start_char, ent.end_char)
            if code is None:
                continue
            name = b.d.state_name("Government", code, b.year) or ent.text
            kind = "state"
        elif ent.label_ == "NORP":
            code = b.country_word(head)
            if head.tag_ not in ("NNPS", "NNS", "NNP") or code is None:
                continue
            name = f"Civilians ({b.d.country_name(code)})"
            kind = "civilians"
        else:
            entry = b.d.lookup(ent.text)
            if entry:
                name, code = b.named(entry)
                kind = entry.kind
            else:
                name, kind = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text, "other"
        b.emit(start, end, name, kind, code)


def _is_argument(head: Token) -> bool:
    dep = head.dep_
    if dep not in ARGUMENT_DEPS and dep not in ("compound", "amod"):
        return False
    if dep == "pobj" and head.head.text.lower() in LOCATIVE_PREPS:
        return False
    if dep == "compound" and head.head.dep_ in ("pobj",) and head.head.head.text.lower() in LOCATIVE_PREPS:
        return False
    if dep == "amod" and head.ent_type_ != "NORP":
        return False
    return True


def _title_left_edge(toks: Doc, head: Token, start: int) -> int:
    """Extend a person's name left over titles ("Israeli Prime Minister Ehud Barak")."""
    i = start
    while i > 0:
        prev = toks[i - 1]
        if prev.dep_ in ("compound", "amod", "nmod") and prev.head.i >= i and prev.tag_ in ("NNP", "NN", "JJ", "NNPS"):
            i -= 1
            continue
        break
    return i


def _place_country(b: _Builder, start: int, end: int) -> Optional[str]:
    for p in b.places:
        if p.start <= start and end <= p.end and p.country_code:
            return p.country_code
    return None
