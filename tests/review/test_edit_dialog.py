"""The event edit dialog: live date parsing, precision, approximate, qualifier, tags."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from timeline_app.domain.dates import DateSpan, Precision, Qualifier
from timeline_app.domain.models import Event, EventOrigin, EventSource, EventStatus
from timeline_app.ui.review import EventEditDialog


def _event(span: DateSpan | None = None) -> Event:
    return Event(
        id=1, title="Talks in Geneva", description="", span=span or DateSpan.day(dt.date(2022, 2, 3)),
        status=EventStatus.SUGGESTED, origin=EventOrigin.EXTRACTED, confidence=0.7, edited=False, conflict=False,
        tags=("diplomacy",),
        sources=(EventSource(1, 0, 10, "Talks in Geneva began on Thursday.", 0, 34, "Thursday"),),
    )


@pytest.fixture
def dialog(qtbot) -> EventEditDialog:
    made = EventEditDialog(_event(), reference_date=dt.date(2023, 7, 1), language="nl", display_language="nl")
    qtbot.addWidget(made)
    return made


def test_typing_a_month_gives_a_month_span_with_a_live_preview(qtbot, dialog: EventEditDialog) -> None:
    dialog.date_edit.selectAll()
    qtbot.keyClicks(dialog.date_edit, "juni 2023")
    qtbot.waitUntil(lambda: dialog.span is not None and dialog.span.precision is Precision.MONTH)
    assert dialog.span == DateSpan.month(2023, 6)
    assert dialog.preview.text() == "→ juni 2023, month"
    assert dialog.precision_combo.currentData() is Precision.MONTH


def test_approximate_checkbox_and_qualifier_change_the_span(qtbot, dialog: EventEditDialog) -> None:
    dialog.date_edit.setText("juni 2023")
    dialog.parse_now()
    dialog.approximate_check.setChecked(True)
    assert dialog.span == DateSpan.month(2023, 6, approximate=True)
    assert dialog.preview.text() == "→ c. juni 2023, month, approximate"
    dialog.qualifier_combo.setCurrentIndex(dialog.qualifier_combo.findData(Qualifier.SINCE))
    dialog.qualifier_combo.activated.emit(dialog.qualifier_combo.currentIndex())
    assert dialog.span is not None and dialog.span.qualifier is Qualifier.SINCE


def test_typed_approximation_ticks_the_checkbox(dialog: EventEditDialog) -> None:
    dialog.date_edit.setText("rond 1990")
    dialog.parse_now()
    assert dialog.span == DateSpan.year(1990, approximate=True)
    assert dialog.approximate_check.isChecked()


def test_precision_combo_snaps_the_span(dialog: EventEditDialog) -> None:
    dialog.precision_combo.setCurrentIndex(dialog.precision_combo.findData(Precision.YEAR))
    dialog.precision_combo.activated.emit(dialog.precision_combo.currentIndex())
    assert dialog.span == DateSpan.year(2022)


def test_unreadable_date_disables_ok(dialog: EventEditDialog) -> None:
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()
    dialog.date_edit.setText("sometime maybe")
    dialog.parse_now()
    assert dialog.span is None and not ok.isEnabled()
    assert "not a date" in dialog.preview.text()
    assert not dialog.precision_combo.isEnabled()


def test_relative_dates_use_the_article_date(dialog: EventEditDialog) -> None:
    dialog.date_edit.setText("gisteren")
    dialog.parse_now()
    assert dialog.span == DateSpan.day(dt.date(2023, 6, 30))


def test_edit_collects_every_field(qtbot, dialog: EventEditDialog) -> None:
    dialog.title_edit.setText("Peace talks")
    dialog.description_edit.setPlainText("In Geneva.")
    dialog.tags_edit.setText("diplomacy,  un , ")
    edit = dialog.edit()
    assert (edit.title, edit.description, edit.span, edit.tags) == (
        "Peace talks", "In Geneva.", DateSpan.day(dt.date(2022, 2, 3)), ("diplomacy", "un")
    )
    dialog.show()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
