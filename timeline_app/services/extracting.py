"""Extraction use case: candidate events into the archive, deduplicated across articles.

Same happening in two articles (becomes one event with an extra source) when the spans
overlap and either

- the texts are similar: rapidfuzz ``token_set_ratio`` >= :data:`TEXT_THRESHOLD` (62) on a
  folded form of the sentences (and of the headlines when both have three or more content
  words): case and accents folded, numbers, short words and the stopwords of all four languages
  dropped. Unrelated sentences about the same story score 30-50 on that scale, reports of the
  same happening in the same language 60-90; or
- both are dated to the same calendar day (day precision or finer) and the two articles share
  at least :data:`SHARED_NAMES` (2) proper names. Translations rarely share words, but they share
  names ("TriRail", "Antwerpen") and an exact date, so this is the language-robust rule.

Conflict: a similar event (score >= :data:`CONFLICT_THRESHOLD`, 75, stricter because the dates
do not help) whose resolved span does not overlap: both events are flagged ``conflict``. Those
are found through the event-title search index, so they are matched within a language.
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from timeline_app.domain.dates import DateSpan, Precision
from timeline_app.domain.models import Changes, Event, EventSource, EventStatus
from timeline_app.extraction.entities import story_names
from timeline_app.extraction.events import CandidateEvent, extract_events
from timeline_app.extraction.eventwords import ALL_STOPWORDS
from timeline_app.ingest import ArticleDraft
from timeline_app.storage import Archive, NewEvent, Transaction
from timeline_app.storage.query import Or, Term, parse_query

TEXT_THRESHOLD = 62.0
CONFLICT_THRESHOLD = 75.0
SHARED_NAMES = 2
_CONFLICT_SEARCH_LIMIT = 20
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@lru_cache(maxsize=4096)
def fold_text(text: str) -> str:
    """Lower-case, accent-free content words of ``text`` (no stopwords, numbers or short words)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(w for w in _WORD.findall(plain) if len(w) > 2 and w not in ALL_STOPWORDS)


def text_similarity(a_headline: str, a_sentence: str, b_headline: str, b_sentence: str) -> float:
    """How alike two reports read, 0..100 (see the module notes)."""
    score = fuzz.token_set_ratio(fold_text(a_sentence), fold_text(b_sentence))
    ha, hb = fold_text(a_headline), fold_text(b_headline)
    if len(ha.split()) >= 3 and len(hb.split()) >= 3:
        score = max(score, fuzz.token_set_ratio(ha, hb))
    return float(score)


def _same_day(a: DateSpan, b: DateSpan) -> bool:
    return (
        a.precision <= Precision.DAY
        and b.precision <= Precision.DAY
        and a.first_day is not None
        and a.first_day == b.first_day
        and a.last_day == b.last_day
    )


def _firm(span: DateSpan) -> bool:
    """A date that can contradict another: resolved, not vague, not approximate."""
    return span.is_resolved and not span.approximate and not span.value.endswith("_REF")


class _Deduper:
    """Matching candidates of one article against the archive, within its transaction."""

    def __init__(self, tx: Transaction, article_id: int) -> None:
        self.tx = tx
        self.article_id = article_id
        self._names: dict[int, frozenset[str]] = {}

    def names(self, article_id: int) -> frozenset[str]:
        if article_id not in self._names:
            article = self.tx.articles.get(article_id)
            self._names[article_id] = story_names(article.text) if article else frozenset()
        return self._names[article_id]

    def same_story(self, event: Event) -> bool:
        own = self.names(self.article_id)
        return any(
            len(own & self.names(source.article_id)) >= SHARED_NAMES
            for source in event.sources
            if source.article_id != self.article_id
        )

    def match(self, candidate: CandidateEvent) -> Event | None:
        best: tuple[float, Event] | None = None
        for event in self.tx.events.overlapping_brief(candidate.span, exclude_article=self.article_id):
            # The store also returns spans that only touch ("2025" and "2026"); they differ.
            if event.status is EventStatus.REJECTED or not event.span.overlaps(candidate.span):
                continue
            score = max(
                (text_similarity(candidate.headline, candidate.sentence, event.title, s.sentence) for s in event.sources),
                default=text_similarity(candidate.headline, candidate.sentence, event.title, event.title),
            )
            if score < TEXT_THRESHOLD and not (_same_day(candidate.span, event.span) and self.same_story(event)):
                continue
            if best is None or score > best[0]:
                best = (score, event)
        return best[1] if best else None

    def conflicts(self, candidate: CandidateEvent) -> list[Event]:
        if not _firm(candidate.span):
            return []
        ids = self._search(candidate.headline)
        found = []
        for event in self.tx.events.many(ids):
            if not _firm(event.span) or event.span.overlaps(candidate.span):
                continue
            if any(s.article_id == self.article_id for s in event.sources):
                continue
            score = max(
                (text_similarity(candidate.headline, candidate.sentence, event.title, s.sentence) for s in event.sources),
                default=0.0,
            )
            if score >= CONFLICT_THRESHOLD:
                found.append(event)
        return found

    def _search(self, headline: str) -> list[int]:
        connection = self.tx.session.connection()
        if connection.dialect.name != "sqlite":
            return []
        from timeline_app.storage.sqlite import search_event_ids

        words = sorted(set(fold_text(headline).split()), key=len, reverse=True)[:6]
        if not words:
            return []
        query = Or(tuple(Term((w,)) for w in words))
        return search_event_ids(connection, query, limit=_CONFLICT_SEARCH_LIMIT)


def candidate_sources(article_id: int, candidate: CandidateEvent) -> list[EventSource]:
    """One :class:`EventSource` per mention of ``candidate`` in article ``article_id``."""
    sentences = candidate.mention_sentences or tuple(
        (candidate.sentence_start, candidate.sentence_end, candidate.sentence) for _ in candidate.mentions
    )
    return [
        EventSource(
            article_id=article_id,
            char_start=start,
            char_end=end,
            sentence=sentence,
            sentence_start=s_start,
            sentence_end=s_end,
            timex_text=timex_text,
            is_caption=candidate.is_caption,
        )
        for (start, end, timex_text), (s_start, s_end, sentence) in zip(candidate.mentions, sentences, strict=True)
    ]


def store_extracted_events(tx: Transaction, article_id: int, candidates: Sequence[CandidateEvent]) -> Changes:
    """Store an article's candidates inside ``tx``: new events, extra sources, flagged conflicts."""
    deduper = _Deduper(tx, article_id)
    for candidate in candidates:
        sources = candidate_sources(article_id, candidate)
        existing = deduper.match(candidate)
        if existing is not None:
            for source in sources:
                tx.events.add_source(existing.id, source)
            continue
        conflicting = deduper.conflicts(candidate)
        tx.events.add(
            NewEvent(
                title=candidate.headline,
                span=candidate.span,
                confidence=candidate.confidence,
                people=candidate.people,
                places=candidate.places,
                conflict=bool(conflicting),
            ),
            sources,
        )
        if conflicting:
            tx.events.set_conflict([e.id for e in conflicting])
    return Changes(events=bool(candidates), article_ids=frozenset({article_id}))


def extract_draft(draft: ArticleDraft) -> list[CandidateEvent]:
    """The candidate events of an ingested draft (pure; safe to run in a worker process)."""
    return extract_events(draft.text, reference_date=draft.published, language=draft.language, title=draft.title)


def extraction_hook(tx: Transaction, article_id: int, draft: ArticleDraft) -> None:
    """An ``after_store`` hook for :func:`~timeline_app.services.importing.import_paths`."""
    store_extracted_events(tx, article_id, extract_draft(draft))


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
    """Events in time order, filtered by period (inclusive days), status and a title search."""
    start = _dt.datetime.combine(date_from, _dt.time()) if date_from else None
    end = _dt.datetime.combine(date_to + _dt.timedelta(days=1), _dt.time()) if date_to else None
    with archive.read() as tx:
        ids = tx.events.ids(status=status, start=start, end=end)
        if query:
            node = parse_query(query)
            connection = tx.session.connection()
            if node is None or connection.dialect.name != "sqlite":
                return []
            from timeline_app.storage.sqlite import search_event_ids

            wanted = set(search_event_ids(connection, node, limit=max(limit, 1) * 10))
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
