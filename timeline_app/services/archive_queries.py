"""Read-only use cases over the archive: list, show and search articles."""

from __future__ import annotations

from collections.abc import Callable

from timeline_app.domain.models import Article, ArticleSummary, SearchFilters, SearchHit
from timeline_app.storage import Archive

MAX_SEARCH_LIMIT = 1000


def list_articles(archive: Archive, *, sort: str = "published", descending: bool = True) -> list[ArticleSummary]:
    """Every article as a summary, in display order."""
    with archive.read() as tx:
        return tx.articles.all(sort=sort, descending=descending)


def get_article(archive: Archive, article_id: int) -> Article | None:
    """One article with its full text, or ``None``."""
    with archive.read() as tx:
        return tx.articles.get(article_id)


def search_articles(
    archive: Archive, query: str, filters: SearchFilters | None = None, *, limit: int = 20
) -> list[SearchHit]:
    """The best ``limit`` articles for ``query`` (any text is accepted; odd syntax reads as words)."""
    limit = max(0, min(limit, MAX_SEARCH_LIMIT))
    with archive.read() as tx:
        return tx.articles.search(query, filters, limit=limit)


def mark_snippet(
    hit: SearchHit, open_mark: str, close_mark: str, escape: Callable[[str], str] = lambda text: text
) -> str:
    """The hit's snippet with each match wrapped in the given marks; ``escape`` is applied to the text."""
    parts: list[str] = []
    position = 0
    for start, end in hit.highlights:
        parts += [escape(hit.snippet[position:start]), open_mark, escape(hit.snippet[start:end]), close_mark]
        position = end
    parts.append(escape(hit.snippet[position:]))
    return "".join(parts)
