"""Weights of the confidence model (written by bench/fit_confidence.py; do not edit by hand)."""

from __future__ import annotations

BIAS = 2.2875
WEIGHTS: dict[str, float] = {
    "date:week_month": -0.3680,
    "date:season_quarter": -0.3680,
    "date:year": -0.3776,
    "date:coarse": -1.2000,
    "date:relative_day": -0.6294,
    "date:relative_coarse": -1.9721,
    "date:vague": -2.5000,
    "date:unresolved": -3.5000,
    "approximate": -0.1261,
    "qualified": -1.0073,
    "clause:inverted": 0.8611,
    "clause:subordinate": -0.1465,
    "clause:relative": 0.2748,
    "clause:report": 0.3285,
    "clause:quote": 0.1600,
    "clause:noun": 0.1869,
    "clause:fragment": -0.9604,
    "noun_modifier": 0.1410,
    "caption": -1.0807,
    "heading": -0.5000,
    "quoted": -0.8823,
    "future": -1.2211,
    "conditional": -0.6000,
    "lead": -0.1824,
    "mentioned_twice": 0.0973,
    "short_headline": -0.7602,
    "long_headline": -0.1526,
    "near_limit": 0.4887,
    "pronoun_start": -0.2787,
}
