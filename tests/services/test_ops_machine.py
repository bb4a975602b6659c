"""A hypothesis state machine over the ops on a real archive: undo all gives the start, redo all the end.

Random sequences of lane, era, entry (drafted marks too), review and timeline ops, with the "open" timeline
switching between steps and undos and redos mixed in. Every row of every table is compared,
ids and moments included: after each undo the archive equals what it was before that step,
after each redo what it was after it, and at the end undoing everything gives back the start
and redoing everything the end.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path
from typing import Any

from builders import archive_rows, new_article
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from timeline_app.domain.dates import DateSpan
from timeline_app.domain.models import EditorialStatus, EventSource, EventStatus
from timeline_app.services import event_ops as ev
from timeline_app.services import timeline_ops as tl
from timeline_app.services.ops import History, Op, execute
from timeline_app.services.review import EventEdit, StaleSnapshotError
from timeline_app.storage import Archive, NewEvent, open_archive

NAMES = ("Politics", "Courts", "Works", "Money", "Press")
COLOURS = (None, "#2f6fb5", "#b8403b", "#2e8b57")
TAGS = ("court", "water", "budget", "Court")


def dump(archive: Archive) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, sorted: what "the archive equals" means here."""
    return archive_rows(archive)


def seed(archive: Archive) -> None:
    """Two articles, ten events (some accepted, some sharing a date), two timelines with lanes."""
    with archive.write() as tx:
        articles = [tx.articles.add(new_article(title=f"Story {i}")).id for i in range(2)]
        ids = []
        for i in range(10):
            span = DateSpan.day(dt.date(2014 + i % 5, 3, 1 + i))
            source = EventSource(articles[i % 2], 10 * i, 10 * i + 5, f"Sentence {i}.", 0, 12, "1 March")
            ids.append(tx.events.add(NewEvent(title=f"Event {i}", span=span, confidence=0.1 * i), [source]).id)
        tx.events.set_status(ids[:5], EventStatus.ACCEPTED)
        tx.events.set_tags(ids[0], ["water"])
        for number, chosen in ((1, ids[:6]), (2, ids[4:])):
            timeline = tx.timelines.create(f"Timeline {number}")
            lane = tx.lanes.add_lane(timeline.id, "Main")
            for index, event_id in enumerate(chosen):
                tx.timelines.add_entry(timeline.id, event_id, lane_id=lane.id if index % 2 else None)
            tx.lanes.add_era(timeline.id, "Works", dt.datetime(2015, 1, 1), dt.datetime(2016, 1, 1))


class OpsMachine(RuleBasedStateMachine):
    """Ops, undos and redos on one archive; the "open" timeline is whichever the last switch chose."""

    def __init__(self) -> None:
        super().__init__()
        self._folder = tempfile.TemporaryDirectory()
        self.archive = open_archive(Path(self._folder.name) / "machine.sqlite3")
        seed(self.archive)
        self.start = dump(self.archive)
        self.history = History(limit=100_000)
        self.rows_before: list[dict[str, list[tuple[Any, ...]]]] = []  # aligned with history.undo_steps
        self.rows_after: list[dict[str, list[tuple[Any, ...]]]] = []  # aligned with history.redo_steps
        self.current = self._timelines()[0]

    # -- helpers ------------------------------------------------------------------

    def _timelines(self) -> list[int]:
        with self.archive.read() as tx:
            return [t.id for t in tx.timelines.all()]

    def _open(self) -> Any:
        with self.archive.read() as tx:
            timeline = tx.timelines.get(self.current)
            entries = tx.timelines.entries(self.current) if timeline else []
        return timeline, entries

    def _events(self) -> list[int]:
        with self.archive.read() as tx:
            return tx.events.ids()

    def _do(self, op: Op) -> None:
        before = dump(self.archive)
        try:
            done = execute(self.archive, op)
        except (ValueError, KeyError, StaleSnapshotError):
            assert dump(self.archive) == before, f"{op!r} failed but changed the archive"
            return
        if done.inverse is None:
            assert dump(self.archive) == before, f"{op!r} says it changed nothing but did"
            return
        self.history.record(op.label, done.inverse)
        self.rows_before.append(before)
        self.rows_after.clear()

    def _pick(self, data: st.DataObject, items: list[Any]) -> Any:
        return data.draw(st.sampled_from(items))

    # -- switching the open timeline ------------------------------------------------

    @rule(data=st.data())
    def switch_timeline(self, data: st.DataObject) -> None:
        self.current = self._pick(data, self._timelines())

    # -- timelines ------------------------------------------------------------------

    @rule(number=st.integers(1, 4))
    def create_timeline(self, number: int) -> None:
        self._do(tl.CreateTimeline(f"New {number}", event_ids=tuple(self._events()[:number])))

    @precondition(lambda self: len(self._timelines()) > 1)
    @rule()
    def delete_timeline(self) -> None:
        self._do(tl.DeleteTimeline(self.current))

    @rule(name=st.sampled_from(("Renamed", "Timeline 2", "Other")))
    def rename_timeline(self, name: str) -> None:
        self._do(tl.RenameTimeline(self.current, name))

    @rule()
    def duplicate_timeline(self) -> None:
        self._do(tl.DuplicateTimeline(self.current))

    # -- lanes ----------------------------------------------------------------------

    @rule(name=st.sampled_from(NAMES), colour=st.sampled_from(COLOURS))
    def add_lane(self, name: str, colour: str | None) -> None:
        self._do(tl.AddLane(self.current, name, colour))

    @rule(data=st.data(), name=st.sampled_from(NAMES), colour=st.sampled_from(COLOURS), collapsed=st.booleans())
    def edit_lane(self, data: st.DataObject, name: str, colour: str | None, collapsed: bool) -> None:
        timeline, _ = self._open()
        if timeline and timeline.lanes:
            lane = self._pick(data, list(timeline.lanes))
            fields = data.draw(st.sampled_from([{"name": name}, {"colour": colour}, {"collapsed": collapsed}]))
            self._do(tl.UpdateLane(lane.id, fields))

    @rule(data=st.data())
    def delete_lane(self, data: st.DataObject) -> None:
        timeline, _ = self._open()
        if timeline and timeline.lanes:
            self._do(tl.DeleteLane(self._pick(data, list(timeline.lanes)).id))

    @rule(data=st.data())
    def reorder_lanes(self, data: st.DataObject) -> None:
        timeline, _ = self._open()
        if timeline and len(timeline.lanes) > 1:
            order = data.draw(st.permutations([lane.id for lane in timeline.lanes]))
            self._do(tl.SetLanePositions.order(self.current, list(order)))

    @rule(by=st.sampled_from(("article", "tag", "person", "source")))
    def auto_lanes(self, by: str) -> None:
        if self._open()[0] is not None:
            self._do(tl.AutoLanes(self.current, by))

    # -- eras -----------------------------------------------------------------------

    @rule(year=st.integers(2013, 2020))
    def add_era(self, year: int) -> None:
        self._do(tl.AddEra(self.current, f"Era {year}", dt.datetime(year, 1, 1), dt.datetime(year + 1, 1, 1)))

    @rule(data=st.data())
    def remove_era(self, data: st.DataObject) -> None:
        timeline, _ = self._open()
        if timeline and timeline.eras:
            self._do(tl.RemoveEra(self._pick(data, list(timeline.eras)).id))

    # -- entries --------------------------------------------------------------------

    @rule(data=st.data())
    def move_entries(self, data: st.DataObject) -> None:
        timeline, entries = self._open()
        if entries:
            chosen = data.draw(st.lists(st.sampled_from([e.id for e in entries]), min_size=1, max_size=3))
            lane = self._pick(data, [None, *(lane.id for lane in timeline.lanes)])
            self._do(tl.UpdateEntries.move(dict.fromkeys(chosen, lane)))

    @rule(data=st.data(), note=st.sampled_from(("", "Checked", "Call back")),
          status=st.sampled_from(list(EditorialStatus)), tags=st.lists(st.sampled_from(TAGS), max_size=2))
    def edit_entry(self, data: st.DataObject, note: str, status: EditorialStatus, tags: list[str]) -> None:
        _, entries = self._open()
        if entries:
            entry = self._pick(data, entries)
            fields = {"public_note": note, "editorial_status": status, "tags": tuple(tags), "importance": len(tags)}
            self._do(tl.UpdateEntries({entry.id: fields}))

    @rule(data=st.data(), drafted=st.booleans())
    def mark_drafted(self, data: st.DataObject, drafted: bool) -> None:
        _, entries = self._open()
        if entries:
            chosen = data.draw(st.lists(st.sampled_from([e.id for e in entries]), min_size=1, max_size=3, unique=True))
            self._do(tl.SetDrafted(tuple(chosen), drafted))

    @rule(data=st.data())
    def remove_entries(self, data: st.DataObject) -> None:
        _, entries = self._open()
        if entries:
            chosen = data.draw(st.lists(st.sampled_from([e.id for e in entries]), min_size=1, max_size=3, unique=True))
            self._do(tl.RemoveEntries(tuple(chosen)))

    @rule(data=st.data())
    def add_entries(self, data: st.DataObject) -> None:
        chosen = data.draw(st.lists(st.sampled_from(self._events()), min_size=1, max_size=3, unique=True))
        self._do(tl.AddEntries(self.current, tuple(chosen)))

    # -- review ---------------------------------------------------------------------

    @rule(data=st.data(), status=st.sampled_from(list(EventStatus)))
    def set_status(self, data: st.DataObject, status: EventStatus) -> None:
        chosen = data.draw(st.lists(st.sampled_from(self._events()), min_size=1, max_size=3, unique=True))
        self._do(ev.SetEventStatus(tuple(chosen), status))

    @precondition(lambda self: len(self._events()) > 2)
    @rule(data=st.data())
    def merge_events(self, data: st.DataObject) -> None:
        chosen = data.draw(st.lists(st.sampled_from(self._events()), min_size=2, max_size=3, unique=True))
        self._do(ev.MergeEvents(tuple(chosen)))

    @rule(data=st.data(), title=st.sampled_from(("Treaty", "Flood")), tags=st.lists(st.sampled_from(TAGS), max_size=2))
    def edit_event(self, data: st.DataObject, title: str, tags: list[str]) -> None:
        event_id = self._pick(data, self._events())
        with self.archive.read() as tx:
            span = tx.events.get_required(event_id).span
        self._do(ev.EditEvent(event_id, EventEdit(title, "", span, tuple(tags))))

    @rule(data=st.data())
    def add_to_timeline(self, data: st.DataObject) -> None:
        chosen = data.draw(st.lists(st.sampled_from(self._events()), min_size=1, max_size=2, unique=True))
        self._do(ev.AddToTimeline(self.current, tuple(chosen)))

    # -- undo and redo in between ---------------------------------------------------

    @precondition(lambda self: bool(self.history.undo_steps))
    @rule()
    def undo(self) -> None:
        self._undo_one()

    @precondition(lambda self: bool(self.history.redo_steps))
    @rule()
    def redo(self) -> None:
        self._redo_one()

    def _undo_one(self) -> None:
        step = self.history.take_undo()
        assert step is not None
        now = dump(self.archive)
        done = execute(self.archive, step.op)
        assert done.inverse is not None
        self.history.undone(step.label, done.inverse)
        assert dump(self.archive) == self.rows_before.pop(), f"undo of {step.label} differs"
        self.rows_after.append(now)

    def _redo_one(self) -> None:
        step = self.history.take_redo()
        assert step is not None
        now = dump(self.archive)
        done = execute(self.archive, step.op)
        assert done.inverse is not None
        self.history.redone(step.label, done.inverse)
        assert dump(self.archive) == self.rows_after.pop(), f"redo of {step.label} differs"
        self.rows_before.append(now)

    @invariant()
    def current_exists_or_is_switched(self) -> None:
        if self.current not in self._timelines():
            self.current = self._timelines()[0] if self._timelines() else self.current

    def teardown(self) -> None:
        try:
            end = dump(self.archive)
            steps = len(self.history.undo_steps)
            while self.history.undo_steps:
                self._undo_one()
            assert dump(self.archive) == self.start
            for _ in range(steps):
                self._redo_one()
            assert dump(self.archive) == end
            with self.archive.read() as tx:
                assert tx.check_integrity() == []
        finally:
            self.archive.close()
            self._folder.cleanup()


OpsMachine.TestCase.settings = settings(
    max_examples=int(os.environ.get("OPS_MACHINE_EXAMPLES", "30")),
    stateful_step_count=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
test_ops_undo_all_gives_the_start_and_redo_all_the_end = OpsMachine.TestCase
