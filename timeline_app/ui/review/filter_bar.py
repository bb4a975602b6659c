"""The review queue's filter bar: status, headline text, article, date range, confidence."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QSpinBox, QWidget

from timeline_app.domain.models import EventStatus
from timeline_app.extraction.user_dates import parse_user_date
from timeline_app.services.review import QueueFilter
from timeline_app.ui.i18n import tr

STATUS_CHOICES: tuple[tuple[str, EventStatus | None], ...] = (
    (QT_TRANSLATE_NOOP("", "Suggested"), EventStatus.SUGGESTED),
    (QT_TRANSLATE_NOOP("", "Accepted"), EventStatus.ACCEPTED),
    (QT_TRANSLATE_NOOP("", "Rejected"), EventStatus.REJECTED),
    (QT_TRANSLATE_NOOP("", "All statuses"), None),
)
_TYPING_DELAY_MS = 250


class ReviewFilterBar(QWidget):
    """Controls that narrow the queue; emits ``filter_changed`` when the editor changes one."""

    filter_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self, singleShot=True, interval=_TYPING_DELAY_MS)
        self._timer.timeout.connect(self.apply_now)

        self.text_edit = QLineEdit(placeholderText=tr("Filter headlines"))
        self.text_edit.setClearButtonEnabled(True)
        self.status_combo = QComboBox()
        for label, status in STATUS_CHOICES:
            self.status_combo.addItem(tr(label), status)
        self.article_combo = QComboBox()
        self.article_combo.setMinimumContentsLength(14)
        self.article_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.article_combo.addItem(tr("All articles"), None)
        self.from_edit = QLineEdit(placeholderText=tr("from"))
        self.to_edit = QLineEdit(placeholderText=tr("to"))
        for edit in (self.from_edit, self.to_edit):
            edit.setMaximumWidth(110)
            edit.setToolTip(tr("A date as you would say it: 2014, June 2023, 16 Dec 2022"))
            edit.setClearButtonEnabled(True)
        self.confidence_spin = QSpinBox(suffix=" %", minimum=0, maximum=100, singleStep=5)
        self.confidence_spin.setPrefix("≥ ")
        self.confidence_spin.setSpecialValueText(tr("any"))
        self.confidence_spin.setToolTip(tr("Hide events the extractor is less sure of"))

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        grid.addWidget(self.text_edit, 0, 0, 1, 4)
        grid.addWidget(self.status_combo, 0, 4, 1, 2)
        grid.addWidget(self.article_combo, 1, 0)
        grid.addWidget(QLabel(tr("Dates")), 1, 1)
        grid.addWidget(self.from_edit, 1, 2)
        grid.addWidget(self.to_edit, 1, 3)
        grid.addWidget(QLabel(tr("Confidence")), 1, 4)
        grid.addWidget(self.confidence_spin, 1, 5)
        grid.setColumnStretch(0, 1)

        for edit in (self.text_edit, self.from_edit, self.to_edit):
            edit.textChanged.connect(lambda _text: self._timer.start())
        self.status_combo.currentIndexChanged.connect(lambda _i: self.apply_now())
        self.article_combo.currentIndexChanged.connect(lambda _i: self.apply_now())
        self.confidence_spin.valueChanged.connect(lambda _v: self._timer.start())

    def apply_now(self) -> None:
        """Tell listeners at once (typing otherwise waits for a pause)."""
        self._timer.stop()
        self.filter_changed.emit()

    def apply_to(self, query: QueueFilter) -> QueueFilter:
        """``query`` (its sort kept) with this bar's filters."""
        start = self._bound(self.from_edit, first=True)
        end = self._bound(self.to_edit, first=False)
        return replace(
            query,
            status=self.status_combo.currentData(),
            text=self.text_edit.text().strip(),
            article_id=self.article_combo.currentData(),
            start=start,
            end=end,
            min_confidence=self.confidence_spin.value() / 100,
        )

    def set_status(self, status: EventStatus | None) -> None:
        """Show events with ``status`` (None: all)."""
        self.status_combo.setCurrentIndex(max(0, [s for _, s in STATUS_CHOICES].index(status)))

    def set_articles(self, articles: list[tuple[int, str]]) -> None:
        """Offer ``(id, title)`` pairs in the article filter, keeping the current choice."""
        current = self.article_combo.currentData()
        self.article_combo.blockSignals(True)
        self.article_combo.clear()
        self.article_combo.addItem(tr("All articles"), None)
        for article_id, title in articles:
            self.article_combo.addItem(title, article_id)
            self.article_combo.setItemData(self.article_combo.count() - 1, title, role=3)  # tooltip
        index = self.article_combo.findData(current) if current is not None else 0
        self.article_combo.setCurrentIndex(max(0, index))
        self.article_combo.blockSignals(False)
        if current is not None and index < 0:
            self.apply_now()

    def set_article(self, article_id: int | None) -> None:
        """Show only the events of ``article_id`` (None: all articles)."""
        index = self.article_combo.findData(article_id) if article_id is not None else 0
        self.article_combo.setCurrentIndex(max(0, index))

    @staticmethod
    def _bound(edit: QLineEdit, *, first: bool) -> dt.datetime | None:
        text = edit.text().strip()
        span = parse_user_date(text, reference_date=None, language=None) if text else None
        unreadable = bool(text) and span is None
        edit.setToolTip(tr("Not a date I can read") if unreadable else tr("A date as you would say it: 2014, June 2023"))
        font = edit.font()
        font.setStrikeOut(unreadable)
        edit.setFont(font)
        if span is None:
            return None
        return span.start if first else span.end
