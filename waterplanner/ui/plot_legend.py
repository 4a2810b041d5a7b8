"""The header row of a plot: its title and its legend, above the data area, so the legend
never covers a curve. It lists only what the plot currently shows (no "baseline" before a
baseline is set), and a click on an entry hides or shows its curve."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsSceneHoverEvent, QGraphicsSceneMouseEvent, QSizePolicy

from waterplanner.i18n import translate

CACHE = pg.QtWidgets.QGraphicsItem.CacheMode.DeviceCoordinateCache
"""Cache mode for plot furniture that does not change while the planner edits."""

@dataclass
class LegendEntry:
    """One legend entry: a sample drawn with ``pen``/``brush`` and a name.

    ``items`` are the plot items the entry stands for (a click hides or shows them);
    ``present`` says whether the plot shows it at all right now (default: some item has
    data), so a baseline is listed only while there is one.
    """

    name: str
    items: list[object]
    pen: QPen | None = None
    brush: QBrush | None = None
    present: Callable[[], bool] | None = None
    shown: bool = True
    rect: QRectF = field(default_factory=QRectF)
    shape: str = ""
    """'' (a line and/or a fill), 'box' (an outlined box), 'diamond' (a marker) or 'bands'
    (``brush`` with ``inner`` across its middle: a fan's 90 % and 50 % bands in one entry)."""
    inner: QBrush | None = None
    tip: str = ""
    """Shown when the pointer rests on the entry (what a short name leaves out)."""

    def is_present(self) -> bool:
        if self.present is not None:
            return bool(self.present())
        return any(_has_data(it) for it in self.items)


def _has_data(item: object) -> bool:
    if isinstance(item, pg.PlotDataItem):
        return item.yData is not None and len(item.yData) > 0
    if isinstance(item, pg.BarGraphItem):
        h = item.opts.get("height")
        return h is not None and len(h) > 0
    return True


def _sample_style(item: object) -> tuple[QPen | None, QBrush | None]:
    if isinstance(item, pg.PlotDataItem):
        pen = pg.mkPen(item.opts["pen"])
        brush = None
        if item.opts.get("fillLevel") is not None and item.opts.get("fillBrush") is not None:
            brush = pg.mkBrush(item.opts["fillBrush"])
        return pen, brush
    if isinstance(item, pg.InfiniteLine):
        return QPen(item.pen), None
    if isinstance(item, pg.BarGraphItem):
        pen = item.opts.get("pen")
        return (pg.mkPen(pen) if pen is not None else None), pg.mkBrush(item.opts.get("brush"))
    return pg.mkPen("#444444"), None


class PlotHeader(pg.GraphicsWidget):
    """The row above a plot's data area: its title on the left, its legend on the right
    (wrapping onto further lines when the plot is narrow). Clicking an entry hides or shows
    its curve. The legend's first line shares the title's row where the title leaves room."""

    LINE_PX = 17.0
    SAMPLE_PX = 18.0
    GAP_PX = 9.0

    def __init__(self, plot: pg.PlotItem) -> None:
        super().__init__()
        self._plot = plot
        self.title = ""
        self.entries: list[LegendEntry] = []
        self._title_font = QFont()
        self._title_font.setPointSizeF(9.0)
        self._entry_font = QFont()
        self._entry_font.setPointSizeF(8.0)
        self._title_rect = QRectF()
        self._height = 0.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        plot.setTitle(None)
        plot.layout.removeItem(plot.titleLabel)
        plot.titleLabel.hide()
        plot.layout.addItem(self, 0, 1)
        self.setCacheMode(CACHE)
        self._click_tip = translate("Legend", "Click a legend entry to hide or show its curve")
        self.setToolTip(self._click_tip)
        self.setAcceptHoverEvents(True)  # an entry's own tip where it has one
        self._set_height(self.LINE_PX + 3)

    # --- content ----------------------------------------------------------------------
    def set_title(self, title: str) -> None:
        """The plot's title (plain text: names are never read as markup)."""
        if title != self.title:
            self.title = title
            self._relayout()

    def add(self, item: object | Sequence[object], name: str, *, pen: QPen | None = None,
            brush: QBrush | None = None, present: Callable[[], bool] | None = None,
            shape: str = "", inner: QBrush | None = None, tip: str = "") -> LegendEntry:
        """List ``item`` (or several items under one name); the sample copies the item's
        pen and fill unless ``pen``/``brush`` are given, and is drawn as ``shape`` (see
        :class:`LegendEntry`); ``tip`` shows when the pointer rests on the entry."""
        items = list(item) if isinstance(item, (list, tuple)) else [item]
        p, b = _sample_style(items[0])
        entry = LegendEntry(name, items, pen if pen is not None else p,
                            brush if brush is not None else b, present, shape=shape,
                            inner=inner, tip=tip)
        self.entries.append(entry)
        self._relayout()
        return entry

    def rename(self, entry: LegendEntry, name: str) -> None:
        if entry.name != name:
            entry.name = name
            self._relayout()

    def sync(self) -> None:
        """Re-read which entries are present (after new data)."""
        changed = False
        for e in self.entries:
            now = e.is_present()
            if now != e.shown:
                e.shown = now
                changed = True
        if changed:
            self._relayout()

    def names(self) -> list[str]:
        """The names listed now (for tests)."""
        return [e.name for e in self.entries if e.shown]

    def entry(self, name: str) -> LegendEntry | None:
        return next((e for e in self.entries if e.name == name), None)

    # --- geometry ---------------------------------------------------------------------
    def _set_height(self, h: float) -> None:
        if h != self._height:
            self._height = h
            self.setMinimumHeight(h)
            self.setMaximumHeight(h)
            self._plot.layout.setRowFixedHeight(0, h)

    def _entry_width(self, fm: QFontMetricsF, e: LegendEntry) -> float:
        return self.SAMPLE_PX + 4 + fm.horizontalAdvance(e.name) + self.GAP_PX

    def _relayout(self) -> None:
        width = max(self.size().width(), 50.0)
        tf = QFontMetricsF(self._title_font)
        ef = QFontMetricsF(self._entry_font)
        title_w = min(tf.horizontalAdvance(self.title) + 4, width)
        shown = [e for e in self.entries if e.shown]
        widths = [self._entry_width(ef, e) for e in shown]
        line = self.LINE_PX
        # entries fill the room right of the title, then whole lines below it
        beside_title = width - title_w - 10
        first_line_has_title = bool(widths) and widths[0] <= beside_title
        lines: list[list[int]] = []
        current: list[int] = []
        used = 0.0
        room = beside_title if first_line_has_title else width
        for k, w in enumerate(widths):
            if current and used + w > room:
                lines.append(current)
                current, used, room = [], 0.0, width
            current.append(k)
            used += w
        if current:
            lines.append(current)
        self._title_rect = QRectF(0, 0, title_w, line)
        top = 0.0 if first_line_has_title else line
        for row, idx in enumerate(lines):
            x = width - sum(widths[k] for k in idx)
            y = top + row * line
            for k in idx:
                shown[k].rect = QRectF(x, y, widths[k], line)
                x += widths[k]
        n_lines = max(1, len(lines) + (0 if first_line_has_title else 1))
        self._set_height(n_lines * line + 3)
        self.update()

    def resizeEvent(self, ev) -> None:
        super().resizeEvent(ev)
        self._relayout()

    def sizeHint(self, which, constraint=None) -> QSizeF:
        if which == Qt.SizeHint.MaximumSize:
            return QSizeF(1e6, self._height)
        if which == Qt.SizeHint.MinimumSize:
            return QSizeF(0.0, self._height)
        return QSizeF(100.0, self._height)

    def legend_rect(self) -> QRectF:
        """Where the legend entries are, in scene coordinates (for tests)."""
        r = QRectF()
        for e in self.entries:
            if e.shown:
                r = r.united(e.rect)
        return self.mapRectToScene(r)

    # --- drawing and clicks -----------------------------------------------------------
    def paint(self, p: QPainter, *args: object) -> None:
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        p.setPen(QColor("#222222"))
        p.setFont(self._title_font)
        fm = QFontMetricsF(self._title_font)
        title = fm.elidedText(self.title, Qt.TextElideMode.ElideRight, self._title_rect.width())
        p.drawText(self._title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   title)
        p.setFont(self._entry_font)
        for e in self.entries:
            if not e.shown:
                continue
            visible = all(getattr(it, "isVisible", lambda: True)() for it in e.items)
            r = e.rect
            sample = QRectF(r.left(), r.top() + 4, self.SAMPLE_PX, r.height() - 8)
            p.save()
            if not visible:
                p.setOpacity(0.3)
            if e.shape:
                self._paint_shape(p, e, sample)
            elif e.brush is not None and e.brush.style() != Qt.BrushStyle.NoBrush:
                p.fillRect(sample, e.brush)
            if not e.shape and e.pen is not None and e.pen.style() != Qt.PenStyle.NoPen:
                pen = QPen(e.pen)
                pen.setCosmetic(True)
                p.setPen(pen)
                y = sample.top() if e.brush is not None else sample.center().y()
                p.drawLine(QPointF(sample.left(), y), QPointF(sample.right(), y))
            p.setPen(QColor("#333333"))
            p.drawText(QRectF(sample.right() + 4, r.top(), r.width() - self.SAMPLE_PX - 4,
                              r.height()), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       e.name)
            p.restore()

    @staticmethod
    def _paint_shape(p: QPainter, e: LegendEntry, sample: QRectF) -> None:
        pen = QPen(e.pen) if e.pen is not None else QPen(Qt.PenStyle.NoPen)
        pen.setCosmetic(True)
        p.setPen(pen)
        p.setBrush(e.brush if e.brush is not None else QBrush())
        if e.shape == "bands":
            p.fillRect(sample, e.brush if e.brush is not None else QBrush())
            if e.inner is not None:
                h = sample.height() / 3
                p.fillRect(sample.adjusted(0, h, 0, -h), e.inner)
        elif e.shape == "box":
            p.drawRect(sample.adjusted(2, 0, -2, 0))
        elif e.shape == "diamond":
            c, r = sample.center(), min(sample.height(), sample.width()) / 2
            p.drawPolygon([QPointF(c.x(), c.y() - r), QPointF(c.x() + r, c.y()),
                           QPointF(c.x(), c.y() + r), QPointF(c.x() - r, c.y())])

    def hoverMoveEvent(self, ev: QGraphicsSceneHoverEvent) -> None:
        e = next((e for e in self.entries if e.shown and e.rect.contains(ev.pos())), None)
        tip = f"{e.tip}\n{self._click_tip}" if e is not None and e.tip else self._click_tip
        if self.toolTip() != tip:
            self.setToolTip(tip)

    def mousePressEvent(self, ev: QGraphicsSceneMouseEvent) -> None:
        for e in self.entries:
            if e.shown and e.rect.contains(ev.pos()):
                visible = all(getattr(it, "isVisible", lambda: True)() for it in e.items)
                for it in e.items:
                    it.setVisible(not visible)  # type: ignore[attr-defined]
                self.update()
                ev.accept()
                return
        ev.ignore()


def header(plot: pg.PlotItem) -> PlotHeader:
    """The plot's :class:`PlotHeader` (created on first use)."""
    h = getattr(plot, "_wp_header", None)
    if h is None:
        h = PlotHeader(plot)
        plot._wp_header = h  # type: ignore[attr-defined]
    return h


def legend(plot: pg.PlotItem) -> PlotHeader:
    """The plot's legend, which lives in its header above the data (see PlotHeader)."""
    return header(plot)
