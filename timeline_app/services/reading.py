"""Reading use cases: an article with its dates and event sentences marked; metadata edits."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from timeline_app.domain.dates import DateSpan, Precision
from timeline_app.domain.models import Article, Changes, EventStatus
from timeline_app.storage import Archive

EDITABLE_METADATA = ("title", "source_name", "author", "published", "url", "language")


@dataclass(frozen=True, slots=True)
class DateMark:
    """A temporal expression in the article text, with what the tagger made of it."""

    start: int
    end: int
    text: str
    type: str
    value: str
    span: DateSpan | None
    event_id: int | None = None


@dataclass(frozen=True, slots=True)
class SentenceMark:
    """A sentence that is the source of an event."""

    start: int
    end: int
    event_id: int
    status: EventStatus


@dataclass(frozen=True, slots=True)
class ArticleView:
    """An article ready for the reader."""

    article: Article
    dates: tuple[DateMark, ...]
    sentences: tuple[SentenceMark, ...]


def article_view(archive: Archive, article_id: int) -> ArticleView | None:
    """The article with its temporal expressions (tagged now) and event sentences (stored)."""
    with archive.read() as tx:
        article = tx.articles.get(article_id)
        if article is None:
            return None
        events = tx.events.many(tx.events.ids(article_id=article_id))
    mention_events: dict[tuple[int, int], int] = {}
    sentences: dict[tuple[int, int], SentenceMark] = {}
    for event in events:
        for source in event.sources:
            if source.article_id != article_id:
                continue
            mention_events[(source.char_start, source.char_end)] = event.id
            key = (source.sentence_start, source.sentence_end)
            if key not in sentences or event.status is not EventStatus.REJECTED:
                sentences[key] = SentenceMark(source.sentence_start, source.sentence_end, event.id, event.status)
    from timeline_app.extraction import tag_text  # here: the app starts without the tagger

    timexes = tag_text(article.text, reference_date=article.published, language=article.language)
    dates = tuple(
        DateMark(t.start, t.end, t.text, t.type, t.value, t.span, mention_events.get((t.start, t.end)))
        for t in timexes
    )
    ordered = tuple(sorted(sentences.values(), key=lambda s: (s.start, s.end)))
    return ArticleView(article, dates, ordered)


@dataclass(frozen=True, slots=True)
class MetadataUpdate:
    """What a metadata edit did: the refreshed article, and reviewed events whose date would now differ."""

    article: Article
    changes: Changes
    flagged_event_ids: tuple[int, ...] = ()


def update_article_metadata(archive: Archive, article_id: int, **fields: object) -> MetadataUpdate:
    """Edit an article's metadata. A new publication date or language re-resolves its dates.

    Suggested events are extracted again; events an editor reviewed keep their date and are
    flagged (conflict) when the new reading of their sentence gives another date.
    """
    unknown = set(fields) - set(EDITABLE_METADATA)
    if unknown:
        raise ValueError(f"cannot edit {', '.join(sorted(unknown))}")
    published = fields.get("published")
    if published is not None and not isinstance(published, _dt.date):
        raise TypeError("published must be a date or None")
    with archive.write() as tx:
        before = tx.articles.get(article_id)
        if before is None:
            raise KeyError(article_id)
        article = tx.articles.update_metadata(article_id, **fields)
    changes = Changes(articles=True, article_ids=frozenset({article_id}))
    if (article.published, article.language) == (before.published, before.language):
        return MetadataUpdate(article, changes)
    from timeline_app.services.extracting import reextract_article

    changes = changes | reextract_article(archive, article_id)
    flagged = _flag_reviewed_events(archive, article)
    return MetadataUpdate(article, changes, flagged)


def _flag_reviewed_events(archive: Archive, article: Article) -> tuple[int, ...]:
    from timeline_app.extraction import extract_events

    fresh: dict[tuple[int, int], DateSpan] = {}
    for candidate in extract_events(
        article.text, reference_date=article.published, language=article.language, title=article.title
    ):
        for start, end, _text in candidate.mentions:
            fresh[(start, end)] = candidate.span
    flagged: list[int] = []
    with archive.write() as tx:
        for event in tx.events.many(tx.events.ids(article_id=article.id)):
            if event.status is EventStatus.SUGGESTED and not event.edited:
                continue
            for source in event.sources:
                span = fresh.get((source.char_start, source.char_end))
                if source.article_id == article.id and span is not None and _differs(span, event.span):
                    flagged.append(event.id)
                    break
        tx.events.set_conflict(flagged)
    return tuple(flagged)


def _differs(a: DateSpan, b: DateSpan) -> bool:
    return (a.start, a.end, a.value) != (b.start, b.end, b.value)


def precision_label(precision: Precision) -> str:
    """A short English word for a precision (tooltips)."""
    return precision.name.lower().replace("_", " ")
