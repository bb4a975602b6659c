"""Turn a domain timeline (entries, events, lanes, eras) into layout input, measuring each card once."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from timeline_app.domain.dates import DateSpan, Qualifier
from timeline_app.domain.display import format_span
from timeline_app.domain.models import Event, Timeline, TimelineEntry
from timeline_app.layout.model import LayoutEra, LayoutEvent, LayoutLane
from timeline_app.layout.scale import to_days
from timeline_app.layout.timeline import LayoutInput

NO_LANE = 0
"""The key of the lane holding entries that have none."""


CARD_MAX_WIDTH = 270.0
"""The widest label card on the canvas (longer titles are shortened with "…")."""


@dataclass(frozen=True, slots=True)
class CardMetrics:
    """How label cards are measured: one callable per text role, padding and a maximum width.

    Measuring is the dearest part of opening a large timeline; with a quick ``detail_bound``
    (an upper bound of a date line's width) a date line clearly narrower than its title is
    not measured at all, since the title decides the card's width then.
    """

    title_width: Callable[[str], float]
    detail_width: Callable[[str], float]
    padding: float = 8.0
    max_width: float = CARD_MAX_WIDTH
    detail_bound: Callable[[str], float] | None = None

    def width(self, title: str, detail: str) -> float:
        """The card width for a title over a date line."""
        title_width = self.title_width(title)
        if self.detail_bound is not None and self.detail_bound(detail) <= title_width:
            return min(title_width + 2 * self.padding, self.max_width)
        inner = max(title_width, self.detail_width(detail))
        return min(inner + 2 * self.padding, self.max_width)


def lane_slots(timeline: Timeline) -> dict[int, int]:
    """Lane id -> its default-colour slot: the lanes in the order they were made (by id).

    Moving entries, reordering lanes or the "no lane" band coming and going never changes a
    lane's colour; only deleting an older lane does.
    """
    return {lane_id: slot for slot, lane_id in enumerate(sorted(lane.id for lane in timeline.lanes))}


def entry_title(entry: TimelineEntry, event: Event) -> str:
    """The title an entry shows: the editor's override or the event's own."""
    return entry.title_override or event.title


def timeline_input(
    timeline: Timeline,
    entries: Sequence[TimelineEntry],
    events: Mapping[int, Event],
    metrics: CardMetrics,
    *,
    language: str = "nl",
    no_lane_name: str = "—",
    keep_no_lane: bool = False,
) -> LayoutInput:
    """Layout input for ``timeline``: entries with a resolved date, in its lanes.

    Entries without a lane (or whose lane is gone) go to an extra lane keyed :data:`NO_LANE`,
    shown first; it is left out when every entry has a lane, unless ``keep_no_lane`` (the
    canvas keeps it, so lanes never jump when its last entry moves into a lane). Each lane's
    default colour follows :func:`lane_slots`, never its position.
    """
    lane_keys = [lane.id for lane in timeline.lanes]
    known = set(lane_keys)
    needs_no_lane = not lane_keys or keep_no_lane or any(e.lane_id not in known for e in entries)
    slots = lane_slots(timeline)
    lanes = [LayoutLane(NO_LANE, no_lane_name, slot=-1)] if needs_no_lane else []
    lanes += [LayoutLane(lane.id, lane.name, lane.colour, lane.collapsed, slots[lane.id]) for lane in timeline.lanes]
    index_of = {lane.key: i for i, lane in enumerate(lanes)}
    layout_events = []
    dated: dict[DateSpan, tuple[str, float, float]] = {}  # many entries share a date: format it once
    for entry in entries:
        event = events.get(entry.event_id)
        if event is None:
            continue
        span = event.span
        if span.start is None or span.end is None:
            continue
        title = entry_title(entry, event)
        known_date = dated.get(span)
        if known_date is None:
            known_date = dated[span] = (format_span(span, language), to_days(span.start), to_days(span.end))
        detail, start, end = known_date
        layout_events.append(
            LayoutEvent(
                entry_id=entry.id,
                lane=index_of.get(entry.lane_id if entry.lane_id in known else NO_LANE, 0),
                start=start,
                end=end,
                title=title,
                date_text=detail,
                label_width=metrics.width(title, detail),
                precision=span.precision,
                approximate=span.approximate,
                qualifier=span.qualifier,
                is_range=span.qualifier is Qualifier.BETWEEN,
                importance=entry.importance,
                colour=entry.colour,
            )
        )
    eras = [LayoutEra(era.id, era.name, to_days(era.start), to_days(era.end), era.colour) for era in timeline.eras]
    return LayoutInput(layout_events, lanes, eras)
