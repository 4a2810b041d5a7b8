"""The floor: where the simulator cuts a reservoir's scheduled release.

The simulator releases what the schedule asks unless the storage would end below the
reservoir's operating minimum (else its dead storage); there it releases less. The LP
knows the floor as a device (:func:`floor_rule`), so that it draws a reservoir below it only
where the simulator would (for a minimum release), and the robust LP lets a member release
less than the shared schedule only in the periods its point is at the floor
(:func:`at_floor`).
"""

from __future__ import annotations

import numpy as np

from waterplanner.engine.optimise.context import Context
from waterplanner.engine.optimise.problem import Built, Point
from waterplanner.engine.optimise.requirements import LIMIT_PENALTY
from waterplanner.i18n import translate
from waterplanner.i18n.figures import fig

AT_FLOOR = 0.02
"""A point's storage within this share of the live storage above the floor counts as at the
floor (where a member may release less than the schedule)."""


def floor_of(ctx: Context, i: int) -> float:
    """Where the simulator cuts reservoir ``i``'s scheduled release: its operating minimum,
    else its dead storage."""
    return float(max(ctx.net.floor_mcm[i], ctx.net.dead_mcm[i]))


def at_floor(ctx: Context, point: Point) -> np.ndarray:
    """[decision reservoirs, T]: the periods in which the point's storage of each decision
    reservoir is at its floor (within :data:`AT_FLOOR` of the live storage), the only ones
    in which a member may release less than the schedule (:func:`~.robust_problem.assemble`). Elsewhere the
    cut would be a way round the trust region and the hard release bounds, not the
    simulator's; successive LP opens a period once a simulation reaches the floor there."""
    net = ctx.net
    dec = ctx.decision_reservoirs
    out = np.zeros((len(dec), net.periods), dtype=bool)
    for j, i in enumerate(dec):
        floor = floor_of(ctx, i)
        live = max(float(net.capacity_mcm[i]) - floor, 1.0)
        out[j] = np.asarray(point.storage_mcm[i], dtype=float) <= floor + AT_FLOOR * live
    return out


def floor_rule(ctx: Context, built: Built, point: Point, scale: float) -> None:
    """A decision reservoir stays above its floor (the operating minimum, else dead storage)
    (in the deterministic LP and in every member of the robust one): each Mm³ below costs the
    network limits' penalty, as an internal device.

    The simulator cuts a scheduled release rather than draw below the floor. A member cannot
    lower the shared schedule; it can make less than the schedule (``cut`` in
    :func:`~.robust_problem.assemble`), which costs less than this, so it cuts where the simulator cuts. (The
    planner's own operating minimum is a soft requirement of the objective, possibly above
    the floor and priced below the cut; in a member outside a CVaR tail it weighs nothing.)
    Where the point is already below the floor (evaporation at dead storage) the bound is the
    point's storage."""
    net, lp, idx = ctx.net, built.lp, built.idx
    t = net.periods
    for i in ctx.decision_reservoirs:
        floor = floor_of(ctx, i)
        if floor <= 0:
            continue
        bound = np.minimum(np.full(t, floor), np.asarray(point.storage_mcm[i], dtype=float))
        g = lp.group("floor", net.node_ids[i], translate(
            "Requirements", "{name} storage at least its floor {volume} Mm³").format(
            name=ctx.name[i], volume=fig(floor, ".6g")), sign=-1)
        below = lp.variables(t, cost=LIMIT_PENALTY * scale, periods=np.arange(t))
        rows = lp.rows("ge", bound, group=g, periods=np.arange(t))
        lp.coef(rows, idx.S[i], 1.0)
        lp.coef(rows, below, 1.0)
