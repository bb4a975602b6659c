"""After an import: what became of every selected file (imported, duplicate, failed with its
reason, a timeline made from TimelineJS data), and the articles without a publication date
with a one-click "Set Dates…"."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from timeline_app.services.importing import ImportReport, Outcome
from timeline_app.ui.i18n import tr


@dataclass(frozen=True, slots=True)
class SummaryRow:
    """One selected file as the summary lists it."""

    path: str
    result: str  # "imported", "duplicate", "failed", "timeline"
    details: str
    article_id: int | None = None
    undated: bool = False


@dataclass(frozen=True, slots=True)
class Undated:
    """An imported article without a publication date."""

    article_id: int
    title: str


def result_label(result: str) -> str:
    """A summary row's result in words."""
    return {"imported": tr("Imported"), "duplicate": tr("Duplicate"), "failed": tr("Failed"),
            "timeline": tr("New timeline")}.get(result, result)


def summary_rows(report: ImportReport, undated_ids: set[int], extra: Sequence[SummaryRow] = ()) -> list[SummaryRow]:
    """Every input of ``report`` (and the TimelineJS files in ``extra``), failures first."""
    rows = list(extra)
    for result in report.results:
        if result.outcome is Outcome.IMPORTED:
            undated = result.article_id in undated_ids
            details = tr("no publication date: relative dates stay unresolved") if undated else (result.title or "")
            rows.append(SummaryRow(result.path, "imported", details, result.article_id, undated))
        elif result.outcome is Outcome.DUPLICATE:
            rows.append(SummaryRow(result.path, "duplicate", result.reason or "", result.article_id))
        else:
            rows.append(SummaryRow(result.path, "failed", result.reason or tr("unknown reason")))
    order = {"failed": 0, "timeline": 1, "imported": 2, "duplicate": 3}
    return sorted(rows, key=lambda row: (order.get(row.result, 9), not row.undated))


def headline(rows: Sequence[SummaryRow], cancelled: bool) -> str:
    """"8 imported · 1 duplicate · 2 failed" (and the cancel, if any)."""
    count = {kind: sum(1 for r in rows if r.result == kind) for kind in ("imported", "duplicate", "failed", "timeline")}
    parts = [tr("{n} imported").format(n=count["imported"]), tr("{n} duplicate").format(n=count["duplicate"]),
             tr("{n} failed").format(n=count["failed"])]
    if count["timeline"]:
        parts.append(tr("{n} new timelines").format(n=count["timeline"]))
    text = " · ".join(parts)
    if cancelled:
        text += " " + tr("(cancelled; finished articles were kept)")
    return text


class ImportSummaryDialog(QDialog):
    """The files of one import with what became of each; "Set Dates…" for undated articles."""

    set_dates_requested = Signal(list)  # [Undated]

    def __init__(self, rows: Sequence[SummaryRow], undated: Sequence[Undated], cancelled: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Import finished"))
        self.resize(760, 440)
        self.rows = list(rows)
        self.undated = list(undated)
        self.headline = QLabel(headline(self.rows, cancelled))
        self.headline.setStyleSheet("font-weight: 600;")
        self.table = QTableView()
        self.table.setModel(SummaryModel(self.rows, self.table))
        self.table.setAccessibleName(tr("Imported files"))
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)  # one line a row
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(200)  # columns sized from 200 rows, not every file of a large import
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.undated_label = QLabel()
        self.undated_label.setWordWrap(True)
        self.set_dates_button = QPushButton(tr("Set &Dates…"))
        self.set_dates_button.clicked.connect(lambda: self.set_dates_requested.emit(self.undated))
        if self.undated:
            self.undated_label.setText(tr(
                "1 imported article has no publication date, so “yesterday” or “last week” in it cannot be dated yet."
            ) if len(self.undated) == 1 else tr(
                "{n} imported articles have no publication date, so “yesterday” or “last week” in them cannot "
                "be dated yet."
            ).format(n=len(self.undated)))
        else:
            self.undated_label.hide()
            self.set_dates_button.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.set_dates_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.undated_label)
        layout.addWidget(buttons)

    def listed_paths(self) -> list[str]:
        """The files the table lists, top to bottom."""
        model = self.table.model()
        return [str(model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole)) for row in range(model.rowCount())]


class SummaryModel(QAbstractTableModel):
    """The rows of an import summary (file, result, details); texts are made for the rows on screen only,
    so the summary of a 20,000-file import opens at once."""

    def __init__(self, rows: Sequence[SummaryRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = rows
        self.titles = (tr("File"), tr("Result"), tr("Details"))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (Path(row.path).name, result_label(row.result), row.details)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.details if column == 2 else row.path
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.titles[section]
        return None


class SetDatesDialog(QDialog):
    """A publication date for each undated article (empty: leave it unknown)."""

    def __init__(self, undated: Sequence[Undated], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Set publication dates"))
        self.resize(560, min(140 + 34 * len(undated), 600))
        self.edits: dict[int, QLineEdit] = {}
        form = QFormLayout()
        for item in undated:
            edit = QLineEdit(placeholderText=tr("YYYY-MM-DD"))
            edit.setAccessibleName(tr("Publication date of {title}").format(title=item.title))
            edit.textChanged.connect(self._validate)
            label = QLabel(item.title)
            label.setBuddy(edit)
            label.setTextFormat(Qt.TextFormat.PlainText)
            form.addRow(label, edit)
            self.edits[item.article_id] = edit
        holder = QWidget()
        holder.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidget(holder)
        scroll.setWidgetResizable(True)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("The relative dates of each article are resolved again from its date.")))
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._validate()

    def dates(self) -> dict[int, _dt.date]:
        """Article id -> the date entered (articles left empty are absent); ``ValueError`` for a bad one."""
        found: dict[int, _dt.date] = {}
        for article_id, edit in self.edits.items():
            text = edit.text().strip()
            if text:
                try:
                    found[article_id] = _dt.date.fromisoformat(text)
                except ValueError:
                    raise ValueError(tr("Dates are YYYY-MM-DD: {text}").format(text=text)) from None
        return found

    def _validate(self) -> None:
        try:
            self.dates()
        except ValueError as exc:
            self.error.setText(str(exc))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            return
        self.error.clear()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
