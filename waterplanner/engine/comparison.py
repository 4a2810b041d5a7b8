"""What a change of schedule costs: two simulations of the same network side by side.

An optimised schedule (or a trade-off point, or any plan against a baseline) is judged not
only by its objective but by what it leaves behind: storage at the end of the horizon, the
lowest storage reached, energy per country and season, shortfalls and the terminal lake. The
CLI, the optimiser panel and the report all present this one comparison.
"""

from __future__ import annotations

from dataclasses import dataclass

from waterplanner.engine.summary import Summary

SEASONS = ("winter", "summer")


@dataclass(frozen=True)
class ReservoirChange:
    """Storage of one reservoir before and after, in Mm³."""

    node_id: str
    name: str
    start_mcm: float
    end_before_mcm: float
    end_after_mcm: float
    lowest_before_mcm: float
    lowest_after_mcm: float
    dead_storage_mcm: float
    capacity_mcm: float

    @property
    def end_change_mcm(self) -> float:
        return self.end_after_mcm - self.end_before_mcm


@dataclass(frozen=True)
class EnergyChange:
    """Energy of one country's plants in one season (or the year), in GWh."""

    country: str
    season: str
    """'winter' (Oct–Mar), 'summer' (Apr–Sep) or 'year'."""
    before_gwh: float
    after_gwh: float

    @property
    def change_pct(self) -> float:
        return 100.0 * (self.after_gwh - self.before_gwh) / self.before_gwh \
            if self.before_gwh > 0 else 0.0


@dataclass(frozen=True)
class ShortfallChange:
    """Shortfall of one demand before and after, in Mm³."""

    node_id: str
    name: str
    country: str
    before_mcm: float
    after_mcm: float


@dataclass(frozen=True)
class SummaryComparison:
    """Before → after of the headline figures of two simulations of one network."""

    reservoirs: tuple[ReservoirChange, ...]
    energy: tuple[EnergyChange, ...]
    demands: tuple[ShortfallChange, ...]
    shortfall_before_mcm: float
    shortfall_after_mcm: float
    lake_inflow_before_mcm: float
    lake_inflow_after_mcm: float
    energy_before_gwh: float
    energy_after_gwh: float

    def energy_of(self, country: str, season: str) -> EnergyChange:
        """One country's energy in one season ('winter', 'summer' or 'year')."""
        return next(e for e in self.energy if e.country == country and e.season == season)


def compare_summaries(before: Summary, after: Summary) -> SummaryComparison:
    """The comparison of two summaries of the same network (same nodes)."""
    res_before = {r.node_id: r for r in before.reservoirs}
    reservoirs = tuple(
        ReservoirChange(
            node_id=r.node_id, name=r.name, start_mcm=r.start_storage_mcm,
            end_before_mcm=res_before[r.node_id].end_storage_mcm, end_after_mcm=r.end_storage_mcm,
            lowest_before_mcm=min(res_before[r.node_id].min_storage_mcm,
                                  res_before[r.node_id].start_storage_mcm),
            lowest_after_mcm=min(r.min_storage_mcm, r.start_storage_mcm),
            dead_storage_mcm=r.dead_storage_mcm, capacity_mcm=r.capacity_mcm)
        for r in after.reservoirs if r.node_id in res_before)
    countries_before = {c.country: c for c in before.countries}
    energy: list[EnergyChange] = []
    for c in after.countries:
        b = countries_before.get(c.country)
        if b is None or (c.energy_gwh == 0 and b.energy_gwh == 0):
            continue
        energy += [EnergyChange(c.country, "winter", b.winter_gwh, c.winter_gwh),
                   EnergyChange(c.country, "summer", b.summer_gwh, c.summer_gwh),
                   EnergyChange(c.country, "year", b.energy_gwh, c.energy_gwh)]
    dem_before = {d.node_id: d for d in before.demands}
    demands = tuple(ShortfallChange(d.node_id, d.name, d.country,
                                 dem_before[d.node_id].shortfall_mcm, d.shortfall_mcm)
                    for d in after.demands if d.node_id in dem_before)
    return SummaryComparison(
        reservoirs=reservoirs, energy=tuple(energy), demands=demands,
        shortfall_before_mcm=before.shortfall_mcm, shortfall_after_mcm=after.shortfall_mcm,
        lake_inflow_before_mcm=before.lake_inflow_mcm, lake_inflow_after_mcm=after.lake_inflow_mcm,
        energy_before_gwh=before.energy_gwh, energy_after_gwh=after.energy_gwh)
