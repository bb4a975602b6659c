"""Builders for test data: articles and events with sensible defaults."""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools

from timeline_app.domain.dates import DateSpan
from timeline_app.domain.models import EventSource
from timeline_app.storage import Archive, NewArticle, NewEvent

_counter = itertools.count(1)


def new_article(text: str = "", **fields: object) -> NewArticle:
    """A NewArticle whose hash follows its text (unique text unless given)."""
    n = next(_counter)
    text = text or f"Article body number {n}. Something happened on 3 February 2022."
    values: dict[str, object] = {
        "title": f"Article {n}",
        "text": text,
        "content_hash": hashlib.sha256(text.encode()).hexdigest(),
        "format": "txt",
        "language": "en",
        "published": dt.date(2022, 2, 4),
    }
    values.update(fields)
    return NewArticle(**values)  # type: ignore[arg-type]


def add_article(archive: Archive, text: str = "", **fields: object) -> int:
    """Store an article and return its id."""
    with archive.write() as tx:
        return tx.articles.add(new_article(text, **fields)).id


def add_event(
    archive: Archive, article_id: int, title: str = "Talks in Geneva", span: DateSpan | None = None, **fields: object
) -> int:
    """Store an event reported by ``article_id`` and return its id."""
    span = span or DateSpan.day(dt.date(2022, 2, 3))
    source = EventSource(article_id, 10, 25, f"{title}.", 0, len(title) + 1, "3 February 2022")
    with archive.write() as tx:
        return tx.events.add(NewEvent(title=title, span=span, **fields), [source]).id  # type: ignore[arg-type]


def archive_rows(archive: Archive) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, sorted: what "the archive is as it was" means in tests."""
    from sqlalchemy import text
    from sqlmodel import SQLModel

    rows: dict[str, list[tuple[object, ...]]] = {}
    with archive.read() as tx:
        connection = tx.session.connection()
        for name in sorted(SQLModel.metadata.tables):
            rows[name] = sorted((tuple(r) for r in connection.execute(text(f"SELECT * FROM {name}"))), key=repr)
    return rows
