"""The publishable timeline: what leaves the app, built from archive records (pure, no Qt).

Every exporter (image, HTML, TimelineJS, CSV) reads a :class:`PublishedTimeline` and nothing
else, so what can be published is decided in one place: entries with a date on the time axis,
their display dates, approximate flags, public notes and quoted sources. Internal notes never
enter this model.
"""

from __future__ import annotations

import datetime as _dt
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from timeline_app.domain.colours import colour_or
from timeline_app.domain.dates import DateSpan, Qualifier
from timeline_app.domain.display import format_span
from timeline_app.domain.models import Article, Event, Timeline, TimelineEntry
from timeline_app.export.style import lane_colour
from timeline_app.layout import NO_LANE, CardMetrics, LayoutInput, entry_title, lane_slots, timeline_input


@dataclass(frozen=True, slots=True)
class PublishFilter:
    """Which part of a timeline to publish: a date range (inclusive days) and lane names."""

    date_from: _dt.date | None = None
    date_to: _dt.date | None = None
    lanes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PublishedSource:
    """An article cited by the timeline, numbered in order of first use."""

    number: int
    article_id: int
    title: str
    source_name: str | None
    published: _dt.date | None
    url: str | None

    @property
    def anchor(self) -> str:
        """The id of this source in an HTML page ("source-3")."""
        return f"source-{self.number}"


@dataclass(frozen=True, slots=True)
class PublishedQuote:
    """A sentence that reports an event, with the number of its source."""

    sentence: str
    source_number: int


@dataclass(frozen=True, slots=True)
class PublishedLane:
    """A lane as published: its layout key, name and colour (always set)."""

    key: int
    name: str
    colour: str


@dataclass(frozen=True, slots=True)
class PublishedEra:
    """A named background period."""

    name: str
    start: _dt.datetime
    end: _dt.datetime
    colour: str | None


@dataclass(frozen=True, slots=True)
class PublishedEntry:
    """One event as published."""

    entry_id: int
    event_id: int
    title: str
    text: str
    span: DateSpan
    display_date: str
    lane_key: int
    lane_name: str
    colour: str
    public_note: str
    quotes: tuple[PublishedQuote, ...] = ()

    @property
    def approximate(self) -> bool:
        """True when the date is approximate ("c. 2014")."""
        return self.span.approximate

    @property
    def anchor(self) -> str:
        """The id of this entry in an HTML page ("event-12")."""
        return f"event-{self.entry_id}"


@dataclass(frozen=True, slots=True)
class PublishedTimeline:
    """Everything an exporter may show, in time order."""

    title: str
    subtitle: str
    language: str
    lanes: tuple[PublishedLane, ...]
    eras: tuple[PublishedEra, ...]
    entries: tuple[PublishedEntry, ...]
    sources: tuple[PublishedSource, ...]
    _timeline: Timeline = field(repr=False, compare=False)
    _entries: tuple[TimelineEntry, ...] = field(repr=False, compare=False)
    _events: Mapping[int, Event] = field(repr=False, compare=False)

    def layout_input(self, metrics: CardMetrics) -> LayoutInput:
        """The layout input the canvas would build for these entries (same lanes, same cards)."""
        return timeline_input(
            self._timeline, self._entries, self._events, metrics, language=self.language, no_lane_name=""
        )

    def entry(self, entry_id: int) -> PublishedEntry | None:
        """The published entry with ``entry_id``."""
        for entry in self.entries:
            if entry.entry_id == entry_id:
                return entry
        return None

    @property
    def has_approximate(self) -> bool:
        """True when some entry's date is approximate (the legend then explains the mark)."""
        return any(e.approximate for e in self.entries)


def _in_range(span: DateSpan, wanted: PublishFilter) -> bool:
    if span.start is None or span.end is None:
        return False
    if wanted.date_from is not None and span.end <= _dt.datetime.combine(wanted.date_from, _dt.time()):
        return False
    after_last = _dt.datetime.combine(wanted.date_to, _dt.time()) + _dt.timedelta(days=1) if wanted.date_to else None
    return not (after_last is not None and span.start >= after_last)


def majority_language(articles: Mapping[int, Article]) -> str:
    """The language most of ``articles`` are in (English when none is known)."""
    counts = Counter(a.language for a in articles.values() if a.language)
    return counts.most_common(1)[0][0] if counts else "en"


def build_published(
    timeline: Timeline,
    entries: Sequence[TimelineEntry],
    events: Mapping[int, Event],
    articles: Mapping[int, Article],
    *,
    wanted: PublishFilter | None = None,
    title: str | None = None,
    subtitle: str | None = None,
    language: str | None = None,
) -> PublishedTimeline:
    """The publishable part of ``timeline``: resolved entries in range and in the chosen lanes.

    ``events`` carry their sources; ``articles`` are the articles those sources cite. The
    language of display dates is ``language`` or the commonest language of the cited articles.
    """
    wanted = wanted or PublishFilter()
    lang = language or majority_language(articles)
    lane_names = {name.casefold() for name in wanted.lanes}
    kept_lanes = tuple(
        lane for lane in timeline.lanes if not lane_names or lane.name.casefold() in lane_names
    )
    known = {lane.id for lane in timeline.lanes}
    kept_ids = {lane.id for lane in kept_lanes}
    chosen: list[TimelineEntry] = []
    for entry in entries:
        event = events.get(entry.event_id)
        if event is None or not _in_range(event.span, wanted):
            continue
        in_lane = entry.lane_id in known
        if lane_names and not (in_lane and entry.lane_id in kept_ids):
            continue
        chosen.append(replace(entry, internal_note=""))
    public_timeline = replace(timeline, lanes=kept_lanes)
    needs_no_lane = not kept_lanes or any(e.lane_id not in kept_ids for e in chosen)
    lanes: list[PublishedLane] = []
    if needs_no_lane:
        lanes.append(PublishedLane(NO_LANE, "", lane_colour(-1, None)))
    slots = lane_slots(timeline)  # the whole timeline's: a lane has the canvas's colour in any selection
    for lane in kept_lanes:
        lanes.append(PublishedLane(lane.id, lane.name, lane_colour(slots[lane.id], lane.colour)))
    lane_of = {lane.key: lane for lane in lanes}
    ordered = sorted(chosen, key=lambda e: _order_key(events[e.event_id], e))
    sources: dict[int, PublishedSource] = {}
    published: list[PublishedEntry] = []
    for entry in ordered:
        event = events[entry.event_id]
        home = lane_of[entry.lane_id if entry.lane_id in kept_ids else NO_LANE]
        quotes = []
        for source in event.sources:
            article = articles.get(source.article_id)
            if article is None:
                continue
            cited = sources.get(article.id)
            if cited is None:
                cited = sources[article.id] = PublishedSource(
                    len(sources) + 1, article.id, article.title, article.source_name, article.published, article.url
                )
            if source.sentence.strip():
                quotes.append(PublishedQuote(source.sentence.strip(), cited.number))
        published.append(
            PublishedEntry(
                entry_id=entry.id,
                event_id=event.id,
                title=entry_title(entry, event),
                text=event.description if event.description.strip() != event.title.strip() else "",
                span=event.span,
                display_date=format_span(event.span, lang),
                lane_key=home.key,
                lane_name=home.name,
                colour=colour_or(entry.colour, home.colour),
                public_note=entry.public_note.strip(),
                quotes=tuple(dict.fromkeys(quotes)),
            )
        )
    eras = tuple(PublishedEra(era.name, era.start, era.end, era.colour) for era in timeline.eras)
    return PublishedTimeline(
        title=title if title is not None else timeline.name,
        subtitle=subtitle if subtitle is not None else timeline.description,
        language=lang,
        lanes=tuple(lanes),
        eras=eras,
        entries=tuple(published),
        sources=tuple(sources.values()),
        _timeline=public_timeline,
        _entries=tuple(chosen),
        _events=events,
    )


def _order_key(event: Event, entry: TimelineEntry) -> tuple[_dt.datetime, _dt.datetime, int]:
    start = event.span.start or _dt.datetime.min
    return start, event.span.end or start, entry.id


def is_open_ended(span: DateSpan) -> bool:
    """True for "before"/"after"/"since"/"until" dates, drawn with an arrow."""
    return span.qualifier in (Qualifier.BEFORE, Qualifier.AFTER, Qualifier.SINCE, Qualifier.UNTIL)


def source_label(source: PublishedSource, language: str) -> str:
    """How a source is cited: "Grensbode: Title, 14 feb 2025"."""
    label = f"{source.source_name}: {source.title}" if source.source_name else source.title
    if source.published is not None:
        label += f", {format_span(DateSpan.day(source.published), language)}"
    return label


def safe_url(url: str | None) -> str | None:
    """``url`` when it is a web link (http/https), else ``None`` (no javascript: or file: links)."""
    if url and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None
