"""The shared tag vocabulary of events and timeline entries."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from sqlalchemy import func
from sqlmodel import Session, col, select

from timeline_app.storage.tables import EntryTagRow, EventTagRow, TagRow


def tag_id_for(session: Session, name: str) -> int:
    """The id of the tag called ``name``, created when it does not exist yet."""
    tag_id = session.exec(select(TagRow.id).where(TagRow.name == name)).first()
    if tag_id is None:
        tag = TagRow(name=name)
        session.add(tag)
        session.flush()
        tag_id = tag.id
    assert tag_id is not None
    return tag_id


class TagStore:
    """Tags within one transaction: what undo needs to take made tags away and bring them back."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def last_id(self) -> int:
        """The highest tag id so far (0 without tags)."""
        return int(self.session.exec(select(func.coalesce(func.max(TagRow.id), 0))).one() or 0)

    def since(self, tag_id: int) -> dict[int, str]:
        """Tags with an id above ``tag_id`` (the ones made since it was the last): id -> name."""
        rows = self.session.exec(select(TagRow.id, TagRow.name).where(col(TagRow.id) > tag_id))
        return {int(i): name for i, name in rows if i is not None}

    def restore(self, tags: Mapping[int, str]) -> dict[int, str]:
        """Put tags back with their ids; returns those made (a name or id taken meanwhile is left alone)."""
        made: dict[int, str] = {}
        for tag_id, name in sorted(tags.items()):
            if self.session.get(TagRow, tag_id) is not None:
                continue
            if self.session.exec(select(TagRow.id).where(TagRow.name == name)).first() is not None:
                continue
            self.session.add(TagRow(id=tag_id, name=name))
            made[tag_id] = name
        self.session.flush()
        return made

    def drop_unused(self, tag_ids: Iterable[int]) -> dict[int, str]:
        """Delete those of ``tag_ids`` no event or entry uses; returns what went (id -> name)."""
        dropped: dict[int, str] = {}
        for tag_id in sorted(set(tag_ids)):
            row = self.session.get(TagRow, tag_id)
            if row is None or self._used(tag_id):
                continue
            dropped[tag_id] = row.name
            self.session.delete(row)
        self.session.flush()
        return dropped

    def _used(self, tag_id: int) -> bool:
        on_event = self.session.exec(select(EventTagRow.event_id).where(EventTagRow.tag_id == tag_id)).first()
        on_entry = self.session.exec(select(EntryTagRow.entry_id).where(EntryTagRow.tag_id == tag_id)).first()
        return on_event is not None or on_entry is not None
