"""Fan charts: an ensemble's results draw the median and the 50 % and 90 % bands behind the
highlighted member in every kind of result plot; a single run draws none."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pytest

from waterplanner.engine import simulate
from waterplanner.engine.bands import bands
from waterplanner.model.fileio import load_shipped_scenario
from waterplanner.ui.result_plots import (
    DeliveryPlot,
    EnergyPlot,
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
    assert "90 % band (P5–P95)" in names and "median of the members" in names
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
