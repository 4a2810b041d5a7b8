"""One physics for everyone: the compiled scalar functions the kernel runs and the array
forms the optimiser and the derived results use give the very same numbers."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from waterplanner.engine.energy import plant_power_mw as energy_power
from waterplanner.engine.physics import (
    plant_power_array,
    plant_power_mw,
    table_lookup,
    table_lookup_array,
)
from waterplanner.engine.run_of_river import run_of_river_output, run_of_river_sites
from waterplanner.model.nodes import RunOfRiverPlant
from waterplanner.model.synthetic import reservoir_chain

finite = st.floats(-1e4, 1e4, allow_nan=False)


@st.composite
def tables(draw: st.DrawFn) -> tuple[np.ndarray, np.ndarray]:
    n = draw(st.integers(1, 6))
    steps = draw(st.lists(st.floats(0.01, 500.0), min_size=n, max_size=n))
    xs = np.cumsum(steps) - draw(st.floats(0.0, 100.0))
    ys = np.asarray(draw(st.lists(finite, min_size=n, max_size=n)))
    return xs, ys


@settings(max_examples=200, deadline=None)
@given(tables(), st.lists(finite, min_size=1, max_size=20), st.data())
def test_table_lookup_array_is_the_kernels_lookup(table, points, data):
    xs, ys = table
    at_rows = data.draw(st.lists(st.sampled_from(list(xs)), max_size=len(xs)))
    x = np.asarray(points + at_rows)
    values, slopes = table_lookup_array(x, xs, ys)
    for k, v in enumerate(x):
        assert values[k] == table_lookup(v, xs, ys, len(xs))
        assert values[k] == table_lookup.py_func(v, xs, ys, len(xs))
    if len(xs) > 1:  # the slope is that of the segment read from
        seg = np.clip(np.searchsorted(xs, x, side="right") - 1, 0, len(xs) - 2)
        assert np.array_equal(slopes, (ys[seg + 1] - ys[seg]) / (xs[seg + 1] - xs[seg]))


@settings(max_examples=200, deadline=None)
@given(st.floats(0, 3000), st.floats(-50, 500), st.floats(1, 800), st.floats(1, 500),
       st.floats(0.3, 0.97), st.floats(0, 300))
def test_plant_power_array_is_the_kernels_formula(flow, level, turbine, installed, eff, tail):
    q, h, p = plant_power_array(np.array([flow]), np.array([level]), turbine, installed, eff,
                                tail)
    assert (q[0], h[0], p[0]) == plant_power_mw(flow, level, turbine, installed, eff, tail)
    assert energy_power is plant_power_mw  # the energy module keeps no copy of its own


def test_run_of_river_is_the_dam_formula_at_a_fixed_head():
    base = reservoir_chain(1, 12)
    plant = RunOfRiverPlant(id="ror", name="Reach plant", turbine_capacity_m3s=300.0,
                            installed_mw=150.0, efficiency=0.9, head_m=42.0)
    links = tuple(replace(lk, plants=(plant,)) if lk.id == "l_end" else lk
                  for lk in base.links)
    scenario = replace(base, links=links)
    sites = run_of_river_sites(scenario)
    seconds = np.asarray(base.time.seconds, dtype=float)
    hours = np.asarray(base.time.hours, dtype=float)
    flow_mcm = np.linspace(0.0, 2000.0, 12)[None, None, :]
    turbine, power, energy = run_of_river_output(flow_mcm, seconds, hours, sites)
    for t in range(12):
        q, _, p = plant_power_mw(flow_mcm[0, 0, t] * 1e6 / seconds[t], 42.0, 300.0, 150.0,
                                 0.9, 0.0)
        assert (turbine[0, 0, t], power[0, 0, t], energy[0, 0, t]) == (q, p, p * hours[t])


def test_the_optimisers_energy_and_areas_are_the_simulators():
    from waterplanner.engine import simulate
    from waterplanner.engine.optimise.context import make_context
    from waterplanner.engine.optimise.problem import plant_energy_mwh
    from waterplanner.engine.optimise.tables import lookup_with_slope
    from waterplanner.model import load_shipped_scenario
    from waterplanner.model.objectives import DEFAULT_OBJECTIVES, OptimisationSpec

    s = load_shipped_scenario()
    ctx = make_context(s, OptimisationSpec(objectives=DEFAULT_OBJECTIVES), None)
    r = simulate(s)
    net = ctx.net
    plants = np.flatnonzero(net.has_plant)
    assert len(plants) >= 3
    for i in plants:
        e = plant_energy_mwh(ctx, i, r.release_mcm[0, i], r.storage_mcm[0, i])
        assert np.array_equal(e, r.energy_mwh[0, i])
        # the optimiser's evaporation area (its linearisation point) is the kernel's area
        s_prev = r.storage_with_initial(net.node_ids[i])[:-1]
        m = net.lav_n[i]
        area, _ = lookup_with_slope(s_prev, net.lav_volume[i, :m], net.lav_area[i, :m])
        evap = np.minimum(np.maximum(area, 0.0) * net.evaporation_mm[i] * 1e-3,
                          s_prev + r.inflow_mcm[0, i])
        assert np.array_equal(evap, r.evaporation_mcm[0, i])


def test_the_release_limits_drawn_are_the_ones_the_kernel_applies():
    from waterplanner.engine import simulate
    from waterplanner.engine.kernel import P_MAX_REL, P_MIN_REL
    from waterplanner.engine.limits import release_limits
    from waterplanner.engine.simulate import prepare
    from waterplanner.model.synthetic import reservoir_chain

    s = reservoir_chain(3, 24)
    prep = prepare(s)
    r = simulate(s)
    for rid in ("res000", "res001", "res002"):
        i = prep.net.node_index(rid)
        lim = release_limits(s, rid)
        assert np.array_equal(lim.min_mcm, prep.net.pool[:, prep.par_row[P_MIN_REL, i]])
        assert np.array_equal(lim.max_mcm, prep.net.pool[:, prep.par_row[P_MAX_REL, i]])
        release = r.series("release_mcm", rid)
        assert np.all(release >= lim.min_mcm) and np.all(release <= lim.max_mcm)
