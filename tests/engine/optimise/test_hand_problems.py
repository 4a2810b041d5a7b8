"""Problems small enough to solve by hand: the optimiser must find their known optima, never
end worse than the input, and agree with the simulator about its own schedule."""

from __future__ import annotations

import pytest

from tests.engine.optimise.opt_helpers import (
    NO_CARRY_OVER,
    cascade_one_demand,
    one_reservoir_two_periods,
)
from waterplanner.engine import simulate
from waterplanner.engine.optimise import optimise
from waterplanner.model.objectives import (
    CarryOver,
    EndStorage,
    OptimisationSpec,
    ReleaseValue,
    Shortfall,
)


def test_one_reservoir_two_periods_value_of_release() -> None:
    # 50 stored + 20 inflow, keep 20 at the end: 50 to release, at most 40 per period;
    # period 2 is worth 3 per unit, period 1 worth 1 -> 40 in period 2, 10 in period 1 = 130
    spec = OptimisationSpec(
        objectives=(ReleaseValue(reservoir="dam", value_per_mcm=(1.0, 3.0)),),
        constraints=(EndStorage(reservoir="dam", min_mcm=20.0),))
    r = optimise(one_reservoir_two_periods(spec))
    assert r.terms[0].after == pytest.approx(130.0, abs=1e-6)
    assert r.objective_after == pytest.approx(-130.0, abs=1e-6)
    assert r.release_mcm["dam"].tolist() == pytest.approx([10.0, 40.0], abs=1e-6)
    assert r.self_check.passed
    assert r.self_check.max_storage_diff_mcm < 1e-6


def test_one_reservoir_two_periods_shortfall() -> None:
    # 50 stored + 20 inflow = 70 can be delivered (40 then 30) against 160 asked: 90 short
    r = optimise(one_reservoir_two_periods(NO_CARRY_OVER))
    assert r.terms[0].after == pytest.approx(90.0, abs=1e-6)
    assert r.shortfalls[0].after_mcm == pytest.approx(90.0, abs=1e-6)
    assert r.objective_after <= r.objective_before
    assert r.self_check.passed


def test_cascade_one_demand() -> None:
    # 100 upstream + 30 local inflow against 180 demanded: shortfall 50 at best
    r = optimise(cascade_one_demand(NO_CARRY_OVER))
    assert r.shortfalls[0].before_mcm == pytest.approx(180.0)
    assert r.shortfalls[0].after_mcm == pytest.approx(50.0, abs=1e-6)
    assert r.objective_after == pytest.approx(50.0, abs=1e-5)
    assert r.self_check.passed
    assert r.self_check.max_delivery_diff_mcm < 1e-6


def test_optimised_scenario_simulates_to_the_reported_optimum() -> None:
    r = optimise(cascade_one_demand(NO_CARRY_OVER))
    sim = simulate(r.scenario)
    assert float(sim.shortfall_mcm[0].sum()) == pytest.approx(50.0, abs=1e-5)


def test_non_decision_reservoir_keeps_its_schedule() -> None:
    spec = OptimisationSpec(decision_reservoirs=("lower",),
                            objectives=(Shortfall(),), carry_over=CarryOver(mode="off"))
    s = cascade_one_demand(spec)
    r = optimise(s)
    assert "upper" not in r.release_mcm
    assert r.scenario.release_schedules["upper"] == s.release_schedules["upper"]
    # upper releases nothing, so only the 30 of local inflow can be delivered
    assert r.shortfalls[0].after_mcm == pytest.approx(150.0, abs=1e-6)
    assert r.self_check.passed


def test_travel_time_and_water_in_transit() -> None:
    """Upper's release takes one period to reach Lower; 5 Mm³ per day is in transit at the
    start. The LP must route it exactly as the simulator does."""
    from dataclasses import replace

    s = cascade_one_demand(NO_CARRY_OVER)
    links = tuple(replace(lk, travel_time_periods=1, initial_flow_m3s=5e6 / 86400.0,
                          loss_fraction=0.1) if lk.source == "upper" else lk for lk in s.links)
    s = replace(s, links=links)
    r = optimise(s)
    # arrivals: 5 in transit + 0.9 × what upper sends in periods 1-2 (its last period's
    # release arrives after the horizon) + 30 local; upper holds 100
    assert r.shortfalls[0].after_mcm == pytest.approx(180.0 - 5.0 - 90.0 - 30.0, abs=1e-5)
    assert r.self_check.passed
    assert r.self_check.max_delivery_diff_mcm < 1e-6


def test_progress_and_cancel() -> None:
    from waterplanner.engine.optimise import Cancelled, CancelToken

    seen: list[tuple[float, str]] = []
    optimise(cascade_one_demand(), progress=lambda f, m: seen.append((f, m)))
    fractions = [f for f, _ in seen]
    assert fractions[0] == 0.0 and fractions[-1] == 1.0 and fractions == sorted(fractions)
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        optimise(cascade_one_demand(), cancel=token)
