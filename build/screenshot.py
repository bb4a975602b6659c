"""Render the main window on a sample archive to PNG files (offscreen), for docs and review.

    QT_QPA_PLATFORM=offscreen .venv/bin/python build/screenshot.py resources/screenshots
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QStyleFactory

from timeline_app.domain.models import EventStatus
from timeline_app.paths import samples_dir
from timeline_app.services.samples import seed_samples
from timeline_app.services.timelines import auto_lanes, create_from_accepted
from timeline_app.storage import open_archive
from timeline_app.ui.i18n import Localizer
from timeline_app.ui.jobs import JobRunner
from timeline_app.ui.main_window import MainWindow
from timeline_app.ui.palette import dark_palette, readable_palette


def main(out_dir: str) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setStyle(QStyleFactory.create("Fusion"))
    target = Path(out_dir)
    target.mkdir(parents=True, exist_ok=True)
    localizer = Localizer(app)
    with tempfile.TemporaryDirectory() as tmp, open_archive(Path(tmp) / "shot.sqlite3") as archive:
        seed_samples(archive, samples_dir())
        # What an editor would have done by then: accept the confident suggestions and start a
        # timeline from them, with lanes by source.
        with archive.write() as tx:
            confident = [e.id for e in tx.events.many(tx.events.ids()) if e.confidence >= 0.75]
            tx.events.set_status(confident, EventStatus.ACCEPTED)
        timeline, _ = create_from_accepted(archive, "Drielandentunnel")
        auto_lanes(archive, timeline.id, "source")
        shots = [(theme, size, tab, "en") for theme in ("light", "dark") for size in ((1440, 900), (1024, 640))
                 for tab in ("article", "timeline")]
        # The interface in Dutch and French (README), with the sample archive's banner.
        shots += [("light", (1440, 900), tab, language) for language in ("nl", "fr") for tab in ("article", "timeline")]
        for theme, (width, height), tab, language in shots:
            app.setPalette(readable_palette(dark_palette() if theme == "dark" else app.style().standardPalette()))
            localizer.apply(language)
            settings = QSettings(str(Path(tmp) / f"{language}.ini"), QSettings.Format.IniFormat)
            settings.setValue("interface/language", language)
            window = MainWindow(archive, JobRunner(), settings, data_dir=Path(tmp))
            if language != "en":
                window.show_sample_banner(own_exists=False)
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
            suffix = "" if language == "en" else f"-{language}"
            path = target / f"main-window-{tab}-{width}x{height}-{theme}{suffix}.png"
            window.grab().save(str(path))
            print(path)
            window.close()
        localizer.apply("en")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "resources/screenshots"))
