"""``simulate``: run a scenario's release schedules through its network.

A pure function of the scenario (and optional overrides): the same input always gives the
same output. The network is compiled to arrays once per scenario structure and cached, so a
planner dragging one release point pays only for the kernel and the bookkeeping.
"""

from __future__ import annotations

import operator
import threading
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from waterplanner.engine.allocation.driver import prepare_runs, run_allocated
from waterplanner.engine.allocation.zones import Zones, partition
from waterplanner.engine.compiled import (
    DEMAND,
    DEMAND_FOLLOWING_RULE,
    INFLOW,
    LAKE,
    RESERVOIR,
    ROW,
    SCHEDULE_RULE,
    CompiledNetwork,
    compile_network,
)
from waterplanner.engine.jit import all_compiled, choose, python_preferred
from waterplanner.engine.kernel import (
    N_DECISIONS,
    N_NODE_SCALARS,
    N_STORE_QUANTITIES,
    P_BUFFER,
    P_BUFFER_REL,
    P_DEMAND,
    P_EVAP_MM,
    P_FLOOD,
    P_GUIDE,
    P_LIMIT,
    P_MAX_OUT,
    P_MAX_REL,
    P_MIN_REL,
    P_PRECIP_MM,
    P_REQUIRED,
    P_SEEP,
    R_EVAP,
    R_PRECIP,
    R_RELEASE,
    R_SEEP,
    R_SPILL,
    R_STORAGE,
    S_CAPACITY,
    S_CREST,
    S_DEAD,
    S_DRAIN_ALPHA,
    S_DRAINED,
    S_FLOOR,
    S_INITIAL,
    S_RETURN_FRACTION,
    SWEEP,
    first_drainage,
    run_kernel,
)
from waterplanner.engine.member_threads import member_groups, run_groups
from waterplanner.engine.results import (
    LINK_QUANTITIES,
    NODE_QUANTITIES,
    PLANT_QUANTITIES,
    Results,
    RunArrays,
)
from waterplanner.engine.warm_up import load_every_kernel
from waterplanner.i18n import translate
from waterplanner.model.scenario import AllocationPolicy, Scenario

ArrayLike = np.ndarray | list[float] | tuple[float, ...]

_PARAMETER_OF: dict[int, str] = {
    P_MIN_REL: "min_release_mcm", P_MAX_REL: "max_release_mcm", P_FLOOD: "flood_mcm",
    P_SEEP: "seepage_mcm", P_EVAP_MM: "evaporation_mm", P_PRECIP_MM: "precipitation_mm",
    P_MAX_OUT: "max_outflow_mcm", P_DEMAND: "demand_mcm", P_REQUIRED: "required_mcm",
    P_GUIDE: "guide_mcm", P_BUFFER: "buffer_mcm", P_BUFFER_REL: "buffer_release_mcm",
    P_LIMIT: "limit_mcm",
}
"""The compiled network's series read by each row of the kernel's ``par_row``."""

RECORD_PRESETS: dict[str, tuple[int, ...]] = {
    "all": (R_STORAGE, R_RELEASE, R_SPILL, R_EVAP, R_SEEP, R_PRECIP),
    "state": (R_STORAGE,),
}
"""``record="all"`` keeps everything reservoirs and lakes did (the default); ``"state"``
keeps only their storage, and the rest is replayed from it when first read."""
_RECORDED_FOR: dict[str, tuple[int, ...]] = {
    "release_mcm": (R_RELEASE,), "spill_mcm": (R_SPILL,), "evaporation_mcm": (R_EVAP,),
    "seepage_mcm": (R_SEEP,), "precipitation_mcm": (R_PRECIP,),
    "outflow_mcm": (R_RELEASE, R_SPILL), "abstraction_mcm": (R_RELEASE, R_SPILL),
    "turbine_flow_m3s": (R_RELEASE,), "energy_mwh": (R_RELEASE,),
}
"""What the kernel keeps so that a quantity needs no replay (the others need none)."""
_RECORDABLE = frozenset(q.name for q in NODE_QUANTITIES + LINK_QUANTITIES + PLANT_QUANTITIES) \
    | {"withdrawal_mcm", "local_inflow_mcm", "run_of_river_power_mw"}


@dataclass(frozen=True, eq=False)
class _Prepared:
    """Compiled arrays plus the kernel's packed parameter blocks, reused across runs.

    Also keeps the inputs of past runs that do not change between them: the local inflow
    array of each inflow set (the series live in the nodes, which this entry is keyed on),
    each schedule row already converted to an array (keyed by the very tuple object: a
    tuple cannot change) and the release targets of the last schedules run."""

    net: CompiledNetwork
    par_row: np.ndarray            # [P_*, N] rows of net.pool
    node_scal: np.ndarray          # [S_*, N]
    reservoirs: np.ndarray         # node indices
    reservoir_ids: tuple[str, ...]
    storage_nodes: np.ndarray      # reservoirs and lakes, by storage slot
    storage_slot: np.ndarray       # [N], -1 for nodes that store no water
    has_demand_following: bool
    applicable: frozenset[int]     # the R_* quantities of the network's kinds of storage
    unsigned: dict[str, np.ndarray]  # index arrays of the network as ROW, for the kernel
    inflow_sets: dict[str, np.ndarray] = field(default_factory=dict)
    schedule_rows: dict[int, tuple[tuple[float, ...], np.ndarray]] = field(default_factory=dict)
    last_targets: list[tuple[tuple[object, ...], tuple[np.ndarray, np.ndarray]]] = \
        field(default_factory=list)
    _zones: dict[AllocationPolicy, Zones] = field(default_factory=dict)
    _models: dict[AllocationPolicy, dict[int, Any]] = field(default_factory=dict)

    def zones(self, policy: AllocationPolicy) -> Zones:
        """The network's zones under an allocation policy (computed once)."""
        with _cache_lock:
            if policy not in self._zones:
                self._zones[policy] = partition(self.net, policy)
                self._models[policy] = {}
            return self._zones[policy]


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
    n = net.n_nodes
    par_row = np.empty((len(_PARAMETER_OF), n), dtype=ROW)
    for p, name in _PARAMETER_OF.items():
        par_row[p] = net.series_rows[name]
    scal = np.zeros((N_NODE_SCALARS, n))
    scal[S_CAPACITY] = net.capacity_mcm
    scal[S_DEAD] = net.dead_mcm
    scal[S_INITIAL] = np.where(net.kind == DEMAND, net.drainage_initial_mcm, net.initial_mcm)
    scal[S_RETURN_FRACTION] = net.return_fraction
    scal[S_CREST] = net.crest_mcm
    scal[S_FLOOR] = net.floor_mcm
    scal[S_DRAINED] = net.drained
    scal[S_DRAIN_ALPHA] = net.drain_alpha
    storage_nodes = np.flatnonzero(np.isin(net.kind, (RESERVOIR, LAKE)))
    slot = np.full(n, -1, dtype=np.int64)
    slot[storage_nodes] = np.arange(len(storage_nodes))
    reservoirs = np.flatnonzero(net.kind == RESERVOIR)
    applicable = {R_STORAGE}
    if len(reservoirs):
        applicable |= {R_RELEASE, R_SPILL, R_EVAP, R_SEEP}
    if np.any(net.kind == LAKE):
        applicable |= {R_SPILL, R_EVAP, R_PRECIP}
    prepared = _Prepared(net, par_row, scal, reservoirs,
                         tuple(net.node_ids[i] for i in reservoirs), storage_nodes, slot,
                         bool(np.any(net.rule[reservoirs] == DEMAND_FOLLOWING_RULE)),
                         frozenset(applicable), _unsigned(net, slot))
    with _cache_lock:
        if len(_cache) > 16:
            _cache.clear()
        _cache[key] = (scenario, prepared)
    return prepared


def _unsigned(net: CompiledNetwork, storage_slot: np.ndarray) -> dict[str, np.ndarray]:
    """The index arrays the kernel's sweep reads, as unsigned integers (ROW): numba then
    indexes with them without first checking for a negative index, which makes the sweep
    faster. The -1 of nodes without a slot becomes a huge number that is never read."""
    return {"order": net.order.astype(ROW), "in_links": net.in_links.astype(ROW),
            "intake_links": net.intake_links.astype(ROW), "link_dst": net.link_dst.astype(ROW),
            "return_links": net.return_links.astype(ROW),
            "inflow_slot": net.inflow_slot.astype(ROW), "storage_slot": storage_slot.astype(ROW)}


def inflow_array(scenario: Scenario, net: CompiledNetwork, inflow_set: str | None,
                 inflows: Mapping[str, ArrayLike] | None) -> np.ndarray:
    """Local inflows as [member, inflow node, period] in Mm³ per period.

    ``inflows`` overrides single nodes with a series ([periods]) or an ensemble
    ([members, periods]); all ensembles must have the same number of members.
    """
    name = _inflow_set_name(scenario, inflow_set)
    return _with_overrides(net, _set_inflows(scenario, net, name), inflows)


def _inflow_set_name(scenario: Scenario, inflow_set: str | None) -> str:
    """The inflow set to run (the scenario's first by default); refuses an unknown name."""
    name = inflow_set or scenario.inflow_sets[0].name
    if name not in scenario.inflow_set_names:
        raise ValueError(translate("Simulation", "unknown inflow set '{name}' (the scenario "
                                                 "defines: {sets})").format(
            name=name, sets=", ".join(scenario.inflow_set_names)))
    return name


def _set_inflows(scenario: Scenario, net: CompiledNetwork, name: str) -> np.ndarray:
    """The inflow set's series of every inflow node, [1, inflow node, period]."""
    by_id = {nd.id: nd for nd in scenario.nodes}
    arr = np.empty((1, len(net.inflow_node_ids), net.periods))
    for j, nid in enumerate(net.inflow_node_ids):
        arr[0, j, :] = by_id[nid].inflow_mcm[name]  # type: ignore[union-attr]
    return arr


def _with_overrides(net: CompiledNetwork, base: np.ndarray,
                    inflows: Mapping[str, ArrayLike] | None) -> np.ndarray:
    """``base`` [1, inflow node, period] with some nodes' series replaced (checked); the
    very ``base`` when nothing is replaced."""
    if not inflows:
        return base
    t = net.periods
    overrides = {k: np.asarray(v, dtype=float) for k, v in inflows.items()}
    _check_override_ids(net, overrides, INFLOW, "inflows", "an inflow node")
    for k, v in overrides.items():
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
    arr[:] = base
    slot = {nid: j for j, nid in enumerate(net.inflow_node_ids)}
    for k, v in overrides.items():
        arr[:, slot[k], :] = v
    return arr


def _prepared_inflows(scenario: Scenario, prep: _Prepared, inflow_set: str | None,
                      inflows: Mapping[str, ArrayLike] | None) -> tuple[str, np.ndarray]:
    """The inflow set's name and the run's inflow array; the set's own array is built once
    per prepared network and reused (the kernel and the results only read it)."""
    name = _inflow_set_name(scenario, inflow_set)
    base = prep.inflow_sets.get(name)
    if base is None:
        base = prep.inflow_sets[name] = _set_inflows(scenario, prep.net, name)
    return name, _with_overrides(prep.net, base, inflows)


def _release_targets(scenario: Scenario, prep: _Prepared,
                     release_mcm: Mapping[str, ArrayLike] | None
                     ) -> tuple[np.ndarray, np.ndarray]:
    """Target releases as a pool [period, row] and each node's row [node] (row 0 is zero,
    for every node that is not a reservoir), in Mm³: the schedules, with ``release_mcm``
    replacing some. One schedule object run by several reservoirs is one row. The targets
    of the scenario's own schedules are kept while they are the very same tuples (the
    kernel only reads them)."""
    net = prep.net
    t = net.periods
    schedules: Mapping[str, ArrayLike] = scenario.release_schedules
    if release_mcm:
        _check_override_ids(net, release_mcm, RESERVOIR, "release_mcm", "a reservoir")
        for k in release_mcm:
            if net.rule[net.node_index(k)] != SCHEDULE_RULE:
                raise ValueError(f"release_mcm: '{k}' follows its operating rule, not a "
                                 "schedule, so a release override would not be used")
        schedules = {**schedules, **release_mcm}
    rows = tuple([schedules[k] for k in prep.reservoir_ids])
    last = prep.last_targets[-1] if prep.last_targets else None
    if last is not None and all(map(operator.is_, last[0], rows)):
        return last[1]
    columns = [np.zeros(t)]
    column_of: dict[int, int] = {}
    target_row = np.zeros(net.n_nodes, dtype=ROW)
    for i, row in zip(prep.reservoirs, rows):
        c = column_of.get(id(row))
        if c is None:
            c = column_of[id(row)] = len(columns)
            columns.append(_schedule_row(prep, net.node_ids[i], row, t))
        target_row[i] = c
    target_pool = np.empty((t, len(columns)))
    for c, values in enumerate(columns):
        target_pool[:, c] = values
    if all(isinstance(row, tuple) for row in rows):
        prep.last_targets[:] = [(rows, (target_pool, target_row))]
    return target_pool, target_row


def _recorded(record: str | Collection[str], prep: _Prepared) -> tuple[int, ...]:
    """The storage quantities (R_*) the kernel keeps for ``record``, storage first."""
    if isinstance(record, str):
        if record not in RECORD_PRESETS:
            raise ValueError(f"record: unknown preset '{record}' (use "
                             f"{' or '.join(repr(k) for k in RECORD_PRESETS)}, or a collection "
                             "of result quantity names)")
        wanted = set(RECORD_PRESETS[record])
    else:
        unknown = sorted(set(record) - _RECORDABLE)
        if unknown:
            raise ValueError(f"record: unknown result quantity '{unknown[0]}' (known: "
                             f"{', '.join(sorted(_RECORDABLE))})")
        wanted = {q for name in record for q in _RECORDED_FOR.get(name, ())}
    if prep.has_demand_following:  # the allocation decides these: they cannot be replayed
        wanted |= {R_RELEASE, R_SPILL, R_EVAP, R_SEEP}
    return (R_STORAGE,) + tuple(sorted((wanted & prep.applicable) - {R_STORAGE}))


def _schedule_row(prep: _Prepared, reservoir_id: str, row: ArrayLike, t: int) -> np.ndarray:
    """One reservoir's schedule as an array of t finite values (refused otherwise); a tuple's
    array is kept and reused while that very tuple is run again."""
    hit = prep.schedule_rows.get(id(row))
    if hit is not None and hit[0] is row:
        return hit[1]
    try:
        values = np.asarray(row, dtype=float)
    except (TypeError, ValueError):
        values = np.empty(0)
    if values.shape != (t,) or not np.all(np.isfinite(values)):
        raise ValueError(f"release schedule of '{reservoir_id}' must be {t} finite values")
    if isinstance(row, tuple):
        if len(prep.schedule_rows) > 4 * max(len(prep.reservoirs), 16):
            prep.schedule_rows.clear()
        prep.schedule_rows[id(row)] = (row, values)
    return values


def _check_override_ids(net: CompiledNetwork, overrides: Mapping[str, object], kind: int,
                        what: str, expected: str) -> None:
    """Refuse an override for a node that does not exist or is of the wrong kind (a
    misspelt id would otherwise be silently ignored)."""
    for k in overrides:
        if k not in net.node_ids:
            close = [n for n in net.node_ids if n.lower() == str(k).lower()]
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            raise ValueError(f"{what}: there is no node '{k}' in the network{hint}")
        if net.kind[net.node_index(k)] != kind:
            raise ValueError(f"{what}: '{k}' is not {expected}")


def simulate(scenario: Scenario, inflow_set: str | None = None, *,
             inflows: Mapping[str, ArrayLike] | None = None,
             release_mcm: Mapping[str, ArrayLike] | None = None,
             record: str | Collection[str] = "all", threads: int | None = None) -> Results:
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
    record
        What the run keeps of what reservoirs and lakes did: ``"all"`` (the default),
        ``"state"`` (their storage only) or the names of the result quantities the caller
        will read (``{"storage_mcm", "energy_mwh"}``). Every quantity can be read either
        way, with the same numbers: what was not kept is replayed from the storage when
        first read. Link flows are always kept. A long or large run that reads little
        needs far less memory with less recorded.
    threads
        How many threads an ensemble's members may be split over (default:
        :func:`~waterplanner.engine.member_threads.member_threads`); the numbers do not
        depend on it.

    Returns
    -------
    Results
        Every quantity per member, node (or link) and period.
    """
    load_every_kernel()
    prep = prepare(scenario)
    net = prep.net
    name, inflow = _prepared_inflows(scenario, prep, inflow_set, inflows)
    m, n, t, n_links = inflow.shape[0], net.n_nodes, net.periods, net.n_links
    target_pool, target_row = _release_targets(scenario, prep, release_mcm)
    recorded = _recorded(record, prep)
    record_pos = np.full(N_STORE_QUANTITIES, -1, dtype=np.int64)
    record_pos[list(recorded)] = np.arange(len(recorded))
    store = np.zeros((m, t, len(prep.storage_nodes), len(recorded)))
    sent = np.zeros((m, t, n_links))
    if net.any_drained:
        first_drainage(sent, net.kind, prep.node_scal, net.return_ptr, net.return_links,
                       net.return_share)
    state = np.empty((m, n))
    state[:] = prep.node_scal[S_INITIAL]
    zones = prep.zones(scenario.allocation)
    kernel = choose(run_kernel)
    u = prep.unsigned
    order = zones.order.astype(ROW) if zones.any_allocated else u["order"]
    cap_row = net.series_rows["link_cap_mcm"]
    models = prep._models[scenario.allocation]
    if zones.any_allocated:
        prepare_runs(net, zones, scenario.allocation, models)

    def members(m0: int, m1: int) -> None:
        """Simulate members m0 … m1 − 1 into their rows (on any thread)."""
        dec_node = np.zeros((N_DECISIONS, n))
        dec_link = np.zeros(n_links)
        rows = slice(m0, m1)
        inflow_, store_, sent_, state_ = inflow[rows], store[rows], sent[rows], state[rows]

        def step(a: int, b: int, t0: int, t1: int, o0: int, o1: int, mode: int) -> None:
            kernel(net.kind, order, u["inflow_slot"], net.in_ptr, u["in_links"],
                   net.main_link, net.overflow_link, net.intake_ptr, u["intake_links"],
                   net.intake_priority, net.return_ptr, u["return_links"], net.return_share,
                   u["link_dst"], net.link_lag, net.link_loss, cap_row,
                   net.link_initial_head_mcm, net.lav_n, net.lav_volume, net.lav_area,
                   prep.node_scal, net.pool, prep.par_row, target_pool, target_row, inflow_,
                   u["storage_slot"], record_pos, store_, sent_, net.rule, state_, a, b, t0,
                   t1, o0, o1, mode, dec_node, dec_link)

        if zones.any_allocated:
            run_allocated(net, zones, scenario.allocation, prep.par_row, prep.node_scal,
                          target_pool, target_row, inflow_, prep.storage_slot, record_pos,
                          store_, sent_, state_, dec_node, dec_link,
                          lambda mm, tt, o0, o1, mode: step(mm, mm + 1, tt, tt + 1, o0, o1,
                                                            mode),
                          models)
        else:
            step(0, m1 - m0, 0, t, 0, n, SWEEP)

    # a thread that runs the kernels' Python code while they compile keeps to itself
    alone = python_preferred() and not all_compiled()
    run_groups(members, member_groups(m, 1 if alone else threads))
    return Results(scenario, name, net, RunArrays(
        inflow=inflow, sent=sent, store=store, record_pos=record_pos,
        storage_nodes=prep.storage_nodes, storage_slot=prep.storage_slot,
        par_row=prep.par_row, node_scal=prep.node_scal, target_pool=target_pool,
        target_row=target_row))
