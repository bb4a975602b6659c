"""Menus, toolbar and shortcuts of the main window (platform conventions)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QGuiApplication, QKeySequence

if TYPE_CHECKING:
    from timeline_app.ui.main_window import MainWindow


def _action(window: MainWindow, text: str, slot: object, shortcut: QKeySequence | str | None = None,
            tip: str = "") -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut) if isinstance(shortcut, str) else shortcut)
    if tip:
        action.setStatusTip(tip)
    action.triggered.connect(slot)  # type: ignore[arg-type]
    return action


def build_menus(window: MainWindow) -> dict[str, QAction]:
    """Create the menu bar and toolbar of ``window``; returns the actions by name."""
    actions = {
        "import_files": _action(window, "&Import Files…", window.imports.choose_files, QKeySequence.StandardKey.Open,
                                "Import article files (HTML, text, Markdown, Word, PDF)"),
        "import_folder": _action(window, "Import &Folder…", window.imports.choose_folder, "Ctrl+Shift+O",
                                 "Import every article in a folder and its subfolders"),
        "paste": _action(window, "New Article from &Clipboard…",
                         lambda: window.imports.paste(QGuiApplication.clipboard().text()), "Ctrl+Shift+V",
                         "Paste text as a new article"),
        "export": _action(window, "&Export Timeline…",
                          lambda: window.exports.export(window.canvas.document.timeline_id,
                                                        window.app_settings.display_language), "Ctrl+E",
                          "Publish the open timeline as PNG, SVG, PDF, HTML or TimelineJS data"),
        "settings": _action(window, "&Settings…", window.open_settings, QKeySequence.StandardKey.Preferences),
        "quit": _action(window, "&Quit", window.close, QKeySequence.StandardKey.Quit),
        "find": _action(window, "&Find in Archive", window.focus_search, QKeySequence.StandardKey.Find,
                        "Search articles and events (Ctrl+F)"),
    }
    undo = window.ops.undo_action(window)
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = window.ops.redo_action(window)
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence(QKeySequence.StandardKey.Redo)])
    actions["undo"], actions["redo"] = undo, redo

    file_menu = window.menuBar().addMenu("&File")
    file_menu.addActions([actions["import_files"], actions["import_folder"], actions["paste"]])
    file_menu.addSeparator()
    file_menu.addAction(actions["export"])
    file_menu.addSeparator()
    file_menu.addAction(actions["settings"])
    file_menu.addSeparator()
    file_menu.addAction(actions["quit"])

    edit_menu = window.menuBar().addMenu("&Edit")
    edit_menu.addActions([undo, redo])
    edit_menu.addSeparator()
    edit_menu.addAction(actions["find"])

    events_menu = window.menuBar().addMenu("E&vents")
    review = window.review.review_actions
    for name in ("accept", "reject", "return_to_queue", "edit", "merge", "add_to_timeline"):
        events_menu.addAction(getattr(review, name))

    timeline_menu = window.menuBar().addMenu("&Timeline")
    timeline_menu.addMenu(window.timelines.new_menu)
    actions["draft"] = _action(window, window.tr("Dr&aft Timeline…"), lambda: window.draft_timeline(), "Ctrl+Shift+D",
                               window.tr("Rank the dates the articles name and propose a timeline of the moments that matter"))
    timeline_menu.addAction(actions["draft"])
    timeline_menu.addAction(window.tr("Clear Draft &Marks"),
                            lambda: window.drafts.clear_marks(window.canvas.document.timeline_id))
    timeline_menu.addSeparator()
    timeline_menu.addAction("&Rename…", window.timelines.ask_rename)
    timeline_menu.addAction("&Duplicate", window.timelines.duplicate_current)
    timeline_menu.addAction("De&lete", window.timelines.delete_current)

    view_menu = window.menuBar().addMenu("V&iew")
    for dock in (window.review_dock, window.search_dock):
        view_menu.addAction(dock.toggleViewAction())
    view_menu.addSeparator()
    view_menu.addAction(_action(window, "&Article", lambda: window.tabs.setCurrentIndex(0), "Ctrl+1"))
    view_menu.addAction(_action(window, "&Timeline", lambda: window.tabs.setCurrentIndex(1), "Ctrl+2"))

    toolbar = window.addToolBar("Main")
    toolbar.setObjectName("main_toolbar")
    toolbar.setMovable(False)
    toolbar.addActions([actions["import_files"], actions["import_folder"], actions["paste"]])
    toolbar.addSeparator()
    toolbar.addActions([undo, redo])
    toolbar.addSeparator()
    toolbar.addAction(actions["find"])
    toolbar.addAction(actions["export"])
    return actions
