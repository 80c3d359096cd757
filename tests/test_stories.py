"""Story grouping: hand-made multi-report cases and the Aleppo samples."""
from __future__ import annotations

from pathlib import Path
from typing import Iterable, Optional

import pytest

from dateline.fuse.stories import document_dates, group_stories, time_closeness, update_stories
from dateline.model import Document, Extraction, PublishedEstimate, Story, Timex
from dateline.paths import shared_dir

# Our own short reports: a dam collapse (three reports over four days), a teachers'
# strike in the same days elsewhere, and an earlier flood in the same town.
REPORTS = {
    "flood-a": ("2023-03-04", "Dam burst floods Marzak",
                "Heavy rain overnight caused the old earth dam above Marzak to burst on Friday, sending a wall "
                "of water through the lower town. Local officials said at least 14 people drowned and dozens of "
                "homes were swept away. Rescue teams from the provincial capital used boats to reach families "
                "stranded on rooftops."),
    "flood-b": ("2023-03-05", "Death toll rises after Marzak dam collapse",
                "The number of people killed when floodwater poured through Marzak rose to 23 on Saturday, the "
                "civil defence said, as divers searched the flooded market for the missing. Survivors described "
                "hearing the dam give way before dawn. The health ministry sent tents and drinking water to the "
                "riverside districts."),
    "flood-c": ("2023-03-07", "Marzak residents return to mud-filled homes",
                "Residents of Marzak began shovelling thick mud out of their houses on Monday as the flood "
                "receded. Aid agencies warned of cholera because the water network was damaged when the dam "
                "failed. Engineers blamed years of neglect of the reservoir walls for the disaster that killed "
                "23 people."),
    "strike-a": ("2023-03-04", "Teachers march in Lirana over unpaid wages",
                 "Thousands of teachers marched through central Lirana on Saturday demanding four months of "
                 "unpaid salaries. The union said schools across the country would stay shut until the finance "
                 "ministry pays. Police blocked the road to parliament but the protest ended peacefully."),
    "strike-b": ("2023-03-06", "Lirana teachers' strike enters third day",
                 "Schools remained closed for a third day as striking teachers rallied again outside the "
                 "education ministry in Lirana. The prime minister offered to pay one month of the arrears, "
                 "which union leaders rejected as an insult. Parents' groups voiced support for the teachers' "
                 "wage demands."),
    "flood-2019": ("2019-04-11", "Flash flood hits Marzak",
                   "A flash flood tore through Marzak on Thursday after days of torrential rain, killing six "
                   "people and destroying the bridge over the river. The governor said the dam above the town "
                   "had held but its spillway overflowed. Families sheltered in the town's mosque and school "
                   "overnight."),
}


def _ext(doc_id: str, dated: bool = True) -> Extraction:
    day, title, text = REPORTS[doc_id]
    return Extraction(doc=Document(id=doc_id, text=text, title=title, published=day if dated else None))


def _groups(stories: Iterable[Story]) -> set[frozenset[str]]:
    return {frozenset(s.documents) for s in stories}


def test_same_episode_groups_and_other_topics_and_years_split() -> None:
    stories = group_stories([_ext(k) for k in REPORTS])
    assert _groups(stories) == {frozenset({"flood-a", "flood-b", "flood-c"}),
                                frozenset({"strike-a", "strike-b"}), frozenset({"flood-2019"})}
    flood = next(s for s in stories if "flood-a" in s.documents)
    assert (flood.start, flood.end) == ("2023-03-04", "2023-03-07")
    assert "Marzak" in flood.title
    assert len({s.story_id for s in stories}) == 3


def test_time_closeness_decays_with_the_gap() -> None:
    from dateline.fuse.stories import DocProfile
    import numpy as np
    from collections import Counter

    def prof(day: int) -> DocProfile:
        return DocProfile("x", "", np.zeros(2), Counter(), day, day)

    base = 738000
    assert time_closeness(prof(base + 3), base, base) == 1.0
    assert 0.4 < time_closeness(prof(base + 30), base, base) < 0.8
    assert time_closeness(prof(base + 365 * 8), base, base) < 1e-6
    assert time_closeness(DocProfile("u", "", np.zeros(2), Counter(), None, None), base, base) == 0.5


def test_undated_document_takes_the_latest_absolute_date_it_mentions() -> None:
    text = "Talks began on 2 March 2023. The ceasefire held until 9 March 2023."
    ext = Extraction(doc=Document(id="u", text=text), timexes=[
        Timex(15, 27, "2 March 2023", "DATE", "2023-03-02"), Timex(54, 66, "9 March 2023", "DATE", "2023-03-09")],
        published_estimate=PublishedEstimate("2023", "2023-01-01", "2023-12-31", "mentions"))
    low, high = document_dates(ext)
    assert low == high and low is not None
    from datetime import date
    assert date.fromordinal(low).isoformat() == "2023-03-09"


class _MemoryStore:
    """Just the store methods story grouping uses."""

    def __init__(self, exts: list[Extraction]) -> None:
        self.exts = {e.doc.id: e for e in exts}
        self.saved: dict[str, Story] = {}

    def stories(self) -> list[Story]:
        return list(self.saved.values())

    def get_extraction(self, doc_id: str) -> Optional[Extraction]:
        return self.exts.get(doc_id)

    def save_stories(self, stories: Iterable[Story], replace: bool = True) -> None:
        if replace:
            self.saved = {}
        self.saved.update({s.story_id: s for s in stories})


def test_update_stories_adds_new_reports_incrementally() -> None:
    store = _MemoryStore([_ext(k) for k in REPORTS])
    update_stories(store, ["flood-a", "strike-a"])
    first = {s.story_id: set(s.documents) for s in store.stories()}
    assert sorted(map(sorted, first.values())) == [["flood-a"], ["strike-a"]]
    update_stories(store, ["flood-b", "strike-b", "flood-2019", "flood-c", "flood-a"])
    after = {s.story_id: set(s.documents) for s in store.stories()}
    flood_id = next(i for i, d in first.items() if "flood-a" in d)
    assert after[flood_id] == {"flood-a", "flood-b", "flood-c"}  # same story, same id
    assert _groups(store.stories()) == _groups(group_stories([_ext(k) for k in REPORTS]))


ALEPPO_DATES = {"000": "2024-11-30", "001": "2024-12-01", "002": "2016-02-04",
                "003": "2016-10-28", "004": "2016-11-27"}


def _aleppo_texts() -> dict[str, str]:
    shared = shared_dir()
    folder = shared / "samples" / "aleppo" if shared else None
    if folder is None or not folder.is_dir():
        pytest.skip("../shared/samples/aleppo not available")
    return {p.name[:3]: p.read_text(encoding="utf-8") for p in sorted(Path(folder).glob("*.txt"))}


def _check_aleppo(stories: list[Story]) -> None:
    of = {d: s.story_id for s in stories for d in s.documents}
    assert of["000"] == of["001"]
    for old in ("002", "003", "004"):
        assert of[old] != of["000"]
    assert of["003"] == of["004"]


def test_aleppo_with_publication_dates() -> None:
    texts = _aleppo_texts()
    exts = [Extraction(doc=Document(id=k, text=t, published=ALEPPO_DATES[k])) for k, t in texts.items()]
    stories = group_stories(exts)
    _check_aleppo(stories)
    of = {d: s.story_id for s in stories for d in s.documents}
    assert of["002"] != of["003"]  # eight months before the autumn 2016 offensive


def test_aleppo_without_publication_dates() -> None:
    from dateline.extract.time import estimate_published, tag_times
    from dateline.nlp import get_nlp

    texts = _aleppo_texts()
    nlp = get_nlp()
    exts = []
    for k, text in texts.items():
        sdoc = nlp(text)
        est = estimate_published(text, sdoc)
        ext = Extraction(doc=Document(id=k, text=text), published_estimate=est)
        ext.timexes = tag_times(text, ext.reference_date, sdoc)
        exts.append(ext)
    if all(e.published_estimate is None for e in exts):
        pytest.skip("the time stage's publication-date estimator is not available yet")
    stories = group_stories(exts)
    _check_aleppo(stories)
    # 004's estimate spans 2015-2016; it must join the autumn offensive it reads like,
    # not bridge it with the February report.
    of = {d: s.story_id for s in stories for d in s.documents}
    assert of["002"] != of["003"]


@pytest.mark.parametrize("text, title", [
    ("BEIRUT (Reuters) - Rebels seized a hill town near the border on Friday, activists said.",
     "Rebels seized a hill town near the border on Friday, activists said."),
    ("KAMPALA | Mon Apr 27, 2009 3:10 am BST KAMPALA (Reuters) - Schools shut across the capital as the flu spread.",
     "Schools shut across the capital as the flu spread."),
    ("Pro-government forces took the town of Harim on Friday.", "Pro-government forces took the town of Harim on Friday."),
    ("Dam burst floods Marzak\n\nHeavy rain overnight caused the dam to burst.", "Dam burst floods Marzak"),
])
def test_untitled_documents_get_a_headline_without_the_wire_dateline(text: str, title: str) -> None:
    stories = group_stories([Extraction(doc=Document(id="d", text=text, published="2020-01-01"))])
    assert stories[0].title == title


def test_update_rereads_only_the_latest_members_of_a_long_story(monkeypatch: pytest.MonkeyPatch) -> None:
    import dateline.fuse.stories as stories

    monkeypatch.setattr(stories, "MAX_MEMBERS_READ", 2)
    store = _MemoryStore([_ext(k) for k in REPORTS])
    update_stories(store, ["flood-a", "flood-b", "flood-c"])
    read: list[str] = []
    original = store.get_extraction

    def counting(doc_id: str) -> Optional[Extraction]:
        read.append(doc_id)
        return original(doc_id)

    store.get_extraction = counting  # type: ignore[method-assign]
    # A fourth report of the dam collapse, two days after the third.
    day, title, text = REPORTS["flood-c"]
    store.exts["flood-d"] = Extraction(doc=Document(id="flood-d", text=text.replace("Monday", "Wednesday"),
                                                    title=title, published="2023-03-09"))
    update_stories(store, ["flood-d"])
    assert "flood-a" not in read
    (story,) = store.stories()
    assert story.documents == ["flood-a", "flood-b", "flood-c", "flood-d"]
    assert (story.start, story.end) == ("2023-03-04", "2023-03-09")
