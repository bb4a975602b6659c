"""Saving and restoring the main window's layout between runs (geometry, docks, splitters...)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt

from timeline_app.ui.i18n import tr

if TYPE_CHECKING:
    from timeline_app.ui.main_window import MainWindow


def _parts(window: MainWindow) -> list[tuple[str, Callable[[], QByteArray], Callable[[QByteArray], object]]]:
    header = window.archive_panel.table.horizontalHeader()
    return [
        ("main/geometry", window.saveGeometry, window.restoreGeometry),
        ("main/state", window.saveState, window.restoreState),
        ("main/splitter", window.splitter.saveState, window.splitter.restoreState),
        ("main/sidebar", window.sidebar_splitter.saveState, window.sidebar_splitter.restoreState),
        ("main/timeline_splitter", window.timeline_splitter.saveState, window.timeline_splitter.restoreState),
        ("main/articles_header", header.saveState, header.restoreState),
    ]


def _archive_key(window: MainWindow, name: str) -> str:
    """A settings key of the open archive's own (the open timeline of one archive is not another's)."""
    digest = hashlib.sha1(str(Path(window.archive.location).resolve()).encode("utf-8")).hexdigest()[:12]
    return f"archive_{digest}/{name}"


def restore_window_state(window: MainWindow, settings: QSettings) -> bool:
    """Put back what :func:`save_window_state` stored; True when a saved layout was found."""
    found = False
    for key, _save, restore in _parts(window):
        value = settings.value(key)
        if isinstance(value, QByteArray):
            restore(value)
            found = True
    timeline = settings.value(_archive_key(window, "timeline"))
    if timeline not in (None, ""):
        window.timelines.select(int(str(timeline)))
    window.tabs.setCurrentIndex(int(str(settings.value("main/tab", 0))))
    return found


def save_window_state(window: MainWindow, settings: QSettings) -> None:
    """Store the layout, the open timeline and the open tab."""
    for key, save, _restore in _parts(window):
        settings.setValue(key, save())
    settings.setValue(_archive_key(window, "timeline"), window.timelines.current_id or "")
    settings.setValue("main/tab", window.tabs.currentIndex())
    settings.sync()


def name_widgets(window: MainWindow) -> None:
    """Accessible names of the lists and views a screen reader lands in."""
    for widget, name in ((window.archive_panel.table, tr("Articles")), (window.timelines.view, tr("Timelines")),
                         (window.review.table, tr("Review queue")), (window.reader.browser, tr("Article text")),
                         (window.sources, tr("Sources of the selected events")),
                         (window.search.article_list, tr("Articles found")),
                         (window.search.event_list, tr("Events found")), (window.search.query, tr("Search"))):
        widget.setAccessibleName(name)


def size_docks(window: MainWindow, rows: int) -> None:
    """First start: the review queue shows ``rows`` rows (at most 45 % of the height); the rest is for reading."""
    table = window.review.table
    chrome = window.review_dock.height() - table.viewport().height()
    wanted = chrome + rows * table.verticalHeader().defaultSectionSize()
    window.resizeDocks([window.review_dock], [min(wanted, int(window.height() * 0.45))], Qt.Orientation.Vertical)
