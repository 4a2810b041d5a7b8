"""Laws of the allocation on random small networks (trees with return flows — at once or
through a drainage store, on one return link or split over two — reservoirs on the
demand-following or schedule rule, random priorities, limits, capacities, travel times,
both policies): every period is the lexicographic optimum of an independent programme
(tests/engine/alloc_reference), water is conserved, and nobody gets more than asked."""

from __future__ import annotations

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.engine.alloc_reference import PeriodProgramme
from tests.engine.build import (
    demand,
    inflow,
    junction,
    lake,
    link,
    min_flow,
    reservoir,
    scenario,
    sink,
)
from waterplanner.engine import simulate
from waterplanner.model import LevelAreaVolume, Scenario
from waterplanner.model.nodes import OperatingRule, RuleKind
from waterplanner.model.scenario import AllocationPolicy

volumes = st.floats(min_value=0.0, max_value=100.0, allow_nan=False)
DF = OperatingRule(kind=RuleKind.DEMAND_FOLLOWING)
LOSSES = st.sampled_from([0.0, 0.0, 0.02, 0.1, 0.25])
"""Losses from a few values: a loss of 1e-8 would make ties that only the solvers' tolerances
break, differently."""
RESIDENCES = st.sampled_from([0.0, 0.0, 0.3, 1.0, 4.0])
"""Drainage residence times (periods): none, quick, slow."""
SPLITS = st.sampled_from([(None,), (None,), (1.0,), (None, None), (0.4, 0.6), (0.25, None)])
"""Return shares of a demand's return links: one link, or two (the second to a sink)."""


@st.composite
def networks(draw: st.DrawFn, tree: bool = False, size: int = 6) -> Scenario:
    """A random river tree draining to the sea (or a lake), with demands returning below;
    ``tree``: ``upstream_first`` (the zones the riparian algorithm decides without the
    programme, unless a reservoir would spill)."""
    periods = draw(st.integers(1, 3))
    series = st.lists(volumes, min_size=periods, max_size=periods).map(tuple)
    nodes: list = [sink("out")]
    links: list = []
    schedules: dict[str, list[float]] = {}
    points = ["out"]
    if draw(st.booleans()):
        lav = LevelAreaVolume(level_m=(10.0, 20.0), area_km2=(1.0, 20.0), volume_mcm=(0.0, 500.0))
        nodes.append(lake("lake", periods, initial=draw(st.floats(0, 400)), lav=lav,
                          crest=draw(st.floats(11.0, 19.0)), evaporation_mm=draw(st.floats(0, 50))))
        links.append(link("lake", "out"))
        points = ["lake"]
    takes: list[str] = []
    spillway = False
    for k in range(draw(st.integers(1, size))):
        kind = draw(st.sampled_from(["follows", "follows", "schedule", "junction", "min_flow",
                                     "inflow"]))
        nid = f"n{k}"
        down = draw(st.sampled_from(points))
        if kind in ("follows", "schedule"):
            cap = draw(st.floats(10, 300))
            dead = draw(st.floats(0, 0.3)) * cap
            opmin = draw(st.none() | st.floats(0, 1).map(
                lambda f, d=dead, c=cap: min(c, max(d, d + f * (c - d)))))
            init = min(cap, dead + draw(st.floats(0, 1)) * (cap - dead))
            lav = LevelAreaVolume(level_m=(100.0, 150.0), area_km2=(draw(st.floats(0, 3)),
                                                                   draw(st.floats(3, 30))),
                                  volume_mcm=(0.0, cap))
            flood = draw(st.none() | st.lists(st.floats(dead, cap), min_size=periods,
                                               max_size=periods).map(tuple))
            nodes.append(reservoir(
                nid, periods, capacity=cap, dead=dead, initial=init, lav=lav,
                operating_minimum_mcm=opmin, flood_control_mcm=flood,
                evaporation_mm=draw(st.floats(0, 100)), seepage_m3s=draw(st.floats(0, 2)),
                min_release_m3s=draw(st.floats(0, 10)),
                max_release_m3s=draw(st.none() | st.floats(10, 60)),
                rule=DF if kind == "follows" else OperatingRule()))
            schedules[nid] = list(draw(series))
            points.append(nid)
            takes.append(nid)
        elif kind == "junction":
            nodes.append(junction(nid))
            points.append(nid)
            takes.append(nid)
        elif kind == "min_flow":
            nodes.append(min_flow(nid, list(draw(series))))
            points.append(nid)
            takes.append(nid)
        else:
            nodes.append(inflow(nid, list(draw(series))))
            takes.append(nid)
        cap_m3s = draw(st.none() | st.floats(1, 40)
                       | st.lists(st.floats(1, 40), min_size=periods, max_size=periods).map(tuple))
        links.append(link(nid, down, loss_fraction=draw(LOSSES),
                          travel_time_periods=draw(st.sampled_from([0, 0, 0, 1])),
                          capacity_m3s=cap_m3s))
        if cap_m3s is not None and draw(st.integers(0, 3)) == 0:
            if not spillway:
                nodes.append(sink("spillway"))
                spillway = True
            links.append(link(nid, "spillway", overflow=True,
                              capacity_m3s=draw(st.none() | st.floats(1, 40))))
    if not any(nd.kind.value == "inflow" for nd in nodes):
        nodes.append(inflow("src", list(draw(series))))
        links.append(link("src", points[-1]))
        takes.append("src")
    for k in range(draw(st.integers(1, max(4, size // 2)))):
        at = draw(st.sampled_from(takes))
        rf = draw(st.sampled_from([0.0, 0.0, 0.3, 0.7]))
        did = f"d{k}"
        residence = draw(RESIDENCES) if rf > 0 else 0.0
        held = draw(st.floats(0, 60)) if residence > 0 else 0.0
        nodes.append(demand(did, list(draw(series)), priority=draw(st.integers(1, 3)),
                            return_fraction=rf, limit_mcm=draw(st.none() | series),
                            drainage_residence_periods=residence, drainage_initial_mcm=held))
        links.append(link(at, did, loss_fraction=draw(LOSSES),
                          capacity_m3s=draw(st.none() | st.floats(0, 40))))
        if rf > 0:
            main = next(lk.target for lk in links
                        if lk.source == at and not lk.target.startswith("d") and not lk.overflow)
            shares = draw(SPLITS)
            links.append(link(did, main, travel_time_periods=draw(st.sampled_from([0, 0, 1])),
                              return_share=shares[0], loss_fraction=draw(LOSSES)))
            if len(shares) == 2:  # part of the return drains off elsewhere (Arnasai)
                if not any(nd.id == "drain" for nd in nodes):
                    nodes.append(sink("drain"))
                links.append(link(did, "drain", return_share=shares[1]))
    s = scenario(nodes, links, schedules, periods=periods)
    from dataclasses import replace
    if tree:
        return replace(s, allocation=AllocationPolicy.UPSTREAM_FIRST)
    return replace(s, allocation=draw(st.sampled_from(list(AllocationPolicy))))


SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@SETTINGS
@given(networks())
def test_every_period_is_the_lexicographic_optimum(s: Scenario):
    r = simulate(s)
    for t in range(s.time.periods):
        prog = PeriodProgramme(s, r, t)
        for level in prog.compare(r):
            assert level.agrees(1e-8 * prog.scale), \
                f"{s.allocation.value}, period {t}: {level}"


@SETTINGS
@given(networks())
def test_water_is_conserved_and_nobody_gets_more_than_asked(s: Scenario):
    r = simulate(s)
    mb = r.mass_balance()
    assert mb.ok, (mb.relative_residual, mb.worst_node())
    scale = np.maximum(mb.throughput_mcm, 1e-300)
    assert mb.relative_residual.max() < 1e-12    # drainage stores included
    assert (mb.node_residual_mcm.max(axis=1, initial=0.0) / scale).max() < 1e-12
    for nd in s.nodes:
        if nd.kind.value == "demand":
            got = r.series("delivery_mcm", nd.id)
            assert np.all(got <= np.asarray(nd.demand_mcm) + 1e-9)
            if nd.limit_mcm is not None:
                intake = next(lk for lk in s.links if lk.target == nd.id)
                taken = r.series("link_flow_mcm", intake.id)
                assert np.all(taken <= np.asarray(nd.limit_mcm) + 1e-9)
        if nd.kind.value == "reservoir":
            end = r.series("storage_mcm", nd.id)
            assert np.all(end <= nd.capacity_mcm + 1e-9) and np.all(end >= -1e-9)


@settings(max_examples=50, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(networks(tree=True, size=10))
def test_tree_zones_decided_without_the_programme_are_its_optimum(s: Scenario):
    """The riparian algorithm (tree-shaped upstream_first zones) against the independent
    programme, on larger trees where branches of reservoirs meet."""
    test_every_period_is_the_lexicographic_optimum.hypothesis.inner_test(s)
