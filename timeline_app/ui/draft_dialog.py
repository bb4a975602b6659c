"""Timeline › Draft Timeline…: scope, range and size, a live ranked preview, and Create (one undo step).

The preview runs as a background job (:class:`~timeline_app.ui.jobs.JobRunner`) each time the
editor changes something (after a short pause); a newer request cancels the older one, and
Cancel stops the one running. Create runs one op (:class:`~timeline_app.services.timeline_ops.
CreateDraftedTimeline`) on the writer: the timeline with all its drafted entries appears, and one
undo takes it all away.
"""

from __future__ import annotations

import datetime as _dt
import html
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSlider,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from timeline_app.domain.display import format_span
from timeline_app.drafting import DateSignals, Draft, DraftEntry
from timeline_app.services import timelines as timeline_services
from timeline_app.services.drafting import DraftError, DraftScope, make_draft
from timeline_app.services.jobs import JobControl
from timeline_app.services.timeline_ops import CreateDraftedTimeline, SetDrafted
from timeline_app.storage import Archive
from timeline_app.ui.i18n import tr
from timeline_app.ui.jobs import JobHandle, JobRunner

if TYPE_CHECKING:
    from timeline_app.ui.ops import OpRunner
    from timeline_app.ui.timeline_list import TimelineListWidget

_Index = QModelIndex | QPersistentModelIndex
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
DEFAULT_SIZE = 20
MAX_SLIDER = 100
PREVIEW_DELAY_MS = 350
SCOPE_ARCHIVE, SCOPE_SEARCH, SCOPE_RESULTS, SCOPE_TIMELINE = "archive", "search", "results", "timeline"


def _counted(n: int, one: str, many: str) -> str:
    return one if n == 1 else many.replace("%1", str(n))


def reason_words(signals: DateSignals) -> str:
    """Why an entry was chosen, translatable (the CLI prints the English of the same)."""
    if signals.articles == 0 and signals.planned_articles:
        return _counted(signals.planned_articles, tr("announced beforehand in 1 article; no report yet"),
                        tr("announced beforehand in %1 articles; no report yet"))
    text = _counted(signals.articles, tr("reported by 1 article"),
                        tr("reported by %1 articles"))
    if signals.outlets:
        text += " " + _counted(signals.outlets, tr("from 1 outlet"),
                        tr("from %1 outlets"))
    if signals.later_articles:
        text += "; " + _counted(signals.later_articles, tr("named again in 1 later article"),
                        tr("named again in %1 later articles"))
    if signals.relevant_articles:
        text += "; " + _counted(signals.relevant_articles, tr("1 about the search"),
                        tr("%1 about the search"))
    return text


class DraftPreviewModel(QAbstractTableModel):
    """The entries of a draft: date, headline, why, sources (the tooltip holds summary and sources)."""

    COLUMNS = (QT_TRANSLATE_NOOP("", "Date"), QT_TRANSLATE_NOOP("", "Headline"), QT_TRANSLATE_NOOP("", "Why"),
               QT_TRANSLATE_NOOP("", "Sources"))

    def __init__(self, parent: Any = None, *, language: str = "en") -> None:
        super().__init__(parent)
        self.language = language
        self.draft: Draft | None = None
        self._entries: tuple[DraftEntry, ...] = ()
        self._top = 1.0

    def set_draft(self, draft: Draft | None) -> None:
        """Show ``draft`` (``None`` empties the table)."""
        self.beginResetModel()
        self.draft = draft
        self._entries = draft.entries if draft is not None else ()
        self._top = max((e.score for e in self._entries), default=1.0) or 1.0
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < 4:
            return tr(self.COLUMNS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return format_span(entry.span, self.language)
            if column == 1:
                return entry.headline
            if column == 2:
                return reason_words(entry.signals)
            if column == 3:
                return str(len(entry.sources))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ENTRY_ROLE:
            return entry
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{format_span(entry.span, self.language)}: {entry.headline}"
        return None

    def salience(self, row: int) -> float:
        """The entry's score relative to the best of the draft (0..1)."""
        return self._entries[row].score / self._top if 0 <= row < len(self._entries) else 0.0

    def _tooltip(self, entry: DraftEntry) -> str:
        sources = "".join(
            f"<li><b>{html.escape(s.outlet or '')}</b> {html.escape(s.title)}: <i>{html.escape(s.sentence)}</i></li>"
            for s in entry.sources[:6]
        )
        more = len(entry.sources) - 6
        extra = f"<li>{html.escape(tr('and %n more').replace('%n', str(more)))}</li>" if more > 0 else ""
        return f"<p>{html.escape(entry.summary)}</p><ul>{sources}{extra}</ul>"


class DraftDialog(QDialog):
    """Draft a timeline: choose scope, range and size, watch the preview, Create."""

    def __init__(
        self,
        archive: Archive,
        runner: JobRunner,
        *,
        query: str = "",
        result_ids: Sequence[int] = (),
        timeline: tuple[int, str] | None = None,
        language: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Draft Timeline"))
        self.archive = archive
        self.runner = runner
        self.result_ids = tuple(result_ids)
        self.timeline = timeline
        self.draft: Draft | None = None
        self._handle: JobHandle | None = None
        self._generation = 0
        self.scope_box = QComboBox()
        self.scope_box.addItem(tr("The whole archive"), SCOPE_ARCHIVE)
        self.scope_box.addItem(tr("Articles matching a search"), SCOPE_SEARCH)
        if self.result_ids:
            self.scope_box.addItem(tr("These search results (%n articles)").replace("%n", str(len(self.result_ids))),
                                   SCOPE_RESULTS)
        if timeline is not None:
            self.scope_box.addItem(tr("Events of the timeline “%1”").replace("%1", timeline[1]), SCOPE_TIMELINE)
        self.query_edit = QLineEdit(query, placeholderText=tr('words, "a phrase", annex*'))
        self.query_edit.setClearButtonEnabled(True)
        self.from_check, self.from_edit = self._date_field(tr("From"))
        self.to_check, self.to_edit = self._date_field(tr("To"))
        self.size_slider = QSlider(Qt.Orientation.Horizontal)
        self.size_slider.setRange(1, MAX_SLIDER)
        self.size_spin = QSpinBox()
        self.size_spin.setRange(1, MAX_SLIDER)
        self.size_slider.valueChanged.connect(self.size_spin.setValue)
        self.size_spin.valueChanged.connect(self.size_slider.setValue)
        self.size_spin.setValue(DEFAULT_SIZE)
        self.name_edit = QLineEdit()
        self.model = DraftPreviewModel(self, language=language)
        self.preview = QTableView()
        self.preview.setModel(self.model)
        self.preview.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview.setAlternatingRowColors(True)
        self.preview.verticalHeader().hide()
        self.preview.setWordWrap(False)
        header = self.preview.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, 420)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview.selectionModel().currentRowChanged.connect(self._show_summary)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 4)
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(160)
        self.cancel_button = QPushButton(tr("Stop"))
        self.cancel_button.clicked.connect(self.cancel_preview)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.create_button = self.buttons.addButton(tr("Create Timeline"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        self._build_layout()
        self._connect_inputs()
        start = SCOPE_RESULTS if self.result_ids else (SCOPE_SEARCH if query else SCOPE_ARCHIVE)
        self.scope_box.setCurrentIndex(max(self.scope_box.findData(start), 0))
        self._on_scope()
        self.resize(1120, 660)

    # -- construction ------------------------------------------------------------

    def _date_field(self, label: str) -> tuple[QCheckBox, QDateEdit]:
        check = QCheckBox(label)
        edit = QDateEdit(calendarPopup=True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setDate(QDate.currentDate())
        edit.setEnabled(False)
        check.toggled.connect(edit.setEnabled)
        return check, edit

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.addRow(tr("Draft from"), self.scope_box)
        form.addRow(tr("Search"), self.query_edit)
        dates = QHBoxLayout()
        for widget in (self.from_check, self.from_edit, self.to_check, self.to_edit):
            dates.addWidget(widget)
        dates.addStretch(1)
        form.addRow(tr("Dates"), dates)
        size = QHBoxLayout()
        size.addWidget(self.size_slider, 1)
        size.addWidget(self.size_spin)
        form.addRow(tr("At most"), size)
        form.addRow(tr("Name"), self.name_edit)
        running = QHBoxLayout()
        running.addWidget(self.status, 1)
        running.addWidget(self.progress)
        running.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.summary)
        layout.addLayout(running)
        layout.addWidget(self.buttons)

    def _connect_inputs(self) -> None:
        self.scope_box.currentIndexChanged.connect(self._on_scope)
        self.query_edit.textChanged.connect(self._changed)
        for check in (self.from_check, self.to_check):
            check.toggled.connect(self._changed)
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(self._changed)
        self.size_spin.valueChanged.connect(self._changed)

    # -- scope and name ----------------------------------------------------------

    @property
    def scope_kind(self) -> str:
        """Which scope is chosen (archive, search, results, timeline)."""
        return str(self.scope_box.currentData())

    def scope(self) -> DraftScope:
        """The scope, range and query the editor chose."""
        kind = self.scope_kind
        query = self.query_edit.text().strip() or None
        return DraftScope(
            query=query if kind in (SCOPE_SEARCH, SCOPE_RESULTS) else None,
            article_ids=self.result_ids if kind == SCOPE_RESULTS else (),
            timeline_id=self.timeline[0] if kind == SCOPE_TIMELINE and self.timeline else None,
            date_from=_py_date(self.from_edit.date()) if self.from_check.isChecked() else None,
            date_to=_py_date(self.to_edit.date()) if self.to_check.isChecked() else None,
        )

    def _suggested_name(self) -> str:
        kind = self.scope_kind
        if kind in (SCOPE_SEARCH, SCOPE_RESULTS) and self.query_edit.text().strip():
            base = tr("Draft: %1").replace("%1", self.query_edit.text().strip())
        elif kind == SCOPE_TIMELINE and self.timeline:
            base = tr("Draft: %1").replace("%1", self.timeline[1])
        else:
            base = tr("Draft timeline")
        with self.archive.read() as tx:
            name, n = base, 2
            while tx.timelines.find(name) is not None:
                name, n = f"{base} ({n})", n + 1
        return name

    def _on_scope(self) -> None:
        self.query_edit.setEnabled(self.scope_kind in (SCOPE_SEARCH, SCOPE_RESULTS))
        self.name_edit.setText(self._suggested_name())
        self._changed()

    def _changed(self) -> None:
        if self.sender() is self.query_edit:
            self.name_edit.setText(self._suggested_name())
        self.create_button.setEnabled(False)
        self._timer.start()

    # -- the preview job ---------------------------------------------------------

    def refresh_preview(self) -> None:
        """Start a draft of the current choices in the background (cancelling the one running)."""
        self._timer.stop()
        self.cancel_preview()
        scope, size = self.scope(), self.size_spin.value()
        if self.scope_kind == SCOPE_SEARCH and scope.query is None:
            self._show_problem(tr("Type words to search for."))
            return
        self._generation += 1
        generation = self._generation
        self.status.setText(tr("Drafting…"))
        self.progress.setValue(0)
        self._running(True)
        archive = self.archive

        def job(control: JobControl) -> Draft | str:
            try:
                return make_draft(archive, scope, size, control=control)
            except DraftError as exc:
                return str(exc)

        handle = self.runner.start(job, parent=self, reads_only=True)  # beside the writer: edits go on
        handle.progressed.connect(lambda done, _total, _message: self.progress.setValue(done))
        # A short job may report before these connections exist; the handle keeps its outcome and
        # emits ``finished`` from the GUI thread, so read the outcome there.
        handle.finished.connect(lambda: self._on_finished(generation, handle))
        self._handle = handle

    def cancel_preview(self) -> None:
        """Stop the preview job that is running, if any."""
        if self._handle is not None and not self._handle.done:
            self._handle.cancel()
        self._handle = None
        self._running(False)

    def _running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.cancel_button.setEnabled(running)

    def _on_finished(self, generation: int, handle: JobHandle) -> None:
        if handle.error is not None:
            self._on_failure(generation, handle.error)
        else:
            self._on_result(generation, handle.result)

    def _on_result(self, generation: int, result: object) -> None:
        if generation != self._generation:
            return
        self._running(False)
        if isinstance(result, str):
            self._show_problem(result)
            return
        assert isinstance(result, Draft)
        self.draft = result
        self.model.set_draft(result)
        self._show_range(result)
        self.create_button.setEnabled(bool(result.entries))
        span = ""
        if result.date_from and result.date_to:
            span = " " + tr("between %1 and %2").replace("%1", result.date_from.isoformat()).replace(
                "%2", result.date_to.isoformat())
        self.status.setText(
            tr("%1 entries from %2 candidate dates in %3 articles").replace("%1", str(len(result.entries)))
            .replace("%2", str(result.candidates)).replace("%3", str(result.articles)) + span
        )
        if result.entries:
            self.preview.selectRow(0)

    def _show_range(self, draft: Draft) -> None:
        """Unticked date fields show the period the draft covers (without asking for a new preview)."""
        for check, edit, day in ((self.from_check, self.from_edit, draft.date_from),
                                 (self.to_check, self.to_edit, draft.date_to)):
            if not check.isChecked() and day is not None:
                edit.blockSignals(True)
                edit.setDate(QDate(day.year, day.month, day.day))
                edit.blockSignals(False)

    def _on_failure(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        self._running(False)
        self._show_problem(tr("Stopped.") if message == "cancelled" else message)

    def _show_problem(self, message: str) -> None:
        self.draft = None
        self.model.set_draft(None)
        self.summary.clear()
        self.create_button.setEnabled(False)
        self.status.setText(message[:1].upper() + message[1:])

    def _show_summary(self, current: QModelIndex, _previous: QModelIndex) -> None:
        entry = current.data(ENTRY_ROLE) if current.isValid() else None
        if not isinstance(entry, DraftEntry):
            self.summary.clear()
            return
        outlets = ", ".join(dict.fromkeys(s.outlet for s in entry.sources if s.outlet))
        self.summary.setText(f"<b>{html.escape(entry.headline)}</b><br>{html.escape(entry.summary)}"
                             f"<br><span style='color:gray'>{html.escape(outlets)}</span>")

    def name(self) -> str:
        """The name the new timeline gets."""
        return self.name_edit.text().strip()

    def accept(self) -> None:
        """Create only with a draft to create and a free name (else say what is missing)."""
        name = self.name()
        if self.draft is None or not self.draft.entries:
            self.status.setText(tr("Nothing to create yet: the preview has no entries."))
            return
        if not name:
            self.status.setText(tr("The timeline needs a name."))
            self.name_edit.setFocus()
            return
        with self.archive.read() as tx:
            if tx.timelines.find(name) is not None:
                self.status.setText(tr("There is already a timeline called “%1”.").replace("%1", name))
                self.name_edit.setFocus()
                return
        super().accept()

    def done(self, result: int) -> None:
        self.cancel_preview()
        super().done(result)


def _py_date(value: QDate) -> _dt.date:
    return _dt.date(value.year(), value.month(), value.day())


class DraftController:
    """Opens the draft dialog and turns an accepted draft into one undoable op that makes the timeline."""

    def __init__(self, archive: Archive, runner: JobRunner, ops: OpRunner, timelines: TimelineListWidget,
                 *, language: str = "en") -> None:
        self.archive = archive
        self.runner = runner
        self.ops = ops
        self.timelines = timelines
        self.language = language

    def dialog(self, parent: QWidget, *, query: str = "", result_ids: Sequence[int] = ()) -> DraftDialog:
        """A draft dialog offering the open timeline's events as a scope too."""
        timeline = None
        current = self.timelines.current_id
        if current is not None:
            row = self.timelines.model.row_of(current)
            found = self.timelines.model.timeline(row) if row is not None else None
            if found is not None:
                timeline = (found.id, found.name)
        return DraftDialog(self.archive, self.runner, query=query, result_ids=result_ids, timeline=timeline,
                           language=self.language, parent=parent)

    def run(self, parent: QWidget, *, query: str = "", result_ids: Sequence[int] = ()) -> bool:
        """Show the dialog; on Create, make the timeline (one undo step; it opens once saved)."""
        dialog = self.dialog(parent, query=query, result_ids=result_ids)
        if not dialog.exec():
            return False
        return self.create(dialog)

    def create(self, dialog: DraftDialog) -> bool:
        """Create the previewed draft under the dialog's name; False when the name is taken or empty."""
        name, draft = dialog.name(), dialog.draft
        if draft is None or not draft.entries or not name:
            return False
        with self.archive.read() as tx:
            if tx.timelines.find(name) is not None:
                self.timelines.notice_posted.emit(tr("There is already a timeline called “%1”").replace("%1", name))
                return False
        text = tr("Draft timeline “%1”").replace("%1", name)
        # origin: the timeline list, which opens the timeline the op made once it is saved
        self.ops.run(CreateDraftedTimeline(name, draft, text=text), origin=self.timelines,
                     on_failed=self.timelines.notice_posted.emit)
        return True

    def clear_marks(self, timeline_id: int | None) -> None:
        """Clear every drafted mark on a timeline (undoable)."""
        if timeline_id is None:
            return
        _timeline, entries = timeline_services.load_entries(self.archive, timeline_id)
        drafted = tuple(e.id for e in entries if e.drafted)
        if drafted:
            text = tr("Clear draft marks")
            self.ops.run(SetDrafted(drafted, False, text), on_failed=self.timelines.notice_posted.emit)
