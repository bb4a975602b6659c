"""Extraction use case: candidate events into the archive, deduplicated across articles.

Same happening in two articles (becomes one event with an extra source) when the spans
overlap, their precisions are comparable, and either

- the texts are similar: rapidfuzz ``token_set_ratio`` >= :data:`TEXT_THRESHOLD` (62) on a
  folded form of the sentences (and of the headlines when both have three or more content
  words): case and accents folded, numbers, short words and the stopwords of all four languages
  dropped. Unrelated sentences about the same story score 30-50 on that scale, reports of the
  same happening in the same language 60-90; or
- both are dated to the same calendar day (day precision or finer), no numbers of the two
  reports contradict each other, and either their sentences name the same people and places
  (name keys, so Riyad = Riyadh = Riad; one shared, two when both name five or more; see
  :func:`~timeline_app.extraction.names.same_happening_across_languages`), or one of the two
  sentences names nobody and the two articles tell the same story (they share at least 3 names
  and a quarter of the names of the one that names fewer; see
  :func:`~timeline_app.services.dedupe.same_story_names`). Translations rarely share words,
  but they share names and an exact date, so this is the language-robust rule.

Comparable precisions: a day, its week and its month can be one happening, as can a quarter
and its year, or a year and its decade; a day or a month never merges into a year (the finer
report would lose its date and the coarser event would gain one it does not have).

Conflict: an event whose report reads the same (rapidfuzz ``token_sort_ratio`` of the folded
sentences >= :data:`CONFLICT_THRESHOLD`, 75: the whole sentence, not a shared subset of its
words) but whose firm date does not overlap: both events are flagged ``conflict``. Not when it is
the very same sentence (it names both dates), when its numbers differ ("60 new cases", "80 new
cases": a recurring kind of report) or when either title has fewer than three words. Those are
found through the words of the event titles, so they are matched within a language.

How this stays fast as the archive grows (blocking, an in-memory index kept in step with the
archive, bulk writes) is described in :mod:`timeline_app.extraction.matching` and
:mod:`timeline_app.services.dedupe`.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from dataclasses import dataclass

from timeline_app.domain.models import Changes, Event, EventStatus
from timeline_app.extraction.events import CandidateEvent, extract_events
from timeline_app.extraction.matching import (
    CONFLICT_THRESHOLD,
    TEXT_THRESHOLD,
    fold_text,
    text_similarity,
)
from timeline_app.ingest import ArticleDraft
from timeline_app.services.dedupe import ArchiveMatcher, candidate_sources
from timeline_app.storage import Archive, Transaction
from timeline_app.storage.query import check_query, parse_query

__all__ = [
    "CONFLICT_THRESHOLD",
    "TEXT_THRESHOLD",
    "EventListing",
    "candidate_sources",
    "extract_draft",
    "extraction_hook",
    "fold_text",
    "list_events",
    "reextract_article",
    "store_extracted_events",
    "text_similarity",
]


def store_extracted_events(
    tx: Transaction, article_id: int, candidates: Sequence[CandidateEvent], *, fresh: bool = False
) -> Changes:
    """Store an article's candidates inside ``tx``: new events, extra sources, flagged conflicts.

    For one article at a time (a paste, a re-extraction); imports keep one
    :class:`~timeline_app.services.dedupe.ArchiveMatcher` for all their articles.
    """
    stored = ArchiveMatcher().store(tx, article_id, candidates, fresh=fresh)
    stored.apply()
    return Changes(events=bool(candidates), article_ids=frozenset({article_id}))


def extract_draft(draft: ArticleDraft) -> list[CandidateEvent]:
    """The candidate events of an ingested draft (pure; safe to run in a worker process)."""
    return extract_events(draft.text, reference_date=draft.published, language=draft.language, title=draft.title)


def extraction_hook(tx: Transaction, article_id: int, draft: ArticleDraft) -> None:
    """An ``after_store`` hook for :func:`~timeline_app.services.importing.import_paths`."""
    store_extracted_events(tx, article_id, extract_draft(draft), fresh=True)


def reextract_article(archive: Archive, article_id: int) -> Changes:
    """Extract an article again (after its date or language was corrected).

    Its untouched suggestions are replaced; events an editor accepted, rejected or edited keep
    their sources, and candidates they already cover (same mention offsets) are not re-added.
    """
    with archive.write() as tx:
        article = tx.articles.get(article_id)
        if article is None:
            raise KeyError(article_id)
        tx.events.remove_suggestions_of_article(article_id)
        kept = {
            (source.char_start, source.char_end)
            for event in tx.events.many(tx.events.ids(article_id=article_id))
            for source in event.sources
            if source.article_id == article_id
        }
        candidates = [
            c
            for c in extract_events(
                article.text, reference_date=article.published, language=article.language, title=article.title
            )
            if not any((start, end) in kept for start, end, _text in c.mentions)
        ]
        store_extracted_events(tx, article_id, candidates)
    return Changes(events=True, article_ids=frozenset({article_id}))


@dataclass(frozen=True, slots=True)
class EventListing:
    """An event with the titles and languages of the articles it came from."""

    event: Event
    article_titles: dict[int, str]
    language: str | None


def list_events(
    archive: Archive,
    *,
    date_from: _dt.date | None = None,
    date_to: _dt.date | None = None,
    query: str | None = None,
    status: EventStatus | None = None,
    limit: int = 1000,
) -> list[EventListing]:
    """Events in time order, filtered by period (inclusive days), status and a title search.

    Raises :class:`~timeline_app.storage.query.QueryError` for a search beyond the limits.
    """
    start = _dt.datetime.combine(date_from, _dt.time()) if date_from else None
    end = None
    if date_to is not None:
        end = _dt.datetime.max if date_to == _dt.date.max else _dt.datetime.combine(date_to + _dt.timedelta(days=1), _dt.time())
    if query:
        check_query(query)
    with archive.read() as tx:
        ids = tx.events.ids(status=status, start=start, end=end)
        if query:
            node = parse_query(query)
            if node is None:
                return []
            wanted = set(tx.events.search_ids(node, limit=max(limit, 1) * 10))
            ids = [i for i in ids if i in wanted]
        events = tx.events.many(ids[:limit])
        titles: dict[int, str] = {}
        languages: dict[int, str | None] = {}
        for event in events:
            for source in event.sources:
                if source.article_id not in titles:
                    article = tx.articles.get(source.article_id)
                    titles[source.article_id] = article.title if article else ""
                    languages[source.article_id] = article.language if article else None
        return [
            EventListing(
                event,
                {s.article_id: titles[s.article_id] for s in event.sources},
                languages[event.sources[0].article_id] if event.sources else None,
            )
            for event in events
        ]
