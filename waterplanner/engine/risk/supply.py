"""Supply risk of a demand (or of a country's demands together): the counts behind the
probability of a shortfall above a threshold and Hashimoto, Stedinger & Loucks' (1982)
reliability, resilience and vulnerability, pooled over members.

A **period fails** when there is demand in it and its shortfall exceeds the failure
tolerance: ``shortfall > max(tolerance × demand, 1e-9 × max(demand, 1 Mm³))`` (the second
term is the summary's rounding tolerance, so with tolerance 0 one member's reliability is
the summary's). Periods without demand never fail and are not counted for reliability.

- **reliability** = periods not failed ÷ periods with demand, over all members;
- **resilience** = P(period t+1 does not fail | period t fails), over every failed period
  that has a next period in the horizon (NaN when no period fails);
- **vulnerability** = mean shortfall of the failed periods, in Mm³ and as % of their
  demand (NaN when no period fails);
- **P(short > threshold)** = share of members whose shortfall over the horizon exceeds
  the threshold share of their demand over the horizon.

The counts add up over members, so chunks of members merge by addition.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from waterplanner.engine.summary import MET_TOLERANCE


@dataclass(frozen=True, eq=False)
class SupplyCounts:
    """Additive counts per series (demand or country), each an array [series]."""

    members: int
    periods_with_demand: np.ndarray
    failed: np.ndarray
    failed_with_next: np.ndarray
    recovered: np.ndarray
    failed_shortfall_mcm: np.ndarray
    failed_share: np.ndarray
    """Σ shortfall ÷ demand over the failed periods."""
    short_over_threshold: np.ndarray
    """Members whose horizon shortfall exceeds the threshold share of their demand."""
    shortfall_mcm: np.ndarray
    demand_mcm: np.ndarray
    """Σ over members and periods."""

    @classmethod
    def of(cls, shortfall_mcm: np.ndarray, demand_mcm: np.ndarray, threshold_share: float,
           tolerance_share: float) -> SupplyCounts:
        """Counts of ``shortfall_mcm`` [members, series, periods] against ``demand_mcm``
        (same shape, or a member axis of 1)."""
        short = np.asarray(shortfall_mcm, dtype=float)
        dem = np.broadcast_to(np.asarray(demand_mcm, dtype=float), short.shape)
        asked = dem > 0
        allowed = np.maximum(tolerance_share * dem, MET_TOLERANCE * np.maximum(dem, 1.0))
        failed = asked & (short > allowed)
        nxt = failed[..., :-1]
        share = np.divide(short, dem, out=np.zeros_like(short), where=asked)
        horizon_short, horizon_dem = short.sum(axis=2), dem.sum(axis=2)
        over = (horizon_dem > 0) & (horizon_short > threshold_share * horizon_dem)
        return cls(
            members=short.shape[0],
            periods_with_demand=asked.sum(axis=(0, 2)),
            failed=failed.sum(axis=(0, 2)),
            failed_with_next=nxt.sum(axis=(0, 2)),
            recovered=(nxt & ~failed[..., 1:]).sum(axis=(0, 2)),
            failed_shortfall_mcm=np.where(failed, short, 0.0).sum(axis=(0, 2)),
            failed_share=np.where(failed, share, 0.0).sum(axis=(0, 2)),
            short_over_threshold=over.sum(axis=0),
            shortfall_mcm=horizon_short.sum(axis=0),
            demand_mcm=horizon_dem.sum(axis=0))

    def merge(self, other: SupplyCounts) -> SupplyCounts:
        """The counts of both sets of members."""
        return SupplyCounts(self.members + other.members, *(
            getattr(self, f) + getattr(other, f) for f in _ADDITIVE))

    # --- the metrics --------------------------------------------------------------------
    def p_short_over_threshold(self) -> np.ndarray:
        return self.short_over_threshold / self.members if self.members else \
            np.full(self.failed.shape, np.nan)

    def reliability(self) -> np.ndarray:
        return _ratio(self.periods_with_demand - self.failed, self.periods_with_demand)

    def resilience(self) -> np.ndarray:
        return _ratio(self.recovered, self.failed_with_next)

    def vulnerability_mcm(self) -> np.ndarray:
        return _ratio(self.failed_shortfall_mcm, self.failed)

    def vulnerability_pct(self) -> np.ndarray:
        return 100.0 * _ratio(self.failed_share, self.failed)

    def mean_shortfall_pct(self) -> np.ndarray:
        """Shortfall over the horizon as % of demand, all members together."""
        return 100.0 * _ratio(self.shortfall_mcm, self.demand_mcm)


_ADDITIVE = ("periods_with_demand", "failed", "failed_with_next", "recovered",
             "failed_shortfall_mcm", "failed_share", "short_over_threshold", "shortfall_mcm",
             "demand_mcm")


def _ratio(num: np.ndarray, den: np.ndarray) -> np.ndarray:
    """num ÷ den, NaN where den is 0."""
    num, den = np.asarray(num, dtype=float), np.asarray(den, dtype=float)
    return np.divide(num, den, out=np.full(num.shape, np.nan), where=den > 0)
