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

DUAL_TOL = 1e-7
"""Duals smaller than this (relative to the objective scale) count as zero."""

_SKIP = {"routing", "return", "shortfall_def", "min_flow_def", "energy_def", "sharing",
         "turbine_release", "lake_target", "carryover_target", "schedule", "intake", "crest"}
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


def binding_constraints(ctx: Context, built: Built, sol: LPSolution, scale: float,
                        objective_unit: str, limit: int = 25) -> list[Binding]:
    """The binding requirements, largest shadow price first, each with a sentence."""
    found = _collect(ctx, built, sol, scale)
    items: list[Binding] = []
    for gid, hits in found.items():
        g = built.lp.groups[gid]
        if g.kind in _SKIP:
            continue
        hits.sort()
        prices = tuple(p for _, p in hits)
        labels = tuple(ctx.labels[t] if t >= 0 else "whole horizon" for t, _ in hits)
        best = max(range(len(prices)), key=lambda k: abs(prices[k]))
        if g.kind == "balance":
            if ctx.net.kind[ctx.net.node_index(g.node)] not in (RESERVOIR, LAKE):
                continue  # water values at reservoirs and lakes are the ones to act on
            text = (f"Water value: one more Mm³ at {_node_name(ctx, g.node)} in "
                    f"{labels[best]} would improve the objective by {prices[best]:.4g} "
                    f"{objective_unit}"
                    + (f" (non-zero in {len(labels)} periods)" if len(labels) > 1 else ""))
        else:
            when = _periods_words(labels)
            unit1 = "one MWh" if g.unit == "MWh" else "one Mm³"
            relax = f"{unit1} less required" if g.sign < 0 else f"{unit1} more room"
            text = (f"{g.text[0].upper()}{g.text[1:]} binds {when}: {relax} in "
                    f"{labels[best]} would improve the objective by {abs(prices[best]):.4g} "
                    f"{objective_unit}")
        items.append(Binding(kind=g.kind, node_id=g.node, requirement=g.requirement,
                             periods=labels, prices=prices, shadow_price=prices[best],
                             unit=f"per {g.unit}", text=text))
    items.sort(key=lambda b: -abs(b.shadow_price))
    return items[:limit]


def _node_name(ctx: Context, node_id: str) -> str:
    try:
        return ctx.name[ctx.net.node_index(node_id)]
    except ValueError:
        return node_id


def _periods_words(labels: tuple[str, ...]) -> str:
    if len(labels) == 1:
        return f"in {labels[0]}"
    if len(labels) <= 4:
        return "in " + ", ".join(labels)
    return f"in {len(labels)} periods ({labels[0]} … {labels[-1]})"
