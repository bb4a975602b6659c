"""User preferences: a typed view over QSettings, and the Settings dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

LANGUAGE_NAMES = {"nl": "Nederlands", "en": "English", "fr": "Français", "de": "Deutsch"}
# Calibrated on tests/data/suggestions (bench/score_suggestions.py --threshold 0.6): at 60 % the
# queue keeps ~85 % of the real events and drops most suggestions an editor would reject.
DEFAULT_REVIEW_THRESHOLD = 60


class AppSettings:
    """The app's preferences with their defaults; values are stored in ``settings`` at once."""

    def __init__(self, settings: QSettings, data_dir: Path) -> None:
        self.qsettings = settings
        self.data_dir = data_dir

    def _text(self, key: str, default: str) -> str:
        value = self.qsettings.value(key, default)
        return str(value) if value is not None else default

    @property
    def import_language(self) -> str | None:
        """Language given to imported files, or None to detect it per file."""
        value = self._text("import/language", "")
        return value if value in LANGUAGE_NAMES else None

    @import_language.setter
    def import_language(self, value: str | None) -> None:
        self.qsettings.setValue("import/language", value or "")

    @property
    def display_language(self) -> str:
        """Language of dates shown in lists and on the timeline ("juni 2023" or "June 2023")."""
        value = self._text("display/language", "nl")
        return value if value in LANGUAGE_NAMES else "nl"

    @display_language.setter
    def display_language(self, value: str) -> None:
        self.qsettings.setValue("display/language", value)

    @property
    def review_threshold(self) -> int:
        """Lowest confidence (percent) the review queue shows by default.

        Confidence is the chance that an editor keeps a suggestion unedited (see
        ``extraction/confidence.py``); the default, :data:`DEFAULT_REVIEW_THRESHOLD`, hides the
        weakest suggestions while keeping about 85 % of the real events on our annotated set.
        """
        default = str(DEFAULT_REVIEW_THRESHOLD)
        try:
            value = int(self._text("review/threshold", default))
        except ValueError:
            return DEFAULT_REVIEW_THRESHOLD
        return min(max(value, 0), 100)

    @review_threshold.setter
    def review_threshold(self, value: int) -> None:
        self.qsettings.setValue("review/threshold", int(value))

    def sync(self) -> None:
        """Write pending values to disk."""
        self.qsettings.sync()


class SettingsDialog(QDialog):
    """Edit the preferences; the data folder is shown and can be opened."""

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.settings = settings
        self.import_language = QComboBox()
        self.import_language.addItem("Detect per article", None)
        self.display_language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.import_language.addItem(name, code)
            self.display_language.addItem(name, code)
        self.import_language.setCurrentIndex(max(self.import_language.findData(settings.import_language), 0))
        self.display_language.setCurrentIndex(max(self.display_language.findData(settings.display_language), 0))
        self.threshold = QSpinBox(minimum=0, maximum=100, singleStep=5, suffix=" %")
        self.threshold.setValue(settings.review_threshold)
        folder = QLabel(str(settings.data_dir))
        folder.setTextInteractionFlags(folder.textInteractionFlags() | folder.textInteractionFlags().TextSelectableByMouse)
        open_folder = QPushButton("Open folder")
        open_folder.clicked.connect(self.open_data_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(folder, 1)
        folder_row.addWidget(open_folder)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow("Import language", self.import_language)
        form.addRow("Date display", self.display_language)
        form.addRow("Review: hide events below", self.threshold)
        form.addRow("Data folder", folder_row)
        form.addRow(buttons)

    def open_data_folder(self) -> bool:
        """Show the data folder in the platform's file manager."""
        self.settings.data_dir.mkdir(parents=True, exist_ok=True)
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.settings.data_dir)))

    def accept(self) -> None:
        self.settings.import_language = self.import_language.currentData()
        self.settings.display_language = str(self.display_language.currentData())
        self.settings.review_threshold = self.threshold.value()
        self.settings.sync()
        super().accept()
