"""Pre-rendered marks and cached text layouts for raster targets (the canvas): blits instead of paths."""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPixmap, QStaticText, QTransform

SPRITES_KEPT = 4000
TEXTS_KEPT = 20_000


class RasterCache:
    """Sprites of small marks at the target's pixel ratio and static layouts of texts, both kept a while."""

    def __init__(self, title_font: QFont, detail_font: QFont) -> None:
        self.fonts = (title_font, detail_font)
        self.ratio = 1.0
        """The device pixel ratio of the target being painted (set before each paint)."""
        self._ascents = (QFontMetricsF(title_font).ascent(), QFontMetricsF(detail_font).ascent())
        self._sprites: OrderedDict[tuple[object, ...], QPixmap] = OrderedDict()
        self._static: OrderedDict[tuple[int, str], QStaticText] = OrderedDict()
        self._seen: OrderedDict[tuple[int, str], None] = OrderedDict()

    def sprite(self, key: tuple[object, ...], width: float, height: float, target: QPainter,
               draw: Callable[[QPainter], None]) -> QPixmap:
        """A small transparent picture of a mark, ``draw`` painting it the first time (``key`` names it)."""
        full = (*key, self.ratio)
        sprite = self._sprites.get(full)
        if sprite is None:
            ratio = self.ratio
            sprite = QPixmap(max(1, math.ceil(width * ratio)), max(1, math.ceil(height * ratio)))
            sprite.setDevicePixelRatio(ratio)
            sprite.fill(Qt.GlobalColor.transparent)
            painter = QPainter(sprite)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
            draw(painter)
            painter.end()
            self._sprites[full] = sprite
            if len(self._sprites) > SPRITES_KEPT:
                self._sprites.popitem(last=False)
        return sprite

    def text(self, painter: QPainter, x: float, baseline: float, text: str, kind: int) -> None:
        """``text`` at a baseline in the title (0) or detail (1) font, which ``painter`` has set."""
        key = (kind, text)
        static = self._static.get(key)
        if static is None:
            # Laying a text out costs more than drawing it once: only texts seen a second time
            # (still on screen in the next frame) get a static layout, so a cold frame stays cheap.
            if key not in self._seen:
                self._seen[key] = None
                if len(self._seen) > TEXTS_KEPT:
                    self._seen.popitem(last=False)
                painter.drawText(QPointF(x, baseline), text)
                return
            static = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(QTransform(), self.fonts[kind])
            self._static[key] = static
            if len(self._static) > TEXTS_KEPT:
                self._static.popitem(last=False)
        painter.drawStaticText(QPointF(x, baseline - self._ascents[kind]), static)
