"""A faster stand-in for spaCy's ``attribute_ruler``, built from its own rules.

The English models' attribute ruler maps each fine tag to a coarse POS and
morphology, with a few word- and dependency-specific exceptions (179 rules in
``en_core_web_sm``). spaCy runs them through the generic ``Matcher``, which
costs about a tenth of the whole parse on news text. Every rule there looks at
one or two tokens and tests only exact values, ``IN``/``NOT_IN`` sets or a
regex, so we index the rules by the word or tag they name and check a token
against a handful of candidates instead of all of them.

The rules are read from the loaded model at start-up (nothing is copied from
it into this code), applied in the ruler's own order (a later rule wins), and
tested to give exactly the ruler's tags, POS, morphology, lemmas and
dependencies (``tests/test_nlp_attributes.py``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterable, Optional

from spacy import parts_of_speech
from spacy.language import Language
from spacy.tokens import Doc, MorphAnalysis
from spacy.vocab import Vocab

COMPONENT_NAME = "dateline_attribute_rules"
# The token attributes rules may test: the order of the per-token value tuples
# built once per doc (reading a Token's attribute is the slow part), and the
# order in which a rule is indexed by them (the word is the most selective).
_ATTRS = ("LOWER", "TAG", "DEP", "IS_SPACE")


@dataclass(frozen=True)
class _Test:
    """One attribute test of one token: exact value, IN, NOT_IN or REGEX."""
    attr: str
    op: str
    value: Any
    slot: int  # position of ``attr`` in a token's value tuple

    def passes(self, values: tuple[Any, ...]) -> bool:
        got = values[self.slot]
        if self.op == "==":
            return got == self.value
        if self.op == "IN":
            return got in self.value
        if self.op == "NOT_IN":
            return got not in self.value
        return self.value.search(got) is not None  # REGEX


@dataclass(frozen=True)
class _Rule:
    order: int          # the ruler's rule number: later rules win
    tokens: tuple[tuple[_Test, ...], ...]
    index: int          # which token of the match gets the attributes
    attrs: tuple[tuple[str, str], ...]


def _compile_token(spec: dict[str, Any]) -> tuple[_Test, ...]:
    tests = []
    for attr, value in spec.items():
        if attr not in _ATTRS:
            raise ValueError(f"attribute rule tests {attr!r}, which the fast ruler does not read")
        slot = _ATTRS.index(attr)
        if isinstance(value, dict):
            (op, arg), = value.items()
            if op == "REGEX":
                tests.append(_Test(attr, op, re.compile(arg), slot))
            elif op in ("IN", "NOT_IN"):
                tests.append(_Test(attr, op, frozenset(arg), slot))
            else:
                raise ValueError(f"attribute rule operator {op!r} is not supported")
        else:
            tests.append(_Test(attr, "==", value, slot))
    return tuple(tests)


def _index_keys(first: tuple[_Test, ...]) -> Optional[tuple[int, Iterable[Any]]]:
    """The slot and exact values (word, tag, dependency, space flag) a rule's
    first token must have, if it names any."""
    for slot in range(len(_ATTRS)):
        for test in first:
            if test.slot == slot and test.op == "==":
                return slot, (test.value,)
            if test.slot == slot and test.op == "IN":
                return slot, test.value
    return None


class FastAttributeRules:
    """Apply an attribute ruler's rules by index lookup instead of a Matcher."""

    def __init__(self, patterns: list[dict[str, Any]]) -> None:
        # One table per slot of _ATTRS: value -> the rules whose first token needs it.
        self.tables: tuple[dict[Any, list[_Rule]], ...] = tuple({} for _ in _ATTRS)
        self.unindexed: list[_Rule] = []
        # Remembered per distinct token values: the rules whose first token they pass.
        self._starting: dict[tuple[Any, ...], tuple[_Rule, ...]] = {}
        # Per vocabulary: each rule's attributes ready to set.
        self._vocab: Optional[Vocab] = None
        self._setters: dict[tuple[tuple[str, str], ...], list[tuple[str, Any]]] = {}
        for order, rule in enumerate(patterns):
            attrs = tuple((k, str(v)) for k, v in rule["attrs"].items())
            for pattern in rule["patterns"]:
                compiled = _Rule(order, tuple(_compile_token(t) for t in pattern),
                                 int(rule.get("index", 0)), attrs)
                key = _index_keys(compiled.tokens[0])
                if key is None:
                    self.unindexed.append(compiled)
                else:
                    for value in key[1]:
                        self.tables[key[0]].setdefault(value, []).append(compiled)

    def __call__(self, doc: Doc) -> Doc:
        # All tests read the parse as it came in, then the changes are made in
        # rule order, as the Matcher-based ruler does.
        changes: list[tuple[int, int, tuple[tuple[str, str], ...]]] = []
        values = [(t.lower_, t.tag_, t.dep_, t.is_space) for t in doc]  # in _ATTRS order
        n = len(values)
        starting = self._starting
        for i, token_values in enumerate(values):
            rules = starting.get(token_values)
            if rules is None:
                rules = self._rules_starting(token_values)
            for rule in rules:
                width = len(rule.tokens)
                if width > 1 and (i + width > n or not all(
                        test.passes(values[i + k]) for k in range(1, width) for test in rule.tokens[k])):
                    continue
                target = i + rule.index if rule.index >= 0 else i + width + rule.index
                changes.append((rule.order, target, rule.attrs))
        changes.sort(key=lambda c: (c[0], c[1]))
        if changes and doc.vocab is not self._vocab:
            self._vocab, self._setters = doc.vocab, {}
        for _order, target, attrs in changes:
            setters = self._setters.get(attrs)
            if setters is None:
                setters = self._setters[attrs] = _setters(doc.vocab, attrs)
            token = doc[target]
            for name, value in setters:
                setattr(token, name, value)
        return doc

    def _rules_starting(self, token_values: tuple[Any, ...]) -> tuple[_Rule, ...]:
        """The rules whose first token a token with these values passes, in the
        order the tables give them (the same for every token with these values,
        so remembered: most tokens of news text are a few thousand such tuples)."""
        lower, tag, dep, space = token_values
        by_lower, by_tag, by_dep, by_space = self.tables
        rules = tuple(rule for rule in (*by_lower.get(lower, ()), *by_tag.get(tag, ()), *by_dep.get(dep, ()),
                                        *by_space.get(space, ()), *self.unindexed)
                      if all(test.passes(token_values) for test in rule.tokens[0]))
        if len(self._starting) < _MAX_REMEMBERED:
            self._starting[token_values] = rules
        return rules


_MAX_REMEMBERED = 200_000


def _setters(vocab: Vocab, attrs: tuple[tuple[str, str], ...]) -> list[tuple[str, Any]]:
    """A rule's attributes as (Token attribute, value) with the values looked up
    once (string ids, the POS id, the morphology entry), in the rule's order:
    the same as setting ``pos_``, ``tag_``, ``set_morph(...)``, ``lemma_``, ``dep_``."""
    out: list[tuple[str, Any]] = []
    for attr, value in attrs:
        if attr == "POS":
            if value not in parts_of_speech.IDS:
                raise ValueError(f"attribute rule sets unknown POS {value!r}")
            out.append(("pos", parts_of_speech.IDS[value]))
        elif attr == "TAG":
            out.append(("tag", vocab.strings.add(value)))
        elif attr == "MORPH":
            out.append(("morph", MorphAnalysis(vocab, value)))
        elif attr == "LEMMA":
            out.append(("lemma", vocab.strings.add(value)))
        elif attr == "DEP":
            out.append(("dep", vocab.strings.add(value)))
        else:
            raise ValueError(f"attribute rule sets {attr!r}, which the fast ruler does not write")
    return out


@Language.factory(COMPONENT_NAME, default_config={"patterns": []})
def make_fast_attribute_rules(nlp: Language, name: str,
                              patterns: list[dict[str, Any]]) -> FastAttributeRules:
    return FastAttributeRules(patterns)


def swap_in_fast_rules(nlp: Language) -> None:
    """Replace the model's ``attribute_ruler`` by the indexed version of its rules."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    patterns = nlp.get_pipe("attribute_ruler").patterns
    nlp.replace_pipe("attribute_ruler", COMPONENT_NAME, config={"patterns": patterns})
