"""The mass-balance time step, compiled with numba.

Anatomy of one period t, for every node from the headwaters down (``order``):

1. **Inflow**: what arrives on the node's incoming links this period (sent ``lag`` periods
   ago, less the link's loss), plus the local series of an inflow node.
2. **Reservoir**: evaporation is the period's depth times the surface area at the
   *start-of-period* storage (an explicit scheme: the area is known before the step, so the
   balance closes exactly), capped at the water present; then seepage. The release aims at
   the scheduled target (``schedule`` rule) or at the water that brings the end-of-period
   storage onto the guide curve (``guide_curve`` rule); while the start-of-period storage is
   in the buffer zone (below the rule's buffer curve) the aim is cut to the buffer release.
   The aim is clipped to [min, max] release; a release may draw the storage below the
   operating minimum only as far as the minimum release needs, and never below dead storage.
   If the storage would end above the flood-control curve, extra release (up to the
   maximum) brings it down; whatever still exceeds capacity spills.
   S(t+1) = S(t) + inflow − evaporation − seepage − release − spill.
3. **Terminal lake**: precipitation and evaporation on the start-of-period area; water above
   the crest volume leaves as outflow (capped at the outlet's capacity, if any).
4. **Abstraction**: demands whose intake starts at this node are served from the node's
   outflow above its minimum-flow requirement, by priority (1 first); demands of equal
   priority share in proportion to what they ask (their demand grossed up for the intake's
   loss, capped at the intake's capacity and at the demand's limit).
5. **Routing**: the rest goes down the main link; what exceeds the main link's capacity
   takes the overflow route if there is one (up to its capacity), and any remainder stays in
   the main link (recorded as exceedance by the results).
6. **Demand node**: what arrives is the delivery; the return fraction of it goes back along
   the return link; the rest is consumed.

This sweep is the ``upstream_first`` allocation where no demand-following reservoir is
involved. Elsewhere (see :mod:`waterplanner.engine.allocation` and docs/allocation.md) each
zone's releases, withdrawals and overflow volumes are decided for the period first, and the
same sweep then does the bookkeeping with them (modes ``HEADS`` and ``DECIDED``).

Hydropower and water levels do not feed back into the balance; they are computed afterwards
from these results (see :mod:`waterplanner.engine.energy`), as are deliveries, shortfalls,
return flows, minimum-flow deficits and the arrivals and losses of every link.

Arrays are period-major (``[member, quantity, period, node]``) so that one period's sweep
down the network touches neighbouring memory.
"""

from __future__ import annotations

import numpy as np

from waterplanner.engine.jit import kernel

# node_out quantities, axis 1 of node_out[member, quantity, period, node]
Q_STORAGE, Q_INFLOW, Q_OUTFLOW, Q_RELEASE, Q_SPILL, Q_EVAP, Q_PRECIP, Q_SEEP, \
    Q_ABSTRACTION = range(9)
N_NODE_QUANTITIES = 9

# node_par rows, axis 0 of node_par[parameter, period, node]
P_MIN_REL, P_MAX_REL, P_FLOOD, P_SEEP, P_EVAP_MM, P_PRECIP_MM, P_MAX_OUT, P_DEMAND, \
    P_REQUIRED, P_GUIDE, P_BUFFER, P_BUFFER_REL, P_LIMIT = range(13)
N_NODE_PARAMETERS = 13

# node_scal rows, axis 0 of node_scal[parameter, node]
S_CAPACITY, S_DEAD, S_INITIAL, S_RETURN_FRACTION, S_CREST, S_FLOOR = range(6)
N_NODE_SCALARS = 6

_INFLOW, _RESERVOIR, _JUNCTION, _DEMAND, _MIN_FLOW, _LAKE, _SINK = range(7)
_DF_RESERVOIR, _HEAD = 7, 8
_DEMAND_FOLLOWING = 1
"""The demand-following rule's code (``compiled.DEMAND_FOLLOWING_RULE``)."""

# run_kernel modes
SWEEP, HEADS, DECIDED = range(3)

# dec_node rows, axis 0 of dec_node[decision, node]: the allocation's decisions of one period
D_RELEASE, D_SPILL, D_EVAP, D_SEEP, D_OVER, D_AVAIL = range(6)
N_DECISIONS = 6


@kernel(entry=False)
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


@kernel(entry=False)
def link_arrival(sent: np.ndarray, m: int, t: int, link: int, link_lag: np.ndarray,
                 link_loss: np.ndarray, link_initial: np.ndarray) -> float:
    """What arrives at a link's end in period t: sent ``lag`` periods earlier, less the loss;
    in the first ``lag`` periods, the water that was in transit at the start."""
    tt = t - link_lag[link]
    if tt < 0:
        return link_initial[link, t]
    return sent[m, tt, link] * (1.0 - link_loss[link])


@kernel
def run_kernel(kind: np.ndarray, order: np.ndarray, inflow_slot: np.ndarray,
               in_ptr: np.ndarray, in_links: np.ndarray, main_link: np.ndarray,
               overflow_link: np.ndarray, intake_ptr: np.ndarray, intake_links: np.ndarray,
               intake_priority: np.ndarray, link_dst: np.ndarray, link_lag: np.ndarray,
               link_loss: np.ndarray, link_cap: np.ndarray, link_initial: np.ndarray,
               lav_n: np.ndarray, lav_volume: np.ndarray, lav_area: np.ndarray,
               node_scal: np.ndarray, node_par: np.ndarray, target: np.ndarray,
               inflow: np.ndarray, node_out: np.ndarray, sent: np.ndarray,
               rule: np.ndarray, state: np.ndarray, m0: int, m1: int, t0: int, t1: int,
               o0: int, o1: int, mode: int, dec_node: np.ndarray,
               dec_link: np.ndarray) -> None:
    """Simulate members m0..m1-1 over periods t0..t1-1, nodes ``order[o0:o1]``.

    ``inflow`` is [member, inflow slot, period] and ``target`` [period, node], both in Mm³.
    Fills ``node_out`` [member, quantity, period, node] and ``sent`` [member, period, link]
    (water entering each link), which must be zero on entry. ``state`` [member, node] is the
    storage at the start of period t0 and is left at the end of period t1 - 1.

    ``mode`` ``SWEEP`` is the whole step above. The allocation (see
    :mod:`waterplanner.engine.allocation`) runs one zone of one period in two calls:
    ``HEADS`` does the storage step of the zone's head nodes (reservoirs on another rule,
    lakes) and leaves their outflow in ``dec_node[D_AVAIL]``; ``DECIDED`` then does the
    whole zone with the allocation's decisions: releases, spills, evaporation and seepage of
    demand-following reservoirs, withdrawals (``dec_link``) and overflow volumes.
    """
    max_intakes = 1
    for oi in range(o0, o1):
        i = order[oi]
        max_intakes = max(max_intakes, intake_ptr[i + 1] - intake_ptr[i])
    need = np.empty(max_intakes)
    for m in range(m0, m1):
        storage = state[m]
        for t in range(t0, t1):
            for oi in range(o0, o1):
                i = order[oi]
                k = kind[i]
                if mode == DECIDED and (k == _RESERVOIR or k == _LAKE):
                    k = _DF_RESERVOIR if rule[i] == _DEMAND_FOLLOWING else _HEAD
                q_in = 0.0
                if k == _INFLOW:
                    q_in = inflow[m, inflow_slot[i], t]
                for p in range(in_ptr[i], in_ptr[i + 1]):
                    q_in += link_arrival(sent, m, t, in_links[p], link_lag, link_loss,
                                         link_initial)
                node_out[m, Q_INFLOW, t, i] = q_in
                avail = q_in
                if k == _RESERVOIR:
                    s0 = storage[i]
                    water = s0 + q_in
                    area = table_lookup(s0, lav_volume[i], lav_area[i], lav_n[i])
                    evap = min(max(area, 0.0) * node_par[P_EVAP_MM, t, i] * 1e-3, water)
                    water -= evap
                    seep = min(node_par[P_SEEP, t, i], water)
                    water -= seep
                    max_rel = node_par[P_MAX_REL, t, i]
                    min_rel = node_par[P_MIN_REL, t, i]
                    guide = node_par[P_GUIDE, t, i]
                    aim = target[t, i] if np.isnan(guide) else water - guide
                    if s0 < node_par[P_BUFFER, t, i]:
                        aim = min(aim, node_par[P_BUFFER_REL, t, i])
                    want = max(min_rel, min(aim, max_rel))
                    above_dead = max(water - node_scal[S_DEAD, i], 0.0)
                    above_floor = max(water - node_scal[S_FLOOR, i], 0.0)
                    release = min(want, max(above_floor, min(min_rel, above_dead)))
                    water -= release
                    flood = node_par[P_FLOOD, t, i]
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
                    node_out[m, Q_STORAGE, t, i] = water
                    node_out[m, Q_EVAP, t, i] = evap
                    node_out[m, Q_SEEP, t, i] = seep
                    node_out[m, Q_RELEASE, t, i] = release
                    node_out[m, Q_SPILL, t, i] = spill
                    avail = release + spill
                elif k == _LAKE:
                    s0 = storage[i]
                    area = max(table_lookup(s0, lav_volume[i], lav_area[i], lav_n[i]), 0.0)
                    precip = area * node_par[P_PRECIP_MM, t, i] * 1e-3
                    water = s0 + q_in + precip
                    evap = min(area * node_par[P_EVAP_MM, t, i] * 1e-3, water)
                    water -= evap
                    out = 0.0
                    if water > node_scal[S_CREST, i]:
                        out = min(water - node_scal[S_CREST, i], node_par[P_MAX_OUT, t, i])
                        water -= out
                    storage[i] = water
                    node_out[m, Q_STORAGE, t, i] = water
                    node_out[m, Q_EVAP, t, i] = evap
                    node_out[m, Q_PRECIP, t, i] = precip
                    node_out[m, Q_SPILL, t, i] = out
                    avail = out
                elif k == _DEMAND:
                    if main_link[i] >= 0:
                        ret = q_in * node_scal[S_RETURN_FRACTION, i]
                        sent[m, t, main_link[i]] = ret
                        node_out[m, Q_OUTFLOW, t, i] = ret
                    continue
                elif k == _SINK:
                    continue
                elif k == _HEAD:
                    avail = dec_node[D_AVAIL, i]
                elif k == _DF_RESERVOIR:
                    evap = dec_node[D_EVAP, i]
                    seep = dec_node[D_SEEP, i]
                    release = dec_node[D_RELEASE, i]
                    spill = dec_node[D_SPILL, i]
                    water = storage[i] + q_in - evap - seep - release - spill
                    storage[i] = water
                    node_out[m, Q_STORAGE, t, i] = water
                    node_out[m, Q_EVAP, t, i] = evap
                    node_out[m, Q_SEEP, t, i] = seep
                    node_out[m, Q_RELEASE, t, i] = release
                    node_out[m, Q_SPILL, t, i] = spill
                    avail = release + spill
                if mode == HEADS:
                    dec_node[D_AVAIL, i] = avail
                    continue
                k = kind[i]
                if mode == DECIDED:
                    taken = 0.0
                    for p in range(intake_ptr[i], intake_ptr[i + 1]):
                        lk = intake_links[p]
                        give = min(dec_link[lk], max(avail - taken, 0.0))
                        sent[m, t, lk] = give
                        taken += give
                    avail = max(avail - taken, 0.0)
                    node_out[m, Q_ABSTRACTION, t, i] = taken
                    node_out[m, Q_OUTFLOW, t, i] = avail
                    main = main_link[i]
                    if main < 0:
                        continue
                    over = overflow_link[i]
                    if over >= 0:
                        to_over = min(dec_node[D_OVER, i], avail)
                        sent[m, t, over] = to_over
                        sent[m, t, main] = avail - to_over
                    else:
                        sent[m, t, main] = avail
                    continue

                # abstraction by priority, from the flow above the minimum-flow requirement
                reserve = node_par[P_REQUIRED, t, i] if k == _MIN_FLOW else 0.0
                free = max(avail - reserve, 0.0)
                taken = 0.0
                a = intake_ptr[i]
                end = intake_ptr[i + 1]
                while a < end:
                    b = a
                    total = 0.0
                    while b < end and intake_priority[b] == intake_priority[a]:
                        lk = intake_links[b]
                        want = node_par[P_DEMAND, t, link_dst[lk]] / (1.0 - link_loss[lk])
                        want = min(want, link_cap[lk, t], node_par[P_LIMIT, t, link_dst[lk]])
                        need[b - a] = want
                        total += want
                        b += 1
                    share = 1.0 if total <= free else (free / total if total > 0.0 else 0.0)
                    for c in range(a, b):
                        give = need[c - a] * share
                        sent[m, t, intake_links[c]] = give
                        taken += give
                    free = max(free - total * share, 0.0)
                    a = b
                avail = max(avail - taken, 0.0)
                node_out[m, Q_ABSTRACTION, t, i] = taken
                node_out[m, Q_OUTFLOW, t, i] = avail
                main = main_link[i]
                if main < 0:
                    continue
                over = overflow_link[i]
                if over >= 0 and avail > link_cap[main, t]:
                    to_over = min(avail - link_cap[main, t], link_cap[over, t])
                    sent[m, t, over] = to_over
                    sent[m, t, main] = avail - to_over
                else:
                    sent[m, t, main] = avail


@kernel
def storage_levels(storage: np.ndarray, nodes: np.ndarray, lav_n: np.ndarray,
                   lav_volume: np.ndarray, lav_level: np.ndarray, level: np.ndarray) -> None:
    """Fill ``level`` [member, period, node] from end-of-period ``storage`` for ``nodes``."""
    for m in range(storage.shape[0]):
        for t in range(storage.shape[1]):
            for i in nodes:
                level[m, t, i] = table_lookup(storage[m, t, i], lav_volume[i], lav_level[i],
                                              lav_n[i])
