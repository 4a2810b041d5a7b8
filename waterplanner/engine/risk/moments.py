"""Mergeable per-cell statistics over ensemble members: count, mean, sum of squared
deviations (Chan, Golub & LeVeque's pairwise update, stable where a sum of squares would
cancel), minimum and maximum, and optionally every member's value for exact quantiles.

Two summaries of disjoint sets of members merge into the summary of their union, so
chunks of members can be summarised where they were simulated and only the summaries sent
on. Kept values are concatenated with the lower first member first: merging adjacent
chunks (as the runners do) keeps them in member order; quantiles do not depend on it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

QUANTILE_METHOD = "linear"
"""numpy's default (Hyndman & Fan type 7): P50 of 1, 2, 3, 4 is 2.5."""


@dataclass(frozen=True, eq=False)
class Moments:
    """Statistics of ``count`` members over a flat array of cells."""

    first_member: int
    count: int
    mean: np.ndarray      # [cells]
    m2: np.ndarray        # [cells], Σ (x - mean)²
    minimum: np.ndarray   # [cells]
    maximum: np.ndarray   # [cells]
    values: np.ndarray | None = None  # [count, cells], members in order, or None

    @classmethod
    def of(cls, x: np.ndarray, first_member: int, keep_values: bool) -> Moments:
        """The statistics of ``x`` [members, cells]."""
        x = np.asarray(x, dtype=float)
        mean = x.mean(axis=0) if len(x) else np.zeros(x.shape[1])
        d = x - mean
        return cls(first_member, len(x), mean, np.einsum("ij,ij->j", d, d),
                   x.min(axis=0, initial=np.inf), x.max(axis=0, initial=-np.inf),
                   x.copy() if keep_values else None)

    def merge(self, other: Moments) -> Moments:
        """The statistics of both sets of members."""
        a, b = (self, other) if self.first_member <= other.first_member else (other, self)
        n = a.count + b.count
        if a.count == 0 or b.count == 0:
            mean, m2 = (b.mean, b.m2) if a.count == 0 else (a.mean, a.m2)
        else:
            delta = b.mean - a.mean
            mean = a.mean + delta * (b.count / n)
            m2 = a.m2 + b.m2 + delta ** 2 * (a.count * b.count / n)
        values = None
        if a.values is not None and b.values is not None:
            values = np.concatenate([a.values, b.values])
        return Moments(a.first_member, n, mean, m2, np.minimum(a.minimum, b.minimum),
                       np.maximum(a.maximum, b.maximum), values)

    @property
    def std(self) -> np.ndarray:
        """Sample standard deviation (n − 1); NaN for fewer than two members."""
        if self.count < 2:
            return np.full_like(self.mean, np.nan)
        return np.sqrt(np.maximum(self.m2, 0.0) / (self.count - 1))

    def quantiles(self, q: tuple[float, ...]) -> np.ndarray | None:
        """Exact quantiles [len(q), cells] from the kept values; None when not kept."""
        if self.values is None or self.count == 0:
            return None
        return np.quantile(self.values, list(q), axis=0, method="linear")
