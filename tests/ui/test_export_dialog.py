"""File > Export (Ctrl+E): options, preview, and the export written in the background."""

from __future__ import annotations

from pathlib import Path

from builders import add_article, add_event
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QFileDialog

from timeline_app.ui.export_dialog import ExportDialog
from timeline_app.ui.jobs import JobRunner
from timeline_app.ui.main_window import MainWindow


def _timeline(archive) -> int:
    events = [add_event(archive, add_article(archive), title) for title in ("Verdrag getekend", "Waterinbraak")]
    with archive.write() as tx:
        timeline = tx.timelines.create("Drielandentunnel <b>")
        tx.lanes.add_lane(timeline.id, "Diplomatie")
        for event_id in events:
            tx.timelines.add_entry(timeline.id, event_id)
        return timeline.id


def test_dialog_validates_and_previews(qtbot, archive) -> None:
    dialog = ExportDialog(archive, _timeline(archive))
    qtbot.addWidget(dialog)
    assert dialog.preview.pixmap() is not None and not dialog.preview.pixmap().isNull()
    dialog.date_from.setText("2023-13-01")
    dialog.update_preview()
    assert "YYYY-MM-DD" in dialog.error.text() and not dialog.export_button.isEnabled()
    dialog.date_from.setText("")
    dialog.lanes.item(0).setCheckState(dialog.lanes.item(0).checkState().Unchecked)
    dialog.update_preview()
    assert "at least one lane" in dialog.error.text()


def test_ctrl_e_exports_the_open_timeline(qtbot, archive, tmp_path: Path, monkeypatch) -> None:
    timeline_id = _timeline(archive)
    window = MainWindow(archive, JobRunner(), QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    assert window.exports.export(window.canvas.document.timeline_id) is None  # no timeline open: explained, nothing asked
    window.timelines.select(timeline_id)
    target = tmp_path / "out" / "tunnel.html"
    target.parent.mkdir()
    monkeypatch.setattr(ExportDialog, "exec", lambda self: (self.format.setCurrentIndex(self.format.findData("html")),
                                                            QDialog.DialogCode.Accepted)[1])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    handle = window.exports.export(window.canvas.document.timeline_id)
    assert handle is not None
    with qtbot.waitSignal(handle.finished, timeout=60_000):
        pass
    assert handle.error is None, handle.error
    page = target.read_text(encoding="utf-8")
    assert "Verdrag getekend" in page and "Drielandentunnel &lt;b&gt;" in page
    assert list(target.parent.iterdir()) == [target]  # no temporary file left behind


def test_timelinejs_files_import_as_new_timelines_from_the_gui(qtbot, archive, tmp_path: Path, monkeypatch) -> None:
    from timeline_app.paths import resources_dir

    window = MainWindow(archive, JobRunner(), QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    broken = tmp_path / "broken.json"
    broken.write_text('{"events": [{"start_date": {}}]}', encoding="utf-8")
    with qtbot.waitSignal(window.imports.summary_shown) as shown:
        handle = window.imports.start([resources_dir() / "examples" / "timeline-timelinejs.json", broken])
    assert handle is None  # no articles: no article import runs
    with archive.read() as tx:
        timelines = tx.timelines.all()
    assert len(timelines) == 1 and timelines[0].entry_count > 10
    assert window.timelines.current_id == timelines[0].id
    summary = shown.args[0]  # both files are listed: the timeline made and the file that is no TimelineJS data
    assert [(Path(r.path).name, r.result) for r in summary.rows] == [("broken.json", "failed"),
                                                                    ("timeline-timelinejs.json", "timeline")]
    summary.close()
