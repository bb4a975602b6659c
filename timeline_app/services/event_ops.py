"""The ops of review decisions and article edits (see :mod:`timeline_app.services.ops`).

Review decisions capture the exact state of the events they touch before and after
(:mod:`timeline_app.storage.event_snapshots`); their inverse writes the state before back,
deleted events return with their ids, sources, tags and timeline entries. An article edit that
re-reads the article's dates (a new publication date or language) is undone the same way: its
inverse holds the old metadata and the state of every event the re-reading touched.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from timeline_app.domain.models import Changes, EventStatus
from timeline_app.services import review
from timeline_app.services.ops import Done, Op
from timeline_app.services.reading import EDITABLE_METADATA, MetadataUpdate, update_article_metadata
from timeline_app.services.review import EventEdit, ReviewResult, state_changes
from timeline_app.storage import Archive
from timeline_app.storage.event_snapshots import (
    EventState,
    capture_state,
    conflicted_ids,
    last_event_id,
    restore_state,
)
from timeline_app.storage.versions import Key

_REREADING = ("published", "language")
"""Metadata whose change makes the article's dates be read again."""


@dataclass(frozen=True, slots=True)
class RestoredEvents:
    """What :class:`RestoreEvents` made: the events it put back (for a view to select)."""

    event_ids: tuple[int, ...]


class _Trial(Exception):
    """Raised to roll back a trial run inside a savepoint."""


class ReviewOp(Op):
    """A review decision: :meth:`perform` calls the service; the inverse restores the events' state."""

    def perform(self, archive: Archive) -> ReviewResult:
        """Do the decision through :mod:`timeline_app.services.review`."""
        raise NotImplementedError

    def apply(self, archive: Archive) -> Done:
        result = self.perform(archive)
        if not result.changed_anything:
            return Done(result.changes, None, result)
        return Done(result.changes, RestoreEvents(result.before, result.after), result)


@dataclass(frozen=True)
class SetEventStatus(ReviewOp):
    """Accept, reject or return events."""

    event_ids: tuple[int, ...]
    status: EventStatus
    text: str = ""

    def targets(self) -> tuple[Key, ...]:
        return tuple(("event", i) for i in self.event_ids)

    def perform(self, archive: Archive) -> ReviewResult:
        return review.set_status(archive, self.event_ids, self.status)


@dataclass(frozen=True)
class EditEvent(ReviewOp):
    """Edit event."""

    event_id: int
    edit: EventEdit
    text: str = ""

    def targets(self) -> tuple[Key, ...]:
        return (("event", self.event_id),)

    def perform(self, archive: Archive) -> ReviewResult:
        return review.edit_event(archive, self.event_id, self.edit)


@dataclass(frozen=True)
class MergeEvents(ReviewOp):
    """Merge events."""

    event_ids: tuple[int, ...]
    text: str = ""

    def targets(self) -> tuple[Key, ...]:
        return tuple(("event", i) for i in self.event_ids)

    def perform(self, archive: Archive) -> ReviewResult:
        return review.merge_events(archive, self.event_ids)


@dataclass(frozen=True)
class AddToTimeline(ReviewOp):
    """Add events to a timeline (accepting them)."""

    timeline_id: int
    event_ids: tuple[int, ...]
    text: str = ""

    def targets(self) -> tuple[Key, ...]:
        return tuple(("event", i) for i in self.event_ids)

    def perform(self, archive: Archive) -> ReviewResult:
        return review.add_to_timeline(archive, self.timeline_id, self.event_ids)


@dataclass(frozen=True)
class RestoreEvents(Op):
    """Put events back as ``state`` has them; ``expected`` is how they stand now (else StaleSnapshotError)."""

    state: EventState
    expected: EventState
    text: str = ""

    def apply(self, archive: Archive) -> Done:
        with archive.write() as tx:
            restore_state(tx, self.state, expected=self.expected)
        shown = RestoredEvents(tuple(s.event.id for s in self.state.events))
        return Done(state_changes(self.state, self.expected), RestoreEvents(self.expected, self.state), shown)


@dataclass(frozen=True)
class EditArticle(Op):
    """Edit article details."""

    article_id: int
    fields: Mapping[str, object]
    text: str = ""

    def targets(self) -> tuple[Key, ...]:
        return (("article", self.article_id),)

    def apply(self, archive: Archive) -> Done:
        unknown = set(self.fields) - set(EDITABLE_METADATA)
        if unknown:
            raise ValueError(f"cannot edit {', '.join(sorted(unknown))}")
        with archive.write() as tx:
            article = tx.articles.get(self.article_id)
            if article is None:
                raise KeyError(self.article_id)
            old = {name: getattr(article, name) for name in self.fields}
            if old == dict(self.fields):
                return Done(Changes(), None, None)
            rereads = any(name in _REREADING and self.fields[name] != old[name] for name in self.fields)
            touched = self._touched_by_rereading(archive) if rereads else set()
            flagged, last = conflicted_ids(tx), last_event_id(tx)
            before = capture_state(tx, touched)
            update: MetadataUpdate = update_article_metadata(archive, self.article_id, **self.fields)
            if rereads:  # events the real run made that the trial did not: absent before, as well
                found = set(tx.events.ids(article_id=self.article_id)) | (conflicted_ids(tx) ^ flagged)
                made = {i for i in found - touched if i > last}
                before = EventState(before.events, before.missing + tuple(sorted(made)))
                touched |= made
            after = capture_state(tx, touched)
        changes = Changes(articles=True, article_ids=frozenset({self.article_id}))
        if rereads:
            changes = changes | state_changes(before, after)
        return Done(changes, RestoreArticle(self.article_id, old, before, after), update)

    def _touched_by_rereading(self, archive: Archive) -> set[int]:
        """Every event the edit would touch: found by running it in a savepoint that is rolled back."""
        with archive.write() as tx:
            touched = set(tx.events.ids(article_id=self.article_id))
            flagged = conflicted_ids(tx)
            try:
                with archive.write() as trial:
                    update_article_metadata(archive, self.article_id, **self.fields)
                    touched |= set(trial.events.ids(article_id=self.article_id))
                    touched |= conflicted_ids(trial) ^ flagged
                    raise _Trial
            except _Trial:
                pass
        return touched


@dataclass(frozen=True)
class RestoreArticle(Op):
    """Put an article's details and the events they touched back (``expected``: how the events stand now)."""

    article_id: int
    metadata: Mapping[str, object]
    state: EventState
    expected: EventState
    text: str = ""

    def apply(self, archive: Archive) -> Done:
        with archive.write() as tx:
            article = tx.articles.get(self.article_id)
            if article is None:
                raise KeyError(self.article_id)
            now = {name: getattr(article, name) for name in self.metadata}
            updated = tx.articles.update_metadata(self.article_id, **self.metadata)
            restore_state(tx, self.state, expected=self.expected)
        changes = Changes(articles=True, article_ids=frozenset({self.article_id}))
        if self.state.ids:
            changes = changes | state_changes(self.state, self.expected)
        inverse = RestoreArticle(self.article_id, now, self.expected, self.state)
        return Done(changes, inverse, MetadataUpdate(updated, changes))
