"""The shared token facts are the parse's own attributes, read once per document."""
from __future__ import annotations

from dateline.nlp import get_nlp
from dateline.tokenfacts import token_facts


def test_facts_are_the_token_attributes_and_are_shared() -> None:
    doc = get_nlp()("Rebels shelled Aleppo on Monday.\nThe army said 12 people died.")
    facts = token_facts(doc)
    assert token_facts(doc) is facts  # one per parse
    for t in doc:
        assert (facts.text[t.i], facts.idx[t.i], facts.lower[t.i], facts.pos[t.i], facts.tag[t.i],
                facts.dep[t.i], facts.head[t.i], facts.ent_type[t.i], facts.whitespace[t.i]) == \
            (t.text, t.idx, t.lower_, t.pos_, t.tag_, t.dep_, t.head.i, t.ent_type_, t.whitespace_)
        assert facts.is_sent_start[t.i] == bool(t.is_sent_start)
    assert [(e.start, e.end, e.label_) for e in facts.ents] == [(e.start, e.end, e.label_) for e in doc.ents]
    assert "Monday" in [e.text for e in facts.ents]


def test_another_parse_gets_its_own_facts() -> None:
    nlp = get_nlp()
    a, b = nlp("Shelling in Idlib."), nlp("Clashes near Homs and Hama.")
    assert token_facts(a).text == ["Shelling", "in", "Idlib", "."]
    assert token_facts(b).text[-2] == "Hama"
