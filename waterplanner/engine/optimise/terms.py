"""Objective terms: each as a linear expression in the LP, and measured on a simulation.

Every term has a *natural value* in its own unit (Mm³ of shortfall, MWh of energy, value of
release) and a sense. The combined objective, always minimised, is

    J = Σ weight × (+value for "min" terms, −value for "max" terms) + Σ soft penalties.

The same definitions are evaluated on the simulator's results, so "objective before → after"
is what the simulator says of the input and of the optimised schedule.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from waterplanner.engine.compiled import DEMAND, LAKE, MIN_FLOW, RESERVOIR
from waterplanner.engine.optimise.context import Context
from waterplanner.engine.optimise.plants import simulated_energy
from waterplanner.engine.optimise.problem import (
    EPSILON,
    FAIR_BASE_TOL,
    Built,
    fair_bases,
    fair_entitlements,
)
from waterplanner.engine.results import Results
from waterplanner.i18n import QT_TRANSLATE_NOOP, LabelTable, translate
from waterplanner.i18n.figures import fig
from waterplanner.model.objectives import (
    CarryOverTarget,
    Energy,
    FairShortfall,
    LakeInflow,
    MinEnergy,
    MinFlowDeficit,
    Objective,
    ReleaseValue,
    Shortfall,
    Spill,
)

DESCRIPTIONS: LabelTable[str] = LabelTable("Objectives", {
    "shortfall": QT_TRANSLATE_NOOP("Objectives", "irrigation shortfall"),
    "min_flow_deficit": QT_TRANSLATE_NOOP("Objectives", "minimum-flow deficit"),
    "lake_inflow": QT_TRANSLATE_NOOP("Objectives", "terminal-lake inflow"),
    "energy": QT_TRANSLATE_NOOP("Objectives", "hydropower energy"),
    "carryover": QT_TRANSLATE_NOOP("Objectives", "carry-over storage deficit"),
    "spill": QT_TRANSLATE_NOOP("Objectives", "spill"),
    "release_value": QT_TRANSLATE_NOOP("Objectives", "value of releases"),
    "fair_shortfall": QT_TRANSLATE_NOOP("Objectives", "largest shortage share (fair sharing)"),
})
"""Each objective kind in words, in the planner's language when read."""


@dataclass(frozen=True)
class Expr:
    """Σ coefs·x[cols] + const."""

    cols: np.ndarray
    coefs: np.ndarray
    const: float = 0.0

    def value(self, x: np.ndarray) -> float:
        return float(np.dot(self.coefs, x[self.cols]) + self.const) if len(self.cols) \
            else self.const


def describe(o: Objective) -> str:
    """Plain words for a term: 'irrigation shortfall (priority-weighted) of hungry_steppe'."""
    what = DESCRIPTIONS[o.kind]
    if isinstance(o, LakeInflow) and o.target_mcm is not None:
        what = translate("Objectives", "terminal-lake inflow deficit below {volume} Mm³").format(
            volume=fig(o.target_mcm, "g"))
    if isinstance(o, Shortfall) and o.by_priority:
        what += translate("Objectives", " (priority-weighted)")
    if o.nodes:
        what += translate("Objectives", " at {nodes}").format(nodes=", ".join(o.nodes))
    if o.country:
        what += translate("Objectives", " in {country}").format(country=o.country)
    if o.season == "winter":
        what += translate("Objectives", ", winter")
    elif o.season == "summer":
        what += translate("Objectives", ", summer")
    elif o.season != "all":
        what += f", {o.season}"
    return what


def sense_of(o: Objective) -> str:
    return o.sense


def _demand_factor(ctx: Context, o: Objective, d: np.ndarray) -> np.ndarray:
    """Each demand's weight in a shortfall term: 1 / priority when by priority, times its
    share for the term's country (a demand shared among countries counts by its share)."""
    f = np.ones(len(d))
    if isinstance(o, Shortfall) and o.by_priority:
        f = 1.0 / np.maximum(ctx.priority[d], 1)
    return f * np.array([ctx.share(int(i), o.country) for i in d])


_NODE_KIND = {"shortfall": DEMAND, "min_flow_deficit": MIN_FLOW, "lake_inflow": LAKE,
              "energy": RESERVOIR, "carryover": RESERVOIR, "spill": RESERVOIR,
              "release_value": RESERVOIR, "fair_shortfall": DEMAND}


def _nodes(ctx: Context, o: Objective) -> np.ndarray:
    if isinstance(o, Shortfall):  # a country's demands by their shares, not by node.country
        d = ctx.select(o.nodes, DEMAND)
        return d[np.array([ctx.share(int(i), o.country) > 0 for i in d], dtype=bool)] \
            if len(d) else d
    return ctx.select(o.nodes, _NODE_KIND[o.kind], o.country,
                      plants_only=isinstance(o, Energy))


def _fair_parts(ctx: Context, o: FairShortfall) -> tuple[np.ndarray, np.ndarray, np.ndarray,
                                                         np.ndarray, np.ndarray]:
    """The demands, the season's periods, bases and entitlements [D, P] there, and where a
    share is defined (base above round-off) [D, P]."""
    dem = _nodes(ctx, o)
    per = np.flatnonzero(ctx.season_mask(o.season))
    base = fair_bases(ctx, dem)[:, per]
    ent = fair_entitlements(ctx, dem)[:, per]
    ok = base > FAIR_BASE_TOL * max(float(base.max(initial=0.0)), 1e-12)
    return dem, per, base, ent, ok


def _fair_expression(ctx: Context, built: Built, o: FairShortfall) -> Expr:
    """One variable per period of the season, at least every selected demand's shortage
    share: (what it may receive − what arrives) / base ≤ M[t]."""
    lp, idx = built.lp, built.idx
    dem, per, base, ent, ok = _fair_parts(ctx, o)
    if len(per) == 0:
        return Expr(np.zeros(0, dtype=np.int64), np.zeros(0))
    m = lp.variables(len(per), cost=EPSILON * built.scale, periods=per)
    pos = np.full(ctx.periods, -1, dtype=np.int64)
    pos[per] = np.arange(len(per))
    for j, d in enumerate(dem):
        good = np.flatnonzero(ok[j])
        if len(good) == 0:
            continue
        ts = per[good]
        g = lp.group("fair_def", ctx.net.node_ids[d], translate(
            "Requirements", "shortage share of {name}").format(name=ctx.name[d]))
        rows = lp.rows("ge", ent[j, good] - idx.const_arrivals[d, ts], group=g, periods=ts)
        lp.coef(rows, m[good], base[j, good])
        cols, coefs, pers = idx.arrivals[int(d)]
        where = np.full(ctx.periods, -1, dtype=np.int64)
        where[ts] = np.arange(len(ts))
        keep = where[pers] >= 0
        lp.coef(rows[where[pers[keep]]], cols[keep], coefs[keep])
    return Expr(m, np.full(len(per), 100.0 / len(per)))


def fair_value(ctx: Context, res: Results, o: FairShortfall) -> float:
    """The fair-sharing term measured on a simulation (member 0): the mean over the
    season's periods of the largest shortage share, in %."""
    dem, per, base, ent, ok = _fair_parts(ctx, o)
    if len(per) == 0:
        return 0.0
    got = np.asarray(res.delivery_mcm[0])[dem][:, per]
    share = np.where(ok, np.maximum(ent - got, 0.0) / np.where(ok, base, 1.0), 0.0)
    worst = share.max(axis=0) if len(dem) else np.zeros(len(per))
    return float(100.0 * worst.mean())


def expression(ctx: Context, built: Built, o: Objective) -> Expr:
    """The term's natural value as a linear expression (adding a deficit variable and row
    for the target-type terms)."""
    idx, lp = built.idx, built.lp
    mask = ctx.season_mask(o.season)
    per = np.flatnonzero(mask)
    nodes = _nodes(ctx, o)
    if isinstance(o, (Shortfall, MinFlowDeficit)):
        var = idx.SF if isinstance(o, Shortfall) else idx.MF
        f = _demand_factor(ctx, o, nodes)
        cols = var[nodes][:, per]
        return Expr(cols.reshape(-1), np.repeat(f, len(per)))
    if isinstance(o, Energy):
        if not built.energy:
            raise RuntimeError("energy variables were not built")
        ror = ctx.ror.select(o.plants, o.country)
        cols = np.concatenate((idx.E[nodes][:, per].reshape(-1),
                               idx.ER[ror][:, per].reshape(-1)))
        return Expr(cols, np.ones(len(cols)))
    if isinstance(o, FairShortfall):
        return _fair_expression(ctx, built, o)
    if isinstance(o, Spill):
        return Expr(idx.P[nodes].reshape(-1), np.ones(idx.P[nodes].size))
    if isinstance(o, ReleaseValue):
        v = np.nan_to_num(np.asarray(o.value_per_mcm, dtype=float))
        return Expr(idx.R[nodes[0]], v.copy())
    if isinstance(o, LakeInflow):
        lake = nodes[0]
        cols, coefs, pers = idx.arrivals[lake]
        keep = mask[pers]
        const = float(idx.const_arrivals[lake][mask].sum())
        inflow = Expr(cols[keep], coefs[keep], const)
        if o.target_mcm is None:
            return inflow
        z = lp.variables(1, cost=EPSILON * built.scale)
        g = lp.group("lake_target", ctx.net.node_ids[lake], translate(
            "Requirements", "inflow to {name} against its target {volume} Mm³").format(
            name=ctx.name[lake], volume=fig(o.target_mcm, "g")))
        row = lp.rows("ge", o.target_mcm - const, group=g, periods=np.array([-1]))
        lp.coef(np.repeat(row, len(inflow.cols) + 1), np.concatenate((z, inflow.cols)),
                np.concatenate(([1.0], inflow.coefs)))
        return Expr(z, np.ones(1))
    if isinstance(o, CarryOverTarget):
        r = nodes[0]
        z = lp.variables(1, cost=EPSILON * built.scale)
        g = lp.group("carryover_target", ctx.net.node_ids[r], translate(
            "Requirements", "{name} end storage against its target {volume} Mm³").format(
            name=ctx.name[r], volume=fig(o.target_mcm, "g")))
        row = lp.rows("ge", float(o.target_mcm), group=g, periods=np.array([-1]))
        lp.coef(np.repeat(row, 2), np.array([z[0], idx.S[r, -1]]), np.array([1.0, 1.0]))
        return Expr(z, np.ones(1))
    raise ValueError(o.kind)


def simulated_value(ctx: Context, res: Results, o: Objective) -> float:
    """The term's natural value measured on a simulation (member 0)."""
    mask = ctx.season_mask(o.season)
    nodes = _nodes(ctx, o)
    if isinstance(o, Shortfall):
        f = _demand_factor(ctx, o, nodes)
        return float((res.shortfall_mcm[0][nodes][:, mask].sum(axis=1) * f).sum())
    if isinstance(o, MinFlowDeficit):
        return float(res.min_flow_deficit_mcm[0][nodes][:, mask].sum())
    if isinstance(o, Energy):
        return float(res.energy_mwh[0][nodes][:, mask].sum()) + \
            simulated_energy(res, ctx.ror.select(o.plants, o.country), mask)
    if isinstance(o, FairShortfall):
        return fair_value(ctx, res, o)
    if isinstance(o, Spill):
        return float(res.spill_mcm[0][nodes].sum())
    if isinstance(o, ReleaseValue):
        v = np.nan_to_num(np.asarray(o.value_per_mcm, dtype=float))
        return float(np.dot(v, res.release_mcm[0][nodes[0]]))
    if isinstance(o, LakeInflow):
        inflow = float(res.inflow_mcm[0][nodes[0]][mask].sum())
        return inflow if o.target_mcm is None else max(o.target_mcm - inflow, 0.0)
    if isinstance(o, CarryOverTarget):
        return max(float(o.target_mcm) - float(res.storage_mcm[0][nodes[0], -1]), 0.0)
    raise ValueError(o.kind)


def signed_weight(o: Objective) -> float:
    """The coefficient of the term's natural value in the minimised objective."""
    return o.weight * (-1.0 if sense_of(o) == "max" else 1.0)


def needs_energy(ctx: Context) -> bool:
    """Whether any objective or requirement involves energy (then E and Q are built)."""
    return any(isinstance(o, Energy) for o in ctx.spec.objectives) or \
        any(isinstance(c, MinEnergy) for c in ctx.spec.constraints)
