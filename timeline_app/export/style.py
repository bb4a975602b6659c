"""The visual language of timelines (pure: hex strings, numbers and plain dicts, no Qt).

One style table for everything that draws a timeline: the canvas and the PNG/SVG/PDF export
(both through :mod:`timeline_app.export.painting`) and the HTML export.
"""

from __future__ import annotations

from dataclasses import dataclass

from timeline_app.domain.colours import colour_or

LANE_COLOURS = ("#2f6fb5", "#d0731d", "#2e8b57", "#b8403b", "#7b5ab6", "#1f8a8a", "#a8579a", "#6b7f2a")
"""The default lane colours, by lane slot (the order lanes were made in)."""
NO_LANE_COLOUR = "#5f6b7a"
"""Entries without a lane."""
ERA_COLOURS = ("#c9a227", "#5b8db8", "#9b6fb0", "#4f9a78")
STATUS_COLOURS = {"needs_check": "#e0a100", "verified": "#2e8b57"}
"""The mark on a card for an entry's editorial status (drafts have none)."""
CLUSTER_TEXT = "#ffffff"
DRAFTED_COLOUR = "#c77700"
"""The border of a card a draft proposed and no editor has touched yet (the canvas only)."""

# Geometry of the marks painted for each event (pixels, relative to its row's top).
CARD_HEIGHT = 32.0
CARD_RADIUS = 5.0
CARD_PAD = 8.0
DETAIL_BASELINE = 13.0
TITLE_BASELINE = 27.5
STATUS_MARK = 10.0  # room a status mark takes at a card's right
NOTE_FOLD = 7.0  # the folded corner of a card whose entry has a note (the canvas only)
MIN_BAND = 14.0  # a date's own span is drawn when it is at least this wide

# Opacities.
SOFT_CORE_RANGE = 0.42  # the middle of a soft-edged range
SOFT_CORE_POINT = 0.28  # the middle of a soft-edged single date
RANGE_ALPHA = 0.85
BAND_ALPHA = 0.25
STEM_ALPHA = 0.5
WHISKER_ALPHA = 0.8
CLUSTER_LINE_ALPHA = 0.55
CLUSTER_DOT_ALPHA = 0.75
ERA_ALPHA = 0.10
ERA_ALPHA_DARK = 0.13
ERA_EDGE_ALPHA = 0.45
SELECTED_FILL_ALPHA = 0.16
DRAFTED_FILL_ALPHA = 0.10
FONT_STACK = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif'


def lane_colour(slot: int, colour: str | None) -> str:
    """A lane's own colour (when it is a well-formed ``#rrggbb``) or the default of its slot (-1: the
    neutral colour of entries without a lane)."""
    return colour_or(colour, NO_LANE_COLOUR if slot < 0 else LANE_COLOURS[slot % len(LANE_COLOURS)])


def era_colour(index: int, colour: str | None) -> str:
    """An era's own colour (when it is a well-formed ``#rrggbb``) or the default for its position."""
    return colour_or(colour, ERA_COLOURS[index % len(ERA_COLOURS)])


@dataclass(frozen=True, slots=True)
class Palette:
    """The colours of a published timeline in one theme."""

    dark: bool
    background: str
    lane_alt: str
    grid: str
    grid_major: str
    text: str
    muted: str
    card: str
    card_border: str
    accent: str


LIGHT = Palette(False, "#ffffff", "#f6f7f9", "#e6e8ec", "#cfd3da", "#1b1f24", "#5f6670", "#ffffff", "#d5d9df", "#2f6fb5")
DARK = Palette(True, "#17181a", "#1e1f22", "#2c2e33", "#43464d", "#e8eaed", "#a3a8b0", "#232428", "#3a3d43", "#6ea1e6")


def palette(theme: str) -> Palette:
    """The palette for ``"light"`` or ``"dark"``."""
    return DARK if theme == "dark" else LIGHT


_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "sources": "Sources", "approximate": "approximate date", "events": "Events", "zoom_in": "Zoom in",
        "zoom_out": "Zoom out", "fit": "Show all", "close": "Close", "timeline": "Timeline",
        "source_quote": "Source", "n_events": "{n} events", "more": "{n} more events here: zoom in",
        "open_ended": "open-ended date", "list_intro": "All events in order", "skip": "Skip to the list of events",
        "no_link": "no link", "published": "published", "range": "period",
    },
    "nl": {
        "sources": "Bronnen", "approximate": "datum bij benadering", "events": "Gebeurtenissen",
        "zoom_in": "Inzoomen", "zoom_out": "Uitzoomen", "fit": "Alles tonen", "close": "Sluiten",
        "timeline": "Tijdlijn", "source_quote": "Bron", "n_events": "{n} gebeurtenissen",
        "more": "Nog {n} gebeurtenissen hier: zoom in", "open_ended": "open datum",
        "list_intro": "Alle gebeurtenissen op volgorde", "skip": "Naar de lijst met gebeurtenissen",
        "no_link": "geen link", "published": "gepubliceerd", "range": "periode",
    },
    "fr": {
        "sources": "Sources", "approximate": "date approximative", "events": "Événements", "zoom_in": "Zoomer",
        "zoom_out": "Dézoomer", "fit": "Tout afficher", "close": "Fermer", "timeline": "Chronologie",
        "source_quote": "Source", "n_events": "{n} événements", "more": "{n} autres événements ici : zoomez",
        "open_ended": "date ouverte", "list_intro": "Tous les événements dans l'ordre",
        "skip": "Aller à la liste des événements", "no_link": "sans lien", "published": "publié",
        "range": "période",
    },
    "de": {
        "sources": "Quellen", "approximate": "ungefähres Datum", "events": "Ereignisse", "zoom_in": "Vergrößern",
        "zoom_out": "Verkleinern", "fit": "Alles zeigen", "close": "Schließen", "timeline": "Zeitleiste",
        "source_quote": "Quelle", "n_events": "{n} Ereignisse", "more": "{n} weitere Ereignisse hier: vergrößern",
        "open_ended": "offenes Datum", "list_intro": "Alle Ereignisse der Reihe nach",
        "skip": "Zur Liste der Ereignisse", "no_link": "ohne Link", "published": "veröffentlicht",
        "range": "Zeitraum",
    },
}


def words(language: str) -> dict[str, str]:
    """The interface words of a published timeline in ``language`` (English for others)."""
    return _WORDS.get(language, _WORDS["en"])
