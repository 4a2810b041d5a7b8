"""The risk table of an ensemble: what a planner reads (see docs/ensembles.md, "Risk").

Per demand and per country: P(shortfall over the horizon > threshold), reliability,
resilience, vulnerability; the probability of each event (a reservoir below its operating
minimum, a sink receiving water, a terminal lake spilling); energy per country and ICWC
season as P10/P50/P90. Probabilities and reliability are fractions in [0, 1]; NaN where a
metric does not apply (no demand; resilience and vulnerability without any failure).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from waterplanner.engine.risk.layout import RiskLayout
from waterplanner.engine.risk.stats import EnsembleStats
from waterplanner.engine.risk.supply import SupplyCounts
from waterplanner.engine.seasons import SeasonSpan
from waterplanner.engine.summary import json_safe

ENERGY_QUANTILES = (0.1, 0.5, 0.9)


@dataclass(frozen=True)
class SupplyRisk:
    """Risk of one demand, or of one country's demands together (``kind``)."""

    kind: str
    id: str
    name: str
    demand_mcm: float
    """Demand over the horizon (mean over members)."""
    mean_shortfall_pct: float
    p_short_over_threshold: float
    reliability: float
    resilience: float
    vulnerability_mcm: float
    vulnerability_pct: float


@dataclass(frozen=True)
class EventRisk:
    """Probability of one event, and the mean of its amount over all members."""

    kind: str
    element_id: str
    label: str
    probability: float
    mean_amount: float
    amount_unit: str


@dataclass(frozen=True)
class EnergyRisk:
    """Energy of one country in one season, GWh."""

    country: str
    name: str
    span: SeasonSpan
    mean_gwh: float
    p10_gwh: float
    p50_gwh: float
    p90_gwh: float
    exact: bool
    """True: quantiles of every member's value; False: read from the fixed-edge histogram."""


@dataclass(frozen=True)
class RiskTable:
    members: int
    threshold_pct: float
    failure_tolerance_pct: float
    demands: tuple[SupplyRisk, ...]
    countries: tuple[SupplyRisk, ...]
    events: tuple[EventRisk, ...]
    energy: tuple[EnergyRisk, ...]

    def demand(self, node_id: str) -> SupplyRisk:
        return next(d for d in self.demands if d.id == node_id)

    def country(self, code: str) -> SupplyRisk:
        return next(c for c in self.countries if c.id == code)

    def event(self, kind: str, element_id: str) -> EventRisk:
        return next(e for e in self.events if e.kind == kind and e.element_id == element_id)

    def energy_of(self, country: str) -> tuple[EnergyRisk, ...]:
        return tuple(e for e in self.energy if e.country == country)

    def to_dict(self) -> dict[str, object]:
        """Plain data for JSON (None where a metric does not apply)."""
        from dataclasses import asdict
        d = asdict(self)
        for row, e in zip(d["energy"], self.energy):
            row["span"] = e.span.to_dict()
        return json_safe(d)  # type: ignore[return-value]


def risk_table(stats: EnsembleStats, layout: RiskLayout) -> RiskTable:
    """The risk table of a (merged) ensemble summary."""
    m = stats.members
    return RiskTable(
        members=m, threshold_pct=layout.options.threshold_pct,
        failure_tolerance_pct=layout.options.failure_tolerance_pct,
        demands=_supply("demand", stats.demands, layout.demand_ids, layout.demand_names, m),
        countries=_supply("country", stats.countries, layout.supply_countries,
                          tuple(layout.country_names[c] for c in layout.supply_countries), m),
        events=tuple(EventRisk(ev.kind, ev.element_id, ev.label,
                               float(stats.event_hits[e] / m) if m else float("nan"),
                               float(stats.event_amount[e] / m) if m else float("nan"),
                               ev.amount_unit) for e, ev in enumerate(layout.events)),
        energy=_energy(stats, layout))


def _supply(kind: str, c: SupplyCounts, ids: tuple[str, ...], names: tuple[str, ...],
            members: int) -> tuple[SupplyRisk, ...]:
    cols = (c.mean_shortfall_pct(), c.p_short_over_threshold(), c.reliability(),
            c.resilience(), c.vulnerability_mcm(), c.vulnerability_pct())
    dem = c.demand_mcm / members if members else np.full(len(ids), np.nan)
    return tuple(SupplyRisk(kind, i, n, float(dem[j]), *(float(col[j]) for col in cols))
                 for j, (i, n) in enumerate(zip(ids, names)))


def _energy(stats: EnsembleStats, layout: RiskLayout) -> tuple[EnergyRisk, ...]:
    exact = stats.energy.quantiles(ENERGY_QUANTILES)
    q = exact if exact is not None else stats.energy_histograms.quantiles(ENERGY_QUANTILES)
    q, mean = q / 1000.0, stats.energy.mean / 1000.0
    s = len(layout.spans)
    return tuple(EnergyRisk(code, layout.country_names[code], span, float(mean[c * s + k]),
                            float(q[0, c * s + k]), float(q[1, c * s + k]),
                            float(q[2, c * s + k]), exact is not None)
                 for c, code in enumerate(layout.energy_countries)
                 for k, span in enumerate(layout.spans))
