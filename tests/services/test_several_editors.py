"""Several editors on one archive: nothing is overwritten silently (issue 14, item 4).

Each editor is an archive opened apart (its own engine, its own name), on both backends: an
SQLite file shared by two windows behaves like a PostgreSQL database shared by two machines.
"""

from __future__ import annotations

import pytest
from builders import add_article, add_event

from timeline_app.services import timeline_ops
from timeline_app.services.ops import Done, Guarded, Op, OwnVersions, StaleEditError, execute
from timeline_app.storage import Archive, open_archive


def _entry(archive: Archive) -> int:
    event = add_event(archive, add_article(archive), "Ceasefire talks")
    with archive.write() as tx:
        timeline = tx.timelines.create("Crisis")
        return tx.timelines.add_entry(timeline.id, event).id


def _version(archive: Archive, entry_id: int) -> int:
    with archive.read() as tx:
        return tx.timelines.entries_by_id([entry_id])[0].version


def _note(archive: Archive, entry_id: int) -> str:
    with archive.read() as tx:
        return tx.timelines.entries_by_id([entry_id])[0].public_note


def _edit(entry_id: int, note: str) -> Op:
    return timeline_ops.UpdateEntries.same([entry_id], public_note=note)


def _seen(op: Op, version: int) -> Op:
    """``op`` as made by an editor who saw the entry at ``version``."""
    return Guarded.of(op, lambda _key: version)


@pytest.fixture
def editors(archive_location: str) -> tuple[Archive, Archive]:
    anna = open_archive(archive_location, create=True, editor="anna")
    bram = open_archive(archive_location, create=False, editor="bram")
    yield anna, bram
    bram.close()
    anna.close()


def test_an_edit_made_on_a_stale_version_is_refused_naming_who_changed_it(editors: tuple[Archive, Archive]) -> None:
    anna, bram = editors
    entry = _entry(anna)
    seen = _version(bram, entry)  # both editors look at the same entry
    execute(anna, _seen(_edit(entry, "anna's note"), seen))
    with pytest.raises(StaleEditError) as refused:
        execute(bram, _seen(_edit(entry, "bram's note"), seen))
    message = str(refused.value)
    assert "changed by another editor (anna)" in message and "Ceasefire talks" in message and "reload?" in message
    assert _note(bram, entry) == "anna's note"
    # Reloaded, bram's edit goes through.
    execute(bram, _seen(_edit(entry, "bram's note"), _version(bram, entry)))
    assert _note(anna, entry) == "bram's note"


def test_undo_is_refused_when_another_editor_changed_the_target_since(editors: tuple[Archive, Archive]) -> None:
    anna, bram = editors
    entry = _entry(anna)
    done: Done = execute(anna, _seen(_edit(entry, "first"), _version(anna, entry)))
    execute(bram, _seen(_edit(entry, "second"), _version(bram, entry)))
    assert done.inverse is not None
    with pytest.raises(StaleEditError, match=r"changed by another editor \(bram\)"):
        execute(anna, done.inverse)
    assert _note(anna, entry) == "second"  # bram's edit stands


def test_undo_and_redo_put_the_version_back(editors: tuple[Archive, Archive]) -> None:
    anna, bram = editors
    entry = _entry(anna)
    before = _version(anna, entry)
    done = execute(anna, _seen(_edit(entry, "first"), before))
    assert _version(bram, entry) == before + 1
    assert done.inverse is not None
    redo = execute(anna, done.inverse).inverse
    assert _version(bram, entry) == before and _note(bram, entry) == ""
    # Bram, who saw the entry before anna's edit, may edit it: it is as he saw it.
    execute(bram, _seen(_edit(entry, "bram"), before))
    assert redo is not None
    with pytest.raises(StaleEditError):
        execute(anna, redo)


def test_an_editors_own_edits_in_a_row_are_no_conflict(editors: tuple[Archive, Archive]) -> None:
    anna, _bram = editors
    entry = _entry(anna)
    seen = _version(anna, entry)
    own = OwnVersions()
    execute(anna, _seen(_edit(entry, "one"), seen), own)
    # The view has not caught up yet: the next edit still names the version it showed.
    execute(anna, _seen(_edit(entry, "two"), seen), own)
    assert _note(anna, entry) == "two"
    # Without knowing its own edits, an instance takes it for someone else's change.
    with pytest.raises(StaleEditError, match="changed elsewhere"):
        execute(anna, _seen(_edit(entry, "three"), seen))


def test_an_edit_of_a_row_deleted_meanwhile_says_so(editors: tuple[Archive, Archive]) -> None:
    anna, bram = editors
    entry = _entry(anna)
    seen = _version(bram, entry)
    execute(anna, timeline_ops.RemoveEntries((entry,)))
    with pytest.raises(StaleEditError, match="deleted by another editor"):
        execute(bram, _seen(_edit(entry, "late"), seen))


def test_two_reviewers_deciding_on_one_event_one_is_told(editors: tuple[Archive, Archive]) -> None:
    from timeline_app.domain.models import EventStatus
    from timeline_app.services.event_ops import SetEventStatus

    anna, bram = editors
    event = add_event(anna, add_article(anna), "Ceasefire talks")
    with bram.read() as tx:
        seen = tx.events.get_required(event).version
    execute(anna, _seen(SetEventStatus((event,), EventStatus.ACCEPTED), seen))
    with pytest.raises(StaleEditError, match=r"This event “Ceasefire talks” was changed by another editor \(anna\)"):
        execute(bram, _seen(SetEventStatus((event,), EventStatus.REJECTED), seen))
    with bram.read() as tx:
        assert tx.events.get_required(event).status is EventStatus.ACCEPTED
