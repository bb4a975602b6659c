"""New article from pasted text: asks title, source, publication date and language."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from timeline_app.ui.i18n import LANGUAGE_NAMES, tr


@dataclass(frozen=True, slots=True)
class PastedArticle:
    """What the editor entered."""

    text: str
    title: str
    source_name: str | None
    published: _dt.date | None
    language: str | None


class PasteArticleDialog(QDialog):
    """Collects a pasted article; OK only when it has text, a title and a valid date (or none)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("New article from pasted text"))
        self.resize(640, 520)
        first_line = next((line.strip() for line in text.splitlines() if line.strip()), "")
        self.title = QLineEdit(first_line[:200])
        self.source = QLineEdit(placeholderText=tr("e.g. De Grensbode"))
        self.published = QLineEdit(placeholderText=tr("YYYY-MM-DD (needed to resolve “yesterday”, “last week”)"))
        self.language = QComboBox()
        self.language.addItem(tr("Detect"), None)
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.body = QPlainTextEdit(text)
        self.error = QLabel()
        self.error.setStyleSheet("color: #c0392b;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(tr("Title"), self.title)
        form.addRow(tr("Source"), self.source)
        form.addRow(tr("Published"), self.published)
        form.addRow(tr("Language"), self.language)
        form.addRow(self.body)
        form.addRow(self.error)
        form.addRow(self.buttons)
        for edit in (self.title, self.published):
            edit.textChanged.connect(self._validate)
        self.body.textChanged.connect(self._validate)
        self._validate()

    def _published(self) -> _dt.date | None:
        text = self.published.text().strip()
        return _dt.date.fromisoformat(text) if text else None

    def _validate(self) -> None:
        problem = ""
        if not self.body.toPlainText().strip():
            problem = tr("Paste or type the article text.")
        elif not self.title.text().strip():
            problem = tr("The article needs a title.")
        else:
            try:
                self._published()
            except ValueError:
                problem = tr("The publication date is YYYY-MM-DD, or empty when unknown.")
        self.error.setText(problem)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problem)

    def result_article(self) -> PastedArticle:
        """The entered article (call after the dialog was accepted)."""
        return PastedArticle(
            text=self.body.toPlainText(),
            title=self.title.text().strip(),
            source_name=self.source.text().strip() or None,
            published=self._published(),
            language=self.language.currentData(),
        )
