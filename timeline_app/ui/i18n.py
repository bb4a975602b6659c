"""The interface language: Qt translators for the app's own texts and Qt's, chosen from the
system locale unless the Settings name one.

Texts are wrapped in :func:`tr` (one translation context for the whole interface, so
``pyside6-lupdate`` finds every call); the sources are ``timeline_app/i18n/timeline_app_*.ts``
and ``make translations`` compiles them to ``.qm`` files next to them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

LANGUAGES = ("en", "nl", "fr", "de")
"""The interface languages, English first (the language of the source texts)."""
LANGUAGE_NAMES = {"en": "English", "nl": "Nederlands", "fr": "Français", "de": "Deutsch"}
"""Each language in its own words (the way a language menu lists them)."""
_QT_LANGUAGES = {
    QLocale.Language.English: "en",
    QLocale.Language.Dutch: "nl",
    QLocale.Language.French: "fr",
    QLocale.Language.German: "de",
}


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the interface language (``n`` picks a plural form of a ``%n`` text)."""
    return QCoreApplication.translate("", text, disambiguation, n)


def translations_dir() -> Path:
    """Where the ``.ts`` sources and the compiled ``.qm`` files of the interface live."""
    return Path(__file__).resolve().parent.parent / "i18n"


def system_language(locale: QLocale | None = None) -> str:
    """The interface language the system locale asks for (English when it is none of ours)."""
    chosen = locale or QLocale.system()
    found = _QT_LANGUAGES.get(chosen.language())
    if found:
        return found
    for name in chosen.uiLanguages():  # "nl-BE", "fr_CH"... when the language enum says nothing
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def resolve_language(setting: str | None, locale: QLocale | None = None) -> str:
    """``setting`` when it names one of :data:`LANGUAGES`, else the system's language."""
    return setting if setting in LANGUAGES else system_language(locale)


class Localizer(QObject):
    """Installs the translators of one interface language on the application (and swaps them)."""

    def __init__(self, app: QCoreApplication, folder: Path | None = None) -> None:
        super().__init__(app)
        self.app = app
        self.folder = folder or translations_dir()
        self.language = "en"
        self._installed: list[QTranslator] = []

    def apply(self, language: str) -> bool:
        """Switch the interface to ``language``; False when its compiled translation is missing.

        English needs no translation file. Qt's own texts (standard buttons, file dialogs) come
        from Qt's translations. Widgets made afterwards show the new language.
        """
        for translator in self._installed:
            self.app.removeTranslator(translator)
        self._installed.clear()
        self.language = language if language in LANGUAGES else "en"
        QLocale.setDefault(QLocale(self.language))
        if self.language == "en":
            return True
        found = self._install(str(self.folder / f"timeline_app_{self.language}.qm"))
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        self._install(str(Path(qt_folder) / f"qtbase_{self.language}.qm"))
        return found

    def _install(self, path: str) -> bool:
        translator = QTranslator(self)
        if not translator.load(path):
            return False
        self.app.installTranslator(translator)
        self._installed.append(translator)
        return True


def precision_label(precision: object) -> str:
    """A date precision in words ("month", "half year")."""
    name = str(getattr(precision, "name", precision))
    return {
        "MINUTE": tr("minute"), "HOUR": tr("hour"), "DAY": tr("day"), "WEEK": tr("week"), "MONTH": tr("month"),
        "SEASON": tr("season"), "QUARTER": tr("quarter"), "HALF_YEAR": tr("half year"), "YEAR": tr("year"),
        "DECADE": tr("decade"), "CENTURY": tr("century"), "UNKNOWN": tr("unknown"),
    }.get(name, name.lower().replace("_", " "))


def qualifier_label(qualifier: object) -> str:
    """A date qualifier in words ("before", "since")."""
    value = str(getattr(qualifier, "value", qualifier))
    return {"before": tr("before"), "after": tr("after"), "since": tr("since"), "until": tr("until"),
            "between": tr("between")}.get(value, value)


def event_status_label(status: object) -> str:
    """A review status in words ("Suggested", "Accepted", "Rejected")."""
    value = str(getattr(status, "value", status))
    return {"suggested": tr("Suggested"), "accepted": tr("Accepted"), "rejected": tr("Rejected")}.get(value, value)


def editorial_status_label(status: object) -> str:
    """An entry's editorial status in words ("Needs check")."""
    value = str(getattr(status, "value", status))
    return {"draft": tr("Draft"), "needs_check": tr("Needs check"), "verified": tr("Verified")}.get(value, value)
