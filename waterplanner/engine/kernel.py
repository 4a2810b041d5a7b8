"""The mass-balance time step, compiled with numba.

Anatomy of one period t, for every node from the headwaters down (``order``):

1. **Inflow**: what arrives on the node's incoming links this period (sent ``lag`` periods
   ago, less the link's loss), plus the local series of an inflow node.
2. **Reservoir**: evaporation is the period's depth times the surface area at the
   *start-of-period* storage (an explicit scheme: the area is known before the step, so the
   balance closes exactly), capped at the water present; then seepage. The release is the
   scheduled target clipped to [min, max] release and to the water above dead storage; if the
   storage would end above the flood-control curve, extra release (up to the maximum) brings
   it down; whatever still exceeds capacity spills.
   S(t+1) = S(t) + inflow − evaporation − seepage − release − spill.
3. **Terminal lake**: precipitation and evaporation on the start-of-period area; water above
   the crest volume leaves as outflow (capped at the outlet's capacity, if any).
4. **Abstraction**: demands whose intake starts at this node are served from the node's
   outflow above its minimum-flow requirement, by priority (1 first); demands of equal
   priority share in proportion to what they ask (their demand grossed up for the intake's
   loss, capped at its capacity).
5. **Routing**: the rest goes down the main link; what exceeds the main link's capacity
   takes the overflow route if there is one (up to its capacity), and any remainder stays in
   the main link (recorded as exceedance by the results).
6. **Demand node**: what arrives is the delivery; the return fraction of it goes back along
   the return link; the rest is consumed.

Hydropower and water levels do not feed back into the balance; they are computed afterwards
from these results (see :mod:`waterplanner.engine.energy`).
"""

from __future__ import annotations

import numpy as np
from numba import njit

# node_out quantities, axis 1 of node_out[member, quantity, node, period]
Q_STORAGE, Q_INFLOW, Q_OUTFLOW, Q_RELEASE, Q_SPILL, Q_EVAP, Q_PRECIP, Q_SEEP, Q_ABSTRACTION, \
    Q_DELIVERY, Q_SHORTFALL, Q_RETURN, Q_MINFLOW_DEFICIT = range(13)
N_NODE_QUANTITIES = 13

# link_out quantities, axis 1 of link_out[member, quantity, link, period]
L_SENT, L_LOST, L_ARRIVED = range(3)
N_LINK_QUANTITIES = 3

# node_par rows, axis 0 of node_par[parameter, node, period]
P_MIN_REL, P_MAX_REL, P_FLOOD, P_SEEP, P_EVAP_MM, P_PRECIP_MM, P_MAX_OUT, P_DEMAND, \
    P_REQUIRED, P_TARGET = range(10)
N_NODE_PARAMETERS = 10

# node_scal rows, axis 0 of node_scal[parameter, node]
S_CAPACITY, S_DEAD, S_INITIAL, S_RETURN_FRACTION, S_CREST = range(5)
N_NODE_SCALARS = 5

_INFLOW, _RESERVOIR, _JUNCTION, _DEMAND, _MIN_FLOW, _LAKE, _SINK = range(7)


@njit(cache=True, nogil=True)
def table_lookup(x: float, xs: np.ndarray, ys: np.ndarray, n: int) -> float:
    """Linear interpolation in a table of n rows, extending the end segments linearly."""
    if n == 1:
        return ys[0]
    if x <= xs[0]:
        return ys[0] + (x - xs[0]) * (ys[1] - ys[0]) / (xs[1] - xs[0])
    if x >= xs[n - 1]:
        return ys[n - 1] + (x - xs[n - 1]) * (ys[n - 1] - ys[n - 2]) / (xs[n - 1] - xs[n - 2])
    lo = 0
    hi = n - 1
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if xs[mid] <= x:
            lo = mid
        else:
            hi = mid
    return ys[lo] + (x - xs[lo]) * (ys[hi] - ys[lo]) / (xs[hi] - xs[lo])


@njit(cache=True, nogil=True)
def _send(link: int, amount: float, m: int, t: int, link_lag: np.ndarray,
          link_loss: np.ndarray, link_out: np.ndarray, transit_end: np.ndarray) -> None:
    arrive = amount * (1.0 - link_loss[link])
    link_out[m, L_SENT, link, t] += amount
    link_out[m, L_LOST, link, t] += amount - arrive
    ta = t + link_lag[link]
    if ta < link_out.shape[3]:
        link_out[m, L_ARRIVED, link, ta] += arrive
    else:
        transit_end[m, link] += arrive


@njit(cache=True, nogil=True)
def run_kernel(kind: np.ndarray, order: np.ndarray, inflow_slot: np.ndarray,
               in_ptr: np.ndarray, in_links: np.ndarray, main_link: np.ndarray,
               overflow_link: np.ndarray, intake_ptr: np.ndarray, intake_links: np.ndarray,
               intake_priority: np.ndarray, link_dst: np.ndarray, link_lag: np.ndarray,
               link_loss: np.ndarray, link_cap: np.ndarray, link_initial: np.ndarray,
               lav_n: np.ndarray, lav_volume: np.ndarray, lav_area: np.ndarray,
               node_scal: np.ndarray, node_par: np.ndarray, inflow: np.ndarray,
               node_out: np.ndarray, link_out: np.ndarray, transit_end: np.ndarray) -> None:
    """Simulate every member over every period, filling ``node_out``, ``link_out`` and
    ``transit_end`` (all zero on entry). ``inflow`` is [member, inflow slot, period] in Mm³."""
    n_members = inflow.shape[0]
    n_periods = node_par.shape[2]
    n_nodes = kind.shape[0]
    max_intakes = 1
    for i in range(n_nodes):
        max_intakes = max(max_intakes, intake_ptr[i + 1] - intake_ptr[i])
    need = np.empty(max_intakes)
    for m in range(n_members):
        link_out[m, L_ARRIVED, :, :] += link_initial
        storage = node_scal[S_INITIAL].copy()
        for t in range(n_periods):
            for oi in range(n_nodes):
                i = order[oi]
                k = kind[i]
                q_in = 0.0
                if k == _INFLOW:
                    q_in = inflow[m, inflow_slot[i], t]
                for p in range(in_ptr[i], in_ptr[i + 1]):
                    q_in += link_out[m, L_ARRIVED, in_links[p], t]
                node_out[m, Q_INFLOW, i, t] = q_in
                avail = q_in
                if k == _RESERVOIR:
                    s0 = storage[i]
                    water = s0 + q_in
                    area = table_lookup(s0, lav_volume[i], lav_area[i], lav_n[i])
                    evap = min(max(area, 0.0) * node_par[P_EVAP_MM, i, t] * 1e-3, water)
                    water -= evap
                    seep = min(node_par[P_SEEP, i, t], water)
                    water -= seep
                    target = node_par[P_TARGET, i, t]
                    max_rel = node_par[P_MAX_REL, i, t]
                    target = max(node_par[P_MIN_REL, i, t], min(target, max_rel))
                    above_dead = max(water - node_scal[S_DEAD, i], 0.0)
                    release = min(target, above_dead)
                    water -= release
                    flood = node_par[P_FLOOD, i, t]
                    if water > flood:
                        extra = min(water - flood, max(max_rel - release, 0.0),
                                    max(above_dead - release, 0.0))
                        release += extra
                        water -= extra
                    spill = 0.0
                    if water > node_scal[S_CAPACITY, i]:
                        spill = water - node_scal[S_CAPACITY, i]
                        water = node_scal[S_CAPACITY, i]
                    storage[i] = water
                    node_out[m, Q_STORAGE, i, t] = water
                    node_out[m, Q_EVAP, i, t] = evap
                    node_out[m, Q_SEEP, i, t] = seep
                    node_out[m, Q_RELEASE, i, t] = release
                    node_out[m, Q_SPILL, i, t] = spill
                    avail = release + spill
                elif k == _LAKE:
                    s0 = storage[i]
                    area = max(table_lookup(s0, lav_volume[i], lav_area[i], lav_n[i]), 0.0)
                    precip = area * node_par[P_PRECIP_MM, i, t] * 1e-3
                    water = s0 + q_in + precip
                    evap = min(area * node_par[P_EVAP_MM, i, t] * 1e-3, water)
                    water -= evap
                    out = 0.0
                    if water > node_scal[S_CREST, i]:
                        out = min(water - node_scal[S_CREST, i], node_par[P_MAX_OUT, i, t])
                        water -= out
                    storage[i] = water
                    node_out[m, Q_STORAGE, i, t] = water
                    node_out[m, Q_EVAP, i, t] = evap
                    node_out[m, Q_PRECIP, i, t] = precip
                    node_out[m, Q_SPILL, i, t] = out
                    avail = out
                elif k == _DEMAND:
                    node_out[m, Q_DELIVERY, i, t] = q_in
                    node_out[m, Q_SHORTFALL, i, t] = max(node_par[P_DEMAND, i, t] - q_in, 0.0)
                    ret = q_in * node_scal[S_RETURN_FRACTION, i]
                    node_out[m, Q_RETURN, i, t] = ret
                    avail = 0.0
                    if main_link[i] >= 0 and ret > 0.0:
                        _send(main_link[i], ret, m, t, link_lag, link_loss, link_out, transit_end)
                        node_out[m, Q_OUTFLOW, i, t] = ret
                    continue
                elif k == _SINK:
                    continue

                # abstraction by priority, from the flow above the minimum-flow requirement
                reserve = node_par[P_REQUIRED, i, t] if k == _MIN_FLOW else 0.0
                free = max(avail - reserve, 0.0)
                taken = 0.0
                a = intake_ptr[i]
                end = intake_ptr[i + 1]
                while a < end:
                    b = a
                    total = 0.0
                    while b < end and intake_priority[b] == intake_priority[a]:
                        lk = intake_links[b]
                        want = node_par[P_DEMAND, link_dst[lk], t] / (1.0 - link_loss[lk])
                        want = min(want, link_cap[lk, t])
                        need[b - a] = want
                        total += want
                        b += 1
                    share = 1.0 if total <= free else (free / total if total > 0.0 else 0.0)
                    for c in range(a, b):
                        give = need[c - a] * share
                        if give > 0.0:
                            _send(intake_links[c], give, m, t, link_lag, link_loss, link_out,
                                  transit_end)
                            taken += give
                    free = max(free - total * share, 0.0)
                    a = b
                avail = max(avail - taken, 0.0)
                node_out[m, Q_ABSTRACTION, i, t] = taken
                if k == _MIN_FLOW:
                    node_out[m, Q_MINFLOW_DEFICIT, i, t] = max(node_par[P_REQUIRED, i, t] - avail,
                                                                0.0)
                node_out[m, Q_OUTFLOW, i, t] = avail
                main = main_link[i]
                if main < 0:
                    continue
                over = overflow_link[i]
                if over >= 0 and avail > link_cap[main, t]:
                    to_over = min(avail - link_cap[main, t], link_cap[over, t])
                    _send(over, to_over, m, t, link_lag, link_loss, link_out, transit_end)
                    _send(main, avail - to_over, m, t, link_lag, link_loss, link_out, transit_end)
                elif avail > 0.0:
                    _send(main, avail, m, t, link_lag, link_loss, link_out, transit_end)
