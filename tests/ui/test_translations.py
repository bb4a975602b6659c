"""The interface in English, Dutch, French and German: the .ts files are complete and in step
with the code, and no English is left in the main window of another language."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDockWidget,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QTabWidget,
    QWidget,
)

from timeline_app.ui.i18n import LANGUAGE_NAMES, Localizer, translations_dir
from timeline_app.ui.jobs import JobRunner
from timeline_app.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("nl", "fr", "de")
PLACEHOLDER = re.compile(r"\{\w*\}|%\d|%n")
# Words that are the same in English and the other language by nature, not by neglect.
SAME_EVERYWHERE = {*LANGUAGE_NAMES.values(), *LANGUAGE_NAMES, "PNG", "SVG", "PDF", "HTML", "CSV", "JSON", "URL", "×", "%", "−", "+"}


def _catalogue(language: str) -> dict[str, str]:
    root = ET.parse(translations_dir() / f"timeline_app_{language}.ts").getroot()
    return {m.findtext("source") or "": m.findtext("translation") or "" for m in root.iter("message")}


def _unfinished(language: str) -> list[str]:
    root = ET.parse(translations_dir() / f"timeline_app_{language}.ts").getroot()
    return [m.findtext("source") or "" for m in root.iter("message")
            if m.find("translation") is not None and m.find("translation").get("type") in ("unfinished", "obsolete")]  # type: ignore[union-attr]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_text_is_translated_with_its_placeholders_and_access_key(language: str) -> None:
    assert _unfinished(language) == []
    for source, translation in _catalogue(language).items():
        assert translation.strip(), source
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation)), source
        assert ("&" in source.replace("&&", "")) == ("&" in translation.replace("&&", "")), source


def test_the_ts_files_are_in_step_with_the_code(tmp_path: Path) -> None:
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    if not tool.exists():
        pytest.skip("pyside6-lupdate is not installed")
    sys.path.insert(0, str(ROOT / "build"))
    try:
        from update_translations import sources
    finally:
        sys.path.pop(0)
    fresh = tmp_path / "fresh.ts"
    shutil.copy(translations_dir() / "timeline_app_nl.ts", fresh)
    subprocess.run([str(tool), *(str(p) for p in sources()), "-no-obsolete", "-locations", "none", "-ts", str(fresh)],
                   check=True, capture_output=True)
    texts = set(_catalogue("nl"))
    root = ET.parse(fresh).getroot()
    code = {m.findtext("source") or "" for m in root.iter("message")}
    assert code - texts == set(), "texts in the code without a translation: run `make translations-update`"
    assert texts - code == set(), "translations of texts the code no longer has: run `make translations-update`"


def _texts(window: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text a user can see or hear in ``window``, in a stable order."""
    yield "title", window.windowTitle()
    for action in sorted(window.findChildren(QMenu), key=lambda m: m.objectName()):
        action.aboutToShow.emit()
    menus = [a.menu() for a in window.menuBar().actions()]  # type: ignore[attr-defined]
    seen: set[int] = set()
    while menus:
        menu = menus.pop(0)
        if menu is None or id(menu) in seen:
            continue
        seen.add(id(menu))
        menu.aboutToShow.emit()
        yield "menu", menu.title()
        for action in menu.actions():
            if action.isSeparator():
                continue
            yield "action", action.text()
            yield "tip", action.statusTip()
            yield "tip", action.toolTip()
            if action.menu() is not None:
                menus.append(action.menu())
    for widget in window.findChildren(QWidget):
        kind = type(widget).__name__
        yield f"{kind}.tip", widget.toolTip()
        yield f"{kind}.name", widget.accessibleName()
        if isinstance(widget, QLabel):
            yield "label", widget.text()
        elif isinstance(widget, QAbstractButton):
            yield "button", widget.text()
        elif isinstance(widget, QLineEdit):
            yield "placeholder", widget.placeholderText()
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield "combo", widget.itemText(i)
        elif isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                yield "tab", widget.tabText(i)
        elif isinstance(widget, QDockWidget):
            yield "dock", widget.windowTitle()
        if isinstance(widget, QTableView) and widget.model() is not None:
            for column in range(widget.horizontalHeader().count()):
                yield "header", str(widget.model().headerData(column, Qt.Orientation.Horizontal) or "")
    for action in window.canvas.toolbar.actions():  # type: ignore[attr-defined]
        yield "toolbar", action.iconText()
    yield "status", window.statusBar().currentMessage()  # type: ignore[attr-defined]


def _window_texts(qtbot, archive, tmp_path: Path, language: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    app = QCoreApplication.instance()
    assert app is not None
    localizer = Localizer(app)
    assert localizer.apply(language), f"no compiled translation for {language}: run `make translations`"
    runner = JobRunner()
    try:
        settings = QSettings(str(tmp_path / f"{language}.ini"), QSettings.Format.IniFormat)
        settings.setValue("interface/language", language)
        window = MainWindow(archive, runner, settings)
        qtbot.addWidget(window)
        window.show()
        texts = list(_texts(window))
        window.close()
    finally:
        runner.shutdown()
        localizer.apply("en")
        archive.bind_writer(None)
    return texts


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_english_is_left_in_the_main_window(qtbot, archive, tmp_path: Path, language: str) -> None:
    english = _window_texts(qtbot, archive, tmp_path, "en")
    other = _window_texts(qtbot, archive, tmp_path, language)
    assert [where for where, _ in english] == [where for where, _ in other]  # the same window, text for text
    catalogue = _catalogue(language)
    same_by_nature = SAME_EVERYWHERE | {source for source, translation in catalogue.items() if source == translation}
    left = sorted({
        (where, mine) for (where, theirs), (_, mine) in zip(english, other, strict=True)
        if mine == theirs and re.search(r"[A-Za-z]{2,}", mine) and mine not in same_by_nature
        and mine.replace("&", "") not in {s.replace("&", "") for s in same_by_nature}
    })
    assert left == [], f"English left in the {language} interface"
    assert len([t for _, t in other if t]) > 150  # the walk did see the window


def test_dates_follow_the_interface_language(qtbot, archive, tmp_path: Path) -> None:

    from builders import add_article, add_event

    from timeline_app.domain.dates import DateSpan

    add_event(archive, add_article(archive, "Tekst.", title="Raad"), "Besluit", DateSpan.month(2023, 3),
              confidence=0.9)
    shown = {}
    for language, month in (("en", "March"), ("nl", "maart"), ("fr", "mars"), ("de", "März")):
        runner = JobRunner()
        settings = QSettings(str(tmp_path / f"d-{language}.ini"), QSettings.Format.IniFormat)
        settings.setValue("interface/language", language)
        window = MainWindow(archive, runner, settings)
        qtbot.addWidget(window)
        model = window.review.model
        shown[language] = str(model.data(model.index(0, 0)))
        assert month in shown[language], shown
        window.close()
        runner.shutdown()
        archive.bind_writer(None)
