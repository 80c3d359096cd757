"""Which kind of protest event: ACLED's definitions read on the parse.

ACLED splits a demonstration by what happened to it and by it:
- "Excessive force against protesters": protesters are killed or seriously
  hurt by lethal force (live fire, a violent crackdown) while they are not
  themselves violent;
- "Protest with intervention": the authorities break up or restrain a peaceful
  demonstration (tear gas, water cannon, dispersal, arrests) without such harm;
- "Violent demonstration": the demonstrators themselves riot, throw stones,
  burn or loot;
- "Peaceful protest": none of these.

The classifier, trained mostly on ACLED's notes, reads the family well but
often not its member in news wording ("Four protesters died from gunfire"
read as a peaceful protest). ``refine_protest`` keeps its family and lets
these words pick the member. It never leaves the protest family, and a text
that tells of demonstrators' own violence is left as the classifier read it.
"""
from __future__ import annotations

import re
from typing import Sequence

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

PEACEFUL = "Peaceful protest"
INTERVENTION = "Protest with intervention"
EXCESSIVE_FORCE = "Excessive force against protesters"
VIOLENT = "Violent demonstration"
PROTEST_FAMILY = frozenset({PEACEFUL, INTERVENTION, EXCESSIVE_FORCE, VIOLENT})

# People taking part in a demonstration.
_PROTESTERS = {"protester", "protesters", "protestor", "protestors", "demonstrator", "demonstrators",
               "marcher", "marchers", "sit-in", "rally", "protest", "demonstration"}
# Harm that makes the force excessive: death or injury.
_HARM_WORDS = {"killed", "killing", "died", "die", "dies", "dead", "shot", "wounded", "injured", "injuring",
               "wounding", "murdered"}
# Phrases that name lethal or brutal force against a demonstration on their own.
_LETHAL_FORCE = re.compile(
    r"\b(live (ammunition|rounds|bullets|fire)|excessive force|violently (dispersed|suppressed|"
    r"crushed|broke up)|(opened|fired|firing|shot) (fire )?(on|at|into) (the )?(protesters|protestors|"
    r"demonstrators|crowds?)|(bloody|deadly|violent|lethal) crackdown)\b")
_CRACKDOWN = re.compile(r"\bcrackdown\b")
# Restraint short of harm.
_INTERVENTION = re.compile(
    r"\b(tear ?gas|teargas|water cannons?|pepper[- ]spray(ed)?|rubber bullets|disperse[ds]?|dispersing|"
    r"baton[- ]charged?|broke up|break up)\b")
# Arrests restrain a demonstration only when demonstrators are the ones held:
# "demanding the release of a detained activist" is the protest's cause.
_ARREST_WORDS = {"arrested", "arrest", "arresting", "arrests", "detained", "detain", "detaining", "rounded"}
# The demonstrators' own violence (not "riot police", "anti-riot units": the police's).
_PROTESTER_VIOLENCE = re.compile(
    r"(?<!anti-)\b(riot(s|ed|ers|ing)?(?! (police|gear|squad|control|officers|units?|troops|shields?))|(threw|hurled|throwing|hurling) (stones|rocks|bottles|petrol bombs|"
    r"molotov)|torched|set fire|set ablaze|vandali[sz]ed|looted|looting|clashed with (the )?police|"
    r"burn(ed|t|ing) (tyres|tires|cars|vehicles|buildings))\b")


def _harms_protesters(tok: Token) -> bool:
    """A harm word whose victims are demonstrators: "two protesters were killed",
    "police shot dead three demonstrators", "protesters died from gunfire"."""
    if tok.lower_ not in _HARM_WORDS:
        return False
    if any(c.dep_ == "nsubj" and _names_protesters(c) for c in tok.children) or _acts_on_protesters(tok):
        return True
    # "killing two protesters" as a participle on a noun; "dead protesters"
    return tok.dep_ == "amod" and tok.head.lower_ in _PROTESTERS


def _acts_on_protesters(tok: Token) -> bool:
    """Demonstrators are the verb's object or passive subject: "arrested dozens of protesters"."""
    return any(c.dep_ in ("dobj", "nsubjpass") and _names_protesters(c) for c in tok.children)


def _names_protesters(tok: Token) -> bool:
    """The noun phrase headed by ``tok`` names demonstrators ("dozens of protesters")."""
    if tok.lower_ in _PROTESTERS:
        return True
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ in _PROTESTERS for g in c.children)
               for c in tok.children)


def refine_protest(sents: Sequence[SpacySpan], text: str, sub: str) -> str:
    """The member of the protest family that the text's words describe (``sub`` when unsure)."""
    if sub not in PROTEST_FAMILY:
        return sub
    lowered = text.lower()
    if _PROTESTER_VIOLENCE.search(lowered):
        return sub  # the demonstrators' own violence: the classifier's call (riot or crackdown on one)
    lethal = bool(_LETHAL_FORCE.search(lowered)) or any(
        _harms_protesters(tok) for sent in sents for tok in sent)
    if not lethal and _CRACKDOWN.search(lowered):
        lethal = any(tok.lower_ in _HARM_WORDS for sent in sents for tok in sent)
    if lethal:
        return EXCESSIVE_FORCE
    if sub == PEACEFUL and (_INTERVENTION.search(lowered) or any(
            tok.lower_ in _ARREST_WORDS and _acts_on_protesters(tok) for sent in sents for tok in sent)):
        return INTERVENTION
    return sub
