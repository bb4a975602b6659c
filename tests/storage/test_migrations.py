"""Archives written by earlier releases open with the current code."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect
from sqlmodel import SQLModel

from timeline_app.domain.dates import Precision, Qualifier
from timeline_app.domain.models import EventStatus
from timeline_app.storage import SCHEMA_VERSION, Archive, open_archive
from timeline_app.storage.schema import MIGRATIONS

FIXTURES = Path(__file__).parent.parent / "data" / "archives"


def test_every_version_has_a_fixture_and_a_migration() -> None:
    for version in range(1, SCHEMA_VERSION + 1):
        assert (FIXTURES / f"v{version}.sqlite3").is_file(), f"keep a v{version} fixture archive"
    assert sorted(MIGRATIONS) == list(range(2, SCHEMA_VERSION + 1))


def _check_fixture_content(archive: Archive, version: int) -> None:
    with archive.read() as tx:
        articles = tx.articles.all()
        assert [a.title for a in articles] == ["De Krim, tien jaar later"]
        assert articles[0].published == dt.date(2024, 3, 18)
        event = tx.events.get_required(tx.events.ids()[0])
        assert event.span.precision is Precision.YEAR
        assert event.span.qualifier is Qualifier.SINCE
        assert event.status is EventStatus.ACCEPTED
        assert event.tags == ("Krim",)
        timeline = tx.timelines.find("Krim")
        assert timeline is not None and timeline.entry_count == 1
        # v3 keeps the drafted mark; entries of older archives were never drafted.
        assert [e.drafted for e in tx.timelines.entries(timeline.id)] == [version >= 3]
        # v4 keeps a timeline's publication language; older timelines follow their sources.
        assert timeline.language == ("nl" if version >= 4 else None)
        assert [h.article_id for h in tx.articles.search("Oekraine")] == [articles[0].id]
        assert tx.check_integrity() == []  # includes the span index being in step
        assert [e.id for e in tx.events.overlapping(event.span)] == [event.id]
        # v5 counts changes: the v5 fixture's event was changed twice (by anna); older rows start at 1.
        assert (event.version, timeline.version) == ((3, 2) if version >= 5 else (1, 1))
    # The migrated schema has every table and column the current code declares (and the database's own).
    with archive.engine.connect() as connection:
        inspector = inspect(connection)
        for table in SQLModel.metadata.sorted_tables:
            columns = {c["name"] for c in inspector.get_columns(table.name)}
            assert columns == {c.name for c in table.columns} | archive.dialect.extra_columns.get(table.name, set())


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION + 1))
def test_fixture_archive_opens_with_current_code(tmp_path: Path, version: int) -> None:
    path = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / f"v{version}.sqlite3", path)
    with open_archive(path) as archive:
        _check_fixture_content(archive, version)
    version_now = sqlite3.connect(path).execute("SELECT version FROM schema_version").fetchone()
    assert version_now == (SCHEMA_VERSION,)


# The SQLite tables an archive keeps for its search and span indexes (PostgreSQL has its own).
_SQLITE_ONLY = ("article_fts", "event_fts", "event_span")


def _v1_on_postgres(url: str) -> None:
    """Write the v1 fixture archive's tables and rows into an empty PostgreSQL database, as a v1 archive."""
    from sqlalchemy import Column, MetaData, Table, create_engine, text

    source = create_engine(f"sqlite:///{FIXTURES / 'v1.sqlite3'}")
    reflected = MetaData()
    reflected.reflect(source)
    target_meta = MetaData()
    tables = [t for t in reflected.sorted_tables if not t.name.startswith(_SQLITE_ONLY)]
    for table in tables:
        Table(table.name, target_meta, *[Column(c.name, c.type.as_generic(), primary_key=c.primary_key,
                                                nullable=c.nullable) for c in table.columns])
    target = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    with source.connect() as read, target.begin() as write:
        target_meta.create_all(write)
        for table in tables:
            rows = [dict(r._mapping) for r in read.execute(table.select())]
            if rows:
                write.execute(target_meta.tables[table.name].insert(), rows)
            if "id" in table.c and table.name != "schema_version":
                write.execute(text(f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                                   f"(SELECT coalesce(max(id), 1) FROM {table.name}))"))
    source.dispose()
    target.dispose()


def test_postgres_runs_the_same_schema_history(pg_empty_url: str) -> None:
    """A v1 archive in PostgreSQL is brought to the current version by the same migration steps."""
    _v1_on_postgres(pg_empty_url)
    with open_archive(pg_empty_url) as archive:
        _check_fixture_content(archive, 1)
        with archive.read() as tx:
            from sqlalchemy import text

            assert tx.session.connection().execute(text("SELECT version FROM schema_version")).all() == [
                (SCHEMA_VERSION,)]
        with archive.write() as tx:  # the ids go on after the copied ones
            assert tx.timelines.create("Nieuw").id > 1


def test_a_newer_postgres_archive_is_refused(pg_url: str) -> None:
    from sqlalchemy import create_engine, text

    from timeline_app.storage import ArchiveError

    engine = create_engine(pg_url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as connection:
        connection.execute(text("UPDATE schema_version SET version = 999"))
    engine.dispose()
    with pytest.raises(ArchiveError, match="newer than this app supports"):
        open_archive(pg_url)
