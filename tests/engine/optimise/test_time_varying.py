"""Time-varying limits reach the optimiser through the compiled per-period arrays: a
seasonal channel capacity binds only in its low periods, and a demand's limit caps its
intake (hand-worked)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.engine.optimise.opt_helpers import NO_CARRY_OVER, m3s, reservoir, scenario
from waterplanner.engine.optimise import optimise
from waterplanner.engine.optimise.context import make_context
from waterplanner.engine.optimise.problem import build
from waterplanner.engine.optimise.solve import point_from
from waterplanner.model import DemandNode, InflowNode, JunctionNode, SinkNode
from waterplanner.model.scenario import Scenario


def channel(capacity_mcm: tuple[float, ...]) -> Scenario:
    """A dam holding 400 Mm³ releases down a channel (capacity per day) to a junction
    where a farm asks 50 Mm³ a day; the rest goes to the sea."""
    t = len(capacity_mcm)
    nodes = [InflowNode(id="river", name="River", inflow_mcm={"base": (0.0,) * t}),
             reservoir("dam", 1000.0, 400.0, t),
             JunctionNode(id="head", name="Canal head"),
             DemandNode(id="farm", name="Farm", demand_mcm=(50.0,) * t),
             SinkNode(id="sea", name="Sea")]
    s = scenario(nodes, [("river", "dam"), ("dam", "head"), ("head", "farm"),
                         ("head", "sea")], {"dam": (50.0,) * t}, t, NO_CARRY_OVER)
    links = tuple(replace(lk, capacity_m3s=tuple(m3s(c) for c in capacity_mcm))
                  if lk.id == "dam__head" else lk for lk in s.links)
    return replace(s, links=links)


def test_a_seasonal_channel_capacity_binds_only_in_its_low_periods() -> None:
    s = channel((10.0, 10.0, 100.0, 100.0))
    r = optimise(s)
    # the farm gets what the channel carries: 10, 10, then its whole 50
    assert r.release_mcm["dam"] == pytest.approx([10.0, 10.0, 50.0, 50.0], abs=1e-6)
    assert r.shortfalls[0].after_mcm == pytest.approx(80.0, abs=1e-6)
    (cap,) = [b for b in r.binding if b.kind == "link_capacity"]
    labels = s.time.labels()
    assert cap.periods == (labels[0], labels[1])
    # one more Mm³ of room in a low day is one Mm³ less shortfall
    assert cap.shadow_price == pytest.approx(1.0, rel=1e-3)
    assert "limit:link_capacity" not in r.penalties_after
    assert r.self_check.passed


def test_a_demand_limit_caps_the_intake_in_the_lp() -> None:
    s = channel((100.0, 100.0, 40.0))
    farm = next(n for n in s.nodes if n.id == "farm")
    nodes = tuple(replace(n, limit_mcm=(30.0, 60.0, 50.0)) if n is farm else n
                  for n in s.nodes)
    limited = replace(s, nodes=nodes)
    ctx = make_context(limited, NO_CARRY_OVER, None)
    intake = [lk.id for lk in limited.links].index("head__farm")
    # min(demand 50 grossed up for no loss, capacity none, limit)
    assert list(ctx.intake_want(intake)) == [30.0, 50.0, 50.0]
    built = build(ctx, point_from(ctx, ctx.planned, None), False, 1.0)
    assert list(built.lp.upper[built.idx.X[intake]]) == [30.0, 50.0, 50.0]
