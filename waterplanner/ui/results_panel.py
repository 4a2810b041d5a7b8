"""The result plots: tabs of small multiples on linked time axes, plus per-country totals.

The plots are built when the network's shape changes (a node added or removed, another
horizon) and otherwise only receive new data.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pyqtgraph as pg
from pyqtgraph.exporters import ImageExporter
from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsItem, QTabWidget, QVBoxLayout, QWidget

from waterplanner.engine.results import Results
from waterplanner.model.countries import COUNTRY_NAMES
from waterplanner.model.nodes import DemandNode, ReservoirNode, TerminalLakeNode
from waterplanner.model.scenario import Scenario
from waterplanner.ui.palette import BASELINE, country_colour
from waterplanner.ui.plot_axes import ValueAxis
from waterplanner.ui.plot_common import colour, show_time_labels
from waterplanner.ui.plot_legend import header
from waterplanner.ui.result_plots import (
    DeliveryPlot,
    EnergyPlot,
    LakeInflowPlot,
    LakePlot,
    ReleasePlot,
    StoragePlot,
    TimePlot,
)

MAX_DEMAND_PLOTS = 12


class CountryTotalsPlot:
    """Bars per country: water delivered and winter/summer energy, baseline as outlines."""

    def __init__(self, layout: pg.GraphicsLayout) -> None:
        self.water = layout.addPlot(row=0, col=0, axisItems={"left": ValueAxis("left", minor=False)})
        self.water.setLabel("left", "Mm³")
        self.energy = layout.addPlot(row=1, col=0, axisItems={"left": ValueAxis("left", minor=False)})
        self.energy.setLabel("left", "GWh")
        for p in (self.water, self.energy):
            p.setMouseEnabled(x=False, y=False)
            p.showGrid(y=True, alpha=0.25)
            p.hideButtons()
            p.setYRange(0, 1, padding=0)
        dash = pg.mkPen(BASELINE, width=1.5, style=pg.QtCore.Qt.PenStyle.DashLine)
        none = pg.mkPen(None)

        def bars(plot: pg.PlotItem, outline: bool) -> pg.BarGraphItem:
            item = pg.BarGraphItem(x0=[], width=0.2, height=[], pen=dash if outline else none,
                                   brush=pg.mkBrush(None) if outline else None)
            plot.addItem(item)
            return item

        self.water_now = bars(self.water, False)
        self.water_base = bars(self.water, True)
        self.winter_now = bars(self.energy, False)
        self.summer_now = bars(self.energy, False)
        self.winter_base = bars(self.energy, True)
        self.summer_base = bars(self.energy, True)
        neutral, light = pg.mkBrush("#707070"), pg.mkBrush(colour("#707070", 110))
        self._has_baseline = False
        has_base = lambda: self._has_baseline
        self.water_legend = header(self.water)
        self.water_legend.set_title("Water delivered to each country's demands")
        self.water_legend.add(self.water_now, "delivered (country colour)", pen=none,
                              brush=neutral)
        self.water_legend.add(self.water_base, "baseline", pen=dash, present=has_base)
        self.energy_legend = header(self.energy)
        self.energy_legend.set_title("Hydropower by country")
        self.energy_legend.add(self.winter_now, "winter (Oct–Mar)", pen=none, brush=neutral)
        self.energy_legend.add(self.summer_now, "summer (Apr–Sep)", pen=none, brush=light)
        self.energy_legend.add([self.winter_base, self.summer_base], "baseline", pen=dash,
                               present=has_base)
        self._codes: list[str] = []

    def update(self, results: Results, baseline: Results | None) -> None:
        """New bar heights (the bar items live as long as the panel)."""
        s = results.summary()
        codes = [c.country for c in s.countries]
        x = np.arange(len(codes), dtype=float)
        if codes != self._codes:
            self._codes = codes
            ticks = [(i, COUNTRY_NAMES.get(c, c or "other")) for i, c in enumerate(codes)]
            for p in (self.water, self.energy):
                p.getAxis("bottom").setTicks([ticks])
                p.setXRange(-0.55, max(len(codes), 1) - 0.45, padding=0)
        cols = [country_colour(c) for c in codes]
        faint = []
        for c in cols:
            f = pg.mkColor(c)
            f.setAlpha(110)
            faint.append(f)
        self.water_now.setOpts(x0=x - 0.4, width=0.38, height=[c.delivery_mcm for c in s.countries],
                               brushes=cols)
        self.winter_now.setOpts(x0=x - 0.4, width=0.19, height=[c.winter_gwh for c in s.countries],
                                brushes=cols)
        self.summer_now.setOpts(x0=x - 0.2, width=0.19, height=[c.summer_gwh for c in s.countries],
                                brushes=faint)
        bs = baseline.summary() if baseline is not None else None
        self._has_baseline = bs is not None
        for item in (self.water_base, self.winter_base, self.summer_base):
            item.setVisible(bs is not None)
        water = [c.delivery_mcm for c in s.countries]
        energy = [max(c.winter_gwh, c.summer_gwh) for c in s.countries]
        if bs is not None:
            by = {c.country: c for c in bs.countries}

            def base(attr: str) -> list[float]:
                return [getattr(by[c], attr) if c in by else 0.0 for c in codes]

            self.water_base.setOpts(x0=x + 0.01, width=0.38, height=base("delivery_mcm"))
            self.winter_base.setOpts(x0=x + 0.01, width=0.19, height=base("winter_gwh"))
            self.summer_base.setOpts(x0=x + 0.21, width=0.19, height=base("summer_gwh"))
            water += base("delivery_mcm")
            energy += base("winter_gwh") + base("summer_gwh")
        for plot, values in ((self.water, water), (self.energy, energy)):
            top = max([v for v in values if np.isfinite(v)], default=0.0)
            top = top * 1.08 if top > 0 else 1.0
            # a sliver below zero, so the gridded axis has room to name its zero
            plot.setYRange(-0.03 * top, top, padding=0)
        self.water_legend.sync()
        self.energy_legend.sync()


def write_svg(view: pg.GraphicsLayoutWidget, path: Path) -> None:
    """Render a plot view as vector SVG.

    pyqtgraph's own SVG exporter cannot read the path syntax Qt 6.12 writes, so the scene
    is painted straight onto Qt's SVG generator; cached items are drawn uncached for the
    occasion, so axes and legends stay vectors and text.
    """
    scene = view.scene()
    cached = [(it, it.cacheMode()) for it in scene.items()
              if it.cacheMode() != QGraphicsItem.CacheMode.NoCache]
    for it, _ in cached:
        it.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    try:
        source = view.mapToScene(view.viewport().rect()).boundingRect()
        gen = QSvgGenerator()
        gen.setFileName(str(path))
        gen.setSize(source.size().toSize())
        gen.setViewBox(QRectF(0, 0, source.width(), source.height()))
        gen.setTitle("WaterPlanner plots")
        gen.setResolution(view.logicalDpiX())  # text measured on screen must fit the same
        painter = QPainter(gen)
        try:
            scene.render(painter, QRectF(0, 0, source.width(), source.height()), source)
        finally:
            painter.end()
    finally:
        for it, mode in cached:
            it.setCacheMode(mode)
    if not path.exists() or path.stat().st_size == 0:
        raise OSError(f"{path} could not be written")


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
        self._dirty: set[str] = set()
        self._tab_of: dict[int, str] = {}
        self._unbuilt: set[str] = set()
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)

    # --- building ---------------------------------------------------------------------
    def _rebuild(self, scenario: Scenario) -> None:
        """Drop the plots of another network; each tab builds its own when first shown
        (building all of them at once delays the window's first appearance)."""
        for name in self.TABS[:-1]:
            self.layouts[name].ci.clear()
        self.plots = []
        self._tab_of = {}
        self._col_of: dict[int, int] = {}
        self._unbuilt = set(self.TABS[:-1])
        self._build_scenario = scenario

    def _ensure_built(self, tab: str) -> None:
        if tab not in self._unbuilt:
            return
        self._unbuilt.discard(tab)
        scenario = self._build_scenario
        time = scenario.time
        res = [n for n in scenario.nodes if isinstance(n, ReservoirNode)]
        dem = [n for n in scenario.nodes if isinstance(n, DemandNode)][:MAX_DEMAND_PLOTS]
        lakes = [n for n in scenario.nodes if isinstance(n, TerminalLakeNode)]
        built: list[TimePlot] = []

        def add(cls: type[TimePlot], node: object, row: int, col: int = 0) -> None:
            plot = self.layouts[tab].ci.addPlot(row=row, col=col)
            built.append(cls(plot, node, time))  # type: ignore[arg-type]
            self._tab_of[id(built[-1])] = tab
            self._col_of[id(built[-1])] = col

        if tab == "Storage":
            for i, n in enumerate(res):
                add(StoragePlot, n, i)
        elif tab == "Releases and spill":
            for i, n in enumerate(res):
                add(ReleasePlot, n, i)
        elif tab == "Deliveries":
            cols = 2 if len(dem) > 6 else 1
            for i, d in enumerate(dem):
                add(DeliveryPlot, d, i // cols, i % cols)
        elif tab == "Energy":
            for i, n in enumerate([r for r in res if r.hydropower is not None]):
                add(EnergyPlot, n, i)
        elif tab == "Terminal lake":
            for i, lake in enumerate(lakes):
                add(LakePlot, lake, 2 * i)
                add(LakeInflowPlot, lake, 2 * i + 1)
        # link the time axes of the plots stacked in one column (pyqtgraph lines linked
        # views up by screen position, which would shift plots of other widths)
        masters: dict[int, pg.PlotItem] = {}
        lowest: dict[int, TimePlot] = {}
        for p in built:
            col = self._col_of[id(p)]
            if col in masters:
                p.plot.setXLink(masters[col])
            else:
                masters[col] = p.plot
            lowest[col] = p
        # one time axis per column: the months are named once, under the lowest plot
        for p in built:
            show_time_labels(p.plot, lowest[self._col_of[id(p)]] is p)
        self.plots.extend(built)

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
        self._build_scenario = s
        if baseline is not None and (baseline.scenario.time.periods != s.time.periods
                                     or set(baseline.node_ids) != set(results.node_ids)):
            baseline = None
        self._last = (results, baseline, units)
        # only the visible tab is drawn now; the others when they are shown
        self._dirty = set(self.TABS)
        self._update_tab(self.TABS[self.tabs.currentIndex()])

    def _update_tab(self, tab: str) -> None:
        if self._last is None or tab not in self._dirty:
            return
        self._dirty.discard(tab)
        results, baseline, units = self._last
        self._ensure_built(tab)
        if tab == "Countries":
            self.countries.update(results, baseline)
            return
        for p in self.plots:
            if self._tab_of.get(id(p)) == tab:
                p.update(results, baseline, units)

    def _on_tabs_current_changed(self, index: int) -> None:
        self._update_tab(self.TABS[index])

    def update_all(self) -> None:
        """Bring every tab up to date (before exporting or in tests)."""
        for tab in list(self._dirty):
            self._update_tab(tab)

    def _needs_rebuild(self, s: Scenario) -> bool:
        # static furniture (capacity lines, bands, crests) comes from node fields
        by_id = {p.node.id: p.node for p in self.plots}
        return any(n.id in by_id and by_id[n.id] is not n for n in s.nodes)

    def curve_data(self, cls: type[TimePlot], node_id: str) -> np.ndarray | None:
        """The main curve's y data of one plot (for tests and benchmarks)."""
        self.update_all()
        for p in self.plots:
            if isinstance(p, cls) and p.node.id == node_id:
                return p.curve.yData  # type: ignore[attr-defined]
        return None

    # --- the session ------------------------------------------------------------------
    def attach(self, session) -> None:
        """Follow a :class:`~waterplanner.ui.session.Session`: results, baseline and units."""
        self._session = session
        session.results_changed.connect(self._on_session_changed)
        session.units_changed.connect(self._on_session_changed)

    def _on_session_changed(self, *_: object) -> None:
        ss = self._session
        if ss.results is not None:
            self.show_results(ss.results, ss.baseline_results, ss.units)

    # --- export -----------------------------------------------------------------------
    def export_current(self, path: Path) -> None:
        """Write the visible tab to PNG or SVG (by the file's suffix)."""
        w = self.tabs.currentWidget()
        assert isinstance(w, pg.GraphicsLayoutWidget)
        self.update_all()
        if path.suffix.lower() == ".svg":
            write_svg(w, path)
        else:
            exp = ImageExporter(w.ci)
            exp.parameters()["width"] = max(1200, int(w.width()))
            exp.export(str(path))
