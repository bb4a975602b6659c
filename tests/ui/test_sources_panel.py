"""Selecting events on the canvas lists their sources; a source opens its article at the sentence."""

from __future__ import annotations

from pathlib import Path

from builders import add_article, add_event
from PySide6.QtCore import QSettings, QUrl

from timeline_app.domain.models import EventSource
from timeline_app.ui.jobs import JobRunner
from timeline_app.ui.main_window import MainWindow
from timeline_app.ui.sources_panel import sentence_html


def test_sentence_marks_the_date_words_and_escapes() -> None:
    sentence = "<b>Op</b> dinsdag 3 februari 2022 brak water door."
    start = sentence.index("3 februari")
    source = EventSource(1, 100 + start, 100 + start + 15, sentence, 100, 100 + len(sentence), "3 februari 2022")
    marked = sentence_html(source)
    assert "&lt;b&gt;Op&lt;/b&gt;" in marked
    assert ">3 februari 2022</b> brak" in marked


def test_canvas_selection_shows_sources_and_opens_the_article(qtbot, archive, tmp_path: Path) -> None:
    article_id = add_article(archive, "Lang verhaal. Op 3 februari 2022 brak water door.", title="Waterinbraak")
    event_id = add_event(archive, article_id, "Water breekt door")
    window = MainWindow(archive, JobRunner(), QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    window.timelines.create("Tunnel", [event_id])
    window.ops.wait_idle()
    timeline_id = window.timelines.current_id
    assert timeline_id is not None
    with archive.read() as tx:
        entry_id = tx.timelines.entries(timeline_id)[0].id
    window.canvas.scene.set_selection([entry_id])
    assert window.sources.event_ids == [event_id]
    assert "Waterinbraak" in window.sources.toPlainText()
    window.sources.anchorClicked.emit(QUrl(f"article:{article_id}:10"))
    assert window.reader.article_id == article_id
    assert window.tabs.currentIndex() == 0


def test_reviewing_keeps_the_open_timeline_and_its_zoom(qtbot, archive, tmp_path: Path) -> None:

    article_id = add_article(archive, "Op 3 februari 2022 brak water door.", title="Waterinbraak")
    # confident suggestions: the queue hides those below its threshold (60 %)
    events = [add_event(archive, article_id, f"Gebeurtenis {n}", confidence=0.9) for n in range(3)]
    window = MainWindow(archive, JobRunner(), QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    window.timelines.create("Tunnel", events[:1])
    window.ops.wait_idle()
    timeline_id = window.timelines.current_id
    window.canvas.view.zoom_by(2)
    step = window.canvas.scene.zoom_step
    opened: list[object] = []
    window.timelines.current_changed.connect(opened.append)
    window.review.table.setFocus()
    assert window.review.select_event(events[1])
    notices: list[str] = []
    window.review.notice_posted.connect(notices.append)
    assert window.review.timeline_id == timeline_id, notices
    window.review.review_actions.add_to_timeline.trigger()  # T: adds to the open timeline
    window.ops.wait_idle()
    assert window.timelines.current_id == timeline_id
    assert opened == []  # the timeline was not opened again (that would re-fit the view)
    assert window.canvas.scene.zoom_step == step
    with archive.read() as tx:
        assert tx.timelines.get_required(timeline_id).entry_count == 2
