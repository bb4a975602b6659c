"""The article reader: marks, escaping, hits, hover/click, metadata edits that re-resolve dates."""

from __future__ import annotations

import datetime as dt

from builders import add_article
from PySide6.QtCore import QUrl

from timeline_app.domain.models import EventStatus
from timeline_app.services.extracting import reextract_article
from timeline_app.services.reading import article_view, update_article_metadata
from timeline_app.ui.reader import ArticleReader
from timeline_app.ui.reader_html import LIGHT, article_html, find_hit

TEXT = (
    "De ministers spraken gisteren in Genève over het fonds.\n\n"
    "Het overleg duurde drie uur. Het verdrag werd op 3 februari 2022 getekend."
)


def _article(archive, text: str = TEXT, **fields) -> int:
    article_id = add_article(archive, text, language="nl", published=dt.date(2022, 3, 10), **fields)
    reextract_article(archive, article_id)
    return article_id


def test_view_marks_dates_by_type_and_links_events(archive) -> None:
    view = article_view(archive, _article(archive))
    assert view is not None
    by_text = {d.text: d for d in view.dates}
    assert by_text["gisteren"].value == "2022-03-09"
    assert by_text["drie uur"].type == "DURATION" and by_text["drie uur"].event_id is None
    assert by_text["3 februari 2022"].event_id is not None
    assert view.sentences
    html = article_html(view, LIGHT)
    assert LIGHT.duration in html and LIGHT.date in html and LIGHT.suggested in html


def test_article_strings_are_escaped(archive) -> None:
    hostile = "<img src=x onerror=alert(1)>"
    article_id = _article(archive, f"{hostile} Op 3 februari 2022 gebeurde het.", title=hostile, source_name=hostile)
    view = article_view(archive, article_id)
    assert view is not None
    html = article_html(view, LIGHT)
    assert "<img" not in html and "&lt;img src=x onerror=alert(1)&gt;" in html


def test_find_hit_ignores_case_and_accents() -> None:
    text = "In Oekraïne en GENÈVE werd gesproken."
    assert find_hit(text, ["oekraine"]) == 3
    assert find_hit(text, ["geneve", "oekraine"]) == 3
    assert find_hit(text, ["krim"]) is None


def test_click_on_a_date_selects_its_event_and_hover_explains_it(qtbot, archive, new_ops) -> None:
    article_id = _article(archive)
    reader = ArticleReader(archive, new_ops())
    qtbot.addWidget(reader)
    assert reader.show_article(article_id, search_terms=["fonds"])
    assert reader.view is not None
    index = next(i for i, d in enumerate(reader.view.dates) if d.event_id is not None)
    with qtbot.waitSignal(reader.event_clicked) as blocker:
        reader.browser.anchorClicked.emit(QUrl(f"date:{index}"))
    assert blocker.args == [reader.view.dates[index].event_id]
    reader.browser.highlighted.emit(QUrl(f"date:{index}"))  # shows a tooltip, never raises
    reader.browser.anchorClicked.emit(QUrl("https://example.org/"))  # other links do nothing
    assert "temporal expressions" in reader.caption.text()


def test_new_publication_date_re_resolves_and_flags_reviewed_events(archive) -> None:
    article_id = _article(archive)
    with archive.read() as tx:
        events = tx.events.many(tx.events.ids(article_id=article_id))
    yesterday = next(e for e in events if e.span.value == "2022-03-09")
    signed = next(e for e in events if e.span.value == "2022-02-03")
    with archive.write() as tx:
        tx.events.set_status([yesterday.id], EventStatus.ACCEPTED)

    result = update_article_metadata(archive, article_id, published=dt.date(2022, 5, 2))

    assert result.flagged_event_ids == (yesterday.id,)
    with archive.read() as tx:
        kept = tx.events.get_required(yesterday.id)
        assert kept.span.value == "2022-03-09" and kept.conflict  # reviewed: kept, flagged
        values = {e.span.value for e in tx.events.many(tx.events.ids(article_id=article_id))}
    assert "2022-02-03" in values  # absolute dates do not move
    assert signed.span.value in values


def test_metadata_form_applies_changes(qtbot, archive, new_ops) -> None:
    article_id = _article(archive)
    reader = ArticleReader(archive, new_ops())
    qtbot.addWidget(reader)
    reader.show_article(article_id)
    reader.details_button.click()
    reader.form.published.setText("not a date")
    reader.form.apply_button.click()
    assert "not a date" in reader.form.error.text()
    reader.form.published.setText("2022-04-01")
    reader.form.source.setText("De Grensbode")
    with qtbot.waitSignal(reader.ops.hub.changed):
        reader.form.apply_button.click()
    reader.ops.wait_idle()
    with archive.read() as tx:
        article = tx.articles.get(article_id)
    assert article is not None and article.published == dt.date(2022, 4, 1) and article.source_name == "De Grensbode"
    assert reader.view is not None
    assert any(d.value == "2022-03-31" for d in reader.view.dates)  # "gisteren" follows the new date
