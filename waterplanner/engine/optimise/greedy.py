"""The simulator's intake rule — "take what reaches you first" — which an LP cannot state.

In the simulator every intake point serves its demands before anything passes downstream:
the intakes take ``min(what they ask, what is there above the minimum flow)``. That rule
leaves the planner no choice, so the optimiser must respect it (with ``allocation``
"priority"), but "X passes downstream only if the intakes are full" is not a convex
condition. Usually it does not matter: the objective itself prefers to deliver. When the
LP's answer breaks the rule somewhere (typically when the objective values water downstream,
such as a terminal-lake inflow), the offending (intake point, period) cells get a binary
variable z and two rows

    Σ intake flows ≥ want · z          (z = 1: the intakes are served in full)
    Σ flows passed downstream ≤ reserve + M · z   (z = 0: only the minimum flow passes)

and the problem is solved as a mixed-integer programme, then once more as an LP with the
binaries fixed (for the duals). New offending cells are added for up to a few rounds. When
there are more cells than a branch and bound can settle quickly (:data:`MIP_MAX_CELLS`),
each new cell is instead fixed to what the simulator would do with the LP's flows there
(serve the intakes in full if the water is enough, else pass nothing on) — a quick local
repair rather than a proven optimum.
"""

from __future__ import annotations

import numpy as np

from waterplanner.engine.compiled import DEMAND, INFLOW, LAKE, MIN_FLOW, RESERVOIR
from waterplanner.engine.optimise.context import Context
from waterplanner.engine.optimise.problem import Built
from waterplanner.i18n import translate

Cell = tuple[int, int]
"""(node index, period)"""
MIP_MAX_CELLS = 24
"""Up to this many cells the rule is solved exactly with binaries; beyond, by repair."""


def _points(ctx: Context) -> list[tuple[int, np.ndarray, list[int], np.ndarray]]:
    """Intake points: (node, intake links, links downstream, total want [T])."""
    net = ctx.net
    out = []
    for i in range(net.n_nodes):
        a, b = net.intake_ptr[i], net.intake_ptr[i + 1]
        if a == b:
            continue
        links = net.intake_links[a:b]
        want = np.zeros(net.periods)
        for lk in links:
            want += ctx.intake_want(lk)
        down = [int(lk) for lk in (net.main_link[i], net.overflow_link[i]) if lk >= 0]
        out.append((i, links, down, want))
    return out


def _reserve(ctx: Context, node: int) -> np.ndarray:
    net = ctx.net
    return net.required_mcm[node] if net.kind[node] == MIN_FLOW else np.zeros(net.periods)


def violations(ctx: Context, built: Built, x: np.ndarray) -> set[Cell]:
    """Cells where intakes are short of what they ask while water passes downstream above
    the minimum flow."""
    X = built.idx.X
    found: set[Cell] = set()
    for node, links, down, want in _points(ctx):
        taken = x[X[links]].sum(axis=0)
        passed = x[X[down]].sum(axis=0) if down else np.zeros(ctx.periods)
        tol = 1e-6 * (1.0 + want)
        bad = (taken < want - tol) & (passed > _reserve(ctx, node) + tol)
        found.update((node, int(t)) for t in np.flatnonzero(bad))
    return found


def flow_bounds(ctx: Context) -> np.ndarray:
    """An upper bound [N, T] on what each node can pass on in each period, propagated from
    the headwaters: a reservoir passes at most min(maximum release, capacity) plus what
    arrives (its spill is at most what arrives, as it starts within its capacity), a lake
    at most its outlet capacity (or what arrives plus what it holds above the crest), a
    demand at most its return fraction of what it asks. The tighter this "big M", the faster
    the mixed-integer solve."""
    net = ctx.net
    n, t = net.n_nodes, net.periods
    out = np.zeros((n, t))
    for i in net.order:
        arrive = np.zeros(t)
        for p in range(net.in_ptr[i], net.in_ptr[i + 1]):
            lk = net.in_links[p]
            lag = int(net.link_lag[lk])
            arrive += net.link_initial_mcm[lk]
            if lag < t:
                arrive[lag:] += (1.0 - net.link_loss[lk]) * out[net.link_src[lk], :t - lag]
        k = net.kind[i]
        if k == INFLOW:
            arrive += ctx.inflow_mcm[net.inflow_slot[i]]
        if k == RESERVOIR:
            excess = max(net.initial_mcm[i] - net.capacity_mcm[i], 0.0)
            out[i] = np.minimum(net.max_release_mcm[i], max(net.capacity_mcm[i], 0.0)) + \
                arrive + excess
        elif k == LAKE:
            held = max(net.initial_mcm[i] - net.crest_mcm[i], 0.0) if \
                np.isfinite(net.crest_mcm[i]) else net.initial_mcm[i]
            out[i] = np.minimum(net.max_outflow_mcm[i], np.cumsum(arrive) + held)
        elif k == DEMAND:
            out[i] = net.return_fraction[i] * np.minimum(arrive, net.demand_mcm[i] * 1e3)
            if net.drained[i]:  # a store releases at most what it has taken in
                out[i] = net.drainage_initial_mcm[i] + np.cumsum(out[i])
        else:
            out[i] = arrive
    return out


def decide(ctx: Context, built: Built, x: np.ndarray, cells: set[Cell]) -> dict[Cell, int]:
    """For each cell, what the simulator would do with the flows of solution x: serve the
    intakes in full (1) if the water there is enough, else let nothing pass (0)."""
    X = built.idx.X
    points = {p[0]: p for p in _points(ctx)}
    out: dict[Cell, int] = {}
    for node, t in cells:
        _, links, down, want = points[node]
        taken = float(x[X[links, t]].sum())
        passed = float(x[X[down, t]].sum()) if down else 0.0
        free = taken + passed - float(_reserve(ctx, node)[t])
        out[(node, t)] = 1 if free >= want[t] - 1e-9 * (1.0 + want[t]) else 0
    return out


def add_rule(ctx: Context, built: Built, cells: set[Cell],
             fixed: dict[Cell, int] | None = None) -> np.ndarray:
    """Add the rows of the intake rule for these cells, with a binary each, or with the
    choice given in ``fixed`` (then the rows are plain linear rows); returns the binaries."""
    lp, X = built.lp, built.idx.X
    bound = flow_bounds(ctx)
    points = {p[0]: p for p in _points(ctx)}
    fixed = fixed or {}
    free_cells = sorted(c for c in cells if c not in fixed)
    zs = lp.variables(len(free_cells), lb=0.0, ub=1.0)
    zvar = dict(zip(free_cells, zs))
    groups: dict[int, int] = {}
    for node, t in sorted(cells):
        _, links, down, want = points[node]
        if node not in groups:
            groups[node] = lp.group("intake_rule", ctx.net.node_ids[node], translate(
                "Requirements", "the simulator's intake rule at {name} (its demands are served "
                                "before water passes on)").format(name=ctx.name[node]))
        g = groups[node]
        per = np.array([t])
        reserve = float(_reserve(ctx, node)[t])
        if (node, t) in zvar:
            z = zvar[(node, t)]
            row = lp.rows("ge", 0.0, count=1, group=g, periods=per)
            lp.coef(np.repeat(row, len(links) + 1), np.concatenate((X[links, t], [z])),
                    np.concatenate((np.ones(len(links)), [-want[t]])))
            if down:
                row = lp.rows("le", reserve, count=1, group=g, periods=per)
                lp.coef(np.repeat(row, len(down) + 1), np.concatenate((X[down, t], [z])),
                        np.concatenate((np.ones(len(down)), [-(bound[node, t] + 1.0)])))
        elif fixed[(node, t)] == 1:
            row = lp.rows("ge", float(want[t]), count=1, group=g, periods=per)
            lp.coef(np.repeat(row, len(links)), X[links, t], 1.0)
        elif down:
            row = lp.rows("le", reserve, count=1, group=g, periods=per)
            lp.coef(np.repeat(row, len(down)), X[down, t], 1.0)
    return zs
