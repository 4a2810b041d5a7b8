"""Binding constraints and their shadow prices, in words.

HiGHS returns a dual value (marginal) for every row and every variable bound: how much the
minimised objective changes per unit increase of the right-hand side. A requirement *binds*
when its dual is not zero; relaxing it by one unit (one Mm³ more room, one MWh less
required) would improve the objective by the dual's size. The dual of a reservoir's water
balance is the *water value*: what one more Mm³ in that reservoir in that period is worth.

Duals are those of the last linear programme, so with successive LP they are the duals of
the linearisation at the optimum.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from waterplanner.engine.compiled import LAKE, RESERVOIR
from waterplanner.engine.optimise.context import Context
from waterplanner.engine.optimise.lp import LPSolution
from waterplanner.engine.optimise.problem import Built
from waterplanner.i18n import translate
from waterplanner.i18n.figures import counted, fig
from waterplanner.i18n.units import unit as unit_words

DUAL_TOL = 1e-3
"""Duals smaller than this (relative to the objective scale) count as zero: they come from
the tie-breaks and the regularisation (at most 1e-4 of the scale), not from the planner's
objective, and a shadow price of a thousandth of the value of a Mm³ means nothing to act
on."""
ACTIVE_TOL_REL = 1e-7
"""A requirement whose value is within this share of its bound (plus 1e-9) sits at it."""

_SKIP = {"routing", "return", "drainage", "shortfall_def", "min_flow_def", "energy_def", "sharing",
         "turbine_release", "lake_target", "carryover_target", "schedule", "intake", "crest",
         "regularisation", "intake_rule", "fair_def"}
"""Rows that define quantities rather than restrict the schedule."""


@dataclass(frozen=True)
class Binding:
    """One requirement that binds, over the periods where it binds.

    ``shadow_price`` is the largest improvement of the objective per unit of relaxation
    over those periods, in objective units ``unit`` ("per Mm³", "per MWh"); ``prices``
    gives it per period.
    """

    kind: str
    node_id: str
    requirement: str
    periods: tuple[str, ...]
    prices: tuple[float, ...]
    shadow_price: float
    unit: str
    text: str


def _collect(ctx: Context, built: Built, sol: LPSolution, scale: float
             ) -> dict[int, list[tuple[int, float]]]:
    """group → [(period, improvement per unit of relaxation)]"""
    tol = DUAL_TOL * scale
    lp = built.lp
    out: dict[int, list[tuple[int, float]]] = {}

    def add(groups: np.ndarray, periods: np.ndarray, duals: np.ndarray, flip: float) -> None:
        hit = np.flatnonzero((np.abs(duals) > tol) & (groups >= 0))
        for j in hit:
            # relaxing = raising the rhs of a stored "≤" row: the objective changes by dual
            # (≤ 0 at an optimum), an improvement of −dual
            imp = -float(duals[j]) * flip
            out.setdefault(int(groups[j]), []).append((int(periods[j]), imp))

    add(sol.ineq_group, sol.ineq_period, sol.ineq_dual, 1.0)
    # equalities: report the value of one more unit of water (rhs +1)
    add(sol.eq_group, sol.eq_period, sol.eq_dual, 1.0)
    per = lp.var_period
    up = np.flatnonzero(np.abs(sol.upper_dual) > tol)
    if len(up):
        g = np.array([lp.bound_group(int(v), True) for v in up])
        add(g, per[up], sol.upper_dual[up], 1.0)
    low = np.flatnonzero(np.abs(sol.lower_dual) > tol)
    if len(low):
        g = np.array([lp.bound_group(int(v), False) for v in low])
        # relaxing a lower bound means lowering it: the objective changes by −dual
        add(g, per[low], sol.lower_dual[low], -1.0)
    return out


def _active(ctx: Context, built: Built, sol: LPSolution) -> dict[int, list[int]]:
    """group → periods where a planner-facing requirement sits exactly at its bound
    (whatever its dual: a degenerate optimum can give a requirement at its bound a zero
    shadow price). Soft requirements that are violated are penalties, not listed here."""
    lp = built.lp
    out: dict[int, list[int]] = {}

    def wanted(gid: int) -> bool:
        if gid < 0:
            return False
        g = lp.groups[gid]
        if not g.requirement or g.kind in _SKIP or g.kind == "balance":
            return False
        parts = lp.slacks.get(gid)
        return not parts or float(sum(sol.x[u].sum() for u in parts)) <= 1e-9

    if len(sol.ineq_slack):
        tol = ACTIVE_TOL_REL * (1.0 + np.abs(sol.ineq_rhs)) + 1e-9
        for j in np.flatnonzero(np.abs(sol.ineq_slack) <= tol):
            gid = int(sol.ineq_group[j])
            if wanted(gid):
                out.setdefault(gid, []).append(int(sol.ineq_period[j]))
    per = lp.var_period
    for upper, limit in ((True, lp.upper), (False, lp.lower)):
        for v, gid in lp.bound_groups(upper).items():
            b = limit[v]
            if np.isfinite(b) and abs(sol.x[v] - b) <= ACTIVE_TOL_REL * (1.0 + abs(b)) + 1e-9 \
                    and wanted(gid):
                out.setdefault(gid, []).append(int(per[v]))
    return out


def binding_constraints(ctx: Context, built: Built, sol: LPSolution, scale: float,
                        objective_unit: str, limit: int = 25) -> list[Binding]:
    """The binding requirements, largest shadow price first, each with a sentence; then
    the requirements that sit exactly at their bound with a zero shadow price."""
    found = _collect(ctx, built, sol, scale)
    items: list[Binding] = []
    for gid, hits in found.items():
        g = built.lp.groups[gid]
        if g.kind in _SKIP:
            continue
        hits.sort()
        prices = tuple(p for _, p in hits)
        labels = tuple(ctx.labels[t] if t >= 0 else _whole_horizon() for t, _ in hits)
        best = max(range(len(prices)), key=lambda k: abs(prices[k]))
        if g.kind == "balance":
            if ctx.net.kind[ctx.net.node_index(g.node)] not in (RESERVOIR, LAKE):
                continue  # water values at reservoirs and lakes are the ones to act on
            text = translate("Explain", "Water value: one more Mm³ at {node} in {period} would "
                                        "improve the objective by {price} {unit}").format(
                node=_node_name(ctx, g.node), period=labels[best],
                price=fig(prices[best], ".4g"), unit=objective_unit)
            if len(labels) > 1:
                text += translate("Explain", " (non-zero in {periods})").format(
                    periods=counted("Explain", "%n periods", len(labels), "%n periods"))
        else:
            relax = translate("Explain", "one {unit} less required") if g.sign < 0 else \
                translate("Explain", "one {unit} more room")
            text = translate("Explain", "{requirement} binds {when}: {relax} in {period} would "
                                        "improve the objective by {price} {unit}").format(
                requirement=_capital(g.text), when=_periods_words(labels),
                relax=relax.format(unit=unit_words(g.unit)), period=labels[best],
                price=fig(abs(prices[best]), ".4g"), unit=objective_unit)
        items.append(Binding(kind=g.kind, node_id=g.node, requirement=g.requirement,
                             periods=labels, prices=prices, shadow_price=prices[best],
                             unit=_per(g.unit), text=text))
    items.sort(key=lambda b: -abs(b.shadow_price))
    priced = {(b.kind, b.node_id, b.requirement) for b in items}
    at_bound: list[Binding] = []
    for gid, periods in _active(ctx, built, sol).items():
        g = built.lp.groups[gid]
        if (g.kind, g.node, g.requirement) in priced or gid in found:
            continue
        labels = tuple(ctx.labels[t] if t >= 0 else _whole_horizon() for t in sorted(periods))
        text = translate("Explain", "{requirement} binds {when}: it sits exactly at its bound (no "
                                    "shadow price: relaxing it alone would not improve the "
                                    "objective measurably)").format(
            requirement=_capital(g.text), when=_periods_words(labels))
        at_bound.append(Binding(kind=g.kind, node_id=g.node, requirement=g.requirement,
                                periods=labels, prices=tuple(0.0 for _ in labels),
                                shadow_price=0.0, unit=_per(g.unit), text=text))
    return (items + at_bound)[:limit]


def _node_name(ctx: Context, node_id: str) -> str:
    try:
        return ctx.name[ctx.net.node_index(node_id)]
    except ValueError:
        return node_id


def _whole_horizon() -> str:
    return translate("Explain", "whole horizon")


def _capital(text: str) -> str:
    return text[0].upper() + text[1:]


def _per(unit: str) -> str:
    """'per Mm³': the unit of a shadow price's relaxation."""
    return translate("Explain", "per {unit}").format(unit=unit_words(unit))


def _periods_words(labels: tuple[str, ...]) -> str:
    if len(labels) <= 4:
        return translate("Explain", "in {periods}").format(periods=", ".join(labels))
    return translate("Explain", "in {periods} ({first} … {last})").format(
        periods=counted("Explain", "%n periods", len(labels), "%n periods"), first=labels[0],
        last=labels[-1])


def _counted_texts() -> None:
    """Counted texts, marked for the catalogues (never called; see waterplanner.i18n)."""
    translate("Explain", "%n periods", None, 1)
