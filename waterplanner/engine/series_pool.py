"""Per-period inputs kept once: every distinct series in one [period, row] block.

Most per-period inputs of a network are the same series many times over: limits that are
missing (every node's ``inf``), parameters that do not apply to a node's kind (``0``), a
constant flow converted with the same period lengths, or one evaporation series shared by
many reservoirs. The simulation used to expand each of them to its own [node, period] row;
at 200 nodes × 36 500 days that is 58 MB per parameter. A pool keeps each distinct series
once and an index says which row a (parameter, node) reads: ``pool[t, row[p, i]]``.

The block is period-major so that one period's sweep down the network reads neighbouring
memory. Rows are told apart by their exact bytes, so a series is shared only when every
value is bit-for-bit the same: the numbers the kernel reads do not change.
"""

from __future__ import annotations

import numpy as np


class SeriesPool:
    """Collects series of ``periods`` values, each distinct one once (see the module)."""

    def __init__(self, periods: int):
        self.periods = periods
        self._rows: list[np.ndarray] = []
        self._by_bytes: dict[bytes, int] = {}
        self._by_constant: dict[bytes, int] = {}

    def constant(self, value: float) -> int:
        """The row of a value repeated over every period."""
        key = np.float64(value).tobytes()
        row = self._by_constant.get(key)
        if row is None:
            row = self._by_constant[key] = self.series(np.full(self.periods, value))
        return row

    def series(self, values: np.ndarray) -> int:
        """The row of a series of ``periods`` values (added if no row has these bytes)."""
        arr = np.ascontiguousarray(values, dtype=float)
        if arr.shape != (self.periods,):
            raise ValueError(f"a series has shape {arr.shape}; expected ({self.periods},)")
        key = arr.tobytes()
        row = self._by_bytes.get(key)
        if row is None:
            row = self._by_bytes[key] = len(self._rows)
            self._rows.append(arr)
        return row

    def __len__(self) -> int:
        return len(self._rows)

    def block(self) -> np.ndarray:
        """All rows as one [period, row] array (at least one row, so the kernel always has
        an array of the right shape)."""
        if not self._rows:
            return np.zeros((self.periods, 1))
        out = np.empty((self.periods, len(self._rows)))
        for k, row in enumerate(self._rows):
            out[:, k] = row
        return out


def expand(block: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """The [element, period] array of some rows of a pool (a new array)."""
    return np.ascontiguousarray(block[:, rows].T)
