"""Word lists of the role rules, and whether a trigger word names violence."""
from __future__ import annotations

from spacy.tokens import Token

from dateline.extract.actors import lexicon


REPORTING_VERBS = frozenset({
    "say", "said", "says", "saying", "report", "reported", "reports", "reporting", "tell", "told",
    "add", "added", "claim", "claimed", "claims", "announce", "announced", "confirm", "confirmed",
    "state", "stated", "note", "noted", "quote", "quoted", "cite", "cited", "according", "deny",
    "denied", "insist", "insisted", "allege", "alleged", "tweet", "tweeted", "write", "wrote",
    "explain", "explained", "publish", "published", "show", "showed",
})


# Reporting verbs whose object is a decision, not a fact: "Italy announced a suspension".
ANNOUNCING_VERBS = frozenset({"announce", "announced", "announces", "announcing"})


DIRECTIVE_MODALS = frozenset({"must", "should", "ought", "has to", "have to"})


ACTOR2_PREPS = frozenset({"against", "on", "upon", "with", "to", "toward", "towards", "at", "for",
                          "targeting", "into", "over", "upon", "of"})


NOUN_ACTOR2_PREPS = frozenset({"with", "against", "on", "upon", "toward", "towards", "to"})


# Stative passives whose subject acts: "Israel is opposed to ...".
STATIVE_PASSIVES = frozenset({"opposed", "committed", "determined", "prepared", "resolved", "inclined",
                              "disposed", "engaged", "involved", "interested", "dedicated"})


# "demands from UNITA" names the other side; "rockets from Gaza" only where they came from.
NONVIOLENT_ACTOR2_PREPS = frozenset({"from"})


# Words whose object helps a side rather than being one: "backed by", "with the help of".
BACKING_WORDS = frozenset({"back", "backed", "support", "supported", "help", "aid", "aided", "assist",
                           "assisted", "assistance", "cover", "escort", "escorted", "backing"})


# Verbs whose object (or passive subject) is the victim of a violent event.
HARM_VERBS = frozenset({"kill", "wound", "injure", "hurt", "maim", "murder", "execute", "massacre",
                        "shoot", "abduct", "kidnap", "torture", "target"})


POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her", "our", "my"})


UP_DEPS = frozenset({"xcomp", "conj", "advcl", "pcomp", "dobj", "prep", "pobj", "acomp", "agent"})


DOWN_DEPS = frozenset({"xcomp", "ccomp", "advcl", "conj", "pcomp", "acl", "relcl"})


SUBORDINATE_DEPS = frozenset({"relcl", "acl"})


TIME_MARKS = frozenset({"when", "after", "before", "unless", "until", "as", "while", "since", "if"})


# Prepositions that give the circumstance of an act, not the act: "following the shooting of ...".
CIRCUMSTANCE_PREPS = frozenset({"after", "following", "before", "since", "amid", "despite", "until"})


# Verbs of taking or entering ground, as word stems (the pipeline runs without a lemmatizer).
TERRITORY_STEMS = ("seiz", "captur", "took", "taken", "retak", "recaptur", "enter", "reach",
                   "overr", "storm", "advanc", "regain", "liberat", "occup")


LOCATIVE_PREPS = frozenset({"in", "into", "near", "at", "across", "around", "inside", "outside",
                            "toward", "towards", "through", "throughout", "within", "of"})


# Verbs that move one's own people ("sent troops to", "withdrew inspectors from"):
# their object is the actor's personnel; the other side is where they go or leave.
DEPLOY_VERBS = frozenset({"send", "sent", "sends", "sending", "deploy", "deployed", "deploys", "deploying",
                          "dispatch", "dispatched", "withdraw", "withdrew", "withdrawn", "withdrawing",
                          "contribute", "contributed", "contributing", "station", "stationed", "pull",
                          "pulled", "recall", "recalled", "commit", "committed", "move", "moved"})


PERSONNEL_NOUNS = frozenset({"troops", "soldiers", "peacekeepers", "inspectors", "workers", "observers",
                             "personnel", "forces", "monitors", "staff", "units", "battalions", "experts",
                             "advisers", "advisors", "police", "officers", "contingent", "mission"})


# Words that make a "strike" something else than an air strike.
NON_AIR_STRIKE_MODIFIERS = frozenset({"missile", "rocket", "artillery", "mortar", "ground", "suicide",
                                      "general", "hunger", "labour", "labor", "workers", "teachers"})


# The preposition of a place an act is aimed at or done in.
PLACE_TARGET_PREPS = frozenset({"into", "to", "from", "on", "against", "with", "toward", "towards",
                                "upon", "of"})


PLACE_WHERE_PREPS = frozenset({"in", "at", "inside"})


# Prepositions that aim a whole phrase at a place ("troops to a force in Liberia").
PLACE_AIM_PREPS = frozenset({"to", "into", "against", "toward", "towards"})


def is_violent(trigger: Token) -> bool:
    low = trigger.text.lower()
    return low.startswith(lexicon.VIOLENT_STEMS)
