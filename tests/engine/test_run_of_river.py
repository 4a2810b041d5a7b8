"""Run-of-river plants on links: energy from the flow entering the link, worked by hand."""

from __future__ import annotations

import numpy as np
import pytest

from tests.engine.build import inflow, junction, link, sink
from tests.engine.build import scenario as build
from waterplanner.engine.simulate import simulate
from waterplanner.export.csv_results import quantity_csv, write_results
from waterplanner.model.nodes import RunOfRiverPlant

OCT, NOV, DEC = 31 * 86_400, 30 * 86_400, 31 * 86_400
"""Seconds of October, November and December."""

BIG = RunOfRiverPlant(id="kurpsai", name="Kurpsai", head_m=50.0, turbine_capacity_m3s=250.0,
                      installed_mw=1000.0, efficiency=0.9)
"""Its turbines bind above 250 m³/s, never its installed power."""
SMALL = RunOfRiverPlant(id="shamaldy", name="Shamaldy-Say", head_m=50.0,
                        turbine_capacity_m3s=250.0, installed_mw=60.0, efficiency=0.9,
                        country="UZ")
"""The same turbines, but at most 60 MW."""


def _cascade(flows_m3s: list[float], **link_kw):
    """A river at ``flows_m3s`` (Oct, Nov, Dec) through a reach with both plants."""
    volumes = [q * s / 1e6 for q, s in zip(flows_m3s, (OCT, NOV, DEC), strict=True)]
    return build([inflow("naryn", volumes, country="KG"), junction("weir"), sink()],
                 [link("naryn", "weir", plants=(BIG, SMALL), **link_kw), link("weir", "sea")])


def test_energy_below_and_above_turbine_capacity_and_at_the_installed_cap():
    r = simulate(_cascade([100.0, 300.0, 1000.0]))
    assert r.plant_ids == ("kurpsai", "shamaldy")
    big, small = r.plant_index("kurpsai"), r.plant_index("shamaldy")
    # October: 100 m³/s, all through the turbines: P = 0.9 · 9.81e-3 · 100 · 50 = 44.145 MW
    # November and December: turbines full at 250 m³/s: P = 110.3625 MW; SMALL capped at 60
    assert r.run_of_river_turbine_m3s[0, big] == pytest.approx([100.0, 250.0, 250.0])
    assert r.run_of_river_power_mw[0, big] == pytest.approx([44.145, 110.3625, 110.3625])
    assert r.run_of_river_power_mw[0, small] == pytest.approx([44.145, 60.0, 60.0])
    hours = np.array([744.0, 720.0, 744.0])
    assert r.run_of_river_energy_mwh[0, big] == pytest.approx(
        np.array([44.145, 110.3625, 110.3625]) * hours)
    assert r.series("run_of_river_energy_mwh", "shamaldy") == pytest.approx(
        np.array([44.145, 60.0, 60.0]) * hours)


def test_the_plants_are_plants_of_the_summary_clearly_labelled_and_counted_by_country():
    r = simulate(_cascade([100.0, 300.0, 1000.0]))
    s = r.summary()
    big, small = s.plant("kurpsai"), s.plant("shamaldy")
    assert big.name == "Kurpsai (run-of-river)" and big.kind == "run_of_river"
    assert big.link_id == "naryn__weir"
    assert big.country == "KG", "no country of its own: the country of the link's source node"
    assert small.country == "UZ"
    energy_gwh = r.run_of_river_energy_mwh[0].sum(axis=1) / 1000
    assert big.energy_gwh == pytest.approx(energy_gwh[0])
    assert big.winter_gwh == pytest.approx(big.energy_gwh) and big.summer_gwh == 0.0
    assert s.energy_gwh == pytest.approx(energy_gwh.sum())
    assert s.country("KG").energy_gwh == pytest.approx(big.energy_gwh)
    assert s.country("UZ").energy_gwh == pytest.approx(small.energy_gwh)


def test_the_plant_uses_the_flow_entering_its_link_not_what_arrives_later():
    r = simulate(_cascade([100.0, 300.0, 1000.0], travel_time_periods=1, loss_fraction=0.5,
                          initial_flow_m3s=20.0))
    big = r.plant_index("kurpsai")
    assert r.series("link_arrival_mcm", "naryn__weir")[0] == pytest.approx(20.0 * OCT / 1e6)
    assert r.run_of_river_turbine_m3s[0, big] == pytest.approx([100.0, 250.0, 250.0])


def test_every_ensemble_member_has_its_own_energy():
    s = _cascade([100.0, 300.0, 1000.0])
    members = np.array([[100.0 * OCT, 0.0, 50.0 * DEC], [200.0 * OCT, 250.0 * NOV, 0.0]]) / 1e6
    r = simulate(s, inflows={"naryn": members})
    assert r.run_of_river_energy_mwh.shape == (2, 2, 3)
    assert r.run_of_river_turbine_m3s[:, 0] == pytest.approx(
        np.array([[100.0, 0.0, 50.0], [200.0, 250.0, 0.0]]))
    assert r.run_of_river_power_mw[1, 1, 0] == pytest.approx(60.0)
    assert r.summary(1).plant("kurpsai").energy_gwh == pytest.approx(
        r.run_of_river_energy_mwh[1, 0].sum() / 1000)


def test_a_scenario_without_plants_has_an_empty_plant_axis_and_no_file(tmp_path):
    s = build([inflow("river", [10.0, 20.0]), sink()], [link("river", "sea")])
    r = simulate(s)
    assert r.plant_ids == ()
    assert r.run_of_river_energy_mwh.shape == (1, 0, 2)
    assert all(p.kind == "reservoir" for p in r.summary().plants)
    names = {p.name for p in write_results(r, tmp_path)}
    assert not any(n.startswith("run_of_river") for n in names)


def test_the_csv_has_a_column_per_plant():
    r = simulate(_cascade([100.0, 300.0, 1000.0]))
    from waterplanner.engine.results import PLANT_QUANTITIES
    energy = next(q for q in PLANT_QUANTITIES if q.name == "run_of_river_energy_mwh")
    text = quantity_csv(r, energy)
    assert text is not None
    header, first = text.splitlines()[:2]
    assert header == "period_start,period,kurpsai [MWh],shamaldy [MWh]"
    assert float(first.split(",")[2]) == pytest.approx(44.145 * 744.0)
