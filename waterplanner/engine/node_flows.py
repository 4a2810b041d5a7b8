"""Every node's inflow, abstraction and outflow, derived from the link flows after a run.

The kernel keeps only the state of the system: the storage of reservoirs and lakes, what
they released, spilled and lost, and the water entering every link. A node's inflow is what
its links delivered plus its local series; its abstraction is what entered its intake links;
its outflow is what was left of its water after the abstraction. These are recomputed here,
on request, with the kernel's own arithmetic in the kernel's own order, so they are the
numbers the kernel worked with, to the last bit — without a [node, period] array per
quantity held for every run.
"""

from __future__ import annotations

import numpy as np

from waterplanner.engine.jit import kernel
from waterplanner.engine.physics import DEMAND, INFLOW, LAKE, RESERVOIR, SINK, link_arrival


@kernel
def drainage_stores(kind: np.ndarray, drained: np.ndarray, drain_alpha: np.ndarray,
                    return_fraction: np.ndarray, initial: np.ndarray, q_in: np.ndarray,
                    held_out: np.ndarray) -> None:
    """Fill ``held_out`` [member, period, node] with the end-of-period content of every
    drainage store, replayed from the demands' deliveries ``q_in`` with the kernel's own
    arithmetic (D ← D − α·D + return fraction × delivery, from ``initial``)."""
    for m in range(q_in.shape[0]):
        for i in range(kind.shape[0]):
            if kind[i] != DEMAND or not drained[i]:
                continue
            alpha = drain_alpha[i]
            held = initial[i]
            for t in range(q_in.shape[1]):
                held = held - alpha * held + q_in[m, t, i] * return_fraction[i]
                held_out[m, t, i] = held


@kernel
def node_inflows(kind: np.ndarray, inflow_slot: np.ndarray, in_ptr: np.ndarray,
                 in_links: np.ndarray, link_lag: np.ndarray, link_loss: np.ndarray,
                 link_initial: np.ndarray, inflow: np.ndarray, sent: np.ndarray,
                 q_in: np.ndarray) -> None:
    """Fill ``q_in`` [member, period, node]: what arrived on each node's links plus its
    local series (``inflow`` [member, inflow slot, period], ``sent`` [member, period,
    link] as the kernel left them)."""
    for m in range(sent.shape[0]):
        for t in range(sent.shape[1]):
            for i in range(kind.shape[0]):
                q = 0.0
                if kind[i] == INFLOW:
                    q = inflow[m, inflow_slot[i], t]
                for p in range(in_ptr[i], in_ptr[i + 1]):
                    q += link_arrival(sent, m, t, in_links[p], link_lag, link_loss,
                                      link_initial)
                q_in[m, t, i] = q


@kernel
def node_outflows(kind: np.ndarray, return_ptr: np.ndarray, return_links: np.ndarray,
                  intake_ptr: np.ndarray, intake_links: np.ndarray,
                  storage_slot: np.ndarray, release: np.ndarray,
                  spill: np.ndarray, q_in: np.ndarray, sent: np.ndarray,
                  abstraction: np.ndarray, outflow: np.ndarray) -> None:
    """Fill ``abstraction`` and ``outflow`` [member, period, node] (a demand's outflow is
    its return flow, summed over its return links), from ``q_in`` (see :func:`node_inflows`), the link flows ``sent``
    and the ``release`` and ``spill`` [member, period, storage slot] of reservoirs and
    lakes (``storage_slot`` [node])."""
    for m in range(sent.shape[0]):
        for t in range(sent.shape[1]):
            for i in range(kind.shape[0]):
                k = kind[i]
                if k == SINK:
                    continue
                if k == DEMAND:
                    back = 0.0
                    for p in range(return_ptr[i], return_ptr[i + 1]):
                        back += sent[m, t, return_links[p]]
                    outflow[m, t, i] = back
                    continue
                taken = 0.0
                for p in range(intake_ptr[i], intake_ptr[i + 1]):
                    taken += sent[m, t, intake_links[p]]
                if k == RESERVOIR:
                    s = storage_slot[i]
                    avail = release[m, t, s] + spill[m, t, s]
                elif k == LAKE:
                    avail = spill[m, t, storage_slot[i]]
                else:
                    avail = q_in[m, t, i]
                abstraction[m, t, i] = taken
                outflow[m, t, i] = max(avail - taken, 0.0)
