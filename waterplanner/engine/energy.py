"""Hydropower from a simulated release: turbine flow, net head, power and energy.

Power P = η ρ g Q H with ρ = 1000 kg/m³ and g = 9.81 m/s², where Q is the release through
the turbines (capped at their capacity; spill and bottom-outlet flow make no energy) and H
the net head: the reservoir level at the *mean* of start- and end-of-period storage minus the
tailwater level (never negative). Power is capped at the installed capacity; energy is
power × hours of the period. The formula and the level look-up are those of
:mod:`waterplanner.engine.physics`, shared with the optimiser.
"""

from __future__ import annotations

import numpy as np

from waterplanner.engine.jit import kernel
from waterplanner.engine.physics import RHO_G_MW, plant_power_mw, table_lookup

__all__ = ["RHO_G_MW", "plant_output", "plant_power_mw"]


@kernel
def plant_output(release_mcm: np.ndarray, storage_mcm: np.ndarray, initial_mcm: np.ndarray,
                 plants: np.ndarray, seconds: np.ndarray, hours: np.ndarray,
                 lav_n: np.ndarray, lav_volume: np.ndarray, lav_level: np.ndarray,
                 turbine_m3s: np.ndarray, installed_mw: np.ndarray, efficiency: np.ndarray,
                 tailwater_m: np.ndarray, turbine: np.ndarray, head: np.ndarray,
                 energy: np.ndarray) -> None:
    """Fill ``turbine`` (m³/s), ``head`` (m) and ``energy`` (MWh), all [member, period, node],
    for the nodes in ``plants`` from release and end-of-period storage [member, period, node]."""
    for m in range(release_mcm.shape[0]):
        for t in range(release_mcm.shape[1]):
            for i in plants:
                s_start = initial_mcm[i] if t == 0 else storage_mcm[m, t - 1, i]
                level = table_lookup(0.5 * (s_start + storage_mcm[m, t, i]), lav_volume[i],
                                     lav_level[i], lav_n[i])
                q, h, p = plant_power_mw(release_mcm[m, t, i] * 1e6 / seconds[t], level,
                                         turbine_m3s[i], installed_mw[i], efficiency[i],
                                         tailwater_m[i])
                turbine[m, t, i] = q
                head[m, t, i] = h
                energy[m, t, i] = p * hours[t]
