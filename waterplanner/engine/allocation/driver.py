"""The simulation with allocation: period by period, zone after zone.

A zone the allocation does not concern (no demand-following reservoir, and under
``upstream_first``) runs through the kernel's plain sweep. For any other zone the kernel
first runs the storage step of the zone's head storages, then the zone's inputs are read and
its decisions taken — by the riparian algorithm where it applies, else by the programme —
and the kernel does the zone's bookkeeping with them. The compiled loop
(:mod:`.period_loop`) does all of this except solving programmes, which happens here.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import numpy as np

from waterplanner.engine.allocation.inputs import F_EVAP, F_SEEP, N_DF_NUMBERS
from waterplanner.engine.allocation.period_loop import (
    PROGRAMME,
    RIPARIAN,
    SWEPT,
    run_periods,
)
from waterplanner.engine.allocation.zones import Zones, conservation_weights, riparian_ready
from waterplanner.engine.compiled import RESERVOIR, CompiledNetwork
from waterplanner.engine.jit import choose
from waterplanner.engine.kernel import (
    D_EVAP,
    D_OVER,
    D_RELEASE,
    D_SEEP,
    D_SPILL,
    DECIDED,
)
from waterplanner.model.scenario import AllocationPolicy

USE_RIPARIAN = True
"""Decide tree-shaped ``upstream_first`` zones without the programme (tests switch it off to
compare the two)."""

_programmes = threading.RLock()
"""Programmes are built and solved by one thread at a time (their models are shared by the
threads simulating an ensemble's members)."""

KernelCall = Callable[[int, int, int, int, int], None]
"""run_kernel bound to one simulation's arrays: (member, period, first, end, mode)."""


def run_allocated(net: CompiledNetwork, zones: Zones, policy: AllocationPolicy,
                  par_row: np.ndarray, node_scal: np.ndarray, target_pool: np.ndarray,
                  target_row: np.ndarray, inflow: np.ndarray, storage_slot: np.ndarray,
                  record_pos: np.ndarray, store: np.ndarray, sent: np.ndarray,
                  state: np.ndarray, dec_node: np.ndarray, dec_link: np.ndarray,
                  step: KernelCall, models: dict[Any, Any]) -> None:
    """Simulate every member and period, solving the allocated zones' programmes."""
    fixed_in = np.zeros(net.n_nodes)
    df_num = np.zeros((N_DF_NUMBERS, net.n_nodes))
    prepare_runs(net, zones, policy, models)
    run_zone, first, end, heads, mode = models["runs"]
    if not USE_RIPARIAN:
        mode = np.where(mode == RIPARIAN, PROGRAMME, mode)
    work = RiparianWork(net, zones)
    loop = choose(run_periods)
    position = np.zeros(3, dtype=np.int64)
    while loop(net.kind, zones.order, net.inflow_slot, net.in_ptr, net.in_links,
               net.main_link, net.overflow_link, net.intake_ptr, net.intake_links,
               net.intake_priority, net.return_ptr, net.return_links, net.return_share,
               net.link_src, net.link_dst, net.link_lag, net.link_loss,
               net.series_rows["link_cap_mcm"], net.link_initial_head_mcm, net.lav_n,
               net.lav_volume, net.lav_area, node_scal, net.pool, par_row, target_pool,
               target_row, inflow, storage_slot, record_pos, store, sent, net.rule,
               state, dec_node, dec_link, zones.zone_link, first, end, heads, mode,
               models["weights"], fixed_in, df_num, *work.arrays, position):
        m, t, r = (int(v) for v in position)
        z = int(run_zone[r])
        with _programmes:
            solve_programme(net, zones, z, t, policy, par_row, fixed_in, df_num, dec_node,
                            dec_link, models)
        step(m, t, int(first[r]), int(end[r]), DECIDED)
        r += 1
        if r == len(first):
            r, t = 0, t + 1
            if t == net.periods:
                t, m = 0, m + 1
        position[:] = (m, t, r)
        if m == inflow.shape[0]:
            break


def prepare_runs(net: CompiledNetwork, zones: Zones, policy: AllocationPolicy,
                 models: dict[Any, Any]) -> None:
    """Make the zones' runs and weights once, before threads share ``models``."""
    with _programmes:
        if "runs" not in models:
            models["weights"] = conservation_weights(net, zones)
            models["runs"] = _runs(net, zones, policy)


def solve_programme(net: CompiledNetwork, zones: Zones, z: int, t: int,
                    policy: AllocationPolicy, par_row: np.ndarray, fixed_in: np.ndarray,
                    df_num: np.ndarray, dec_node: np.ndarray, dec_link: np.ndarray,
                    models: dict[Any, Any]) -> None:
    """Solve zone z's programme for period t and write its decisions."""
    from waterplanner.engine.allocation.lexicographic import solve_zone
    from waterplanner.engine.allocation.problem import build_model, period_numbers

    model = models.get(z)
    if model is None:
        model = models[z] = build_model(net, zones, z)
    x = solve_zone(model, period_numbers(net, model, t, par_row, fixed_in, df_num), policy)
    apply_decisions(net, model, x, df_num, dec_node, dec_link)


class RiparianWork:
    """Work space of :func:`~waterplanner.engine.allocation.riparian.riparian_zone`."""

    def __init__(self, net: CompiledNetwork, zones: Zones):
        n = net.n_nodes
        segments = 1 + max((int((net.kind[zones.nodes(z)] == RESERVOIR).sum())
                            for z in range(zones.count)), default=0)
        self.arrays = (np.empty((4, n)), np.empty((5, n)), np.empty((3, n), dtype=np.int64),
                       np.empty((n, segments), dtype=np.int64), np.empty((n, segments)),
                       np.empty((n, segments)), np.empty((n, segments)),
                       np.zeros(n, dtype=np.bool_))


def apply_decisions(net: CompiledNetwork, model: Any, x: np.ndarray, df_num: np.ndarray,
                    dec_node: np.ndarray, dec_link: np.ndarray) -> None:
    """Write a zone's solution where the kernel reads its decisions."""
    xs = np.maximum(x[:len(model.links)], 0.0)
    dec_link[model.intakes] = xs[model.intake_col]
    src = net.link_src[model.links]
    over = net.overflow_link[src] == model.links
    dec_node[D_OVER, src[over]] = xs[over]
    df = model.df
    dec_node[D_RELEASE, df] = np.maximum(x[model.col_r], 0.0)
    dec_node[D_SPILL, df] = np.maximum(x[model.col_s], 0.0)
    dec_node[D_EVAP, df] = df_num[F_EVAP, df]
    dec_node[D_SEEP, df] = df_num[F_SEEP, df]


def _runs(net: CompiledNetwork, zones: Zones, policy: AllocationPolicy) -> tuple[
        np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The zones as runs of :func:`~.period_loop.run_periods`: (zone, first, end, heads,
    mode), neighbouring swept zones joined into one run."""
    ready = riparian_ready(net, zones, policy)
    rows: list[list[int]] = []
    for z in range(zones.count):
        first, end = int(zones.ptr[z]), int(zones.ptr[z + 1])
        if not zones.allocate[z]:
            if rows and rows[-1][4] == SWEPT:
                rows[-1][2] = end
            else:
                rows.append([-1, first, end, 0, SWEPT])
            continue
        rows.append([z, first, end, int(zones.heads[z]), RIPARIAN if ready[z] else PROGRAMME])
    table = np.array(rows, dtype=np.int64).reshape(len(rows), 5)
    return table[:, 0], table[:, 1], table[:, 2], table[:, 3], table[:, 4]
