"""Read-only use cases over the archive: list, show and search articles."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from timeline_app.domain.models import Article, ArticleSummary, SearchFilters, SearchHit
from timeline_app.extraction.names import name_variants
from timeline_app.storage import Archive
from timeline_app.storage.query import check_query, expand_terms, fold, parse_query, query_terms, render_query

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
    archive: Archive, query: str, filters: SearchFilters | None = None, *, limit: int = 20, variants: bool = True
) -> list[SearchHit]:
    """The best ``limit`` articles for ``query`` (any text is accepted; odd syntax reads as words).

    With ``variants``, each single word of the query also finds the other spellings of a name
    (``extraction.names.name_variants``: "Riyad" finds "Riyadh" and "Riad"); a hit whose
    highlighted words are only such spellings carries them in ``variant_matches``. Raises
    :class:`~timeline_app.storage.query.QueryError` for a query beyond the limits.
    """
    check_query(query)
    limit = max(0, min(limit, MAX_SEARCH_LIMIT))
    node = parse_query(query)
    expanded = expand_terms(node, name_variants) if variants and node is not None else node
    with archive.read() as tx:
        if expanded is None or expanded == node:
            return tx.articles.search(query, filters, limit=limit)
        hits = tx.articles.search(render_query(expanded), filters, limit=limit)
    typed = {w for term in query_terms(node) for w in term.words}
    return [_marked_variants(hit, typed) for hit in hits]


def _marked_variants(hit: SearchHit, typed: set[str]) -> SearchHit:
    """``hit`` with the variant spellings it matched, when none of the typed words is highlighted."""
    matched = [fold(hit.snippet[start:end]) for start, end in hit.highlights]
    if not matched or any(word in typed for word in matched):
        return hit
    return replace(hit, variant_matches=tuple(dict.fromkeys(hit.snippet[s:e] for s, e in hit.highlights)))


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
