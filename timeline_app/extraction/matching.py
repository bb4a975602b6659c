"""Matching candidate events against the events already known: an in-memory index with blocking.

The rules (what counts as the same happening, what as a conflict) are those documented in
:mod:`timeline_app.services.extracting`; this module makes them cheap to apply when the archive
holds tens of thousands of events:

- Worker processes fold each candidate's texts once (:func:`candidate_keys`): lower-case,
  accent-free content words.
- :class:`EventIndex` keeps every known event in the bucket of its exact day range ("2009",
  "June 2009", "11 June 2009"...), the ranges of each span-length class sorted by first day, so
  a date lookup is a binary search over ranges, not a scan of events. With each event it keeps
  its folded title and first :data:`SOURCES_KEPT` source sentences, a word signature of each
  (:data:`SIGNATURE_BITS` bits, a bit per word) and its cross-language signature (name keys and
  numbers).
- A candidate is compared with events of comparable precision whose ranges overlap its span,
  at most the :data:`BUCKET_SCAN` most recent of each range, in three stages: the events whose
  words overlap most (:data:`FIRST_CUT`), of those the ones whose best text holds most of the
  candidate's or is held by it (:data:`SHORTLIST`), and only for those texts that hold at least
  :data:`MIN_CONTAINMENT` of each other the similarity itself. On the 2,162 development
  articles this finds the same event as comparing against every comparable event for 98 % of
  the candidates that have one, at a bounded cost per candidate however large the archive.
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
import zlib
from bisect import bisect_left, bisect_right
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

from timeline_app.domain.dates import DateSpan, Precision
from timeline_app.extraction.eventwords import ALL_STOPWORDS
from timeline_app.extraction.names import Signature

EMPTY_SIGNATURE = Signature(frozenset(), frozenset())

TEXT_THRESHOLD = 62.0
CONFLICT_THRESHOLD = 75.0
SOURCES_KEPT = 3
FIRST_CUT = 24
SHORTLIST = 8
# Below this share of words held by one text of the other, the similarity never reached the
# threshold on the development articles (7 of 32,000 pairs from 0.20 to 0.25; none below).
MIN_CONTAINMENT = 0.25
CONFLICT_SHORTLIST = 20
CONFLICT_WORDS = 6
COMMON_WORD_EVENTS = 150
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# Span length classes in days: a lookup searches each class's start array from (start - length).
_CLASSES = (1, 8, 32, 93, 367, 3661, 36525)
# Which length classes a report can share an event with: up to two classes apart for dates
# finer than a year (a day matches its week or month, a month its quarter), one class apart
# from a year on (a year matches its quarters and its decade). Never a day and its year, never
# a month and its year: the finer report would lose its date, the coarser gain a false one.
def _comparable_classes(own: int) -> tuple[int, ...]:
    return tuple(
        n
        for n in range(len(_CLASSES) + 1)
        if abs(n - own) <= (2 if max(n, own) < _YEAR_CLASS else 1)
    )


_YEAR_CLASS = 4
COMPARABLE = tuple(_comparable_classes(own) for own in range(len(_CLASSES) + 1))
SIGNATURE_BITS = 1024
# In each exact day range, a candidate is compared with at most this many events, those that
# became known last (a busy date keeps costing the same however large the archive grows).
BUCKET_SCAN = 64


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
    sentence_id: int = 0  # sentence_id() of the sentence as written


def candidate_keys(headline: str, sentence: str, mention_sentences: Sequence[str]) -> CandidateKeys:
    """Fold a candidate's headline, sentence and first mention sentences for matching."""
    folded_headline = fold_text(headline)
    folded_sentence = fold_text(sentence)
    sources = tuple(fold_text(s) for s in mention_sentences[:SOURCES_KEPT])
    words = sorted(set(folded_headline.split()), key=len, reverse=True)[:CONFLICT_WORDS]
    return CandidateKeys(folded_headline, folded_sentence, sources, tuple(words), sentence_id(sentence))


def sentence_id(sentence: str) -> int:
    """A stable number for a sentence as written (case and spacing aside), the same in every process."""
    return zlib.crc32(" ".join(sentence.casefold().split()).encode("utf-8"))


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
    source_n: list[int] = field(default_factory=list)  # set bits of each source signature
    source_ids: set[int] = field(default_factory=set)  # sentence_id() of the sentences of its sources
    title_n: int = 1
    long_title: bool = False  # three words or more: headlines are compared too
    signature: Signature = EMPTY_SIGNATURE  # name keys and numbers of its reports (all languages)

    def __post_init__(self) -> None:
        if not self.title_bits:
            self.title_bits = word_bits(self.title)
        self.title_n = self.title_bits.bit_count() or 1
        self.long_title = self.title.count(" ") >= 2

    @classmethod
    def of(
        cls,
        event_id: int,
        span: DateSpan,
        title: str,
        rejected: bool,
        sources: Iterable[tuple[int, str]],
        signature: Signature = EMPTY_SIGNATURE,
    ) -> IndexedEvent:
        """An index record from raw texts (folds them)."""
        entry = cls(event_id, span, fold_text(title), rejected, signature=signature)
        for article_id, sentence in sources:
            entry.add_source(article_id, fold_text(sentence), sentence_id(sentence))
        return entry

    @property
    def bits(self) -> int:
        """The signature of all its words (title and kept sources)."""
        bits = self.title_bits
        for source in self.source_bits:
            bits |= source
        return bits

    def add_source(self, article_id: int, folded_sentence: str, sentence: int = 0) -> bool:
        """Remember one more source (only the first :data:`SOURCES_KEPT`, but every sentence id);
        True when kept."""
        if sentence:
            self.source_ids.add(sentence)
        if len(self.sources) >= SOURCES_KEPT:
            return False
        self.sources.append(folded_sentence)
        self.source_articles.append(article_id)
        bits = word_bits(folded_sentence)
        self.source_bits.append(bits)
        self.source_n.append(bits.bit_count() or 1)
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


class _SpanIndex:
    """Events by first day, one sorted array per span-length class with their last days and word
    signatures alongside (a lookup is one slice per class and a few integer operations), and per
    exact day range ("2009", "June 2009", "11 June 2009"...) the order in which its events became
    known: a range keeps at most :data:`BUCKET_SCAN` events, the oldest make way for new ones."""

    def __init__(self) -> None:
        count = len(_CLASSES) + 1
        self._firsts: list[list[int]] = [[] for _ in range(count)]
        self._lasts: list[list[int]] = [[] for _ in range(count)]
        self._ids: list[list[int]] = [[] for _ in range(count)]
        self._bits: list[list[int]] = [[] for _ in range(count)]
        self._counts: list[list[int]] = [[] for _ in range(count)]
        self._ranges: dict[tuple[int, int], deque[int]] = {}

    def add(self, event_id: int, first: int, last: int, bits: int) -> int | None:
        """Index an event; returns the id of the event it pushed out of its range, if any."""
        n = length_class(first, last)
        at = bisect_right(self._firsts[n], first)
        self._firsts[n].insert(at, first)
        self._lasts[n].insert(at, last)
        self._ids[n].insert(at, event_id)
        self._bits[n].insert(at, bits)
        self._counts[n].insert(at, bits.bit_count())
        members = self._ranges.setdefault((first, last), deque())
        members.append(event_id)
        if len(members) <= BUCKET_SCAN:
            return None
        oldest = members.popleft()
        position = self._find(n, oldest, first)
        if position is not None:
            for column in (self._firsts, self._lasts, self._ids, self._bits, self._counts):
                del column[n][position]
        return oldest

    def _find(self, n: int, event_id: int, first: int) -> int | None:
        firsts, ids = self._firsts[n], self._ids[n]
        at = bisect_left(firsts, first)
        while at < len(ids) and firsts[at] == first:
            if ids[at] == event_id:
                return at
            at += 1
        return None

    def update_bits(self, event_id: int, first: int, last: int, bits: int) -> None:
        n = length_class(first, last)
        at = self._find(n, event_id, first)
        if at is not None:
            self._bits[n][at] = bits
            self._counts[n][at] = bits.bit_count()

    def _window(self, first: int, last: int, n: int) -> tuple[int, int]:
        firsts = self._firsts[n]
        lo = 0 if n == len(_CLASSES) else bisect_left(firsts, first - _CLASSES[n] + 1)
        return lo, bisect_right(firsts, last)

    def overlapping(self, first: int, last: int, n: int) -> list[int]:
        """Ids of class-``n`` events whose days overlap ``[first, last]``."""
        lo, hi = self._window(first, last, n)
        window = zip(self._ids[n][lo:hi], self._lasts[n][lo:hi], strict=True)
        return [event_id for event_id, end in window if end >= first]

    def sharing(self, first: int, last: int, n: int, bits: int) -> list[tuple[float, int]]:
        """``(-share, id)`` of class-``n`` events overlapping ``[first, last]`` whose words
        overlap the words in ``bits``; ``share`` is the part of the smaller signature shared
        (negative, so that sorting puts the most shared first)."""
        lo, hi = self._window(first, last, n)
        if lo >= hi:
            return []
        own = bits.bit_count() or 1
        window = zip(
            self._ids[n][lo:hi], self._lasts[n][lo:hi], self._bits[n][lo:hi], self._counts[n][lo:hi], strict=True
        )
        return [
            (-common / min(own, count), event_id)
            for event_id, end, event_bits, count in window
            if end >= first and (common := (event_bits & bits).bit_count())
        ]


class EventIndex:
    """Known events, ready to be matched against new candidates (see the module notes)."""

    def __init__(self) -> None:
        self.events: dict[int, IndexedEvent] = {}
        self._spans = _SpanIndex()
        self._title_words: dict[str, list[int]] = {}
        self._titled: set[int] = set()
        self._retired: set[int] = set()  # pushed out of a full day range: never compared again

    def __contains__(self, event_id: int) -> bool:
        return event_id in self.events or event_id in self._retired

    def __len__(self) -> int:
        return len(self.events)

    def add(self, entry: IndexedEvent) -> None:
        """Index an event (a second add of the same id, or of a retired one, is ignored)."""
        if entry.id in self.events or entry.id in self._retired:
            return
        self.events[entry.id] = entry
        days = _day_range(entry.span)
        if days is not None and not entry.rejected:
            pushed_out = self._spans.add(entry.id, *days, entry.bits)
            if pushed_out is not None and pushed_out != entry.id:
                # No longer compared with anything: forget it (conflict searches too).
                self.events.pop(pushed_out, None)
                self._retired.add(pushed_out)
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
        signature: Signature | None = None,
        same_story: Callable[[IndexedEvent], bool] = lambda _event: False,
    ) -> int | None:
        """The event a candidate reports again, or ``None`` (the module notes of
        :mod:`~timeline_app.services.extracting` give the rules). ``signature``: the
        candidate's name keys and numbers, for the same-day rules; ``same_story(event)``: whether
        the candidate's article tells the same story as the articles of ``event``."""
        days = _day_range(span)
        if days is None:
            return None
        head_bits, sentence_bits = word_bits(keys.headline), word_bits(keys.sentence)
        bits = head_bits | sentence_bits
        own = length_class(*days)
        single_day = span.precision <= Precision.DAY and days[0] == days[1]
        story: list[int] = []
        shared: list[tuple[float, int]] = []
        for n in COMPARABLE[own]:
            shared.extend(self._spans.sharing(*days, n, bits))
        if single_day and signature is not None:
            # The same-day rules need no shared words, only names and numbers that agree.
            names, numbers = signature.name_keys, signature.numbers
            for event_id in self._spans.overlapping(*days, 0):
                other = self.events[event_id].signature
                if numbers and other.numbers and not numbers & other.numbers:
                    continue
                if not names or not other.name_keys or names & other.name_keys:
                    story.append(event_id)
        # Stage 2: of the events sharing the most words overall, how much the best of their
        # texts holds of the candidate's (or the other way round): the headline in the title,
        # the sentence in a source.
        shared.sort()
        del shared[FIRST_CUT:]
        heads = keys.headline.count(" ") >= 2
        head_n, sentence_n = head_bits.bit_count() or 1, sentence_bits.bit_count() or 1
        events = self.events
        excluded = set(exclude)

        def containment(event: IndexedEvent) -> float:
            best_part = 0.0
            if heads and event.long_title:
                best_part = (head_bits & event.title_bits).bit_count() / min(head_n, event.title_n)
            for source_bits, source_n in zip(event.source_bits, event.source_n, strict=True):
                part = (sentence_bits & source_bits).bit_count() / min(sentence_n, source_n)
                if part > best_part:
                    best_part = part
            return best_part

        ranked = sorted((-containment(events[event_id]), event_id) for _share, event_id in shared)[:SHORTLIST]
        parts = {event_id: -part for part, event_id in ranked}
        for event_id in story:
            parts[event_id] = containment(events[event_id])
        # Stage 3: the similarity itself, for those that hold enough of each other to reach it.
        best: tuple[float, int] | None = None
        for event_id in sorted(parts):
            event = events[event_id]
            if event_id in excluded or not event.span.overlaps(span):
                continue
            part = parts[event_id]
            if part >= MIN_CONTAINMENT:
                score = self._close_score(keys, event, head_bits if heads else 0, sentence_bits)
            else:
                score = 100 * part
            if score < TEXT_THRESHOLD and not (
                signature is not None and _same_day_report(span, signature, event, same_story)
            ):
                continue
            if best is None or score > best[0]:
                best = (score, event_id)
        return best[1] if best else None

    def add_source(
        self,
        event_id: int,
        article_id: int,
        folded_sentence: str,
        signature: Signature = EMPTY_SIGNATURE,
        sentence: int = 0,
    ) -> None:
        """One more source of a known event (its new words join its signatures)."""
        entry = self.events.get(event_id)
        if entry is None:
            return
        if signature.name_keys or signature.numbers:
            old = entry.signature
            entry.signature = Signature(old.name_keys | signature.name_keys, old.numbers | signature.numbers)
        if not entry.add_source(article_id, folded_sentence, sentence):
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
            retired = self._retired
            for event_id in posting:
                if event_id not in retired:
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
        signature: Signature = EMPTY_SIGNATURE,
    ) -> list[int]:
        """Of ``shortlist`` (see :meth:`conflict_shortlist`; unknown ids skipped), the events that
        report the same happening with a different, firm date."""
        if not is_firm(span) or keys.headline.count(" ") < 2:
            return []
        found = []
        for event_id in shortlist:
            event = self.events.get(event_id)
            if event is None or event_id in exclude or not is_firm(event.span) or event.span.overlaps(span):
                continue
            if not event.sources or event.title.count(" ") < 2:
                continue  # a title of one or two words is too unspecific to contradict a date
            if keys.sentence_id in event.source_ids:
                continue  # the same sentence, naming both dates: no contradiction
            numbers, other = signature.numbers, event.signature.numbers
            if numbers and other and not numbers & other:
                continue  # "60 new cases" and "80 new cases": two reports of a recurring kind
            # The whole sentences, in any order: a shared subset of words (which token_set_ratio
            # rates 100) ties two reports of one day, but cannot tell that two dates disagree.
            if max(fuzz.token_sort_ratio(keys.sentence, text) for text in event.sources) >= CONFLICT_THRESHOLD:
                found.append(event_id)
        return sorted(found)

    @staticmethod
    def _close_score(keys: CandidateKeys, event: IndexedEvent, head_bits: int, sentence_bits: int) -> float:
        """Like :meth:`_score`, computed only for the texts that hold enough of each other
        (:data:`MIN_CONTAINMENT`) to reach the threshold; 0 for the others."""
        if not event.sources:
            return EventIndex._score(keys, event)
        score = 0.0
        if head_bits and event.long_title:
            head_n = head_bits.bit_count() or 1
            if (head_bits & event.title_bits).bit_count() >= MIN_CONTAINMENT * min(head_n, event.title_n):
                score = fuzz.token_set_ratio(keys.headline, event.title)
        sentence_n = sentence_bits.bit_count() or 1
        for text, bits, count in zip(event.sources, event.source_bits, event.source_n, strict=True):
            if (sentence_bits & bits).bit_count() >= MIN_CONTAINMENT * min(sentence_n, count):
                score = max(score, fuzz.token_set_ratio(keys.sentence, text))
        return float(score)

    @staticmethod
    def _score(keys: CandidateKeys, event: IndexedEvent) -> float:
        """:func:`text_similarity` against the event's best source (its title when it has none)."""
        score = 0.0
        if event.long_title and keys.headline.count(" ") >= 2:
            score = fuzz.token_set_ratio(keys.headline, event.title)
        for text in event.sources or (event.title,):
            score = max(score, fuzz.token_set_ratio(keys.sentence, text))
        return float(score)


def _same_day_report(
    span: DateSpan, signature: Signature, event: IndexedEvent, same_story: Callable[[IndexedEvent], bool]
) -> bool:
    """The same-day rules: the reports name the same people and places (in any language) and
    their numbers agree; or one of them names nobody, so nothing can disagree, and their
    articles tell the same story (the rule of
    :func:`~timeline_app.extraction.names.same_happening_across_languages`, inlined: it runs for
    every report of a busy day)."""
    own, other = signature, event.signature
    if own.numbers and other.numbers and not own.numbers & other.numbers:
        return False
    if not same_day(span, event.span):
        return False
    if own.name_keys and other.name_keys:
        needed = 2 if min(len(own.name_keys), len(other.name_keys)) >= 5 else 1
        return len(own.name_keys & other.name_keys) >= needed
    return same_story(event)


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
