"""Shared plot furniture: light background, summer shading, steps and pens, and the styling
of a time plot. Axes live in :mod:`plot_axes`, the title-and-legend header in
:mod:`plot_legend`, hover read-outs in :mod:`plot_readout`.

Periods sit on the x axis as numbers: period ``i`` spans ``[i, i+1]``; per-period
quantities are drawn as steps over those spans and storages at the boundaries.

The legend lives in the plot's header row, above the data area, so it never covers a curve;
it lists only what the plot currently shows (no "baseline" before a baseline is set), and a
click on an entry hides or shows its curve. Axes pick their tick labels from the pixels they
have, so labels never run into each other on a small screen.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsItem

from waterplanner.model.timebase import TimeBase
from waterplanner.ui.palette import BASELINE, SUMMER_SHADE
from waterplanner.ui.plot_axes import install_axes
from waterplanner.ui.plot_legend import header

# antialiasing only where it shows: the sloping storage and level curves ask for it
# themselves; steps, bands and straight lines gain nothing from it and it triples the
# cost of a repaint
pg.setConfigOptions(antialias=False, background="w", foreground="#222222")
CACHE = pg.QtWidgets.QGraphicsItem.CacheMode.DeviceCoordinateCache
"""Cache mode for plot furniture that does not change while the planner edits."""

HEADROOM = 0.08
"""Fraction of the data span kept free above the highest value (the legend is outside)."""


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
        region.setCacheMode(CACHE)  # the same shading under every edit: painted from a pixmap
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


def furniture(*items: QGraphicsItem) -> None:
    """Plot furniture that only changes with the scenario's limits (capacity, dead storage,
    zone curves, release limits, a lake's crest): drawn once into a pixmap and reused while
    it stays as it is, so an edit of the plan repaints the plan's curves over it without
    stroking its dashes again."""
    for item in items:
        painted = item.curve if isinstance(item, pg.PlotDataItem) else item
        painted.setCacheMode(CACHE)


def colour(code: str, alpha: int = 255) -> QColor:
    """A QColor from a hex string with an alpha."""
    c = QColor(code)
    c.setAlpha(alpha)
    return c
