"""A whole timeline laid out at one zoom level, with the queries a canvas or an export needs.

:class:`LayoutInput` sorts the entries into lanes once; :func:`layout_timeline` places them
for a :class:`~timeline_app.layout.scale.TimeScale`. The result answers "what is visible in
this rectangle" and "what is under this point" with binary searches, so a view paints only
what it shows, however many events the timeline has.
"""

from __future__ import annotations

import bisect
from collections.abc import Generator, Iterator, Sequence
from dataclasses import dataclass, field

from timeline_app.layout.model import (
    Cluster,
    EraBand,
    LaneBand,
    LayoutEra,
    LayoutEvent,
    LayoutLane,
    LayoutStyle,
    PlacedEvent,
)
from timeline_app.layout.packing import PACK_CHUNK, BadgeWidth, LanePacking, pack_lane, pack_lane_steps
from timeline_app.layout.scale import TimeScale


class LayoutInput:
    """Entries grouped by lane and sorted by time, ready to be laid out at any zoom."""

    def __init__(self, events: Sequence[LayoutEvent], lanes: Sequence[LayoutLane], eras: Sequence[LayoutEra] = ()):
        self.lanes = tuple(lanes)
        self.eras = tuple(eras)
        self.by_lane: list[list[LayoutEvent]] = [[] for _ in self.lanes]
        ordered = sorted(events, key=lambda e: (e.start, e.end, e.entry_id))
        for event in ordered:
            self.by_lane[event.lane].append(event)
        self.starts_by_lane: list[list[float]] = [[e.start for e in lane] for lane in self.by_lane]
        self.order = [e.entry_id for e in ordered]
        self.events = {e.entry_id: e for e in ordered}
        starts = [e.start for e in ordered[:1]] + [era.start for era in self.eras]
        ends = [e.end for e in ordered] + [era.end for era in self.eras]
        self.start = min(starts, default=0.0)
        self.end = max(ends, default=self.start)

    def __len__(self) -> int:
        return len(self.order)


@dataclass(slots=True)
class _LaneIndex:
    """A lane's packing with its band and the widest reach left and right of a marker."""

    band: LaneBand
    packing: LanePacking
    reach_left: float = 0.0
    reach_right: float = 0.0
    cluster_xs: list[float] = field(default_factory=list)
    cluster_reach: float = 0.0


class TimelineLayout:
    """Placed lanes, eras, events and clusters at one zoom level (pixels; lanes from y = 0)."""

    def __init__(self, scale: TimeScale, source: LayoutInput, packings: Sequence[LanePacking], style: LayoutStyle,
                 window: tuple[float, float] | None = None, *, partial: bool = False):
        """Index ``packings`` (one per lane); with ``partial``, fewer, the rest following by :meth:`add_lane`."""
        self.scale = scale
        self.window = window
        """Days ``(start, end)`` this layout covers when it is a quick partial one; ``None`` when complete."""
        self.rescaled_from: TimeScale | None = None
        """The scale this layout was packed at when it is another level's layout stretched to ``scale``."""
        self.source = source
        self.style = style
        self._lanes: list[_LaneIndex] = []
        self._placed: dict[int, int] = {}
        """Entry id -> lane position << 32 | column: plain ints, so filling it allocates no tracked objects."""
        self._clustered_index: dict[int, Cluster] | None = None
        self.top = style.era_band_height if source.eras else 0.0
        self.height = self.top
        if len(packings) != len(source.lanes) and not partial:
            raise ValueError("one packing per lane expected")
        for packing in packings:
            self.add_lane(packing)
        self.eras = tuple(
            EraBand(era.key, era.name, scale.x(era.start), scale.x(era.end), era.colour) for era in source.eras
        )
        self.width = scale.x(source.end)

    def add_lane(self, packing: LanePacking) -> None:
        """Index the next lane's packing below the lanes so far (:class:`LayoutJob` adds lanes one by one)."""
        index = len(self._lanes)
        lane = self.source.lanes[index]
        y = self.height
        band = LaneBand(
            lane.key, index, lane.name, y, packing.height, packing.rows, lane.colour, lane.collapsed,
            len(self.source.by_lane[index]), index if lane.slot is None else lane.slot,
        )
        self._lanes.append(self._index(band, packing, y))
        self.height = y + packing.height

    def _index(self, band: LaneBand, packing: LanePacking, y: float) -> _LaneIndex:
        index = _LaneIndex(band, packing)
        xs = packing.xs
        if xs:
            index.reach_left = max(x - left for x, left in zip(xs, packing.lefts, strict=True))
            index.reach_right = max(right - x for x, right in zip(xs, packing.rights, strict=True))
        base = len(self._lanes) << 32
        self._placed.update(zip([event.entry_id for event in packing.events], range(base, base + len(packing.events)),
                                strict=True))
        for cluster in packing.clusters:
            cluster.y += y
        self._clustered_index = None
        index.cluster_xs = [c.x for c in packing.clusters]
        index.cluster_reach = max((c.right - c.x for c in packing.clusters), default=0.0)
        return index

    @property
    def provisional(self) -> bool:
        """True for a quick stand-in (windowed or rescaled) that a complete layout should replace."""
        return self.window is not None or self.rescaled_from is not None

    @property
    def packings(self) -> tuple[LanePacking, ...]:
        """The lanes' packings, top to bottom (clusters in layout coordinates)."""
        return tuple(lane.packing for lane in self._lanes)

    def extent(self) -> tuple[float, float, float, float]:
        """How far the painted marks reach: ``(left, right)`` of everything, then of the cards alone.

        (0, 0, 0, 0) without events. An export fits its scale until these lie inside its page.
        """
        lefts: list[float] = []
        rights: list[float] = []
        card_lefts: list[float] = []
        card_rights: list[float] = []
        for lane in self._lanes:
            packing = lane.packing
            if packing.xs:
                lefts.append(min(packing.lefts))
                rights.append(max(packing.rights))
                cards = [(x, w) for x, w in zip(packing.xs, packing.card_widths, strict=True) if w > 0]
                if cards:
                    card_lefts.append(min(x for x, _w in cards) + packing.card_offset)
                    card_rights.append(max(x + w for x, w in cards) + packing.card_offset)
            for cluster in packing.clusters:
                lefts.append(cluster.left)
                rights.append(cluster.right)
        if not lefts:
            return 0.0, 0.0, 0.0, 0.0
        return min(lefts), max(rights), min(card_lefts, default=min(lefts)), max(card_rights, default=max(rights))

    # -- lanes ---------------------------------------------------------------

    @property
    def lanes(self) -> tuple[LaneBand, ...]:
        """The lanes top to bottom."""
        return tuple(lane.band for lane in self._lanes)

    def lane_at(self, y: float) -> LaneBand | None:
        """The lane at height ``y`` (the last lane below the bottom, the first above the top)."""
        if not self._lanes:
            return None
        tops = [lane.band.y for lane in self._lanes]
        return self._lanes[max(bisect.bisect_right(tops, y) - 1, 0)].band

    # -- events --------------------------------------------------------------

    def placed(self, entry_id: int) -> PlacedEvent | None:
        """Where an entry is drawn on its own (``None`` when clustered)."""
        found = self._placed.get(entry_id)
        if found is None:
            return None
        lane = self._lanes[found >> 32]
        return lane.packing.placed(found & 0xFFFFFFFF, lane.band.y)

    def cluster_of(self, entry_id: int) -> Cluster | None:
        """The cluster standing for an entry that has no room of its own."""
        return self._clustered.get(entry_id)

    @property
    def _clustered(self) -> dict[int, Cluster]:
        """Entry id -> the cluster standing for it, built on first use (a frame needs none of it)."""
        if self._clustered_index is None:
            self._clustered_index = {
                entry_id: cluster for lane in self._lanes for cluster in lane.packing.clusters
                for entry_id in cluster.entry_ids
            }
        return self._clustered_index

    def bounds(self, entry_id: int) -> tuple[float, float, float, float] | None:
        """The box (x0, y0, x1, y1) showing an entry: its own place or its cluster's."""
        placed = self.placed(entry_id)
        if placed is not None:
            return placed.left, placed.y, placed.right, placed.y + placed.height
        cluster = self._clustered.get(entry_id)
        if cluster is not None:
            return cluster.left, cluster.y, cluster.right, cluster.y + cluster.height
        return None

    def visible(self, x0: float, y0: float, x1: float, y1: float, *, lane: int | None = None) -> Iterator[PlacedEvent]:
        """Placed events that paint inside the rectangle, lane by lane, left to right (of one ``lane`` if given)."""
        for lane_index in self._lanes if lane is None else self._lanes[lane : lane + 1]:
            band = lane_index.band
            if band.y > y1 or band.y + band.height < y0:
                continue
            packing = lane_index.packing
            lo = bisect.bisect_left(packing.xs, x0 - lane_index.reach_right)
            hi = bisect.bisect_right(packing.xs, x1 + lane_index.reach_left)
            lefts, rights, rows_of = packing.lefts, packing.rights, packing.rows_of
            top = band.y + packing.top
            row_h = packing.row_height
            for i in range(lo, hi):
                if rights[i] < x0 or lefts[i] > x1:
                    continue
                row_top = top + rows_of[i] * row_h
                if row_top <= y1 and row_top + row_h >= y0:
                    yield packing.placed(i, band.y)

    def visible_clusters(self, x0: float, y0: float, x1: float, y1: float, *, lane: int | None = None
                         ) -> Iterator[Cluster]:
        """Clusters that paint inside the rectangle (of one ``lane`` if given)."""
        for lane_index in self._lanes if lane is None else self._lanes[lane : lane + 1]:
            band = lane_index.band
            clusters = lane_index.packing.clusters
            if band.y > y1 or band.y + band.height < y0 or not clusters:
                continue
            lo = bisect.bisect_left(lane_index.cluster_xs, x0 - lane_index.cluster_reach)
            hi = bisect.bisect_right(lane_index.cluster_xs, x1 + 4)
            for cluster in clusters[lo:hi]:
                if cluster.right >= x0 and cluster.left <= x1:
                    yield cluster

    def event_at(self, x: float, y: float) -> PlacedEvent | None:
        """The event whose marker, bar or card is under the point."""
        radius = self.style.marker_radius + 3
        for placed in self.visible(x - 1, y - 1, x + 1, y + 1):
            if not placed.y <= y <= placed.y + placed.height:
                continue
            on_marker = abs(x - placed.x) <= radius
            on_card = placed.card_width > 0 and placed.card_x <= x <= placed.card_x + placed.card_width
            on_bar = placed.is_range and placed.x <= x <= placed.x_end
            if on_marker or on_card or on_bar:
                return placed
        return None

    def cluster_at(self, x: float, y: float) -> Cluster | None:
        """The cluster badge under the point."""
        for cluster in self.visible_clusters(x - 1, y - 1, x + 1, y + 1):
            if cluster.y <= y <= cluster.y + cluster.height:
                return cluster
        return None

    def entries_in(self, x0: float, y0: float, x1: float, y1: float) -> list[int]:
        """Entries whose marker lies in the rectangle (clustered ones through their badge), in time order."""
        found = {p.entry_id for p in self.visible(x0, y0, x1, y1) if x0 <= p.x <= x1}
        for cluster in self.visible_clusters(x0, y0, x1, y1):
            if cluster.y + cluster.height >= y0 and cluster.y <= y1:
                found.update(cluster.entry_ids)
        return [entry_id for entry_id in self.source.order if entry_id in found]


def _lane_events(source: LayoutInput, index: int, window: tuple[float, float] | None) -> Sequence[LayoutEvent]:
    events = source.by_lane[index]
    if window is None:
        return events
    starts = source.starts_by_lane[index]
    return events[bisect.bisect_left(starts, window[0]) : bisect.bisect_right(starts, window[1])]


def layout_timeline(
    source: LayoutInput,
    scale: TimeScale,
    badge_width: BadgeWidth,
    style: LayoutStyle | None = None,
    *,
    window: tuple[float, float] | None = None,
) -> TimelineLayout:
    """Lay out every lane of ``source`` at ``scale``.

    With ``window`` (days), only events starting inside it are placed: a quick partial layout
    for a first frame, whose rows can differ a little from the complete one near its edges.
    """
    style = style or LayoutStyle()
    packings = [
        pack_lane(index, _lane_events(source, index, window), scale, style, badge_width, collapsed=lane.collapsed)
        for index, lane in enumerate(source.lanes)
    ]
    return TimelineLayout(scale, source, packings, style, window)


class LayoutJob:
    """A complete layout made a slice at a time, so a view can spread it over idle moments.

    Each :meth:`step` packs at most ``chunk`` events of one lane (big lanes take several steps),
    and a lane once packed is indexed in a step of its own; the result equals :func:`layout_timeline`'s.
    """

    def __init__(self, source: LayoutInput, scale: TimeScale, badge_width: BadgeWidth, style: LayoutStyle,
                 *, chunk: int = PACK_CHUNK) -> None:
        self.source = source
        self.scale = scale
        self.badge_width = badge_width
        self.style = style
        self.chunk = chunk
        self._packings: list[LanePacking] = []
        self._lane_steps: Generator[None, None, LanePacking] | None = None
        self._building = TimelineLayout(scale, source, [], style, partial=True)
        self._result: TimelineLayout | None = None

    @property
    def done(self) -> bool:
        """True once every lane is packed."""
        return self._result is not None

    def step(self) -> bool:
        """Pack the next slice of a lane (or assemble the layout); True when the layout is complete."""
        if self._result is not None:
            return True
        index = len(self._packings)
        if len(self._building._lanes) < index:  # a lane just packed: index it in a slice of its own
            self._building.add_lane(self._packings[-1])
            return False
        if index < len(self.source.lanes):
            if self._lane_steps is None:
                lane = self.source.lanes[index]
                self._lane_steps = pack_lane_steps(index, self.source.by_lane[index], self.scale, self.style,
                                                   self.badge_width, collapsed=lane.collapsed, chunk=self.chunk)
            try:
                next(self._lane_steps)
            except StopIteration as finished:
                self._packings.append(finished.value)
                self._lane_steps = None
            return False
        self._result = self._building
        return True

    def result(self) -> TimelineLayout:
        """The complete layout (finishing any slices left)."""
        while not self.step():
            pass
        assert self._result is not None
        return self._result
