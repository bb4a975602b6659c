"""The text of a draft entry: an extractive summary, a headline, its sources and a reason.

Everything is taken from the sources: the summary is the sentence about the date that reads most
like all the others (TF-IDF centroid over the date's sentences, one vote per article), trimmed;
the headline is the title of the event that sentence belongs to. Words are folded (case and
accents) and counted without any word list, so this works the same in every language.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from timeline_app.drafting.model import ArticleInfo, DateSignals, DraftSource, Mention
from timeline_app.drafting.signals import Candidate

MAX_SUMMARY = 280
LONG_SENTENCE = 250
SHORT_SUMMARY = 60

_WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
_SPACE = re.compile(r"\s+")
_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def fold_words(text: str) -> list[str]:
    """Lower-case, accent-free words of three letters or more."""
    folded = text.casefold()
    if not folded.isascii():
        folded = _COMBINING.sub("", unicodedata.normalize("NFKD", folded))
    return _WORD.findall(folded)


class Vocabulary:
    """Document frequencies over a set of sentences, for TF-IDF vectors."""

    def __init__(self, sentences: Iterable[str]) -> None:
        self._df: Counter[str] = Counter()
        self._words: dict[str, list[str]] = {}
        for sentence in set(sentences):
            words = self._words[sentence] = fold_words(sentence)
            self._df.update(set(words))
        self._count = len(self._words)

    def vector(self, sentence: str) -> dict[str, float]:
        """The unit TF-IDF vector of ``sentence`` (words seen only once in the set are left out)."""
        words = self._words.get(sentence)
        counts = Counter(words if words is not None else fold_words(sentence))
        weights = {w: n * math.log((1 + self._count) / self._df[w]) for w, n in counts.items() if self._df[w] > 1}
        norm = math.sqrt(sum(v * v for v in weights.values()))
        return {w: v / norm for w, v in weights.items()} if norm else {}


def without_date(mention: Mention) -> str:
    """The mention's sentence without its date expression (all sentences about a date share it)."""
    start, end = mention.timex
    if 0 <= start < end <= len(mention.sentence):
        return mention.sentence[:start] + " " + mention.sentence[end:]
    return mention.sentence


def _cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(w, 0.0) for w, v in a.items())


def clean_sentence(text: str) -> str:
    """A sentence on one line, without leading list or heading marks."""
    return _SPACE.sub(" ", text).strip().lstrip("#*-–• ").strip()


def trim(text: str, limit: int = MAX_SUMMARY) -> str:
    """``text`` cut at a word boundary to at most ``limit`` characters, with an ellipsis when cut."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:") + "…"


@dataclass(frozen=True, slots=True)
class EntryText:
    """The words of a draft entry and the events behind it."""

    headline: str
    summary: str
    sources: tuple[DraftSource, ...]
    event_id: int
    event_ids: tuple[int, ...]


def _published_order(article: ArticleInfo | None, article_id: int) -> tuple[int, str, int]:
    published = article.published if article is not None else None
    return (published is None, published.isoformat() if published else "", article_id)


def summarize(
    candidate: Candidate,
    articles: Mapping[int, ArticleInfo],
    vocabulary: Vocabulary,
    headline_of: Callable[[Mention], str] | None = None,
) -> EntryText:
    """Headline, summary and sources of a selected candidate (which has an event dated to it).

    ``headline_of`` drafts a headline from the chosen sentence; without it the headline is the
    title of the event that stands for the entry.
    """
    # The text comes from the reports of the date (not from time stamps or announcements) when there are any.
    chosen = candidate.reporting or tuple(candidate.mentions)
    by_article: dict[int, list[Mention]] = {}
    for mention in chosen:
        by_article.setdefault(mention.article_id, []).append(mention)
    # Vectors leave the date expression out: every sentence about the date shares it.
    vectors: dict[int, dict[str, float]] = {id(m): vocabulary.vector(without_date(m)) for m in chosen}
    shares: dict[int, dict[str, float]] = {}
    centroid: dict[str, float] = {}
    for article_id, mentions in by_article.items():
        share: dict[str, float] = {}
        for mention in mentions:
            for word, value in vectors[id(mention)].items():
                share[word] = share.get(word, 0.0) + value / len(mentions)
        shares[article_id] = share
        for word, value in share.items():
            centroid[word] = centroid.get(word, 0.0) + value

    def closeness(mention: Mention) -> float:
        # Against what the other articles say (an article does not vote for itself); run-on
        # "sentences" (a paragraph the splitter could not cut) lose in proportion to their length.
        own = shares[mention.article_id]
        similarity = sum(v * (centroid.get(w, 0.0) - own.get(w, 0.0)) for w, v in vectors[id(mention)].items())
        return similarity * min(1.0, LONG_SENTENCE / max(len(mention.sentence), 1))

    # Each article's sentence about the date that is closest to what the others say.
    best: dict[int, tuple[float, Mention]] = {}
    for article_id, mentions in by_article.items():
        top = max(mentions, key=lambda m: (closeness(m), m.event_matches, -m.sentence_start))
        best[article_id] = (closeness(top), top)
    order = sorted(best, key=lambda i: (-best[i][0], _published_order(articles.get(i), i)))
    central = best[order[0]][1]
    summary = clean_sentence(central.sentence)
    if len(summary) < SHORT_SUMMARY:
        for article_id in order[1:]:
            other = clean_sentence(best[article_id][1].sentence)
            if other and other != summary and _cosine(vectors[id(best[article_id][1])], vectors[id(central)]) < 0.8:
                summary = f"{summary} {other}"
                break
    event_id, headline = _representative(candidate, central)
    if headline_of is not None:
        headline = headline_of(central).strip() or headline
    sources = tuple(
        DraftSource(
            article_id=i,
            title=articles[i].title if i in articles else "",
            sentence=trim(clean_sentence(best[i][1].sentence), 400),
            outlet=articles[i].outlet if i in articles else None,
            published=articles[i].published if i in articles else None,
        )
        for i in sorted(best, key=lambda i: _published_order(articles.get(i), i))
    )
    event_ids = tuple(sorted({m.event_id for m in candidate.mentions}))
    return EntryText(headline or trim(summary, 120), trim(summary), sources, event_id, event_ids)


def _representative(candidate: Candidate, central: Mention) -> tuple[int, str]:
    """The event that stands for the entry: the central sentence's, else the best-supported one."""
    if central.event_matches:
        return central.event_id, central.event_title.strip()
    support: dict[int, set[int]] = {}
    titles: dict[int, str] = {}
    for mention in candidate.mentions:
        if mention.event_matches:
            support.setdefault(mention.event_id, set()).add(mention.article_id)
            titles[mention.event_id] = mention.event_title
    event_id = min(support, key=lambda e: (-len(support[e]), e))
    return event_id, titles[event_id].strip()


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def reason_text(signals: DateSignals) -> str:
    """Why an entry was chosen, in a line: "reported by 9 articles from 4 outlets; named again in 6 later articles"."""
    if signals.articles == 0 and signals.planned_articles:
        return "announced beforehand in " + _count(signals.planned_articles, "article") + "; no report yet"
    text = "reported by " + _count(signals.articles, "article")
    if signals.outlets:
        text += " from " + _count(signals.outlets, "outlet")
    if signals.later_articles:
        text += "; named again in " + _count(signals.later_articles, "later article")
    if signals.relevant_articles:
        text += f"; {signals.relevant_articles} about the query"
    return text
