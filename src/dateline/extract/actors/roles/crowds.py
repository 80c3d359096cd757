"""Protests and riots: ACLED codes the crowd by the country it gathers in."""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Token

from dateline.extract.actors import lexicon
from dateline.extract.actors.roles.clauses import RolePair, doc_text
from dateline.model import ActorMention
from dateline.nlp import lemma


def crowd_label(trigger: Token, context: str = "") -> Optional[str]:
    """"Protesters" or "Rioters" when the trigger is a protest or a riot, else None.

    ``context`` (the event's text) may show the violence: "Demonstrators burned tires."
    """
    # "protested", "held a sit-in", "took part in a demonstration" (not "after protests")
    words = [trigger] + [c for c in trigger.children if c.dep_ in ("dobj", "attr", "nsubjpass")]
    words += [g for c in trigger.children if c.dep_ == "prep" and c.text.lower() in ("in", "into")
              for g in c.children if g.dep_ == "pobj"]
    sent = trigger.sent if trigger.sent is not None else trigger.doc[:]
    if not any(_protest_word(w) for w in words):
        # "held a large protest stand", "gathered ... to demand": a crowd verb in a protest sentence
        if trigger.text.lower() not in lexicon.CROWD_VERBS or not any(
                _protest_word(t, riots=False) for t in sent):
            return None
    if trigger.text.lower().startswith(lexicon.RIOT_STEMS) and not trigger.text.lower().startswith(
            lexicon.NOT_RIOT_PREFIXES):
        return "Rioters"
    words = {t.text.lower() for t in sent} | {w.lower().strip(".,;") for w in context.split()}
    if words & lexicon.RIOT_CUES:
        return "Rioters"
    return "Protesters"


def _protest_word(tok: Token, riots: bool = True) -> bool:
    """A word of protest (or riot). "strike" is a labour strike only with a word
    saying so ("general strike", "went on strike", "workers' strike"); an "air
    strike", "drone strike" or a bare "strikes" in a war report is an attack."""
    low = tok.text.lower()
    stems = lexicon.PROTEST_STEMS + (lexicon.RIOT_STEMS if riots else ())
    if not low.startswith(stems) or low.startswith(lexicon.NOT_RIOT_PREFIXES):
        return False
    if not low.startswith("strike") or tok.pos_ in ("VERB", "AUX"):
        return not low.startswith("strike")  # "workers struck" is too rare to tell from attacks
    mods = {c.text.lower() for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "poss")}
    return bool(mods & lexicon.LABOUR_STRIKE_CUES) or (tok.head.text.lower() == "on" and tok.dep_ == "pobj"
                                                       and lemma(tok.head.head) in ("go", "be", "stay"))


def _crowd_roles(sdoc: Doc, trigger: Token, label: str, a1: Optional[ActorMention],
                 a2: Optional[ActorMention], start: int, end: int) -> RolePair:
    """ACLED codes a protest's crowd as "Protesters (country)" (a riot's as "Rioters
    (country)") whoever they are, the group being an associate actor; a peaceful
    protest has no actor2 unless the state intervenes. With no crowd mentioned
    the crowd is inferred: an ActorMention with start == end == -1."""
    from dateline.extract.actors.dictionary import get_dictionary
    from dateline.extract.actors.finder import DOC_COUNTRY_KEY

    kind = label.lower()
    if a1 is not None and a1.kind in ("rebel", "external") or (
            a1 is not None and a1.kind == "state" and label == "Rioters"):
        crowd = a1  # armed groups and foreign forces stay themselves; party members become protesters
    else:
        # ACLED names a crowd by the country it gathers in, whoever its members are.
        code = sdoc.user_data.get(DOC_COUNTRY_KEY) or (a1.country if a1 is not None else None)
        cname = get_dictionary().country_name(code)
        name = f"{label} ({cname})" if cname else label
        if a1 is not None:
            crowd = ActorMention(a1.start, a1.end, a1.text, name, kind, code)
        else:
            crowd = ActorMention(-1, -1, "", name, kind, code)
    doc_country = sdoc.user_data.get(DOC_COUNTRY_KEY)
    context = {w.lower().strip(".,;()") for w in doc_text(sdoc)[start:end].split()}
    intervening = a2 is not None and a2.name.startswith(("Police Forces", "Military Forces")) \
        and (doc_country is None or a2.country in (None, doc_country)) \
        and bool(context & lexicon.INTERVENTION_CUES)
    if a2 is not None and not (intervening or (label == "Rioters" and a2.kind == "civilians")):
        a2 = None  # the object of a protest ("against Israel's attacks") is not its actor2
    return RolePair(crowd, a2)
