"""Actor mentions found from the parse rather than the dictionary (the generic
groups' passes are in ``groups``).

- ``person_pass``: people with their titles ("Israeli Prime Minister Ehud
  Barak", "U.N. mediator Diego Cordovez"); a nationality in the title makes
  them their government.
- ``force_pass``: a country word + a force noun ("Russian jets", "Syria's
  army", "government forces" in the document's country).
- ``entity_pass``: countries, capitals, organisations and groups that act or
  are acted upon ("Jordan agreed", "Washington demanded", "Yoruba leaders").
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from spacy.tokens import Doc, Token

from dateline.extract.actors import lexicon

if TYPE_CHECKING:  # pragma: no cover
    from dateline.extract.actors.finder import Builder

# Dependency labels of a noun phrase that takes part in an event.
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "poss", "appos", "conj",
                           "pobj", "attr", "agent", "ROOT", "csubj", "oprd", "npadvmod", "nmod"})
LOCATIVE_PREPS = frozenset({"in", "near", "at", "inside", "outside", "across", "around", "into",
                            "through", "throughout", "along", "within", "toward", "towards",
                            "north", "south", "east", "west", "of", "since", "until", "during",
                            "over", "under", "after", "before", "outskirts", "via", "past"})
ACTOR_PREPS = frozenset({"to", "with", "against", "from", "for", "by", "on", "toward", "towards"})
PLACE_NOUNS = frozenset({
    "outskirts", "town", "village", "area", "city", "forests", "forest", "vicinity", "entrance",
    "entrances", "road", "district", "camp", "neighborhood", "neighbourhood", "region",
    "province", "countryside", "suburb", "outskirt", "street", "highway", "axis", "hills",
    "mountains", "border", "farmland", "fields", "governorate", "municipality", "square",
})
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss", "npadvmod", "nummod", "quantmod"})
NON_STATE_WORDS = frozenset({"rebel", "rebels", "opposition", "militia", "insurgent", "jihadist",
                             "coalition", "foreign", "kurdish", "allied", "peacekeeping", "un",
                             "u.n.", "international", "enemy", "islamist", "separatist"})
_STATE_MODIFIERS = frozenset({"government", "security", "regime", "armed", "state", "military",
                              "pro-government", "army", "federal", "national", "loyalist"})
_PERSONNEL = frozenset({"army", "soldier", "soldiers", "troops", "military", "police", "policemen",
                        "policeman", "gendarmes", "gendarmerie", "navy", "warplanes", "jets", "airforce"})
_AIRCRAFT = frozenset({"planes", "plane", "jets", "jet", "warplanes", "warplane", "aircraft", "helicopters",
                       "helicopter", "drones", "drone", "bombers", "gunships"})
_SKIP_ENTS = frozenset({"PERSON", "ORG", "WORK_OF_ART", "LAW", "EVENT", "FAC", "PRODUCT"})


# ---- people -------------------------------------------------------------------
def person_pass(b: "Builder") -> None:
    for ent in b.sdoc.ents:
        if ent.label_ != "PERSON" or not b.free(ent.start, ent.end):
            continue
        if ent[-1].text.lower() in lexicon.MILITARY_NOUNS or ent[-1].text.lower() in lexicon.POLICE_NOUNS:
            continue  # "Backed By Russian Jets": a headline's capitals, not a person; the force pass's
        titled = _title_left_edge(b, ent.start) < ent.start
        if b.is_place(ent.start_char, ent.end_char) and not titled:
            # "Sri Lanka has established ties": the tagger's person is a place
            if ent.text.lower() in b.d.country_codes:
                _gpe(b, ent.start, ent.end, ent.text, ent.root)
            continue
        if not _is_argument(ent.root, place_like=False):
            continue
        if ent.root.dep_ in ("compound", "amod") and ent.root.head.tag_ in ("NN", "NNS") \
                and ent.root.head.text.lower() not in lexicon.PERSON_TITLES:
            continue  # "Ngbo youths": a group named after a place or a people
        start = _title_left_edge(b, ent.start)
        if start < ent.start and not b.free(start, ent.start):
            b.release(start, ent.start)  # "U.N. Secretary-General Kofi Annan" takes "U.N."
        code = None
        for t in b.sdoc[start:ent.end]:
            code = code or b.country_word(t)
        name = b.d.state_name("Government", code, b.year) if code else None
        entry = b.d.lookup(ent.text, b.country)
        if entry is not None:
            b.emit(start, ent.end, *_entry_name(b, entry))
            continue
        b.emit(start, ent.end, name or ent.text, "state" if name else "other", code)


def _entry_name(b: "Builder", entry) -> tuple[str, str, Optional[str]]:  # type: ignore[no-untyped-def]
    name, country = b.named(entry)
    return name, entry.kind, country


def _title_left_edge(b: "Builder", start: int) -> int:
    """Extend a name left over its titles ("U.S. Secretary of State Warren Christopher")."""
    toks = b.sdoc
    i = start
    sent_start = toks[start].sent.start if toks[start].sent is not None else 0
    while i > sent_start:
        prev = toks[i - 1]
        low = prev.text.lower()
        titled = low in lexicon.PERSON_TITLES or (prev.ent_type_ in ("NORP", "GPE", "ORG")
                                                  and prev.ent_iob_ != "O")
        if low in ("of", "-") and i - 2 >= sent_start and toks[i - 2].text[:1].isupper():
            i -= 1
            continue
        if titled and prev.dep_ != "det" and (prev.text[:1].isupper() or low in lexicon.PERSON_TITLES):
            i -= 1
            continue
        break
    while i < start and toks[i].text.lower() in ("of", "-"):
        i += 1
    return i


# ---- state forces -------------------------------------------------------------
def force_pass(b: "Builder") -> None:
    """Country word + force noun, and force nouns of the document's country."""
    for i, low in enumerate(b.lower):
        if low not in FORCE_WORDS or b.taken[i]:
            continue  # _force_of names no force for any other word
        tok = b.toks[i]
        if not tok.tag_.startswith("NN"):
            continue
        person_end = tok.ent_type_ == "PERSON" and (tok.i + 1 == len(b.toks) or b.toks[tok.i + 1].ent_iob_ != "I")
        if (tok.ent_type_ == "PERSON" and not person_end) or (
                tok.dep_ == "compound" and tok.head.ent_type_ == "PERSON"):
            continue  # a title: the person pass takes it ("Russian Jets" in a headline is no person)
        if tok.ent_type_ in _SKIP_ENTS and not _plain_force_entity(b, tok):
            continue
        force = _force_of(tok)
        if force is None:
            continue
        if any(c.dep_ == "prep" and c.text.lower() == "of" and any(
                g.dep_ == "pobj" and (g.ent_type_ in ("ORG", "NORP", "PERSON") or g.text[:1].isupper())
                and not b.country_word(g) for g in c.children) for c in tok.children):
            continue  # "the combined troops of the Karen National Liberation Army": theirs
        mods = [c for c in tok.children if c.dep_ in MODIFIER_DEPS and c.i < tok.i]
        if tok.dep_ in ("compound", "amod", "nmod") and tok.head.i > tok.i:
            # "Israeli army vehicles": the country word hangs on the head noun
            mods += [c for c in tok.head.children if c.i < tok.i and c.dep_ in MODIFIER_DEPS and c is not tok]
        words = {w.text.lower() for m in mods for w in m.subtree}
        if force == "Military Forces" and words & {"unidentified", "unknown"}:
            left = _skip_det(b.sdoc, min(m.i for m in mods), tok.i)
            b.emit(left, tok.i + 1, "Unidentified Military Forces", "external", None)
            continue
        if {"pro", "iranian"} <= words or words & {"pro-iranian", "pro-iran"} or (
                words & {"backed", "aligned"} and words & {"iran", "iranian"}):
            left = _skip_det(b.sdoc, min(m.i for m in mods), tok.i)
            b.emit(left, tok.i + 1, "Militia (Pro-Iran)", "militia", None)
            continue
        if words & NON_STATE_WORDS or words & {"backed", "supported", "sponsored", "allied", "aligned", "affiliated"}:
            continue  # "Turkish-backed rebels" are not Turkey's forces
        code = None
        left = tok.i
        for m in mods:
            for w in [m] + [c for c in m.children if c.dep_ in ("conj", "npadvmod", "compound")]:
                c = b.country_word(w)
                if c and code is None:
                    code = c
            left = min(left, m.left_edge.i if m.dep_ in ("poss", "amod") else m.i)
        right = tok.i + 1
        if low == "air" and tok.dep_ == "compound" and tok.head.i == tok.i + 1 \
                and b.lower[tok.i + 1] in AIR_ARM_NOUNS and b.free(tok.i + 1, tok.i + 2):
            right = tok.i + 2  # "Russian air support", "Syrian air force": the whole arm
        if code is None:
            # "the president of Armenia", "the army of Mali"
            of_country = [(g, b.country_word(g)) for c in tok.children if c.dep_ == "prep" and c.text.lower() == "of"
                          for g in c.children if g.dep_ == "pobj"]
            of_country = [(g, cc) for g, cc in of_country if cc]
            if of_country and b.free(tok.i, of_country[0][0].i + 1):
                code, right = of_country[0][1], of_country[0][0].i + 1
        if code is None:
            if not _generic_force_ok(tok, mods):
                continue
            code = b.country
            if code is None:
                continue
        if force == "Government" and tok.text.lower() == "regime":
            force = "Military Forces"
        operation = lexicon.OPERATION_NAMES.get((code, b.country or ""))
        name = operation if operation and force == "Military Forces" else b.d.state_name(force, code, b.year)
        if not name:
            continue
        left = _skip_det(b.sdoc, left, tok.i)
        b.emit(left, right, name, "state", code)


# Nouns that make "<country> air <noun>" one force ("Russian air power").
AIR_ARM_NOUNS = frozenset({"support", "power", "force", "forces", "cover", "defence", "defense", "defences",
                           "defenses", "arm", "wing"})


def _plain_force_entity(b: "Builder", tok: Token) -> bool:
    """"the Israeli Army" tagged ORG is still a country's force."""
    i = tok.i
    while i > 0 and b.sdoc[i - 1].ent_iob_ != "O" and b.sdoc[i - 1].ent_type_ == tok.ent_type_:
        i -= 1
    j = tok.i + 1
    while j < len(b.sdoc) and b.sdoc[j].ent_iob_ == "I":
        j += 1
    for t in b.sdoc[i:j]:
        low = t.text.lower()
        if t.i == tok.i or t.dep_ == "det" or b.country_word(t) or low in _STATE_MODIFIERS \
                or low in lexicon.MILITARY_NOUNS or low in lexicon.POLICE_NOUNS:
            continue
        return False
    return True


# Every word _force_of can name a force for.
FORCE_WORDS = frozenset(lexicon.POLICE_NOUNS | lexicon.GOVERNMENT_NOUNS | lexicon.MILITARY_NOUNS
                        | {"guard", "guards", "officers", "officer"})


def _force_of(tok: Token) -> Optional[str]:
    low = tok.text.lower()
    if low in lexicon.POLICE_NOUNS and low not in ("officers", "officer", "guards", "border", "riot", "intelligence"):
        return "Police Forces"
    if low in lexicon.GOVERNMENT_NOUNS:
        return "Government"
    if low in lexicon.MILITARY_NOUNS:
        return "Military Forces"
    if low in ("guard", "guards") and any(c.text.lower() == "coast" for c in tok.children):
        return "Military Forces"  # "the coast guard"
    if low in ("officers", "officer", "guards"):
        # "police officers", "border guards": police; "army officers": military
        words = {c.text.lower() for c in tok.children}
        if words & {"police", "border", "riot", "security"}:
            return "Police Forces"
        if words & {"army", "military"}:
            return "Military Forces"
    return None


def _generic_force_ok(tok: Token, mods: list[Token]) -> bool:
    """A force noun with no country word still names the local state's forces?"""
    low = tok.text.lower()
    words = {m.text.lower() for m in mods}
    if words & NON_STATE_WORDS:
        return False
    if low in ("forces", "force", "units", "troops", "fighters") and words & _STATE_MODIFIERS:
        return True
    if low in _AIRCRAFT and words & _STATE_MODIFIERS:
        return True  # "government planes", "regime helicopters": the reported country's air force
    if low == "regime" and tok.dep_ in ("nsubj", "nsubjpass", "compound", "poss") and (
            any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
            or tok.dep_ == "compound" and tok.head.text.lower() not in FORCE_WORDS | {"change", "changes"}):
        return True  # "the regime faced ...", "regime positions": the state of the country reported on
    return low in _PERSONNEL


def _skip_det(toks: Doc, left: int, head: int) -> int:
    while left < head and toks[left].dep_ in ("det", "punct", "case"):
        left += 1
    return left


# Nouns for a group's members, dropped from a proper name they follow.
_MEMBER_NOUNS = frozenset({"fighters", "militants", "members", "gunmen", "combatants", "militiamen",
                           "loyalists", "supporters"})


# ---- named entities -----------------------------------------------------------
def entity_pass(b: "Builder") -> None:
    """Countries, capitals, organisations and national groups that take part."""
    for ent in b.sdoc.ents:
        if ent.label_ not in ("ORG", "GPE", "NORP") or not b.free(ent.start, ent.end):
            continue
        root_end = ent.root.idx + len(ent.root.text)
        if ent.label_ == "ORG" and (b.is_place(ent.root.idx, root_end) or _place_like_org(ent)):
            continue  # "Federal Capital Territory": a place the tagger took for an organisation
        head = ent.root
        start, end = ent.start, ent.end
        if b.sdoc[start].dep_ == "det" or b.sdoc[start].text.lower() == "the":
            start += 1
        if start >= end:
            continue
        text = b.sdoc[start:end].text
        if ent.label_ == "GPE":
            _gpe(b, start, end, text, head)
        elif ent.label_ == "NORP":
            _norp(b, start, end, head)
        elif _is_argument(head, place_like=False):
            entry = b.d.lookup(text, b.country)
            body = text.lower().split(" of ")[0]
            if entry:
                b.emit(start, end, *_entry_name(b, entry))
            elif head.dep_ != "nsubj" and not _org_like(b.sdoc[start:end]):
                continue  # "shelled Ftireh": an unknown name as an object is more likely a place
            elif (body in lexicon.GOVERNMENT_BODIES or body.split(" ")[-1] in lexicon.GOVERNMENT_BODIES) \
                    and (own := _body_country(b, start, end)) and b.d.state_name("Government", own, b.year):
                # "the Legislative Assembly granted ...": the state acting; the "Turkish
                # Foreign Ministry" is Turkey's whatever the document's country
                b.emit(start, end, b.d.state_name("Government", own, b.year) or text, "state", own)
            else:
                end2 = _group_noun_end(b, end, head)
                # "Euphrates Liberation Front fighters" are the Front's, named as where it is
                # named alone; "Yoruba leaders" are a group of their own.
                whole = end2 == end or b.lower[end2 - 1] in _MEMBER_NOUNS
                b.emit(start, end2, text if whole else b.sdoc[start:end2].text, "other", b.country)


def _body_country(b: "Builder", start: int, end: int) -> Optional[str]:
    """The country a state body's name says ("Turkish Foreign Ministry"), else the document's."""
    for t in b.sdoc[start:end]:
        code = b.country_word(t)
        if code:
            return code
    return b.country


ORG_WORDS = frozenset({
    "union", "party", "council", "committee", "association", "front", "army", "movement", "group",
    "ministry", "company", "organization", "organisation", "agency", "commission", "court",
    "assembly", "institute", "university", "bank", "hospital", "coalition", "alliance", "league",
    "federation", "brigade", "brigades", "forces", "force", "militia", "police", "guard", "corps",
    "government", "parliament", "congress", "senate", "office", "department", "service", "network",
    "nations", "community", "fund", "program", "programme", "red", "crescent", "cross", "church",
    "mission", "unit", "command", "authority", "board", "society", "foundation", "centre", "center",
    "watch", "international", "confederation", "syndicate", "federal", "national", "bureau",
    "secretariat", "embassy", "consulate", "cabinet", "tribunal", "council", "station", "agency",
    "brotherhood", "jihad", "state", "republic", "kingdom", "emirate",
})


def _org_like(span) -> bool:  # type: ignore[no-untyped-def]
    """Words that make a name an organisation's ("Union", "Front"), or an acronym."""
    words = [t.text for t in span]
    if any(w.lower() in ORG_WORDS for w in words):
        return True
    return any(len(w) >= 2 and w.isupper() for w in words)


def _place_like_org(ent) -> bool:  # type: ignore[no-untyped-def]
    """ACLED-style place names tagged ORG: "Kounine (Bint Jbeil", "Gaza - Tal el Hawa",
    "the outskirts of Kfar Kila"."""
    text = ent.text
    if "(" in text and not text.rstrip(")").split("(")[-1].isupper():
        return True
    if " - " in text:
        return True
    root = ent.root
    if root.dep_ == "pobj" and root.head.text.lower() in ("of", "in", "near", "toward", "towards") \
            and root.head.head.text.lower() in PLACE_NOUNS:
        return True
    if root.dep_ == "pobj" and root.head.text.lower() in ("toward", "towards", "near", "outside", "inside"):
        return True
    return root.text.lower() in PLACE_NOUNS


def _gpe(b: "Builder", start: int, end: int, text: str, head: Token) -> None:
    low = text.lower()
    code = b.d.country_codes.get(low)
    first, last = b.sdoc[start], b.sdoc[end - 1]
    if b.is_place(first.idx, last.idx + len(last.text)):
        # A place mention acts only as a subject or possessor ("Israel said", "Syria's
        # offer") or, for a country, as the other side of an act ("apologised to Brazil").
        actor_pobj = head.dep_ == "pobj" and head.head.text.lower() in ACTOR_PREPS and code is not None
        # "agreed to US mediation": a country naming the act's other side
        actor_compound = head.dep_ in ("compound", "amod") and code is not None and head.head.dep_ == "pobj" \
            and head.head.head.text.lower() in ACTOR_PREPS
        if head.dep_ not in ("nsubj", "nsubjpass", "poss", "dobj", "conj", "appos") and not actor_pobj \
                and not actor_compound:
            return
        if head.dep_ == "conj" and not _is_argument(head.head, True):
            return
    if code is None and head.dep_ in ("nsubj", "poss", "nsubjpass") or (code is None and _is_actor_pobj(head)):
        code = b.d.capitals.get(low)
    if code is None or not _is_argument(head):
        return
    end2 = _group_noun_end(b, end, head)
    if end2 > end:
        return  # "Israel Defense Forces"-like names are the dictionary's or the force pass's
    name = b.d.state_name("Government", code, b.year) or text
    b.emit(start, end, name, "state", code)


def _norp(b: "Builder", start: int, end: int, head: Token) -> None:
    """"Palestinians", "an Indian proposal", "Yoruba leaders"."""
    code = b.country_word(head)
    if head.dep_ == "amod" or head.tag_ == "JJ":
        noun = head.head
        if noun.i > head.i and b.taken[noun.i]:
            return
        if code and noun.i > head.i and _is_argument(noun, False) and b.free(start, noun.i + 1) and (
                noun.text.lower() in SERVICE_NOUNS or any(
                    c.dep_ in ("amod", "compound") and c.text.lower() == "military" for c in noun.children)):
            # "a Russian military trainer", "Russian servicemen": the country's armed forces
            name = b.d.state_name("Military Forces", code, b.year)
            if name:
                b.emit(start, noun.i + 1, name, "state", code)
                return
        if noun.i > head.i and noun.tag_ == "NNS" and _people_noun(noun.text.lower()) \
                and _is_argument(noun, False) and b.free(start, noun.i + 1):
            # "Palestinian prisoners", "Muslim hackers": a group of people
            low = noun.text.lower()
            if low in lexicon.CIVILIAN_NOUNS and code:
                b.emit(start, noun.i + 1, f"Civilians ({b.d.country_name(code)})", "civilians", code)
            else:
                b.emit(start, noun.i + 1, b.sdoc[start:noun.i + 1].text, lexicon.GROUP_NOUNS.get(low, "other"), code)
            return
        group = lexicon.GROUP_NOUNS.get(noun.text.lower()) if noun.i > head.i else None
        if group is not None and _is_argument(noun) and b.free(start, noun.i + 1):
            name = b.sdoc[start:noun.i + 1].text
            if code and group == "other":
                name = b.d.state_name("Government", code, b.year) or name
            b.emit(start, noun.i + 1, name, group if group != "other" or not code else "state", code)
            return
        if code and _is_argument(noun) and noun.pos_ == "NOUN" and noun.text.lower() not in PLACE_NOUNS:
            # ("the Bosnian town of Gorazde" names a place, not Bosnia's government)
            b.emit(start, end, b.d.state_name("Government", code, b.year) or head.text, "state", code)
        return
    if not _is_argument(head, False):
        return
    if code is not None and head.tag_ in ("NNPS", "NNS", "NNP"):
        b.emit(start, end, f"Civilians ({b.d.country_name(code)})", "civilians", code)
    elif head.tag_ in ("NNPS", "NNS"):
        b.emit(start, end, b.sdoc[start:end].text, "other", None)


# People who serve in armed forces whatever noun names them.
SERVICE_NOUNS = frozenset({"servicemen", "serviceman", "servicemembers", "servicewomen", "sailors", "airmen",
                           "conscripts", "reservists", "sappers", "infantrymen"})


def _people_noun(low: str) -> bool:
    """"prisoners", "hackers", "activists", "tribesmen": a plural noun for people."""
    return low in lexicon.CIVILIAN_NOUNS or low in lexicon.GROUP_NOUNS or low.endswith(
        ("ers", "ists", "ians", "ants", "ents", "ees", "men", "ives", "ors", "ics", "ites"))


def _group_noun_end(b: "Builder", end: int, head: Token) -> int:
    """Take the group noun right after a name ("Yoruba leaders", "AKK officials")."""
    if end < len(b.sdoc):
        nxt = b.sdoc[end]
        if nxt.text.lower() in lexicon.GROUP_NOUNS and head.head.i == nxt.i and b.free(end, end + 1):
            return end + 1
    return end


def _is_actor_pobj(tok: Token) -> bool:
    return tok.dep_ == "pobj" and tok.head.text.lower() in ("by", "with", "against", "from")


def _is_argument(head: Token, place_like: bool = True) -> bool:
    """Does the phrase headed by ``head`` take part in an event (not a place of it)?

    ``place_like``: "of" is locative too ("the town of X"); organisations and
    people are not places ("the return of U.N. inspectors").
    """
    dep = head.dep_
    preps = LOCATIVE_PREPS if place_like else LOCATIVE_PREPS - {"of", "over", "toward", "towards", "after"}
    if dep not in ARGUMENT_DEPS and dep not in ("compound", "amod"):
        return False
    if dep == "pobj" and head.head.text.lower() in preps:
        return False
    if dep in ("compound", "nmod") and head.head.dep_ == "pobj" and head.head.head.text.lower() in preps:
        return False
    if dep == "amod" and head.ent_type_ != "NORP":
        return False
    if dep == "conj":
        return _is_argument(head.head, place_like)
    return True
