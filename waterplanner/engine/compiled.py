"""A scenario turned into index arrays, ready for the simulation kernel and the optimiser.

Nodes keep their file order (index ``i`` is ``scenario.nodes[i]``); ``order`` lists them
from the headwaters down. Per-period parameters are in Mm³ per period, so the kernel never
converts units; missing limits are ``inf``. Each distinct series is kept once, in ``pool``
[period, row] (see :mod:`waterplanner.engine.series_pool`), and ``series_rows`` says which
row each node (or link) reads for each parameter; the ``[node, period]`` arrays of the
parameters (``min_release_mcm``, …) are expanded from it when first asked for.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np

from waterplanner.engine.physics import (
    DEMAND,
    DEMAND_FOLLOWING_RULE,
    GUIDE_CURVE_RULE,
    INFLOW,
    JUNCTION,
    KIND_CODE,
    LAKE,
    MIN_FLOW,
    MM_KM2_TO_MCM,
    RESERVOIR,
    RULE_CODE,
    SCHEDULE_RULE,
    SINK,
    mcm_per_period,
)
from waterplanner.engine.series_pool import SeriesPool, expand
from waterplanner.model.drainage import effective_shares, release_fraction
from waterplanner.model.network import topological_order
from waterplanner.model.nodes import (
    DemandNode,
    Flow,
    InflowNode,
    MinFlowNode,
    ReservoirNode,
    RuleKind,
    TerminalLakeNode,
)
from waterplanner.model.scenario import Scenario

__all__ = [
    "DEMAND", "DEMAND_FOLLOWING_RULE", "GUIDE_CURVE_RULE", "INFLOW", "JUNCTION", "KIND_CODE",
    "LAKE", "MIN_FLOW", "MM_KM2_TO_MCM", "NODE_SERIES", "RESERVOIR", "ROW", "RULE_CODE",
    "SCHEDULE_RULE", "SINK", "CompiledNetwork", "compile_network",
]

ROW = np.uint64
"""The type of a pool row index: unsigned, so that compiled code reads ``pool[t, row]``
without checking for a negative index first."""

NODE_SERIES = ("min_release_mcm", "max_release_mcm", "flood_mcm", "seepage_mcm",
               "evaporation_mm", "precipitation_mm", "max_outflow_mcm", "demand_mcm",
               "required_mcm", "guide_mcm", "buffer_mcm", "buffer_release_mcm", "limit_mcm")
"""The per-period parameters of nodes, by the name of their [node, period] array."""


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
    link_initial_head_mcm: np.ndarray  # [L, W], water arriving in the first ``lag`` periods
    # (W = the longest lag, at least 1: the kernels only read periods t < lag)
    in_ptr: np.ndarray             # [N+1] CSR of incoming links
    in_links: np.ndarray
    main_link: np.ndarray          # [N], -1 if none (and for every demand)
    overflow_link: np.ndarray      # [N], -1 if none
    intake_ptr: np.ndarray         # [N+1] CSR of intake links to demands, by priority
    intake_links: np.ndarray
    intake_priority: np.ndarray
    # storage nodes
    capacity_mcm: np.ndarray       # [N]
    dead_mcm: np.ndarray           # [N]
    initial_mcm: np.ndarray        # [N]
    rule: np.ndarray               # [N] int64, RULE_CODE (0 for every non-reservoir)
    floor_mcm: np.ndarray          # [N], operating minimum, else dead storage
    lav_n: np.ndarray              # [N]
    lav_volume: np.ndarray         # [N, K]
    lav_area: np.ndarray           # [N, K]
    lav_level: np.ndarray          # [N, K]
    crest_mcm: np.ndarray          # [N], inf for non-lakes
    # hydropower
    has_plant: np.ndarray          # [N] bool
    turbine_m3s: np.ndarray        # [N]
    installed_mw: np.ndarray       # [N]
    efficiency: np.ndarray         # [N]
    tailwater_m: np.ndarray        # [N]
    # demands and requirements
    return_fraction: np.ndarray    # [N]
    return_ptr: np.ndarray         # [N+1] CSR of each demand's return links
    return_links: np.ndarray       # [R]
    return_share: np.ndarray       # [R], each demand's shares summing to 1
    drained: np.ndarray            # [N] bool: the demand's return passes a drainage store
    drain_alpha: np.ndarray        # [N], share of its content the store releases per period
    drainage_initial_mcm: np.ndarray  # [N], the store's content at the start
    inflow_slot: np.ndarray        # [N], index into the inflow array, -1 if not an inflow
    # per-period parameters, each distinct series once
    pool: np.ndarray               # [T, K]
    series_rows: dict[str, np.ndarray]  # NODE_SERIES name → [N] ROW; "link_cap_mcm" → [L]

    def _expanded(self, name: str) -> np.ndarray:
        return expand(self.pool, self.series_rows[name])

    @cached_property
    def min_release_mcm(self) -> np.ndarray:
        """[N, T]"""
        return self._expanded("min_release_mcm")

    @cached_property
    def max_release_mcm(self) -> np.ndarray:
        """[N, T], inf = unlimited"""
        return self._expanded("max_release_mcm")

    @cached_property
    def flood_mcm(self) -> np.ndarray:
        """[N, T], inf without a flood-control curve"""
        return self._expanded("flood_mcm")

    @cached_property
    def guide_mcm(self) -> np.ndarray:
        """[N, T], target end storage of a guide curve, else nan"""
        return self._expanded("guide_mcm")

    @cached_property
    def buffer_mcm(self) -> np.ndarray:
        """[N, T], top of the buffer zone, -inf without one"""
        return self._expanded("buffer_mcm")

    @cached_property
    def buffer_release_mcm(self) -> np.ndarray:
        """[N, T], release cap in the buffer zone, inf without"""
        return self._expanded("buffer_release_mcm")

    @cached_property
    def seepage_mcm(self) -> np.ndarray:
        """[N, T]"""
        return self._expanded("seepage_mcm")

    @cached_property
    def evaporation_mm(self) -> np.ndarray:
        """[N, T]"""
        return self._expanded("evaporation_mm")

    @cached_property
    def precipitation_mm(self) -> np.ndarray:
        """[N, T]"""
        return self._expanded("precipitation_mm")

    @cached_property
    def max_outflow_mcm(self) -> np.ndarray:
        """[N, T], a lake's outlet capacity, inf without"""
        return self._expanded("max_outflow_mcm")

    @cached_property
    def demand_mcm(self) -> np.ndarray:
        """[N, T]"""
        return self._expanded("demand_mcm")

    @cached_property
    def limit_mcm(self) -> np.ndarray:
        """[N, T], a demand's withdrawal limit, inf without one"""
        return self._expanded("limit_mcm")

    @cached_property
    def required_mcm(self) -> np.ndarray:
        """[N, T], a minimum-flow node's requirement"""
        return self._expanded("required_mcm")

    @cached_property
    def link_cap_mcm(self) -> np.ndarray:
        """[L, T], inf = unlimited"""
        return self._expanded("link_cap_mcm")

    @cached_property
    def link_initial_mcm(self) -> np.ndarray:
        """[L, T], water arriving in the first ``lag`` periods (zero after)"""
        out = np.zeros((self.n_links, self.periods))
        w = min(self.link_initial_head_mcm.shape[1], self.periods)
        out[:, :w] = self.link_initial_head_mcm[:, :w]
        return out

    @cached_property
    def any_drained(self) -> bool:
        """Whether some demand returns through a drainage store."""
        return bool(self.drained.any())

    @cached_property
    def link_same_period(self) -> np.ndarray:
        """[L] bool: water sent into the link reaches its end in the same period, as a
        consequence of that period's decisions: no travel time, and not the return link of
        a demand with a drainage store (whose release is fixed by earlier periods)."""
        return (self.link_lag == 0) & ~self.drained[self.link_src]

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


def _per_period(pool: SeriesPool, value: Flow | None, seconds: np.ndarray,
                default: float) -> int:
    """The pool row of a flow in m³/s (a constant or one value per period) as Mm³ in each
    period; ``default`` in every period when there is none."""
    if value is None:
        return pool.constant(default)
    return pool.series(mcm_per_period(value, seconds))


def _series(pool: SeriesPool, value: float | tuple[float, ...]) -> int:
    """The pool row of a value per period (or one value for every period)."""
    if isinstance(value, (int, float)):
        return pool.constant(float(value))
    return pool.series(np.asarray(value, dtype=float))


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

    pool = SeriesPool(t)
    kind = np.array([KIND_CODE[nd.kind] for nd in nodes], dtype=np.int64)
    link_src = np.array([index[lk.source] for lk in links], dtype=np.int64)
    link_dst = np.array([index[lk.target] for lk in links], dtype=np.int64)
    link_lag = np.array([lk.travel_time_periods for lk in links], dtype=np.int64)
    link_loss = np.array([lk.loss_fraction for lk in links], dtype=float)
    link_cap = np.array([_per_period(pool, lk.capacity_m3s, seconds, np.inf) for lk in links],
                        dtype=ROW)
    link_init = np.zeros((n_links, max(1, min(int(link_lag.max(initial=0)), t))))
    for j, lk in enumerate(links):
        lag = min(lk.travel_time_periods, t)
        if lag and lk.initial_flow_m3s:
            link_init[j, :lag] = mcm_per_period(lk.initial_flow_m3s, seconds[:lag])

    in_lists: list[list[int]] = [[] for _ in range(n)]
    main = np.full(n, -1, dtype=np.int64)
    overflow = np.full(n, -1, dtype=np.int64)
    intakes: list[list[int]] = [[] for _ in range(n)]
    returns: list[list[int]] = [[] for _ in range(n)]
    for j, lk in enumerate(links):
        s, d = index[lk.source], index[lk.target]
        in_lists[d].append(j)
        if kind[d] == DEMAND and kind[s] != DEMAND:
            intakes[s].append(j)
        elif kind[s] == DEMAND:
            returns[s].append(j)
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
    return_ptr = np.cumsum([0] + [len(x) for x in returns]).astype(np.int64)
    return_links = np.array([j for x in returns for j in x], dtype=np.int64)
    return_share = np.zeros(len(return_links))
    for s in range(n):
        a, b = return_ptr[s], return_ptr[s + 1]
        if b > a:
            share = np.array(effective_shares([links[j].return_share
                                               for j in return_links[a:b]]))
            return_share[a:b] = share / share.sum() if share.sum() > 0 else 1.0 / (b - a)

    cap = np.zeros(n)
    dead = np.zeros(n)
    init = np.zeros(n)
    rule = np.zeros(n, dtype=np.int64)
    floor = np.zeros(n)
    crest = np.full(n, np.inf)
    default = {"min_release_mcm": 0.0, "max_release_mcm": np.inf, "flood_mcm": np.inf,
               "seepage_mcm": 0.0, "evaporation_mm": 0.0, "precipitation_mm": 0.0,
               "max_outflow_mcm": np.inf, "demand_mcm": 0.0, "required_mcm": 0.0,
               "guide_mcm": np.nan, "buffer_mcm": -np.inf, "buffer_release_mcm": np.inf,
               "limit_mcm": np.inf}
    rows = {name: np.full(n, pool.constant(default[name]), dtype=ROW)
            for name in NODE_SERIES}
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
    rf = np.zeros(n)
    drained = np.zeros(n, dtype=np.bool_)
    alpha = np.zeros(n)
    drain_init = np.zeros(n)
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
            rows["evaporation_mm"][i] = _series(pool, nd.evaporation_mm)
        if isinstance(nd, ReservoirNode):
            cap[i] = nd.capacity_mcm
            dead[i] = nd.dead_storage_mcm
            rows["min_release_mcm"][i] = _per_period(pool, nd.min_release_m3s, seconds, 0.0)
            rows["max_release_mcm"][i] = _per_period(pool, nd.max_release_m3s, seconds, np.inf)
            if nd.flood_control_mcm is not None:
                rows["flood_mcm"][i] = _series(pool, nd.flood_control_mcm)
            rule[i] = RULE_CODE[nd.rule.kind]
            floor[i] = nd.floor_mcm
            if nd.rule.kind is RuleKind.GUIDE_CURVE and nd.rule.guide_curve_mcm is not None:
                rows["guide_mcm"][i] = _series(pool, nd.rule.guide_curve_mcm)
            if nd.rule.buffer_mcm is not None:
                rows["buffer_mcm"][i] = _series(pool, nd.rule.buffer_mcm)
                rows["buffer_release_mcm"][i] = _per_period(pool, nd.rule.buffer_release_m3s,
                                                            seconds, np.inf)
            rows["seepage_mcm"][i] = _per_period(pool, nd.seepage_m3s, seconds, 0.0)
            if nd.hydropower is not None:
                has_plant[i] = True
                turb[i] = nd.hydropower.turbine_capacity_m3s
                inst[i] = nd.hydropower.installed_mw
                eff[i] = nd.hydropower.efficiency
                tail[i] = nd.hydropower.tailwater_level_m
        elif isinstance(nd, TerminalLakeNode):
            cap[i] = np.inf
            rows["precipitation_mm"][i] = _series(pool, nd.precipitation_mm)
            crest[i] = nd.lav.volume_at_level(nd.crest_level_m)
            rows["max_outflow_mcm"][i] = _per_period(pool, nd.max_outflow_m3s, seconds, np.inf)
        elif isinstance(nd, DemandNode):
            rows["demand_mcm"][i] = _series(pool, nd.demand_mcm)
            if nd.limit_mcm is not None:
                rows["limit_mcm"][i] = _series(pool, nd.limit_mcm)
            rf[i] = nd.return_fraction
            drained[i] = nd.drainage_residence_periods > 0
            alpha[i] = release_fraction(nd.drainage_residence_periods)
            drain_init[i] = nd.drainage_initial_mcm
        elif isinstance(nd, MinFlowNode):
            rows["required_mcm"][i] = _series(pool, nd.required_mcm)
        elif isinstance(nd, InflowNode):
            slot[i] = len(inflow_ids)
            inflow_ids.append(nd.id)

    return CompiledNetwork(
        node_ids=ids, link_ids=tuple(lk.id for lk in links), inflow_node_ids=tuple(inflow_ids),
        periods=t, seconds=seconds, hours=np.asarray(scenario.time.hours, dtype=float),
        kind=kind, order=np.array([index[x] for x in order_ids], dtype=np.int64),
        link_src=link_src, link_dst=link_dst, link_lag=link_lag, link_loss=link_loss,
        link_initial_head_mcm=link_init,
        in_ptr=in_ptr, in_links=np.array([j for x in in_lists for j in x], dtype=np.int64),
        main_link=main, overflow_link=overflow, intake_ptr=intake_ptr, intake_links=intake_links,
        intake_priority=np.array([prio_of[links[j].target] for j in intake_links], dtype=np.int64),
        capacity_mcm=cap, dead_mcm=dead, initial_mcm=init, rule=rule, floor_mcm=floor,
        lav_n=lav_n, lav_volume=lav_v, lav_area=lav_a, lav_level=lav_l, crest_mcm=crest,
        has_plant=has_plant, turbine_m3s=turb, installed_mw=inst, efficiency=eff,
        tailwater_m=tail, return_fraction=rf, return_ptr=return_ptr,
        return_links=return_links, return_share=return_share, drained=drained,
        drain_alpha=alpha, drainage_initial_mcm=drain_init, inflow_slot=slot, pool=pool.block(),
        series_rows={**rows, "link_cap_mcm": link_cap},
    )
