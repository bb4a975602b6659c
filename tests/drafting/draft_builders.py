"""Builders for drafting tests: articles and mentions with sensible defaults."""

from __future__ import annotations

import datetime as dt
import itertools

from timeline_app.domain.dates import DateSpan
from timeline_app.drafting import ArticleInfo, Mention

_ids = itertools.count(1000)


class Scope:
    """A growing set of articles and the mentions they make."""

    def __init__(self) -> None:
        self.articles: dict[int, ArticleInfo] = {}
        self.mentions: list[Mention] = []

    def article(self, published: dt.date, outlet: str | None = "Wire", title: str = "") -> int:
        article_id = next(_ids)
        self.articles[article_id] = ArticleInfo(article_id, title or f"Article {article_id}", published, outlet, "en")
        return article_id

    def mention(self, article_id: int, day: dt.date | DateSpan, sentence: str = "", *, event_id: int | None = None,
                matches: bool = True, title: str = "", timex: str = "") -> Mention:
        """A mention of ``day`` in ``sentence``; its date expression is ``timex`` (default: the span's value
        when the sentence holds it, else unknown)."""
        span = day if isinstance(day, DateSpan) else DateSpan.day(day)
        sentence = sentence or f"Something happened on {span.value} in article {article_id}."
        expression = timex or span.value
        start = sentence.find(expression)
        if timex and start < 0:
            raise ValueError(f"{timex!r} is not in {sentence!r}")
        made = Mention(
            article_id=article_id,
            event_id=event_id if event_id is not None else next(_ids),
            span=span,
            sentence=sentence,
            sentence_start=0,
            event_title=title or sentence.rstrip("."),
            event_matches=matches,
            timex_start=max(start, 0),
            timex_end=start + len(expression) if start >= 0 else 0,
        )
        self.mentions.append(made)
        return made
