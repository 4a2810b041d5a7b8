"""Each piece of physics against numbers worked out by hand."""

from __future__ import annotations

import numpy as np
import pytest
from numpy.testing import assert_allclose

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
from waterplanner.model import HydropowerPlant, LevelAreaVolume


def test_reservoir_fills_then_spills():
    s = scenario([inflow("river", [40, 40, 40]), reservoir("dam", 3, capacity=100, dead=10,
                                                            initial=50), sink()],
                 [link("river", "dam"), link("dam", "sea")], {"dam": [0, 0, 0]})
    r = simulate(s)
    assert_allclose(r.series("storage_mcm", "dam"), [90, 100, 100])
    assert_allclose(r.series("spill_mcm", "dam"), [0, 30, 40])
    assert_allclose(r.series("inflow_mcm", "sea"), [0, 30, 40])
    assert r.summary().mass_balance_ok


def test_release_stops_at_dead_storage():
    s = scenario([inflow("river", [0, 0, 5]), reservoir("dam", 3, dead=10, initial=20), sink()],
                 [link("river", "dam"), link("dam", "sea")], {"dam": [15, 15, 15]})
    r = simulate(s)
    assert_allclose(r.series("release_mcm", "dam"), [10, 0, 5])
    assert_allclose(r.series("storage_mcm", "dam"), [10, 10, 10])


def test_release_clipped_to_min_and_max_release():
    s0 = scenario([inflow("river", [50, 50]), reservoir("dam", 2, capacity=1000, initial=500),
                   sink()], [link("river", "dam"), link("dam", "sea")], {"dam": [0, 0]})
    secs = np.asarray(s0.time.seconds)
    s = s0.with_node(reservoir("dam", 2, capacity=1000, initial=500, min_release_m3s=5.0,
                               max_release_m3s=10.0)).with_schedule("dam", [0.0, 1000.0])
    r = simulate(s)
    assert_allclose(r.series("release_mcm", "dam"), [5 * secs[0] / 1e6, 10 * secs[1] / 1e6])


def test_flood_control_curve_forces_extra_release():
    s = scenario([inflow("river", [60, 60]),
                  reservoir("dam", 2, capacity=100, initial=50,
                            flood_control_mcm=(70.0, 100.0)), sink()],
                 [link("river", "dam"), link("dam", "sea")], {"dam": [10, 10]})
    r = simulate(s)
    # period 1: 50 + 60 - 10 = 100 > 70 → 30 more; period 2: 70 + 60 - 10 = 120 > 100 → 20 more
    assert_allclose(r.series("release_mcm", "dam"), [40, 30])
    assert_allclose(r.series("spill_mcm", "dam"), [0, 0])
    assert_allclose(r.series("storage_mcm", "dam"), [70, 100])


def test_flood_release_limited_by_maximum_release_then_spills():
    s0 = scenario([inflow("river", [60]), reservoir("dam", 1, capacity=100, initial=50), sink()],
                  [link("river", "dam"), link("dam", "sea")], {"dam": [10]})
    max_m3s = float(s0.time.mcm_to_m3s(15.0)[0])
    s = s0.with_node(reservoir("dam", 1, capacity=100, initial=50, max_release_m3s=max_m3s,
                               flood_control_mcm=(70.0,)))
    r = simulate(s)
    # 50 + 60 - 10 = 100 > 70, but only 5 more can be released: storage stays at 95, no spill
    assert r.series("release_mcm", "dam")[0] == pytest.approx(15)
    assert r.series("storage_mcm", "dam")[0] == pytest.approx(95)


def test_evaporation_from_start_of_period_area():
    lav = LevelAreaVolume(level_m=(0.0, 10.0), area_km2=(10.0, 20.0), volume_mcm=(0.0, 100.0))
    s = scenario([inflow("river", [0, 0]),
                  reservoir("dam", 2, initial=50, lav=lav, evaporation_mm=100), sink()],
                 [link("river", "dam"), link("dam", "sea")], {"dam": [0, 0]})
    r = simulate(s)
    # area at 50 Mm³ = 15 km²; 100 mm × 15 km² = 1.5 Mm³; then area at 48.5 = 14.85 km² → 1.485
    assert_allclose(r.series("evaporation_mcm", "dam"), [1.5, 1.485])
    assert_allclose(r.series("storage_mcm", "dam"), [48.5, 47.015])


def test_lag_of_two_periods_and_loss():
    s = scenario([inflow("river", [10, 20, 30, 40]), sink()],
                 [link("river", "sea", travel_time_periods=2, loss_fraction=0.1)])
    r = simulate(s)
    assert_allclose(r.series("inflow_mcm", "sea"), [0, 0, 9, 18])
    assert_allclose(r.series("link_loss_mcm", "river__sea"), [1, 2, 3, 4])
    assert_allclose(r.link_transit_end_mcm[0], [27 + 36])
    assert r.summary().mass_balance_ok


def test_water_in_transit_at_start_arrives_first():
    s = scenario([inflow("river", [10, 20, 30]), sink()],
                 [link("river", "sea", travel_time_periods=1, initial_flow_m3s=1.0)])
    r = simulate(s)
    first = s.time.m3s_to_mcm(1.0)[0]
    assert_allclose(r.series("inflow_mcm", "sea"), [first, 10, 20])
    assert r.summary().mass_balance_ok


def test_priority_first_then_proportional_sharing():
    nodes = [inflow("river", [100]), junction("point"),
             demand("a", [60], priority=1), demand("b", [30], priority=2),
             demand("c", [60], priority=2), sink()]
    links = [link("river", "point"), link("point", "a"), link("point", "b"), link("point", "c"),
             link("point", "sea")]
    r = simulate(scenario(nodes, links))
    assert_allclose(r.delivery_mcm[0, [r.node_index(x) for x in "abc"], 0],
                    [60, 40 / 3, 80 / 3])
    assert_allclose(r.series("shortfall_mcm", "c"), [60 - 80 / 3])
    assert_allclose(r.series("inflow_mcm", "sea"), [0], atol=1e-12)


def test_intake_loss_is_grossed_up_and_capacity_caps_it():
    nodes = [inflow("river", [100, 100]), junction("point"), demand("farm", [45, 45]), sink()]
    links = [link("river", "point"), link("point", "farm", loss_fraction=0.1),
             link("point", "sea")]
    s = scenario(nodes, links)
    r = simulate(s)
    assert_allclose(r.series("delivery_mcm", "farm"), [45, 45])
    assert_allclose(r.series("abstraction_mcm", "point"), [50, 50])
    cap = float(s.time.mcm_to_m3s(20.0)[0])
    capped = s.__class__(**{**s.__dict__, "links": (
        link("river", "point"), link("point", "farm", loss_fraction=0.1, capacity_m3s=cap),
        link("point", "sea"))})
    r2 = simulate(capped)
    assert r2.series("delivery_mcm", "farm")[0] == pytest.approx(18.0)


def test_minimum_flow_is_protected_from_abstraction():
    nodes = [inflow("river", [100, 20]), min_flow("gauge", [30, 30]), demand("farm", [90, 90]),
             sink()]
    links = [link("river", "gauge"), link("gauge", "farm"), link("gauge", "sea")]
    r = simulate(scenario(nodes, links))
    assert_allclose(r.series("delivery_mcm", "farm"), [70, 0])
    assert_allclose(r.series("outflow_mcm", "gauge"), [30, 20])
    assert_allclose(r.series("min_flow_deficit_mcm", "gauge"), [0, 10])


def test_return_flow_reenters_downstream():
    nodes = [inflow("river", [100]), junction("a"), demand("farm", [50], return_fraction=0.2),
             junction("b"), sink()]
    links = [link("river", "a"), link("a", "farm"), link("a", "b"), link("farm", "b"),
             link("b", "sea")]
    r = simulate(scenario(nodes, links))
    assert_allclose(r.series("return_flow_mcm", "farm"), [10])
    assert_allclose(r.series("inflow_mcm", "b"), [60])
    assert r.summary().mass_balance_ok


def test_lake_overflows_its_crest_with_capped_outlet():
    lav = LevelAreaVolume(level_m=(40.0, 42.0), area_km2=(100.0, 100.0),
                          volume_mcm=(0.0, 200.0))
    s = scenario([inflow("river", [150, 150]),
                  lake("aral", 2, initial=100, lav=lav, crest=41.0, evaporation_mm=100,
                       precipitation_mm=20), sink("large_aral")],
                 [link("river", "aral"), link("aral", "large_aral")])
    r = simulate(s)
    # area 100 km² → evaporation 10 Mm³, precipitation 2 Mm³; crest volume 100 Mm³
    assert_allclose(r.series("spill_mcm", "aral"), [142, 142])
    assert_allclose(r.series("level_m", "aral"), [41.0, 41.0])
    cap_m3s = float(s.time.mcm_to_m3s(50.0)[0])
    capped = s.with_node(lake("aral", 2, initial=100, lav=lav, crest=41.0, evaporation_mm=100,
                              precipitation_mm=20, max_outflow_m3s=cap_m3s))
    r2 = simulate(capped)
    assert r2.series("spill_mcm", "aral")[0] == pytest.approx(50.0)
    assert r2.series("storage_mcm", "aral")[0] == pytest.approx(192.0)
    assert r2.summary().mass_balance_ok


def test_energy_with_known_head():
    lav = LevelAreaVolume(level_m=(200.0, 220.0), area_km2=(0.0, 0.0), volume_mcm=(0.0, 1000.0))
    plant = HydropowerPlant(turbine_capacity_m3s=1000.0, installed_mw=1e6, efficiency=0.9,
                            tailwater_level_m=110.0)
    s0 = scenario([inflow("river", [0]), reservoir("dam", 1, capacity=1000, initial=500,
                                                    lav=lav, hydropower=plant), sink()],
                  [link("river", "dam"), link("dam", "sea")], {"dam": [0]})
    rel = float(s0.time.m3s_to_mcm(100.0)[0])  # 100 m³/s over October
    s = s0.with_node(reservoir("dam", 1, capacity=1000, initial=500 + rel / 2, lav=lav,
                               hydropower=plant)).with_schedule("dam", [rel])
    r = simulate(s)
    # mean storage 500 Mm³ → level 210 m, head 100 m; P = 0.9·9.81e-3·100·100 = 88.29 MW
    assert r.series("head_m", "dam")[0] == pytest.approx(100.0)
    assert r.series("energy_mwh", "dam")[0] == pytest.approx(88.29 * 744.0)
    assert r.summary().plant("dam").winter_gwh == pytest.approx(88.29 * 744.0 / 1000)


def test_turbine_and_installed_capacity_cap_energy():
    lav = LevelAreaVolume(level_m=(200.0, 220.0), area_km2=(0.0, 0.0), volume_mcm=(0.0, 1000.0))
    plant = HydropowerPlant(turbine_capacity_m3s=50.0, installed_mw=30.0, efficiency=0.9,
                            tailwater_level_m=110.0)
    s0 = scenario([inflow("river", [0]), reservoir("dam", 1, capacity=1000, initial=600,
                                                    lav=lav, hydropower=plant), sink()],
                  [link("river", "dam"), link("dam", "sea")], {"dam": [0]})
    s = s0.with_schedule("dam", [float(s0.time.m3s_to_mcm(100.0)[0])])
    r = simulate(s)
    assert r.series("turbine_flow_m3s", "dam")[0] == pytest.approx(50.0)
    assert r.series("energy_mwh", "dam")[0] == pytest.approx(30.0 * 744.0)


def test_spill_makes_no_energy():
    lav = LevelAreaVolume(level_m=(200.0, 220.0), area_km2=(0.0, 0.0), volume_mcm=(0.0, 1000.0))
    plant = HydropowerPlant(turbine_capacity_m3s=500.0, installed_mw=1e6, efficiency=0.9,
                            tailwater_level_m=110.0)
    s = scenario([inflow("river", [500]), reservoir("dam", 1, capacity=1000, initial=1000,
                                                     lav=lav, hydropower=plant), sink()],
                 [link("river", "dam"), link("dam", "sea")], {"dam": [0]})
    r = simulate(s)
    assert r.series("spill_mcm", "dam")[0] == pytest.approx(500)
    assert r.series("energy_mwh", "dam")[0] == 0.0


def test_overflow_route_takes_what_exceeds_main_capacity():
    days = 31 * 86400 / 1e6  # October: Mm³ per m³/s
    s = scenario([inflow("river", [100, 30]), junction("dam"), sink("lower"), sink("arnasai")],
                 [link("river", "dam"), link("dam", "lower", capacity_m3s=40.0 / days),
                  link("dam", "arnasai", overflow=True, capacity_m3s=50.0 / days)])
    r = simulate(s)
    # 100 → 40 down the river, 50 to the overflow, the last 10 stays in the river (exceedance)
    assert r.series("inflow_mcm", "arnasai")[0] == pytest.approx(50)
    assert r.series("inflow_mcm", "lower")[0] == pytest.approx(50)
    assert r.series("link_excess_mcm", "dam__lower")[0] == pytest.approx(10)
    assert r.series("inflow_mcm", "lower")[1] == pytest.approx(30)
    assert r.summary().link_excess_mcm == {"dam__lower": pytest.approx(10)}


def test_ensemble_members_equal_single_runs():
    s = scenario([inflow("river", [40, 80, 20]), reservoir("dam", 3, capacity=100, dead=10),
                  demand("farm", [30, 30, 30], return_fraction=0.3), sink()],
                 [link("river", "dam"), link("dam", "farm"), link("dam", "sea"),
                  link("farm", "sea")], {"dam": [35, 35, 35]})
    members = np.array([[40, 80, 20], [0, 0, 0], [200, 10, 5.5]], dtype=float)
    ens = simulate(s, inflows={"river": members})
    assert ens.members == 3
    for k in range(3):
        single = simulate(s, inflows={"river": members[k]})
        for q in ("storage_mcm", "delivery_mcm", "spill_mcm", "link_flow_mcm"):
            assert_allclose(getattr(ens, q)[k], getattr(single, q)[0], rtol=0, atol=0)
    assert ens.mass_balance().ok


def test_release_override_and_inflow_set_errors():
    s = scenario([inflow("river", [40, 80]), reservoir("dam", 2), sink()],
                 [link("river", "dam"), link("dam", "sea")], {"dam": [10, 10]})
    r = simulate(s, release_mcm={"dam": [0.0, 0.0]})
    assert_allclose(r.series("release_mcm", "dam"), [0, 0])
    with pytest.raises(ValueError, match="unknown inflow set"):
        simulate(s, "wet")
    with pytest.raises(ValueError, match="shape"):
        simulate(s, inflows={"river": [1.0, 2.0, 3.0]})
