"""Level–area–volume look-ups and their slopes, for linearising around a storage.

The look-up is the simulator's own (:func:`waterplanner.engine.physics.table_lookup_array`,
the same numbers as the kernel's ``table_lookup``): linear between rows, the end segments
extended beyond the table. The slope is that of the segment the storage lies in (at a row,
the segment above it), so a linearisation is exact wherever the storage stays within one
segment.
"""

from __future__ import annotations

import numpy as np

from waterplanner.engine.physics import table_lookup_array


def lookup_with_slope(x: np.ndarray, xs: np.ndarray, ys: np.ndarray
                      ) -> tuple[np.ndarray, np.ndarray]:
    """Value and slope d(y)/d(x) of a piecewise-linear table at points ``x``."""
    return table_lookup_array(x, xs, ys)


def lookup(x: np.ndarray, xs: np.ndarray, ys: np.ndarray) -> np.ndarray:
    """Value of a piecewise-linear table (end segments extended)."""
    return table_lookup_array(x, xs, ys)[0]
