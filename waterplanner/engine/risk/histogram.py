"""Mergeable fixed-edge histograms, and quantiles read from them.

Every chunk of members counts into the same edges (fixed before the run from physical
bounds), so two histograms merge by adding their counts. A quantile is read by linear
interpolation of the cumulative count within the first bin where it reaches the quantile's
share of the members: its error is at most one bin width.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True, eq=False)
class Histograms:
    """One histogram per cell: ``edges`` [cells, bins + 1] ascending, ``counts`` [cells,
    bins]. Values outside the edges are counted in the first or last bin."""

    edges: np.ndarray
    counts: np.ndarray

    @classmethod
    def of(cls, x: np.ndarray, edges: np.ndarray) -> Histograms:
        """Count ``x`` [members, cells] into ``edges`` [cells, bins + 1]."""
        bins = edges.shape[1] - 1
        counts = np.zeros((edges.shape[0], bins), dtype=np.int64)
        for c in range(edges.shape[0]):
            k = np.searchsorted(edges[c], x[:, c], side="right") - 1
            np.add.at(counts[c], np.clip(k, 0, bins - 1), 1)
        return cls(edges, counts)

    def merge(self, other: Histograms) -> Histograms:
        """Both sets of members counted together (the edges must be the same)."""
        if self.edges.shape != other.edges.shape or not np.array_equal(self.edges, other.edges):
            raise ValueError("histograms with different edges cannot be merged")
        return Histograms(self.edges, self.counts + other.counts)

    def quantiles(self, q: tuple[float, ...]) -> np.ndarray:
        """Quantiles [len(q), cells] (NaN for a cell with no count)."""
        out = np.full((len(q), self.edges.shape[0]), np.nan)
        for c in range(self.edges.shape[0]):
            total = self.counts[c].sum()
            if total == 0:
                continue
            cum = np.concatenate(([0], np.cumsum(self.counts[c])))
            target = np.asarray(q, dtype=float) * total
            k = np.clip(np.searchsorted(cum, target, side="left"), 1, len(cum) - 1)
            lo, n = cum[k - 1], self.counts[c][k - 1]
            frac = np.divide(target - lo, n, out=np.zeros_like(target), where=n > 0)
            out[:, c] = self.edges[c][k - 1] + frac * (self.edges[c][k] - self.edges[c][k - 1])
        return out
