"""A laid-out timeline stretched to another zoom, for the first frame of a cold zoom step.

Packing a large timeline at a new zoom takes longer than a frame. :func:`rescaled_layout`
instead moves the markers, bars and clusters of a layout it already has to the new scale
(cards keep their size, text never stretches) in time proportional to what that layout
placed, not to the timeline's size. When zooming out, cards that would now overlap in their
row lose their card (the marker stays), so a compressed layout never paints more text than
the one it came from. The caller replaces it with a properly packed layout soon after.
"""

from __future__ import annotations

from timeline_app.layout.model import Cluster
from timeline_app.layout.packing import LanePacking
from timeline_app.layout.scale import TimeScale
from timeline_app.layout.timeline import TimelineLayout

MARKER_REACH = 8.0  # pixels a marker paints either side of its x (as pack_lane reserves)


def _rescale_packing(packing: LanePacking, factor: float, shift: float, lane_y: float) -> LanePacking:
    """``packing`` with every x mapped by ``x * factor + shift``; clusters copied lane-relative."""
    out = LanePacking(packing.lane, packing.row_height, packing.top, rows=packing.rows, height=packing.height,
                      card_offset=packing.card_offset)
    out.events = packing.events
    out.rows_of = packing.rows_of
    out.extras = packing.extras
    xs = [x * factor + shift for x in packing.xs]
    x_ends = [x * factor + shift for x in packing.x_ends]
    out.xs, out.x_ends = xs, x_ends
    out.lefts = [x2 - (x - left) for x2, x, left in zip(xs, packing.xs, packing.lefts, strict=True)]
    rights = [x2 - x + right for x2, x, right in zip(xs, packing.xs, packing.rights, strict=True)]
    for i, (x_end2, x_end, right) in enumerate(zip(x_ends, packing.x_ends, packing.rights, strict=True)):
        if x_end2 > x_end:  # a bar grows: keep its soft edge and whisker inside the culling box
            reach = x_end2 + right - x_end
            if reach > rights[i]:
                rights[i] = reach
    widths = packing.card_widths
    if factor < 1.0:
        widths = list(widths)
        row_ends: dict[int, float] = {}
        for i, row in enumerate(packing.rows_of):
            if widths[i] and out.lefts[i] < row_ends.get(row, float("-inf")):
                widths[i] = 0.0  # would overlap the card before it: marker only
                rights[i] = max(xs[i] + MARKER_REACH, x_ends[i])
            row_ends[row] = max(row_ends.get(row, float("-inf")), rights[i])
    out.rights, out.card_widths = rights, widths
    out.clusters = [
        Cluster(c.lane, c.x * factor + shift, c.x_end * factor + shift, c.y - lane_y, c.height, c.badge_width,
                c.entry_ids)
        for c in packing.clusters
    ]
    return out


def rescaled_layout(layout: TimelineLayout, scale: TimeScale) -> TimelineLayout:
    """``layout`` moved to ``scale``: same rows and clusters, x positions stretched (or squeezed).

    The result is provisional (:attr:`TimelineLayout.rescaled_from` holds the scale it came from).
    """
    factor = scale.px_per_day / layout.scale.px_per_day
    shift = (layout.scale.origin - scale.origin) * scale.px_per_day
    packings = [
        _rescale_packing(packing, factor, shift, band.y)
        for packing, band in zip(layout.packings, layout.lanes, strict=True)
    ]
    made = TimelineLayout(scale, layout.source, packings, layout.style, layout.window)
    made.rescaled_from = layout.scale
    return made
