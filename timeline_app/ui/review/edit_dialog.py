"""Edit one event: headline, description, date (typed, parsed live), precision, tags."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from timeline_app.domain.dates import DateSpan, Precision, Qualifier
from timeline_app.domain.display import format_span
from timeline_app.domain.models import Event
from timeline_app.extraction.user_dates import parse_user_date
from timeline_app.services.review import EventEdit, span_at_precision
from timeline_app.ui.i18n import precision_label, qualifier_label, tr

PRECISION_CHOICES = (
    Precision.MINUTE, Precision.HOUR, Precision.DAY, Precision.WEEK, Precision.MONTH, Precision.SEASON,
    Precision.QUARTER, Precision.HALF_YEAR, Precision.YEAR, Precision.DECADE, Precision.CENTURY, Precision.UNKNOWN,
)
_PARSE_DELAY_MS = 120


def precision_name(precision: Precision) -> str:
    """``half year`` for ``Precision.HALF_YEAR`` (in the interface language)."""
    return precision_label(precision)


def describe_span(span: DateSpan, language: str | None) -> str:
    """The live preview text: "juni 2023, month, approximate"."""
    parts = [format_span(span, language), precision_name(span.precision)]
    if span.approximate:
        parts.append(tr("approximate"))
    if span.qualifier is not None:
        parts.append(qualifier_label(span.qualifier))
    return ", ".join(parts)


class EventEditDialog(QDialog):
    """A form for one event; :meth:`edit` gives the result after the dialog is accepted.

    Typed dates are read with ``parse_user_date`` against the article's publication date and
    language; the precision, approximate and qualifier controls then refine the parsed span.
    """

    def __init__(
        self,
        event: Event,
        *,
        reference_date: dt.date | None,
        language: str | None,
        display_language: str = "nl",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Edit event"))
        self.setMinimumWidth(520)
        self._reference = reference_date
        self._language = language
        self._display = display_language
        self._span: DateSpan | None = event.span
        self._parse_timer = QTimer(self, singleShot=True, interval=_PARSE_DELAY_MS)
        self._parse_timer.timeout.connect(self.parse_now)

        self.title_edit = QLineEdit(event.title)
        self.description_edit = QPlainTextEdit(event.description)
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.date_edit = QLineEdit(format_span(event.span, display_language))
        self.date_edit.setPlaceholderText(tr("e.g. 16 dec 2022, juni 2023, c. 1990s, vorige week"))
        self.date_edit.textEdited.connect(lambda _text: self._parse_timer.start())
        self.preview = QLabel()
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.precision_combo = QComboBox()
        for precision in PRECISION_CHOICES:
            self.precision_combo.addItem(precision_name(precision), precision)
        self.approximate_check = QCheckBox(tr("Approximate"))
        self.qualifier_combo = QComboBox()
        self.qualifier_combo.addItem(tr("exactly"), None)
        for qualifier in Qualifier:
            self.qualifier_combo.addItem(qualifier_label(qualifier), qualifier)
        self.tags_edit = QLineEdit(", ".join(event.tags))
        self.tags_edit.setPlaceholderText(tr("comma-separated, e.g. diplomacy, sanctions"))
        self._build_layout(event)
        self._show_span_controls()
        self.precision_combo.activated.connect(self._on_precision)
        self.approximate_check.toggled.connect(self._on_approximate)
        self.qualifier_combo.activated.connect(self._on_qualifier)
        self.title_edit.textChanged.connect(self._update_ok)
        self._update_preview()

    def _build_layout(self, event: Event) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(tr("&Headline"), self.title_edit)
        form.addRow(tr("&Description"), self.description_edit)
        form.addRow(tr("D&ate"), self.date_edit)
        form.addRow("", self.preview)
        refine = QHBoxLayout()
        refine.addWidget(self.precision_combo)
        refine.addWidget(self.qualifier_combo)
        refine.addWidget(self.approximate_check)
        refine.addStretch(1)
        precision_label = QLabel(tr("&Precision"))
        precision_label.setBuddy(self.precision_combo)
        form.addRow(precision_label, refine)
        form.addRow(tr("&Tags"), self.tags_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if event.sources:
            source = QLabel(tr("Source: “{sentence}”").format(sentence=event.sources[0].sentence))
            source.setTextFormat(Qt.TextFormat.PlainText)
            source.setWordWrap(True)
            source.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            source.setToolTip(tr("The sentence this event was found in"))
            layout.addWidget(source)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    # -- public -------------------------------------------------------------------

    @property
    def span(self) -> DateSpan | None:
        """The date as it stands now (None while the typed text names no date)."""
        return self._span

    def parse_now(self) -> None:
        """Read the date field at once (it is otherwise read shortly after typing stops)."""
        self._parse_timer.stop()
        self._span = self._parse(self.date_edit.text())
        self._show_span_controls()
        self._update_preview()

    def _parse(self, text: str) -> DateSpan | None:
        # The editor may type in another language than the article's: try the article's, the
        # display language, then detection.
        for language in dict.fromkeys((self._language, self._display, None)):
            span = parse_user_date(text, reference_date=self._reference, language=language)
            if span is not None:
                return span
        return None

    def edit(self) -> EventEdit:
        """The event as the form describes it (call after the dialog was accepted)."""
        if self._parse_timer.isActive():
            self.parse_now()
        assert self._span is not None
        tags = tuple(t.strip() for t in self.tags_edit.text().split(",") if t.strip())
        return EventEdit(self.title_edit.text(), self.description_edit.toPlainText(), self._span, tags)

    def accept(self) -> None:
        if self._parse_timer.isActive():
            self.parse_now()
        if self._span is None or not self.title_edit.text().strip():
            return
        super().accept()

    # -- reactions ----------------------------------------------------------------

    def _on_precision(self, _index: int) -> None:
        if self._span is not None:
            self._span = span_at_precision(self._span, self.precision_combo.currentData())
            self._update_preview()

    def _on_approximate(self, checked: bool) -> None:
        if self._span is not None and self._span.approximate != checked:
            self._span = self._span.with_approximate(checked)
            self._update_preview()

    def _on_qualifier(self, _index: int) -> None:
        if self._span is not None:
            self._span = self._span.with_qualifier(self.qualifier_combo.currentData())
            self._update_preview()

    def _show_span_controls(self) -> None:
        span = self._span
        for widget in (self.precision_combo, self.approximate_check, self.qualifier_combo):
            widget.setEnabled(span is not None)
        if span is None:
            return
        for widget in (self.precision_combo, self.approximate_check, self.qualifier_combo):
            widget.blockSignals(True)
        self.precision_combo.setCurrentIndex(max(0, self.precision_combo.findData(span.precision)))
        self.approximate_check.setChecked(span.approximate)
        qualifier = span.qualifier
        self.qualifier_combo.setCurrentIndex(0 if qualifier is None else self.qualifier_combo.findData(qualifier))
        for widget in (self.precision_combo, self.approximate_check, self.qualifier_combo):
            widget.blockSignals(False)

    def _update_preview(self) -> None:
        if self._span is None:
            self.preview.setText(tr("→ not a date I can read"))
            self.preview.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        else:
            self.preview.setText(f"→ {describe_span(self._span, self._display)}")
            self.preview.setForegroundRole(QPalette.ColorRole.WindowText)
        self._update_ok()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self._span is not None and bool(self.title_edit.text().strip()))
