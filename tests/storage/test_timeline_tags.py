"""Entry tags: stored, read with every entry, kept by duplicate/restore, used by auto-lanes."""

from __future__ import annotations

import datetime as dt

from builders import add_article, add_event

from timeline_app.domain.dates import DateSpan
from timeline_app.services import timelines as svc
from timeline_app.storage import Archive


def _timeline(archive: Archive, count: int = 3) -> tuple[int, list[int]]:
    article = add_article(archive, "Story.", title="Story")
    events = [add_event(archive, article, f"E{i}", DateSpan.day(dt.date(2020, 1, i + 1))) for i in range(count)]
    timeline, _ = svc.create_timeline(archive, "T", event_ids=events)
    return timeline.id, [e.id for e in svc.load_entries(archive, timeline.id)[1]]


def test_set_entry_tags_cleans_and_replaces(archive: Archive) -> None:
    timeline_id, entries = _timeline(archive)
    with archive.write() as tx:
        entry = tx.timelines.set_entry_tags(entries[0], [" court ", "Budget", "", "court", "budget"])
    assert entry.tags == ("Budget", "court")
    with archive.write() as tx:
        tx.timelines.set_entry_tags(entries[1], ["court"])
        assert tx.timelines.set_entry_tags(entries[0], ["water"]).tags == ("water",)
    with archive.read() as tx:
        by_id = {e.id: e.tags for e in tx.timelines.entries(timeline_id)}
        assert tx.timelines.entries_by_id([entries[1], entries[0]])[0].tags == ("water",)
    assert by_id == {entries[0]: ("water",), entries[1]: ("court",), entries[2]: ()}


def test_bulk_reads_carry_tags(archive: Archive) -> None:
    timeline_id, entries = _timeline(archive)
    svc.update_entry(archive, entries[2], tags=("x", "y"))
    _, loaded, _ = svc.load_for_canvas(archive, timeline_id)
    assert {e.id: e.tags for e in loaded}[entries[2]] == ("x", "y")
    assert svc.get_entries(archive, [entries[2]])[0].tags == ("x", "y")


def test_update_entry_returns_old_and_new_tags(archive: Archive) -> None:
    _, entries = _timeline(archive)
    before, after, _ = svc.update_entry(archive, entries[0], tags=("a",), importance=3)
    assert before.tags == () and after.tags == ("a",) and after.importance == 3
    before, after, _ = svc.update_entry(archive, entries[0], tags=before.tags)
    assert before.tags == ("a",) and after.tags == ()


def test_duplicate_and_restore_keep_entry_tags(archive: Archive) -> None:
    timeline_id, entries = _timeline(archive)
    svc.update_entry(archive, entries[1], tags=("court", "budget"))
    copy, _ = svc.duplicate_timeline(archive, timeline_id)
    assert sorted(e.tags for e in svc.load_entries(archive, copy.id)[1]) == [(), (), ("budget", "court")]
    snapshot, _ = svc.delete_timeline(archive, timeline_id)
    restored, _ = svc.restore_timeline(archive, snapshot)
    assert sorted(e.tags for e in svc.load_entries(archive, restored.id)[1]) == [(), (), ("budget", "court")]
    removed, _ = svc.remove_entries(archive, [e.id for e in svc.load_entries(archive, restored.id)[1]])
    restored_entries, _ = svc.restore_entries(archive, removed)
    assert ("budget", "court") in [e.tags for e in svc.get_entries(archive, [e.id for e in restored_entries])]


def test_auto_lanes_by_tag_prefers_entry_tags(archive: Archive) -> None:
    timeline_id, entries = _timeline(archive)
    with archive.write() as tx:
        event_ids = [e.event_id for e in tx.timelines.entries_by_id(entries)]
        for event_id in event_ids:
            tx.events.set_tags(event_id, ["event-tag"])
    svc.update_entry(archive, entries[0], tags=("entry-tag",))
    svc.auto_lanes(archive, timeline_id, "tag")
    timeline, loaded = svc.load_entries(archive, timeline_id)
    lane_names = {lane.id: lane.name for lane in timeline.lanes}
    assert {e.id: lane_names[e.lane_id] for e in loaded if e.lane_id is not None} == {
        entries[0]: "entry-tag", entries[1]: "event-tag", entries[2]: "event-tag"
    }


def test_parse_tags() -> None:
    assert svc.parse_tags(" b, a ,, A ,b ") == ("a", "b")
    assert svc.parse_tags("") == ()
