"""Weights of the confidence model (written by bench/fit_confidence.py; do not edit by hand)."""

from __future__ import annotations

BIAS = 2.3322
WEIGHTS: dict[str, float] = {
    "date:week_month": -0.4087,
    "date:season_quarter": -0.1142,
    "date:year": -0.5554,
    "date:coarse": -1.2000,
    "date:relative_day": -0.8186,
    "date:relative_coarse": -1.8289,
    "date:vague": -2.5000,
    "date:unresolved": -3.5000,
    "approximate": 0.1756,
    "qualified": -0.9230,
    "clause:inverted": 0.7341,
    "clause:subordinate": -0.1535,
    "clause:relative": 0.0645,
    "clause:report": 0.3194,
    "clause:quote": 0.1778,
    "clause:noun": 0.1410,
    "clause:fragment": -0.8130,
    "noun_modifier": 0.1410,
    "caption": -1.1015,
    "heading": -0.5000,
    "quoted": -0.8520,
    "future": -1.1211,
    "conditional": -0.6000,
    "lead": -0.2448,
    "mentioned_twice": 0.0924,
    "short_headline": -0.7700,
    "long_headline": 0.1225,
    "near_limit": 0.3137,
    "pronoun_start": -0.5629,
}
