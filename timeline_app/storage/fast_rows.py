"""Plain driver statements for the few writes an import makes per article, on SQLite.

An import stores an article, its events and their sources for every file: through SQLAlchemy
each statement costs more in Python (compiling, execution context, result objects) than SQLite
needs to run it. These helpers send the same INSERTs straight to the driver's cursor, with the
values converted by SQLAlchemy's own bind processors, so what lands in the file is exactly what
a Core insert would have written. Other databases get ``None`` from :func:`rows_for` and the
callers use Core.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Table
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

Processor = Callable[[Any], Any] | None


class FastRows:
    """INSERTs into one table, for one SQLite connection."""

    def __init__(self, session: Session, table: Table, columns: Sequence[str]) -> None:
        connection = session.connection()
        self._cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
        dialect = connection.dialect
        self._columns = tuple(columns)
        self._processors: tuple[Processor, ...] = tuple(
            table.c[name].type._cached_bind_processor(dialect) for name in self._columns
        )
        marks = ", ".join("?" for _ in self._columns)
        self._insert = f"INSERT INTO {table.name} ({', '.join(self._columns)}) VALUES ({marks})"

    def _row(self, values: Mapping[str, Any]) -> tuple[Any, ...]:
        return tuple(
            (process(values[name]) if process is not None and values[name] is not None else values[name])
            for name, process in zip(self._columns, self._processors, strict=True)
        )

    def insert(self, values: Mapping[str, Any]) -> int:
        """Insert one row; returns its row id."""
        row = self._row(values)
        try:
            self._cursor.execute(self._insert, row)
        except sqlite3.IntegrityError as exc:  # the same error a Core insert raises (a duplicate...)
            raise IntegrityError(self._insert, row, exc) from exc
        return int(self._cursor.lastrowid or 0)

    def insert_many(self, rows: Iterable[Mapping[str, Any]]) -> None:
        """Insert many rows in one statement."""
        many = [self._row(values) for values in rows]
        try:
            self._cursor.executemany(self._insert, many)
        except sqlite3.IntegrityError as exc:
            raise IntegrityError(self._insert, many[:1], exc) from exc

    def scalar(self, sql: str, parameters: Sequence[Any] = ()) -> Any:
        """The first column of the first row of a plain query (``None`` when there is none)."""
        # fetchall: a statement left half-read would stay active and make SQLite refuse a
        # ROLLBACK TO SAVEPOINT of the article that runs it.
        found = self._cursor.execute(sql, tuple(parameters)).fetchall()
        return found[0][0] if found else None


def rows_for(session: Session, table: Table, columns: Sequence[str]) -> FastRows | None:
    """A :class:`FastRows` on SQLite, ``None`` on any other database."""
    if session.connection().dialect.name != "sqlite":
        return None
    return FastRows(session, table, columns)
