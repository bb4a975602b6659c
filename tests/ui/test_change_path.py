"""The one change path in the GUI: ops on the writer thread, one history, one hub (issue 12's reproductions).

- Redo landed on the wrong timeline: canvas commands read the open timeline when they redid.
- Undo re-created rows with new ids: rename a lane, delete it, undo, undo raised KeyError.
- Writes ran on the GUI thread: a new publication date re-extracted the article there.
"""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest
from builders import add_article, add_event, archive_rows
from PySide6.QtCore import QSettings

from timeline_app.domain.dates import DateSpan
from timeline_app.domain.models import EventStatus
from timeline_app.services import timelines as svc
from timeline_app.storage import Archive, WrongThreadError
from timeline_app.storage.articles import ArticleStore
from timeline_app.storage.events import EventStore
from timeline_app.ui.canvas import TimelinePanel
from timeline_app.ui.jobs import JobRunner
from timeline_app.ui.main_window import MainWindow


def _lane_names(archive: Archive, timeline_id: int) -> list[str]:
    return [lane.name for lane in svc.lanes_in_order(svc.load_entries(archive, timeline_id)[0])]


def _window(qtbot, archive: Archive, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(archive, JobRunner(), QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    return window


def test_redo_lands_on_the_timeline_it_was_made_on_whatever_is_open(qtbot, archive: Archive, tmp_path: Path) -> None:
    event = add_event(archive, add_article(archive))
    a, _ = svc.create_timeline(archive, "A", event_ids=[event])
    b, _ = svc.create_timeline(archive, "B", event_ids=[event])
    window = _window(qtbot, archive, tmp_path)
    window.timelines.select(a.id)
    assert window.canvas.document.timeline_id == a.id
    window.canvas.ask_text = lambda *args: ("Diplomacy", True)  # type: ignore[assignment]
    window.canvas.edits.ask_add_lane()
    window.ops.wait_idle()
    assert _lane_names(archive, a.id) == ["Diplomacy"]
    window.ops.undo()
    window.ops.wait_idle()
    window.timelines.select(b.id)  # another timeline is open now
    assert window.canvas.document.timeline_id == b.id
    window.ops.redo()
    window.ops.wait_idle()
    assert _lane_names(archive, a.id) == ["Diplomacy"]
    assert _lane_names(archive, b.id) == []
    assert [lane.name for lane in window.canvas.document.timeline.lanes] == []  # type: ignore[union-attr]
    window.timelines.select(a.id)
    assert [lane.name for lane in window.canvas.document.timeline.lanes] == ["Diplomacy"]  # type: ignore[union-attr]


def test_rename_delete_undo_undo_brings_the_lane_back_with_its_own_id(qtbot, archive: Archive, new_ops) -> None:
    article = add_article(archive)
    ids = [add_event(archive, article, f"E{i}", DateSpan.day(dt.date(2020, 1, i + 1))) for i in range(3)]
    timeline, _ = svc.create_timeline(archive, "T", event_ids=ids)
    lanes = [svc.add_lane(archive, timeline.id, name)[0] for name in ("A", "B", "C")]
    entries = svc.load_entries(archive, timeline.id)[1]
    svc.move_entries(archive, {e.id: lanes[1].id for e in entries})  # every entry in the middle lane
    before = svc.load_entries(archive, timeline.id)
    panel = TimelinePanel(archive, new_ops(), language="en")
    qtbot.addWidget(panel)
    panel.set_timeline(timeline.id)
    middle = lanes[1].id  # not the newest row: SQLite would not hand its id out again by luck
    panel.edits.update_lane(middle, "Rename lane", name="Courts")
    panel.ops.wait_idle()
    panel.edits.delete_lane(middle)
    panel.ops.wait_idle()
    assert _lane_names(archive, timeline.id) == ["A", "C"]
    panel.ops.undo()
    panel.ops.undo()
    panel.ops.wait_idle()
    after = svc.load_entries(archive, timeline.id)
    assert after[0].lanes == before[0].lanes  # ids, names, positions
    assert after[1] == before[1]  # the entries are back in it
    assert [lane.id for lane in panel.document.timeline.lanes] == [lane.id for lane in lanes]  # type: ignore[union-attr]
    panel.ops.redo()
    panel.ops.redo()
    panel.ops.wait_idle()
    assert _lane_names(archive, timeline.id) == ["A", "C"]
    assert panel.ops.history.redo_steps == []


def test_publication_date_change_re_extracts_on_the_writer_thread_and_undoes_exactly(
        qtbot, archive: Archive, new_ops, monkeypatch: pytest.MonkeyPatch) -> None:
    from timeline_app.services.importing import import_text
    from timeline_app.ui.reader import ArticleReader

    result = import_text(archive, "Ministers akkoord\nDe ministers spraken gisteren af over het fonds.",
                         title="Ministers akkoord", published=dt.date(2024, 11, 29), language="nl")
    start = archive_rows(archive)
    threads: set[int] = set()
    for store, name in ((ArticleStore, "update_metadata"), (EventStore, "add"), (EventStore, "add_source")):
        original = getattr(store, name)

        def spy(self, *args, _original=original, **kwargs):  # type: ignore[no-untyped-def]
            threads.add(threading.get_ident())
            return _original(self, *args, **kwargs)

        monkeypatch.setattr(store, name, spy)
    reader = ArticleReader(archive, new_ops())
    qtbot.addWidget(reader)
    reader.show_article(result.article_id)
    reader.details_button.click()
    reader.form.published.setText("2024-12-05")
    with qtbot.waitSignal(reader.ops.hub.changed):
        reader.form.apply_button.click()
    reader.ops.wait_idle()
    assert threads == {reader.ops.runner.writer_ident} and threading.get_ident() not in threads
    assert any(d.value == "2024-12-04" for d in reader.view.dates)  # type: ignore[union-attr]  # "gisteren"
    edited = archive_rows(archive)
    reader.ops.undo()
    reader.ops.wait_idle()
    assert archive_rows(archive) == start  # the old date, and the old events with their ids
    reader.ops.redo()
    reader.ops.wait_idle()
    assert archive_rows(archive) == edited


def test_no_write_runs_on_the_gui_thread(qtbot, archive: Archive, tmp_path: Path, monkeypatch) -> None:
    """Once the window runs, the archive refuses writes from the GUI thread, and every edit runs on the writer."""
    from timeline_app.storage.archive import Archive as ArchiveClass

    article = add_article(archive, "Op 3 februari 2022 brak water door.", title="Waterinbraak")
    events = [add_event(archive, article, f"Gebeurtenis {n}") for n in range(3)]
    writes: list[int] = []
    original = ArchiveClass.write

    def recording(self):  # type: ignore[no-untyped-def]
        writes.append(threading.get_ident())
        return original(self)

    monkeypatch.setattr(ArchiveClass, "write", recording)
    window = _window(qtbot, archive, tmp_path)
    with pytest.raises(WrongThreadError), archive.write():
        pass
    writes.clear()
    window.timelines.create("Tunnel", events[:2])
    window.ops.wait_idle()
    window.review.select_event(events[2])
    window.review.decide(EventStatus.ACCEPTED)
    window.canvas.ask_text = lambda *args: ("Works", True)  # type: ignore[assignment]
    window.canvas.edits.ask_add_lane()
    window.ops.wait_idle()
    window.ops.undo()
    window.ops.undo()
    window.ops.wait_idle()
    assert writes and set(writes) == {window.ops.runner.writer_ident}
