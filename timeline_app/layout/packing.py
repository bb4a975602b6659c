"""Lane packing: rows of label cards that never overlap, and clusters for what does not fit.

Events of a lane arrive sorted by start. Each takes the lowest row whose last card ends
before its marker (greedy interval packing, first fit); a lane has at most ``max_rows`` rows.
An event that finds no row joins a cluster in the lane's cluster row: neighbours closer than
a badge merge into one badge with their count, which splits again as the zoom gives them room.
Collapsed lanes show markers only, in one row, and cluster markers that would touch.

When a lane mixes importances, the more important entries are packed first (into the gaps they
leave, the others follow), so in a dense lane they keep their label card and the less
important ones are the first to cluster.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass, field

from timeline_app.domain.dates import Qualifier
from timeline_app.layout.model import Cluster, LayoutEvent, LayoutStyle, PlacedEvent
from timeline_app.layout.scale import TimeScale

PACK_CHUNK = 400
"""Events a :func:`pack_lane_steps` slice packs before yielding (a few milliseconds)."""
CLUSTER_SPAN = 72.0  # a cluster gathers what starts within this many pixels of its first entry
Extra = tuple[float, float, float, float, bool]
"""Soft edges, whiskers and whether a range shows as a bar: (fuzz_l, fuzz_r, whisk_l, whisk_r, is_range)."""
BadgeWidth = Callable[[int], float]
"""Width in pixels of a cluster badge showing a count."""


@dataclass(slots=True)
class LanePacking:
    """The packed events (as columns, built into objects only when asked) and clusters of one lane.

    Positions are relative to the lane's top (y = 0). Columns keep a 10,000-event relayout
    cheap: no object per event until a view asks for the few it shows.
    """

    lane: int = 0
    row_height: float = 0.0
    top: float = 0.0
    events: list[LayoutEvent] = field(default_factory=list)
    rows_of: list[int] = field(default_factory=list)
    xs: list[float] = field(default_factory=list)
    x_ends: list[float] = field(default_factory=list)
    lefts: list[float] = field(default_factory=list)
    rights: list[float] = field(default_factory=list)
    card_widths: list[float] = field(default_factory=list)
    extras: dict[int, tuple[float, float, float, float, bool]] = field(default_factory=dict)
    clusters: list[Cluster] = field(default_factory=list)
    rows: int = 1
    height: float = 0.0
    card_offset: float = 0.0

    def placed(self, i: int, y: float = 0.0) -> PlacedEvent:
        """The ``i``-th placed event as an object, with the lane's top at ``y``."""
        event = self.events[i]
        fuzz_l, fuzz_r, whisk_l, whisk_r, is_range = self.extras.get(i, (0.0, 0.0, 0.0, 0.0, False))
        x = self.xs[i]
        return PlacedEvent(
            entry_id=event.entry_id,
            lane=self.lane,
            row=self.rows_of[i],
            x=x,
            x_end=self.x_ends[i],
            y=y + self.top + self.rows_of[i] * self.row_height,
            height=self.row_height,
            card_x=x + self.card_offset,
            card_width=self.card_widths[i],
            fuzz_left=fuzz_l,
            fuzz_right=fuzz_r,
            whisker_left=whisk_l,
            whisker_right=whisk_r,
            is_range=is_range,
        )


def _whiskers(event: LayoutEvent, x: float, x_end: float, style: LayoutStyle) -> tuple[float, float, float, float]:
    """Soft edges for approximate spans, whiskers for open qualifiers: (fuzz_l, fuzz_r, whisk_l, whisk_r)."""
    fuzz = 0.0
    if event.approximate:
        fuzz = max((x_end - x) * 0.5, 6.0)
    reach = min(max(x_end - x, 24.0), style.max_whisker_px)
    left = reach if event.qualifier in (Qualifier.BEFORE, Qualifier.UNTIL) else 0.0
    right = reach if event.qualifier in (Qualifier.AFTER, Qualifier.SINCE) else 0.0
    return fuzz, fuzz, left, right


def pack_lane(
    lane: int,
    events: Sequence[LayoutEvent],
    scale: TimeScale,
    style: LayoutStyle,
    badge_width: BadgeWidth,
    *,
    collapsed: bool = False,
) -> LanePacking:
    """Place ``events`` (sorted by start) of one lane in rows and clusters."""
    steps = pack_lane_steps(lane, events, scale, style, badge_width, collapsed=collapsed, chunk=max(len(events), 1))
    while True:
        try:
            next(steps)
        except StopIteration as finished:
            packed: LanePacking = finished.value
            return packed


def pack_lane_steps(
    lane: int,
    events: Sequence[LayoutEvent],
    scale: TimeScale,
    style: LayoutStyle,
    badge_width: BadgeWidth,
    *,
    collapsed: bool = False,
    chunk: int = PACK_CHUNK,
) -> Generator[None, None, LanePacking]:
    """:func:`pack_lane` in slices: yields after every ``chunk`` events, returns the same packing.

    Collapsed lanes and lanes mixing importances are packed in one slice.
    """
    if collapsed:
        return _pack_collapsed(lane, events, scale, style, badge_width)
    if events and any(event.importance != events[0].importance for event in events):
        return _pack_by_importance(lane, events, scale, style, badge_width)
    packing = LanePacking(lane, style.row_height, style.lane_padding, card_offset=style.card_offset)
    max_rows = max(style.max_rows, 1)
    row_ends: list[float] = []
    floor = float("-inf")  # the smallest row end once all rows exist: a quick "no room"
    overflow: list[tuple[float, float, int]] = []
    origin, ppd = scale.origin, scale.px_per_day
    card_offset, gap, min_bar = style.card_offset, style.card_gap, style.min_bar_px
    placed_events, rows_of, xs, x_ends = packing.events, packing.rows_of, packing.xs, packing.x_ends
    lefts, rights, card_widths, extras = packing.lefts, packing.rights, packing.card_widths, packing.extras
    chunk = max(chunk, 1)
    for begin in range(0, len(events), chunk):
        if begin:
            yield
        for event in events[begin : begin + chunk]:
            x = (event.start - origin) * ppd
            left = x - 8.0
            if left < floor:
                x_end = (event.end - origin) * ppd
                overflow.append((x, x_end if x_end > x else x, event.entry_id))
                continue
            x_end = (event.end - origin) * ppd
            right = x + card_offset + event.label_width
            extra = None
            if event.is_range or event.approximate or event.qualifier is not None:
                is_range = event.is_range and x_end - x >= min_bar
                fuzz_l, fuzz_r, whisk_l, whisk_r = _whiskers(event, x, x_end, style)
                left = min(left, x - fuzz_l - whisk_l)
                if is_range:
                    right = max(right, x_end + fuzz_r + whisk_r)
                extra = (fuzz_l, fuzz_r, whisk_l, whisk_r, is_range)
            row = -1
            for index, end in enumerate(row_ends):
                if end <= left:
                    row = index
                    break
            if row < 0:
                if len(row_ends) == max_rows:
                    overflow.append((x, max(x_end, x), event.entry_id))
                    continue
                row = len(row_ends)
                row_ends.append(0.0)
            row_ends[row] = right + gap
            if len(row_ends) == max_rows:
                floor = min(row_ends)
            if extra is not None:
                extras[len(xs)] = extra
            placed_events.append(event)
            rows_of.append(row)
            xs.append(x)
            x_ends.append(x_end if x_end > x else x)
            lefts.append(left)
            rights.append(right if right > x + 8.0 else x + 8.0)
            card_widths.append(event.label_width)
    if len(overflow) > chunk:
        yield  # clustering a big overflow is a slice of its own
    packing.rows = max(len(row_ends), 1)
    cluster_y = style.lane_padding + packing.rows * style.row_height
    packing.clusters = _clusters(lane, overflow, cluster_y, style.cluster_row_height, style.cluster_gap, badge_width)
    packing.height = cluster_y + (style.cluster_row_height if packing.clusters else 0.0) + style.lane_padding
    return packing


def _extent(
    event: LayoutEvent, origin: float, ppd: float, style: LayoutStyle
) -> tuple[float, float, float, float, Extra | None]:
    """(x, x_end, left, right, extras) of an event's marker, bar and card, as :func:`pack_lane` places them."""
    x = (event.start - origin) * ppd
    x_end = (event.end - origin) * ppd
    left = x - 8.0
    right = x + style.card_offset + event.label_width
    extra = None
    if event.is_range or event.approximate or event.qualifier is not None:
        is_range = event.is_range and x_end - x >= style.min_bar_px
        fuzz_l, fuzz_r, whisk_l, whisk_r = _whiskers(event, x, x_end, style)
        left = min(left, x - fuzz_l - whisk_l)
        if is_range:
            right = max(right, x_end + fuzz_r + whisk_r)
        extra = (fuzz_l, fuzz_r, whisk_l, whisk_r, is_range)
    return x, x_end, left, right, extra


def _pack_by_importance(
    lane: int, events: Sequence[LayoutEvent], scale: TimeScale, style: LayoutStyle, badge_width: BadgeWidth
) -> LanePacking:
    """Like :func:`pack_lane`, but the most important entries claim row space first."""
    packing = LanePacking(lane, style.row_height, style.lane_padding, card_offset=style.card_offset)
    max_rows = max(style.max_rows, 1)
    gap = style.card_gap
    rows: list[tuple[list[float], list[float]]] = []  # per row: sorted lefts and (right + gap) of its cards
    chosen: list[tuple[int, LayoutEvent, int, tuple[float, float, float, float, Extra | None]]] = []
    overflow: list[tuple[float, float, int]] = []
    order = sorted(range(len(events)), key=lambda i: -events[i].importance)  # stable: time order within a level
    for position in order:
        event = events[position]
        x, x_end, left, right, extra = _extent(event, scale.origin, scale.px_per_day, style)
        row = -1
        for index, (lefts, ends) in enumerate(rows):
            at = bisect.bisect_left(lefts, left)
            if (at == 0 or ends[at - 1] <= left) and (at == len(lefts) or lefts[at] >= right + gap):
                row = index
                break
        if row < 0:
            if len(rows) == max_rows:
                overflow.append((x, max(x_end, x), event.entry_id))
                continue
            row = len(rows)
            rows.append(([], []))
        lefts, ends = rows[row]
        at = bisect.bisect_left(lefts, left)
        lefts.insert(at, left)
        ends.insert(at, right + gap)
        chosen.append((position, event, row, (x, x_end, left, right, extra)))
    chosen.sort(key=lambda item: item[0])
    for _position, event, row, (x, x_end, left, right, extra) in chosen:
        if extra is not None:
            packing.extras[len(packing.xs)] = extra
        packing.events.append(event)
        packing.rows_of.append(row)
        packing.xs.append(x)
        packing.x_ends.append(x_end if x_end > x else x)
        packing.lefts.append(left)
        packing.rights.append(right if right > x + 8.0 else x + 8.0)
        packing.card_widths.append(event.label_width)
    packing.rows = max(len(rows), 1)
    cluster_y = style.lane_padding + packing.rows * style.row_height
    overflow.sort()
    packing.clusters = _clusters(lane, overflow, cluster_y, style.cluster_row_height, style.cluster_gap, badge_width)
    packing.height = cluster_y + (style.cluster_row_height if packing.clusters else 0.0) + style.lane_padding
    return packing


def _clusters(
    lane: int, items: list[tuple[float, float, int]], y: float, height: float, gap: float, badge_width: BadgeWidth
) -> list[Cluster]:
    """Merge overflowing events whose badges would touch into clusters with counts."""
    widths: list[float] = [0.0]

    def width(count: int) -> float:
        while len(widths) <= count:
            widths.append(badge_width(len(widths)))
        return widths[count]

    max_span = CLUSTER_SPAN
    clusters: list[Cluster] = []
    ids: list[int] = []
    x0 = x_end0 = reach = 0.0
    for x, x_end, entry_id in items:
        if ids and x <= reach and x - x0 <= max_span:
            ids.append(entry_id)
            if x_end > x_end0:
                x_end0 = x_end
            count = len(ids)
            badge = x0 + (widths[count] if count < len(widths) else width(count))
            reach = (badge if badge > x_end0 else x_end0) + gap
            continue
        if ids:
            clusters.append(Cluster(lane, x0, x_end0, y, height, width(len(ids)), ids))
        ids = [entry_id]
        x0, x_end0 = x, x_end
        reach = max(x + width(1), x_end) + gap
    if ids:
        clusters.append(Cluster(lane, x0, x_end0, y, height, width(len(ids)), ids))
    return clusters


def _pack_collapsed(
    lane: int, events: Sequence[LayoutEvent], scale: TimeScale, style: LayoutStyle, badge_width: BadgeWidth
) -> LanePacking:
    """One row of markers without cards; markers that would touch become a cluster."""
    height = style.collapsed_row_height
    top = style.lane_padding / 2
    packing = LanePacking(lane, height, top, rows=1, card_offset=style.card_offset)
    spacing = style.marker_radius * 2 + 2
    origin, ppd = scale.origin, scale.px_per_day
    group: list[tuple[float, float, LayoutEvent]] = []

    def flush() -> None:
        if len(group) == 1:
            x, x_end, event = group[0]
            packing.events.append(event)
            packing.rows_of.append(0)
            packing.xs.append(x)
            packing.x_ends.append(x_end)
            packing.lefts.append(x - 8.0)
            packing.rights.append(x + 8.0)
            packing.card_widths.append(0.0)
        elif group:
            cluster = Cluster(lane, group[0][0], max(g[1] for g in group), top, height, badge_width(len(group)))
            cluster.entry_ids = [g[2].entry_id for g in group]
            packing.clusters.append(cluster)
        group.clear()

    for event in events:
        x = (event.start - origin) * ppd
        x_end = max((event.end - origin) * ppd, x)
        touching = bool(group) and x - group[-1][0] < spacing
        under_badge = len(group) > 1 and x < group[0][0] + badge_width(len(group)) + style.cluster_gap
        if not (touching or under_badge):
            flush()
        group.append((x, x_end, event))
    flush()
    packing.height = height + style.lane_padding
    return packing
