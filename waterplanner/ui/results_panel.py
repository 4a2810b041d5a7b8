"""The result plots: tabs of small multiples on linked time axes, plus the Countries view.

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
from waterplanner.engine.risk.table import RiskTable
from waterplanner.i18n import QT_TRANSLATE_NOOP, translate
from waterplanner.model.nodes import DemandNode, ReservoirNode, TerminalLakeNode
from waterplanner.model.scenario import Scenario
from waterplanner.ui.countries_view import CountriesView
from waterplanner.ui.energy_plots import EnergyPlot, PlantSite, RunOfRiverEnergyPlot
from waterplanner.ui.plot_common import show_time_labels
from waterplanner.ui.result_plots import (
    DeliveryPlot,
    LakeInflowPlot,
    LakePlot,
    ReleasePlot,
    StoragePlot,
    TimePlot,
)

MAX_DEMAND_PLOTS = 12


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
        raise OSError(translate("ResultsTabs", "{path} could not be written").format(path=path))


class ResultsPanel(QWidget):
    """Tabs of result plots; :meth:`show_results` updates them in place."""

    TABS = (QT_TRANSLATE_NOOP("ResultsTabs", "Storage"),
            QT_TRANSLATE_NOOP("ResultsTabs", "Releases and spill"),
            QT_TRANSLATE_NOOP("ResultsTabs", "Deliveries"),
            QT_TRANSLATE_NOOP("ResultsTabs", "Energy"),
            QT_TRANSLATE_NOOP("ResultsTabs", "Terminal lake"),
            QT_TRANSLATE_NOOP("ResultsTabs", "Countries"))
    """The tabs, by their English names (shown through ``translate("ResultsTabs", …)``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.tabs)
        self.layouts: dict[str, pg.GraphicsLayoutWidget] = {}
        self.countries = CountriesView()
        for name in self.TABS:
            if name == "Countries":
                self.layouts[name] = self.countries.chart_widget
                self.tabs.addTab(self.countries, translate("ResultsTabs", name))
                continue
            w = pg.GraphicsLayoutWidget()
            w.ci.setContentsMargins(4, 4, 4, 4)
            self.layouts[name] = w
            self.tabs.addTab(w, translate("ResultsTabs", name))
        self.plots: list[TimePlot] = []
        self._shape: tuple[object, ...] | None = None
        self._last: tuple[Results, Results | None, str, int, str] | None = None
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
            dams = [r for r in res if r.hydropower is not None]
            for i, n in enumerate(dams):
                add(EnergyPlot, n, i)
            country_of = {n.id: n.country for n in scenario.nodes}
            plants = [PlantSite(id=p.id, name=translate("Plots", "{name} (run-of-river)").format(
                                    name=p.name),
                                country=p.country or country_of.get(lk.source, ""))
                      for lk in scenario.links for p in lk.plants]
            for i, site in enumerate(plants):
                add(RunOfRiverEnergyPlot, site, len(dams) + i)
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
    def show_results(self, results: Results, baseline: Results | None, units: str,
                     member: int = 0, member_label: str = "") -> None:
        """Show new results (and the baseline, when it fits the same network and horizon);
        of an ensemble, member ``member`` is drawn over the bands (and named by
        ``member_label`` in the read-outs) and summarised in the Countries tab."""
        s = results.scenario
        old = self._shape
        if old is None or s.nodes is not old[0] or s.time is not old[1] or s.links is not old[2]:
            new_ids = (tuple((n.id, n.kind, n.name, n.country) for n in s.nodes),
                       tuple((p.id, p.name, p.country, lk.id) for lk in s.links
                             for p in lk.plants))
            if old is None or old[3] != new_ids or old[1] != s.time or self._needs_rebuild(s):
                self._rebuild(s)
            self._shape = (s.nodes, s.time, s.links, new_ids)
        self._build_scenario = s
        if baseline is not None and (baseline.scenario.time.periods != s.time.periods
                                     or set(baseline.node_ids) != set(results.node_ids)):
            baseline = None
        self._last = (results, baseline, units, member, member_label)
        # only the visible tab is drawn now; the others when they are shown
        self._dirty = set(self.TABS)
        self._update_tab(self.TABS[self.tabs.currentIndex()])

    def _update_tab(self, tab: str) -> None:
        if self._last is None or tab not in self._dirty:
            return
        self._dirty.discard(tab)
        results, baseline, units, member, label = self._last
        self._ensure_built(tab)
        if tab == "Countries":
            self.countries.show_results(results, baseline, member, self._risk_of(results),
                                        self._risk_of(baseline))
            return
        for p in self.plots:
            if self._tab_of.get(id(p)) == tab:
                p.update(results, baseline, units, member, label)

    def _on_tabs_current_changed(self, index: int) -> None:
        self._update_tab(self.TABS[index])

    def update_all(self) -> None:
        """Bring every tab up to date (before exporting or in tests)."""
        for tab in list(self._dirty):
            self._update_tab(tab)

    def _needs_rebuild(self, s: Scenario) -> bool:
        # static furniture (capacity lines, bands, crests) comes from node fields
        by_id = {p.node.id: p.node for p in self.plots if not isinstance(p.node, PlantSite)}
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
        session.member_changed.connect(self._on_session_changed)
        session.risk_options_changed.connect(self._on_session_risk_options_changed)

    def _on_session_changed(self, *_: object) -> None:
        ss = self._session
        if ss.results is not None:
            self.show_results(ss.results, ss.baseline_results, ss.units, ss.member,
                              ss.member_label())
        else:
            self.clear()

    def _on_session_risk_options_changed(self) -> None:
        """Another threshold: only the Countries tab shows risk numbers."""
        if self._last is not None:
            self._dirty.add("Countries")
            self._update_tab(self.TABS[self.tabs.currentIndex()])

    def _risk_of(self, results: Results | None) -> RiskTable | None:
        """An ensemble's risk table with the session's threshold (kept with the results)."""
        ss = getattr(self, "_session", None)
        if results is None or results.members <= 1:
            return None
        return results.risk(ss.risk_options if ss is not None else None)

    def clear(self) -> None:
        """No results (the scenario cannot be simulated): the Countries view empties; the
        time plots are hidden by the window until results come back."""
        self._last = None
        self._dirty = set()
        self.countries.clear()

    # --- export -----------------------------------------------------------------------
    def export_current(self, path: Path) -> None:
        """Write the visible tab to PNG or SVG (by the file's suffix)."""
        self.update_all()
        w = self.layouts[self.TABS[self.tabs.currentIndex()]]
        if path.suffix.lower() == ".svg":
            write_svg(w, path)
        else:
            exp = ImageExporter(w.ci)
            exp.parameters()["width"] = max(1200, int(w.width()))
            exp.export(str(path))
