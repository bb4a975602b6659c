"""The draft dialog: live preview in the background, scopes, Create as one undo step, the drafted mark."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from drafting.draft_stories import DUTCH, write_story
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog

from timeline_app.services import timelines as timeline_services
from timeline_app.services.importing import import_paths
from timeline_app.storage import Archive
from timeline_app.ui.draft_dialog import SCOPE_RESULTS, SCOPE_TIMELINE, DraftDialog, DraftPreviewModel
from timeline_app.ui.jobs import JobRunner
from timeline_app.ui.main_window import MainWindow


@pytest.fixture
def story(archive: Archive, tmp_path: Path) -> Archive:
    import_paths(archive, write_story(DUTCH, tmp_path / "articles"))
    return archive


@pytest.fixture
def window(qtbot, story: Archive, tmp_path: Path) -> Iterator[MainWindow]:
    runner = JobRunner()
    win = MainWindow(story, runner, QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    win.show()
    yield win
    runner.shutdown()


def _wait_for_preview(qtbot, dialog: DraftDialog) -> None:  # type: ignore[no-untyped-def]
    """Until the preview asked for last has come back (a draft or a reason why not)."""
    qtbot.waitUntil(lambda: dialog.status.text() not in ("", "Drafting…") and not dialog._timer.isActive(),
                    timeout=10_000)


def test_the_preview_ranks_in_the_background_and_follows_the_size(qtbot, qtmodeltester, story: Archive) -> None:
    runner = JobRunner()
    dialog = DraftDialog(story, runner, language="nl")
    qtbot.addWidget(dialog)
    dialog.size_spin.setValue(3)
    _wait_for_preview(qtbot, dialog)
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 3 and dialog.create_button.isEnabled()
    assert [e.span.value for e in dialog.draft.entries] == ["2024-03-03", "2024-03-05", "2024-03-12"]
    assert "reported by" in dialog.model.index(0, 2).data()
    assert dialog.model.index(0, 0).data() == "3 mrt 2024"  # dates follow the display language
    assert dialog.summary.text()  # the first row's summary is shown
    dialog.size_slider.setValue(1)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=10_000)
    runner.shutdown()


def test_bad_choices_say_why_and_cannot_be_created(qtbot, story: Archive) -> None:
    runner = JobRunner()
    dialog = DraftDialog(story, runner, query="zeppelin")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "no article matches" in dialog.status.text().lower(), timeout=10_000)
    assert not dialog.create_button.isEnabled() and dialog.model.rowCount() == 0
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and "nothing to create" in dialog.status.text().lower()
    runner.shutdown()


def test_cancel_stops_the_preview(qtbot, story: Archive) -> None:
    runner = JobRunner()  # the job is queued at the next turn of the event loop: cancel it before it runs
    dialog = DraftDialog(story, runner)
    qtbot.addWidget(dialog)
    dialog.refresh_preview()
    assert dialog.cancel_button.isEnabled()
    handle = dialog._handle
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: handle is not None and handle.done, timeout=5_000)
    assert handle.error == "cancelled" and dialog.draft is None


def test_search_results_draft_creates_one_undoable_drafted_timeline(qtbot, window: MainWindow, monkeypatch) -> None:
    window.search.query.setText("rapport")
    window.search.run_search()
    assert window.search.draft_button.isEnabled()
    opened: list[DraftDialog] = []

    def fake_exec(dialog: DraftDialog) -> int:
        opened.append(dialog)
        assert dialog.scope_kind == SCOPE_RESULTS and dialog.query_edit.text() == "rapport"
        dialog.size_spin.setValue(2)
        _wait_for_preview(qtbot, dialog)
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(DraftDialog, "exec", fake_exec)
    window.search.draft_button.click()
    assert opened
    window.ops.wait_idle()
    name = opened[0].name()
    with window.archive.read() as tx:
        made = tx.timelines.find(name)
    assert made is not None and made.entry_count == 2
    assert window.canvas.document.timeline_id == made.id  # it opens on the canvas
    assert all(e.drafted for e in window.canvas.document.entries.values())
    window.ops.undo()  # one step takes the whole draft away
    window.ops.wait_idle()
    with window.archive.read() as tx:
        assert tx.timelines.find(name) is None
    window.ops.redo()
    window.ops.wait_idle()
    with window.archive.read() as tx:
        again = tx.timelines.find(name)
    assert again is not None
    assert all(e.drafted for e in timeline_services.load_entries(window.archive, again.id)[1])
    # Clear Draft Marks (undoable) leaves the entries as they are.
    window.drafts.clear_marks(again.id)
    window.ops.wait_idle()
    assert not any(e.drafted for e in timeline_services.load_entries(window.archive, again.id)[1])
    window.ops.undo()
    window.ops.wait_idle()
    assert all(e.drafted for e in timeline_services.load_entries(window.archive, again.id)[1])


def test_the_open_timeline_is_a_scope(qtbot, window: MainWindow) -> None:
    with window.archive.read() as tx:
        ids = tx.events.ids()
    window.timelines.create("Alles", ids)
    window.ops.wait_idle()
    dialog = window.drafts.dialog(window)
    qtbot.addWidget(dialog)
    index = dialog.scope_box.findData(SCOPE_TIMELINE)
    assert index >= 0 and "Alles" in dialog.scope_box.itemText(index)
    dialog.scope_box.setCurrentIndex(index)
    assert dialog.scope().timeline_id == window.timelines.current_id
    assert dialog.name() == "Draft: Alles"


def test_preview_model_is_empty_without_a_draft(qtmodeltester) -> None:
    model = DraftPreviewModel()
    qtmodeltester.check(model)
    assert model.rowCount() == 0
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Headline"


def _amber_pixels(panel) -> int:  # type: ignore[no-untyped-def]
    image = panel.view.viewport().grab().toImage()
    found = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            colour = image.pixelColor(x, y)
            if colour.red() > 170 and 90 < colour.green() < 150 and colour.blue() < 60:
                found += 1
    return found


def test_drafted_entries_are_marked_on_the_canvas_until_touched(qtbot, story: Archive, new_ops) -> None:
    from timeline_app.services.drafting import DraftScope, create_drafted_timeline, make_draft
    from timeline_app.services.timeline_ops import UpdateEntries
    from timeline_app.ui.canvas import TimelinePanel

    timeline, _ = create_drafted_timeline(story, "Dijk", make_draft(story, DraftScope(), 3))
    panel = TimelinePanel(story, new_ops(), language="nl")
    qtbot.addWidget(panel)
    panel.resize(1100, 500)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_timeline(timeline.id)
    qtbot.waitUntil(lambda: _amber_pixels(panel) > 20, timeout=5_000)
    # An editor's edit clears the mark of that entry; all of them cleared, no amber is left.
    panel.ops.run(UpdateEntries({entry_id: {"importance": 1} for entry_id in panel.document.entries}))
    panel.ops.wait_idle()
    qtbot.waitUntil(lambda: _amber_pixels(panel) == 0, timeout=5_000)


def test_touching_clears_the_mark_and_undo_gives_it_back(qtbot, story: Archive, new_ops) -> None:
    from timeline_app.domain.models import EditorialStatus
    from timeline_app.services.drafting import DraftScope, create_drafted_timeline, make_draft
    from timeline_app.ui.canvas import TimelinePanel

    timeline, _ = create_drafted_timeline(story, "Dijk", make_draft(story, DraftScope(), 2))
    lane, _ = timeline_services.add_lane(story, timeline.id, "Water")
    panel = TimelinePanel(story, new_ops(), language="nl")
    qtbot.addWidget(panel)
    panel.set_timeline(timeline.id)
    first, second = sorted(panel.document.entries)

    def drafted() -> dict[int, bool]:
        return {e.id: e.drafted for e in timeline_services.load_entries(story, timeline.id)[1]}

    panel.edits.set_status([first], EditorialStatus.VERIFIED)
    panel.edits.move_entries([second], lane.id)
    panel.ops.wait_idle()
    assert drafted() == {first: False, second: False}
    panel.ops.undo()
    panel.ops.wait_idle()
    assert drafted() == {first: False, second: True}
    panel.ops.undo()
    panel.ops.wait_idle()
    assert drafted() == {first: True, second: True}
    panel.ops.redo()
    panel.ops.wait_idle()
    assert drafted()[first] is False
