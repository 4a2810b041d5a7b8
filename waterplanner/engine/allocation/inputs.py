"""What a zone starts a period with: the water fixed before its decisions, and the release
bounds of its demand-following reservoirs (compiled with numba).

For every node of the zone, ``fixed_in`` is its local inflow plus what arrives on links
from outside the zone (sent in an earlier period, or this period by a zone solved before);
for a head storage it is the outflow its own rule produced. For a demand-following
reservoir, evaporation and seepage are taken, as for every reservoir, from the
start-of-period area and capped at the water present (start storage plus the fixed
inflow); what remains is W. Its release then lies in [r_lo, r_hi] and, of its own water,
may not exceed U (the water above the operating minimum, or as much of the minimum release
as the water above dead storage allows) — plus whatever the zone routes into it this
period, which it may pass on.
"""

from __future__ import annotations

import numpy as np

from waterplanner.engine.jit import kernel
from waterplanner.engine.kernel import (
    D_AVAIL,
    P_EVAP_MM,
    P_MAX_REL,
    P_MIN_REL,
    P_SEEP,
    S_DEAD,
    S_FLOOR,
)
from waterplanner.engine.physics import (
    DEMAND_FOLLOWING_RULE,
    INFLOW,
    LAKE,
    RESERVOIR,
    link_arrival,
    reservoir_losses,
    table_lookup,
)

# df_num rows, axis 0 of df_num[quantity, node]
F_EVAP, F_SEEP, F_WATER, F_OWN, F_LO, F_HI = range(6)
N_DF_NUMBERS = 6



@kernel(entry=False)
def zone_inputs(m: int, t: int, nodes: np.ndarray, kind: np.ndarray, rule: np.ndarray,
                inflow_slot: np.ndarray, in_ptr: np.ndarray, in_links: np.ndarray,
                zone_link: np.ndarray, link_lag: np.ndarray, link_loss: np.ndarray,
                link_initial: np.ndarray, lav_n: np.ndarray, lav_volume: np.ndarray,
                lav_area: np.ndarray, node_scal: np.ndarray, pool: np.ndarray,
                par_row: np.ndarray,
                inflow: np.ndarray, sent: np.ndarray, state: np.ndarray,
                dec_node: np.ndarray, fixed_in: np.ndarray, df_num: np.ndarray) -> None:
    """Fill ``fixed_in`` [node] and, for demand-following reservoirs, ``df_num`` [F_*, node]
    for the ``nodes`` of one zone in period t of member m (heads' storage step done)."""
    for i in nodes:
        k = kind[i]
        df = k == RESERVOIR and rule[i] == DEMAND_FOLLOWING_RULE
        if (k == RESERVOIR or k == LAKE) and not df:
            fixed_in[i] = dec_node[D_AVAIL, i]
            continue
        q = 0.0
        if k == INFLOW:
            q = inflow[m, inflow_slot[i], t]
        for p in range(in_ptr[i], in_ptr[i + 1]):
            lk = in_links[p]
            if not zone_link[lk]:
                q += link_arrival(sent, m, t, lk, link_lag, link_loss, link_initial)
        fixed_in[i] = q
        if not df:
            continue
        s0 = state[m, i]
        area = table_lookup(s0, lav_volume[i], lav_area[i], lav_n[i])
        evap, seep, water = reservoir_losses(s0, q, area, pool[t, par_row[P_EVAP_MM, i]],
                                             pool[t, par_row[P_SEEP, i]])
        min_rel = pool[t, par_row[P_MIN_REL, i]]
        above_dead = max(water - node_scal[S_DEAD, i], 0.0)
        above_floor = max(water - node_scal[S_FLOOR, i], 0.0)
        lo = min(min_rel, above_dead)
        df_num[F_EVAP, i] = evap
        df_num[F_SEEP, i] = seep
        df_num[F_WATER, i] = water
        df_num[F_OWN, i] = max(above_floor, lo)
        df_num[F_LO, i] = lo
        df_num[F_HI, i] = max(pool[t, par_row[P_MAX_REL, i]], lo)
