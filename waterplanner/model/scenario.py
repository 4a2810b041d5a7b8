"""The scenario: one planning case, as a tree of frozen dataclasses.

A scenario holds the calendar, the network (nodes and links), the inflow sets, a release
schedule for every reservoir and descriptive metadata with the sources of its numbers.
Nothing in it changes after construction: an edit makes a new scenario
(:func:`dataclasses.replace`), which keeps undo, threads and "did it change?" simple.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from enum import Enum
from typing import Any

from waterplanner.model.countries import Country, EnergyExchange
from waterplanner.model.ensembles import Ensemble
from waterplanner.model.layout import Layout
from waterplanner.model.nodes import AnyNode, Flow, NodeKind, ReservoirNode, RunOfRiverPlant, Series
from waterplanner.model.timebase import TimeBase


@dataclass(frozen=True, kw_only=True)
class Link:
    """A river reach, canal or return-flow path from one node to another.

    Water sent at period t arrives at period t + ``travel_time_periods``, less the share
    ``loss_fraction`` lost on the way. A link into a demand node is that demand's intake;
    ``capacity_m3s`` then caps what it can take. On a river link the capacity is the
    channel's safe flow (a constant, or one value per period: the lower Syr carries less
    in winter when it is iced): what a node sends beyond it goes down the node's
    ``overflow`` link if it has one (as Shardara's excess goes to the Arnasai depression).
    ``plants`` are run-of-river power stations on the reach; they use its flow and change
    no water. A link leaving a demand is one of its return links and carries the share
    ``return_share`` of the demand's return flow (None: an equal part of what the shares of
    its other return links leave, so all of it on a demand's only return link).
    """

    id: str
    source: str
    target: str
    travel_time_periods: int = 0
    loss_fraction: float = 0.0
    capacity_m3s: Flow | None = None
    overflow: bool = False
    initial_flow_m3s: float = 0.0
    plants: tuple[RunOfRiverPlant, ...] = ()
    return_share: float | None = None


class AllocationPolicy(str, Enum):
    """How users of equal priority share water, as written in the file's ``allocation``."""

    UPSTREAM_FIRST = "upstream_first"
    """A user takes what reaches its intake before the users below it do."""
    PROPORTIONAL = "proportional"
    """The ICWC rule: in a shortage every user of equal priority gets the same fraction of
    its limit (or of its demand, where no limit is set)."""


@dataclass(frozen=True, kw_only=True)
class InflowSet:
    """A named alternative for every inflow series ('median', 'dry', ...)."""

    name: str
    label: str = ""
    description: str = ""


@dataclass(frozen=True, kw_only=True)
class Metadata:
    """Who made the scenario, what it is for, and where its numbers come from.

    ``sources`` maps a field path (``nodes.toktogul.capacity_mcm``) to its provenance:
    ``{"basis": "cited" | "derived" | "estimate", "refs": [...], "note": "..."}``;
    ``references`` maps a reference code to its title and address.
    """

    name: str
    description: str = ""
    author: str = ""
    organisation: str = ""
    notes: str = ""
    initial_state_date: str = ""
    """The day the initial storages were observed or published (ISO date, '' if not stated)."""
    references: dict[str, dict[str, str]] = field(default_factory=dict)
    sources: dict[str, dict[str, Any]] = field(default_factory=dict)


@dataclass(frozen=True, kw_only=True)
class Scenario:
    """One complete planning case.

    ``release_schedules`` maps every reservoir's id to its target release, in Mm³ per
    period (used by reservoirs whose rule is ``schedule``, kept for the others so that
    switching rules loses nothing). ``allocation`` says how users of equal priority share a
    shortage. ``countries`` holds each country's name and ICWC seasonal limits;
    ``energy_exchanges`` the energy-for-water exchanges agreed between countries.
    ``ensembles`` are the scenario's inflow ensembles (many possible inflow years at once;
    :mod:`waterplanner.model.ensembles`); without any, the engine still offers one generated
    from the inflow sets.
    ``layout`` says where each node is drawn on the schematic; it is not hydrology, and an
    edit that only moves nodes leaves every other field the very same object
    (:meth:`same_apart_from_layout`), so the results stay those of the moved scenario.
    ``extensions`` carries optional sections owned by other parts of the program (for
    example the optimiser's objectives), kept verbatim.
    """

    metadata: Metadata
    time: TimeBase
    inflow_sets: tuple[InflowSet, ...]
    nodes: tuple[AnyNode, ...]
    links: tuple[Link, ...]
    release_schedules: dict[str, Series]
    extensions: dict[str, Any] = field(default_factory=dict)
    allocation: AllocationPolicy = AllocationPolicy.UPSTREAM_FIRST
    countries: tuple[Country, ...] = ()
    energy_exchanges: tuple[EnergyExchange, ...] = ()
    ensembles: tuple[Ensemble, ...] = ()
    layout: Layout = field(default_factory=Layout)

    # --- look-ups -------------------------------------------------------------------
    def node(self, node_id: str) -> AnyNode:
        """The node with this id (KeyError if absent)."""
        for n in self.nodes:
            if n.id == node_id:
                return n
        raise KeyError(node_id)

    def has_node(self, node_id: str) -> bool:
        """Whether a node with this id exists."""
        return any(n.id == node_id for n in self.nodes)

    def nodes_of(self, kind: NodeKind) -> list[AnyNode]:
        """All nodes of one kind, in file order."""
        return [n for n in self.nodes if n.kind is kind]

    @property
    def reservoirs(self) -> list[ReservoirNode]:
        """All reservoirs, in file order."""
        return [n for n in self.nodes if isinstance(n, ReservoirNode)]

    def link(self, link_id: str) -> Link:
        """The link with this id (KeyError if absent)."""
        for link in self.links:
            if link.id == link_id:
                return link
        raise KeyError(link_id)

    def links_from(self, node_id: str) -> list[Link]:
        """Links leaving a node."""
        return [link for link in self.links if link.source == node_id]

    def links_to(self, node_id: str) -> list[Link]:
        """Links arriving at a node."""
        return [link for link in self.links if link.target == node_id]

    def ensemble(self, name: str) -> Ensemble:
        """The ensemble with this name (KeyError if the scenario declares none such)."""
        for e in self.ensembles:
            if e.name == name:
                return e
        raise KeyError(name)

    @property
    def inflow_set_names(self) -> list[str]:
        """Names of the inflow sets, the first being the default."""
        return [s.name for s in self.inflow_sets]

    def same_apart_from_layout(self, other: Scenario | None) -> bool:
        """Whether ``other`` is this very scenario, or this scenario with its nodes moved on
        the schematic: another layout, and every other field the very same object.

        Identity, as everywhere a scenario is compared with the one some results or a
        record describe: it costs nothing and never mistakes an equal-looking scenario (a
        copy, values typed back in) for the one described."""
        if other is self:
            return True
        if other is None or other.layout is self.layout:
            return False
        return all(getattr(self, f.name) is getattr(other, f.name)
                   for f in fields(self) if f.name != "layout")

    # --- simple derived scenarios ---------------------------------------------------
    def with_schedule(self, reservoir_id: str, release_mcm: Series) -> Scenario:
        """A copy with one reservoir's release schedule replaced."""
        schedules = dict(self.release_schedules)
        schedules[reservoir_id] = tuple(float(v) for v in release_mcm)
        return replace(self, release_schedules=schedules)

    def with_node(self, node: AnyNode) -> Scenario:
        """A copy with the node of the same id replaced."""
        return replace(self, nodes=tuple(node if n.id == node.id else n for n in self.nodes))
