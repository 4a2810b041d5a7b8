"""Hydropower plots: the energy of a dam's plant, and of a run-of-river plant on a reach,
per period (the plan, the baseline and, with an ensemble, the fan)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg

from waterplanner.engine.results import Results
from waterplanner.i18n import QT_TRANSLATE_NOOP, translate
from waterplanner.i18n.units import unit as unit_text
from waterplanner.model.nodes import ReservoirNode
from waterplanner.model.timebase import TimeBase
from waterplanner.ui.plot_common import colour, step_x
from waterplanner.ui.result_plots import TimePlot


class EnergyPlot(TimePlot):
    """Energy of a hydropower plant per period."""

    title = QT_TRANSLATE_NOOP("Plots", "hydropower")
    unit = "GWh"

    def __init__(self, plot: pg.PlotItem, node: ReservoirNode, time: TimeBase) -> None:
        super().__init__(plot, node, time)
        self.curve = self.step_curve(translate("Plots", "energy"),
                                     pg.mkPen(self.colour, width=2), fillLevel=0,
                                     fillBrush=pg.mkBrush(colour(self.colour.name(), 70)))
        self.base = self.baseline_curve(translate("Plots", "baseline"))
        self.hover.add(translate("Plots", "energy"), unit_text("GWh"), self.values("e"))
        self.hover.add(translate("Plots", "baseline"), unit_text("GWh"), self.values("b"))

    def fan_values(self, results: Results, units: str) -> np.ndarray | None:
        return np.asarray(results.energy_mwh[:, results.node_index(self.node.id), :]) / 1000.0

    def draw(self, results: Results, baseline: Results | None, units: str) -> None:
        x = step_x(self.time)
        e = results.series("energy_mwh", self.node.id, self.member) / 1000.0
        self._data["e"] = e
        self.curve.setData(x, e)
        b = self.show_baseline(x, baseline, units, lambda rb: rb.series(
            "energy_mwh", self.node.id, self.of(rb)) / 1000.0)
        self.fit_y(e, b)


@dataclass(frozen=True)
class PlantSite:
    """A run-of-river plant as its plot names it (the plot's "node")."""

    id: str
    name: str
    country: str


class RunOfRiverEnergyPlot(EnergyPlot):
    """Energy of a run-of-river plant on a river reach per period."""

    title = QT_TRANSLATE_NOOP("Plots", "hydropower")

    def draw(self, results: Results, baseline: Results | None, units: str) -> None:
        x = step_x(self.time)
        e = _plant_energy_gwh(results, self.node.id, self.member)
        self._data["e"] = e
        if e is None:
            self.curve.setData([], [])
        else:
            self.curve.setData(x, e)
        b = self.show_baseline(x, baseline, units,
                               lambda rb: _plant_energy_gwh(rb, self.node.id, self.of(rb)))
        self.fit_y(e, b)


    def fan_values(self, results: Results, units: str) -> np.ndarray | None:
        if self.node.id not in results.plant_ids:
            return None
        return np.asarray(results.run_of_river_energy_mwh[:, results.plant_index(self.node.id), :]
                          ) / 1000.0


def _plant_energy_gwh(results: Results, plant_id: str, member: int = 0) -> np.ndarray | None:
    if plant_id not in results.plant_ids:
        return None
    return results.run_of_river_energy_mwh[member, results.plant_index(plant_id)] / 1000.0
