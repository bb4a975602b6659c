"""A read-only role on the shared archive, and passwords that never show (issue 14, item 6)."""

from __future__ import annotations

import io
import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from builders import new_article
from PySide6.QtCore import QSettings
from sqlalchemy.engine import make_url

from timeline_app.cli import run_cli
from timeline_app.storage import ArchiveError, ArchiveReadOnlyError, open_archive

PASSWORD = "s3cret-Pw"


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run_cli(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def reader_url(pg_server, pg_url: str) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """The archive at ``pg_url`` (holding one article) as a role that may only read (SELECT), with a password."""
    with open_archive(pg_url) as archive, archive.write() as tx:
        tx.articles.add(new_article("Op 7 juli 2023 viel het kabinet in Den Haag. " * 4, title="Kabinet gevallen"))
    database = make_url(pg_url).database
    role = f"reader_{os.getpid()}"
    pg_server.execute(f"DROP ROLE IF EXISTS {role}")
    pg_server.execute(f"CREATE ROLE {role} LOGIN PASSWORD '{PASSWORD}'")
    admin = make_url(pg_url)
    import psycopg

    with psycopg.connect(admin.set(drivername="postgresql").render_as_string(hide_password=False),
                         autocommit=True) as connection:
        connection.execute(f"GRANT CONNECT ON DATABASE {database} TO {role}")
        connection.execute(f"GRANT USAGE ON SCHEMA public TO {role}")
        connection.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}")
    url = pg_server.url(str(database), role, PASSWORD)
    yield url
    pg_server.drop_database(str(database))
    pg_server.execute(f"DROP ROLE IF EXISTS {role}")


def test_a_select_only_role_opens_the_archive_read_only(reader_url: str) -> None:
    with open_archive(reader_url) as archive:
        assert archive.read_only
        assert PASSWORD not in archive.location and ":***@" in archive.location
        with archive.read() as tx:
            assert [h.title for h in tx.articles.search("kabinet")] == ["Kabinet gevallen"]
        with pytest.raises(ArchiveReadOnlyError, match="read-only for the role") as refused, archive.write() as tx:
            tx.timelines.create("Nope")
        assert PASSWORD not in str(refused.value)


def test_the_cli_reads_and_refuses_writing_commands_with_a_clear_message(reader_url: str, tmp_path: Path,
                                                                         caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    code, out, err = _run("--db", reader_url, "search", "kabinet")
    assert code == 0 and "Kabinet gevallen" in out
    new = tmp_path / "n.txt"
    new.write_text("Datum: 2023-07-08\n\nNieuw\n\nOp 9 juli 2023 gebeurde er iets in Utrecht.\n", encoding="utf-8")
    for command in (["import", str(new)], ["timeline", "create", "T", "--accepted"]):
        code, out, err = _run("--db", reader_url, *command)
        assert code == 1 and "read-only for the role" in err and "would change it" in err, err
        assert PASSWORD not in err + out
    code, out, _ = _run("--db", reader_url, "archive", "check")
    assert code == 0 and "read-only" in out and PASSWORD not in out
    assert PASSWORD not in caplog.text


def test_a_failed_login_or_connection_is_reported_without_the_password(reader_url: str) -> None:
    # The test cluster trusts every password: a role it does not know is the login that fails.
    wrong = make_url(reader_url).set(username="nobody_here").render_as_string(hide_password=False)
    with pytest.raises(ArchiveError) as failed:
        open_archive(wrong)
    assert "cannot log in" in str(failed.value) and PASSWORD not in str(failed.value) and ":***@" in str(failed.value)
    code, _, err = _run("--db", wrong, "articles")
    assert code == 1 and PASSWORD not in err and "***" in err
    nowhere = make_url(reader_url).set(port=1).render_as_string(hide_password=False)
    code, _, err = _run("--db", nowhere, "articles")
    assert code == 1 and "cannot connect" in err and PASSWORD not in err


def test_the_window_says_read_only_and_offers_no_editing(qtbot, reader_url: str, tmp_path: Path) -> None:
    from timeline_app.ui.jobs import JobRunner
    from timeline_app.ui.main_window import MainWindow

    runner = JobRunner()
    with open_archive(reader_url) as archive:
        window = MainWindow(archive, runner, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(window)
        window.resize(1100, 680)
        window.show()
        assert window.read_only_banner is not None
        qtbot.waitUntil(window.read_only_banner.isVisible)
        assert "role that may only read" in window.read_only_banner.label.text()
        assert PASSWORD not in window.windowTitle() and "(read-only)" in window.windowTitle()
        for name in ("import_files", "import_folder", "paste", "draft"):
            assert not window.actions_[name].isEnabled(), name
        assert not window.timelines.new_button.isEnabled()
        window.review.table.selectRow(0)
        assert not any(action.isEnabled() for action in window.review.review_actions.all())
        failures: list[str] = []
        window.ops.failed.connect(failures.append)
        from timeline_app.services.timeline_ops import CreateTimeline

        window.ops.run(CreateTimeline("Nope"))
        assert failures and "read-only" in failures[0]
        window.grab().save(str(tmp_path / "shared-read-only.png"))
        window.close()
    runner.shutdown()


def test_the_readme_recipe_sets_up_a_shared_archive_and_a_reader(pg_server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """README, "A shared newsroom archive on PostgreSQL": roles, database, unaccent, archive create, a reader."""
    import psycopg

    suffix = os.getpid()
    editors, reader, database = f"timeline_{suffix}", f"reader_r_{suffix}", f"newsroom_{suffix}"
    for role in (reader, editors):
        pg_server.execute(f"DROP ROLE IF EXISTS {role}")
    pg_server.execute(f"CREATE ROLE {editors} LOGIN PASSWORD '{PASSWORD}'")
    pg_server.execute(f"CREATE DATABASE {database} OWNER {editors}")
    try:
        with psycopg.connect(pg_server.url(database).replace("postgresql+psycopg", "postgresql"),
                             autocommit=True) as admin:
            admin.execute("CREATE EXTENSION unaccent")
            admin.execute(f"CREATE ROLE {reader} LOGIN PASSWORD '{PASSWORD}'")
            admin.execute(f"GRANT CONNECT ON DATABASE {database} TO {reader}")
            admin.execute(f"GRANT USAGE ON SCHEMA public TO {reader}")
            admin.execute(f"ALTER DEFAULT PRIVILEGES FOR ROLE {editors} IN SCHEMA public GRANT SELECT ON TABLES TO {reader}")
        editor_url = pg_server.url(database, editors, PASSWORD)
        code, out, err = _run("--db", editor_url, "archive", "create")
        assert code == 0 and PASSWORD not in out + err, err
        article = tmp_path / "a.txt"
        article.write_text("Datum: 2023-07-08\n\nKabinet gevallen\n\nOp 7 juli 2023 viel het kabinet in Den Haag.\n",
                           encoding="utf-8")
        assert _run("--db", editor_url, "import", str(article))[0] == 0
        reader_url = pg_server.url(database, reader, PASSWORD)
        code, out, _ = _run("--db", reader_url, "search", "kabinet")
        assert code == 0 and "Kabinet gevallen" in out
        code, _, err = _run("--db", reader_url, "import", str(article))
        assert code == 1 and "read-only" in err
    finally:
        pg_server.drop_database(database)
        pg_server.execute(f"DROP OWNED BY {reader}")
        for role in (reader, editors):
            pg_server.execute(f"DROP ROLE IF EXISTS {role}")
