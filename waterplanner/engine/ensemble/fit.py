"""Fitting the stochastic generator to a scenario: each inflow node's annual-volume
distribution (a two-parameter lognormal), its seasonal shape, and the generator's
correlation, persistence and noise.

The annual volume of node i in water year y is ``median[i, y] · exp(sigma[i] · Z)`` with Z
standard normal. ``sigma`` comes, in order of precedence, from the node's ``cv`` in the
file (σ² = ln(1 + cv²)), from its central and dry inflow sets, or from ``default_cv``.
From the sets, with C and D the node's volumes over the horizon in the central and the dry
set and z the standard normal quantile of the dry set (z = Φ⁻¹(1 − 0.9) ≈ −1.2816 for a
P = 90 % year):

* central is the **mean** year: ln C = μ + σ²/2 and ln D = μ + zσ, so
  σ = z + √(z² + 2 ln(C/D));
* central is the **median** year: ln C = μ, so σ = ln(C/D) / (−z).

Each water year's median is the central set's volume in that year (divided by exp(σ²/2)
when the central year is the mean), scaled so that the mean water-year volume is the
node's ``mean_mcm`` when the file gives one. The seasonal shape of a period is its share
of its water year's volume in the central set, so it repeats each water year and works
for monthly, dekad and daily steps alike (and for a partial first or last water year).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from statistics import NormalDist

import numpy as np

from waterplanner.i18n import QT_TRANSLATE_NOOP, translate
from waterplanner.i18n.figures import fig
from waterplanner.model.ensembles import (
    DEFAULT_CENTRAL,
    DEFAULT_CENTRAL_SET,
    DEFAULT_CORRELATION,
    DEFAULT_CV,
    DEFAULT_DRY_EXCEEDANCE,
    DEFAULT_DRY_SET,
    DEFAULT_LAG1,
    DEFAULT_PERIOD_CV,
    GeneratorSource,
)
from waterplanner.model.nodes import InflowNode
from waterplanner.model.scenario import Scenario
from waterplanner.model.water_years import water_years

DAYS_PER_YEAR = 365.25


@dataclass(frozen=True)
class FittedGenerator:
    """Everything the generator needs, fitted to one scenario.

    ``median_mcm[i, y]`` is node i's median volume in water year y of the horizon (the part
    of it inside the horizon); ``sigma[i]`` the standard deviation of its log volume;
    ``shape[i, p]`` period p's share of its water year (each year's shares sum to 1, or
    are all 0 when the central set has no water that year); ``year_starts`` the first
    period of each water year.
    """

    node_ids: tuple[str, ...]
    median_mcm: np.ndarray
    sigma: np.ndarray
    shape: np.ndarray
    year_starts: np.ndarray
    correlation: float
    lag1: float
    period_cv: float
    notes: tuple[str, ...]

    @property
    def years(self) -> int:
        return len(self.year_starts)

    @property
    def periods(self) -> int:
        return int(self.shape.shape[1])

    @property
    def year_of_period(self) -> np.ndarray:
        """The index of each period's water year."""
        counts = np.diff(np.append(self.year_starts, self.periods))
        return np.repeat(np.arange(self.years), counts)

    def mean_mcm(self) -> np.ndarray:
        """The mean volume of every node in every water year ([node, year])."""
        return self.median_mcm * np.exp(self.sigma[:, None] ** 2 / 2)


def sigma_from_cv(cv: float) -> float:
    """The lognormal's log-space standard deviation for a coefficient of variation."""
    return math.sqrt(math.log1p(cv * cv))


def cv_from_sigma(sigma: float) -> float:
    return math.sqrt(math.expm1(sigma * sigma))


def sigma_from_quantile(central_mcm: float, dry_mcm: float, exceedance: float,
                        central: str) -> float:
    """σ of the lognormal whose mean (or median) is ``central_mcm`` and whose quantile
    exceeded in ``exceedance`` of years is ``dry_mcm``."""
    z = NormalDist().inv_cdf(1.0 - exceedance)
    r = math.log(central_mcm / dry_mcm)
    if central == "median":
        return r / -z
    return z + math.sqrt(z * z + 2.0 * r)


def _chosen_sets(scenario: Scenario, src: GeneratorSource) -> tuple[str, str | None]:
    names = scenario.inflow_set_names
    central = src.central_set or (DEFAULT_CENTRAL_SET if DEFAULT_CENTRAL_SET in names
                                  else names[0])
    dry = src.dry_set
    if dry is None and DEFAULT_DRY_SET in names and DEFAULT_DRY_SET != central:
        dry = DEFAULT_DRY_SET
    for what, name in (("central_set", central), ("dry_set", dry)):
        if name is not None and name not in names:
            raise ValueError(translate("Ensembles", "{field}: the scenario has no inflow set "
                                                    "'{name}' (it has: {names})").format(
                field=what, name=name, names=", ".join(names)))
    if dry == central:
        raise ValueError(translate("Ensembles", "dry_set: the dry set cannot be the central set "
                                                "('{name}')").format(name=dry))
    return central, dry


def _full_year_volume(central: np.ndarray, scenario: Scenario) -> float:
    """The central set's volume in a whole water year: the mean over the complete water
    years of the horizon, else the horizon's volume pro rata of its days."""
    complete = [wy for wy in water_years(scenario.time) if wy.complete]
    if complete:
        return float(np.mean([central[wy.start:wy.stop].sum() for wy in complete]))
    return float(central.sum() * DAYS_PER_YEAR / scenario.time.days.sum())


def fit(scenario: Scenario, src: GeneratorSource) -> FittedGenerator:
    """Fit the generator ``src`` to ``scenario``; ValueError says what cannot be fitted."""
    central_set, dry_set = _chosen_sets(scenario, src)
    central_kind = src.central or DEFAULT_CENTRAL
    exceedance = src.dry_exceedance if src.dry_exceedance is not None \
        else DEFAULT_DRY_EXCEEDANCE
    default_cv = src.default_cv if src.default_cv is not None else DEFAULT_CV
    years = water_years(scenario.time)
    starts = np.array([wy.start for wy in years], dtype=np.int64)
    inflows = [n for n in scenario.nodes if isinstance(n, InflowNode)]
    n_nodes, t = len(inflows), scenario.time.periods
    median = np.zeros((n_nodes, len(years)))
    sigma = np.zeros(n_nodes)
    shape = np.zeros((n_nodes, t))
    defaulted: list[str] = []
    for i, node in enumerate(inflows):
        c = np.asarray(node.inflow_mcm[central_set], dtype=float)
        year_mcm = np.add.reduceat(c, starts)
        stats = src.nodes.get(node.id)
        if stats is not None and stats.cv is not None:
            sigma[i] = sigma_from_cv(stats.cv)
        elif dry_set is not None:
            total, dry = float(c.sum()), float(np.sum(node.inflow_mcm[dry_set]))
            if total > 0 and not 0 < dry <= total:
                raise ValueError(translate(
                    "Ensembles", "'{node}': the dry set '{dry_set}' holds {dry} Mm³ and the "
                                 "central set '{central_set}' {central} Mm³; a lognormal needs "
                                 "0 < dry ≤ central (give the node its cv)").format(
                    node=node.id, dry_set=dry_set, dry=fig(dry, ".6g"), central_set=central_set,
                    central=fig(total, ".6g")))
            sigma[i] = 0.0 if total == 0 else sigma_from_quantile(total, dry, exceedance,
                                                                  central_kind)
        else:
            sigma[i] = sigma_from_cv(default_cv)
            defaulted.append(node.id)
        to_median = math.exp(-sigma[i] ** 2 / 2) if central_kind == "mean" else 1.0
        if stats is not None and stats.mean_mcm is not None:
            full = _full_year_volume(c, scenario)
            if full <= 0 and stats.mean_mcm > 0:
                raise ValueError(translate(
                    "Ensembles", "'{node}': the central set '{central_set}' has no water, so it "
                                 "gives no seasonal shape to spread the mean over").format(
                    node=node.id, central_set=central_set))
            scale = stats.mean_mcm / full if full > 0 else 0.0
            median[i] = year_mcm * scale * math.exp(-sigma[i] ** 2 / 2)
        else:
            median[i] = year_mcm * to_median
        per_period_year = np.repeat(year_mcm, np.diff(np.append(starts, t)))
        np.divide(c, per_period_year, out=shape[i], where=per_period_year > 0)
    notes = _notes(src, central_set, dry_set, central_kind, defaulted, default_cv)
    return FittedGenerator(
        node_ids=tuple(n.id for n in inflows), median_mcm=median, sigma=sigma, shape=shape,
        year_starts=starts,
        correlation=src.correlation if src.correlation is not None else DEFAULT_CORRELATION,
        lag1=src.lag1 if src.lag1 is not None else DEFAULT_LAG1,
        period_cv=src.period_cv if src.period_cv is not None else DEFAULT_PERIOD_CV,
        notes=notes)


def _notes(src: GeneratorSource, central_set: str, dry_set: str | None, central_kind: str,
           defaulted: list[str], default_cv: float) -> tuple[str, ...]:
    if dry_set and central_kind == "median":
        first = translate("Ensembles", "Annual volumes: lognormal per inflow node, fitted to the "
                                       "inflow set '{central}' as the median year and '{dry}' as "
                                       "the dry quantile.")
    elif dry_set:
        first = translate("Ensembles", "Annual volumes: lognormal per inflow node, fitted to the "
                                       "inflow set '{central}' as the mean year and '{dry}' as "
                                       "the dry quantile.")
    elif central_kind == "median":
        first = translate("Ensembles", "Annual volumes: lognormal per inflow node, fitted to the "
                                       "inflow set '{central}' as the median year.")
    else:
        first = translate("Ensembles", "Annual volumes: lognormal per inflow node, fitted to the "
                                       "inflow set '{central}' as the mean year.")
    notes = [first.format(central=central_set, dry=dry_set)]
    if defaulted:
        notes.append(translate("Ensembles", "No dry set: coefficient of variation {cv} assumed "
                                            "for {nodes}.").format(
            cv=fig(default_cv, "g"), nodes=", ".join(defaulted)))
    estimates = [f"{translate('Ensembles', name)} {fig(value, 'g')}" for name, given, value in (
        (QT_TRANSLATE_NOOP("Ensembles", "cross-correlation"), src.correlation,
         DEFAULT_CORRELATION),
        (QT_TRANSLATE_NOOP("Ensembles", "lag-1 persistence"), src.lag1, DEFAULT_LAG1),
        (QT_TRANSLATE_NOOP("Ensembles", "period noise cv"), src.period_cv, DEFAULT_PERIOD_CV))
        if given is None]
    if estimates:
        notes.append(translate("Ensembles", "Estimates (defaults): {estimates}.").format(
            estimates=", ".join(estimates)))
    return tuple(notes)
