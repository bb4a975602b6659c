"""Everything PostgreSQL-specific: text search, the span index, the write lock, self-checks.

Search: each article has a ``search`` tsvector (a generated column) holding its title (weight
A) and text (weight B) twice, as written (``simple``) and stemmed in the article's language
(``dutch``, ``english``, ``french``, ``german``; ``simple`` for others), both through
``unaccent`` so "Oekraine" finds "Oekraïne". Events have one of title (A) and description (B),
as written and stemmed in all four languages (an event has no language of its own). GIN indexes
serve both. A query is parsed by :mod:`timeline_app.storage.query` (the syntax the SQLite search
accepts) and rendered to a ``tsquery`` per language: every word matches its written form or its
stem in the article's language, so a search finds at least what the SQLite one finds, and
inflected forms besides ("onderhandelingen" finds "onderhandelen"). Ranking is ``ts_rank`` with
the title weighted ten times the text; a query matching more than :data:`RANK_ALL_UP_TO`
articles ranks those whose title matches (``title_search``, its own GIN index) and the newest of
the others. Snippets come from ``ts_headline``.

Spans: ``event.span`` is a generated ``tsrange`` (inclusive bounds, a superset of the exact
half-open overlap the stores check) with a GiST index, so "events overlapping [a, b]" is an
index lookup.

Writes: one writer at a time per archive, like SQLite's ``BEGIN IMMEDIATE``: a write transaction
first takes a transaction-level advisory lock, so the read-check-write steps of every service
stay correct with several editors; readers never wait (MVCC).
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import ColumnElement, Connection, func, literal_column, text
from sqlalchemy.exc import OperationalError

from timeline_app.domain.models import SearchFilters, SearchHit
from timeline_app.storage.query import And, Node, Not, Term, filter_sql

# The configurations made for the archive: each copies PostgreSQL's own and puts unaccent first.
CONFIGS = {"nl": "timeline_dutch", "en": "timeline_english", "fr": "timeline_french", "de": "timeline_german"}
SIMPLE = "timeline_simple"
_STEMMERS = {"timeline_dutch": "dutch", "timeline_english": "english", "timeline_french": "french",
             "timeline_german": "german", SIMPLE: "simple"}
# What the index reads of an article's text: a tsvector holds at most 1 MB, and positions past
# 16,383 words are not told apart anyway.
INDEXED_CHARS = 300_000
# A query matching more articles than this ranks the ones whose title matches and the newest
# that many of the others (ranking reads each candidate's whole index entry: ~25 µs an article).
RANK_ALL_UP_TO = 1000
# ts_rank weights {D, C, B, A}: text (B) 0.1, title (A) 1.0, as the SQLite search's 10:1.
_WEIGHTS = "{0.1, 0.2, 0.1, 1.0}"
_MARK_OPEN, _MARK_CLOSE = "\x02", "\x03"
# The advisory lock that makes writers take turns (any constant; per database).
WRITE_LOCK_KEY = 0x74696D656C696E65  # "timeline"
LOCK_SLICE_MS = 500
EXTRA_COLUMNS = {"article": {"search", "title_search"}, "event": {"search", "span"}}
"""Columns the PostgreSQL schema has beyond the table definitions (generated from them)."""


class WriteLockTimeout(OperationalError):
    """Another editor's write transaction held the archive's write lock for the whole wait slice."""

    def __init__(self) -> None:
        super().__init__("SELECT pg_advisory_xact_lock", None,
                         Exception("database is locked: another editor is writing to the archive"))


# -- schema ---------------------------------------------------------------------


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def create_extras(connection: Connection) -> None:
    """Text search configurations, the search and span columns with their indexes (idempotent)."""
    schema = _quoted(str(connection.execute(text("SELECT current_schema()")).scalar()))
    if not connection.execute(text("SELECT 1 FROM pg_extension WHERE extname = 'unaccent'")).first():
        try:
            with connection.begin_nested():
                connection.execute(text("CREATE EXTENSION IF NOT EXISTS unaccent"))
        except Exception as exc:
            raise RuntimeError(
                "the archive's search needs the unaccent extension, which this role may not create; "
                "ask the database administrator to run CREATE EXTENSION unaccent; in this database"
            ) from exc
    unaccent = connection.execute(
        text("SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace"
             " WHERE e.extname = 'unaccent'")
    ).scalar()
    for config, stemmer in _STEMMERS.items():
        exists = connection.execute(
            text("SELECT 1 FROM pg_ts_config c JOIN pg_namespace n ON n.oid = c.cfgnamespace"
                 " WHERE c.cfgname = :name AND n.nspname = current_schema()"),
            {"name": config},
        ).first()
        if exists:
            continue
        dictionary = "simple" if stemmer == "simple" else f"{stemmer}_stem"
        connection.execute(text(f"CREATE TEXT SEARCH CONFIGURATION {schema}.{config} (COPY = pg_catalog.{stemmer})"))
        connection.execute(text(
            f"ALTER TEXT SEARCH CONFIGURATION {schema}.{config} ALTER MAPPING FOR hword, hword_part, word, "
            f"asciihword, asciiword, hword_asciipart WITH {_quoted(str(unaccent))}.unaccent, pg_catalog.{dictionary}"
        ))
    cases = " ".join(f"WHEN '{code}' THEN '{schema}.{config}'::regconfig" for code, config in CONFIGS.items())
    connection.execute(text(
        f"CREATE OR REPLACE FUNCTION {schema}.timeline_config(language text) RETURNS regconfig"
        f" LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT CASE language {cases}"
        f" ELSE '{schema}.{SIMPLE}'::regconfig END $$"
    ))
    simple = f"'{schema}.{SIMPLE}'::regconfig"
    columns = {row[0] for row in connection.execute(text(
        "SELECT table_name || '.' || column_name FROM information_schema.columns"
        " WHERE table_schema = current_schema() AND table_name IN ('article', 'event')"))}
    if "article.search" not in columns:
        body = f"left(text, {INDEXED_CHARS})"
        connection.execute(text(
            "ALTER TABLE article ADD COLUMN search tsvector GENERATED ALWAYS AS ("
            f"setweight(to_tsvector({simple}, title), 'A') || setweight(to_tsvector({simple}, {body}), 'B') || "
            f"setweight(to_tsvector({schema}.timeline_config(language), title), 'A') || "
            f"setweight(to_tsvector({schema}.timeline_config(language), {body}), 'B')) STORED"
        ))
    if "article.title_search" not in columns:  # the title alone: finds title matches among many hits
        connection.execute(text(
            "ALTER TABLE article ADD COLUMN title_search tsvector GENERATED ALWAYS AS ("
            f"to_tsvector({simple}, title) || to_tsvector({schema}.timeline_config(language), title)) STORED"
        ))
    if "event.search" not in columns:
        parts = [f"setweight(to_tsvector('{schema}.{config}'::regconfig, title), 'A') || "
                 f"setweight(to_tsvector('{schema}.{config}'::regconfig, description), 'B')"
                 for config in (SIMPLE, *CONFIGS.values())]
        connection.execute(text(
            "ALTER TABLE event ADD COLUMN search tsvector GENERATED ALWAYS AS (" + " || ".join(parts) + ") STORED"
        ))
    if "event.span" not in columns:
        connection.execute(text(
            "ALTER TABLE event ADD COLUMN span tsrange GENERATED ALWAYS AS (CASE WHEN span_start IS NOT NULL"
            " AND span_end IS NOT NULL AND span_end >= span_start THEN tsrange(span_start, span_end, '[]') END) STORED"
        ))
    connection.execute(text("CREATE INDEX IF NOT EXISTS ix_article_search ON article USING gin (search)"))
    connection.execute(text("CREATE INDEX IF NOT EXISTS ix_article_title_search ON article USING gin (title_search)"))
    connection.execute(text("CREATE INDEX IF NOT EXISTS ix_event_search ON event USING gin (search)"))
    connection.execute(text("CREATE INDEX IF NOT EXISTS ix_event_span_range ON event USING gist (span)"))


def integrity_problems(connection: Connection) -> list[str]:
    """What is missing or broken in the archive's PostgreSQL-only parts (foreign keys PostgreSQL enforces itself)."""
    problems = []
    columns = {row[0] for row in connection.execute(text(
        "SELECT table_name || '.' || column_name FROM information_schema.columns"
        " WHERE table_schema = current_schema() AND table_name IN ('article', 'event')"))}
    for table, names in EXTRA_COLUMNS.items():
        problems += [f"{table}.{name}: the search or span column is missing" for name in sorted(names)
                     if f"{table}.{name}" not in columns]
    indexes = {row[0]: bool(row[1]) for row in connection.execute(text(
        "SELECT c.relname, i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
        " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema()"))}
    for name in ("ix_article_search", "ix_article_title_search", "ix_event_search", "ix_event_span_range"):
        if not indexes.get(name, False):
            problems.append(f"{name}: the index is {'invalid' if name in indexes else 'missing'}")
    return problems


# -- writing ----------------------------------------------------------------------


def take_write_lock(connection: Connection, *, wait_ms: int | None = LOCK_SLICE_MS) -> None:
    """Take the archive's write lock for this transaction, waiting at most ``wait_ms``
    (:class:`WriteLockTimeout` after that; ``None``: as long as it takes)."""
    if wait_ms is None:
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_LOCK_KEY})
        return
    connection.execute(text(f"SET LOCAL lock_timeout = {int(wait_ms)}"))
    try:
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_LOCK_KEY})
    except OperationalError as exc:
        if getattr(exc.orig, "sqlstate", None) == "55P03":  # lock_not_available
            raise WriteLockTimeout() from exc
        raise
    connection.execute(text("SET LOCAL lock_timeout = 0"))


def can_write(connection: Connection) -> bool:
    """Whether this role may change the archive (not a SELECT-only role, not a read-only standby)."""
    row = connection.execute(text(
        "SELECT has_table_privilege('article', 'INSERT') AND has_table_privilege('event', 'UPDATE')"
        " AND has_table_privilege('timeline_entry', 'DELETE'), pg_is_in_recovery(),"
        " current_setting('default_transaction_read_only')"
    )).one()
    return bool(row[0]) and not row[1] and row[2] != "on"


def overlap_index(table: str, start: _dt.datetime, end: _dt.datetime) -> ColumnElement[bool]:
    """A condition the GiST index answers: rows of ``table`` whose span may overlap ``[start, end]`` (a superset)."""
    low, high = min(start, end), max(start, end)
    overlaps: ColumnElement[bool] = literal_column(f"{table}.span").op("&&")(func.tsrange(low, high, "[]"))
    return overlaps


# -- search -----------------------------------------------------------------------


def _leaf(term: Term) -> str:
    """A term as ``to_tsquery`` input: quoted words in order, the last a prefix when asked."""
    words = [f"'{word}'" for word in term.words]
    if term.prefix:
        words[-1] += ":*"
    return " <-> ".join(words)


class _Rendered:
    """SQL for a query tree: ``tsquery`` expressions per set of configurations, with their parameters."""

    def __init__(self, node: Node) -> None:
        self.node = node
        self.params: dict[str, Any] = {}
        self._names: dict[str, str] = {}

    def param(self, value: str) -> str:
        name = self._names.get(value)
        if name is None:
            name = self._names[value] = f"t{len(self._names)}"
            self.params[name] = value
        return name

    def expression(self, configs: tuple[str, ...], schema: str) -> str:
        return self._render(self.node, configs, schema)

    def _render(self, node: Node, configs: tuple[str, ...], schema: str) -> str:
        if isinstance(node, Term):
            name = self.param(_leaf(node))
            return "(" + " || ".join(f"to_tsquery('{schema}.{config}', :{name})" for config in configs) + ")"
        if isinstance(node, Not):
            return "(!! " + self._render(node.node, configs, schema) + ")"
        joiner = " && " if isinstance(node, And) else " || "
        return "(" + joiner.join(self._render(child, configs, schema) for child in node.nodes) + ")"


@contextmanager
def _indexed(connection: Connection) -> Iterator[None]:
    """Search statements use the GIN indexes: the planner cannot tell how many articles hold a word
    (a query OR-ing a name's spellings looks like half the archive) and, with a LIMIT, may choose to
    read every article's index entry instead, which costs about a second at 100,000 articles."""
    connection.execute(text("SET LOCAL enable_seqscan = off"))
    try:
        yield
    finally:
        connection.execute(text("SET LOCAL enable_seqscan = on"))


def _schema(connection: Connection) -> str:
    schema = connection.info.get("timeline_schema")
    if schema is None:
        schema = connection.info["timeline_schema"] = _quoted(str(connection.execute(text("SELECT current_schema()")).scalar()))
    return str(schema)


def _queries(connection: Connection, node: Node) -> dict[str, str]:
    """The query as tsquery text per language code ('' for any other language, 'event' for events)."""
    rendered = _Rendered(node)
    schema = _schema(connection)
    parts = {"": rendered.expression((SIMPLE,), schema)}
    for code, config in CONFIGS.items():
        parts[code] = rendered.expression((SIMPLE, config), schema)
    parts["event"] = rendered.expression((SIMPLE, *CONFIGS.values()), schema)
    names = list(parts)
    row = connection.execute(
        text("SELECT " + ", ".join(f"({parts[name]})::text" for name in names)), rendered.params
    ).one()
    return dict(zip(names, (value or "" for value in row), strict=True))


def _article_match(queries: dict[str, str], params: dict[str, Any]) -> tuple[str, str, str]:
    """The query in every language (a GIN index condition, ``union``), and the query in each article's
    own language (``own``, the exact test and the ranking): ``(union, own, both)``."""
    for code, query in queries.items():
        params[f"q_{code or 'other'}"] = query
    union = "(" + " || ".join(f"CAST(:q_{code or 'other'} AS tsquery)" for code in queries if code != "event") + ")"
    own = ("CASE a.language " + " ".join(f"WHEN '{code}' THEN CAST(:q_{code} AS tsquery)" for code in CONFIGS)
           + " ELSE CAST(:q_other AS tsquery) END")
    return union, own, f"a.search @@ {union} AND a.search @@ ({own})"


def _searchable(queries: dict[str, str]) -> bool:
    return any(queries.values())


def _ranked(
    connection: Connection, node: Node, filters: SearchFilters, limit: int
) -> tuple[list[tuple[int, float]], str, dict[str, Any]]:
    """The best ``limit`` articles as ``(id, score)``, with the per-language query expression and its parameters."""
    queries = _queries(connection, node)
    params: dict[str, Any] = {"limit": limit}
    if not _searchable(queries):
        return [], "", params
    union, own, match = _article_match(queries, params)
    filtered = filter_sql(filters, params)
    params["cap"] = RANK_ALL_UP_TO
    with _indexed(connection):
        return _ranked_rows(connection, own, params, union, match, filtered, limit), own, params


def _ranked_rows(connection: Connection, own: str, params: dict[str, Any], union: str, match: str, filtered: str,
                 limit: int) -> list[tuple[int, float]]:
    ranking = f"SELECT a.id, ts_rank('{_WEIGHTS}', a.search, {own}, 1) AS score FROM article a"
    order = " ORDER BY score DESC, a.id DESC LIMIT :limit"
    many = connection.execute(text(
        f"SELECT count(*) FROM (SELECT 1 FROM article a WHERE a.search @@ {union}{filtered} LIMIT :cap + 1) m"
    ), params).scalar()
    if int(many or 0) <= RANK_ALL_UP_TO:
        rows = connection.execute(text(f"{ranking} WHERE {match}{filtered}{order}"), params).all()
    else:
        # Too many to rank each: the articles whose title matches, and the newest of the others.
        params["each"] = max(RANK_ALL_UP_TO, limit)
        rows = connection.execute(text(
            f"WITH candidates AS ((SELECT a.id FROM article a WHERE a.title_search @@ {union}{filtered} LIMIT :each)"
            f" UNION (SELECT a.id FROM article a WHERE a.search @@ {union}{filtered}"
            " ORDER BY a.published DESC NULLS LAST, a.id DESC LIMIT :each))"
            f"{ranking} JOIN candidates c ON c.id = a.id WHERE a.search @@ ({own}){order}"
        ), params).all()
        if len(rows) < limit:  # candidates matched in other languages only: rank every match
            rows = connection.execute(text(f"{ranking} WHERE {match}{filtered}{order}"), params).all()
    return [(int(row[0]), float(row[1])) for row in rows]


def ranked_article_ids(connection: Connection, node: Node, *, limit: int) -> list[int]:
    """Ids of the best ``limit`` articles matching ``node``, best first."""
    return [article_id for article_id, _score in _ranked(connection, node, SearchFilters(), limit)[0]]


def search_articles(
    connection: Connection, node: Node, filters: SearchFilters, *, limit: int, snippet_tokens: int = 18
) -> list[SearchHit]:
    """Rank articles matching ``node`` (title weighted) and return the best ``limit`` with snippets."""
    ranked, own, params = _ranked(connection, node, filters, limit)
    if not ranked:
        return []
    options = (f'StartSel="{_MARK_OPEN}", StopSel="{_MARK_CLOSE}", MaxWords={snippet_tokens}, '
               f"MinWords={max(3, snippet_tokens // 2)}, ShortWord=0, HighlightAll=false")
    schema = _schema(connection)
    details = {
        row[0]: row[1:]
        for row in connection.execute(
            text(
                f"SELECT a.id, a.title, ts_headline({schema}.timeline_config(a.language),"
                f" left(a.text, {INDEXED_CHARS}), {own}, :options), a.published, a.language, a.source_name"
                " FROM article a WHERE a.id = ANY(:ids)"
            ),
            {**params, "options": options, "ids": [article_id for article_id, _ in ranked]},
        )
    }
    edges = _edges(connection, {article_id: details[article_id][1] or "" for article_id, _ in ranked})
    hits = []
    for article_id, score in ranked:
        title, marked, published, language, source_name = details[article_id]
        snippet, highlights = _split_marks(marked or "")
        at_start, at_end = edges.get(article_id, (True, True))
        if not at_start:
            snippet, highlights = "…" + snippet, tuple((s + 1, e + 1) for s, e in highlights)
        if not at_end:
            snippet += "…"
        hits.append(SearchHit(article_id=article_id, title=title, snippet=snippet, highlights=highlights,
                              score=score, published=published, language=language, source_name=source_name))
    return hits


def _edges(connection: Connection, marked: dict[int, str]) -> dict[int, tuple[bool, bool]]:
    """Whether each snippet begins where its article's text begins, and ends where it ends."""
    if not marked:
        return {}
    plain = {i: m.replace(_MARK_OPEN, "").replace(_MARK_CLOSE, "").strip() for i, m in marked.items()}
    rows = connection.execute(
        text("SELECT a.id, starts_with(ltrim(a.text), p.snippet), right(rtrim(a.text), length(p.snippet)) = p.snippet"
             " FROM article a JOIN unnest(CAST(:ids AS integer[]), CAST(:snippets AS text[])) AS p(id, snippet)"
             " ON p.id = a.id"),
        {"ids": list(plain), "snippets": list(plain.values())},
    )
    return {int(row[0]): (bool(row[1]), bool(row[2])) for row in rows}


def search_event_ids(connection: Connection, node: Node, *, limit: int) -> list[int]:
    """Ids of events whose title or description match ``node``, best first."""
    queries = _queries(connection, node)
    if not queries["event"]:
        return []
    with _indexed(connection):
        rows = connection.execute(
            text(f"SELECT e.id FROM event e WHERE e.search @@ CAST(:q AS tsquery)"
                 f" ORDER BY ts_rank('{_WEIGHTS}', e.search, CAST(:q AS tsquery)) DESC, e.id DESC LIMIT :limit"),
            {"q": queries["event"], "limit": limit},
        ).all()
    return [int(row[0]) for row in rows]


def _split_marks(marked: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    out: list[str] = []
    highlights: list[tuple[int, int]] = []
    length = 0
    for index, chunk in enumerate(marked.split(_MARK_OPEN)):
        if index == 0:
            out.append(chunk.replace(_MARK_CLOSE, ""))
            length += len(out[-1])
            continue
        inside, _, rest = chunk.partition(_MARK_CLOSE)
        start = length
        out.append(inside)
        length += len(inside)
        if highlights and highlights[-1][1] == start:
            highlights[-1] = (highlights[-1][0], length)
        else:
            highlights.append((start, length))
        rest = rest.replace(_MARK_CLOSE, "")
        out.append(rest)
        length += len(rest)
    return "".join(out), tuple(highlights)
