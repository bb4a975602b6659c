"""The one interface to what differs between databases: search, span indexes, schema extras, self-checks.

Stores ask :func:`dialect_of` for the dialect of their session's database and call it; nothing
outside ``storage/`` looks at a dialect name. SQLite uses :mod:`timeline_app.storage.sqlite`
(FTS5, an R*Tree over spans), PostgreSQL :mod:`timeline_app.storage.postgres` (tsvector with
the articles' languages, a GiST index over span ranges, an advisory write lock).
"""

from __future__ import annotations

import datetime as _dt
from typing import Any, ClassVar, Protocol

from sqlalchemy import ColumnElement, Connection, text
from sqlmodel import Session

from timeline_app.domain.models import SearchFilters, SearchHit
from timeline_app.storage import postgres
from timeline_app.storage import sqlite as sqlite_dialect
from timeline_app.storage.query import Node


class Dialect(Protocol):
    """What each database provides."""

    name: ClassVar[str]
    extra_columns: ClassVar[dict[str, set[str]]]
    """Columns of the schema beyond the table definitions, per table (made by :meth:`create_extras`)."""

    def create_extras(self, connection: Connection) -> None:
        """Create the search and span indexes (and what they need) in a new archive."""
        ...

    def create_span_index(self, connection: Connection) -> None:
        """Schema v2: the index over event spans."""
        ...

    def search_articles(
        self, connection: Connection, node: Node, filters: SearchFilters, *, limit: int
    ) -> list[SearchHit]:
        """The best ``limit`` articles for ``node``, with snippets, best first."""
        ...

    def ranked_article_ids(self, connection: Connection, node: Node, *, limit: int) -> list[int]:
        """Ids of the best ``limit`` articles for ``node``, best first."""
        ...

    def search_event_ids(self, connection: Connection, node: Node, *, limit: int) -> list[int]:
        """Ids of events whose title or description match ``node``, best first."""
        ...

    def overlap_index(self, events: Any, start: _dt.datetime, end: _dt.datetime) -> ColumnElement[bool] | None:
        """A condition on ``events`` (the event table) that an index answers: spans that may overlap
        ``[start, end]`` (a superset; the exact test follows). ``None`` when there is no such index."""
        ...

    def period_index(self, events: Any, start: _dt.datetime, end: _dt.datetime) -> ColumnElement[bool] | None:
        """Like :meth:`overlap_index`, for listing a period (where a scan may be the faster plan)."""
        ...

    def quick_check(self, connection: Connection) -> list[str]:
        """A fast structural check; empty when healthy."""
        ...

    def integrity_problems(self, connection: Connection) -> list[str]:
        """Problems the database reports about itself; empty when healthy."""
        ...


class SqliteDialect:
    """SQLite: FTS5, an R*Tree over event days, PRAGMA checks."""

    name: ClassVar[str] = "sqlite"
    extra_columns: ClassVar[dict[str, set[str]]] = {}

    def create_extras(self, connection: Connection) -> None:
        sqlite_dialect.create_search_index(connection)
        sqlite_dialect.create_span_index(connection)

    def create_span_index(self, connection: Connection) -> None:
        sqlite_dialect.create_span_index(connection)

    def search_articles(
        self, connection: Connection, node: Node, filters: SearchFilters, *, limit: int
    ) -> list[SearchHit]:
        return sqlite_dialect.search_articles(connection, node, filters, limit=limit)

    def ranked_article_ids(self, connection: Connection, node: Node, *, limit: int) -> list[int]:
        try:
            match = sqlite_dialect.render_match(node)
        except ValueError:  # a lone NOT matches nothing
            return []
        rows = connection.execute(
            text("SELECT rowid FROM article_fts WHERE article_fts MATCH :match ORDER BY rank LIMIT :limit"),
            {"match": match, "limit": limit},
        )
        return [int(r[0]) for r in rows]

    def search_event_ids(self, connection: Connection, node: Node, *, limit: int) -> list[int]:
        return sqlite_dialect.search_event_ids(connection, node, limit=limit)

    def overlap_index(self, events: Any, start: _dt.datetime, end: _dt.datetime) -> ColumnElement[bool] | None:
        indexed: ColumnElement[bool] = events.c.id.in_(sqlite_dialect.overlapping_ids_query(start, end))
        return indexed

    def period_index(self, events: Any, start: _dt.datetime, end: _dt.datetime) -> ColumnElement[bool] | None:
        return None  # the B-tree on (span_start, span_end) serves listing periods well enough

    def quick_check(self, connection: Connection) -> list[str]:
        return sqlite_dialect.quick_check_problems(connection)

    def integrity_problems(self, connection: Connection) -> list[str]:
        return sqlite_dialect.integrity_problems(connection)


class PostgresDialect:
    """PostgreSQL: tsvector search in the articles' languages, a GiST index over span ranges."""

    name: ClassVar[str] = "postgresql"
    extra_columns: ClassVar[dict[str, set[str]]] = postgres.EXTRA_COLUMNS

    def create_extras(self, connection: Connection) -> None:
        postgres.create_extras(connection)

    def create_span_index(self, connection: Connection) -> None:
        postgres.create_extras(connection)  # PostgreSQL archives get every index at once

    def search_articles(
        self, connection: Connection, node: Node, filters: SearchFilters, *, limit: int
    ) -> list[SearchHit]:
        return postgres.search_articles(connection, node, filters, limit=limit)

    def ranked_article_ids(self, connection: Connection, node: Node, *, limit: int) -> list[int]:
        return postgres.ranked_article_ids(connection, node, limit=limit)

    def search_event_ids(self, connection: Connection, node: Node, *, limit: int) -> list[int]:
        return postgres.search_event_ids(connection, node, limit=limit)

    def overlap_index(self, events: Any, start: _dt.datetime, end: _dt.datetime) -> ColumnElement[bool] | None:
        return postgres.overlap_index(events.name, start, end)

    def period_index(self, events: Any, start: _dt.datetime, end: _dt.datetime) -> ColumnElement[bool] | None:
        return postgres.overlap_index(events.name, start, end)

    def quick_check(self, connection: Connection) -> list[str]:
        return []  # PostgreSQL checks its pages itself; the archive's own parts are in integrity_problems

    def integrity_problems(self, connection: Connection) -> list[str]:
        return postgres.integrity_problems(connection)


_DIALECTS: dict[str, Dialect] = {"sqlite": SqliteDialect(), "postgresql": PostgresDialect()}


def dialect_named(name: str) -> Dialect:
    """The dialect of a SQLAlchemy dialect name (``ValueError`` for a database the archive cannot use)."""
    try:
        return _DIALECTS[name]
    except KeyError:
        raise ValueError(f"archives cannot be kept in {name} databases (use SQLite or PostgreSQL)") from None


def dialect_of(session: Session | Connection) -> Dialect:
    """The dialect of the database behind ``session``."""
    connection = session.connection() if isinstance(session, Session) else session
    return dialect_named(connection.dialect.name)
