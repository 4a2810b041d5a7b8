"""``simulate``: run a scenario's release schedules through its network.

A pure function of the scenario (and optional overrides): the same input always gives the
same output. The network is compiled to arrays once per scenario structure and cached, so a
planner dragging one release point pays only for the kernel and the bookkeeping.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from waterplanner.engine.compiled import (
    DEMAND, INFLOW, LAKE, RESERVOIR, CompiledNetwork, compile_network,
)
from waterplanner.engine.energy import interp_table, plant_output
from waterplanner.engine.kernel import (
    L_ARRIVED, L_LOST, L_SENT, N_LINK_QUANTITIES, N_NODE_PARAMETERS, N_NODE_QUANTITIES,
    N_NODE_SCALARS, P_DEMAND, P_EVAP_MM, P_FLOOD, P_MAX_OUT, P_MAX_REL, P_MIN_REL, P_PRECIP_MM,
    P_REQUIRED, P_SEEP, P_TARGET, Q_ABSTRACTION, Q_DELIVERY, Q_EVAP, Q_INFLOW,
    Q_MINFLOW_DEFICIT, Q_OUTFLOW, Q_PRECIP, Q_RELEASE, Q_RETURN, Q_SEEP, Q_SHORTFALL, Q_SPILL,
    Q_STORAGE, S_CAPACITY, S_CREST, S_DEAD, S_INITIAL, S_RETURN_FRACTION, run_kernel,
)
from waterplanner.engine.results import Results
from waterplanner.model.scenario import Scenario

ArrayLike = np.ndarray | list[float] | tuple[float, ...]


@dataclass(frozen=True, eq=False)
class _Prepared:
    """Compiled arrays plus the kernel's packed parameter blocks, reused across runs."""

    net: CompiledNetwork
    node_par: np.ndarray
    node_scal: np.ndarray


_cache_lock = threading.Lock()
_cache: dict[tuple[int, int, int], tuple[Scenario, _Prepared]] = {}


def prepare(scenario: Scenario) -> _Prepared:
    """Compiled arrays for a scenario, reused while its time base, nodes and links are the
    very same objects (edits of schedules or metadata keep them; any other edit replaces
    them, being immutable)."""
    key = id(scenario.nodes), id(scenario.links), id(scenario.time)
    with _cache_lock:
        hit = _cache.get(key)
        if hit is not None and hit[0].nodes is scenario.nodes and \
                hit[0].links is scenario.links and hit[0].time is scenario.time:
            return hit[1]
    net = compile_network(scenario)
    n, t = net.n_nodes, net.periods
    par = np.zeros((N_NODE_PARAMETERS, n, t))
    par[P_MIN_REL] = net.min_release_mcm
    par[P_MAX_REL] = net.max_release_mcm
    par[P_FLOOD] = net.flood_mcm
    par[P_SEEP] = net.seepage_mcm
    par[P_EVAP_MM] = net.evaporation_mm
    par[P_PRECIP_MM] = net.precipitation_mm
    par[P_MAX_OUT] = net.max_outflow_mcm
    par[P_DEMAND] = net.demand_mcm
    par[P_REQUIRED] = net.required_mcm
    scal = np.zeros((N_NODE_SCALARS, n))
    scal[S_CAPACITY] = net.capacity_mcm
    scal[S_DEAD] = net.dead_mcm
    scal[S_INITIAL] = net.initial_mcm
    scal[S_RETURN_FRACTION] = net.return_fraction
    scal[S_CREST] = net.crest_mcm
    prepared = _Prepared(net, par, scal)
    with _cache_lock:
        if len(_cache) > 16:
            _cache.clear()
        _cache[key] = (scenario, prepared)
    return prepared


def inflow_array(scenario: Scenario, net: CompiledNetwork, inflow_set: str | None,
                 inflows: Mapping[str, ArrayLike] | None) -> np.ndarray:
    """Local inflows as [member, inflow node, period] in Mm³ per period.

    ``inflows`` overrides single nodes with a series ([periods]) or an ensemble
    ([members, periods]); all ensembles must have the same number of members.
    """
    name = inflow_set or scenario.inflow_sets[0].name
    if name not in scenario.inflow_set_names:
        raise ValueError(f"unknown inflow set '{name}' (the scenario defines: "
                         f"{', '.join(scenario.inflow_set_names)})")
    t = net.periods
    overrides = {k: np.asarray(v, dtype=float) for k, v in (inflows or {}).items()}
    for k, v in overrides.items():
        if k not in net.inflow_node_ids:
            raise ValueError(f"'{k}' is not an inflow node")
        if v.shape[-1] != t or v.ndim not in (1, 2):
            raise ValueError(f"inflow for '{k}' has shape {v.shape}; expected ({t},) or "
                             f"(members, {t})")
        if not np.all(np.isfinite(v)) or np.any(v < 0):
            raise ValueError(f"inflow for '{k}' has negative or non-finite values")
    members = {v.shape[0] for v in overrides.values() if v.ndim == 2}
    if len(members) > 1:
        raise ValueError(f"ensemble inflows disagree on the number of members: {sorted(members)}")
    m = members.pop() if members else 1
    arr = np.empty((m, len(net.inflow_node_ids), t))
    for j, nid in enumerate(net.inflow_node_ids):
        if nid in overrides:
            arr[:, j, :] = overrides[nid]
        else:
            arr[:, j, :] = scenario.node(nid).inflow_mcm[name]  # type: ignore[union-attr]
    return arr


def simulate(scenario: Scenario, inflow_set: str | None = None, *,
             inflows: Mapping[str, ArrayLike] | None = None,
             release_mcm: Mapping[str, ArrayLike] | None = None) -> Results:
    """Simulate a (valid) scenario.

    Parameters
    ----------
    scenario
        The planning case; it must have passed validation.
    inflow_set
        Name of the inflow set to use (default: the scenario's first).
    inflows
        Optional per-node inflow series in Mm³ per period, overriding the set; a 2-D array
        ``[members, periods]`` runs an ensemble, all members in one call.
    release_mcm
        Optional target releases in Mm³ per period overriding the scenario's schedules.

    Returns
    -------
    Results
        Every quantity per member, node (or link) and period.
    """
    prep = prepare(scenario)
    net = prep.net
    inflow = inflow_array(scenario, net, inflow_set, inflows)
    m, n, t, n_links = inflow.shape[0], net.n_nodes, net.periods, net.n_links
    par = prep.node_par.copy()
    schedules = dict(scenario.release_schedules)
    if release_mcm:
        schedules.update(release_mcm)
    for i in np.flatnonzero(net.kind == RESERVOIR):
        target = np.asarray(schedules[net.node_ids[i]], dtype=float)
        if target.shape != (t,) or not np.all(np.isfinite(target)):
            raise ValueError(f"release schedule of '{net.node_ids[i]}' must be {t} finite values")
        par[P_TARGET, i] = target
    node_out = np.zeros((m, N_NODE_QUANTITIES, n, t))
    link_out = np.zeros((m, N_LINK_QUANTITIES, n_links, t))
    transit_end = np.zeros((m, n_links))
    run_kernel(net.kind, net.order, net.inflow_slot, net.in_ptr, net.in_links, net.main_link,
               net.overflow_link, net.intake_ptr, net.intake_links, net.intake_priority,
               net.link_dst, net.link_lag, net.link_loss, net.link_cap_mcm,
               net.link_initial_mcm, net.lav_n, net.lav_volume, net.lav_area, prep.node_scal,
               par, inflow, node_out, link_out, transit_end)
    return _assemble(scenario, inflow_set, prep, inflow, node_out, link_out, transit_end)


def _assemble(scenario: Scenario, inflow_set: str | None, prep: _Prepared, inflow: np.ndarray,
              node_out: np.ndarray, link_out: np.ndarray, transit_end: np.ndarray) -> Results:
    net = prep.net
    m, n, t = node_out.shape[0], net.n_nodes, net.periods
    storage_nodes = (net.kind == RESERVOIR) | (net.kind == LAKE)
    storage = node_out[:, Q_STORAGE]
    storage[:, ~storage_nodes, :] = np.nan
    level = np.full((m, n, t), np.nan)
    turbine = np.zeros((m, n, t))
    head = np.zeros((m, n, t))
    energy = np.zeros((m, n, t))
    for i in np.flatnonzero(storage_nodes):
        k = net.lav_n[i]
        vol, lev = net.lav_volume[i, :k], net.lav_level[i, :k]
        level[:, i, :] = interp_table(storage[:, i, :], vol, lev)
        if net.has_plant[i]:
            start = np.concatenate((np.full((m, 1), net.initial_mcm[i]), storage[:, i, :-1]),
                                   axis=1)
            turbine[:, i], head[:, i], energy[:, i] = plant_output(
                node_out[:, Q_RELEASE, i], start, storage[:, i], net.seconds, net.hours,
                vol, lev, net.turbine_m3s[i], net.installed_mw[i], net.efficiency[i],
                net.tailwater_m[i])
    local = np.zeros((m, n, t))
    is_inflow = np.flatnonzero(net.kind == INFLOW)
    local[:, is_inflow, :] = inflow[:, net.inflow_slot[is_inflow], :]
    demand = np.zeros((m, n, t))
    demand[:, net.kind == DEMAND, :] = net.demand_mcm[net.kind == DEMAND]
    excess = np.maximum(link_out[:, L_SENT] - net.link_cap_mcm[None], 0.0)
    return Results(
        scenario=scenario, inflow_set=inflow_set or scenario.inflow_sets[0].name,
        node_ids=net.node_ids, link_ids=net.link_ids,
        initial_storage_mcm=np.where(storage_nodes, net.initial_mcm, np.nan),
        storage_mcm=storage, level_m=level, inflow_mcm=node_out[:, Q_INFLOW],
        release_mcm=node_out[:, Q_RELEASE], spill_mcm=node_out[:, Q_SPILL],
        outflow_mcm=node_out[:, Q_OUTFLOW], evaporation_mcm=node_out[:, Q_EVAP],
        precipitation_mcm=node_out[:, Q_PRECIP], seepage_mcm=node_out[:, Q_SEEP],
        abstraction_mcm=node_out[:, Q_ABSTRACTION], demand_mcm=demand,
        delivery_mcm=node_out[:, Q_DELIVERY], shortfall_mcm=node_out[:, Q_SHORTFALL],
        return_flow_mcm=node_out[:, Q_RETURN], min_flow_deficit_mcm=node_out[:, Q_MINFLOW_DEFICIT],
        turbine_flow_m3s=turbine, head_m=head, energy_mwh=energy, local_inflow_mcm=local,
        link_flow_mcm=link_out[:, L_SENT], link_loss_mcm=link_out[:, L_LOST],
        link_arrival_mcm=link_out[:, L_ARRIVED], link_excess_mcm=excess,
        link_transit_start_mcm=net.link_initial_mcm.sum(axis=1),
        link_transit_end_mcm=transit_end,
    )
