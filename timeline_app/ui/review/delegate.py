"""Chips for the review table: status, confidence bar and conflict flag.

Colours are tints mixed with the view's palette, and the text is darkened on light palettes
and lightened on dark ones, so both system palettes stay readable.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from timeline_app.ui.review.model import CONFIDENCE_ROLE, CONFLICT_ROLE, MORE_ARTICLES_ROLE, STATUS_ROLE, Column

_Index = QModelIndex | QPersistentModelIndex

STATUS_COLOURS = {"suggested": QColor("#2f6fde"), "accepted": QColor("#1f9d55"), "rejected": QColor("#c2413a")}
CONFLICT_COLOUR = QColor("#d18a06")


def is_dark(palette: QPalette) -> bool:
    """True for a dark palette (light text on a dark base)."""
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def chip_colours(accent: QColor, palette: QPalette, *, selected: bool) -> tuple[QColor, QColor, QColor]:
    """Fill, border and text colours of a chip in ``accent`` on ``palette``."""
    if selected:
        text = palette.color(QPalette.ColorRole.HighlightedText)
        fill, border = QColor(text), QColor(text)
        fill.setAlpha(40)
        border.setAlpha(150)
        return fill, border, text
    dark = is_dark(palette)
    fill, border = QColor(accent), QColor(accent)
    fill.setAlpha(70 if dark else 36)
    border.setAlpha(150 if dark else 110)
    text = accent.lighter(155) if dark else accent.darker(135)
    return fill, border, text


def confidence_colour(confidence: float) -> QColor:
    """Green for likely events, amber for doubtful ones, red for weak ones."""
    if confidence >= 0.75:
        return STATUS_COLOURS["accepted"]
    if confidence >= 0.5:
        return CONFLICT_COLOUR
    return STATUS_COLOURS["rejected"]


class ReviewChipDelegate(QStyledItemDelegate):
    """Paints the status, confidence and conflict columns; other cells as usual."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        column = index.column()
        more = int(index.data(MORE_ARTICLES_ROLE) or 0) if column == Column.ARTICLES else 0
        if column not in (Column.STATUS, Column.CONFIDENCE, Column.CONFLICT) and not more:
            super().paint(painter, option, index)
            return
        if more:
            self._paint_with_badge(painter, option, index, f"+{more}")
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(opt.rect).adjusted(6, 0, -6, 0)
        if column == Column.CONFIDENCE:
            self._paint_confidence(painter, opt, rect, float(index.data(CONFIDENCE_ROLE) or 0.0), text, selected)
        elif column == Column.STATUS:
            accent = STATUS_COLOURS.get(str(index.data(STATUS_ROLE)), STATUS_COLOURS["suggested"])
            self._paint_chip(painter, opt, rect, text, accent, selected)
        elif index.data(CONFLICT_ROLE):
            self._paint_chip(painter, opt, rect, "⚠ " + text, CONFLICT_COLOUR, selected)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        size = super().sizeHint(option, index)
        if index.column() in (Column.STATUS, Column.CONFLICT):
            size.setWidth(size.width() + 28)
        return QSize(size.width(), max(size.height(), option.fontMetrics.height() + 12))

    def _paint_with_badge(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index, badge: str) -> None:
        """The cell's text elided before a small neutral ``badge`` ("+2") at its right."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        metrics = opt.fontMetrics
        badge_width = metrics.horizontalAdvance(badge) + 16
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        text_rect.adjust(margin, 0, 0, 0)
        text_rect.setRight(opt.rect.right() - badge_width - 6)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(opt.palette.color(role))
        elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, text_rect.width())
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), elided)
        rect = QRectF(opt.rect.right() - badge_width - 4, opt.rect.top(), badge_width, opt.rect.height())
        neutral = opt.palette.color(QPalette.ColorRole.PlaceholderText)
        self._paint_chip(painter, opt, rect, badge, neutral, selected)
        painter.restore()

    @staticmethod
    def _paint_chip(
        painter: QPainter, opt: QStyleOptionViewItem, rect: QRectF, text: str, accent: QColor, selected: bool
    ) -> None:
        if not text:
            return
        metrics = opt.fontMetrics
        height = metrics.height() + 4
        width = min(rect.width(), metrics.horizontalAdvance(text) + 16)
        chip = QRectF(rect.left(), rect.center().y() - height / 2, width, height)
        fill, border, ink = chip_colours(accent, opt.palette, selected=selected)
        painter.setPen(border)
        painter.setBrush(fill)
        painter.drawRoundedRect(chip.adjusted(0.5, 0.5, -0.5, -0.5), height / 2, height / 2)
        painter.setPen(ink)
        elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(chip.width()) - 12)
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, elided)

    @staticmethod
    def _paint_confidence(
        painter: QPainter, opt: QStyleOptionViewItem, rect: QRectF, confidence: float, text: str, selected: bool
    ) -> None:
        metrics = opt.fontMetrics
        label_width = metrics.horizontalAdvance("100%") + 4
        track = QRectF(rect.left(), rect.center().y() - 2.5, max(rect.width() - label_width - 6, 12), 5)
        palette = opt.palette
        groove = QColor(palette.color(QPalette.ColorRole.Text))
        groove.setAlpha(40)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(groove)
        painter.drawRoundedRect(track, 2.5, 2.5)
        fill = palette.color(QPalette.ColorRole.HighlightedText) if selected else confidence_colour(confidence)
        painter.setBrush(fill)
        painter.drawRoundedRect(QRectF(track.left(), track.top(), track.width() * max(0.0, min(confidence, 1.0)), 5),
                                2.5, 2.5)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(palette.color(role))
        label = QRectF(rect.right() - label_width, rect.top(), label_width, rect.height())
        painter.drawText(label, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), text)


def placeholder_colour(widget: QWidget) -> QColor:
    """A muted text colour from the widget's palette (for hints and counts)."""
    return widget.palette().color(QPalette.ColorRole.PlaceholderText)
