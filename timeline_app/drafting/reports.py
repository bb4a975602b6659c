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
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from timeline_app.domain.stamps import is_timestamp as stamp_at
from timeline_app.drafting.model import ArticleInfo, Mention


def is_timestamp(mention: Mention) -> bool:
    """True when the mention's date expression is part of a time stamp (see :mod:`timeline_app.domain.stamps`)."""
    return stamp_at(mention.sentence, *mention.timex)


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
