"""One plot per node and role (storage, release, delivery, energy, lake level).

Each plot keeps its curve items for its whole life and only calls ``setData`` when new
results arrive, so an edit never rebuilds the scene. Values come straight from
:class:`~waterplanner.engine.results.Results`; the only arithmetic here is unit display.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt

from waterplanner.engine.results import Results
from waterplanner.model.nodes import AnyNode, DemandNode, ReservoirNode, TerminalLakeNode
from waterplanner.model.timebase import TimeBase
from waterplanner.ui.palette import OKABE_ITO, SHORTFALL, SPILL, country_colour
from waterplanner.ui.plot_common import (
    CACHE,
    HoverReadout,
    baseline_pen,
    colour,
    expand_y,
    legend,
    step_x,
    style_time_plot,
)

UNIT_LABEL = {"m3s": "m³/s", "mcm": "Mm³"}


def flow_in_units(time: TimeBase, mcm: np.ndarray, units: str) -> np.ndarray:
    """Per-period volumes (Mm³) shown as m³/s or left as Mm³."""
    return np.asarray(time.mcm_to_m3s(mcm)) if units == "m3s" else np.asarray(mcm)


class TimePlot:
    """Base: a PlotItem on a time axis with a hover read-out and a baseline curve."""

    title = ""
    unit = ""

    def __init__(self, plot: pg.PlotItem, node: AnyNode, time: TimeBase) -> None:
        self.plot = plot
        self.node = node
        self.time = time
        self.colour = country_colour(node.country)
        style_time_plot(plot, time, self.title_for(node), self.unit)
        legend(plot)
        self.hover = HoverReadout(plot, lambda: self.time)
        self._data: dict[str, np.ndarray | None] = {}

    def title_for(self, node: AnyNode) -> str:
        country = f" ({node.country})" if node.country and node.country not in node.name else ""
        return f"{node.name}{country}: {self.title}"

    def values(self, key: str):
        return lambda: self._data.get(key)

    def step_curve(self, name: str, pen: object, **kw: object) -> pg.PlotDataItem:
        # steps are horizontal and vertical segments: antialiasing them costs time, adds nothing
        item = pg.PlotDataItem(stepMode="center", pen=pen, name=name, antialias=False, **kw)
        self.plot.addItem(item)
        return item

    def update(self, results: Results, baseline: Results | None, units: str) -> None:
        raise NotImplementedError

    def fit_y(self, *arrays: np.ndarray | None, low: float | None = 0.0) -> None:
        """Grow the y range to hold the arrays (from zero unless ``low`` is None)."""
        vals = [np.asarray(a, dtype=float) for a in arrays if a is not None and len(a)]
        if not vals:
            return
        hi = max(float(np.nanmax(v)) for v in vals)
        lo = low if low is not None else min(float(np.nanmin(v)) for v in vals)
        expand_y(self.plot, lo, max(hi, lo + 1e-6))


class StoragePlot(TimePlot):
    """Storage of a reservoir with dead storage, capacity and the flood-control rule curve."""

    title = "storage"
    unit = "Mm³"

    def __init__(self, plot: pg.PlotItem, node: ReservoirNode, time: TimeBase) -> None:
        super().__init__(plot, node, time)
        dash = Qt.PenStyle.DashLine
        self.capacity = pg.InfiniteLine(node.capacity_mcm, angle=0, pen=pg.mkPen("#333333", style=dash),
                                        label=f"capacity {node.capacity_mcm:,.0f}",
                                        labelOpts={"position": 0.02, "color": "#333333",
                                                   "anchors": [(0, 0), (0, 0)]})
        self.dead = pg.InfiniteLine(node.dead_storage_mcm, angle=0,
                                    pen=pg.mkPen("#777777", style=Qt.PenStyle.DashDotLine),
                                    label=f"dead {node.dead_storage_mcm:,.0f}",
                                    labelOpts={"position": 0.2, "color": "#555555",
                                               "anchors": [(0, 1), (0, 1)]})
        plot.addItem(self.capacity)
        plot.addItem(self.dead)
        for line in (self.capacity, self.dead):
            line.label.setCacheMode(CACHE)
        self.rule = None
        if node.flood_control_mcm is not None:
            self.rule = self.step_curve("flood-control limit",
                                        pg.mkPen(OKABE_ITO["orange"], width=1.5,
                                                 style=Qt.PenStyle.DotLine))
            self.rule.setData(step_x(time), np.asarray(node.flood_control_mcm))
        self.base = pg.PlotDataItem(pen=baseline_pen(), name="baseline", antialias=True)
        self.curve = pg.PlotDataItem(pen=pg.mkPen(self.colour, width=2.2), name="storage",
                                    antialias=True)
        plot.addItem(self.base)
        plot.addItem(self.curve)
        plot.setYRange(0, node.capacity_mcm * 1.25, padding=0)
        self.hover.add("storage", "Mm³", self.values("s"), at_boundaries=True)
        self.hover.add("baseline", "Mm³", self.values("b"), at_boundaries=True)

    def update(self, results: Results, baseline: Results | None, units: str) -> None:
        x = np.arange(self.time.periods + 1, dtype=float)
        s = results.storage_with_initial(self.node.id)
        self._data["s"] = s
        self.curve.setData(x, s)
        b = _maybe(baseline, lambda r: r.storage_with_initial(self.node.id))
        self._data["b"] = b
        self.base.setData(x, b) if b is not None else self.base.setData([], [])


class ReleasePlot(TimePlot):
    """Release and spill of a reservoir with its minimum/maximum release band."""

    title = "release and spill"

    def __init__(self, plot: pg.PlotItem, node: ReservoirNode, time: TimeBase) -> None:
        self.unit = "m³/s"
        super().__init__(plot, node, time)
        band = colour("#8DA9C4", 60)
        self.lo = self.step_curve("min/max release", pg.mkPen("#8DA9C4", width=1))
        self.hi = self.step_curve(None, pg.mkPen("#8DA9C4", width=1))  # type: ignore[arg-type]
        self.band = pg.FillBetweenItem(self.lo, self.hi, brush=pg.mkBrush(band))
        plot.addItem(self.band)
        self.spill = self.step_curve("spill", pg.mkPen(SPILL, width=1.5), fillLevel=0,
                                     fillBrush=pg.mkBrush(colour(SPILL, 80)))
        self.base = self.step_curve("baseline", baseline_pen())
        self.curve = self.step_curve("release", pg.mkPen(self.colour, width=2.2))
        self._units = ""
        self.hover.add("release", "", self.values("r"))
        self.hover.add("spill", "", self.values("s"))
        self.hover.add("baseline", "", self.values("b"))

    def update(self, results: Results, baseline: Results | None, units: str) -> None:
        x = step_x(self.time)
        node: ReservoirNode = self.node  # type: ignore[assignment]
        if units != self._units:
            self._units = units
            self.plot._wp_fixed = False  # another unit: fit the range afresh
            self.plot.setLabel("left", UNIT_LABEL[units])
            self.hover._sources = [(n, UNIT_LABEL[units], f, b) for n, _, f, b in self.hover._sources]
            lo = np.full(self.time.periods, node.min_release_m3s)
            hi_m3s = node.max_release_m3s
            if hi_m3s is None and node.hydropower is not None:
                hi_m3s = node.hydropower.turbine_capacity_m3s
            if units == "mcm":
                lo = np.asarray(self.time.m3s_to_mcm(lo))
            self.lo.setData(x, lo)
            if hi_m3s is not None:
                hi = np.full(self.time.periods, hi_m3s)
                self.hi.setData(x, np.asarray(self.time.m3s_to_mcm(hi)) if units == "mcm" else hi)
            else:
                self.hi.setData(x, lo)
        r = flow_in_units(self.time, results.series("release_mcm", node.id), units)
        s = flow_in_units(self.time, results.series("spill_mcm", node.id), units)
        self._data["r"], self._data["s"] = r, s
        self.curve.setData(x, r)
        self.spill.setData(x, s)
        b = _maybe(baseline, lambda rb: flow_in_units(self.time, rb.series("release_mcm", node.id),
                                                      units))
        self._data["b"] = b
        self.base.setData(x, b) if b is not None else self.base.setData([], [])
        self.fit_y(r, s, b, self.hi.yData)


class DeliveryPlot(TimePlot):
    """A demand, what it received and the shortfall between them (filled red)."""

    title = "delivery against demand"
    unit = "Mm³"

    def __init__(self, plot: pg.PlotItem, node: DemandNode, time: TimeBase) -> None:
        super().__init__(plot, node, time)
        self.short = pg.BarGraphItem(x0=[], width=1.0, y0=[], height=[],
                                     brush=pg.mkBrush(colour(SHORTFALL, 150)), pen=pg.mkPen(None))
        plot.addItem(self.short)
        self.delivery = self.step_curve("delivery", pg.mkPen(self.colour, width=2), fillLevel=0,
                                        fillBrush=pg.mkBrush(colour(self.colour.name(), 60)))
        self.demand = self.step_curve("demand", pg.mkPen("#222222", width=1.2))
        self.base = self.step_curve("baseline delivery", baseline_pen())
        legend_item = plot.legend
        if legend_item is not None:
            legend_item.addItem(pg.BarGraphItem(x0=[0], width=1, height=[1],
                                                brush=pg.mkBrush(colour(SHORTFALL, 150))),
                                "shortfall")
        self.hover.add("demand", "Mm³", self.values("d"))
        self.hover.add("delivery", "Mm³", self.values("v"))
        self.hover.add("shortfall", "Mm³", self.values("s"))

    def update(self, results: Results, baseline: Results | None, units: str) -> None:
        x = step_x(self.time)
        nid = self.node.id
        d = results.series("demand_mcm", nid)
        v = results.series("delivery_mcm", nid)
        s = results.series("shortfall_mcm", nid)
        self._data.update(d=d, v=v, s=s)
        self.demand.setData(x, d)
        self.delivery.setData(x, v)
        self.short.setOpts(x0=x[:-1], width=1.0, y0=v, height=s)
        b = _maybe(baseline, lambda rb: rb.series("delivery_mcm", nid))
        self.base.setData(x, b) if b is not None else self.base.setData([], [])
        self.fit_y(d, v, b)


class EnergyPlot(TimePlot):
    """Energy of a hydropower plant per period."""

    title = "hydropower"
    unit = "GWh"

    def __init__(self, plot: pg.PlotItem, node: ReservoirNode, time: TimeBase) -> None:
        super().__init__(plot, node, time)
        self.curve = self.step_curve("energy", pg.mkPen(self.colour, width=2), fillLevel=0,
                                     fillBrush=pg.mkBrush(colour(self.colour.name(), 70)))
        self.base = self.step_curve("baseline", baseline_pen())
        self.hover.add("energy", "GWh", self.values("e"))
        self.hover.add("baseline", "GWh", self.values("b"))

    def update(self, results: Results, baseline: Results | None, units: str) -> None:
        x = step_x(self.time)
        e = results.series("energy_mwh", self.node.id) / 1000.0
        self._data["e"] = e
        self.curve.setData(x, e)
        b = _maybe(baseline, lambda rb: rb.series("energy_mwh", self.node.id) / 1000.0)
        self._data["b"] = b
        self.base.setData(x, b) if b is not None else self.base.setData([], [])
        self.fit_y(e, b)


class LakePlot(TimePlot):
    """Level of a terminal lake with the crest over which it spills."""

    title = "lake level"
    unit = "m a.s.l."

    def __init__(self, plot: pg.PlotItem, node: TerminalLakeNode, time: TimeBase) -> None:
        super().__init__(plot, node, time)
        self.crest = pg.InfiniteLine(node.crest_level_m, angle=0,
                                     pen=pg.mkPen("#333333", style=Qt.PenStyle.DashLine),
                                     label=f"crest {node.crest_level_m:g} m",
                                     labelOpts={"position": 0.02, "color": "#333333",
                                                "anchors": [(0, 1), (0, 1)]})
        plot.addItem(self.crest)
        self.base = pg.PlotDataItem(pen=baseline_pen(), name="baseline", antialias=True)
        self.curve = pg.PlotDataItem(pen=pg.mkPen(self.colour, width=2.2), name="level",
                                    antialias=True)
        plot.addItem(self.base)
        plot.addItem(self.curve)
        self._start = float(node.lav.level_at(node.initial_storage_mcm))
        self.hover.add("level", "m", self.values("l"), at_boundaries=True)
        self.hover.add("baseline", "m", self.values("b"), at_boundaries=True)

    def _levels(self, r: Results) -> np.ndarray:
        return np.concatenate(([self._start], r.series("level_m", self.node.id)))

    def update(self, results: Results, baseline: Results | None, units: str) -> None:
        x = np.arange(self.time.periods + 1, dtype=float)
        lv = self._levels(results)
        self._data["l"] = lv
        self.curve.setData(x, lv)
        b = _maybe(baseline, self._levels)
        self._data["b"] = b
        self.base.setData(x, b) if b is not None else self.base.setData([], [])
        self.fit_y(lv, b, np.array([self.node.crest_level_m]), low=None)  # type: ignore[union-attr]


class LakeInflowPlot(TimePlot):
    """What reaches a terminal lake each period."""

    title = "inflow"
    unit = "Mm³"

    def __init__(self, plot: pg.PlotItem, node: TerminalLakeNode, time: TimeBase) -> None:
        super().__init__(plot, node, time)
        self.curve = self.step_curve("inflow", pg.mkPen(self.colour, width=2), fillLevel=0,
                                     fillBrush=pg.mkBrush(colour(self.colour.name(), 60)))
        self.base = self.step_curve("baseline", baseline_pen())
        self.hover.add("inflow", "Mm³", self.values("i"))

    def update(self, results: Results, baseline: Results | None, units: str) -> None:
        x = step_x(self.time)
        i = results.series("inflow_mcm", self.node.id)
        self._data["i"] = i
        self.curve.setData(x, i)
        b = _maybe(baseline, lambda rb: rb.series("inflow_mcm", self.node.id))
        self.base.setData(x, b) if b is not None else self.base.setData([], [])
        self.fit_y(i, b)


def _maybe(baseline: Results | None, fn):
    """fn(baseline) when the baseline has the same nodes and horizon, else None."""
    if baseline is None:
        return None
    try:
        return fn(baseline)
    except (KeyError, IndexError, ValueError):
        return None
