"""Articles: add, look up, list and search, returning domain records."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, func, or_
from sqlalchemy import insert as sa_insert
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from timeline_app.domain.models import Article, ArticleSummary, SearchFilters, SearchHit
from timeline_app.storage import versions
from timeline_app.storage.dialects import dialect_of
from timeline_app.storage.fast_rows import FastRows, rows_for
from timeline_app.storage.query import parse_query
from timeline_app.storage.tables import ArticleRow, EventSourceRow

_ARTICLE_COLUMNS = (
    "title", "text", "html", "source_name", "author", "published", "url", "language", "format",
    "source_path", "content_hash", "imported_at", "word_count",
)
ARTICLE_SORT_KEYS = ("published", "title", "source_name", "language", "imported_at", "event_count", "id")


@dataclass(frozen=True, slots=True)
class NewArticle:
    """The fields of an article to be added to the archive."""

    title: str
    text: str
    content_hash: str
    format: str
    source_name: str | None = None
    author: str | None = None
    published: _dt.date | None = None
    url: str | None = None
    language: str | None = None
    source_path: str | None = None
    html: str | None = None


def _to_article(row: ArticleRow) -> Article:
    assert row.id is not None
    return Article(
        id=row.id,
        title=row.title,
        text=row.text,
        source_name=row.source_name,
        author=row.author,
        published=row.published,
        url=row.url,
        language=row.language,
        format=row.format,
        source_path=row.source_path,
        content_hash=row.content_hash,
        imported_at=row.imported_at,
        word_count=row.word_count,
        html=row.html,
        version=row.version,
    )


def _event_count() -> Any:
    return (
        select(func.count(func.distinct(EventSourceRow.event_id)))
        .where(EventSourceRow.article_id == ArticleRow.id)
        .correlate(ArticleRow)
        .scalar_subquery()
    )


class ArticleStore:
    """Article records within one transaction."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._fast: FastRows | None = None
        self._fast_made = False  # made on first use

    def add(self, new: NewArticle, *, imported_at: _dt.datetime | None = None) -> Article:
        """Insert an article (caller checks for duplicates with :meth:`find_by_hash` first)."""
        values: dict[str, Any] = {
            "title": new.title,
            "text": new.text,
            "html": new.html,
            "source_name": new.source_name,
            "author": new.author,
            "published": new.published,
            "url": new.url,
            "language": new.language,
            "format": new.format,
            "source_path": new.source_path,
            "content_hash": new.content_hash,
            "imported_at": imported_at or _dt.datetime.now(_dt.UTC).replace(microsecond=0),
            "word_count": len(new.text.split()),
        }
        # One statement (a plain driver one on SQLite): an ORM object and flush per article
        # costs more than the insert.
        table = ArticleRow.__table__  # type: ignore[attr-defined]
        fast = self._fast_rows(table, _ARTICLE_COLUMNS)
        if fast is not None:
            article_id = fast.insert(values)
        else:
            statement = sa_insert(table).returning(table.c.id)
            article_id = int(self.session.connection().execute(statement, values).scalar_one())
        versions.created(self.session, "article", article_id)
        return Article(id=article_id, **values, version=1)

    def _fast_rows(self, table: Any, columns: tuple[str, ...]) -> FastRows | None:
        if not self._fast_made:
            self._fast = rows_for(self.session, table, columns)
            self._fast_made = True
        return self._fast

    def get(self, article_id: int) -> Article | None:
        """The article with ``article_id``, or ``None``."""
        row = self.session.get(ArticleRow, article_id)
        return _to_article(row) if row is not None else None

    def find_by_hash(self, content_hash: str) -> int | None:
        """The id of the article with this normalized-content hash, if any."""
        table = ArticleRow.__table__  # type: ignore[attr-defined]
        fast = self._fast_rows(table, _ARTICLE_COLUMNS)
        if fast is not None:
            found_id = fast.scalar("SELECT id FROM article WHERE content_hash = ?", (content_hash,))
            return int(found_id) if found_id is not None else None
        found = self.session.connection().execute(
            sa_select(table.c.id).where(table.c.content_hash == content_hash)
        ).first()
        return int(found[0]) if found else None

    def count(self) -> int:
        """How many articles the archive holds."""
        return int(self.session.exec(select(func.count()).select_from(ArticleRow)).one())

    def ids(self, *, sort: str = "published", descending: bool = True, contains: str = "") -> list[int]:
        """Article ids in display order, optionally only those whose title or source contains ``contains``."""
        if sort not in ARTICLE_SORT_KEYS:
            raise ValueError(f"unknown sort key {sort!r}; use one of {', '.join(ARTICLE_SORT_KEYS)}")
        key: Any = _event_count() if sort == "event_count" else getattr(ArticleRow, sort)
        order = [key.desc() if descending else key.asc(), col(ArticleRow.id).desc() if descending else col(ArticleRow.id)]
        if sort == "published":
            # Unknown publication dates sort last either way.
            order.insert(0, col(ArticleRow.published).is_(None))
        statement = select(ArticleRow.id).order_by(*order)
        if contains:
            # autoescape: a typed "%" or "_" is a character, not a wildcard.
            statement = statement.where(
                or_(
                    col(ArticleRow.title).icontains(contains, autoescape=True),
                    col(ArticleRow.source_name).icontains(contains, autoescape=True),
                )
            )
        return [int(i) for i in self.session.exec(statement) if i is not None]

    def summaries(self, ids: Sequence[int]) -> list[ArticleSummary]:
        """Summaries of the given articles, in the order of ``ids`` (missing ids are skipped)."""
        if not ids:
            return []
        columns: list[Any] = [
            ArticleRow.id,
            ArticleRow.title,
            ArticleRow.source_name,
            ArticleRow.published,
            ArticleRow.language,
            ArticleRow.format,
            ArticleRow.word_count,
            _event_count(),
            ArticleRow.imported_at,
        ]
        statement = sa_select(*columns).where(col(ArticleRow.id).in_(list(ids)))
        by_id = {row[0]: ArticleSummary(*row) for row in self.session.execute(statement)}
        return [by_id[i] for i in ids if i in by_id]

    def titles_with_events(self) -> list[tuple[int, str]]:
        """``(id, title)`` of the articles that have events, by title (the review queue's article filter)."""
        article_id, source_article = col(ArticleRow.id), col(EventSourceRow.article_id)
        has_events = sa_select(source_article).where(source_article == article_id).exists()
        statement = sa_select(article_id, col(ArticleRow.title)).where(has_events).order_by(col(ArticleRow.title), article_id)
        return [(int(i), str(title)) for i, title in self.session.execute(statement)]

    def all(self, *, sort: str = "published", descending: bool = True) -> list[ArticleSummary]:
        """All articles as summaries, in display order."""
        return self.summaries(self.ids(sort=sort, descending=descending))

    def update_metadata(self, article_id: int, **fields: Any) -> Article:
        """Change editable metadata (title, source_name, author, published, url, language)."""
        allowed = {"title", "source_name", "author", "published", "url", "language"}
        unknown = set(fields) - allowed
        if unknown:
            raise ValueError(f"cannot edit {', '.join(sorted(unknown))}")
        row = self.session.get(ArticleRow, article_id)
        if row is None:
            raise KeyError(article_id)
        versions.touch(self.session, "article", row)
        for name, value in fields.items():
            setattr(row, name, value)
        self.session.add(row)
        self.session.flush()
        return _to_article(row)

    def delete(self, article_id: int) -> bool:
        """Remove an article (its event sources go with it); ``False`` when it did not exist."""
        row = self.session.get(ArticleRow, article_id)
        if row is None:
            return False
        versions.deleting(self.session, "article", row)
        self.session.delete(row)
        self.session.flush()
        return True

    def source_names(self) -> list[str]:
        """The distinct sources in the archive, for filter menus."""
        statement = select(ArticleRow.source_name).where(col(ArticleRow.source_name).is_not(None)).distinct()
        return sorted(str(name) for name in self.session.exec(statement) if name)

    def languages(self) -> list[str]:
        """The distinct article languages in the archive."""
        statement = select(ArticleRow.language).where(col(ArticleRow.language).is_not(None)).distinct()
        return sorted(str(code) for code in self.session.exec(statement) if code)

    def search(self, query: str, filters: SearchFilters | None = None, *, limit: int = 20) -> list[SearchHit]:
        """Full-text search: best ``limit`` articles for ``query`` (any user text is safe; the
        services check it against the limits with :func:`~timeline_app.storage.query.check_query`)."""
        node = parse_query(query)
        if node is None or limit <= 0:
            return []
        connection = self.session.connection()
        return dialect_of(connection).search_articles(connection, node, filters or SearchFilters(), limit=limit)

    def count_unknown_published(self) -> int:
        """How many articles have no known publication date."""
        condition: ColumnElement[bool] = col(ArticleRow.published).is_(None)
        return int(self.session.exec(select(func.count()).select_from(ArticleRow).where(condition)).one())

    def unknown_published(self) -> list[int]:
        """Ids of articles whose publication date is unknown."""
        condition: ColumnElement[bool] = col(ArticleRow.published).is_(None)
        return [int(i) for i in self.session.exec(select(ArticleRow.id).where(condition)) if i is not None]
