"""Deterministic synthetic news articles for benchmarks (no network, no real text needed).

Words follow a Zipf-like distribution over a mixed nl/en/fr/de vocabulary so that term
frequencies in the index look like natural text: a few very common words, a long tail of
rare ones. Each article has a title, a publication date and a few explicit dates.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
from collections.abc import Iterator
from dataclasses import dataclass

COMMON = (
    "de het een en van in is op dat die te met voor zijn er niet aan ook als bij "
    "the a of to and in is that for on it with as was at by be this from have "
    "le la les des un une et est en du dans que qui pour pas sur au avec "
    "der die das und ist nicht mit sich auf für den dem ein eine zu von"
).split()
TOPICAL = (
    "minister regering kabinet parlement oekraïne rusland krim annexatie oorlog vrede overleg genève "
    "riyad sancties gas olie haven tunnel spoor grens water droogte rechter rechtbank vonnis beroep "
    "election government parliament ceasefire talks summit treaty court ruling appeal budget strike "
    "gouvernement ministre guerre accord tribunal grève budget élection sommet négociations "
    "Regierung Minister Krieg Abkommen Gericht Urteil Streik Haushalt Wahl Gipfel Verhandlungen"
).split()
MONTHS = "januari februari maart april mei juni juli augustus september oktober november december".split()


def _synthetic_vocabulary(rng: random.Random, size: int) -> list[str]:
    syllables = (
        "ka ro mi te lan ver sch ou ei ber gen dor ité ung ach ien "
        "bro sta kel mur vin pla tor nes hui dra lof pen gri sol wes "
        "cha fen mor zil tru bel kon rad ste vol"
    ).split()
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))))
    return sorted(words)


@dataclass(frozen=True, slots=True)
class SyntheticArticle:
    """One generated article."""

    title: str
    text: str
    published: dt.date
    language: str
    source: str


class CorpusGenerator:
    """Generates articles of about ``words`` words each, reproducibly from ``seed``."""

    def __init__(self, seed: int = 1, vocabulary: int = 30_000) -> None:
        self.rng = random.Random(seed)
        tail = _synthetic_vocabulary(self.rng, vocabulary)
        self.rng.shuffle(tail)
        # Content words sit where they do in real news: topical words are frequent but
        # far from the function words (ranks 300-5,000 of the vocabulary), names and rare
        # words form the long tail.
        self.words = COMMON + tail
        for word in TOPICAL:
            self.words.insert(self.rng.randint(300, 5000), word)
        # Zipf weights: rank r gets 1/r.
        self.cum_weights = list(itertools.accumulate(1.0 / (rank + 1) for rank in range(len(self.words))))
        self.title_weights = list(itertools.accumulate(1.0 / (rank + 1) for rank in range(len(self.words) - len(COMMON))))
        self.sources = ["De Grensbode", "Lowlands Wire", "Le Courrier", "Grenzland-Echo", "NOS", "BBC"]

    def _sentence(self) -> str:
        count = self.rng.randint(8, 24)
        words = self.rng.choices(self.words, cum_weights=self.cum_weights, k=count)
        if self.rng.random() < 0.3:
            day = self.rng.randint(1, 28)
            words.insert(self.rng.randint(0, len(words)), f"{day} {self.rng.choice(MONTHS)} {self.rng.randint(1990, 2025)}")
        return " ".join(words).capitalize() + "."

    def article(self, words: int = 600) -> SyntheticArticle:
        """One article of roughly ``words`` words in paragraphs."""
        paragraphs: list[str] = []
        total = 0
        while total < words:
            paragraph = " ".join(self._sentence() for _ in range(self.rng.randint(2, 5)))
            total += paragraph.count(" ") + 1
            paragraphs.append(paragraph)
        content = self.rng.choices(self.words[len(COMMON) :], cum_weights=self.title_weights, k=self.rng.randint(4, 9))
        title = " ".join(content).capitalize()
        published = dt.date(2000, 1, 1) + dt.timedelta(days=self.rng.randint(0, 9400))
        return SyntheticArticle(
            title=title,
            text="\n\n".join(paragraphs),
            published=published,
            language=self.rng.choice(["nl", "en", "fr", "de"]),
            source=self.rng.choice(self.sources),
        )

    def articles(self, count: int, words: int = 600) -> Iterator[SyntheticArticle]:
        """``count`` articles."""
        for _ in range(count):
            yield self.article(words)

    def query_terms(self, count: int) -> list[str]:
        """Content words as editors search them: topical words and names across the frequency range."""
        pool = TOPICAL + self.words[len(COMMON) : 20_000 : 7]
        return [self.rng.choice(pool) for _ in range(count)]
