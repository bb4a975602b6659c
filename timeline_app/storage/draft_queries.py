"""Bulk, column-level reads for drafting: a scope's articles, its events and every place they are reported.

Plain column selects (no ORM objects), so the mentions of 2,000 articles load in a fraction of a
second. Rejected events are left out: an editor said they are not events.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, text
from sqlmodel import Session, col

from timeline_app.domain.dates import DateSpan, Precision, Qualifier
from timeline_app.domain.models import EventStatus
from timeline_app.storage.dialects import dialect_of
from timeline_app.storage.query import parse_query
from timeline_app.storage.tables import ArticleRow, EventRow, EventSourceRow, TimelineEntryRow

_CHUNK = 900  # stay under SQLite's bound-parameter limit


@dataclass(frozen=True, slots=True)
class ArticleColumns:
    """The columns of an article that drafting reads."""

    id: int
    title: str
    published: _dt.date | None
    source_name: str | None
    language: str | None


@dataclass(frozen=True, slots=True)
class EventColumns:
    """The columns of an event that drafting reads."""

    id: int
    title: str
    span: DateSpan
    edited: bool
    origin: str


@dataclass(frozen=True, slots=True)
class SourceColumns:
    """One place an event is reported."""

    event_id: int
    article_id: int
    sentence: str
    sentence_start: int
    char_start: int
    char_end: int
    timex_text: str
    is_caption: bool


@dataclass(frozen=True, slots=True)
class DraftRows:
    """What a draft is made from: the scope's articles, events and sources."""

    articles: tuple[ArticleColumns, ...]
    events: dict[int, EventColumns]
    sources: tuple[SourceColumns, ...]


def _chunks(ids: Sequence[int]) -> list[list[int]]:
    unique = list(dict.fromkeys(ids))
    return [unique[i : i + _CHUNK] for i in range(0, len(unique), _CHUNK)]


def _as_date(value: Any) -> _dt.date | None:
    if value is None or isinstance(value, _dt.date):
        return value
    return _dt.date.fromisoformat(str(value)[:10])


_PRECISIONS = {int(p): p for p in Precision}
_QUALIFIERS = {q.value: q for q in Qualifier}


def _span(start: Any, end: Any, precision: int, value: str, approximate: bool, qualifier: str | None) -> DateSpan:
    return DateSpan(start, end, _PRECISIONS[int(precision)], value, bool(approximate),
                    _QUALIFIERS[qualifier] if qualifier else None)


def article_columns(session: Session, article_ids: Sequence[int] | None = None) -> list[ArticleColumns]:
    """The articles with these ids (all articles when ``None``), by id."""
    columns: tuple[Any, ...] = (ArticleRow.id, ArticleRow.title, ArticleRow.published, ArticleRow.source_name,
                                ArticleRow.language)
    statements = (
        [select(*columns)]
        if article_ids is None
        else [select(*columns).where(col(ArticleRow.id).in_(chunk)) for chunk in _chunks(article_ids)]
    )
    found = [
        ArticleColumns(int(r[0]), r[1], _as_date(r[2]), r[3], r[4])
        for statement in statements
        for r in session.execute(statement)
    ]
    return sorted(found, key=lambda a: a.id)


def draft_rows(
    session: Session, *, article_ids: Sequence[int] | None = None, event_ids: Sequence[int] | None = None
) -> DraftRows:
    """Articles, events (not rejected) and sources of a scope.

    The scope is every article (both ``None``), the reports in ``article_ids``, or the events
    ``event_ids`` with all their reports.
    """
    source_columns: tuple[Any, ...] = (
        EventSourceRow.event_id, EventSourceRow.article_id, EventSourceRow.sentence, EventSourceRow.sentence_start,
        EventSourceRow.char_start, EventSourceRow.char_end, EventSourceRow.timex_text, EventSourceRow.is_caption,
    )
    base = (
        select(*source_columns)
        .join(EventRow, col(EventRow.id) == col(EventSourceRow.event_id))
        .where(col(EventRow.status) != EventStatus.REJECTED.value)
    )
    if event_ids is not None:
        statements = [base.where(col(EventSourceRow.event_id).in_(chunk)) for chunk in _chunks(event_ids)]
    elif article_ids is not None:
        statements = [base.where(col(EventSourceRow.article_id).in_(chunk)) for chunk in _chunks(article_ids)]
    else:
        statements = [base]
    sources = tuple(
        SourceColumns(int(r[0]), int(r[1]), r[2], int(r[3]), int(r[4]), int(r[5]), r[6], bool(r[7]))
        for statement in statements
        for r in session.execute(statement.order_by(col(EventSourceRow.id)))
    )
    wanted = sorted({s.event_id for s in sources})
    event_columns: tuple[Any, ...] = (
        EventRow.id, EventRow.title, EventRow.span_start, EventRow.span_end, EventRow.precision, EventRow.value,
        EventRow.approximate, EventRow.qualifier, EventRow.edited, EventRow.origin,
    )
    events: dict[int, EventColumns] = {}
    for chunk in _chunks(wanted):
        for r in session.execute(select(*event_columns).where(col(EventRow.id).in_(chunk))):
            events[int(r[0])] = EventColumns(int(r[0]), r[1], _span(r[2], r[3], r[4], r[5], r[6], r[7]), bool(r[8]), r[9])
    if article_ids is None and event_ids is None:
        articles = article_columns(session)
    else:
        scope = set(article_ids or ()) | {s.article_id for s in sources}
        articles = article_columns(session, sorted(scope))
    return DraftRows(tuple(articles), events, sources)


def matching_article_ids(session: Session, query: str, *, limit: int = 20_000) -> list[int]:
    """Ids of the articles matching a search (the syntax of the search box), best first."""
    node = parse_query(query)
    if node is None:
        return []
    connection = session.connection()
    return dialect_of(connection).ranked_article_ids(connection, node, limit=limit)


def timeline_event_ids(session: Session, timeline_id: int) -> list[int]:
    """The events on a timeline."""
    rows = session.execute(select(col(TimelineEntryRow.event_id)).where(col(TimelineEntryRow.timeline_id) == timeline_id))
    return [int(r[0]) for r in rows]


def article_count(session: Session) -> int:
    """How many articles the archive holds."""
    return int(session.execute(text("SELECT count(*) FROM article")).scalar() or 0)


class DraftQueryStore:
    """The drafting queries within one transaction (``tx.drafts``)."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def article_columns(self, article_ids: Sequence[int] | None = None) -> list[ArticleColumns]:
        """See :func:`article_columns`."""
        return article_columns(self.session, article_ids)

    def rows(self, *, article_ids: Sequence[int] | None = None, event_ids: Sequence[int] | None = None) -> DraftRows:
        """See :func:`draft_rows` (the reports in ``article_ids``, the events ``event_ids``, or everything)."""
        return draft_rows(self.session, article_ids=article_ids, event_ids=event_ids)

    def matching_article_ids(self, query: str, *, limit: int = 20_000) -> list[int]:
        """See :func:`matching_article_ids`."""
        return matching_article_ids(self.session, query, limit=limit)

    def timeline_event_ids(self, timeline_id: int) -> list[int]:
        """See :func:`timeline_event_ids`."""
        return timeline_event_ids(self.session, timeline_id)

    def article_count(self) -> int:
        """See :func:`article_count`."""
        return article_count(self.session)
