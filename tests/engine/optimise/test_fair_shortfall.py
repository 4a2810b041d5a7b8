"""The fair-sharing objective (``fair_shortfall``), worked by hand, and what the optimiser
says under the proportional allocation policy."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import numpy as np
import pytest

from tests.engine.optimise.opt_helpers import reservoir
from waterplanner.engine.optimise import optimise
from waterplanner.engine.optimise.context import make_context
from waterplanner.engine.optimise.problem import fair_bases, fair_entitlements
from waterplanner.engine.optimise.terms import fair_value
from waterplanner.model import (
    DemandNode,
    InflowNode,
    InflowSet,
    Link,
    Metadata,
    Scenario,
    SinkNode,
    Step,
    TimeBase,
)
from waterplanner.model.countries import Country
from waterplanner.model.objectives import (
    REGULARISATION_OFF,
    CarryOver,
    CountryLimit,
    FairShortfall,
    OptimisationSpec,
    Shortfall,
)
from waterplanner.model.objectives_document import with_optimisation_spec
from waterplanner.model.scenario import AllocationPolicy


def _spec(*objectives, constraints=()) -> OptimisationSpec:  # type: ignore[no-untyped-def]
    return OptimisationSpec(objectives=tuple(objectives), constraints=tuple(constraints),
                            carry_over=CarryOver(mode="off"), regularisation=REGULARISATION_OFF)


def _scenario(nodes, pairs, schedules, spec, **extra) -> Scenario:  # type: ignore[no-untyped-def]
    t = len(next(iter(schedules.values())))
    s = Scenario(metadata=Metadata(name="fair"), time=TimeBase(Step.DAY, date(2026, 4, 1), t),
                 inflow_sets=(InflowSet(name="base"),), nodes=tuple(nodes),
                 links=tuple(Link(id=f"{a}__{b}", source=a, target=b) for a, b in pairs),
                 release_schedules=schedules, **extra)
    return with_optimisation_spec(s, spec)


def one_dam_two_demands(spec: OptimisationSpec, **extra) -> Scenario:  # type: ignore[no-untyped-def]
    """A dam holding 30 Mm³ serves, at its own outlet, A (10 Mm³ on both days) and B (40 on
    day 2 only), of equal priority, so they share a shortage in proportion to demand."""
    nodes = [InflowNode(id="river", name="River", inflow_mcm={"base": (0.0, 0.0)}),
             reservoir("dam", 100.0, 30.0, 2),
             DemandNode(id="a", name="A", demand_mcm=(10.0, 10.0)),
             DemandNode(id="b", name="B", demand_mcm=(0.0, 40.0)),
             SinkNode(id="sea", name="Sea")]
    return _scenario(nodes, [("river", "dam"), ("dam", "a"), ("dam", "b"), ("dam", "sea")],
                     {"dam": (5.0, 25.0)}, spec, **extra)


def test_fair_sharing_over_time() -> None:
    # Every split of the 30 Mm³ leaves 20 short: the shortfall cannot choose. The fair term
    # is the mean over the two days of the largest shortage share. Day 1: A alone,
    # (10 − x1)/10; day 2: A and B share in proportion, (50 − x2)/50 each. A Mm³ on day 1
    # lowers the mean by 1/20, on day 2 by 1/100: fill day 1. (5, 25) gives 50 %,
    # (10, 20) gives (0 + 60 %)/2 = 30 %.
    r = optimise(one_dam_two_demands(_spec(Shortfall(), FairShortfall(weight=1.0))))
    assert r.release_mcm["dam"] == pytest.approx([10.0, 20.0], abs=1e-6)
    fair = next(t for t in r.terms if t.label == "fair_shortfall")
    assert fair.unit == "%"
    assert fair.before == pytest.approx(50.0)
    assert fair.after == pytest.approx(30.0)
    assert fair.lp == pytest.approx(30.0, abs=1e-6)
    assert r.self_check.passed


def two_valleys_one_limit(spec: OptimisationSpec) -> Scenario:
    """Two dams, each with plenty, serve Fergana (10 Mm³ a day) and Tashkent (30 a day), both
    Uzbek; Uzbekistan's vegetation limit is 20 Mm³ for the two April days of the horizon."""
    nodes = [InflowNode(id="river", name="River", inflow_mcm={"base": (0.0, 0.0)}),
             reservoir("dam_a", 300.0, 200.0, 2), reservoir("dam_b", 300.0, 200.0, 2),
             DemandNode(id="fergana", name="Fergana", demand_mcm=(10.0, 10.0), country="UZ"),
             DemandNode(id="tashkent", name="Tashkent", demand_mcm=(30.0, 30.0), country="UZ"),
             SinkNode(id="sea", name="Sea")]
    return _scenario(nodes, [("river", "dam_a"), ("dam_a", "fergana"), ("dam_a", "sea"),
                             ("dam_b", "tashkent"), ("dam_b", "sea")],
                     {"dam_a": (10.0, 10.0), "dam_b": (0.0, 0.0)}, spec,
                     countries=(Country(code="UZ", vegetation_limit_mcm=20.0),))


def test_fair_sharing_among_demands() -> None:
    # 20 of the 80 Mm³ asked may be withdrawn. The largest share of a day is at least the
    # day's shortage share of both together, 1 − w_t/40, and Σ w_t = 20: the mean is at
    # least 75 %, reached only when both demands lose the same share every day.
    limit = (CountryLimit(country="UZ", season="vegetation"),)
    r = optimise(two_valleys_one_limit(_spec(Shortfall(), FairShortfall(), constraints=limit)))
    a, b = r.release_mcm["dam_a"], r.release_mcm["dam_b"]
    assert sum(a) + sum(b) == pytest.approx(20.0, abs=1e-6)
    assert list(a / 10.0) == pytest.approx(list(b / 30.0), abs=1e-6)
    fair = next(t for t in r.terms if t.label == "fair_shortfall")
    assert fair.after == pytest.approx(75.0, abs=1e-6)
    assert r.self_check.passed
    # sharing fairly costs no shortfall here: the shortfall alone takes any split of the
    # 20 Mm³, and none is fairer than equal shares
    plain = optimise(two_valleys_one_limit(_spec(Shortfall(), constraints=limit)))
    assert plain.terms[0].after == pytest.approx(r.terms[0].after, abs=1e-6) == 60.0
    ctx = make_context(plain.scenario, _spec(FairShortfall()), None)
    assert fair_value(ctx, plain.results_after, FairShortfall()) >= 75.0 - 1e-6


def test_the_base_of_a_limited_demand_is_its_limit() -> None:
    # B's limit on day 2 is 20 (on day 1 it is 0, like its demand): it may receive 20 of
    # its 40, and a Mm³ short is a 20th of its base; on day 1 it has no base, so no share
    s = one_dam_two_demands(_spec(FairShortfall(demands=("b",))))
    s = replace(s, nodes=tuple(replace(n, limit_mcm=(0.0, 20.0)) if n.id == "b" else n
                               for n in s.nodes))
    ctx = make_context(s, _spec(FairShortfall(demands=("b",))), None)
    b = np.array([ctx.net.node_index("b")])
    assert list(fair_bases(ctx, b)[0]) == [0.0, 20.0]
    assert list(fair_entitlements(ctx, b)[0]) == [0.0, 20.0]
    a = np.array([ctx.net.node_index("a")])
    assert list(fair_bases(ctx, a)[0]) == [10.0, 10.0]


def test_the_proportional_policy_is_said_and_checked_against_upstream_first() -> None:
    s = one_dam_two_demands(_spec(Shortfall()))
    s = replace(s, allocation=AllocationPolicy.PROPORTIONAL)
    r = optimise(s)
    assert any("shares shortages in proportion" in n and "upstream-first" in n
               for n in r.notes)
    assert "upstream-first" in r.self_check.assumption
    assert "upstream-first" in r.self_check.summary()
    assert r.self_check.passed
