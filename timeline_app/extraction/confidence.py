"""Confidence of a suggestion: the chance that an editor keeps it as it is.

Meaning: a suggestion at confidence *p* is, on our annotated development articles
(tests/data/suggestions, the dev part), a real event of the article whose headline an editor
accepts unedited with probability about *p*; of the suggestions at 70 % or more, at least 80 %
were. It is a logistic model over the cues below, fitted by ``bench/fit_confidence.py`` (which
writes :mod:`.confidence_weights`) with a penalty that pulls each weight to its prior
(:data:`PRIORS`); ``bench/score_suggestions.py`` prints the calibration table on both parts of
the set.

Cues (each 0 or 1, except where noted):

- how the date was said: an explicit day is the baseline; explicit week or month, season or
  quarter, year, decade or coarser; relative day ("gisteren", "on Tuesday") or coarser; vague
  ("onlangs"); unresolved (no publication date);
- approximate; qualified (before, after, since, until);
- the clause the headline came from (main, put back from verb-first, subordinate, relative,
  reported, quote, noun phrase, fragment); the date describes a noun;
- a caption; a heading in front; the sentence is a quote; future (after the publication date,
  or a future cue without a past date); a conditional cue;
- the lead (first two paragraphs); mentioned in two sentences or more; a headline shorter than
  four words or longer than twelve; one of 80 characters or more (most likely shortened); one
  that starts with a pronoun ("Hij", "Elle", "Das").
"""

from __future__ import annotations

import math
import re

from timeline_app.domain.dates import DateSpan, Precision, Qualifier
from timeline_app.extraction.confidence_weights import BIAS, WEIGHTS

_DIGIT = re.compile(r"\d")
FEATURES = (
    "date:week_month", "date:season_quarter", "date:year", "date:coarse", "date:relative_day",
    "date:relative_coarse", "date:vague", "date:unresolved", "approximate", "qualified",
    "clause:inverted", "clause:subordinate", "clause:relative", "clause:report", "clause:quote",
    "clause:noun", "clause:fragment", "noun_modifier", "caption", "heading", "quoted", "future",
    "conditional", "lead", "mentioned_twice", "short_headline", "long_headline", "near_limit",
    "pronoun_start",
)
_PRONOUNS = frozenset(
    "hij zij ze het dat dit die er wij we he she it they this that we il elle ils elles on cela ce c'est er sie es "
    "das dies man".split()
)
NEAR_LIMIT_CHARS = 80

# Prior weights (log-odds) that the fit starts from and is pulled back to: cues our annotated
# set rarely or never shows (vague and unresolved dates, conditionals, headings) keep them, so
# "onlangs" or a date without a publication date never ranks high. From the old hand-set
# scores: explicit day > week/month > year > relative > vague.
PRIORS: dict[str, float] = {
    "date:week_month": -0.3, "date:season_quarter": -0.5, "date:year": -0.6, "date:coarse": -1.2,
    "date:relative_day": -0.8, "date:relative_coarse": -1.0, "date:vague": -2.5, "date:unresolved": -3.5,
    "approximate": -0.5, "qualified": -0.4, "caption": -0.8, "heading": -0.5, "quoted": -0.7, "future": -0.8,
    "conditional": -0.6, "clause:fragment": -0.8, "short_headline": -0.6, "pronoun_start": -0.5,
}


def date_cues(span: DateSpan, said: str) -> set[str]:
    """The date-kind cues of a span and the words that said it."""
    if not span.is_resolved:
        return {"date:unresolved"}
    cues: set[str] = set()
    if span.value in ("PAST_REF", "FUTURE_REF"):
        cues.add("date:vague")
    elif _DIGIT.search(said):
        if Precision.DAY < span.precision <= Precision.MONTH:
            cues.add("date:week_month")
        elif Precision.MONTH < span.precision <= Precision.HALF_YEAR:
            cues.add("date:season_quarter")
        elif span.precision == Precision.YEAR:
            cues.add("date:year")
        elif span.precision > Precision.YEAR:
            cues.add("date:coarse")
    else:
        cues.add("date:relative_day" if span.precision <= Precision.DAY else "date:relative_coarse")
    if span.approximate and "date:vague" not in cues:
        cues.add("approximate")
    if span.qualifier not in (None, Qualifier.BETWEEN):
        cues.add("qualified")
    return cues


def features_of(cues: frozenset[str], mention_sentences: int, headline: str) -> dict[str, float]:
    """The model's inputs for a candidate with these ``cues``."""
    words = len(headline.split())
    found = set(cues)
    if mention_sentences >= 2:
        found.add("mentioned_twice")
    if words < 4:
        found.add("short_headline")
    if words > 12:
        found.add("long_headline")
    if len(headline) >= NEAR_LIMIT_CHARS:
        found.add("near_limit")  # most likely shortened to fit
    first = headline.split(" ", 1)[0].casefold() if headline else ""
    if first in _PRONOUNS:
        found.add("pronoun_start")
    return {name: 1.0 for name in FEATURES if name in found}


def score(cues: frozenset[str], mention_sentences: int, headline: str) -> float:
    """The calibrated confidence (0..1, three decimals) of a candidate."""
    total = BIAS + sum(WEIGHTS.get(name, 0.0) * value for name, value in features_of(cues, mention_sentences, headline).items())
    return round(1.0 / (1.0 + math.exp(-total)), 3)
