"""The strip above the window's panels that says the archive is open read-only."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from timeline_app.ui.i18n import tr


class ReadOnlyBanner(QFrame):
    """A yellow strip: the archive can be read but not changed, and why."""

    def __init__(self, location: str, parent: QWidget | None = None, *, shared: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("read_only_banner")
        self.setStyleSheet("#read_only_banner{background:#fff3c4;border-bottom:1px solid #e0c060}"
                           "#read_only_banner QLabel{color:#3a2e00}")
        text = (tr("<b>Read-only archive.</b> {path} is shared with a role that may only read: you can read, "
                   "search and export; importing and editing are off (ask the database administrator for a role "
                   "that may write).") if shared else
                tr("<b>Read-only archive.</b> {path} cannot be changed here (file permissions or a read-only "
                   "medium): you can read, search and export; importing and editing are off."))
        self.label = QLabel(text.replace("{path}", _escape(location)))
        self.label.setWordWrap(True)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 10, 6)
        row.addWidget(self.label)


def with_banner(banner: QWidget, content: QWidget) -> QWidget:
    """A widget showing ``banner`` above ``content``."""
    holder = QWidget()
    column = QVBoxLayout(holder)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(0)
    column.addWidget(banner)
    column.addWidget(content, 1)
    return holder


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
