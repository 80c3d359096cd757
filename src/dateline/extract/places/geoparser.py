"""The geoparser: recognition plus resolution over one gazetteer."""
from __future__ import annotations

import re

import unicodedata
from collections import Counter
from pathlib import Path
from typing import Iterable, Optional

from spacy.tokens import Doc

from dateline.extract.places.gazetteer import Gazetteer, load_gazetteer
from dateline.extract.places.recognize import build_mention, find_mentions
from dateline.extract.places.resolve import Mention, Resolution, resolve_mentions
from dateline.model import Place

# Labels of mentions proposed by the gazetteer scan or by one-sense-per-discourse only.
_GUESS_LABELS = {"GAZ", "PROP"}
# Words that say the next name is a place ("residents of Hajin", "the town of Hajin"):
# no stray guess, however small the place.
_PLACE_WORDS_BEFORE = re.compile(r"\b(?:residents|inhabitants|people|villagers|town|village|city|outskirts"
                                 r"|suburbs?|province|district|countryside|streets|centre|center)\s+of\s+$"
                                 r"|\b(?:in|near|outside|into|towards?|across)\s+(?:the\s+)?$", re.I)

# Display names of entries: GeoNames' main names carry transliteration marks
# ("Ḩamāh", "I‘zāz") that English text does not use.
_MARKS = str.maketrans("", "", "‘’ʿʾ")


def display_name(name: str) -> str:
    s = unicodedata.normalize("NFKD", name.translate(_MARKS))
    return "".join(c for c in s if not unicodedata.combining(c))


class Geoparser:
    """Finds and resolves place mentions; thread-safe after construction."""

    def __init__(self, gazetteer: Optional[Gazetteer] = None,
                 user_gazetteers: Iterable[str | Path] = (), include_demonyms: bool = True) -> None:
        """``user_gazetteers``: extra CSV files (name, alternates, lat, lon, kind, parent),
        besides those named by ``DATELINE_GAZETTEERS``.  ``include_demonyms``: report
        "Syrian", "Americans" from ``find`` as places of feature "demonym"."""
        self.gaz = gazetteer if gazetteer is not None else load_gazetteer(user_gazetteers)
        self.include_demonyms = include_demonyms

    def find(self, text: str, sdoc: Doc) -> list[Place]:
        """Every place mention in ``text`` (parsed as ``sdoc``), resolved when possible."""
        if sdoc is None:
            return []
        mentions, demonym_cc = find_mentions(self.gaz, text, sdoc, self.include_demonyms)
        places = self._places(mentions, demonym_cc)
        return self._drop_stray_guesses(mentions, places, demonym_cc, text)

    def _drop_stray_guesses(self, mentions: list[Mention], places: list[Place],
                            demonym_cc: Counter, text: str = "") -> list[Place]:
        """A one-word name only the gazetteer scan proposed ("Grad" rockets), resolved
        to a minor place in a country nothing else in the document names, is noise."""
        named = set(demonym_cc)
        guessed: dict[str, set[str]] = {}
        for m, p in zip(mentions, places):
            if p.country_code and m.entity_label not in _GUESS_LABELS:
                named.add(p.country_code)
            elif p.country_code:
                guessed.setdefault(p.country_code, set()).add(m.lookup)
        named |= {cc for cc, names in guessed.items() if len(names) >= 2}  # guesses that agree
        out: list[Place] = []
        for m, p in zip(mentions, places):
            stray = (m.entity_label in _GUESS_LABELS and " " not in m.lookup and p.country_code
                     and p.country_code not in named and p.feature not in ("country", "region")
                     and self.gaz.population[self._entry_of(p)] < 100000
                     and not _PLACE_WORDS_BEFORE.search(text, max(0, m.start - 40), m.start))
            if not stray:
                out.append(p)
        return out

    def _entry_of(self, p: Place) -> int:
        for i in self.gaz.lookup(p.text) + self.gaz.lookup(p.name or p.text):
            if self.gaz.lat[i] == p.lat and self.gaz.lon[i] == p.lon:
                return i
        return 0

    def resolve_spans(self, text: str, spans: list[tuple[int, int]], sdoc: Optional[Doc] = None) -> list[Place]:
        """Exactly one place per given span, in order (``lat``/``lon`` None when unknown)."""
        mentions = [build_mention(self.gaz, text, s, e, "GIVEN") for s, e in spans]
        context: Counter = Counter()
        if sdoc is not None:
            # The document's other places are evidence too ("Georgia" beside "Atlanta").
            found, context = find_mentions(self.gaz, text, sdoc, include_demonyms=False)
            given = {(m.start, m.end) for m in mentions}
            extra = [m for m in found if (m.start, m.end) not in given
                     and all(m.end <= g[0] or m.start >= g[1] for g in given)]
        else:
            extra = []
        places = self._places(mentions + extra, context)
        return places[:len(mentions)]

    def _places(self, mentions: list[Mention], demonym_cc: Counter) -> list[Place]:
        resolutions = resolve_mentions(self.gaz, mentions, demonym_cc)
        return [self._place(m, r) for m, r in zip(mentions, resolutions)]

    def _place(self, m: Mention, r: Resolution) -> Place:
        place = Place(m.start, m.end, m.text, geo_precision=m.geo_precision)
        if m.demonym_cc is not None:
            place.feature = "demonym"
            place.geo_precision = 3  # a nationality locates nothing finer than its country
        elif m.facility_of or (m.entity_label == "FAC" and r.entry is None):
            place.feature = "facility"
        if r.entry is None:
            place.name = m.lookup
            place.feature = place.feature or m.feature_hint or None
            return place
        g, i = self.gaz, r.entry
        place.name = display_name(g.name[i])
        place.geonameid = g.geonameid[i] or None
        place.lat, place.lon = g.lat[i], g.lon[i]
        place.country_code = g.cc[i] or None
        place.admin1 = g.admin1_name(i) if g.feature[i] != "country" else None
        place.feature = place.feature or g.feature[i]
        if place.feature == "facility" and m.facility_of:
            place.name = m.lookup
        place.score = round(r.score, 3)
        return place
