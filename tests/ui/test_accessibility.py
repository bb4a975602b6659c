"""Accessibility of the desktop app: the canvas lists its entries to screen readers, the views
have accessible names, and the text colours of both themes stand out from their backgrounds
(WCAG contrast ratio at least 4.5:1)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from builders import add_article, add_event
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAccessible, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QLineEdit,
    QStyleFactory,
)

from timeline_app.domain.dates import DateSpan
from timeline_app.export import style
from timeline_app.services import timelines as svc
from timeline_app.storage import Archive
from timeline_app.ui.banners import BANNER_STYLE
from timeline_app.ui.canvas.theme import CanvasTheme
from timeline_app.ui.jobs import JobRunner
from timeline_app.ui.main_window import MainWindow
from timeline_app.ui.palette import dark_palette, readable_palette

AA = 4.5


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(a: QColor | str, b: QColor | str) -> float:
    """The WCAG 2 contrast ratio of two colours (1 to 21)."""
    first, second = sorted((_luminance(QColor(a)), _luminance(QColor(b))), reverse=True)
    return (first + 0.05) / (second + 0.05)


def test_contrast_is_measured_as_wcag_does() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


def _palettes() -> dict[str, QPalette]:
    """The palettes the app shows: the platform's (Fusion's here) and the dark one, made readable at start."""
    style_ = QStyleFactory.create("Fusion")
    return {"light": readable_palette(style_.standardPalette()), "dark": readable_palette(dark_palette())}


def test_readable_palette_fixes_only_what_reads_badly() -> None:
    plain = QStyleFactory.create("Fusion").standardPalette()
    role = QPalette.ColorRole
    assert contrast(plain.color(role.HighlightedText), plain.color(role.Highlight)) < AA  # Fusion's own blue
    fixed = readable_palette(plain)
    assert contrast(fixed.color(role.HighlightedText), fixed.color(role.Highlight)) >= AA
    assert fixed.color(role.HighlightedText) == plain.color(role.HighlightedText)  # white text stays white
    assert fixed.color(role.Text) == plain.color(role.Text) and fixed.color(role.Base) == plain.color(role.Base)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_app_palettes_read_well(theme: str) -> None:
    palette = _palettes()[theme]
    role = QPalette.ColorRole
    for text, background in ((role.WindowText, role.Window), (role.Text, role.Base), (role.Text, role.AlternateBase),
                             (role.ButtonText, role.Button), (role.HighlightedText, role.Highlight),
                             (role.ToolTipText, role.ToolTipBase), (role.PlaceholderText, role.Base)):
        ratio = contrast(palette.color(text), palette.color(background))
        assert ratio >= AA, (theme, text.name, background.name, round(ratio, 2))


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_canvas_reads_well(theme: str) -> None:
    canvas = CanvasTheme.from_palette(_palettes()[theme])
    for name in ("background", "lane_alt", "card", "header_background"):
        for ink in ("text", "muted"):
            ratio = contrast(getattr(canvas, ink), getattr(canvas, name))
            assert ratio >= AA, (theme, ink, name, round(ratio, 2))


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_published_timelines_read_well(theme: str) -> None:
    palette = style.palette(theme)
    for name in ("background", "lane_alt", "card"):
        for ink in ("text", "muted"):
            ratio = contrast(getattr(palette, ink), getattr(palette, name))
            assert ratio >= AA, (theme, ink, name, round(ratio, 2))
    assert contrast(style.CLUSTER_TEXT, style.LANE_COLOURS[0]) >= AA  # cluster counts on their badge


def test_the_sample_banner_reads_well() -> None:
    text, background = "#14283f", "#e3eefc"
    assert text in BANNER_STYLE and background in BANNER_STYLE
    assert contrast(text, background) >= 7.0


@pytest.fixture
def story(archive: Archive) -> int:
    article = add_article(archive, "Tekst.", title="Tunnel")
    events = [add_event(archive, article, title, DateSpan.day(dt.date(2014 + i, 3, 13)))
              for i, title in enumerate(("Verdrag getekend", "Boring begint", "Waterinbraak"))]
    timeline, _ = svc.create_timeline(archive, "Drielandentunnel", event_ids=events)
    return timeline.id


def test_the_canvas_lists_its_entries_to_screen_readers(qtbot, archive: Archive, story: int, tmp_path: Path) -> None:
    runner = JobRunner()
    window = MainWindow(archive, runner, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    window.timelines.select(story)
    window.navigation.show_timeline_tab()
    view = window.canvas.view
    interface = QAccessible.queryAccessibleInterface(view)
    assert interface is not None and interface.role() == QAccessible.Role.List
    assert interface.text(QAccessible.Text.Name) == "Timeline “Drielandentunnel”"
    assert interface.childCount() == 3
    names = [interface.child(i).text(QAccessible.Text.Name) for i in range(3)]
    assert names == ["13 Mar 2014: Verdrag getekend", "13 Mar 2015: Boring begint", "13 Mar 2016: Waterinbraak"]
    first = interface.child(0)
    assert first.role() == QAccessible.Role.ListItem and first.parent() is interface
    assert interface.indexOfChild(first) == 0 and "lane" in first.text(QAccessible.Text.Description)
    assert not first.rect().isEmpty()

    view.keys.move_focus(1)  # the keyboard moves to an entry: it is the focused, selected child
    focused = interface.focusChild()
    assert focused is not None and focused.text(QAccessible.Text.Name) == names[0]
    assert focused.state().selected
    window.close()
    runner.shutdown()


def test_views_and_inputs_have_accessible_names(qtbot, archive: Archive, tmp_path: Path) -> None:
    runner = JobRunner()
    window = MainWindow(archive, runner, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    unnamed = []
    for widget in window.findChildren(QAbstractScrollArea) + window.findChildren(QLineEdit):
        if not widget.isVisibleTo(window) or isinstance(widget.parent(), (QAbstractItemView, QAbstractSpinBox)):
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface is not None else ""
        if not (name or widget.accessibleName() or getattr(widget, "placeholderText", lambda: "")()):
            unnamed.append(f"{type(widget).__name__} in {type(widget.parent()).__name__}")
    assert unnamed == []
    window.close()
    runner.shutdown()
    assert QApplication.instance() is not None
