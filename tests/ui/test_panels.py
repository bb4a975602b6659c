"""Search panel, timeline list, settings and the paste dialog."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from builders import add_article, add_event
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QMessageBox

from timeline_app.services.importing import Outcome, import_text
from timeline_app.ui.paste_dialog import PasteArticleDialog
from timeline_app.ui.search_panel import HTML_ROLE, ID_ROLE, SearchPanel
from timeline_app.ui.settings import AppSettings, SettingsDialog
from timeline_app.ui.timeline_list import TimelineListWidget


def test_search_panel_finds_articles_and_events(qtbot, qtmodeltester, archive) -> None:
    hostile = add_article(archive, "De <b>annexatie</b> van de Krim in 2014.", title="Krim <script>", language="nl")
    add_article(archive, "Iets anders over Riyad.", title="Riyad", language="en")
    add_event(archive, hostile, "Annexatie van de Krim")
    panel = SearchPanel(archive)
    qtbot.addWidget(panel)
    panel.query.setText("annex*")
    panel.run_search()
    qtmodeltester.check(panel.articles)
    assert panel.articles.ids() == [hostile]
    rich = panel.articles.index(0).data(HTML_ROLE)
    assert "<script>" not in rich and "&lt;b&gt;" in rich  # article text is escaped, matches marked
    assert panel.events.rowCount() == 1
    panel.language_filter.setCurrentIndex(panel.language_filter.findData("en"))
    panel.run_search()
    assert panel.articles.ids() == []
    panel.language_filter.setCurrentIndex(0)
    panel.query.setText('"unbalanced AND (')
    panel.run_search()  # never an error
    panel.query.setText("krim")
    panel.run_search()
    panel.article_list.setCurrentIndex(panel.articles.index(0))
    with qtbot.waitSignal(panel.open_article_requested) as opened:
        panel.open_button.click()
    assert opened.args == [hostile, ["krim"]]
    with qtbot.waitSignal(panel.add_events_requested) as added:
        panel.add_button.click()
    assert added.args[0] == [panel.events.index(0).data(ID_ROLE)]


def test_search_panel_rejects_bad_dates_clearly(qtbot, archive) -> None:
    panel = SearchPanel(archive)
    qtbot.addWidget(panel)
    panel.query.setText("krim")
    panel.published_from.setText("gisteren")
    panel.run_search()
    assert "YYYY-MM-DD" in panel.status.text()


def test_timeline_list_create_rename_duplicate_delete_with_undo(qtbot, qtmodeltester, archive, monkeypatch,
                                                                new_ops) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: shown.append(text))
    event_id = add_event(archive, add_article(archive))
    ops = new_ops()
    widget = TimelineListWidget(archive, ops)
    qtbot.addWidget(widget)
    names = iter(["Oorlog", "Oorlog 2022"])
    widget.ask_text = lambda *a: (next(names), True)
    widget.create("Oorlog", [event_id])
    ops.wait_idle()
    with archive.read() as tx:
        created = tx.timelines.find("Oorlog")
    assert created is not None and widget.current_id == created.id
    qtmodeltester.check(widget.model)
    widget.ask_rename()  # "Oorlog" again: unchanged, nothing pushed
    widget.ask_rename()
    ops.wait_idle()
    widget.duplicate_current()
    ops.wait_idle()
    widget.ask_text = lambda *a: ("Oorlog 2022", True)
    widget.ask_create_empty()
    notices: list[str] = []
    widget.notice_posted.connect(notices.append)
    widget.ask_create_from_selection()  # nothing selected: explained, nothing created
    assert notices == ["Select events in the review queue first"]  # a taken name is refused with a message
    assert shown and "already a timeline" in shown[0]
    widget.delete_current()
    ops.wait_idle()

    def names_now() -> list[str]:
        with archive.read() as tx:
            return sorted(t.name for t in tx.timelines.all())

    assert names_now() == ["Oorlog 2022"]
    ops.undo()  # the copy comes back, and is shown
    ops.wait_idle()
    assert names_now() == ["Oorlog 2022", "Oorlog 2022 (2)"]
    assert widget.model.timeline(widget.view.currentIndex().row()).name == "Oorlog 2022 (2)"  # type: ignore[union-attr]
    ops.undo()
    ops.undo()
    ops.wait_idle()
    assert names_now() == ["Oorlog"]
    ops.undo()
    ops.wait_idle()
    assert names_now() == []
    while ops.can_redo():
        ops.redo()
        ops.wait_idle()
    assert names_now() == ["Oorlog 2022"]
    with archive.read() as tx:
        assert tx.timelines.all()[0].entry_count == 1


def test_settings_round_trip_and_dialog(qtbot, tmp_path: Path, monkeypatch) -> None:
    dutch_system = QLocale(QLocale.Language.Dutch, QLocale.Country.Belgium)
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), tmp_path / "data",
                           dutch_system)
    # The interface (and its dates) follow the system until the editor chooses.
    assert (settings.import_language, settings.interface_choice, settings.display_language,
            settings.review_threshold) == (None, None, "nl", 60)
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert "Nederlands" in dialog.interface_language.itemText(0)
    dialog.import_language.setCurrentIndex(dialog.import_language.findData("fr"))
    dialog.interface_language.setCurrentIndex(dialog.interface_language.findData("de"))
    dialog.threshold.setValue(40)
    dialog.accept()
    again = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), tmp_path / "data",
                        dutch_system)
    assert (again.import_language, again.interface_language, again.display_language,
            again.review_threshold) == ("fr", "de", "de", 40)
    english = AppSettings(QSettings(str(tmp_path / "e.ini"), QSettings.Format.IniFormat), tmp_path / "data",
                          QLocale(QLocale.Language.Spanish))
    assert english.interface_language == "en"  # a system language we have no interface for
    opened: list[str] = []
    monkeypatch.setattr("timeline_app.ui.settings.QDesktopServices.openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    assert dialog.open_data_folder()
    assert opened == [str(tmp_path / "data")] and (tmp_path / "data").is_dir()


def test_paste_dialog_validates_and_import_text_stores_events(qtbot, archive) -> None:
    dialog = PasteArticleDialog("Ministers akkoord over fonds\nDe ministers spraken gisteren af.\nMeer volgt.")
    qtbot.addWidget(dialog)
    assert dialog.title.text() == "Ministers akkoord over fonds"
    dialog.published.setText("29-11-2024")
    assert "YYYY-MM-DD" in dialog.error.text()
    dialog.published.setText("2024-11-29")
    assert dialog.error.text() == ""
    pasted = dialog.result_article()
    result = import_text(archive, pasted.text, title=pasted.title, published=pasted.published, language="nl")
    assert result.outcome is Outcome.IMPORTED
    with archive.read() as tx:
        article = tx.articles.get(result.article_id)
        events = tx.events.many(tx.events.ids(article_id=result.article_id))
    assert article is not None and article.text.count("\n\n") == 2
    assert any(e.span.first_day == dt.date(2024, 11, 28) for e in events)
    assert import_text(archive, pasted.text, title="Again", published=None).outcome is Outcome.DUPLICATE
    assert import_text(archive, "   ", title="Empty").reason == "the pasted text is empty"


def test_new_timeline_from_the_selected_events(qtbot, archive, new_ops) -> None:
    first, second = (add_event(archive, add_article(archive), title) for title in ("Eerste", "Tweede"))
    widget = TimelineListWidget(archive, new_ops())
    qtbot.addWidget(widget)
    widget.selected_events = lambda: [first, second]
    widget.ask_text = lambda *a: ("Selectie", True)
    widget.ask_create_from_selection()
    widget.ops.wait_idle()
    with archive.read() as tx:
        timeline = tx.timelines.find("Selectie")
        assert timeline is not None
        assert sorted(e.event_id for e in tx.timelines.entries(timeline.id)) == sorted([first, second])
