"""Matching candidate events against the events already known: an in-memory index with blocking.

The rules (what counts as the same happening, what as a conflict) are those documented in
:mod:`timeline_app.services.extracting`; this module makes them cheap to apply when the archive
holds tens of thousands of events:

- Worker processes fold each candidate's texts once (:func:`candidate_keys`): lower-case,
  accent-free content words, and *blocking keys*, the first :data:`KEY_LENGTH` letters of each
  word (so "spilled" and "spilling" share one).
- :class:`EventIndex` keeps, for every known event, its span as whole days in sorted arrays per
  span length (a date lookup is a binary search, not a scan), its folded title and first
  :data:`SOURCES_KEPT` source sentences, and the articles of those sources.
- A candidate is compared with full text similarity only against events that overlap its span
  and share at least one blocking key, at most :data:`SHORTLIST` of them (those sharing the most
  keys). Two texts with no word stem in common never reach the similarity threshold, so the
  blocking changes no decision in practice while the work per candidate stays bounded.
- Conflicts (a similar report with a different date) are looked up through an inverted index of
  title words; words that head more than :data:`COMMON_WORD_EVENTS` events are too common to tie
  two reports together and are not used to find them.

Pure: no storage, no Qt. Callers feed it :class:`IndexedEvent` records and keep it in step with
what they write.
"""

from __future__ import annotations

import datetime as _dt
import math
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

from timeline_app.domain.dates import DateSpan, Precision
from timeline_app.extraction.eventwords import ALL_STOPWORDS

TEXT_THRESHOLD = 62.0
CONFLICT_THRESHOLD = 75.0
SHARED_NAMES = 2
SOURCES_KEPT = 3
FIRST_CUT = 64
SHORTLIST = 16
CONFLICT_SHORTLIST = 20
CONFLICT_WORDS = 6
COMMON_WORD_EVENTS = 2000
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# Span length classes in days: a lookup searches each class's start array from (start - length).
_CLASSES = (1, 8, 32, 93, 367, 3661, 36525)
# A report can be the same as one dated up to this many length classes finer or coarser: a day
# matches its week or month, a year its months, quarters and decade; never a day and its year.
COMPARABLE_CLASSES = 2
SIGNATURE_BITS = 1024


@lru_cache(maxsize=8192)
def fold_text(text: str) -> str:
    """Lower-case, accent-free content words of ``text`` (no stopwords, numbers or short words)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(w for w in _WORD.findall(plain) if len(w) > 2 and w not in ALL_STOPWORDS)


def text_similarity(a_headline: str, a_sentence: str, b_headline: str, b_sentence: str) -> float:
    """How alike two reports read, 0..100: their sentences, or their headlines when both have 3+ words."""
    return _similarity(fold_text(a_headline), fold_text(a_sentence), fold_text(b_headline), fold_text(b_sentence))


def _similarity(a_head: str, a_sentence: str, b_head: str, b_sentence: str) -> float:
    score = fuzz.token_set_ratio(a_sentence, b_sentence)
    if a_head.count(" ") >= 2 and b_head.count(" ") >= 2:
        score = max(score, fuzz.token_set_ratio(a_head, b_head))
    return float(score)


@dataclass(frozen=True, slots=True)
class CandidateKeys:
    """A candidate's folded texts, computed once (in the worker that extracted it)."""

    headline: str
    sentence: str
    sources: tuple[str, ...]
    title_words: tuple[str, ...]


def candidate_keys(headline: str, sentence: str, mention_sentences: Sequence[str]) -> CandidateKeys:
    """Fold a candidate's headline, sentence and first mention sentences for matching."""
    folded_headline = fold_text(headline)
    folded_sentence = fold_text(sentence)
    sources = tuple(fold_text(s) for s in mention_sentences[:SOURCES_KEPT])
    words = sorted(set(folded_headline.split()), key=len, reverse=True)[:CONFLICT_WORDS]
    return CandidateKeys(folded_headline, folded_sentence, sources, tuple(words))


def _day_range(span: DateSpan) -> tuple[int, int] | None:
    first, last = span.first_day, span.last_day
    if first is None or last is None:
        return None
    return first.toordinal(), last.toordinal()


def is_firm(span: DateSpan) -> bool:
    """A date that can contradict another: resolved, not vague, not approximate."""
    return span.is_resolved and not span.approximate and not span.value.endswith("_REF")


def same_day(a: DateSpan, b: DateSpan) -> bool:
    """Both dated to the same calendar day (day precision or finer)."""
    return (
        a.precision <= Precision.DAY
        and b.precision <= Precision.DAY
        and a.first_day is not None
        and a.first_day == b.first_day
        and a.last_day == b.last_day
    )


@dataclass(slots=True)
class IndexedEvent:
    """What matching needs to know of a stored event, with word signatures of its texts."""

    id: int
    span: DateSpan
    title: str
    rejected: bool = False
    sources: list[str] = field(default_factory=list)  # folded sentences of the first sources
    source_articles: list[int] = field(default_factory=list)  # their articles
    title_bits: int = 0
    source_bits: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.title_bits:
            self.title_bits = word_bits(self.title)

    @classmethod
    def of(
        cls, event_id: int, span: DateSpan, title: str, rejected: bool, sources: Iterable[tuple[int, str]]
    ) -> IndexedEvent:
        """An index record from raw texts (folds them)."""
        entry = cls(event_id, span, fold_text(title), rejected)
        for article_id, sentence in sources:
            entry.add_source(article_id, fold_text(sentence))
        return entry

    @property
    def bits(self) -> int:
        """The signature of all its words (title and kept sources)."""
        bits = self.title_bits
        for source in self.source_bits:
            bits |= source
        return bits

    def add_source(self, article_id: int, folded_sentence: str) -> bool:
        """Remember one more source (only the first :data:`SOURCES_KEPT`); True when kept."""
        if len(self.sources) >= SOURCES_KEPT:
            return False
        self.sources.append(folded_sentence)
        self.source_articles.append(article_id)
        self.source_bits.append(word_bits(folded_sentence))
        return True


def length_class(first: int, last: int) -> int:
    """The span-length class of a day range (an index into :data:`_CLASSES`; longer: ``len(_CLASSES)``)."""
    length = last - first + 1
    for n, limit in enumerate(_CLASSES):
        if length <= limit:
            return n
    return len(_CLASSES)


def word_bits(folded: str) -> int:
    """A :data:`SIGNATURE_BITS`-bit signature of a folded text's words (one bit per word, by hash)."""
    bits = 0
    for word in folded.split():
        bits |= 1 << (hash(word) & (SIGNATURE_BITS - 1))
    return bits


def _containment(a: int, b: int) -> float:
    """Shared signature bits over the smaller signature: how much of one text the other holds."""
    common = (a & b).bit_count()
    return common / min(a.bit_count(), b.bit_count()) if common else 0.0


class _SpanArrays:
    """Events by first day, one sorted array per span-length class, with their last days and
    key signatures alongside so that a lookup is a slice and a few integer operations."""

    def __init__(self) -> None:
        count = len(_CLASSES) + 1
        self._starts: list[list[int]] = [[] for _ in range(count)]
        self._lasts: list[list[int]] = [[] for _ in range(count)]
        self._ids: list[list[int]] = [[] for _ in range(count)]
        self._bits: list[list[int]] = [[] for _ in range(count)]

    def add(self, event_id: int, first: int, last: int, bits: int) -> None:
        n = length_class(first, last)
        starts = self._starts[n]
        at = bisect_right(starts, first)
        starts.insert(at, first)
        self._lasts[n].insert(at, last)
        self._ids[n].insert(at, event_id)
        self._bits[n].insert(at, bits)

    def update_bits(self, event_id: int, first: int, last: int, bits: int) -> None:
        n = length_class(first, last)
        starts = self._starts[n]
        at = bisect_left(starts, first)
        ids = self._ids[n]
        while at < len(ids) and starts[at] == first:
            if ids[at] == event_id:
                self._bits[n][at] = bits
                return
            at += 1

    def _window(self, first: int, last: int, n: int) -> tuple[int, int]:
        starts = self._starts[n]
        lo = 0 if n == len(_CLASSES) else bisect_left(starts, first - _CLASSES[n] + 1)
        return lo, bisect_right(starts, last)

    def overlapping(self, first: int, last: int, n: int) -> list[int]:
        """Ids of class-``n`` events whose days overlap ``[first, last]``."""
        lo, hi = self._window(first, last, n)
        ids, lasts = self._ids[n], self._lasts[n]
        return [ids[i] for i in range(lo, hi) if lasts[i] >= first]

    def sharing(self, first: int, last: int, n: int, bits: int) -> list[tuple[float, int]]:
        """``(share, id)`` of class-``n`` events overlapping ``[first, last]`` whose words
        overlap the words in ``bits``; ``share`` is the part of the smaller signature shared."""
        lo, hi = self._window(first, last, n)
        own = bits.bit_count() or 1
        window = zip(self._ids[n][lo:hi], self._lasts[n][lo:hi], self._bits[n][lo:hi], strict=True)
        return [
            (common / min(own, event_bits.bit_count()), event_id)
            for event_id, end, event_bits in window
            if end >= first and (common := (event_bits & bits).bit_count())
        ]


class EventIndex:
    """Known events, ready to be matched against new candidates (see the module notes)."""

    def __init__(self) -> None:
        self.events: dict[int, IndexedEvent] = {}
        self._spans = _SpanArrays()
        self._title_words: dict[str, list[int]] = {}
        self._titled: set[int] = set()

    def __contains__(self, event_id: int) -> bool:
        return event_id in self.events

    def __len__(self) -> int:
        return len(self.events)

    def add(self, entry: IndexedEvent) -> None:
        """Index an event (a second add of the same id is ignored)."""
        if entry.id in self.events:
            return
        self.events[entry.id] = entry
        days = _day_range(entry.span)
        if days is not None and not entry.rejected:
            self._spans.add(entry.id, *days, entry.bits)
        if entry.id in self._titled:
            self._titled.discard(entry.id)
            return
        for word in set(entry.title.split()):
            self._title_words.setdefault(word, []).append(entry.id)

    def match(
        self,
        span: DateSpan,
        keys: CandidateKeys,
        *,
        exclude: set[int] | frozenset[int] = frozenset(),
        same_story: Callable[[IndexedEvent], bool] = lambda _event: False,
    ) -> int | None:
        """The event a candidate reports again, or ``None`` (the module notes of
        :mod:`~timeline_app.services.extracting` give the rules)."""
        days = _day_range(span)
        if days is None:
            return None
        head_bits, sentence_bits = word_bits(keys.headline), word_bits(keys.sentence)
        bits = head_bits | sentence_bits
        own = length_class(*days)
        single_day = span.precision <= Precision.DAY and days[0] == days[1]
        story: list[int] = []
        shared: list[tuple[float, int]] = []
        for n in range(max(0, own - COMPARABLE_CLASSES), min(len(_CLASSES), own + COMPARABLE_CLASSES) + 1):
            if n == 0 and single_day:
                for event_id in self._spans.overlapping(*days, 0):
                    if same_day(span, self.events[event_id].span):
                        story.append(event_id)  # the same-story rule needs no shared words
                    else:
                        shared.append((1.0, event_id))
                continue
            shared.extend(self._spans.sharing(*days, n, bits))
        # Stage 2: of the events sharing the most words overall, those whose title holds the
        # headline or one of whose sources holds the sentence (or the other way round).
        shared.sort(key=lambda pair: (-pair[0], pair[1]))
        heads = keys.headline.count(" ") >= 2
        ranked: list[tuple[float, int]] = []
        for _share, event_id in shared[:FIRST_CUT]:
            event = self.events[event_id]
            best_part = _containment(head_bits, event.title_bits) if heads and event.title.count(" ") >= 2 else 0.0
            for source_bits in event.source_bits or (event.title_bits,):
                best_part = max(best_part, _containment(sentence_bits, source_bits))
            ranked.append((best_part, event_id))
        ranked.sort(key=lambda pair: (-pair[0], pair[1]))
        checked = sorted({event_id for _part, event_id in ranked[:SHORTLIST]}.union(story) - set(exclude))
        best: tuple[float, int] | None = None
        for event_id in checked:
            event = self.events[event_id]
            if not event.span.overlaps(span):
                continue
            score = self._score(keys, event)
            if score < TEXT_THRESHOLD and not (same_day(span, event.span) and same_story(event)):
                continue
            if best is None or score > best[0]:
                best = (score, event_id)
        return best[1] if best else None

    def add_source(self, event_id: int, article_id: int, folded_sentence: str) -> None:
        """One more source of a known event (its new words join its signature)."""
        entry = self.events.get(event_id)
        if entry is None or not entry.add_source(article_id, folded_sentence):
            return
        days = _day_range(entry.span)
        if days is not None and not entry.rejected:
            self._spans.update_bits(event_id, *days, entry.bits)

    def add_title(self, event_id: int, folded_title: str) -> None:
        """Know an event by its title only (its other fields load when a conflict search needs them)."""
        if event_id in self.events or event_id in self._titled:
            return
        self._titled.add(event_id)
        for word in set(folded_title.split()):
            self._title_words.setdefault(word, []).append(event_id)

    def conflict_shortlist(self, keys: CandidateKeys) -> list[int]:
        """Events whose titles share the candidate's most telling headline words, best first."""
        total = max(len(self.events) + len(self._titled), 1)
        weights: dict[int, float] = {}
        for word in keys.title_words:
            posting = self._title_words.get(word)
            if not posting or len(posting) > COMMON_WORD_EVENTS:
                continue
            weight = math.log(1 + total / len(posting))
            for event_id in posting:
                weights[event_id] = weights.get(event_id, 0.0) + weight
        ranked = sorted(weights.items(), key=lambda item: (-item[1], item[0]))[:CONFLICT_SHORTLIST]
        return [event_id for event_id, _weight in ranked]

    def conflicts(
        self,
        span: DateSpan,
        keys: CandidateKeys,
        shortlist: Sequence[int],
        *,
        exclude: set[int] | frozenset[int] = frozenset(),
    ) -> list[int]:
        """Of ``shortlist`` (see :meth:`conflict_shortlist`; unknown ids skipped), the events that
        report the same happening with a different, firm date."""
        if not is_firm(span):
            return []
        found = []
        for event_id in shortlist:
            event = self.events.get(event_id)
            if event is None or event_id in exclude or not is_firm(event.span) or event.span.overlaps(span):
                continue
            if not event.sources:
                continue
            score = max(_similarity(keys.headline, keys.sentence, event.title, s) for s in event.sources)
            if score >= CONFLICT_THRESHOLD:
                found.append(event_id)
        return sorted(found)

    @staticmethod
    def _score(keys: CandidateKeys, event: IndexedEvent) -> float:
        if not event.sources:
            return _similarity(keys.headline, keys.sentence, event.title, event.title)
        return max(_similarity(keys.headline, keys.sentence, event.title, s) for s in event.sources)


def month_range(span: DateSpan) -> tuple[int, int] | None:
    """The months a span touches, as ``year * 12 + month - 1`` numbers (inclusive)."""
    first, last = span.first_day, span.last_day
    if first is None or last is None:
        return None
    return first.year * 12 + first.month - 1, last.year * 12 + last.month - 1


def month_bounds(first_month: int, last_month: int) -> tuple[_dt.datetime, _dt.datetime]:
    """The moments where month ``first_month`` starts and month ``last_month`` ends."""
    start = _dt.datetime(first_month // 12, first_month % 12 + 1, 1)
    after = last_month + 1
    end = _dt.datetime(after // 12, after % 12 + 1, 1) if after // 12 <= 9999 else _dt.datetime.max
    return start, end
