"""A three-reservoir demand-following cascade with return flows, checked period by period
against an independent programme built from docs/allocation.md (tests/engine/alloc_reference)."""

from __future__ import annotations

import numpy as np
import pytest

from tests.engine.alloc_reference import PeriodProgramme
from tests.engine.build import demand, inflow, junction, link, reservoir, scenario, sink
from waterplanner.engine import simulate
from waterplanner.model.nodes import OperatingRule, RuleKind

DF = OperatingRule(kind=RuleKind.DEMAND_FOLLOWING)
PERIODS = 8


def cascade():
    river = [30, 10, 5, 0, 0, 60, 120, 10]
    side = [5, 5, 0, 0, 0, 10, 20, 5]
    need = [10, 40, 60, 70, 50, 20, 0, 30]
    return scenario(
        [inflow("river", river), inflow("side", side),
         reservoir("r1", PERIODS, capacity=120, initial=80, dead=5, rule=DF,
                   evaporation_mm=30, lav=_lav(120)),
         junction("j1"), demand("d1", [0.5 * x for x in need], return_fraction=0.3),
         reservoir("r2", PERIODS, capacity=60, initial=40, dead=5, operating_minimum_mcm=15,
                   rule=DF, seepage_m3s=1.0),
         junction("j2"), demand("d2", need, priority=1, return_fraction=0.2),
         reservoir("r3", PERIODS, capacity=40, initial=30, dead=2, rule=DF,
                   min_release_m3s=2.0),
         junction("j3"), demand("d3", [0.8 * x for x in need], priority=2), sink()],
        [link("river", "r1"), link("r1", "j1"), link("j1", "d1", loss_fraction=0.1),
         link("j1", "r2", loss_fraction=0.05), link("d1", "r2"), link("side", "r2"),
         link("r2", "j2"), link("j2", "d2"), link("j2", "r3"), link("d2", "j3"),
         link("r3", "j3"), link("j3", "d3"), link("j3", "sea")],
        {k: [0.0] * PERIODS for k in ("r1", "r2", "r3")})


def _lav(capacity: float):
    from waterplanner.model import LevelAreaVolume
    return LevelAreaVolume(level_m=(100.0, 130.0), area_km2=(1.0, 12.0),
                           volume_mcm=(0.0, capacity))


def test_every_period_equals_the_independent_programme():
    s = cascade()
    r = simulate(s)
    assert r.mass_balance().ok
    used = {k: r.series("release_mcm", k).sum() for k in ("r1", "r2", "r3")}
    assert all(v > 1.0 for v in used.values()), used       # the case exercises every dam
    for t in range(PERIODS):
        prog = PeriodProgramme(s, r, t)
        for level in prog.compare(r):
            np.testing.assert_allclose(level.engine, level.optimum, atol=1e-6,
                                       err_msg=f"period {t}: {level.name}")
        # a chain with distinct weights has one optimum: the decisions themselves agree
        for k in ("r1", "r2", "r3"):
            assert r.series("release_mcm", k)[t] == pytest.approx(prog.value("r", k), abs=1e-6)
        for lk in ("j1__d1", "j2__d2", "j3__d3"):
            assert r.series("link_flow_mcm", lk)[t] == pytest.approx(prog.value("x", lk),
                                                                    abs=1e-6)
