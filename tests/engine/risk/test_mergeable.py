"""Moments and histograms: merging chunks gives the statistics of the whole."""

from __future__ import annotations

import numpy as np
import pytest

from waterplanner.engine.risk.histogram import Histograms
from waterplanner.engine.risk.moments import Moments


def test_moments_by_hand():
    x = np.array([[1.0, 10.0], [2.0, 10.0], [3.0, 10.0], [4.0, 10.0]])
    m = Moments.of(x[:1], 0, True).merge(Moments.of(x[1:], 1, True))
    assert m.count == 4
    np.testing.assert_allclose(m.mean, [2.5, 10.0])
    np.testing.assert_allclose(m.std, [np.sqrt(5 / 3), 0.0])  # Σ(x−2.5)² = 5, n − 1 = 3
    np.testing.assert_array_equal(m.minimum, [1.0, 10.0])
    np.testing.assert_array_equal(m.maximum, [4.0, 10.0])
    q = m.quantiles((0.1, 0.5, 0.9))
    assert q is not None
    np.testing.assert_allclose(q[:, 0], [1.3, 2.5, 3.7])  # linear: 1 + 0.1 × 3, …


def test_merge_tree_does_not_matter_and_adjacent_merges_keep_member_order():
    rng = np.random.default_rng(3)
    x = rng.normal(100.0, 5.0, (50, 7))
    parts = [Moments.of(x[a:a + 10], a, True) for a in range(0, 50, 10)]
    m = parts[3].merge(parts[4]).merge(parts[1].merge(parts[2])).merge(parts[0])
    np.testing.assert_allclose(m.mean, x.mean(axis=0), rtol=1e-12)
    np.testing.assert_allclose(m.std, x.std(axis=0, ddof=1), rtol=1e-10)
    assert m.values is not None
    np.testing.assert_array_equal(m.values, x)


def test_values_dropped_when_either_side_has_none():
    x = np.ones((3, 2))
    assert Moments.of(x, 0, True).merge(Moments.of(x, 3, False)).quantiles((0.5,)) is None


def test_histogram_quantiles_by_hand():
    edges = np.array([[0.0, 10.0, 20.0, 30.0, 40.0]])
    x = np.array([[5.0], [15.0], [15.0], [35.0]])
    h = Histograms.of(x[:2], edges).merge(Histograms.of(x[2:], edges))
    np.testing.assert_array_equal(h.counts, [[1, 2, 0, 1]])
    # cumulative 0, 1, 3, 3, 4 at the edges: the median (2 of 4) lies half-way in bin 2
    assert h.quantiles((0.5,))[0, 0] == pytest.approx(15.0)
    assert h.quantiles((0.25,))[0, 0] == pytest.approx(10.0)
    assert h.quantiles((0.875,))[0, 0] == pytest.approx(35.0)


def test_histogram_counts_values_outside_the_edges_in_the_end_bins():
    h = Histograms.of(np.array([[-1.0], [99.0]]), np.array([[0.0, 1.0, 2.0]]))
    np.testing.assert_array_equal(h.counts, [[1, 1]])


def test_histograms_with_other_edges_refuse_to_merge():
    a = Histograms.of(np.zeros((1, 1)), np.array([[0.0, 1.0]]))
    b = Histograms.of(np.zeros((1, 1)), np.array([[0.0, 2.0]]))
    with pytest.raises(ValueError, match="different edges"):
        a.merge(b)
