"""Resolve place mentions to gazetteer entries, with the document as evidence.

Each candidate entry gets a prior (feature class and population: a country or
state before a town, a city of millions before a hamlet) and then context
evidence, in two passes: explicit hierarchy written next to the mention
("Alexandria, La.", "Wa (Tominian, Segou)"), the countries and first-level
divisions the document's confidently resolved mentions fall in (its focus),
and closeness to those mentions (spatial minimality).  A mention whose name
the gazetteer does not know stays unresolved rather than guessed.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from typing import Optional

import numpy as np

from dateline.extract.places.gazetteer import Gazetteer, haversine_km
from dateline.extract.places.names import fold, strip_article

FEATURE_PRIOR: dict[str, float] = {
    "country": 3.2, "admin1": 2.7, "admin2": 1.2, "district": 1.6,
    "facility": 1.8, "neighbourhood": 1.4, "city": 0.0, "town": 0.0, "village": 0.9,
    "place": 0.7, "admin3": 1.0, "region": 2.4,
}


@dataclass
class Mention:
    """A span to resolve, with what recognition learnt about it."""

    start: int
    end: int
    text: str
    lookup: str  # the name to look up (the span without "the", "'s", suffixes ...)
    candidates: tuple[int, ...] = ()
    fuzzy: bool = False  # candidates came from the transliteration-folded index
    feature_hint: Optional[str] = None  # "admin2" for "X County", "city" for "the city of X"
    geo_precision: int = 1
    context_cc: set[str] = field(default_factory=set)  # countries written beside it
    context_admin1: set[str] = field(default_factory=set)  # "US.LA" for "Alexandria, La."
    facility_of: bool = False  # "X University": resolves to X, not a mention of X itself
    demonym_cc: Optional[str] = None  # "Syrian" -> "SY"
    armed_actor: bool = False  # "Russian forces": names the attacker, no evidence of where
    entity_label: str = ""

    @property
    def key(self) -> str:
        return fold(self.lookup)

    @property
    def key_bare(self) -> str:
        return strip_article(fold(self.lookup))


@dataclass
class Resolution:
    entry: Optional[int]
    score: float  # confidence in [0, 1]


def _prior(gaz: Gazetteer, i: int, m: Mention) -> float:
    feat = gaz.feature[i]
    p = FEATURE_PRIOR.get(feat, 0.5)
    pop = gaz.population[i]
    if feat in ("city", "town"):
        p += 2.6 * math.log10(pop + 10) / 7.0
        if i in gaz.capitals:
            p += 0.6
    elif feat == "country":
        p += 0.1 * math.log10(pop + 10)
    elif feat == "admin1":
        # Populous divisions (Texas, Ohio) are in the news more than remote ones.
        p += 0.3 * (math.log10(pop + 10) - 6.5)
    if gaz.source[i] == "user":
        p += 0.8  # curated for the conflicts the project reads
    hint = m.feature_hint
    if hint:
        if hint == feat or (hint == "city" and feat in ("town", "village", "place")):
            p += 2.5
        elif hint == "admin2" and feat not in ("admin2",):
            p -= 2.0
        elif hint in ("admin1",) and feat != "admin1":
            p -= 1.0
    if feat == "admin2" and hint != "admin2":
        p -= 0.8  # a bare name is rarely its county
    if m.fuzzy:
        p -= 0.8
    elif fold(gaz.name[i]) not in (m.key, m.key_bare):
        p -= 0.6  # known by that name only as one of many alternates ("Twickenham")
    return p


def _explicit(gaz: Gazetteer, i: int, m: Mention) -> float:
    """Hierarchy written beside the mention: ", La.", ", Syria", "(Tominian, Segou)".

    It only speaks about places below it: "Pakistan, Afghanistan" is a list, and a
    country is never placed by the name after it."""
    feat = gaz.feature[i]
    if feat in ("country", "region"):
        return 0.0
    s = 0.0
    if m.context_admin1 and feat != "admin1":
        s += 3.5 if f"{gaz.cc[i]}.{gaz.admin1[i]}" in m.context_admin1 else -1.0
    elif m.context_admin1 and gaz.cc[i] not in {a.split(".", 1)[0] for a in m.context_admin1}:
        s -= 1.0  # "Bari (Puglia)": not Somalia's Bari region
    if m.context_cc:
        s += 2.5 if gaz.cc[i] in m.context_cc else -1.0
    return s


# Weights of the document evidence (mean over the document's other names).
W_COUNTRY = 2.6
W_ADMIN1 = 2.6
W_NEAR = 2.4
MAX_CANDIDATES = 30  # per name, by prior: obscure homonyms beyond these never win


@dataclass
class _Group:
    """The candidates of one distinct name in the document."""

    name: str
    mentions: list[int]
    cands: list[int]  # gazetteer entry ids
    base: np.ndarray  # prior + explicit context, per candidate


def _margin_to_confidence(best: float, second: Optional[float]) -> float:
    if second is None:
        return 0.9
    return 1.0 / (1.0 + math.exp(-(best - second)))


def resolve_mentions(gaz: Gazetteer, mentions: list[Mention],
                     extra_cc: Optional[Counter] = None) -> list[Resolution]:
    """Pick an entry (or none) for every mention, using each other as evidence.

    Every distinct name is a group of candidates with a probability from its
    prior; a candidate gains from the other groups' probable candidates in its
    country, in its first-level division and near it (spatial minimality).  Two
    rounds, the second with the probabilities the first one produced.
    """
    _share_context(mentions)
    groups: dict[str, _Group] = {}
    for k, m in enumerate(mentions):
        if m.armed_actor:
            continue  # resolved to its country below, outside the joint evidence
        key = m.lookup.lower() + ("|fac" if m.facility_of else "")
        g = groups.get(key)
        if g is None:
            cands = list(dict.fromkeys(m.candidates))
            base = np.array([_prior(gaz, i, m) + _explicit(gaz, i, m) + _prominence(gaz, i, cands)
                             for i in cands], dtype=np.float64)
            if len(cands) > MAX_CANDIDATES:
                keep = np.argsort(-base)[:MAX_CANDIDATES]
                cands = [cands[j] for j in keep]
                base = base[keep]
            g = groups[key] = _Group(key, [], cands, base)
        g.mentions.append(k)
    glist = [g for g in groups.values() if g.cands]
    scores = _joint_scores(gaz, glist, extra_cc or Counter())
    out: list[Resolution] = [Resolution(None, 0.0)] * len(mentions)
    for g, sc in zip(glist, scores):
        order = np.argsort(-sc)
        i = _city_over_province(gaz, g, mentions[g.mentions[0]], g.cands[int(order[0])])
        second = next((float(sc[j]) for j in order[1:]
                       if haversine_km(gaz.lat[i], gaz.lon[i], gaz.lat[g.cands[j]], gaz.lon[g.cands[j]]) > 50),
                      None)
        conf = _margin_to_confidence(float(sc[order[0]]), second)
        for k in g.mentions:
            out[k] = _accept(gaz, mentions[k], i, conf)
    for k, m in enumerate(mentions):
        if m.armed_actor and m.candidates:
            out[k] = Resolution(m.candidates[0], 0.9)
    # A spelling guess ("Ain Ali" ~ Turkey's "Aynali") must lie in a country the
    # document otherwise names.
    countries = {gaz.cc[r.entry] for m, r in zip(mentions, out) if r.entry is not None and not m.fuzzy}
    countries |= set(extra_cc or ())
    for k, (m, r) in enumerate(zip(mentions, out)):
        if m.fuzzy and r.entry is not None and gaz.cc[r.entry] not in countries:
            out[k] = Resolution(None, 0.0)
    return out


def _prominence(gaz: Gazetteer, i: int, cands: list[int]) -> float:
    """A name several entries give to one spot (city, district, region: Gaza, Aleppo)
    is that spot's well-known name."""
    if len(cands) > 40:
        return 0.0
    n = sum(1 for j in cands if j != i and gaz.cc[j] == gaz.cc[i]
            and gaz.feature[j] in ("region", "admin1") and gaz.feature[i] not in ("region", "admin1")
            and abs(gaz.lat[j] - gaz.lat[i]) < 0.6 and abs(gaz.lon[j] - gaz.lon[i]) < 0.6)
    return 0.5 * min(n, 1)


def _city_over_province(gaz: Gazetteer, g: "_Group", m: Mention, i: int) -> int:
    """"Aleppo", "Idlib", "Geneva", "New York": a bare name shared by a province and
    its big city means the city, unless the text says province ("Idlib province")."""
    if gaz.feature[i] not in ("admin1", "admin2") or m.feature_hint in ("admin1", "admin2"):
        return i
    best = None
    for j in g.cands:
        if (gaz.feature[j] == "city" and gaz.cc[j] == gaz.cc[i] and gaz.admin1[j] == gaz.admin1[i]
                and gaz.population[j] >= 100000 and fold(gaz.name[j]) in (m.key, m.key_bare)):
            if best is None or gaz.population[j] > gaz.population[best]:
                best = j
    return i if best is None else best


def _accept(gaz: Gazetteer, m: Mention, i: int, conf: float) -> Resolution:
    """The best candidate, unless the text contradicts it or it is only a spelling guess."""
    feat = gaz.feature[i]
    if feat not in ("country", "region") and (m.context_admin1 or m.context_cc):
        a1_ok = f"{gaz.cc[i]}.{gaz.admin1[i]}" in m.context_admin1 or (
            feat == "admin1" and (not m.context_admin1
                                  or gaz.cc[i] in {a.split(".", 1)[0] for a in m.context_admin1}))
        if not (a1_ok or gaz.cc[i] in m.context_cc):
            # "Wa (Tominian, Segou)" with no Wa in Segou known: not the Wa in Ghana.
            return Resolution(None, 0.0)
    if m.fuzzy and conf < 0.7:
        return Resolution(None, 0.0)
    return Resolution(i, conf)


def _joint_scores(gaz: Gazetteer, groups: list[_Group], extra_cc: Counter) -> list[np.ndarray]:
    if not groups:
        return []
    sizes = [len(g.cands) for g in groups]
    ids = [i for g in groups for i in g.cands]
    owner = np.repeat(np.arange(len(groups)), sizes)
    lat = np.radians(np.array([gaz.lat[i] for i in ids]))
    lon = np.radians(np.array([gaz.lon[i] for i in ids]))
    feats = [gaz.feature[i] for i in ids]
    is_area = np.array([f in ("country", "admin1", "region") for f in feats])
    cc_codes = {c: n for n, c in enumerate(sorted({gaz.cc[i] for i in ids} | set(extra_cc)))}
    a1_codes = {c: n for n, c in enumerate(sorted({f"{gaz.cc[i]}.{gaz.admin1[i]}" for i in ids}))}
    cc_of = np.array([cc_codes[gaz.cc[i]] for i in ids])
    a1_of = np.array([a1_codes[f"{gaz.cc[i]}.{gaz.admin1[i]}"] for i in ids])
    # Countries and regions say nothing about a first-level division.
    a1_valid = np.array([f not in ("country", "region") for f in feats])
    n_groups = len(groups)
    same_cc = cc_of[:, None] == cc_of[None, :]
    same_a1 = (a1_of[:, None] == a1_of[None, :]) & a1_valid[None, :] & a1_valid[:, None]
    # Great-circle distances between all candidates (a few hundred at most).
    dlat = lat[:, None] - lat[None, :]
    dlon = lon[:, None] - lon[None, :]
    h = np.sin(dlat / 2) ** 2 + np.cos(lat)[:, None] * np.cos(lat)[None, :] * np.sin(dlon / 2) ** 2
    dist = 2 * 6371.0 * np.arcsin(np.sqrt(np.clip(h, 0, 1)))
    near = np.where(dist < 30, 1.0, np.where(dist < 100, 0.6, np.where(dist < 300, 0.25, 0.0)))
    near[is_area[None, :] | is_area[:, None]] = 0.0  # a country's point is not "near" anything
    base = np.concatenate([g.base for g in groups])
    demonym_weight = np.zeros(len(ids))
    if extra_cc:
        total = sum(extra_cc.values())
        for cc, w in extra_cc.items():
            if cc in cc_codes:
                demonym_weight[cc_of == cc_codes[cc]] = min(1.0, w / total)
    offsets = np.cumsum([0] + sizes)
    starts = offsets[:-1]
    rows_all = np.arange(len(ids))
    scores = base.copy()
    for _round in range(2):
        # Likelihood relative to the group's best: every reading about as good as
        # the best one lends full support (a county name shared by ten states).
        prob = np.exp(scores - np.maximum.reduceat(scores, starts)[owner])
        sup = np.zeros((len(ids), 3))
        for c, relation in enumerate((same_cc, same_a1, near)):
            # Each candidate's best support from each group: one array operation
            # for all groups (a loop over groups costs more in numpy calls than sums).
            best = np.maximum.reduceat(relation * prob[None, :], starts, axis=1)
            # Summed group after group (cumsum adds in order, as a loop would), less
            # the candidate's own group: a group is not its own evidence.
            sup[:, c] = np.cumsum(best, axis=1)[:, -1] - best[rows_all, owner]
        others = max(1, n_groups - 1)
        country_sup = (sup[:, 0] + demonym_weight) / (others + (1 if extra_cc else 0))
        scores = (base + W_COUNTRY * country_sup + W_ADMIN1 * sup[:, 1] / others
                  + W_NEAR * sup[:, 2] / others)
    return [scores[offsets[k]:offsets[k + 1]] for k in range(n_groups)]


def _share_context(mentions: list[Mention]) -> None:
    """One sense per discourse: "Alexandria, La." tells where every later "Alexandria" is."""
    by_name: dict[str, list[Mention]] = {}
    for m in mentions:
        by_name.setdefault(m.lookup.lower(), []).append(m)
    for group in by_name.values():
        if len(group) < 2:
            continue
        cc = set().union(*(m.context_cc for m in group))
        a1 = set().union(*(m.context_admin1 for m in group))
        for m in group:
            m.context_cc = m.context_cc | cc
            m.context_admin1 = m.context_admin1 | a1


