"""Risk bands of an ensemble: the quantiles over the members of any per-period quantity.

A fan chart shows the median and the 50 % and 90 % bands (P25-P75, P5-P95) of, say, a
reservoir's storage over the members of an inflow ensemble. Quantiles use numpy's default
(linear interpolation between order statistics, "type 7"), period by period; a value that is
not finite in a member (a gap in a series) is left out of that period's quantiles.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

LEVELS = (0.05, 0.25, 0.5, 0.75, 0.95)
"""The quantiles a band set holds: the 90 % band's edges, the 50 % band's, and the median."""


@dataclass(frozen=True)
class Bands:
    """Quantiles of a quantity over the members, each an array over the x axis."""

    p05: np.ndarray
    p25: np.ndarray
    p50: np.ndarray
    p75: np.ndarray
    p95: np.ndarray
    members: int


def bands(values: np.ndarray) -> Bands:
    """The bands of ``values`` [members, x]: quantiles over axis 0."""
    v = np.asarray(values, dtype=float)
    if v.ndim != 2 or v.shape[0] == 0:
        raise ValueError(f"expected [members, x] values, got shape {v.shape}")
    finite = np.isfinite(v)
    if finite.all():
        q = np.quantile(v, LEVELS, axis=0)
    else:
        with np.errstate(all="ignore"):
            q = np.nanquantile(np.where(finite, v, np.nan), LEVELS, axis=0)
    return Bands(p05=q[0], p25=q[1], p50=q[2], p75=q[3], p95=q[4], members=int(v.shape[0]))
