"""How the LP follows the reservoirs that an operating rule drives, not the optimiser.

Such a reservoir (a guide curve, demand-following, or a buffer zone that cuts its schedule)
is not a decision, but what it releases depends on what the decisions upstream send down.
Two devices keep the successive LPs in step with the simulator:

* **Guide curve, on the curve.** Where the simulation the LP is linearised around ends a
  period on the guide curve, the rule's answer to a little more or less water is to release
  it: the LP holds the end storage to the curve (an equality, elastic at a high cost so that
  a curve the new inflow cannot hold does not make the problem infeasible) and lets the
  release follow.
* **Everywhere else** (off the curve, demand-following, buffer zones) the LP holds the
  release to at most what the rule released under the previous schedule, and prefers to
  release all of it; after each LP the simulator's answer replaces it
  (:func:`follow_rules`), so the LPs repeat until the two agree.
"""

from __future__ import annotations

import numpy as np

from waterplanner.engine.optimise.context import Context
from waterplanner.engine.optimise.lp import LinearProgram
from waterplanner.engine.physics import GUIDE_CURVE_RULE
from waterplanner.engine.results import Results
from waterplanner.i18n import translate

FOLLOW = 1e3
"""Cost (× the objective scale) per Mm³ a reservoir that is not a decision keeps back from
its schedule or its rule's release, or ends away from its guide curve where it sits on it:
far above any objective's value."""

ON_CURVE_MCM = 1e-6
"""A period ends on the guide curve when within this share of the live storage of it."""


def on_curve(ctx: Context, storage_mcm: np.ndarray, i: int) -> np.ndarray:
    """[T] whether reservoir ``i`` ends each period on its guide curve in ``storage_mcm``."""
    net = ctx.net
    if net.rule[i] != GUIDE_CURVE_RULE:
        return np.zeros(net.periods, dtype=bool)
    curve = np.asarray(net.guide_mcm[i], dtype=float)
    live = max(float(net.capacity_mcm[i] - net.dead_mcm[i]), 1.0)
    return np.isfinite(curve) & (np.abs(storage_mcm - curve) <= ON_CURVE_MCM * live)


def add_held_reservoir(ctx: Context, lp: LinearProgram, storage: np.ndarray,
                       release: np.ndarray, point_storage_mcm: np.ndarray, i: int,
                       scale: float) -> None:
    """The rows and bounds that make reservoir ``i``'s LP release follow its rule."""
    net = ctx.net
    nid, name = net.node_ids[i], ctx.name[i]
    target = np.clip(ctx.schedule_mcm[i], net.min_release_mcm[i], net.max_release_mcm[i])
    on = on_curve(ctx, point_storage_mcm, i)
    g = lp.group("schedule", nid, translate(
        "Requirements", "{name} release at most what its rule releases").format(name=name))
    lp.tighten(release[i], ub=np.where(on, net.max_release_mcm[i], target), group=g)
    lp.add_cost(release[i], np.where(on, 0.0, -FOLLOW * scale))
    periods = np.flatnonzero(on)
    if not len(periods):
        return
    g = lp.group("guide_curve", nid, translate(
        "Requirements", "{name} storage on its guide curve").format(name=name))
    up = lp.variables(len(periods), cost=FOLLOW * scale, periods=periods)
    down = lp.variables(len(periods), cost=FOLLOW * scale, periods=periods)
    rows = lp.rows("eq", np.asarray(net.guide_mcm[i], dtype=float)[periods], group=g,
                   periods=periods)
    lp.coef(rows, storage[i, periods], 1.0)
    lp.coef(rows, up, -1.0)
    lp.coef(rows, down, 1.0)


def follow_rules(ctx: Context, sim: Results) -> None:
    """Hold each rule-driven reservoir, in the next LP, to what its rule released in ``sim``."""
    held = np.flatnonzero(ctx.held)
    if len(held):
        ctx.schedule_mcm[held] = np.asarray(sim.release_mcm[0])[held]
