"""A scenario turned into index arrays, ready for the simulation kernel and the optimiser.

Nodes keep their file order (index ``i`` is ``scenario.nodes[i]``); ``order`` lists them
from the headwaters down. Per-period parameters are expanded to ``[node, period]`` arrays in
Mm³ per period, so the kernel never converts units. Missing limits are ``inf``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np

from waterplanner.model.network import topological_order
from waterplanner.model.nodes import (
    DemandNode,
    InflowNode,
    MinFlowNode,
    NodeKind,
    ReservoirNode,
    RuleKind,
    TerminalLakeNode,
)
from waterplanner.model.scenario import Scenario

KIND_CODE: dict[NodeKind, int] = {
    NodeKind.INFLOW: 0, NodeKind.RESERVOIR: 1, NodeKind.JUNCTION: 2, NodeKind.DEMAND: 3,
    NodeKind.MIN_FLOW: 4, NodeKind.TERMINAL_LAKE: 5, NodeKind.SINK: 6,
}
INFLOW, RESERVOIR, JUNCTION, DEMAND, MIN_FLOW, LAKE, SINK = range(7)

RULE_CODE: dict[RuleKind, int] = {
    RuleKind.SCHEDULE: 0, RuleKind.DEMAND_FOLLOWING: 1, RuleKind.GUIDE_CURVE: 2,
}
SCHEDULE_RULE, DEMAND_FOLLOWING_RULE, GUIDE_CURVE_RULE = range(3)

MM_KM2_TO_MCM = 1e-3
"""A depth in mm over an area in km² is this many Mm³."""


@dataclass(frozen=True, eq=False)
class CompiledNetwork:
    """Index arrays of one scenario (see the module docstring for conventions)."""

    node_ids: tuple[str, ...]
    link_ids: tuple[str, ...]
    inflow_node_ids: tuple[str, ...]
    periods: int
    seconds: np.ndarray            # [T]
    hours: np.ndarray              # [T]
    kind: np.ndarray               # [N] int64, KIND_CODE
    order: np.ndarray              # [N] int64, topological
    # links
    link_src: np.ndarray           # [L]
    link_dst: np.ndarray           # [L]
    link_lag: np.ndarray           # [L] int64
    link_loss: np.ndarray          # [L]
    link_cap_mcm: np.ndarray       # [L, T], inf = unlimited
    link_initial_mcm: np.ndarray   # [L, T], water arriving in the first ``lag`` periods
    in_ptr: np.ndarray             # [N+1] CSR of incoming links
    in_links: np.ndarray
    main_link: np.ndarray          # [N], -1 if none
    overflow_link: np.ndarray      # [N], -1 if none
    intake_ptr: np.ndarray         # [N+1] CSR of intake links to demands, by priority
    intake_links: np.ndarray
    intake_priority: np.ndarray
    # storage nodes
    capacity_mcm: np.ndarray       # [N]
    dead_mcm: np.ndarray           # [N]
    initial_mcm: np.ndarray        # [N]
    min_release_mcm: np.ndarray    # [N, T]
    max_release_mcm: np.ndarray    # [N, T]
    flood_mcm: np.ndarray          # [N, T]
    rule: np.ndarray               # [N] int64, RULE_CODE (0 for every non-reservoir)
    floor_mcm: np.ndarray          # [N], operating minimum, else dead storage
    guide_mcm: np.ndarray          # [N, T], target end storage of a guide curve, else nan
    buffer_mcm: np.ndarray         # [N, T], top of the buffer zone, -inf without one
    buffer_release_mcm: np.ndarray  # [N, T], release cap in the buffer zone, inf without
    seepage_mcm: np.ndarray        # [N, T]
    evaporation_mm: np.ndarray     # [N, T]
    precipitation_mm: np.ndarray   # [N, T]
    lav_n: np.ndarray              # [N]
    lav_volume: np.ndarray         # [N, K]
    lav_area: np.ndarray           # [N, K]
    lav_level: np.ndarray          # [N, K]
    crest_mcm: np.ndarray          # [N], inf for non-lakes
    max_outflow_mcm: np.ndarray    # [N, T]
    # hydropower
    has_plant: np.ndarray          # [N] bool
    turbine_m3s: np.ndarray        # [N]
    installed_mw: np.ndarray       # [N]
    efficiency: np.ndarray         # [N]
    tailwater_m: np.ndarray        # [N]
    # demands and requirements
    demand_mcm: np.ndarray         # [N, T]
    limit_mcm: np.ndarray          # [N, T], a demand's withdrawal limit, inf without one
    return_fraction: np.ndarray    # [N]
    required_mcm: np.ndarray       # [N, T]
    inflow_slot: np.ndarray        # [N], index into the inflow array, -1 if not an inflow

    @cached_property
    def node_position(self) -> dict[str, int]:
        """Index of every node id (built once per compiled network)."""
        return {nid: i for i, nid in enumerate(self.node_ids)}

    @cached_property
    def link_position(self) -> dict[str, int]:
        """Index of every link id (built once per compiled network)."""
        return {lid: j for j, lid in enumerate(self.link_ids)}

    def node_index(self, node_id: str) -> int:
        """Index of a node id (ValueError if absent)."""
        try:
            return self.node_position[node_id]
        except KeyError:
            raise ValueError(f"{node_id!r} is not a node of the network") from None

    @property
    def n_nodes(self) -> int:
        return len(self.node_ids)

    @property
    def n_links(self) -> int:
        return len(self.link_ids)


def _per_period(value: float | tuple[float, ...] | None, seconds: np.ndarray,
                default: float) -> np.ndarray:
    """A flow in m³/s (a constant or one value per period) as Mm³ in each period."""
    if value is None:
        return np.full(seconds.shape, default)
    return np.asarray(value, dtype=float) * seconds / 1e6


def compile_network(scenario: Scenario) -> CompiledNetwork:
    """Turn a valid scenario into arrays (the scenario must have passed validation)."""
    nodes = scenario.nodes
    links = scenario.links
    n, n_links, t = len(nodes), len(links), scenario.time.periods
    seconds = np.asarray(scenario.time.seconds, dtype=float)
    ids = tuple(nd.id for nd in nodes)
    index = {nid: i for i, nid in enumerate(ids)}
    order_ids = topological_order(ids, [(lk.source, lk.target) for lk in links])
    if order_ids is None:
        raise ValueError("the network has a cycle; validate the scenario first")

    kind = np.array([KIND_CODE[nd.kind] for nd in nodes], dtype=np.int64)
    link_src = np.array([index[lk.source] for lk in links], dtype=np.int64)
    link_dst = np.array([index[lk.target] for lk in links], dtype=np.int64)
    link_lag = np.array([lk.travel_time_periods for lk in links], dtype=np.int64)
    link_loss = np.array([lk.loss_fraction for lk in links], dtype=float)
    link_cap = np.empty((n_links, t))
    link_init = np.zeros((n_links, t))
    for j, lk in enumerate(links):
        link_cap[j] = _per_period(lk.capacity_m3s, seconds, np.inf)
        lag = min(lk.travel_time_periods, t)
        if lag and lk.initial_flow_m3s:
            link_init[j, :lag] = lk.initial_flow_m3s * seconds[:lag] / 1e6

    in_lists: list[list[int]] = [[] for _ in range(n)]
    main = np.full(n, -1, dtype=np.int64)
    overflow = np.full(n, -1, dtype=np.int64)
    intakes: list[list[int]] = [[] for _ in range(n)]
    for j, lk in enumerate(links):
        s, d = index[lk.source], index[lk.target]
        in_lists[d].append(j)
        if kind[d] == DEMAND and kind[s] != DEMAND:
            intakes[s].append(j)
        elif lk.overflow:
            overflow[s] = j
        else:
            main[s] = j
    prio_of = {nd.id: nd.priority for nd in nodes if isinstance(nd, DemandNode)}
    for s in range(n):
        intakes[s].sort(key=lambda j: prio_of[links[j].target])
    in_ptr = np.cumsum([0] + [len(x) for x in in_lists]).astype(np.int64)
    intake_ptr = np.cumsum([0] + [len(x) for x in intakes]).astype(np.int64)
    intake_links = np.array([j for x in intakes for j in x], dtype=np.int64)

    cap = np.zeros(n)
    dead = np.zeros(n)
    init = np.zeros(n)
    min_rel = np.zeros((n, t))
    max_rel = np.full((n, t), np.inf)
    flood = np.full((n, t), np.inf)
    rule = np.zeros(n, dtype=np.int64)
    floor = np.zeros(n)
    guide = np.full((n, t), np.nan)
    buffer = np.full((n, t), -np.inf)
    buffer_rel = np.full((n, t), np.inf)
    seep = np.zeros((n, t))
    evap = np.zeros((n, t))
    precip = np.zeros((n, t))
    crest = np.full(n, np.inf)
    max_out = np.full((n, t), np.inf)
    k = max([len(nd.lav) for nd in nodes if isinstance(nd, (ReservoirNode, TerminalLakeNode))],
            default=1)
    lav_n = np.zeros(n, dtype=np.int64)
    lav_v = np.zeros((n, k))
    lav_a = np.zeros((n, k))
    lav_l = np.zeros((n, k))
    has_plant = np.zeros(n, dtype=np.bool_)
    turb = np.zeros(n)
    inst = np.zeros(n)
    eff = np.zeros(n)
    tail = np.zeros(n)
    demand = np.zeros((n, t))
    limit = np.full((n, t), np.inf)
    rf = np.zeros(n)
    req = np.zeros((n, t))
    slot = np.full(n, -1, dtype=np.int64)
    inflow_ids: list[str] = []
    for i, nd in enumerate(nodes):
        if isinstance(nd, (ReservoirNode, TerminalLakeNode)):
            m = len(nd.lav)
            lav_n[i] = m
            lav_v[i, :m] = nd.lav.volume_mcm
            lav_a[i, :m] = nd.lav.area_km2
            lav_l[i, :m] = nd.lav.level_m
            init[i] = nd.initial_storage_mcm
            evap[i] = nd.evaporation_mm
        if isinstance(nd, ReservoirNode):
            cap[i] = nd.capacity_mcm
            dead[i] = nd.dead_storage_mcm
            min_rel[i] = _per_period(nd.min_release_m3s, seconds, 0.0)
            max_rel[i] = _per_period(nd.max_release_m3s, seconds, np.inf)
            if nd.flood_control_mcm is not None:
                flood[i] = nd.flood_control_mcm
            rule[i] = RULE_CODE[nd.rule.kind]
            floor[i] = nd.floor_mcm
            if nd.rule.kind is RuleKind.GUIDE_CURVE and nd.rule.guide_curve_mcm is not None:
                guide[i] = nd.rule.guide_curve_mcm
            if nd.rule.buffer_mcm is not None:
                buffer[i] = nd.rule.buffer_mcm
                buffer_rel[i] = _per_period(nd.rule.buffer_release_m3s, seconds, np.inf)
            seep[i] = _per_period(nd.seepage_m3s, seconds, 0.0)
            if nd.hydropower is not None:
                has_plant[i] = True
                turb[i] = nd.hydropower.turbine_capacity_m3s
                inst[i] = nd.hydropower.installed_mw
                eff[i] = nd.hydropower.efficiency
                tail[i] = nd.hydropower.tailwater_level_m
        elif isinstance(nd, TerminalLakeNode):
            cap[i] = np.inf
            precip[i] = nd.precipitation_mm
            crest[i] = nd.lav.volume_at_level(nd.crest_level_m)
            max_out[i] = _per_period(nd.max_outflow_m3s, seconds, np.inf)
        elif isinstance(nd, DemandNode):
            demand[i] = nd.demand_mcm
            if nd.limit_mcm is not None:
                limit[i] = nd.limit_mcm
            rf[i] = nd.return_fraction
        elif isinstance(nd, MinFlowNode):
            req[i] = nd.required_mcm
        elif isinstance(nd, InflowNode):
            slot[i] = len(inflow_ids)
            inflow_ids.append(nd.id)

    return CompiledNetwork(
        node_ids=ids, link_ids=tuple(lk.id for lk in links), inflow_node_ids=tuple(inflow_ids),
        periods=t, seconds=seconds, hours=np.asarray(scenario.time.hours, dtype=float),
        kind=kind, order=np.array([index[x] for x in order_ids], dtype=np.int64),
        link_src=link_src, link_dst=link_dst, link_lag=link_lag, link_loss=link_loss,
        link_cap_mcm=link_cap, link_initial_mcm=link_init,
        in_ptr=in_ptr, in_links=np.array([j for x in in_lists for j in x], dtype=np.int64),
        main_link=main, overflow_link=overflow, intake_ptr=intake_ptr, intake_links=intake_links,
        intake_priority=np.array([prio_of[links[j].target] for j in intake_links], dtype=np.int64),
        capacity_mcm=cap, dead_mcm=dead, initial_mcm=init, min_release_mcm=min_rel,
        max_release_mcm=max_rel, flood_mcm=flood, rule=rule, floor_mcm=floor, guide_mcm=guide,
        buffer_mcm=buffer, buffer_release_mcm=buffer_rel, seepage_mcm=seep, evaporation_mm=evap,
        precipitation_mm=precip, lav_n=lav_n, lav_volume=lav_v, lav_area=lav_a, lav_level=lav_l,
        crest_mcm=crest, max_outflow_mcm=max_out, has_plant=has_plant, turbine_m3s=turb,
        installed_mw=inst, efficiency=eff, tailwater_m=tail, demand_mcm=demand, limit_mcm=limit,
        return_fraction=rf, required_mcm=req, inflow_slot=slot,
    )
