"""The fast attribute rules must give exactly what spaCy's attribute ruler gives."""
from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from dateline.nlp import MODEL_NAME, get_nlp
from dateline.nlp_attributes import COMPONENT_NAME, FastAttributeRules
from dateline.paths import shared_dir

DEMO = Path(__file__).resolve().parent.parent / "data" / "demo"


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8", errors="replace")
             for p in sorted(DEMO.iterdir()) if p.suffix in (".txt", ".html", ".jsonl", ".csv")]
    shared = shared_dir()
    if shared is not None:
        texts += [p.read_text(encoding="utf-8") for p in sorted((shared / "samples" / "aleppo").glob("*.txt"))]
    # Rule corners: expletive "there is", "gonna", space tokens, "but" as adverb.
    texts.append("There is  no way we're gonna stop.\n\nIt got worse, but it was all but over. "
                 "Y'all know that I saw it and that it saw me.")
    return texts


@pytest.fixture(scope="module")
def reference() -> spacy.language.Language:
    return spacy.load(MODEL_NAME, exclude=["lemmatizer"])


def test_the_shared_pipeline_uses_the_fast_rules() -> None:
    nlp = get_nlp()
    assert isinstance(nlp.get_pipe("attribute_ruler"), FastAttributeRules)
    assert nlp.get_pipe_meta("attribute_ruler").factory == COMPONENT_NAME


def test_fast_rules_match_the_attribute_ruler_token_for_token(reference) -> None:
    texts = _texts()
    assert len(texts) >= 5
    tokens = 0
    for ours, theirs in zip(get_nlp().pipe(texts), reference.pipe(texts)):
        for a, b in zip(ours, theirs):
            tokens += 1
            assert (a.tag_, a.pos_, str(a.morph), a.lemma_, a.dep_) == \
                (b.tag_, b.pos_, str(b.morph), b.lemma_, b.dep_), f"{a.text!r} in {ours.text[:60]!r}"
        assert [(e.text, e.label_) for e in ours.ents] == [(e.text, e.label_) for e in theirs.ents]
    assert tokens > 1000


def test_unsupported_rule_is_refused() -> None:
    with pytest.raises(ValueError):
        FastAttributeRules([{"patterns": [[{"SHAPE": "Xxxx"}]], "attrs": {"POS": "X"}, "index": 0}])


def test_lemma_on_demand_gives_base_forms() -> None:
    from dateline.nlp import lemma
    doc = get_nlp()("Gunmen killed three soldiers and were wounding others.")
    assert [lemma(t) for t in doc][:7] == ["gunman", "kill", "three", "soldier", "and", "be", "wound"]


def test_a_backer_is_neither_side() -> None:
    from dateline.model import Document
    from dateline.pipeline import extract_one
    text = "Syrian troops, with the support of Iranian militias, attacked rebel positions near Khan Tuman on Tuesday."
    event = extract_one(Document(id="b", text=text, published="2016-05-05")).events[0]
    assert event.actor1 and "Syria" in event.actor1
    assert "Iran" not in (event.actor2 or "")
