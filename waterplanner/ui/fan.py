"""A fan chart on a time plot: the median of an ensemble and its 50 % and 90 % bands.

The bands come from :func:`waterplanner.engine.bands.bands`; this module only draws them.
Per-period quantities (releases, deliveries, energy) are drawn as steps, storages and levels
through the period boundaries, like the plot's own curve. The items are made once and only
get new data, so an edit never rebuilds the scene.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt

from waterplanner.engine.bands import Bands
from waterplanner.i18n import translate
from waterplanner.ui.plot_common import colour
from waterplanner.ui.plot_legend import PlotHeader


def step_path(edges: np.ndarray, values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """A per-period series as the x, y of a staircase through the period boundaries."""
    x = np.repeat(np.asarray(edges, dtype=float), 2)[1:-1]
    y = np.repeat(np.asarray(values, dtype=float), 2)
    return x, y


class Fan:
    """The 90 % band (lighter), the 50 % band and the median of one quantity, listed as two
    legend entries, the bands and the median (a baseline's fan has its entries prefixed
    "baseline ")."""

    def __init__(self, plot: pg.PlotItem, base_colour: str, legend: PlotHeader,
                 prefix: str = "") -> None:
        self.plot = plot
        self._edges: list[pg.PlotCurveItem] = []
        self.fills: list[pg.FillBetweenItem] = []
        for alpha in (45, 90):                           # 90 % band, then 50 % band above it
            lo, hi = pg.PlotCurveItem(pen=pg.mkPen(None)), pg.PlotCurveItem(pen=pg.mkPen(None))
            fill = pg.FillBetweenItem(lo, hi, brush=pg.mkBrush(colour(base_colour, alpha)))
            plot.addItem(fill)
            self._edges += [lo, hi]
            self.fills.append(fill)
        self.median = pg.PlotDataItem(pen=pg.mkPen(base_colour, width=1.6,
                                                   style=Qt.PenStyle.DashLine))
        plot.addItem(self.median)
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
                   prefix=prefix), present=lambda: self.shown)

    def show(self, x: np.ndarray, b: Bands, step: bool) -> None:
        """Draw the bands of ``b`` over ``x`` (period boundaries when ``step``)."""
        def xy(v: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
            return step_path(x, v) if step else (np.asarray(x, dtype=float), v)
        for k, (item, v) in enumerate(zip(self._edges, (b.p05, b.p95, b.p25, b.p75),
                                           strict=True)):
            # a band's fill redraws its path when either edge changes: the lower edge
            # changes silently, so each fill is rebuilt once, with both edges new
            lower = k % 2 == 0
            if lower:
                item.blockSignals(True)
            try:
                item.setData(*xy(np.where(np.isfinite(v), v, 0.0)))
            finally:
                if lower:
                    item.blockSignals(False)
        self.median.setData(*xy(b.p50))
        for f in self.fills:
            f.setVisible(True)
        self.median.setVisible(True)
        self.shown = True

    def hide(self) -> None:
        for item in self._edges:
            item.setData([], [])
        self.median.setData([], [])
        for f in self.fills:
            f.setVisible(False)
        self.median.setVisible(False)
        self.shown = False
