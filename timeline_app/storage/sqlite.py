"""Everything SQLite-specific lives here: connection pragmas, FTS5 index and search SQL.

The rest of the storage package speaks portable SQLAlchemy, so that a PostgreSQL module can
replace this one for a newsroom's shared archive.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Engine, Select, column, event, select, table, text

from timeline_app.domain.models import SearchFilters, SearchHit
from timeline_app.storage.query import And, Node, Not, Or, Term, filter_sql

BUSY_TIMEOUT_MS = 15_000
# Characters that cannot appear in article text (control codes) mark matches in snippets.
_MARK_OPEN = "\x02"
_MARK_CLOSE = "\x03"
_TITLE_WEIGHT = 10.0
_TEXT_WEIGHT = 1.0

_FTS_DDL = (
    # External-content FTS5 tables: the text is stored once (in article/event), the index
    # folds case and diacritics ("Oekraïne" = "oekraine") and keeps 2- and 3-letter prefixes.
    """CREATE VIRTUAL TABLE IF NOT EXISTS article_fts USING fts5(
        title, text, content='article', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2', prefix='2 3')""",
    """CREATE TRIGGER IF NOT EXISTS article_fts_ai AFTER INSERT ON article BEGIN
        INSERT INTO article_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
    END""",
    """CREATE TRIGGER IF NOT EXISTS article_fts_ad AFTER DELETE ON article BEGIN
        INSERT INTO article_fts(article_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    END""",
    """CREATE TRIGGER IF NOT EXISTS article_fts_au AFTER UPDATE OF title, text ON article BEGIN
        INSERT INTO article_fts(article_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
        INSERT INTO article_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
    END""",
    """CREATE VIRTUAL TABLE IF NOT EXISTS event_fts USING fts5(
        title, description, content='event', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2', prefix='2 3')""",
    """CREATE TRIGGER IF NOT EXISTS event_fts_ai AFTER INSERT ON event BEGIN
        INSERT INTO event_fts(rowid, title, description) VALUES (new.id, new.title, new.description);
    END""",
    """CREATE TRIGGER IF NOT EXISTS event_fts_ad AFTER DELETE ON event BEGIN
        INSERT INTO event_fts(event_fts, rowid, title, description)
        VALUES ('delete', old.id, old.title, old.description);
    END""",
    """CREATE TRIGGER IF NOT EXISTS event_fts_au AFTER UPDATE OF title, description ON event BEGIN
        INSERT INTO event_fts(event_fts, rowid, title, description)
        VALUES ('delete', old.id, old.title, old.description);
        INSERT INTO event_fts(rowid, title, description) VALUES (new.id, new.title, new.description);
    END""",
)


# An R*Tree over event spans in whole days, so "events overlapping this period" is a tree
# lookup instead of a scan of every event that started earlier. Day numbers are bounds
# (start floored, end rounded up), exact comparisons follow in the query.
_DAY_START = "CAST(julianday(date({col})) AS INTEGER)"
_DAY_END = "CAST(julianday(date({col})) AS INTEGER) + 1"
_SPAN_INDEX_DDL = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS event_span USING rtree_i32(id, start_day, end_day)",
    f"""CREATE TRIGGER IF NOT EXISTS event_span_ai AFTER INSERT ON event WHEN new.span_start IS NOT NULL BEGIN
        INSERT INTO event_span(id, start_day, end_day)
        VALUES (new.id, {_DAY_START.format(col="new.span_start")}, {_DAY_END.format(col="new.span_end")});
    END""",
    "CREATE TRIGGER IF NOT EXISTS event_span_ad AFTER DELETE ON event BEGIN DELETE FROM event_span WHERE id = old.id; END",
    f"""CREATE TRIGGER IF NOT EXISTS event_span_au AFTER UPDATE OF span_start, span_end ON event BEGIN
        DELETE FROM event_span WHERE id = old.id;
        INSERT INTO event_span(id, start_day, end_day)
        SELECT new.id, {_DAY_START.format(col="new.span_start")}, {_DAY_END.format(col="new.span_end")}
        WHERE new.span_start IS NOT NULL;
    END""",
)


def create_span_index(connection: Connection) -> None:
    """Create the event-span R*Tree and its triggers, and fill it from the events there are."""
    for statement in _SPAN_INDEX_DDL:
        connection.exec_driver_sql(statement)
    connection.exec_driver_sql("DELETE FROM event_span")
    connection.exec_driver_sql(
        "INSERT INTO event_span(id, start_day, end_day) SELECT id, "
        + _DAY_START.format(col="span_start")
        + ", "
        + _DAY_END.format(col="span_end")
        + " FROM event WHERE span_start IS NOT NULL"
    )


def overlapping_ids_query(start: _dt.datetime, end: _dt.datetime) -> Select[Any]:
    """A sub-select of event ids whose day range may overlap ``[start, end]`` (a superset; refine exactly)."""
    condition = text(
        "start_day <= " + _DAY_END.format(col=":span_to") + " AND end_day >= " + _DAY_START.format(col=":span_from")
    ).bindparams(span_to=end.isoformat(sep=" "), span_from=start.isoformat(sep=" "))
    return select(column("id")).select_from(table("event_span")).where(condition)


def configure_engine(engine: Engine, *, read_only: bool = False) -> None:
    """Set WAL, foreign keys and a busy timeout on every connection; let writers BEGIN IMMEDIATE.

    ``BEGIN IMMEDIATE`` (execution option ``sqlite_begin="IMMEDIATE"``) takes the write lock
    up front, so two processes writing the same file wait for each other instead of failing
    with "database is locked" half-way through a transaction. A ``read_only`` engine (opened
    with ``mode=ro``) leaves the journal mode alone and refuses writes (``query_only``).
    """

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" hook below emit BEGIN itself.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if read_only:
            cursor.execute("PRAGMA query_only = ON")
        else:
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")


def create_search_index(connection: Connection) -> None:
    """Create the FTS5 tables and the triggers that keep them in step with their tables."""
    for statement in _FTS_DDL:
        connection.exec_driver_sql(statement)


def rebuild_search_index(connection: Connection) -> None:
    """Rebuild both full-text indexes from their content tables."""
    connection.exec_driver_sql("INSERT INTO article_fts(article_fts) VALUES ('rebuild')")
    connection.exec_driver_sql("INSERT INTO event_fts(event_fts) VALUES ('rebuild')")


def quick_check_problems(connection: Connection) -> list[str]:
    """What SQLite's ``quick_check`` finds wrong with the file's structure (empty when healthy)."""
    return [row[0] for row in connection.exec_driver_sql("PRAGMA quick_check(20)") if row[0] != "ok"]


def integrity_problems(connection: Connection) -> list[str]:
    """Run SQLite's integrity, foreign-key and FTS checks; an empty list means healthy."""
    problems = [row[0] for row in connection.exec_driver_sql("PRAGMA integrity_check") if row[0] != "ok"]
    problems += [f"foreign key violation in {row[0]}" for row in connection.exec_driver_sql("PRAGMA foreign_key_check")]
    stale = connection.exec_driver_sql(
        "SELECT count(*) FROM event e LEFT JOIN event_span s ON s.id = e.id"
        " WHERE (e.span_start IS NOT NULL) != (s.id IS NOT NULL)"
    ).scalar()
    if stale:
        problems.append(f"event_span: {stale} events out of step with the span index")
    for fts in ("article_fts", "event_fts"):
        try:
            connection.exec_driver_sql(f"INSERT INTO {fts}({fts}, rank) VALUES ('integrity-check', 1)")
        except Exception as exc:  # sqlite reports a corrupt index as an error
            reason = str(getattr(exc, "orig", exc))
            if "readonly" in reason or "query_only" in reason or "read-only" in reason:
                continue  # the check is a command that needs a writable file; the structure was checked above
            problems.append(f"{fts}: {reason}")
    return problems


def render_match(node: Node) -> str:
    """Render a parsed query as an FTS5 MATCH expression (every word quoted, so never a syntax error)."""
    if isinstance(node, Term):
        phrase = '"' + " ".join(node.words) + '"'
        return phrase + "*" if node.prefix else phrase
    if isinstance(node, Or):
        return "(" + " OR ".join(render_match(child) for child in node.nodes) + ")"
    if isinstance(node, And):
        positives = [render_match(c) for c in node.nodes if not isinstance(c, Not)]
        negatives = [render_match(c.node) for c in node.nodes if isinstance(c, Not)]
        rendered = "(" + " AND ".join(positives) + ")"
        for negative in negatives:
            rendered += " NOT " + negative
        return "(" + rendered + ")"
    raise ValueError(f"a lone NOT cannot be searched: {node!r}")


def search_articles(
    connection: Connection, node: Node, filters: SearchFilters, *, limit: int, snippet_tokens: int = 18
) -> list[SearchHit]:
    """Rank articles matching ``node`` by BM25 (title weighted) and return the best ``limit``."""
    params: dict[str, Any] = {"match": render_match(node), "limit": limit}
    where = filter_sql(filters, params, date=_dt.date.isoformat)
    ranked = connection.execute(
        text(
            "SELECT f.rowid, bm25(article_fts, :tw, :xw) AS score FROM article_fts f"
            + (" JOIN article a ON a.id = f.rowid" if where else "")
            + " WHERE article_fts MATCH :match"
            + where
            + " ORDER BY score LIMIT :limit"
        ),
        {**params, "tw": _TITLE_WEIGHT, "xw": _TEXT_WEIGHT},
    ).all()
    if not ranked:
        return []
    ids = [row[0] for row in ranked]
    placeholders = ", ".join(f":id{i}" for i in range(len(ids)))
    id_params = {f"id{i}": article_id for i, article_id in enumerate(ids)}
    details = {
        row[0]: row[1:]
        for row in connection.execute(
            text(
                "SELECT f.rowid, a.title, snippet(article_fts, 1, :mo, :mc, '…', :tokens),"
                " a.published, a.language, a.source_name"
                " FROM article_fts f JOIN article a ON a.id = f.rowid"
                f" WHERE article_fts MATCH :match AND f.rowid IN ({placeholders})"
            ),
            {"match": params["match"], "mo": _MARK_OPEN, "mc": _MARK_CLOSE, "tokens": snippet_tokens, **id_params},
        )
    }
    hits = []
    for article_id, score in ranked:
        title, marked, published, language, source_name = details[article_id]
        snippet, highlights = _split_marks(marked or "")
        hits.append(
            SearchHit(
                article_id=article_id,
                title=title,
                snippet=snippet,
                highlights=highlights,
                score=-float(score),
                published=_as_date(published),
                language=language,
                source_name=source_name,
            )
        )
    return hits


def search_event_ids(connection: Connection, node: Node, *, limit: int) -> list[int]:
    """Ids of events whose title or description match ``node``, best first."""
    rows = connection.execute(
        text(
            "SELECT rowid FROM event_fts WHERE event_fts MATCH :match"
            " ORDER BY bm25(event_fts, :tw, :xw) LIMIT :limit"
        ),
        {"match": render_match(node), "tw": _TITLE_WEIGHT, "xw": _TEXT_WEIGHT, "limit": limit},
    )
    return [row[0] for row in rows]


def _split_marks(marked: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    out: list[str] = []
    highlights: list[tuple[int, int]] = []
    length = 0
    start = -1
    for chunk_index, chunk in enumerate(marked.split(_MARK_OPEN)):
        if chunk_index == 0:
            out.append(chunk.replace(_MARK_CLOSE, ""))
            length += len(out[-1])
            continue
        inside, _, rest = chunk.partition(_MARK_CLOSE)
        start = length
        out.append(inside)
        length += len(inside)
        highlights.append((start, length))
        out.append(rest)
        length += len(rest)
    return "".join(out), _merge_adjacent(highlights)


def _merge_adjacent(spans: Sequence[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and merged[-1][1] == start:
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return tuple(merged)


def _as_date(value: Any) -> _dt.date | None:
    if value is None or isinstance(value, _dt.date):
        return value
    return _dt.date.fromisoformat(str(value)[:10])
