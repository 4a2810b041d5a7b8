"""Level-area-volume tables: interpolation, extrapolation and the level → volume inverse."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from waterplanner.model.lav import LevelAreaVolume

TABLE = LevelAreaVolume(level_m=(800.0, 850.0, 900.0), area_km2=(10.0, 30.0, 50.0),
                        volume_mcm=(0.0, 400.0, 1000.0))


def test_rows_are_returned_exactly() -> None:
    assert TABLE.level_at(np.array(TABLE.volume_mcm)).tolist() == list(TABLE.level_m)
    assert TABLE.area_at(np.array(TABLE.volume_mcm)).tolist() == list(TABLE.area_km2)
    assert len(TABLE) == 3


def test_linear_interpolation_between_rows() -> None:
    assert TABLE.level_at(200.0) == pytest.approx(825.0)
    assert TABLE.level_at(700.0) == pytest.approx(875.0)
    assert TABLE.area_at(100.0) == pytest.approx(15.0)
    np.testing.assert_allclose(TABLE.level_at(np.array([0.0, 100.0, 550.0])),
                               [800.0, 812.5, 862.5])


def test_scalar_in_scalar_out_and_array_in_array_out() -> None:
    assert np.ndim(TABLE.level_at(250.0)) == 0
    assert TABLE.level_at(np.zeros((2, 3))).shape == (2, 3)


def test_extrapolation_extends_the_end_segments() -> None:
    # above the table: last segment has slope 50 m / 600 Mm³
    assert TABLE.level_at(1600.0) == pytest.approx(950.0)
    assert TABLE.area_at(1300.0) == pytest.approx(60.0)
    # below the table: first segment has slope 50 m / 400 Mm³
    assert TABLE.level_at(-400.0) == pytest.approx(750.0)


def test_extrapolated_area_never_goes_below_zero() -> None:
    assert TABLE.area_at(-100.0) == pytest.approx(5.0)
    assert TABLE.area_at(-10_000.0) == 0.0
    assert TABLE.area_at(np.array([-10_000.0, 0.0])).tolist() == [0.0, 10.0]


def test_volume_at_level_inverts_level_at_inside_and_outside() -> None:
    for volume in (0.0, 123.0, 400.0, 999.0, 1000.0, 1300.0, -50.0):
        level = float(TABLE.level_at(volume))
        assert TABLE.volume_at_level(level) == pytest.approx(volume, abs=1e-9)
    assert TABLE.volume_at_level(850.0) == 400.0
    assert TABLE.volume_at_level(950.0) == pytest.approx(1600.0)
    assert TABLE.volume_at_level(750.0) == pytest.approx(-400.0)


def test_a_one_row_table_is_constant() -> None:
    one = LevelAreaVolume(level_m=(100.0,), area_km2=(5.0,), volume_mcm=(50.0,))
    assert one.level_at(0.0) == 100.0
    assert one.area_at(np.array([0.0, 99.0])).tolist() == [5.0, 5.0]
    assert one.volume_at_level(120.0) == 50.0


increasing = st.lists(st.floats(0.5, 100.0), min_size=2, max_size=8).map(
    lambda steps: tuple(float(x) for x in np.cumsum(steps)))


@settings(max_examples=100, deadline=None)
@given(vols=increasing, data=st.data())
def test_level_is_monotone_and_volume_at_level_is_its_inverse(vols: tuple[float, ...],
                                                              data: st.DataObject) -> None:
    n = len(vols)
    levels = data.draw(st.lists(st.floats(0.1, 10.0), min_size=n, max_size=n)).copy()
    lv = tuple(float(x) for x in 500.0 + np.cumsum(levels))
    table = LevelAreaVolume(level_m=lv, area_km2=tuple(1.0 for _ in vols), volume_mcm=vols)
    probe = np.linspace(vols[0] - 50, vols[-1] + 50, 41)
    levels_at = table.level_at(probe)
    assert np.all(np.diff(levels_at) > 0)
    back = np.array([table.volume_at_level(float(h)) for h in levels_at])
    np.testing.assert_allclose(back, probe, rtol=1e-9, atol=1e-6)
