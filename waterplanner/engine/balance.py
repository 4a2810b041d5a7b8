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
    """Compute every residual of a result set.

    Vectorised over members, nodes and periods in the results' own [member, period, node]
    layout (an ensemble's balance is checked on every edit in the window): link arrivals
    and departures reach their nodes through incidence matrices, demands and outlets
    through per-node weights."""
    scn = r.scenario
    n = r.storage_mcm.shape[1]

    def kernel_layout(a: np.ndarray) -> np.ndarray:
        """A [member, node, period] quantity as [member, period, node]."""
        return np.asarray(a).transpose(0, 2, 1)

    link_index = {lid: j for j, lid in enumerate(r.link_ids)}
    into = np.zeros((len(r.link_ids), n))
    out_of = np.zeros((len(r.link_ids), n))
    for lk in scn.links:
        j = link_index[lk.id]
        into[j, r.node_index(lk.target)] += 1.0
        out_of[j, r.node_index(lk.source)] += 1.0
    arrival = kernel_layout(r.link_arrival_mcm)
    flow = kernel_layout(r.link_flow_mcm)
    arrivals_in = arrival @ into
    sent_out = flow @ out_of
    consumed_share = np.zeros(n)
    sink = np.zeros(n, dtype=bool)
    lake = np.zeros(n, dtype=bool)
    has_outlet = {lk.source for lk in scn.links}
    for i, node in enumerate(scn.nodes):
        if isinstance(node, DemandNode):
            consumed_share[i] = 1.0 - node.return_fraction
        elif node.kind is NodeKind.SINK:
            sink[i] = True
        elif node.kind is NodeKind.TERMINAL_LAKE and node.id not in has_outlet:
            lake[i] = True
    consumed = kernel_layout(r.delivery_mcm) * consumed_share
    left = np.where(sink, kernel_layout(r.inflow_mcm), 0.0)
    if lake.any():
        left += np.where(lake, kernel_layout(r.spill_mcm), 0.0)
    stored = kernel_layout(r.storage_mcm)
    drained = kernel_layout(r.drainage_storage_mcm)
    storage = np.where(np.isnan(stored), 0.0, stored) + np.where(np.isnan(drained), 0.0,
                                                                 drained)
    initial_held = np.nan_to_num(r.initial_storage_mcm) + np.nan_to_num(r.initial_drainage_mcm)
    change = np.empty_like(storage)
    change[:, 0] = storage[:, 0] - initial_held
    np.subtract(storage[:, 1:], storage[:, :-1], out=change[:, 1:])
    local = kernel_layout(r.local_inflow_mcm)
    precipitation = kernel_layout(r.precipitation_mcm)
    evaporation = kernel_layout(r.evaporation_mcm)
    seepage = kernel_layout(r.seepage_mcm)
    node_res = (local + arrivals_in + precipitation) \
        - (evaporation + seepage + sent_out + consumed + left) - change
    inflow_res = kernel_layout(r.inflow_mcm) - local - arrivals_in
    node_residual = np.maximum(np.abs(node_res).max(axis=1, initial=0.0),
                               np.abs(inflow_res).max(axis=1, initial=0.0))
    loss = kernel_layout(r.link_loss_mcm)
    link_res = (r.link_transit_start_mcm[None, :] + flow.sum(axis=1) - loss.sum(axis=1)
                - arrival.sum(axis=1) - r.link_transit_end_mcm)
    inputs = local.sum(axis=(1, 2)) + precipitation.sum(axis=(1, 2))
    initial = initial_held.sum() + r.link_transit_start_mcm.sum()
    throughput = inputs + initial
    final = storage[:, -1, :].sum(axis=1) + r.link_transit_end_mcm.sum(axis=1)
    system = (inputs + initial - final - evaporation.sum(axis=(1, 2))
              - seepage.sum(axis=(1, 2)) - loss.sum(axis=(1, 2))
              - consumed.sum(axis=(1, 2)) - left.sum(axis=(1, 2)))
    return MassBalance(throughput_mcm=throughput, system_residual_mcm=system,
                       node_residual_mcm=node_residual, link_residual_mcm=link_res,
                       node_ids=r.node_ids)
