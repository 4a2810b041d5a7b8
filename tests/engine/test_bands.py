"""Risk bands: quantiles over the members, period by period, worked by hand."""

from __future__ import annotations

import numpy as np
import pytest

from waterplanner.engine.bands import bands


def test_bands_are_the_quantiles_over_the_members() -> None:
    # five members, two periods: the order statistics are 1..5 and 10..50
    v = np.array([[3.0, 50.0], [1.0, 10.0], [5.0, 30.0], [2.0, 20.0], [4.0, 40.0]])
    b = bands(v)
    assert b.members == 5
    assert list(b.p50) == [3.0, 30.0]
    # linear interpolation between order statistics: P25 at rank 1 (0-based), P5 at 0.2
    assert list(b.p25) == [2.0, 20.0] and list(b.p75) == [4.0, 40.0]
    assert b.p05 == pytest.approx([1.2, 12.0]) and b.p95 == pytest.approx([4.8, 48.0])


def test_a_gap_in_one_member_is_left_out_of_that_period() -> None:
    v = np.array([[1.0, np.nan], [2.0, 4.0], [3.0, 6.0]])
    b = bands(v)
    assert list(b.p50) == [2.0, 5.0]


def test_bands_need_members_and_periods() -> None:
    with pytest.raises(ValueError, match="members, x"):
        bands(np.array([1.0, 2.0]))
