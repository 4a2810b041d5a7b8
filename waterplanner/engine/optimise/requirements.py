"""Requirements (constraints) in the LP, hard or soft, and their violation in a simulation.

The network's own limits — dead storage, minimum release, the flood-control curve and
river-link capacities — are requirements too: the simulator treats them as soft (it clips a
release to the water above dead storage, lets a reservoir sit above its flood curve when the
maximum release cannot bring it down, and records flow above a link's capacity), so by
default they are soft with a large penalty (:data:`LIMIT_PENALTY` × the objective scale).
A ``limit`` constraint in the optimisation section makes one hard or changes its penalty.
The planner's own requirements (rule curves, ramping, end storage, minimum energy, lake
inflow) are hard unless marked soft.

In *elastic* mode (used to diagnose an infeasible problem) every requirement is soft with
penalty 1 per unit and nothing else costs anything: the solution then shows the smallest
violations that make the problem solvable.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from waterplanner.engine.compiled import DEMAND, RESERVOIR
from waterplanner.engine.optimise.context import Context
from waterplanner.engine.optimise.lp import LinearProgram
from waterplanner.engine.optimise.problem import Built
from waterplanner.engine.results import Results
from waterplanner.model.objectives import LIMITS, Constraint

LIMIT_PENALTY = 100.0
"""Default penalty of the network's own limits, per Mm³, times the objective scale (ten
times this for dead storage, which the simulator never gives up for a minimum release)."""


@dataclass(frozen=True)
class Requirement:
    """One requirement as applied: its label, words, hardness and penalty (objective units
    per unit of violation)."""

    label: str
    text: str
    hard: bool
    penalty: float
    unit: str
    constraint: Constraint


def limit_requirements(ctx: Context, scale: float) -> list[Constraint]:
    """The four network limits as constraints, with the planner's overrides applied."""
    overrides = {c.limit: c for c in ctx.spec.constraints if c.kind == "limit"}
    out = []
    for lim in LIMITS:
        if lim in overrides:
            out.append(overrides[lim])
        else:
            # the simulator cuts a release before it draws below dead storage: so must the LP
            factor = 10.0 if lim == "dead_storage" else 1.0
            out.append(Constraint(kind="limit", limit=lim, hard=False,
                                  penalty=factor * LIMIT_PENALTY * scale))
    return out


def all_requirements(ctx: Context, scale: float) -> list[Constraint]:
    """Network limits first, then the planner's constraints."""
    return limit_requirements(ctx, scale) + [c for c in ctx.spec.constraints
                                             if c.kind != "limit"]


def text_of(ctx: Context, c: Constraint) -> str:
    """A requirement in words."""
    names = ", ".join(ctx.name[ctx.net.node_index(n)] for n in c.nodes) if c.nodes else ""
    season = "" if c.season == "all" else f" in {c.season}"
    if c.kind == "limit":
        return {"dead_storage": "reservoirs stay above their dead storage",
                "min_release": "reservoirs release at least their minimum release",
                "flood_curve": "reservoirs stay below their flood-control curve",
                "link_capacity": "river links carry at most their capacity"}[c.limit]
    if c.kind == "rule_curve":
        return f"{names} storage within its rule-curve band"
    if c.kind == "release_bounds":
        return f"{names} release within its planned bounds"
    if c.kind == "ramping":
        return f"{names} release changes by at most {c.max_change_mcm:g} Mm³ per period"
    if c.kind == "end_storage":
        return f"{names} ends the horizon with at least {c.min_mcm:g} Mm³"
    if c.kind == "min_energy":
        who = names or (f"plants of {c.country}" if c.country else "all plants")
        per = "in every period" if c.per == "period" else "in total"
        return f"{who} generate at least {c.min_mwh:g} MWh {per}{season}"
    if c.kind == "lake_inflow":
        return f"{names} receives at least {c.min_mcm:g} Mm³{season}"
    return c.label


def _soft_rows(lp: LinearProgram, rows: np.ndarray, sign: float, penalty: float,
               group: int) -> None:
    """Give each row a violation variable (cost ``penalty``): rows are "≥" (sign +1: add
    +u) or "≤" (sign −1: add −u). The variables are remembered under the row group."""
    u = lp.variables(len(rows), cost=penalty)
    lp.coef(rows, u, sign)
    lp.slacks.setdefault(group, []).append(u)


def _bound_req(ctx: Context, lp: LinearProgram, var: np.ndarray, lower: bool,
               value: np.ndarray, hard: bool, penalty: float, group: int) -> None:
    """var ≥ value (lower) or var ≤ value, for the finite values."""
    ok = np.isfinite(value) & (var >= 0)
    if not ok.any():
        return
    var, value = var[ok], value[ok]
    per = lp.var_period[var]
    if hard:
        if lower:
            lp.tighten(var, lb=value, group=group)
        else:
            lp.tighten(var, ub=value, group=group)
        return
    rows = lp.rows("ge" if lower else "le", value, group=group, periods=per)
    lp.coef(rows, var, 1.0)
    _soft_rows(lp, rows, 1.0 if lower else -1.0, penalty, group)


def add_requirements(ctx: Context, built: Built, elastic: bool = False,
                     limits_hard: bool = False) -> list[Requirement]:
    """Add every requirement to the LP; returns them as declared. With ``limits_hard`` the
    network's default (soft, heavily penalised) limits go in as hard bounds instead."""
    lp, idx, net = built.lp, built.idx, ctx.net
    out: list[Requirement] = []
    res = np.flatnonzero(net.kind == RESERVOIR)
    planned = {c.limit for c in ctx.spec.constraints if c.kind == "limit"}
    for c in all_requirements(ctx, built.scale):
        hard = (c.hard or (limits_hard and c.kind == "limit" and c.limit not in planned)) \
            and not elastic
        pen = 1.0 if elastic else c.penalty
        text = text_of(ctx, c)
        unit = "MWh" if c.kind == "min_energy" else "Mm³"
        out.append(Requirement(c.label, text, c.hard, c.penalty, unit, c))

        def grp(kind: str, node: str, words: str, sign: int, u: str = unit,
                req: str = c.label) -> int:
            return lp.group(kind, node, words, u, requirement=req, sign=sign)

        if c.kind == "limit":
            if c.limit == "link_capacity":
                for lk in range(net.n_links):
                    cap = net.link_cap_mcm[lk]
                    if not np.isfinite(cap).any() or net.kind[net.link_dst[lk]] == DEMAND:
                        continue
                    g = grp("link_capacity", net.link_ids[lk],
                            f"flow on {net.link_ids[lk]} at most its capacity", 1)
                    _bound_req(ctx, lp, idx.X[lk], False, cap, hard, pen, g)
                continue
            for r in res:
                i = int(r)
                nid, name = net.node_ids[i], ctx.name[i]
                if c.limit == "dead_storage" and net.dead_mcm[i] > 0:
                    g = grp("dead_storage", nid, f"{name} storage at least its dead storage "
                                                 f"{net.dead_mcm[i]:.6g} Mm³", -1)
                    _bound_req(ctx, lp, idx.S[i], True, np.full(net.periods, net.dead_mcm[i]),
                               hard, pen, g)
                elif c.limit == "min_release" and (net.min_release_mcm[i] > 0).any():
                    g = grp("min_release", nid, f"{name} release at least its minimum", -1)
                    _bound_req(ctx, lp, idx.R[i], True, net.min_release_mcm[i], hard, pen, g)
                elif c.limit == "flood_curve" and np.isfinite(net.flood_mcm[i]).any():
                    g = grp("flood_curve", nid, f"{name} storage at most its flood-control "
                                                "curve", 1)
                    _bound_req(ctx, lp, idx.S[i], False, net.flood_mcm[i], hard, pen, g)
            continue
        nodes = [net.node_index(n) for n in c.nodes]
        if c.kind in ("rule_curve", "release_bounds"):
            i = nodes[0]
            var = idx.S[i] if c.kind == "rule_curve" else idx.R[i]
            what = "storage" if c.kind == "rule_curve" else "release"
            if isinstance(c.min_mcm, tuple):
                g = grp(c.kind + "_min", net.node_ids[i],
                        f"{ctx.name[i]} {what} at least its {c.kind.replace('_', ' ')} minimum",
                        -1)
                _bound_req(ctx, lp, var, True, np.asarray(c.min_mcm, dtype=float), hard, pen, g)
            if c.max_mcm is not None:
                g = grp(c.kind + "_max", net.node_ids[i],
                        f"{ctx.name[i]} {what} at most its {c.kind.replace('_', ' ')} maximum", 1)
                _bound_req(ctx, lp, var, False, np.asarray(c.max_mcm, dtype=float), hard, pen, g)
        elif c.kind == "ramping":
            i = nodes[0]
            t = net.periods
            if t < 2:
                continue
            per = np.arange(1, t)
            for sgn, word in ((1.0, "rise"), (-1.0, "fall")):
                g = grp("ramping", net.node_ids[i], f"{ctx.name[i]} release may {word} by at "
                                                    f"most {c.max_change_mcm:g} Mm³ per period", 1)
                rows = lp.rows("le", np.full(t - 1, c.max_change_mcm), group=g, periods=per)
                lp.coef(rows, idx.R[i, 1:], sgn)
                lp.coef(rows, idx.R[i, :-1], -sgn)
                if not hard:
                    _soft_rows(lp, rows, -1.0, pen, g)
        elif c.kind == "end_storage":
            i = nodes[0]
            g = grp("end_storage", net.node_ids[i], f"{ctx.name[i]} end storage at least "
                                                    f"{c.min_mcm:g} Mm³", -1)
            _bound_req(ctx, lp, idx.S[i, -1:], True, np.array([_num(c.min_mcm)]), hard, pen, g)
        elif c.kind == "min_energy":
            plants = ctx.select(c.nodes, RESERVOIR, c.country, plants_only=True)
            per = np.flatnonzero(ctx.season_mask(c.season))
            g = grp("min_energy", ",".join(net.node_ids[p] for p in plants) or "-",
                    text, -1, "MWh")
            if c.per == "period":
                rows = lp.rows("ge", np.full(len(per), c.min_mwh), group=g, periods=per)
                for p in plants:
                    lp.coef(rows, idx.E[p, per], 1.0)
            else:
                rows = lp.rows("ge", float(c.min_mwh or 0.0), group=g, periods=np.array([-1]))
                cols = idx.E[plants][:, per].reshape(-1)
                lp.coef(np.repeat(rows, len(cols)), cols, 1.0)
            if not hard:
                _soft_rows(lp, rows, 1.0, pen, g)
        elif c.kind == "lake_inflow":
            k = nodes[0]
            mask = ctx.season_mask(c.season)
            cols, coefs, pers = idx.arrivals[k]
            keep = mask[pers]
            const = float(idx.const_arrivals[k][mask].sum())
            g = grp("lake_inflow", net.node_ids[k], text, -1)
            rows = lp.rows("ge", _num(c.min_mcm) - const, group=g, periods=np.array([-1]))
            lp.coef(np.repeat(rows, keep.sum()), cols[keep], coefs[keep])
            if not hard:
                _soft_rows(lp, rows, 1.0, pen, g)
    return out


def _num(v: tuple[float, ...] | float | None) -> float:
    return float(v) if isinstance(v, (int, float)) else 0.0


def violation(ctx: Context, res: Results, c: Constraint) -> float:
    """How far a simulation violates a requirement, summed over periods (Mm³ or MWh)."""
    net = ctx.net
    resv = np.flatnonzero(net.kind == RESERVOIR)
    s = res.storage_mcm[0]
    r = res.release_mcm[0]
    pos = (lambda a: float(np.nansum(np.maximum(a, 0.0))))
    if c.kind == "limit":
        if c.limit == "dead_storage":
            return pos(net.dead_mcm[resv, None] - s[resv])
        if c.limit == "min_release":
            return pos(net.min_release_mcm[resv] - r[resv])
        if c.limit == "flood_curve":
            f = net.flood_mcm[resv]
            return pos(np.where(np.isfinite(f), s[resv] - f, 0.0))
        ex = res.link_excess_mcm[0]
        river = [lk for lk in range(net.n_links) if net.kind[net.link_dst[lk]] != DEMAND]
        return float(ex[river].sum()) if river else 0.0
    nodes = [net.node_index(n) for n in c.nodes]
    if c.kind in ("rule_curve", "release_bounds"):
        v = s[nodes[0]] if c.kind == "rule_curve" else r[nodes[0]]
        out = 0.0
        if isinstance(c.min_mcm, tuple):
            lo = np.asarray(c.min_mcm, dtype=float)
            out += pos(np.where(np.isfinite(lo), lo - v, 0.0))
        if c.max_mcm is not None:
            hi = np.asarray(c.max_mcm, dtype=float)
            out += pos(np.where(np.isfinite(hi), v - hi, 0.0))
        return out
    if c.kind == "ramping":
        return pos(np.abs(np.diff(r[nodes[0]])) - float(c.max_change_mcm or 0.0))
    if c.kind == "end_storage":
        return pos(np.array([_num(c.min_mcm) - s[nodes[0], -1]]))
    if c.kind == "min_energy":
        plants = ctx.select(c.nodes, RESERVOIR, c.country, plants_only=True)
        mask = ctx.season_mask(c.season)
        e = res.energy_mwh[0][plants][:, mask].sum(axis=0)
        if c.per == "period":
            return pos(float(c.min_mwh or 0.0) - e)
        return pos(np.array([float(c.min_mwh or 0.0) - e.sum()]))
    if c.kind == "lake_inflow":
        mask = ctx.season_mask(c.season)
        return pos(np.array([_num(c.min_mcm) - res.inflow_mcm[0][nodes[0]][mask].sum()]))
    return 0.0
