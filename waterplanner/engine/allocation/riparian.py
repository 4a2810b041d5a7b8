"""The ``upstream_first`` allocation of a tree-shaped zone, exactly, without a solver (numba).

A zone qualifies when every node sends its water down one river link (no overflow route)
and no river link of the zone has a capacity: then the riparian ladder and the conservation
level of docs/allocation.md have a direct solution. One pass from the headwaters down:

1. every demand-following reservoir first releases what its bounds force (the minimum
   release; what it cannot hold below its capacity or flood curve, up to its maximum
   release); if one would still spill or stay above its flood curve, the zone is left to the
   programme (the function returns False) — levels L0a/L0b then trade reservoirs off;
2. every node carries a *supply curve*: what more could reach it this period if the
   demand-following reservoirs above it released more, as segments (reservoir, volume,
   cost per unit reaching the node). A reservoir adds its own water (cost c_k) in front of
   what it can pass on from above (their cost + c_k), all capped by its maximum release;
   links scale volumes by (1 − loss) and costs by 1 / (1 − loss); confluences merge;
3. at each node, in the ladder's order, a minimum-flow deficit and then each priority's
   intakes take what the river brings and, for what is missing, the cheapest segments of
   the curve, which raises the releases of the reservoir of each segment and of every
   demand-following reservoir it passes.

Taking what reaches a node before anything below (the ladder) and the cheapest units first
(L3, whose weights c_k make the nearest reservoir the cheapest) gives the programme's
lexicographic optimum: the supply reaching a node is the maximum flow of a tree, which
drops by exactly what is taken whichever segments are used, and segments available at a
node stay available, at costs scaled alike, further down.
"""

from __future__ import annotations

import numpy as np

from waterplanner.engine.allocation.inputs import F_EVAP, F_HI, F_LO, F_OWN, F_SEEP, F_WATER
from waterplanner.engine.jit import kernel
from waterplanner.engine.kernel import (
    D_EVAP,
    D_RELEASE,
    D_SEEP,
    D_SPILL,
    P_DEMAND,
    P_FLOOD,
    P_LIMIT,
    P_REQUIRED,
    S_CAPACITY,
    S_RETURN_FRACTION,
)

_RESERVOIR, _DEMAND, _MIN_FLOW, _LAKE = 1, 3, 4, 5
_DEMAND_FOLLOWING = 1


@kernel(entry=False)
def _take(v: int, amount: float, seg_start: np.ndarray, seg_len: np.ndarray,
          seg_src: np.ndarray, seg_amt: np.ndarray, seg_ret: np.ndarray,
          own_used: np.ndarray, taken_extra: np.ndarray) -> float:
    """Take up to ``amount`` from node v's curve, cheapest first; book what each segment's
    reservoir releases of its own for it; return what was taken."""
    left = amount
    got = 0.0
    q = seg_start[v]
    while q < seg_len[v] and left > 0.0:
        a = min(left, seg_amt[v, q])
        seg_amt[v, q] -= a
        left -= a
        got += a
        own_used[seg_src[v, q]] += a / seg_ret[v, q]
        if seg_amt[v, q] <= 0.0:
            q += 1
    seg_start[v] = q
    taken_extra[v] += got
    return got


@kernel
def riparian_zone(t: int, nodes: np.ndarray, kind: np.ndarray, rule: np.ndarray,
                  in_ptr: np.ndarray, in_links: np.ndarray, main_link: np.ndarray,
                  intake_ptr: np.ndarray, intake_links: np.ndarray,
                  intake_priority: np.ndarray, link_src: np.ndarray, link_dst: np.ndarray,
                  link_loss: np.ndarray, link_cap: np.ndarray, zone_link: np.ndarray,
                  node_scal: np.ndarray, node_par: np.ndarray, cost: np.ndarray,
                  fixed_in: np.ndarray, df_num: np.ndarray, dec_node: np.ndarray,
                  dec_link: np.ndarray, flow: np.ndarray, forced: np.ndarray,
                  own_used: np.ndarray, taken_extra: np.ndarray, seg_start: np.ndarray,
                  seg_len: np.ndarray, seg_src: np.ndarray, seg_amt: np.ndarray,
                  seg_cost: np.ndarray, seg_ret: np.ndarray, is_df: np.ndarray) -> bool:
    """Decide one tree-shaped zone's period (see the module docstring); False if the zone
    must go to the programme. ``flow``, ``forced``, ``own_used``, ``taken_extra``,
    ``seg_start``, ``seg_len``, ``is_df`` [node] and the ``seg_*`` curve arrays [node,
    segment] are work space (segments: at least the zone's demand-following reservoirs plus
    one)."""
    n_seg = seg_amt.shape[1]
    for i in nodes:
        is_df[i] = kind[i] == _RESERVOIR and rule[i] == _DEMAND_FOLLOWING
        flow[i] = 0.0 if is_df[i] else fixed_in[i]
        forced[i] = 0.0
        own_used[i] = 0.0
        taken_extra[i] = 0.0
        seg_start[i] = 0
        seg_len[i] = 0
    for i in nodes:
        k = kind[i]
        # the curves of the nodes draining into i, merged by cost
        for p in range(in_ptr[i], in_ptr[i + 1]):
            lk = in_links[p]
            if not zone_link[lk]:
                continue
            u = link_src[lk]
            if kind[u] == _DEMAND:
                continue
            keep = 1.0 - link_loss[lk]
            for q in range(seg_start[u], seg_len[u]):
                amt = seg_amt[u, q] * keep
                if amt <= 0.0:
                    continue
                c = seg_cost[u, q] / keep
                pos = seg_len[i]
                if pos >= n_seg:
                    return False
                while pos > 0 and seg_cost[i, pos - 1] > c:
                    seg_src[i, pos] = seg_src[i, pos - 1]
                    seg_amt[i, pos] = seg_amt[i, pos - 1]
                    seg_cost[i, pos] = seg_cost[i, pos - 1]
                    seg_ret[i, pos] = seg_ret[i, pos - 1]
                    pos -= 1
                seg_src[i, pos] = seg_src[u, q]
                seg_amt[i, pos] = amt
                seg_cost[i, pos] = c
                seg_ret[i, pos] = seg_ret[u, q] * keep
                seg_len[i] += 1
        if k == _DEMAND:
            lk = main_link[i]
            if lk >= 0 and zone_link[lk]:
                flow[link_dst[lk]] += flow[i] * node_scal[S_RETURN_FRACTION, i] * (
                    1.0 - link_loss[lk])
            continue
        if is_df[i]:
            water = df_num[F_WATER, i] + flow[i]
            lo, hi = df_num[F_LO, i], df_num[F_HI, i]
            most = min(hi, df_num[F_OWN, i] + flow[i])
            top = min(node_par[P_FLOOD, t, i], node_scal[S_CAPACITY, i])
            least = max(lo, min(most, water - top))
            if water - least > top + 1e-9 * max(1.0, water):
                return False          # spill or storage above the flood curve: L0 trades
            forced[i] = least
            room = hi - least
            own = most - least
            # own water first (cost c_k), then what comes from above (+ c_k), up to room
            total = own
            kept = 1 if own > 0.0 else 0
            for q in range(seg_len[i]):
                if total >= room:
                    break
                a = min(seg_amt[i, q], room - total)
                seg_amt[i, q] = a
                seg_cost[i, q] += cost[i]
                total += a
                kept += 1
            if kept > n_seg:
                return False
            if own > 0.0:
                for q in range(kept - 1, 0, -1):
                    seg_src[i, q] = seg_src[i, q - 1]
                    seg_amt[i, q] = seg_amt[i, q - 1]
                    seg_cost[i, q] = seg_cost[i, q - 1]
                    seg_ret[i, q] = seg_ret[i, q - 1]
                seg_src[i, 0] = i
                seg_amt[i, 0] = own
                seg_cost[i, 0] = cost[i]
                seg_ret[i, 0] = 1.0
            seg_len[i] = kept
            there = least
        else:
            there = flow[i]
        # the ladder at i: the minimum flow, then the intakes by priority
        reserve = 0.0
        if k == _MIN_FLOW:
            reserve = node_par[P_REQUIRED, t, i]
            short = reserve - there
            if short > 0.0:
                there += _take(i, short, seg_start, seg_len, seg_src, seg_amt, seg_ret,
                               own_used, taken_extra)
        taken = 0.0
        a = intake_ptr[i]
        end = intake_ptr[i + 1]
        while a < end:
            b = a
            total = 0.0
            while b < end and intake_priority[b] == intake_priority[a]:
                lk = intake_links[b]
                d = link_dst[lk]
                ask = min(node_par[P_DEMAND, t, d] / (1.0 - link_loss[lk]), link_cap[lk, t],
                          node_par[P_LIMIT, t, d])
                dec_link[lk] = ask
                total += ask
                b += 1
            free = max(there - reserve - taken, 0.0)
            if total > free:
                there += _take(i, total - free, seg_start, seg_len, seg_src, seg_amt, seg_ret,
                               own_used, taken_extra)
                free = max(there - reserve - taken, 0.0)
            share = 1.0 if total <= free else (free / total if total > 0.0 else 0.0)
            for c in range(a, b):
                lk = intake_links[c]
                give = dec_link[lk] * share
                dec_link[lk] = give
                taken += give
                if zone_link[lk]:
                    flow[link_dst[lk]] += give * (1.0 - link_loss[lk])
            a = b
        out = max(there - taken, 0.0)
        lk = main_link[i]
        if lk >= 0 and zone_link[lk]:
            flow[link_dst[lk]] += out * (1.0 - link_loss[lk])
    # releases: forced, plus own water taken anywhere below, plus what passes from above
    # (the water taken below from reservoirs upstream: arrivals beyond the base flow)
    for i in nodes:
        flow[i] = 0.0
    for i in nodes:
        if kind[i] == _DEMAND:
            continue
        extra = flow[i]
        if is_df[i]:
            release = forced[i] + own_used[i] + extra
            dec_node[D_RELEASE, i] = release
            dec_node[D_SPILL, i] = 0.0
            dec_node[D_EVAP, i] = df_num[F_EVAP, i]
            dec_node[D_SEEP, i] = df_num[F_SEEP, i]
            extra += own_used[i]
        extra -= taken_extra[i]
        lk = main_link[i]
        if lk >= 0 and zone_link[lk] and extra > 0.0:
            flow[link_dst[lk]] += extra * (1.0 - link_loss[lk])
    return True
