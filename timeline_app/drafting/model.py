"""The records drafting works on and the draft it returns (plain, frozen, no storage or Qt)."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from timeline_app.domain.dates import DateSpan


@dataclass(frozen=True, slots=True)
class ArticleInfo:
    """The columns of an article that drafting needs."""

    id: int
    title: str
    published: _dt.date | None
    outlet: str | None
    language: str | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    """One place an article names a date, with the date that this mention itself means.

    ``event_matches`` is true when the mention's event is dated to that same date, so the event
    can stand for the draft entry; a mention that sits in an event of another date (a coarser
    event it was merged into) still counts as support for its own date.
    """

    article_id: int
    event_id: int
    span: DateSpan
    sentence: str
    sentence_start: int
    event_title: str
    event_matches: bool
    is_caption: bool = False
    timex_start: int = 0
    timex_end: int = 0

    @property
    def timex(self) -> tuple[int, int]:
        """Where the date expression lies in ``sentence`` (offsets into it)."""
        return self.timex_start, self.timex_end


@dataclass(frozen=True, slots=True)
class DateSignals:
    """What was measured about one candidate date (each article counts once)."""

    articles: int
    outlets: int
    later_articles: int
    publication_days: int
    published_that_day: int
    relevant_articles: int = 0
    planned_articles: int = 0


@dataclass(frozen=True, slots=True)
class DraftSource:
    """An article supporting a draft entry, with its sentence about the date."""

    article_id: int
    title: str
    sentence: str
    outlet: str | None
    published: _dt.date | None


@dataclass(frozen=True, slots=True)
class DraftEntry:
    """One proposed moment: its date, an extractive headline and summary, sources and why it was chosen.

    ``event_id`` is the archive event that stands for the entry on a timeline; ``event_ids`` are all
    events whose mentions support it (near-duplicates across articles make one entry).
    """

    span: DateSpan
    headline: str
    summary: str
    sources: tuple[DraftSource, ...]
    score: float
    reason: str
    signals: DateSignals
    event_id: int
    event_ids: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Draft:
    """A ranked draft: at most ``size`` entries in date order."""

    entries: tuple[DraftEntry, ...]
    size: int
    candidates: int
    articles: int
    mentions: int
    date_from: _dt.date | None = None
    date_to: _dt.date | None = None
