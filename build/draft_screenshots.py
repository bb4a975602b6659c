"""Render the Draft Timeline dialog and a drafted timeline on the sample archive to PNG (offscreen).

    QT_QPA_PLATFORM=offscreen .venv/bin/python build/draft_screenshots.py resources/screenshots
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication, QStyleFactory

from timeline_app.paths import samples_dir
from timeline_app.services.samples import seed_samples
from timeline_app.storage import open_archive
from timeline_app.ui.jobs import JobRunner
from timeline_app.ui.main_window import MainWindow


def _wait(app: QApplication, condition, seconds: float = 20.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the preview did not come back")
        app.processEvents()
        time.sleep(0.02)


def main(out_dir: str) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setStyle(QStyleFactory.create("Fusion"))
    app.setPalette(app.style().standardPalette())
    target = Path(out_dir)
    target.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp, open_archive(Path(tmp) / "shot.sqlite3") as archive:
        seed_samples(archive, samples_dir())
        runner = JobRunner()
        window = MainWindow(archive, runner, None, data_dir=Path(tmp))
        window.resize(1440, 900)
        window.show()
        dialog = window.drafts.dialog(window)
        dialog.size_spin.setValue(12)
        dialog.show()
        _wait(app, lambda: dialog.draft is not None and not dialog._timer.isActive()
              and dialog.status.text() != "Drafting…")
        dialog.preview.selectRow(2)
        app.processEvents()
        path = target / "draft-dialog.png"
        dialog.grab().save(str(path))
        print(path)
        assert window.drafts.create(dialog)
        window.ops.wait_idle()  # the op makes the timeline on the writer; the list then opens it
        dialog.close()
        window.tabs.setCurrentIndex(1)
        window.review_dock.hide()  # the canvas gets the height
        window.search_dock.hide()
        app.processEvents()
        assert window.canvas.document.timeline_id is not None
        window.splitter.setSizes([380, 1060])
        window.timeline_splitter.setSizes([1000, 1])
        for _ in range(3):
            app.processEvents()
            window.canvas.view.fit_all()
        app.processEvents()
        path = target / "draft-timeline.png"
        window.grab().save(str(path))
        print(path)
        window.close()
        runner.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "resources/screenshots"))
