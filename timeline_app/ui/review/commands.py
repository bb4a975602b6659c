"""Undo commands for review decisions; each calls a service and keeps its result.

The first ``redo`` (run by ``QUndoStack.push``) performs the action; undo writes the state
before it back and later redos the state after it, so ids (of merged events, of timeline
entries) are the same every time. A command whose action changed nothing or failed marks
itself obsolete, and the stack drops it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QUndoCommand

from timeline_app.domain.models import Changes, EventStatus
from timeline_app.services import review
from timeline_app.services.review import EventEdit, ReviewResult
from timeline_app.storage import Archive

# Told after every do/undo/redo: (changes, events to show, True when undoing)
Done = Callable[[Changes, Sequence[int], bool], None]
Failed = Callable[[str], None]

_STATUS_VERBS = {EventStatus.ACCEPTED: "Accept", EventStatus.REJECTED: "Reject", EventStatus.SUGGESTED: "Return"}


def _count(ids: Sequence[int]) -> str:
    return "1 event" if len(ids) == 1 else f"{len(ids)} events"


class ReviewCommand(QUndoCommand):
    """A review decision on the undo stack; subclasses say what :meth:`perform` does."""

    def __init__(self, archive: Archive, text: str, on_done: Done, on_failed: Failed) -> None:
        super().__init__(text)
        self.archive = archive
        self.result: ReviewResult | None = None
        self._on_done = on_done
        self._on_failed = on_failed

    def perform(self) -> ReviewResult:
        """Do the action the first time (subclasses call a service)."""
        raise NotImplementedError

    def redo(self) -> None:
        try:
            if self.result is None:
                self.result = self.perform()
                if not self.result.changed_anything:
                    self.setObsolete(True)
                    return
            else:
                review.redo(self.archive, self.result)
        except (ValueError, KeyError, review.StaleSnapshotError) as exc:
            self.setObsolete(True)
            self._on_failed(f"{self.text()} failed: {exc}")
            return
        self._on_done(self.result.changes, self.result.event_ids, False)

    def undo(self) -> None:
        if self.result is None:
            return
        try:
            review.undo(self.archive, self.result)
        except review.StaleSnapshotError as exc:
            self.setObsolete(True)
            self._on_failed(f"Cannot undo {self.text().lower()}: {exc}")
            return
        self._on_done(self.result.changes, self.result.before.ids, True)


class SetStatusCommand(ReviewCommand):
    """Accept, reject, or return events to the queue."""

    def __init__(self, archive: Archive, ids: Sequence[int], status: EventStatus, on_done: Done, on_failed: Failed):
        super().__init__(archive, f"{_STATUS_VERBS[status]} {_count(ids)}", on_done, on_failed)
        self.ids = list(ids)
        self.status = status

    def perform(self) -> ReviewResult:
        return review.set_status(self.archive, self.ids, self.status)


class EditEventCommand(ReviewCommand):
    """Change an event's headline, description, date and tags."""

    def __init__(self, archive: Archive, event_id: int, edit: EventEdit, on_done: Done, on_failed: Failed):
        super().__init__(archive, f"Edit “{edit.title.strip()[:40]}”", on_done, on_failed)
        self.event_id = event_id
        self.edit = edit

    def perform(self) -> ReviewResult:
        return review.edit_event(self.archive, self.event_id, self.edit)


class MergeEventsCommand(ReviewCommand):
    """Merge duplicate events into one."""

    def __init__(self, archive: Archive, ids: Sequence[int], on_done: Done, on_failed: Failed):
        super().__init__(archive, f"Merge {_count(ids)}", on_done, on_failed)
        self.ids = list(ids)

    def perform(self) -> ReviewResult:
        return review.merge_events(self.archive, self.ids)


class AddToTimelineCommand(ReviewCommand):
    """Put events on a timeline (accepting them)."""

    def __init__(
        self, archive: Archive, timeline_id: int, timeline_name: str, ids: Sequence[int], on_done: Done,
        on_failed: Failed,
    ):
        super().__init__(archive, f"Add {_count(ids)} to “{timeline_name}”", on_done, on_failed)
        self.timeline_id = timeline_id
        self.ids = list(ids)

    def perform(self) -> ReviewResult:
        return review.add_to_timeline(self.archive, self.timeline_id, self.ids)
