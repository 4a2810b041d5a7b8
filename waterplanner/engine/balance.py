"""The water balance of a simulation, checked independently of the kernel.

For every node and period: what came in (local inflow, arrivals, precipitation) minus what
went out (evaporation, seepage, water sent down links, water consumed by a demand, water
leaving the basin at a sink or a lake without outlet) minus the change in storage (of a
demand: its drainage store) must be zero. For every link over the horizon: water in transit
at the start plus water sent, minus losses, arrivals and water still in transit at the end.
For the whole system: inputs (inflows, precipitation, initial storage — drainage stores
included — and transit) against everything that left or stayed. The residuals are compared
with the water in play over the horizon: all inflows and precipitation plus the water stored
or in transit at the start (so that a run with no inflow, which only drains its reservoirs,
is judged against what it drained).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from waterplanner.engine.jit import choose, kernel
from waterplanner.engine.results import Results
from waterplanner.model.nodes import DemandNode, NodeKind

TOLERANCE = 1e-9
"""Largest residual accepted, as a fraction of the water that passed."""


@dataclass(frozen=True)
class MassBalance:
    """Residuals of the balance, per member (Mm³ unless stated)."""

    throughput_mcm: np.ndarray        # [M] inflow + precipitation + initial storage and transit
    system_residual_mcm: np.ndarray   # [M]
    node_residual_mcm: np.ndarray     # [M, N] largest |residual| over the periods
    link_residual_mcm: np.ndarray     # [M, L]
    node_ids: tuple[str, ...]

    @property
    def relative_residual(self) -> np.ndarray:
        """|system residual| / throughput, per member."""
        return np.abs(self.system_residual_mcm) / np.maximum(self.throughput_mcm, 1e-300)

    def worst_node(self, member: int = 0) -> tuple[str, float]:
        """The node with the largest residual and that residual (Mm³)."""
        i = int(np.argmax(self.node_residual_mcm[member])) if self.node_ids else 0
        if not self.node_ids:
            return "", 0.0
        return self.node_ids[i], float(self.node_residual_mcm[member, i])

    @property
    def ok(self) -> bool:
        """True when every residual is below the tolerance for every member."""
        scale = np.maximum(self.throughput_mcm, 1e-300)
        worst_node = self.node_residual_mcm.max(axis=1, initial=0.0)
        worst_link = np.abs(self.link_residual_mcm).max(axis=1, initial=0.0)
        return bool(np.all(self.relative_residual < TOLERANCE)
                    and np.all(worst_node / scale < TOLERANCE)
                    and np.all(worst_link / scale < TOLERANCE))


def check_mass_balance(r: Results) -> MassBalance:
    """Compute every residual of a result set.

    The residuals are summed by :func:`_residuals` (compiled: an ensemble's balance is
    checked on every edit in the window), from the results' own quantities; link arrivals
    and departures reach their nodes through each link's ends, demands and outlets through
    per-node weights made here from the scenario."""
    scn = r.scenario
    n = len(r.node_ids)
    link_index = {lid: j for j, lid in enumerate(r.link_ids)}
    src = np.full(len(r.link_ids), -1, dtype=np.int64)
    dst = np.full(len(r.link_ids), -1, dtype=np.int64)
    for lk in scn.links:
        j = link_index[lk.id]
        src[j], dst[j] = r.node_index(lk.source), r.node_index(lk.target)
    consumed_share = np.zeros(n)
    left_kind = np.zeros(n, dtype=np.int64)  # 1: a sink (its inflow leaves), 2: a lake's spill
    has_outlet = {lk.source for lk in scn.links}
    for i, node in enumerate(scn.nodes):
        if isinstance(node, DemandNode):
            consumed_share[i] = 1.0 - node.return_fraction
        elif node.kind is NodeKind.SINK:
            left_kind[i] = 1
        elif node.kind is NodeKind.TERMINAL_LAKE and node.id not in has_outlet:
            left_kind[i] = 2
    initial_held = np.nan_to_num(r.initial_storage_mcm) + np.nan_to_num(r.initial_drainage_mcm)
    transit_start = np.ascontiguousarray(r.link_transit_start_mcm, dtype=float)
    node_residual, link_residual, system, throughput = choose(_residuals)(
        src, dst, consumed_share, left_kind, initial_held, transit_start,
        _c(r.local_inflow_mcm), _c(r.precipitation_mcm), _c(r.inflow_mcm),
        _c(r.evaporation_mcm), _c(r.seepage_mcm), _c(r.delivery_mcm), _c(r.spill_mcm),
        _c(r.storage_mcm), _c(r.drainage_storage_mcm), _c(r.link_flow_mcm),
        _c(r.link_arrival_mcm), _c(r.link_loss_mcm), np.ascontiguousarray(r.link_transit_end_mcm, dtype=float))
    return MassBalance(throughput_mcm=throughput, system_residual_mcm=system,
                       node_residual_mcm=node_residual, link_residual_mcm=link_residual,
                       node_ids=r.node_ids)


def _c(a: np.ndarray) -> np.ndarray:
    """A [member, node or link, period] quantity in the kernel's [member, period, …] order
    (the very memory the results' transposed views show: no copy)."""
    return np.ascontiguousarray(np.asarray(a, dtype=float).transpose(0, 2, 1))


@kernel
def _residuals(src: np.ndarray, dst: np.ndarray, consumed_share: np.ndarray,
               left_kind: np.ndarray, initial_held: np.ndarray, transit_start: np.ndarray,
               local: np.ndarray, precipitation: np.ndarray, inflow: np.ndarray,
               evaporation: np.ndarray, seepage: np.ndarray, delivery: np.ndarray,
               spill: np.ndarray, storage: np.ndarray, drainage: np.ndarray,
               flow: np.ndarray, arrival: np.ndarray, loss: np.ndarray,
               transit_end: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray,
                                                 np.ndarray]:
    """Per member: each node's largest |residual| over the periods (its balance, and its
    inflow against its local inflow plus arrivals), each link's residual over the horizon,
    the system's residual and the throughput. Quantities are laid out as the kernel keeps
    them: [member, period, node or link]; the water in transit at the end [member, link].
    Storage and drainage stores are NaN where a node holds none."""
    members, periods, nodes = storage.shape
    links = src.shape[0]
    node_residual = np.zeros((members, nodes))
    link_residual = np.zeros((members, links))
    system = np.zeros(members)
    throughput = np.zeros(members)
    held0 = initial_held.sum() + transit_start.sum()
    into = np.zeros(nodes)
    out_of = np.zeros(nodes)
    for m in range(members):
        inputs = 0.0
        gone = 0.0
        for t in range(periods):
            into[:] = 0.0
            out_of[:] = 0.0
            for j in range(links):
                if dst[j] >= 0:
                    into[dst[j]] += arrival[m, t, j]
                if src[j] >= 0:
                    out_of[src[j]] += flow[m, t, j]
            for i in range(nodes):
                before = initial_held[i]
                s = storage[m, t, i]
                d = drainage[m, t, i]
                held = (0.0 if np.isnan(s) else s) + (0.0 if np.isnan(d) else d)
                if t > 0:
                    s0 = storage[m, t - 1, i]
                    d0 = drainage[m, t - 1, i]
                    before = (0.0 if np.isnan(s0) else s0) + (0.0 if np.isnan(d0) else d0)
                consumed = delivery[m, t, i] * consumed_share[i]
                left = 0.0
                if left_kind[i] == 1:
                    left = inflow[m, t, i]
                elif left_kind[i] == 2:
                    left = spill[m, t, i]
                came = local[m, t, i] + into[i] + precipitation[m, t, i]
                went = evaporation[m, t, i] + seepage[m, t, i] + out_of[i] + consumed + left
                res = abs(came - went - (held - before))
                res_in = abs(inflow[m, t, i] - local[m, t, i] - into[i])
                worst = max(res, res_in)
                node_residual[m, i] = max(node_residual[m, i], worst)
                inputs += local[m, t, i] + precipitation[m, t, i]
                gone += evaporation[m, t, i] + seepage[m, t, i] + consumed + left
        final = 0.0
        for i in range(nodes):
            s = storage[m, periods - 1, i] if periods > 0 else np.nan
            d = drainage[m, periods - 1, i] if periods > 0 else np.nan
            final += (0.0 if np.isnan(s) else s) + (0.0 if np.isnan(d) else d)
        lost = 0.0
        for j in range(links):
            sent = 0.0
            arrived = 0.0
            lost_j = 0.0
            for t in range(periods):
                sent += flow[m, t, j]
                arrived += arrival[m, t, j]
                lost_j += loss[m, t, j]
            link_residual[m, j] = transit_start[j] + sent - lost_j - arrived - transit_end[m, j]
            final += transit_end[m, j]
            lost += lost_j
        throughput[m] = inputs + held0
        system[m] = inputs + held0 - final - gone - lost
    return node_residual, link_residual, system, throughput
