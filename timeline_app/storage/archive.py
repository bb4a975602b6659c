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
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlmodel import Session

from timeline_app.storage import sqlite as sqlite_dialect
from timeline_app.storage.articles import ArticleStore
from timeline_app.storage.dialects import dialect_of
from timeline_app.storage.draft_queries import DraftQueryStore
from timeline_app.storage.event_batch import EventBatchStore
from timeline_app.storage.events import EventStore
from timeline_app.storage.lanes import LaneStore
from timeline_app.storage.review_queue import ReviewQueueStore
from timeline_app.storage.schema import SchemaError, ensure_schema
from timeline_app.storage.tags import TagStore
from timeline_app.storage.timelines import TimelineStore


class ArchiveError(RuntimeError):
    """The archive file cannot be opened or used (with the reason in the message)."""


class WrongThreadError(RuntimeError):
    """A write was attempted off the archive's writer thread."""


class Transaction:
    """A unit of work on the archive with a store per kind of record."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.articles = ArticleStore(session)
        self.events = EventStore(session)
        self.timelines = TimelineStore(session)
        self.lanes = LaneStore(session)
        self.tags = TagStore(session)
        self.queue = ReviewQueueStore(session)
        self.event_batch = EventBatchStore(session)
        self.drafts = DraftQueryStore(session)

    @contextmanager
    def savepoint(self) -> Iterator[None]:
        """A nested unit inside this transaction: an exception undoes only what ran inside it."""
        with self.session.begin_nested():
            yield

    def check_integrity(self) -> list[str]:
        """Problems the database reports about itself; empty when healthy."""
        return dialect_of(self.session).integrity_problems(self.session.connection())


class Archive:
    """An open archive database."""

    def __init__(self, engine: Engine, location: str) -> None:
        self.engine = engine
        self.location = location
        self._writer = engine.execution_options(sqlite_begin="IMMEDIATE")
        self._writer_thread: int | None = None
        self._local = threading.local()

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
        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            yield Transaction(session)

    @contextmanager
    def write(self) -> Iterator[Transaction]:
        """A write transaction; commits when the block ends, rolls back on an exception.

        Inside another write on this thread it is a savepoint of that one (rolled back alone on
        an exception, committed with the outer one). Raises :class:`WrongThreadError` off the
        writer thread once one is bound.
        """
        bound = self._writer_thread
        if bound is not None and threading.get_ident() != bound:
            raise WrongThreadError(
                f"archive write from thread {threading.current_thread().name!r}; writes run on the writer thread"
            )
        outer: Transaction | None = getattr(self._local, "tx", None)
        if outer is not None:
            with outer.session.begin_nested():
                yield outer
            return
        with Session(self._writer, expire_on_commit=False) as session, session.begin():
            tx = Transaction(session)
            self._local.tx = tx
            try:
                yield tx
            finally:
                self._local.tx = None

    def close(self) -> None:
        """Release all connections."""
        self.engine.dispose()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_archive(path: str | os.PathLike[str]) -> Archive:
    """Open (creating when missing) the SQLite archive at ``path`` and bring its schema up to date."""
    db_path = Path(path)
    if db_path.is_dir():
        raise ArchiveError(f"{db_path} is a folder, not an archive file")
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ArchiveError(f"cannot create the folder for {db_path}: {exc.strerror or exc}") from exc
    engine = create_engine(f"sqlite:///{db_path}")
    sqlite_dialect.configure_engine(engine)
    try:
        ensure_schema(engine)
    except SchemaError as exc:
        engine.dispose()
        raise ArchiveError(f"{db_path}: {exc}") from exc
    except (DatabaseError, OperationalError, sqlite3.DatabaseError) as exc:
        engine.dispose()
        reason = str(getattr(exc, "orig", exc))
        if "not a database" in reason:
            reason = "not a timeline_app archive (the file is not an SQLite database)"
        raise ArchiveError(f"cannot open {db_path}: {reason}") from exc
    return Archive(engine, str(db_path))
