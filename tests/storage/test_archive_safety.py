"""Opening archives safely: readers never need the write lock, writers wait for it, damaged,
read-only and odd archives give a clear reason (issue 16, items 5, 6, 9, 11, 12)."""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from pathlib import Path

import pytest
from builders import new_article

from timeline_app.storage import (
    DAMAGED_HINT,
    ArchiveBusyError,
    ArchiveDamagedError,
    ArchiveError,
    ArchiveMissingError,
    ArchiveReadOnlyError,
    archive_path,
    open_archive,
)
from timeline_app.storage import archive as archive_module
from timeline_app.storage import sqlite as sqlite_dialect


def _filled(path: Path, count: int = 3) -> Path:
    with open_archive(path) as archive, archive.write() as tx:
        for n in range(count):
            tx.articles.add(new_article(f"Artikel {n} over de tunnel bij Lowtown " + "woord " * 50))
    return path


def _hold_write_lock(path: Path) -> sqlite3.Connection:
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    return holder


def test_readers_open_and_search_while_another_process_holds_the_write_lock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _filled(tmp_path / "a.sqlite3")
    monkeypatch.setattr(sqlite_dialect, "BUSY_TIMEOUT_MS", 200)  # a reader that waited would fail fast
    holder = _hold_write_lock(path)
    try:
        started = time.monotonic()
        with open_archive(path, create=False, verify=True) as archive, archive.read() as tx:
            assert tx.articles.count() == 3
            assert len(tx.articles.search("tunnel")) == 3
        assert time.monotonic() - started < 5
    finally:
        holder.rollback()
        holder.close()


def test_a_writer_waits_for_the_lock_and_gets_it_when_it_is_released(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _filled(tmp_path / "a.sqlite3")
    monkeypatch.setattr(sqlite_dialect, "BUSY_TIMEOUT_MS", 20)  # SQLite gives up fast; the archive retries
    holder = _hold_write_lock(path)
    tried = threading.Event()
    released = threading.Event()

    def release_after_a_retry() -> None:
        tried.wait(30)
        holder.rollback()
        released.set()

    real_sleep = time.sleep

    def noting_sleep(seconds: float) -> None:
        tried.set()
        real_sleep(min(seconds, 0.05))

    monkeypatch.setattr(archive_module.time, "sleep", noting_sleep)
    releaser = threading.Thread(target=release_after_a_retry)
    releaser.start()
    try:
        with open_archive(path) as archive:
            with archive.write() as tx:
                tx.articles.add(new_article("written after waiting for the lock " + "word " * 30))
            with archive.read() as tx:
                assert tx.articles.count() == 4
        assert released.is_set()
    finally:
        releaser.join(30)
        holder.close()


def test_a_writer_stops_waiting_when_asked_or_after_the_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from sqlalchemy.exc import OperationalError

    path = _filled(tmp_path / "a.sqlite3")
    monkeypatch.setattr(sqlite_dialect, "BUSY_TIMEOUT_MS", 20)
    holder = _hold_write_lock(path)
    try:
        with open_archive(path) as archive:
            with pytest.raises(OperationalError, match="locked"), archive.write(stop=lambda: True):
                pass
            monkeypatch.setattr(archive_module, "LOCK_WAIT_LIMIT", 0.1)
            with pytest.raises(ArchiveBusyError, match="kept the archive locked"), archive.write():
                pass
    finally:
        holder.rollback()
        holder.close()


@pytest.mark.parametrize(
    "statement",
    [f"UPDATE schema_version SET version = {v}" for v in ("0", "-5", "'abc'", "2.5", "x'00'")]
    + ["DELETE FROM schema_version"],
)
def test_an_invalid_schema_version_is_a_clear_error(tmp_path: Path, statement: str) -> None:
    path = _filled(tmp_path / "a.sqlite3")
    connection = sqlite3.connect(path)
    connection.execute(statement)
    connection.commit()
    connection.close()
    with pytest.raises(ArchiveError, match="schema version is not valid"):
        open_archive(path)


def test_two_version_rows_are_a_clear_error(tmp_path: Path) -> None:
    path = _filled(tmp_path / "a.sqlite3")
    connection = sqlite3.connect(path)
    connection.execute("INSERT INTO schema_version (version) VALUES (1)")
    connection.commit()
    connection.close()
    with pytest.raises(ArchiveError, match="recorded more than once"):
        open_archive(path)


def _damage(path: Path) -> None:
    """Random bytes over a stretch in the middle of the file, as a failing disk would leave."""
    import random

    size = path.stat().st_size
    noise = random.Random(7).randbytes(8192)
    with path.open("r+b") as handle:
        handle.seek(size // 2)
        handle.write(noise)


def test_a_damaged_archive_is_reported_on_open_and_by_queries(tmp_path: Path) -> None:
    path = _filled(tmp_path / "a.sqlite3", count=40)
    _damage(path)
    with pytest.raises(ArchiveDamagedError) as caught:
        open_archive(path, create=False, verify=True)
    assert DAMAGED_HINT in str(caught.value) and caught.value.problems
    # Without the check at open (an archive too large for it), the first query that hits the
    # damage gets the same message with what the quick check finds.
    with open_archive(path, create=False) as archive:
        assert archive.quick_check()
        assert archive.check()
        assert DAMAGED_HINT in str(archive.damaged(sqlite3.DatabaseError("database disk image is malformed")))


def test_a_missing_archive_is_created_only_when_asked(tmp_path: Path) -> None:
    missing = tmp_path / "typo" / "archve.sqlite3"
    with pytest.raises(ArchiveMissingError, match="no archive at"):
        open_archive(missing, create=False)
    assert not missing.parent.exists()  # no folders either
    open_archive(missing, create=True).close()
    assert missing.is_file()


@pytest.mark.parametrize(
    ("address", "message"),
    [
        ("postgresql://editor:secret@db.newsroom/archive", "is a PostgreSQL database, not an archive file"),
        ("postgres://db/archive", "is a PostgreSQL database, not an archive file"),
        ("mysql://db/archive", "unknown kind of archive address"),
        ("sqlite://", "sqlite:///path"),
    ],
)
def test_an_archive_address_we_cannot_use_is_refused(address: str, message: str) -> None:
    with pytest.raises(ArchiveError, match=message) as caught:
        archive_path(address)
    assert "secret" not in str(caught.value)


def test_database_addresses_name_a_shared_archive() -> None:
    from timeline_app.storage.archive import archive_location, redacted

    for address in ("postgresql://editor:secret@db.newsroom:5433/archive", "postgres://db/archive",
                    "postgresql+psycopg://db/archive"):
        assert archive_location(address) == address
    assert archive_location("sqlite:///rel/a.sqlite3") == Path("rel/a.sqlite3")
    assert redacted("postgresql://editor:s3cr:et@db/archive") == "postgresql://editor:***@db/archive"
    assert redacted("postgresql://editor@db/archive") == "postgresql://editor@db/archive"


def test_archive_addresses_that_name_files(tmp_path: Path) -> None:
    assert archive_path("sqlite:///rel/a.sqlite3") == Path("rel/a.sqlite3")
    assert archive_path(f"sqlite:///{tmp_path}/a.sqlite3") == tmp_path / "a.sqlite3"
    assert archive_path(f"file://{tmp_path}/a%20b.sqlite3") == tmp_path / "a b.sqlite3"
    assert archive_path("C:\\Users\\me\\archive.sqlite3") == Path("C:\\Users\\me\\archive.sqlite3")


def _pretend_unwritable(monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests often run as root, whom file permissions do not stop; the archive asks this function.
    monkeypatch.setattr(archive_module, "is_writable", lambda _path: False)


def test_a_read_only_archive_opens_for_reading_and_refuses_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _filled(tmp_path / "a.sqlite3")
    before = path.read_bytes()
    _pretend_unwritable(monkeypatch)
    with open_archive(path, create=False, verify=True) as archive:
        assert archive.read_only
        with archive.read() as tx:
            assert tx.articles.count() == 3
            assert len(tx.articles.search("tunnel")) == 3
        with pytest.raises(ArchiveReadOnlyError, match="read-only"), archive.write():
            pass
    assert path.read_bytes() == before
    assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0


def test_a_read_only_archive_of_an_older_version_cannot_be_upgraded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    path = tmp_path / "old.sqlite3"
    shutil.copy(Path(__file__).parent.parent / "data" / "archives" / "v1.sqlite3", path)
    _pretend_unwritable(monkeypatch)
    with pytest.raises(ArchiveError, match="read-only, so it cannot be upgraded"):
        open_archive(path)


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else True, reason="root may write any file")
def test_file_permissions_make_an_archive_read_only(tmp_path: Path) -> None:
    path = _filled(tmp_path / "a.sqlite3")
    path.chmod(0o444)
    with open_archive(path) as archive:
        assert archive.read_only


def _read_only_mount_works(tmp_path: Path) -> bool:
    import shutil
    import subprocess

    if shutil.which("unshare") is None or shutil.which("mount") is None:
        return False
    probe_src, probe_mnt = tmp_path / "probe-src", tmp_path / "probe-mnt"
    probe_src.mkdir()
    probe_mnt.mkdir()
    script = f"mount --bind {probe_src} {probe_mnt} && mount -o remount,bind,ro {probe_mnt}"
    return subprocess.run(["unshare", "-m", "sh", "-c", script], capture_output=True, check=False).returncode == 0


def test_an_archive_on_a_read_only_medium(tmp_path: Path) -> None:
    """A real read-only mount (a private mount namespace): SQLite cannot create the WAL index there."""
    import subprocess
    import sys

    if not _read_only_mount_works(tmp_path):
        pytest.skip("needs unshare and mount (a private mount namespace) to make a read-only medium")
    source, medium = tmp_path / "src", tmp_path / "medium"
    source.mkdir()
    medium.mkdir()
    _filled(source / "a.sqlite3")
    article = tmp_path / "new.txt"
    article.write_text("Nieuw\n\nOp 9 juli 2023 gebeurde er iets in Utrecht, zei de burgemeester.\n")
    db = f"{medium}/a.sqlite3"
    commands = [["search", "tunnel", "--json"], ["archive", "check"], ["import", str(article)]]
    program = (
        "import sys\nfrom timeline_app.cli import run_cli\n"
        f"for command in {commands!r}:\n"
        f"    print(command[0] + '=' + str(run_cli(['--db', {db!r}, *command])), flush=True)\n"
    )
    script = f"mount --bind {source} {medium} && mount -o remount,bind,ro {medium} && {sys.executable} -c \"$0\""
    result = subprocess.run(["unshare", "-m", "sh", "-c", script, program], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.count('"article_id"') == 3
    assert "ok (3 articles, 0 events), read-only" in result.stdout
    assert "search=0" in result.stdout and "archive=0" in result.stdout
    assert "import=1" in result.stdout and "is read-only" in result.stderr and "Traceback" not in result.stderr
