"""Who gets how much water and energy: the per-country summary by ICWC season.

For each country and each season of the horizon (:mod:`waterplanner.engine.seasons`):

- **withdrawal**: the water entering the intakes of the country's demands (before the
  intake's losses), each demand split among countries by :meth:`DemandNode.shares`;
  demand, delivery (what reaches the fields) and shortfall split the same way;
- **limit**: the country's ICWC limit for that season (``Scenario.countries``; None where
  none is set) and the withdrawal as % of it. The limit is the whole season's: it is not
  cut down for a season the horizon covers only in part (such a season is marked partial);
- **flow formation**: the local inflow of the inflow nodes in the country, in Mm³ and as %
  of the basin's inflow in that season;
- **energy**: what the country's plants generate (plants at dams by their reservoir's
  country, run-of-river plants by their own or their link's country), and the energy
  exchange ledger: every exchange moves its energy from supplier to receiver in its season
  of every water year (in a partial season, in proportion to the days covered).
  Net energy = generated + received − supplied.

Nothing is dropped: a demand or inflow node with no country and no shares, or a plant with
no country, is counted in an ``unassigned`` row, so the rows of a season add up to the
basin's totals.

For an ensemble the numbers are those of one member, or (``member=None``, the default) the
mean over the members: every quantity is a sum, so the rows still add up; a % of limit is
that of the mean withdrawal.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from waterplanner.engine.results import Results
from waterplanner.engine.run_of_river import run_of_river_sites
from waterplanner.engine.seasons import SeasonSpan, season_spans, season_sums
from waterplanner.engine.summary import json_safe
from waterplanner.model.countries import Country, EnergyExchange, country_name
from waterplanner.model.nodes import DemandNode, InflowNode, ReservoirNode
from waterplanner.model.scenario import Scenario

UNASSIGNED = "unassigned"
"""The row of demands, inflows and plants that belong to no country."""

ADDITIVE_FIELDS = ("withdrawal_mcm", "delivery_mcm", "demand_mcm", "shortfall_mcm",
                   "formed_mcm", "generated_mwh", "received_mwh", "supplied_mwh",
                   "net_energy_mwh")
"""The quantities of a row that add up over countries and seasons."""


@dataclass(frozen=True)
class CountrySeasonRow:
    """One country in one season (volumes in Mm³, energy in MWh)."""

    country: str
    span: SeasonSpan
    limit_mcm: float | None
    withdrawal_mcm: float
    delivery_mcm: float
    demand_mcm: float
    shortfall_mcm: float
    limit_pct: float | None
    """Withdrawal as % of the limit; None without a limit (or with a zero one)."""
    formed_mcm: float
    formed_pct: float | None
    """Share of the basin's inflow of the season formed in the country; None when the basin
    had no inflow."""
    generated_mwh: float
    received_mwh: float
    supplied_mwh: float
    net_energy_mwh: float

    @property
    def over_limit(self) -> bool:
        """Whether the withdrawal exceeds the season's limit."""
        return self.limit_mcm is not None and self.withdrawal_mcm > self.limit_mcm

    def to_dict(self) -> dict[str, object]:
        """Plain data for JSON (the season by its index in ``spans``)."""
        d: dict[str, object] = {"country": self.country, "span": self.span.index,
                                "limit_mcm": self.limit_mcm}
        d.update({name: getattr(self, name) for name in (
            "withdrawal_mcm", "delivery_mcm", "demand_mcm", "shortfall_mcm", "limit_pct",
            "formed_mcm", "formed_pct", "generated_mwh", "received_mwh", "supplied_mwh",
            "net_energy_mwh")})
        return d


@dataclass(frozen=True)
class CountryTotals:
    """One country over the whole horizon: the sums of its season rows (no limit: limits
    are per season)."""

    country: str
    withdrawal_mcm: float
    delivery_mcm: float
    demand_mcm: float
    shortfall_mcm: float
    formed_mcm: float
    generated_mwh: float
    received_mwh: float
    supplied_mwh: float
    net_energy_mwh: float

    def to_dict(self) -> dict[str, object]:
        return {"country": self.country, **{k: getattr(self, k) for k in ADDITIVE_FIELDS}}


@dataclass(frozen=True)
class CountriesSummary:
    """The per-country table: ``rows`` per country × season (country-major, seasons in time
    order), ``totals`` per country, and the exchange ledger.

    ``countries`` lists every country with a row, in this order: those the scenario
    declares, then the others by code, then ``unassigned`` if anything is.
    """

    inflow_set: str
    members: int
    member: int | None
    """The member summarised; None for the mean over all members."""
    countries: tuple[Country, ...]
    spans: tuple[SeasonSpan, ...]
    rows: tuple[CountrySeasonRow, ...]
    totals: tuple[CountryTotals, ...]
    exchanges: tuple[EnergyExchange, ...]
    basin_withdrawal_mcm: float
    basin_formed_mcm: float
    basin_generated_mwh: float

    @property
    def codes(self) -> list[str]:
        """The country codes of the rows, in order."""
        return [c.code for c in self.countries]

    def name(self, code: str) -> str:
        """The display name of a row's country."""
        return next(c.display_name for c in self.countries if c.code == code)

    def row(self, code: str, span: int) -> CountrySeasonRow:
        """The row of one country in one season (by the season's index)."""
        return self.rows[self.codes.index(code) * len(self.spans) + span]

    def rows_of(self, code: str) -> tuple[CountrySeasonRow, ...]:
        """The rows of one country, seasons in time order."""
        k = self.codes.index(code) * len(self.spans)
        return self.rows[k:k + len(self.spans)]

    def totals_of(self, code: str) -> CountryTotals:
        """The whole-horizon totals of one country."""
        return self.totals[self.codes.index(code)]

    def exchanges_of(self, code: str) -> tuple[EnergyExchange, ...]:
        """The exchanges a country supplies or receives."""
        return tuple(x for x in self.exchanges if code in (x.supplier, x.receiver))

    def to_dict(self) -> dict[str, object]:
        """Plain data for summary.json (None where a number does not apply or is not
        finite)."""
        return json_safe({  # type: ignore[return-value]
            "inflow_set": self.inflow_set, "members": self.members,
            "member": "mean" if self.member is None else self.member,
            "countries": [{"code": c.code, "name": c.display_name,
                           "vegetation_limit_mcm": c.vegetation_limit_mcm,
                           "non_vegetation_limit_mcm": c.non_vegetation_limit_mcm}
                          for c in self.countries],
            "seasons": [s.to_dict() for s in self.spans],
            "rows": [r.to_dict() for r in self.rows],
            "totals": [t.to_dict() for t in self.totals],
            "exchanges": [{"id": x.id, "supplier": x.supplier, "receiver": x.receiver,
                           "energy_gwh": x.energy_gwh, "season": x.season.value,
                           "water_mcm": x.water_mcm,
                           "water_season": x.water_season.value if x.water_season else None,
                           "note": x.note} for x in self.exchanges],
            "basin": {"withdrawal_mcm": self.basin_withdrawal_mcm,
                      "formed_mcm": self.basin_formed_mcm,
                      "generated_mwh": self.basin_generated_mwh},
        })


def has_country_data(scenario: Scenario) -> bool:
    """Whether the scenario says anything about countries (declared countries, exchanges,
    country shares, or a country on any node or plant): only then is a table worth showing."""
    return bool(scenario.countries or scenario.energy_exchanges
                or any(n.country for n in scenario.nodes)
                or any(isinstance(n, DemandNode) and n.country_shares for n in scenario.nodes)
                or any(p.country for lk in scenario.links for p in lk.plants))


def country_list(scn: Scenario) -> list[Country]:
    """The countries of the per-country rows, in their order: those the scenario declares,
    then the others by code, then ``unassigned`` if anything belongs to no country."""
    declared = {c.code: c for c in scn.countries}
    found: set[str] = set()
    unassigned = False
    for node in scn.nodes:
        if isinstance(node, DemandNode):
            shares = node.shares()
            found.update(shares)
            unassigned |= not shares
        elif isinstance(node, InflowNode) or (isinstance(node, ReservoirNode)
                                              and node.hydropower is not None):
            found.add(node.country)
            unassigned |= not node.country
    for site in run_of_river_sites(scn):
        found.add(site.country)
        unassigned |= not site.country
    for x in scn.energy_exchanges:
        found.update((x.supplier, x.receiver))
    found.discard("")
    out = list(scn.countries)
    out += [Country(code=c, name=country_name(c)) for c in sorted(found - set(declared))]
    if unassigned:
        out.append(Country(code=UNASSIGNED, name="Unassigned"))
    return out


def _pick(values: np.ndarray, elements: np.ndarray | None, member: int | None) -> np.ndarray:
    """[member, element, period] → [element, period] of the chosen elements (all for None):
    one member, or the mean over the members."""
    chosen = values if elements is None else values[:, elements]
    if member is not None:
        return chosen[member]
    return chosen[0] if chosen.shape[0] == 1 else chosen.mean(axis=0)


def countries_summary(r: Results, member: int | None = None) -> CountriesSummary:
    """The per-country summary of a result (see the module docstring); ``member`` picks one
    ensemble member, None (the default) averages over them."""
    if member is not None and not 0 <= member < r.members:
        raise ValueError(f"member {member} does not exist (the result has {r.members})")
    scn = r.scenario
    countries = country_list(scn)
    index = {c.code: k for k, c in enumerate(countries)}
    n_c = len(countries)
    spans = season_spans(scn.time)

    def row_of(code: str) -> int:
        return index[code or UNASSIGNED]

    demands = [n for n in scn.nodes if isinstance(n, DemandNode)]
    dem_idx = np.array([r.node_index(d.id) for d in demands], dtype=np.int64)
    split = np.zeros((n_c, len(demands)))
    for j, d in enumerate(demands):
        for code, share in (d.shares() or {UNASSIGNED: 1.0}).items():
            split[row_of(code), j] += share

    def by_country(values: np.ndarray) -> np.ndarray:
        return season_sums(split @ _pick(values, dem_idx, member), spans)

    withdrawal = by_country(r.withdrawal_mcm)
    delivery = by_country(r.delivery_mcm)
    demand = by_country(r.demand_mcm)
    shortfall = by_country(r.shortfall_mcm)

    sources = [n for n in scn.nodes if isinstance(n, InflowNode)]
    origin = np.zeros((n_c, len(sources)))
    for j, src in enumerate(sources):
        origin[row_of(src.country), j] = 1.0
    src_idx = np.array([r.node_index(s.id) for s in sources], dtype=np.int64)
    formed = season_sums(origin @ _pick(r.local_inflow_mcm, src_idx, member), spans)

    dams = [n for n in scn.nodes if isinstance(n, ReservoirNode) and n.hydropower is not None]
    owner = np.zeros((n_c, len(dams)))
    for j, dam in enumerate(dams):
        owner[row_of(dam.country), j] = 1.0
    ror_owner = np.zeros((n_c, len(r.plant_sites)))
    for j, site in enumerate(r.plant_sites):
        ror_owner[row_of(site.country), j] = 1.0
    dam_idx = np.array([r.node_index(d.id) for d in dams], dtype=np.int64)
    generated = season_sums(owner @ _pick(r.energy_mwh, dam_idx, member)
                            + ror_owner @ _pick(r.run_of_river_energy_mwh, None, member),
                            spans)

    received = np.zeros((n_c, len(spans)))
    supplied = np.zeros((n_c, len(spans)))
    for x in scn.energy_exchanges:
        for s in spans:
            if s.season is x.season:
                mwh = x.energy_gwh * 1000.0 * s.covered_fraction
                supplied[index[x.supplier], s.index] += mwh
                received[index[x.receiver], s.index] += mwh
    net = generated + received - supplied

    basin_formed = formed.sum(axis=0)
    limits = {c.code: c for c in countries}
    rows = []
    for c in countries:
        k = index[c.code]
        for s in spans:
            limit = limits[c.code].limit_mcm(s.season)
            w = float(withdrawal[k, s.index])
            total = float(basin_formed[s.index])
            rows.append(CountrySeasonRow(
                country=c.code, span=s, limit_mcm=limit, withdrawal_mcm=w,
                delivery_mcm=float(delivery[k, s.index]), demand_mcm=float(demand[k, s.index]),
                shortfall_mcm=float(shortfall[k, s.index]),
                limit_pct=100.0 * w / limit if limit else None,
                formed_mcm=float(formed[k, s.index]),
                formed_pct=100.0 * float(formed[k, s.index]) / total if total > 0 else None,
                generated_mwh=float(generated[k, s.index]),
                received_mwh=float(received[k, s.index]),
                supplied_mwh=float(supplied[k, s.index]), net_energy_mwh=float(net[k, s.index])))
    totals = tuple(CountryTotals(
        country=c.code, withdrawal_mcm=float(withdrawal[k].sum()),
        delivery_mcm=float(delivery[k].sum()), demand_mcm=float(demand[k].sum()),
        shortfall_mcm=float(shortfall[k].sum()), formed_mcm=float(formed[k].sum()),
        generated_mwh=float(generated[k].sum()), received_mwh=float(received[k].sum()),
        supplied_mwh=float(supplied[k].sum()), net_energy_mwh=float(net[k].sum()))
        for k, c in enumerate(countries))
    return CountriesSummary(
        inflow_set=r.inflow_set, members=r.members, member=member,
        countries=tuple(countries), spans=spans, rows=tuple(rows), totals=totals,
        exchanges=tuple(scn.energy_exchanges),
        basin_withdrawal_mcm=float(withdrawal.sum()), basin_formed_mcm=float(basin_formed.sum()),
        basin_generated_mwh=float(generated.sum()))
