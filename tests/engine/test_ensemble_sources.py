"""Ensembles from every source: the record (index-sequential), stored members, the default
generator; name and member look-ups; and every member simulated with its water accounted
for."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import numpy as np
import pytest

from tests.engine.build import inflow, link, scenario, sink
from waterplanner.engine import check_mass_balance, simulate
from waterplanner.engine.ensemble import chunk, ensemble_names, members
from waterplanner.model.ensembles import (
    DEFAULT_ENSEMBLE_NAME,
    Ensemble,
    GeneratorSource,
    MembersSource,
    RecordSource,
)
from waterplanner.model.fileio import load_shipped_scenario, shipped_scenarios
from waterplanner.model.horizon import repeat_years
from waterplanner.model.nodes import InflowNode
from waterplanner.model.timebase import Step


def three_year_record():
    """The default scenario over three water years, year j of the median set (1 + j) times
    the median year."""
    s = repeat_years(load_shipped_scenario(), 3)
    factor = np.repeat([1.0, 2.0, 3.0], 12)
    nodes = tuple(replace(n, inflow_mcm={**n.inflow_mcm, "median": tuple(
        np.asarray(n.inflow_mcm["median"]) * factor)}) if isinstance(n, InflowNode) else n
        for n in s.nodes)
    return replace(s, nodes=nodes, ensembles=(
        Ensemble(name="rec", label="Record", source=RecordSource(set="median")),))


def test_record_members_are_index_sequential_and_wrap_round():
    s = three_year_record()
    e = members(s, "rec")
    assert e.members == 3 and e.seed is None and e.label == "Record"
    base = np.asarray(load_shipped_scenario().node("naryn").inflow_mcm["median"])
    for k in range(3):
        years = e.inflow_mcm["naryn"][k].reshape(3, 12) / base
        np.testing.assert_allclose(years, [[1 + (k + j) % 3] * 12 for j in range(3)])
    assert np.array_equal(chunk(s, "rec", 1, 3).inflow_mcm["arys"], e.inflow_mcm["arys"][1:])
    assert members(s, "rec", members=2).members == 2
    with pytest.raises(ValueError, match=r"has 3 members \(the water years of its record\), not 4"):
        members(s, "rec", members=4)


def test_a_daily_record_takes_the_same_calendar_day_across_leap_years():
    # water years 2024 (366 days, with 29 February) and 2025 (365 days)
    values = np.arange(731, dtype=float)
    s = scenario([inflow("river", list(values)), sink()], [link("river", "sea")],
                 step=Step.DAY, start=date(2023, 10, 1))
    s = replace(s, ensembles=(Ensemble(name="rec", source=RecordSource()),))
    e = members(s, "rec")
    m1 = e.inflow_mcm["river"][1]
    days = s.time.starts
    feb29 = days.index(date(2024, 2, 29))
    # member 1 starts with water year 2025: its 28 February lends itself to 29 February
    assert m1[feb29] == values[days.index(date(2025, 2, 28))]
    assert m1[days.index(date(2024, 3, 1))] == values[days.index(date(2025, 3, 1))]
    # then water year 2024 in a 365-day year: 29 February dropped, 1 March follows 28th
    assert m1[days.index(date(2025, 3, 1))] == values[days.index(date(2024, 3, 1))]
    assert m1[days.index(date(2025, 2, 28))] == values[days.index(date(2024, 2, 28))]
    assert np.array_equal(e.inflow_mcm["river"][0], values)


def test_a_record_needs_whole_water_years():
    s = load_shipped_scenario("syr-darya-hindcast-2021.wplan")
    s = replace(s, ensembles=(Ensemble(name="rec", source=RecordSource()),))
    with pytest.raises(ValueError, match="starts on 2021-01-01, not at the start of a water "
                                         "year"):
        members(s, "rec")


def test_stored_members_are_given_back_and_other_nodes_take_the_fill_set():
    s = load_shipped_scenario()
    stored = tuple(tuple(float(10 * k + p) for p in range(12)) for k in range(5))
    s = replace(s, ensembles=(Ensemble(name="imp", source=MembersSource(
        inflow_mcm={"naryn": stored}, fill_set="dry")),))
    e = members(s)
    assert e.name == "imp" and e.members == 5 and e.seed is None
    assert np.array_equal(e.inflow_mcm["naryn"], np.array(stored))
    assert np.array_equal(e.inflow_mcm["arys"],
                          np.tile(s.node("arys").inflow_mcm["dry"], (5, 1)))
    assert any("'dry' in every member" in n for n in e.notes)
    assert np.array_equal(chunk(s, "imp", 2, 4).inflow_mcm["naryn"], np.array(stored[2:4]))
    with pytest.raises(ValueError, match="has 5 members, not 6"):
        members(s, members=6)


def test_names_the_default_and_unknown_ensembles():
    s = load_shipped_scenario()
    assert ensemble_names(s) == [DEFAULT_ENSEMBLE_NAME]
    assert members(s, members=3).name == DEFAULT_ENSEMBLE_NAME
    assert members(s, DEFAULT_ENSEMBLE_NAME, members=3).members == 3
    with pytest.raises(KeyError, match="no ensemble 'wet'.*it has: generated"):
        members(s, "wet")
    gen = replace(s, ensembles=(Ensemble(name="mine", source=GeneratorSource(seed=5,
                                                                              members=12)),))
    e = members(gen)
    assert (e.name, e.members, e.seed) == ("mine", 12, 5)
    assert ensemble_names(gen) == ["mine", DEFAULT_ENSEMBLE_NAME]
    with pytest.raises(ValueError, match="at least 1"):
        members(s, members=0)
    with pytest.raises(ValueError, match="seed"):
        members(s, members=2, seed=-1)


@pytest.mark.parametrize("name", shipped_scenarios())
def test_the_default_generator_works_on_every_shipped_scenario(name):
    s = load_shipped_scenario(name)
    e = members(s, members=20)
    assert e.members == 20 and all(a.shape == (20, s.time.periods)
                                   for a in e.inflow_mcm.values())


def test_every_member_simulates_and_conserves_water():
    s = load_shipped_scenario()
    e = members(s, members=50)
    r = simulate(s, inflows=e.inflow_mcm)
    assert r.storage_mcm.shape[0] == 50
    balance = check_mass_balance(r)
    assert balance.ok, balance.relative_residual.max()
    # the members' inflows are what the run used
    i = r.node_index("naryn")
    np.testing.assert_array_equal(r.inflow_mcm[:, i], e.inflow_mcm["naryn"])


def test_a_proportional_scenario_runs_an_ensemble_too():
    s = load_shipped_scenario("syr-darya-icwc-proportional.wplan")
    r = simulate(s, inflows=members(s, members=8).inflow_mcm)
    assert check_mass_balance(r).ok


def test_members_are_kept_across_edits_that_cannot_change_them() -> None:
    """An edit of a release keeps the members made for the scenario before it (the very
    same arrays, read-only); an edit of an inflow makes new ones, with that inflow."""
    s = load_shipped_scenario()
    first = members(s, members=30, seed=4)
    rid = next(iter(s.release_schedules))
    edited = s.with_schedule(rid, [v + 1.0 for v in s.release_schedules[rid]])
    again = members(edited, members=30, seed=4)
    assert all(again.inflow_mcm[k] is first.inflow_mcm[k] for k in first.inflow_mcm)
    assert not any(a.flags.writeable for a in again.inflow_mcm.values())
    node = next(n for n in s.nodes if isinstance(n, InflowNode))
    wetter = s.with_node(replace(node, inflow_mcm={
        k: tuple(2.0 * v for v in series) for k, series in node.inflow_mcm.items()}))
    fresh = members(wetter, members=30, seed=4)
    assert fresh.inflow_mcm[node.id] is not first.inflow_mcm[node.id]
    np.testing.assert_allclose(fresh.inflow_mcm[node.id].sum(),
                               2.0 * first.inflow_mcm[node.id].sum(), rtol=1e-9)
    other_seed = members(edited, members=30, seed=5)
    assert not np.array_equal(other_seed.inflow_mcm[node.id], first.inflow_mcm[node.id])
