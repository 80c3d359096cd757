"""Timeline selection on a tiny corpus of our own, and the json/md/html outputs."""
from __future__ import annotations

import io
import json

from dateline.export.timeline import write_timeline
from dateline.fuse.text import detokenise, split_sentences
from dateline.fuse.timeline import build_timeline, dated_sentences, timeline_from_extractions
from dateline.model import Document, Extraction, Timex, TimelineEntry

# (id, published, text, {phrase: resolved date}) -- the time stage's job is done by hand here.
CORPUS = [
    ("r1", "2022-05-02",
     "Rebels seized the border crossing at Tel Hamra on Sunday after a night of heavy fighting. "
     "The army said it withdrew to avoid civilian casualties. Aid convoys were halted at the crossing.",
     {"on Sunday": "2022-05-01"}),
    ("r2", "2022-05-03",
     "Government aircraft bombed Tel Hamra on Monday, a day after rebels took the crossing. "
     "The seizure of the crossing on May 1 cut the main supply road to the north. "
     "Hospitals in the region reported dozens of wounded.",
     {"on Monday": "2022-05-02", "on May 1": "2022-05-01"}),
    ("r3", "2022-05-09",
     "A ceasefire brokered by regional mediators took effect in Tel Hamra on Saturday. "
     "Since rebels captured the crossing on May 1, more than 4,000 people have fled. "
     "Both sides accused each other of violations within hours.",
     {"on Saturday": "2022-05-07", "on May 1": "2022-05-01"}),
    ("r4", "2022-05-10",
     "The ceasefire in Tel Hamra largely held on Monday, residents said, as the first aid trucks crossed. "
     "The truce that began on May 7 is the first since the fighting started.",
     {"on Monday": "2022-05-09", "on May 7": "2022-05-07"}),
    ("r6", "2022-05-14",
     "A week after the truce of May 7, traders reopened the market in Tel Hamra. "
     "Residents said shelling had not resumed.",
     {"May 7": "2022-05-07"}),
    ("r5", "2022-05-10",
     "Football fans celebrated in the capital after the national team won the regional cup on Sunday. "
     "The coach praised his young squad.",
     {"on Sunday": "2022-05-08"}),
]


def _extractions() -> list[Extraction]:
    exts = []
    for doc_id, pub, text, phrases in CORPUS:
        timexes = []
        for phrase, value in phrases.items():
            start = 0
            while (i := text.find(phrase, start)) >= 0:
                timexes.append(Timex(i, i + len(phrase), phrase, "DATE", value))
                start = i + 1
        exts.append(Extraction(doc=Document(id=doc_id, text=text, published=pub), timexes=timexes))
    return exts


def test_split_sentences_keeps_offsets_and_abbreviations() -> None:
    text = "Gen. Adams met Mr. Brown in the U.S. capital. They spoke for an hour.\nNew line here"
    sents = split_sentences(text)
    assert [s.text for s in sents] == ["Gen. Adams met Mr. Brown in the U.S. capital.",
                                       "They spoke for an hour.", "New line here"]
    assert all(text[s.start:s.end] == s.text for s in sents)


def test_detokenise_penn_treebank_text() -> None:
    raw = "Egypt 's leader -LRB- Mubarak -RRB- said `` we wo n't go '' , aides said ."
    assert detokenise(raw) == "Egypt's leader (Mubarak) said \"we won't go\", aides said."


def test_sentences_are_dated_by_mentions_else_by_publication() -> None:
    ds = dated_sentences(_extractions()[1])
    days = [(d.day, d.mentioned) for d in ds]
    assert ("2022-05-02", True) in days and ("2022-05-01", True) in days
    assert ("2022-05-03", False) in days  # the undated third sentence: publication day


def test_most_mentioned_days_win_and_output_is_sorted() -> None:
    tl = timeline_from_extractions(_extractions(), max_dates=2, sentences_per_date=1)
    assert [e.date for e in tl] == ["2022-05-01", "2022-05-07"]
    assert all(len(e.sentences) == 1 for e in tl)
    assert "crossing" in tl[0].sentences[0]
    assert "ceasefire" in tl[1].sentences[0].lower() or "truce" in tl[1].sentences[0].lower()


def test_query_keeps_relevant_documents_and_sentences_per_date() -> None:
    tl = timeline_from_extractions(_extractions(), query="football cup", max_dates=5, sentences_per_date=2)
    text = " ".join(s for e in tl for s in e.sentences)
    assert "cup" in text and "rebels" not in text.lower()
    tl = timeline_from_extractions(_extractions(), query="Tel Hamra", max_dates=5, sentences_per_date=2)
    assert "Football" not in " ".join(s for e in tl for s in e.sentences)
    assert any(len(e.sentences) == 2 for e in tl)
    assert len({s for e in tl for s in e.sentences}) == sum(len(e.sentences) for e in tl)  # no repeats


def test_build_timeline_reads_the_store_and_one_story() -> None:
    from dateline.model import Story

    class Store:
        def __init__(self) -> None:
            self.exts = {e.doc.id: e for e in _extractions()}

        def extractions(self):  # type: ignore[no-untyped-def]
            return iter(self.exts.values())

        def get_extraction(self, doc_id: str):  # type: ignore[no-untyped-def]
            return self.exts.get(doc_id)

        def stories(self) -> list[Story]:
            return [Story("s-sport", "Cup", ["r5"]), Story("s-war", "Tel Hamra", ["r1", "r2", "r3", "r4", "r6"])]

    tl = build_timeline(Store(), story_id="s-sport", max_dates=1)
    assert [e.date for e in tl] == ["2022-05-08"] and "cup" in tl[0].sentences[0]
    assert len(build_timeline(Store(), max_dates=3)) == 3


ENTRIES = [TimelineEntry("2022-05-07", ["Ceasefire <b>begins</b> & holds."]),
           TimelineEntry("2022-05-01", ["Rebels seize the crossing."])]


def _written(fmt: str) -> str:
    buf = io.StringIO()
    write_timeline(ENTRIES, fmt, buf, title="Tel Hamra")
    return buf.getvalue()


def test_json_output_follows_the_contract() -> None:
    data = json.loads(_written("json"))
    assert data == [{"date": "2022-05-01", "sentences": ["Rebels seize the crossing."]},
                    {"date": "2022-05-07", "sentences": ["Ceasefire <b>begins</b> & holds."]}]


def test_markdown_output() -> None:
    md = _written("md")
    assert md.startswith("# Tel Hamra\n")
    assert md.index("## 2022-05-01") < md.index("## 2022-05-07")
    assert "- Rebels seize the crossing." in md


def test_html_output_is_self_contained_and_escaped() -> None:
    page = _written("html")
    assert page.startswith("<!DOCTYPE html>") and "</html>" in page
    assert "&lt;b&gt;begins&lt;/b&gt; &amp; holds." in page and "<b>" not in page
    assert "http" not in page and "<script" not in page and "<link" not in page
    assert page.index("1 May 2022") < page.index("7 May 2022")


def test_day_precise_event_dates_date_their_evidence_sentence() -> None:
    from dateline.model import Event, Span

    text = "Troops entered the old town. Residents fled north."
    ev = Event("Battles", "Armed clash", Span(0, 28, text[:28]), date="2022-06-03", time_precision=1)
    vague = Event("Battles", "Armed clash", Span(29, 51, text[29:]), date="2022-06-01", time_precision=3)
    ext = Extraction(doc=Document(id="e", text=text), events=[ev, vague])
    assert [(d.day, d.text) for d in dated_sentences(ext)] == [("2022-06-03", "Troops entered the old town.")]


def test_timeline_from_a_real_store_and_its_outputs(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from dateline.store import open_store

    with open_store(f"sqlite:///{tmp_path}/t.db") as store:
        for ext in _extractions():
            store.add_extraction(ext)
        tl = build_timeline(store, query="Tel Hamra", max_dates=2, sentences_per_date=1)
    assert [e.date for e in tl] == ["2022-05-01", "2022-05-07"]
    buf = io.StringIO()
    write_timeline(tl, "json", buf)
    assert [d["date"] for d in json.loads(buf.getvalue())] == ["2022-05-01", "2022-05-07"]
