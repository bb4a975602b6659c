"""Render the main window on a sample archive to PNG files (offscreen), for docs and review.

    QT_QPA_PLATFORM=offscreen .venv/bin/python build/screenshot.py resources/screenshots
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication, QStyleFactory

from timeline_app.domain.models import EventStatus
from timeline_app.paths import samples_dir
from timeline_app.services.samples import seed_samples
from timeline_app.services.timelines import auto_lanes, create_from_accepted
from timeline_app.storage import open_archive
from timeline_app.ui.jobs import JobRunner
from timeline_app.ui.main_window import MainWindow
from timeline_app.ui.palette import dark_palette


def main(out_dir: str) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setStyle(QStyleFactory.create("Fusion"))
    target = Path(out_dir)
    target.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp, open_archive(Path(tmp) / "shot.sqlite3") as archive:
        seed_samples(archive, samples_dir())
        # What an editor would have done by then: accept the confident suggestions and start a
        # timeline from them, with lanes by source.
        with archive.write() as tx:
            confident = [e.id for e in tx.events.many(tx.events.ids()) if e.confidence >= 0.6]
            tx.events.set_status(confident, EventStatus.ACCEPTED)
        timeline, _ = create_from_accepted(archive, "Drielandentunnel")
        auto_lanes(archive, timeline.id, "source")
        for theme in ("light", "dark"):
            app.setPalette(dark_palette() if theme == "dark" else app.style().standardPalette())
            for width, height in ((1440, 900), (1024, 640)):
                for tab in ("article", "timeline"):
                    window = MainWindow(archive, JobRunner(), None, data_dir=Path(tmp))
                    window.resize(width, height)
                    window.show()
                    if tab == "timeline":
                        window.timelines.select(timeline.id)
                        window.tabs.setCurrentIndex(1)
                        app.processEvents()
                        window.canvas.view.fit_all()
                    else:
                        window.archive_panel.select_row(1)
                    app.processEvents()
                    path = target / f"main-window-{tab}-{width}x{height}-{theme}.png"
                    window.grab().save(str(path))
                    print(path)
                    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "resources/screenshots"))
