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
from timeline_app.storage import SCHEMA_VERSION, open_archive
from timeline_app.storage.schema import MIGRATIONS

FIXTURES = Path(__file__).parent.parent / "data" / "archives"


def test_every_version_has_a_fixture_and_a_migration() -> None:
    for version in range(1, SCHEMA_VERSION + 1):
        assert (FIXTURES / f"v{version}.sqlite3").is_file(), f"keep a v{version} fixture archive"
    assert sorted(MIGRATIONS) == list(range(2, SCHEMA_VERSION + 1))


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION + 1))
def test_fixture_archive_opens_with_current_code(tmp_path: Path, version: int) -> None:
    path = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / f"v{version}.sqlite3", path)
    with open_archive(path) as archive:
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
        # The migrated schema has every table and column the current code declares.
        with archive.engine.connect() as connection:
            inspector = inspect(connection)
            for table in SQLModel.metadata.sorted_tables:
                columns = {c["name"] for c in inspector.get_columns(table.name)}
                assert columns == {c.name for c in table.columns}, table.name
    version_now = sqlite3.connect(path).execute("SELECT version FROM schema_version").fetchone()
    assert version_now == (SCHEMA_VERSION,)
