"""Weights of the confidence model (written by bench/fit_confidence.py; do not edit by hand)."""

from __future__ import annotations

BIAS = 1.9700
WEIGHTS: dict[str, float] = {
    "date:week_month": -0.2236,
    "date:season_quarter": -0.2736,
    "date:year": -0.3236,
    "date:coarse": -1.2000,
    "date:relative_day": -0.3736,
    "date:relative_coarse": -1.9192,
    "date:vague": -2.5000,
    "date:unresolved": -3.5000,
    "approximate": -0.3211,
    "qualified": -1.1716,
    "clause:inverted": 0.5759,
    "clause:subordinate": -0.1082,
    "clause:relative": 0.2853,
    "clause:report": 0.3181,
    "clause:quote": 0.1574,
    "clause:noun": 0.2321,
    "clause:fragment": -0.9006,
    "noun_modifier": 0.1735,
    "caption": -1.0522,
    "heading": -0.5000,
    "quoted": -0.8880,
    "future": -0.7232,
    "conditional": -0.6000,
    "lead": -0.1827,
    "mentioned_twice": 0.1042,
    "short_headline": -0.6648,
    "long_headline": -0.2798,
    "near_limit": 0.5814,
    "pronoun_start": -0.2563,
}
