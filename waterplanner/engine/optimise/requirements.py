"""Requirements (constraints) in the LP, hard or soft, and their violation in a simulation.

The network's own limits — dead storage, minimum release, the flood-control curve and
river-link capacities — are requirements too: the simulator treats them as soft (it clips a
release to the water above dead storage, lets a reservoir sit above its flood curve when the
maximum release cannot bring it down, and records flow above a link's capacity), so by
default they are soft with a large penalty (:data:`LIMIT_PENALTY` × the objective scale).
A ``limit`` constraint in the optimisation section makes one hard or changes its penalty.
The planner's own requirements (rule curves, operating minima, ramping, end storage,
minimum energy, lake inflow) are hard unless marked soft. The default carry-over
(:mod:`.defaults`) comes last.

In *elastic* mode (used to diagnose an infeasible problem) every requirement is soft with
penalty 1 per unit and nothing else costs anything: the solution then shows the smallest
violations that make the problem solvable.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from waterplanner.engine.compiled import DEMAND, RESERVOIR
from waterplanner.engine.optimise.context import Context
from waterplanner.engine.optimise.country_limits import (
    add_country_limit_rows,
    country_limit_violation,
)
from waterplanner.engine.optimise.defaults import DefaultCarryOver, default_carry_over
from waterplanner.engine.optimise.lp import LinearProgram
from waterplanner.engine.optimise.problem import Built, water_value_scale
from waterplanner.engine.physics import mcm_per_period
from waterplanner.engine.results import Results
from waterplanner.i18n import translate
from waterplanner.i18n.figures import fig
from waterplanner.i18n.units import unit as unit_words
from waterplanner.model.countries import country_name
from waterplanner.model.objectives import (
    LIMITS,
    Constraint,
    CountryLimit,
    EndStorage,
    LakeInflowMin,
    Limit,
    MinEnergy,
    OperatingMinimum,
    Ramping,
    ReleaseBounds,
    RuleCurve,
)

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
    overrides = {c.limit: c for c in ctx.spec.constraints if isinstance(c, Limit)}
    out: list[Constraint] = []
    for lim in LIMITS:
        if lim in overrides:
            out.append(overrides[lim])
        else:
            # the simulator cuts a release before it draws below dead storage: so must the LP
            factor = 10.0 if lim == "dead_storage" else 1.0
            out.append(Limit(limit=lim, hard=False, penalty=factor * LIMIT_PENALTY * scale))
    return out


def own_operating_minima(ctx: Context, scale: float) -> list[Constraint]:
    """Each reservoir's own operating minimum (scenario field) as a soft storage bound, unless
    the planner's section states one for it. Soft, because the simulator lets the minimum
    release draw the storage below it."""
    net = ctx.net
    stated = {c.reservoir for c in ctx.spec.constraints if isinstance(c, OperatingMinimum)}
    out: list[Constraint] = []
    for i in np.flatnonzero(net.kind == RESERVOIR):
        nid = net.node_ids[i]
        if net.floor_mcm[i] > net.dead_mcm[i] and nid not in stated:
            out.append(OperatingMinimum(reservoir=nid, min_mcm=float(net.floor_mcm[i]),
                                        hard=False, penalty=LIMIT_PENALTY * scale))
    return out


def all_requirements(ctx: Context, scale: float) -> list[Constraint]:
    """Network limits first, then the planner's constraints, then the default carry-over."""
    return limit_requirements(ctx, scale) + own_operating_minima(ctx, scale) + \
        [c for c in ctx.spec.constraints if not isinstance(c, Limit)] + \
        list(default_carry_over(ctx, water_value_scale(ctx), scale))


def _names(ctx: Context, c: Constraint) -> str:
    return ", ".join(ctx.name[ctx.net.node_index(n)] for n in c.nodes) if c.nodes else ""


def text_of(ctx: Context, c: Constraint) -> str:
    """A requirement in words."""
    names = _names(ctx, c)
    season = season_words(c.season)
    if isinstance(c, Limit):
        return {"dead_storage": translate("Requirements",
                                          "reservoirs stay above their dead storage"),
                "min_release": translate("Requirements",
                                         "reservoirs release at least their minimum release"),
                "flood_curve": translate("Requirements",
                                         "reservoirs stay below their flood-control curve"),
                "link_capacity": translate("Requirements",
                                           "river links carry at most their capacity")}[c.limit]
    if isinstance(c, RuleCurve):
        return translate("Requirements", "{names} storage within its rule-curve band").format(
            names=names)
    if isinstance(c, OperatingMinimum):
        return translate("Requirements", "{names} storage at least its operating minimum "
                                         "{volume} Mm³").format(names=names,
                                                                volume=fig(c.min_mcm, "g"))
    if isinstance(c, ReleaseBounds):
        return translate("Requirements", "{names} release within its planned bounds").format(
            names=names)
    if isinstance(c, Ramping):
        limit = translate("Requirements", "{flow} m³/s").format(flow=fig(c.max_change_m3s, "g")) \
            if c.max_change_m3s is not None else \
            translate("Requirements", "{volume} Mm³").format(
                volume=fig(c.max_change_mcm or 0.0, "g"))
        return translate("Requirements", "{names} release changes by at most {limit} per period"
                         ).format(names=names, limit=limit)
    if isinstance(c, EndStorage):
        if c.at_least_start:
            return translate("Requirements", "{names} ends the horizon with at least its start "
                                             "storage").format(names=names)
        return translate("Requirements", "{names} ends the horizon with at least {volume} Mm³"
                         ).format(names=names, volume=fig(c.min_mcm or 0.0, "g"))
    if isinstance(c, DefaultCarryOver):
        return translate("Requirements", "{names} ends the horizon with at least its start "
                                         "storage {volume} Mm³ (default carry-over)").format(
            names=names, volume=fig(c.start_mcm, ".6g"))
    if isinstance(c, MinEnergy):
        who = names or (translate("Requirements", "plants of {country}").format(
            country=c.country) if c.country else translate("Requirements", "all plants"))
        text = translate("Requirements", "{plants} generate at least {energy} MWh in every "
                                         "period{season}") if c.per == "period" else \
            translate("Requirements", "{plants} generate at least {energy} MWh in total{season}")
        return text.format(plants=who, energy=fig(c.min_mwh, "g"), season=season)
    if isinstance(c, LakeInflowMin):
        return translate("Requirements", "{names} receives at least {volume} Mm³{season}").format(
            names=names, volume=fig(c.min_mcm, "g"), season=season)
    if isinstance(c, CountryLimit):
        text = {"vegetation": translate(
            "Requirements", "{country}'s withdrawals at most its vegetation-season (Apr–Sep) "
                            "ICWC limit (each water year's season separately)"),
                "non_vegetation": translate(
            "Requirements", "{country}'s withdrawals at most its non-vegetation-season (Oct–Mar) "
                            "ICWC limit (each water year's season separately)"),
                "all": translate(
            "Requirements", "{country}'s withdrawals at most its seasonal ICWC limit in every "
                            "season it has one (each water year's season separately)")}[c.season]
        return text.format(country=country_name(c.country))
    return c.label


def season_words(season: str) -> str:
    """' in winter' for a requirement or objective of one season ('' for all)."""
    if season == "winter":
        return translate("Requirements", " in winter")
    if season == "summer":
        return translate("Requirements", " in summer")
    return "" if season == "all" else f" in {season}"


def _soft_rows(lp: LinearProgram, rows: np.ndarray, sign: float, penalty: float,
               group: int, ub: float | np.ndarray = np.inf) -> np.ndarray:
    """Give each row a violation variable (cost ``penalty``): rows are "≥" (sign +1: add
    +u) or "≤" (sign −1: add −u). The variables are remembered under the row group."""
    u = lp.variables(len(rows), cost=penalty, ub=ub)
    lp.coef(rows, u, sign)
    lp.slacks.setdefault(group, []).append(u)
    return u


def _bound_req(lp: LinearProgram, var: np.ndarray, lower: bool, value: np.ndarray, hard: bool,
               penalty: float, group: int) -> None:
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


def bounds_mcm(ctx: Context, c: RuleCurve | ReleaseBounds
               ) -> tuple[np.ndarray | None, np.ndarray | None]:
    """The lower and upper bound per period in Mm³ (NaN: none that period)."""
    def flow(m3s: float | None) -> np.ndarray | None:
        if m3s is None:
            return None
        v = mcm_per_period(m3s, ctx.net.seconds)
        return np.where(ctx.season_mask(c.season), v, np.nan)

    def series(s: tuple[float, ...] | None) -> np.ndarray | None:
        return None if s is None else np.asarray(s, dtype=float)

    if isinstance(c, ReleaseBounds) and (c.min_m3s is not None or c.max_m3s is not None):
        return (series(c.min_mcm) if c.min_m3s is None else flow(c.min_m3s),
                series(c.max_mcm) if c.max_m3s is None else flow(c.max_m3s))
    return series(c.min_mcm), series(c.max_mcm)


def _end_storage_min(ctx: Context, c: EndStorage) -> float:
    i = ctx.net.node_index(c.reservoir)
    return float(ctx.net.initial_mcm[i]) if c.at_least_start else float(c.min_mcm or 0.0)


def add_requirements(ctx: Context, built: Built, elastic: bool = False,
                     limits_hard: bool = False) -> list[Requirement]:
    """Add every requirement to the LP; returns them as declared. With ``limits_hard`` the
    network's default (soft, heavily penalised) limits go in as hard bounds instead."""
    lp, idx, net = built.lp, built.idx, ctx.net
    out: list[Requirement] = []
    res = np.flatnonzero(net.kind == RESERVOIR)
    planned = {c.limit for c in ctx.spec.constraints if isinstance(c, Limit)}
    t = net.periods
    for c in all_requirements(ctx, built.scale):
        if elastic and not c.hard:
            continue  # a soft requirement cannot make a problem infeasible
        hard = (c.hard or (limits_hard and isinstance(c, Limit) and c.limit not in planned)) \
            and not elastic
        pen = 1.0 if elastic else c.penalty
        text = text_of(ctx, c)
        unit = c.unit
        out.append(Requirement(c.label, text, c.hard, c.penalty, unit, c))

        def grp(kind: str, node: str, words: str, sign: int, u: str = unit,
                req: str = c.label) -> int:
            return lp.group(kind, node, words, u, requirement=req, sign=sign)

        if isinstance(c, Limit):
            if c.limit == "link_capacity":
                for lk in range(net.n_links):
                    cap = net.link_cap_mcm[lk]
                    if not np.isfinite(cap).any() or net.kind[net.link_dst[lk]] == DEMAND:
                        continue
                    g = grp("link_capacity", net.link_ids[lk],
                            translate("Requirements", "flow on {link} at most its capacity")
                            .format(link=net.link_ids[lk]), 1)
                    _bound_req(lp, idx.X[lk], False, cap, hard, pen, g)
                continue
            for r in res:
                i = int(r)
                nid, name = net.node_ids[i], ctx.name[i]
                if c.limit == "dead_storage" and net.dead_mcm[i] > 0:
                    g = grp("dead_storage", nid, translate(
                        "Requirements", "{name} storage at least its dead storage {volume} Mm³")
                            .format(name=name, volume=fig(net.dead_mcm[i], ".6g")), -1)
                    _bound_req(lp, idx.S[i], True, dead_floor(ctx, built, i), hard, pen, g)
                elif c.limit == "min_release" and (net.min_release_mcm[i] > 0).any():
                    g = grp("min_release", nid, translate(
                        "Requirements", "{name} release at least its minimum").format(name=name),
                            -1)
                    _bound_req(lp, idx.R[i], True, net.min_release_mcm[i], hard, pen, g)
                elif c.limit == "flood_curve" and np.isfinite(net.flood_mcm[i]).any():
                    g = grp("flood_curve", nid, translate(
                        "Requirements", "{name} storage at most its flood-control curve").format(
                        name=name), 1)
                    _bound_req(lp, idx.S[i], False, net.flood_mcm[i], hard, pen, g)
            continue
        nodes = [net.node_index(n) for n in c.nodes]
        if isinstance(c, (RuleCurve, ReleaseBounds)):
            i = nodes[0]
            var = idx.S[i] if isinstance(c, RuleCurve) else idx.R[i]
            at_least, at_most = (
                translate("Requirements", "{name} storage at least its rule curve minimum"),
                translate("Requirements", "{name} storage at most its rule curve maximum")) \
                if isinstance(c, RuleCurve) else (
                translate("Requirements", "{name} release at least its release bounds minimum"),
                translate("Requirements", "{name} release at most its release bounds maximum"))
            lo, hi = bounds_mcm(ctx, c)
            if lo is not None:
                g = grp(c.kind + "_min", net.node_ids[i], at_least.format(name=ctx.name[i]), -1)
                _bound_req(lp, var, True, lo, hard, pen, g)
            if hi is not None:
                g = grp(c.kind + "_max", net.node_ids[i], at_most.format(name=ctx.name[i]), 1)
                _bound_req(lp, var, False, hi, hard, pen, g)
        elif isinstance(c, OperatingMinimum):
            i = nodes[0]
            g = grp("operating_minimum", net.node_ids[i], translate(
                "Requirements", "{name} storage at least its operating minimum {volume} Mm³")
                    .format(name=ctx.name[i], volume=fig(c.min_mcm, "g")), -1)
            _bound_req(lp, idx.S[i], True, np.full(t, float(c.min_mcm)), hard, pen, g)
        elif isinstance(c, Ramping):
            _ramping_rows(ctx, built, c, nodes[0], hard, pen, grp)
        elif isinstance(c, EndStorage):
            i = nodes[0]
            end_min = _end_storage_min(ctx, c)
            g = grp("end_storage", net.node_ids[i], translate(
                "Requirements", "{name} end storage at least {volume} Mm³").format(
                name=ctx.name[i], volume=fig(end_min, ".6g")), -1)
            _bound_req(lp, idx.S[i, -1:], True, np.array([end_min]), hard, pen, g)
        elif isinstance(c, DefaultCarryOver):
            i = nodes[0]
            g = grp("carry_over", net.node_ids[i], translate(
                "Requirements", "{name} end storage at least its start storage {volume} Mm³ "
                                "(default carry-over)").format(
                name=ctx.name[i], volume=fig(c.start_mcm, ".6g")), -1)
            row = lp.rows("ge", c.start_mcm, group=g, periods=np.array([t - 1]))
            lp.coef(row, idx.S[i, -1:], 1.0)
            # water the planner's own schedule already uses costs only a tie-break
            _soft_rows(lp, row, 1.0, c.tie_penalty, g, ub=max(c.start_mcm - c.floor_mcm, 0.0))
            _soft_rows(lp, row, 1.0, c.penalty, g)
        elif isinstance(c, MinEnergy):
            plants = ctx.select(c.nodes, RESERVOIR, c.country, plants_only=True)
            ror = ctx.ror.select(c.plants, c.country)
            per = np.flatnonzero(ctx.season_mask(c.season))
            who = [net.node_ids[p] for p in plants] + [ctx.ror.ids[p] for p in ror]
            g = grp("min_energy", ",".join(who) or "-", text, -1, "MWh")
            if c.per == "period":
                rows = lp.rows("ge", np.full(len(per), c.min_mwh), group=g, periods=per)
                for p in plants:
                    lp.coef(rows, idx.E[p, per], 1.0)
                for p in ror:
                    lp.coef(rows, idx.ER[p, per], 1.0)
            else:
                rows = lp.rows("ge", float(c.min_mwh), group=g, periods=np.array([-1]))
                cols = np.concatenate((idx.E[plants][:, per].reshape(-1),
                                       idx.ER[ror][:, per].reshape(-1)))
                lp.coef(np.repeat(rows, len(cols)), cols, 1.0)
            if not hard:
                _soft_rows(lp, rows, 1.0, pen, g)
        elif isinstance(c, CountryLimit):
            def span_group(words: str, label: str = c.label, code: str = c.country) -> int:
                return lp.group("country_limit", code, words, "Mm³", requirement=label,
                                sign=1)
            for row, g in add_country_limit_rows(ctx, lp, idx.X, c, span_group):
                if not hard:
                    _soft_rows(lp, row, -1.0, pen, g)
        elif isinstance(c, LakeInflowMin):
            k = nodes[0]
            mask = ctx.season_mask(c.season)
            cols, coefs, pers = idx.arrivals[k]
            keep = mask[pers]
            const = float(idx.const_arrivals[k][mask].sum())
            g = grp("lake_inflow", net.node_ids[k], text, -1)
            rows = lp.rows("ge", float(c.min_mcm) - const, group=g, periods=np.array([-1]))
            lp.coef(np.repeat(rows, keep.sum()), cols[keep], coefs[keep])
            if not hard:
                _soft_rows(lp, rows, 1.0, pen, g)
    return out


def ramp_factor(ctx: Context, c: Ramping) -> np.ndarray:
    """Per period, what one Mm³ of release is in the ramping limit's unit (m³/s of mean
    flow, or Mm³ for the older per-period form)."""
    if c.max_change_m3s is not None:
        return 1e6 / ctx.net.seconds
    return np.ones(ctx.periods)


def ramp_limit(c: Ramping) -> float:
    return float(c.max_change_m3s if c.max_change_m3s is not None else c.max_change_mcm or 0.0)


def dead_floor(ctx: Context, built: Built, i: int) -> np.ndarray:
    """The LP's lower bound on reservoir ``i``'s storage: its dead storage, or less where the
    simulation it is linearised around ends a period below it. Nothing is released below
    dead storage, but evaporation goes on: a reservoir left at dead storage in a dry season
    sinks below it in the simulator, and the LP must be allowed to follow."""
    dead = np.full(ctx.net.periods, ctx.net.dead_mcm[i])
    return np.minimum(dead, built.point_storage_mcm[i])


def _ramping_rows(ctx: Context, built: Built, c: Ramping, i: int, hard: bool, pen: float,
                  grp) -> None:  # type: ignore[no-untyped-def]
    lp, idx, net = built.lp, built.idx, ctx.net
    t = net.periods
    if t < 2:
        return
    f = ramp_factor(ctx, c)
    limit = ramp_limit(c)
    unit = "m³/s" if c.max_change_m3s is not None else "Mm³"
    per = np.arange(1, t)
    for sgn, text in ((1.0, translate("Requirements", "{name} release may rise by at most "
                                                      "{limit} {unit} per period")),
                      (-1.0, translate("Requirements", "{name} release may fall by at most "
                                                       "{limit} {unit} per period"))):
        g = grp("ramping", net.node_ids[i], text.format(
            name=ctx.name[i], limit=fig(limit, "g"), unit=unit_words(unit)), 1, unit)
        rows = lp.rows("le", np.full(t - 1, limit), group=g, periods=per)
        lp.coef(rows, idx.R[i, 1:], sgn * f[1:])
        lp.coef(rows, idx.R[i, :-1], -sgn * f[:-1])
        if not hard:
            _soft_rows(lp, rows, -1.0, pen, g)


RELEASED_MCM = 1e-9
"""A release above this counts as a release when judging the dead-storage limit."""


def violation(ctx: Context, res: Results, c: Constraint) -> float:
    """How far a simulation violates a requirement, summed over periods (Mm³, MWh, or for
    ramping in m³/s the sum of the excess changes)."""
    net = ctx.net
    resv = np.flatnonzero(net.kind == RESERVOIR)
    s = res.storage_mcm[0]
    r = res.release_mcm[0]
    pos = (lambda a: float(np.nansum(np.maximum(a, 0.0))))
    if isinstance(c, Limit):
        if c.limit == "dead_storage":     # evaporation alone may draw it lower
            return pos((net.dead_mcm[resv, None] - s[resv]) * (r[resv] > RELEASED_MCM))
        if c.limit == "min_release":
            return pos(net.min_release_mcm[resv] - r[resv])
        if c.limit == "flood_curve":
            f = net.flood_mcm[resv]
            return pos(np.where(np.isfinite(f), s[resv] - f, 0.0))
        ex = res.link_excess_mcm[0]
        river = [lk for lk in range(net.n_links) if net.kind[net.link_dst[lk]] != DEMAND]
        return float(ex[river].sum()) if river else 0.0
    nodes = [net.node_index(n) for n in c.nodes]
    if isinstance(c, (RuleCurve, ReleaseBounds)):
        v = s[nodes[0]] if isinstance(c, RuleCurve) else r[nodes[0]]
        out = 0.0
        lo, hi = bounds_mcm(ctx, c)
        if lo is not None:
            out += pos(np.where(np.isfinite(lo), lo - v, 0.0))
        if hi is not None:
            out += pos(np.where(np.isfinite(hi), v - hi, 0.0))
        return out
    if isinstance(c, OperatingMinimum):
        return pos(float(c.min_mcm) - s[nodes[0]])
    if isinstance(c, Ramping):
        flow = np.asarray(r[nodes[0]]) * ramp_factor(ctx, c)
        return pos(np.abs(np.diff(flow)) - ramp_limit(c))
    if isinstance(c, EndStorage):
        return pos(np.array([_end_storage_min(ctx, c) - s[nodes[0], -1]]))
    if isinstance(c, DefaultCarryOver):
        return pos(np.array([c.start_mcm - s[nodes[0], -1]]))
    if isinstance(c, CountryLimit):
        return country_limit_violation(ctx, res, c)
    if isinstance(c, MinEnergy):
        plants = ctx.select(c.nodes, RESERVOIR, c.country, plants_only=True)
        mask = ctx.season_mask(c.season)
        e = res.energy_mwh[0][plants][:, mask].sum(axis=0)
        ror = ctx.ror.select(c.plants, c.country)
        if len(ror):
            e = e + np.asarray(res.run_of_river_energy_mwh[0])[ror][:, mask].sum(axis=0)
        if c.per == "period":
            return pos(float(c.min_mwh) - e)
        return pos(np.array([float(c.min_mwh) - e.sum()]))
    if isinstance(c, LakeInflowMin):
        mask = ctx.season_mask(c.season)
        return pos(np.array([float(c.min_mcm) - res.inflow_mcm[0][nodes[0]][mask].sum()]))
    return 0.0


def cost_of(c: Constraint, v: float, tol: float = 0.0) -> tuple[float, float]:
    """The penalty of a soft requirement violated by ``v``: (the part worth showing, the
    whole). The default carry-over costs only its tie-break down to what the planner's
    schedule leaves, which is not shown as a penalty; below that, less than ``tol`` is
    round-off."""
    if isinstance(c, DefaultCarryOver):
        low = min(v, max(c.start_mcm - c.floor_mcm, 0.0))
        high = v - low if v - low > tol else 0.0
        return c.penalty * high, c.tie_penalty * low + c.penalty * high
    return c.penalty * v, c.penalty * v


VIOLATION_TOL_REL = 1e-7
"""Relative round-off below which a simulated requirement counts as met (see
:func:`violation_tolerance`)."""


def violation_tolerance(ctx: Context, c: Constraint) -> float:
    """The largest violation that is round-off, not a broken requirement: the solver
    tolerance on volumes (``tolerance_mcm``, at least a ten-millionth of the largest
    storage), a ten-millionth of the energy asked (at least 1 kWh), or 1e-6 m³/s of flow."""
    net = ctx.net
    if isinstance(c, MinEnergy):
        return max(VIOLATION_TOL_REL * float(c.min_mwh), 1e-3)
    if isinstance(c, Ramping) and c.max_change_m3s is not None:
        return 1e-6 * max(ctx.periods, 1)
    big = float(np.max(net.capacity_mcm[np.isfinite(net.capacity_mcm)], initial=1.0))
    big = max(big, float(np.max(net.initial_mcm, initial=1.0)))
    return max(ctx.spec.tolerance_mcm, VIOLATION_TOL_REL * big)
