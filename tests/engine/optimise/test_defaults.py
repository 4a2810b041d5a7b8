"""The protective defaults: carry-over and regularisation, and the shipped scenarios'
optimisation sections."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from tests.engine.optimise.opt_helpers import (
    NO_CARRY_OVER,
    m3s,
    one_reservoir_two_periods,
    reservoir,
    scenario,
)
from waterplanner.engine.optimise import optimise
from waterplanner.model import (
    DemandNode,
    InflowNode,
    SinkNode,
    load_scenario,
    load_shipped_scenario,
)
from waterplanner.model.objectives import (
    DEFAULT_OBJECTIVES,
    REGULARISATION_OFF,
    CarryOver,
    EndStorage,
    Energy,
    LakeInflow,
    OptimisationSpec,
    Ramping,
)
from waterplanner.model.objectives_document import optimisation_spec

SCENARIOS = Path(__file__).parents[3] / "resources" / "scenarios"


def _end(r, rid: str) -> float:
    return float(r.results_after.storage_mcm[0][r.results_after.node_index(rid), -1])


def test_carry_over_keeps_the_start_storage_by_default() -> None:
    """One reservoir, 50 stored, 20 of inflow, a farm asking 160: without carry-over the
    optimiser delivers all 70 and empties it; by default it leaves the 50 it started with
    (the planner's own schedule ends at 60), and says so."""
    r = optimise(one_reservoir_two_periods())
    assert _end(r, "dam") == pytest.approx(50.0, abs=1e-6)
    assert r.shortfalls[0].after_mcm == pytest.approx(140.0, abs=1e-6)
    assert r.defaults.carry_over_mode == "soft" and r.defaults.carry_over_reservoirs == ("dam",)
    assert r.defaults.text.startswith("Defaults: carry-over soft at Dam")
    assert "regularisation 4e-06" in r.defaults.text
    off = optimise(one_reservoir_two_periods(NO_CARRY_OVER))
    assert _end(off, "dam") == pytest.approx(0.0, abs=1e-6)
    assert "carry-over off" in off.defaults.text


def test_carry_over_does_not_take_more_than_the_planners_schedule() -> None:
    """The planner's schedule already draws the reservoir to 30 (below its 50 at the start):
    the optimiser may use that water, but no more."""
    s = one_reservoir_two_periods()
    s = replace(s, release_schedules={"dam": (20.0, 20.0)})  # ends at 50 + 20 - 40 = 30
    r = optimise(s)
    assert _end(r, "dam") == pytest.approx(30.0, abs=1e-6)
    assert r.defaults.carry_over_floor_mcm == {"dam": pytest.approx(30.0)}


def test_a_stated_end_storage_replaces_the_default() -> None:
    spec = replace(OptimisationSpec(objectives=DEFAULT_OBJECTIVES),
                   constraints=(EndStorage(reservoir="dam", min_mcm=10.0),))
    r = optimise(one_reservoir_two_periods(spec))
    assert _end(r, "dam") == pytest.approx(10.0, abs=1e-6)
    assert r.defaults.carry_over_reservoirs == ()
    assert "states its own end storage" in r.defaults.text


def test_hard_carry_over() -> None:
    spec = OptimisationSpec(objectives=DEFAULT_OBJECTIVES, carry_over=CarryOver(mode="hard"))
    r = optimise(one_reservoir_two_periods(spec))
    assert _end(r, "dam") >= 50.0 - 1e-6
    assert "carry-over hard" in r.defaults.text


def _jumpy(spec: OptimisationSpec) -> object:
    """A reservoir with plenty of water above a farm asking 5 per day that it always gets:
    every schedule releasing at least 5 a day is optimal."""
    nodes = [InflowNode(id="river", name="River", inflow_mcm={"base": (10.0,) * 4}),
             reservoir("dam", 500.0, 100.0, 4, max_mcm=100.0),
             DemandNode(id="farm", name="Farm", demand_mcm=(5.0,) * 4),
             SinkNode(id="sea", name="Sea")]
    return scenario(nodes, [("river", "dam"), ("dam", "farm"), ("dam", "sea")],
                    {"dam": (5.0, 20.0, 5.0, 20.0)}, 4, spec)


def test_regularisation_keeps_the_planners_schedule_among_equal_optima() -> None:
    r = optimise(_jumpy(NO_CARRY_OVER))
    assert r.release_mcm["dam"].tolist() == pytest.approx([5.0, 20.0, 5.0, 20.0], abs=1e-6)


def test_regularisation_spreads_a_needed_change_smoothly() -> None:
    """Upper must send 30 to Lower for a demand in the last day; any timing is optimal and
    equally far (30) from Upper's schedule of zeros: smoothness spreads it evenly."""
    nodes = [reservoir("upper", 200.0, 100.0, 4), reservoir("lower", 500.0, 0.0, 4),
             DemandNode(id="city", name="City", demand_mcm=(0.0, 0.0, 0.0, 30.0)),
             SinkNode(id="sea", name="Sea")]
    s = scenario(nodes, [("upper", "lower"), ("lower", "city"), ("lower", "sea")],
                 {"upper": (0.0,) * 4, "lower": (0.0,) * 4}, 4, NO_CARRY_OVER)
    r = optimise(s)
    assert r.shortfalls[0].after_mcm == pytest.approx(0.0, abs=1e-6)
    assert r.release_mcm["upper"].tolist() == pytest.approx([7.5] * 4, abs=1e-6)
    plain = optimise(s, replace(NO_CARRY_OVER, regularisation=REGULARISATION_OFF))
    assert plain.shortfalls[0].after_mcm == pytest.approx(0.0, abs=1e-6)


def test_ramping_limit_in_m3s() -> None:
    spec = replace(NO_CARRY_OVER, constraints=(Ramping(reservoir="dam",
                                                       max_change_m3s=m3s(6.0)),))
    r = optimise(_jumpy(spec))
    assert np.abs(np.diff(r.release_mcm["dam"])).max() <= 6.0 + 1e-6
    assert r.self_check.passed


@pytest.mark.parametrize(("file", "kind"), [("syr-darya-energy-mode.wplan", Energy),
                                            ("syr-darya-irrigation-mode.wplan", LakeInflow)])
def test_shipped_scenarios_have_their_own_objective_and_the_defaults(file, kind) -> None:
    spec = optimisation_spec(load_scenario(SCENARIOS / file))
    assert spec.objectives[0].kind == "shortfall"
    assert any(isinstance(o, kind) for o in spec.objectives)
    if kind is Energy:
        energy = next(o for o in spec.objectives if isinstance(o, Energy))
        assert energy.season == "winter" and energy.country == "KG"
    assert spec.carry_over == CarryOver() and spec.regularisation.active


@pytest.mark.parametrize("inflow_set", ["median", "dry"])
def test_default_optimum_is_a_schedule_an_operator_could_sign(inflow_set: str) -> None:
    """The reported failure: Toktogul ending at 8.5 km³ instead of 13, Shardara emptied,
    Kayrakkum swinging between full and dead, and in the dry year releases of 106, 1 722,
    5, 0, 26, 1 787 m³/s with every reservoir at dead storage."""
    s = load_shipped_scenario()
    r = optimise(s, inflow_set=inflow_set)
    assert r.self_check.passed, r.self_check.summary()
    assert r.comparison.shortfall_after_mcm <= r.comparison.shortfall_before_mcm
    for c in r.comparison.reservoirs:  # never ends lower than the plan or the start does
        assert c.end_after_mcm >= min(c.start_mcm, c.end_before_mcm) - 1e-3, c.name
    toktogul = s.time.mcm_to_m3s(r.release_mcm["toktogul"])
    assert np.abs(np.diff(toktogul)).max() <= 350.0 + 1e-3
    assert toktogul.min() >= 100.0 - 1e-3
    tok = next(c for c in r.comparison.reservoirs if c.node_id == "toktogul")
    assert tok.lowest_after_mcm >= 7000.0 - 1e-3
