"""The shared tag vocabulary of events and timeline entries."""

from __future__ import annotations

from sqlmodel import Session, select

from timeline_app.storage.tables import TagRow


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
