"""The scene mirrors the document: lanes, eras and events drawn from the pure layout.

Three thin items cover the scene: lanes/grid, eras, and one item painting the events that
intersect the exposed rectangle (found by binary search in the layout), so painting costs
what is visible, not what the timeline holds. Selection and keyboard focus are entry ids.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QRectF, QTimer, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QStyleOptionGraphicsItem, QWidget

from timeline_app.export.painting import EventMarks, TimelinePainter
from timeline_app.layout import (
    LaneBand,
    LayoutInput,
    LayoutJob,
    LayoutStyle,
    TimelineLayout,
    TimeScale,
    axis_for,
    fit_scale,
    layout_timeline,
    rescaled_layout,
    timeline_input,
)
from timeline_app.layout.build import CARD_MAX_WIDTH
from timeline_app.ui.canvas.document import TimelineDocument
from timeline_app.ui.canvas.theme import CanvasTheme, text_measure
from timeline_app.ui.i18n import tr

ZOOM_STEPS_PER_DOUBLING = 4
MIN_ZOOM_STEP = -88  # about one pixel per 4,000 years
MAX_ZOOM_STEP = 56  # 16,384 px a day: 680 px an hour
MAX_SCENE_WIDTH = 1.5e9
SIDE_MARGIN = 260.0
LAYOUT_CACHE = 8
WINDOWED_MIN = 2000
"""Timelines with this many events show a cold zoom level first from a stand-in layout (the previous
level stretched, or a layout of the visible window), the complete one following in idle slices."""


MAX_SQUEEZE = 8.0
"""A cold zoom out shows a finer level squeezed into the new one only up to this factor."""


def zoom_of(step: int) -> float:
    """Pixels per day at a zoom step (zoom doubles every four steps)."""
    return float(2.0 ** (step / ZOOM_STEPS_PER_DOUBLING))


class _Layer(QGraphicsItem):
    """A thin item covering the scene that asks the scene to paint one layer."""

    def __init__(self, scene: TimelineScene, layer: str, z: float) -> None:
        super().__init__()
        self._scene = scene
        self.layer = layer
        self.setZValue(z)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)

    def boundingRect(self) -> QRectF:
        return self._scene.sceneRect()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        self._scene.paint_layer(self.layer, painter, option.exposedRect)  # type: ignore[attr-defined]


class TimelineScene(QGraphicsScene):
    """Lanes, eras and events of the document at the current zoom step."""

    layout_changed = Signal()
    selection_changed = Signal(list)
    focus_changed = Signal(int)

    def __init__(self, document: TimelineDocument, theme: CanvasTheme | None = None, *, language: str = "nl",
                 style: LayoutStyle | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.language = language
        self.style = style or LayoutStyle()
        self.theme = theme or CanvasTheme.from_palette()
        self.measure = text_measure(self.theme)
        self.painter = TimelinePainter(self.theme, self.style, raster=True)
        self.zoom_step = 0
        self.source = LayoutInput([], [])
        self.layout: TimelineLayout = layout_timeline(self.source, TimeScale(0.0, 1.0), self.measure.badge, self.style)
        self._cache: OrderedDict[int, TimelineLayout] = OrderedDict()
        self._job: tuple[int, LayoutJob] | None = None
        self._job_timer = QTimer(self)
        self._job_timer.setSingleShot(True)
        self._job_timer.setInterval(0)
        self._job_timer.timeout.connect(self.run_layout_slice)
        self.selected: list[int] = []
        self.focus_id: int | None = None
        self.drag_preview: tuple[LaneBand, float, int] | None = None
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.bounds = QRectF(-SIDE_MARGIN, 0.0, 2 * SIDE_MARGIN, 1.0)
        self.setSceneRect(self.bounds)
        for z, layer in enumerate(("lanes", "eras", "events")):
            self.addItem(_Layer(self, layer, z))
        document.subscribe(self._document_changed)

    # -- data ------------------------------------------------------------------------

    def set_theme(self, theme: CanvasTheme) -> None:
        """Repaint in another theme (light / dark)."""
        self.theme = theme
        self.measure = text_measure(theme)
        self.painter = TimelinePainter(theme, self.style, raster=True)
        self._rebuild()

    def _document_changed(self, what: str) -> None:
        if what == "loaded":
            self.selected = []
            self.focus_id = None
        else:
            self.selected = [i for i in self.selected if i in self.document.entries]
            if self.focus_id is not None and self.focus_id not in self.document.entries:
                self.focus_id = None
        self._rebuild(loaded=what == "loaded")
        if what == "loaded":
            self.selection_changed.emit([])

    def _rebuild(self, *, loaded: bool = False) -> None:
        """Re-read the layout input; ``loaded``: a timeline just opened (its first frame follows a fit)."""
        timeline = self.document.timeline
        if timeline is None:
            self.source = LayoutInput([], [])
        else:
            metrics = self.measure.card_metrics(CARD_MAX_WIDTH)
            self.source = timeline_input(
                timeline, list(self.document.entries.values()), self.document.events, metrics, language=self.language,
                no_lane_name=tr("No lane"), keep_no_lane=True,
            )
        self._cache.clear()
        self._job = None
        if loaded and len(self.source) >= WINDOWED_MIN:
            # a fresh timeline is fitted next (the view shows a window of its own): lay out nothing yet
            self._apply_zoom(self.zoom_step, (self.source.start, self.source.start))
        else:
            self._apply_zoom(self.zoom_step)

    # -- zoom ------------------------------------------------------------------------

    @property
    def scale(self) -> TimeScale:
        """The current days-to-pixels map."""
        return self.layout.scale

    def clamp_step(self, step: int) -> int:
        """``step`` limited so the scene stays a sensible size."""
        span = max(self.source.end - self.source.start, 1.0)
        while step > MIN_ZOOM_STEP and span * zoom_of(step) > MAX_SCENE_WIDTH:
            step -= 1
        return max(MIN_ZOOM_STEP, min(step, MAX_ZOOM_STEP))

    def layout_at(self, step: int, window: tuple[float, float] | None = None) -> TimelineLayout:
        """The layout at a zoom step (cached).

        With ``window`` (days) and a large timeline, a level not laid out yet comes back as a quick
        partial layout of that window; the complete one follows in idle slices (:meth:`run_layout_slice`).
        """
        cached = self._cache.get(step)
        if cached is not None:
            self._cache.move_to_end(step)
            return cached
        scale = TimeScale(self.source.start, zoom_of(step))
        if window is not None and len(self.source) >= WINDOWED_MIN:
            return self._first_frame_layout(step, scale, window)
        made = self._job[1].result() if self._job is not None and self._job[0] == step else (
            layout_timeline(self.source, scale, self.measure.badge, self.style))
        self._store(step, made)
        return made

    def _first_frame_layout(self, step: int, scale: TimeScale, window: tuple[float, float]) -> TimelineLayout:
        """A quick layout for the first frame at a cold ``step``; the complete one is queued in idle slices.

        The layout on screen, stretched to the new scale, when it shows the same timeline (only what
        lies in ``window``, so the cost follows what the frame shows); otherwise a layout of the
        events in ``window`` only.
        """
        previous = self.layout
        if previous.source is self.source and previous.scale == scale and not previous.provisional:
            self._store(step, previous)  # the level on screen is complete already
            return previous
        if self._job is None or self._job[0] != step:
            self._job = (step, LayoutJob(self.source, scale, self.measure.badge, self.style))
        self._job_timer.start()
        stand_in = self._nearest_layout(scale)
        if stand_in is not None:
            if stand_in.scale == scale:
                return stand_in
            return rescaled_layout(stand_in, scale, window, self.measure.badge)
        return layout_timeline(self.source, scale, self.measure.badge, self.style, window=window)

    def _nearest_layout(self, scale: TimeScale) -> TimelineLayout | None:
        """The on-screen or cached layout of this timeline best stretched to ``scale``, if any.

        Coarser levels come first (stretching them out paints less than the level itself); a finer
        one only within :data:`MAX_SQUEEZE` (squeezed, its markers would crowd the frame).
        """
        candidates = [layout for layout in (self.layout, *self._cache.values())
                      if layout.source is self.source and layout.window is None]
        coarser = [c for c in candidates if c.scale.px_per_day <= scale.px_per_day]
        if coarser:
            return max(coarser, key=lambda c: c.scale.px_per_day)
        finer = [c for c in candidates if c.scale.px_per_day <= scale.px_per_day * MAX_SQUEEZE]
        return min(finer, key=lambda c: c.scale.px_per_day) if finer else None

    def _store(self, step: int, made: TimelineLayout) -> None:
        if self._job is not None and self._job[0] == step:
            self._job = None
        self._cache[step] = made
        while len(self._cache) > LAYOUT_CACHE:
            self._cache.popitem(last=False)

    def run_layout_slice(self) -> bool:
        """Do one slice (one lane) of the pending complete layout; True when there was work.

        When it completes the level on screen, it replaces the partial layout shown there.
        """
        if self._job is None:
            return False
        step, job = self._job
        if not job.step():
            self._job_timer.start()
            return True
        self._store(step, job.result())
        if step == self.zoom_step and self.layout.provisional:
            self._apply_zoom(step)
        return True

    def _apply_zoom(self, step: int, window: tuple[float, float] | None = None) -> None:
        self.zoom_step = self.clamp_step(step)
        self.layout = self.layout_at(self.zoom_step, window)
        width = self.layout.scale.x(self.source.end)
        height = max(self.layout.height, 1.0)
        bounds = QRectF(-SIDE_MARGIN, 0.0, width + 2 * SIDE_MARGIN, height)
        if bounds != self.bounds:
            for item in self.items():
                item.prepareGeometryChange()
            self.bounds = bounds
            self.setSceneRect(bounds)
        self.update()
        self.layout_changed.emit()

    def set_zoom_step(self, step: int, window: tuple[float, float] | None = None) -> None:
        """Zoom to a step (the view keeps its anchor in place); ``window``: the days it will show, if known."""
        if self.clamp_step(step) != self.zoom_step or self.layout is not self._cache.get(self.zoom_step):
            if window is not None and self.layout.window is not None and self.clamp_step(step) == self.zoom_step:
                window = (min(window[0], self.layout.window[0]), max(window[1], self.layout.window[1]))
            self._apply_zoom(step, window)

    def fit_step(self, start: float, end: float, width: float) -> int:
        """The most detailed zoom step showing days ``[start, end]`` in ``width`` pixels."""
        wanted = fit_scale(start, end, width).px_per_day
        step = MIN_ZOOM_STEP
        while step < MAX_ZOOM_STEP and zoom_of(step + 1) <= wanted:
            step += 1
        return self.clamp_step(step)

    def prefetch(self, step: int) -> bool:
        """Lay out a neighbouring zoom step ahead of time; True when it did work or must wait for a pending layout."""
        if self._job is not None:
            return True
        step = self.clamp_step(step)
        if step in self._cache:
            return False
        self.layout_at(step)
        self._cache.move_to_end(self.zoom_step)
        return True

    # -- selection and focus ---------------------------------------------------------

    def set_selection(self, entry_ids: list[int]) -> None:
        """Select entries (in time order)."""
        wanted = set(entry_ids)
        ordered = [i for i in self.source.order if i in wanted]
        if ordered != self.selected:
            self.selected = ordered
            self.update()
            self.selection_changed.emit(list(ordered))

    def set_focus_entry(self, entry_id: int | None) -> None:
        """Move the keyboard focus to an entry."""
        if entry_id != self.focus_id:
            self.focus_id = entry_id
            self.update()
            self.focus_changed.emit(entry_id if entry_id is not None else -1)

    # -- painting --------------------------------------------------------------------

    def paint_layer(self, layer: str, painter: QPainter, rect: QRectF) -> None:
        """Paint one layer inside ``rect`` (scene coordinates), with the one timeline painter."""
        layout, paint = self.layout, self.painter
        x0, y0, x1, y1 = rect.left(), rect.top(), rect.right(), rect.bottom()
        if layer == "lanes":
            painter.fillRect(rect, self.theme.background)
            scale = layout.scale
            axis = axis_for(scale.days(x0), scale.days(x1), scale.px_per_day, self.measure.axis, self.language)
            paint.grid(painter, axis, scale, x0, x1, y0, y1)
            paint.lanes(painter, layout.lanes, x0, x1, y0, y1)
        elif layer == "eras":
            paint.eras(painter, layout.eras, x0, x1, y0, y1, label_top=0.0)
        else:
            self._paint_events(painter, rect)

    def lane_colours(self) -> list[QColor]:
        """The colour of each lane on screen, top to bottom."""
        return [self.theme.lane_colour(lane.slot, lane.colour) for lane in self.layout.lanes]

    def status_of(self, entry_id: int) -> str | None:
        """An entry's editorial status as its card shows it (``None`` for drafts)."""
        entry = self.document.entries.get(entry_id)
        status = entry.editorial_status.value if entry else None
        return None if status == "draft" else status

    def drafted(self, entry_id: int) -> bool:
        """Whether a draft proposed the entry and no editor has touched it since (its card says so)."""
        entry = self.document.entries.get(entry_id)
        return entry.drafted if entry else False

    def noted(self, entry_id: int) -> bool:
        """Whether the entry has a note, public or internal (its card's corner is folded)."""
        entry = self.document.entries.get(entry_id)
        return bool(entry and (entry.public_note.strip() or entry.internal_note.strip()))

    def _paint_events(self, painter: QPainter, rect: QRectF) -> None:
        marks = EventMarks(self.status_of, frozenset(self.selected), self.focus_id, self.drafted, self.noted)
        self.painter.events(painter, self.layout, rect, self.lane_colours(), marks=marks)
        if self.drag_preview is not None:
            lane, x, count = self.drag_preview
            self.painter.drag_ghost(painter, lane, x, count)
