"""The elements of a river network: sources, reservoirs, points, demands, lakes, outlets.

Every node has an id (used in file paths such as ``nodes.toktogul.capacity_mcm``), a display
name, an optional local-script name (``Тоқтоғұл``), a country code and a position for the
schematic. Per-period series hold one value per period of the scenario's time base; volumes
per period are in million m³ (Mm³), constant flows in m³/s.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import ClassVar

from waterplanner.model.lav import LevelAreaVolume

Series = tuple[float, ...]
"""One value per period of the time base."""


class NodeKind(str, Enum):
    """What a node is, as written in the scenario file's ``kind`` field."""

    INFLOW = "inflow"
    RESERVOIR = "reservoir"
    JUNCTION = "junction"
    DEMAND = "demand"
    MIN_FLOW = "min_flow"
    TERMINAL_LAKE = "terminal_lake"
    SINK = "sink"


@dataclass(frozen=True, kw_only=True)
class Node:
    """Fields every node has."""

    kind: ClassVar[NodeKind]
    id: str
    name: str
    country: str = ""
    local_name: str = ""
    x: float = 0.0
    y: float = 0.0


@dataclass(frozen=True, kw_only=True)
class InflowNode(Node):
    """A river source: a headwater gauge or a lateral inflow.

    ``inflow_mcm`` holds one series (Mm³ per period) for every inflow set of the scenario,
    keyed by the set's name.
    """

    kind: ClassVar[NodeKind] = NodeKind.INFLOW
    inflow_mcm: dict[str, Series] = field(default_factory=dict)


@dataclass(frozen=True, kw_only=True)
class HydropowerPlant:
    """A power station at a dam.

    Turbine flow is the release capped at ``turbine_capacity_m3s``; spill makes no energy.
    Net head is the reservoir level minus ``tailwater_level_m``.
    """

    turbine_capacity_m3s: float
    installed_mw: float
    efficiency: float
    tailwater_level_m: float


@dataclass(frozen=True, kw_only=True)
class ReservoirNode(Node):
    """A regulated reservoir, released according to its schedule."""

    kind: ClassVar[NodeKind] = NodeKind.RESERVOIR
    capacity_mcm: float
    dead_storage_mcm: float
    initial_storage_mcm: float
    lav: LevelAreaVolume
    evaporation_mm: Series
    min_release_m3s: float = 0.0
    max_release_m3s: float | None = None
    flood_control_mcm: Series | None = None
    seepage_m3s: float = 0.0
    hydropower: HydropowerPlant | None = None


@dataclass(frozen=True, kw_only=True)
class JunctionNode(Node):
    """A confluence or a gauge: flow passes through unchanged."""

    kind: ClassVar[NodeKind] = NodeKind.JUNCTION


@dataclass(frozen=True, kw_only=True)
class DemandNode(Node):
    """An irrigation (or other) abstraction.

    The demand takes water at the node its single incoming link comes from; the share
    ``return_fraction`` of what it receives flows back along its outgoing link.
    Priority 1 is served first.
    """

    kind: ClassVar[NodeKind] = NodeKind.DEMAND
    demand_mcm: Series
    priority: int = 1
    return_fraction: float = 0.0


@dataclass(frozen=True, kw_only=True)
class MinFlowNode(Node):
    """A river point with an environmental or sanitary minimum flow.

    Demands abstracting at this point may only take what exceeds ``required_mcm``.
    """

    kind: ClassVar[NodeKind] = NodeKind.MIN_FLOW
    required_mcm: Series


@dataclass(frozen=True, kw_only=True)
class TerminalLakeNode(Node):
    """An end lake (the North Aral Sea): evaporation, precipitation, outflow over a crest."""

    kind: ClassVar[NodeKind] = NodeKind.TERMINAL_LAKE
    initial_storage_mcm: float
    lav: LevelAreaVolume
    evaporation_mm: Series
    precipitation_mm: Series
    crest_level_m: float
    max_outflow_m3s: float | None = None


@dataclass(frozen=True, kw_only=True)
class SinkNode(Node):
    """Where water leaves the modelled basin (a depression, another sea)."""

    kind: ClassVar[NodeKind] = NodeKind.SINK


AnyNode = (InflowNode | ReservoirNode | JunctionNode | DemandNode | MinFlowNode
           | TerminalLakeNode | SinkNode)

NODE_CLASSES: dict[NodeKind, type[Node]] = {
    cls.kind: cls
    for cls in (InflowNode, ReservoirNode, JunctionNode, DemandNode, MinFlowNode,
                TerminalLakeNode, SinkNode)
}
