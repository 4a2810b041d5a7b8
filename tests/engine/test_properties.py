"""Laws that hold for any valid network: water is conserved, storage stays within bounds,
deliveries never exceed what was asked or what was there, and runs are deterministic."""

from __future__ import annotations

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

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
from waterplanner.model import HydropowerPlant, LevelAreaVolume, Scenario

volumes = st.floats(min_value=0.0, max_value=500.0, allow_nan=False)


@st.composite
def networks(draw: st.DrawFn, with_losses: bool = True) -> Scenario:
    """A random river tree: every new node drains into an existing one, so it is acyclic."""
    periods = draw(st.integers(1, 8))
    series = st.lists(volumes, min_size=periods, max_size=periods)
    nodes: list = []
    links: list = []
    schedules: dict[str, list[float]] = {}
    use_lake = draw(st.booleans())
    if use_lake:
        lav = LevelAreaVolume(level_m=(10.0, 20.0, 25.0), area_km2=(1.0, 50.0, 80.0),
                              volume_mcm=(0.0, 400.0, 900.0))
        nodes += [lake("lake", periods, initial=draw(st.floats(0, 900)), lav=lav,
                       crest=draw(st.floats(12.0, 24.0)),
                       evaporation_mm=draw(st.floats(0, 300)),
                       precipitation_mm=draw(st.floats(0, 50)),
                       max_outflow_m3s=draw(st.none() | st.floats(0, 500))), sink("out")]
        links.append(link("lake", "out"))
        river_points = ["lake"]
    else:
        nodes.append(sink("out"))
        river_points = ["out"]
    demand_points: list[str] = []
    n = draw(st.integers(1, 8))
    for k in range(n):
        kind = draw(st.sampled_from(["reservoir", "junction", "min_flow", "inflow"]))
        nid = f"n{k}"
        down = draw(st.sampled_from(river_points))
        loss = draw(st.floats(0, 0.5)) if with_losses else 0.0
        lag = draw(st.integers(0, 2))
        if kind == "reservoir":
            cap = draw(st.floats(10, 1000))
            dead = draw(st.floats(0, 1)) * cap
            init = min(cap, dead + draw(st.floats(0, 1)) * (cap - dead))
            lav = LevelAreaVolume(level_m=(100.0, 150.0), area_km2=(draw(st.floats(0, 5)),
                                                                   draw(st.floats(5, 50))),
                                  volume_mcm=(0.0, cap))
            plant = draw(st.none() | st.builds(
                HydropowerPlant, turbine_capacity_m3s=st.floats(1, 500),
                installed_mw=st.floats(1, 500), efficiency=st.floats(0.5, 0.95),
                tailwater_level_m=st.floats(50, 140)))
            fc = draw(st.none() | st.lists(st.floats(dead, cap), min_size=periods,
                                           max_size=periods).map(tuple))
            nodes.append(reservoir(nid, periods, capacity=cap, dead=dead, initial=init, lav=lav,
                                   evaporation_mm=draw(st.floats(0, 200)), hydropower=plant,
                                   flood_control_mcm=fc,
                                   seepage_m3s=draw(st.floats(0, 5)),
                                   min_release_m3s=draw(st.floats(0, 20)),
                                   max_release_m3s=draw(st.none() | st.floats(20, 500))))
            schedules[nid] = draw(series)
            river_points.append(nid)
            demand_points.append(nid)
        elif kind == "junction":
            nodes.append(junction(nid))
            river_points.append(nid)
            demand_points.append(nid)
        elif kind == "min_flow":
            nodes.append(min_flow(nid, draw(series)))
            river_points.append(nid)
            demand_points.append(nid)
        else:
            nodes.append(inflow(nid, draw(series)))
            demand_points.append(nid)
        links.append(link(nid, down, loss_fraction=loss, travel_time_periods=lag,
                          initial_flow_m3s=draw(st.floats(0, 10)) if lag else 0.0))
        if not any(lk.source == nid for lk in links[:-1]) and kind != "inflow":
            pass
    sources = [nd.id for nd in nodes if nd.kind.value == "inflow"]
    if not sources:
        nodes.append(inflow("src", draw(series)))
        links.append(link("src", river_points[-1]))
        demand_points.append("src")
    for k in range(draw(st.integers(0, 4))):
        at = draw(st.sampled_from(demand_points))
        rf = draw(st.floats(0, 1))
        did = f"d{k}"
        nodes.append(demand(did, draw(series), priority=draw(st.integers(1, 3)),
                            return_fraction=rf))
        links.append(link(at, did, loss_fraction=draw(st.floats(0, 0.5)) if with_losses else 0.0,
                          capacity_m3s=draw(st.none() | st.floats(0, 200))))
        if rf > 0:
            main = next(lk.target for lk in links if lk.source == at and not
                        lk.target.startswith("d")) if at != "lake" else "out"
            links.append(link(did, main, travel_time_periods=draw(st.integers(0, 1))))
    return scenario(nodes, links, schedules, periods=periods)


SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@SETTINGS
@given(networks())
def test_water_is_conserved(s: Scenario):
    r = simulate(s)
    mb = r.mass_balance()
    assert mb.ok, (mb.system_residual_mcm, mb.worst_node(), mb.link_residual_mcm)


@SETTINGS
@given(networks())
def test_storage_stays_within_physical_bounds(s: Scenario):
    r = simulate(s)
    for nd in s.reservoirs:
        st_ = r.series("storage_mcm", nd.id)
        assert np.all(st_ <= nd.capacity_mcm * (1 + 1e-12) + 1e-9)
        assert np.all(st_ >= -1e-9)
        # Below dead storage only by what evaporation and seepage took; releases never go there.
        prev = r.storage_with_initial(nd.id)[:-1]
        went_below = st_ < nd.dead_storage_mcm - 1e-9
        if np.any(went_below):
            assert np.all(r.series("release_mcm", nd.id)[went_below] <= 1e-9)
            assert np.all(prev[went_below] + r.series("inflow_mcm", nd.id)[went_below]
                          - r.series("evaporation_mcm", nd.id)[went_below]
                          - r.series("seepage_mcm", nd.id)[went_below]
                          <= nd.dead_storage_mcm + 1e-9)


@SETTINGS
@given(networks())
def test_deliveries_bounded_by_demand_and_available_flow(s: Scenario):
    r = simulate(s)
    for nd in s.nodes:
        if nd.kind.value != "demand":
            continue
        d = r.series("delivery_mcm", nd.id)
        assert np.all(d >= -1e-12)
        assert np.all(d <= np.asarray(nd.demand_mcm) * (1 + 1e-12) + 1e-9)
    for nd in s.nodes:
        taken = r.series("abstraction_mcm", nd.id)
        if nd.kind.value == "reservoir":
            there = r.series("release_mcm", nd.id) + r.series("spill_mcm", nd.id)
        else:
            there = r.series("inflow_mcm", nd.id)
        assert np.all(taken <= there * (1 + 1e-12) + 1e-9)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(networks())
def test_same_input_gives_identical_output(s: Scenario):
    a, b = simulate(s), simulate(s)
    for q in ("storage_mcm", "delivery_mcm", "energy_mwh", "link_flow_mcm", "level_m"):
        np.testing.assert_array_equal(getattr(a, q), getattr(b, q))
