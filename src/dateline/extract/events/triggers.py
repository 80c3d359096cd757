"""Trigger words: the verbs and nouns that report an event, with the sub-types they suggest.

A trigger makes a sentence a candidate event and votes for sub-types; the
classifier (``typemodel``) has the final say among those votes, except where a
trigger is unambiguous (a "chlorine" attack is a chemical weapon attack
whatever the rest of the sentence says).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

# Phrases (lower case, matched on word boundaries) -> (sub-type, strength).
# Strength 1.0 = decisive on its own; 0.5 = a vote the classifier may overrule.
_PHRASES: dict[str, list[tuple[str, float]]] = {}


def _add(sub: str, strength: float, *phrases: str) -> None:
    for p in phrases:
        votes = _PHRASES.setdefault(p, [])
        votes[:] = [v for v in votes if v[0] != sub] + [(sub, strength)]


_add("Air/drone strike", 0.9, "airstrike", "airstrikes", "air strike", "air strikes", "air raid",
     "air raids", "airstrike", "drone strike", "drone strikes", "warplanes", "warplane", "jets",
     "fighter jets", "barrel bomb", "barrel bombs", "helicopter gunship", "bombing raid",
     "bombing raids", "air attack", "air attacks", "aerial bombardment", "aerial attack", "sorties",
     "drone attack", "bombed by", "air force", "airstrip strike")
_add("Shelling/artillery/missile attack", 0.8, "shelled", "shelling", "shells", "artillery",
     "mortar", "mortars", "rocket", "rockets", "missile", "missiles", "bombardment", "bombarded",
     "shell", "rocket fire", "cannon", "howitzer", "grad")
_add("Armed clash", 0.6, "clash", "clashes", "clashed", "fighting", "fought", "battle", "battles",
     "battled", "firefight", "gunfight", "exchange of fire", "exchanged fire", "offensive",
     "assault", "counteroffensive", "counter-offensive", "counterattack", "ambush", "ambushed",
     "skirmish", "skirmishes", "combat", "advance", "advances", "advanced", "advancing",
     "push", "pushed", "attacked positions", "heavy fighting")
_add("Government regains territory", 0.7, "recaptured", "recapture", "retook", "retake",
     "regained", "regain", "recaptures", "retakes", "regains", "liberated", "liberation", "regaining",
     "recapturing", "retaking", "regaining ground", "regained control", "regain control")
_add("Non-state actor overtakes territory", 0.7, "seized", "seize", "seizes", "captured",
     "capture", "captures", "overran", "overrun", "took control", "take control", "taken control",
     "takes control", "stormed", "entered", "enter", "advanced into", "swept into", "fell to",
     "advanced into", "advances into", "pushed into", "taken", "took", "overtook",
     "fell", "seizure", "reached", "reach", "seizing", "capturing", "overrunning", "encircled", "besieged")
_add("Chemical weapon", 1.0, "chemical weapon", "chemical weapons", "chemical attack", "chlorine",
     "sarin", "toxic gas", "poison gas", "nerve agent", "mustard gas", "gas attack", "chemical agent")
_add("Suicide bomb", 1.0, "suicide bomber", "suicide bombers", "suicide bombing", "suicide attack",
     "suicide car bomb", "suicide vest", "suicide attacks", "suicide bombs", "suicide car bombs", "blew himself up", "blew herself up", "suicide bombings",
     "suicide attacker", "suicide truck bomb")
_add("Remote explosive/landmine/IED", 0.8, "ied", "ieds", "roadside bomb", "landmine", "landmines",
     "land mine", "car bomb", "explosive device", "bomb exploded", "bomb blast", "booby-trapped",
     "booby trap", "mine exploded", "bomb went off", "vbied", "explosive-laden", "planted bomb",
     "bomb attack")
_add("Grenade", 0.9, "grenade", "grenades", "hand grenade")
# Riot-control munitions are not ACLED's "Grenade" (an explosive thrown at people).
_add("Protest with intervention", 0.3, "stun grenade", "stun grenades", "sound grenade",
     "sound grenades", "flash grenades", "tear gas grenades", "tear gas canisters")
_add("Sexual violence", 1.0, "raped", "rape", "sexual assault", "sexually assaulted",
     "sexual violence", "gang-raped", "gang rape")
_add("Attack", 0.5, "shot dead", "gunned down", "massacre", "massacred", "executed", "killed",
     "stabbed", "beheaded", "murdered", "gunmen", "opened fire", "attacked", "attack", "attacks",
     "assassinated", "assassination", "lynched", "shot", "shooting", "beaten", "beat", "tortured")
_add("Abduction/forced disappearance", 0.9, "abducted", "kidnapped", "kidnapping", "abduction",
     "kidnap", "hostage", "hostages", "went missing", "forcibly disappeared", "disappeared")
_add("Peaceful protest", 0.7, "protest", "protests", "protested", "protesters", "protestors",
     "demonstration", "demonstrations", "demonstrators", "rally", "rallies", "rallied", "marched",
     "march", "sit-in", "picketed", "vigil", "demonstrated", "demonstrate", "demonstrating",
     "protesting", "took to the streets", "staged a protest", "strike action", "went on strike")
_add("Peaceful protest", 0.4, "gathered", "rallying", "chanting")
_add("Protest with intervention", 0.6, "dispersed", "tear gas", "teargas", "water cannon")
_add("Excessive force against protesters", 0.6, "fired on protesters", "opened fire on protesters",
     "fired on demonstrators", "live ammunition")
_add("Violent demonstration", 0.6, "rioters", "riot", "riots", "rioted", "threw stones",
     "hurled stones", "burned tyres", "torched")
_add("Mob violence", 0.7, "mob", "mobs", "vigilantes", "lynch", "lynching")
_add("Agreement", 0.8, "reached an agreement", "reached a deal", "reached a ceasefire", "ceasefire", "cease-fire", "truce", "agreement", "agreed", "peace deal",
     "peace accord", "prisoner exchange", "prisoner swap", "signed", "deal", "reconciliation")
_add("Agreement", 0.5, "surrendered", "surrender", "laid down their arms")
_add("Arrests", 0.8, "arrested", "arrest", "arrests", "detained", "detains", "detain", "detention",
     "rounded up", "taken into custody", "apprehended")
_add("Change to group/activity", 0.6, "defected", "defect", "defection", "merged", "merger",
     "disbanded", "dissolved", "joined forces", "relocated", "new group", "pledged allegiance",
     "recruited", "recruitment")
_add("Disrupted weapons use", 0.8, "defused", "dismantled", "intercepted", "shot down",
     "foiled", "thwarted", "weapons cache", "arms cache", "seized weapons", "defuse",
     "detonated safely", "cleared mines", "downed")
_add("Headquarters or base established", 1.0, "established a base", "set up a base",
     "new headquarters", "established headquarters", "set up headquarters", "new base")
_add("Looting/property destruction", 0.7, "looted", "looting", "burned down", "set fire",
     "set ablaze", "destroyed", "demolished", "bulldozed", "vandalised", "vandalized", "razed",
     "ransacked", "plundered")
_add("Non-violent transfer of territory", 0.7, "withdrew", "withdrawal", "handed over",
     "pulled out", "retreated", "evacuated", "pullout", "withdraw")
_add("Natural disaster", 1.0, "earthquake", "earthquakes", "flood", "floods", "flooding",
     "cyclone", "hurricane", "typhoon", "landslide", "landslides", "drought", "tsunami",
     "volcano", "volcanic", "storm", "tornado", "heatwave", "heat wave", "epidemic", "outbreak",
     "pandemic", "covid", "covid-0", "coronavirus", "cholera", "wildfire", "wildfires", "avalanche",
     "mudslide", "quake", "tremor", "heavy rains", "monsoon", "locust")
_add("Man-made disaster", 0.9, "blaze", "caught fire", "fire broke out", "collapsed", "collapse",
     "derailed", "derailment", "crashed", "crash", "accident", "oil spill", "gas leak", "leak",
     "stampede", "capsized", "sank", "boat sank", "factory fire", "explosion at", "fire at",
     "chemical leak", "building collapse", "mine collapse")
# (Not "gang" or "bandits": ACLED codes armed gangs' violence as battles and attacks.)
_add("Organized crime", 0.9, "drug", "drugs", "cartel", "cartels", "smuggling", "smugglers",
     "trafficking", "traffickers", "mafia", "narcotics", "cocaine", "heroin", "methamphetamine",
     "extortion", "money laundering", "contraband", "organised crime", "organized crime",
     "poaching", "smuggled", "drug lord", "drug dealers", "counterfeit", "fraud")
_add("Diplomacy", 0.8, "talks", "summit", "met with", "foreign minister", "ambassador", "envoy",
     "negotiations", "negotiated", "diplomatic", "diplomats", "bilateral", "state visit",
     "visited", "delegation", "sanctions", "condemned", "peace talks", "meeting")
_add("Claim of responsibility", 0.8, "claimed responsibility", "claims responsibility",
     "claiming responsibility", "claimed the attack", "claimed the bombing", "took responsibility",
     "claim of responsibility", "responsibility for the attack", "claimed credit",
     "claimed the killing", "claimed it carried out")

# More words seen in news snippets (CASE 2021 style), each a vote the classifier weighs.
_add("Remote explosive/landmine/IED", 0.7, "detonated", "explosives", "explosive devices", "bomb",
     "bombs", "explosion", "blast", "exploded")
_add("Headquarters or base established", 0.7, "established", "set up", "observation points",
     "military post", "observation post", "new point")
_add("Disrupted weapons use", 0.6, "discovered", "found weapons", "seized ammunition", "ammunition",
     "weapons depot", "arms depot", "tunnel", "mop-up")
_add("Air/drone strike", 0.7, "choppers", "helicopters", "helicopter", "drones", "drone",
     "aircraft", "raids by")
_add("Man-made disaster", 0.6, "fire", "poisoning", "poisoned", "food poisoning", "furnace",
     "lost control", "plant exploded", "oil tank", "boat capsized", "bridge collapsed")
_add("Diplomacy", 0.6, "expelled", "expels", "summoned", "consulate", "embassy", "urges", "urged")
_add("Change to group/activity", 0.5, "deployed", "deploy", "reinforcements", "deploys", "deployment")
_add("Looting/property destruction", 0.5, "burned", "burnt", "stole", "stolen", "damaged")
_add("Non-violent transfer of territory", 0.6, "withdrawn", "handover", "handed")
_add("Natural disaster", 0.8, "mudslides", "avalanches", "snowstorm", "rain")
_add("Claim of responsibility", 0.7, "claimed murder", "claimed the murder", "has claimed")

# Claims, denials and accusations of responsibility are all about who did it.
_add("Claim of responsibility", 0.8, "claim responsibility", "was responsible for", "is responsible for",
     "were responsible for", "are responsible for", "to be behind", "denied responsibility",
     "behind the attack", "behind the attacks", "behind the blasts", "behind the bombing",
     "accusations against", "blamed for the attack")

# CASE's extension kinds in everyday news: crime for gain (smuggling people,
# robbery, fraud) and accidents (crashes, spills, leaks, poisonings).
_add("Organized crime", 0.9, "smuggle", "smuggles", "smuggler", "human trafficker",
     "human traffickers", "robbery", "robberies", "robbed", "robber", "robbers", "theft", "thefts",
     "burglary", "burglaries", "break and enter", "stolen property", "scam", "scams", "corruption",
     "bribery", "bribe", "bribes", "embezzlement", "counterfeit money", "hate crime", "heist",
     "illegal immigrant", "illegal immigrants", "racketeering", "ransom", "thieves")
_add("Man-made disaster", 0.9, "collision", "collided", "spill", "spilt", "spilled", "leaked",
     "leakage", "leaks", "chemical spill", "gas explosion", "alcohol poisoning", "contaminated",
     "adulterated", "car crash", "plane crash", "train crash", "road accident", "traffic accident",
     "transformer explosion", "firefighters", "fire crews", "fire brigade", "ammonium nitrate",
     "toxic fumes", "tanker", "gas cylinder", "boiler", "short circuit", "industrial accident")

# Attacks on positions and towns are battles; on civilians, ACLED's "Attack".
_add("Armed clash", 0.5, "attack", "attacks", "attacked", "assault", "assaults", "stormed")

# Breaking through lines and reaching towns, and control taken in so many words.
_add("Armed clash", 0.6, "broke through", "break through", "breaking through", "broken through")
_add("Non-state actor overtakes territory", 0.7, "reaching", "taken complete control", "taken full control",
     "took complete control", "took full control", "seized control", "seizing control",
     "took over", "taken over", "gained control", "gaining control")
# Closing in on a city: ground being taken (who gains it decides the side).
_add("Non-state actor overtakes territory", 0.6, "closes in", "closing in", "closed in", "close in")

# A bare "strike" is an air strike only in a text that speaks of air strikes
# ("The strike comes after one on Saturday..."); elsewhere it may be a labour
# strike. ``detect`` keeps these only when the document has a firm air trigger.
_add("Air/drone strike", 0.6, "strike", "strikes", "bombing strikes", "bombing", "bombings")
CONTEXTUAL_AIR = {"strike", "strikes", "bombing strikes", "bombing", "bombings"}

# Kinds the notes-trained classifier hardly knows (no ACLED rows): in a short
# text their trigger words vote even when not decisive.
SHORT_TEXT_VOTES = {"Organized crime", "Man-made disaster"}

# Sub-types that only count as a *conflict* event detector on their own when the
# sentence has other event words; they are too common in background prose.
WEAK_ALONE = {"Diplomacy", "Agreement", "Non-violent transfer of territory", "Change to group/activity",
              "Natural disaster", "Man-made disaster", "Organized crime"}

# Entity kinds whose inner words are names, not events.
_NAME_ENTITIES = {"ORG", "PERSON", "WORK_OF_ART", "LAW", "FAC", "PRODUCT"}

_WORD = re.compile(r"[\w'-]+")
# Phrases indexed by their first word, longest first: one dictionary look-up a
# word instead of one big alternation tried at every character.
_BY_FIRST_WORD: dict[str, list[str]] = {}
for _phrase in sorted(_PHRASES, key=len, reverse=True):
    _BY_FIRST_WORD.setdefault(_WORD.findall(_phrase)[0], []).append(_phrase)
_DIGIT = re.compile(r"\d")


@dataclass
class Trigger:
    start: int  # character offsets in the document
    end: int
    text: str
    sub_event_type: str
    strength: float
    token_index: int  # index in the spaCy Doc of the trigger's head token


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per parse (spaCy rebuilds it from the tokens on every access)."""
    text = doc.user_data.get("dateline_text")
    if text is None:
        text = doc.user_data["dateline_text"] = doc.text
    return text


def _head_index(doc: Doc, start: int, end: int) -> int:
    """The syntactic head of tokens [start, end): the one whose head lies outside."""
    for i in range(start, end):
        head = doc[i].head.i
        if head == i or head < start or head >= end:
            return i
    return start


def find_triggers(sent: SpacySpan) -> list[Trigger]:
    """Every trigger phrase in a sentence, longest match first, left to right."""
    doc = sent.doc
    text = doc_text(doc)
    lowered = _DIGIT.sub("0", text[sent.start_char:sent.end_char].lower())
    out: list[Trigger] = []
    pos = 0
    for m in _WORD.finditer(lowered):
        if m.start() < pos:
            continue  # inside a phrase already matched
        phrases = _BY_FIRST_WORD.get(m.group(0))
        if not phrases:
            continue
        for phrase in phrases:
            end_at = m.start() + len(phrase)
            if lowered.startswith(phrase, m.start()) and (
                    end_at == len(lowered) or not (lowered[end_at].isalnum() or lowered[end_at] in "_-")):
                break
        else:
            continue
        pos = end_at
        start, end = sent.start_char + m.start(), sent.start_char + end_at
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        head = _head_index(doc, span.start, span.end)
        head_tok = doc[head]
        if head_tok.ent_type_ in ("DATE", "TIME"):
            continue  # "since March 2020" is a month, not a march
        if head_tok.pos_ == "PROPN" and head_tok.ent_type_ in _NAME_ENTITIES and head + 1 < len(doc) \
                and doc[head + 1].ent_iob_ == "I":
            continue  # a word inside a name: the "Euphrates Liberation Front" liberates nothing
        if head_tok.dep_ == "amod" and head_tok.pos_ in ("ADJ", "VERB") and head_tok.lower_.endswith("ed") \
                or head_tok.pos_ == "ADJ" and head_tok.dep_ == "conj" and head_tok.lower_.endswith("ed"):
            continue  # "advanced weapons", "detained relatives": a description, not an act
        for sub, strength in _PHRASES[phrase]:
            out.append(Trigger(start, end, text[start:end], sub, strength, head))
    return out
