"""Which mentions of a date report it: not a time stamp, not an announcement made beforehand.

Two kinds of mention name a date without reporting anything that happened on it:

- **Time stamps**: bylines, "last updated" lines, comment and post stamps ("Posted by: x | June 15,
  2010 5:08 PM", "Tuesday 5 May 2009 21.31 BST", "Page last updated at 07:41 GMT, Wednesday, 9 June
  2010", "15 juin 2010 à 17h08", "15 juni 2010 om 17.08 uur"). They are recognised by their shape
  alone, the same in every language: a date with its year right next to a clock time.
- **Announcements**: an article published before the date can only say what is planned or
  expected for it ("the vote is due on Thursday"). The date counts when articles published on or
  after it report it; articles that named it beforehand are counted apart (``planned``), so a
  date only ever announced ranks behind every reported one.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from timeline_app.drafting.model import ArticleInfo, Mention

_YEAR = r"(?<!\d)(?:1[89]|2[01])\d{2}(?!\d)"
# "17:08", "17h08", or "17.08" followed by a clock word or a zone ("21.31 BST", "17.08 uur", "5.08 pm"),
# so that "3.50 million" is no clock time.
_CLOCK = (r"(?<![\d.:])(?:[01]?\d|2[0-3])(?:[:h][0-5]\d|\.[0-5]\d(?=\s*(?:(?i:[ap]\.?m\b|uur\b|uhr\b)|[A-Z]{2,4}\b)))"
          r"(?![\d.,]\d)")
# A year, then (after punctuation and at most one short word: "à", "om", "at", "um") a clock time.
_YEAR_THEN_CLOCK = re.compile(_YEAR + r"[\s,;|/–—-]*(?:[^\W\d_]{1,3}\.?\s+)?" + _CLOCK)
_CLOCK_AT_START = re.compile(r"\s*" + _CLOCK)
_YEAR_RE = re.compile(_YEAR)
_CLOCK_RE = re.compile(_CLOCK)

NEAR = 25
"""How close (in characters) the year and the clock time of a stamp sit to its date expression."""


def is_timestamp(mention: Mention) -> bool:
    """True when the mention's date expression is part of a time stamp (see the module notes)."""
    start, end = mention.timex
    sentence = mention.sentence
    if not 0 <= start < end <= len(sentence):
        return False
    # The date and its year (inside the expression or right after it), then a clock time.
    stamp = _YEAR_THEN_CLOCK.search(sentence, start, min(len(sentence), end + 2 * NEAR))
    if stamp is not None and stamp.start() <= end + NEAR:
        return True
    # A clock time first ("07:41 GMT, Wednesday, 9 June 2010", "15:39 UK time, Tuesday, 1 June
    # 2010"): the expression is or follows a clock time, and the year comes right after.
    clock_first = _CLOCK_AT_START.match(sentence, start) is not None or (
        _CLOCK_RE.search(sentence, max(0, start - NEAR), start) is not None
    )
    if not clock_first:
        return False
    year = _YEAR_RE.search(sentence, start, min(len(sentence), end + NEAR))
    return year is not None


def is_calendar_date(mention: Mention) -> bool:
    """True when the expression writes the date out with its number ("20 April", "le 20 avril", "20/4"),
    not relative to the article ("yesterday", "on Tuesday", "two days later").

    A mention whose expression is not known (an editor's source without one) counts as written out.
    """
    start, end = mention.timex
    if not 0 <= start < end <= len(mention.sentence):
        return True
    return any(ch.isdigit() for ch in mention.sentence[start:end])


@dataclass(frozen=True, slots=True)
class Support:
    """The articles behind a candidate date: those that report it (with their mentions) and those that only announced it."""

    reports: frozenset[int]
    planned: frozenset[int]
    mentions: tuple[Mention, ...]


def support(mentions: Iterable[Mention], articles: Mapping[int, ArticleInfo], first_day: _dt.date) -> Support:
    """Which articles report the date starting on ``first_day``, and which only named it beforehand.

    Time stamps support nothing. An article without a known publication date counts as a report.
    """
    reports: set[int] = set()
    planned: set[int] = set()
    reporting: list[Mention] = []
    for mention in mentions:
        if is_timestamp(mention):
            continue
        article = articles.get(mention.article_id)
        published = article.published if article is not None else None
        if published is None or published >= first_day:
            reports.add(mention.article_id)
            reporting.append(mention)
        else:
            planned.add(mention.article_id)
    return Support(frozenset(reports), frozenset(planned - reports), tuple(reporting))
