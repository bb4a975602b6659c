"""Strips above the window's panels that say something about the open archive (the sample
archive, later others), and the column that holds them."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from timeline_app.ui.i18n import tr

# Dark text on a light tint in both themes: 10.9:1 (tests/ui/test_contrast.py checks it).
BANNER_STYLE = ("#{name}{{background:#e3eefc;border-bottom:1px solid #9fbde6}}"
                "#{name} QLabel{{color:#14283f}}")


class SampleArchiveBanner(QFrame):
    """"This is the sample archive" with the one button that starts the editor's own archive."""

    own_archive_requested = Signal()

    def __init__(self, own_exists: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sample_banner")
        self.setStyleSheet(BANNER_STYLE.format(name="sample_banner"))
        self.setAccessibleName(tr("Sample archive"))
        self.label = QLabel(tr(
            "<b>Sample archive.</b> These articles are here to try the app with: import, review, "
            "arrange and export as you like. Your own articles go into an archive of your own."
        ))
        self.label.setWordWrap(True)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        text = tr("Open My Archive") if own_exists else tr("Start My Own Archive")
        self.button = QPushButton(text)
        self.button.setToolTip(tr("Leave the samples here and work in your own archive"))
        self.button.clicked.connect(self.own_archive_requested)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 10, 6)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)


class BannerColumn(QWidget):
    """Banners (top, newest last) above the window's content."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content = content
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(0)
        self._column.addWidget(content, 1)

    def add_banner(self, banner: QWidget) -> None:
        """Show ``banner`` above the content (below the banners so far)."""
        self._column.insertWidget(self._column.count() - 1, banner)

    def banners(self) -> list[QWidget]:
        """The banners shown, top to bottom."""
        found = []
        for i in range(self._column.count() - 1):
            item = self._column.itemAt(i)
            widget = item.widget() if item is not None else None
            if widget is not None:
                found.append(widget)
        return found
