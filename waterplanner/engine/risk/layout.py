"""What the risk metrics measure in one scenario, fixed before any member is simulated.

The layout is built once from the scenario, the options and the ensemble's size, and
sent to every worker: it says which demands, countries, events and cells are counted, in
which order, and the fixed histogram edges, so that every chunk's summary has the same
shape and summaries merge by position.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from waterplanner.engine.compiled import CompiledNetwork
from waterplanner.engine.countries_summary import UNASSIGNED, country_list
from waterplanner.engine.risk.options import RiskOptions
from waterplanner.engine.run_of_river import run_of_river_sites
from waterplanner.engine.seasons import SeasonSpan, season_spans
from waterplanner.engine.simulate import prepare
from waterplanner.i18n import translate
from waterplanner.i18n.figures import fig
from waterplanner.model.nodes import (
    DemandNode,
    ReservoirNode,
    SinkNode,
    TerminalLakeNode,
)
from waterplanner.model.scenario import Scenario

BELOW_MINIMUM = "below_operating_minimum"
RECEIVES_FROM = "receives_from"
SINK_RECEIVES = "sink_receives"
LAKE_SPILLS = "lake_spills"


@dataclass(frozen=True)
class Event:
    """A yes/no outcome of one member over the horizon, and the amount behind it.

    ``below_operating_minimum``: a reservoir's end-of-period storage falls below its
    operating minimum in some period (amount: periods below). ``receives_from``: a link
    into a sink delivers more than the threshold over the horizon (amount: Mm³ arrived).
    ``sink_receives``: a sink receives more than the threshold from all its links
    (amount: Mm³). ``lake_spills``: a terminal lake spills over its crest (amount: Mm³).
    """

    kind: str
    element_id: str
    label: str
    index: int
    """Position of the node or link on its axis."""
    more_than: float
    amount_unit: str


@dataclass(frozen=True)
class CellBlock:
    """One quantity of some nodes (or links), every period: ``len(index) × periods``
    cells of the per-period statistics, element-major."""

    quantity: str
    unit: str
    per: str
    element_ids: tuple[str, ...]
    index: np.ndarray


CELL_QUANTITIES: tuple[tuple[str, str, str, tuple[type, ...]], ...] = (
    ("storage_mcm", "Mm³", "node", (ReservoirNode, TerminalLakeNode)),
    ("level_m", "m a.s.l.", "node", (ReservoirNode, TerminalLakeNode)),
    ("release_mcm", "Mm³", "node", (ReservoirNode,)),
    ("spill_mcm", "Mm³", "node", (ReservoirNode, TerminalLakeNode)),
    ("inflow_mcm", "Mm³", "node", ()),
    ("delivery_mcm", "Mm³", "node", (DemandNode,)),
    ("shortfall_mcm", "Mm³", "node", (DemandNode,)),
    ("energy_mwh", "MWh", "node", (ReservoirNode,)),
    ("link_flow_mcm", "Mm³", "link", ()),
)
"""Quantities with per-period statistics (mean, sd, min, max, P10/P50/P90) and the node
kinds they apply to (all nodes or links when empty; energy only at plants)."""


@dataclass(frozen=True, eq=False)
class RiskLayout:
    """Everything a chunk needs to summarise its members (see the module docstring)."""

    options: RiskOptions
    members: int
    """Size of the whole ensemble (decides whether per-member values are kept)."""
    periods: int
    demand_ids: tuple[str, ...]
    demand_names: tuple[str, ...]
    demand_index: np.ndarray       # [K] node positions
    supply_countries: tuple[str, ...]
    country_split: np.ndarray      # [C, K] share of each demand in each country
    energy_countries: tuple[str, ...]
    spans: tuple[SeasonSpan, ...]
    dam_index: np.ndarray          # [D] node positions of plants at dams
    dam_owner: np.ndarray          # [Ce, D]
    ror_owner: np.ndarray          # [Ce, P] run-of-river plants
    energy_edges_mwh: np.ndarray   # [Ce × S, bins + 1]
    events: tuple[Event, ...]
    blocks: tuple[CellBlock, ...]
    country_names: dict[str, str]

    @property
    def cells(self) -> int:
        return sum(len(b.index) for b in self.blocks) * self.periods

    @property
    def keep_energy_values(self) -> bool:
        return self.members * len(self.energy_countries) * len(self.spans) <= \
            self.options.exact_values_limit

    @property
    def keep_cell_values(self) -> bool:
        return self.members * self.cells <= self.options.exact_values_limit


def risk_layout(scenario: Scenario, members: int,
                options: RiskOptions | None = None) -> RiskLayout:
    """The layout of an ensemble of ``members`` members of ``scenario``."""
    options = options or RiskOptions()
    net = prepare(scenario).net
    node_pos, link_pos = net.node_position, net.link_position
    countries = country_list(scenario)
    names = {c.code: c.display_name for c in countries}

    demands = [n for n in scenario.nodes if isinstance(n, DemandNode)]
    shares = [d.shares() or {UNASSIGNED: 1.0} for d in demands]
    supply = [c.code for c in countries if any(c.code in s for s in shares)]
    split = np.zeros((len(supply), len(demands)))
    for j, share in enumerate(shares):
        for code, f in share.items():
            split[supply.index(code), j] += f

    def owner_of(code: str) -> str:
        return code or UNASSIGNED

    dams = [n for n in scenario.nodes if isinstance(n, ReservoirNode) and n.hydropower]
    sites = run_of_river_sites(scenario)
    owners = {owner_of(d.country) for d in dams} | {owner_of(s.country) for s in sites}
    energy = [c.code for c in countries if c.code in owners]
    dam_owner = np.zeros((len(energy), len(dams)))
    for j, d in enumerate(dams):
        dam_owner[energy.index(owner_of(d.country)), j] = 1.0
    ror_owner = np.zeros((len(energy), len(sites)))
    for j, s in enumerate(sites):
        ror_owner[energy.index(owner_of(s.country)), j] = 1.0
    spans = season_spans(scenario.time)
    hours = np.asarray(scenario.time.hours, dtype=float)
    span_hours = np.array([hours[s.first_period:s.first_period + s.periods].sum()
                           for s in spans])
    mw = dam_owner @ np.array([d.hydropower.installed_mw for d in dams if d.hydropower]) \
        if dams else np.zeros(len(energy))
    if sites:
        mw = mw + ror_owner @ np.array([s.plant.installed_mw for s in sites])
    top = np.maximum(np.outer(mw, span_hours).ravel(), 1.0)
    edges = top[:, None] * np.linspace(0.0, 1.0, options.energy_bins + 1)[None, :]

    return RiskLayout(
        options=options, members=members, periods=scenario.time.periods,
        demand_ids=tuple(d.id for d in demands), demand_names=tuple(d.name for d in demands),
        demand_index=np.array([node_pos[d.id] for d in demands], dtype=np.int64),
        supply_countries=tuple(supply), country_split=split, energy_countries=tuple(energy),
        spans=spans, dam_index=np.array([node_pos[d.id] for d in dams], dtype=np.int64),
        dam_owner=dam_owner, ror_owner=ror_owner, energy_edges_mwh=edges,
        events=_events(scenario, node_pos, link_pos, options), blocks=_blocks(scenario, net),
        country_names=names)


def _events(scenario: Scenario, node_pos: dict[str, int], link_pos: dict[str, int],
            options: RiskOptions) -> tuple[Event, ...]:
    events: list[Event] = []
    more = options.sink_more_than_mcm
    if more > 0:
        from_source = translate("RiskEvents", "{name} receives more than {volume} Mm³ from "
                                              "{source}")
        all_sources = translate("RiskEvents", "{name} receives more than {volume} Mm³ (all "
                                              "sources)")
    else:
        from_source = translate("RiskEvents", "{name} receives water from {source}")
        all_sources = translate("RiskEvents", "{name} receives water (all sources)")
    volume = fig(more, "g")
    for n in scenario.nodes:
        if isinstance(n, ReservoirNode) and n.operating_minimum_mcm is not None:
            events.append(Event(BELOW_MINIMUM, n.id, translate(
                "RiskEvents", "{name} below its operating minimum ({volume} Mm³)").format(
                name=n.name, volume=fig(n.operating_minimum_mcm, ",.0f")), node_pos[n.id],
                n.operating_minimum_mcm, "periods"))
    for n in scenario.nodes:
        if isinstance(n, SinkNode):
            for lk in scenario.links:
                if lk.target == n.id:
                    src = scenario.node(lk.source).name
                    events.append(Event(RECEIVES_FROM, lk.id, from_source.format(
                        name=n.name, volume=volume, source=src), link_pos[lk.id], more, "Mm³"))
            events.append(Event(SINK_RECEIVES, n.id, all_sources.format(
                name=n.name, volume=volume), node_pos[n.id], more, "Mm³"))
    for n in scenario.nodes:
        if isinstance(n, TerminalLakeNode):
            events.append(Event(LAKE_SPILLS, n.id, translate(
                "RiskEvents", "{name} spills over its crest ({level} m)").format(
                name=n.name, level=fig(n.crest_level_m, "g")), node_pos[n.id], 0.0, "Mm³"))
    return tuple(events)


def _blocks(scenario: Scenario, net: CompiledNetwork) -> tuple[CellBlock, ...]:
    node_pos, link_pos = net.node_position, net.link_position
    blocks = []
    for quantity, unit, per, kinds in CELL_QUANTITIES:
        if per == "link":
            ids = tuple(lk.id for lk in scenario.links)
            index = [link_pos[i] for i in ids]
        else:
            chosen = [n for n in scenario.nodes if not kinds or isinstance(n, kinds)]
            if quantity == "energy_mwh":
                chosen = [n for n in chosen if isinstance(n, ReservoirNode) and n.hydropower]
            ids = tuple(n.id for n in chosen)
            index = [node_pos[i] for i in ids]
        if ids:
            blocks.append(CellBlock(quantity, unit, per, ids, np.array(index, dtype=np.int64)))
    return tuple(blocks)
