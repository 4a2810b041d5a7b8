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
    """Compute every residual of a result set."""
    scn = r.scenario
    m, n, t = r.storage_mcm.shape
    link_index = {lid: j for j, lid in enumerate(r.link_ids)}
    arrivals_in = np.zeros((m, n, t))
    sent_out = np.zeros((m, n, t))
    for lk in scn.links:
        j = link_index[lk.id]
        arrivals_in[:, r.node_index(lk.target)] += r.link_arrival_mcm[:, j]
        sent_out[:, r.node_index(lk.source)] += r.link_flow_mcm[:, j]
    consumed = np.zeros((m, n, t))
    left = np.zeros((m, n, t))
    has_outlet = {lk.source for lk in scn.links}
    for i, node in enumerate(scn.nodes):
        if isinstance(node, DemandNode):
            consumed[:, i] = r.delivery_mcm[:, i] * (1.0 - node.return_fraction)
        elif node.kind is NodeKind.SINK:
            left[:, i] = r.inflow_mcm[:, i]
        elif node.kind is NodeKind.TERMINAL_LAKE and node.id not in has_outlet:
            left[:, i] = r.spill_mcm[:, i]
    storage = np.nan_to_num(r.storage_mcm) + np.nan_to_num(r.drainage_storage_mcm)
    initial_held = np.nan_to_num(r.initial_storage_mcm) + np.nan_to_num(r.initial_drainage_mcm)
    start = np.concatenate((np.broadcast_to(initial_held[None, :, None], (m, n, 1)),
                            storage[:, :, :-1]), axis=2)
    water_in = r.local_inflow_mcm + arrivals_in + r.precipitation_mcm
    water_out = r.evaporation_mcm + r.seepage_mcm + sent_out + consumed + left
    node_res = water_in - water_out - (storage - start)
    inflow_res = r.inflow_mcm - r.local_inflow_mcm - arrivals_in
    node_residual = np.maximum(np.abs(node_res).max(axis=2, initial=0.0),
                               np.abs(inflow_res).max(axis=2, initial=0.0))
    link_res = (r.link_transit_start_mcm[None, :] + r.link_flow_mcm.sum(axis=2)
                - r.link_loss_mcm.sum(axis=2) - r.link_arrival_mcm.sum(axis=2)
                - r.link_transit_end_mcm)
    inputs = (r.local_inflow_mcm.sum(axis=(1, 2)) + r.precipitation_mcm.sum(axis=(1, 2)))
    initial = initial_held.sum() + r.link_transit_start_mcm.sum()
    throughput = inputs + initial
    final = storage[:, :, -1].sum(axis=1) + r.link_transit_end_mcm.sum(axis=1)
    system = (inputs + initial - final - r.evaporation_mcm.sum(axis=(1, 2))
              - r.seepage_mcm.sum(axis=(1, 2)) - r.link_loss_mcm.sum(axis=(1, 2))
              - consumed.sum(axis=(1, 2)) - left.sum(axis=(1, 2)))
    return MassBalance(throughput_mcm=throughput, system_residual_mcm=system,
                       node_residual_mcm=node_residual, link_residual_mcm=link_res,
                       node_ids=r.node_ids)
