"""The elements of a river network: sources, reservoirs, points, demands, lakes, outlets.

Every node has an id (used in file paths such as ``nodes.toktogul.capacity_mcm``), a display
name, an optional local-script name (``Тоқтоғұл``) and a country code; where it is drawn on
the schematic is the scenario's :class:`~waterplanner.model.layout.Layout`. Per-period series hold one value per period of the scenario's time base; volumes
per period are in million m³ (Mm³), constant flows in m³/s.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import ClassVar

from waterplanner.i18n import QT_TRANSLATE_NOOP, translate
from waterplanner.model.lav import LevelAreaVolume

Series = tuple[float, ...]
"""One value per period of the time base."""

Flow = float | Series
"""A flow in m³/s: one constant, or one value per period (a channel that carries less in
winter, a release bound that changes with the season)."""


def flow_at(value: Flow, period: int) -> float:
    """The value of a constant-or-series flow in one period."""
    return float(value) if isinstance(value, (int, float)) else float(value[period])


def flow_values(value: Flow, periods: int) -> tuple[float, ...]:
    """A constant-or-series flow as one value per period."""
    if isinstance(value, (int, float)):
        return (float(value),) * periods
    return tuple(float(v) for v in value)


def is_series(value: object) -> bool:
    """Whether a constant-or-series value is a series."""
    return isinstance(value, tuple)


class NodeKind(str, Enum):
    """What a node is, as written in the scenario file's ``kind`` field."""

    INFLOW = "inflow"
    RESERVOIR = "reservoir"
    JUNCTION = "junction"
    DEMAND = "demand"
    MIN_FLOW = "min_flow"
    TERMINAL_LAKE = "terminal_lake"
    SINK = "sink"


_KIND_WORDS = (
    QT_TRANSLATE_NOOP("NodeKinds", "inflow"), QT_TRANSLATE_NOOP("NodeKinds", "reservoir"),
    QT_TRANSLATE_NOOP("NodeKinds", "junction"), QT_TRANSLATE_NOOP("NodeKinds", "demand"),
    QT_TRANSLATE_NOOP("NodeKinds", "min_flow"), QT_TRANSLATE_NOOP("NodeKinds", "terminal_lake"),
    QT_TRANSLATE_NOOP("NodeKinds", "sink"), QT_TRANSLATE_NOOP("NodeKinds", "min flow"),
    QT_TRANSLATE_NOOP("NodeKinds", "terminal lake"))
"""Each kind as a message names it: its file spelling in English ('terminal_lake'), the
planner's words in Russian and Kazakh."""


def kind_word(kind: NodeKind | str, spaced: bool = False) -> str:
    """A node kind in a message ('terminal_lake', or 'terminal lake' when ``spaced``), in the
    current language."""
    value = kind.value if isinstance(kind, NodeKind) else str(kind)
    return translate("NodeKinds", value.replace("_", " ") if spaced else value)


@dataclass(frozen=True, kw_only=True)
class Node:
    """Fields every node has."""

    kind: ClassVar[NodeKind]
    id: str
    name: str
    country: str = ""
    local_name: str = ""

    @property
    def country_label(self) -> str:
        """The country codes to show beside the name ('' for none)."""
        return self.country


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
class RunOfRiverPlant:
    """A power station on a river reach without storage of its own (the lower Naryn cascade
    below Toktogul).

    It turns the flow entering its link into energy at a fixed ``head_m``: turbine flow is
    the link's flow capped at ``turbine_capacity_m3s``; power η ρ g Q H is capped at
    ``installed_mw``. It changes no water.
    """

    id: str
    name: str
    head_m: float
    turbine_capacity_m3s: float
    installed_mw: float
    efficiency: float
    country: str = ""


class RuleKind(str, Enum):
    """How a reservoir decides its release, as written in the file's ``rule.kind``."""

    SCHEDULE = "schedule"
    """Release the scheduled target, limited by storage; spill when full."""
    DEMAND_FOLLOWING = "demand_following"
    """Release what the demands and minimum flows downstream need, within the bounds."""
    GUIDE_CURVE = "guide_curve"
    """Release to keep the storage on a target curve, within the bounds."""


@dataclass(frozen=True, kw_only=True)
class OperatingRule:
    """A reservoir's operating rule and the storage zones it uses.

    ``guide_curve_mcm`` is the target end-of-period storage of a guide-curve rule.
    ``buffer_mcm`` is the top of the buffer zone: while the storage at the start of a period
    is below it, the release is cut to ``buffer_release_m3s`` (but never below the minimum
    release). The operating minimum and flood-control curve are fields of the reservoir,
    because every rule respects them.
    """

    kind: RuleKind = RuleKind.SCHEDULE
    guide_curve_mcm: Series | None = None
    buffer_mcm: Series | None = None
    buffer_release_m3s: Flow | None = None


@dataclass(frozen=True, kw_only=True)
class ReservoirNode(Node):
    """A regulated reservoir, released according to its operating rule.

    Storage zones from the bottom: dead storage (never released), the operating minimum
    (only the minimum release may draw below it), the buffer zone of the rule (reduced
    release), conservation, and flood control (storage above the curve is released, up to the
    maximum release; above capacity it spills).
    """

    kind: ClassVar[NodeKind] = NodeKind.RESERVOIR
    capacity_mcm: float
    dead_storage_mcm: float
    initial_storage_mcm: float
    lav: LevelAreaVolume
    evaporation_mm: Series
    min_release_m3s: Flow = 0.0
    max_release_m3s: Flow | None = None
    flood_control_mcm: Series | None = None
    seepage_m3s: float = 0.0
    hydropower: HydropowerPlant | None = None
    operating_minimum_mcm: float | None = None
    rule: OperatingRule = field(default_factory=OperatingRule)

    @property
    def floor_mcm(self) -> float:
        """The lowest storage a discretionary release may draw the reservoir to."""
        return self.dead_storage_mcm if self.operating_minimum_mcm is None \
            else max(self.operating_minimum_mcm, self.dead_storage_mcm)


@dataclass(frozen=True, kw_only=True)
class JunctionNode(Node):
    """A confluence or a gauge: flow passes through unchanged."""

    kind: ClassVar[NodeKind] = NodeKind.JUNCTION


@dataclass(frozen=True, kw_only=True)
class DemandNode(Node):
    """An irrigation (or other) abstraction.

    The demand takes water at the node its single incoming link comes from; the share
    ``return_fraction`` of what it receives flows back along its outgoing links (its return
    links, each carrying its ``return_share``). With ``drainage_residence_periods`` k > 0
    the return first recharges a drainage store (groundwater and collector drains) that
    releases the fraction 1 − exp(−1/k) of its content each period; the store holds
    ``drainage_initial_mcm`` at the start (see :mod:`waterplanner.model.drainage`).
    Priority 1 is served first. ``limit_mcm`` is the user's ICWC limit per period: it caps
    the delivery and is what a proportional sharing of a shortage shares (else the demand).
    ``country_shares`` splits a zone irrigated by several countries (the Fergana Valley:
    UZ, KG, TJ) by share of irrigated area; empty means all of it belongs to ``country``.
    """

    kind: ClassVar[NodeKind] = NodeKind.DEMAND
    demand_mcm: Series
    priority: int = 1
    return_fraction: float = 0.0
    drainage_residence_periods: float = 0.0
    drainage_initial_mcm: float = 0.0
    limit_mcm: Series | None = None
    country_shares: dict[str, float] = field(default_factory=dict)

    @property
    def country_label(self) -> str:
        """'UZ, KG, TJ' for a zone shared among countries (largest share first)."""
        if not self.country_shares:
            return self.country
        return ", ".join(sorted(self.country_shares, key=lambda c: -self.country_shares[c]))

    def shares(self) -> dict[str, float]:
        """Country code → share of this demand (its withdrawal, shortfall), summing to 1."""
        if self.country_shares:
            return dict(self.country_shares)
        return {self.country: 1.0} if self.country else {}


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
