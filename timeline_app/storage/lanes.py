"""Lanes and eras of timelines, returning domain records; deleted ones come back with their ids."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping

from sqlalchemy import func, update
from sqlmodel import Session, col, select

from timeline_app.domain.models import Era, Lane
from timeline_app.storage import versions
from timeline_app.storage.tables import EraRow, LaneRow, TimelineEntryRow, TimelineRow

LANE_FIELDS = frozenset({"name", "colour", "collapsed"})


def _now() -> _dt.datetime:
    return _dt.datetime.now(_dt.UTC).replace(microsecond=0)


def lane_record(row: LaneRow) -> Lane:
    """The domain record of a lane row."""
    assert row.id is not None
    return Lane(row.id, row.timeline_id, row.name, row.position, row.colour, row.collapsed, version=row.version)


def era_record(row: EraRow) -> Era:
    """The domain record of an era row."""
    assert row.id is not None
    return Era(row.id, row.timeline_id, row.name, row.start, row.end, row.colour, version=row.version)


class LaneStore:
    """Lanes and eras within one transaction."""

    def __init__(self, session: Session) -> None:
        self.session = session

    # -- lanes -----------------------------------------------------------------

    def lane(self, lane_id: int) -> Lane:
        """A lane (``KeyError`` when there is none)."""
        return lane_record(self._lane_row(lane_id))

    def lanes(self, timeline_id: int) -> list[Lane]:
        """A timeline's lanes top to bottom."""
        rows = self.session.exec(
            select(LaneRow).where(LaneRow.timeline_id == timeline_id).order_by(col(LaneRow.position), col(LaneRow.id))
        )
        return [lane_record(row) for row in rows]

    def add_lane(self, timeline_id: int, name: str, *, colour: str | None = None) -> Lane:
        """Append a lane to a timeline."""
        self._timeline_row(timeline_id)
        position = self.session.exec(
            select(func.coalesce(func.max(LaneRow.position) + 1, 0)).where(LaneRow.timeline_id == timeline_id)
        ).one()
        row = LaneRow(timeline_id=timeline_id, name=name, position=int(position), colour=colour)
        self.session.add(row)
        self._touch(timeline_id)
        assert row.id is not None
        versions.created(self.session, "lane", row.id)
        return lane_record(row)

    def insert_lane(self, lane: Lane) -> Lane:
        """Put a deleted lane back exactly as it was, id and position included."""
        self._timeline_row(lane.timeline_id)
        if self.session.get(LaneRow, lane.id) is not None:
            raise ValueError(f"lane {lane.id} exists already")
        row = LaneRow(id=lane.id, timeline_id=lane.timeline_id, name=lane.name, position=lane.position,
                      colour=lane.colour, collapsed=lane.collapsed, version=lane.version or 1)
        self.session.add(row)
        self._touch(lane.timeline_id)
        versions.created(self.session, "lane", lane.id)
        return lane_record(row)

    def update_lane(self, lane_id: int, **fields: object) -> Lane:
        """Rename, recolour or collapse a lane (``name``, ``colour``, ``collapsed``)."""
        unknown = set(fields) - LANE_FIELDS
        if unknown:
            raise ValueError(f"cannot edit {', '.join(sorted(unknown))}")
        row = self._lane_row(lane_id)
        versions.touch(self.session, "lane", row)
        for name, value in fields.items():
            setattr(row, name, value)
        self.session.add(row)
        self._touch(row.timeline_id)
        return lane_record(row)

    def set_positions(self, positions: Mapping[int, int]) -> None:
        """Give lanes these positions (lane id -> position)."""
        touched: set[int] = set()
        for lane_id, position in positions.items():
            row = self._lane_row(lane_id)
            if row.position != position:
                versions.touch(self.session, "lane", row)
            row.position = position
            self.session.add(row)
            touched.add(row.timeline_id)
        for timeline_id in touched:
            self._touch(timeline_id)

    def members(self, lane_id: int) -> list[int]:
        """Ids of the entries in a lane, in id order."""
        statement = select(TimelineEntryRow.id).where(TimelineEntryRow.lane_id == lane_id).order_by(
            col(TimelineEntryRow.id))
        return [int(i) for i in self.session.exec(statement) if i is not None]

    def delete_lane(self, lane_id: int) -> Lane:
        """Remove a lane (its entries lose their lane); returns it as it was."""
        row = self._lane_row(lane_id)
        lane = lane_record(row)
        for entry in self.session.exec(select(TimelineEntryRow).where(TimelineEntryRow.lane_id == lane_id)):
            versions.touch(self.session, "entry", entry)  # it loses its lane
        self.session.flush()
        self.session.execute(
            update(TimelineEntryRow).where(col(TimelineEntryRow.lane_id) == lane_id).values(lane_id=None)
        )
        versions.deleting(self.session, "lane", row)
        self.session.delete(row)
        self._touch(lane.timeline_id)
        return lane

    # -- eras ------------------------------------------------------------------

    def era(self, era_id: int) -> Era:
        """An era (``KeyError`` when there is none)."""
        return era_record(self._era_row(era_id))

    def add_era(
        self, timeline_id: int, name: str, start: _dt.datetime, end: _dt.datetime, *, colour: str | None = None
    ) -> Era:
        """Add a named background period."""
        if end < start:
            raise ValueError("an era cannot end before it starts")
        self._timeline_row(timeline_id)
        row = EraRow(timeline_id=timeline_id, name=name, start=start, end=end, colour=colour)
        self.session.add(row)
        self._touch(timeline_id)
        assert row.id is not None
        versions.created(self.session, "era", row.id)
        return era_record(row)

    def insert_era(self, era: Era) -> Era:
        """Put a removed era back with its id."""
        self._timeline_row(era.timeline_id)
        if self.session.get(EraRow, era.id) is not None:
            raise ValueError(f"era {era.id} exists already")
        row = EraRow(id=era.id, timeline_id=era.timeline_id, name=era.name, start=era.start, end=era.end,
                     colour=era.colour, version=era.version or 1)
        self.session.add(row)
        self._touch(era.timeline_id)
        versions.created(self.session, "era", era.id)
        return era_record(row)

    def delete_era(self, era_id: int) -> Era:
        """Remove an era; returns it as it was."""
        row = self._era_row(era_id)
        era = era_record(row)
        versions.deleting(self.session, "era", row)
        self.session.delete(row)
        self._touch(era.timeline_id)
        return era

    # -- helpers ---------------------------------------------------------------

    def _lane_row(self, lane_id: int) -> LaneRow:
        row = self.session.get(LaneRow, lane_id)
        if row is None:
            raise KeyError(lane_id)
        return row

    def _era_row(self, era_id: int) -> EraRow:
        row = self.session.get(EraRow, era_id)
        if row is None:
            raise KeyError(era_id)
        return row

    def _timeline_row(self, timeline_id: int) -> TimelineRow:
        row = self.session.get(TimelineRow, timeline_id)
        if row is None:
            raise KeyError(timeline_id)
        return row

    def _touch(self, timeline_id: int) -> None:
        row = self._timeline_row(timeline_id)
        row.updated_at = _now()
        self.session.add(row)
        self.session.flush()
