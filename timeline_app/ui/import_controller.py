"""Imports from the GUI: files, folders, drops and pasted text, on the writer thread with progress.

Every import is a plain job on the :class:`~timeline_app.ui.jobs.JobRunner`'s writer thread
(article imports with progress and cancel; edits made meanwhile are saved between articles).
Imports are not undoable; what they add reaches the views through ``finished`` /
``timelines_imported`` (the main window publishes it on the change hub).
"""

from __future__ import annotations

import datetime as _dt
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QProgressBar, QPushButton, QStatusBar, QWidget

from timeline_app.export.timelinejs_read import TimelineJSError
from timeline_app.ingest import SUPPORTED_EXTENSIONS
from timeline_app.services.importing import ImportReport, Outcome, import_paths, import_text
from timeline_app.services.jobs import JobControl, RateEstimate
from timeline_app.services.publishing import import_timelinejs
from timeline_app.services.samples import sample_files
from timeline_app.storage import Archive, ArchiveError
from timeline_app.ui.i18n import tr
from timeline_app.ui.import_summary import ImportSummaryDialog, SetDatesDialog, SummaryRow, Undated, summary_rows
from timeline_app.ui.jobs import JobHandle, JobRunner
from timeline_app.ui.paste_dialog import PasteArticleDialog, PastedArticle


def import_summary_text(report: ImportReport) -> str:
    """A human summary of an import for the status bar."""
    text = tr("{imported} imported, {duplicate} duplicate, {failed} failed").format(
        imported=report.count(Outcome.IMPORTED), duplicate=report.count(Outcome.DUPLICATE),
        failed=report.count(Outcome.FAILED))
    if report.cancelled:
        text += " " + tr("(cancelled; finished articles were kept)")
    return text


def import_details_text(report: ImportReport, limit: int = 30) -> str:
    """The failures and duplicates of an import, one per line."""
    lines = []
    for result in report.results:
        if result.outcome is Outcome.FAILED:
            lines.append(f"✗ {Path(result.path).name}: {result.reason}")
        elif result.outcome is Outcome.DUPLICATE:
            lines.append(f"= {Path(result.path).name}: {result.reason}")
    if len(lines) > limit:
        lines = [*lines[:limit], tr("… and {n} more").format(n=len(lines) - limit)]
    return "\n".join(lines)


def progress_text(done: int, total: int, rate: float | None, seconds_left: float | None) -> str:
    """The status line while an import runs: articles stored, the pace and the time left."""
    text = tr("Importing: {done} of {total} articles stored").format(done=f"{done:,}", total=f"{total:,}")
    if rate is not None:
        text += f" ({rate:.0f}/s, {time_left_text(seconds_left)})"
    return text


def time_left_text(seconds: float | None) -> str:
    """"about 3 min left", "less than a minute left" (empty when unknown)."""
    if seconds is None:
        return ""
    if seconds < 60:
        return tr("less than a minute left")
    minutes = round(seconds / 60)
    if minutes < 90:
        return tr("about {n} min left").format(n=minutes)
    return tr("about {n} h left").format(n=f"{minutes / 60:.1f}")


# Never article formats: such files are TimelineJS data, or reported as not being it.
TIMELINEJS_SUFFIXES = (".json", ".csv")


class ImportController(QObject):
    """Import entry points (dialogs, drops, paste, samples); one article import at a time,
    its progress in the status bar."""

    started = Signal()
    finished = Signal(object)  # ImportReport
    timelines_imported = Signal(list)  # ids of timelines made from TimelineJS files
    summary_shown = Signal(object)  # ImportSummaryDialog
    dates_entered = Signal(object)  # {article id: publication date}, from "Set Dates…"

    def __init__(
        self, archive: Archive, runner: JobRunner, status_bar: QStatusBar, parent_widget: QWidget
    ) -> None:
        super().__init__(parent_widget)
        self.archive = archive
        self.runner = runner
        self.status_bar = status_bar
        self.parent_widget = parent_widget
        self.current: JobHandle | None = None
        self.rate = RateEstimate()
        self.language: str | None = None
        self.summary: ImportSummaryDialog | None = None
        self._timelinejs_rows: list[SummaryRow] = []
        self._quiet = False
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.setAccessibleName(tr("Import progress"))
        self.progress.hide()
        self.cancel_button = QPushButton(tr("Cancel import"))
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel)
        status_bar.addPermanentWidget(self.progress)
        status_bar.addPermanentWidget(self.cancel_button)

    @property
    def running(self) -> bool:
        """True while an import runs."""
        return self.current is not None

    def choose_files(self) -> JobHandle | None:
        """Ask for files, then import them."""
        patterns = " ".join(f"*{ext}" for ext in sorted(SUPPORTED_EXTENSIONS))
        files, _ = QFileDialog.getOpenFileNames(
            self.parent_widget, tr("Import articles"), "",
            tr("Articles and TimelineJS data ({patterns});;Articles ({articles});;All files (*)").format(
                patterns=f"{patterns} *.json *.csv", articles=patterns),
        )
        return self.start(files) if files else None

    def choose_folder(self) -> JobHandle | None:
        """Ask for a folder, then import everything in it."""
        folder = QFileDialog.getExistingDirectory(self.parent_widget, tr("Import a folder of articles"))
        return self.start([folder]) if folder else None

    def seed_samples(self, folder: Path) -> JobHandle | None:
        """Import the sample articles (first start of a new archive)."""
        samples = sample_files(folder)
        return self.start(samples, quiet=True) if samples else None

    def paste(self, text: str) -> JobHandle | None:
        """Ask title, source, date and language for pasted ``text`` and store it as an article."""
        dialog = PasteArticleDialog(text, self.parent_widget)
        return self.import_pasted(dialog.result_article()) if dialog.exec() else None

    def start(self, paths: Sequence[str | Path], *, quiet: bool = False) -> JobHandle | None:
        """Import ``paths``: TimelineJS files become timelines, articles are read and extracted.

        When both are done a summary lists every file (``quiet``: the status bar only). Returns
        the article import's job, or None when there were no articles or another import runs.
        """
        timelinejs = [p for p in paths if Path(p).is_file() and Path(p).suffix.lower() in TIMELINEJS_SUFFIXES]
        articles = [p for p in paths if p not in timelinejs]
        if articles and self.current is not None:
            self.start_articles(articles)  # says an import runs
            return None
        self._quiet = quiet
        self._timelinejs_rows = []
        if timelinejs:
            self.import_timelinejs(timelinejs, summarize=not articles)
        return self.start_articles(articles) if articles else None

    def import_timelinejs(self, paths: Sequence[str | Path], *, summarize: bool = True) -> JobHandle:
        """Each TimelineJS file as a new timeline of accepted, editor-made events (in the background).

        ``timelines_imported`` carries the ids made; every file is listed in the import summary
        (shown at once with ``summarize``, else with the article import that follows).
        """
        archive, chosen = self.archive, [Path(p) for p in paths]

        def job(_control: JobControl) -> tuple[list[int], list[SummaryRow]]:
            made: list[int] = []
            rows: list[SummaryRow] = []
            for path in chosen:
                try:
                    timeline, _changes, skipped = import_timelinejs(archive, path)
                except (TimelineJSError, OSError, ValueError, ArchiveError) as exc:
                    rows.append(SummaryRow(str(path), "failed", str(exc)))
                    continue
                made.append(timeline.id)
                details = timeline.name
                if skipped:  # nothing is dropped silently: each slide left out, with its reason
                    details = tr("{name}; {n} slides left out: {reasons}").format(
                        name=timeline.name, n=len(skipped), reasons="; ".join(skipped[:20]))
                rows.append(SummaryRow(str(path), "timeline", details))
            return made, rows

        handle = self.runner.start(job, parent=self)
        handle.succeeded.connect(lambda result: self._timelinejs_done(result, summarize))
        handle.failed.connect(self._side_job_failed)
        return handle

    def _timelinejs_done(self, result: object, summarize: bool) -> None:
        made, rows = result  # type: ignore[misc]
        self._timelinejs_rows = list(rows)
        if made:
            self.timelines_imported.emit(made)
        if summarize:
            self._summarize(ImportReport())

    def start_articles(self, paths: Sequence[str | Path]) -> JobHandle | None:
        """Import article files and folders in the background (None when another import still runs)."""
        if self.current is not None:
            QMessageBox.information(
                self.parent_widget, tr("Import running"), tr("Wait for the current import to finish, or cancel it.")
            )
            return None
        archive, chosen, language = self.archive, [str(p) for p in paths], self.language
        # A frozen bundle imports in this process: its worker processes (forkserver) hang at quit.
        workers = 1 if getattr(sys, "frozen", False) else None

        def job(control: JobControl) -> ImportReport:
            return import_paths(archive, chosen, control=control, language=language, workers=workers)

        handle = self.runner.start(job, parent=self)
        handle.progressed.connect(self._on_progress)
        handle.succeeded.connect(self._on_done)
        handle.failed.connect(self._on_failed)
        self.current = handle
        self.rate = RateEstimate()
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.status_bar.showMessage(tr("Importing…"))
        self.started.emit()
        return handle

    def import_pasted(self, pasted: PastedArticle) -> JobHandle:
        """Store a pasted article (one article: a short job on the writer thread)."""
        archive = self.archive

        def job(_control: JobControl) -> ImportReport:
            result = import_text(archive, pasted.text, title=pasted.title, source_name=pasted.source_name,
                                 published=pasted.published, language=pasted.language)
            return ImportReport(results=[result])

        handle = self.runner.start(job, parent=self)
        handle.succeeded.connect(self._pasted_done)
        handle.failed.connect(self._side_job_failed)
        return handle

    def _pasted_done(self, report: ImportReport) -> None:
        self.status_bar.showMessage(tr("Import finished: {summary}").format(summary=import_summary_text(report)), 15_000)
        if not report.count(Outcome.IMPORTED):
            QMessageBox.warning(self.parent_widget, tr("Article not added"), import_details_text(report))
        self.finished.emit(report)

    def _side_job_failed(self, message: str) -> None:
        QMessageBox.critical(self.parent_widget, tr("Import failed"),
                             tr("The import stopped: {reason}").format(reason=message))

    def cancel(self) -> None:
        """Stop after the current article; finished ones stay."""
        if self.current is not None:
            self.current.cancel()
            self.status_bar.showMessage(tr("Cancelling after the current article…"))

    def _on_progress(self, done: int, total: int, message: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.rate.update(done)
        if done < total:
            self.status_bar.showMessage(progress_text(done, total, self.rate.rate, self.rate.seconds_left(total)))

    def _finish(self) -> None:
        self.current = None
        self.progress.hide()
        self.cancel_button.hide()

    def _on_done(self, report: object) -> None:
        assert isinstance(report, ImportReport)
        self._finish()
        self.status_bar.showMessage(tr("Import finished: {summary}").format(summary=import_summary_text(report)), 15_000)
        self._summarize(report)
        self.finished.emit(report)

    def _summarize(self, report: ImportReport) -> None:
        """The summary dialog of an import (every file; undated articles with "Set Dates…")."""
        extra, self._timelinejs_rows = self._timelinejs_rows, []
        if self._quiet:
            return
        with self.archive.read() as tx:
            articles = [tx.articles.get(i) for i in report.imported_ids]
        undated = [Undated(a.id, a.title) for a in articles if a is not None and a.published is None]
        rows = summary_rows(report, {u.article_id for u in undated}, extra)
        if not rows:
            return
        if self.summary is not None:
            self.summary.close()
        self.summary = ImportSummaryDialog(rows, undated, report.cancelled, self.parent_widget)
        self.summary.set_dates_requested.connect(self.ask_dates)
        self.summary.setModal(False)  # the editor may carry on with the summary open
        self.summary.show()
        self.summary_shown.emit(self.summary)

    def ask_dates(self, undated: list[Undated]) -> dict[int, _dt.date]:
        """Ask a publication date for each undated article; ``dates_entered`` carries those given."""
        dialog = SetDatesDialog(undated, self.parent_widget)
        dates = dialog.dates() if dialog.exec() == QDialog.DialogCode.Accepted else {}
        dialog.deleteLater()
        if dates:
            if self.summary is not None:
                self.summary.accept()
            self.dates_entered.emit(dates)
        return dates

    def _on_failed(self, message: str) -> None:
        self._finish()
        QMessageBox.critical(self.parent_widget, tr("Import failed"),
                             tr("The import stopped: {reason}").format(reason=message))
        self.finished.emit(ImportReport(cancelled=True))
