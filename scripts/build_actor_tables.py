"""Build the actor name tables in ``src/dateline/data/actors_*.tsv`` from ACLED training rows.

Reads ``../shared/eval/events/train/acled-extra.csv`` (actor1 / assoc / actor2
names, inter codes, country, year, and the notes they were coded from) and
writes derived tables only, never notes text:

- ``actors_countries.tsv``  alpha-2 -> ACLED country name
- ``actors_periods.tsv``    state base name, start, end, suffix, rows
- ``actors_names.tsv``      full ACLED name, kind, alpha-2, rows
- ``actors_aliases.tsv``    alias, name, kind, alpha-2, rows with alias and name, rows with alias
- ``actors_demonyms.tsv``   country word, alpha-2, rows

Aliases come from the names themselves ("HTS: Hayat Tahrir al Sham" -> "HTS",
"Hayat Tahrir al Sham"; unit names after the period) and from capitalised
phrases of the notes that nearly always co-occur with one actor and share a
word (or the initials) with its name; each alias is kept only when the notes
confirm it. Usage: ``python scripts/build_actor_tables.py [TRAIN_CSV]``.
"""
from __future__ import annotations

import csv
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import pycountry

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "dateline" / "data"
sys.path.insert(0, str(ROOT / "src"))

from dateline.extract.actors.dictionary import PERIOD_RE, STATE_BASE_RE  # noqa: E402

INTER_KIND = {"1": "state", "2": "rebel", "3": "militia", "4": "militia", "5": "rioters",
              "6": "protesters", "7": "civilians", "8": "external"}
GENERIC_RE = re.compile(
    r"^(Protesters|Rioters|Civilians|Unidentified [A-Za-z ]+|Labou?r Group|Farmers|Students|"
    r"Health Workers|Journalists|Lawyers|Teachers|Women|Refugees/IDPs|Prisoners|Muslim Group|"
    r"Christian Group|Hindu Group|Settlers|Fishers|Fishermen|Former [A-Za-z ]+|[A-Z][a-z]+ Group|Private Security Forces|"
    r"Local Administrators|Government Regime|Police Forces|Military Forces|Sole Perpetrator|"
    r"[A-Za-z\-]+ (?:Communal|Ethnic|Tribal|Clan) (?:Militia|Group))\b")
FORCE_WORDS = r"(?:military|army|soldiers|troops|forces|police|policemen|security forces|navy|air force|jets|warplanes|drones?|gendarmes|gendarmerie|artillery|authorities|government)"
DEMONYM_RE = re.compile(rf"\b((?:[A-Z][a-z]+[ -])?[A-Z][a-z]+(?:'s)?)\s+{FORCE_WORDS}\b")
CAPS_PHRASE_RE = re.compile(r"\b(?:[A-Z][\w'’\-]*|al|el|ul|of|the|de|du|des|wal|is|for|and|bin|ibn)(?:\s+(?:[A-Z][\w'’\-]*|al|el|ul|of|the|de|du|des|wal|is|for|and|bin|ibn)){0,5}\b")
STOP_PHRASES = {"On", "The", "In", "Around", "As", "Between", "During", "A", "An", "At", "No",
                "Property", "Fatalities", "Police", "Military", "Army", "Several", "Unknown",
                "Unidentified", "Members", "According", "Residents", "Protesters", "It"}


def country_tables(rows: list[dict[str, str]]) -> tuple[dict[str, str], dict[str, str]]:
    """alpha-2 -> ACLED country name, from the rows' numeric ISO codes."""
    by_code: dict[str, Counter[str]] = defaultdict(Counter)
    for r in rows:
        try:
            c = pycountry.countries.get(numeric=f"{int(r['iso']):03d}")
        except (ValueError, KeyError, LookupError):
            c = None
        if c is not None and r["country"]:
            by_code[c.alpha_2][r["country"]] += 1
    names = {code: cnt.most_common(1)[0][0] for code, cnt in by_code.items()}
    return names, {n.lower(): code for code, n in names.items()}


def actor_names(r: dict[str, str]) -> list[tuple[str, str]]:
    """(name, inter code or '') of every actor of a row."""
    out = []
    for col, inter in (("actor1", "inter1"), ("actor2", "inter2"), ("assoc_actor_1", ""), ("assoc_actor_2", "")):
        for name in (r.get(col) or "").split("; "):
            name = name.strip()
            if name and name != "NA":
                out.append((name, r.get(inter, "") if inter and "; " not in r[col] else ""))
    return out


def name_country(name: str, row_code: str | None, codes: dict[str, str]) -> str | None:
    m = PERIOD_RE.match(name)
    base = m.group("base") if m else name
    sm = STATE_BASE_RE.match(base)
    if sm:
        return codes.get(sm.group("country").lower(), row_code)
    pm = re.search(r"\(([^()]+)\)\s*$", name)
    if pm and pm.group(1).lower() in codes:
        return codes[pm.group(1).lower()]
    return row_code


def name_aliases(name: str) -> list[str]:
    """Aliases written into the name: acronyms, full forms, the unit after a period."""
    out: list[str] = []
    m = PERIOD_RE.match(name)
    if m:
        if m.group("unit"):
            out.append(m.group("unit"))
        return out
    core = re.sub(r"\s*\([^()]*\)\s*$", "", name)
    if ":" in core:
        short, _, full = core.partition(":")
        for part in [short, full] + short.split("/") + full.split("/"):
            out.append(part.strip())
    else:
        out.append(core)
    return [a for a in dict.fromkeys(out) if len(a) >= 2]


def initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z]+", name) if w[0].isupper())


def words(s: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z]{3,}", s)} - {"the", "and", "for", "forces", "group", "militia", "of"}


def main(path: str | None = None) -> dict[str, int]:
    src = Path(path) if path else ROOT.parent / "shared" / "eval" / "events" / "train" / "acled-extra.csv"
    with src.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    country_names, codes = country_tables(rows)

    name_rows: Counter[str] = Counter()
    name_kind: dict[str, Counter[str]] = defaultdict(Counter)
    name_code: dict[str, Counter[str]] = defaultdict(Counter)
    periods: Counter[tuple[str, int, int | None, str]] = Counter()
    for r in rows:
        row_code = codes.get(r["country"].lower())
        for name, inter in actor_names(r):
            name_rows[name] += 1
            if inter in INTER_KIND:
                name_kind[name][INTER_KIND[inter]] += 1
            code = name_country(name, row_code, codes)
            if code:
                name_code[name][code] += 1
            m = PERIOD_RE.match(name)
            if m and STATE_BASE_RE.match(m.group("base")):
                end = int(m.group("end")) if m.group("end") else None
                suffix = f"({m.group('start')}-{m.group('end') or ''})"
                periods[(m.group("base"), int(m.group("start")), end, suffix)] += 1

    def kind_of(name: str) -> str:
        if name not in name_rows and STATE_BASE_RE.match(name):
            return "state"
        if name_kind[name]:
            return name_kind[name].most_common(1)[0][0]
        if STATE_BASE_RE.match(PERIOD_RE.match(name).group("base") if PERIOD_RE.match(name) else name):
            return "state"
        return "other"

    def code_of(name: str) -> str:
        if name not in name_rows and STATE_BASE_RE.match(name):
            return codes.get(STATE_BASE_RE.match(name).group("country").lower(), "")
        return name_code[name].most_common(1)[0][0] if name_code[name] else ""

    # ---- aliases confirmed by the notes --------------------------------
    alias_cands: dict[str, set[str]] = defaultdict(set)
    for name in name_rows:
        if GENERIC_RE.match(name) and not PERIOD_RE.match(name):
            continue
        for a in name_aliases(name):
            alias_cands[a].add(name)
    notes_lower = [r["notes"].lower() for r in rows]
    row_names = [{n for n, _ in actor_names(r)} for r in rows]
    phrase_rows: Counter[str] = Counter()
    phrase_name: Counter[tuple[str, str]] = Counter()
    demonym_counts: Counter[tuple[str, str]] = Counter()
    demonym_rows: Counter[str] = Counter()
    alias_hits: Counter[str] = Counter()
    alias_with: Counter[tuple[str, str]] = Counter()
    alias_res = {a: re.compile(r"(?<![\w-])" + re.escape(a if _is_acr(a) else a.lower()) + r"(?![\w-])")
                 for a in alias_cands}
    first_words: dict[str, list[str]] = defaultdict(list)
    for a in alias_cands:
        first_words[(a if _is_acr(a) else a.lower()).split(" ")[0]].append(a)
    for r, low, names in zip(rows, notes_lower, row_names):
        note = r["notes"]
        toks = set(re.findall(r"[\w'’\-]+", note)) | set(re.findall(r"[\w'’\-]+", low))
        for w in toks:
            for a in first_words.get(w, ()):
                hay = note if _is_acr(a) else low
                if alias_res[a].search(hay):
                    alias_hits[a] += 1
                    for n in alias_cands[a] & names:
                        alias_with[(a, n)] += 1
        for ph in set(CAPS_PHRASE_RE.findall(note)):
            ph = re.sub(r"^(?:The|the|of|and|for|A|An)\s+|\s+(?:of|the|and|for|al|el|de)$", "", ph).strip()
            ph = re.sub(r"['’]s$", "", ph)
            if len(ph) < 2 or ph in STOP_PHRASES or not ph[0].isupper() or " and " in ph:
                continue
            phrase_rows[ph] += 1
            for n in names:
                phrase_name[(ph, n)] += 1
        state_codes = {code_of(n) for n in names if STATE_BASE_RE.match(PERIOD_RE.match(n).group("base") if PERIOD_RE.match(n) else n)}
        for m in DEMONYM_RE.finditer(note):
            w = m.group(1).lower()
            demonym_rows[w] += 1
            for c in state_codes:
                demonym_counts[(w, c)] += 1

    aliases: dict[str, tuple[str, int, int]] = {}
    for a, names in alias_cands.items():
        # "JNIM" is JNIM, not "JNIM ... and/or Islamic State (Greater Sahara)"
        plain = {n for n in names if " and/or " not in n} or names
        best = max(plain, key=lambda n: (alias_with[(a, n)], name_rows[n]))
        hits = alias_hits[a]
        with_n = max(alias_with[(a, n)] for n in names)
        long_full = len(a.split()) >= 3 and not _is_acr(a)
        if (hits and with_n / hits >= 0.5 and with_n >= 2) or (long_full and hits == with_n):
            aliases[a] = (best, with_n, hits)
    state_phrases: Counter[tuple[str, str]] = Counter()
    for (ph, n), k in phrase_name.items():
        if k < 3 or ph in aliases or (GENERIC_RE.match(n) and not PERIOD_RE.match(n)) or " and/or " in n:
            continue
        if PERIOD_RE.match(n):
            # State forces come from demonyms and force nouns, except their
            # acronyms ("FARDC", "FAMa"), kept when they nearly always mean them.
            if not _state_acronym(ph):
                continue
            if not STATE_BASE_RE.match(PERIOD_RE.match(n).group("base")) or PERIOD_RE.match(n).group("unit"):
                continue
            state_phrases[(ph, PERIOD_RE.match(n).group("base"))] += k
            continue
        total = phrase_rows[ph]
        related = bool(words(ph) & words(n)) or (_is_acr(ph) and initials(n).startswith(ph[:2]))
        if related and k / total >= 0.7 and ph.lower() not in codes:
            aliases[ph] = (n, k, total)

    for (ph, base), k in state_phrases.items():
        # periods of one force pooled: "FARDC" spans (2001-2019) and (2019-)
        if k >= 5 and k / phrase_rows[ph] >= 0.7 and ph not in aliases:
            aliases[ph] = (base, k, phrase_rows[ph])

    demonyms: dict[str, tuple[str, int]] = {}
    for (w, c), k in demonym_counts.items():
        # A country word shares its start with the country's name ("Burkinabe",
        # "Nigerien", "Congolese"): that keeps place and unit names out.
        stems = {x[:3] for x in re.findall(r"[a-z]+", country_names.get(c, "").lower()) if len(x) > 3}
        if " " in w or w[:3] not in stems:
            continue
        if k >= 3 and k / demonym_rows[w] >= 0.6:
            if w not in demonyms or demonyms[w][1] < k:
                demonyms[w] = (c, k)

    OUT.mkdir(parents=True, exist_ok=True)
    with (OUT / "actors_countries.tsv").open("w", encoding="utf-8") as fh:
        fh.write("# alpha-2\tACLED country name (learned from ACLED training rows)\n")
        for code in sorted(country_names):
            fh.write(f"{code}\t{country_names[code]}\n")
    with (OUT / "actors_periods.tsv").open("w", encoding="utf-8") as fh:
        fh.write("# state base name\tstart\tend\tsuffix\trows\n")
        for (base, start, end, suffix), k in sorted(periods.items(), key=lambda x: (x[0][0], x[0][1], x[0][2] or 9999)):
            fh.write(f"{base}\t{start}\t{end or ''}\t{suffix}\t{k}\n")
    with (OUT / "actors_names.tsv").open("w", encoding="utf-8") as fh:
        fh.write("# ACLED actor name\tkind\talpha-2\trows\n")
        for name, k in sorted(name_rows.items()):
            fh.write(f"{name}\t{kind_of(name)}\t{code_of(name)}\t{k}\n")
    with (OUT / "actors_aliases.tsv").open("w", encoding="utf-8") as fh:
        fh.write("# alias\tACLED name\tkind\talpha-2\trows with both\trows with alias\n")
        for a, (n, k, total) in sorted(aliases.items()):
            fh.write(f"{a}\t{n}\t{kind_of(n)}\t{code_of(n)}\t{k}\t{total}\n")
    with (OUT / "actors_demonyms.tsv").open("w", encoding="utf-8") as fh:
        fh.write("# country word (lower case)\talpha-2\trows\n")
        for w, (c, k) in sorted(demonyms.items()):
            fh.write(f"{w}\t{c}\t{k}\n")
    return {"rows": len(rows), "names": len(name_rows), "aliases": len(aliases),
            "periods": len(periods), "demonyms": len(demonyms), "countries": len(country_names)}


def _state_acronym(ph: str) -> bool:
    """"FARDC", "FAMa", "SAF": one short word with at least two capitals."""
    return " " not in ph and 2 <= len(ph) <= 8 and sum(c.isupper() for c in ph) >= 2 and ph.isalpha()


def _is_acr(a: str) -> bool:
    letters = [c for c in a if c.isalpha()]
    return len(a) <= 6 and bool(letters) and all(c.isupper() for c in letters)


if __name__ == "__main__":
    print(main(sys.argv[1] if len(sys.argv) > 1 else None))
