"""Timelines with their lanes, eras and entries, returning domain records."""

from __future__ import annotations

import datetime as _dt
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

from sqlalchemy import delete, func, text
from sqlmodel import Session, col, select

from timeline_app.domain.models import EditorialStatus, Event, Timeline, TimelineEntry
from timeline_app.storage import versions
from timeline_app.storage.events import EVENT_COLUMNS, event_from_values
from timeline_app.storage.lanes import era_record, lane_record
from timeline_app.storage.tables import EntryTagRow, EraRow, LaneRow, TagRow, TimelineEntryRow, TimelineRow
from timeline_app.storage.tags import tag_id_for

_STATUSES = {s.value: s for s in EditorialStatus}
_CANVAS_SQL = text(
    "SELECT te.id, te.timeline_id, te.event_id, te.lane_id, te.colour, te.importance, te.editorial_status,"
    " te.public_note, te.internal_note, te.title_override, te.drafted, te.version, "
    + ", ".join(f"e.{name}" for name in EVENT_COLUMNS)
    + " FROM timeline_entry te JOIN event e ON e.id = te.event_id WHERE te.timeline_id = :timeline_id ORDER BY te.id"
)
_ENTRY_FIELDS = frozenset(
    {"lane_id", "colour", "importance", "editorial_status", "public_note", "internal_note", "title_override", "tags",
     "drafted"}
)


def _now() -> _dt.datetime:
    return _dt.datetime.now(_dt.UTC).replace(microsecond=0)


def clean_tags(names: Iterable[str]) -> tuple[str, ...]:
    """Tag names stripped, without blanks or repeats (first spelling wins, case-insensitively), sorted."""
    seen: dict[str, str] = {}
    for name in names:
        name = " ".join(name.split())
        if name and name.casefold() not in seen:
            seen[name.casefold()] = name
    return tuple(sorted(seen.values(), key=str.casefold))


def write_entry_tags(session: Session, entry_id: int, names: Iterable[str]) -> None:
    """Replace the tags of a timeline entry (cleaned as :func:`clean_tags` does)."""
    session.execute(delete(EntryTagRow).where(col(EntryTagRow.entry_id) == entry_id))
    for name in clean_tags(names):
        session.add(EntryTagRow(entry_id=entry_id, tag_id=tag_id_for(session, name)))
    session.flush()


def entry_tags(session: Session, entry_ids: Sequence[int]) -> dict[int, tuple[str, ...]]:
    """Tag names per entry id (entries without tags are absent), each sorted case-insensitively."""
    found: dict[int, list[str]] = defaultdict(list)
    ids = list(entry_ids)
    for start in range(0, len(ids), 900):  # stay under SQLite's bound-parameter limit
        rows = session.exec(
            select(EntryTagRow.entry_id, TagRow.name)
            .join(TagRow, col(TagRow.id) == col(EntryTagRow.tag_id))
            .where(col(EntryTagRow.entry_id).in_(ids[start : start + 900]))
        )
        for entry_id, name in rows:
            found[entry_id].append(name)
    return {entry_id: tuple(sorted(names, key=str.casefold)) for entry_id, names in found.items()}


def timeline_entry_tags(session: Session, timeline_id: int) -> dict[int, tuple[str, ...]]:
    """Tag names per entry of one timeline (one query; entries without tags are absent)."""
    found: dict[int, list[str]] = defaultdict(list)
    rows = session.exec(
        select(EntryTagRow.entry_id, TagRow.name)
        .join(TagRow, col(TagRow.id) == col(EntryTagRow.tag_id))
        .join(TimelineEntryRow, col(TimelineEntryRow.id) == col(EntryTagRow.entry_id))
        .where(TimelineEntryRow.timeline_id == timeline_id)
    )
    for entry_id, name in rows:
        found[entry_id].append(name)
    return {entry_id: tuple(sorted(names, key=str.casefold)) for entry_id, names in found.items()}


def entry_record(row: TimelineEntryRow, tags: tuple[str, ...] = ()) -> TimelineEntry:
    """The domain record of a timeline entry row."""
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
        tags=tags,
        drafted=bool(row.drafted),
        version=row.version,
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
        versions.created(self.session, "timeline", row.id)
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
            lanes=tuple(lane_record(lane) for lane in lanes),
            eras=tuple(era_record(era) for era in eras),
            entry_count=int(count),
            language=row.language,
            version=row.version,
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
        versions.touch(self.session, "timeline", row)
        row.name = name.strip()
        self._touch(row)
        return self.get_required(timeline_id)

    def set_language(self, timeline_id: int, language: str | None) -> Timeline:
        """Set the publication language of a timeline's exports (None: its sources' language)."""
        row = self._row(timeline_id)
        row.language = language
        self._touch(row)
        return self.get_required(timeline_id)

    def delete(self, timeline_id: int) -> bool:
        """Remove a timeline with its lanes, eras and entries (the events stay)."""
        row = self.session.get(TimelineRow, timeline_id)
        if row is None:
            return False
        versions.deleting(self.session, "timeline", row)
        for kind, table in (("lane", LaneRow), ("era", EraRow), ("entry", TimelineEntryRow)):  # they go with it
            versions.deleting_where(self.session, kind, col(table.timeline_id) == timeline_id)
        self.session.delete(row)
        self.session.flush()
        return True

    def add_entry(
        self, timeline_id: int, event_id: int, *, lane_id: int | None = None, drafted: bool = False
    ) -> TimelineEntry:
        """Put an event on a timeline (once: adding it again returns the existing entry).

        ``drafted`` marks the entry as proposed by a draft.
        """
        row = self._row(timeline_id)
        existing = self.session.exec(
            select(TimelineEntryRow).where(
                TimelineEntryRow.timeline_id == timeline_id, TimelineEntryRow.event_id == event_id
            )
        ).first()
        if existing is not None:
            return entry_record(existing)
        entry = TimelineEntryRow(timeline_id=timeline_id, event_id=event_id, lane_id=lane_id, drafted=drafted)
        self.session.add(entry)
        self._touch(row)
        assert entry.id is not None
        versions.created(self.session, "entry", entry.id)
        return entry_record(entry)

    def update_entry(self, entry_id: int, **fields: object) -> TimelineEntry:
        """Change an entry's lane, colour, importance, status, notes, title override, tags or drafted mark.

        The drafted mark only changes when ``drafted`` is given (see :meth:`set_drafted`).
        """
        unknown = set(fields) - _ENTRY_FIELDS
        if unknown:
            raise ValueError(f"cannot edit {', '.join(sorted(unknown))}")
        entry = self.session.get(TimelineEntryRow, entry_id)
        if entry is None:
            raise KeyError(entry_id)
        tags = fields.pop("tags", None)
        versions.touch(self.session, "entry", entry)
        for name, value in fields.items():
            setattr(entry, name, value.value if isinstance(value, EditorialStatus) else value)
        self.session.add(entry)
        if tags is not None:
            assert isinstance(tags, Iterable) and not isinstance(tags, str), "tags are a sequence of names"
            self._write_tags(entry_id, tags)
        self._touch(self._row(entry.timeline_id))
        return entry_record(entry, entry_tags(self.session, [entry_id]).get(entry_id, ()))

    def set_drafted(self, entry_ids: Iterable[int], drafted: bool) -> None:
        """Mark entries as proposed by a draft, or clear the mark (an editor touched them)."""
        ids = list(dict.fromkeys(entry_ids))
        for start in range(0, len(ids), 900):
            for row in self.session.exec(
                select(TimelineEntryRow).where(col(TimelineEntryRow.id).in_(ids[start : start + 900]))
            ):
                if bool(row.drafted) != drafted:
                    versions.touch(self.session, "entry", row)
                    row.drafted = drafted
                    self.session.add(row)
        self.session.flush()

    def set_entry_tags(self, entry_id: int, names: Iterable[str]) -> TimelineEntry:
        """Replace an entry's tags (names are trimmed; blanks and repeats dropped)."""
        return self.update_entry(entry_id, tags=tuple(names))

    def _write_tags(self, entry_id: int, names: Iterable[str]) -> None:
        write_entry_tags(self.session, entry_id, names)

    def remove_entry(self, entry_id: int) -> bool:
        """Take an event off a timeline (the event itself stays in the archive)."""
        entry = self.session.get(TimelineEntryRow, entry_id)
        if entry is None:
            return False
        versions.deleting(self.session, "entry", entry)
        self.session.delete(entry)
        self.session.flush()
        return True

    def entries(self, timeline_id: int) -> list[TimelineEntry]:
        """The entries of a timeline with their tags."""
        rows = list(
            self.session.exec(
                select(TimelineEntryRow)
                .where(TimelineEntryRow.timeline_id == timeline_id)
                .order_by(col(TimelineEntryRow.id))
            )
        )
        tags = timeline_entry_tags(self.session, timeline_id)
        return [entry_record(row, tags.get(row.id or 0, ())) for row in rows]

    def entries_by_id(self, entry_ids: Sequence[int]) -> list[TimelineEntry]:
        """Entries by id with their tags, in id order (unknown ids skipped)."""
        ids = list(dict.fromkeys(entry_ids))
        rows: list[TimelineEntryRow] = []
        for start in range(0, len(ids), 900):
            rows += self.session.exec(
                select(TimelineEntryRow).where(col(TimelineEntryRow.id).in_(ids[start : start + 900]))
            )
        tags = entry_tags(self.session, [row.id for row in rows if row.id is not None])
        return sorted((entry_record(row, tags.get(row.id or 0, ())) for row in rows), key=lambda e: e.id)

    def remove_entries(self, entry_ids: Iterable[int]) -> list[TimelineEntry]:
        """Take entries off their timelines; returns them as they were (tags included), in id order."""
        removed = self.entries_by_id(list(entry_ids))
        for entry in removed:
            row = self.session.get(TimelineEntryRow, entry.id)
            if row is not None:
                versions.deleting(self.session, "entry", row)
                self.session.delete(row)
                self._touch(self._row(entry.timeline_id))
        self.session.flush()
        return removed

    def insert_entry(self, entry: TimelineEntry) -> TimelineEntry:
        """Put a removed entry back exactly as it was: its id, annotations and tags."""
        self._row(entry.timeline_id)
        if self.session.get(TimelineEntryRow, entry.id) is not None:
            raise ValueError(f"timeline entry {entry.id} exists already")
        row = TimelineEntryRow(
            id=entry.id, timeline_id=entry.timeline_id, event_id=entry.event_id, lane_id=entry.lane_id,
            colour=entry.colour, importance=entry.importance, editorial_status=entry.editorial_status.value,
            public_note=entry.public_note, internal_note=entry.internal_note, title_override=entry.title_override,
            drafted=entry.drafted, version=entry.version or 1,
        )
        self.session.add(row)
        self.session.flush()
        versions.created(self.session, "entry", entry.id)
        write_entry_tags(self.session, entry.id, entry.tags)
        self._touch(self._row(entry.timeline_id))
        return entry_record(row, clean_tags(entry.tags))

    def insert(self, timeline: Timeline) -> None:
        """Put a deleted timeline's own row back with its id and moments (lanes, eras, entries follow)."""
        if self.session.get(TimelineRow, timeline.id) is not None:
            raise ValueError(f"timeline {timeline.id} exists already")
        other = self.find(timeline.name)
        if other is not None:
            raise ValueError(f"a timeline named {timeline.name!r} already exists")
        self.session.add(TimelineRow(id=timeline.id, name=timeline.name, description=timeline.description,
                                     created_at=timeline.created_at, updated_at=timeline.updated_at,
                                     language=timeline.language, version=timeline.version or 1))
        self.session.flush()
        versions.created(self.session, "timeline", timeline.id)

    def free_name(self, wanted: str) -> str:
        """``wanted``, or ``wanted (2)``, ``(3)``... whichever no timeline has yet."""
        name, n = wanted, 2
        while self.find(name) is not None:
            name = f"{wanted} ({n})"
            n += 1
        return name

    def stamps(self) -> dict[int, _dt.datetime]:
        """When each timeline last changed (timeline id -> ``updated_at``)."""
        return {int(i): stamp for i, stamp in self.session.exec(select(TimelineRow.id, TimelineRow.updated_at))
                if i is not None}

    def set_stamps(self, stamps: Mapping[int, _dt.datetime]) -> None:
        """Put back when timelines last changed (after an undo put their rows back)."""
        for timeline_id, stamp in stamps.items():
            row = self.session.get(TimelineRow, timeline_id)
            if row is not None and row.updated_at != stamp:
                row.updated_at = stamp
                self.session.add(row)
        self.session.flush()

    def canvas_rows(self, timeline_id: int) -> tuple[list[TimelineEntry], list[Event]]:
        """A timeline's entries (with tags) and their events (without sources or tags), read in bulk.

        One query of plain columns, no ORM objects or type processing: 10,000 entries load in a
        fraction of a second.
        """
        rows = self.session.connection().execute(_CANVAS_SQL, {"timeline_id": timeline_id}).all()
        tags = timeline_entry_tags(self.session, timeline_id)
        entries = [
            TimelineEntry(r[0], r[1], r[2], r[3], r[4], r[5], _STATUSES[r[6]], r[7], r[8], r[9], tags.get(r[0], ()),
                          bool(r[10]), int(r[11]))
            for r in rows
        ]
        return entries, [event_from_values(r[12:]) for r in rows]

    def _row(self, timeline_id: int) -> TimelineRow:
        row = self.session.get(TimelineRow, timeline_id)
        if row is None:
            raise KeyError(timeline_id)
        return row

    def _touch(self, row: TimelineRow) -> None:
        row.updated_at = _now()
        self.session.add(row)
        self.session.flush()
