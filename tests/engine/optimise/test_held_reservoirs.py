"""Reservoirs the optimiser does not decide. One whose rule has a buffer zone: the simulator
cuts its release while the storage is in the zone, whatever the schedule says — refused in
words when named as a decision, held to what it released in the plan otherwise. One on a
rule below a decision reservoir: what it releases depends on what arrives; the LPs follow
the rule's answer (the guide curve held where the simulation sits on it, the rule's last
release elsewhere) until optimiser and simulator agree, and the result says so."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.engine.optimise.opt_helpers import NO_CARRY_OVER, cascade_one_demand
from waterplanner.engine import simulate
from waterplanner.engine.optimise import optimise
from waterplanner.engine.optimise.errors import OptimisationError
from waterplanner.model.nodes import OperatingRule, RuleKind
from waterplanner.model.objectives import CarryOver, OptimisationSpec, Shortfall
from waterplanner.model.scenario import Scenario

BUFFER = OperatingRule(buffer_mcm=(90.0, 90.0, 90.0), buffer_release_m3s=0.0)


def _buffered(s: Scenario) -> Scenario:
    return replace(s, nodes=tuple(replace(n, rule=BUFFER) if n.id == "upper" else n
                                  for n in s.nodes))


def test_a_buffered_reservoir_named_as_decision_is_refused_in_words() -> None:
    spec = OptimisationSpec(decision_reservoirs=("upper",), objectives=(Shortfall(),),
                            carry_over=CarryOver(mode="off"))
    with pytest.raises(OptimisationError, match="Upper has a buffer zone: while its storage "
                                                "is in it the simulator cuts the release"):
        optimise(_buffered(cascade_one_demand(spec)))


def test_a_buffered_reservoir_is_held_to_its_planned_release() -> None:
    s = _buffered(cascade_one_demand(NO_CARRY_OVER))
    s = s.with_schedule("upper", (30.0, 30.0, 30.0))
    r = optimise(s)
    assert "upper" not in r.release_mcm and "lower" in r.release_mcm
    # the plan releases 30 in the first month; then Upper (70) is in its buffer zone and
    # releases nothing
    planned = list(simulate(s).series("release_mcm", "upper"))
    assert planned == pytest.approx([30.0, 0.0, 0.0])
    assert list(simulate(r.scenario).series("release_mcm", "upper")) == pytest.approx(planned)
    assert r.self_check.passed


def test_a_rule_reservoir_below_a_decision_is_said() -> None:
    s = cascade_one_demand(NO_CARRY_OVER)
    s = replace(s, nodes=tuple(
        replace(n, rule=OperatingRule(kind=RuleKind.GUIDE_CURVE,
                                      guide_curve_mcm=(0.0, 0.0, 0.0))) if n.id == "lower"
        else n for n in s.nodes))
    r = optimise(s)
    assert any(n.startswith("Lower follows an operating rule (or a buffer zone) below Upper: "
                            "the optimiser follows the rule's answer") for n in r.notes)
    assert r.self_check.passed
    # above a decision, nothing to say
    above = _buffered(cascade_one_demand(NO_CARRY_OVER))
    assert not any("follows an operating rule" in n for n in optimise(above).notes)


def test_the_schedule_above_relies_on_the_guide_curve_passing_water_on() -> None:
    """Lower keeps 20 on its guide curve and passes the rest to the city; Upper (100 stored)
    is the decision. All 100 plus the side river's 30, less the 20 Lower keeps, reach the
    city: 110 of its 180, so 70 short whatever the timing — found only if the LP lets Lower
    release what arrives above its curve instead of holding it to the plan's release (none:
    the plan releases nothing from Upper)."""
    s = cascade_one_demand(NO_CARRY_OVER)
    s = replace(s, nodes=tuple(
        replace(n, rule=OperatingRule(kind=RuleKind.GUIDE_CURVE,
                                      guide_curve_mcm=(20.0, 20.0, 20.0))) if n.id == "lower"
        else n for n in s.nodes))
    before = simulate(s)
    assert sum(before.series("shortfall_mcm", "city")) == pytest.approx(180.0 - 10.0)
    r = optimise(s)
    after = simulate(r.scenario)
    assert sum(after.series("shortfall_mcm", "city")) == pytest.approx(70.0, abs=1e-6)
    assert list(after.storage_with_initial("lower")[1:]) == pytest.approx([20.0] * 3)
    assert r.self_check.passed
