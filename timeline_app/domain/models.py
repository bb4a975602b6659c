"""Plain, immutable domain records handed from the archive to services and views.

ORM rows never leave the storage layer; repositories convert them into these frozen
dataclasses so that they can cross threads and outlive a database session.
"""

from __future__ import annotations

import datetime as _dt
import enum
from collections.abc import Iterable
from dataclasses import dataclass, field

from timeline_app.domain.dates import DateSpan


class EventStatus(enum.Enum):
    """Where an event stands in the editor's review."""

    SUGGESTED = "suggested"
    ACCEPTED = "accepted"
    REJECTED = "rejected"


class EventOrigin(enum.Enum):
    """Who made an event: the extractor, an editor, or an imported timeline file."""

    EXTRACTED = "extracted"
    EDITOR = "editor"
    IMPORTED = "imported"


class EditorialStatus(enum.Enum):
    """The fact-check state of an entry on a timeline."""

    DRAFT = "draft"
    VERIFIED = "verified"
    NEEDS_CHECK = "needs_check"


@dataclass(frozen=True, slots=True)
class Article:
    """An article in the archive."""

    id: int
    title: str
    text: str
    source_name: str | None
    author: str | None
    published: _dt.date | None
    url: str | None
    language: str | None
    format: str
    source_path: str | None
    content_hash: str
    imported_at: _dt.datetime
    word_count: int
    html: str | None = None
    version: int = field(default=0, compare=False)
    """The row's version when it was read (0: not read from the archive); an edit of an older version is refused."""


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    """The columns of an article that lists and tables show."""

    id: int
    title: str
    source_name: str | None
    published: _dt.date | None
    language: str | None
    format: str
    word_count: int
    event_count: int
    imported_at: _dt.datetime


@dataclass(frozen=True, slots=True)
class EventSource:
    """Where an event was found: an article, a character span and its sentence."""

    article_id: int
    char_start: int
    char_end: int
    sentence: str
    sentence_start: int
    sentence_end: int
    timex_text: str
    id: int | None = None
    is_caption: bool = False


@dataclass(frozen=True, slots=True)
class Event:
    """A dated happening with the places it was reported."""

    id: int
    title: str
    description: str
    span: DateSpan
    status: EventStatus
    origin: EventOrigin
    confidence: float
    edited: bool
    conflict: bool
    people: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    sources: tuple[EventSource, ...] = ()
    version: int = field(default=0, compare=False)
    """The row's version when it was read (0: not read from the archive); an edit of an older version is refused."""


@dataclass(frozen=True, slots=True)
class Lane:
    """A horizontal band of a timeline ("Diplomacy", "Front line")."""

    id: int
    timeline_id: int
    name: str
    position: int
    colour: str | None = None
    collapsed: bool = False
    version: int = field(default=0, compare=False)
    """The row's version when it was read (0: not read from the archive); an edit of an older version is refused."""


@dataclass(frozen=True, slots=True)
class Era:
    """A named background period of a timeline."""

    id: int
    timeline_id: int
    name: str
    start: _dt.datetime
    end: _dt.datetime
    colour: str | None = None
    version: int = field(default=0, compare=False)
    """The row's version when it was read (0: not read from the archive); an edit of an older version is refused."""


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """An event placed on a timeline, with the editor's annotations.

    ``drafted`` marks an entry that a draft proposed and no editor has touched since.
    """

    id: int
    timeline_id: int
    event_id: int
    lane_id: int | None
    colour: str | None
    importance: int
    editorial_status: EditorialStatus
    public_note: str
    internal_note: str
    title_override: str | None
    tags: tuple[str, ...] = ()
    drafted: bool = False
    version: int = field(default=0, compare=False)
    """The row's version when it was read (0: not read from the archive); an edit of an older version is refused."""


@dataclass(frozen=True, slots=True)
class Timeline:
    """A named timeline with its lanes and eras (entries are loaded separately)."""

    id: int
    name: str
    description: str
    created_at: _dt.datetime
    updated_at: _dt.datetime
    lanes: tuple[Lane, ...] = ()
    eras: tuple[Era, ...] = ()
    entry_count: int = 0
    language: str | None = None
    """The publication language of its exports (nl/en/fr/de); None: the language most of its sources are in."""
    version: int = field(default=0, compare=False)
    """The row's version when it was read (0: not read from the archive); an edit of an older version is refused."""


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One article matching a search, with a snippet whose matches are marked.

    ``highlights`` are ``(start, end)`` offsets into ``snippet``.
    """

    article_id: int
    title: str
    snippet: str
    highlights: tuple[tuple[int, int], ...]
    score: float
    published: _dt.date | None
    language: str | None
    source_name: str | None
    variant_matches: tuple[str, ...] = ()
    """The other spellings of a typed name that this hit matched ("Riyadh" for "Riyad"), when
    it matched none of the typed words themselves."""


@dataclass(frozen=True, slots=True)
class SearchFilters:
    """Restrictions applied to an archive search."""

    language: str | None = None
    source_name: str | None = None
    published_from: _dt.date | None = None
    published_to: _dt.date | None = None


def _merged(a_flag: bool, a_ids: frozenset[int], b_flag: bool, b_ids: frozenset[int]) -> frozenset[int]:
    """Ids of one kind after ``|``: a flag without ids means "which ones is unknown", and stays so."""
    if (a_flag and not a_ids) or (b_flag and not b_ids):
        return frozenset()
    return a_ids | b_ids


@dataclass(frozen=True, slots=True)
class Changes:
    """What a service call or an op changed, fine enough for each view to refresh only that.

    A kind flag (``articles``, ``events``, ``timelines``) says something of that kind changed;
    its id set names which, or is empty when that is not known (an import: refresh them all).
    ``entry_ids``, ``lane_ids`` and ``era_ids`` detail ``timeline_ids``; ``article_ids`` are the
    articles whose row or whose events changed.
    """

    articles: bool = False
    events: bool = False
    timelines: bool = False
    article_ids: frozenset[int] = field(default_factory=frozenset)
    event_ids: frozenset[int] = field(default_factory=frozenset)
    timeline_ids: frozenset[int] = field(default_factory=frozenset)
    entry_ids: frozenset[int] = field(default_factory=frozenset)
    lane_ids: frozenset[int] = field(default_factory=frozenset)
    era_ids: frozenset[int] = field(default_factory=frozenset)

    @classmethod
    def of_timeline(
        cls, timeline_id: int, *, entries: Iterable[int] = (), lanes: Iterable[int] = (), eras: Iterable[int] = ()
    ) -> Changes:
        """A change to one timeline: its row, or the entries, lanes and eras named."""
        return cls(timelines=True, timeline_ids=frozenset({timeline_id}), entry_ids=frozenset(entries),
                   lane_ids=frozenset(lanes), era_ids=frozenset(eras))

    @property
    def empty(self) -> bool:
        """True when nothing changed."""
        return not (self.articles or self.events or self.timelines)

    def touches_timeline(self, timeline_id: int) -> bool:
        """Whether timeline ``timeline_id`` (or an unknown set of timelines) changed."""
        return self.timelines and (not self.timeline_ids or timeline_id in self.timeline_ids)

    def touches_events(self, event_ids: Iterable[int]) -> bool:
        """Whether any of ``event_ids`` (or an unknown set of events) changed."""
        return self.events and (not self.event_ids or not self.event_ids.isdisjoint(event_ids))

    def touches_article(self, article_id: int) -> bool:
        """Whether article ``article_id``'s row or events (or unknown articles or events) changed."""
        if article_id in self.article_ids:
            return True
        return (self.articles and not self.article_ids) or (self.events and not self.event_ids and not self.article_ids)

    def __or__(self, other: Changes) -> Changes:
        timelines = self.timelines or other.timelines
        unknown_timelines = (self.timelines and not self.timeline_ids) or (other.timelines and not other.timeline_ids)
        return Changes(
            articles=self.articles or other.articles,
            events=self.events or other.events,
            timelines=timelines,
            article_ids=_merged(self.articles, self.article_ids, other.articles, other.article_ids),
            event_ids=_merged(self.events, self.event_ids, other.events, other.event_ids),
            timeline_ids=frozenset() if unknown_timelines else self.timeline_ids | other.timeline_ids,
            entry_ids=self.entry_ids | other.entry_ids,
            lane_ids=self.lane_ids | other.lane_ids,
            era_ids=self.era_ids | other.era_ids,
        )
