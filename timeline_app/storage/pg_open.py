"""Opening a newsroom's shared archive on PostgreSQL 15+ (SQLAlchemy with psycopg 3).

``postgresql://user[:password]@host[:port]/dbname`` (also ``postgres://`` and
``postgresql+psycopg://``; ``?host=/path`` for a Unix socket). The database itself is made by
its administrator (see the README); opening an empty one with ``create`` creates the archive's
tables in it, opening an archive of an older release migrates it, and one of a newer release is
refused. A role that may only read (SELECT) opens the archive read-only. The password never
appears in what the archive reports: messages and titles show ``postgresql://user:***@host/db``.
"""

from __future__ import annotations

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from timeline_app.storage import postgres
from timeline_app.storage.archive import (
    Archive,
    ArchiveError,
    ArchiveMissingError,
    ArchiveReadOnlyError,
    redacted,
)
from timeline_app.storage.schema import SchemaError, check_schema, ensure_schema

CONNECT_TIMEOUT_S = 10
MIN_SERVER = 150000


def database_url(location: str) -> URL:
    """The SQLAlchemy URL (psycopg 3 driver) of a ``postgresql://`` address (:class:`ArchiveError` if malformed)."""
    try:
        url = make_url(location)
    except ArgumentError as exc:
        raise ArchiveError(f"{redacted(location)}: not a valid database address ({exc})") from exc
    if url.get_backend_name() not in ("postgresql", "postgres"):
        raise ArchiveError(f"{redacted(location)}: not a PostgreSQL address")
    if not url.database:
        raise ArchiveError(f"{redacted(location)}: name the database: postgresql://user@host:port/dbname")
    return url.set(drivername="postgresql+psycopg")


def shown(url: URL) -> str:
    """The address as messages and titles show it: ``postgresql://user:***@host:port/db``."""
    return url.set(drivername="postgresql").render_as_string(hide_password=True)


def _engine(url: URL, *, read_only: bool) -> Engine:
    options = "-c timezone=UTC" + (" -c default_transaction_read_only=on" if read_only else "")
    return create_engine(
        url, pool_pre_ping=True,
        connect_args={"options": options, "application_name": "timeline_app", "connect_timeout": CONNECT_TIMEOUT_S},
    )


def _reason(exc: BaseException, password: str | None) -> str:
    """The database's own words about ``exc`` (its first line), without the password."""
    message = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return message.replace(password, "***") if password else message


def _connect_error(exc: DBAPIError, where: str, password: str | None) -> ArchiveError:
    state = getattr(exc.orig, "sqlstate", None)
    reason = _reason(exc, password)
    if state == "3D000":
        return ArchiveMissingError(
            f"{where}: the database does not exist; a database administrator makes it first "
            "(CREATE DATABASE …, see the README)"
        )
    # A refused login during the connection often comes without a SQLSTATE: the server's words tell.
    refused = any(words in reason for words in ("password authentication failed", "no pg_hba.conf entry")) or (
        'role "' in reason and "does not exist" in reason)
    if state in ("28P01", "28000") or refused:
        return ArchiveError(f"{where}: cannot log in ({reason.split('FATAL:')[-1].strip()})")
    return ArchiveError(f"cannot connect to {where}: {reason}")


def open_database(location: str, *, create: bool = True, read_only: bool = False, editor: str | None = None) -> Archive:
    """Open (with ``create``: make, in an empty database) the archive in a PostgreSQL database.

    Raises :class:`ArchiveMissingError` for an empty database without ``create`` (or a database
    that does not exist), :class:`ArchiveError` with the reason for anything else that stops it.
    """
    url = database_url(location)
    where = shown(url)
    password = url.password if isinstance(url.password, str) else None
    engine = _engine(url, read_only=False)
    try:
        try:
            with engine.connect() as connection:
                server = int(connection.execute(text("SHOW server_version_num")).scalar() or 0)
            if server < MIN_SERVER:
                raise ArchiveError(f"{where}: the archive needs PostgreSQL 15 or newer (this server runs "
                                   f"{server // 10000}.{server % 10000})")
            version = check_schema(engine)
            with engine.connect() as connection:
                writable = version is None or postgres.can_write(connection)
        except SchemaError as exc:
            raise ArchiveError(f"{where}: {exc}") from exc
        except DBAPIError as exc:
            raise _connect_error(exc, where, password) from exc
        if version is None and not create:
            raise ArchiveMissingError(f"no archive in the database {where} yet")
        read_only = read_only or not writable
        try:
            ensure_schema(engine, read_only=read_only)
        except SchemaError as exc:
            raise ArchiveError(f"{where}: {exc}") from exc
        except DBAPIError as exc:
            if getattr(exc.orig, "sqlstate", None) == "42501":  # insufficient_privilege
                raise ArchiveReadOnlyError(
                    f"{where}: this role may not create the archive's tables here; connect as the database's "
                    "owner once to create the archive (see the README)"
                ) from exc
            raise ArchiveError(f"cannot open {where}: {_reason(exc, password)}") from exc
        except RuntimeError as exc:  # the search extension could not be made
            raise ArchiveError(f"{where}: {exc}") from exc
    except BaseException:
        engine.dispose()
        raise
    if read_only:
        engine.dispose()
        engine = _engine(url, read_only=True)
    reason = (f"{where} is read-only for the role {url.username or 'used'} (it may only read): the archive can be read "
              "but not changed; ask the database administrator for a role that may write")
    listen_to = url.set(drivername="postgresql").render_as_string(hide_password=False)
    return Archive(engine, where, read_only=read_only, editor=editor, read_only_reason=reason, listen_to=listen_to)
