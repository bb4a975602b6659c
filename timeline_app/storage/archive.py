"""The archive: one database, opened once by ``app.py`` or ``cli.py`` and passed down.

Work happens in transactions::

    with archive.write() as tx:          # BEGIN IMMEDIATE on SQLite: one writer at a time
        article = tx.articles.add(...)
    with archive.read() as tx:
        hits = tx.articles.search("annexatie Krim")

A transaction either commits whole or not at all; rows never leave it (stores return
frozen domain records). A ``write()`` or ``read()`` opened while the same thread already
holds a write transaction joins it (a write as a savepoint), so services compose into one op.

The desktop app binds the archive to its one writer thread (:meth:`Archive.bind_writer`):
from then on a write from any other thread raises :class:`WrongThreadError`.

Opening an up-to-date archive only reads, so readers never wait for a writer; a writer that
finds another process holding the lock waits and tries again (see :meth:`Archive.write`). An
archive that cannot be written (file permissions, a read-only medium, a SELECT-only database
role) opens read-only: reading works, :meth:`Archive.write` raises :class:`ArchiveReadOnlyError`.

An archive is an SQLite file (a path or ``sqlite:///path``) or, shared by a newsroom, a
PostgreSQL database (``postgresql://user@host:port/dbname``, see :mod:`timeline_app.storage.pg_open`):
the same stores and schema history on both. On PostgreSQL every committed write tells the other
instances what it changed (:mod:`timeline_app.storage.notify`; :meth:`Archive.listen`).
"""

from __future__ import annotations

import getpass
import os
import re
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote, urlsplit

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import SessionTransaction
from sqlmodel import Session

from timeline_app.domain.models import Changes
from timeline_app.storage import notify, postgres, versions
from timeline_app.storage import sqlite as sqlite_dialect
from timeline_app.storage.articles import ArticleStore
from timeline_app.storage.dialects import dialect_named, dialect_of
from timeline_app.storage.draft_queries import DraftQueryStore
from timeline_app.storage.event_batch import EventBatchStore
from timeline_app.storage.events import EventStore
from timeline_app.storage.lanes import LaneStore
from timeline_app.storage.review_queue import ReviewQueueStore
from timeline_app.storage.schema import SchemaError, ensure_schema
from timeline_app.storage.tags import TagStore
from timeline_app.storage.timelines import TimelineStore

# Waiting for another process's write lock: SQLite's busy timeout per attempt, then these
# pauses between attempts, for at most LOCK_WAIT_LIMIT seconds (or until the caller stops).
LOCK_RETRY_PAUSES = (0.05, 0.1, 0.2, 0.5, 1.0)
LOCK_WAIT_LIMIT = 600.0
# Opening with ``verify`` runs SQLite's quick check on archives up to this size (about 2 ms per
# MB); larger ones are checked when a query hits damage, or by ``timeline-app archive check``.
VERIFY_MAX_BYTES = 64_000_000
DAMAGED_HINT = "the archive is damaged; restore from backup or run `timeline-app archive check`"
_URL_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")
_DAMAGE_WORDS = ("malformed", "corrupt", "not a database", "disk i/o error")
EDITOR_ENV = "TIMELINE_APP_EDITOR"
_WRITES = "timeline_app.writes"
_ANNOUNCED = "timeline_app.announced"


class ArchiveError(RuntimeError):
    """The archive file cannot be opened or used (with the reason in the message)."""


class WrongThreadError(RuntimeError):
    """A write was attempted off the archive's writer thread."""


class ArchiveMissingError(ArchiveError):
    """There is no archive at the given location (and creating one was not asked for)."""


class ArchiveReadOnlyError(ArchiveError):
    """A change was asked of an archive that is open read-only."""


class ArchiveBusyError(ArchiveError):
    """Another program kept the archive's write lock for longer than a writer waits."""


class ArchiveDamagedError(ArchiveError):
    """The archive file is damaged (SQLite reports corruption); ``problems`` says what was found."""

    def __init__(self, message: str, problems: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.problems = problems


def is_database_url(location: str | os.PathLike[str]) -> bool:
    """Whether ``location`` names a PostgreSQL database rather than an archive file."""
    match = _URL_SCHEME.match(os.fspath(location))
    return match is not None and match.group(1).lower().split("+")[0] in ("postgresql", "postgres")


def archive_location(location: str | os.PathLike[str]) -> Path | str:
    """What a ``--db`` value names: an archive file (a path, ``sqlite:///path``, ``file:///path``) or
    a PostgreSQL database (its ``postgresql://`` address, returned as given).

    Other URLs are refused with :class:`ArchiveError` rather than taken for a folder name.
    """
    if is_database_url(location):
        return os.fspath(location)
    return archive_path(location)


def archive_path(location: str | os.PathLike[str]) -> Path:
    """The archive file a ``--db`` value names: a path or a ``sqlite:///path`` URL.

    Other URLs are refused with :class:`ArchiveError` rather than taken for a folder name
    (a PostgreSQL address is not a file: see :func:`archive_location`).
    """
    text = os.fspath(location)
    match = _URL_SCHEME.match(text)
    if match is None:
        return Path(text).expanduser()
    scheme = match.group(1).lower()
    if scheme == "sqlite":  # SQLAlchemy's form: sqlite:///relative/path, sqlite:////absolute/path
        rest = text[len(match.group(0)):]
        if not rest.startswith("/") or not rest.strip("/"):
            raise ArchiveError(f"{text}: write an SQLite archive as sqlite:///path/to/archive.sqlite3")
        return Path(unquote(rest[1:])).expanduser()
    if scheme == "file":
        parts = urlsplit(text)
        if parts.netloc not in ("", "localhost") or not parts.path.strip("/"):
            raise ArchiveError(f"{text}: write a file URL as file:///path/to/archive.sqlite3")
        return Path(unquote(parts.path))
    if scheme.startswith("postgres"):
        raise ArchiveError(f"{redacted(text)} is a PostgreSQL database, not an archive file")
    raise ArchiveError(
        f"{redacted(text)}: unknown kind of archive address ({scheme}://); give an archive file path "
        "or a postgresql:// address"
    )


def redacted(url: str) -> str:
    """``url`` with its password (if any) shown as ``***``, for messages, logs and window titles."""
    return re.sub(r"(://[^/:@?#]*):[^/@]*@", r"\1:***@", url)


def default_editor() -> str:
    """Who this app instance's changes are credited to: ``$TIMELINE_APP_EDITOR``, else the login name."""
    name = os.environ.get(EDITOR_ENV, "").strip()
    if name:
        return name[:80]
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "an editor"


def is_damage_error(exc: BaseException) -> bool:
    """True when ``exc`` is SQLite reporting a damaged database file."""
    if not isinstance(exc, (DatabaseError, sqlite3.DatabaseError)):
        return False
    reason = str(getattr(exc, "orig", exc)).lower()
    return any(word in reason for word in _DAMAGE_WORDS)


def is_lock_error(exc: BaseException) -> bool:
    """True when ``exc`` says another connection holds the write lock (SQLite's, or the PostgreSQL archive's)."""
    if isinstance(exc, postgres.WriteLockTimeout):
        return True
    reason = str(getattr(exc, "orig", exc)).lower()
    return isinstance(exc, (OperationalError, sqlite3.OperationalError)) and (
        "database is locked" in reason or "database is busy" in reason
    )


def is_read_only_error(exc: BaseException) -> bool:
    """True when ``exc`` is SQLite refusing to write a read-only database file."""
    reason = str(getattr(exc, "orig", exc)).lower()
    return isinstance(exc, (OperationalError, sqlite3.OperationalError)) and "readonly database" in reason


class Transaction:
    """A unit of work on the archive with a store per kind of record."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.editor = versions.editor_of(session)
        self.articles = ArticleStore(session)
        self.events = EventStore(session)
        self.timelines = TimelineStore(session)
        self.lanes = LaneStore(session)
        self.tags = TagStore(session)
        self.queue = ReviewQueueStore(session)
        self.event_batch = EventBatchStore(session)
        self.drafts = DraftQueryStore(session)
        self._savepoints = 0

    @contextmanager
    def savepoint(self, *, plain: bool = False) -> Iterator[None]:
        """A nested unit inside this transaction: an exception undoes only what ran inside it.

        ``plain``: the block writes through the stores' bulk statements only, no ORM objects
        (an import's articles); on SQLite the savepoint is then three driver statements instead
        of SQLAlchemy's bookkeeping, which costs more than storing a short article.
        """
        connection = self.session.connection()
        if plain and connection.dialect.name == "sqlite":
            cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
            self._savepoints += 1
            name = f"plain_{self._savepoints}"
            cursor.execute(f"SAVEPOINT {name}")
            try:
                yield
            except BaseException:
                cursor.execute(f"ROLLBACK TO {name}")
                cursor.execute(f"RELEASE {name}")
                raise
            cursor.execute(f"RELEASE {name}")
            return
        with self.session.begin_nested():
            # SAVEPOINT now, not when the ORM next needs the connection: the plain driver
            # statements of an import (storage.fast_rows) run inside it too.
            self.session.connection()
            yield

    def check_integrity(self) -> list[str]:
        """Problems the database reports about itself; empty when healthy."""
        return dialect_of(self.session).integrity_problems(self.session.connection())

    # -- several editors -----------------------------------------------------------

    def announce(self, changes: Changes) -> None:
        """Tell other app instances what this transaction changed (sent when it commits; shared archives)."""
        announced: Changes = self.session.info.get(_ANNOUNCED, Changes())
        self.session.info[_ANNOUNCED] = announced | changes

    def check_versions(self, seen: Mapping[versions.Key, int]) -> None:
        """Refuse (:class:`~timeline_app.storage.versions.StaleEditError`) when a row moved on since version ``seen``."""
        versions.check(self.session, seen)

    @contextmanager
    def tracking(self) -> Iterator[dict[versions.Key, versions.State]]:
        """How each versioned row changed in the block stood before (see :func:`~timeline_app.storage.versions.tracking`)."""
        with versions.tracking(self.session) as record:
            yield record

    def current_versions(self, keys: Iterable[versions.Key]) -> dict[versions.Key, int]:
        """The versions of the existing rows among ``keys``."""
        self.session.flush()
        return versions.current(self.session, keys)

    def put_back_versions(self, states: Mapping[versions.Key, versions.State]) -> None:
        """Give rows the versions (and last editors) they had (an undo that wrote their content back)."""
        versions.put_back(self.session, states)


class Archive:
    """An open archive database (``read_only`` when it cannot be written).

    ``location`` is what messages and window titles show (a PostgreSQL address without its
    password); ``editor`` is who the changes made through it are credited to.
    """

    def __init__(self, engine: Engine, location: str, *, read_only: bool = False, editor: str | None = None,
                 read_only_reason: str | None = None, listen_to: str | None = None) -> None:
        self.engine = engine
        self.location = location
        self.read_only = read_only
        self.editor = editor or default_editor()
        self.kind = engine.dialect.name
        self.dialect = dialect_named(self.kind)
        self.instance = uuid.uuid4().hex
        self._read_only_reason = read_only_reason
        self._listen_to = listen_to
        self._writer: Engine
        self._reader: Engine
        if self.kind == "postgresql":
            self._writer = engine
            self._reader = engine.execution_options(isolation_level="REPEATABLE READ", postgresql_readonly=True)
            event.listen(engine, "before_cursor_execute", _note_write)
        else:
            self._writer = engine.execution_options(sqlite_begin="IMMEDIATE")
            self._reader = engine
        self._writer_thread: int | None = None
        self._local = threading.local()

    @property
    def shared(self) -> bool:
        """True for a database several editors use at once (PostgreSQL)."""
        return self.kind == "postgresql"

    @property
    def name(self) -> str:
        """A short name for window titles: the file name, or the database and its server."""
        if self.shared:
            parts = urlsplit(self.location)
            return f"{parts.path.strip('/') or '?'} on {parts.hostname or 'localhost'}"
        return Path(self.location).name

    @property
    def read_only_reason(self) -> str:
        """Why changes are refused (for a read-only archive)."""
        return self._read_only_reason or read_only_reason(self.location)

    def listen(self, on_changes: notify.OnChanges) -> notify.ChangeListener | None:
        """Hear the changes other instances make (``on_changes(changes, editor)`` on a listener thread);
        ``None`` for an archive nobody else changes while it is open (an SQLite file)."""
        if self._listen_to is None:
            return None
        return notify.ChangeListener(self._listen_to, self.instance, on_changes, shown_as=self.location)

    def bind_writer(self, thread_id: int | None) -> None:
        """Allow writes only from the thread ``thread_id`` (``threading.get_ident()``); ``None``: any thread."""
        self._writer_thread = thread_id

    @property
    def writer_thread(self) -> int | None:
        """The thread writes are bound to, if any."""
        return self._writer_thread

    def in_write(self) -> bool:
        """True while the calling thread holds a write transaction."""
        return getattr(self._local, "tx", None) is not None

    @contextmanager
    def read(self) -> Iterator[Transaction]:
        """A read transaction (a consistent snapshot while it lasts); inside a write, that write."""
        outer: Transaction | None = getattr(self._local, "tx", None)
        if outer is not None:
            yield outer
            return
        with Session(self._reader, expire_on_commit=False) as session, session.begin():
            versions.set_editor(session, self.editor)
            yield Transaction(session)

    @contextmanager
    def write(self, *, stop: Callable[[], bool] | None = None) -> Iterator[Transaction]:
        """A write transaction; commits when the block ends, rolls back on an exception.

        Inside another write on this thread it is a savepoint of that one (rolled back alone on
        an exception, committed with the outer one). Raises :class:`WrongThreadError` off the
        writer thread once one is bound, :class:`ArchiveReadOnlyError` on a read-only archive.

        The write lock is taken before the block runs. While another process holds it, this
        waits and tries again with growing pauses until it gets the lock, ``stop()`` turns
        true (the lock error is re-raised) or :data:`LOCK_WAIT_LIMIT` passes
        (:class:`ArchiveBusyError`).
        """
        if self.read_only:
            raise ArchiveReadOnlyError(self.read_only_reason)
        bound = self._writer_thread
        if bound is not None and threading.get_ident() != bound:
            raise WrongThreadError(
                f"archive write from thread {threading.current_thread().name!r}; writes run on the writer thread"
            )
        outer: Transaction | None = getattr(self._local, "tx", None)
        if outer is not None:
            with outer.session.begin_nested():
                outer.session.connection()  # the SAVEPOINT itself, now (see Transaction.savepoint)
                yield outer
            return
        session, transaction = self._begin_locked(stop)
        with session, transaction:
            tx = Transaction(session)
            self._local.tx = tx
            try:
                yield tx
                if self.shared:
                    self._send_changes(session)
            finally:
                self._local.tx = None

    def _begin_locked(self, stop: Callable[[], bool] | None) -> tuple[Session, SessionTransaction]:
        pauses = iter(LOCK_RETRY_PAUSES)
        deadline = time.monotonic() + LOCK_WAIT_LIMIT
        while True:
            session = Session(self._writer, expire_on_commit=False)
            versions.set_editor(session, self.editor)
            transaction = session.begin()
            try:
                connection = session.connection()  # SQLite: BEGIN IMMEDIATE, the lock or "database is locked"
                if self.shared:
                    postgres.take_write_lock(connection)  # waits a slice, then WriteLockTimeout
                    connection.info[_WRITES] = set()
                return session, transaction
            except OperationalError as exc:
                session.close()
                if not is_lock_error(exc) or (stop is not None and stop()):
                    raise
                if time.monotonic() >= deadline:
                    raise ArchiveBusyError(
                        f"{self.location}: another program kept the archive locked for over "
                        f"{LOCK_WAIT_LIMIT / 60:g} minutes; nothing was changed"
                    ) from exc
                if not self.shared:  # PostgreSQL waited inside the lock statement already
                    time.sleep(next(pauses, LOCK_RETRY_PAUSES[-1]))

    def _send_changes(self, session: Session) -> None:
        """The last statement of a write on a shared archive: tell the others what it changed."""
        connection = session.connection()
        written: set[str] = connection.info.pop(_WRITES, set())
        changes: Changes = session.info.pop(_ANNOUNCED, None) or notify.changes_of_tables(written)
        if written and not changes.empty:
            connection.execute(text("SELECT pg_notify(:channel, :payload)"),
                               {"channel": notify.CHANNEL, "payload": notify.encode(changes, self.instance, self.editor)})

    def quick_check(self) -> list[str]:
        """What a fast check of the database finds wrong (SQLite's quick check; empty when it looks healthy)."""
        try:
            with self.engine.connect() as connection:
                return self.dialect.quick_check(connection)
        except (DatabaseError, sqlite3.DatabaseError) as exc:
            return [str(getattr(exc, "orig", exc))]

    def check(self) -> list[str]:
        """The full check (structure, foreign keys, search and span indexes); empty when healthy."""
        try:
            with self.read() as tx:
                return tx.check_integrity()
        except (DatabaseError, sqlite3.DatabaseError) as exc:
            return [str(getattr(exc, "orig", exc))]

    def damaged(self, exc: BaseException) -> ArchiveDamagedError:
        """The error to report after a query hit damage: with what the quick check finds."""
        problems = tuple(self.quick_check()) or (str(getattr(exc, "orig", exc)),)
        return ArchiveDamagedError(f"{self.location}: {DAMAGED_HINT} ({problems[0]})", problems)

    def close(self) -> None:
        """Release all connections."""
        self.engine.dispose()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _note_write(connection: Any, _cursor: Any, statement: str, _parameters: Any, _context: Any,
                _executemany: bool) -> None:
    """Engine hook (PostgreSQL): remember which tables a write transaction's statements change."""
    written = connection.info.get(_WRITES)
    if written is not None:
        table = notify.written_table(statement)
        if table is not None:
            written.add(table)


def read_only_reason(location: str) -> str:
    """Why a change to the archive file at ``location`` was refused."""
    return (
        f"{location} is read-only (file permissions or a read-only medium): it can be read but not changed; "
        "copy it somewhere writable to edit it"
    )


def is_writable(path: Path) -> bool:
    """Whether this process may change the archive file at ``path`` (and create its WAL files beside it)."""
    folder = path.parent if str(path.parent) else Path(".")
    return os.access(path, os.W_OK) and os.access(folder, os.W_OK | os.X_OK)


def _engine(db_path: Path, read_only: bool, immutable: bool = False) -> Engine:
    if not read_only:
        engine = create_engine(f"sqlite:///{db_path}")
    else:
        # On a read-only medium SQLite cannot make the WAL index next to the file; nobody can
        # change the file there either, so it may be read as immutable.
        uri = f"file:{quote(str(db_path.absolute()))}?mode=ro" + ("&immutable=1" if immutable else "")
        engine = create_engine(
            "sqlite://", creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False)
        )
    sqlite_dialect.configure_engine(engine, read_only=read_only)
    return engine


def open_archive(
    path: str | os.PathLike[str], *, create: bool = True, read_only: bool = False, verify: bool = False,
    editor: str | None = None,
) -> Archive:
    """Open the archive at ``path`` (an SQLite file, or a ``postgresql://`` database) and bring its
    schema up to date.

    A missing file (an empty database) gets a new archive only with ``create`` (otherwise
    :class:`ArchiveMissingError`). An archive this process cannot write (file permissions, a
    SELECT-only role), or any with ``read_only``, opens read-only. With ``verify``, an SQLite
    archive of up to :data:`VERIFY_MAX_BYTES` is quick-checked first, so damage is reported
    (:class:`ArchiveDamagedError`) before a query could silently miss rows. ``editor`` names who
    the changes are credited to (default: :func:`default_editor`).
    """
    if isinstance(path, str) and is_database_url(path):
        from timeline_app.storage.pg_open import open_database

        return open_database(path, create=create, read_only=read_only, editor=editor)
    db_path = Path(path)
    if db_path.is_dir():
        raise ArchiveError(f"{db_path} is a folder, not an archive file")
    if not db_path.exists():
        if not create or read_only:
            raise ArchiveMissingError(f"no archive at {db_path}")
        try:
            db_path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ArchiveError(f"cannot create the folder for {db_path}: {exc.strerror or exc}") from exc
    read_only = read_only or (db_path.exists() and not is_writable(db_path))
    try:
        archive = _opened(db_path, read_only, editor=editor) if not read_only else _opened_read_only(db_path, editor)
    except ArchiveReadOnlyError:
        if read_only:
            raise
        archive = _opened_read_only(db_path, editor)  # the file system said no after all: read it only
    if verify and _size(db_path) <= VERIFY_MAX_BYTES:
        problems = tuple(archive.quick_check())
        if problems:
            archive.close()
            raise ArchiveDamagedError(f"{db_path}: {DAMAGED_HINT} ({problems[0]})", problems)
    return archive


def _size(path: Path) -> int:
    try:
        return path.stat().st_size + (path.with_name(path.name + "-wal").stat().st_size
                                      if path.with_name(path.name + "-wal").exists() else 0)
    except OSError:
        return 0


def _opened_read_only(db_path: Path, editor: str | None) -> Archive:
    try:
        return _opened(db_path, True, editor=editor)
    except ArchiveError as exc:
        folder = db_path.parent if str(db_path.parent) else Path(".")
        if "unable to open database file" not in str(exc) or os.access(folder, os.W_OK):
            raise
        return _opened(db_path, True, immutable=True, editor=editor)


def _opened(db_path: Path, read_only: bool, immutable: bool = False, *, editor: str | None = None) -> Archive:
    engine = _engine(db_path, read_only, immutable)
    try:
        ensure_schema(engine, read_only=read_only)
    except SchemaError as exc:
        engine.dispose()
        raise ArchiveError(f"{db_path}: {exc}") from exc
    except (DatabaseError, OperationalError, sqlite3.DatabaseError) as exc:
        engine.dispose()
        if not read_only and is_read_only_error(exc):
            raise ArchiveReadOnlyError(read_only_reason(str(db_path))) from exc
        reason = str(getattr(exc, "orig", exc))
        if "not a database" in reason:
            reason = "not a timeline_app archive (the file is not an SQLite database)"
        elif is_damage_error(exc):
            raise ArchiveDamagedError(f"{db_path}: {DAMAGED_HINT} ({reason})", (reason,)) from exc
        raise ArchiveError(f"cannot open {db_path}: {reason}") from exc
    return Archive(engine, str(db_path), read_only=read_only, editor=editor)
