"""The entry dialog's tags field, and tag edits undone through the canvas."""

from __future__ import annotations

import datetime as dt

from builders import add_article, add_event
from PySide6.QtWidgets import QDialog

from timeline_app.domain.dates import DateSpan
from timeline_app.services import timelines as svc
from timeline_app.storage import Archive
from timeline_app.ui.canvas import TimelinePanel
from timeline_app.ui.canvas.edit_dialog import EntryEditDialog


def test_dialog_tags_field_reports_only_real_changes(qtbot, archive: Archive) -> None:  # type: ignore[no-untyped-def]
    article = add_article(archive, "Story.", title="Story")
    event_id = add_event(archive, article, "Vote", DateSpan.day(dt.date(2021, 5, 4)))
    timeline, _ = svc.create_timeline(archive, "T", event_ids=[event_id])
    entry = svc.load_entries(archive, timeline.id)[1][0]
    entry, _, _ = svc.update_entry(archive, entry.id, tags=("court", "Budget"))
    entry = svc.get_entries(archive, [entry.id])[0]
    event = svc.event_details(archive, [event_id])[0]
    dialog = EntryEditDialog(entry, event, [])
    qtbot.addWidget(dialog)
    assert dialog.tags.text() == "Budget, court"
    assert dialog.changed_fields() == {}
    dialog.tags.setText("court, budget ,  water,")
    assert dialog.changed_fields() == {"tags": ("budget", "court", "water")}


def test_tag_edit_is_undoable_on_the_canvas(qtbot, archive: Archive, new_ops) -> None:  # type: ignore[no-untyped-def]
    article = add_article(archive, "Story.", title="Story")
    event_id = add_event(archive, article, "Vote", DateSpan.day(dt.date(2021, 5, 4)))
    timeline, _ = svc.create_timeline(archive, "T", event_ids=[event_id])
    entry_id = svc.load_entries(archive, timeline.id)[1][0].id
    svc.update_entry(archive, entry_id, tags=("old",))
    panel = TimelinePanel(archive, new_ops(), language="en")
    qtbot.addWidget(panel)
    panel.set_timeline(timeline.id)
    assert panel.document.entries[entry_id].tags == ("old",)

    class FakeDialog:
        def __init__(self, entry, event, lanes, parent) -> None:  # type: ignore[no-untyped-def]
            self.entry = entry

        def exec(self) -> QDialog.DialogCode:
            return QDialog.DialogCode.Accepted

        def changed_fields(self) -> dict[str, object]:
            return {"tags": ("new", "newer")}

    panel.edit_dialog_factory = FakeDialog  # type: ignore[assignment]
    panel.edit_entry(entry_id)
    panel.ops.wait_idle()
    assert svc.get_entries(archive, [entry_id])[0].tags == ("new", "newer")
    assert panel.document.entries[entry_id].tags == ("new", "newer")
    panel.ops.undo()
    panel.ops.wait_idle()
    assert svc.get_entries(archive, [entry_id])[0].tags == ("old",)
    assert panel.document.entries[entry_id].tags == ("old",)
