"""The one interface to what differs between databases: full-text search and self-checks.

Stores ask :func:`dialect_of` for the module of their session's database and call it; nothing
outside ``storage/`` looks at a dialect name. SQLite uses :mod:`timeline_app.storage.sqlite`
(FTS5). Any other database gets :class:`PortableDialect`, plain SQL that finds the same events
more slowly, until its own module (PostgreSQL: tsvector) takes its place here.
"""

from __future__ import annotations

from typing import Any, Protocol

from sqlalchemy import Connection, and_, not_, or_, select
from sqlmodel import Session, SQLModel

from timeline_app.storage import sqlite as sqlite_dialect
from timeline_app.storage.query import And, Node, Not, Or, Term
from timeline_app.storage.tables import EventRow


class Dialect(Protocol):
    """What each database module provides."""

    def search_event_ids(self, connection: Connection, node: Node, *, limit: int) -> list[int]:
        """Ids of events whose title or description match ``node``, best first."""
        ...

    def integrity_problems(self, connection: Connection) -> list[str]:
        """Problems the database reports about itself; empty when healthy."""
        ...


class _SqliteDialect:
    """SQLite: FTS5 and PRAGMA checks."""

    def search_event_ids(self, connection: Connection, node: Node, *, limit: int) -> list[int]:
        return sqlite_dialect.search_event_ids(connection, node, limit=limit)

    def integrity_problems(self, connection: Connection) -> list[str]:
        return sqlite_dialect.integrity_problems(connection)


class PortableDialect:
    """Any SQL database: case-insensitive substring matching of each word, no ranking beyond recency."""

    def search_event_ids(self, connection: Connection, node: Node, *, limit: int) -> list[int]:
        events: Any = SQLModel.metadata.tables[EventRow.__tablename__]
        statement = select(events.c.id).where(_condition(node, events)).order_by(events.c.id.desc()).limit(limit)
        return [int(row[0]) for row in connection.execute(statement)]

    def integrity_problems(self, connection: Connection) -> list[str]:
        return []


def _condition(node: Node, events: Any) -> Any:
    if isinstance(node, Term):
        phrase = " ".join(node.words)
        pattern = f"%{phrase}%"
        return or_(events.c.title.ilike(pattern), events.c.description.ilike(pattern))
    if isinstance(node, Not):
        return not_(_condition(node.node, events))
    if isinstance(node, And):
        return and_(*(_condition(child, events) for child in node.nodes))
    if isinstance(node, Or):
        return or_(*(_condition(child, events) for child in node.nodes))
    raise TypeError(f"not a query node: {node!r}")


def dialect_of(session: Session | Connection) -> Dialect:
    """The dialect module for the database behind ``session``."""
    connection = session.connection() if isinstance(session, Session) else session
    return _SqliteDialect() if connection.dialect.name == "sqlite" else PortableDialect()
