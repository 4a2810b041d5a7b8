"""The release schedule of one reservoir as draggable points over its min/max band.

Dragging a point turns each mouse move into a release edit for that period; all moves of
one drag share a merge token, so the whole drag is a single undo step.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt

from waterplanner.engine.results import Results
from waterplanner.model.nodes import ReservoirNode
from waterplanner.model.scenario import Scenario
from waterplanner.ui.palette import OKABE_ITO, country_colour
from waterplanner.ui.plot_common import (
    HoverReadout,
    baseline_pen,
    colour,
    legend,
    step_x,
    style_time_plot,
)
from waterplanner.ui.result_plots import UNIT_LABEL, flow_in_units

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


class SchedulePlot:
    """Plot of the selected reservoir's schedule with draggable handles."""

    def __init__(self, widget: pg.PlotWidget, on_drag: Callable[[str, int, float, object], None]
                 ) -> None:
        self.widget = widget
        self.plot: pg.PlotItem = widget.getPlotItem()
        self._on_drag_cb = on_drag
        self.node: ReservoirNode | None = None
        self.scenario: Scenario | None = None
        self.units = "m3s"
        self._shades: list[object] = []
        band = colour("#8DA9C4", 60)
        self.lo = pg.PlotDataItem(stepMode="center", antialias=False, pen=pg.mkPen("#8DA9C4"),
                                  name="min/max release")
        self.hi = pg.PlotDataItem(stepMode="center", antialias=False, pen=pg.mkPen("#8DA9C4"))
        self.band = pg.FillBetweenItem(self.lo, self.hi, brush=pg.mkBrush(band))
        self.base = pg.PlotDataItem(stepMode="center", antialias=False, pen=baseline_pen(), name="baseline target")
        self.actual = pg.PlotDataItem(stepMode="center", antialias=False, pen=pg.mkPen("#555555", width=1.2,
                                                                      style=Qt.PenStyle.DotLine),
                                      name="simulated release")
        self.target = pg.PlotDataItem(stepMode="center", antialias=False, pen=pg.mkPen(OKABE_ITO["blue"], width=2),
                                      name="target release")
        self.points = DraggablePoints(self._on_points_dragged, size=11,
                                      brush=pg.mkBrush(OKABE_ITO["blue"]),
                                      pen=pg.mkPen("w", width=1.5), hoverable=True,
                                      hoverSize=15, hoverBrush=pg.mkBrush(OKABE_ITO["vermillion"]))
        legend(self.plot)
        for item in (self.lo, self.hi, self.band, self.base, self.actual, self.target, self.points):
            self.plot.addItem(item)
        self.plot.setMouseEnabled(x=True, y=False)
        self.plot.showGrid(y=False)
        self.hover = HoverReadout(self.plot, lambda: self.scenario.time)  # type: ignore[union-attr]
        self._y: np.ndarray | None = None
        self._actual_y: np.ndarray | None = None
        self.hover.add("target", "", lambda: self._y)
        self.hover.add("simulated", "", lambda: self._actual_y)

    def _on_points_dragged(self, index: int, y: float, token: object) -> None:
        if self.node is not None:
            self._on_drag_cb(self.node.id, index, y, token)

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
            title = f"{node.name}: release schedule (drag the points)" if node else \
                "Select a reservoir to edit its release schedule"
            self._shades = style_time_plot(self.plot, time, title, UNIT_LABEL[units])
            self.plot.setMouseEnabled(x=True, y=False)
            self.hover._sources = [(n, UNIT_LABEL[units], f, b) for n, _, f, b in self.hover._sources]
        x = step_x(time)
        if node is None:
            for item in (self.lo, self.hi, self.base, self.actual, self.target):
                item.setData([], [])
            self.points.setData([], [])
            self._y = None
            return
        y = flow_in_units(time, np.asarray(scenario.release_schedules[node.id]), units)
        self._y = y
        if restyle:
            col = country_colour(node.country)
            self.target.setPen(pg.mkPen(col, width=2))
            self.points.setBrush(pg.mkBrush(col))
        self.target.setData(x, y)
        self.points.setData(x[:-1] + 0.5, y)
        if restyle:
            lo = np.full(time.periods, node.min_release_m3s)
            hi_m3s = node.max_release_m3s
            if hi_m3s is None and node.hydropower is not None:
                hi_m3s = node.hydropower.turbine_capacity_m3s
            hi = np.full(time.periods, hi_m3s if hi_m3s is not None else node.min_release_m3s)
            if units == "mcm":
                lo, hi = np.asarray(time.m3s_to_mcm(lo)), np.asarray(time.m3s_to_mcm(hi))
            self.lo.setData(x, lo)
            self.hi.setData(x, hi)
            top = max(float(np.max(hi)), float(np.max(y)) if len(y) else 0.0, 1.0)
            self.plot.setYRange(0, top * 1.35, padding=0)
        self.show_results(results, baseline)
        # grow (never shrink) the y range while dragging, so the point stays under the mouse
        y1 = self.plot.getViewBox().viewRange()[1][1]
        if len(y) and float(np.max(y)) > y1 * 0.95:
            self.plot.setYRange(0, float(np.max(y)) * 1.3, padding=0)

    def show_results(self, results: Results | None, baseline: Results | None) -> None:
        """The simulated release and the baseline target of the shown reservoir."""
        node, scenario, units = self.node, self.scenario, self.units
        if node is None or scenario is None:
            return
        time = scenario.time
        x = step_x(time)
        actual = None
        if results is not None and node.id in results.node_ids and \
                results.scenario.time.periods == time.periods:
            actual = flow_in_units(time, results.series("release_mcm", node.id), units)
        self._actual_y = actual
        self.actual.setData(x, actual) if actual is not None else self.actual.setData([], [])
        b = None
        if baseline is not None and node.id in baseline.scenario.release_schedules and \
                baseline.scenario.time.periods == time.periods:
            b = flow_in_units(time, np.asarray(baseline.scenario.release_schedules[node.id]), units)
        self.base.setData(x, b) if b is not None else self.base.setData([], [])
