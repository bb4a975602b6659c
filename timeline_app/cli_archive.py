"""Opening the archive for a CLI command, the ``archive create|check`` sub-commands, and turning
archive trouble (missing, read-only, locked, damaged, a search beyond the limits) into one clear
line and the right exit code (see :mod:`timeline_app.cli`)."""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
from collections.abc import Callable
from typing import Any, TextIO

from sqlalchemy.exc import DatabaseError

from timeline_app.paths import DB_ENV, AppPaths
from timeline_app.storage import (
    DAMAGED_HINT,
    Archive,
    ArchiveDamagedError,
    ArchiveError,
    ArchiveMissingError,
    archive_location,
    is_damage_error,
    is_lock_error,
    open_archive,
)
from timeline_app.storage.archive import is_read_only_error
from timeline_app.storage.query import QueryError

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def add_parser(commands: Any) -> None:
    """Add ``archive create|check`` to the CLI's sub-commands."""
    p = commands.add_parser("archive", help="create, check or copy an archive")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = actions.add_parser("create", help="create a new, empty archive at --db PATH")
    a.add_argument("--json", action="store_true")
    a = actions.add_parser("check", help="check the archive file, its search index and its links")
    a.add_argument("--json", action="store_true")
    a = actions.add_parser(
        "copy", help="copy a whole archive to another one (SQLite file <-> postgresql:// database), ids and all",
        description="Copy every article, event, review decision, timeline and tag of SRC into DST (an archive file "
                    "path or a postgresql:// address; a new file is created). DST must be empty unless --merge.")
    a.add_argument("source", metavar="SRC")
    a.add_argument("target", metavar="DST")
    a.add_argument("--merge", action="store_true",
                   help="add to a DST that holds articles already (articles with the same text are not copied again)")
    a.add_argument("--json", action="store_true")


def resolve_paths(db: str | None, environ: dict[str, str] | None = None) -> AppPaths:
    """The paths for ``--db`` (or ``$TIMELINE_APP_DB``); :class:`ArchiveError` for an address we cannot use."""
    env = dict(os.environ if environ is None else environ)
    raw = db if db is not None else env.get(DB_ENV) or None
    location = str(archive_location(raw)) if raw else None
    env.pop(DB_ENV, None)
    return AppPaths.resolve(location, env=env)


def writes(args: argparse.Namespace) -> bool:
    """Whether the command changes the archive."""
    return args.command == "import" or (args.command == "timeline" and args.action in ("create", "draft"))


def open_for_command(paths: AppPaths, args: argparse.Namespace, err: TextIO) -> Archive | int:
    """The archive the command works on, or the exit code after saying why there is none.

    A named archive (``--db``, ``$TIMELINE_APP_DB``) must exist unless ``--create`` is given;
    the default archive in the data folder is created on first use. ``import`` into a named
    archive that does not exist yet creates it when its folder exists, and says so: importing
    is how an archive gets its first articles (scripts import into a fresh file), while a
    mistyped folder is still refused and a reading command never creates anything.
    """
    create = args.create or not paths.explicit
    announce = False
    if paths.db_url is not None:
        # A shared archive's database is made by its administrator; importing into an empty one
        # creates the archive's tables in it (as importing into a new file does).
        announce = not create and args.command == "import"
        create = create or announce
    elif not create and args.command == "import" and not paths.db_path.exists() and paths.db_path.parent.is_dir():
        create = announce = True
    try:
        if announce and paths.db_url is not None:
            try:
                archive = open_archive(paths.db_url, create=False)
                announce = False
            except ArchiveMissingError:
                archive = open_archive(paths.db_url, create=True)
        else:
            archive = open_archive(paths.location, create=create, verify=True)
    except ArchiveMissingError as exc:
        err.write(f"timeline-app: {exc} (add --create to make a new, empty archive there)\n")
        return EXIT_FAILED
    except ArchiveError as exc:
        err.write(f"timeline-app: {exc}\n")
        return EXIT_FAILED
    if announce:
        err.write(f"timeline-app: created a new archive at {archive.location}\n")
    if archive.read_only and writes(args):
        archive.close()
        name = args.command if args.command != "timeline" else f"timeline {args.action}"
        err.write(f"timeline-app: {archive.read_only_reason} (`{name}` would change it)\n")
        return EXIT_FAILED
    return archive


def guarded(archive: Archive, run: Callable[[], int], err: TextIO) -> int:
    """Run a command; archive trouble and searches beyond the limits become one line on ``err``."""
    try:
        return run()
    except QueryError as exc:
        err.write(f"timeline-app: {exc}\n")
        return EXIT_USAGE
    except ArchiveError as exc:
        err.write(f"timeline-app: {exc}\n")
        return EXIT_FAILED
    except (DatabaseError, sqlite3.DatabaseError) as exc:
        if is_damage_error(exc):
            err.write(f"timeline-app: {archive.damaged(exc)}\n")
        elif is_lock_error(exc):
            err.write(f"timeline-app: {archive.location}: another program kept the archive locked; nothing was changed\n")
        elif is_read_only_error(exc):
            err.write(f"timeline-app: {archive.read_only_reason}\n")
        else:
            raise
        return EXIT_FAILED


def run_archive(paths: AppPaths, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """``archive create`` and ``archive check``."""
    if args.action == "create":
        return _create(paths, args, out, err)
    if args.action == "copy":
        return _copy(args, out, err)
    try:
        archive = open_archive(paths.location, create=False)
    except ArchiveMissingError as exc:
        err.write(f"timeline-app: {exc}\n")
        return EXIT_FAILED
    except ArchiveDamagedError as exc:
        return _report(str(paths.location), list(exc.problems), args, out)
    except ArchiveError as exc:
        err.write(f"timeline-app: {exc}\n")
        return EXIT_FAILED
    with archive:
        problems = archive.check()
        counts: dict[str, int] = {}
        if not problems:
            with archive.read() as tx:
                counts = {"articles": tx.articles.count(), "events": tx.events.count()}
        return _report(archive.location, problems, args, out, counts, archive.read_only)


def _copy(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from timeline_app.cli import _ProgressBar
    from timeline_app.storage.archive_copy import copy_archive

    try:
        source = open_archive(str(archive_location(args.source)), create=False, read_only=True)
    except ArchiveError as exc:
        err.write(f"timeline-app: {exc}\n")
        return EXIT_FAILED
    with source:
        try:
            target = open_archive(str(archive_location(args.target)), create=True)
        except ArchiveError as exc:
            err.write(f"timeline-app: {exc}\n")
            return EXIT_FAILED
        with target:
            progress = _ProgressBar(err)
            try:
                report = copy_archive(source, target, merge=args.merge, progress=progress)
            except ArchiveError as exc:
                progress.finish()
                err.write(f"timeline-app: {exc}\n")
                return EXIT_FAILED
            progress.finish()
            if args.json:
                json.dump({"source": source.location, "target": target.location, **report.as_json()}, out, indent=2)
                out.write("\n")
            else:
                counts = report.copied
                out.write(f"copied {counts.get('article', 0)} articles, {counts.get('event', 0)} events and "
                          f"{counts.get('timeline', 0)} timelines from {source.location} to {target.location}\n")
                if report.duplicates:
                    out.write(f"{report.duplicates} articles were in {target.location} already and were not copied\n")
                for old, new in report.renamed:
                    out.write(f"timeline {old!r} is called {new!r} there (the name was taken)\n")
    return EXIT_OK


def _create(paths: AppPaths, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    shown: str = str(paths.db_path)
    try:
        if paths.db_url is not None:
            try:
                existing = open_archive(paths.db_url, create=False)
            except ArchiveMissingError as exc:
                if "does not exist" in str(exc):
                    raise
                existing = None
            if existing is not None:
                existing.close()
                err.write(f"timeline-app: {existing.location} already holds an archive; nothing was created\n")
                return EXIT_FAILED
            created = open_archive(paths.db_url, create=True)
            shown = created.location
            created.close()
        else:
            if paths.db_path.exists():
                err.write(f"timeline-app: {paths.db_path} already exists; nothing was created\n")
                return EXIT_FAILED
            open_archive(paths.db_path, create=True).close()
    except ArchiveError as exc:
        err.write(f"timeline-app: {exc}\n")
        return EXIT_FAILED
    if args.json:
        json.dump({"path": shown, "created": True}, out)
        out.write("\n")
    else:
        out.write(f"created a new, empty archive at {shown}\n")
    return EXIT_OK


def _report(
    location: str,
    problems: list[str],
    args: argparse.Namespace,
    out: TextIO,
    counts: dict[str, int] | None = None,
    read_only: bool = False,
) -> int:
    if args.json:
        json.dump({"path": location, "ok": not problems, "problems": problems, "read_only": read_only,
                   **(counts or {})}, out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif problems:
        out.write(f"{location}: {DAMAGED_HINT.split(';')[0]}\n")
        for problem in problems:
            out.write(f"  {problem}\n")
        out.write("Restore it from a backup; an export of its timelines may still be possible.\n")
    else:
        extra = f" ({counts['articles']} articles, {counts['events']} events)" if counts else ""
        out.write(f"{location}: ok{extra}{', read-only' if read_only else ''}\n")
    return EXIT_FAILED if problems else EXIT_OK
