"""The result plots: tabs of small multiples on linked time axes, plus per-country totals.

The plots are built when the network's shape changes (a node added or removed, another
horizon) and otherwise only receive new data.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pyqtgraph as pg
from pyqtgraph.exporters import ImageExporter, SVGExporter
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from waterplanner.engine.results import Results
from waterplanner.model.nodes import DemandNode, ReservoirNode, TerminalLakeNode
from waterplanner.model.scenario import Scenario
from waterplanner.ui.palette import BASELINE, COUNTRY_NAMES, country_colour
from waterplanner.ui.result_plots import (
    DeliveryPlot, EnergyPlot, LakeInflowPlot, LakePlot, ReleasePlot, StoragePlot, TimePlot,
)

MAX_DEMAND_PLOTS = 12


class CountryTotalsPlot:
    """Bars per country: water delivered and winter/summer energy, baseline as outlines."""

    def __init__(self, layout: pg.GraphicsLayout) -> None:
        self.water = layout.addPlot(row=0, col=0)
        self.water.setTitle("Water delivered to each country's demands", size="10pt")
        self.water.setLabel("left", "Mm³")
        self.energy = layout.addPlot(row=1, col=0)
        self.energy.setTitle("Hydropower by country: winter (Oct–Mar, solid) and summer "
                             "(Apr–Sep, hatched)", size="10pt")
        self.energy.setLabel("left", "GWh")
        for p in (self.water, self.energy):
            p.setMouseEnabled(x=False, y=False)
            p.showGrid(y=True, alpha=0.25)
            p.hideButtons()
        self._items: list[pg.GraphicsObject] = []

    def update(self, results: Results, baseline: Results | None) -> None:
        for item in self._items:
            item.getViewBox().removeItem(item) if item.getViewBox() else None
        self._items = []
        s = results.summary()
        bs = baseline.summary() if baseline is not None else None
        codes = [c.country for c in s.countries]
        ticks = [(i, f"{COUNTRY_NAMES.get(c, c or 'other')}") for i, c in enumerate(codes)]
        for p in (self.water, self.energy):
            p.getAxis("bottom").setTicks([ticks])
            p.setXRange(-0.6, max(len(codes), 1) - 0.4, padding=0)
        for i, c in enumerate(s.countries):
            col = country_colour(c.country)
            faint = pg.mkColor(col)
            faint.setAlpha(110)
            self._bar(self.water, i - 0.2, c.delivery_mcm, 0.4, col)
            self._bar(self.energy, i - 0.2, c.winter_gwh, 0.2, col)
            self._bar(self.energy, i, c.summer_gwh, 0.2, faint)
            if bs is not None:
                b = next((x for x in bs.countries if x.country == c.country), None)
                if b is not None:
                    self._bar(self.water, i + 0.2, b.delivery_mcm, 0.35, None)
                    self._bar(self.energy, i + 0.2, b.winter_gwh, 0.2, None)
                    self._bar(self.energy, i + 0.4, b.summer_gwh, 0.2, None)

    def _bar(self, plot: pg.PlotItem, x0: float, height: float, width: float, col: object) -> None:
        if col is None:
            item = pg.BarGraphItem(x0=[x0], width=width, height=[height], brush=pg.mkBrush(None),
                                   pen=pg.mkPen(BASELINE, width=1.5, style=pg.QtCore.Qt.PenStyle.DashLine))
        else:
            item = pg.BarGraphItem(x0=[x0], width=width, height=[height], brush=pg.mkBrush(col),
                                   pen=pg.mkPen(None))
        plot.addItem(item)
        self._items.append(item)


class ResultsPanel(QWidget):
    """Tabs of result plots; :meth:`show_results` updates them in place."""

    TABS = ("Storage", "Releases and spill", "Deliveries", "Energy", "Terminal lake", "Countries")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.tabs)
        self.layouts: dict[str, pg.GraphicsLayoutWidget] = {}
        for name in self.TABS:
            w = pg.GraphicsLayoutWidget()
            w.ci.setContentsMargins(4, 4, 4, 4)
            self.layouts[name] = w
            self.tabs.addTab(w, name)
        self.plots: list[TimePlot] = []
        self.countries = CountryTotalsPlot(self.layouts["Countries"].ci)
        self._shape: tuple[object, ...] | None = None
        self._last: tuple[Results, Results | None, str] | None = None

    # --- building ---------------------------------------------------------------------
    def _rebuild(self, scenario: Scenario) -> None:
        for name in self.TABS[:-1]:
            self.layouts[name].ci.clear()
        self.plots = []
        time = scenario.time
        res = [n for n in scenario.nodes if isinstance(n, ReservoirNode)]
        dem = [n for n in scenario.nodes if isinstance(n, DemandNode)][:MAX_DEMAND_PLOTS]
        lakes = [n for n in scenario.nodes if isinstance(n, TerminalLakeNode)]

        def add(tab: str, cls: type[TimePlot], node: object, row: int, col: int = 0) -> None:
            plot = self.layouts[tab].ci.addPlot(row=row, col=col)
            self.plots.append(cls(plot, node, time))  # type: ignore[arg-type]

        for i, n in enumerate(res):
            add("Storage", StoragePlot, n, i)
            add("Releases and spill", ReleasePlot, n, i)
        cols = 2 if len(dem) > 4 else 1
        for i, n in enumerate(dem):
            add("Deliveries", DeliveryPlot, n, i // cols, i % cols)
        for i, n in enumerate([r for r in res if r.hydropower is not None]):
            add("Energy", EnergyPlot, n, i)
        for i, n in enumerate(lakes):
            add("Terminal lake", LakePlot, n, 2 * i)
            add("Terminal lake", LakeInflowPlot, n, 2 * i + 1)
        if self.plots:
            master = self.plots[0].plot
            for p in self.plots[1:]:
                p.plot.setXLink(master)

    # --- data -------------------------------------------------------------------------
    def show_results(self, results: Results, baseline: Results | None, units: str) -> None:
        """Show new results (and the baseline, when it fits the same network and horizon)."""
        s = results.scenario
        shape = (s.nodes, s.time)
        if self._shape is None or shape[0] is not self._shape[0] or shape[1] is not self._shape[1]:
            old = self._shape
            new_ids = tuple((n.id, n.kind, n.name, n.country) for n in s.nodes)
            if old is None or old[2] != new_ids or old[1] != s.time or self._needs_rebuild(s):
                self._rebuild(s)
            self._shape = (s.nodes, s.time, new_ids)
        if baseline is not None and (baseline.scenario.time.periods != s.time.periods
                                     or set(baseline.node_ids) != set(results.node_ids)):
            baseline = None
        self._last = (results, baseline, units)
        for p in self.plots:
            p.update(results, baseline, units)
        self.countries.update(results, baseline)

    def _needs_rebuild(self, s: Scenario) -> bool:
        # static furniture (capacity lines, bands, crests) comes from node fields
        by_id = {p.node.id: p.node for p in self.plots}
        return any(n.id in by_id and by_id[n.id] is not n for n in s.nodes)

    def curve_data(self, cls: type[TimePlot], node_id: str) -> np.ndarray | None:
        """The main curve's y data of one plot (for tests and benchmarks)."""
        for p in self.plots:
            if isinstance(p, cls) and p.node.id == node_id:
                return p.curve.yData
        return None

    # --- export -----------------------------------------------------------------------
    def export_current(self, path: Path) -> None:
        """Write the visible tab to PNG or SVG (by the file's suffix)."""
        w = self.tabs.currentWidget()
        assert isinstance(w, pg.GraphicsLayoutWidget)
        if path.suffix.lower() == ".svg":
            SVGExporter(w.ci).export(str(path))
        else:
            exp = ImageExporter(w.ci)
            exp.parameters()["width"] = max(1200, int(w.width()))
            exp.export(str(path))
