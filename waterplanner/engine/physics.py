"""The physics of the engine in one place: node codes, table look-ups, routing, the storage
step and plant power.

The simulation kernel, the derived results (levels, energy, run-of-river energy), the
optimiser (its linearisations and its self-check) and the release limits the window draws
all read these functions, so a formula changes in one place and every user agrees to the
last bit. Scalar functions are compiled with numba and are called from compiled kernels;
the ``*_array`` forms are the same arithmetic, in the same order, on numpy arrays, for code
that runs in Python (the optimiser builds its programmes with numpy).

Units: volumes in Mm³ per period, flows in m³/s, levels and heads in m, areas in km², depths
in mm, power in MW.
"""

from __future__ import annotations

import numpy as np

from waterplanner.engine.jit import kernel
from waterplanner.model.nodes import NodeKind, RuleKind

# --- node and rule codes ------------------------------------------------------------------
INFLOW, RESERVOIR, JUNCTION, DEMAND, MIN_FLOW, LAKE, SINK = range(7)
KIND_CODE: dict[NodeKind, int] = {
    NodeKind.INFLOW: INFLOW, NodeKind.RESERVOIR: RESERVOIR, NodeKind.JUNCTION: JUNCTION,
    NodeKind.DEMAND: DEMAND, NodeKind.MIN_FLOW: MIN_FLOW, NodeKind.TERMINAL_LAKE: LAKE,
    NodeKind.SINK: SINK,
}
"""The code of each node kind in the compiled arrays."""

SCHEDULE_RULE, DEMAND_FOLLOWING_RULE, GUIDE_CURVE_RULE = range(3)
RULE_CODE: dict[RuleKind, int] = {
    RuleKind.SCHEDULE: SCHEDULE_RULE, RuleKind.DEMAND_FOLLOWING: DEMAND_FOLLOWING_RULE,
    RuleKind.GUIDE_CURVE: GUIDE_CURVE_RULE,
}
"""The code of each operating rule (0 for every node that is not a reservoir)."""

# --- units --------------------------------------------------------------------------------
MM_KM2_TO_MCM = 1e-3
"""A depth in mm over an area in km² is this many Mm³."""
RHO_G_MW = 1000.0 * 9.81 / 1e6
"""ρ·g in MW per (m³/s · m), with ρ = 1000 kg/m³ and g = 9.81 m/s²."""


def mcm_per_period(flow_m3s: np.ndarray | float | tuple[float, ...], seconds: np.ndarray
                   ) -> np.ndarray:
    """A flow in m³/s as Mm³ in periods of ``seconds``."""
    return np.asarray(flow_m3s, dtype=float) * seconds / 1e6


def m3s_of(volume_mcm: np.ndarray | float, seconds: np.ndarray | float) -> np.ndarray:
    """Mm³ in periods of ``seconds`` as a flow in m³/s."""
    return np.asarray(volume_mcm, dtype=float) * 1e6 / seconds


# --- level–area–volume tables ---------------------------------------------------------------
@kernel(entry=False, inline=True)
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


def table_lookup_array(x: np.ndarray, xs: np.ndarray, ys: np.ndarray
                       ) -> tuple[np.ndarray, np.ndarray]:
    """:func:`table_lookup` at many points (the very same numbers), and the slope d(y)/d(x)
    of the segment each point is read from: the segment it lies in (at a row, the one above
    it; beyond the table, the end segment), so a linearisation around a point is exact while
    the point stays within its segment."""
    x = np.asarray(x, dtype=float)
    xs = np.asarray(xs, dtype=float)
    ys = np.asarray(ys, dtype=float)
    n = len(xs)
    if n == 1:
        return np.full(x.shape, float(ys[0])), np.zeros(x.shape)
    seg = np.clip(np.searchsorted(xs, x, side="right") - 1, 0, n - 2)
    lo, hi = seg, seg + 1
    above = x >= xs[n - 1]
    anchor = np.where(above, n - 1, lo)  # beyond the last row: read from the last row
    value = ys[anchor] + (x - xs[anchor]) * (ys[hi] - ys[lo]) / (xs[hi] - xs[lo])
    slope = (ys[hi] - ys[lo]) / (xs[hi] - xs[lo])
    return value, slope


# --- routing --------------------------------------------------------------------------------
@kernel(entry=False, inline=True)
def link_arrival(sent: np.ndarray, m: int, t: int, link: int, link_lag: np.ndarray,
                 link_loss: np.ndarray, link_initial: np.ndarray) -> float:
    """What arrives at a link's end in period t: sent ``lag`` periods earlier, less the loss;
    in the first ``lag`` periods, the water that was in transit at the start."""
    tt = t - link_lag[link]
    if tt < 0:
        return link_initial[link, t]
    return sent[m, tt, link] * (1.0 - link_loss[link])


def link_arrivals_array(sent: np.ndarray, link_lag: np.ndarray, link_loss: np.ndarray,
                        link_initial: np.ndarray
                        ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """:func:`link_arrival` for every member, period and link: from the water sent
    [member, period, link], the water kept after the losses and the arrivals (both
    [member, period, link]), and the water still in transit at the end [member, link]
    (``link_initial`` [link, ≥ lag] is the water in transit at the start)."""
    keep = sent * (1.0 - link_loss)
    arrived = np.zeros_like(sent)
    transit = np.zeros((sent.shape[0], sent.shape[2]))
    t = sent.shape[1]
    for j in range(sent.shape[2]):
        lag = min(int(link_lag[j]), t)
        if lag == 0:
            arrived[:, :, j] = keep[:, :, j]
            continue
        arrived[:, :lag, j] = link_initial[j, :lag]
        arrived[:, lag:, j] = keep[:, :t - lag, j]
        transit[:, j] = keep[:, t - lag:, j].sum(axis=1)
    return keep, arrived, transit


# --- the storage step -------------------------------------------------------------------------
@kernel(entry=False, inline=True)
def reservoir_losses(s0: float, q_in: float, area_km2: float, evaporation_mm: float,
                     seepage_mcm: float) -> tuple[float, float, float]:
    """Evaporation (the depth on the start-of-period area, capped at the water present),
    then seepage (capped at what is left): (evaporation, seepage, water left), all Mm³."""
    water = s0 + q_in
    evap = min(max(area_km2, 0.0) * evaporation_mm * MM_KM2_TO_MCM, water)
    water -= evap
    seep = min(seepage_mcm, water)
    water -= seep
    return evap, seep, water


@kernel(entry=False, inline=True)
def reservoir_step(s0: float, q_in: float, area_km2: float, evaporation_mm: float,
                   seepage_mcm: float, target_mcm: float, guide_mcm: float,
                   buffer_mcm: float, buffer_release_mcm: float, min_release_mcm: float,
                   max_release_mcm: float, dead_mcm: float, floor_mcm: float,
                   flood_mcm: float, capacity_mcm: float
                   ) -> tuple[float, float, float, float, float]:
    """One period of a reservoir on the schedule or guide-curve rule (see
    :mod:`waterplanner.engine.kernel`): (evaporation, seepage, release, spill, end storage).

    The release aims at the target (``guide_mcm`` NaN) or at the water that ends the period
    on the guide curve; in the buffer zone the aim is cut to the buffer release; it is
    clipped to [min, max] release and may draw the storage below the operating minimum only
    as far as the minimum release needs, never below dead storage. Flood control releases
    more (up to the maximum); what still exceeds capacity spills."""
    evap, seep, water = reservoir_losses(s0, q_in, area_km2, evaporation_mm, seepage_mcm)
    aim = target_mcm if np.isnan(guide_mcm) else water - guide_mcm
    if s0 < buffer_mcm:
        aim = min(aim, buffer_release_mcm)
    want = max(min_release_mcm, min(aim, max_release_mcm))
    above_dead = max(water - dead_mcm, 0.0)
    above_floor = max(water - floor_mcm, 0.0)
    release = min(want, max(above_floor, min(min_release_mcm, above_dead)))
    water -= release
    if water > flood_mcm:
        extra = min(water - flood_mcm, max(max_release_mcm - release, 0.0),
                    max(above_dead - release, 0.0))
        release += extra
        water -= extra
    spill = 0.0
    if water > capacity_mcm:
        spill = water - capacity_mcm
        water = capacity_mcm
    return evap, seep, release, spill, water


@kernel(entry=False, inline=True)
def lake_step(s0: float, q_in: float, area_km2: float, precipitation_mm: float,
              evaporation_mm: float, crest_mcm: float, max_outflow_mcm: float
              ) -> tuple[float, float, float, float]:
    """One period of a terminal lake: precipitation and evaporation on the start-of-period
    area, then the water above the crest leaves (capped at the outlet's capacity):
    (precipitation, evaporation, outflow, end storage), all Mm³."""
    area = max(area_km2, 0.0)
    precip = area * precipitation_mm * MM_KM2_TO_MCM
    water = s0 + q_in + precip
    evap = min(area * evaporation_mm * MM_KM2_TO_MCM, water)
    water -= evap
    out = 0.0
    if water > crest_mcm:
        out = min(water - crest_mcm, max_outflow_mcm)
        water -= out
    return precip, evap, out, water


# --- power -------------------------------------------------------------------------------------
@kernel(entry=False, inline=True)
def plant_power_mw(flow_m3s: float, level_m: float, turbine_m3s: float, installed_mw: float,
                   efficiency: float, tailwater_m: float) -> tuple[float, float, float]:
    """Turbine flow (m³/s), net head (m) and power (MW) of a plant in one period: the flow
    through the turbines is capped at their capacity (the rest makes no energy), the head is
    the level above the tailwater (never negative), P = η ρ g Q H capped at the installed
    power."""
    q = min(flow_m3s, turbine_m3s)
    head = max(level_m - tailwater_m, 0.0)
    return q, head, min(efficiency * RHO_G_MW * q * head, installed_mw)


def plant_power_array(flow_m3s: np.ndarray, level_m: np.ndarray, turbine_m3s: np.ndarray | float,
                      installed_mw: np.ndarray | float, efficiency: np.ndarray | float,
                      tailwater_m: np.ndarray | float
                      ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """:func:`plant_power_mw` on arrays (broadcast), the very same numbers."""
    q = np.minimum(flow_m3s, turbine_m3s)
    head = np.maximum(np.asarray(level_m, dtype=float) - tailwater_m, 0.0)
    return q, head, np.minimum(efficiency * RHO_G_MW * q * head, installed_mw)
