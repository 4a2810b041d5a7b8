"""Shared plot furniture: light background, time and value axes, a header with the title
and the legend, summer shading and hover read-outs.

Periods sit on the x axis as numbers: period ``i`` spans ``[i, i+1]``; per-period
quantities are drawn as steps over those spans and storages at the boundaries.

The legend lives in the plot's header row, above the data area, so it never covers a curve;
it lists only what the plot currently shows (no "baseline" before a baseline is set), and a
click on an entry hides or shows its curve. Axes pick their tick labels from the pixels they
have, so labels never run into each other on a small screen.
"""

from __future__ import annotations

import calendar
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsObject, QGraphicsSceneMouseEvent, QSizePolicy

from waterplanner.model.timebase import Step, TimeBase
from waterplanner.ui.palette import BASELINE, SUMMER_SHADE

# antialiasing only where it shows: the sloping storage and level curves ask for it
# themselves; steps, bands and straight lines gain nothing from it and it triples the
# cost of a repaint
pg.setConfigOptions(antialias=False, background="w", foreground="#222222")
CACHE = pg.QtWidgets.QGraphicsItem.CacheMode.DeviceCoordinateCache
"""Cache mode for plot furniture that does not change while the planner edits."""

HEADROOM = 0.08
"""Fraction of the data span kept free above the highest value (the legend is outside)."""


def fmt_number(value: float, decimals: int = 0) -> str:
    """A number with thin-space thousands, as engineers write them (12 345)."""
    if value is None or not np.isfinite(value):
        return "–"
    return f"{value:,.{decimals}f}".replace(",", "\u2009")


# --- time axis --------------------------------------------------------------------------
@dataclass(frozen=True)
class MonthRun:
    """The periods ``[first, end)`` that fall in one calendar month."""

    first: int
    end: int
    year: int
    month: int


def month_runs(time: TimeBase) -> list[MonthRun]:
    """The horizon cut into calendar months (one period each for a monthly step)."""
    starts = time.starts
    runs: list[MonthRun] = []
    i = 0
    while i < len(starts):
        d = starts[i]
        j = i
        while j < len(starts) and (starts[j].year, starts[j].month) == (d.year, d.month):
            j += 1
        runs.append(MonthRun(i, j, d.year, d.month))
        i = j
    return runs


MONTH_STRIDES = (1, 2, 3, 6)
YEAR_STRIDES = (1, 2, 5, 10, 20, 50, 100)
LABEL_GAP_PX = 12.0


def time_labels(time: TimeBase, px_per_period: float,
                text_width: Callable[[str], float]) -> list[tuple[float, str]]:
    """Labels for a time axis that fit ``px_per_period`` pixels per period without touching.

    Months are named at their centres ("Oct", "Jan 2026"); where the months are too narrow
    for their names every second, third or sixth month is named, counted from the start of
    the water year; beyond that, years are named at the start of each water year.
    """
    runs = month_runs(time)
    if not runs or px_per_period <= 0:
        return []
    if time.step is not Step.MONTH:
        within = _period_labels(time, px_per_period, text_width)
        if within:
            return within
    month_px = px_per_period * time.periods / len(runs)
    wy = time.water_year_start_month
    for stride in MONTH_STRIDES:
        chosen = [r for r in runs if (r.month - wy) % stride == 0] or runs[:1]
        labels: list[tuple[float, str]] = []
        last_year = None
        for r in chosen:
            text = calendar.month_abbr[r.month]
            if last_year is None or r.year != last_year:
                text += f" {r.year}"
            last_year = r.year
            labels.append(((r.first + r.end) / 2, text))
        widest = max(text_width(t) for _, t in labels)
        if month_px * stride >= widest + LABEL_GAP_PX:
            return labels
    starts = [r for r in runs if r.month == wy] or runs[:1]
    first_year = starts[0].year
    year_px = month_px * 12
    widest = text_width("0000")
    for stride in YEAR_STRIDES:
        if year_px * stride >= widest + LABEL_GAP_PX:
            break
    return [(float(r.first), str(r.year)) for r in starts if (r.year - first_year) % stride == 0]


DAY_STRIDES = (1, 2, 5, 10)


def _period_labels(time: TimeBase, px_per_period: float,
                   text_width: Callable[[str], float]) -> list[tuple[float, str]]:
    """Labels for days or dekads by their first day ("1 Oct 2025", "11", "21", "1 Nov"),
    when every first, second, fifth or tenth period has room; else none."""
    starts = time.starts
    strides = DAY_STRIDES if time.step is Step.DAY else (1,)
    for stride in strides:
        labels: list[tuple[float, str]] = []
        last = None
        for i in range(0, len(starts), stride):
            d = starts[i]
            if last is None or (d.year, d.month) != (last.year, last.month):
                text = f"{d.day} {calendar.month_abbr[d.month]}"
                if last is None or d.year != last.year:
                    text += f" {d.year}"
            else:
                text = str(d.day)
            last = d
            labels.append((i + 0.5, text))
        widest = max(text_width(t) for _, t in labels)
        if px_per_period * stride >= widest + LABEL_GAP_PX:
            return labels
    return []


def time_ticks(time: TimeBase) -> list[list[tuple[float, str]]]:
    """Fixed ticks for a time axis at a comfortable width (major labels, minor boundaries)."""
    major = time_labels(time, 60.0, lambda t: 7.0 * len(t))
    minor = [(float(k), "") for k in range(time.periods + 1)] if time.periods <= 120 else []
    return [major, minor]


class TimeAxis(pg.AxisItem):
    """A bottom axis naming months (or years) at the density its width allows."""

    def __init__(self, time: TimeBase | None = None, **kw: object) -> None:
        super().__init__("bottom", **kw)
        self.enableAutoSIPrefix(False)
        # a label centred on the first or last month may reach a little past the axis ends
        self.setStyle(maxTextLevel=0, hideOverlappingLabels=36)
        self._time = time
        self._labels: dict[float, str] = {}

    def set_time(self, time: TimeBase) -> None:
        """Label another horizon."""
        if time is not self._time:
            self._time = time
            self.picture = None
            self.update()

    def _text_width(self, text: str) -> float:
        font = self.style.get("tickFont") or QFont()
        return QFontMetricsF(font).horizontalAdvance(text)

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list:
        time = self._time
        if time is None or size <= 0 or maxVal <= minVal:
            return []
        px = size / (maxVal - minVal)
        major = time_labels(time, px, self._text_width)
        self._labels = {x: t for x, t in major}
        shown = [x for x, _ in major if minVal <= x <= maxVal] if self.style["showValues"] else []
        minor: list[float] = []
        if px >= 4 and time.periods <= 400:
            minor = [float(k) for k in range(time.periods + 1) if minVal <= k <= maxVal]
        return [(1.0, shown), (1.0, minor)]

    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:
        return [self._labels.get(v, "") for v in values]

    def labels_shown(self) -> list[str]:
        """The labels of the last drawing (for tests)."""
        return list(self._labels.values())


# --- value axis -------------------------------------------------------------------------
def nice_step(minimum: float) -> float:
    """The smallest 1, 2, 2.5 or 5 × 10ⁿ at least ``minimum``."""
    if not np.isfinite(minimum) or minimum <= 0:
        return 1.0
    p = 10.0 ** math.floor(math.log10(minimum))
    for f in (1.0, 2.0, 2.5, 5.0, 10.0):
        if f * p >= minimum * (1 - 1e-12):
            return f * p
    return 10 * p


def _decimals(step: float) -> int:
    for d in range(10):
        if abs(round(step, d) - step) <= step * 1e-9:
            return d
    return 10


class ValueAxis(pg.AxisItem):
    """A value axis with labels at least ``MIN_GAP_PX`` apart, no SI-prefix scaling (no
    "(x1e-06)" on an empty plot) and thin-space thousands."""

    MIN_GAP_PX = 28.0

    def __init__(self, orientation: str = "left", minor: bool = True, **kw: object) -> None:
        super().__init__(orientation, **kw)
        self._minor = minor
        self.enableAutoSIPrefix(False)
        self.setStyle(maxTextLevel=0, autoReduceTextSpace=False, hideOverlappingLabels=False)
        # the same width for every plot of a column, so their data areas line up
        self.textWidth = int(QFontMetricsF(QFont()).horizontalAdvance("00\u2009000") + 2)
        self._updateWidth()

    def tickSpacing(self, minVal: float, maxVal: float, size: float) -> list:
        span = abs(maxVal - minVal)
        if span == 0 or not np.isfinite(span) or size <= 0:
            return []
        gap = self.MIN_GAP_PX if self.orientation in ("left", "right") else 90.0
        major = nice_step(span / max(1.0, size / gap))
        levels = [(major, 0.0)]
        minor = major / (4 if major / 10 ** math.floor(math.log10(major)) == 2 else 5)
        if self._minor and size * minor / span >= 5:
            levels.append((minor, 0.0))
        return levels

    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:
        d = _decimals(spacing * scale)
        return [fmt_number(0.0 if abs(v) < spacing * 1e-6 else v * scale, d) for v in values]


def install_axes(plot: pg.PlotItem, time: TimeBase | None = None) -> tuple[ValueAxis, TimeAxis]:
    """Give a plot a :class:`ValueAxis` on the left and a :class:`TimeAxis` at the bottom
    (once; later calls only set the horizon)."""
    left, bottom = plot.getAxis("left"), plot.getAxis("bottom")
    new = {}
    if not isinstance(left, ValueAxis):
        new["left"] = ValueAxis("left")
    if not isinstance(bottom, TimeAxis):
        new["bottom"] = TimeAxis(time)
    if new:
        label = left.labelText if "left" in new else None
        plot.setAxisItems(new)
        if label:
            plot.setLabel("left", label)
    axis = plot.getAxis("bottom")
    if time is not None:
        axis.set_time(time)  # type: ignore[attr-defined]
    return plot.getAxis("left"), axis  # type: ignore[return-value]


# --- header: title and legend -----------------------------------------------------------
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
    its curve."""

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
        self.setToolTip("Click a legend entry to hide or show its curve")
        self._set_height(self.LINE_PX + 3)

    # --- content ----------------------------------------------------------------------
    def set_title(self, title: str) -> None:
        """The plot's title (plain text: names are never read as markup)."""
        if title != self.title:
            self.title = title
            self._relayout()

    def add(self, item: object | Sequence[object], name: str, *, pen: QPen | None = None,
            brush: QBrush | None = None, present: Callable[[], bool] | None = None
            ) -> LegendEntry:
        """List ``item`` (or several items under one name); the sample copies the item's
        pen and fill unless ``pen``/``brush`` are given."""
        items = list(item) if isinstance(item, (list, tuple)) else [item]
        p, b = _sample_style(items[0])
        entry = LegendEntry(name, items, pen if pen is not None else p,
                            brush if brush is not None else b, present)
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
        lines: list[list[int]] = []
        if sum(widths) <= width - title_w - 10:
            lines = [list(range(len(shown)))]
            first_line_has_title = True
        else:
            first_line_has_title = False
            current: list[int] = []
            used = 0.0
            for k, w in enumerate(widths):
                if current and used + w > width:
                    lines.append(current)
                    current, used = [], 0.0
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
            if e.brush is not None and e.brush.style() != Qt.BrushStyle.NoBrush:
                p.fillRect(sample, e.brush)
            if e.pen is not None and e.pen.style() != Qt.PenStyle.NoPen:
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


# --- shading, steps, pens ---------------------------------------------------------------
def summer_spans(time: TimeBase) -> list[tuple[int, int]]:
    """Runs of consecutive summer (April–September) periods as (first, end) indices."""
    spans: list[tuple[int, int]] = []
    summer = np.asarray(time.is_summer)
    i = 0
    while i < len(summer):
        if summer[i]:
            j = i
            while j < len(summer) and summer[j]:
                j += 1
            spans.append((i, j))
            i = j
        else:
            i += 1
    return spans


def step_x(time: TimeBase) -> np.ndarray:
    """x for per-period step curves (the period boundaries)."""
    return np.arange(time.periods + 1, dtype=float)


def baseline_pen() -> pg.QtGui.QPen:
    """Dashed grey pen for baseline curves."""
    return pg.mkPen(BASELINE, width=1.5, style=Qt.PenStyle.DashLine)


# --- hover read-out ---------------------------------------------------------------------
Unit = str | Callable[[], str]


class _ViewWatcher(QObject):
    """Tells a read-out when the mouse leaves its view or the view is hidden."""

    def __init__(self, on_gone: Callable[[], None]) -> None:
        super().__init__()
        self._on_gone = on_gone

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Leave, QEvent.Type.Hide):
            self._on_gone()
        return False


class ReadoutBox(QGraphicsObject):
    """A small boxed text on top of the whole scene, like a tooltip: a read-out taller than
    a short plot may reach over its neighbours instead of being cut off."""

    PAD = 4.0

    def __init__(self) -> None:
        super().__init__()
        self._text = ""
        self._lines: list[str] = []
        self._font = QFont()
        self._font.setPointSizeF(8.5)
        self._size = QSizeF(0, 0)
        self.setZValue(1000)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        if text == self._text:
            return
        self.prepareGeometryChange()
        self._text = text
        self._lines = text.split("\n")
        fm = QFontMetricsF(self._font)
        w = max((fm.horizontalAdvance(t) for t in self._lines), default=0.0)
        self._size = QSizeF(w + 2 * self.PAD, fm.height() * len(self._lines) + 2 * self.PAD)
        self.update()

    def size(self) -> QSizeF:
        return self._size

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self._size.width(), self._size.height())

    def paint(self, p: QPainter, *args: object) -> None:
        p.setPen(QPen(QColor("#999999")))
        p.setBrush(QBrush(QColor(255, 255, 255, 235)))
        p.drawRect(self.boundingRect().adjusted(0.5, 0.5, -0.5, -0.5))
        p.setFont(self._font)
        p.setPen(QColor("#111111"))
        fm = QFontMetricsF(self._font)
        for k, line in enumerate(self._lines):
            p.drawText(QPointF(self.PAD, self.PAD + fm.ascent() + k * fm.height()), line)


class HoverReadout:
    """Shows, for the period under the mouse, the value of every registered curve.

    The read-out follows the data: :meth:`refresh` (called after every data or unit change)
    recomputes it at the hover position, or hides it when the mouse has left.
    """

    def __init__(self, plot: pg.PlotItem, time_fn: Callable[[], TimeBase | None]) -> None:
        self._plot = plot
        self._time_fn = time_fn
        self._sources: list[tuple[str, Unit, Callable[[], np.ndarray | None], bool]] = []
        self._scene_pos: QPointF | None = None
        scene = plot.scene()
        self._scene = scene
        # a child of the plot (it goes when the plot goes), raised over the neighbouring
        # plots while it shows
        self.text = ReadoutBox()
        self.text.hide()
        self.text.setParentItem(plot)
        self.line = pg.InfiniteLine(angle=90, pen=pg.mkPen("#888888", width=1,
                                                           style=Qt.PenStyle.DotLine))
        self.line.hide()
        plot.addItem(self.line, ignoreBounds=True)
        scene.sigMouseMoved.connect(self._on_scene_mouse_moved)
        self._watcher = _ViewWatcher(self.forget)
        for view in scene.views():
            view.installEventFilter(self._watcher)
            view.viewport().installEventFilter(self._watcher)

    def add(self, name: str, unit: Unit, values: Callable[[], np.ndarray | None],
            at_boundaries: bool = False) -> None:
        """Register a curve: ``values()`` returns its current data (per period or boundary);
        ``unit`` is a label or a function giving the label of the units shown now."""
        self._sources.append((name, unit, values, at_boundaries))

    def text_at(self, x: float) -> str | None:
        """The read-out text for position ``x`` (None outside the horizon)."""
        time = self._time_fn()
        if time is None:
            return None
        i = int(np.floor(x))
        if not 0 <= i < time.periods:
            return None
        lines = [time.label(i)]
        for name, unit, values, at_boundaries in self._sources:
            v = values()
            if v is None:
                continue
            k = min(i + 1, len(v) - 1) if at_boundaries else i
            if 0 <= k < len(v):
                label = unit() if callable(unit) else unit
                value = float(v[k])
                if value == np.inf:  # the engine's "no limit"
                    lines.append(f"{name}: unlimited")
                    continue
                decimals = 1 if abs(value) < 100 else 0
                lines.append(f"{name}: {fmt_number(value, decimals)} {label}".rstrip())
        return "\n".join(lines)

    @property
    def shown_text(self) -> str | None:
        """What the read-out shows now (None when hidden)."""
        return self.text.text() if self.text.isVisible() else None

    def forget(self) -> None:
        """The mouse has gone: hide the read-out."""
        self._scene_pos = None
        self.text.hide()
        self.line.hide()
        self._plot.setZValue(0)

    def refresh(self) -> None:
        """Recompute the read-out at the hover position (after new data or units)."""
        if self._scene_pos is None:
            self.forget()
        else:
            self._on_scene_mouse_moved(self._scene_pos)

    def _visible_scene_rect(self) -> QRectF | None:
        views = self._scene.views()
        if not views:
            return None
        view = views[0]
        return view.mapToScene(view.viewport().rect()).boundingRect()

    def _on_scene_mouse_moved(self, pos: QPointF) -> None:
        try:
            alive = self._plot.scene() is self._scene
        except RuntimeError:  # the plot was deleted with its tab's layout
            alive = False
        if not alive:
            try:
                self._scene.sigMouseMoved.disconnect(self._on_scene_mouse_moved)
            except (RuntimeError, TypeError):
                pass
            return
        vb = self._plot.getViewBox()
        area = vb.sceneBoundingRect()
        if not self._plot.isVisible() or not area.contains(pos):
            self.forget()
            return
        p = vb.mapSceneToView(pos)
        text = self.text_at(p.x())
        if text is None:
            self.forget()
            return
        self._scene_pos = QPointF(pos)
        box = self.text
        box.setText(text)
        size = box.size()
        # beside the cursor, on the side with more room; from the top of the plot, moved up
        # as far as needed to stay inside the window
        x = pos.x() - 12 - size.width() if pos.x() > area.center().x() else pos.x() + 12
        y = area.top()
        room = self._visible_scene_rect()
        if room is not None:
            y = max(room.top(), min(y, room.bottom() - size.height()))
            x = max(room.left(), min(x, room.right() - size.width()))
        box.setPos(self._plot.mapFromScene(QPointF(x, y)))
        self.line.setPos(p.x())
        self._plot.setZValue(1)
        box.show()
        self.line.show()


# --- styling ----------------------------------------------------------------------------
def style_time_plot(plot: pg.PlotItem, time: TimeBase, title: str, unit: str) -> list[object]:
    """Title, axes, ticks and summer shading of a time plot; returns the shade items."""
    install_axes(plot, time)
    header(plot).set_title(title)
    plot.setLabel("left", unit)
    # axes are drawn once into a pixmap and reused while their range holds: redrawing the
    # tick text on every edit costs more than the simulation
    for name in ("left", "bottom"):
        plot.getAxis(name).setCacheMode(CACHE)
    plot.showGrid(x=False, y=False)
    plot.setXRange(0, time.periods, padding=0.01)
    plot.setMouseEnabled(x=True, y=False)
    plot.getViewBox().setLimits(xMin=-1, xMax=time.periods + 1)
    shades = []
    for a, b in summer_spans(time):
        region = pg.LinearRegionItem(values=(a, b), movable=False, brush=pg.mkBrush(*SUMMER_SHADE),
                                     pen=pg.mkPen(None))
        region.setZValue(-100)
        plot.addItem(region, ignoreBounds=True)
        shades.append(region)
    return shades


def show_time_labels(plot: pg.PlotItem, show: bool) -> None:
    """Name the months under this plot, or only mark them (plots stacked on one time axis
    name them once, under the lowest)."""
    axis = plot.getAxis("bottom")
    if axis.style["showValues"] != show:
        axis.setStyle(showValues=show)


def expand_y(plot: pg.PlotItem, low: float, high: float, headroom: float = HEADROOM) -> None:
    """Grow (never shrink) the y range to hold [low, high].

    A range that jumps with every edit would redraw the axis each time and make the curve
    under a dragging hand hop about; it only grows when the data leave it. An empty or flat
    range (all zero) gets a span of one unit rather than a microscopic one.
    """
    if not (np.isfinite(low) and np.isfinite(high)):
        return
    if high - low < 1e-9 * max(1.0, abs(high)):
        high = low + 1.0
    (y0, y1) = plot.getViewBox().viewRange()[1]
    fresh = getattr(plot, "_wp_fixed", False) is False
    if fresh or low < y0 or high > y1:
        span = max(high - low, abs(high) * 0.05)
        lo = low if low == 0 else low - span * headroom
        lo = min(lo, y0) if not fresh else lo
        hi = high + span * headroom
        hi = max(hi, y1) if not fresh else hi
        plot.setYRange(lo, hi, padding=0)
        plot._wp_fixed = True  # type: ignore[attr-defined]


def colour(code: str, alpha: int = 255) -> QColor:
    """A QColor from a hex string with an alpha."""
    c = QColor(code)
    c.setAlpha(alpha)
    return c


__all__ = [
    "CACHE", "HoverReadout", "LegendEntry", "PlotHeader", "TimeAxis", "ValueAxis",
    "baseline_pen", "colour", "expand_y", "fmt_number", "header", "install_axes", "legend",
    "month_runs", "nice_step", "show_time_labels", "step_x", "style_time_plot",
    "summer_spans", "time_labels", "time_ticks",
]
