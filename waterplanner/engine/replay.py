"""What reservoirs and lakes did in each period, replayed from their storage.

A run may keep only the storage of reservoirs and lakes (``simulate(..., record="state")``).
Their evaporation, seepage, release, spill and precipitation are then derived on request:
one period of a storage is a function of its storage at the start of the period, its
inflow (derived from the link flows, see :mod:`waterplanner.engine.node_flows`) and the
period's parameters, so the very step the kernel ran (:func:`~waterplanner.engine.physics.
reservoir_step`, :func:`~waterplanner.engine.physics.lake_step`) is run again on the same
numbers and gives the kernel's numbers to the last bit. Demand-following reservoirs, whose
releases the allocation decides, are always recorded and never replayed.
"""

from __future__ import annotations

import numpy as np

from waterplanner.engine.jit import kernel
from waterplanner.engine.kernel import (
    P_BUFFER,
    P_BUFFER_REL,
    P_EVAP_MM,
    P_FLOOD,
    P_GUIDE,
    P_MAX_OUT,
    P_MAX_REL,
    P_MIN_REL,
    P_PRECIP_MM,
    P_SEEP,
    R_EVAP,
    R_PRECIP,
    R_RELEASE,
    R_SEEP,
    R_SPILL,
    S_CAPACITY,
    S_CREST,
    S_DEAD,
    S_FLOOR,
    S_INITIAL,
)
from waterplanner.engine.physics import RESERVOIR, lake_step, reservoir_step, table_lookup


@kernel
def replay_storages(nodes: np.ndarray, kind: np.ndarray, storage_slot: np.ndarray,
                    lav_n: np.ndarray, lav_volume: np.ndarray, lav_area: np.ndarray,
                    node_scal: np.ndarray, pool: np.ndarray, par_row: np.ndarray,
                    target_pool: np.ndarray, target_row: np.ndarray, storage: np.ndarray,
                    q_in: np.ndarray, flux: np.ndarray) -> None:
    """Fill ``flux`` [member, R_* quantity, period, storage slot] for the storage ``nodes``
    from their end-of-period ``storage`` [member, period, storage slot] and inflow ``q_in``
    [member, period, node] (quantities that do not apply to a node are left as they are)."""
    for m in range(storage.shape[0]):
        for t in range(storage.shape[1]):
            for i in nodes:
                s = storage_slot[i]
                s0 = node_scal[S_INITIAL, i] if t == 0 else storage[m, t - 1, s]
                area = table_lookup(s0, lav_volume[i], lav_area[i], lav_n[i])
                if kind[i] == RESERVOIR:
                    evap, seep, release, spill, _ = reservoir_step(
                        s0, q_in[m, t, i], area, pool[t, par_row[P_EVAP_MM, i]],
                        pool[t, par_row[P_SEEP, i]], target_pool[t, target_row[i]],
                        pool[t, par_row[P_GUIDE, i]], pool[t, par_row[P_BUFFER, i]],
                        pool[t, par_row[P_BUFFER_REL, i]], pool[t, par_row[P_MIN_REL, i]],
                        pool[t, par_row[P_MAX_REL, i]], node_scal[S_DEAD, i],
                        node_scal[S_FLOOR, i], pool[t, par_row[P_FLOOD, i]],
                        node_scal[S_CAPACITY, i])
                    flux[m, R_EVAP, t, s] = evap
                    flux[m, R_SEEP, t, s] = seep
                    flux[m, R_RELEASE, t, s] = release
                    flux[m, R_SPILL, t, s] = spill
                else:
                    precip, evap, out, _ = lake_step(
                        s0, q_in[m, t, i], area, pool[t, par_row[P_PRECIP_MM, i]],
                        pool[t, par_row[P_EVAP_MM, i]], node_scal[S_CREST, i],
                        pool[t, par_row[P_MAX_OUT, i]])
                    flux[m, R_PRECIP, t, s] = precip
                    flux[m, R_EVAP, t, s] = evap
                    flux[m, R_SPILL, t, s] = out
