"""The optimiser and the version-2 reservoir elements: rule-driven reservoirs are not
decisions (refused in words when named as one) and are held to what their rule released;
a reservoir's own operating minimum is respected like the planner's."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.engine.optimise.opt_helpers import NO_CARRY_OVER, cascade_one_demand
from waterplanner.engine import simulate
from waterplanner.engine.optimise import optimise
from waterplanner.engine.optimise.errors import OptimisationError
from waterplanner.model.nodes import OperatingRule, ReservoirNode, RuleKind
from waterplanner.model.objectives import CarryOver, OptimisationSpec, Shortfall
from waterplanner.model.scenario import Scenario

GUIDE = OperatingRule(kind=RuleKind.GUIDE_CURVE, guide_curve_mcm=(60.0, 30.0, 0.0))


def _with(s: Scenario, rid: str, **changes) -> Scenario:
    nodes = tuple(replace(n, **changes) if n.id == rid else n for n in s.nodes)
    return replace(s, nodes=nodes)


def test_a_guide_curve_reservoir_named_as_decision_is_refused_in_words() -> None:
    spec = OptimisationSpec(decision_reservoirs=("upper", "lower"), objectives=(Shortfall(),),
                            carry_over=CarryOver(mode="off"))
    s = _with(cascade_one_demand(spec), "upper", rule=GUIDE)
    with pytest.raises(OptimisationError, match="Upper follows its guide-curve rule"):
        optimise(s)


def test_rule_driven_reservoirs_are_held_to_their_rule() -> None:
    s = _with(cascade_one_demand(NO_CARRY_OVER), "upper", rule=GUIDE)
    r = optimise(s)
    assert "upper" not in r.release_mcm and "lower" in r.release_mcm
    planned = simulate(s).series("release_mcm", "upper")
    after = simulate(r.scenario).series("release_mcm", "upper")
    assert list(after) == pytest.approx(list(planned))
    # upper's guide curve lets 40 + 30 + 30 down; with 10 a period of local inflow and lower
    # empty, the city (60 a period) can get at most 130 of 180
    assert r.shortfalls[0].after_mcm == pytest.approx(50.0, abs=1e-4)
    assert r.self_check.passed


def test_every_reservoir_on_a_rule_leaves_nothing_to_optimise() -> None:
    s = _with(_with(cascade_one_demand(NO_CARRY_OVER), "upper", rule=GUIDE), "lower",
              rule=OperatingRule(kind=RuleKind.GUIDE_CURVE, guide_curve_mcm=(0.0,) * 3))
    with pytest.raises(OptimisationError, match="no release schedule to optimise"):
        optimise(s)


def test_own_operating_minimum_is_kept_when_it_can_be() -> None:
    # without an operating minimum the optimiser empties Upper into the city's shortfall;
    # with one at 80 only 20 of Upper's 100 may go, and the rest of the shortfall remains
    s = cascade_one_demand(NO_CARRY_OVER)
    free = optimise(s)
    assert free.shortfalls[0].after_mcm == pytest.approx(50.0, abs=1e-4)
    kept = optimise(_with(s, "upper", operating_minimum_mcm=80.0))
    upper = next(n for n in kept.scenario.nodes if isinstance(n, ReservoirNode)
                 and n.id == "upper")
    assert upper.operating_minimum_mcm == 80.0
    storage = simulate(kept.scenario).series("storage_mcm", "upper")
    assert min(storage) >= 80.0 - 1e-6
    assert kept.shortfalls[0].after_mcm == pytest.approx(130.0, abs=1e-3)
