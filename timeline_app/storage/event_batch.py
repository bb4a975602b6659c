"""Bulk event writes and brief reads for import: many rows per statement, no ORM objects.

Import stores thousands of events and sources; one ORM object and flush per row costs more
than the extraction that found them. These statements insert whole lists at once (the FTS and
span-index triggers still run per row, inside SQLite) and read only the columns that matching
needs. Portable SQLAlchemy Core: the same code runs on PostgreSQL.
"""

from __future__ import annotations

import datetime as _dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, insert, select
from sqlmodel import Session, SQLModel

from timeline_app.domain.dates import DateSpan, Precision, Qualifier
from timeline_app.domain.models import EventSource, EventStatus
from timeline_app.storage import versions
from timeline_app.storage.dialects import dialect_of
from timeline_app.storage.fast_rows import FastRows, rows_for
from timeline_app.storage.tables import ArticleRow, EventRow, EventSourceRow


@dataclass(frozen=True, slots=True)
class BriefSource:
    """One source of an :class:`EventBrief`: its article, sentence and where the date is in it."""

    article_id: int
    sentence: str
    date_start: int  # offsets of the date expression in ``sentence``
    date_end: int
    language: str | None


@dataclass(frozen=True, slots=True)
class EventBrief:
    """The fields of a stored event that matching needs: span, title, status, first sources."""

    id: int
    span: DateSpan
    title: str
    status: EventStatus
    sources: tuple[BriefSource, ...]  # the first sources, in id order


@dataclass(frozen=True, slots=True)
class NewEventRow:
    """One event to insert with its sources."""

    title: str
    span: DateSpan
    confidence: float
    people: tuple[str, ...]
    places: tuple[str, ...]
    conflict: bool
    sources: tuple[EventSource, ...]


def _table(row_class: Any) -> Any:
    return SQLModel.metadata.tables[row_class.__tablename__]


def _now() -> _dt.datetime:
    return _dt.datetime.now(_dt.UTC).replace(microsecond=0)


def _span_of(row: Any) -> DateSpan:
    return DateSpan(
        start=row.span_start,
        end=row.span_end,
        precision=Precision(row.precision),
        value=row.value,
        approximate=row.approximate,
        qualifier=Qualifier(row.qualifier) if row.qualifier else None,
    )


def _source_values(event_id: int, source: EventSource) -> dict[str, Any]:
    return {
        "event_id": event_id,
        "article_id": source.article_id,
        "char_start": source.char_start,
        "char_end": source.char_end,
        "sentence": source.sentence,
        "sentence_start": source.sentence_start,
        "sentence_end": source.sentence_end,
        "timex_text": source.timex_text,
        "is_caption": source.is_caption,
    }


class EventBatchStore:
    """Bulk event operations within one transaction."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._events = _table(EventRow)
        self._sources = _table(EventSourceRow)
        self._fast: dict[str, FastRows | None] = {}

    def _rows(self, table: Any, columns: Sequence[str]) -> FastRows | None:
        """Plain driver inserts into ``table`` on SQLite (``None`` elsewhere), made on first use."""
        if table.name not in self._fast:
            self._fast[table.name] = rows_for(self.session, table, columns)
        return self._fast[table.name]

    # -- writing ------------------------------------------------------------

    def add_events(self, rows: Sequence[NewEventRow]) -> list[int]:
        """Insert suggested, extracted events with their sources; returns their ids in order."""
        if not rows:
            return []
        now = _now()
        values = [
            {
                "title": row.title,
                "description": "",
                "span_start": row.span.start,
                "span_end": row.span.end,
                "precision": int(row.span.precision),
                "value": row.span.value,
                "approximate": row.span.approximate,
                "qualifier": row.span.qualifier.value if row.span.qualifier else None,
                "status": EventStatus.SUGGESTED.value,
                "origin": "extracted",
                "confidence": row.confidence,
                "edited": False,
                "conflict": row.conflict,
                "people": "\n".join(p.replace("\n", " ") for p in row.people),
                "places": "\n".join(p.replace("\n", " ") for p in row.places),
                "created_at": now,
                "updated_at": now,
            }
            for row in rows
        ]
        fast = self._rows(self._events, ("id", *values[0]))
        if fast is not None:
            # The writer holds the write lock, so the next ids are known; one plain executemany
            # is several times cheaper than INSERT ... RETURNING row by row.
            first = int(fast.scalar("SELECT max(id) FROM event") or 0) + 1
            ids = list(range(first, first + len(values)))
            for event_id, value in zip(ids, values, strict=True):
                value["id"] = event_id
            fast.insert_many(values)
        else:
            # Other writers' transactions take ids from the same sequence, so they cannot be
            # guessed: SQLAlchemy sends the rows as multi-row INSERT ... RETURNING statements
            # and hands the ids back in the order of ``values``.
            statement = insert(self._events).returning(self._events.c.id, sort_by_parameter_order=True)
            ids = [int(r[0]) for r in self.session.connection().execute(statement, values)]
        self.add_sources([(event_id, s) for event_id, row in zip(ids, rows, strict=True) for s in row.sources])
        return ids

    def add_sources(self, pairs: Sequence[tuple[int, EventSource]]) -> None:
        """Record more places where events are reported: ``(event_id, source)`` pairs."""
        if not pairs:
            return
        values = [_source_values(e, s) for e, s in pairs]
        fast = self._rows(self._sources, tuple(values[0]))
        if fast is not None:
            fast.insert_many(values)
        else:
            self.session.connection().execute(insert(self._sources), values)

    def flag_conflicts(self, event_ids: Iterable[int]) -> None:
        """Mark events as conflicting with another report (not an editor's edit)."""
        ids = sorted(set(event_ids))
        if ids:
            versions.touch_ids(self.session, "event", ids, conflict=True, updated_at=_now())

    # -- reading ------------------------------------------------------------

    def max_id(self) -> int:
        """The highest event id there is (0 for none)."""
        connection = self.session.connection()
        if connection.dialect.name == "sqlite":  # a plain statement: this runs for every article
            return int(connection.exec_driver_sql("SELECT max(id) FROM event").scalar() or 0)
        return int(connection.execute(select(func.max(self._events.c.id))).scalar() or 0)

    def ids_of_article(self, article_id: int) -> set[int]:
        """Events that already have a source in ``article_id``."""
        statement = select(self._sources.c.event_id).where(self._sources.c.article_id == article_id).distinct()
        return {int(r[0]) for r in self.session.execute(statement)}

    def overlapping(self, start: _dt.datetime, end: _dt.datetime, *, sources_per_event: int = 3) -> list[EventBrief]:
        """Events whose span overlaps ``[start, end)``, with their first sources."""
        events = self._events
        condition = (events.c.span_start < end) & (events.c.span_end >= start)
        statement = select(events).where(condition)
        indexed = dialect_of(self.session).overlap_index(events, start, end)
        if indexed is not None:
            statement = statement.where(indexed)
        return self._briefs(list(self.session.execute(statement)), sources_per_event)

    def after(self, event_id: int, *, sources_per_event: int = 3) -> list[EventBrief]:
        """Events with an id above ``event_id`` (written since), with their first sources."""
        statement = select(self._events).where(self._events.c.id > event_id)
        return self._briefs(list(self.session.execute(statement)), sources_per_event)

    def by_ids(self, event_ids: Sequence[int], *, sources_per_event: int = 3) -> list[EventBrief]:
        """Events by id (unknown ids skipped), with their first sources."""
        if not event_ids:
            return []
        statement = select(self._events).where(self._events.c.id.in_(list(event_ids)))
        return self._briefs(list(self.session.execute(statement)), sources_per_event)

    def titles(self) -> list[tuple[int, str]]:
        """Every event's id and title."""
        return [(int(r[0]), r[1]) for r in self.session.execute(select(self._events.c.id, self._events.c.title))]

    def article_texts(self, article_ids: Sequence[int]) -> dict[int, str]:
        """The texts of some articles, by id."""
        if not article_ids:
            return {}
        articles = _table(ArticleRow)
        statement = select(articles.c.id, articles.c.text).where(articles.c.id.in_(list(article_ids)))
        return {int(r[0]): r[1] for r in self.session.execute(statement)}

    def _briefs(self, rows: list[Any], sources_per_event: int) -> list[EventBrief]:
        if not rows:
            return []
        sources: dict[int, list[BriefSource]] = defaultdict(list)
        ids = [row.id for row in rows]
        columns = self._sources.c
        articles = _table(ArticleRow)
        for chunk_start in range(0, len(ids), 500):
            chunk = ids[chunk_start : chunk_start + 500]
            rank = func.row_number().over(partition_by=columns.event_id, order_by=columns.id)
            ranked = (
                select(
                    columns.event_id, columns.article_id, columns.sentence, columns.char_start, columns.char_end,
                    columns.sentence_start, rank.label("rank"),
                )
                .where(columns.event_id.in_(chunk))
                .subquery()
            )
            picked = (
                select(ranked, articles.c.language)
                .join(articles, articles.c.id == ranked.c.article_id)
                .where(ranked.c.rank <= sources_per_event)
                .order_by(ranked.c.event_id, ranked.c.rank)
            )
            for source in self.session.execute(picked):
                start = source.char_start - source.sentence_start
                sources[source.event_id].append(
                    BriefSource(
                        int(source.article_id), source.sentence, start,
                        start + source.char_end - source.char_start, source.language,
                    )
                )
        return [
            EventBrief(int(row.id), _span_of(row), row.title, EventStatus(row.status), tuple(sources[row.id]))
            for row in sorted(rows, key=lambda r: r.id)
        ]
