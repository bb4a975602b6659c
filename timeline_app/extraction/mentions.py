"""One happening, several mentions within an article: which candidates fold into one event.

Two candidates (both captions or both not) are one event when

- both are dated to the day (or finer), one span contains the other, and their clauses agree:
  similar headlines, a shared name or two shared content words (stems) in the headlines,
  three shared in the sentences (date words aside), or one shared when one mention is the lead's relative date
  ("gisteren", "on Tuesday") and the other names the date. So "the talks in Riyadh on Tuesday"
  and "Trump said on Tuesday he would meet Putin" stay two events, while the lead's "gisteren
  is grondwater de tunnelbuis in gestroomd" and the detail's "het lek in de tunnel ontstond op
  3 februari" fold; or
- their spans are equal and their headlines are similar (rapidfuzz token_set_ratio >= 60).

Candidates are looked up through an index (by day, and by span for coarse dates), and each
index bucket is searched for at most :data:`BUCKET_LIMIT` recent entries, so merging stays
linear in the number of candidates however often an article repeats a date.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Hashable, Sequence
from functools import lru_cache
from typing import TypeVar

from rapidfuzz import fuzz

from timeline_app.domain.dates import DateSpan, Precision
from timeline_app.extraction.eventwords import ALL_STOPWORDS

SAME_TEXT_RATIO = 60.0
BUCKET_LIMIT = 40
MAX_INDEXED_DAYS = 62

STEM_CHARS = 5
T = TypeVar("T")
_WORD = re.compile(r"[^\W\d_]{4,}", re.UNICODE)


@lru_cache(maxsize=4096)
def name_stems(text: str) -> frozenset[str]:
    """The stems of the capitalized content words of ``text`` past its first word (its names)."""
    words = _WORD.findall(text)
    return content_stems(" ".join(w for n, w in enumerate(words) if n and w[:1].isupper()))


@lru_cache(maxsize=4096)
def content_stems(text: str) -> frozenset[str]:
    """Folded five-letter stems of the content words of ``text`` (four letters or more, no stopwords)."""
    stems = set()
    for word in _WORD.findall(text):
        folded = word.casefold()
        if folded in ALL_STOPWORDS:
            continue
        plain = "".join(ch for ch in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(ch))
        stems.add(plain[:STEM_CHARS])
    return frozenset(stems)


def _fine(span: DateSpan) -> bool:
    return span.precision <= Precision.DAY and span.start is not None and span.end is not None


def _days(span: DateSpan) -> list[dt.date]:
    """The days a fine span covers (capped: a longer one is indexed by its first days only)."""
    assert span.start is not None and span.end is not None
    first, last = span.start.date(), span.end.date()
    if span.end == dt.datetime(last.year, last.month, last.day) and last > first:
        last -= dt.timedelta(days=1)  # an exclusive midnight end
    count = min((last - first).days + 1, MAX_INDEXED_DAYS)
    return [first + dt.timedelta(days=n) for n in range(max(count, 1))]


def contains(a: DateSpan, b: DateSpan) -> bool:
    """True when one resolved span lies within the other."""
    if a.start is None or a.end is None or b.start is None or b.end is None:
        return False
    return (a.start <= b.start and b.end <= a.end) or (b.start <= a.start and a.end <= b.end)


def similar_text(a: str, b: str) -> bool:
    """Headlines that read alike (token_set_ratio >= SAME_TEXT_RATIO, case folded)."""
    return fuzz.token_set_ratio(a.casefold(), b.casefold()) >= SAME_TEXT_RATIO


def group_mentions(
    items: Sequence[T],
    *,
    span: Callable[[T], DateSpan],
    kind: Callable[[T], Hashable],
    same: Callable[[T, T], bool],
) -> list[list[T]]:
    """Partition ``items`` (in order) into groups of one happening each.

    An item joins the first earlier group (searched through the index, newest entries first)
    whose representative ``same`` accepts; ``kind`` separates items that never merge (captions
    and body text). Groups come in order of their first item.
    """
    groups: list[list[T]] = []
    by_day: dict[tuple[Hashable, dt.date], list[int]] = {}
    by_span: dict[tuple[Hashable, DateSpan], list[int]] = {}
    for item in items:
        item_span, item_kind = span(item), kind(item)
        fine = _fine(item_span)
        keys_day = [(item_kind, d) for d in _days(item_span)] if fine else []
        candidates: list[int] = []
        for key in keys_day:
            candidates.extend(by_day.get(key, [])[-BUCKET_LIMIT:])
        candidates.extend(by_span.get((item_kind, item_span), [])[-BUCKET_LIMIT:])
        target = None
        for index in sorted(set(candidates)):
            if same(groups[index][0], item):
                target = index
                break
        if target is None:
            target = len(groups)
            groups.append([item])
            for key in keys_day:
                by_day.setdefault(key, []).append(target)
            by_span.setdefault((item_kind, item_span), []).append(target)
        else:
            groups[target].append(item)
    return groups
