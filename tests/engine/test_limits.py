"""Reservoir limits for the views: the very arrays the kernel runs on, and what they mean."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.engine.build import inflow, link, reservoir, scenario, sink
from waterplanner.engine.compiled import compile_network
from waterplanner.engine.limits import release_limits, storage_bounds
from waterplanner.engine.simulate import simulate
from waterplanner.model import HydropowerPlant
from waterplanner.model.fileio import load_shipped_scenario, shipped_scenarios

PLANT = HydropowerPlant(turbine_capacity_m3s=100.0, installed_mw=1e6, efficiency=0.9,
                        tailwater_level_m=0.0)


def _dam(periods: int, **kw) -> object:
    return scenario([inflow("river", [400.0] * periods),
                     reservoir("dam", periods, capacity=5000, initial=2000, **kw), sink()],
                    [link("river", "dam"), link("dam", "sea")],
                    schedules={"dam": [900.0] * periods})


@pytest.mark.parametrize("name", shipped_scenarios())
def test_parity_with_the_compiled_network(name: str) -> None:
    """Every limit is the kernel's own array (same values, inf where the kernel has inf)."""
    s = load_shipped_scenario(name)
    net = compile_network(s)
    for node in s.reservoirs:
        i = net.node_index(node.id)
        lim = release_limits(s, node.id)
        np.testing.assert_array_equal(lim.min_mcm, net.min_release_mcm[i])
        np.testing.assert_array_equal(lim.max_mcm, net.max_release_mcm[i])
        np.testing.assert_array_equal(lim.seconds, net.seconds)
        if node.hydropower is None:
            assert lim.turbine_mcm is None
        else:
            np.testing.assert_allclose(lim.turbine_m3s, net.turbine_m3s[i])
        bounds = storage_bounds(net, node.id)
        assert (bounds.dead_mcm, bounds.capacity_mcm) == (net.dead_mcm[i], net.capacity_mcm[i])
        np.testing.assert_array_equal(bounds.flood_mcm, net.flood_mcm[i])
        # and back from the model's own fields: m³/s × seconds, or unlimited when unset
        if node.max_release_m3s is None:
            assert not lim.has_max
        else:
            np.testing.assert_allclose(lim.max_m3s, node.max_release_m3s)


def test_no_maximum_release_is_unlimited_even_with_turbines() -> None:
    s = _dam(3, hydropower=PLANT)
    lim = release_limits(s, "dam")
    assert not lim.has_max and np.all(np.isinf(lim.max_mcm))
    assert lim.turbine_m3s is not None and np.allclose(lim.turbine_m3s, 100.0)
    # and the kernel agrees: it releases far more than the turbines pass
    r = simulate(s)
    release_m3s = r.series("release_mcm", "dam") * 1e6 / np.asarray(s.time.seconds)
    assert release_m3s.max() > 300.0


def test_a_maximum_release_binds_in_the_kernel() -> None:
    s = _dam(3, max_release_m3s=150.0, min_release_m3s=20.0)
    lim = release_limits(s, "dam")
    assert lim.has_max and lim.has_min and lim.turbine_mcm is None
    assert np.allclose(lim.max_m3s, 150.0) and np.allclose(lim.min_m3s, 20.0)
    r = simulate(s)
    assert np.allclose(r.series("release_mcm", "dam"), lim.max_mcm)


def test_storage_bounds() -> None:
    s = _dam(3, dead=300.0, flood_control_mcm=(4000.0, 4500.0, 5000.0))
    b = storage_bounds(s, "dam")
    assert (b.dead_mcm, b.capacity_mcm) == (300.0, 5000.0)
    assert b.has_flood_control and list(b.flood_mcm) == [4000.0, 4500.0, 5000.0]
    assert not storage_bounds(_dam(2), "dam").has_flood_control


def test_not_a_reservoir_is_refused_by_name() -> None:
    s = _dam(2)
    with pytest.raises(ValueError, match="'river' is not a reservoir"):
        release_limits(s, "river")
    with pytest.raises(KeyError, match="no node 'nowhere'"):
        storage_bounds(s, "nowhere")


@settings(max_examples=25, deadline=None)
@given(lo=st.floats(0, 200), span=st.one_of(st.none(), st.floats(1, 500)),
       target=st.floats(0, 2000))
def test_the_kernel_keeps_releases_within_the_limits(lo: float, span: float | None,
                                                     target: float) -> None:
    hi = None if span is None else lo + span
    s = scenario([inflow("river", [300.0, 0.0]),
                  reservoir("dam", 2, capacity=1e5, initial=5e4, min_release_m3s=lo,
                            max_release_m3s=hi, hydropower=PLANT), sink()],
                 [link("river", "dam"), link("dam", "sea")],
                 schedules={"dam": [target, target]})
    lim = release_limits(s, "dam")
    r = simulate(s).series("release_mcm", "dam")
    assert np.all(r >= lim.min_mcm * (1 - 1e-12))
    assert np.all(r <= lim.max_mcm * (1 + 1e-12))
