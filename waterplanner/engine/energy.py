"""Hydropower from a simulated release: turbine flow, net head, power and energy.

Power P = η ρ g Q H with ρ = 1000 kg/m³ and g = 9.81 m/s², where Q is the release through
the turbines (capped at their capacity; spill and bottom-outlet flow make no energy) and H
the net head: the reservoir level at the *mean* of start- and end-of-period storage minus the
tailwater level. Power is capped at the installed capacity; energy is power × hours.
"""

from __future__ import annotations

import numpy as np

RHO_G_MW = 1000.0 * 9.81 / 1e6
"""ρ·g in MW per (m³/s · m)."""


def interp_table(x: np.ndarray, xs: np.ndarray, ys: np.ndarray) -> np.ndarray:
    """Linear interpolation that extends the end segments (as the kernel does)."""
    out = np.interp(x, xs, ys)
    if len(xs) >= 2:
        lo_slope = (ys[1] - ys[0]) / (xs[1] - xs[0])
        hi_slope = (ys[-1] - ys[-2]) / (xs[-1] - xs[-2])
        out = np.where(x < xs[0], ys[0] + (x - xs[0]) * lo_slope, out)
        out = np.where(x > xs[-1], ys[-1] + (x - xs[-1]) * hi_slope, out)
    return out


def plant_output(release_mcm: np.ndarray, storage_start_mcm: np.ndarray,
                 storage_end_mcm: np.ndarray, seconds: np.ndarray, hours: np.ndarray,
                 lav_volume: np.ndarray, lav_level: np.ndarray, turbine_m3s: float,
                 installed_mw: float, efficiency: float, tailwater_m: float
                 ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Turbine flow (m³/s), net head (m) and energy (MWh) per period for one plant.

    All array arguments broadcast over a leading member axis; ``seconds`` and ``hours`` are
    per period.
    """
    release_m3s = release_mcm * 1e6 / seconds
    turbine_flow = np.minimum(release_m3s, turbine_m3s)
    mean_storage = 0.5 * (storage_start_mcm + storage_end_mcm)
    head = np.maximum(interp_table(mean_storage, lav_volume, lav_level) - tailwater_m, 0.0)
    power = np.minimum(efficiency * RHO_G_MW * turbine_flow * head, installed_mw)
    return turbine_flow, head, power * hours
