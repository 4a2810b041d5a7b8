"""Successive linear programming: solve, simulate, re-linearise, until the two agree.

Stopping rule. Each iteration builds the LP linearised around the *simulated* trajectory of
the previous schedule (the first around the input schedule), solves it, and simulates the new
schedule with the ordinary simulator. It stops when

* the LP's end-of-period storages agree with the simulation within ``tolerance_mcm`` at every
  reservoir, lake and period, and — when energy is in the problem — the best simulated
  objective improved by less than 1e-4 (relative) over the last three LPs; or
* the trust region has shrunk below 1e-3 of the live storage (1e-4 without energy); or
* ``max_iterations`` LPs have been solved.

Whatever happens, the schedule with the best *simulated* objective is kept. With energy in
the problem a step is accepted only if it improves the simulated objective; otherwise the
trust region (how far storages and turbine flows may move from the point) is halved.
Without energy, a trust region on storages is switched on (a quarter of the live storage,
then halved) only when the LP–simulation gap fails to halve from one LP to the next: a
degenerate LP may jump between far-apart optimal vertices, on which the evaporation
linearisation of the previous one is poor.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from waterplanner.engine.compiled import DEMAND, RESERVOIR
from waterplanner.engine.optimise.context import Context
from waterplanner.engine.optimise.errors import InfeasibleError, OptimisationError
from waterplanner.engine.optimise.floor import floor_rule
from waterplanner.engine.optimise.greedy import (
    MIP_MAX_CELLS,
    Cell,
    add_rule,
    decide,
    violations,
)
from waterplanner.engine.optimise.lp import LPSolution
from waterplanner.engine.optimise.problem import (
    EPSILON,
    Built,
    Point,
    add_regularisation,
    build,
)
from waterplanner.engine.optimise.requirements import (
    Requirement,
    add_requirements,
    all_requirements,
    cost_of,
    violation,
    violation_tolerance,
)
from waterplanner.engine.optimise.rules import follow_rules
from waterplanner.engine.optimise.terms import (
    Expr,
    expression,
    needs_energy,
    signed_weight,
    simulated_value,
)
from waterplanner.engine.physics import mcm_per_period
from waterplanner.engine.results import Results
from waterplanner.engine.simulate import simulate
from waterplanner.i18n import translate
from waterplanner.i18n.figures import fig
from waterplanner.model.objectives import Energy, Objective
from waterplanner.progress import CancelToken, Progress, check, report

HARD_PENALTY = 1e6
"""Penalty per unit (× objective scale) when judging a schedule that breaks a hard
requirement; the LP itself never does."""


RULE_ROUNDS = 6
"""How many times new cells of the intake rule are added to one LP (see greedy.py)."""
ENERGY_REL_TOL = 1e-4
STALL = 3
"""With energy: stop when the best simulated objective improved by less than ENERGY_REL_TOL
(relative) over the last STALL linear programmes and the LP agrees with the simulation."""


@dataclass
class Merit:
    """An objective measured on a simulation: per-term natural values, penalties, total."""

    terms: dict[str, float]
    penalties: dict[str, float]
    violations: dict[str, float]
    total: float


@dataclass
class Iterate:
    """One solved LP with the simulation of its schedule."""

    built: Built
    sol: LPSolution
    requirements: list[Requirement]
    exprs: dict[str, Expr]
    release_mcm: dict[str, np.ndarray]
    sim: Results
    merit: Merit
    gap_mcm: float
    model_sim: Results
    """The simulation the LP models (:attr:`Context.model_scenario`): ``sim`` itself, or
    under the proportional policy the same schedule simulated upstream-first."""


@dataclass
class Outcome:
    """The best iterate and how the loop ended."""

    best: Iterate
    last: Iterate
    iterations: int
    converged: bool
    stopping: str
    lp_seconds: float
    sim_seconds: float


Extra = Callable[[Built, dict[str, Expr]], None]


def evaluate(ctx: Context, res: Results, objectives: tuple[Objective, ...], scale: float
             ) -> Merit:
    """The combined objective of a simulation, as the LP defines it (without tie-breaks)."""
    terms = {o.label: simulated_value(ctx, res, o) for o in objectives}
    total = sum(signed_weight(o) * terms[o.label] for o in objectives)
    penalties: dict[str, float] = {}
    violations: dict[str, float] = {}
    for c in all_requirements(ctx, scale):
        v = violation(ctx, res, c)
        tol = violation_tolerance(ctx, c)
        if v <= tol:
            v = 0.0  # round-off of a requirement met exactly is not a violation
        violations[c.label] = v
        if v > 0:
            # a hard requirement the schedule breaks (only an input schedule can) costs more
            # than any soft one, so an optimum is never judged worse than an infeasible input
            shown, cost = (HARD_PENALTY * scale * v,) * 2 if c.hard else cost_of(c, v, tol)
            if shown > 0:
                penalties[c.label] = shown
            total += cost
    return Merit(terms, penalties, violations, total)


def simulate_schedule(ctx: Context, release_mcm: dict[str, np.ndarray]) -> Results:
    """The schedule under the scenario's own rules: what it would really do."""
    return simulate(ctx.scenario, ctx.inflow_set, release_mcm=release_mcm)


def simulate_model(ctx: Context, release_mcm: dict[str, np.ndarray], sim: Results
                   ) -> Results:
    """The schedule as the linear programme models it (``sim`` unless the scenario shares
    shortages in proportion, which the LP does not model)."""
    if not ctx.proportional:
        return sim
    return simulate(ctx.model_scenario, ctx.inflow_set, release_mcm=release_mcm)


def point_from(ctx: Context, res: Results, trust: float | None) -> Point:
    """A linearisation point from a simulation."""
    net = ctx.net
    turb = np.minimum(np.asarray(res.release_mcm[0]),
                      mcm_per_period(net.turbine_m3s[:, None], net.seconds[None, :]))
    return Point(storage_mcm=np.nan_to_num(np.asarray(res.storage_mcm[0])), turbine_mcm=turb,
                 trust=trust)


def build_full(ctx: Context, point: Point, objectives: tuple[Objective, ...], scale: float,
               extra: Extra | None = None, elastic: bool = False, limits_hard: bool = False
               ) -> tuple[Built, list[Requirement], dict[str, Expr]]:
    """The network LP with objective terms and requirements (``limits_hard``: the
    network's default soft limits as bounds, see :func:`run`)."""
    energy = needs_energy(ctx) or any(isinstance(o, Energy) for o in objectives)
    built = build(ctx, point, energy, scale)
    if not elastic and ctx.spec.regularisation.active:
        add_regularisation(ctx, built)
    exprs: dict[str, Expr] = {}
    for o in objectives:
        e = expression(ctx, built, o)
        exprs[o.label] = e
        if not elastic and o.weight:
            built.lp.add_cost(e.cols, signed_weight(o) * e.coefs)
    # deficits cost a little always, so they equal the true deficit even when unweighted;
    # a minimum-flow deficit costs more than an intake earns by its tie-break, so that when
    # the objective weighs both alike the intake at a minimum-flow point leaves the minimum
    # flow first, as the simulator's intakes do
    for var, tie in ((built.idx.SF, 0.1), (built.idx.MF, 2.0)):
        v = var[var >= 0]
        if len(v):
            built.lp.add_cost(v, EPSILON * scale * tie)
    if elastic:
        built.lp.cost[:] = 0.0  # only the requirements' violations cost anything
    reqs = add_requirements(ctx, built, elastic=elastic, limits_hard=limits_hard)
    if not elastic:
        floor_rule(ctx, built, point, scale)
    if extra is not None:
        extra(built, exprs)
    return built, reqs, exprs


def releases_of(ctx: Context, built: Built, x: np.ndarray) -> dict[str, np.ndarray]:
    """Target releases of the decision reservoirs from an LP solution."""
    out = {}
    for i in np.flatnonzero((ctx.net.kind == RESERVOIR) & ctx.decision):
        out[ctx.net.node_ids[i]] = np.round(np.maximum(x[built.idx.R[i]], 0.0), 6)
    return out


def storage_gap(ctx: Context, built: Built, x: np.ndarray, res: Results) -> float:
    sn = ctx.storage_nodes
    if len(sn) == 0:
        return 0.0
    lp_s = x[built.idx.S[sn]]
    return float(np.max(np.abs(lp_s - np.asarray(res.storage_mcm[0])[sn])))


def run(ctx: Context, objectives: tuple[Objective, ...], scale: float, start: Results,
        extra: Extra | None = None, progress: Progress | None = None,
        cancel: CancelToken | None = None,
        diagnose: Callable[[Point, frozenset[Cell]], None] | None = None,
        fraction: tuple[float, float] = (0.0, 1.0),
        extra_violation: Callable[[Merit], float] | None = None) -> Outcome:
    """The successive-LP loop (see the module docstring for the stopping rule).

    ``extra`` adds rows to every LP (the ε-constraint of a trade-off); ``extra_violation``
    says how far a simulated schedule breaks them, judged like a hard requirement.
    """
    spec = ctx.spec
    energy = needs_energy(ctx) or any(isinstance(o, Energy) for o in objectives)
    trust: float | None = 0.5 if energy else None
    point = point_from(ctx, start, trust)
    best: Iterate | None = None
    last: Iterate | None = None
    converged = False
    stopping = translate("Optimiser", "stopped after {count} iterations without meeting the "
                                      "tolerance").format(count=spec.max_iterations)
    lp_s = sim_s = 0.0
    it = 0
    lo, hi = fraction
    history: list[float] = []
    prev_gap: float | None = None
    cells: set[Cell] = set()
    fixed: dict[Cell, int] = {}
    # The network's own limits are soft with a penalty far above any marginal value, so as
    # long as they can all hold, their soft and hard forms have the same optimum (exact
    # penalty); the hard form (bounds, no extra rows) solves about twice as fast.
    limits_hard = True
    for it in range(1, spec.max_iterations + 1):
        check(cancel)
        t0 = time.perf_counter()
        built, reqs, exprs, sol = _attempt(ctx, point, objectives, scale, extra, limits_hard,
                                           cells, fixed)
        if sol.infeasible and point.trust is not None:
            # the trust region (around a simulated path that may itself break a hard
            # requirement) can exclude every feasible schedule: widen it before concluding
            wide = Point(point.storage_mcm, point.turbine_mcm, None)
            attempt = _attempt(ctx, wide, objectives, scale, extra, limits_hard, cells, fixed)
            if attempt[3].ok or not limits_hard:
                point = wide
                built, reqs, exprs, sol = attempt
        if limits_hard and sol.infeasible:
            # the network's limits cannot all hold as bounds: use their soft form from now on
            limits_hard = False
            point = Point(point.storage_mcm, point.turbine_mcm, None)
            built, reqs, exprs, sol = _attempt(ctx, point, objectives, scale, extra, False,
                                               cells, fixed)
        if sol.ok and spec.allocation == "priority":
            for _ in range(RULE_ROUNDS):
                new = violations(ctx, built, sol.x) - cells
                if not new:
                    break
                if len(cells) + len(new) > MIP_MAX_CELLS:
                    # too many for branch and bound: repair, keeping earlier choices
                    fixed.update(decide(ctx, built, sol.x, (cells | new) - set(fixed)))
                cells |= new
                built, reqs, exprs = build_full(ctx, point, objectives, scale, extra,
                                                limits_hard=limits_hard)
                sol = solve_with_rule(ctx, built, cells, fixed)
                if not sol.ok and fixed:
                    # a repair choice made it infeasible: let branch and bound choose
                    fixed.clear()
                    built, reqs, exprs = build_full(ctx, point, objectives, scale, extra,
                                                    limits_hard=limits_hard)
                    sol = solve_with_rule(ctx, built, cells, fixed)
                if not sol.ok:
                    break
        lp_s += time.perf_counter() - t0
        if not sol.ok and cells and sol.infeasible:
            if diagnose is not None:
                diagnose(Point(point.storage_mcm, point.turbine_mcm, None), frozenset(cells))
            raise InfeasibleError(translate(
                "Optimiser", "No schedule meets every hard requirement when each intake takes "
                             "what reaches it before water passes on (the simulator's rule). "
                             "Relax a requirement, or set the optimisation section's allocation "
                             "to \"free\"."), [])
        if not sol.ok:
            if best is not None and sol.infeasible:
                # this linearisation admits no schedule (the previous ones did): keep the
                # best schedule found
                stopping = translate("Optimiser", "stopped: the linearisation around the last "
                                                  "schedule is infeasible")
                break
            if sol.infeasible and diagnose is not None:
                diagnose(Point(point.storage_mcm, point.turbine_mcm, None), frozenset())
            raise OptimisationError(_status_words(sol))
        t1 = time.perf_counter()
        rel = releases_of(ctx, built, sol.x)
        sim = simulate_schedule(ctx, rel)
        follow_rules(ctx, sim)
        model_sim = simulate_model(ctx, rel, sim)
        merit = evaluate(ctx, sim, objectives, scale)
        if extra_violation is not None:
            v = extra_violation(merit)
            if v > 0:
                merit.penalties["extra"] = HARD_PENALTY * scale * v
                merit.total += HARD_PENALTY * scale * v
        sim_s += time.perf_counter() - t1
        gap = storage_gap(ctx, built, sol.x, model_sim)
        cur = Iterate(built, sol, reqs, exprs, rel, sim, merit, gap, model_sim)
        last = cur
        # equal objectives (within solver accuracy): prefer the one the simulator agrees with
        tie = 1e-6 * (1 + abs(best.merit.total)) if best is not None else 0.0
        improved = best is None or merit.total < best.merit.total - tie or (
            merit.total <= best.merit.total + tie and gap < best.gap_mcm)
        prev_total = best.merit.total if best is not None else None
        if improved:
            best = cur
        assert best is not None  # the first solved LP always improves on nothing
        history.append(best.merit.total)
        report(progress, lo + (hi - lo) * it / spec.max_iterations,
               translate("Optimiser", "LP {iteration}: objective {objective}, LP–simulation gap "
                                      "{gap} Mm³").format(
                   iteration=it, objective=fig(merit.total, ".6g"), gap=fig(gap, ".2g")))
        if energy:
            stalled = len(history) > STALL and (history[-1 - STALL] - history[-1]) <= \
                ENERGY_REL_TOL * (1 + abs(history[-1]))
            if stalled and best.gap_mcm <= spec.tolerance_mcm:
                converged, stopping = True, translate("Optimiser", "converged")
                break
            if improved:
                rel_change = (abs(merit.total - prev_total) / (1 + abs(merit.total))
                              if prev_total is not None else np.inf)
                if gap <= spec.tolerance_mcm and rel_change < 1e-6:
                    converged, stopping = True, translate("Optimiser", "converged")
                    break
                trust = min(1.0, (trust or 0.5) * 2.0)
                point = point_from(ctx, model_sim, trust)
            else:
                if gap <= spec.tolerance_mcm and \
                        abs(merit.total - best.merit.total) <= 1e-6 * (1 + abs(merit.total)):
                    converged, stopping = True, translate("Optimiser", "converged")
                    break
                trust = (trust or 0.5) * 0.5
                if trust < 1e-3:
                    converged = best is not None and best.gap_mcm <= spec.tolerance_mcm
                    stopping = translate("Optimiser", "converged (trust region exhausted)") \
                        if converged else translate("Optimiser", "trust region exhausted")
                    break
                point = point_from(ctx, best.model_sim if best else model_sim, trust)
        else:
            if gap <= spec.tolerance_mcm:
                converged, stopping = True, translate("Optimiser", "converged")
                break
            if prev_gap is not None and gap > 0.5 * prev_gap:
                # a degenerate LP jumping between far-apart vertices: keep the next one near
                trust = 0.25 if trust is None else trust * 0.5
                if trust < 1e-4:
                    stopping = translate("Optimiser", "trust region exhausted before the LP met "
                                                      "the simulation")
                    break
            point = point_from(ctx, model_sim, trust)
            prev_gap = gap
    if best is None or last is None:
        raise OptimisationError(translate("Optimiser", "the optimiser produced no schedule"))
    if converged and not energy and last is not best and last.merit.total <= \
            best.merit.total + 10.0 * spec.tolerance_mcm * scale:
        # objectives that differ by less than the volume tolerance are equal: prefer the
        # schedule on which the LP and the simulator agree
        best = last
    return Outcome(best, last, it, converged, stopping, lp_s, sim_s)


def _attempt(ctx: Context, point: Point, objectives: tuple[Objective, ...], scale: float,
             extra: Extra | None, limits_hard: bool, cells: set[Cell], fixed: dict[Cell, int]
             ) -> tuple[Built, list[Requirement], dict[str, Expr], LPSolution]:
    """Build and solve one LP (with the intake rule on ``cells``)."""
    built, reqs, exprs = build_full(ctx, point, objectives, scale, extra,
                                    limits_hard=limits_hard)
    sol = solve_with_rule(ctx, built, cells, fixed) if cells else built.lp.solve()
    return built, reqs, exprs, sol


def solve_with_rule(ctx: Context, built: Built, cells: set[Cell], fixed: dict[Cell, int]
                     ) -> LPSolution:
    """Solve with the intake rule on these cells: mixed-integer first (for the cells not
    fixed), then the LP with the binaries fixed, for its duals."""
    zs = add_rule(ctx, built, cells, fixed)
    if len(zs) == 0:
        return built.lp.solve()
    mixed = built.lp.solve_mixed(zs)
    if not mixed.ok:
        return mixed
    z = np.round(mixed.x[zs])
    built.lp.tighten(zs, lb=z, ub=z)
    sol = built.lp.solve()
    return sol if sol.ok else mixed


def _status_words(sol: LPSolution) -> str:
    if sol.status == 3:
        return translate("Optimiser", "the problem is unbounded: some objective can improve "
                                      "without limit (is a value per unit of release attached to "
                                      "a reservoir whose release has no upper limit and no water "
                                      "limit?)")
    if sol.status == 1:
        return translate("Optimiser", "the solver hit its iteration or time limit before finding "
                                      "the optimum")
    return translate("Optimiser", "the solver could not solve the problem ({reason})").format(
        reason=sol.message)


def deliveries_lp(ctx: Context, built: Built, x: np.ndarray) -> np.ndarray:
    """Water arriving at each demand [D, T] according to the LP."""
    t = ctx.periods
    dem = np.flatnonzero(ctx.net.kind == DEMAND)
    out = np.zeros((len(dem), t))
    for j, d in enumerate(dem):
        cols, coefs, pers = built.idx.arrivals[int(d)]
        np.add.at(out[j], pers, coefs * x[cols])
        out[j] += built.idx.const_arrivals[d]
    return out
