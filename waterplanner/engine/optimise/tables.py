"""Level–area–volume look-ups and their slopes, for linearising around a storage.

The interpolation matches the simulator's ``table_lookup``: linear between rows, the end
segments extended beyond the table. The slope is that of the segment the storage lies in
(at a row, the segment above it), so a linearisation is exact wherever the storage stays
within one segment.
"""

from __future__ import annotations

import numpy as np


def lookup_with_slope(x: np.ndarray, xs: np.ndarray, ys: np.ndarray
                      ) -> tuple[np.ndarray, np.ndarray]:
    """Value and slope d(y)/d(x) of a piecewise-linear table at points ``x``."""
    x = np.asarray(x, dtype=float)
    n = len(xs)
    if n == 1:
        return np.full(x.shape, float(ys[0])), np.zeros(x.shape)
    seg = np.clip(np.searchsorted(xs, x, side="right") - 1, 0, n - 2)
    slope = (ys[seg + 1] - ys[seg]) / (xs[seg + 1] - xs[seg])
    return ys[seg] + (x - xs[seg]) * slope, slope


def lookup(x: np.ndarray, xs: np.ndarray, ys: np.ndarray) -> np.ndarray:
    """Value of a piecewise-linear table (end segments extended)."""
    return lookup_with_slope(x, xs, ys)[0]
