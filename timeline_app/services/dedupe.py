"""Cross-article dedupe against the archive, for one import or one re-extraction.

:class:`ArchiveMatcher` keeps an :class:`~timeline_app.extraction.matching.EventIndex` in step
with the archive while a writer stores articles:

- months of events are loaded from the archive the first time a candidate's span touches them
  (one range query each), so an import into a large archive reads only the periods its articles
  talk about; event titles are loaded once, when the first conflict check needs them;
- what this writer stores goes into the index when the article's savepoint succeeds;
- :meth:`ArchiveMatcher.begin` (at the start of each write transaction) picks up the events that
  other processes wrote meanwhile, so two importers on one archive still merge each other's
  reports;
- after a failed transaction :meth:`ArchiveMatcher.reset` forgets everything; it reloads lazily.

The matching rules themselves are in :mod:`timeline_app.services.extracting`'s notes.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from timeline_app.domain.dates import DateSpan
from timeline_app.domain.models import EventSource, EventStatus
from timeline_app.extraction.entities import story_names
from timeline_app.extraction.events import CandidateEvent
from timeline_app.extraction.matching import (
    CandidateKeys,
    EventIndex,
    IndexedEvent,
    candidate_keys,
    fold_text,
    is_firm,
    month_bounds,
    month_range,
)
from timeline_app.extraction.names import Signature, sentence_signature
from timeline_app.storage import Transaction
from timeline_app.storage.event_batch import EventBrief, NewEventRow

Apply = Callable[[], None]
# The story names of this many articles stay in memory (the most recently used).
NAMES_KEPT = 4096
# Same story: names shared by two articles (see same_story_names).
STORY_SHARED = 3
STORY_OVERLAP = 0.25


def keys_of(candidate: CandidateEvent) -> CandidateKeys:
    """The folded texts of a candidate (workers compute these; this is for the other callers)."""
    sentences = [s for _start, _end, s in candidate.mention_sentences] or [candidate.sentence] * len(candidate.mentions)
    return candidate_keys(candidate.headline, candidate.sentence, sentences)


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


@dataclass(frozen=True, slots=True)
class StoredEvents:
    """What storing one article's candidates did."""

    new_event_ids: tuple[int, ...]
    merged_event_ids: tuple[int, ...]
    conflict_event_ids: tuple[int, ...]
    apply: Apply  # puts the stored events into the index; call once the article is committed


def _indexed(brief: EventBrief) -> IndexedEvent:
    names: set[str] = set()
    numbers: set[str] = set()
    for source in brief.sources:
        signature = sentence_signature(source.sentence, source.language, [(source.date_start, source.date_end)])
        names |= signature.name_keys
        numbers |= signature.numbers
    return IndexedEvent.of(
        brief.id, brief.span, brief.title, brief.status is EventStatus.REJECTED,
        [(source.article_id, source.sentence) for source in brief.sources],
        Signature(frozenset(names), frozenset(numbers)),
    )


class ArchiveMatcher:
    """The matching state of one writer (see the module notes)."""

    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        """Forget everything known of the archive (after a transaction failed)."""
        self.index = EventIndex()
        self._months: set[int] = set()
        self._titles_loaded = False
        self._seen_upto: int | None = None
        self._names: OrderedDict[int, frozenset[str]] = OrderedDict()

    def begin(self, tx: Transaction) -> None:
        """Call at the start of each write transaction: learn what other writers stored meanwhile."""
        if self._seen_upto is None:
            self._seen_upto = tx.event_batch.max_id()
            return
        for brief in tx.event_batch.after(self._seen_upto):
            self._learn(brief)
            self._seen_upto = max(self._seen_upto, brief.id)

    def remember_names(self, article_id: int, names: frozenset[str]) -> None:
        """The story names of an article (its workers computed them)."""
        self._names[article_id] = names
        if len(self._names) > NAMES_KEPT:
            self._names.popitem(last=False)

    def store(
        self,
        tx: Transaction,
        article_id: int,
        candidates: Sequence[CandidateEvent],
        keys: Sequence[CandidateKeys] | None = None,
        *,
        fresh: bool = True,
    ) -> StoredEvents:
        """Store an article's candidates inside ``tx``: new events, extra sources, flagged conflicts.

        ``fresh``: the article is new, so no event has a source in it yet.
        """
        if self._seen_upto is None:
            self.begin(tx)
        all_keys = list(keys) if keys is not None else [keys_of(c) for c in candidates]
        touched = set() if fresh else tx.event_batch.ids_of_article(article_id)
        new_rows: list[NewEventRow] = []
        new_keys: list[tuple[CandidateKeys, Signature]] = []
        merges: list[tuple[int, EventSource]] = []
        merged: list[tuple[int, CandidateKeys, Signature]] = []
        conflicting: set[int] = set()

        def same_story(event: IndexedEvent) -> bool:
            return self._same_story(tx, article_id, event)

        for candidate, key in zip(candidates, all_keys, strict=True):
            sources = candidate_sources(article_id, candidate)
            self._ensure_months(tx, candidate.span)
            signature = candidate.signature
            target = self.index.match(
                candidate.span, key, exclude=touched, signature=signature, same_story=same_story
            )
            if target is not None:
                merges.extend((target, source) for source in sources)
                merged.append((target, key, signature))
                touched.add(target)
                continue
            found: list[int] = []
            if is_firm(candidate.span):
                self._ensure_titles(tx)
                shortlist = self.index.conflict_shortlist(key)
                self._ensure_events(tx, shortlist)
                found = self.index.conflicts(candidate.span, key, shortlist, exclude=touched, signature=signature)
            conflicting.update(found)
            new_rows.append(
                NewEventRow(
                    title=candidate.headline,
                    span=candidate.span,
                    confidence=candidate.confidence,
                    people=candidate.people,
                    places=candidate.places,
                    conflict=bool(found),
                    sources=tuple(sources),
                )
            )
            new_keys.append((key, signature))
        ids = tx.event_batch.add_events(new_rows)
        tx.event_batch.add_sources(merges)
        tx.event_batch.flag_conflicts(conflicting)

        def apply() -> None:
            for event_id, row, (key, signature) in zip(ids, new_rows, new_keys, strict=True):
                entry = IndexedEvent(event_id, row.span, key.headline, signature=signature)
                entry.source_ids.add(key.sentence_id)
                for source_text in key.sources or (key.sentence,):
                    entry.add_source(article_id, source_text)
                self.index.add(entry)
            for event_id, key, signature in merged:
                for source_text in key.sources or (key.sentence,):
                    self.index.add_source(event_id, article_id, source_text, signature, key.sentence_id)
            if ids and self._seen_upto is not None:
                self._seen_upto = max(self._seen_upto, max(ids))

        merged_ids = tuple(dict.fromkeys(target for target, _key, _signature in merged))
        return StoredEvents(tuple(ids), merged_ids, tuple(sorted(conflicting)), apply)

    # -- loading from the archive --------------------------------------------

    def _learn(self, brief: EventBrief) -> None:
        months = month_range(brief.span)
        if months is not None and any(m in self._months for m in range(months[0], months[1] + 1)):
            self.index.add(_indexed(brief))
        elif self._titles_loaded:
            self.index.add_title(brief.id, fold_text(brief.title))

    def _ensure_months(self, tx: Transaction, span: DateSpan) -> None:
        months = month_range(span)
        if months is None:
            return
        missing = [m for m in range(months[0], months[1] + 1) if m not in self._months]
        if not missing:
            return
        start, end = month_bounds(missing[0], missing[-1])
        for brief in tx.event_batch.overlapping(start, end):
            self.index.add(_indexed(brief))
        self._months.update(range(missing[0], missing[-1] + 1))

    def _ensure_titles(self, tx: Transaction) -> None:
        if self._titles_loaded:
            return
        for event_id, title in tx.event_batch.titles():
            self.index.add_title(event_id, fold_text(title))
        self._titles_loaded = True

    def _ensure_events(self, tx: Transaction, event_ids: Sequence[int]) -> None:
        missing = [i for i in event_ids if i not in self.index]
        for brief in tx.event_batch.by_ids(missing):
            self.index.add(_indexed(brief))

    def _same_story(self, tx: Transaction, article_id: int, event: IndexedEvent) -> bool:
        own = self._names_of(tx, article_id)
        return any(
            same_story_names(own, self._names_of(tx, other)) for other in event.source_articles if other != article_id
        )

    def _names_of(self, tx: Transaction, article_id: int) -> frozenset[str]:
        names = self._names.get(article_id)
        if names is None:
            text = tx.event_batch.article_texts([article_id]).get(article_id, "")
            names = story_names(text) if text else frozenset()
            self.remember_names(article_id, names)
        else:
            self._names.move_to_end(article_id)
        return names


def same_story_names(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two articles tell the same story: they share at least :data:`STORY_SHARED` names, and at
    least :data:`STORY_OVERLAP` of the names of the one that names fewer."""
    shared = len(a & b)
    return shared >= STORY_SHARED and shared >= STORY_OVERLAP * min(len(a), len(b))
