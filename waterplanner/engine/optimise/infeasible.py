"""Naming the requirements that cannot all hold.

When HiGHS reports an infeasible problem, the same LP is rebuilt *elastic*: every hard
requirement may be violated at a cost of one per unit, nothing else costs anything, and the
soft requirements are left out (they cannot make a problem infeasible). The LP is built
without a trust region, so that only the planner's requirements and the physics can
conflict. Its solution is the smallest set of violations that makes the problem solvable;
the requirements violated there are the ones that give way, and the other requirements that
bind in it (non-zero duals) are what they conflict with. Both are reported in words.
"""

from __future__ import annotations

import numpy as np

from waterplanner.engine.optimise.context import Context
from waterplanner.engine.optimise.errors import InfeasibleError
from waterplanner.engine.optimise.greedy import Cell
from waterplanner.engine.optimise.problem import Point
from waterplanner.engine.optimise.solve import build_full, solve_with_rule
from waterplanner.i18n import translate
from waterplanner.i18n.figures import fig
from waterplanner.i18n.units import unit as unit_words
from waterplanner.model.objectives import Objective


def diagnose(ctx: Context, point: Point, objectives: tuple[Objective, ...], scale: float,
             cells: frozenset[Cell] = frozenset()) -> InfeasibleError:
    """An :class:`InfeasibleError` whose message names the conflicting requirements; with
    ``cells``, under the simulator's intake rule at those (intake point, period) cells (the
    problem may be solvable only when water is let past an intake)."""
    point = Point(point.storage_mcm, point.turbine_mcm, None)
    built, _, _ = build_full(ctx, point, objectives, scale, elastic=True)
    sol = solve_with_rule(ctx, built, set(cells), {}) if cells else built.lp.solve()
    lp = built.lp
    head = (translate("Infeasible", "No schedule meets every hard requirement with inflow set "
                                    "'{name}' when each intake takes what reaches it before "
                                    "water passes on (the simulator's rule).") if cells else
            translate("Infeasible", "No schedule meets every hard requirement with inflow set "
                                    "'{name}'.")).format(name=ctx.inflow_set)
    if not sol.ok:
        return InfeasibleError(
            head + translate("Infeasible", " Even with every requirement relaxed the water "
                                           "balance cannot close (evaporation and seepage exceed "
                                           "the water available?)."), [])
    violated: dict[str, float] = {}
    unit: dict[str, str] = {}
    for gid, parts in lp.slacks.items():
        amount = float(sum(sol.x[u].sum() for u in parts))
        g = lp.groups[gid]
        if amount > 1e-6:
            key = g.text
            violated[key] = violated.get(key, 0.0) + amount
            unit[key] = g.unit
    binding: list[str] = []
    tol = 1e-9
    for duals, groups in ((sol.ineq_dual, sol.ineq_group), (sol.eq_dual, sol.eq_group)):
        for gid in np.unique(groups[(np.abs(duals) > tol) & (groups >= 0)]):
            g = lp.groups[int(gid)]
            if g.requirement and g.text not in violated and g.text not in binding:
                binding.append(g.text)
    for duals, upper in ((sol.upper_dual, True), (sol.lower_dual, False)):
        for v in np.flatnonzero(np.abs(duals) > tol):
            gid = lp.bound_group(int(v), upper)
            if gid >= 0:
                g = lp.groups[gid]
                if g.text not in violated and g.text not in binding and \
                        g.kind not in ("intake",):
                    binding.append(g.text)
    lines = [head]
    if violated:
        lines.append(translate("Infeasible", "To make it solvable, at least this much would "
                                             "have to give way:"))
        for key, amount in sorted(violated.items(), key=lambda kv: -kv[1]):
            lines.append(translate("Infeasible", "  - {requirement}: short by {amount} {unit} in "
                                                 "total").format(
                requirement=key, amount=fig(amount, ".4g"), unit=unit_words(unit[key])))
    if binding:
        lines.append(translate("Infeasible", "It conflicts with:"))
        lines.extend(f"  - {b}" for b in binding[:12])
    lines.append(translate("Infeasible", "Make one of them soft (\"hard\": false with a penalty) "
                                         "or relax it."))
    return InfeasibleError("\n".join(lines), list(violated) + binding)
