"""Shared plot furniture: light background, period ticks, summer shading, hover read-outs.

Periods sit on the x axis as numbers: period ``i`` spans ``[i, i+1]``; per-period
quantities are drawn as steps over those spans and storages at the boundaries.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor

from waterplanner.model.timebase import Step, TimeBase
from waterplanner.ui.palette import BASELINE, SUMMER_SHADE

# antialiasing only where it shows: the sloping storage and level curves ask for it
# themselves; steps, bands and straight lines gain nothing from it and it triples the
# cost of a repaint
pg.setConfigOptions(antialias=False, background="w", foreground="#222222")
CACHE = pg.QtWidgets.QGraphicsItem.CacheMode.DeviceCoordinateCache
"""Cache mode for plot furniture that does not change while the planner edits."""


def fmt_number(value: float, decimals: int = 0) -> str:
    """A number with thin-space thousands, as engineers write them (12 345)."""
    if value is None or not np.isfinite(value):
        return "–"
    return f"{value:,.{decimals}f}".replace(",", "\u2009")


def time_ticks(time: TimeBase) -> list[list[tuple[float, str]]]:
    """Ticks for a time axis: month (or year) names centred on their periods, and a
    minor tick at every period boundary. Labels sit mid-period so none falls off an edge."""
    starts = time.starts
    n = len(starts)
    b = time.boundaries
    major: list[tuple[float, str]] = []
    years = n > 48 if time.step is Step.MONTH else n > 150
    i = 0
    while i < n:
        d = starts[i]
        # the run of periods in the same calendar month (one for a monthly step)
        j = i
        while j < n and (starts[j].year, starts[j].month) == (d.year, d.month):
            j += 1
        if years:
            if d.month == time.water_year_start_month:
                major.append((float(i), str(d.year)))
        else:
            label = calendar.month_abbr[d.month]
            if d.month == 1 or i == 0:
                label += f" {d.year}"
            major.append(((i + j) / 2, label))
        i = j
    del b
    minor = [(float(k), "") for k in range(n + 1)] if n <= 120 else []
    return [major, minor]


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


class HoverReadout:
    """Shows, for the period under the mouse, the value of every registered curve."""

    def __init__(self, plot: pg.PlotItem, time_fn: Callable[[], TimeBase]) -> None:
        self._plot = plot
        self._time_fn = time_fn
        self._sources: list[tuple[str, str, Callable[[], np.ndarray | None], bool]] = []
        self.text = pg.TextItem(anchor=(0, 0), color="#111111", fill=pg.mkBrush(255, 255, 255, 220),
                                border=pg.mkPen("#999999"))
        self.text.setZValue(100)
        self.text.hide()
        plot.addItem(self.text, ignoreBounds=True)
        self.line = pg.InfiniteLine(angle=90, pen=pg.mkPen("#888888", width=1,
                                                           style=Qt.PenStyle.DotLine))
        self.line.hide()
        plot.addItem(self.line, ignoreBounds=True)
        plot.scene().sigMouseMoved.connect(self._on_scene_mouse_moved)

    def add(self, name: str, unit: str, values: Callable[[], np.ndarray | None],
            at_boundaries: bool = False) -> None:
        """Register a curve: ``values()`` returns its current data (per period or boundary)."""
        self._sources.append((name, unit, values, at_boundaries))

    def text_at(self, x: float) -> str | None:
        """The read-out text for position ``x`` (None outside the horizon)."""
        time = self._time_fn()
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
                lines.append(f"{name}: {fmt_number(float(v[k]), 1 if abs(v[k]) < 100 else 0)} {unit}")
        return "\n".join(lines)

    def _on_scene_mouse_moved(self, pos: QPointF) -> None:
        vb = self._plot.getViewBox()
        if not self._plot.sceneBoundingRect().contains(pos) or not vb.sceneBoundingRect().contains(pos):
            self.text.hide()
            self.line.hide()
            return
        p = vb.mapSceneToView(pos)
        text = self.text_at(p.x())
        if text is None:
            self.text.hide()
            self.line.hide()
            return
        self.text.setText(text)
        (x0, x1), (_, y1) = vb.viewRange()
        # keep the box inside the plot: flip it left of the cursor on the right half
        self.text.setAnchor((1, 0) if p.x() > (x0 + x1) / 2 else (0, 0))
        self.text.setPos(p.x(), y1)
        self.line.setPos(p.x())
        self.text.show()
        self.line.show()


def style_time_plot(plot: pg.PlotItem, time: TimeBase, title: str, unit: str) -> list[object]:
    """Title, axis labels, ticks and summer shading of a time plot; returns the shade items."""
    plot.setTitle(title, size="10pt")
    plot.setLabel("left", unit)
    # axes are drawn once into a pixmap and reused while their range holds: redrawing the
    # tick text on every edit costs more than the simulation
    for name in ("left", "bottom"):
        plot.getAxis(name).setCacheMode(CACHE)
    plot.titleLabel.setCacheMode(CACHE)
    plot.showGrid(x=False, y=False)
    plot.getAxis("bottom").setTicks(time_ticks(time))
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


def expand_y(plot: pg.PlotItem, low: float, high: float, headroom: float = 0.3) -> None:
    """Grow (never shrink) the y range to hold [low, high].

    A range that jumps with every edit would redraw the axis each time and make the curve
    under a dragging hand hop about; it only grows when the data leave it.
    """
    if not (np.isfinite(low) and np.isfinite(high)):
        return
    (y0, y1) = plot.getViewBox().viewRange()[1]
    fresh = getattr(plot, "_wp_fixed", False) is False
    if fresh or low < y0 or high > y1:
        span = max(high - low, abs(high) * 0.05, 1e-6)
        lo = low if low == 0 else low - span * headroom
        lo = min(lo, y0) if not fresh else lo
        hi = high + span * headroom
        hi = max(hi, y1) if not fresh else hi
        plot.setYRange(lo, hi, padding=0)
        plot._wp_fixed = True  # type: ignore[attr-defined]


def legend(plot: pg.PlotItem) -> pg.LegendItem:
    """A one-line legend along the top right, over the headroom the y range keeps free
    (cached: it never changes on an edit)."""
    lg = plot.addLegend(offset=(-5, 1), labelTextSize="8pt", verSpacing=-8, colCount=5,
                        brush=pg.mkBrush(255, 255, 255, 150))
    lg.setCacheMode(CACHE)
    return lg


def colour(code: str, alpha: int = 255) -> QColor:
    """A QColor from a hex string with an alpha."""
    c = QColor(code)
    c.setAlpha(alpha)
    return c
