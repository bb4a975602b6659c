"""Timeline use cases: create, rename, duplicate, delete, entries, lanes, auto-lanes, eras."""

from __future__ import annotations

import datetime as dt

import pytest
from builders import add_article, add_event

from timeline_app.domain.models import EditorialStatus, EventStatus
from timeline_app.services import timelines as svc
from timeline_app.storage import Archive


@pytest.fixture
def events(archive: Archive) -> list[int]:
    first = add_article(archive, "The treaty was signed in Maastricht on 13 March 2014.", title="Treaty signed",
                        source_name="Lowlands Wire")
    second = add_article(archive, "Residents sued in Aachen on 14 June 2022.", title="Residents sue",
                         source_name="Grenzland-Echo")
    ids = [
        add_event(archive, first, "Treaty signed", people=("Anna Visser",)),
        add_event(archive, first, "Talks begin", people=("Anna Visser",)),
        add_event(archive, second, "Residents sue", people=("Klaus Weber",)),
    ]
    with archive.write() as tx:
        tx.events.set_status(ids[:2], EventStatus.ACCEPTED)
        tx.events.set_tags(ids[2], ["court"])
    return ids


def test_create_in_every_way(archive: Archive, events: list[int]) -> None:
    empty, changes = svc.create_timeline(archive, "Empty")
    assert empty.entry_count == 0 and changes.timelines
    chosen, _ = svc.create_timeline(archive, "Chosen", event_ids=[events[2], events[2]])
    assert chosen.entry_count == 1
    accepted, _ = svc.create_from_accepted(archive, "Accepted")
    assert accepted.entry_count == 2
    found, _ = svc.create_from_search(archive, "Search", "Maastricht")
    assert found.entry_count == 2
    with pytest.raises(ValueError):
        svc.create_timeline(archive, "Empty")


def test_rename_duplicate_delete_restore(archive: Archive, events: list[int]) -> None:
    timeline, _ = svc.create_timeline(archive, "Tunnel", event_ids=events)
    lane, _ = svc.add_lane(archive, timeline.id, "Courts", colour="#b8403b")
    entry = svc.load_entries(archive, timeline.id)[1][0]
    svc.update_entry(archive, entry.id, lane_id=lane.id, public_note="Checked", editorial_status=EditorialStatus.VERIFIED)
    svc.add_era(archive, timeline.id, "Works", dt.datetime(2019, 1, 1), dt.datetime(2025, 1, 1))
    renamed, _ = svc.rename_timeline(archive, timeline.id, "Drielandentunnel")
    assert renamed.name == "Drielandentunnel"
    copy, _ = svc.duplicate_timeline(archive, timeline.id)
    assert copy.name == "Drielandentunnel (2)" and copy.entry_count == 3
    assert [lane.name for lane in copy.lanes] == ["Courts"] and len(copy.eras) == 1
    copied = [e for e in svc.load_entries(archive, copy.id)[1] if e.public_note == "Checked"]
    assert copied and copied[0].lane_id == copy.lanes[0].id
    snapshot, _ = svc.delete_timeline(archive, timeline.id)
    with archive.read() as tx:
        assert tx.timelines.get(timeline.id) is None
    restored, _ = svc.restore_timeline(archive, snapshot)
    assert restored == snapshot.timeline  # its id, moments, lanes and eras with theirs
    assert tuple(svc.load_entries(archive, timeline.id)[1]) == snapshot.entries


def test_entries_remove_restore_move(archive: Archive, events: list[int]) -> None:
    timeline, _ = svc.create_timeline(archive, "Tunnel", event_ids=events)
    entries = svc.load_entries(archive, timeline.id)[1]
    svc.update_entry(archive, entries[0].id, title_override="Treaty", importance=3)
    removed, _ = svc.remove_entries(archive, [entries[0].id])
    assert removed[0].title_override == "Treaty"
    restored, _ = svc.restore_entries(archive, removed)
    assert [e.id for e in restored] == [entries[0].id]  # back with its own id
    back = svc.get_entries(archive, [entries[0].id])[0]
    assert back == removed[0] and back.title_override == "Treaty" and back.importance == 3
    lane, _ = svc.add_lane(archive, timeline.id, "Politics")
    previous, _ = svc.move_entries(archive, {back.id: lane.id})
    assert previous == {back.id: None}
    assert svc.get_entries(archive, [back.id])[0].lane_id == lane.id


def test_lanes_update_reorder_delete_restore(archive: Archive, events: list[int]) -> None:
    timeline, _ = svc.create_timeline(archive, "Tunnel", event_ids=events)
    a, _ = svc.add_lane(archive, timeline.id, "A")
    b, _ = svc.add_lane(archive, timeline.id, "B")
    before, after, _ = svc.update_lane(archive, a.id, name="Politics", colour="#123456", collapsed=True)
    assert before.name == "A" and after.name == "Politics" and after.collapsed
    old, _ = svc.reorder_lanes(archive, timeline.id, [b.id, a.id])
    assert old == {a.id: 0, b.id: 1}
    entry = svc.load_entries(archive, timeline.id)[1][0]
    svc.move_entries(archive, {entry.id: b.id})
    lane, members, _ = svc.delete_lane(archive, b.id)
    assert members == [entry.id] and svc.get_entries(archive, [entry.id])[0].lane_id is None
    restored, _ = svc.restore_lane(archive, lane, members)
    assert restored == lane  # its own id and position
    timeline_now, entries = svc.load_entries(archive, timeline.id)
    assert [lane.name for lane in svc.lanes_in_order(timeline_now)] == ["B", "Politics"]
    assert next(e for e in entries if e.id == entry.id).lane_id == lane.id
    with pytest.raises(ValueError):
        svc.update_lane(archive, a.id, position=3)


@pytest.mark.parametrize(("by", "names"), [
    ("article", {"Treaty signed", "Residents sue"}),
    ("source", {"Lowlands Wire", "Grenzland-Echo"}),
    ("person", {"Anna Visser", "Klaus Weber"}),
    ("tag", {"court", svc.OTHER_LANE}),
])
def test_auto_lanes_and_undo(archive: Archive, events: list[int], by: str, names: set[str]) -> None:
    timeline, _ = svc.create_timeline(archive, "Tunnel", event_ids=events)
    result, _ = svc.auto_lanes(archive, timeline.id, by)
    timeline_now, entries = svc.load_entries(archive, timeline.id)
    assert {lane.name for lane in timeline_now.lanes} == names
    assert all(e.lane_id is not None for e in entries)
    svc.undo_auto_lanes(archive, result)
    timeline_now, entries = svc.load_entries(archive, timeline.id)
    assert timeline_now.lanes == () and all(e.lane_id is None for e in entries)


def test_eras_add_remove(archive: Archive) -> None:
    timeline, _ = svc.create_timeline(archive, "Tunnel")
    era, _ = svc.add_era(archive, timeline.id, "Works", dt.datetime(2019, 1, 1), dt.datetime(2025, 1, 1), colour="#c9a227")
    assert era.colour == "#c9a227"
    removed, _ = svc.remove_era(archive, era.id)
    assert removed.name == "Works"
    assert svc.load_entries(archive, timeline.id)[0].eras == ()
