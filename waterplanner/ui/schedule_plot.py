"""The release schedule of one reservoir as draggable points over its release limits.

Dragging a point turns each mouse move into a release edit for that period; all moves of
one drag share a merge token, so the whole drag is a single undo step.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt

from waterplanner.engine.limits import ReleaseLimits, release_limits
from waterplanner.engine.results import Results
from waterplanner.i18n import translate
from waterplanner.model.nodes import ReservoirNode, RuleKind
from waterplanner.model.scenario import Scenario
from waterplanner.ui.local_names import with_local
from waterplanner.ui.palette import LIMIT, OKABE_ITO, TURBINE, country_colour
from waterplanner.ui.plot_axes import install_axes
from waterplanner.ui.plot_common import (
    baseline_pen,
    colour,
    furniture,
    step_x,
    style_time_plot,
)
from waterplanner.ui.plot_legend import header
from waterplanner.ui.plot_readout import HoverReadout
from waterplanner.ui.result_plots import (
    _set_step,
    add_release_limit_legend,
    flow_in_units,
)
from waterplanner.ui.units import unit_label

_drag_ids = itertools.count(1)


class DraggablePoints(pg.ScatterPlotItem):
    """Scatter points that can be dragged vertically; reports (index, y, token)."""

    def __init__(self, on_drag: Callable[[int, float, object], None], **kw: object) -> None:
        super().__init__(**kw)
        self._on_drag = on_drag
        self._index: int | None = None
        self._token: object = None

    def mouseDragEvent(self, ev) -> None:
        if ev.button() != Qt.MouseButton.LeftButton:
            ev.ignore()
            return
        if ev.isStart():
            hits = self.pointsAt(ev.buttonDownPos())
            if len(hits) == 0:
                ev.ignore()
                return
            self._index = int(hits[0].index())
            self._token = next(_drag_ids)
        if self._index is None:
            ev.ignore()
            return
        ev.accept()
        self._on_drag(self._index, max(0.0, float(ev.pos().y())), self._token)
        if ev.isFinish():
            self._index = None


def rule_note(node: ReservoirNode | None) -> str:
    """'demand-following' or 'guide-curve' for a reservoir whose rule is not its schedule."""
    if node is None or node.rule.kind is RuleKind.SCHEDULE:
        return ""
    if node.rule.kind is RuleKind.DEMAND_FOLLOWING:
        return translate("SchedulePlot", "demand-following")
    return translate("SchedulePlot", "guide-curve")


class SchedulePlot:
    """Plot of the selected reservoir's schedule with draggable handles, over the release
    limits the simulation applies (:func:`~waterplanner.engine.limits.release_limits`)."""

    def __init__(self, widget: pg.PlotWidget, on_drag: Callable[[str, int, float, object], None]
                 ) -> None:
        self.widget = widget
        self.plot: pg.PlotItem = widget.getPlotItem()
        self._on_drag_cb = on_drag
        self.node: ReservoirNode | None = None
        self.scenario: Scenario | None = None
        self.units = "m3s"
        self.limits: ReleaseLimits | None = None
        self._shades: list[object] = []
        install_axes(self.plot)
        band = colour(LIMIT, 55)
        self.lo = pg.PlotDataItem(stepMode="center", antialias=False, pen=pg.mkPen(LIMIT, width=1.2))
        self.hi = pg.PlotDataItem(stepMode="center", antialias=False, pen=pg.mkPen(LIMIT, width=1.2))
        self.band = pg.FillBetweenItem(self.lo, self.hi, brush=pg.mkBrush(band))
        self.turbine = pg.PlotDataItem(stepMode="center", antialias=False,
                                       pen=pg.mkPen(TURBINE, width=1.3,
                                                    style=Qt.PenStyle.DashDotLine))
        self.base = pg.PlotDataItem(stepMode="center", antialias=False, pen=baseline_pen())
        self.actual = pg.PlotDataItem(stepMode="center", antialias=False,
                                      pen=pg.mkPen("#555555", width=1.2, style=Qt.PenStyle.DotLine))
        self.target = pg.PlotDataItem(stepMode="center", antialias=False,
                                      pen=pg.mkPen(OKABE_ITO["blue"], width=2))
        self.points = DraggablePoints(self._on_points_dragged, size=11,
                                      brush=pg.mkBrush(OKABE_ITO["blue"]),
                                      pen=pg.mkPen("w", width=1.5), hoverable=True,
                                      hoverSize=15, hoverBrush=pg.mkBrush(OKABE_ITO["vermillion"]))
        for item in (self.lo, self.hi, self.band, self.turbine, self.base, self.actual,
                     self.target, self.points):
            self.plot.addItem(item)
        # the limits and the baseline's target do not change while the plan is edited
        furniture(self.lo, self.hi, self.band, self.turbine, self.base)
        self.legend = header(self.plot)
        add_release_limit_legend(self, band)
        self.legend.add(self.turbine, translate("SchedulePlot", "turbine capacity"))
        self.legend.add(self.base, translate("SchedulePlot", "baseline target"))
        self.legend.add(self.actual, translate("SchedulePlot", "simulated release"))
        self.legend.add(self.target, translate("SchedulePlot", "target release"))
        self.plot.setMouseEnabled(x=True, y=False)
        self.plot.showGrid(y=False)
        self.hover = HoverReadout(self.plot, lambda: self.scenario.time if self.scenario else None)
        self._y: np.ndarray | None = None
        self._actual_y: np.ndarray | None = None
        self._max_y: np.ndarray | None = None
        self._turbine_y: np.ndarray | None = None
        self._base_drawn: tuple[Scenario | None, str, str, int] | None = None
        """The baseline scenario, reservoir, units and horizon the baseline target shows."""
        unit = lambda: unit_label(self.units)
        self.hover.add(translate("SchedulePlot", "target"), unit, lambda: self._y)
        self.hover.add(translate("SchedulePlot", "simulated"), unit, lambda: self._actual_y)
        self.hover.add(translate("SchedulePlot", "max release"), unit, lambda: self._max_y)
        self.hover.add(translate("SchedulePlot", "turbine capacity"), unit,
                       lambda: self._turbine_y)

    def _on_points_dragged(self, index: int, y: float, token: object) -> None:
        if self.node is not None:
            self._on_drag_cb(self.node.id, index, y, token)

    def _release_limits(self, scenario: Scenario, node: ReservoirNode) -> ReleaseLimits | None:
        """The limits the simulation applies, or None while the scenario cannot be compiled
        (nothing is drawn rather than a guess)."""
        try:
            return release_limits(scenario, node.id)
        except (ValueError, KeyError, IndexError, TypeError):
            return None

    def show(self, scenario: Scenario, node: ReservoirNode | None, units: str,
             results: Results | None, baseline: Results | None) -> None:
        """Show the schedule of ``node`` (or nothing) from ``scenario``."""
        restyle = (self.scenario is None or scenario.time is not self.scenario.time
                   or node is not self.node or units != self.units)
        self.scenario, self.units = scenario, units
        self.node = node
        time = scenario.time
        if restyle:
            for s in self._shades:
                self.plot.removeItem(s)
            title = translate("SchedulePlot", "{name}: release schedule (drag the points)"
                              ).format(name=with_local(node)) if node else \
                translate("SchedulePlot", "Select a reservoir to edit its release schedule")
            note = rule_note(node)
            if node is not None and note:
                title = translate("SchedulePlot", "{name}: {rule} rule — the schedule below is "
                                  "not released").format(name=with_local(node), rule=note)
            self._shades = style_time_plot(self.plot, time, title, unit_label(units))
            self.plot.setMouseEnabled(x=True, y=False)
        x = step_x(time)
        if node is None:
            for item in (self.lo, self.hi, self.turbine, self.base, self.actual, self.target):
                item.setData([], [])
            self._base_drawn = None
            self.points.setData([], [])
            self._y = self._actual_y = self._max_y = self._turbine_y = None
            self.limits = None
            self.plot.setYRange(0, 1, padding=0)
            self.legend.sync()
            self.hover.refresh()
            return
        y = flow_in_units(time, np.asarray(scenario.release_schedules[node.id]), units)
        self._y = y
        ruled = bool(rule_note(node))
        if restyle:
            col = "#B0B0B0" if ruled else country_colour(node.country)
            self.target.setPen(pg.mkPen(col, width=1.5 if ruled else 2,
                                        style=Qt.PenStyle.DashLine if ruled
                                        else Qt.PenStyle.SolidLine))
            self.points.setBrush(pg.mkBrush(col))
        self.target.setData(x, y)
        if ruled:  # nothing to drag: the rule decides the release
            self.points.setData([], [])
        else:
            self.points.setData(x[:-1] + 0.5, y)
        if restyle:
            self._draw_limits(scenario, node, units)
            tops = [float(np.max(y)) if len(y) else 0.0]
            for a in (self._max_y, self._turbine_y):
                if a is not None and np.isfinite(a).any():
                    tops.append(float(np.nanmax(np.where(np.isfinite(a), a, np.nan))))
            top = max(max(tops), 1.0)
            self.plot.setYRange(0, top * 1.15, padding=0)
        self.show_results(results, baseline)
        # grow (never shrink) the y range while dragging, so the point stays under the mouse
        y1 = self.plot.getViewBox().viewRange()[1][1]
        if len(y) and float(np.max(y)) > y1 * 0.95:
            self.plot.setYRange(0, float(np.max(y)) * 1.3, padding=0)

    def _draw_limits(self, scenario: Scenario, node: ReservoirNode, units: str) -> None:
        time = scenario.time
        x = step_x(time)
        lim = self.limits = self._release_limits(scenario, node)
        if lim is None:
            for item in (self.lo, self.hi, self.turbine):
                item.setData([], [])
            self.band.setVisible(False)
            self._max_y = self._turbine_y = None
            return
        lo = flow_in_units(time, lim.min_mcm, units)
        hi = flow_in_units(time, lim.max_mcm, units)
        turbine = None if lim.turbine_mcm is None else flow_in_units(time, lim.turbine_mcm, units)
        _set_step(self.lo, x, lo if (lim.has_min or lim.has_max) else None)
        _set_step(self.hi, x, hi if lim.has_max else None)
        self.band.setVisible(lim.has_max)
        _set_step(self.turbine, x, turbine)
        self._max_y, self._turbine_y = hi, turbine

    member = 0
    """The ensemble member whose simulated release is drawn (the one the plots highlight)."""

    def show_results(self, results: Results | None, baseline: Results | None) -> None:
        """The simulated release (of :attr:`member`) and the baseline target of the shown
        reservoir; the legend and the hover read-out follow."""
        node, scenario, units = self.node, self.scenario, self.units
        if node is None or scenario is None:
            return
        time = scenario.time
        x = step_x(time)
        actual = None
        if results is not None and node.id in results.node_ids and \
                results.scenario.time.periods == time.periods:
            member = min(max(self.member, 0), results.members - 1)
            actual = flow_in_units(time, results.series("release_mcm", node.id, member), units)
        self._actual_y = actual
        self.actual.setData(x, actual) if actual is not None else self.actual.setData([], [])
        base = baseline.scenario if baseline is not None else None
        drawn = self._base_drawn
        if drawn is None or drawn[0] is not base or drawn[1:] != (node.id, units, time.periods):
            # the baseline's target is drawn again only for another baseline, reservoir or
            # unit: a frozen baseline's stays as it is (and painted from its pixmap)
            b = None
            if base is not None and node.id in base.release_schedules and \
                    base.time.periods == time.periods:
                b = flow_in_units(time, np.asarray(base.release_schedules[node.id]), units)
            self.base.setData(x, b) if b is not None else self.base.setData([], [])
            self._base_drawn = (base, node.id, units, time.periods)
        self.legend.sync()
        self.hover.refresh()
