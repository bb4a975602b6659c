"""Schema versions and migrations.

One schema history for SQLite and PostgreSQL: a new archive is created at the newest version
straight from the table definitions (plus its database's search and span indexes, see
:mod:`timeline_app.storage.dialects`) and stamped with :data:`SCHEMA_VERSION`. An older archive is brought forward by running the
migration steps after its stored version, one transaction each. An archive written by a
newer release is refused with a clear error instead of being damaged.

To change the schema: edit :mod:`timeline_app.storage.tables`, bump ``SCHEMA_VERSION``, add
a ``_migrate_to_N`` step, and keep the fixture archive of every earlier version in
``tests/data/archives/`` (the tests open each one with the current code).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, Engine, inspect, text
from sqlmodel import SQLModel

from timeline_app.storage import (
    postgres,
    tables,  # noqa: F401  (registers the tables on SQLModel.metadata)
)
from timeline_app.storage.dialects import dialect_of

SCHEMA_VERSION = 5
_VERSION_TABLE = "schema_version"
_VERSIONED_TABLES = ("article", "event", "timeline", "lane", "era", "timeline_entry")


class SchemaError(RuntimeError):
    """The archive cannot be opened by this version of the app."""


def _migrate_to_2(connection: Connection) -> None:
    """v2: an interval index over event spans (dedupe and date-range queries stay fast)."""
    dialect_of(connection).create_span_index(connection)


def _migrate_to_3(connection: Connection) -> None:
    """v3: timeline entries remember that a draft proposed them (until an editor touches them)."""
    connection.execute(text("ALTER TABLE timeline_entry ADD COLUMN drafted BOOLEAN NOT NULL DEFAULT FALSE"))


def _migrate_to_4(connection: Connection) -> None:
    """v4: a timeline remembers its publication language (NULL: the language most of its sources are in)."""
    connection.execute(text("ALTER TABLE timeline ADD COLUMN language VARCHAR"))


def _migrate_to_5(connection: Connection) -> None:
    """v5: every editable row counts its changes and names its last editor (several editors at once)."""
    for table in _VERSIONED_TABLES:
        connection.execute(text(f"ALTER TABLE {table} ADD COLUMN version INTEGER NOT NULL DEFAULT 1"))
        connection.execute(text(f"ALTER TABLE {table} ADD COLUMN changed_by VARCHAR"))
    if connection.dialect.name == "postgresql":
        postgres.create_extras(connection)  # its search and span indexes, where missing


# version N -> the step that turns a version N-1 archive into version N.
MIGRATIONS: dict[int, Callable[[Connection], None]] = {2: _migrate_to_2, 3: _migrate_to_3, 4: _migrate_to_4,
                                                        5: _migrate_to_5}


def stored_version(connection: Connection) -> int | None:
    """The schema version recorded in the archive, or ``None`` for an empty database.

    Raises :class:`SchemaError` when the recorded version is not a version number at all
    (``0``, ``-5``, ``'abc'``, missing): the file is damaged or was not written by timeline_app.
    """
    if not inspect(connection).has_table(_VERSION_TABLE):
        return None
    rows = connection.execute(text(f"SELECT version FROM {_VERSION_TABLE}")).all()
    value = rows[0][0] if len(rows) == 1 else None
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        shown = "missing" if not rows else ("recorded more than once" if len(rows) > 1 else repr(value))
        raise SchemaError(
            f"the archive's schema version is not valid ({shown}; expected a number from 1 to {SCHEMA_VERSION}): "
            "the file is damaged or was not written by timeline_app"
        )
    return value


def _lock(connection: Connection) -> None:
    """Creating or migrating: one process at a time (SQLite's BEGIN IMMEDIATE does this by itself)."""
    if connection.dialect.name == "postgresql":
        postgres.take_write_lock(connection, wait_ms=None)


def _refuse_newer(version: int) -> None:
    if version > SCHEMA_VERSION:
        raise SchemaError(
            f"archive schema version {version} is newer than this app supports ({SCHEMA_VERSION}); "
            "update timeline_app to open it"
        )


def check_schema(engine: Engine) -> int | None:
    """The archive's schema version, read without taking the write lock (``None``: an empty database).

    Raises :class:`SchemaError` for a database this app cannot use (a newer schema, a damaged
    version record, foreign tables).
    """
    with engine.connect() as connection:
        version = stored_version(connection)
        if version is None and inspect(connection).get_table_names():
            raise SchemaError("this database has tables but no timeline_app schema version; not an archive")
    if version is not None:
        _refuse_newer(version)
    return version


def ensure_schema(engine: Engine, *, read_only: bool = False) -> int:
    """Create or upgrade the archive's schema; return the version it is now at.

    The version is checked with a plain read first, so opening an up-to-date archive never
    waits for (or blocks) a writer; the write lock is taken only to create or migrate. A
    read-only archive that would need either is refused with :class:`SchemaError`.
    """
    version = check_schema(engine)
    if version == SCHEMA_VERSION:
        return SCHEMA_VERSION
    if read_only:
        if version is None:
            raise SchemaError("the database is empty and read-only, so no archive can be created in it")
        raise SchemaError(
            f"the archive uses schema version {version} and is read-only, so it cannot be upgraded to "
            f"version {SCHEMA_VERSION}; open it once where it can be written"
        )
    writer = engine.execution_options(sqlite_begin="IMMEDIATE")
    with writer.begin() as connection:
        _lock(connection)
        # Checked again under the lock: another process may have created or migrated it meanwhile.
        version = stored_version(connection)
        if version is None:
            if inspect(connection).get_table_names():
                raise SchemaError("this database has tables but no timeline_app schema version; not an archive")
            SQLModel.metadata.create_all(connection)
            dialect_of(connection).create_extras(connection)
            connection.execute(text(f"CREATE TABLE {_VERSION_TABLE} (version INTEGER NOT NULL)"))
            connection.execute(text(f"INSERT INTO {_VERSION_TABLE} (version) VALUES (:v)"), {"v": SCHEMA_VERSION})
            return SCHEMA_VERSION
        _refuse_newer(version)
    for target in range(version + 1, SCHEMA_VERSION + 1):
        with writer.begin() as connection:
            _lock(connection)
            if stored_version(connection) != target - 1:
                continue  # another process ran this step meanwhile
            MIGRATIONS[target](connection)
            connection.execute(text(f"UPDATE {_VERSION_TABLE} SET version = :v"), {"v": target})
    return SCHEMA_VERSION
