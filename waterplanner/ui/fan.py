"""A fan chart on a time plot: the median of an ensemble and its 50 % and 90 % bands.

The bands come from :func:`waterplanner.engine.bands.bands`; this module only draws them.
Per-period quantities (releases, deliveries, energy) are drawn as steps, storages and levels
through the period boundaries, like the plot's own curve. The items are made once and only
get new data, so an edit never rebuilds the scene.

Each band is one :class:`BandFill`: the polygon pyqtgraph's ``FillBetweenItem`` would draw
between two edge curves, built straight from the quantiles (no edge curves to update, no
path read back from them), so a new edit costs one path per band.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem

from waterplanner.engine.bands import Bands
from waterplanner.i18n import translate
from waterplanner.ui.plot_common import CACHE, colour
from waterplanner.ui.plot_legend import PlotHeader


def step_path(edges: np.ndarray, values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """A per-period series as the x, y of a staircase through the period boundaries."""
    x = np.repeat(np.asarray(edges, dtype=float), 2)[1:-1]
    y = np.repeat(np.asarray(values, dtype=float), 2)
    return x, y


class BandFill(QGraphicsPathItem):
    """The area between a lower and an upper edge over the same x: one polygon along the
    lower edge and back along the upper one, filled without an outline (what
    ``pg.FillBetweenItem`` draws between two curves, at the same depth: just below the
    plot's curves)."""

    def __init__(self, brush: QBrush) -> None:
        super().__init__()
        self.setPen(pg.mkPen(None))
        self.setBrush(brush)
        self.setZValue(-1)

    def set_edges(self, x: np.ndarray, low: np.ndarray, high: np.ndarray) -> None:
        """Fill between ``low`` and ``high`` over ``x`` (finite values, equal lengths)."""
        n = len(x)
        path = QPainterPath()
        if n >= 2:
            poly = pg.functions.create_qpolygonf(2 * n)
            xy = pg.functions.ndarray_from_qpolygonf(poly)
            xy[:n, 0], xy[:n, 1] = x, low
            xy[n:, 0], xy[n:, 1] = x[::-1], high[::-1]
            path.reserve(2 * n)
            path.addPolygon(poly)
        self.setPath(path)


class Fan:
    """The 90 % band (lighter), the 50 % band and the median of one quantity, listed as two
    legend entries, the bands and the median (a baseline's fan has its entries prefixed
    "baseline ").

    ``cached``: the fan is drawn once into a pixmap and reused until it gets new data (a
    baseline's fan, which an edit of the plan does not change)."""

    def __init__(self, plot: pg.PlotItem, base_colour: str, legend: PlotHeader,
                 prefix: str = "", cached: bool = False) -> None:
        self.plot = plot
        self.fills: list[BandFill] = []
        for alpha in (45, 90):                           # 90 % band, then 50 % band above it
            fill = BandFill(pg.mkBrush(colour(base_colour, alpha)))
            plot.addItem(fill)
            self.fills.append(fill)
        # a bare curve item: what a PlotDataItem would hand its curve, without its layers
        self.median = pg.PlotCurveItem(pen=pg.mkPen(base_colour, width=1.6,
                                                    style=Qt.PenStyle.DashLine),
                                       antialias=pg.getConfigOption("antialias"))
        plot.addItem(self.median)
        if cached:
            for item in (*self.fills, self.median):
                item.setCacheMode(CACHE)
        self.shown = False
        # both bands under one entry (a plan's and a baseline's fans would otherwise take
        # four of a storage plot's legend entries); what each band is, in the entry's tip
        tip = "; ".join((translate("Fan", "{prefix}90 % band (P5–P95)"),
                         translate("Fan", "{prefix}50 % band (P25–P75)"))).format(prefix=prefix)
        legend.add(self.fills, translate("Fan", "{prefix}90 % / 50 % bands").format(
                   prefix=prefix), pen=pg.mkPen(None), shape="bands",
                   brush=pg.mkBrush(colour(base_colour, 45)),
                   inner=pg.mkBrush(colour(base_colour, 90)), present=lambda: self.shown,
                   tip=tip)
        legend.add(self.median, translate("Fan", "{prefix}median of the members").format(
                   prefix=prefix), pen=self.median.opts["pen"], present=lambda: self.shown)

    def show(self, x: np.ndarray, b: Bands, step: bool) -> None:
        """Draw the bands of ``b`` over ``x`` (period boundaries when ``step``). A band
        the planner hid with a click on its legend entry stays hidden."""
        def xy(v: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
            return step_path(x, v) if step else (np.asarray(x, dtype=float), v)

        def edge(v: np.ndarray) -> np.ndarray:
            return xy(np.where(np.isfinite(v), v, 0.0))[1]

        fx = xy(b.p05)[0]
        for fill, (low, high) in zip(self.fills, ((b.p05, b.p95), (b.p25, b.p75)), strict=True):
            fill.set_edges(fx, edge(low), edge(high))
        mx, my = xy(b.p50)
        finite = bool(np.isfinite(my).all())  # a gap breaks the line, as a PlotDataItem's
        self.median.setData(mx, my, connect="all" if finite else "finite",
                            skipFiniteCheck=finite)
        if not self.shown:
            items: tuple[QGraphicsItem, ...] = (*self.fills, self.median)
            for item in items:
                item.setVisible(True)
        self.shown = True

    def hide(self) -> None:
        for fill in self.fills:
            fill.setPath(QPainterPath())
            fill.setVisible(False)
        self.median.setData([], [])
        self.median.setVisible(False)
        self.shown = False
