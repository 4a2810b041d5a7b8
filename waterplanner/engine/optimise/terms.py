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
from waterplanner.engine.optimise.problem import EPSILON, Built
from waterplanner.engine.results import Results
from waterplanner.model.objectives import Objective

DESCRIPTIONS = {
    "shortfall": "irrigation shortfall",
    "min_flow_deficit": "minimum-flow deficit",
    "lake_inflow": "terminal-lake inflow",
    "energy": "hydropower energy",
    "carryover": "carry-over storage deficit",
    "spill": "spill",
    "release_value": "value of releases",
}


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
    if o.kind == "lake_inflow" and o.target_mcm is not None:
        what = f"terminal-lake inflow deficit below {o.target_mcm:g} Mm³"
    if o.kind == "shortfall" and o.by_priority:
        what += " (priority-weighted)"
    if o.nodes:
        what += " at " + ", ".join(o.nodes)
    if o.country:
        what += f" in {o.country}"
    if o.season != "all":
        what += f", {o.season}"
    return what


def sense_of(o: Objective) -> str:
    if o.kind == "lake_inflow" and o.target_mcm is None:
        return "max"
    return o.sense


def _demand_factor(ctx: Context, o: Objective, d: np.ndarray) -> np.ndarray:
    if o.kind == "shortfall" and o.by_priority:
        return 1.0 / np.maximum(ctx.priority[d], 1)
    return np.ones(len(d))


def _nodes(ctx: Context, o: Objective) -> np.ndarray:
    code = {"shortfall": DEMAND, "min_flow_deficit": MIN_FLOW, "lake_inflow": LAKE,
            "energy": RESERVOIR, "carryover": RESERVOIR, "spill": RESERVOIR,
            "release_value": RESERVOIR}[o.kind]
    return ctx.select(o.nodes, code, o.country, plants_only=o.kind == "energy")


def expression(ctx: Context, built: Built, o: Objective) -> Expr:
    """The term's natural value as a linear expression (adding a deficit variable and row
    for the target-type terms)."""
    idx, lp = built.idx, built.lp
    mask = ctx.season_mask(o.season)
    per = np.flatnonzero(mask)
    nodes = _nodes(ctx, o)
    if o.kind in ("shortfall", "min_flow_deficit"):
        var = idx.SF if o.kind == "shortfall" else idx.MF
        f = _demand_factor(ctx, o, nodes)
        cols = var[nodes][:, per]
        return Expr(cols.reshape(-1), np.repeat(f, len(per)))
    if o.kind == "energy":
        if not built.energy:
            raise RuntimeError("energy variables were not built")
        return Expr(idx.E[nodes][:, per].reshape(-1), np.ones(len(nodes) * len(per)))
    if o.kind == "spill":
        return Expr(idx.P[nodes].reshape(-1), np.ones(idx.P[nodes].size))
    if o.kind == "release_value":
        v = np.nan_to_num(np.asarray(o.value_per_mcm, dtype=float))
        return Expr(idx.R[nodes[0]], v.copy())
    if o.kind == "lake_inflow":
        lake = nodes[0]
        cols, coefs, pers = idx.arrivals[lake]
        keep = mask[pers]
        const = float(idx.const_arrivals[lake][mask].sum())
        inflow = Expr(cols[keep], coefs[keep], const)
        if o.target_mcm is None:
            return inflow
        z = lp.variables(1, cost=EPSILON * built.scale)
        g = lp.group("lake_target", ctx.net.node_ids[lake],
                     f"inflow to {ctx.name[lake]} against its target {o.target_mcm:g} Mm³")
        row = lp.rows("ge", o.target_mcm - const, group=g, periods=np.array([-1]))
        lp.coef(np.repeat(row, len(inflow.cols) + 1), np.concatenate((z, inflow.cols)),
                np.concatenate(([1.0], inflow.coefs)))
        return Expr(z, np.ones(1))
    if o.kind == "carryover":
        r = nodes[0]
        z = lp.variables(1, cost=EPSILON * built.scale)
        g = lp.group("carryover_target", ctx.net.node_ids[r],
                     f"{ctx.name[r]} end storage against its target {o.target_mcm:g} Mm³")
        row = lp.rows("ge", float(o.target_mcm or 0.0), group=g, periods=np.array([-1]))
        lp.coef(np.repeat(row, 2), np.array([z[0], idx.S[r, -1]]), np.array([1.0, 1.0]))
        return Expr(z, np.ones(1))
    raise ValueError(o.kind)


def simulated_value(ctx: Context, res: Results, o: Objective) -> float:
    """The term's natural value measured on a simulation (member 0)."""
    mask = ctx.season_mask(o.season)
    nodes = _nodes(ctx, o)
    if o.kind == "shortfall":
        f = _demand_factor(ctx, o, nodes)
        return float((res.shortfall_mcm[0][nodes][:, mask].sum(axis=1) * f).sum())
    if o.kind == "min_flow_deficit":
        return float(res.min_flow_deficit_mcm[0][nodes][:, mask].sum())
    if o.kind == "energy":
        return float(res.energy_mwh[0][nodes][:, mask].sum())
    if o.kind == "spill":
        return float(res.spill_mcm[0][nodes].sum())
    if o.kind == "release_value":
        v = np.nan_to_num(np.asarray(o.value_per_mcm, dtype=float))
        return float(np.dot(v, res.release_mcm[0][nodes[0]]))
    if o.kind == "lake_inflow":
        inflow = float(res.inflow_mcm[0][nodes[0]][mask].sum())
        return inflow if o.target_mcm is None else max(o.target_mcm - inflow, 0.0)
    if o.kind == "carryover":
        return max(float(o.target_mcm or 0.0) - float(res.storage_mcm[0][nodes[0], -1]), 0.0)
    raise ValueError(o.kind)


def signed_weight(o: Objective) -> float:
    """The coefficient of the term's natural value in the minimised objective."""
    return o.weight * (-1.0 if sense_of(o) == "max" else 1.0)


def needs_energy(ctx: Context) -> bool:
    """Whether any objective or requirement involves energy (then E and Q are built)."""
    return any(o.kind == "energy" for o in ctx.spec.objectives) or \
        any(c.kind == "min_energy" for c in ctx.spec.constraints)
