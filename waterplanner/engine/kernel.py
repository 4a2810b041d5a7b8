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
6. **Demand node**: what arrives is the delivery; the return fraction of it is the
   recharge, the rest is consumed. Without a drainage store the recharge goes back along
   the return links at once, each taking its share. With one (``S_DRAINED``), the store
   D releases α·D(t) in period t and then takes the recharge: D(t+1) = D(t) − α·D(t) +
   recharge. That release depends only on the past, so the kernel sends it into the return
   links for period t + 1 as soon as period t is done (and :func:`first_drainage` sends
   period 0's before the run): within a period it is a fixed inflow, like the arrival of a
   link with travel time, and the allocation treats it so.

This sweep is the ``upstream_first`` allocation where no demand-following reservoir is
involved. Elsewhere (see :mod:`waterplanner.engine.allocation` and docs/allocation.md) each
zone's releases, withdrawals and overflow volumes are decided for the period first, and the
same sweep then does the bookkeeping with them (modes ``HEADS`` and ``DECIDED``).

Hydropower and water levels do not feed back into the balance; they are computed afterwards
from these results (see :mod:`waterplanner.engine.energy`), as are deliveries, shortfalls,
return flows, minimum-flow deficits and the arrivals and losses of every link.

What the kernel keeps is the state of the system: the water entering every link (``sent``)
and, per reservoir and lake, the end-of-period storage and whichever of release, spill,
evaporation, seepage and precipitation the run records (``store``). Every node's inflow,
abstraction and outflow are derived from these afterwards (:mod:`~waterplanner.engine.
node_flows`), and what a storage did but did not record is replayed from its storage
(:mod:`~waterplanner.engine.replay`), with the very functions of
:mod:`~waterplanner.engine.physics` the kernel runs.

Arrays are period-major (``[member, quantity, period, element]``) so that one period's sweep
down the network touches neighbouring memory. Per-period parameters are read from the
compiled network's pool: ``pool[t, par_row[P_*, i]]`` (see
:mod:`waterplanner.engine.series_pool`), release targets from ``target_pool[t,
target_row[i]]``.
"""

from __future__ import annotations

import numpy as np

from waterplanner.engine.jit import kernel
from waterplanner.engine.physics import (
    DEMAND,
    DEMAND_FOLLOWING_RULE,
    INFLOW,
    LAKE,
    MIN_FLOW,
    RESERVOIR,
    SINK,
    lake_step,
    link_arrival,
    reservoir_step,
    table_lookup,
)

__all__ = ["first_drainage", "link_arrival", "run_kernel", "storage_levels", "table_lookup"]

# store quantities, the last axis of store[member, period, storage slot, quantity] (through
# record_pos: a quantity the run does not record has position -1; storage is always first)
R_STORAGE, R_RELEASE, R_SPILL, R_EVAP, R_SEEP, R_PRECIP = range(6)
N_STORE_QUANTITIES = 6

# par_row rows, axis 0 of par_row[parameter, node] (a row of the pool)
P_MIN_REL, P_MAX_REL, P_FLOOD, P_SEEP, P_EVAP_MM, P_PRECIP_MM, P_MAX_OUT, P_DEMAND, \
    P_REQUIRED, P_GUIDE, P_BUFFER, P_BUFFER_REL, P_LIMIT = range(13)
N_NODE_PARAMETERS = 13

# node_scal rows, axis 0 of node_scal[parameter, node]
S_CAPACITY, S_DEAD, S_INITIAL, S_RETURN_FRACTION, S_CREST, S_FLOOR, S_DRAINED, \
    S_DRAIN_ALPHA = range(8)
N_NODE_SCALARS = 8
"""S_INITIAL is a demand's drainage store at the start; S_DRAINED is 1 for a demand whose
return passes a drainage store, S_DRAIN_ALPHA the share of its content it releases."""

_DF_RESERVOIR, _HEAD = 7, 8

# run_kernel modes
SWEEP, HEADS, DECIDED = range(3)

# dec_node rows, axis 0 of dec_node[decision, node]: the allocation's decisions of one period
D_RELEASE, D_SPILL, D_EVAP, D_SEEP, D_OVER, D_AVAIL = range(6)
N_DECISIONS = 6


@kernel(entry=False, inline=True)
def keep(store: np.ndarray, record_pos: np.ndarray, m: int, q: int, t: int, s: int,
         value: float) -> None:
    """Write a storage quantity if the run records it."""
    pos = record_pos[q]
    if pos >= 0:
        store[m, t, s, pos] = value


@kernel(entry=False, inline=True)
def keep_reservoir(store: np.ndarray, record_pos: np.ndarray, m: int, t: int, s: int,
                   water: float, evap: float, seep: float, release: float,
                   spill: float) -> None:
    """A reservoir's end storage and the fluxes recorded for it."""
    store[m, t, s, 0] = water
    keep(store, record_pos, m, R_EVAP, t, s, evap)
    keep(store, record_pos, m, R_SEEP, t, s, seep)
    keep(store, record_pos, m, R_RELEASE, t, s, release)
    keep(store, record_pos, m, R_SPILL, t, s, spill)


@kernel(entry=False, inline=True)
def intake_ask(pool: np.ndarray, t: int, demand_row: int, limit_row: int, cap_row: int,
               loss: float) -> float:
    """What a demand asks at its intake: its demand grossed up for the intake's loss, capped
    by the intake's capacity and by the demand's limit."""
    return min(pool[t, demand_row] / (1.0 - loss), pool[t, cap_row], pool[t, limit_row])


@kernel(entry=False)
def drain_step(held: float, recharge: float, alpha: float, sent: np.ndarray, m: int, t: int,
               a: int, b: int, return_links: np.ndarray, return_share: np.ndarray) -> float:
    """One period of a drainage store that held ``held`` at its start (its release α·held
    was sent in this period already): take in the recharge, send the next period's
    release into the return links (links a..b-1), and return the end-of-period content.
    Kept out of line, so the sweep's hot loop stays as small as without stores."""
    held = held - alpha * held + recharge
    if t + 1 < sent.shape[1]:
        back = alpha * held
        for p in range(a, b):
            sent[m, t + 1, return_links[p]] = back * return_share[p]
    return held


@kernel
def run_kernel(kind: np.ndarray, order: np.ndarray, inflow_slot: np.ndarray,
               in_ptr: np.ndarray, in_links: np.ndarray, main_link: np.ndarray,
               overflow_link: np.ndarray, intake_ptr: np.ndarray, intake_links: np.ndarray,
               intake_priority: np.ndarray, return_ptr: np.ndarray, return_links: np.ndarray,
               return_share: np.ndarray, link_dst: np.ndarray, link_lag: np.ndarray,
               link_loss: np.ndarray, link_cap_row: np.ndarray, link_initial: np.ndarray,
               lav_n: np.ndarray, lav_volume: np.ndarray, lav_area: np.ndarray,
               node_scal: np.ndarray, pool: np.ndarray, par_row: np.ndarray,
               target_pool: np.ndarray, target_row: np.ndarray, inflow: np.ndarray,
               storage_slot: np.ndarray, record_pos: np.ndarray, store: np.ndarray,
               sent: np.ndarray, rule: np.ndarray, state: np.ndarray, m0: int, m1: int,
               t0: int, t1: int, o0: int, o1: int, mode: int, dec_node: np.ndarray,
               dec_link: np.ndarray) -> None:
    """Simulate members m0..m1-1 over periods t0..t1-1, nodes ``order[o0:o1]``.

    ``inflow`` is [member, inflow slot, period] in Mm³. Fills ``sent`` [member, period,
    link] (water entering each link), which must be zero on entry but for the drainage
    stores' releases of period t0 (see :func:`first_drainage`), and ``store`` [member,
    period, storage slot, recorded quantity] for the reservoirs and lakes (``storage_slot``
    [node]; ``record_pos`` [R_*] gives a quantity's position, -1 if not recorded). ``state``
    [member, node] is the storage (a demand's: its drainage store) at the start of period
    t0 and is left at the end of period t1 - 1.

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
                if mode == DECIDED and (k == RESERVOIR or k == LAKE):
                    k = _DF_RESERVOIR if rule[i] == DEMAND_FOLLOWING_RULE else _HEAD
                q_in = 0.0
                if k == INFLOW:
                    q_in = inflow[m, inflow_slot[i], t]
                for p in range(in_ptr[i], in_ptr[i + 1]):
                    q_in += link_arrival(sent, m, t, in_links[p], link_lag, link_loss,
                                         link_initial)
                avail = q_in
                if k == RESERVOIR:
                    s0 = storage[i]
                    area = table_lookup(s0, lav_volume[i], lav_area[i], lav_n[i])
                    evap, seep, release, spill, water = reservoir_step(
                        s0, q_in, area, pool[t, par_row[P_EVAP_MM, i]],
                        pool[t, par_row[P_SEEP, i]], target_pool[t, target_row[i]],
                        pool[t, par_row[P_GUIDE, i]], pool[t, par_row[P_BUFFER, i]],
                        pool[t, par_row[P_BUFFER_REL, i]], pool[t, par_row[P_MIN_REL, i]],
                        pool[t, par_row[P_MAX_REL, i]], node_scal[S_DEAD, i],
                        node_scal[S_FLOOR, i], pool[t, par_row[P_FLOOD, i]],
                        node_scal[S_CAPACITY, i])
                    storage[i] = water
                    keep_reservoir(store, record_pos, m, t, storage_slot[i], water, evap,
                                   seep, release, spill)
                    avail = release + spill
                elif k == LAKE:
                    s0 = storage[i]
                    area = table_lookup(s0, lav_volume[i], lav_area[i], lav_n[i])
                    precip, evap, out, water = lake_step(
                        s0, q_in, area, pool[t, par_row[P_PRECIP_MM, i]],
                        pool[t, par_row[P_EVAP_MM, i]], node_scal[S_CREST, i],
                        pool[t, par_row[P_MAX_OUT, i]])
                    storage[i] = water
                    s = storage_slot[i]
                    store[m, t, s, 0] = water
                    keep(store, record_pos, m, R_EVAP, t, s, evap)
                    keep(store, record_pos, m, R_PRECIP, t, s, precip)
                    keep(store, record_pos, m, R_SPILL, t, s, out)
                    avail = out
                elif k == DEMAND:
                    a = return_ptr[i]
                    b = return_ptr[i + 1]
                    back = q_in * node_scal[S_RETURN_FRACTION, i]
                    if node_scal[S_DRAINED, i] == 0.0:
                        if b - a == 1:  # an only return link's share is exactly 1
                            sent[m, t, return_links[a]] = back
                        else:
                            for p in range(a, b):
                                sent[m, t, return_links[p]] = back * return_share[p]
                        continue
                    storage[i] = drain_step(storage[i], back, node_scal[S_DRAIN_ALPHA, i],
                                            sent, m, t, a, b, return_links, return_share)
                    continue
                elif k == SINK:
                    continue
                elif k == _HEAD:
                    avail = dec_node[D_AVAIL, i]
                elif k == _DF_RESERVOIR:
                    evap = dec_node[D_EVAP, i]
                    seep = dec_node[D_SEEP, i]
                    release = dec_node[D_RELEASE, i]
                    spill = dec_node[D_SPILL, i]
                    water = storage[i] + q_in - evap - seep - release - spill
                    if water > node_scal[S_CAPACITY, i]:   # the solver's round-off, spilled
                        spill += water - node_scal[S_CAPACITY, i]
                        water = node_scal[S_CAPACITY, i]
                    storage[i] = water
                    keep_reservoir(store, record_pos, m, t, storage_slot[i], water, evap,
                                   seep, release, spill)
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
                reserve = pool[t, par_row[P_REQUIRED, i]] if k == MIN_FLOW else 0.0
                free = max(avail - reserve, 0.0)
                taken = 0.0
                a = intake_ptr[i]
                end = intake_ptr[i + 1]
                while a < end:
                    b = a
                    total = 0.0
                    while b < end and intake_priority[b] == intake_priority[a]:
                        lk = intake_links[b]
                        d = link_dst[lk]
                        want = intake_ask(pool, t, par_row[P_DEMAND, d], par_row[P_LIMIT, d],
                                          link_cap_row[lk], link_loss[lk])
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
                main = main_link[i]
                if main < 0:
                    continue
                over = overflow_link[i]
                main_cap = pool[t, link_cap_row[main]]
                if over >= 0 and avail > main_cap:
                    to_over = min(avail - main_cap, pool[t, link_cap_row[over]])
                    sent[m, t, over] = to_over
                    sent[m, t, main] = avail - to_over
                else:
                    sent[m, t, main] = avail


def first_drainage(sent: np.ndarray, kind: np.ndarray, node_scal: np.ndarray,
                   return_ptr: np.ndarray, return_links: np.ndarray,
                   return_share: np.ndarray) -> None:
    """Send the drainage stores' releases of the first period, α·D(0), into their return
    links (``sent`` [member, period, link]); the kernel sends every later period's."""
    if sent.shape[1] == 0:
        return
    for i in np.flatnonzero((kind == DEMAND) & (node_scal[S_DRAINED] > 0.0)):
        back = node_scal[S_DRAIN_ALPHA, i] * node_scal[S_INITIAL, i]
        for p in range(return_ptr[i], return_ptr[i + 1]):
            sent[:, 0, return_links[p]] = back * return_share[p]


@kernel
def storage_levels(storage: np.ndarray, nodes: np.ndarray, storage_slot: np.ndarray,
                   lav_n: np.ndarray, lav_volume: np.ndarray, lav_level: np.ndarray,
                   level: np.ndarray) -> None:
    """Fill ``level`` [member, period, node] for ``nodes`` from their end-of-period
    ``storage`` [member, period, storage slot]."""
    for m in range(storage.shape[0]):
        for t in range(storage.shape[1]):
            for i in nodes:
                level[m, t, i] = table_lookup(storage[m, t, storage_slot[i]], lav_volume[i],
                                              lav_level[i], lav_n[i])
