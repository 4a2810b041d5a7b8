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
