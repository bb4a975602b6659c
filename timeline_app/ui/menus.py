"""Menus, toolbar and shortcuts of the main window (platform conventions).

No two actions of the window share a key sequence (Qt would call it ambiguous and run neither);
:func:`unique_sequences` drops the repeats a platform's standard keys can bring (the Redo keys
of GNOME and KDE already hold Ctrl+Shift+Z).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QGuiApplication, QKeySequence

from timeline_app.ui.archive_menu import archive_actions
from timeline_app.ui.i18n import tr

if TYPE_CHECKING:
    from timeline_app.ui.main_window import MainWindow

Keys = QKeySequence | QKeySequence.StandardKey | str


def unique_sequences(keys: Iterable[Keys]) -> list[QKeySequence]:
    """The key sequences of ``keys`` (standard keys expanded to this platform's), each once, in order."""
    found: list[QKeySequence] = []
    for key in keys:
        sequences = QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey) else [QKeySequence(key)]
        for sequence in sequences:
            if not sequence.isEmpty() and sequence not in found:
                found.append(sequence)
    return found


def _action(window: MainWindow, text: str, slot: object, shortcut: Keys | None = None, tip: str = "") -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcuts(unique_sequences([shortcut]))
    if tip:
        action.setStatusTip(tip)
    action.triggered.connect(slot)  # type: ignore[arg-type]
    return action


def build_menus(window: MainWindow) -> dict[str, QAction]:
    """Create the menu bar and toolbar of ``window``; returns the actions by name."""
    actions = {
        "import_files": _action(window, tr("&Import Files…"), window.imports.choose_files,
                                QKeySequence.StandardKey.Open,
                                tr("Import article files (HTML, text, Markdown, Word, PDF)")),
        "import_folder": _action(window, tr("Import &Folder…"), window.imports.choose_folder, "Ctrl+Shift+O",
                                 tr("Import every article in a folder and its subfolders")),
        "paste": _action(window, tr("New Article from &Clipboard…"),
                         lambda: window.imports.paste(QGuiApplication.clipboard().text()), "Ctrl+Shift+V",
                         tr("Paste text as a new article")),
        "export": _action(window, tr("&Export Timeline…"), lambda: window.exports.export(window.canvas.document.timeline_id), "Ctrl+E",
                          tr("Publish the open timeline as PNG, SVG, PDF, HTML or TimelineJS data")),
        "settings": _action(window, tr("Se&ttings…"), window.open_settings, QKeySequence.StandardKey.Preferences),
        "quit": _action(window, tr("&Quit"), window.close, QKeySequence.StandardKey.Quit),
        "find": _action(window, tr("&Find in Archive"), window.navigation.focus_search, QKeySequence.StandardKey.Find,
                        tr("Search articles and events (Ctrl+F)")),
        "focus_queue": _action(window, tr("Go to the Review &Queue"), window.navigation.focus_queue, "Ctrl+3",
                               tr("Put the keyboard focus in the review queue")),
        "focus_archive": _action(window, tr("Go to the &Archive List"), window.archive_panel.focus_filter,
                                 "Ctrl+L", tr("Put the keyboard focus in the archive's filter box")),
    }
    actions.update(archive_actions(window))
    undo = window.ops.undo_action(window)
    undo.setShortcuts(unique_sequences([QKeySequence.StandardKey.Undo]))
    redo = window.ops.redo_action(window)
    redo.setShortcuts(unique_sequences(["Ctrl+Shift+Z", QKeySequence.StandardKey.Redo]))
    actions["undo"], actions["redo"] = undo, redo

    file_menu = window.menuBar().addMenu(tr("&File"))
    file_menu.addActions([actions["new_archive"], actions["open_archive"], actions["open_shared_archive"],
                          actions["recent_archives"],
                          actions["sample_archive"]])
    file_menu.addSeparator()
    file_menu.addActions([actions["import_files"], actions["import_folder"], actions["paste"]])
    file_menu.addSeparator()
    file_menu.addAction(actions["export"])
    file_menu.addSeparator()
    file_menu.addAction(actions["settings"])
    file_menu.addSeparator()
    file_menu.addAction(actions["quit"])

    edit_menu = window.menuBar().addMenu(tr("&Edit"))
    edit_menu.addActions([undo, redo])
    edit_menu.addSeparator()
    edit_menu.addAction(actions["find"])

    events_menu = window.menuBar().addMenu(tr("E&vents"))
    review = window.review.review_actions
    for name in ("accept", "reject", "return_to_queue", "edit", "merge", "add_to_timeline"):
        events_menu.addAction(getattr(review, name))

    timeline_menu = window.menuBar().addMenu(tr("&Timeline"))
    timeline_menu.addMenu(window.timelines.new_menu)
    actions["draft"] = _action(window, tr("Dr&aft Timeline…"), lambda: window.navigation.draft_timeline(), "Ctrl+Shift+D",
                               tr("Rank the dates the articles name and propose a timeline of the moments that matter"))
    timeline_menu.addAction(actions["draft"])
    actions["clear_draft_marks"] = timeline_menu.addAction(
        tr("Clear Draft &Marks"), lambda: window.drafts.clear_marks(window.canvas.document.timeline_id))
    timeline_menu.addSeparator()
    actions["rename_timeline"] = timeline_menu.addAction(tr("&Rename…"), window.timelines.ask_rename)
    actions["duplicate_timeline"] = timeline_menu.addAction(tr("&Duplicate"), window.timelines.duplicate_current)
    actions["delete_timeline"] = timeline_menu.addAction(tr("De&lete"), window.timelines.delete_current)
    timeline_menu.addSeparator()
    for action in window.canvas.keyboard_actions():
        timeline_menu.addAction(action)

    view_menu = window.menuBar().addMenu(tr("V&iew"))
    for dock in (window.review_dock, window.search_dock):
        view_menu.addAction(dock.toggleViewAction())
    view_menu.addSeparator()
    view_menu.addAction(_action(window, tr("&Article"), lambda: window.tabs.setCurrentIndex(0), "Ctrl+1"))
    view_menu.addAction(_action(window, tr("&Timeline"), window.navigation.show_timeline_tab, "Ctrl+2"))
    view_menu.addActions([actions["focus_queue"], actions["focus_archive"]])

    toolbar = window.addToolBar(tr("Main"))
    toolbar.setObjectName("main_toolbar")
    toolbar.setMovable(False)
    toolbar.addActions([actions["import_files"], actions["import_folder"], actions["paste"]])
    toolbar.addSeparator()
    toolbar.addActions([undo, redo])
    toolbar.addSeparator()
    toolbar.addAction(actions["find"])
    toolbar.addAction(actions["export"])
    return actions
