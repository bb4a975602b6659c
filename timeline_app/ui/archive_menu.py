"""File › New Archive, Open Archive, Open Shared Archive, Open Recent and Open Sample Archive.

The window only asks (file dialogs); opening is the desk's work
(:class:`~timeline_app.ui.desk.Desk`), which listens to the window's ``*_requested`` signals.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMenu, QMessageBox, QWidget

from timeline_app.ui.i18n import tr

if TYPE_CHECKING:
    from timeline_app.ui.main_window import MainWindow

ARCHIVE_SUFFIX = ".sqlite3"


def archive_filter() -> str:
    """The file dialogs' filter for archives."""
    return tr("Timeline archives (*.sqlite3 *.sqlite *.db);;All files (*)")


def start_folder(window: MainWindow) -> str:
    """Where archive dialogs open: the folder of the open archive (the data folder for a shared one)."""
    if window.archive.shared:
        return str(window.app_settings.data_dir)
    return str(Path(window.archive.location).parent)


SHARED_PLACEHOLDER = "postgresql://user@host:5432/archive"


def refuse_unless_shared(parent: QWidget, address: str) -> bool:
    """Say so (and return True) when ``address`` is not a shared archive's ``postgresql://`` address."""
    if address.lower().startswith(("postgresql://", "postgres://")):
        return False
    QMessageBox.information(parent, tr("Open shared archive"), tr(
        "A shared archive's address starts with postgresql:// (for example {example})."
    ).format(example=SHARED_PLACEHOLDER))
    return True


def ask_open_shared_archive(window: MainWindow) -> None:
    """Ask for a shared archive's address (``postgresql://…``), then ask the desk to open it."""
    address, ok = QInputDialog.getText(
        window, tr("Open shared archive"),
        tr("The newsroom's shared archive (PostgreSQL), e.g. {example}.\nA password is best kept in ~/.pgpass.").format(
            example=SHARED_PLACEHOLDER),
        QLineEdit.EchoMode.Normal, "postgresql://",
    )
    address = address.strip()
    if not ok or address in ("", "postgresql://"):
        return
    if refuse_unless_shared(window, address):
        return
    window.open_archive_requested.emit(address)


def ask_new_archive(window: MainWindow) -> None:
    """Ask where the new, empty archive goes, then ask the desk to open it."""
    path, _ = QFileDialog.getSaveFileName(
        window, tr("New archive"), str(Path(start_folder(window)) / (tr("My archive") + ARCHIVE_SUFFIX)),
        archive_filter(),
    )
    if not path:
        return
    chosen = Path(path)
    if not chosen.suffix:
        chosen = chosen.with_suffix(ARCHIVE_SUFFIX)
    if chosen.exists():
        QMessageBox.information(window, tr("New archive"), tr(
            "{path} exists already. Choose another name, or open it with File › Open Archive."
        ).format(path=chosen))
        return
    window.new_archive_requested.emit(str(chosen))


def ask_open_archive(window: MainWindow) -> None:
    """Ask for an archive file, then ask the desk to open it."""
    path, _ = QFileDialog.getOpenFileName(window, tr("Open archive"), start_folder(window), archive_filter())
    if path:
        window.open_archive_requested.emit(path)


def fill_recent_menu(window: MainWindow, menu: QMenu) -> None:
    """The recent archives (not the open one), newest first; a note when there are none."""
    menu.clear()
    here = str(Path(window.archive.location))
    shown = 0
    for number, path in enumerate((p for p in window.app_settings.recent_archives if p != here), start=1):
        name = path if "://" in path else Path(path).name
        label = f"&{number} {name}" if number < 10 else name
        action = menu.addAction(label, lambda p=path: window.open_archive_requested.emit(p))
        action.setToolTip(path)
        action.setStatusTip(path)
        shown += 1
    if not shown:
        menu.addAction(tr("No other archives yet")).setEnabled(False)


def archive_actions(window: MainWindow) -> dict[str, QAction]:
    """The archive actions of the File menu, by name (``recent`` is the submenu's action)."""
    new = QAction(tr("&New Archive…"), window)
    new.setStatusTip(tr("Start an empty archive in a file of your choice"))
    new.triggered.connect(lambda: ask_new_archive(window))
    opened = QAction(tr("&Open Archive…"), window)
    opened.setShortcut("Ctrl+Alt+O")
    opened.setStatusTip(tr("Open another archive file"))
    opened.triggered.connect(lambda: ask_open_archive(window))
    shared = QAction(tr("Open S&hared Archive…"), window)
    shared.setStatusTip(tr("Open the newsroom's shared archive on a PostgreSQL server"))
    shared.triggered.connect(lambda: ask_open_shared_archive(window))
    recent = QMenu(tr("Open &Recent"), window)
    recent.aboutToShow.connect(lambda: fill_recent_menu(window, recent))
    fill_recent_menu(window, recent)
    samples = QAction(tr("Open &Sample Archive"), window)
    samples.setStatusTip(tr("The sample articles, in an archive of their own"))
    samples.triggered.connect(window.sample_archive_requested)
    return {"new_archive": new, "open_archive": opened, "open_shared_archive": shared,
            "recent_archives": recent.menuAction(), "sample_archive": samples}
