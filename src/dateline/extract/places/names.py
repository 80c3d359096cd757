"""Name keys for gazetteer lookup: case, diacritics, punctuation and transliteration folded.

Two keys per name: ``fold`` (exact up to diacritics, apostrophes, hyphens and a
leading Arabic article) and ``skeleton`` (also folds the vowel and doubling
differences of Arabic transliteration: Idleb/Idlib, Saraqeb/Saraqib,
Ma'arrat/Maarat).  The skeleton is only consulted when the exact key fails.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Characters that transliterations use for ayn / hamza, or as decoration.
_DROP = str.maketrans("", "", "'’‘ʿʾ`´\u02bb\u02bc.")
_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|ud|ul)[\s-]+(?=\w{3})")
_SAINT = re.compile(r"^(?:st|ste)\s")
_ABBREVIATED = [(re.compile(r"\bmt\b"), "mount"), (re.compile(r"\bft\b"), "fort"),
                (re.compile(r"\bpt\b"), "port")]


@lru_cache(maxsize=262144)  # the gazetteer scan folds the same n-grams again and again
def fold(name: str) -> str:
    """Lowercase ASCII key: 'Ma'arrat al-Nu'man' -> 'maarrat al numan'."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).translate(_DROP).lower()
    s = "".join(c if c.isalnum() else " " for c in s)
    s = " ".join(s.split())
    if len(s) > 3 and (" mt" in s or "mt " in s or "ft " in s or "pt " in s):
        for rx, full in _ABBREVIATED:
            s = rx.sub(full, s)
    return _SAINT.sub("saint ", s)


def strip_article(key: str) -> str:
    """'al zahraa' -> 'zahraa'; keys without an article come back unchanged."""
    return _ARTICLE.sub("", key)


_VOWEL_RUNS = [("ou", "u"), ("oo", "u"), ("ee", "i"), ("ei", "i"), ("ay", "ai"), ("ey", "ei"),
               ("e", "i"), ("o", "u"), ("q", "k"), ("dh", "d"), ("th", "t"), ("j", "g"),
               ("y", "i")]  # last: Ukrainian i/y/yi (Novoukrainka, Novoukrayinka)


def skeleton(key: str) -> str:
    """Transliteration-insensitive key: 'idleb' and 'idlib' give the same skeleton."""
    s = strip_article(key)
    s = re.sub(r"\b(?:al|el|ad|ar|as|ash|at|az|an)\s+", "", s)
    for a, b in _VOWEL_RUNS:
        s = s.replace(a, b)
    s = s.replace(" ", "")
    s = re.sub(r"(.)\1+", r"\1", s)  # doubled letters: Maarrat/Marat, Hamdaniyyah
    s = re.sub(r"h$", "", s)  # final ta marbuta: Raqqah/Raqqa
    return s


def keys_for(name: str) -> list[str]:
    """Every exact key a gazetteer name is indexed under."""
    key = fold(name)
    out = [key] if key else []
    bare = strip_article(key)
    if bare != key and bare:
        out.append(bare)
    if " " in key and "-" in name:
        out.append(key.replace(" ", ""))  # Deir-ez-Zor written solid
    return out


_DIVISION_WORDS = re.compile(r"\b(?:oblast|oblast'|province|governorate|muhafazat|region|state|district|"
                             r"county|department|prefecture|municipality|raion|rayon|krai|kray)\b")


def division_base(key: str) -> str:
    """'zaporizhzhya oblast' -> 'zaporizhzhya': a division's name without its kind."""
    return " ".join(_DIVISION_WORDS.sub(" ", key).split()) or key


def consonant_key(key: str) -> str:
    """A loose key for division names across transliterations: the first letter,
    then consonants without h/y/w, repeats collapsed ('zaporizhia' ~ 'zaporizhzhya')."""
    s = strip_article(key).replace(" ", "")
    if not s:
        return ""
    body = re.sub(r"[aeiouyhw]", "", s[1:])
    return re.sub(r"(.)\1+", r"\1", s[0] + body)


# English qualifiers of Arabic place names and the Arabic words gazetteers keep:
# "Eastern Jurdi" is "Jurdi al-Sharqi", "Upper Sheikh Sindyan" "Sheikh Sindyan al-Fawqani".
_QUALIFIERS = {
    "eastern": ("sharqi", "sharqiyah", "sharqiya"), "east": ("sharqi", "sharqiyah"),
    "western": ("gharbi", "gharbiyah", "gharbiya"), "west": ("gharbi", "gharbiyah"),
    "northern": ("shamali", "shamaliyah"), "north": ("shamali", "shamaliyah"),
    "southern": ("janubi", "janoubi", "janubiyah"), "south": ("janubi", "janoubi"),
    "upper": ("fawqani", "fouqani", "fawqa"), "lower": ("tahtani", "tahta"),
}


def qualifier_variants(name: str) -> list[str]:
    """Arabic spellings of "Eastern X" / "Upper X": "X al Sharqi", "X Sharqi", "Sharqi X"."""
    words = name.split(None, 1)
    if len(words) < 2 or words[0].lower() not in _QUALIFIERS:
        return []
    rest = words[1]
    return [v for q in _QUALIFIERS[words[0].lower()] for v in (f"{rest} al {q}", f"{rest} {q}", f"{q} {rest}")]
