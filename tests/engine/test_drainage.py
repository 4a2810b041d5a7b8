"""Year-round drainage returns: a demand's return through a linear drainage store (released
α = 1 − exp(−1/k) of its start-of-period content each period, then recharged) and split over
several return links — worked by hand, in both allocation policies, against the shipped
scenarios (no store, one return link: unchanged), and in the optimiser's programme."""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import replace

import numpy as np
import pytest
from numpy.testing import assert_allclose

from tests.engine.build import demand, inflow, junction, link, reservoir, scenario, sink
from tests.engine.optimise.opt_helpers import NO_CARRY_OVER
from waterplanner.engine import simulate
from waterplanner.engine.optimise import optimise
from waterplanner.engine.optimise.context import make_context
from waterplanner.engine.optimise.problem import build
from waterplanner.engine.optimise.solve import point_from
from waterplanner.engine.results import NODE_QUANTITIES
from waterplanner.export.csv_results import quantity_csv
from waterplanner.model import LevelAreaVolume
from waterplanner.model.drainage import equilibrium_store_mcm, release_fraction
from waterplanner.model.fileio import load_shipped_scenario, shipped_scenarios
from waterplanner.model.nodes import OperatingRule, RuleKind
from waterplanner.model.objectives_document import with_optimisation_spec
from waterplanner.model.scenario import AllocationPolicy

HALF = 1.0 / math.log(2.0)
"""A residence time whose store releases half its content each period (α = 0.5)."""
POLICIES = list(AllocationPolicy)


def farm(residence: float = HALF, held: float = 10.0, shares: tuple = (None,),
         follows: bool = False, policy: AllocationPolicy = AllocationPolicy.UPSTREAM_FIRST):
    """River 100 per period → (a reservoir) → head; the farm takes 40, 20, 0 at the head and
    returns half of it through its drainage store (10 at the start) to the junction below
    (and, with two shares, the rest to a drain)."""
    nodes = [inflow("river", [100.0, 100.0, 100.0]), junction("head"), junction("below"),
             demand("farm", [40.0, 20.0, 0.0], return_fraction=0.5,
                    drainage_residence_periods=residence, drainage_initial_mcm=held),
             sink("sea")]
    links = [link("head", "farm"), link("head", "below"), link("below", "sea")]
    schedules = {}
    if follows:
        lav = LevelAreaVolume(level_m=(0.0, 10.0), area_km2=(0.0, 0.0), volume_mcm=(0.0, 500.0))
        nodes.append(reservoir("dam", 3, capacity=500.0, dead=0.0, initial=50.0, lav=lav,
                               rule=OperatingRule(kind=RuleKind.DEMAND_FOLLOWING)))
        links += [link("river", "dam"), link("dam", "head")]
        schedules["dam"] = [0.0] * 3
    else:
        links.append(link("river", "head"))
    links.append(link("farm", "below", return_share=shares[0]))
    if len(shares) == 2:
        nodes.append(sink("drain"))
        links.append(link("farm", "drain", return_share=shares[1]))
    return replace(scenario(nodes, links, schedules, periods=3), allocation=policy)


@pytest.mark.parametrize("policy", POLICIES)
@pytest.mark.parametrize("follows", [False, True])
def test_three_periods_by_hand(policy: AllocationPolicy, follows: bool) -> None:
    # α = 0.5. Period 1: returns 0.5·10 = 5, store 10 − 5 + 0.5·40 = 25.
    # Period 2: returns 12.5, store 25 − 12.5 + 0.5·20 = 22.5. Period 3: returns 11.25,
    # store 11.25 (nothing delivered). Below the farm: the river's rest plus the return
    # (a demand-following dam keeps the rest: only the return reaches the sea).
    assert release_fraction(HALF) == pytest.approx(0.5, abs=1e-15)
    r = simulate(farm(follows=follows, policy=policy))
    tol = 1e-9 if follows and policy is AllocationPolicy.PROPORTIONAL else 1e-13  # solver
    assert_allclose(r.series("delivery_mcm", "farm"), [40.0, 20.0, 0.0], rtol=tol)
    assert_allclose(r.series("return_flow_mcm", "farm"), [5.0, 12.5, 11.25], rtol=tol)
    assert_allclose(r.series("drainage_storage_mcm", "farm"), [25.0, 22.5, 11.25], rtol=tol)
    rest = np.array([0.0, 0.0, 0.0]) if follows else np.array([60.0, 80.0, 100.0])
    assert_allclose(r.series("inflow_mcm", "sea"), rest + [5.0, 12.5, 11.25], rtol=tol)
    assert np.isnan(r.series("drainage_storage_mcm", "head")).all()
    mb = r.mass_balance()
    assert mb.ok and mb.relative_residual.max() < 1e-12
    assert float(mb.node_residual_mcm.max()) < 1e-12 * float(mb.throughput_mcm[0])
    # 300 in + 10 in store = 30 consumed (half of 60 delivered) + 268.75 at sea + 11.25 held
    assert r.initial_drainage_mcm[r.node_index("farm")] == 10.0
    if not follows:
        assert 310.0 == pytest.approx(30.0 + r.series("inflow_mcm", "sea").sum() + 11.25)


@pytest.mark.parametrize("shares, expected", [((0.4, 0.6), (0.4, 0.6)),
                                              ((None, None), (0.5, 0.5)),
                                              ((0.25, None), (0.25, 0.75)),
                                              ((1.0, 0.0), (1.0, 0.0))])
@pytest.mark.parametrize("residence", [0.0, HALF])
def test_shares_split_the_return(shares: tuple, expected: tuple, residence: float) -> None:
    r = simulate(farm(residence=residence, held=10.0 if residence else 0.0, shares=shares))
    total = r.series("return_flow_mcm", "farm")
    river = r.series("link_flow_mcm", "farm__below")
    drain = r.series("link_flow_mcm", "farm__drain")
    assert_allclose(river, total * expected[0], rtol=1e-15, atol=0.0)
    assert_allclose(drain, total * expected[1], rtol=1e-15, atol=0.0)
    assert_allclose(r.series("inflow_mcm", "drain"), drain, rtol=0, atol=0)
    if not residence:  # at once: half of what is delivered, in the same period
        assert_allclose(total, [20.0, 10.0, 0.0], rtol=1e-15)
    assert r.mass_balance().relative_residual.max() < 1e-12


def test_no_store_and_one_return_link_mean_what_they_always_meant() -> None:
    """Saying the defaults aloud (residence 0, share 1 on each demand's only return link)
    changes no bit of the shipped scenarios' results, in either policy."""
    for name in shipped_scenarios():
        shipped = load_shipped_scenario(name)       # its zones drain through stores: take
        s = replace(shipped, nodes=tuple(          # them out, then say the defaults aloud
            replace(nd, drainage_residence_periods=0.0, drainage_initial_mcm=0.0)
            if nd.kind.value == "demand" else nd for nd in shipped.nodes))
        returns = Counter(lk.source for lk in s.links if s.node(lk.source).kind.value == "demand")
        said = replace(s, links=tuple(
            replace(lk, return_share=1.0) if returns.get(lk.source) == 1 else lk
            for lk in s.links))
        for policy in POLICIES:
            a = simulate(replace(s, allocation=policy))
            b = simulate(replace(said, allocation=policy))
            for q in NODE_QUANTITIES:
                assert np.array_equal(getattr(a, q.name), getattr(b, q.name), equal_nan=True), q
            assert np.array_equal(a.link_flow_mcm, b.link_flow_mcm)
            assert np.isnan(a.drainage_storage_mcm).all()


def test_a_store_started_in_equilibrium_stays_there() -> None:
    k = 3.0
    recharge = 0.5 * 40.0
    held = equilibrium_store_mcm(recharge, k)
    assert held == pytest.approx(recharge / (1.0 - math.exp(-1.0 / k)), rel=1e-14)
    assert equilibrium_store_mcm(recharge, 0.0) == 0.0
    s = farm(residence=k, held=held)
    s = s.with_node(replace(s.node("farm"), demand_mcm=(40.0, 40.0, 40.0)))
    r = simulate(s)
    assert_allclose(r.series("return_flow_mcm", "farm"), [recharge] * 3, rtol=1e-12)
    assert_allclose(r.series("drainage_storage_mcm", "farm"), [held] * 3, rtol=1e-12)


def test_a_long_residence_returns_water_slowly_and_keeps_it() -> None:
    quick = simulate(farm(residence=0.3, held=0.0))
    slow = simulate(farm(residence=30.0, held=0.0))
    assert quick.series("return_flow_mcm", "farm")[0] == 0.0  # delivered water returns later
    assert slow.series("return_flow_mcm", "farm").sum() < \
        quick.series("return_flow_mcm", "farm").sum()
    assert slow.series("drainage_storage_mcm", "farm")[-1] > \
        quick.series("drainage_storage_mcm", "farm")[-1]


def test_the_store_is_exported_only_where_there_is_one() -> None:
    q = next(q for q in NODE_QUANTITIES if q.name == "drainage_storage_mcm")
    text = quantity_csv(simulate(farm()), q)
    assert text is not None
    assert text.splitlines()[0].split(",")[2:] == ["farm [Mm³]"]
    assert quantity_csv(simulate(farm(residence=0.0, held=0.0)), q) is None


def test_the_programme_returns_what_the_simulator_returns() -> None:
    """With the releases and intakes fixed to a simulated schedule, the optimiser's rows
    (the store as a variable per period) give the simulator's return on every link."""
    s = farm(follows=False, shares=(0.4, 0.6))
    s = replace(s, nodes=tuple(replace(nd, drainage_residence_periods=2.0)
                               if nd.id == "farm" else nd for nd in s.nodes))
    sim = simulate(s)
    ctx = make_context(s, NO_CARRY_OVER, None)
    built = build(ctx, point_from(ctx, sim, None), energy=False, scale=1.0)
    X = built.idx.X
    net = ctx.net
    intake = net.link_position["head__farm"]
    fixed = sim.series("link_flow_mcm", "head__farm")
    built.lp.tighten(X[intake], lb=fixed, ub=fixed)
    sol = built.lp.solve()
    assert sol.ok
    for lid in ("farm__below", "farm__drain"):
        got = sol.x[X[net.link_position[lid]]]
        assert_allclose(got, sim.series("link_flow_mcm", lid), rtol=1e-9, atol=1e-9)


def test_optimised_schedule_agrees_with_its_simulation() -> None:
    """A reservoir upstream of a farm whose drainage reaches a city below: the optimiser's
    plan, simulated, delivers what the optimiser said (the self-check)."""
    lav = LevelAreaVolume(level_m=(0.0, 10.0), area_km2=(0.0, 0.0), volume_mcm=(0.0, 500.0))
    nodes = [inflow("river", [30.0, 10.0, 0.0, 0.0]),
             reservoir("dam", 4, capacity=500.0, dead=0.0, initial=60.0, lav=lav),
             junction("head"), junction("below"),
             demand("farm", [30.0, 30.0, 10.0, 0.0], return_fraction=0.6,
                    drainage_residence_periods=1.5, drainage_initial_mcm=20.0),
             demand("city", [20.0, 20.0, 20.0, 20.0]), sink("sea"), sink("drain")]
    links = [link("river", "dam"), link("dam", "head"), link("head", "farm"),
             link("head", "below"), link("farm", "below", return_share=0.7),
             link("farm", "drain", return_share=0.3), link("below", "city"),
             link("below", "sea")]
    s = scenario(nodes, links, {"dam": [0.0] * 4}, periods=4)
    r = optimise(with_optimisation_spec(s, NO_CARRY_OVER))
    assert r.self_check.passed, r.self_check.summary()
    assert r.self_check.max_delivery_diff_mcm < 1e-6
    assert r.objective_after <= r.objective_before + 1e-9


def test_the_summary_says_where_water_left_the_basin_and_from_where() -> None:
    """Arnasai receives the Hungry Steppe's drainage (nine tenths of it) and what Shardara
    cannot pass down the lower Syr: the summary gives each sink's total, its winter part and
    what came along each incoming link, adding up."""
    s = load_shipped_scenario()
    r = simulate(s)
    arnasai = next(k for k in r.summary().sinks if k.node_id == "arnasai")
    assert set(arnasai.by_source_mcm) == {"hungry_steppe", "shardara"}
    assert sum(arnasai.by_source_mcm.values()) == pytest.approx(arnasai.inflow_mcm, rel=1e-12)
    drained = float(np.sum(r.series("return_flow_mcm", "hungry_steppe")))
    assert arnasai.by_source_mcm["hungry_steppe"] == pytest.approx(0.9 * drained, rel=1e-9)
    assert 0 < arnasai.winter_mcm < arnasai.inflow_mcm
