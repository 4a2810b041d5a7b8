"""The ε-constraint sweep: a front that trades one objective against the other."""

from __future__ import annotations

import numpy as np
import pytest

from tests.engine.optimise.opt_helpers import NO_CARRY_OVER, demand_above_lake
from waterplanner.engine import simulate
from waterplanner.engine.optimise import CancelToken, pareto_front
from waterplanner.model.objectives import CarryOverTarget, OptimisationSpec, Shortfall


def test_front_trades_shortfall_against_carry_over() -> None:
    # 100 stored + 120 inflow; the farm asks 200. Every Mm³ delivered is a Mm³ less kept:
    # with a carry-over target of 220, shortfall + carry-over deficit = 200 all along
    spec = OptimisationSpec(objectives=(
        Shortfall(),
        CarryOverTarget(name="keep", reservoir="dam", target_mcm=220.0)))
    s = demand_above_lake(spec)
    front = pareto_front(s, "shortfall", "keep", points=5)
    assert len(front.points) == 5 and not front.cancelled
    a = np.array([p.a for p in front.points])
    b = np.array([p.b for p in front.points])
    assert a[0] == pytest.approx(0.0, abs=1e-6) and b[0] == pytest.approx(200.0, abs=1e-6)
    assert a[-1] == pytest.approx(200.0, abs=1e-6) and b[-1] == pytest.approx(0.0, abs=1e-6)
    assert a + b == pytest.approx(np.full(5, 200.0), abs=1e-5)
    assert b == pytest.approx([p.epsilon for p in front.points], abs=1e-5)
    assert not any(p.dominated for p in front.points)
    # every point carries its schedule, and the schedule reproduces the point
    sim = simulate(front.scenario_at(s, 2))
    assert float(sim.shortfall_mcm[0].sum()) == pytest.approx(front.points[2].a, abs=1e-5)


def test_front_respects_the_intake_rule() -> None:
    """Lake inflow against shortfall: the farm's intake takes what reaches it before water
    passes on to the lake, so the lake only gains from releases above the farm's 50 per
    period (at most 80 per period): 20 more to the lake costs 20 more shortfall, up to the
    70 a schedule of 80, 80, 60, 0 can pass."""
    s = demand_above_lake(NO_CARRY_OVER)
    front = pareto_front(s, "shortfall", "lake_inflow:lake", points=5)
    a = np.array([p.a for p in front.points])
    b = np.array([p.b for p in front.points])
    assert b[0] == pytest.approx(20.0, abs=1e-4) and b[-1] == pytest.approx(70.0, abs=1e-4)
    assert b - a == pytest.approx(np.full(5, 20.0), abs=1e-5)
    assert b == pytest.approx([p.epsilon for p in front.points], abs=1e-5)
    for k in range(5):
        sim = simulate(front.scenario_at(s, k))
        assert float(sim.inflow_mcm[0][sim.node_index("lake")].sum()) == pytest.approx(b[k],
                                                                                     abs=1e-5)


def test_progress_and_cancel() -> None:
    token = CancelToken()
    seen: list[float] = []

    def progress(fraction: float, message: str) -> None:
        seen.append(fraction)
        if len(seen) >= 4:
            token.cancel()

    front = pareto_front(demand_above_lake(), "shortfall", "lake_inflow:lake", points=10,
                         progress=progress, cancel=token)
    assert front.cancelled
    assert len(front.points) < 10
    assert seen == sorted(seen) and seen[-1] == 1.0


def test_unknown_objective_label() -> None:
    with pytest.raises(ValueError, match="not an objective"):
        pareto_front(demand_above_lake(), "shortfall", "happiness", points=3)
