"""A laid-out timeline stretched to another zoom, for the first frame of a cold zoom step.

Packing a large timeline at a new zoom takes longer than a frame. :func:`rescaled_layout`
instead moves the markers, bars and clusters of a layout it already has to the new scale
(cards keep their size, text never stretches) in time proportional to what that layout
placed, not to the timeline's size. Given a ``window`` (days), only what lies in it (found by
binary search) is moved, so stretching a detailed level costs what the new frame shows.

When zooming out, cards that would now overlap in their row lose their card (the marker
stays), markers left without a card that touch (in any row of the lane) fold into one cluster badge
in the lane's cluster row, and
cluster badges that touch merge into one with the summed count, so a compressed layout paints
few items. The caller replaces it with a properly packed layout soon after.
"""

from __future__ import annotations

import bisect

from timeline_app.layout.model import Cluster
from timeline_app.layout.packing import BadgeWidth, LanePacking
from timeline_app.layout.scale import TimeScale
from timeline_app.layout.timeline import TimelineLayout

MARKER_REACH = 8.0  # pixels a marker paints either side of its x (as pack_lane reserves)
MARKER_SPACING = 24.0  # markers closer than a badge in a squeezed row fold into a cluster badge
BADGE_GAP = 4.0  # squeezed cluster badges closer than this merge


def _default_badge(count: int) -> float:
    """A badge width estimate when the caller gives no measure (digits of the count)."""
    return 16.0 + 7.0 * len(str(count))


def _span(xs: list[float], window: tuple[float, float] | None) -> tuple[int, int]:
    """The index range of ``xs`` (sorted) inside ``window`` (old pixels); everything without one."""
    if window is None:
        return 0, len(xs)
    return bisect.bisect_left(xs, window[0]), bisect.bisect_right(xs, window[1])


def _merge_clusters(clusters: list[Cluster], badge_width: BadgeWidth) -> list[Cluster]:
    """Clusters (sorted by x, same row) whose badges touch merged into one with the summed count."""
    merged: list[Cluster] = []
    grown: set[int] = set()  # ids of the merged clusters made here (their id lists may be extended)
    for cluster in sorted(clusters, key=lambda c: (c.y, c.x)):
        last = merged[-1] if merged else None
        if last is not None and last.y == cluster.y and cluster.x <= last.right + BADGE_GAP:
            if id(last) not in grown:
                last = merged[-1] = Cluster(last.lane, last.x, last.x_end, last.y, last.height, last.badge_width,
                                            list(last.entry_ids))
                grown.add(id(last))
            last.entry_ids.extend(cluster.entry_ids)
            last.x_end = max(last.x_end, cluster.x_end)
            last.badge_width = badge_width(len(last.entry_ids))
        else:
            merged.append(cluster)
    merged.sort(key=lambda c: c.x)
    return merged


def _fold_markers(out: LanePacking, badge_width: BadgeWidth, row: tuple[float, float] | None) -> list[Cluster]:
    """Fold runs of card-less markers that touch (across the lane's rows) into cluster badges.

    The badges go to the lane's cluster row ``row`` (lane-relative y, height) when it has one, else
    to the row of the run's first marker. Returns the new clusters; the rest stays in ``out``.
    """
    n = len(out.xs)
    folded: list[list[int]] = []
    run: list[int] = []
    last_x = float("-inf")
    for i in range(n):
        if out.card_widths[i] or out.x_ends[i] - out.xs[i] > MARKER_SPACING:
            continue
        if run and out.xs[i] - last_x < MARKER_SPACING:
            run.append(i)
        else:
            if len(run) > 1:
                folded.append(run)
            run = [i]
        last_x = out.xs[i]
    if len(run) > 1:
        folded.append(run)
    if not folded:
        return []
    gone: set[int] = set()
    clusters = []
    for run in folded:
        gone.update(run)
        y, height = row if row is not None else (out.top + out.rows_of[run[0]] * out.row_height, out.row_height)
        ids = [out.events[i].entry_id for i in run]
        clusters.append(Cluster(out.lane, out.xs[run[0]], max(out.x_ends[i] for i in run), y, height,
                                badge_width(len(ids)), ids))
    keep = [i for i in range(n) if i not in gone]
    out.events = [out.events[i] for i in keep]
    out.rows_of = [out.rows_of[i] for i in keep]
    out.xs = [out.xs[i] for i in keep]
    out.x_ends = [out.x_ends[i] for i in keep]
    out.lefts = [out.lefts[i] for i in keep]
    out.rights = [out.rights[i] for i in keep]
    out.card_widths = [out.card_widths[i] for i in keep]
    extras = out.extras
    out.extras = {new: extras[old] for new, old in enumerate(keep) if old in extras}
    return clusters


def _rescale_packing(packing: LanePacking, factor: float, shift: float, lane_y: float,
                     window: tuple[float, float] | None, badge_width: BadgeWidth) -> LanePacking:
    """``packing`` with every x mapped by ``x * factor + shift``; clusters copied lane-relative.

    ``window`` (old pixels) limits the copy to the markers and clusters starting inside it.
    """
    out = LanePacking(packing.lane, packing.row_height, packing.top, rows=packing.rows, height=packing.height,
                      card_offset=packing.card_offset)
    lo, hi = _span(packing.xs, window)
    old_xs, old_ends = packing.xs[lo:hi], packing.x_ends[lo:hi]
    old_lefts, old_rights = packing.lefts[lo:hi], packing.rights[lo:hi]
    out.events = packing.events[lo:hi]
    out.rows_of = packing.rows_of[lo:hi]
    if lo == 0 and hi == len(packing.xs):
        out.extras = packing.extras
    else:
        out.extras = {i - lo: extra for i, extra in packing.extras.items() if lo <= i < hi}
    xs = [x * factor + shift for x in old_xs]
    x_ends = [x * factor + shift for x in old_ends]
    out.xs, out.x_ends = xs, x_ends
    out.lefts = [x2 - (x - left) for x2, x, left in zip(xs, old_xs, old_lefts, strict=True)]
    rights = [x2 - x + right for x2, x, right in zip(xs, old_xs, old_rights, strict=True)]
    for i, (x_end2, x_end, right) in enumerate(zip(x_ends, old_ends, old_rights, strict=True)):
        if x_end2 > x_end:  # a bar grows: keep its soft edge and whisker inside the culling box
            reach = x_end2 + right - x_end
            if reach > rights[i]:
                rights[i] = reach
    widths = packing.card_widths[lo:hi]
    if factor < 1.0:
        row_ends: dict[int, float] = {}
        for i, row in enumerate(out.rows_of):
            if widths[i] and out.lefts[i] < row_ends.get(row, float("-inf")):
                widths[i] = 0.0  # would overlap the card before it: marker only
                rights[i] = max(xs[i] + MARKER_REACH, x_ends[i])
            row_ends[row] = max(row_ends.get(row, float("-inf")), rights[i])
    out.rights, out.card_widths = rights, widths
    c_lo, c_hi = _span([c.x for c in packing.clusters], window) if window is not None else (0, len(packing.clusters))
    out.clusters = [
        Cluster(c.lane, c.x * factor + shift, c.x_end * factor + shift, c.y - lane_y, c.height, c.badge_width,
                c.entry_ids)
        for c in packing.clusters[c_lo:c_hi]
    ]
    if factor < 1.0:
        cluster_row = (out.clusters[0].y, out.clusters[0].height) if out.clusters else None
        folded = _fold_markers(out, badge_width, cluster_row)
        out.clusters = _merge_clusters(out.clusters + folded, badge_width)
    return out


def rescaled_layout(layout: TimelineLayout, scale: TimeScale, window: tuple[float, float] | None = None,
                    badge_width: BadgeWidth | None = None) -> TimelineLayout:
    """``layout`` moved to ``scale``: same rows and clusters, x positions stretched (or squeezed).

    With ``window`` (days), only the markers and clusters starting inside it are moved (the result's
    :attr:`TimelineLayout.window`). ``badge_width`` measures merged cluster badges when squeezing.
    The result is provisional (:attr:`TimelineLayout.rescaled_from` holds the scale it came from).
    """
    factor = scale.px_per_day / layout.scale.px_per_day
    shift = (layout.scale.origin - scale.origin) * scale.px_per_day
    old_window = None
    if window is not None:
        old_window = (layout.scale.x(window[0]), layout.scale.x(window[1]))
        if layout.window is not None:
            window = (max(window[0], layout.window[0]), min(window[1], layout.window[1]))
    elif layout.window is not None:
        window = layout.window
    widths: dict[int, float] = {}
    given = badge_width or _default_badge

    def measure(count: int) -> float:
        width = widths.get(count)
        if width is None:
            width = widths[count] = given(count)
        return width

    packings = [
        _rescale_packing(packing, factor, shift, band.y, old_window, measure)
        for packing, band in zip(layout.packings, layout.lanes, strict=True)
    ]
    made = TimelineLayout(scale, layout.source, packings, layout.style, window)
    made.rescaled_from = layout.scale
    return made
