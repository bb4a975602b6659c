"""Start-up as `make run` does it: a new archive is created and seeded with the samples."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer

from timeline_app.app import run_gui
from timeline_app.paths import AppPaths, samples_dir
from timeline_app.services.samples import sample_files
from timeline_app.storage import open_archive
from timeline_app.ui.main_window import MainWindow


def _quit_when_seeded(qapp, seen: list[int]) -> None:
    windows = [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    if windows and windows[0].current_import is None and windows[0].model.rowCount() > 0:
        seen.append(windows[0].model.rowCount())
        windows[0].close()
        qapp.quit()
    else:
        QTimer.singleShot(50, lambda: _quit_when_seeded(qapp, seen))


def test_first_start_seeds_the_samples_then_reopens(qapp, tmp_path: Path) -> None:
    paths = AppPaths(data_dir=tmp_path / "data", db_path=tmp_path / "data" / "archive.sqlite3")
    seen: list[int] = []
    QTimer.singleShot(50, lambda: _quit_when_seeded(qapp, seen))
    QTimer.singleShot(60_000, qapp.quit)  # never hang the suite
    assert run_gui(paths, []) == 0
    assert seen == [len(sample_files(samples_dir()))]
    with open_archive(paths.db_path) as archive, archive.read() as tx:
        assert tx.articles.count() == len(sample_files(samples_dir()))
    assert (tmp_path / "data" / "settings.ini").exists()

    # A second start opens the same archive and does not import again.
    seen.clear()
    QTimer.singleShot(50, lambda: _quit_when_seeded(qapp, seen))
    QTimer.singleShot(60_000, qapp.quit)
    assert run_gui(paths, []) == 0
    assert seen == [len(sample_files(samples_dir()))]
