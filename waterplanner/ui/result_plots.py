"""One plot per node and role (storage, release, delivery, energy, lake level).

Each plot keeps its curve items for its whole life and only calls ``setData`` when new
results arrive, so an edit never rebuilds the scene. Values come straight from
:class:`~waterplanner.engine.results.Results`, and limits (release band, turbine capacity,
storage bounds) from :mod:`waterplanner.engine.limits`, i.e. from the arrays the simulation
ran on; the only arithmetic here is unit display.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt

from waterplanner.engine.bands import Bands, bands
from waterplanner.engine.limits import ReleaseLimits, StorageBounds, release_limits, storage_bounds
from waterplanner.engine.results import Results
from waterplanner.i18n import QT_TRANSLATE_NOOP, translate
from waterplanner.i18n.units import unit as unit_text
from waterplanner.model.nodes import AnyNode, DemandNode, ReservoirNode, TerminalLakeNode
from waterplanner.model.timebase import TimeBase
from waterplanner.ui.drawn import Drawn
from waterplanner.ui.fan import Fan
from waterplanner.ui.figures import general
from waterplanner.ui.local_names import local_of
from waterplanner.ui.palette import (
    BASELINE,
    LIMIT,
    OKABE_ITO,
    SHORTFALL,
    SPILL,
    TURBINE,
    country_colour,
)
from waterplanner.ui.plot_axes import fmt_number
from waterplanner.ui.plot_common import (
    CACHE,
    baseline_pen,
    colour,
    expand_y,
    furniture,
    step_x,
    style_time_plot,
)
from waterplanner.ui.plot_legend import header
from waterplanner.ui.plot_readout import HoverReadout
from waterplanner.ui.units import unit_label


def flow_in_units(time: TimeBase, mcm: np.ndarray, units: str) -> np.ndarray:
    """Per-period volumes (Mm³) shown as m³/s or left as Mm³."""
    return np.asarray(time.mcm_to_m3s(mcm)) if units == "m3s" else np.asarray(mcm)



def add_release_limit_legend(owner: object, band: object) -> None:
    """Legend entries of a release plot's limits: the min–max band only where a maximum is
    set (the engine treats a missing one as unlimited), else the minimum line alone.
    ``owner`` has ``legend``, ``lo``, ``hi``, ``band`` and ``limits`` (engine limits)."""
    o: Any = owner
    o.legend.add([o.lo, o.hi, o.band], translate("Plots", "min–max release"),
                 pen=pg.mkPen(LIMIT, width=1.2),
                 brush=pg.mkBrush(band),
                 present=lambda: o.limits is not None and o.limits.has_max)
    o.legend.add(o.lo, translate("Plots", "min release"),
                 present=lambda: o.limits is not None and o.limits.has_min
                 and not o.limits.has_max)

class TimePlot:
    """Base: a PlotItem on a time axis with a header legend and a hover read-out.

    :meth:`update` draws new data (:meth:`draw`, per plot), then lets the legend list what
    is now shown and the read-out follow the new values and units.
    """

    title = ""
    unit = ""
    base: pg.PlotDataItem
    """The baseline's curve (each plot makes it with :meth:`baseline_curve`)."""

    def __init__(self, plot: pg.PlotItem, node: AnyNode, time: TimeBase) -> None:
        self.plot = plot
        self.node = node
        self.time = time
        self.units = ""
        self.colour = country_colour(node.country)
        style_time_plot(plot, time, self.title_for(node), unit_text(self.unit) if self.unit else "")
        self.legend = header(plot)
        self.hover = HoverReadout(plot, lambda: self.time, lambda: self.member_label)
        self._data: dict[str, np.ndarray | None] = {}
        self._fan: Fan | None = None
        self._base_fan: Fan | None = None
        self._fan_drawn: dict[str, tuple[Drawn, str, Bands | None]] = {}
        """Per fan: the results and units it was last drawn from, and their bands."""
        self._base_drawn: tuple[Drawn, int, str] | None = None
        """The baseline results, member and units the baseline curve was last drawn from."""

    def title_for(self, node: AnyNode) -> str:
        label = getattr(node, "country_label", node.country)  # a node, or a plant site
        # in Russian and Kazakh the local name goes beside the country: "Toktogul (Токтогул, KG)"
        extras = [x for x in (local_of(node), label) if x and x not in node.name]
        country = f" ({', '.join(extras)})" if extras else ""
        return f"{node.name}{country}: {translate('Plots', self.title)}"

    def values(self, key: str):
        return lambda: self._data.get(key)

    def step_curve(self, name: str | None, pen: object, **kw: object) -> pg.PlotDataItem:
        """A per-period step curve, listed in the legend under ``name`` (if given)."""
        # steps are horizontal and vertical segments: antialiasing them costs time, adds nothing
        item = pg.PlotDataItem(stepMode="center", pen=pen, antialias=False, **kw)
        self.plot.addItem(item)
        if name:
            self.legend.add(item, name)
        return item

    def line_curve(self, name: str, pen: object) -> pg.PlotDataItem:
        """A curve through the period boundaries (storages, levels), listed in the legend."""
        item = pg.PlotDataItem(pen=pen, antialias=True)
        self.plot.addItem(item)
        self.legend.add(item, name)
        return item

    def baseline_curve(self, name: str, step: bool = True) -> pg.PlotDataItem:
        """The baseline's dashed grey curve (steps, or through the period boundaries). It is
        drawn once into a pixmap and reused while it shows the same baseline: an edit of the
        plan repaints the plan's curves over it without stroking its dashes again."""
        item = self.step_curve(name, baseline_pen()) if step else \
            self.line_curve(name, baseline_pen())
        item.curve.setCacheMode(CACHE)
        return item

    def show_baseline(self, x: np.ndarray, baseline: Results | None, units: str,
                      values: Callable[[Results], np.ndarray | None]) -> np.ndarray | None:
        """Draw ``values(baseline)`` as the baseline curve (nothing without a baseline, or
        for one without this node) and return it. Drawn again only when the baseline's
        results, member or the units are not those drawn last: a frozen baseline's curve
        stays as it is while the plan is edited."""
        member = self.of(baseline) if baseline is not None else -1
        drawn = self._base_drawn
        if drawn is not None and drawn[0].holds(baseline) and drawn[1:] == (member, units):
            return self._data.get("b")
        b = _maybe(baseline, values)
        self._data["b"] = b
        self.base.setData(x, b) if b is not None else self.base.setData([], [])
        self._base_drawn = (Drawn(baseline), member, units)
        return b

    fan_low: float | None = 0.0
    """Where the y axis starts when the fan is fitted (None: at the fan's lowest value)."""
    fan_at_boundaries = False
    """Whether the fan's quantity is a state at the period boundaries (storage, level) rather
    than a per-period amount (drawn as steps)."""

    member = 0
    """The ensemble member drawn as the plot's curves (over the fan), from 0."""
    member_label = ""
    """How the read-out names that member ('member 17 of 200 (driest)'; '' for one run)."""

    def of(self, results: Results) -> int:
        """The member drawn of ``results`` (a baseline's same member, or its only one)."""
        return min(self.member, results.members - 1)

    def update(self, results: Results, baseline: Results | None, units: str,
               member: int = 0, member_label: str = "") -> None:
        """Show new results; the legend and the hover read-out follow them. An ensemble adds
        its fan (median, 50 % and 90 % bands) behind the highlighted member ``member``,
        which the read-out names (``member_label``)."""
        self.member = min(max(member, 0), results.members - 1)
        self.member_label = member_label if results.members > 1 else ""
        self.draw(results, baseline, units)
        self.draw_fan(results, baseline, units)
        self.units = units
        self.legend.sync()
        self.hover.refresh()

    def fan_values(self, results: Results, units: str) -> np.ndarray | None:
        """The plot's main quantity for every member [members, x], or None (no fan)."""
        return None

    def draw_fan(self, results: Results, baseline: Results | None, units: str) -> None:
        """The plan's fan, and the baseline's beside it in grey when it is an ensemble too."""
        plan = self._show_fan(results, units, "_fan", self.colour.name(), "")
        base = self._show_fan(baseline, units, "_base_fan", BASELINE,
                              translate("Plots", "baseline "))
        shown = [b for b in (plan, base) if b is not None]
        if shown:
            self.fit_y(*(b.p95 for b in shown), *(b.p05 for b in shown), low=self.fan_low)
        if plan is not None:
            self._data["p50"], self._data["p05"], self._data["p95"] = plan.p50, plan.p05, plan.p95

    def _show_fan(self, results: Results | None, units: str, attr: str, colour_name: str,
                  prefix: str) -> Bands | None:
        """Draw the fan of ``results`` (the plan's, or the baseline's in grey) and return its
        bands. The bands of results drawn last (in the same units) are not computed or drawn
        again: a frozen baseline's fan, or the plan's when only the member changed."""
        drawn = self._fan_drawn.get(attr)
        if drawn is not None and drawn[0].holds(results) and drawn[1] == units:
            return drawn[2]
        b = self._draw_fan_of(results, units, attr, colour_name, prefix)
        self._fan_drawn[attr] = (Drawn(results), units, b)
        return b

    def _draw_fan_of(self, results: Results | None, units: str, attr: str, colour_name: str,
                     prefix: str) -> Bands | None:
        fan: Fan | None = getattr(self, attr)
        values = None
        if results is not None and results.members > 1:
            try:
                values = self.fan_values(results, units)
            except (KeyError, IndexError, ValueError):  # a baseline without this node
                values = None
        if values is None:
            if fan is not None:
                fan.hide()
            return None
        if fan is None:
            fan = Fan(self.plot, colour_name, self.legend, prefix, cached=attr == "_base_fan")
            setattr(self, attr, fan)
        b = bands(values)
        boundaries = self.fan_at_boundaries
        fan.show(np.arange(self.time.periods + 1, dtype=float) if boundaries
                 else step_x(self.time), b, step=not boundaries)
        return b

    def draw(self, results: Results, baseline: Results | None, units: str) -> None:
        raise NotImplementedError

    def fit_y(self, *arrays: np.ndarray | None, low: float | None = 0.0) -> None:
        """Grow the y range to hold the finite values of the arrays (from zero unless
        ``low`` is None); an empty or all-zero plot gets a plain 0–1 range."""
        vals = [np.asarray(a, dtype=float) for a in arrays if a is not None and len(a)]
        vals = [v[np.isfinite(v)] for v in vals]
        vals = [v for v in vals if len(v)]
        if not vals:
            expand_y(self.plot, 0.0 if low is None else low, 1.0)
            return
        hi = max(float(np.max(v)) for v in vals)
        lo = low if low is not None else min(float(np.min(v)) for v in vals)
        expand_y(self.plot, lo, max(hi, lo))


def _set_step(item: pg.PlotDataItem, x: np.ndarray, y: np.ndarray | None) -> None:
    """Step data, or nothing; periods without a value (inf, nan) leave a gap."""
    if y is None or not np.isfinite(y).any():
        item.setData([], [])
        return
    y = np.where(np.isfinite(y), y, np.nan)
    item.setData(x, y, connect="finite")


class StoragePlot(TimePlot):
    """Storage of a reservoir with dead storage, capacity and the flood-control curve, all as
    the simulation applied them (:func:`~waterplanner.engine.limits.storage_bounds`)."""

    title = QT_TRANSLATE_NOOP("Plots", "storage")
    unit = "Mm³"

    def __init__(self, plot: pg.PlotItem, node: ReservoirNode, time: TimeBase) -> None:
        super().__init__(plot, node, time)
        self.capacity = pg.InfiniteLine(node.capacity_mcm, angle=0,
                                        pen=pg.mkPen("#333333", width=1.2,
                                                     style=Qt.PenStyle.DashLine))
        self.dead = pg.InfiniteLine(node.dead_storage_mcm, angle=0,
                                    pen=pg.mkPen("#777777", width=1.2,
                                                 style=Qt.PenStyle.DashDotLine))
        plot.addItem(self.capacity)
        plot.addItem(self.dead)
        self._capacity_entry = self.legend.add(
            self.capacity, self._bound_name(translate("Plots", "capacity"), node.capacity_mcm))
        self._dead_entry = self.legend.add(
            self.dead, self._bound_name(translate("Plots", "dead storage"),
                                        node.dead_storage_mcm))
        self.rule = self.step_curve(translate("Plots", "flood-control limit"),
                                    pg.mkPen(OKABE_ITO["orange"], width=1.5,
                                             style=Qt.PenStyle.DotLine))
        self.guide = self.step_curve(translate("Plots", "guide curve (target)"),
                                     pg.mkPen(OKABE_ITO["bluish_green"], width=2.0,
                                              style=Qt.PenStyle.DashLine))
        self.buffer = self.step_curve(translate("Plots", "buffer zone (reduced release below)"),
                                      pg.mkPen(OKABE_ITO["vermillion"], width=1.3,
                                               style=Qt.PenStyle.DashDotLine))
        self.floor = self.step_curve(translate("Plots", "operating minimum"),
                                     pg.mkPen(OKABE_ITO["reddish_purple"], width=1.3,
                                              style=Qt.PenStyle.DashLine))
        furniture(self.capacity, self.dead, self.rule, self.guide, self.buffer, self.floor)
        self.base = self.baseline_curve(translate("Plots", "baseline"), step=False)
        self.curve = self.line_curve(translate("Plots", "storage"),
                                     pg.mkPen(self.colour, width=2.2))
        plot.setYRange(0, node.capacity_mcm * 1.1, padding=0)
        self.bounds: StorageBounds | None = None
        self._zones: tuple[object, ...] = ()
        self.hover.add(translate("Plots", "storage"),
                       unit_text("Mm³"), self.values("s"), at_boundaries=True)
        self.hover.add(translate("Plots", "baseline"),
                       unit_text("Mm³"), self.values("b"), at_boundaries=True)

    @staticmethod
    def _bound_name(what: str, value_mcm: float) -> str:
        return f"{what} {fmt_number(value_mcm)}"

    def draw(self, results: Results, baseline: Results | None, units: str) -> None:
        nid = self.node.id
        bounds = storage_bounds(results.net, nid)
        zones = _zones(bounds)
        if self.bounds is None or zones != self._zones:
            self.bounds, self._zones = bounds, zones
            self.capacity.setValue(bounds.capacity_mcm)
            self.dead.setValue(bounds.dead_mcm)
            self.legend.rename(self._capacity_entry, self._bound_name(
                translate("Plots", "capacity"), bounds.capacity_mcm))
            self.legend.rename(self._dead_entry, self._bound_name(
                translate("Plots", "dead storage"), bounds.dead_mcm))
            x = step_x(self.time)
            _set_step(self.rule, x, bounds.flood_mcm if bounds.has_flood_control else None)
            _set_step(self.guide, x, bounds.guide_mcm)
            _set_step(self.buffer, x, bounds.buffer_mcm)
            _set_step(self.floor, x, np.full(self.time.periods, bounds.floor_mcm)
                      if bounds.has_operating_minimum else None)
        x = np.arange(self.time.periods + 1, dtype=float)
        s = results.storage_with_initial(nid, self.member)
        self._data["s"] = s
        self.curve.setData(x, s)
        b = self.show_baseline(x, baseline, units,
                               lambda r: r.storage_with_initial(nid, self.of(r)))
        self.fit_y(s, b, np.array([bounds.capacity_mcm]))

    fan_at_boundaries = True

    def fan_values(self, results: Results, units: str) -> np.ndarray | None:
        i = results.node_index(self.node.id)
        start = np.full((results.members, 1), results.initial_storage_mcm[i])
        return np.concatenate((start, results.storage_mcm[:, i, :]), axis=1)


def _zones(b: StorageBounds) -> tuple[object, ...]:
    """What the storage plot draws of the bounds, comparable between two runs."""
    def key(a: np.ndarray | None) -> tuple[float, ...] | None:
        return None if a is None else tuple(float(x) for x in a)
    return (b.capacity_mcm, b.dead_mcm, b.floor_mcm, key(b.flood_mcm), key(b.guide_mcm),
            key(b.buffer_mcm))


class ReleasePlot(TimePlot):
    """Release and spill of a reservoir with its release limits as the simulation applied
    them (:func:`~waterplanner.engine.limits.release_limits`): the minimum, the maximum only
    where there is one (with no maximum set, the release is unlimited) and, on its own line,
    what the turbines can pass."""

    title = QT_TRANSLATE_NOOP("Plots", "release and spill")

    def __init__(self, plot: pg.PlotItem, node: ReservoirNode, time: TimeBase) -> None:
        self.unit = "m³/s"
        super().__init__(plot, node, time)
        band = colour(LIMIT, 55)
        self.lo = self.step_curve(None, pg.mkPen(LIMIT, width=1.2))
        self.hi = self.step_curve(None, pg.mkPen(LIMIT, width=1.2))
        self.band = pg.FillBetweenItem(self.lo, self.hi, brush=pg.mkBrush(band))
        plot.addItem(self.band)
        self.limits: ReleaseLimits | None = None
        add_release_limit_legend(self, band)
        self.turbine = self.step_curve(translate("Plots", "turbine capacity"),
                                       pg.mkPen(TURBINE, width=1.3,
                                                style=Qt.PenStyle.DashDotLine))
        furniture(self.lo, self.hi, self.band, self.turbine)
        self.spill = self.step_curve(translate("Plots", "spill"),
                                     pg.mkPen(SPILL, width=1.5), fillLevel=0,
                                     fillBrush=pg.mkBrush(colour(SPILL, 80)))
        self.base = self.baseline_curve(translate("Plots", "baseline"))
        self.curve = self.step_curve(translate("Plots", "release"),
                                     pg.mkPen(self.colour, width=2.2))
        unit = lambda: unit_label(self.units)
        self.hover.add(translate("Plots", "release"), unit, self.values("r"))
        self.hover.add(translate("Plots", "spill"), unit, self.values("s"))
        self.hover.add(translate("Plots", "baseline"), unit, self.values("b"))
        self.hover.add(translate("Plots", "max release"), unit, self.values("max"))
        self.hover.add(translate("Plots", "turbine capacity"), unit, self.values("turbine"))

    def draw(self, results: Results, baseline: Results | None, units: str) -> None:
        x = step_x(self.time)
        node: ReservoirNode = self.node  # type: ignore[assignment]
        lim = release_limits(results.net, node.id)
        same = self.limits is not None and units == self.units and \
            np.array_equal(lim.min_mcm, self.limits.min_mcm) and \
            np.array_equal(lim.max_mcm, self.limits.max_mcm) and \
            (lim.turbine_mcm is None) == (self.limits.turbine_mcm is None)
        if units != self.units:
            self.plot._wp_fixed = False  # another unit: fit the range afresh
            self.plot.setLabel("left", unit_label(units))
        if not same:
            self.limits = lim
            lo = flow_in_units(self.time, lim.min_mcm, units)
            hi = flow_in_units(self.time, lim.max_mcm, units)
            turbine = None if lim.turbine_mcm is None else \
                flow_in_units(self.time, lim.turbine_mcm, units)
            _set_step(self.lo, x, lo if (lim.has_min or lim.has_max) else None)
            _set_step(self.hi, x, hi if lim.has_max else None)
            self.band.setVisible(lim.has_max)
            _set_step(self.turbine, x, turbine)
            self._data["max"] = hi
            self._data["turbine"] = turbine
        r = flow_in_units(self.time, results.series("release_mcm", node.id, self.member), units)
        s = flow_in_units(self.time, results.series("spill_mcm", node.id, self.member), units)
        self._data["r"], self._data["s"] = r, s
        self.curve.setData(x, r)
        self.spill.setData(x, s)
        b = self.show_baseline(x, baseline, units, lambda rb: flow_in_units(
            self.time, rb.series("release_mcm", node.id, self.of(rb)), units))
        self.fit_y(r, s, b, self._data["max"], self._data["turbine"])

    def fan_values(self, results: Results, units: str) -> np.ndarray | None:
        i = results.node_index(self.node.id)
        return flow_in_units(self.time, results.release_mcm[:, i, :], units)


class DeliveryPlot(TimePlot):
    """A demand, what it received and the shortfall between them (filled red)."""

    title = QT_TRANSLATE_NOOP("Plots", "delivery against demand")
    unit = "Mm³"

    def __init__(self, plot: pg.PlotItem, node: DemandNode, time: TimeBase) -> None:
        super().__init__(plot, node, time)
        self.short = pg.BarGraphItem(x0=[], width=1.0, y0=[], height=[],
                                     brush=pg.mkBrush(colour(SHORTFALL, 150)), pen=pg.mkPen(None))
        plot.addItem(self.short)
        self.delivery = self.step_curve(translate("Plots", "delivery"),
                                        pg.mkPen(self.colour, width=2), fillLevel=0,
                                        fillBrush=pg.mkBrush(colour(self.colour.name(), 60)))
        self.demand = self.step_curve(translate("Plots", "demand"), pg.mkPen("#222222", width=1.2))
        self.base = self.baseline_curve(translate("Plots", "baseline delivery"))
        self.legend.add(self.short, translate("Plots", "shortfall"),
                        present=lambda: bool(np.any(np.asarray(self._data.get("s", [])) > 0)))
        self.hover.add(translate("Plots", "demand"), unit_text("Mm³"), self.values("d"))
        self.hover.add(translate("Plots", "delivery"), unit_text("Mm³"), self.values("v"))
        self.hover.add(translate("Plots", "shortfall"), unit_text("Mm³"), self.values("s"))
        self.hover.add(translate("Plots", "baseline delivery"), unit_text("Mm³"), self.values("b"))

    def draw(self, results: Results, baseline: Results | None, units: str) -> None:
        x = step_x(self.time)
        nid = self.node.id
        d = results.series("demand_mcm", nid, self.member)
        v = results.series("delivery_mcm", nid, self.member)
        s = results.series("shortfall_mcm", nid, self.member)
        self._data.update(d=d, v=v, s=s)
        self.demand.setData(x, d)
        self.delivery.setData(x, v)
        self.short.setOpts(x0=x[:-1], width=1.0, y0=v, height=s)
        b = self.show_baseline(x, baseline, units,
                               lambda rb: rb.series("delivery_mcm", nid, self.of(rb)))
        self.fit_y(d, v, b)

    def fan_values(self, results: Results, units: str) -> np.ndarray | None:
        return np.asarray(results.delivery_mcm[:, results.node_index(self.node.id), :])


class LakePlot(TimePlot):
    """Level of a terminal lake with the crest over which it spills."""

    title = QT_TRANSLATE_NOOP("Plots", "lake level")
    unit = "m a.s.l."

    def __init__(self, plot: pg.PlotItem, node: TerminalLakeNode, time: TimeBase) -> None:
        super().__init__(plot, node, time)
        self.crest = pg.InfiniteLine(node.crest_level_m, angle=0,
                                     pen=pg.mkPen("#333333", width=1.2, style=Qt.PenStyle.DashLine))
        plot.addItem(self.crest)
        furniture(self.crest)
        self.legend.add(self.crest, translate("Plots", "crest {level} {unit}").format(
            level=general(node.crest_level_m), unit=unit_text("m")))
        self.base = self.baseline_curve(translate("Plots", "baseline"), step=False)
        self.curve = self.line_curve(translate("Plots", "level"), pg.mkPen(self.colour, width=2.2))
        self._start = float(node.lav.level_at(node.initial_storage_mcm))
        self.hover.add(translate("Plots", "level"),
                       unit_text("m"), self.values("l"), at_boundaries=True)
        self.hover.add(translate("Plots", "baseline"),
                       unit_text("m"), self.values("b"), at_boundaries=True)

    def _levels(self, r: Results) -> np.ndarray:
        return np.concatenate(([self._start], r.series("level_m", self.node.id, self.of(r))))

    def draw(self, results: Results, baseline: Results | None, units: str) -> None:
        x = np.arange(self.time.periods + 1, dtype=float)
        lv = self._levels(results)
        self._data["l"] = lv
        self.curve.setData(x, lv)
        b = self.show_baseline(x, baseline, units, self._levels)
        self.fit_y(lv, b, np.array([self.node.crest_level_m]), low=None)  # type: ignore[union-attr]

    fan_at_boundaries = True
    fan_low = None

    def fan_values(self, results: Results, units: str) -> np.ndarray | None:
        i = results.node_index(self.node.id)
        start = np.full((results.members, 1), self._start)
        return np.concatenate((start, results.level_m[:, i, :]), axis=1)


class LakeInflowPlot(TimePlot):
    """What reaches a terminal lake each period."""

    title = QT_TRANSLATE_NOOP("Plots", "inflow")
    unit = "Mm³"

    def __init__(self, plot: pg.PlotItem, node: TerminalLakeNode, time: TimeBase) -> None:
        super().__init__(plot, node, time)
        self.curve = self.step_curve(translate("Plots", "inflow"),
                                     pg.mkPen(self.colour, width=2), fillLevel=0,
                                     fillBrush=pg.mkBrush(colour(self.colour.name(), 60)))
        self.base = self.baseline_curve(translate("Plots", "baseline"))
        self.hover.add(translate("Plots", "inflow"), unit_text("Mm³"), self.values("i"))
        self.hover.add(translate("Plots", "baseline"), unit_text("Mm³"), self.values("b"))

    def draw(self, results: Results, baseline: Results | None, units: str) -> None:
        x = step_x(self.time)
        i = results.series("inflow_mcm", self.node.id, self.member)
        self._data["i"] = i
        self.curve.setData(x, i)
        b = self.show_baseline(x, baseline, units,
                               lambda rb: rb.series("inflow_mcm", self.node.id, self.of(rb)))
        self.fit_y(i, b)

    def fan_values(self, results: Results, units: str) -> np.ndarray | None:
        return np.asarray(results.inflow_mcm[:, results.node_index(self.node.id), :])


def _maybe(baseline: Results | None, fn):
    """fn(baseline) when the baseline has the same nodes and horizon, else None."""
    if baseline is None:
        return None
    try:
        return fn(baseline)
    except (KeyError, IndexError, ValueError):
        return None
