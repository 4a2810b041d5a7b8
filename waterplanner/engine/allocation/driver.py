"""The simulation with allocation: period by period, zone after zone.

A zone the allocation does not concern (no demand-following reservoir, and under
``upstream_first``) runs through the kernel's plain sweep. For any other zone: the kernel
first runs the storage step of the zone's head storages, then the zone's inputs are read,
its programme solved, and the kernel does the zone's bookkeeping with those decisions.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from waterplanner.engine.allocation.inputs import (
    F_EVAP,
    F_SEEP,
    N_DF_NUMBERS,
    zone_inputs,
)
from waterplanner.engine.allocation.riparian import riparian_zone
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
    HEADS,
    SWEEP,
)
from waterplanner.model.scenario import AllocationPolicy

USE_RIPARIAN = True
"""Decide tree-shaped ``upstream_first`` zones without the programme (tests switch it off to
compare the two)."""

KernelCall = Callable[[int, int, int, int, int], None]
"""run_kernel bound to one run's arrays: (member, period, first, end, mode)."""


def run_allocated(net: CompiledNetwork, zones: Zones, policy: AllocationPolicy,
                  node_par: np.ndarray, node_scal: np.ndarray, inflow: np.ndarray,
                  sent: np.ndarray, state: np.ndarray, dec_node: np.ndarray,
                  dec_link: np.ndarray, step: KernelCall, models: dict[int, Any]) -> None:
    """Simulate every member and period, solving the allocated zones' programmes."""
    from waterplanner.engine.allocation.lexicographic import solve_zone
    from waterplanner.engine.allocation.problem import build_model, period_numbers

    fixed_in = np.zeros(net.n_nodes)
    df_num = np.zeros((N_DF_NUMBERS, net.n_nodes))
    runs = _runs(zones)
    inputs = choose(zone_inputs)
    if "riparian" not in models:
        models["riparian"] = riparian_ready(net, zones, policy)
        models["weights"] = conservation_weights(net, zones)
    ready = models["riparian"] if USE_RIPARIAN else np.zeros(zones.count, dtype=bool)
    work = RiparianWork(net, zones)
    riparian = choose(riparian_zone)
    for m in range(inflow.shape[0]):
        for t in range(net.periods):
            for z, first, end in runs:
                if z < 0:
                    step(m, t, first, end, SWEEP)
                    continue
                heads = first + int(zones.heads[z])
                if heads > first:
                    step(m, t, first, heads, HEADS)
                nodes = zones.nodes(z)
                inputs(m, t, nodes, net.kind, net.rule, net.inflow_slot, net.in_ptr,
                       net.in_links, zones.zone_link, net.link_lag, net.link_loss,
                       net.link_initial_mcm, net.lav_n, net.lav_volume, net.lav_area,
                       node_scal, node_par, inflow, sent, state, dec_node, fixed_in, df_num)
                if ready[z] and riparian(
                        t, nodes, net.kind, net.rule, net.in_ptr, net.in_links, net.main_link,
                        net.intake_ptr, net.intake_links, net.intake_priority, net.link_src,
                        net.link_dst, net.link_loss, net.link_cap_mcm, zones.zone_link,
                        node_scal, node_par, models["weights"], fixed_in, df_num, dec_node,
                        dec_link, *work.arrays):
                    step(m, t, first, end, DECIDED)
                    continue
                model = models.get(z)
                if model is None:
                    model = models[z] = build_model(net, zones, z)
                x = solve_zone(model, period_numbers(net, model, t, node_par, fixed_in, df_num),
                               policy)
                apply_decisions(net, model, x, df_num, dec_node, dec_link)
                step(m, t, first, end, DECIDED)


class RiparianWork:
    """Work space of :func:`~waterplanner.engine.allocation.riparian.riparian_zone`."""

    def __init__(self, net: CompiledNetwork, zones: Zones):
        n = net.n_nodes
        segments = 1 + max((int((net.kind[zones.nodes(z)] == RESERVOIR).sum())
                            for z in range(zones.count)), default=0)
        self.arrays = (np.zeros(n), np.zeros(n), np.zeros(n, dtype=np.int64),
                       np.zeros((n, segments), dtype=np.int64), np.zeros((n, segments)),
                       np.zeros((n, segments)), np.zeros((n, segments)))


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


def _runs(zones: Zones) -> list[tuple[int, int, int]]:
    """The zones as kernel calls: (zone or -1 for a stretch of swept zones, first, end)."""
    runs: list[tuple[int, int, int]] = []
    for z in range(zones.count):
        first, end = int(zones.ptr[z]), int(zones.ptr[z + 1])
        if zones.allocate[z]:
            runs.append((z, first, end))
        elif runs and runs[-1][0] < 0:
            runs[-1] = (-1, runs[-1][1], end)
        else:
            runs.append((-1, first, end))
    return runs
