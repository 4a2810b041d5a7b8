"""Fan charts: an ensemble's results draw the median and the 50 % and 90 % bands behind the
highlighted member in every kind of result plot; a single run draws none."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pytest

from waterplanner.engine import simulate
from waterplanner.engine.bands import bands
from waterplanner.model.fileio import load_shipped_scenario
from waterplanner.ui.energy_plots import EnergyPlot
from waterplanner.ui.result_plots import (
    DeliveryPlot,
    LakePlot,
    ReleasePlot,
    StoragePlot,
)

PLOTS = ((StoragePlot, "toktogul"), (ReleasePlot, "shardara"), (DeliveryPlot, "kyzylorda"),
         (EnergyPlot, "toktogul"), (LakePlot, "north_aral"))


@pytest.fixture(scope="module")
def ensemble():
    s = load_shipped_scenario()
    rng = np.random.default_rng(7)
    factors = rng.lognormal(0.0, 0.25, (40, 1))
    inflows = {n.id: np.asarray(n.inflow_mcm["median"])[None, :] * factors
               for n in s.nodes if getattr(n, "inflow_mcm", None)}
    return s, simulate(s, "median", inflows=inflows), simulate(s, "median")


@pytest.mark.parametrize(("cls", "node_id"), PLOTS, ids=[c.__name__ for c, _ in PLOTS])
def test_an_ensemble_draws_its_bands_and_a_single_run_none(qtbot, ensemble, cls,
                                                           node_id) -> None:
    s, many, one = ensemble
    widget = pg.GraphicsLayoutWidget()
    qtbot.addWidget(widget)
    plot = cls(widget.addPlot(), s.node(node_id), s.time)
    plot.update(many, None, "m3s")
    fan = plot._fan
    assert fan is not None and fan.shown
    expected = bands(plot.fan_values(many, "m3s"))
    # the median curve carries the members' median (steps repeat each period's value)
    y = np.asarray(fan.median.yData)
    assert set(np.round(y, 9)) == set(np.round(expected.p50, 9))
    assert all(f.isVisible() for f in fan.fills)
    assert np.all(expected.p05 <= expected.p50 + 1e-9)
    assert np.all(expected.p50 <= expected.p95 + 1e-9)
    names = [e.name for e in plot.legend.entries if e.present is None or e.present()]
    assert "90 % / 50 % bands" in names and "median of the members" in names
    # one entry for both bands: its tip says what each is, a click hides or shows both
    entry = plot.legend.entry("90 % / 50 % bands")
    assert entry is not None and entry.items == fan.fills
    assert "90 % band (P5–P95)" in entry.tip and "50 % band (P25–P75)" in entry.tip
    plot.update(one, None, "m3s")
    assert not fan.shown and not any(f.isVisible() for f in fan.fills)
    names = [e.name for e in plot.legend.entries if e.present is None or e.present()]
    assert "median of the members" not in names


def test_the_bands_widen_with_the_spread_of_the_inflows(qtbot, ensemble) -> None:
    """Toktogul's 90 % band at the end of the year is wider than at the start, where every
    member begins from the same storage."""
    s, many, _ = ensemble
    widget = pg.GraphicsLayoutWidget()
    qtbot.addWidget(widget)
    plot = StoragePlot(widget.addPlot(), s.node("toktogul"), s.time)
    plot.update(many, None, "m3s")
    b = bands(plot.fan_values(many, "m3s"))
    assert b.p95[0] - b.p05[0] == pytest.approx(0.0)
    assert b.p95[-1] - b.p05[-1] > 500.0


def test_choosing_the_ensemble_in_the_window_shows_bands_and_follows_edits(window, qtbot
                                                                         ) -> None:
    """The Inflows box offers the generated ensemble of the default scenario; choosing it runs
    its members and every storage plot draws its fan; an edit re-runs them; choosing an
    inflow set again takes the bands away."""
    from waterplanner.model.edits import SetNodeField
    from waterplanner.ui.inflow_choice import ENSEMBLE, WINDOW_MEMBERS
    combo = window.inflow_combo
    values = [combo.itemData(i) for i in range(combo.count())]
    assert values[:2] == ["median", "dry"] and ENSEMBLE in values
    combo.setCurrentIndex(values.index(ENSEMBLE))
    qtbot.waitUntil(lambda: window.results is not None
                    and window.results.members == WINDOW_MEMBERS, timeout=20_000)
    window.plots.update_all()
    storage = next(p for p in window.plots.plots
                   if isinstance(p, StoragePlot) and p.node.id == "toktogul")
    assert storage._fan is not None and storage._fan.shown
    assert f"{WINDOW_MEMBERS} members simulated" in window.sim_label.text()
    assert "member 1" in window.sim_label.text() and "bands" in window.sim_label.toolTip()
    doc = window.document
    assert doc.apply(SetNodeField(node_id="toktogul", field_name="initial_storage_mcm",
                                  value=12_000.0, label="Set initial storage"))
    qtbot.waitUntil(lambda: window.results is not None
                    and window.results.scenario is doc.scenario, timeout=20_000)
    assert window.results.members == WINDOW_MEMBERS
    combo.setCurrentIndex(values.index("median"))
    qtbot.waitUntil(lambda: window.results is not None and window.results.members == 1,
                    timeout=20_000)
    window.plots.update_all()
    storage = next(p for p in window.plots.plots
                   if isinstance(p, StoragePlot) and p.node.id == "toktogul")
    assert storage._fan is None or not storage._fan.shown


def test_a_baseline_ensemble_draws_its_own_grey_bands_beside_the_plans(qtbot, ensemble) -> None:
    s, many, _ = ensemble
    widget = pg.GraphicsLayoutWidget()
    qtbot.addWidget(widget)
    plot = StoragePlot(widget.addPlot(), s.node("toktogul"), s.time)
    plot.update(many, many, "m3s")
    assert plot._fan is not None and plot._fan.shown
    assert plot._base_fan is not None and plot._base_fan.shown
    names = [e.name for e in plot.legend.entries if e.present is None or e.present()]
    assert "baseline 90 % / 50 % bands" in names and "90 % / 50 % bands" in names
    assert not any("P5–P95" in n for n in names)  # the bands' percentiles are in the tips
    plot.update(many, None, "m3s")
    assert not plot._base_fan.shown


@pytest.mark.parametrize("width", [520, 900, 1400])
def test_the_legend_of_two_fans_starts_beside_the_title_and_overlaps_nothing(
        qtbot, ensemble, width: int) -> None:
    """A storage plot with the plan's and the baseline's fans: the legend's first line shares
    the title's row where the title leaves room, no entry covers the title or another entry,
    each stays inside the header, and no more lines are used than the entries need."""
    s, many, _ = ensemble
    widget = pg.GraphicsLayoutWidget()
    qtbot.addWidget(widget)
    plot = StoragePlot(widget.addPlot(), s.node("toktogul"), s.time)
    plot.update(many, many, "m3s")
    legend = plot.legend
    legend.resize(float(width), legend.size().height())  # the header's width in a plot row
    shown = [e for e in legend.entries if e.shown]
    assert len(shown) >= 6
    header_w = legend.size().width()
    rects = [e.rect for e in shown]
    assert all(not r.intersects(legend._title_rect) for r in rects)
    assert all(r.left() >= -0.5 and r.right() <= header_w + 0.5 for r in rects)
    for i, a in enumerate(rects):
        assert not any(a.intersects(b) for b in rects[i + 1:])
    rows = sorted({round(r.top()) for r in rects})
    if legend._title_rect.width() + 10 + rects[0].width() <= header_w:
        assert rows[0] == 0  # beside the title
    total = sum(r.width() for r in rects)
    assert len(rows) <= 1 + total // (header_w - rects[0].width())  # lines filled greedily
    assert legend._height == pytest.approx(
        (len(rows) + (0 if rows[0] == 0 else 1)) * legend.LINE_PX + 3)
