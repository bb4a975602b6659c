"""Drafting: rank the dates a set of articles names by salience and propose a timeline of N entries.

Pure logic (no storage, no Qt): :func:`make_draft` takes the mentions of dates found in a scope of
articles and returns a :class:`Draft`. The use case that reads the archive and creates the
timeline is :mod:`timeline_app.services.drafting`.
"""

from __future__ import annotations

from timeline_app.drafting.draft import default_range, make_draft
from timeline_app.drafting.model import ArticleInfo, DateSignals, Draft, DraftEntry, DraftSource, Mention
from timeline_app.drafting.ranking import DEFAULT_WEIGHTS, Weights, salience
from timeline_app.drafting.summary import reason_text

__all__ = [
    "DEFAULT_WEIGHTS",
    "ArticleInfo",
    "DateSignals",
    "Draft",
    "DraftEntry",
    "DraftSource",
    "Mention",
    "Weights",
    "default_range",
    "make_draft",
    "reason_text",
    "salience",
]
