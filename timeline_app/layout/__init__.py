"""Pure layout of timelines (no Qt): time scale, axis ticks, lane packing, clusters.

The canvas and every export draw from these results, so what an editor sees is what gets
published. Text measurement is injected as callables.
"""

from timeline_app.layout.build import NO_LANE, CardMetrics, entry_title, lane_slots, timeline_input
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
from timeline_app.layout.rescale import rescaled_layout
from timeline_app.layout.scale import TimeScale, fit_scale, from_days, to_days
from timeline_app.layout.ticks import Axis, Tick, TickLevel, TickUnit, axis_for, choose_unit, ticks
from timeline_app.layout.timeline import LayoutInput, LayoutJob, TimelineLayout, layout_timeline

__all__ = [
    "NO_LANE",
    "Axis",
    "CardMetrics",
    "Cluster",
    "EraBand",
    "LaneBand",
    "LayoutEra",
    "LayoutEvent",
    "LayoutInput",
    "LayoutJob",
    "LayoutLane",
    "LayoutStyle",
    "PlacedEvent",
    "Tick",
    "TickLevel",
    "TickUnit",
    "TimeScale",
    "TimelineLayout",
    "axis_for",
    "choose_unit",
    "entry_title",
    "fit_scale",
    "from_days",
    "lane_slots",
    "layout_timeline",
    "rescaled_layout",
    "ticks",
    "timeline_input",
    "to_days",
]
