"""Copying a whole archive to another one, across backends (SQLite <-> PostgreSQL).

Into an empty archive every row is copied as it is: ids, links, review decisions, versions,
timelines with their lanes, eras, entries and tags; the target's own search and span indexes
follow from its triggers or generated columns. With ``merge`` the target may hold articles
already: an article whose content hash is there is not copied again (its events are matched to
the target's events of that article by title and span), everything else gets new ids in the
target, and a timeline whose name is taken is copied under a free one ("Crisis (2)").

The copy runs in one write transaction on the target: it lands whole or not at all.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Table, func, insert, select, text
from sqlmodel import SQLModel

from timeline_app.domain.models import Changes
from timeline_app.storage.archive import Archive, ArchiveError, ArchiveReadOnlyError

TABLES = ("article", "event", "event_source", "tag", "event_tag", "timeline", "lane", "era", "timeline_entry",
          "entry_tag")
"""Every table of the archive, parents before children."""
CHUNK = 1000

Progress = Callable[[int, int, str], None]
"""``progress(done, total, what)``: rows copied so far, of all rows, and the table being copied."""


class CopyError(ArchiveError):
    """The archive cannot be copied there (the reason in the message)."""


@dataclass(frozen=True, slots=True)
class CopyReport:
    """What a copy did: rows written per table, articles left out as already there, timelines renamed."""

    copied: dict[str, int]
    duplicates: int = 0
    renamed: tuple[tuple[str, str], ...] = ()

    def as_json(self) -> dict[str, Any]:
        """The report as plain data (for ``--json``)."""
        return {"copied": self.copied, "duplicate_articles": self.duplicates,
                "renamed_timelines": [list(pair) for pair in self.renamed]}


def _table(name: str) -> Table:
    return SQLModel.metadata.tables[name]


def _count(connection: Connection, name: str) -> int:
    return int(connection.execute(select(func.count()).select_from(_table(name))).scalar() or 0)


def _rows(connection: Connection, name: str) -> Iterator[list[dict[str, Any]]]:
    """The rows of table ``name`` in chunks, in key order (only the columns the tables declare)."""
    table = _table(name)
    statement = select(*table.columns).order_by(*table.primary_key.columns)
    result = connection.execution_options(stream_results=True, yield_per=CHUNK).execute(statement)
    for chunk in result.partitions(CHUNK):
        yield [dict(row._mapping) for row in chunk]


@dataclass
class _Copy:
    source: Connection
    target: Connection
    progress: Progress | None
    total: int
    done: int = 0
    copied: dict[str, int] = field(default_factory=dict)
    new_events: set[int] = field(default_factory=set)
    """Merging: the source events copied as new ones (not found in the target)."""

    def tick(self, name: str, count: int) -> None:
        self.done += count
        self.copied[name] = self.copied.get(name, 0) + count
        if self.progress is not None:
            self.progress(self.done, self.total, name)

    def insert(self, name: str, rows: Sequence[dict[str, Any]]) -> None:
        if rows:
            self.target.execute(insert(_table(name)), list(rows))
        self.tick(name, len(rows))

    def insert_new(self, name: str, rows: Sequence[dict[str, Any]]) -> list[int]:
        """Insert ``rows`` under new ids; returns the ids in the order of ``rows``."""
        if not rows:
            return []
        table = _table(name)
        values = [{k: v for k, v in row.items() if k != "id"} for row in rows]
        statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
        ids = [int(r[0]) for r in self.target.execute(statement, values)]
        self.tick(name, len(rows))
        return ids


def copy_archive(source: Archive, target: Archive, *, merge: bool = False, progress: Progress | None = None) -> CopyReport:
    """Copy everything in ``source`` into ``target`` (see the module docstring).

    Raises :class:`CopyError` when ``target`` is not empty and ``merge`` is not asked for, or
    when it is the same archive; :class:`ArchiveReadOnlyError` when it cannot be written.
    """
    if target.read_only:
        raise ArchiveReadOnlyError(f"{target.location} is read-only; nothing was copied")
    if source.location == target.location:
        raise CopyError(f"{source.location}: an archive cannot be copied onto itself")
    with source.read() as src, target.write() as dst:
        source_connection, target_connection = src.session.connection(), dst.session.connection()
        holding = {name: _count(target_connection, name) for name in ("article", "event", "timeline", "tag")}
        if any(holding.values()) and not merge:
            kept = ", ".join(f"{count} {name}s" for name, count in holding.items() if count)
            raise CopyError(f"{target.location} is not empty ({kept}); nothing was copied (add --merge to add "
                            "this archive's articles and timelines to it, leaving out articles it has already)")
        total = sum(_count(source_connection, name) for name in TABLES)
        work = _Copy(source_connection, target_connection, progress, total)
        if merge and any(holding.values()):
            report = _merge(work)
        else:
            for name in TABLES:
                for rows in _rows(source_connection, name):
                    work.insert(name, rows)
            report = CopyReport(dict(work.copied))
        _after_insert_with_ids(target_connection)
        dst.announce(Changes(articles=True, events=True, timelines=True))
    return report


def _after_insert_with_ids(connection: Connection) -> None:
    """PostgreSQL: move each id sequence past the ids written by hand (SQLite takes max(id) + 1 itself)."""
    if connection.dialect.name != "postgresql":
        return
    for name in TABLES:
        if "id" in _table(name).c:
            connection.execute(text(
                f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), coalesce((SELECT max(id) FROM {name}), 0) + 1,"
                " false)"))


def _merge(work: _Copy) -> CopyReport:
    """Add the source's rows to a target that holds some already (new ids; known articles left out)."""
    src, dst = work.source, work.target
    articles: dict[int, int] = {}
    known = {str(h): int(i) for i, h in dst.execute(select(_table("article").c.id, _table("article").c.content_hash))}
    fresh: set[int] = set()
    duplicates = 0
    for rows in _rows(src, "article"):
        new = [row for row in rows if row["content_hash"] not in known]
        for row in rows:
            if row["content_hash"] in known:
                articles[row["id"]] = known[row["content_hash"]]
                duplicates += 1
        for row, new_id in zip(new, work.insert_new("article", new), strict=True):
            articles[row["id"]] = new_id
            known[row["content_hash"]] = new_id
            fresh.add(row["id"])
    events = _merge_events(work, articles, fresh)
    for rows in _rows(src, "event_source"):
        wanted = [{**row, "event_id": events[row["event_id"]], "article_id": articles[row["article_id"]]}
                  for row in rows if row["event_id"] in work.new_events]
        work.insert_new("event_source", wanted)
    tags = {str(n): int(i) for i, n in dst.execute(select(_table("tag").c.id, _table("tag").c.name))}
    tag_map: dict[int, int] = {}
    for rows in _rows(src, "tag"):
        new = [row for row in rows if row["name"] not in tags]
        for row in rows:
            if row["name"] in tags:
                tag_map[row["id"]] = tags[row["name"]]
        for row, new_id in zip(new, work.insert_new("tag", new), strict=True):
            tag_map[row["id"]] = tags[row["name"]] = new_id
    for rows in _rows(src, "event_tag"):
        work.insert("event_tag", [{"event_id": events[r["event_id"]], "tag_id": tag_map[r["tag_id"]]}
                                  for r in rows if r["event_id"] in work.new_events])
    renamed = _merge_timelines(work, events, tag_map)
    return CopyReport(dict(work.copied), duplicates, renamed)


def _merge_events(work: _Copy, articles: dict[int, int], fresh: set[int]) -> dict[int, int]:
    """Source event id -> target event id: events of known articles found in the target, the others copied."""
    src, dst = work.source, work.target
    sources: dict[int, set[int]] = defaultdict(set)
    for rows in _rows(src, "event_source"):
        for row in rows:
            sources[row["event_id"]].add(row["article_id"])
    event_table, source_table = _table("event"), _table("event_source")
    events: dict[int, int] = {}
    for rows in _rows(src, "event"):
        copy = []
        for row in rows:
            reported_by = sources.get(row["id"], set())
            match = None
            if not (reported_by & fresh):  # reported by articles the target has (or by none): look there
                same = select(event_table.c.id).where(
                    event_table.c.title == row["title"], event_table.c.span_start == row["span_start"],
                    event_table.c.span_end == row["span_end"])
                if reported_by:
                    same = same.join(source_table, source_table.c.event_id == event_table.c.id).where(
                        source_table.c.article_id.in_(sorted(articles[a] for a in reported_by)))
                match = dst.execute(same.limit(1)).scalar()
            if match is not None:
                events[row["id"]] = int(match)
            else:
                copy.append(row)
        for row, new_id in zip(copy, work.insert_new("event", copy), strict=True):
            events[row["id"]] = new_id
            work.new_events.add(row["id"])
    return events


def _free_name(taken: set[str], wanted: str) -> str:
    if wanted not in taken:
        return wanted
    n = 2
    while f"{wanted} ({n})" in taken:
        n += 1
    return f"{wanted} ({n})"


def _merge_timelines(work: _Copy, events: dict[int, int], tags: dict[int, int]) -> tuple[tuple[str, str], ...]:
    src, dst = work.source, work.target
    taken = {str(n) for (n,) in dst.execute(select(_table("timeline").c.name))}
    timelines: dict[int, int] = {}
    renamed: list[tuple[str, str]] = []
    for rows in _rows(src, "timeline"):
        for row in rows:
            name = _free_name(taken, row["name"])
            taken.add(name)
            if name != row["name"]:
                renamed.append((row["name"], name))
            timelines[row["id"]] = work.insert_new("timeline", [{**row, "name": name}])[0]
    lanes: dict[int, int] = {}
    for name in ("lane", "era"):
        for rows in _rows(src, name):
            moved = [{**row, "timeline_id": timelines[row["timeline_id"]]} for row in rows]
            ids = work.insert_new(name, moved)
            if name == "lane":
                lanes.update((row["id"], new_id) for row, new_id in zip(rows, ids, strict=True))
    entries: dict[int, int] = {}
    placed: set[tuple[int, int]] = set()
    for rows in _rows(src, "timeline_entry"):
        wanted, origin = [], []
        for row in rows:
            key = (timelines[row["timeline_id"]], events[row["event_id"]])
            if key in placed:  # two source events that are one target event: one entry
                continue
            placed.add(key)
            lane = lanes.get(row["lane_id"]) if row["lane_id"] is not None else None
            wanted.append({**row, "timeline_id": key[0], "event_id": key[1], "lane_id": lane})
            origin.append(row["id"])
        entries.update(zip(origin, work.insert_new("timeline_entry", wanted), strict=True))
    for rows in _rows(src, "entry_tag"):
        work.insert("entry_tag", [{"entry_id": entries[r["entry_id"]], "tag_id": tags[r["tag_id"]]}
                                  for r in rows if r["entry_id"] in entries])
    return tuple(renamed)
