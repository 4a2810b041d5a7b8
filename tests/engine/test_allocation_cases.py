"""Allocation policies and demand-following reservoirs against numbers worked out by hand
(the semantics of one period are in docs/allocation.md)."""

from __future__ import annotations

import dataclasses
from datetime import date

import numpy as np
import pytest
from numpy.testing import assert_allclose

from tests.engine.build import demand, inflow, junction, link, min_flow, reservoir, scenario, sink
from waterplanner.engine import simulate
from waterplanner.model import Scenario, Step, TimeBase
from waterplanner.model.nodes import OperatingRule, RuleKind
from waterplanner.model.scenario import AllocationPolicy

DF = OperatingRule(kind=RuleKind.DEMAND_FOLLOWING)
UPSTREAM, PROPORTIONAL = AllocationPolicy.UPSTREAM_FIRST, AllocationPolicy.PROPORTIONAL
TOL = 1e-7


def m3s(values: list[float]) -> tuple[float, ...]:
    """Flows in m³/s that are exactly ``values`` Mm³ in the months from October 2025."""
    seconds = np.asarray(TimeBase(Step.MONTH, date(2025, 10, 1), len(values)).seconds, float)
    return tuple(float(v * 1e6 / s) for v, s in zip(values, seconds))


def under(s: Scenario, policy: AllocationPolicy) -> Scenario:
    return dataclasses.replace(s, allocation=policy)


def two_demands(river: float, limits: tuple[float | None, float | None] = (None, None)):
    """A river feeding an upstream demand (40) and a downstream demand (20), equal priority."""
    lim = [None if x is None else (float(x),) for x in limits]
    return scenario([inflow("river", [river]), junction("j1"),
                     demand("up", [40], limit_mcm=lim[0]), junction("j2"),
                     demand("down", [20], limit_mcm=lim[1]), sink()],
                    [link("river", "j1"), link("j1", "up"), link("j1", "j2"), link("j2", "down"),
                     link("j2", "sea")])


def deliveries(r, *ids: str) -> list[float]:
    return [float(r.series("delivery_mcm", i)[0]) for i in ids]


def test_proportional_shortage_gives_equal_fractions():
    r = simulate(under(two_demands(30), PROPORTIONAL))
    # 30 for 40 + 20 asked: each gets half of its demand
    assert_allclose(deliveries(r, "up", "down"), [20, 10], atol=TOL)
    assert r.mass_balance().ok


def test_proportional_shares_limits_and_caps_at_them():
    # bases are the limits (20 and 40); 'down' asks only its demand of 20, i.e. half of its
    # base: the common fraction stops there for it, and 'up' goes on to 16/20 = 0.8
    r = simulate(under(two_demands(36, limits=(20, 40)), PROPORTIONAL))
    assert_allclose(deliveries(r, "up", "down"), [16, 20], atol=TOL)
    # plenty of water: nobody gets more than min(demand, limit)
    r = simulate(under(two_demands(100, limits=(20, 40)), PROPORTIONAL))
    assert_allclose(deliveries(r, "up", "down"), [20, 20], atol=TOL)


def test_upstream_first_on_the_same_network():
    r = simulate(under(two_demands(30), UPSTREAM))
    assert_allclose(deliveries(r, "up", "down"), [30, 0])
    r = simulate(under(two_demands(36, limits=(20, 40)), UPSTREAM))
    assert_allclose(deliveries(r, "up", "down"), [20, 16])


def test_priority_class_comes_first_across_the_zone_under_proportional():
    s = two_demands(30)
    s = s.with_node(dataclasses.replace(s.node("down"), priority=1))
    s = s.with_node(dataclasses.replace(s.node("up"), priority=2))
    r = simulate(under(s, PROPORTIONAL))
    assert_allclose(deliveries(r, "up", "down"), [10, 20], atol=TOL)
    # upstream first: the upstream intake still takes first, whatever its priority
    assert_allclose(deliveries(simulate(under(s, UPSTREAM)), "up", "down"), [30, 0])


def test_demand_limit_caps_the_withdrawal_in_the_plain_sweep():
    s = scenario([inflow("river", [50, 50]), junction("j"),
                  demand("d", [40, 40], limit_mcm=(25.0, 60.0)), sink()],
                 [link("river", "j"), link("j", "d", loss_fraction=0.2), link("j", "sea")])
    r = simulate(s)
    # the limit caps what enters the intake: 25 taken, 20 delivered; then 40/0.8 = 50 asked
    assert_allclose(r.series("abstraction_mcm", "j"), [25, 50])
    assert_allclose(r.series("delivery_mcm", "d"), [20, 40])
    for policy in (UPSTREAM, PROPORTIONAL):
        rr = simulate(under(s, policy))
        assert_allclose(rr.series("abstraction_mcm", "j"), [25, 50], atol=TOL)


def cascade(demand_mcm: list[float], initial=(50.0, 50.0), river=None, **kw) -> Scenario:
    """Two demand-following reservoirs in series, a demand below the lower one."""
    n = len(demand_mcm)
    return scenario([inflow("river", river or [0.0] * n),
                     reservoir("upper", n, initial=initial[0], rule=DF, **kw),
                     reservoir("lower", n, initial=initial[1], rule=DF, **kw), junction("j"),
                     demand("town", demand_mcm), sink()],
                    [link("river", "upper"), link("upper", "lower"), link("lower", "j"),
                     link("j", "town"), link("j", "sea")],
                    {"upper": [0.0] * n, "lower": [0.0] * n})


def test_demand_following_draws_on_the_nearest_reservoir_first():
    r = simulate(cascade([30, 30, 30]))
    # the lower reservoir releases first; the upper one only when the lower is empty
    assert_allclose(r.series("release_mcm", "lower"), [30, 30, 30], atol=TOL)
    assert_allclose(r.series("release_mcm", "upper"), [0, 10, 30], atol=TOL)
    assert_allclose(r.series("storage_mcm", "lower"), [20, 0, 0], atol=TOL)
    assert_allclose(r.series("storage_mcm", "upper"), [50, 40, 10], atol=TOL)
    assert_allclose(r.series("delivery_mcm", "town"), [30, 30, 30], atol=TOL)
    assert r.mass_balance().ok


def test_demand_following_keeps_what_nobody_asks_for():
    r = simulate(cascade([0, 10, 0], river=[20, 20, 5]))
    # inflow is stored up top; nothing is moved down unless the town asks for it
    assert_allclose(r.series("release_mcm", "upper"), [0, 0, 0], atol=TOL)
    assert_allclose(r.series("release_mcm", "lower"), [0, 10, 0], atol=TOL)
    assert_allclose(r.series("storage_mcm", "upper"), [70, 90, 95], atol=TOL)
    assert_allclose(r.series("spill_mcm", "upper"), [0, 0, 0], atol=TOL)
    # full: what it cannot hold it passes on (a release, up to the maximum), and the lower
    # reservoir keeps it
    r = simulate(cascade([0, 0, 0], river=[80, 0, 0]))
    assert_allclose(r.series("release_mcm", "upper"), [30, 0, 0], atol=TOL)
    assert_allclose(r.series("storage_mcm", "lower"), [80, 80, 80], atol=TOL)


def test_demand_following_serves_a_minimum_flow():
    s = scenario([inflow("river", [5, 25, 5]), reservoir("dam", 3, initial=50, rule=DF),
                  min_flow("gauge", [20, 20, 20]), sink()],
                 [link("river", "dam"), link("dam", "gauge"), link("gauge", "sea")],
                 {"dam": [0, 0, 0]})
    r = simulate(s)
    assert_allclose(r.series("release_mcm", "dam"), [20, 20, 20], atol=TOL)
    assert_allclose(r.series("storage_mcm", "dam"), [35, 40, 25], atol=TOL)
    assert_allclose(r.min_flow_deficit_mcm[0, r.node_index("gauge")], 0, atol=TOL)


def test_demand_following_respects_operating_minimum_and_release_bounds():
    s = scenario([inflow("river", [0, 0, 0, 0]),
                  reservoir("dam", 4, initial=80, dead=10, operating_minimum_mcm=30, rule=DF,
                            min_release_m3s=m3s([5, 5, 5, 5]),
                            max_release_m3s=m3s([25, 25, 25, 25])),
                  junction("j"), demand("town", [40, 40, 40, 0]), sink()],
                 [link("river", "dam"), link("dam", "j"), link("j", "town"), link("j", "sea")],
                 {"dam": [0, 0, 0, 0]})
    r = simulate(s)
    # 80: capped at the maximum 25; 55: 25 down to the operating minimum; 30: only the
    # minimum release (5) may go below it; 25 and nobody asking: the minimum release
    assert_allclose(r.series("release_mcm", "dam"), [25, 25, 5, 5], atol=TOL)
    assert_allclose(r.series("storage_mcm", "dam"), [55, 30, 25, 20], atol=TOL)
    assert_allclose(r.series("delivery_mcm", "town"), [25, 25, 5, 0], atol=TOL)


def test_minimum_release_never_draws_below_dead_storage():
    s = scenario([inflow("river", [0, 0]),
                  reservoir("dam", 2, initial=14, dead=10, rule=DF,
                            min_release_m3s=m3s([3, 3])),
                  sink()],
                 [link("river", "dam"), link("dam", "sea")], {"dam": [0, 0]})
    r = simulate(s)
    assert_allclose(r.series("release_mcm", "dam"), [3, 1], atol=TOL)
    assert_allclose(r.series("storage_mcm", "dam"), [11, 10], atol=TOL)


def test_seasonal_link_capacity_binds_only_where_it_is_low():
    s = scenario([inflow("river", [0, 0, 0]), reservoir("dam", 3, initial=90, rule=DF),
                  junction("j"), demand("town", [30, 30, 30]), sink()],
                 [link("river", "dam"), link("dam", "j", capacity_m3s=m3s([10, 100, 10])),
                  link("j", "town"), link("j", "sea")],
                 {"dam": [0, 0, 0]})
    r = simulate(s)
    assert_allclose(r.series("release_mcm", "dam"), [10, 30, 10], atol=TOL)
    assert_allclose(r.series("delivery_mcm", "town"), [10, 30, 10], atol=TOL)
    assert_allclose(r.link_excess_mcm, 0, atol=TOL)


def test_a_release_is_shared_by_priority_at_one_intake_node():
    s = scenario([inflow("river", [0]), reservoir("dam", 1, initial=25, rule=DF), junction("j"),
                  demand("a", [20], priority=2), demand("b", [10], priority=1),
                  demand("c", [30], priority=2), sink()],
                 [link("river", "dam"), link("dam", "j"), link("j", "a"), link("j", "b"),
                  link("j", "c"), link("j", "sea")], {"dam": [0]})
    r = simulate(s)
    # 25 released: priority 1 takes its 10; 15 left for 20 + 30 asked, in proportion
    assert_allclose(deliveries(r, "a", "b", "c"), [6, 10, 9], atol=TOL)


@pytest.mark.parametrize("policy", [UPSTREAM, PROPORTIONAL])
def test_ensemble_members_are_allocated_each_on_their_own(policy):
    s = under(cascade([30, 30, 30], river=[5, 5, 5]), policy)
    wet, dry = [40.0, 40.0, 40.0], [0.0, 0.0, 0.0]
    r = simulate(s, inflows={"river": np.array([wet, dry])})
    assert r.members == 2
    for member, river in enumerate((wet, dry)):
        one = simulate(s, inflows={"river": river})
        assert_allclose(r.release_mcm[member], one.release_mcm[0], atol=1e-9)
        assert_allclose(r.delivery_mcm[member], one.delivery_mcm[0], atol=1e-9)
    assert r.mass_balance().ok
    # the wet member fills the upper reservoir and passes its inflow on from then
    assert_allclose(r.series("release_mcm", "upper", member=0), [0, 30, 40], atol=TOL)


def test_a_chain_of_demand_following_reservoirs_needs_no_solver(monkeypatch):
    from waterplanner.engine.allocation import driver

    def refuse(*args, **kwargs):
        raise AssertionError("the programme was called")

    monkeypatch.setattr(driver, "solve_programme", refuse)
    r = simulate(cascade([30, 30, 30]))
    assert_allclose(r.series("release_mcm", "upper"), [0, 10, 30])
    assert_allclose(r.series("storage_mcm", "lower"), [20, 0, 0])
