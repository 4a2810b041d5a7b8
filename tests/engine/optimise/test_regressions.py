"""Regressions of reported optimiser bugs, each named after what went wrong."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from tests.engine.optimise.opt_helpers import (
    NO_CARRY_OVER,
    demand_above_lake,
    m3s,
    reservoir,
    scenario,
)
from waterplanner.engine.optimise import (
    InfeasibleError,
    OptimisationError,
    PhysicallyImpossible,
    ProblemTooLarge,
    optimise,
    pareto_front,
)
from waterplanner.engine.optimise import precheck as precheck_module
from waterplanner.engine.optimise.pareto import ParetoPoint, _mark_dominated
from waterplanner.model import (
    DemandNode,
    InflowNode,
    MinFlowNode,
    SinkNode,
    load_scenario,
    load_shipped_scenario,
)
from waterplanner.model.nodes import OperatingRule
from waterplanner.model.objectives import EndStorage, Energy, OptimisationSpec, RuleCurve, Shortfall
from waterplanner.model.scenario import Scenario

DATA = Path(__file__).parents[2] / "data"


def _end(r, rid: str) -> float:
    return float(r.results_after.storage_mcm[0][r.results_after.node_index(rid), -1])


def _kayrakkum_on_schedule(s: Scenario) -> Scenario:
    """The default with Kayrakkum on its written schedule (the shipped file gives it a guide
    curve), so that the optimiser decides its releases as these cases need."""
    return replace(s, nodes=tuple(replace(n, rule=OperatingRule()) if n.id == "kayrakkum"
                                  else n for n in s.nodes))


def test_energy_objective_with_a_feasible_end_storage_is_not_infeasible() -> None:
    """The first trust region was centred on the input schedule's storage path, from which
    Kayrakkum cannot reach 2 600 Mm³ by September of the dry year: reported as "Kayrakkum
    end storage short by 457 Mm³" although the same requirement solved with a shortfall
    objective."""
    s = _kayrakkum_on_schedule(load_shipped_scenario())
    end = EndStorage(reservoir="kayrakkum", min_mcm=2600.0)
    for objectives in ((Shortfall(),), (Energy(weight=1.0), Shortfall())):
        r = optimise(s, OptimisationSpec(objectives=objectives, constraints=(end,)),
                     inflow_set="dry")
        assert _end(r, "kayrakkum") >= 2600.0 - 1e-3
        assert r.self_check.passed, r.self_check.summary()


def test_round_off_on_a_hard_requirement_is_not_a_penalty() -> None:
    """Kayrakkum required to end full: the simulation ends 4e-9 Mm³ short, which used to
    fail the self-check and print a penalty; it is round-off, and the requirement binds."""
    s = _kayrakkum_on_schedule(load_shipped_scenario())
    spec = OptimisationSpec(objectives=(Shortfall(),),
                            constraints=(EndStorage(reservoir="kayrakkum", min_mcm=3418.0),))
    r = optimise(s, spec, inflow_set="dry")
    assert r.penalties_after == {}
    assert r.self_check.passed, r.self_check.summary()
    assert any(b.kind == "end_storage" and b.node_id == "kayrakkum" for b in r.binding)


def test_a_requirement_exactly_at_its_bound_is_reported_as_binding() -> None:
    """A demand of 10 per period met from inflow and storage; the end storage is required to
    be exactly what meeting the demand leaves: the requirement sits at its bound with a zero
    dual (nothing would be gained by relaxing it) and is still listed as binding."""
    nodes = [InflowNode(id="river", name="River", inflow_mcm={"base": (10.0, 10.0)}),
             reservoir("dam", 100.0, 50.0, 2, max_mcm=40.0),
             DemandNode(id="farm", name="Farm", demand_mcm=(10.0, 10.0)),
             SinkNode(id="sea", name="Sea")]
    spec = OptimisationSpec(objectives=(Shortfall(),),
                            constraints=(EndStorage(reservoir="dam", min_mcm=50.0),),
                            carry_over=NO_CARRY_OVER.carry_over)
    s = scenario(nodes, [("river", "dam"), ("dam", "farm"), ("dam", "sea")],
                 {"dam": (5.0, 5.0)}, 2, spec)
    r = optimise(s)
    assert r.shortfalls[0].after_mcm == pytest.approx(0.0, abs=1e-6)
    assert _end(r, "dam") == pytest.approx(50.0, abs=1e-6)
    ends = [b for b in r.binding if b.kind == "end_storage"]
    assert len(ends) == 1 and "binds" in ends[0].text and "exactly at its bound" in ends[0].text


def test_trade_off_on_an_infeasible_problem_names_the_requirements() -> None:
    """It used to end with HiGHS's raw status ("The problem is infeasible …")."""
    spec = replace(NO_CARRY_OVER, constraints=(
        EndStorage(reservoir="dam", min_mcm=250.0),
        RuleCurve(reservoir="dam", max_mcm=(300.0, 300.0, 300.0, 200.0))))
    with pytest.raises(InfeasibleError) as e:
        pareto_front(demand_above_lake(spec), "shortfall", "lake_inflow:lake", points=3)
    text = str(e.value)
    assert "end storage at least 250" in text and "rule curve maximum" in text
    assert "short by" in text and "HiGHS" not in text and "status" not in text


def _river_with_min_flow(required: float) -> object:
    nodes = [InflowNode(id="river", name="River", inflow_mcm={"base": (10.0,) * 3}),
             reservoir("dam", 100.0, 40.0, 3, max_mcm=100.0),
             DemandNode(id="farm", name="Farm", demand_mcm=(5.0,) * 3),
             MinFlowNode(id="gauge", name="Gauge", required_mcm=(required,) * 3),
             SinkNode(id="sea", name="Sea")]
    return scenario(nodes, [("river", "dam"), ("dam", "gauge"), ("gauge", "farm"),
                            ("gauge", "sea")], {"dam": (10.0,) * 3}, 3)


def test_a_minimum_flow_larger_than_all_water_is_physically_impossible() -> None:
    """70 Mm³ can ever reach the gauge (30 of inflow, 40 stored); asking 3 × 50 used to be
    "optimised" silently."""
    with pytest.raises(PhysicallyImpossible) as e:
        optimise(_river_with_min_flow(50.0))
    text = str(e.value)
    assert "physically impossible" in text and "Gauge" in text
    assert "asks for 150.0 Mm³" in text and "at most 70.0 Mm³" in text
    assert "short by 80.0 Mm³" in text
    with pytest.raises(PhysicallyImpossible):
        pareto_front(_river_with_min_flow(50.0), "shortfall", "spill", points=2)
    assert optimise(_river_with_min_flow(15.0)).self_check.passed


def test_a_minimum_flow_above_what_can_pass_in_one_period_is_impossible() -> None:
    """In total the water suffices, but the reservoir releases at most 100 per period and
    the inflow is 10: a minimum flow of 120 in one period cannot be met."""
    s = _river_with_min_flow(0.0)
    nodes = tuple(replace(n, required_mcm=(0.0, 120.0, 0.0)) if n.id == "gauge" else n
                  for n in s.nodes)
    nodes = tuple(replace(n, initial_storage_mcm=100.0) if n.id == "dam" else n for n in nodes)
    with pytest.raises(PhysicallyImpossible, match=r"short by 10\.0 Mm³ in 1 period"):
        optimise(replace(s, nodes=nodes))


def test_a_network_without_nodes_is_refused_in_words() -> None:
    s = load_scenario(DATA / "larson_heidari.wplan")
    empty = replace(s, nodes=(), links=(), release_schedules={}, extensions={})
    with pytest.raises(OptimisationError, match="no nodes"):
        optimise(empty)
    with pytest.raises(OptimisationError, match="no reservoir is a decision"):
        optimise(s, replace(NO_CARRY_OVER, decision_reservoirs=()))


def test_a_problem_too_large_is_refused_before_solving(monkeypatch) -> None:
    monkeypatch.setattr(precheck_module, "MAX_LP_NONZEROS", 1000)
    with pytest.raises(ProblemTooLarge) as e:
        optimise(load_shipped_scenario())
    text = str(e.value)
    assert "12 month periods" in text and "non-zero coefficients" in text
    assert "monthly" in text and "shorten the horizon" in text


def test_problem_size_estimate_is_close_to_the_built_lp() -> None:
    from waterplanner.engine.optimise.context import make_context
    from waterplanner.engine.optimise.precheck import estimate_size
    from waterplanner.engine.optimise.problem import objective_scale
    from waterplanner.engine.optimise.solve import build_full, point_from
    from waterplanner.model.objectives_document import optimisation_spec
    s = load_shipped_scenario()
    ctx = make_context(s, optimisation_spec(s), None)
    est = estimate_size(ctx)
    built, _, _ = build_full(ctx, point_from(ctx, ctx.planned, None), ctx.spec.objectives,
                             objective_scale(ctx))
    nnz = sum(len(v) for v in built.lp._eq.v) + sum(len(v) for v in built.lp._ineq.v)
    assert built.lp.n <= est.variables <= 1.3 * built.lp.n
    assert built.lp.n_rows <= est.constraints <= 1.3 * built.lp.n_rows
    assert nnz <= est.nonzeros <= 1.5 * nnz


def test_a_front_without_trade_off_says_so() -> None:
    """Larson's reservoir 1 releases into reservoir 4: their benefits do not conflict. The
    front used to print four identical points."""
    front = pareto_front(load_scenario(DATA / "larson_heidari.wplan"), "benefit_r1",
                         "benefit_r4", points=4)
    assert front.no_tradeoff and len(front.points) == 1
    assert front.no_tradeoff_text.startswith("No trade-off between benefit_r1 and benefit_r4")


def test_dominated_ignores_differences_below_solver_tolerance() -> None:
    pts = [ParetoPoint(a=1e-6, b=4770.49, epsilon=0.0, release_mcm={}),
           ParetoPoint(a=1.12e-6, b=4770.4900001, epsilon=1.0, release_mcm={}),
           ParetoPoint(a=5.0, b=4000.0, epsilon=2.0, release_mcm={})]
    marked = _mark_dominated(pts, "min", "max")
    assert [p.dominated for p in marked] == [False, False, True]


def test_default_front_does_not_collapse() -> None:
    """With the carry-over default the lake no longer gets water for free from emptied
    reservoirs, so irrigation and the North Aral compete (the front used to be one point
    repeated)."""
    front = pareto_front(load_shipped_scenario(), "shortfall", "lake_inflow:north_aral", 3)
    a = np.array([p.a for p in front.points])
    b = np.array([p.b for p in front.points])
    assert not front.no_tradeoff and len(front.points) == 3
    assert a[-1] - a[0] > 100.0 and b[-1] - b[0] > 50.0
    assert not any(p.dominated for p in front.points)


_ = m3s



def test_a_lake_below_its_crest_does_not_spill_early() -> None:
    """The North Aral starts above Kokaral's crest (24.1 km³, issue 10): after October's
    spill the optimised schedule lets it dip below the crest in November, and the LP,
    indifferent between spilling in December and in January, let 28 Mm³ leave a lake below
    its crest, which the simulator never does (self-check off by 28 Mm³)."""
    s = load_shipped_scenario()
    r = optimise(s, inflow_set="median")
    assert r.self_check.passed, r.self_check.summary()
    lake = s.node("north_aral")
    crest = lake.lav.volume_at_level(lake.crest_level_m)
    stored = r.results_after.storage_with_initial("north_aral")
    assert stored[0] > crest                      # the case: a lake starting over its crest
    assert np.any(stored[1:] < crest - 1.0)       # that dips below it in the year
