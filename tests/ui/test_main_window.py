"""The main window: archive table, reader, background import with progress and cancel."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from timeline_app.paths import samples_dir
from timeline_app.services.importing import ImportReport, Outcome
from timeline_app.services.samples import seed_samples
from timeline_app.storage import Archive
from timeline_app.ui.article_model import ArticleTableModel
from timeline_app.ui.jobs import JobRunner
from timeline_app.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, archive: Archive, tmp_path: Path) -> Iterator[MainWindow]:
    runner = JobRunner()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(archive, runner, settings)
    qtbot.addWidget(win)
    win.show()
    yield win
    runner.shutdown()


@pytest.fixture
def no_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda _parent, title, text, *a, _n=name: shown.append((title, text)))
    return shown


def test_article_model_passes_qt_model_tester(qtmodeltester, archive: Archive) -> None:
    seed_samples(archive, samples_dir())
    model = ArticleTableModel(archive)
    qtmodeltester.check(model)
    model.sort(0, Qt.SortOrder.AscendingOrder)
    titles = [model.data(model.index(row, 0)) for row in range(model.rowCount())]
    assert titles == sorted(titles)
    model.set_filter("tunnel")
    assert 0 < model.rowCount() < len(titles)
    qtmodeltester.check(model)


def test_import_through_the_file_dialog(qtbot, window: MainWindow, monkeypatch, no_dialogs) -> None:
    files = [str(p) for p in sorted(samples_dir().iterdir()) if p.suffix != ".md" or "README" not in p.name]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: (files, ""))
    with qtbot.waitSignal(window.import_finished, timeout=60_000) as blocker:
        window.actions_["import_files"].trigger()
    report = blocker.args[0]
    assert isinstance(report, ImportReport)
    assert report.count(Outcome.IMPORTED) == window.model.rowCount() >= 8
    assert not window.imports.progress.isVisible()
    assert "articles" in window.statusBar().currentMessage() or "Import finished" in window.statusBar().currentMessage()
    assert no_dialogs == []

    window.archive_panel.select_row(0)
    assert window.reader.article_id == window.model.article_id(0)
    assert window.reader.browser.toPlainText().strip() != ""


def test_the_summary_lists_every_selected_file_with_its_reason(qtbot, window: MainWindow, tmp_path: Path,
                                                               monkeypatch, no_dialogs) -> None:
    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"PK\x03\x04 not really a docx")
    sheet = tmp_path / "figures.xlsx"
    sheet.write_bytes(b"PK\x03\x04 a spreadsheet")
    notes = tmp_path / "notes.json"
    notes.write_text('{"not": "timelinejs"}', encoding="utf-8")
    dated = tmp_path / "dated.txt"
    body = ("De gemeenteraad besloot gisteren na een lange vergadering over de toekomst van de oude brug. "
            "De wethouder sprak van een moeilijke keuze voor de stad en haar bewoners.\n\n"
            "Het herstel gaat volgend jaar beginnen en duurt naar verwachting achttien maanden.\n")
    dated.write_text(f"Title: Raad besluit\nPublished: 2024-03-05\n\n{body}", encoding="utf-8")
    undated = tmp_path / "undated.txt"
    undated.write_text("Title: Havenbrug\n\nOmwonenden klagen al weken over de drukte in de straten rond de oude "
                       "haven.\n\nDe brug ging gisteren dicht voor alle verkeer, meldt de gemeente, die overlegt met "
                       "de provincie over een tijdelijke pont.\n", encoding="utf-8")
    again = tmp_path / "again.txt"
    again.write_text(dated.read_text(encoding="utf-8"), encoding="utf-8")
    chosen = [str(p) for p in (bad, sheet, notes, dated, undated, again)]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: (chosen, ""))
    with qtbot.waitSignal(window.imports.summary_shown, timeout=60_000) as shown:
        window.actions_["import_files"].trigger()
    summary = shown.args[0]
    assert sorted(summary.listed_paths()) == sorted(chosen)  # every selected file, whatever became of it
    results = {Path(r.path).name: (r.result, r.details) for r in summary.rows}
    assert results["figures.xlsx"] == ("failed", "unsupported file type .xlsx")
    assert results["broken.docx"][0] == results["notes.json"][0] == "failed"
    assert results["again.txt"][0] == "duplicate" and results["dated.txt"][0] == "imported"
    assert results["undated.txt"][0] == "imported" and "no publication date" in results["undated.txt"][1]
    assert "3 failed" in summary.headline.text() and "1 duplicate" in summary.headline.text()
    assert summary.set_dates_button.isVisible() and [u.title for u in summary.undated] == ["Havenbrug"]
    assert summary.undated_label.text().startswith("1 imported article has no publication date")
    assert no_dialogs == []

    # "Set Dates…": one click, one date, and the article's relative dates are resolved (one undo step).
    from timeline_app.ui.import_summary import SetDatesDialog

    def enter(dialog: SetDatesDialog) -> int:
        next(iter(dialog.edits.values())).setText("2024-03-08")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SetDatesDialog, "exec", enter)
    summary.set_dates_button.click()
    window.ops.wait_idle()
    undated_id = summary.undated[0].article_id
    with window.archive.read() as tx:
        article = tx.articles.get(undated_id)
        spans = [e.span for e in tx.events.many(tx.events.ids(article_id=undated_id))]
    assert article is not None and str(article.published) == "2024-03-08"
    assert any(str(s.start.date()) == "2024-03-07" for s in spans if s.start)  # "gisteren"
    assert window.actions_["undo"].isEnabled()


def test_gui_stays_responsive_and_cancel_keeps_finished(qtbot, window: MainWindow, tmp_path: Path, no_dialogs) -> None:
    for n in range(200):
        (tmp_path / f"a{n:03}.txt").write_text(f"Story {n}\n\nThe board met on 3 March 2021 about item {n}. " * 20)
    ticks = []
    from PySide6.QtCore import QTimer

    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    handle = window.imports.start([tmp_path])
    assert handle is not None
    qtbot.waitUntil(lambda: window.imports.progress.value() >= 20, timeout=60_000)
    with qtbot.waitSignal(window.import_finished, timeout=60_000) as blocker:
        window.imports.cancel_button.click()
    timer.stop()
    report = blocker.args[0]
    assert report.cancelled
    imported = report.count(Outcome.IMPORTED)
    assert 20 <= imported < 200
    assert window.model.rowCount() == imported
    assert len(ticks) > 5  # the event loop kept running while the import worked


def test_window_state_is_restored(qtbot, archive: Archive, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "state.ini"), QSettings.Format.IniFormat)
    first = MainWindow(archive, JobRunner(), settings)
    qtbot.addWidget(first)
    first.resize(760, 700)
    first.splitter.setSizes([300, 420])
    first.show()
    qtbot.waitExposed(first)
    expected = first.splitter.sizes()
    first.close()
    second = MainWindow(archive, JobRunner(), settings)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert (second.size().width(), second.size().height()) == (760, 700)
    assert second.splitter.sizes() == expected
