"""Find the sentences that report events and give each an ACLED sub-type.

Two readings of a document work together (the second is in ``shorttext``):
- sentence level: a sentence with a real (not threatened, planned, denied)
  trigger is a candidate; the classifier types it, the triggers vote;
- document level, for short texts (an ACLED note, a news snippet, a brief):
  the classifier reads the whole text, the way it was trained, and that
  reading is the document's main event.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Optional, Sequence

import numpy as np
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from dateline.extract.events.modality import trigger_modality
from dateline.extract.events.taxonomy import ALL_SUB_TYPES, event_type_of
from dateline.extract.events.triggers import (
    CONTEXTUAL_AIR, WEAK_ALONE, Trigger, doc_text, find_triggers)
from dateline.extract.events.typemodel import EventTypeModel, get_type_model

# A text this short is one report (ACLED note, news snippet): type it whole.
SHORT_TEXT_CHARS = 1500
SHORT_TEXT_SENTENCES = 8
# How much a trigger's vote adds to the classifier's probability.
TRIGGER_WEIGHT = 0.35
# Below this combined score a sentence is not coded as an event.
MIN_SENTENCE_SCORE = 0.45
# ... unless the soft event word's own verb carries a date ("The United Nations on
# Wednesday suspended the peace talks"): then news, even when the rest of the
# sentence pulls the classifier elsewhere.
DATED_SOFT_MIN_SCORE = 0.25


@dataclass
class Candidate:
    """One sentence (or the whole short text) read as an event."""

    sentence: SpacySpan
    sentence_index: int
    sub_event_type: str
    score: float
    triggers: list[Trigger] = field(default_factory=list)
    trigger: Optional[Trigger] = None  # the trigger that best matches the sub-type
    background: bool = False
    whole_text: bool = False
    hedged: bool = False  # every trigger is only claimed or reported


def is_short(text: str, sentences: Sequence[SpacySpan]) -> bool:
    return len(text.strip()) <= SHORT_TEXT_CHARS and len(sentences) <= SHORT_TEXT_SENTENCES


def _scores(model: Optional[EventTypeModel], texts: list[str]) -> tuple[list[str], np.ndarray]:
    if model is None:
        labels = list(ALL_SUB_TYPES)
        return labels, np.zeros((len(texts), len(labels)), dtype=np.float32)
    return model.labels, model.probabilities(texts)


# A vote for one side of a change of territory is a vote for the other: who
# gains it (state or not) decides, later, from the actors.
_TERRITORY_PAIR = {"Government regains territory": "Non-state actor overtakes territory",
                   "Non-state actor overtakes territory": "Government regains territory"}
REMOTE = "Explosions/Remote violence"
# The classifier may overrule the triggers' sub-types only when this sure.
MODEL_OVERRULES = 0.6
# Extra weight of a decisive trigger (strength 1.0) on top of its vote.
DECISIVE_BONUS = 0.5


# Sub-types the text must name in words of their own: no classifier guess makes a
# chemical attack of a report that speaks of no gas, chlorine or poison.
_MUST_BE_SAID: dict[str, re.Pattern[str]] = {
    "Chemical weapon": re.compile(r"chemical|chlorine|sarin|\bgas|toxic|mustard|nerve agent|poison|phosph"
                                  r"|napalm|\bvx\b|chok|suffocat|asphyx", re.I),
}


def _combine(labels: list[str], probs: np.ndarray, triggers: list[Trigger],
             restrict: bool = True, said: Optional[str] = None) -> tuple[str, float]:
    """The sub-type of a sentence: classifier probability plus the triggers' votes.

    With ``restrict`` (sentences of an article) only sub-types some trigger voted
    for compete, unless the classifier is sure of another: a model trained on
    ACLED's notes reads "seized" as seized weapons, the trigger knows better.
    A decisive trigger (strength 1.0: "chlorine", "suicide bomber", "claimed
    responsibility") wins unless the classifier is sure of something else.
    """
    prob = {lab: float(p) for lab, p in zip(labels, probs)}
    votes: dict[str, float] = {}
    for t in triggers:
        votes[t.sub_event_type] = max(votes.get(t.sub_event_type, 0.0), t.strength)
        pair = _TERRITORY_PAIR.get(t.sub_event_type)
        if pair:
            votes[pair] = max(votes.get(pair, 0.0), t.strength * 0.9)
    score = dict(prob)
    for sub, strength in votes.items():
        score[sub] = score.get(sub, 0.0) + TRIGGER_WEIGHT * strength
        if strength >= 1.0:
            score[sub] += DECISIVE_BONUS
    if restrict and votes:
        top = max(prob, key=prob.get) if prob else None  # type: ignore[arg-type]
        allowed = set(votes)
        # ... but never into a change of territory no word of the sentence speaks
        # of: "troops and fighters clashed" is a clash, whoever the notes say won.
        # Nor into another means of remote violence than the words name: "the drone
        # fired two missiles" is an air strike, whatever "missiles" suggests.
        same_family = top is not None and event_type_of(top) == REMOTE and any(
            event_type_of(v) == REMOTE for v in votes)
        if top is not None and prob[top] >= MODEL_OVERRULES and top not in _TERRITORY_PAIR and not same_family:
            allowed.add(top)
        score = {k: v for k, v in score.items() if k in allowed}
    if said is not None:
        score = {k: v for k, v in score.items()
                 if k not in _MUST_BE_SAID or _MUST_BE_SAID[k].search(said)} or score
    best = max(score, key=score.get)  # type: ignore[arg-type]
    return best, min(1.0, score[best])


def _prob_of(labels: list[str], probs: np.ndarray, sub: str) -> float:
    """The classifier's probability of ``sub`` (0 for a sub-type it does not know)."""
    return float(probs[labels.index(sub)]) if sub in labels else 0.0


def _best_trigger(triggers: list[Trigger], sub: str) -> Optional[Trigger]:
    same = [t for t in triggers if t.sub_event_type == sub] or [
        t for t in triggers if t.sub_event_type == _TERRITORY_PAIR.get(sub)]
    pool = same or triggers
    return max(pool, key=lambda t: t.strength) if pool else None


def sentences(sdoc: Doc) -> list[SpacySpan]:
    """spaCy's sentences, also split at line breaks (a headline has no full stop).

    Computed once per parse and kept in ``sdoc.user_data``: every step of the
    event coder walks the same list.
    """
    cached = sdoc.user_data.get("dateline_event_sentences")
    if cached is not None:
        return cached
    text = doc_text(sdoc)
    out: list[SpacySpan] = []
    for sent in sdoc.sents:
        inner = text[sent.start_char:sent.end_char].strip()
        if "\n" not in inner:
            if inner:
                out.append(sent)
            continue
        start = sent.start
        for tok in sent:
            if "\n" in tok.text or (tok.whitespace_ == "" and tok.i + 1 < len(sdoc)
                                     and "\n" in sdoc[tok.i + 1].text):
                if tok.i + 1 > start:
                    out.append(sdoc[start:tok.i + 1])
                start = tok.i + 1
            elif "\n" in tok.whitespace_:
                out.append(sdoc[start:tok.i + 1])
                start = tok.i + 1
        if start < sent.end:
            out.append(sdoc[start:sent.end])
    out = [s for s in out if text[s.start_char:s.end_char].strip()]
    sdoc.user_data["dateline_event_sentences"] = out
    return out


def triggers_of(sent: SpacySpan) -> list[Trigger]:
    """``find_triggers`` of a sentence, once per parse, read in context (see ``_in_context``)."""
    cache = sent.doc.user_data.setdefault("dateline_event_triggers", {})
    key = (sent.start, sent.end)
    if key not in cache:
        cache[key] = _in_context(sent, find_triggers(sent))
    return cache[key]


_TAKE_WORDS = {"take", "takes", "took", "taken", "taking", "took over", "taken over"}
# Objects that make "took"/"taken" a change of control: a place or ground.
_GROUND_NOUNS = {
    "town", "towns", "city", "cities", "village", "villages", "district", "districts", "area", "areas",
    "neighbourhood", "neighbourhoods", "neighborhood", "neighborhoods", "base", "bases", "airport",
    "airbase", "hill", "hills", "position", "positions", "checkpoint", "checkpoints", "territory",
    "region", "province", "road", "highway", "bridge", "crossing", "border", "post", "posts",
    "outpost", "camp", "barracks", "settlement", "quarter", "quarters", "suburb", "suburbs", "sites",
    "site", "facility", "installation", "headquarters", "compound", "control", "ground", "field",
    "oilfield", "oilfields", "dam", "port", "strongholds", "stronghold", "front", "lines", "parts",
}


def _takes_ground(tok: Token) -> bool:
    """"took the town", "the district was taken": a place or ground as the thing taken."""
    for child in tok.children:
        if child.dep_ in ("dobj", "nsubjpass", "attr") or (child.dep_ == "prt" and child.lower_ == "over"):
            target = child
            if child.dep_ == "prt":
                target = next((c for c in tok.children if c.dep_ == "dobj"), None)
                if target is None:
                    return False
            if target.ent_type_ in ("GPE", "LOC", "FAC") or target.lower_ in _GROUND_NOUNS:
                return True
    return False


def _launched_from_air(tok: Token, air: set[int]) -> bool:
    """A missile fired by a drone or a jet: "the drone fired two missiles"."""
    verb = tok.head if tok.dep_ in ("dobj", "nsubjpass", "pobj") else None
    if verb is not None and verb.dep_ == "prep":
        verb = verb.head
    if verb is None:
        return False
    for child in verb.children:
        if child.i in air:
            return True
        if child.dep_ == "agent" and any(c.i in air for c in child.children):
            return True
    return any(c.i in air for c in tok.children if c.dep_ == "compound")


def _in_context(sent: SpacySpan, triggers: list[Trigger]) -> list[Trigger]:
    """Drop or retype trigger words that the parse or the document reads otherwise.

    - "took"/"taken" is a change of control only with a place or ground taken
      ("the wounded were taken to hospital" is not);
    - a bare "strike" is an air strike only where the text has a firm air word;
    - a missile that an aircraft fired is part of the air strike.
    """
    doc = sent.doc
    out: list[Trigger] = []
    air_tokens = {t.token_index for t in triggers if t.sub_event_type == "Air/drone strike"
                  and t.text.lower() not in CONTEXTUAL_AIR}
    # A headline makes no event of its own and names the story's topics, the backer's
    # means among them ("Backed By Russian Jets, Syrian Army Closes In On Aleppo").
    backing = set() if sent.start == 0 and is_headline(sent) else {
        t.token_index for t in triggers if _in_backing_phrase(doc[t.token_index])}
    for t in triggers:
        low = t.text.lower()
        tok = doc[t.token_index]
        if t.token_index in backing and len(backing) < len(triggers):
            continue  # "the army, backed by Russian air strikes, advanced": the help is not the act
        if low in _TAKE_WORDS and not _takes_ground(tok):
            continue
        if low in CONTEXTUAL_AIR and t.sub_event_type == "Air/drone strike" and not _doc_has_air(doc):
            continue
        if t.sub_event_type == "Shelling/artillery/missile attack" and air_tokens and _launched_from_air(tok, air_tokens):
            t = replace(t, sub_event_type="Air/drone strike")
        if t.sub_event_type in _TERRITORY_PAIR and _lost_ground(tok):
            continue
        if t.sub_event_type == "Attack" and low in _ATTACK_WORDS and (
                _aimed_at_ground(tok) or not _CIVILIAN_WORDS & _sentence_words(sent)):
            # An attack on positions, or one with no civilian in sight ("the force
            # launched two-pronged attacks on western Aleppo"), is a battle: ACLED's
            # "Attack" is violence against civilians. (The clash vote stays.)
            continue
        if t.sub_event_type in WEAK_ALONE and tok.pos_ in ("NOUN", "PROPN") and (
                _frames_time(tok) or reported_speech(tok)):
            continue
        out.append(t)
    return out


# Words whose "by"/"of"/"with" phrase names a side's helper ("backed by Russian jets",
# "with the help of Russian air power", "under cover of air strikes").
_BACKING_WORDS = {"back", "backed", "backing", "support", "supported", "help", "aid", "aided", "assist",
                  "assisted", "assistance", "cover", "escorted", "escort"}


def _in_backing_phrase(tok: Token) -> bool:
    """Is the trigger word inside the phrase naming a side's backer?"""
    t = tok
    for _ in range(6):
        if t.dep_ in ("compound", "amod", "conj", "nmod", "appos"):
            t = t.head
            continue
        if t.dep_ == "pobj" and t.head.lower_ in ("by", "of", "with") and t.head.dep_ in ("agent", "prep"):
            word = t.head.head
            return word.lower_ in _BACKING_WORDS and word.i != tok.i
        return False
    return False


def _without_backers(sent: SpacySpan, trigs: list[Trigger], text: str) -> str:
    """The sentence for the classifier, less the phrases naming a side's backer whose
    event words were set aside for one standing outside them: "the army, backed by
    Russian air strikes, advanced" is read as an advance, not an air strike."""
    doc = sent.doc
    cuts: list[tuple[int, int]] = []
    dropped: Optional[list[int]] = None
    for tok in sent:
        if tok.lower_ not in _BACKING_WORDS:
            continue
        for prep in tok.children:
            if prep.dep_ in ("agent", "prep") and prep.lower_ in ("by", "of", "with"):
                lo, hi = prep.left_edge.i, prep.right_edge.i
                if dropped is None:  # event words of the phrase that ``_in_context`` set aside
                    kept = {t.token_index for t in trigs}
                    dropped = [t.token_index for t in find_triggers(sent) if t.token_index not in kept]
                if any(lo <= i <= hi for i in dropped) and any(not lo <= t.token_index <= hi for t in trigs):
                    cuts.append((doc[lo].idx, doc[hi].idx + len(doc[hi].text)))
    out, pos = [], sent.start_char
    for lo, hi in sorted(cuts):
        if lo >= pos:
            out.append(text[pos:lo])
            pos = hi
    out.append(text[pos:sent.end_char])
    return "".join(out)


_ATTACK_WORDS = {"attack", "attacks", "attacked", "assault", "assaults", "stormed"}
_CIVILIAN_WORDS = {
    "civilian", "civilians", "people", "residents", "villagers", "man", "men", "woman", "women", "child",
    "children", "boy", "girl", "family", "families", "worshippers", "farmers", "students", "passengers",
    "shoppers", "journalist", "journalists", "doctors", "patients", "refugees", "displaced", "pilgrims",
    "teacher", "teachers", "driver", "drivers", "traders", "herders", "fishermen", "home", "homes",
    "house", "houses", "market", "school", "hospital", "mosque", "church", "camp", "village", "villages",
    "killed", "wounded", "injured", "dead", "shot", "abducted", "kidnapped", "victims", "bodies",
}


def _sentence_words(sent: SpacySpan) -> set[str]:
    return {t.lower_ for t in sent}
_FRAME_PREPS = {"during", "amid", "amidst", "throughout"}
_SPEECH_VERBS = {"said", "say", "says", "told", "tell", "tells", "stated", "added", "insisted",
                 "argued", "believes", "believe", "thinks", "think", "suggested", "suggests"}


def _lost_ground(tok: Token) -> bool:
    """A passive territory verb whose subject is people, not ground: "the rebels
    are being pushed into a corner" tells who lost, not a place taken."""
    subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if subj is None:
        return False
    return not (subj.ent_type_ in ("GPE", "LOC", "FAC") or subj.lower_ in _GROUND_NOUNS)


def _aimed_at_ground(tok: Token) -> bool:
    """"attacked army positions", "attacks on checkpoints": the target is military."""
    targets = [c for c in tok.children if c.dep_ == "dobj"]
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in ("on", "against"):
            targets += [c for c in prep.children if c.dep_ == "pobj"]
    return any(t.lower_ in _MILITARY_TARGETS for t in targets)


# (Not towns: gunmen attacking a village are ACLED's attack on civilians.)
_MILITARY_TARGETS = {"position", "positions", "checkpoint", "checkpoints", "base", "bases", "airbase",
                     "barracks", "post", "posts", "outpost", "outposts", "lines", "line", "front",
                     "convoy", "convoys", "troops", "soldiers", "forces", "fighters", "patrol"}


def _frames_time(tok: Token) -> bool:
    """"During a series of cease-fire agreements, ...": the agreement dates the clause, it is not its news."""
    governor = tok
    while governor.dep_ in ("compound", "conj", "amod") and governor.head is not governor:
        governor = governor.head
    if governor.dep_ == "pobj" and governor.head.lower_ == "of":
        governor = governor.head.head  # "a series of agreements"
    return governor.dep_ == "pobj" and governor.head.lower_ in _FRAME_PREPS


def speech_verb_of(tok: Token) -> Optional[Token]:
    """The verb of saying whose content holds ``tok`` ("Turkey said [... tok ...]"), if any."""
    node = tok
    for _ in range(12):
        if node.head is node:
            return None
        if node.dep_ == "ccomp" and node.head.lower_ in _SPEECH_VERBS:
            return node.head
        node = node.head
    return None


def reported_speech(tok: Token) -> bool:
    """Talks or a deal named inside what someone said ("Turkey said there was no
    point to peace talks"): a statement about diplomacy, not a diplomatic event."""
    return speech_verb_of(tok) is not None


_POLITICAL_SPEAKERS = {"government", "ministry", "kremlin", "president", "minister", "spokesman",
                       "spokeswoman", "spokesperson", "envoy", "ambassador", "officials"}


def political_statement(tok: Token) -> bool:
    """Inside what a state or its officials said ("Turkey said ... while Russia
    carried out attacks"): a government's characterisation, not a witness's report."""
    verb = speech_verb_of(tok)
    if verb is None:
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and (subj.ent_type_ == "GPE" or subj.lower_ in _POLITICAL_SPEAKERS)


def _doc_has_air(doc: Doc) -> bool:
    """Whether the document names an air strike in firm words (jets, airstrike, warplanes)."""
    cached = doc.user_data.get("dateline_doc_has_air")
    if cached is None:
        lowered = doc_text(doc).lower()
        cached = any(w in lowered for w in _FIRM_AIR_WORDS)
        doc.user_data["dateline_doc_has_air"] = cached
    return cached


_FIRM_AIR_WORDS = ("airstrike", "air strike", "air raid", "warplane", "jets", "drone", "air force",
                   "aerial", "aircraft", "helicopter", "planes", "barrel bomb", "sorties")
# Words that refer back to an event already told: "the offensive", "their
# battles", "the rebels' advance". Alone in a later sentence they add colour
# (who led it, what it means), not a new event.
_ANAPHORIC_DETS = {"the", "this", "that", "these", "those"}


def _dated_here(tok: Token) -> bool:
    """The event word's own verb carries a date: "The rebel advance began midweek"
    tells a new fact about the event (not "followed Saturday's strike")."""
    verb = tok
    for _ in range(8):  # (spaCy builds a new Token on every access: compare indices, bound the walk)
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    for child in verb.children:
        if child.ent_type_ in ("DATE", "TIME") and child.dep_ in ("npadvmod", "tmod", "advmod"):
            return True
        if child.dep_ == "prep" and child.lower_ in ("on", "in", "by", "since") and any(
                g.ent_type_ in ("DATE", "TIME") for g in child.children):
            return True
    return False


def _refers_back(tok: Token) -> bool:
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    for child in tok.children:
        if child.dep_ == "poss":
            return True
        if child.dep_ == "det" and child.lower_ in _ANAPHORIC_DETS:
            return True
    return False


def is_headline(sent: SpacySpan) -> bool:
    """A first line with no closing punctuation and few words."""
    words = [t for t in sent if not t.is_punct and not t.is_space]
    line = doc_text(sent.doc)[sent.start_char:sent.end_char].rstrip()
    return len(words) <= 20 and not line.endswith((".", "!", "?", '"', "”"))


def sentence_candidates(sdoc: Doc, text: str, use_model: bool = True) -> list[Candidate]:
    """Every sentence with a real event trigger, typed.

    ``use_model=False`` types sentences by their triggers alone: enough to pick
    the evidence sentence of a short text that the classifier reads whole.
    """
    sents = sentences(sdoc)
    found: list[tuple[int, SpacySpan, list[Trigger], bool, bool]] = []
    for i, sent in enumerate(sents):
        real: list[Trigger] = []
        background = False
        hedged = True
        for trig in triggers_of(sent):
            mod = trigger_modality(sent, sdoc[trig.token_index], weak=trig.strength < 0.8)
            if mod.realis:
                real.append(trig)
                background = background or mod.background
                hedged = hedged and mod.hedged
        if real:
            found.append((i, sent, real, background, hedged))
    # A headline restates the lead; its event is the lead's, not another one.
    if len(sents) > 3 and is_headline(sents[0]):
        found = [f for f in found if f[0] != 0]
    # After the first event sentence, a sentence whose only event words refer
    # back ("The offensive comes at a time when...", "during their battles")
    # tells about an event already found, not a new one. (Its words still vote
    # in a sentence that has a word of its own: "The strike ... killed".)
    found = [f for k, f in enumerate(found)
             if k == 0 or not all(t.strength < 1.0 and _refers_back(sdoc[t.token_index]) for t in f[2])
             or any(_dated_here(sdoc[t.token_index]) for t in f[2])]
    if not found:
        return []
    labels, probs = _scores(get_type_model() if use_model else None, [_without_backers(f[1], f[2], text) for f in found])
    out: list[Candidate] = []
    for (i, sent, trigs, background, hedged), row in zip(found, probs):
        sub, score = _combine(labels, row, trigs, said=sent.text)
        # A conflict trigger that really happened makes an event; softer kinds
        # (talks, deals, disasters) need the classifier to agree as well.
        strong = [t for t in trigs if t.sub_event_type not in WEAK_ALONE and t.strength >= 0.5]
        if not strong and score < MIN_SENTENCE_SCORE and not (
                score >= DATED_SOFT_MIN_SCORE and any(
                    t.sub_event_type == sub and t.strength >= 0.8 and _dated_here(sdoc[t.token_index]) for t in trigs)):
            continue
        out.append(Candidate(sent, i, sub, score, trigs, _best_trigger(trigs, sub), background,
                             hedged=hedged))
    return out
