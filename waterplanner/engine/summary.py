"""Headline numbers of a simulation: shortfalls, reliability, energy by season and country,
the terminal lake, and the water balance.

Seasons follow the Central Asian convention: winter is October–March (the non-vegetation
period, when upstream plants want to generate), summer April–September (the vegetation
period, when the fields downstream need water).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from waterplanner.engine.results import Results
from waterplanner.i18n import QT_TRANSLATE_NOOP, translate
from waterplanner.model.nodes import (
    DemandNode,
    MinFlowNode,
    ReservoirNode,
    SinkNode,
    TerminalLakeNode,
)

MET_TOLERANCE = 1e-9
"""A period counts as fully met when the shortfall is below this share of its demand."""


@dataclass(frozen=True)
class DemandSummary:
    """How one demand fared over the horizon."""

    node_id: str
    name: str
    country: str
    priority: int
    demand_mcm: float
    delivery_mcm: float
    shortfall_mcm: float
    shortfall_pct: float
    reliability_pct: float
    """Share of periods with demand in which the demand was fully met."""
    worst_shortfall_mcm: float
    worst_period: int
    """Index of the period with the largest shortfall (-1 if never short)."""


@dataclass(frozen=True)
class PlantSummary:
    """Energy of one hydropower plant, in GWh.

    A plant at a dam has its reservoir's id and name; a run-of-river plant on a link has the
    plant's own id, its name marked '(run-of-river)' and the link's id in ``link_id``.
    """

    node_id: str
    name: str
    country: str
    energy_gwh: float
    winter_gwh: float
    summer_gwh: float
    kind: str = "reservoir"
    """'reservoir' (a plant at a dam) or 'run_of_river' (a plant on a link)."""
    link_id: str = ""


@dataclass(frozen=True)
class CountrySummary:
    """Water received by a country's demands (a demand shared among countries split by its
    ``country_shares``) and energy made by its plants."""

    country: str
    demand_mcm: float
    delivery_mcm: float
    shortfall_pct: float
    energy_gwh: float
    winter_gwh: float
    summer_gwh: float


@dataclass(frozen=True)
class LakeSummary:
    """The terminal lake: what reached it and where it ended."""

    node_id: str
    name: str
    inflow_mcm: float
    outflow_mcm: float
    start_level_m: float
    end_level_m: float
    end_storage_mcm: float


@dataclass(frozen=True)
class SinkSummary:
    """Where water left the basin (a depression such as Arnasai, the sea beyond a dike):
    how much, how much of it in the winter half-year, and from which node it came."""

    node_id: str
    name: str
    inflow_mcm: float
    winter_mcm: float
    by_source_mcm: dict[str, float]
    """What arrived along each incoming link, by the id of the node it left."""


@dataclass(frozen=True)
class ReservoirSummary:
    """Storage range of one reservoir over the horizon."""

    node_id: str
    name: str
    start_storage_mcm: float
    end_storage_mcm: float
    min_storage_mcm: float
    max_storage_mcm: float
    spill_mcm: float
    evaporation_mcm: float
    capacity_mcm: float = float("nan")
    dead_storage_mcm: float = 0.0

    @property
    def end_fill_pct(self) -> float:
        """Active storage filled at the end of the horizon, % (see :func:`active_fill_pct`)."""
        return active_fill_pct(self.end_storage_mcm, self.capacity_mcm, self.dead_storage_mcm)

    @property
    def start_fill_pct(self) -> float:
        """Active storage filled at the start of the horizon, %."""
        return active_fill_pct(self.start_storage_mcm, self.capacity_mcm, self.dead_storage_mcm)


FILL_DEFINITION = QT_TRANSLATE_NOOP(
    "Summary", "active storage filled, % (storage above dead storage ÷ active capacity)")
"""The one meaning of a reservoir's fill percentage, on screen and in reports (in English:
shown through :func:`fill_definition`, or ``translate("Summary", FILL_DEFINITION)``)."""


def fill_definition() -> str:
    """:data:`FILL_DEFINITION` in the planner's language."""
    return translate("Summary", FILL_DEFINITION)


def active_fill_pct(storage_mcm: float, capacity_mcm: float, dead_storage_mcm: float) -> float:
    """How full the active (usable) storage is, in %: 0 at dead storage, 100 at capacity.

    This is the one fill percentage of the program (:data:`FILL_DEFINITION`): the window's
    schematic, the summary and the report all use it.
    """
    span = capacity_mcm - dead_storage_mcm
    if not span > 0:
        return 0.0
    return float(np.clip(100.0 * (storage_mcm - dead_storage_mcm) / span, 0.0, 100.0))


@dataclass(frozen=True)
class Summary:
    """Headline numbers of one member of a simulation."""

    demand_mcm: float
    delivery_mcm: float
    shortfall_mcm: float
    shortfall_pct: float
    demands: tuple[DemandSummary, ...]
    worst_demand: str | None
    """Id of the demand with the largest shortfall share, None when nothing is short."""
    plants: tuple[PlantSummary, ...]
    countries: tuple[CountrySummary, ...]
    lakes: tuple[LakeSummary, ...]
    reservoirs: tuple[ReservoirSummary, ...]
    min_flow_deficit_mcm: dict[str, float]
    energy_gwh: float
    winter_energy_gwh: float
    summer_energy_gwh: float
    throughput_mcm: float
    mass_balance_residual_mcm: float
    mass_balance_relative: float
    worst_node: str
    worst_node_residual_mcm: float
    mass_balance_ok: bool
    link_excess_mcm: dict[str, float] = field(default_factory=dict)
    """Volume sent beyond a link's capacity (flooding), for links where it happened."""
    sinks: tuple[SinkSummary, ...] = ()

    def demand(self, node_id: str) -> DemandSummary:
        """The summary of one demand."""
        return next(d for d in self.demands if d.node_id == node_id)

    def country(self, code: str) -> CountrySummary:
        """The summary of one country."""
        return next(c for c in self.countries if c.country == code)

    def plant(self, node_id: str) -> PlantSummary:
        """The summary of one plant: a reservoir's id, or a run-of-river plant's id."""
        return next(p for p in self.plants if p.node_id == node_id)

    @property
    def lake_inflow_mcm(self) -> float:
        """Total inflow to the terminal lake(s)."""
        return sum(lk.inflow_mcm for lk in self.lakes)

    def to_dict(self) -> dict[str, object]:
        """Plain data for summary.json and reports: always valid JSON.

        JSON has no NaN or Infinity, so a number that is not finite (a value that does not
        apply, or a fault the caller reports through :meth:`non_finite_fields`) is written
        as null; ``json.dumps(..., allow_nan=False)`` accepts the result.
        """
        from dataclasses import asdict
        d = asdict(self)
        d["mass_balance"] = {
            "throughput_mcm": d.pop("throughput_mcm"),
            "residual_mcm": d.pop("mass_balance_residual_mcm"),
            "relative_residual": d.pop("mass_balance_relative"),
            "worst_node": d.pop("worst_node"),
            "worst_node_residual_mcm": d.pop("worst_node_residual_mcm"),
            "ok": d.pop("mass_balance_ok"),
        }
        return json_safe(d)  # type: ignore[return-value]

    def non_finite_fields(self) -> list[str]:
        """Where the summary holds NaN or ±Infinity ('reservoirs[1].end_storage_mcm'): empty
        for any valid scenario; anything else is a fault of the simulation."""
        from dataclasses import asdict
        return _non_finite(asdict(self), "")


def json_safe(v: object) -> object:
    """Plain data with every number that is not finite replaced by None (JSON has neither
    NaN nor Infinity)."""
    if isinstance(v, float):
        return v if math.isfinite(v) else None
    if isinstance(v, dict):
        return {k: json_safe(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [json_safe(x) for x in v]
    return v


def _non_finite(v: object, where: str) -> list[str]:
    if isinstance(v, float):
        return [] if math.isfinite(v) else [where]
    if isinstance(v, dict):
        return [p for k, x in v.items() for p in _non_finite(x, f"{where}.{k}" if where else k)]
    if isinstance(v, (list, tuple)):
        return [p for i, x in enumerate(v) for p in _non_finite(x, f"{where}[{i}]")]
    return []


def _pct(part: float, whole: float) -> float:
    return 100.0 * part / whole if whole > 0 else 0.0


def _shares(node: object) -> dict[str, float]:
    """A demand's countries and their shares (a demand with no country: '' → 1)."""
    assert isinstance(node, DemandNode)
    return node.shares() or {"": 1.0}


def summarize(r: Results, member: int = 0) -> Summary:
    """Compute the summary of one member of a result set."""
    scn = r.scenario
    winter = np.asarray(scn.time.is_winter)
    demands: list[DemandSummary] = []
    for node in scn.nodes:
        if not isinstance(node, DemandNode):
            continue
        i = r.node_index(node.id)
        dem = r.demand_mcm[member, i]
        short = r.shortfall_mcm[member, i]
        asked = dem > 0
        met = short <= MET_TOLERANCE * np.maximum(dem, 1.0)
        worst = int(np.argmax(short)) if short.max(initial=0.0) > 0 else -1
        demands.append(DemandSummary(
            node_id=node.id, name=node.name, country=node.country, priority=node.priority,
            demand_mcm=float(dem.sum()), delivery_mcm=float(r.delivery_mcm[member, i].sum()),
            shortfall_mcm=float(short.sum()), shortfall_pct=_pct(float(short.sum()), float(dem.sum())),
            reliability_pct=_pct(float((met & asked).sum()), float(asked.sum())) if asked.any()
            else 100.0,
            worst_shortfall_mcm=float(short.max(initial=0.0)), worst_period=worst))
    plants: list[PlantSummary] = []
    reservoirs: list[ReservoirSummary] = []
    for node in scn.nodes:
        if not isinstance(node, ReservoirNode):
            continue
        i = r.node_index(node.id)
        s = r.storage_mcm[member, i]
        reservoirs.append(ReservoirSummary(
            node_id=node.id, name=node.name, start_storage_mcm=float(r.initial_storage_mcm[i]),
            end_storage_mcm=float(s[-1]), min_storage_mcm=float(s.min()),
            max_storage_mcm=float(s.max()), spill_mcm=float(r.spill_mcm[member, i].sum()),
            evaporation_mcm=float(r.evaporation_mcm[member, i].sum()),
            capacity_mcm=node.capacity_mcm, dead_storage_mcm=node.dead_storage_mcm))
        if node.hydropower is None:
            continue
        e = r.energy_mwh[member, i] / 1000.0
        plants.append(PlantSummary(node_id=node.id, name=node.name, country=node.country,
                                   energy_gwh=float(e.sum()), winter_gwh=float(e[winter].sum()),
                                   summer_gwh=float(e[~winter].sum())))
    for k, site in enumerate(r.plant_sites):
        e = r.run_of_river_energy_mwh[member, k] / 1000.0
        plants.append(PlantSummary(node_id=site.plant.id, name=site.label, country=site.country,
                                   energy_gwh=float(e.sum()), winter_gwh=float(e[winter].sum()),
                                   summer_gwh=float(e[~winter].sum()), kind="run_of_river",
                                   link_id=site.link_id))
    countries: list[CountrySummary] = []
    shares = {d.node_id: _shares(scn.node(d.node_id)) for d in demands}
    codes = sorted({c for s in shares.values() for c in s} | {p.country for p in plants})
    for code in codes:
        ds = [(d, shares[d.node_id][code]) for d in demands if code in shares[d.node_id]]
        ps = [p for p in plants if p.country == code]
        dem = sum(d.demand_mcm * f for d, f in ds)
        short = sum(d.shortfall_mcm * f for d, f in ds)
        countries.append(CountrySummary(
            country=code, demand_mcm=dem, delivery_mcm=sum(d.delivery_mcm * f for d, f in ds),
            shortfall_pct=_pct(short, dem), energy_gwh=sum(p.energy_gwh for p in ps),
            winter_gwh=sum(p.winter_gwh for p in ps), summer_gwh=sum(p.summer_gwh for p in ps)))
    lakes: list[LakeSummary] = []
    for node in scn.nodes:
        if isinstance(node, TerminalLakeNode):
            i = r.node_index(node.id)
            lakes.append(LakeSummary(
                node_id=node.id, name=node.name, inflow_mcm=float(r.inflow_mcm[member, i].sum()),
                outflow_mcm=float(r.spill_mcm[member, i].sum()),
                start_level_m=float(node.lav.level_at(node.initial_storage_mcm)),
                end_level_m=float(r.level_m[member, i, -1]),
                end_storage_mcm=float(r.storage_mcm[member, i, -1])))
    winter = np.asarray(scn.time.is_winter, dtype=bool)
    sinks: list[SinkSummary] = []
    for node in scn.nodes:
        if isinstance(node, SinkNode):
            i = r.node_index(node.id)
            came = {lk.source: float(r.link_arrival_mcm[member, r.link_index(lk.id)].sum())
                    for lk in scn.links if lk.target == node.id}
            sinks.append(SinkSummary(
                node_id=node.id, name=node.name, inflow_mcm=float(r.inflow_mcm[member, i].sum()),
                winter_mcm=float(r.inflow_mcm[member, i][winter].sum()), by_source_mcm=came))
    minflow = {node.id: float(r.min_flow_deficit_mcm[member, r.node_index(node.id)].sum())
               for node in scn.nodes if isinstance(node, MinFlowNode)}
    excess = {lid: float(r.link_excess_mcm[member, j].sum()) for j, lid in enumerate(r.link_ids)
              if r.link_excess_mcm[member, j].sum() > 1e-9}
    total_dem = sum(d.demand_mcm for d in demands)
    total_short = sum(d.shortfall_mcm for d in demands)
    shorts = [d for d in demands if d.shortfall_mcm > 0]
    worst_demand = max(shorts, key=lambda d: d.shortfall_pct).node_id if shorts else None
    mb = r.mass_balance()
    worst_node, worst_res = mb.worst_node(member)
    return Summary(
        demand_mcm=total_dem, delivery_mcm=sum(d.delivery_mcm for d in demands),
        shortfall_mcm=total_short, shortfall_pct=_pct(total_short, total_dem),
        demands=tuple(demands), worst_demand=worst_demand, plants=tuple(plants),
        countries=tuple(countries), lakes=tuple(lakes), reservoirs=tuple(reservoirs),
        min_flow_deficit_mcm=minflow, energy_gwh=sum(p.energy_gwh for p in plants),
        winter_energy_gwh=sum(p.winter_gwh for p in plants),
        summer_energy_gwh=sum(p.summer_gwh for p in plants),
        throughput_mcm=float(mb.throughput_mcm[member]),
        mass_balance_residual_mcm=float(mb.system_residual_mcm[member]),
        mass_balance_relative=float(mb.relative_residual[member]),
        worst_node=worst_node, worst_node_residual_mcm=worst_res,
        mass_balance_ok=mb.ok, link_excess_mcm=excess, sinks=tuple(sinks))
