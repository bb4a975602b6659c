"""File > Export (Ctrl+E): options with a live preview, then the export as a background job."""

from __future__ import annotations

import datetime as _dt
import re
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from timeline_app.services import timeline_ops
from timeline_app.services.jobs import JobControl
from timeline_app.services.publishing import ExportOptions, export_timeline, load_published, sources_language
from timeline_app.storage import Archive
from timeline_app.ui.i18n import LANGUAGE_NAMES, tr
from timeline_app.ui.jobs import JobHandle, JobRunner
from timeline_app.ui.ops import OpRunner
from timeline_app.ui.settings import AppSettings

SUFFIXES = {"png": ".png", "svg": ".svg", "pdf": ".pdf", "html": ".html", "timelinejs": ".json", "csv": ".csv"}


def format_label(fmt: str) -> str:
    """The export format as the dialog names it."""
    return {
        "png": tr("PNG image"),
        "svg": tr("SVG image"),
        "pdf": tr("PDF (landscape)"),
        "html": tr("Interactive web page (HTML)"),
        "timelinejs": tr("TimelineJS data (JSON)"),
        "csv": tr("TimelineJS spreadsheet (CSV)"),
    }[fmt]


def documents_folder() -> str:
    """The user's Documents folder (where a first export is offered)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return folder if folder and Path(folder).is_dir() else str(Path.home())
PREVIEW_WIDTH = 1200
_SAFE_NAME = re.compile(r"[^\w\- ]+")


def _date(text: str) -> _dt.date | None:
    text = text.strip()
    return _dt.date.fromisoformat(text) if text else None


class ExportDialog(QDialog):
    """Choose format and options; the preview shows what the image exports will contain."""

    def __init__(self, archive: Archive, timeline_id: int, parent: QWidget | None = None, *,
                 language: str | None = None) -> None:
        super().__init__(parent)
        self.archive = archive
        self.timeline_id = timeline_id
        self.setWindowTitle(tr("Export timeline"))
        self.resize(1100, 720)
        with archive.read() as tx:
            timeline = tx.timelines.get_required(timeline_id)
        self.stored_language = timeline.language
        self.format = QComboBox()
        for code in SUFFIXES:
            self.format.addItem(format_label(code), code)
        self.language = QComboBox()
        self.sources_language = sources_language(archive, timeline_id)
        self.language.addItem(tr("Most sources’ language ({language})").format(
            language=LANGUAGE_NAMES.get(self.sources_language, self.sources_language)), None)
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setToolTip(tr("Language of the labels and dates of this timeline’s exports; "
                                    "the timeline keeps it"))
        self.language.setCurrentIndex(max(self.language.findData(language or timeline.language), 0))
        self.title = QLineEdit(timeline.name)
        self.subtitle = QLineEdit(timeline.description)
        self.date_from = QLineEdit(placeholderText=tr("YYYY-MM-DD (all when empty)"))
        self.date_to = QLineEdit(placeholderText=tr("YYYY-MM-DD"))
        self.lanes = QListWidget()
        self.lanes.setMaximumHeight(110)
        for lane in timeline.lanes:
            item = QListWidgetItem(lane.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.lanes.addItem(item)
        self.width = QSpinBox(minimum=0, maximum=20_000, singleStep=100, specialValueText=tr("automatic"))
        self.scale = QSpinBox(minimum=1, maximum=4, suffix="×")
        self.theme = QComboBox()
        self.theme.addItem(tr("Light"), "light")
        self.theme.addItem(tr("Dark"), "dark")
        self.page = QComboBox()
        self.page.addItem(tr("A4 landscape"), "a4")
        self.page.addItem(tr("A3 landscape"), "a3")
        self.include_sources = QCheckBox(tr("List the sources"))
        self.include_sources.setChecked(True)
        self.error = QLabel()
        self.error.setStyleSheet("color: #c0392b;")
        self.preview = QLabel(tr("Preview"))
        self.preview.setAccessibleName(tr("Preview of the export"))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scroll = QScrollArea()
        scroll.setWidget(self.preview)
        scroll.setWidgetResizable(True)
        self.preview_area = scroll
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(tr("Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        for label, widget in ((tr("&Format"), self.format), (tr("&Language"), self.language),
                              (tr("T&itle"), self.title), (tr("&Subtitle"), self.subtitle),
                              (tr("F&rom"), self.date_from), (tr("&To"), self.date_to), (tr("La&nes"), self.lanes),
                              (tr("&Width (px)"), self.width), (tr("S&cale"), self.scale), (tr("T&heme"), self.theme),
                              (tr("PDF &paper"), self.page)):
            form.addRow(label, widget)
        form.addRow(self.include_sources)
        form.addRow(self.error)
        side = QWidget()
        side.setLayout(form)
        side.setMaximumWidth(380)
        body = QHBoxLayout()
        body.addWidget(side)
        body.addWidget(scroll, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self, singleShot=True, interval=300)
        self._timer.timeout.connect(self.update_preview)
        for edit in (self.title, self.subtitle, self.date_from, self.date_to):
            edit.textChanged.connect(self._timer.start)
        for combo in (self.format, self.theme, self.page, self.language):
            combo.currentIndexChanged.connect(self._timer.start)
        self.lanes.itemChanged.connect(self._timer.start)
        self.include_sources.toggled.connect(self._timer.start)
        self.format.currentIndexChanged.connect(self._update_enabled)
        self._update_enabled()
        self.update_preview()

    @property
    def fmt(self) -> str:
        """The chosen format code."""
        return str(self.format.currentData())

    def options(self) -> ExportOptions:
        """The chosen options (``ValueError`` with a readable message when they are not valid)."""
        try:
            date_from, date_to = _date(self.date_from.text()), _date(self.date_to.text())
        except ValueError:
            raise ValueError(tr("Dates are YYYY-MM-DD")) from None
        lanes = tuple(
            self.lanes.item(i).text() for i in range(self.lanes.count())
            if self.lanes.item(i).checkState() == Qt.CheckState.Checked
        )
        if self.lanes.count() and not lanes:
            raise ValueError(tr("Choose at least one lane"))
        all_lanes = len(lanes) == self.lanes.count()
        return ExportOptions(
            date_from=date_from,
            date_to=date_to,
            lanes=() if all_lanes else lanes,
            title=self.title.text().strip() or None,
            subtitle=self.subtitle.text().strip() or None,
            width=self.width.value() or None,
            scale=float(self.scale.value()),
            theme=str(self.theme.currentData()),
            page=str(self.page.currentData()),
            include_sources=self.include_sources.isChecked(),
            language=self.chosen_language or self.sources_language,
        )

    @property
    def chosen_language(self) -> str | None:
        """The publication language chosen (None: the language most of the sources are in)."""
        value = self.language.currentData()
        return str(value) if value else None

    def update_preview(self) -> None:
        """Render the image the current options give (fit to the preview width)."""
        from timeline_app.export.image import TimelinePicture, auto_width, render_png

        self._timer.stop()
        try:
            options = self.options()
        except ValueError as exc:
            self.error.setText(str(exc))
            self.export_button.setEnabled(False)
            return
        self.error.clear()
        self.export_button.setEnabled(True)
        published = load_published(self.archive, self.timeline_id, options)
        width = options.width or auto_width(published)
        picture = TimelinePicture(published, width, options.theme)
        image = render_png(picture, 1.0)
        pixmap = QPixmap.fromImage(image)
        room = self.preview_area.viewport().width() - 8
        fit = room if room > 200 else PREVIEW_WIDTH
        if pixmap.width() > fit:
            pixmap = pixmap.scaledToWidth(fit, Qt.TransformationMode.SmoothTransformation)
        self.preview.setPixmap(pixmap)
        entries = len(published.entries)
        self.preview.setToolTip(tr("{n} events, {width} px wide").format(n=entries, width=width))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._timer.start()  # fit the preview to the shown size

    def _update_enabled(self) -> None:
        image = self.fmt in ("png", "svg", "pdf")
        self.width.setEnabled(image)
        self.scale.setEnabled(self.fmt == "png")
        self.page.setEnabled(self.fmt == "pdf")

    def ask_path(self, folder: str = "") -> Path | None:
        """Ask where to write the export, starting in ``folder`` (else Documents); the path is used as given."""
        label, suffix = format_label(self.fmt), SUFFIXES[self.fmt]
        # Only a suggestion the editor confirms; no path separators or odd characters from the title.
        name = (_SAFE_NAME.sub("", self.title.text()).strip()[:80] or tr("timeline")) + suffix
        start = folder if folder and Path(folder).is_dir() else documents_folder()
        path, _ = QFileDialog.getSaveFileName(self, tr("Export timeline"), str(Path(start) / name),
                                              f"{label} (*{suffix})")
        return Path(path) if path else None


class ExportController(QObject):
    """File > Export: the dialog, then the export as a background job reported in the status bar."""

    notice_posted = Signal(str)

    def __init__(self, archive: Archive, runner: JobRunner, parent_widget: QWidget, *,
                 ops: OpRunner | None = None, settings: AppSettings | None = None) -> None:
        super().__init__(parent_widget)
        self.archive = archive
        self.runner = runner
        self.parent_widget = parent_widget
        self.ops = ops
        self.settings = settings

    def export(self, timeline_id: int | None, language: str | None = None) -> JobHandle | None:
        """Ask options and a file for ``timeline_id``, then write it; None when nothing was started.

        The dialog starts in the timeline's publication language (``language`` overrides it);
        a language chosen there becomes the timeline's (an undoable op). The file dialog opens
        in the folder of the last export, the first time in Documents.
        """
        if timeline_id is None:
            self.notice_posted.emit(tr("Open a timeline first (Timelines, left)"))
            return None
        dialog = ExportDialog(self.archive, timeline_id, self.parent_widget, language=language)
        if not dialog.exec():
            return None
        chosen = dialog.chosen_language
        if self.ops is not None and chosen != dialog.stored_language:
            name = LANGUAGE_NAMES.get(chosen or "", tr("most sources’ language"))
            self.ops.run(timeline_ops.SetTimelineLanguage(timeline_id, chosen, tr(
                "Publication language: {language}").format(language=name)), on_failed=self.notice_posted.emit)
        path = dialog.ask_path(self.settings.export_folder if self.settings is not None else "")
        if path is None:
            return None
        if self.settings is not None:
            self.settings.export_folder = str(path.parent)
        return self.start(timeline_id, dialog.fmt, path, dialog.options())

    def start(self, timeline_id: int, fmt: str, path: Path, options: ExportOptions) -> JobHandle:
        """Write an export in the background (temp file, then rename)."""
        archive = self.archive

        def job(control: JobControl) -> Path:
            return export_timeline(archive, timeline_id, fmt, path, options, control)

        handle = self.runner.start(job, parent=self, reads_only=True)  # beside the writer: edits go on
        handle.succeeded.connect(self._on_done)
        handle.failed.connect(self._on_failed)
        self.notice_posted.emit(tr("Exporting to {path}…").format(path=path))
        return handle

    def _on_done(self, written: object) -> None:
        self.notice_posted.emit(tr("Exported to {path}").format(path=written))

    def _on_failed(self, message: str) -> None:
        QMessageBox.critical(self.parent_widget, tr("Export failed"),
                             tr("Nothing was written: {reason}").format(reason=message))
