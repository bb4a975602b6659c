"""Fixtures that run a test on both archive backends: an SQLite file and a PostgreSQL database.

A test directory whose suite must hold on both (storage, services, review, drafting, the CLI)
imports them into its conftest: ``from backends import archive, db``. The PostgreSQL run of a
test is marked ``postgresql`` (``-m "not postgresql"`` leaves them out).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

BACKENDS = ("sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql))


@pytest.fixture(scope="session")
def pg_server():  # type: ignore[no-untyped-def]
    """The PostgreSQL test cluster (skips the test without one)."""
    from pg_support import server_or_skip

    server = server_or_skip()
    yield server
    server.close()


@pytest.fixture
def pg_url(pg_server) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """The address of a new database holding an empty archive."""
    from pg_support import database

    yield from database(pg_server)


@pytest.fixture
def pg_empty_url(pg_server) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """The address of a new, empty database (no archive in it yet)."""
    from pg_support import database

    yield from database(pg_server, archive=False)


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    """Which backend this run of the test uses: ``sqlite`` or ``postgresql``."""
    return str(request.param)


def _archive(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[object]:
    """An open, empty archive on each backend."""
    from timeline_app.storage import open_archive

    location = str(tmp_path / "archive.sqlite3") if backend == "sqlite" else request.getfixturevalue("pg_url")
    with open_archive(location) as opened:
        yield opened


archive = pytest.fixture(_archive)
archive_on_both_backends = pytest.fixture(name="archive")(_archive)
"""The same fixture for a test module to import (``from backends import archive_on_both_backends``)
without its own ``archive`` parameters shadowing the import's name."""


@pytest.fixture
def archive_location(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    """Where a new archive can be opened on each backend: an SQLite file path or an empty PostgreSQL database."""
    if backend == "sqlite":
        return str(tmp_path / "archive.sqlite3")
    return str(request.getfixturevalue("pg_empty_url"))
