"""The stochastic inflow generator ``lognormal_ar1``: members drawn from a fitted model.

For member k, node i and water year y (see :mod:`waterplanner.engine.ensemble.fit`):

1. **Cross-correlation between rivers**: a common basin factor F and node noise E,
   W[i, y] = √ρ · F[y] + √(1 − ρ) · E[i, y], so corr(W[i], W[j]) = ρ.
2. **Year-to-year persistence**: an AR(1) on the normal scores,
   Z[i, 0] = W[i, 0], Z[i, y] = φ · Z[i, y−1] + √(1 − φ²) · W[i, y]; Z stays standard
   normal with lag-one autocorrelation φ and cross-correlation ρ.
3. **Annual volume**: V[i, y] = median[i, y] · exp(σ[i] · Z[i, y]) (lognormal).
4. **Seasonal pattern with period-to-period noise**: each period p of year y gets
   V[i, y] · s[i, p] · e[i, p] / Σ_{p' in y} s[i, p'] · e[i, p'], with s the central set's
   seasonal shape and e lognormal noise of mean 1 and coefficient of variation ``period_cv``;
   renormalising keeps the annual volume exactly. Nothing is ever negative.

**Reproducible and chunkable**: member k's normal deviates come from its own generator,
seeded by ``SeedSequence(seed, spawn_key=(k,))`` (the k-th child of
``SeedSequence(seed).spawn``), so member k depends only on (seed, k): members start..stop−1
made alone equal the same rows of the whole ensemble, bit for bit, whichever process makes
them. Each member draws its annual deviates before its period noise, in a fixed order.
"""

from __future__ import annotations

import math

import numpy as np

from waterplanner.engine.ensemble.fit import FittedGenerator, sigma_from_cv


def member_rng(seed: int, k: int) -> np.random.Generator:
    """The random generator of member ``k`` of the ensemble seeded ``seed``."""
    return np.random.Generator(np.random.PCG64(np.random.SeedSequence(seed, spawn_key=(k,))))


def _deviates(seed: int, start: int, stop: int, n: int) -> np.ndarray:
    """Standard normal deviates [member, n] of members start..stop−1."""
    out = np.empty((stop - start, n))
    for row, k in enumerate(range(start, stop)):
        member_rng(seed, k).standard_normal(out=out[row])
    return out


def annual_scores(fitted: FittedGenerator, f: np.ndarray, e: np.ndarray) -> np.ndarray:
    """Normal scores Z [member, node, year] from the basin factor f [member, year] and the
    node noise e [member, node, year]."""
    rho, phi = fitted.correlation, fitted.lag1
    w = math.sqrt(rho) * f[:, None, :] + math.sqrt(1.0 - rho) * e
    z = np.empty_like(w)
    z[..., 0] = w[..., 0]
    innovation = math.sqrt(1.0 - phi * phi)
    for y in range(1, w.shape[2]):
        z[..., y] = phi * z[..., y - 1] + innovation * w[..., y]
    return z


def generate(fitted: FittedGenerator, seed: int, start: int, stop: int
             ) -> dict[str, np.ndarray]:
    """Members start..stop−1: node id → [members, periods] in Mm³ per period."""
    if not 0 <= start <= stop:
        raise ValueError(f"members {start}..{stop - 1}: need 0 ≤ start ≤ stop")
    n, y, t = len(fitted.node_ids), fitted.years, fitted.periods
    m = stop - start
    draws = _deviates(seed, start, stop, y + n * y + n * t)
    f = draws[:, :y]
    e = draws[:, y:y + n * y].reshape(m, n, y)
    g = draws[:, y + n * y:].reshape(m, n, t)
    z = annual_scores(fitted, f, e)
    volume = fitted.median_mcm[None] * np.exp(fitted.sigma[None, :, None] * z)
    s = sigma_from_cv(fitted.period_cv)
    weight = fitted.shape[None] * np.exp(s * g - s * s / 2.0)
    per_year = np.add.reduceat(weight, fitted.year_starts, axis=2)
    factor = np.divide(volume, per_year, out=np.zeros_like(volume), where=per_year > 0)
    inflow = weight * factor[..., fitted.year_of_period]
    return {nid: np.ascontiguousarray(inflow[:, i, :]) for i, nid in
            enumerate(fitted.node_ids)}
