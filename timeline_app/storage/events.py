"""Events and their sources: store, review and merge, returning domain records."""

from __future__ import annotations

import datetime as _dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, delete, func, or_
from sqlalchemy import select as sa_select
from sqlmodel import Session, SQLModel, col, select

from timeline_app.domain.dates import DateSpan, Precision, Qualifier
from timeline_app.domain.models import Event, EventOrigin, EventSource, EventStatus
from timeline_app.storage import versions
from timeline_app.storage.dialects import dialect_of
from timeline_app.storage.query import Node
from timeline_app.storage.tables import EventRow, EventSourceRow, EventTagRow, TagRow
from timeline_app.storage.tags import tag_id_for

_EDITABLE = frozenset({"title", "description", "span", "people", "places", "conflict", "confidence"})


@dataclass(frozen=True, slots=True)
class NewEvent:
    """The fields of an event to be added."""

    title: str
    span: DateSpan
    description: str = ""
    status: EventStatus = EventStatus.SUGGESTED
    origin: EventOrigin = EventOrigin.EXTRACTED
    confidence: float = 0.0
    people: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    conflict: bool = False


def _now() -> _dt.datetime:
    return _dt.datetime.now(_dt.UTC).replace(microsecond=0)


_PRECISIONS = {int(p): p for p in Precision}
_QUALIFIERS = {q.value: q for q in Qualifier}
_STATUSES = {s.value: s for s in EventStatus}
_ORIGINS = {o.value: o for o in EventOrigin}


def _span_of(row: Any) -> DateSpan:
    qualifier = row.qualifier
    return DateSpan(row.span_start, row.span_end, _PRECISIONS[row.precision], row.value, bool(row.approximate),
                    _QUALIFIERS[qualifier] if qualifier else None)


EVENT_COLUMNS = (
    "id", "title", "description", "span_start", "span_end", "precision", "value", "approximate", "qualifier",
    "status", "origin", "confidence", "edited", "conflict", "people", "places", "version",
)
"""The event columns :func:`event_from_values` reads, in order."""


def _moment(value: Any) -> _dt.datetime | None:
    """A stored moment: already a datetime, or ISO text when read as plain columns."""
    if value is None or isinstance(value, _dt.datetime):
        return value
    return _dt.datetime.fromisoformat(value)


def event_from_values(
    values: Sequence[Any], sources: Sequence[EventSource] = (), tags: Sequence[str] = ()
) -> Event:
    """The one mapping from an event's stored columns (in :data:`EVENT_COLUMNS` order) to an :class:`Event`."""
    (event_id, title, description, start, end, precision, value, approximate, qualifier, status, origin, confidence,
     edited, conflict, people, places, version) = values
    span = DateSpan(_moment(start), _moment(end), _PRECISIONS[precision], value, bool(approximate),
                    _QUALIFIERS[qualifier] if qualifier else None)
    return Event(
        event_id, title, description, span, _STATUSES[status], _ORIGINS[origin], confidence, bool(edited),
        bool(conflict), tuple(p for p in people.split("\n") if p) if people else (),
        tuple(p for p in places.split("\n") if p) if places else (), tuple(tags), tuple(sources), int(version or 0),
    )


def _apply_span(row: EventRow, span: DateSpan) -> None:
    row.span_start = span.start
    row.span_end = span.end
    row.precision = int(span.precision)
    row.value = span.value
    row.approximate = span.approximate
    row.qualifier = span.qualifier.value if span.qualifier else None


def _to_source(row: Any) -> EventSource:
    return EventSource(
        id=row.id,
        article_id=row.article_id,
        char_start=row.char_start,
        char_end=row.char_end,
        sentence=row.sentence,
        sentence_start=row.sentence_start,
        sentence_end=row.sentence_end,
        timex_text=row.timex_text,
        is_caption=row.is_caption,
    )


def _lines(values: Iterable[str]) -> str:
    return "\n".join(v.replace("\n", " ") for v in values)


class EventStore:
    """Event records within one transaction."""

    def __init__(self, session: Session) -> None:
        self.session = session

    # -- writing ------------------------------------------------------------

    def add(self, new: NewEvent, sources: Sequence[EventSource] = ()) -> Event:
        """Insert an event with its sources."""
        now = _now()
        row = EventRow(
            title=new.title,
            description=new.description,
            precision=int(new.span.precision),
            value=new.span.value,
            status=new.status.value,
            origin=new.origin.value,
            confidence=new.confidence,
            conflict=new.conflict,
            people=_lines(new.people),
            places=_lines(new.places),
            created_at=now,
            updated_at=now,
        )
        _apply_span(row, new.span)
        self.session.add(row)
        self.session.flush()
        assert row.id is not None
        versions.created(self.session, "event", row.id)
        for source in sources:
            self.add_source(row.id, source)
        return self.get_required(row.id)

    def add_source(self, event_id: int, source: EventSource) -> None:
        """Record one more place where ``event_id`` is reported."""
        self.session.add(
            EventSourceRow(
                event_id=event_id,
                article_id=source.article_id,
                char_start=source.char_start,
                char_end=source.char_end,
                sentence=source.sentence,
                sentence_start=source.sentence_start,
                sentence_end=source.sentence_end,
                timex_text=source.timex_text,
                is_caption=source.is_caption,
            )
        )
        self.session.flush()

    def set_status(self, event_ids: Iterable[int], status: EventStatus) -> None:
        """Accept, reject or return events to the queue."""
        for row in self._rows(event_ids):
            versions.touch(self.session, "event", row)
            row.status = status.value
            row.updated_at = _now()
            self.session.add(row)
        self.session.flush()

    def set_conflict(self, event_ids: Iterable[int], conflict: bool = True) -> None:
        """Flag (or clear) a date conflict without marking the events as edited by an editor."""
        for row in self._rows(event_ids):
            versions.touch(self.session, "event", row)
            row.conflict = conflict
            row.updated_at = _now()
            self.session.add(row)
        self.session.flush()

    def update(self, event_id: int, **fields: object) -> Event:
        """Edit an event (title, description, span, people, places, conflict); marks it edited."""
        unknown = set(fields) - _EDITABLE
        if unknown:
            raise ValueError(f"cannot edit {', '.join(sorted(unknown))}")
        row = self._row(event_id)
        versions.touch(self.session, "event", row)
        for name, value in fields.items():
            if name == "span":
                assert isinstance(value, DateSpan)
                _apply_span(row, value)
            elif name in ("people", "places"):
                assert isinstance(value, (tuple, list))
                setattr(row, name, _lines(value))
            else:
                setattr(row, name, value)
        row.edited = True
        row.updated_at = _now()
        self.session.add(row)
        self.session.flush()
        return self.get_required(event_id)

    def set_tags(self, event_id: int, names: Iterable[str]) -> None:
        """Replace the tags of an event."""
        versions.touch(self.session, "event", self._row(event_id))
        self.session.execute(delete(EventTagRow).where(col(EventTagRow.event_id) == event_id))
        for name in dict.fromkeys(n.strip() for n in names if n.strip()):
            self.session.add(EventTagRow(event_id=event_id, tag_id=tag_id_for(self.session, name)))
        self.session.flush()

    def merge(self, target_id: int, other_ids: Iterable[int]) -> Event:
        """Fold ``other_ids`` into ``target_id``: their sources move over, the others go."""
        others = [i for i in other_ids if i != target_id]
        versions.touch(self.session, "event", self._row(target_id))
        for row in self.session.exec(select(EventSourceRow).where(col(EventSourceRow.event_id).in_(others))):
            row.event_id = target_id
            self.session.add(row)
        self.session.flush()
        versions.deleting_events(self.session, col(EventRow.id).in_(others))
        self.session.execute(delete(EventRow).where(col(EventRow.id).in_(others)))
        self.session.flush()
        return self.get_required(target_id)

    def delete(self, event_ids: Iterable[int]) -> int:
        """Remove events (with their sources and timeline entries); returns how many went."""
        ids = list(event_ids)
        versions.deleting_events(self.session, col(EventRow.id).in_(ids))
        result = self.session.execute(delete(EventRow).where(col(EventRow.id).in_(ids)))
        self.session.flush()
        return int(getattr(result, "rowcount", 0) or 0)

    def remove_suggestions_of_article(self, article_id: int) -> int:
        """Drop what extraction suggested from one article, keeping anything an editor touched.

        Untouched suggested events that only this article reports are deleted; shared ones
        just lose this article's sources. Accepted, rejected or edited events are kept whole.
        """
        rows = self.session.exec(
            select(EventRow, EventSourceRow)
            .join(EventSourceRow, col(EventSourceRow.event_id) == col(EventRow.id))
            .where(EventSourceRow.article_id == article_id)
        ).all()
        removed = 0
        for event, source in rows:
            if event.status != EventStatus.SUGGESTED.value or event.edited:
                continue
            self.session.delete(source)
            removed += 1
        self.session.flush()
        orphans = select(EventRow.id).where(
            EventRow.status == EventStatus.SUGGESTED.value,
            col(EventRow.edited).is_(False),
            ~select(EventSourceRow.id).where(EventSourceRow.event_id == EventRow.id).exists(),
        )
        versions.deleting_events(self.session, col(EventRow.id).in_(orphans))
        self.session.execute(delete(EventRow).where(col(EventRow.id).in_(orphans)))
        self.session.flush()
        return removed

    # -- reading ------------------------------------------------------------

    def get(self, event_id: int) -> Event | None:
        """The event with its sources and tags, or ``None``."""
        events = self.many([event_id])
        return events[0] if events else None

    def get_required(self, event_id: int) -> Event:
        """Like :meth:`get` but raises ``KeyError`` for an unknown id."""
        event = self.get(event_id)
        if event is None:
            raise KeyError(event_id)
        return event

    def many(self, event_ids: Sequence[int]) -> list[Event]:
        """Events by id, in the order given (unknown ids skipped)."""
        ids = list(event_ids)
        if not ids:
            return []
        rows = {row.id: row for row in self.session.exec(select(EventRow).where(col(EventRow.id).in_(ids)))}
        sources: dict[int, list[EventSource]] = defaultdict(list)
        for source_row in self.session.exec(
            select(EventSourceRow)
            .where(col(EventSourceRow.event_id).in_(ids))
            .order_by(col(EventSourceRow.article_id), col(EventSourceRow.char_start))
        ):
            sources[source_row.event_id].append(_to_source(source_row))
        tags: dict[int, list[str]] = defaultdict(list)
        for event_id, name in self.session.exec(
            select(EventTagRow.event_id, TagRow.name)
            .join(TagRow, col(TagRow.id) == col(EventTagRow.tag_id))
            .where(col(EventTagRow.event_id).in_(ids))
            .order_by(col(TagRow.name))
        ):
            tags[event_id].append(name)
        return [self._to_event(rows[i], sources[i], tags[i]) for i in ids if i in rows]

    def ids(
        self,
        *,
        status: EventStatus | None = None,
        start: _dt.datetime | None = None,
        end: _dt.datetime | None = None,
        article_id: int | None = None,
    ) -> list[int]:
        """Event ids in time order (unresolved dates last), filtered by status, period, article."""
        statement = select(EventRow.id)
        if status is not None:
            statement = statement.where(EventRow.status == status.value)
        if start is not None:
            statement = statement.where(col(EventRow.span_end) > start)
        if end is not None:
            statement = statement.where(col(EventRow.span_start) < end)
        if start is not None and end is not None and start <= end:
            indexed = dialect_of(self.session).period_index(EventRow.__table__, start, end)  # type: ignore[attr-defined]
            if indexed is not None:
                statement = statement.where(indexed)
        if article_id is not None:
            statement = statement.where(
                select(EventSourceRow.id)
                .where(EventSourceRow.event_id == EventRow.id, EventSourceRow.article_id == article_id)
                .exists()
            )
        statement = statement.order_by(col(EventRow.span_start).is_(None), col(EventRow.span_start), col(EventRow.id))
        return [int(i) for i in self.session.exec(statement) if i is not None]

    def overlapping(self, span: DateSpan, *, exclude_article: int | None = None) -> list[Event]:
        """Events whose span overlaps ``span`` (candidates for cross-article dedupe)."""
        if span.start is None or span.end is None:
            return []
        statement = select(EventRow.id).where(*self._overlap_conditions(span.start, span.end))
        if exclude_article is not None:
            statement = statement.where(
                ~select(EventSourceRow.id)
                .where(EventSourceRow.event_id == EventRow.id, EventSourceRow.article_id == exclude_article)
                .exists()
            )
        return self.many([int(i) for i in self.session.exec(statement) if i is not None])

    def overlapping_brief(
        self, span: DateSpan, *, exclude_article: int | None = None, sources_per_event: int = 3
    ) -> list[Event]:
        """Like :meth:`overlapping`, but each event carries only its first few sources and no tags.

        Dedupe during import compares against these; loading every source of every event in a
        busy period would make each import slower than the one before.
        """
        if span.start is None or span.end is None:
            return []
        # Core rows, not ORM objects: this runs for every candidate of every imported article.
        events_table: Any = SQLModel.metadata.tables[EventRow.__tablename__]
        sources_table: Any = SQLModel.metadata.tables[EventSourceRow.__tablename__]
        statement = sa_select(events_table).where(*self._overlap_conditions(span.start, span.end))
        if exclude_article is not None:
            statement = statement.where(
                ~sa_select(sources_table.c.id)
                .where(sources_table.c.event_id == events_table.c.id, sources_table.c.article_id == exclude_article)
                .exists()
            )
        rows = {row.id: row for row in self.session.execute(statement.order_by(events_table.c.id))}
        if not rows:
            return []
        rank = func.row_number().over(partition_by=sources_table.c.event_id, order_by=sources_table.c.id)
        ranked = sa_select(sources_table, rank.label("rank")).where(sources_table.c.event_id.in_(list(rows))).subquery()
        sources: dict[int, list[EventSource]] = defaultdict(list)
        picked = sa_select(ranked).where(ranked.c.rank <= sources_per_event).order_by(ranked.c.event_id, ranked.c.id)
        for source_row in self.session.execute(picked):
            sources[source_row.event_id].append(_to_source(source_row))
        return [self._to_event(row, sources[i], []) for i, row in rows.items()]

    def count(self, status: EventStatus | None = None) -> int:
        """How many events (with ``status``) the archive holds."""
        statement = select(func.count()).select_from(EventRow)
        if status is not None:
            statement = statement.where(EventRow.status == status.value)
        return int(self.session.exec(statement).one())

    def search_ids(self, node: Node, *, limit: int) -> list[int]:
        """Ids of events whose title or description match a parsed query, best first.

        Runs the archive's own full-text search behind :mod:`timeline_app.storage.dialects`
        (FTS5 on SQLite, tsvector on PostgreSQL).
        """
        return dialect_of(self.session).search_event_ids(self.session.connection(), node, limit=limit)

    def count_multi_article(self) -> int:
        """How many events more than one article reports (merged across articles)."""
        per_event = (
            select(EventSourceRow.event_id)
            .group_by(col(EventSourceRow.event_id))
            .having(func.count(func.distinct(EventSourceRow.article_id)) > 1)
            .subquery()
        )
        return int(self.session.exec(select(func.count()).select_from(per_event)).one())

    # -- helpers ------------------------------------------------------------

    def _overlap_conditions(self, start: _dt.datetime, end: _dt.datetime) -> list[Any]:
        """WHERE conditions for events overlapping ``[start, end]``, using the span index where there is one."""
        # Spans are half-open, so touching spans (3 Feb and 4 Feb) do not overlap; a span of
        # no length (a moment) overlaps what contains it, as in DateSpan.overlaps.
        if start == end:
            conditions: list[Any] = [col(EventRow.span_start) <= end, col(EventRow.span_end) >= start]
        else:
            conditions = [
                or_(
                    and_(col(EventRow.span_start) < end, col(EventRow.span_end) > start),
                    and_(
                        col(EventRow.span_start) == col(EventRow.span_end),
                        col(EventRow.span_start) >= start,
                        col(EventRow.span_start) <= end,
                    ),
                )
            ]
        indexed = dialect_of(self.session).overlap_index(EventRow.__table__, start, end)  # type: ignore[attr-defined]
        if indexed is not None:
            conditions.append(indexed)
        return conditions

    def _row(self, event_id: int) -> EventRow:
        row = self.session.get(EventRow, event_id)
        if row is None:
            raise KeyError(event_id)
        return row

    def _rows(self, event_ids: Iterable[int]) -> list[EventRow]:
        return list(self.session.exec(select(EventRow).where(col(EventRow.id).in_(list(event_ids)))))

    @staticmethod
    def _to_event(row: Any, sources: list[EventSource], tags: list[str]) -> Event:
        assert row.id is not None
        return event_from_values(tuple(getattr(row, name) for name in EVENT_COLUMNS), sources, tags)
