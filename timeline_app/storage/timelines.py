"""Timelines with their lanes, eras and entries, returning domain records."""

from __future__ import annotations

import datetime as _dt

from sqlalchemy import func
from sqlmodel import Session, col, select

from timeline_app.domain.models import EditorialStatus, Era, Lane, Timeline, TimelineEntry
from timeline_app.storage.tables import EraRow, LaneRow, TimelineEntryRow, TimelineRow

_ENTRY_FIELDS = frozenset(
    {"lane_id", "colour", "importance", "editorial_status", "public_note", "internal_note", "title_override"}
)


def _now() -> _dt.datetime:
    return _dt.datetime.now(_dt.UTC).replace(microsecond=0)


def _to_lane(row: LaneRow) -> Lane:
    assert row.id is not None
    return Lane(row.id, row.timeline_id, row.name, row.position, row.colour, row.collapsed)


def _to_era(row: EraRow) -> Era:
    assert row.id is not None
    return Era(row.id, row.timeline_id, row.name, row.start, row.end, row.colour)


def _to_entry(row: TimelineEntryRow) -> TimelineEntry:
    assert row.id is not None
    return TimelineEntry(
        id=row.id,
        timeline_id=row.timeline_id,
        event_id=row.event_id,
        lane_id=row.lane_id,
        colour=row.colour,
        importance=row.importance,
        editorial_status=EditorialStatus(row.editorial_status),
        public_note=row.public_note,
        internal_note=row.internal_note,
        title_override=row.title_override,
    )


class TimelineStore:
    """Timeline records within one transaction."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def create(self, name: str, description: str = "") -> Timeline:
        """A new empty timeline; names are unique (``ValueError`` otherwise)."""
        name = name.strip()
        if not name:
            raise ValueError("a timeline needs a name")
        if self.find(name) is not None:
            raise ValueError(f"a timeline named {name!r} already exists")
        now = _now()
        row = TimelineRow(name=name, description=description, created_at=now, updated_at=now)
        self.session.add(row)
        self.session.flush()
        assert row.id is not None
        return self.get_required(row.id)

    def find(self, name: str) -> Timeline | None:
        """The timeline called ``name``, if any."""
        timeline_id = self.session.exec(select(TimelineRow.id).where(TimelineRow.name == name)).first()
        return self.get(timeline_id) if timeline_id is not None else None

    def get(self, timeline_id: int) -> Timeline | None:
        """The timeline with its lanes and eras, or ``None``."""
        row = self.session.get(TimelineRow, timeline_id)
        if row is None:
            return None
        lanes = self.session.exec(
            select(LaneRow).where(LaneRow.timeline_id == timeline_id).order_by(col(LaneRow.position), col(LaneRow.id))
        )
        eras = self.session.exec(select(EraRow).where(EraRow.timeline_id == timeline_id).order_by(col(EraRow.start)))
        count = self.session.exec(
            select(func.count()).select_from(TimelineEntryRow).where(TimelineEntryRow.timeline_id == timeline_id)
        ).one()
        assert row.id is not None
        return Timeline(
            id=row.id,
            name=row.name,
            description=row.description,
            created_at=row.created_at,
            updated_at=row.updated_at,
            lanes=tuple(_to_lane(lane) for lane in lanes),
            eras=tuple(_to_era(era) for era in eras),
            entry_count=int(count),
        )

    def get_required(self, timeline_id: int) -> Timeline:
        """Like :meth:`get` but raises ``KeyError``."""
        timeline = self.get(timeline_id)
        if timeline is None:
            raise KeyError(timeline_id)
        return timeline

    def all(self) -> list[Timeline]:
        """All timelines by name."""
        ids = self.session.exec(select(TimelineRow.id).order_by(col(TimelineRow.name)))
        return [self.get_required(int(i)) for i in ids if i is not None]

    def rename(self, timeline_id: int, name: str) -> Timeline:
        """Give a timeline another (unique) name."""
        row = self._row(timeline_id)
        other = self.find(name.strip())
        if other is not None and other.id != timeline_id:
            raise ValueError(f"a timeline named {name!r} already exists")
        row.name = name.strip()
        self._touch(row)
        return self.get_required(timeline_id)

    def delete(self, timeline_id: int) -> bool:
        """Remove a timeline with its lanes, eras and entries (the events stay)."""
        row = self.session.get(TimelineRow, timeline_id)
        if row is None:
            return False
        self.session.delete(row)
        self.session.flush()
        return True

    def add_lane(self, timeline_id: int, name: str, *, colour: str | None = None) -> Lane:
        """Append a lane to a timeline."""
        row = self._row(timeline_id)
        position = self.session.exec(
            select(func.coalesce(func.max(LaneRow.position) + 1, 0)).where(LaneRow.timeline_id == timeline_id)
        ).one()
        lane = LaneRow(timeline_id=timeline_id, name=name, position=int(position), colour=colour)
        self.session.add(lane)
        self._touch(row)
        return _to_lane(lane)

    def add_era(self, timeline_id: int, name: str, start: _dt.datetime, end: _dt.datetime) -> Era:
        """Add a named background period."""
        if end < start:
            raise ValueError("an era cannot end before it starts")
        row = self._row(timeline_id)
        era = EraRow(timeline_id=timeline_id, name=name, start=start, end=end)
        self.session.add(era)
        self._touch(row)
        return _to_era(era)

    def add_entry(self, timeline_id: int, event_id: int, *, lane_id: int | None = None) -> TimelineEntry:
        """Put an event on a timeline (once: adding it again returns the existing entry)."""
        row = self._row(timeline_id)
        existing = self.session.exec(
            select(TimelineEntryRow).where(
                TimelineEntryRow.timeline_id == timeline_id, TimelineEntryRow.event_id == event_id
            )
        ).first()
        if existing is not None:
            return _to_entry(existing)
        entry = TimelineEntryRow(timeline_id=timeline_id, event_id=event_id, lane_id=lane_id)
        self.session.add(entry)
        self._touch(row)
        return _to_entry(entry)

    def update_entry(self, entry_id: int, **fields: object) -> TimelineEntry:
        """Change an entry's lane, colour, importance, status, notes or title override."""
        unknown = set(fields) - _ENTRY_FIELDS
        if unknown:
            raise ValueError(f"cannot edit {', '.join(sorted(unknown))}")
        entry = self.session.get(TimelineEntryRow, entry_id)
        if entry is None:
            raise KeyError(entry_id)
        for name, value in fields.items():
            setattr(entry, name, value.value if isinstance(value, EditorialStatus) else value)
        self.session.add(entry)
        self._touch(self._row(entry.timeline_id))
        return _to_entry(entry)

    def remove_entry(self, entry_id: int) -> bool:
        """Take an event off a timeline (the event itself stays in the archive)."""
        entry = self.session.get(TimelineEntryRow, entry_id)
        if entry is None:
            return False
        self.session.delete(entry)
        self.session.flush()
        return True

    def entries(self, timeline_id: int) -> list[TimelineEntry]:
        """The entries of a timeline."""
        rows = self.session.exec(
            select(TimelineEntryRow).where(TimelineEntryRow.timeline_id == timeline_id).order_by(col(TimelineEntryRow.id))
        )
        return [_to_entry(row) for row in rows]

    def _row(self, timeline_id: int) -> TimelineRow:
        row = self.session.get(TimelineRow, timeline_id)
        if row is None:
            raise KeyError(timeline_id)
        return row

    def _touch(self, row: TimelineRow) -> None:
        row.updated_at = _now()
        self.session.add(row)
        self.session.flush()
