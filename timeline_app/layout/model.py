"""What the layout takes in (events, lanes, eras as numbers and measured labels) and gives out."""

from __future__ import annotations

from dataclasses import dataclass, field

from timeline_app.domain.dates import Precision, Qualifier


@dataclass(frozen=True, slots=True)
class LayoutEvent:
    """One timeline entry as the layout sees it: a span in days and a measured label card."""

    entry_id: int
    lane: int
    start: float
    end: float
    title: str
    date_text: str
    label_width: float
    precision: Precision = Precision.DAY
    approximate: bool = False
    qualifier: Qualifier | None = None
    is_range: bool = False
    importance: int = 0
    colour: str | None = None


@dataclass(frozen=True, slots=True)
class LayoutLane:
    """A lane to lay out: its key (the lane id, 0 for entries without a lane) and state."""

    key: int
    name: str
    colour: str | None = None
    collapsed: bool = False
    slot: int | None = None
    """Which default colour the lane gets when it has none of its own (None: by position; -1: the
    neutral colour of entries without a lane). Fixed per lane, so colours never move between lanes."""


@dataclass(frozen=True, slots=True)
class LayoutEra:
    """A named background period in days."""

    key: int
    name: str
    start: float
    end: float
    colour: str | None = None


@dataclass(frozen=True, slots=True)
class LayoutStyle:
    """Geometry of rows, markers and cards in pixels."""

    row_height: float = 42.0
    collapsed_row_height: float = 20.0
    cluster_row_height: float = 24.0
    lane_padding: float = 8.0
    max_rows: int = 6
    marker_radius: float = 5.0
    card_offset: float = 9.0  # from the marker centre to the card's left edge
    card_gap: float = 10.0  # between a card and the next thing in its row
    cluster_gap: float = 8.0
    min_bar_px: float = 3.0  # a range narrower than this is drawn as a point
    max_whisker_px: float = 80.0  # how far an open qualifier (before / since) reaches
    era_band_height: float = 22.0  # room above the lanes for era names (when there are eras)
    marker_y: float = 14.0  # marker centre below a row's top
    span_y: float = 38.0  # centre of the span strip (bars, soft edges, whiskers) below a row's top


@dataclass(slots=True)
class PlacedEvent:
    """An event's place: marker and span in x, its row, and the card next to the marker."""

    entry_id: int
    lane: int
    row: int
    x: float
    x_end: float
    y: float
    height: float
    card_x: float
    card_width: float  # 0 when the card is hidden (collapsed lane)
    fuzz_left: float = 0.0
    fuzz_right: float = 0.0
    whisker_left: float = 0.0
    whisker_right: float = 0.0
    is_range: bool = False

    @property
    def left(self) -> float:
        """The leftmost pixel the event paints."""
        return min(self.x - self.fuzz_left - self.whisker_left, self.x - 8)

    @property
    def right(self) -> float:
        """The rightmost pixel the event paints."""
        return max(self.x_end + self.fuzz_right + self.whisker_right, self.card_x + self.card_width, self.x + 8)


@dataclass(slots=True)
class Cluster:
    """Entries with no room of their own, shown as one badge with their count."""

    lane: int
    x: float
    x_end: float
    y: float
    height: float
    badge_width: float
    entry_ids: list[int] = field(default_factory=list)

    @property
    def count(self) -> int:
        """How many entries the cluster stands for."""
        return len(self.entry_ids)

    @property
    def left(self) -> float:
        """The leftmost pixel the cluster paints."""
        return self.x - 4

    @property
    def right(self) -> float:
        """The rightmost pixel the cluster paints."""
        return max(self.x_end, self.x + self.badge_width)


@dataclass(frozen=True, slots=True)
class LaneBand:
    """A lane's vertical place."""

    key: int
    index: int
    name: str
    y: float
    height: float
    rows: int
    colour: str | None
    collapsed: bool
    count: int
    slot: int = 0
    """The default-colour slot of the lane (see :attr:`LayoutLane.slot`)."""


@dataclass(frozen=True, slots=True)
class EraBand:
    """An era's horizontal place."""

    key: int
    name: str
    x: float
    x_end: float
    colour: str | None
