"""Drafts of small Dutch, French and German stories (written for these tests) pick the days that matter."""

from __future__ import annotations

from pathlib import Path

import pytest
from drafting.draft_stories import STORIES, write_story

from timeline_app.services.drafting import DraftScope, make_draft
from timeline_app.services.importing import Outcome, import_paths
from timeline_app.storage import open_archive


@pytest.mark.parametrize("language", sorted(STORIES))
def test_the_draft_picks_the_days_that_matter(tmp_path: Path, language: str) -> None:
    story = STORIES[language]
    with open_archive(tmp_path / "archive.sqlite3") as archive:
        report = import_paths(archive, write_story(story, tmp_path / "articles"))
        assert report.count(Outcome.IMPORTED) == len(story.articles)
        draft = make_draft(archive, DraftScope(), len(story.key_days))
        days = {entry.span.first_day for entry in draft.entries}
        assert days == set(story.key_days)
        # The day one article repeats four times ranks below every one of them.
        longer = make_draft(archive, DraftScope(), 10)
        scores = {e.span.first_day: e.score for e in longer.entries}
        assert scores.get(story.distractor, 0) < min(scores[day] for day in story.key_days)
        best = max(draft.entries, key=lambda e: e.score)
        assert best.span.first_day == story.key_days[0]
        assert best.signals.outlets >= 3 and best.signals.later_articles >= 2
        assert all(e.summary and e.headline and e.sources for e in draft.entries)
        # Every source sentence is a real sentence of the story about that entry.
        bodies = " ".join(body for *_, body in story.articles)
        assert all(s.sentence.rstrip("…") in bodies or s.sentence in bodies for e in draft.entries for s in e.sources)
