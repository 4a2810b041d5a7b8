"""The zones of a period (docs/allocation.md): where the period's problem is cut, and that
zones can always be solved one after the other."""

from __future__ import annotations

import dataclasses

from numpy.testing import assert_allclose

from tests.engine.build import demand, inflow, junction, link, reservoir, scenario, sink
from waterplanner.engine import compile_network, simulate
from waterplanner.engine.allocation.zones import partition
from waterplanner.model.nodes import OperatingRule, RuleKind
from waterplanner.model.scenario import AllocationPolicy

DF = OperatingRule(kind=RuleKind.DEMAND_FOLLOWING)


def zone_of(s, node_id: str, policy=AllocationPolicy.UPSTREAM_FIRST) -> int:
    net = compile_network(s)
    return int(partition(net, policy).zone_of[net.node_index(node_id)])


def bypass():
    """A demand-following reservoir above a schedule reservoir; a demand takes between them
    and returns below the schedule reservoir, where a second demand takes."""
    return scenario(
        [inflow("river", [10, 10]), reservoir("upper", 2, initial=60, rule=DF), junction("j"),
         demand("field", [30, 30], return_fraction=0.5), reservoir("dam", 2, initial=50),
         junction("k"), demand("town", [20, 20]), sink()],
        [link("river", "upper"), link("upper", "j"), link("j", "field"), link("j", "dam"),
         link("field", "k"), link("dam", "k"), link("k", "town"), link("k", "sea")],
        {"upper": [0, 0], "dam": [5, 5]})


def test_a_return_that_bypasses_a_schedule_reservoir_is_a_fixed_inflow_below_it():
    s = bypass()
    assert zone_of(s, "field") == zone_of(s, "upper")
    assert zone_of(s, "k") == zone_of(s, "dam") != zone_of(s, "upper")
    r = simulate(s)
    assert r.mass_balance().ok
    # the upper reservoir releases for the field only (its 30); the town below the schedule
    # reservoir gets the dam's 5 and the field's return of 15, nothing released for it
    assert_allclose(r.series("release_mcm", "upper"), [30, 30], atol=1e-9)
    assert_allclose(r.series("delivery_mcm", "town"), [20, 20], atol=1e-9)


def test_a_demand_following_reservoir_serves_below_a_confluence_with_a_cut_tributary():
    s = scenario(
        [inflow("a", [0, 0]), reservoir("sched", 2, initial=50), inflow("b", [0, 0]),
         reservoir("follow", 2, initial=50, rule=DF), junction("confluence"),
         demand("town", [25, 25]), sink()],
        [link("a", "sched"), link("sched", "confluence"), link("b", "follow"),
         link("follow", "confluence"), link("confluence", "town"), link("confluence", "sea")],
        {"sched": [10, 10], "follow": [0, 0]})
    assert zone_of(s, "follow") == zone_of(s, "confluence") == zone_of(s, "sched")
    r = simulate(s)
    assert_allclose(r.series("release_mcm", "follow"), [15, 15], atol=1e-9)
    assert_allclose(r.series("delivery_mcm", "town"), [25, 25], atol=1e-9)


def test_travel_time_cuts_the_period():
    s = scenario(
        [inflow("river", [0, 0, 0]), reservoir("dam", 3, initial=50, rule=DF), junction("far"),
         demand("town", [10, 10, 10]), sink()],
        [link("river", "dam"), link("dam", "far", travel_time_periods=1), link("far", "town"),
         link("far", "sea")],
        {"dam": [0, 0, 0]})
    assert zone_of(s, "dam") != zone_of(s, "far")
    r = simulate(s)
    # the town is behind a link with travel time: no release is made for it
    assert_allclose(r.series("release_mcm", "dam"), [0, 0, 0], atol=1e-9)
    assert r.mass_balance().ok


def test_zones_without_demand_following_reservoirs_keep_the_sweep():
    s = bypass()
    plain = dataclasses.replace(s, nodes=tuple(
        dataclasses.replace(n, rule=OperatingRule()) if n.id == "upper" else n for n in s.nodes))
    net = compile_network(plain)
    assert not partition(net, AllocationPolicy.UPSTREAM_FIRST).any_allocated
    assert partition(net, AllocationPolicy.PROPORTIONAL).any_allocated
