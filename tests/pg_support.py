"""The PostgreSQL side of the test suite: fresh databases on the throwaway cluster ``make test`` starts.

``build/pg_cluster.py`` starts a cluster and sets ``TIMELINE_APP_TEST_PG`` to its superuser's
address. Each test that runs on PostgreSQL gets a database of its own: a copy of a template
holding an empty archive (``archive``), or an empty one (``empty``, for tests that create the
archive themselves), dropped afterwards. Without the variable those tests are skipped with the
reason; with ``TIMELINE_APP_REQUIRE_PG`` set (``make test`` sets it) an unreachable server fails
them instead, and so does a missing variable under ``CI=true``: CI never passes on SQLite alone.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator

import pytest

ENV = "TIMELINE_APP_TEST_PG"
REQUIRE_ENV = "TIMELINE_APP_REQUIRE_PG"
_TEMPLATE = "tl_template_archive"
_counter = itertools.count(1)


class PgServer:
    """The test cluster: makes and drops databases and roles."""

    def __init__(self, admin_url: str) -> None:
        import psycopg

        self.admin_url = admin_url
        self._admin = psycopg.connect(admin_url, autocommit=True)
        self._template_ready = False

    def execute(self, sql: str, params: tuple[object, ...] = ()) -> None:
        """Run one statement as the superuser (in the ``postgres`` database)."""
        self._admin.execute(sql, params)  # type: ignore[arg-type]

    def url(self, database: str, user: str | None = None, password: str | None = None) -> str:
        """The address of ``database`` (as ``user`` when given)."""
        from sqlalchemy.engine import make_url

        url = make_url(self.admin_url).set(database=database)
        if user is not None:
            url = url.set(username=user, password=password)
        return url.render_as_string(hide_password=False)

    def _ensure_template(self) -> None:
        if self._template_ready:
            return
        from timeline_app.storage import open_archive

        self.execute(f"DROP DATABASE IF EXISTS {_TEMPLATE} WITH (FORCE)")
        self.execute(f"CREATE DATABASE {_TEMPLATE}")
        open_archive(self.url(_TEMPLATE)).close()
        self._template_ready = True

    def new_database(self, *, archive: bool = True) -> str:
        """A new database (holding an empty archive, or nothing); returns its name."""
        name = f"tl_{os.getpid()}_{next(_counter)}"
        if archive:
            self._ensure_template()
            self.execute(f"CREATE DATABASE {name} TEMPLATE {_TEMPLATE} STRATEGY FILE_COPY")
        else:
            self.execute(f"CREATE DATABASE {name}")
        return name

    def drop_database(self, name: str) -> None:
        """Drop ``name`` (closing whatever is still connected to it)."""
        self.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def close(self) -> None:
        self._admin.close()


def server_or_skip() -> PgServer:
    """The test cluster, or a skip (a failure when it is required but unreachable)."""
    url = os.environ.get(ENV)
    if not url and (os.environ.get(REQUIRE_ENV) or os.environ.get("CI", "").lower() in ("true", "1")):
        pytest.fail(f"PostgreSQL tests are required here (CI) but {ENV} is not set: run them through `make test`")
    if not url:
        pytest.skip(f"no PostgreSQL test server: run `make test` (or build/pg_cluster.py run -- pytest), which sets {ENV}")
    try:
        return PgServer(url)
    except Exception as exc:
        if os.environ.get(REQUIRE_ENV):
            pytest.fail(f"the PostgreSQL test server at {ENV} cannot be reached: {exc}")
        pytest.skip(f"the PostgreSQL test server cannot be reached: {exc}")


def database(server: PgServer, *, archive: bool = True) -> Iterator[str]:
    """A fresh database's address for one test, dropped afterwards."""
    name = server.new_database(archive=archive)
    try:
        yield server.url(name)
    finally:
        server.drop_database(name)
