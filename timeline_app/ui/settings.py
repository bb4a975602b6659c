"""User preferences: a typed view over QSettings, and the Settings dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from timeline_app.ui.archive_menu import archive_filter, refuse_unless_shared
from timeline_app.ui.i18n import LANGUAGE_NAMES, LANGUAGES, resolve_language, system_language, tr

# Calibrated on tests/data/suggestions (bench/score_suggestions.py --threshold 0.6): at 60 % the
# queue keeps ~85 % of the real events and drops most suggestions an editor would reject.
DEFAULT_REVIEW_THRESHOLD = 60
RECENT_LIMIT = 8


class AppSettings:
    """The app's preferences with their defaults; values are stored in ``settings`` at once.

    ``locale`` stands for the system locale (tests pass their own).
    """

    def __init__(self, settings: QSettings, data_dir: Path, locale: QLocale | None = None) -> None:
        self.qsettings = settings
        self.data_dir = data_dir
        self.locale = locale

    def _text(self, key: str, default: str) -> str:
        value = self.qsettings.value(key, default)
        return str(value) if value is not None else default

    @property
    def import_language(self) -> str | None:
        """Language given to imported files, or None to detect it per file."""
        value = self._text("import/language", "")
        return value if value in LANGUAGES else None

    @import_language.setter
    def import_language(self, value: str | None) -> None:
        self.qsettings.setValue("import/language", value or "")

    @property
    def interface_choice(self) -> str | None:
        """The interface language the editor chose, or None to follow the system."""
        value = self._text("interface/language", "")
        return value if value in LANGUAGES else None

    @interface_choice.setter
    def interface_choice(self, value: str | None) -> None:
        self.qsettings.setValue("interface/language", value or "")

    @property
    def interface_language(self) -> str:
        """The language of menus, dialogs and dates shown in the app (the choice, else the system's)."""
        return resolve_language(self.interface_choice, self.locale)

    @property
    def display_language(self) -> str:
        """Language of dates shown in lists and on the timeline: the interface language."""
        return self.interface_language

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

    @property
    def export_folder(self) -> str:
        """The folder of the last export ("" before the first one)."""
        return self._text("export/folder", "")

    @export_folder.setter
    def export_folder(self, value: str) -> None:
        self.qsettings.setValue("export/folder", value)

    @property
    def recent_archives(self) -> list[str]:
        """Archive files opened lately, newest first."""
        value = self.qsettings.value("archives/recent", [])
        items = [value] if isinstance(value, str) else list(value or [])
        return [str(item) for item in items if str(item)]

    def remember_archive(self, path: str) -> None:
        """Put ``path`` first among the recent archives and make it the one the next start opens."""
        recent = [path, *(p for p in self.recent_archives if p != path)][:RECENT_LIMIT]
        self.qsettings.setValue("archives/recent", recent)
        self.qsettings.setValue("archives/last", path)
        self.qsettings.sync()

    def forget_archive(self, path: str) -> None:
        """Drop ``path`` from the recent archives (it is gone)."""
        self.qsettings.setValue("archives/recent", [p for p in self.recent_archives if p != path])
        if self.last_archive == path:
            self.qsettings.remove("archives/last")
        self.qsettings.sync()

    @property
    def last_archive(self) -> str:
        """The archive the app had open last ("" when none was remembered)."""
        return self._text("archives/last", "")

    def sync(self) -> None:
        """Write pending values to disk."""
        self.qsettings.sync()


class SettingsDialog(QDialog):
    """Edit the preferences and choose the archive; the data folder is shown and can be opened.

    ``archive``: the open archive as shown to the editor (a file, or a shared archive's address
    with its password masked); another one typed or chosen here is :meth:`chosen_archive`.
    """

    def __init__(self, settings: AppSettings, parent: QWidget | None = None, *, archive: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Settings"))
        self.settings = settings
        self._archive = archive
        self.archive_edit = QLineEdit(archive)
        self.archive_edit.setMinimumWidth(self.archive_edit.fontMetrics().horizontalAdvance("x") * 48)
        self.archive_edit.setCursorPosition(0)  # the start of a long path or address, not its end
        self.archive_edit.setToolTip(tr(
            "An archive file (.sqlite3), or the address of the newsroom's shared archive "
            "(postgresql://user@host/archive). Another archive opens when you press OK."
        ))
        self.archive_edit.setAccessibleName(tr("Archive"))
        choose_file = QPushButton(tr("Choose File…"))
        choose_file.clicked.connect(self._choose_archive_file)
        archive_row = QHBoxLayout()
        archive_row.addWidget(self.archive_edit, 1)
        archive_row.addWidget(choose_file)
        self.interface_language = QComboBox()
        system = LANGUAGE_NAMES[system_language(settings.locale)]
        self.interface_language.addItem(tr("Same as the system ({language})").format(language=system), None)
        self.import_language = QComboBox()
        self.import_language.addItem(tr("Detect per article"), None)
        for code, name in LANGUAGE_NAMES.items():
            self.interface_language.addItem(name, code)
            self.import_language.addItem(name, code)
        self.interface_language.setCurrentIndex(max(self.interface_language.findData(settings.interface_choice), 0))
        self.import_language.setCurrentIndex(max(self.import_language.findData(settings.import_language), 0))
        self.threshold = QSpinBox(minimum=0, maximum=100, singleStep=5, suffix=" %")
        self.threshold.setValue(settings.review_threshold)
        folder = QLabel(str(settings.data_dir))
        folder.setTextInteractionFlags(folder.textInteractionFlags() | folder.textInteractionFlags().TextSelectableByMouse)
        open_folder = QPushButton(tr("Open folder"))
        open_folder.clicked.connect(self.open_data_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(folder, 1)
        folder_row.addWidget(open_folder)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(tr("Archive"), archive_row)
        form.addRow(tr("Interface language"), self.interface_language)
        form.addRow(tr("Language of imported articles"), self.import_language)
        form.addRow(tr("Review: hide events below"), self.threshold)
        form.addRow(tr("Data folder"), folder_row)
        form.addRow(buttons)

    def open_data_folder(self) -> bool:
        """Show the data folder in the platform's file manager."""
        self.settings.data_dir.mkdir(parents=True, exist_ok=True)
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.settings.data_dir)))

    def _choose_archive_file(self) -> None:
        current = self.archive_edit.text().strip()
        folder = str(Path(current).parent) if current and "://" not in current else str(self.settings.data_dir)
        path, _ = QFileDialog.getOpenFileName(self, tr("Open archive"), folder, archive_filter())
        if path:
            self.archive_edit.setText(path)

    def chosen_archive(self) -> str | None:
        """The archive the editor asked for when it is not the open one, else None."""
        chosen = self.archive_edit.text().strip()
        return chosen if chosen and chosen != self._archive else None

    def accept(self) -> None:
        chosen = self.chosen_archive()
        if chosen is not None and "://" in chosen and refuse_unless_shared(self, chosen):
            return
        self.settings.interface_choice = self.interface_language.currentData()
        self.settings.import_language = self.import_language.currentData()
        self.settings.review_threshold = self.threshold.value()
        self.settings.sync()
        super().accept()
