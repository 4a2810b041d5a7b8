"""The ``upstream_first`` allocation of a tree-shaped zone, exactly, without a solver (numba).

Under ``upstream_first`` the riparian ladder and the conservation level of
docs/allocation.md have a direct solution: the zone's river links form a tree (a node sends
its water down one main link; an overflow route takes only what the main link cannot carry,
fixed at the node's place in the ladder). One pass from the headwaters down:

1. every demand-following reservoir first releases what its bounds force (the minimum
   release; what it cannot hold below its capacity or flood curve, up to its maximum
   release); if one would still spill or stay above its flood curve, the zone is left to the
   programme (the function returns False) — levels L0a/L0b then trade reservoirs off;
2. every node carries a *supply curve*: what more could reach it this period if the
   demand-following reservoirs above it released more, as segments (reservoir, volume,
   cost per unit reaching the node). A reservoir adds its own water (cost c_k) in front of
   what it can pass on from above (their cost + c_k), all capped by its maximum release;
   links scale volumes by (1 − loss) and costs by 1 / (1 − loss); confluences merge. A
   curve is a deque sorted by cost (dearest first) whose scalings are kept as factors, so a
   node with one curve above it takes that curve over in constant time;
3. at each node, in the ladder's order, a minimum-flow deficit and then each priority's
   intakes take what the river brings and, for what is missing, the cheapest segments of
   the curve, which raises the releases of the reservoir of each segment and of every
   demand-following reservoir it passes; then the node's outflow is routed as the sweep
   does (the overflow route takes what exceeds the main link's capacity), and the curve
   passed on is cut to the room left in the main link.

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
    D_OVER,
    D_RELEASE,
    D_SEEP,
    D_SPILL,
    P_DEMAND,
    P_FLOOD,
    P_LIMIT,
    P_REQUIRED,
    S_CAPACITY,
    S_RETURN_FRACTION,
    intake_ask,
)
from waterplanner.engine.physics import DEMAND, DEMAND_FOLLOWING_RULE, MIN_FLOW, RESERVOIR

# rows of the curve work arrays cf[quantity, row] (floats) and ci[quantity, row] (ints);
# a segment's actual volume is amt * C_AMT, cost cost * C_COST + C_ADD, retention ret * C_RET
C_AMT, C_COST, C_ADD, C_RET, C_TOTAL = range(5)
I_LO, I_HI, I_ROW = range(3)
# per-node work rows, wf[quantity, node]
W_FLOW, W_FORCED, W_OWN_USED, W_TAKEN = range(4)


@kernel(entry=False)
def _reset(r: int, cf: np.ndarray, ci: np.ndarray) -> None:
    ci[I_LO, r] = 0
    ci[I_HI, r] = 0
    cf[C_AMT, r] = 1.0
    cf[C_COST, r] = 1.0
    cf[C_ADD, r] = 0.0
    cf[C_RET, r] = 1.0
    cf[C_TOTAL, r] = 0.0


@kernel(entry=False)
def _take(r: int, amount: float, cf: np.ndarray, ci: np.ndarray, seg_src: np.ndarray,
          seg_amt: np.ndarray, seg_ret: np.ndarray, own_used: np.ndarray) -> float:
    """Take up to ``amount`` from curve row r, cheapest first; book what each segment's
    reservoir releases of its own for it; return what was taken."""
    if r < 0:
        return 0.0
    left = amount
    got = 0.0
    scale = cf[C_AMT, r]
    while ci[I_HI, r] > ci[I_LO, r] and left > 0.0:
        q = ci[I_HI, r] - 1
        have = seg_amt[r, q] * scale
        a = min(left, have)
        left -= a
        got += a
        own_used[seg_src[r, q]] += a / (seg_ret[r, q] * cf[C_RET, r])
        if a >= have:
            ci[I_HI, r] = q
        else:
            seg_amt[r, q] = (have - a) / scale
    cf[C_TOTAL, r] = max(cf[C_TOTAL, r] - got, 0.0)
    return got


@kernel(entry=False)
def _cap(r: int, most: float, cf: np.ndarray, ci: np.ndarray, seg_amt: np.ndarray) -> None:
    """Cut curve row r to at most ``most`` in all, dropping its dearest units."""
    total = cf[C_TOTAL, r]
    scale = cf[C_AMT, r]
    while total > most and ci[I_HI, r] > ci[I_LO, r]:
        q = ci[I_LO, r]
        have = seg_amt[r, q] * scale
        if total - have >= most:
            ci[I_LO, r] = q + 1
            total -= have
        else:
            seg_amt[r, q] = (have - (total - most)) / scale
            total = most
    cf[C_TOTAL, r] = max(total, 0.0) if ci[I_HI, r] > ci[I_LO, r] else 0.0


@kernel(entry=False)
def riparian_zone(t: int, nodes: np.ndarray, kind: np.ndarray, rule: np.ndarray,
                  in_ptr: np.ndarray, in_links: np.ndarray, main_link: np.ndarray,
                  overflow_link: np.ndarray, intake_ptr: np.ndarray, intake_links: np.ndarray,
                  intake_priority: np.ndarray, return_ptr: np.ndarray,
                  return_links: np.ndarray, return_share: np.ndarray, link_src: np.ndarray,
                  link_dst: np.ndarray, link_loss: np.ndarray, link_cap_row: np.ndarray,
                  zone_link: np.ndarray,
                  node_scal: np.ndarray, pool: np.ndarray, par_row: np.ndarray, cost: np.ndarray,
                  fixed_in: np.ndarray, df_num: np.ndarray, dec_node: np.ndarray,
                  dec_link: np.ndarray, wf: np.ndarray, cf: np.ndarray, ci: np.ndarray,
                  seg_src: np.ndarray, seg_amt: np.ndarray, seg_cost: np.ndarray,
                  seg_ret: np.ndarray, is_df: np.ndarray) -> bool:
    """Decide one tree-shaped zone's period (see the module docstring); False if the zone
    must go to the programme. ``wf`` [4, node], ``cf`` [5, node], ``ci`` [3, node],
    ``is_df`` [node] and the ``seg_*`` arrays [node, segment] are work space (segments: at
    least the zone's demand-following reservoirs plus one)."""
    n_seg = seg_amt.shape[1]
    flow, forced, own_used, taken_extra = wf[W_FLOW], wf[W_FORCED], wf[W_OWN_USED], wf[W_TAKEN]
    for i in nodes:
        is_df[i] = kind[i] == RESERVOIR and rule[i] == DEMAND_FOLLOWING_RULE
        flow[i] = 0.0 if is_df[i] else fixed_in[i]
        forced[i] = 0.0
        own_used[i] = 0.0
        taken_extra[i] = 0.0
        ci[I_ROW, i] = -1
    for i in nodes:
        k = kind[i]
        if k == DEMAND:
            for p in range(return_ptr[i], return_ptr[i + 1]):
                lk = return_links[p]
                if zone_link[lk]:
                    flow[link_dst[lk]] += flow[i] * node_scal[S_RETURN_FRACTION, i] * \
                        return_share[p] * (1.0 - link_loss[lk])
            continue
        # the curves of the nodes draining into i: taken over if one, else merged by cost
        row = -1
        merged = False
        for p in range(in_ptr[i], in_ptr[i + 1]):
            lk = in_links[p]
            if not zone_link[lk]:
                continue
            rc = ci[I_ROW, link_src[lk]]
            if rc < 0 or ci[I_HI, rc] == ci[I_LO, rc]:
                continue
            keep = 1.0 - link_loss[lk]
            if keep <= 0.0:
                continue
            cf[C_AMT, rc] *= keep
            cf[C_COST, rc] /= keep
            cf[C_ADD, rc] /= keep
            cf[C_RET, rc] *= keep
            cf[C_TOTAL, rc] *= keep
            if row < 0:
                row = rc
                continue
            if not merged:                  # move the first curve into i's own row
                _reset(i, cf, ci)
                for q in range(ci[I_LO, row], ci[I_HI, row]):
                    h = ci[I_HI, i]
                    seg_src[i, h] = seg_src[row, q]
                    seg_amt[i, h] = seg_amt[row, q] * cf[C_AMT, row]
                    seg_cost[i, h] = seg_cost[row, q] * cf[C_COST, row] + cf[C_ADD, row]
                    seg_ret[i, h] = seg_ret[row, q] * cf[C_RET, row]
                    ci[I_HI, i] = h + 1
                cf[C_TOTAL, i] = cf[C_TOTAL, row]
                row = i
                merged = True
            for q in range(ci[I_LO, rc], ci[I_HI, rc]):
                c = seg_cost[rc, q] * cf[C_COST, rc] + cf[C_ADD, rc]
                pos = ci[I_HI, i]
                if pos >= n_seg:
                    return False
                while pos > ci[I_LO, i] and seg_cost[i, pos - 1] < c:   # dearest first
                    seg_src[i, pos] = seg_src[i, pos - 1]
                    seg_amt[i, pos] = seg_amt[i, pos - 1]
                    seg_cost[i, pos] = seg_cost[i, pos - 1]
                    seg_ret[i, pos] = seg_ret[i, pos - 1]
                    pos -= 1
                seg_src[i, pos] = seg_src[rc, q]
                seg_amt[i, pos] = seg_amt[rc, q] * cf[C_AMT, rc]
                seg_cost[i, pos] = c
                seg_ret[i, pos] = seg_ret[rc, q] * cf[C_RET, rc]
                ci[I_HI, i] += 1
            cf[C_TOTAL, i] += cf[C_TOTAL, rc]
        if is_df[i]:
            water = df_num[F_WATER, i] + flow[i]
            lo, hi = df_num[F_LO, i], df_num[F_HI, i]
            most = min(hi, df_num[F_OWN, i] + flow[i])
            top = min(pool[t, par_row[P_FLOOD, i]], node_scal[S_CAPACITY, i])
            least = max(lo, min(most, water - top))
            if water - least > top + 1e-9 * max(1.0, water):
                return False          # spill or storage above the flood curve: L0 trades
            forced[i] = least
            own = most - least
            if row >= 0:            # what it can pass from above, its own water first
                _cap(row, hi - most, cf, ci, seg_amt)
                cf[C_ADD, row] += cost[i]
            if own > 0.0:
                if row < 0:
                    row = i
                    _reset(i, cf, ci)
                h = ci[I_HI, row]
                if h >= n_seg:
                    return False
                seg_src[row, h] = i
                seg_amt[row, h] = own / cf[C_AMT, row]
                seg_cost[row, h] = (cost[i] - cf[C_ADD, row]) / cf[C_COST, row]
                seg_ret[row, h] = 1.0 / cf[C_RET, row]
                ci[I_HI, row] = h + 1
                cf[C_TOTAL, row] += own
            there = least
        else:
            there = flow[i]
        ci[I_ROW, i] = row
        # the ladder at i: the minimum flow, then the intakes by priority
        reserve = 0.0
        if k == MIN_FLOW:
            reserve = pool[t, par_row[P_REQUIRED, i]]
            short = reserve - there
            if short > 0.0:
                got = _take(row, short, cf, ci, seg_src, seg_amt, seg_ret, own_used)
                there += got
                taken_extra[i] += got
        taken = 0.0
        a = intake_ptr[i]
        end = intake_ptr[i + 1]
        while a < end:
            b = a
            total = 0.0
            while b < end and intake_priority[b] == intake_priority[a]:
                lk = intake_links[b]
                d = link_dst[lk]
                ask = intake_ask(pool, t, par_row[P_DEMAND, d], par_row[P_LIMIT, d],
                                 link_cap_row[lk], link_loss[lk])
                dec_link[lk] = ask
                total += ask
                b += 1
            free = max(there - reserve - taken, 0.0)
            if total > free:
                got = _take(row, total - free, cf, ci, seg_src, seg_amt, seg_ret, own_used)
                there += got
                taken_extra[i] += got
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
        # routing: the overflow route takes what exceeds the main link's capacity (up to
        # its own); what more may pass on later is what the main link has room for
        out = max(there - taken, 0.0)
        lk = main_link[i]
        over = overflow_link[i]
        if over >= 0:
            to_over = 0.0
            if out > pool[t, link_cap_row[lk]]:
                to_over = min(out - pool[t, link_cap_row[lk]], pool[t, link_cap_row[over]])
            dec_node[D_OVER, i] = to_over
            out -= to_over
            if zone_link[over]:
                flow[link_dst[over]] += to_over * (1.0 - link_loss[over])
        if lk < 0:
            continue
        if zone_link[lk]:
            flow[link_dst[lk]] += out * (1.0 - link_loss[lk])
        room = pool[t, link_cap_row[lk]] - out
        if row >= 0 and room < cf[C_TOTAL, row]:
            _cap(row, max(room, 0.0), cf, ci, seg_amt)
    # releases: forced, plus own water taken anywhere below, plus what passes from above
    # (the water taken below from reservoirs upstream: arrivals beyond the base flow)
    for i in nodes:
        flow[i] = 0.0
    for i in nodes:
        if kind[i] == DEMAND:
            continue
        extra = flow[i]
        if is_df[i]:
            dec_node[D_RELEASE, i] = forced[i] + own_used[i] + extra
            dec_node[D_SPILL, i] = 0.0
            dec_node[D_EVAP, i] = df_num[F_EVAP, i]
            dec_node[D_SEEP, i] = df_num[F_SEEP, i]
            extra += own_used[i]
        extra -= taken_extra[i]
        lk = main_link[i]
        if lk >= 0 and zone_link[lk] and extra > 0.0:
            flow[link_dst[lk]] += extra * (1.0 - link_loss[lk])
    return True
