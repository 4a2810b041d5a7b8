"""Members, periods and zones in compiled code (numba), back in Python only for a zone whose
period needs the programme.

The zones are given as *runs*: a stretch of swept zones (``SWEPT``), a zone the riparian
algorithm decides (``RIPARIAN``, or the programme if it declines), or a zone only the
programme decides (``PROGRAMME``). ``position`` [member, period, run] says where to start;
on a return of 1 it holds the run whose programme is to be solved: the storage step of its
heads is done and ``fixed_in``/``df_num`` are filled; the caller solves it, does the zone's
bookkeeping, and calls again from the next run.
"""

from __future__ import annotations

import numpy as np

from waterplanner.engine.allocation.inputs import zone_inputs
from waterplanner.engine.allocation.riparian import riparian_zone
from waterplanner.engine.jit import kernel
from waterplanner.engine.kernel import DECIDED, HEADS, SWEEP, run_kernel

SWEPT, RIPARIAN, PROGRAMME = range(3)


@kernel
def run_periods(kind: np.ndarray, order: np.ndarray, inflow_slot: np.ndarray,
                in_ptr: np.ndarray, in_links: np.ndarray, main_link: np.ndarray,
                overflow_link: np.ndarray, intake_ptr: np.ndarray, intake_links: np.ndarray,
                intake_priority: np.ndarray, return_ptr: np.ndarray, return_links: np.ndarray,
                return_share: np.ndarray, link_src: np.ndarray, link_dst: np.ndarray,
                link_lag: np.ndarray, link_loss: np.ndarray, link_cap_row: np.ndarray,
                link_initial: np.ndarray, lav_n: np.ndarray, lav_volume: np.ndarray,
                lav_area: np.ndarray, node_scal: np.ndarray, pool: np.ndarray,
                par_row: np.ndarray, target_pool: np.ndarray, target_row: np.ndarray,
                inflow: np.ndarray, storage_slot: np.ndarray, record_pos: np.ndarray,
                store: np.ndarray, sent: np.ndarray, rule: np.ndarray, state: np.ndarray,
                dec_node: np.ndarray, dec_link: np.ndarray, zone_link: np.ndarray, run_first: np.ndarray,
                run_end: np.ndarray, run_heads: np.ndarray, run_mode: np.ndarray,
                weights: np.ndarray, fixed_in: np.ndarray, df_num: np.ndarray,
                wf: np.ndarray, cf: np.ndarray, ci: np.ndarray, seg_src: np.ndarray,
                seg_amt: np.ndarray, seg_cost: np.ndarray, seg_ret: np.ndarray,
                is_df: np.ndarray, position: np.ndarray) -> int:
    """Run from ``position`` to the end (0) or to a zone that needs the programme (1)."""
    n_members = inflow.shape[0]
    n_periods = target_pool.shape[0]
    n_runs = run_first.shape[0]
    m0, t0, r0 = position[0], position[1], position[2]
    for m in range(m0, n_members):
        for t in range(t0 if m == m0 else 0, n_periods):
            for r in range(r0 if (m == m0 and t == t0) else 0, n_runs):
                first, end = run_first[r], run_end[r]
                if run_mode[r] == SWEPT:
                    run_kernel(kind, order, inflow_slot, in_ptr, in_links, main_link,
                               overflow_link, intake_ptr, intake_links, intake_priority,
                               return_ptr, return_links, return_share, link_dst, link_lag, link_loss, link_cap_row, link_initial,
                               lav_n, lav_volume, lav_area, node_scal, pool, par_row,
                               target_pool, target_row, inflow, storage_slot, record_pos,
                               store, sent, rule, state, m, m + 1, t, t + 1, first, end,
                               SWEEP, dec_node, dec_link)
                    continue
                heads = first + run_heads[r]
                if heads > first:
                    run_kernel(kind, order, inflow_slot, in_ptr, in_links, main_link,
                               overflow_link, intake_ptr, intake_links, intake_priority,
                               return_ptr, return_links, return_share, link_dst, link_lag, link_loss, link_cap_row, link_initial,
                               lav_n, lav_volume, lav_area, node_scal, pool, par_row,
                               target_pool, target_row, inflow, storage_slot, record_pos,
                               store, sent, rule, state, m, m + 1, t, t + 1, first, heads,
                               HEADS, dec_node, dec_link)
                nodes = order[first:end]
                zone_inputs(m, t, nodes, kind, rule, inflow_slot, in_ptr, in_links, zone_link,
                            link_lag, link_loss, link_initial, lav_n, lav_volume, lav_area,
                            node_scal, pool, par_row, inflow, sent, state, dec_node, fixed_in,
                            df_num)
                if run_mode[r] == RIPARIAN and riparian_zone(
                        t, nodes, kind, rule, in_ptr, in_links, main_link, overflow_link,
                        intake_ptr, intake_links, intake_priority, return_ptr, return_links,
                        return_share, link_src, link_dst, link_loss, link_cap_row, zone_link,
                        node_scal, pool, par_row, weights, fixed_in, df_num, dec_node,
                        dec_link, wf, cf, ci, seg_src, seg_amt, seg_cost, seg_ret, is_df):
                    run_kernel(kind, order, inflow_slot, in_ptr, in_links, main_link,
                               overflow_link, intake_ptr, intake_links, intake_priority,
                               return_ptr, return_links, return_share, link_dst, link_lag, link_loss, link_cap_row, link_initial,
                               lav_n, lav_volume, lav_area, node_scal, pool, par_row,
                               target_pool, target_row, inflow, storage_slot, record_pos,
                               store, sent, rule, state, m, m + 1, t, t + 1, first, end,
                               DECIDED, dec_node, dec_link)
                    continue
                position[0], position[1], position[2] = m, t, r
                return 1
    return 0
