"""Actor mentions for groups without a name of their own, found from the parse.

- ``generic_pass``: civilians, protesters, rioters, unidentified armed groups,
  with the country said or else the document's.
- ``group_pass``: "opposition groups", "rebel leaders", "Kurdish fighters".
- ``militia_pass``: identity militias as ACLED names them ("Fulani Ethnic
  Militia (Nigeria)").
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from dateline.extract.actors import lexicon
from dateline.extract.actors.patterns import _SKIP_ENTS, NON_STATE_WORDS, _is_argument, _skip_det

if TYPE_CHECKING:  # pragma: no cover
    from dateline.extract.actors.finder import Builder


# ---- generic groups -----------------------------------------------------------
GANG_NOUNS = frozenset({"gang", "gangs", "gangsters", "criminals", "cartel", "traffickers", "smugglers"})
# Every word generic_pass gives a label to.
GENERIC_WORDS = frozenset(lexicon.CIVILIAN_NOUNS | lexicon.PROTESTER_NOUNS | lexicon.RIOTER_NOUNS
                          | lexicon.ARMED_GROUP_NOUNS | GANG_NOUNS | lexicon.REBEL_NOUNS)


def generic_pass(b: "Builder") -> None:
    """Civilians, protesters, rioters and unidentified armed groups."""
    for i, low in enumerate(b.lower):
        if low not in GENERIC_WORDS or b.taken[i]:
            continue  # no label for any other word
        tok = b.toks[i]
        if not tok.tag_.startswith("NN") or tok.ent_type_ in _SKIP_ENTS:
            continue
        if low in lexicon.CIVILIAN_NOUNS and _not_people_here(b, tok):
            continue
        if low in lexicon.CIVILIAN_NOUNS:
            label, kind = "Civilians", "civilians"
        elif low in lexicon.PROTESTER_NOUNS:
            label, kind = "Protesters", "protesters"
        elif low in lexicon.RIOTER_NOUNS:
            label, kind = "Rioters", "rioters"
        elif low in lexicon.ARMED_GROUP_NOUNS:
            label, kind = "Unidentified Armed Group", "militia"
        elif low in GANG_NOUNS:
            label, kind = "Unidentified Gang", "militia"
        elif low in lexicon.REBEL_NOUNS and low not in ("opposition", "fighters", "islamist", "jihadist"):
            label, kind = "Rebels", "rebel"
        else:
            continue
        child_words = {c.text.lower() for c in tok.children}
        if label == "Civilians" and low in lexicon.ARMABLE_NOUNS and child_words & lexicon.UNIDENTIFIED_WORDS:
            label, kind = "Unidentified Armed Group", "militia"  # "armed men", "unknown individuals"
        elif label == "Civilians" and low in ("local", "aid", "displaced", "elderly"):
            continue
        if label == "Unidentified Armed Group":
            label = _qualified_unidentified(b, child_words, label)
        mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i]
        right = tok.i + 1
        if label == "Rebels":
            mods, right = _rebel_phrase(b, tok, mods)
        code = None
        left = tok.i
        for m in mods:
            c = b.country_word(m)
            if c and code is None:
                code = c
            left = min(left, m.i)
        code = code or b.country
        cname = b.d.country_name(code)
        name = f"{label} ({cname})" if cname else label
        if label.startswith("Unidentified ") and label != "Unidentified Armed Group" and name not in b.d.known_names:
            name = f"Unidentified Armed Group ({cname})" if cname else "Unidentified Armed Group"
        if label == "Rebels":
            name = f"Opposition Rebels ({cname})" if cname else "Rebels"
            if name not in b.d.known_names:
                name, kind = (f"Unidentified Armed Group ({cname})" if cname else "Unidentified Armed Group"), "militia"
        b.emit(left, right, name, kind, code)


# Nouns whose people-noun modifier still names people ("a refugee camp" is its refugees).
PEOPLE_PLACES = frozenset({"camp", "camps", "community", "communities", "population", "populations",
                           "convoy", "convoys", "shelter", "shelters", "settlement", "settlements"})


def _not_people_here(b: "Builder", tok: Token) -> bool:
    """A people noun that names no people here: a modifier of another noun ("refugee
    crisis", "a volunteer agency"), "caught off guard", "the mother of all battles"."""
    i = tok.i
    if tok.dep_ == "compound" and tok.head.i > i and tok.head.pos_ == "NOUN" \
            and b.lower[tok.head.i] not in lexicon.CIVILIAN_NOUNS and b.lower[tok.head.i] not in GENERIC_WORDS \
            and b.lower[tok.head.i] not in PEOPLE_PLACES:
        return True
    if i > 0 and b.lower[i - 1] == "off" and b.lower[i] == "guard":
        return True
    return i + 2 < len(b.lower) and b.lower[i + 1] == "of" and b.lower[i + 2] == "all"


# Nouns a rebel word can modify and still name the rebels themselves ("rebel groups").
REBEL_HEADS = frozenset({"group", "groups", "forces", "force", "fighters", "faction", "factions",
                         "commander", "commanders", "leader", "leaders", "brigade", "brigades",
                         "units", "militia", "militias", "alliance", "coalition", "movement", "troops",
                         "battalions", "gunmen", "members", "ranks"})


def _rebel_phrase(b: "Builder", tok: Token, mods: list[Token]) -> tuple[list[Token], int]:
    """A rebel word that modifies a noun: "Syrian rebel groups" are Syrian rebels, and the
    nationality hanging on the head noun is theirs, not a government's ("Syrian rebel
    offensive"). Returns the modifiers to read and the mention's end."""
    right = tok.i + 1
    head = tok.head
    if tok.dep_ not in ("compound", "amod", "nmod") or head.i <= tok.i:
        return mods, right
    if head.text.lower() in REBEL_HEADS and b.free(tok.i + 1, head.i + 1):
        right = head.i + 1
    # only country words right before the rebel word, all free
    extra: list[Token] = []
    k = tok.i - 1
    while k >= 0 and b.toks[k].head.i == head.i and b.toks[k].dep_ in ("amod", "compound", "nmod") \
            and not b.taken[k] and b.country_word(b.toks[k]):
        extra.append(b.toks[k])
        k -= 1
    return mods + extra, right


def group_pass(b: "Builder") -> None:
    """"Opposition groups", "rebel leaders", "Kurdish fighters": groups without a name."""
    for i, low in enumerate(b.lower):
        kind = lexicon.GROUP_NOUNS.get(low)
        if kind is None or b.taken[i]:
            continue
        tok = b.toks[i]
        if not tok.tag_.startswith("NN") or not _is_argument(tok, False):
            continue
        mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i]
        if not mods or not any(m.text.lower() in NON_STATE_WORDS or m.text[:1].isupper() for m in mods):
            continue
        left = min(m.i for m in mods)
        if not b.free(left, tok.i + 1):
            continue
        code = next((c for c in (b.country_word(m) for m in mods) if c), None) or b.country
        words = {m.text.lower() for m in mods}
        cname = b.d.country_name(code)
        if words & {"rebel", "rebels", "opposition", "insurgent", "separatist"} or kind == "rebel":
            name = f"Opposition Rebels ({cname})" if cname else "Rebels"
            if name not in b.d.known_names:
                name = f"Unidentified Armed Group ({cname})" if cname else "Unidentified Armed Group"
            b.emit(left, tok.i + 1, name, "rebel", code)
        else:
            b.emit(left, tok.i + 1, b.sdoc[left:tok.i + 1].text, kind, code)


def militia_pass(b: "Builder") -> None:
    """Named identity militias as ACLED names them: "Fulani herders" -> "Fulani Ethnic
    Militia (Nigeria)", "Al Qar'an tribal militiamen" -> "Al Qar'an Tribal Militia (Syria)"."""
    for i, low in enumerate(b.lower):
        if low not in lexicon.MILITIA_NOUNS or b.taken[i]:
            continue
        tok = b.toks[i]
        if not tok.tag_.startswith("NN"):
            continue
        mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i]
        if not mods:
            continue
        left = min(m.i for m in mods)
        words = [t for t in b.sdoc[left:tok.i] if t.dep_ != "det"]
        qualifier = next((q for q in lexicon.MILITIA_QUALIFIERS if any(t.text.lower() == q.lower() for t in words)), None)
        proper = [t for t in words if t.text[:1].isupper() and t.text.lower() != (qualifier or "").lower()]
        if not proper or b.country_word(proper[-1]):
            continue
        group = b.sdoc[proper[0].i:proper[-1].i + 1].text
        cname = b.d.country_name(b.country)
        if not cname:
            continue
        name = None
        for q in ([qualifier] if qualifier else []) + list(lexicon.MILITIA_QUALIFIERS):
            candidate = f"{group} {q} Militia ({cname})"
            if candidate in b.d.known_names:
                name = candidate
                break
        if name is None and qualifier:
            name = f"{group} {qualifier} Militia ({cname})"
        if name is not None and b.free(left, tok.i + 1):
            b.emit(_skip_det(b.sdoc, left, tok.i), tok.i + 1, name, "militia", b.country)


def _qualified_unidentified(b: "Builder", words: set[str], label: str) -> str:
    """"unknown tribal militants" -> ACLED's "Unidentified Tribal Militia"."""
    for word, qualified in lexicon.UNIDENTIFIED_KINDS.items():
        if word in words:
            return qualified
    return label
