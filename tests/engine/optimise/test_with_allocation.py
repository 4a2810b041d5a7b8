"""The optimiser with the allocation engine's rules: demand limits cap what the simulator
delivers exactly as they cap the LP's intakes, and under the proportional policy the result
says how far the scenario's own rule delivers differently from the upstream-first plan."""

from __future__ import annotations

import importlib.util
from dataclasses import replace

import pytest

from tests.engine.optimise.opt_helpers import NO_CARRY_OVER, reservoir, scenario
from waterplanner.engine import simulate
from waterplanner.engine.optimise import optimise
from waterplanner.model import DemandNode, InflowNode, JunctionNode, SinkNode
from waterplanner.model.scenario import AllocationPolicy, Scenario

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("waterplanner.engine.allocation") is None,
    reason="needs the allocation engine (demand limits and the proportional policy in the "
           "simulator)")


def reach_two_farms(stored: float, limit: tuple[float, ...] | None = None) -> Scenario:
    """A dam (no inflow) releases down a reach: Upper farm takes at the first junction,
    Lower farm at the second, both 30 Mm³ a day and of equal priority; the rest reaches the
    sea. Three days."""
    nodes = [InflowNode(id="river", name="River", inflow_mcm={"base": (0.0,) * 3}),
             reservoir("dam", 500.0, stored, 3),
             JunctionNode(id="j1", name="J1"), JunctionNode(id="j2", name="J2"),
             DemandNode(id="upper", name="Upper farm", demand_mcm=(30.0,) * 3,
                        limit_mcm=limit),
             DemandNode(id="lower", name="Lower farm", demand_mcm=(30.0,) * 3),
             SinkNode(id="sea", name="Sea")]
    return scenario(nodes, [("river", "dam"), ("dam", "j1"), ("j1", "upper"), ("j1", "j2"),
                            ("j2", "lower"), ("j2", "sea")], {"dam": (60.0,) * 3}, 3,
                    NO_CARRY_OVER)


def test_a_demand_limit_is_kept_by_the_optimiser_and_the_simulator_alike() -> None:
    # 120 Mm³ for 180 asked; Upper may take at most 10, 40, 10: the rest goes to Lower
    s = reach_two_farms(120.0, limit=(10.0, 40.0, 10.0))
    r = optimise(s)
    got = r.results_after
    upper = got.node_index("upper")
    assert list(got.withdrawal_mcm[0][upper]) == pytest.approx([10.0, 30.0, 10.0], abs=1e-6)
    assert r.terms[0].after == pytest.approx(60.0, abs=1e-6)
    assert r.self_check.passed


def test_proportional_sharing_is_said_and_the_plan_checked_upstream_first() -> None:
    s = replace(reach_two_farms(90.0), allocation=AllocationPolicy.PROPORTIONAL)
    r = optimise(s)
    # upstream-first, Upper takes its 30 first every day; in proportion both get the same
    # share of what is released
    assert r.self_check.passed
    assert "upstream-first" in r.self_check.summary()
    note = next(n for n in r.notes if "shares shortages in proportion" in n)
    assert "differently" in note
    own = simulate(r.scenario)
    assert list(own.delivery_mcm[0][own.node_index("upper")]) == \
        pytest.approx(list(own.delivery_mcm[0][own.node_index("lower")]), abs=1e-6)
