"""Weights of the confidence model (written by bench/fit_confidence.py; do not edit by hand)."""

from __future__ import annotations

BIAS = 2.2920
WEIGHTS: dict[str, float] = {
    "date:week_month": -0.6618,
    "date:season_quarter": -0.0591,
    "date:year": -0.3807,
    "date:coarse": -1.2000,
    "date:relative_day": -0.6331,
    "date:relative_coarse": -1.9758,
    "date:vague": -2.5000,
    "date:unresolved": -3.5000,
    "approximate": -0.1250,
    "qualified": -1.0076,
    "clause:inverted": 0.8618,
    "clause:subordinate": -0.1455,
    "clause:relative": 0.2744,
    "clause:report": 0.3283,
    "clause:quote": 0.1600,
    "clause:noun": 0.1869,
    "clause:fragment": -0.9610,
    "noun_modifier": 0.1412,
    "caption": -1.0811,
    "heading": -0.5000,
    "quoted": -0.8825,
    "future": -1.2221,
    "conditional": -0.6000,
    "lead": -0.1823,
    "mentioned_twice": 0.0972,
    "short_headline": -0.7608,
    "long_headline": -0.1524,
    "near_limit": 0.4888,
    "pronoun_start": -0.2789,
}
