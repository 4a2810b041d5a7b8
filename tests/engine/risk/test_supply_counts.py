"""Supply risk on a hand-made ensemble: every number below is worked out by hand."""

from __future__ import annotations

import numpy as np
import pytest

from waterplanner.engine.risk.supply import SupplyCounts

DEMAND = np.array([[[10.0, 10.0, 10.0]]])  # [member 1, series 1, period 3]
SHORT = np.array([[[0.0, 6.0, 0.0]],      # member 0: fails in period 1 only, 6/30 = 20 %
                  [[5.0, 5.0, 0.0]],      # member 1: fails in 0 and 1, 10/30 = 33 %
                  [[0.0, 0.0, 0.0]],      # member 2: never short
                  [[10.0, 0.0, 8.0]]])    # member 3: fails in 0 and 2, 18/30 = 60 %


def test_the_four_metrics_by_hand():
    c = SupplyCounts.of(SHORT, DEMAND, threshold_share=0.10, tolerance_share=0.0)
    # members 0, 1 and 3 are more than 10 % short over the horizon
    assert c.p_short_over_threshold()[0] == pytest.approx(3 / 4)
    # 5 failed periods of 12
    assert c.reliability()[0] == pytest.approx(7 / 12)
    # failures followed by a period in the horizon: m0 t1 (recovers), m1 t0 (does not),
    # m1 t1 (recovers), m3 t0 (recovers); m3 t2 is the last period → 3 of 4
    assert c.resilience()[0] == pytest.approx(3 / 4)
    # failed periods' shortfalls 6, 5, 5, 10, 8 → 34 / 5
    assert c.vulnerability_mcm()[0] == pytest.approx(6.8)
    assert c.vulnerability_pct()[0] == pytest.approx(68.0)
    assert c.mean_shortfall_pct()[0] == pytest.approx(100 * 34 / 120)


def test_threshold_and_tolerance():
    # 25 %: only members 1 (33 %) and 3 (60 %)
    assert SupplyCounts.of(SHORT, DEMAND, 0.25, 0.0).p_short_over_threshold()[0] == 0.5
    # a period fails only above 55 % of its demand: 6, 10, 8 → reliability 9/12
    c = SupplyCounts.of(SHORT, DEMAND, 0.10, 0.55)
    assert c.reliability()[0] == pytest.approx(9 / 12)
    # failures with a next period: m0 t1 → t2 ok, m3 t0 → t1 ok (m3 t2 is last)
    assert c.resilience()[0] == 1.0
    assert c.vulnerability_mcm()[0] == pytest.approx(8.0)


def test_periods_without_demand_never_fail_and_are_not_counted():
    dem = np.array([[[10.0, 0.0, 10.0]]])
    short = np.array([[[10.0, 0.0, 0.0]]])
    c = SupplyCounts.of(short, dem, 0.10, 0.0)
    assert c.reliability()[0] == 0.5            # 1 of 2 periods with demand
    assert c.resilience()[0] == 1.0             # period 1 (no demand) counts as not failed


def test_no_failure_leaves_resilience_and_vulnerability_undefined():
    c = SupplyCounts.of(np.zeros((2, 1, 3)), DEMAND, 0.10, 0.0)
    assert c.reliability()[0] == 1.0 and c.p_short_over_threshold()[0] == 0.0
    assert np.isnan(c.resilience()[0]) and np.isnan(c.vulnerability_mcm()[0])


def test_no_demand_leaves_reliability_undefined():
    c = SupplyCounts.of(np.zeros((2, 1, 3)), np.zeros((1, 1, 3)), 0.10, 0.0)
    assert np.isnan(c.reliability()[0]) and c.p_short_over_threshold()[0] == 0.0


def test_chunks_merge_to_the_whole():
    whole = SupplyCounts.of(SHORT, DEMAND, 0.10, 0.0)
    merged = SupplyCounts.of(SHORT[:1], DEMAND, 0.10, 0.0).merge(
        SupplyCounts.of(SHORT[1:], DEMAND, 0.10, 0.0))
    assert merged.members == 4
    for metric in ("p_short_over_threshold", "reliability", "resilience",
                   "vulnerability_mcm", "vulnerability_pct"):
        assert getattr(merged, metric)()[0] == pytest.approx(getattr(whole, metric)()[0])
