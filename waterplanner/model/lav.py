"""Level–area–volume (LAV) tables of reservoirs and lakes.

A table maps stored volume (Mm³) to water level (m a.s.l.) and surface area (km²). Between
rows it interpolates linearly in volume; outside the table it extends the first or last
segment linearly (areas never below zero), so a lake that rises above its surveyed range
still has a defined level.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class LevelAreaVolume:
    """Rows of (level, area, volume), increasing in level and volume.

    Parameters
    ----------
    level_m
        Water level of each row, metres above sea level.
    area_km2
        Water-surface area of each row, km².
    volume_mcm
        Stored volume of each row, million m³.
    """

    level_m: tuple[float, ...]
    area_km2: tuple[float, ...]
    volume_mcm: tuple[float, ...]

    def __len__(self) -> int:
        return len(self.volume_mcm)

    def _interp(self, volume_mcm: np.ndarray | float, column: tuple[float, ...]) -> np.ndarray:
        v = np.asarray(self.volume_mcm, dtype=float)
        y = np.asarray(column, dtype=float)
        x = np.asarray(volume_mcm, dtype=float)
        if len(v) == 1:
            return np.full_like(x, y[0], dtype=float)
        out = np.interp(x, v, y)
        lo = x < v[0]
        hi = x > v[-1]
        if np.any(lo):
            slope = (y[1] - y[0]) / (v[1] - v[0])
            out = np.where(lo, y[0] + slope * (x - v[0]), out)
        if np.any(hi):
            slope = (y[-1] - y[-2]) / (v[-1] - v[-2])
            out = np.where(hi, y[-1] + slope * (x - v[-1]), out)
        return out

    def level_at(self, volume_mcm: np.ndarray | float) -> np.ndarray:
        """Water level (m) at a stored volume (Mm³)."""
        return self._interp(volume_mcm, self.level_m)

    def area_at(self, volume_mcm: np.ndarray | float) -> np.ndarray:
        """Surface area (km²) at a stored volume (Mm³), never negative."""
        return np.maximum(self._interp(volume_mcm, self.area_km2), 0.0)

    def volume_at_level(self, level_m: float) -> float:
        """Stored volume (Mm³) at a water level (m), the inverse of :meth:`level_at`."""
        lv = np.asarray(self.level_m, dtype=float)
        v = np.asarray(self.volume_mcm, dtype=float)
        if len(v) == 1:
            return float(v[0])
        if level_m < lv[0]:
            return float(v[0] + (level_m - lv[0]) * (v[1] - v[0]) / (lv[1] - lv[0]))
        if level_m > lv[-1]:
            return float(v[-1] + (level_m - lv[-1]) * (v[-1] - v[-2]) / (lv[-1] - lv[-2]))
        return float(np.interp(level_m, lv, v))
