"""After linking: territorial sub-types by actor, date sanity, merging and salience."""
from __future__ import annotations

from datetime import date, timedelta
from typing import Any, Optional

from dateline.extract.events.detect import Candidate
from dateline.extract.events.taxonomy import VIOLENT_TYPES, event_type_of
from dateline.model import ActorMention, Event, Span

TERRITORY = {"Government regains territory", "Non-state actor overtakes territory"}
# Actor kinds that never take territory (a role error elsewhere must not make them gainers).
_CANNOT_HOLD_GROUND = {"civilians", "protesters", "rioters"}
# Events dated further back than this before the report are background.
BACKGROUND_DAYS = 30


def adjust_territory(event: Event, roles: Optional[Any], sentence_actors: list[ActorMention],
                     trigger_start: int) -> None:
    """ACLED splits a change of control by who gains it: state forces or not.

    The gainer is the event's actor1; failing that ("the army claimed to have
    taken ..."), the last armed actor named before the trigger in the sentence.
    """
    if event.sub_event_type not in TERRITORY:
        return
    gainer = getattr(roles, "actor1", None) if roles is not None else None
    if gainer is None:
        before = [a for a in sentence_actors if a.end <= trigger_start and a.kind != "civilians"]
        gainer = before[-1] if before else None
    kind = getattr(gainer, "kind", None)
    if kind == "state":
        event.sub_event_type = "Government regains territory"
    elif kind is not None and kind not in _CANNOT_HOLD_GROUND:
        # Whoever takes ground and is not the state is a non-state actor, named
        # group or not ("Fighters of the Euphrates Liberation Front took control").
        event.sub_event_type = "Non-state actor overtakes territory"
    event.event_type = event_type_of(event.sub_event_type)


def _parse(d: Optional[str]) -> Optional[date]:
    if not d or len(d) < 10:
        return None
    try:
        return date.fromisoformat(d[:10])
    except ValueError:
        return None


def is_off_date(event: Event, reference: Optional[str], background: bool) -> bool:
    """True for an event dated long before (or after) the report, or undated history."""
    ref, when = _parse(reference), _parse(event.date)
    if ref is None or when is None:
        return background
    if when > ref + timedelta(days=1):
        return True  # a plan or a forecast, not an event yet
    end = _parse(event.date_end) or when
    if end < ref - timedelta(days=BACKGROUND_DAYS):
        return True
    # History ("since 2016", "in March 2020 ...") is kept only when its own
    # sentence dates it to a recent day (a day named in an earlier sentence
    # does not date "strikes over the last several weeks").
    ev, de = event.evidence, event.date_evidence
    dated_here = de is not None and ev.start <= de.start and de.end <= ev.end
    return background and not (event.time_precision == 1 and dated_here)


# What the headline names is the story's main event.
HEADLINE_BONUS = 0.5


def salience_of(event: Event, cand: Candidate, n_sentences: int,
                headline_types: frozenset[str] = frozenset()) -> float:
    """How much an analyst would care: lead position, headline, violence, toll, confidence."""
    s = 2.0 if cand.whole_text else 0.0
    s += HEADLINE_BONUS if event.sub_event_type in headline_types else 0.0
    s += 1.0 / (1 + cand.sentence_index)  # the lead tells the news
    ev = event.evidence
    own_place = event.location_evidence is not None and ev.start <= event.location_evidence.start < ev.end
    s += 0.2 if own_place else 0.0  # placed by its own words, not inherited
    s += 0.4 if event.event_type in VIOLENT_TYPES else 0.0
    s += 0.3 if event.sub_event_type in TERRITORY else 0.0  # a change of control is the news
    s += 0.3 if event.fatalities else 0.0
    s += 0.3 * event.type_score
    s += 0.1 if event.location is not None else 0.0
    # A report dated in the text is the news; an undated one is often colour.
    s += 0.2 if event.date_evidence is not None else -0.2
    s -= 0.6 if cand.background else 0.0
    s -= 0.3 if cand.hedged else 0.0  # a claim is weaker news than a report
    return s


def _close_dates(a: Event, b: Event) -> bool:
    """Same day, or one of them undated in the text and within three days of the other."""
    if a.date == b.date:
        return True
    if a.date_evidence is not None and b.date_evidence is not None:
        return False
    da, db = _parse(a.date), _parse(b.date)
    return da is not None and db is not None and abs((da - db).days) <= 3


def _same(a: Event, b: Event) -> bool:
    if a.sub_event_type != b.sub_event_type or not _close_dates(a, b):
        return False
    if a.actor1 and b.actor1 and a.actor1 != b.actor1 and "Unidentified" not in a.actor1 + b.actor1:
        return False  # another side's attack on the same day ("IS also attacked the airbase")
    if a.actor2 and b.actor2 and a.actor2 != b.actor2 and \
            (a.actor2.startswith("Civilians") or b.actor2.startswith("Civilians")):
        return False  # strikes on fighters' positions and a strike that killed civilians: two events
    if a.location is None or b.location is None or (a.date_evidence is None) != (b.date_evidence is None):
        # An undated summary ("jets are striking the north") and the dated report
        # of the same kind of event are one event.
        return True
    return (a.location.name == b.location.name) or (
        a.location.lat is not None and b.location.lat is not None
        and abs(a.location.lat - b.location.lat) < 0.1 and abs((a.location.lon or 0) - (b.location.lon or 0)) < 0.1)


def _absorb_summaries(events: list[Event]) -> list[Event]:
    """An undated summary ("the army advances into the city") takes the place of the
    first dated report of the same kind of event that follows it in the text: the
    summary's rank, the report's fields."""
    out = list(events)
    for i, summary in enumerate(out):
        if summary.date_evidence is not None:
            continue
        reports = [e for e in out if e is not summary and e.date_evidence is not None and _same(summary, e)]
        if not reports:
            continue
        report = min(reports, key=lambda e: e.evidence.start)
        report.salience = max(report.salience, summary.salience)
        # The summary may name who was struck where the report does not
        # ("jets are targeting opposition fighters" / "planes conducted strikes").
        _actors_from(report, summary)
        _place_from(report, summary)
        out.remove(report)
        out[out.index(summary)] = report
    return out


def _own(span: Optional[Span], event: Event) -> bool:
    return span is not None and event.evidence.start <= span.start and span.end <= event.evidence.end


def _actors_from(kept: Event, other: Event) -> None:
    """The other report's actors where the kept one names none; a name travels with
    its own mention, never a mention with another name."""
    if kept.actor1 is None:
        kept.actor1, kept.actor1_mention = other.actor1, other.actor1_mention
    if kept.actor2 is None and other.actor2 != kept.actor1:
        kept.actor2, kept.actor2_mention = other.actor2, other.actor2_mention


def _place_from(kept: Event, other: Event) -> None:
    """The other report's place when the kept one has none, or only one guessed from the
    rest of the text while the other's own sentence names a place as precise."""
    if other.location is None:
        return
    if kept.location is None or (not _own(kept.location_evidence, kept) and _own(other.location_evidence, other)
                                 and other.geo_precision <= kept.geo_precision):
        kept.location, kept.geo_precision = other.location, other.geo_precision
        kept.location_evidence = other.location_evidence


def _specificity(e: Event) -> int:
    """How much of an event its own sentence tells: its day, its place, its toll."""
    return (2 * _own(e.date_evidence, e) + _own(e.location_evidence, e)
            + (e.fatalities is not None) + (e.actor1_mention is not None))


def merge_duplicates(events: list[Event]) -> list[Event]:
    """One event per (sub-type, day, place); the first (most salient) report keeps the fields."""
    events = _absorb_summaries(events)
    kept: list[Event] = []
    for e in events:
        twin = next((k for k in kept if _same(k, e)), None)
        if twin is None:
            kept.append(e)
            continue
        if _specificity(e) > _specificity(twin):
            # The report that dates and places the event in its own words gives
            # the fields; the more salient one keeps the rank.
            e.salience = max(e.salience, twin.salience)
            kept[kept.index(twin)] = e
            twin, e = e, twin
        _actors_from(twin, e)
        if twin.fatalities is None:
            twin.fatalities = e.fatalities
        twin.figures += [f for f in e.figures if f not in twin.figures]
        _place_from(twin, e)
    return kept
