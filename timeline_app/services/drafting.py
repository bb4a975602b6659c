"""Draft a timeline: rank what a scope of articles dates by salience and propose N entries.

:func:`make_draft` reads a scope (the whole archive, the articles matching a search, a set of
articles, or the events of an existing timeline) in bulk, dates every report on its own (see
:mod:`timeline_app.services.draft_mentions`) and hands the mentions to the pure ranking in
:mod:`timeline_app.drafting`. :func:`create_drafted_timeline` turns a draft into a timeline in one
write transaction; its entries are marked as drafted until an editor touches them, and their events
keep their review status. Undo is :func:`timeline_app.services.timelines.delete_timeline`.

Bad input raises :class:`DraftError` with a message for the editor: a size below 1, an empty
archive, a search without hits, dates the wrong way round, no dated events in the range.
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from timeline_app.domain.models import Changes, Timeline
from timeline_app.drafting import DEFAULT_WEIGHTS, ArticleInfo, Draft, Weights
from timeline_app.drafting import make_draft as rank_draft
from timeline_app.services.draft_mentions import build_mentions, headline_maker
from timeline_app.services.jobs import JobControl
from timeline_app.storage import Archive
from timeline_app.storage.query import parse_query, query_terms

MAX_SIZE = 500
_WORD = re.compile(r"\w+", re.UNICODE)
_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_STEPS = 4


class DraftError(ValueError):
    """A draft cannot be made from this input (the message says why, for the editor)."""


@dataclass(frozen=True, slots=True)
class DraftScope:
    """What to draft from: all articles (the default), a search, some articles, or a timeline's events.

    With both ``query`` and ``article_ids`` (a search's results), the articles are the scope and
    the query only says which sentences are relevant.
    """

    query: str | None = None
    article_ids: tuple[int, ...] = ()
    timeline_id: int | None = None
    date_from: _dt.date | None = None
    date_to: _dt.date | None = None

    def describe(self) -> str:
        """The scope in words, for messages."""
        if self.article_ids:
            return f"{len(self.article_ids)} articles"
        if self.query is not None:
            return f"the articles matching {self.query!r}"
        if self.timeline_id is not None:
            return "the events of that timeline"
        return "the archive"


def _range_words(scope: DraftScope) -> str:
    if scope.date_from and scope.date_to:
        return f" between {scope.date_from.isoformat()} and {scope.date_to.isoformat()}"
    if scope.date_from:
        return f" from {scope.date_from.isoformat()} on"
    if scope.date_to:
        return f" up to {scope.date_to.isoformat()}"
    return ""


def _fold(text: str) -> str:
    folded = text.casefold()
    if folded.isascii():
        return folded
    return _COMBINING.sub("", unicodedata.normalize("NFKD", folded))


def _relevance(query: str | None) -> Callable[[str], bool] | None:
    """A test for sentences holding one of the query's terms (a prefix term by its start), or ``None``.

    Folded as the search index folds (case and accents), one answer per distinct sentence.
    """
    if query is None:
        return None
    terms = query_terms(parse_query(query))
    if not terms:
        return None
    phrases = [(" " + " ".join(term.words), term.prefix) for term in terms]
    answers: dict[str, bool] = {}

    def relevant(sentence: str) -> bool:
        found = answers.get(sentence)
        if found is None:
            text = " " + " ".join(_WORD.findall(_fold(sentence))) + " "
            found = answers[sentence] = any((phrase if prefix else phrase + " ") in text for phrase, prefix in phrases)
        return found

    return relevant


def missing_articles(archive: Archive, article_ids: Sequence[int]) -> list[int]:
    """The ids among ``article_ids`` that the archive does not hold."""
    with archive.read() as tx:
        known = {a.id for a in tx.drafts.article_columns(list(article_ids))}
    return sorted(set(article_ids) - known)


def make_draft(
    archive: Archive, scope: DraftScope, size: int, *, control: JobControl | None = None, weights: Weights | None = None
) -> Draft:
    """A draft of at most ``size`` entries in date order (``DraftError`` for bad input).

    ``weights`` overrides the salience weights (for the development scripts).
    """
    control = control or JobControl()
    if size < 1:
        raise DraftError("the draft needs at least 1 entry (size 0 asks for nothing)")
    if size > MAX_SIZE:
        raise DraftError(f"a draft has at most {MAX_SIZE} entries")
    if scope.date_from and scope.date_to and scope.date_from > scope.date_to:
        raise DraftError(f"the range ends ({scope.date_to}) before it starts ({scope.date_from})")
    control.progress(0, _STEPS, "reading the archive")
    with archive.read() as tx:
        if tx.drafts.article_count() == 0:
            raise DraftError("the archive is empty: import articles first")
        if scope.article_ids:
            rows = tx.drafts.rows(article_ids=scope.article_ids)
        elif scope.query is not None:
            ids = tx.drafts.matching_article_ids(scope.query)
            if not ids:
                raise DraftError(f"no article matches {scope.query!r}")
            rows = tx.drafts.rows(article_ids=ids)
        elif scope.timeline_id is not None:
            event_ids = tx.drafts.timeline_event_ids(scope.timeline_id)
            if not event_ids:
                raise DraftError("that timeline has no events to draft from")
            rows = tx.drafts.rows(event_ids=event_ids)
        else:
            rows = tx.drafts.rows()
    control.check()
    control.progress(1, _STEPS, "dating the reports")
    articles = {a.id: ArticleInfo(a.id, a.title, a.published, a.source_name, a.language) for a in rows.articles}
    mentions = build_mentions(rows.sources, rows.events, articles)
    control.check()
    control.progress(2, _STEPS, "ranking the dates")
    draft = rank_draft(mentions, articles, size=size, date_from=scope.date_from, date_to=scope.date_to,
                       relevant=_relevance(scope.query), headline_of=headline_maker(articles),
                       weights=weights or DEFAULT_WEIGHTS)
    control.check()
    control.progress(_STEPS, _STEPS, "done")
    if not draft.entries:
        raise DraftError(f"no dated events in {scope.describe()}{_range_words(scope)}")
    return draft


def create_drafted_timeline(
    archive: Archive, name: str, draft: Draft, *, description: str = ""
) -> tuple[Timeline, Changes]:
    """A new timeline holding the draft's events, its entries marked as drafted (one transaction).

    An entry whose draft headline differs from its event's title shows the headline (as its title
    override), so the timeline reads as the draft did.

    ``ValueError`` for a taken or empty name; nothing is written then.
    """
    with archive.write() as tx:
        timeline = tx.timelines.create(name, description)
        titles = {e.id: e.title for e in tx.events.many([entry.event_id for entry in draft.entries])}
        for entry in draft.entries:
            made = tx.timelines.add_entry(timeline.id, entry.event_id, drafted=True)
            if entry.headline and entry.headline != titles.get(entry.event_id):
                tx.timelines.update_entry(made.id, title_override=entry.headline)
        return tx.timelines.get_required(timeline.id), Changes(timelines=True)


def set_drafted(archive: Archive, entry_ids: Sequence[int], drafted: bool) -> Changes:
    """Mark entries as drafted again, or clear the mark (the editor keeps them as they are)."""
    with archive.write() as tx:
        tx.timelines.set_drafted(entry_ids, drafted)
    return Changes(timelines=True)
