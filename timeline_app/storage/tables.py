"""SQLModel tables of the archive (the current schema).

Moments (``imported_at``, ``created_at``...) are timezone-aware UTC; calendar positions of
events and eras are naive (newsroom-local wall time, as the articles write them).

These classes describe the schema at the newest version; the migrations in
:mod:`timeline_app.storage.migrations` build it step by step, and a test checks that both
agree. Rows stay inside the storage layer: repositories turn them into domain records.
"""

from __future__ import annotations

import datetime as _dt

from pydantic import NaiveDatetime
from sqlalchemy import Column, ForeignKey, Index, Integer, UniqueConstraint, text
from sqlmodel import Field, SQLModel

# Every row an editor can change carries a version (bumped by each change of its content) and who
# made the last change, so an edit made on a stale copy is refused instead of overwriting
# another editor's (see :mod:`timeline_app.storage.versions`).


def _version() -> int:
    return Field(default=1, sa_column_kwargs={"server_default": text("1"), "nullable": False})


def _fk(target: str, *, nullable: bool = False, ondelete: str = "CASCADE") -> Column[int]:
    return Column(Integer, ForeignKey(target, ondelete=ondelete), nullable=nullable, index=True)


class ArticleRow(SQLModel, table=True):
    """An imported article with its text and metadata."""

    __tablename__ = "article"

    id: int | None = Field(default=None, primary_key=True)
    title: str
    text: str
    html: str | None = None
    source_name: str | None = Field(default=None, index=True)
    author: str | None = None
    published: _dt.date | None = Field(default=None, index=True)
    url: str | None = None
    language: str | None = Field(default=None, index=True)
    format: str
    source_path: str | None = None
    content_hash: str = Field(unique=True)
    imported_at: _dt.datetime
    word_count: int = 0
    version: int = _version()
    changed_by: str | None = None


class EventRow(SQLModel, table=True):
    """A dated happening: suggested by extraction, or made or edited by an editor."""

    __tablename__ = "event"
    __table_args__ = (Index("ix_event_span", "span_start", "span_end"),)

    id: int | None = Field(default=None, primary_key=True)
    title: str
    description: str = ""
    span_start: NaiveDatetime | None = None
    span_end: NaiveDatetime | None = None
    precision: int
    value: str
    approximate: bool = False
    qualifier: str | None = None
    status: str = Field(default="suggested", index=True)
    origin: str = "extracted"
    confidence: float = 0.0
    edited: bool = False
    conflict: bool = False
    people: str = ""  # newline-separated names
    places: str = ""
    created_at: _dt.datetime
    updated_at: _dt.datetime
    version: int = _version()
    changed_by: str | None = None


class EventSourceRow(SQLModel, table=True):
    """Where an event was reported: article, character span, sentence."""

    __tablename__ = "event_source"

    id: int | None = Field(default=None, primary_key=True)
    event_id: int = Field(sa_column=_fk("event.id"))
    article_id: int = Field(sa_column=_fk("article.id"))
    char_start: int
    char_end: int
    sentence: str
    sentence_start: int
    sentence_end: int
    timex_text: str
    is_caption: bool = False


class TagRow(SQLModel, table=True):
    """A free label shared by events and timeline entries."""

    __tablename__ = "tag"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)


class EventTagRow(SQLModel, table=True):
    """Tag on an event."""

    __tablename__ = "event_tag"

    event_id: int = Field(sa_column=Column(Integer, ForeignKey("event.id", ondelete="CASCADE"), primary_key=True))
    tag_id: int = Field(sa_column=Column(Integer, ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True))


class TimelineRow(SQLModel, table=True):
    """A named timeline."""

    __tablename__ = "timeline"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    description: str = ""
    created_at: _dt.datetime
    updated_at: _dt.datetime
    language: str | None = None
    version: int = _version()
    changed_by: str | None = None


class LaneRow(SQLModel, table=True):
    """A lane of a timeline."""

    __tablename__ = "lane"

    id: int | None = Field(default=None, primary_key=True)
    timeline_id: int = Field(sa_column=_fk("timeline.id"))
    name: str
    position: int = 0
    colour: str | None = None
    collapsed: bool = False
    version: int = _version()
    changed_by: str | None = None


class EraRow(SQLModel, table=True):
    """A named background period of a timeline."""

    __tablename__ = "era"

    id: int | None = Field(default=None, primary_key=True)
    timeline_id: int = Field(sa_column=_fk("timeline.id"))
    name: str
    start: NaiveDatetime
    end: NaiveDatetime
    colour: str | None = None
    version: int = _version()
    changed_by: str | None = None


class TimelineEntryRow(SQLModel, table=True):
    """An event placed on a timeline with the editor's annotations."""

    __tablename__ = "timeline_entry"
    __table_args__ = (UniqueConstraint("timeline_id", "event_id", name="uq_timeline_entry_event"),)

    id: int | None = Field(default=None, primary_key=True)
    timeline_id: int = Field(sa_column=_fk("timeline.id"))
    event_id: int = Field(sa_column=_fk("event.id"))
    lane_id: int | None = Field(default=None, sa_column=_fk("lane.id", nullable=True, ondelete="SET NULL"))
    colour: str | None = None
    importance: int = 0
    editorial_status: str = "draft"
    public_note: str = ""
    internal_note: str = ""
    title_override: str | None = None
    drafted: bool = False  # proposed by a draft and not touched by an editor since
    version: int = _version()
    changed_by: str | None = None


class EntryTagRow(SQLModel, table=True):
    """Tag on a timeline entry."""

    __tablename__ = "entry_tag"

    entry_id: int = Field(
        sa_column=Column(Integer, ForeignKey("timeline_entry.id", ondelete="CASCADE"), primary_key=True)
    )
    tag_id: int = Field(sa_column=Column(Integer, ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True))
