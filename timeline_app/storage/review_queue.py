"""The review queue's queries: filtered, sorted event ids and the brief rows a table shows.

Filtering and sorting happen in SQL so a queue of 100,000 events costs one id list; rows are
read a page at a time (:func:`queue_rows`) with their source count and article titles.
"""

from __future__ import annotations

import datetime as _dt
import enum
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from timeline_app.domain.dates import DateSpan, Precision, Qualifier
from timeline_app.domain.models import EventStatus
from timeline_app.storage.dialects import Dialect, dialect_of
from timeline_app.storage.tables import ArticleRow, EventRow, EventSourceRow


class QueueSort(enum.Enum):
    """What the queue is ordered by."""

    DATE = "date"
    HEADLINE = "headline"
    ARTICLE = "article"
    SOURCES = "sources"
    CONFIDENCE = "confidence"
    STATUS = "status"
    CONFLICT = "conflict"


@dataclass(frozen=True, slots=True)
class QueueFilter:
    """Which events the queue shows, and in what order."""

    status: EventStatus | None = EventStatus.SUGGESTED
    start: _dt.datetime | None = None
    end: _dt.datetime | None = None
    article_id: int | None = None
    min_confidence: float = 0.0
    text: str = ""
    sort: QueueSort = QueueSort.DATE
    descending: bool = False


@dataclass(frozen=True, slots=True)
class QueueRow:
    """One event as the review table shows it."""

    id: int
    title: str
    description: str
    span: DateSpan
    status: EventStatus
    confidence: float
    conflict: bool
    edited: bool
    source_count: int
    article_ids: tuple[int, ...]
    article_titles: tuple[str, ...]
    language: str | None
    sentence: str
    version: int = 0


def _source_count() -> Any:
    return (
        select(func.count(col(EventSourceRow.id)))
        .where(EventSourceRow.event_id == EventRow.id)
        .correlate(EventRow)
        .scalar_subquery()
    )


def _first_article_title() -> Any:
    return (
        select(func.min(func.lower(col(ArticleRow.title))))
        .join(EventSourceRow, col(EventSourceRow.article_id) == col(ArticleRow.id))
        .where(EventSourceRow.event_id == EventRow.id)
        .correlate(EventRow)
        .scalar_subquery()
    )


def _filtered(statement: Any, query: QueueFilter, *, with_status: bool = True, dialect: Dialect | None = None) -> Any:
    if with_status and query.status is not None:
        statement = statement.where(EventRow.status == query.status.value)
    if query.start is not None:
        statement = statement.where(col(EventRow.span_end) > query.start)
    if query.end is not None:
        statement = statement.where(col(EventRow.span_start) < query.end)
    if query.start is not None and query.end is not None and query.start <= query.end and dialect is not None:
        indexed = dialect.period_index(EventRow.__table__, query.start, query.end)  # type: ignore[attr-defined]
        if indexed is not None:
            statement = statement.where(indexed)
    if query.article_id is not None:
        statement = statement.where(
            select(EventSourceRow.id)
            .where(EventSourceRow.event_id == EventRow.id, EventSourceRow.article_id == query.article_id)
            .exists()
        )
    if query.min_confidence > 0:
        statement = statement.where(col(EventRow.confidence) >= query.min_confidence)
    if query.text.strip():
        statement = statement.where(col(EventRow.title).icontains(query.text.strip()))
    return statement


def _order(query: QueueFilter) -> list[Any]:
    def direction(expression: Any) -> Any:
        return expression.desc() if query.descending else expression.asc()

    if query.sort is QueueSort.HEADLINE:
        keys = [direction(func.lower(col(EventRow.title)))]
    elif query.sort is QueueSort.ARTICLE:
        keys = [direction(_first_article_title())]
    elif query.sort is QueueSort.SOURCES:
        keys = [direction(_source_count())]
    elif query.sort is QueueSort.CONFIDENCE:
        keys = [direction(col(EventRow.confidence))]
    elif query.sort is QueueSort.STATUS:
        keys = [direction(col(EventRow.status))]
    elif query.sort is QueueSort.CONFLICT:
        keys = [direction(col(EventRow.conflict))]
    else:
        keys = []
    # Ties (and the date sort itself) go by date, unresolved dates last, then id.
    return [*keys, col(EventRow.span_start).is_(None), direction(col(EventRow.span_start)), direction(col(EventRow.id))]


def queue_ids(session: Session, query: QueueFilter) -> list[int]:
    """The ids of the events ``query`` selects, in its order."""
    statement = _filtered(select(EventRow.id), query, dialect=dialect_of(session)).order_by(*_order(query))
    return [int(i) for i in session.exec(statement) if i is not None]


def queue_counts(session: Session, query: QueueFilter) -> dict[EventStatus, int]:
    """How many events of each status match ``query`` apart from its status filter."""
    statement = _filtered(select(EventRow.status, func.count()), query, with_status=False,
                          dialect=dialect_of(session)).group_by(
        col(EventRow.status)
    )
    counts = dict.fromkeys(EventStatus, 0)
    for status, count in session.exec(statement):
        counts[EventStatus(status)] = int(count)
    return counts


def queue_rows(session: Session, event_ids: Sequence[int]) -> list[QueueRow]:
    """Brief rows for ``event_ids`` (unknown ids skipped), in the order given."""
    ids = list(event_ids)
    if not ids:
        return []
    rows = {row.id: row for row in session.exec(select(EventRow).where(col(EventRow.id).in_(ids)))}
    counts: dict[int, int] = defaultdict(int)
    articles: dict[int, dict[int, tuple[str, str | None]]] = defaultdict(dict)
    sentences: dict[int, str] = {}
    statement = (
        sa_select(
            col(EventSourceRow.event_id),
            col(ArticleRow.id),
            col(ArticleRow.title),
            col(ArticleRow.language),
            col(EventSourceRow.sentence),
        )
        .join(ArticleRow, col(ArticleRow.id) == col(EventSourceRow.article_id))
        .where(col(EventSourceRow.event_id).in_(ids))
        .order_by(col(EventSourceRow.event_id), col(EventSourceRow.id))
    )
    for event_id, article_id, title, language, sentence in session.execute(statement):
        counts[event_id] += 1
        articles[event_id].setdefault(article_id, (title, language))
        sentences.setdefault(event_id, sentence)
    result = []
    for event_id in ids:
        row = rows.get(event_id)
        if row is None:
            continue
        seen = articles[event_id]
        first_language = next(iter(seen.values()))[1] if seen else None
        result.append(
            QueueRow(
                id=event_id,
                title=row.title,
                description=row.description,
                span=DateSpan(
                    row.span_start,
                    row.span_end,
                    Precision(row.precision),
                    row.value,
                    row.approximate,
                    Qualifier(row.qualifier) if row.qualifier else None,
                ),
                status=EventStatus(row.status),
                confidence=row.confidence,
                conflict=row.conflict,
                edited=row.edited,
                source_count=counts[event_id],
                article_ids=tuple(seen),
                article_titles=tuple(title for title, _ in seen.values()),
                language=first_language,
                sentence=sentences.get(event_id, ""),
                version=row.version,
            )
        )
    return result


class ReviewQueueStore:
    """The review queue's queries within one transaction."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def ids(self, query: QueueFilter) -> list[int]:
        """The ids of the events ``query`` selects, in its order."""
        return queue_ids(self.session, query)

    def counts(self, query: QueueFilter) -> dict[EventStatus, int]:
        """How many events of each status match ``query`` apart from its status filter."""
        return queue_counts(self.session, query)

    def rows(self, event_ids: Sequence[int]) -> list[QueueRow]:
        """Brief rows for ``event_ids`` (unknown ids skipped), in the order given."""
        return queue_rows(self.session, event_ids)
