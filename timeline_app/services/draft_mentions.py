"""Stored reports -> drafting mentions, each with the date that the mention itself names.

Extraction dates an event once and import may fold reports of several articles into it; when
a report was folded into an event of another precision (a bare "2010" in a dateline merged into
an event of 10 May, or "April 20" merged into an event of the year 2010), the event's date is
not what that report says. So each report's time expression is read again on its own:

- when the event is an editor's (edited, made or imported), or extraction left it vague
  ("recently", "tomorrow might..."), its date holds for every report; so it does for the
  reports of the article the event was extracted from (the first one stored);
- when the expression alone has the precision class of the event (both a day or finer, or both
  the same coarser precision), the event's date holds: extraction resolved it with the sentence
  around it;
- otherwise the expression is resolved against its article's publication date and that date is
  the mention's.

Both look-ups are cached per distinct text (and publication date), so a draft over thousands of
articles reads each phrase a few times at most.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable, Iterable, Mapping

from timeline_app.domain.dates import DateSpan, Precision
from timeline_app.domain.models import EventOrigin
from timeline_app.drafting.model import ArticleInfo, Mention
from timeline_app.extraction.headline import make_headline
from timeline_app.extraction.tagger import tag_text
from timeline_app.storage.draft_queries import EventColumns, SourceColumns

_WORDS = re.compile(r"\w+", re.UNICODE)
_PROBE_DATE = _dt.date(2001, 6, 15)  # any date: precision does not depend on the reference
_EXTRACTED = EventOrigin.EXTRACTED.value


def _level(precision: Precision) -> int:
    """Day-or-finer precisions form one class; coarser ones are each their own."""
    return int(Precision.DAY) if precision <= Precision.DAY else int(precision)


class MentionDater:
    """Reads report expressions on their own, with caches (one per draft)."""

    def __init__(self) -> None:
        self._levels: dict[tuple[str, str], int | None] = {}
        self._spans: dict[tuple[str, str, _dt.date], DateSpan | None] = {}

    def _alone(self, text: str, language: str, reference: _dt.date) -> DateSpan | None:
        found = tag_text(text, reference_date=reference, language=language)
        if len(found) != 1 or found[0].span is None or not found[0].span.is_resolved:
            return None
        return found[0].span

    def level(self, text: str, language: str) -> int | None:
        """The precision class of ``text`` read alone, or ``None`` when it is not one date."""
        key = (text, language)
        if key not in self._levels:
            span = self._alone(text, language, _PROBE_DATE)
            self._levels[key] = _level(span.precision) if span is not None else None
        return self._levels[key]

    def span(self, text: str, language: str, published: _dt.date) -> DateSpan | None:
        """The date ``text`` names in an article published on ``published``."""
        key = (text, language, published)
        if key not in self._spans:
            self._spans[key] = self._alone(text, language, published)
        return self._spans[key]

    def date_of(
        self, source: SourceColumns, event: EventColumns, article: ArticleInfo | None, *, first_report: bool = False
    ) -> DateSpan:
        """The date this report names (see the module notes).

        ``first_report`` says the report comes from the article the event was extracted from;
        extraction only folds mentions of one precision class there, so its date holds.
        """
        if (first_report or event.edited or event.origin != _EXTRACTED or not event.span.is_resolved
                or event.span.value.endswith("_REF")):
            return event.span
        language = (article.language if article is not None else None) or "en"
        level = self.level(source.timex_text, language)
        if level is None or level == _level(event.span.precision):
            return event.span
        published = article.published if article is not None else None
        own = self.span(source.timex_text, language, published) if published is not None else None
        return own if own is not None else event.span


def build_mentions(
    sources: Iterable[SourceColumns], events: Mapping[int, EventColumns], articles: Mapping[int, ArticleInfo]
) -> list[Mention]:
    """A drafting mention per stored report, dated as the module notes say (``sources`` in id order)."""
    dater = MentionDater()
    mentions = []
    first_article: dict[int, int] = {}
    for source in sources:
        event = events.get(source.event_id)
        if event is None:
            continue
        article = articles.get(source.article_id)
        first = first_article.setdefault(source.event_id, source.article_id) == source.article_id
        span = dater.date_of(source, event, article, first_report=first)
        mentions.append(
            Mention(
                article_id=source.article_id,
                event_id=source.event_id,
                span=span,
                sentence=source.sentence,
                sentence_start=source.sentence_start,
                event_title=event.title,
                event_matches=_same_date(span, event.span),
                is_caption=source.is_caption,
                timex_start=max(0, source.char_start - source.sentence_start),
                timex_end=max(0, source.char_end - source.sentence_start),
            )
        )
    return mentions


def _same_date(span: DateSpan, event_span: DateSpan) -> bool:
    if span is event_span:
        return True
    if not span.is_resolved or not event_span.is_resolved:
        return False
    if span.precision <= Precision.DAY:
        return event_span.precision <= Precision.DAY and span.first_day == event_span.first_day
    return span.precision == event_span.precision and span.start == event_span.start and span.end == event_span.end


def headline_maker(articles: Mapping[int, ArticleInfo]) -> Callable[[Mention], str]:
    """Headlines for draft entries drawn from the chosen sentence, as extraction draws event titles."""

    def headline(mention: Mention) -> str:
        # The event's title was drafted from this very sentence (with every date in it known):
        # keep it. Otherwise draft one from the sentence the entry chose.
        title_words = set(_WORDS.findall(mention.event_title.casefold()))
        sentence_words = set(_WORDS.findall(mention.sentence.casefold()))
        if title_words and len(title_words & sentence_words) >= 0.8 * len(title_words):
            return mention.event_title
        article = articles.get(mention.article_id)
        language = (article.language if article is not None else None) or "en"
        start, end = mention.timex
        if not 0 <= start < end <= len(mention.sentence):
            return mention.event_title
        return make_headline(mention.sentence, [(start, end)], (start, end), language) or mention.event_title

    return headline
