"""Successive linear programming for a robust schedule: the deterministic loop
(:mod:`.solve`), with K members.

Each iteration builds every member's LP around the simulation of the previous schedule *on
that member's inflows* (its own linearisation point, its own rule-driven releases, its own
intake-rule cells), stacks them into one LP sharing the decision releases
(:mod:`.robust_problem`), solves it, and simulates the one new schedule on every member. The
schedule is judged by the risk measure of the members' *simulated* objectives; the LP–
simulation gap is the largest over the members. Stopping rule, trust region and the choice
of the best schedule are those of :func:`~waterplanner.engine.optimise.solve.run`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

import numpy as np

from waterplanner.engine.optimise.context import Context
from waterplanner.engine.optimise.errors import InfeasibleError, OptimisationError
from waterplanner.engine.optimise.greedy import MIP_MAX_CELLS, Cell, decide, violations
from waterplanner.engine.optimise.lp import MIP_SECONDS, LPSolution
from waterplanner.engine.optimise.problem import Built, Point
from waterplanner.engine.optimise.risk_measure import risk_value
from waterplanner.engine.optimise.robust_members import Member, simulate_member
from waterplanner.engine.optimise.robust_problem import (
    MemberLP,
    RobustLP,
    RobustObjective,
    assemble,
    build_member,
    energy_in,
)
from waterplanner.engine.optimise.rules import follow_rules
from waterplanner.engine.optimise.solve import (
    ENERGY_REL_TOL,
    HARD_PENALTY,
    RULE_ROUNDS,
    STALL,
    Iterate,
    Merit,
    evaluate,
    point_from,
    storage_gap,
)
from waterplanner.engine.optimise.solve import _status_words as status_words
from waterplanner.engine.optimise.terms import signed_weight
from waterplanner.engine.results import Results
from waterplanner.i18n import translate
from waterplanner.i18n.figures import counted, fig
from waterplanner.progress import CancelToken, Progress, check, report


@dataclass
class RobustIterate:
    """One solved robust LP with its schedule simulated on every member."""

    rlp: RobustLP
    sol: LPSolution
    members: list[Iterate]
    release_mcm: dict[str, np.ndarray]
    total: float
    """The risk measure of the members' simulated objectives (plus any ε violation)."""
    measures: dict[str, float]
    """Each measure of ``goal`` ('' the combined one) of the simulated members, natural
    units for a term (a maximised term's measure is of its value, the worst tail)."""
    lp_measures: dict[str, float]
    """The same measures as the LP values them."""
    gap_mcm: float


@dataclass
class RobustOutcome:
    best: RobustIterate
    last: RobustIterate
    iterations: int
    converged: bool
    stopping: str
    lp_seconds: float
    sim_seconds: float


Diagnose = Callable[[list[Point], list[frozenset[Cell]]], None]


def measures_of(goal: RobustObjective, merits: Sequence[Merit]) -> tuple[float, dict[str, float]]:
    """The robust objective of simulated members (without ε violations) and each measure."""
    out: dict[str, float] = {}
    if goal.combined is not None:
        out[""] = risk_value(np.array([m.total for m in merits]), goal.combined)
        return out[""], out
    total = 0.0
    for t in goal.terms:
        sign = -1.0 if t.objective.sense == "max" else 1.0
        v = risk_value(np.array([sign * m.terms[t.objective.label] for m in merits]),
                       t.measure)
        out[t.objective.label] = sign * v
        total += t.weight * v
    rest = [m.total - sum(signed_weight(o) * m.terms[o.label] for o in goal.objectives)
            for m in merits]
    return total + float(np.mean(rest)), out


def _lp_measures(goal: RobustObjective, rlp: RobustLP, x: np.ndarray) -> dict[str, float]:
    out = {}
    for label, e in rlp.risk_value.items():
        v = e.value(x)
        if label:
            v *= -1.0 if goal.term(label).objective.sense == "max" else 1.0
        out[label] = v
    return out


def _violation(goal: RobustObjective, measures: dict[str, float]) -> float:
    if goal.bound is None:
        return 0.0
    label, eps = goal.bound
    sign = -1.0 if goal.term(label).objective.sense == "max" else 1.0
    return max((measures[label] - eps) * sign, 0.0)


def simulated_choice(ctx: Context, built: Built, sim: Results, cells: set[Cell]
                     ) -> dict[Cell, int]:
    """The intake rule's choice at each cell as the simulation of the linearisation point
    made it (served in full: 1; else nothing passed on: 0). The deterministic loop repairs
    with the LP's own flows and keeps those choices; with K members the choices must follow
    each member's point, or a stale one (nothing passes a weir in a period where the
    simulator now lets water pass) keeps the LP from ever meeting the simulation."""
    x = np.zeros(built.lp.n)
    x[built.idx.X] = np.asarray(sim.link_flow_mcm[0])
    return decide(ctx, built, x, cells)


def schedule_of(ctx: Context, rlp: RobustLP, x: np.ndarray) -> dict[str, np.ndarray]:
    """The schedule of the decision reservoirs in a solution of the robust LP (the shared
    columns; a member's own releases are the schedule less its cut)."""
    dec = ctx.decision_reservoirs
    d = np.asarray(x[rlp.shared], dtype=float).reshape(len(dec), -1)
    return {ctx.net.node_ids[i]: np.round(np.maximum(d[j], 0.0), 6) for j, i in enumerate(dec)}


def _better(cur: RobustIterate, best: RobustIterate | None, tolerance_mcm: float) -> bool:
    """Whether ``cur`` replaces ``best``: a schedule on which the LP and the simulator agree
    in every member (gap within the tolerance) beats one on which they do not; between two
    on which they do not, the smaller gap wins (the loop first seeks agreement); between
    two on which they do, the lower objective, and between equal objectives the smaller
    gap. (With K members
    a first linearisation of the rule-driven reservoirs is often off in some member, and a
    schedule the self-check cannot confirm is no answer.)"""
    if best is None:
        return True
    agrees, agreed = cur.gap_mcm <= tolerance_mcm, best.gap_mcm <= tolerance_mcm
    if agrees != agreed:
        return agrees
    if not agrees:
        return cur.gap_mcm < best.gap_mcm
    tie = 1e-6 * (1 + abs(best.total))
    return cur.total < best.total - tie or (cur.total <= best.total + tie and
                                            cur.gap_mcm < best.gap_mcm)


def _solve(rlp: RobustLP) -> LPSolution:
    """Solve, mixed-integer first when intake-rule binaries are in it (then the LP with
    them fixed)."""
    zs = rlp.binaries
    if len(zs) == 0:
        return rlp.lp.solve()
    # K copies make branch and bound slower: more time than one member's LP gets
    mixed = rlp.lp.solve_mixed(zs, time_limit_s=MIP_SECONDS * max(1.0, len(rlp.members) / 4))
    if not mixed.ok:
        return mixed
    z = np.round(mixed.x[zs])
    rlp.lp.tighten(zs, lb=z, ub=z)
    sol = rlp.lp.solve()
    return sol if sol.ok else mixed


def run_robust(members: Sequence[Member], goal: RobustObjective, scale: float,
               starts: Sequence[Results], progress: Progress | None = None,
               cancel: CancelToken | None = None, diagnose: Diagnose | None = None,
               fraction: tuple[float, float] = (0.0, 1.0)) -> RobustOutcome:
    """The successive-LP loop over K members (see the module docstring)."""
    ctxs = [m.ctx for m in members]
    ctx0 = ctxs[0]
    spec = ctx0.spec
    energy = energy_in(ctx0, goal.objectives)
    trust: float | None = 0.5 if energy else None
    points = [point_from(c, s, trust) for c, s in zip(ctxs, starts)]
    bases = list(starts)
    best: RobustIterate | None = None
    last: RobustIterate | None = None
    converged = False
    stopping = translate("Optimiser", "stopped after {count} iterations without meeting the "
                                      "tolerance").format(count=spec.max_iterations)
    lp_s = sim_s = 0.0
    it = 0
    lo, hi = fraction
    history: list[float] = []
    prev_gap: float | None = None
    cells: list[set[Cell]] = [set() for _ in members]
    fixed: list[dict[Cell, int]] = [{} for _ in members]
    limits_hard = True
    dec = ctx0.decision_reservoirs

    def released(sims: Sequence[Results]) -> list[np.ndarray]:
        """Each member's releases of the decision reservoirs in its point's simulation (the
        centres of the trust region)."""
        return [np.asarray(r.release_mcm[0], dtype=float)[dec].reshape(len(dec), -1)
                for r in sims]

    def attempt(pts: list[Point], hard: bool) -> tuple[RobustLP, LPSolution]:
        mlps: list[MemberLP] = [
            build_member(c, p, goal.objectives, scale, regularise=(k == 0), limits_hard=hard,
                         cells=cells[k], fixed=fixed[k],
                         point_sim=bases[k])
            for k, (c, p) in enumerate(zip(ctxs, pts))]
        trust_now = pts[0].trust
        rlp = assemble(ctxs, mlps, goal,
                       None if trust_now is None else (released(bases), trust_now))
        return rlp, _solve(rlp)

    def rule_fallback(rlp: RobustLP) -> tuple[RobustLP, LPSolution]:
        """Branch and bound ran out of time (K copies of the intake rule's cells): take
        each cell's choice from the member's simulation; if those choices cannot hold
        together, solve this LP without the rule (the next iteration finds its cells
        again)."""
        for k, (c, m) in enumerate(zip(ctxs, rlp.members)):
            fixed[k] = simulated_choice(c, m.built, bases[k], set(cells[k]))
        again = attempt(points, limits_hard)
        if again[1].ok:
            return again
        for k in range(len(cells)):
            cells[k].clear()
            fixed[k].clear()
        return attempt(points, limits_hard)

    def unbounded(pts: list[Point]) -> list[Point]:
        return [Point(p.storage_mcm, p.turbine_mcm, None) for p in pts]

    for it in range(1, spec.max_iterations + 1):
        check(cancel)
        t0 = time.perf_counter()
        rlp, sol = attempt(points, limits_hard)
        if sol.infeasible and points[0].trust is not None:
            wide = unbounded(points)
            again = attempt(wide, limits_hard)
            if again[1].ok or not limits_hard:
                points = wide
                rlp, sol = again
        if limits_hard and sol.infeasible:
            limits_hard = False
            points = unbounded(points)
            rlp, sol = attempt(points, False)
        if sol.status == 1 and any(cells):
            rlp, sol = rule_fallback(rlp)
        if sol.ok and spec.allocation == "priority":
            for _ in range(RULE_ROUNDS):
                new = [violations(c, m.built, rlp.member_x(k, sol.x)) - cells[k]
                       for k, (c, m) in enumerate(zip(ctxs, rlp.members))]
                if not any(new):
                    break
                if sum(len(c) for c in cells) + sum(len(n) for n in new) > MIP_MAX_CELLS:
                    for k, (c, m) in enumerate(zip(ctxs, rlp.members)):
                        fixed[k].update(simulated_choice(c, m.built, bases[k],
                                                         (cells[k] | new[k]) - set(fixed[k])))
                for k in range(len(members)):
                    cells[k] |= new[k]
                rlp, sol = attempt(points, limits_hard)
                if not sol.ok and any(fixed):
                    for f in fixed:
                        f.clear()
                    rlp, sol = attempt(points, limits_hard)
                if sol.status == 1:
                    rlp, sol = rule_fallback(rlp)
                if not sol.ok:
                    break
        lp_s += time.perf_counter() - t0
        if not sol.ok:
            if best is not None and sol.infeasible:
                stopping = translate("Optimiser", "stopped: the linearisation around the last "
                                                  "schedule is infeasible")
                break
            if sol.infeasible:
                if diagnose is not None:
                    diagnose(unbounded(points), [frozenset(c) for c in cells])
                raise InfeasibleError(translate(
                    "Robust", "No one schedule meets every hard requirement in all {count} "
                              "in-sample members at once. Relax a requirement or make it soft.")
                    .format(count=len(members)), [])
            raise OptimisationError(status_words(sol))
        t1 = time.perf_counter()
        xs = [rlp.member_x(k, sol.x) for k in range(len(members))]
        rel = schedule_of(ctx0, rlp, sol.x)
        iterates: list[Iterate] = []
        for k, (mem, m) in enumerate(zip(members, rlp.members)):
            c = mem.ctx
            sim = simulate_member(c.scenario, mem.inflow, rel)
            model_sim = sim if not c.proportional else simulate_member(
                c.model_scenario, mem.inflow, rel)
            merit = evaluate(c, sim, goal.objectives, scale)
            gap = storage_gap(c, m.built, xs[k], model_sim)
            iterates.append(Iterate(m.built, replace(sol, x=xs[k], n_vars=len(xs[k])),
                                    m.requirements, m.exprs, rel, sim, merit, gap, model_sim))
        total, measures = measures_of(goal, [i.merit for i in iterates])
        v = _violation(goal, measures)
        if v > 0:
            total += HARD_PENALTY * scale * v
        sim_s += time.perf_counter() - t1
        gap = max(i.gap_mcm for i in iterates)
        cur = RobustIterate(rlp, sol, iterates, rel, total, measures,
                            _lp_measures(goal, rlp, sol.x), gap)
        last = cur
        improved = _better(cur, best, spec.tolerance_mcm)
        prev_total = best.total if best is not None else None
        if improved:
            best = cur
        assert best is not None
        history.append(best.total)
        report(progress, lo + (hi - lo) * it / spec.max_iterations,
               translate("Robust", "LP {iteration} ({members}): objective {objective}, "
                                   "LP–simulation gap {gap} Mm³").format(
                   iteration=it, members=counted("Ensembles", "%n members", len(members),
                                                 "%n members"),
                   objective=fig(total, ".6g"), gap=fig(gap, ".2g")))
        # the next LP is linearised around the schedule kept, so the rule-driven reservoirs
        # are held to what their rules released with that schedule (not with a rejected one)
        kept = cur if improved else best
        for c, i in zip(ctxs, kept.members):
            follow_rules(c, i.sim)
        models = [i.model_sim for i in kept.members]
        bases = list(models)
        if energy:
            stalled = len(history) > STALL and (history[-1 - STALL] - history[-1]) <= \
                ENERGY_REL_TOL * (1 + abs(history[-1]))
            if stalled and best.gap_mcm <= spec.tolerance_mcm:
                converged, stopping = True, translate("Optimiser", "converged")
                break
            if improved:
                rel_change = (abs(total - prev_total) / (1 + abs(total))
                              if prev_total is not None else np.inf)
                if gap <= spec.tolerance_mcm and rel_change < 1e-6:
                    converged, stopping = True, translate("Optimiser", "converged")
                    break
                trust = min(1.0, (trust or 0.5) * 2.0)
            else:
                if gap <= spec.tolerance_mcm and \
                        abs(total - best.total) <= 1e-6 * (1 + abs(total)):
                    converged, stopping = True, translate("Optimiser", "converged")
                    break
                trust = (trust or 0.5) * 0.5
                if trust < 1e-3:
                    converged = best.gap_mcm <= spec.tolerance_mcm
                    stopping = translate("Optimiser", "converged (trust region exhausted)") \
                        if converged else translate("Optimiser", "trust region exhausted")
                    break
            points = [point_from(c, s, trust) for c, s in zip(ctxs, models)]
        else:
            if gap <= spec.tolerance_mcm:
                converged, stopping = True, translate("Optimiser", "converged")
                break
            if prev_gap is not None and gap > 0.5 * prev_gap:
                trust = 0.25 if trust is None else trust * 0.5
                if trust < 1e-4:
                    stopping = translate("Optimiser", "trust region exhausted before the LP met "
                                                      "the simulation")
                    break
            points = [point_from(c, i.model_sim, trust) for c, i in zip(ctxs, cur.members)]
            bases = [i.model_sim for i in cur.members]
            prev_gap = gap
        # the intake-rule choices made by repair follow the new point's simulation
        for k, (c, m) in enumerate(zip(ctxs, rlp.members)):
            if fixed[k]:
                fixed[k] = simulated_choice(c, m.built, bases[k], set(fixed[k]))
    if best is None or last is None:
        raise OptimisationError(translate("Optimiser", "the optimiser produced no schedule"))
    if converged and not energy and last is not best and last.total <= \
            best.total + 10.0 * spec.tolerance_mcm * scale:
        best = last
    if best.gap_mcm > spec.tolerance_mcm:
        checked = _confirm(members, goal, scale, best, limits_hard)
        if checked is not None:
            best = checked
            stopping += translate("Robust", "; the best schedule found was then confirmed with "
                                            "its releases fixed (LP and simulator agree on it in "
                                            "every member)")
    return RobustOutcome(best, last, it, converged, stopping, lp_s, sim_s)


def _confirm(members: Sequence[Member], goal: RobustObjective, scale: float,
             best: RobustIterate, limits_hard: bool) -> RobustIterate | None:
    """The best schedule's own LP: every member linearised around that schedule's
    simulation, the rule-driven reservoirs held to what their rules released with it, the
    intake rule's cells as the simulation chose, and the shared releases fixed to it. When
    successive LP stops before the LP and the simulator agree, this states the LP's view of
    the schedule it keeps; it is returned only if they agree on it (the self-check then
    compares this LP with the simulation)."""
    ctxs = [m.ctx for m in members]
    tol = ctxs[0].spec.tolerance_mcm
    sims = [i.model_sim for i in best.members]
    for c, i in zip(ctxs, best.members):
        follow_rules(c, i.sim)
    cells: list[set[Cell]] = [set() for _ in members]
    for _ in range(RULE_ROUNDS):
        mlps = [build_member(c, point_from(c, s, None), goal.objectives, scale,
                             regularise=(k == 0), limits_hard=limits_hard, cells=cells[k],
                             fixed=simulated_choice(c, i.built, s, cells[k]) if cells[k]
                             else None, point_sim=s)
                for k, (c, s, i) in enumerate(zip(ctxs, sims, best.members))]
        rlp = assemble(ctxs, mlps, goal)
        dec = ctxs[0].decision_reservoirs
        fixed_r = np.concatenate([best.release_mcm[ctxs[0].net.node_ids[i]] for i in dec]) \
            if len(dec) else np.zeros(0)
        rlp.lp.tighten(rlp.shared, lb=fixed_r, ub=fixed_r)
        sol = rlp.lp.solve()
        if not sol.ok:
            return None
        new = [violations(c, m.built, rlp.member_x(k, sol.x)) - cells[k]
               for k, (c, m) in enumerate(zip(ctxs, rlp.members))]
        if not any(new):
            break
        for k in range(len(members)):
            cells[k] |= new[k]
    xs = [rlp.member_x(k, sol.x) for k in range(len(members))]
    iterates = [replace(i, built=m.built, sol=replace(sol, x=xs[k], n_vars=len(xs[k])),
                        requirements=m.requirements, exprs=m.exprs,
                        gap_mcm=storage_gap(c, m.built, xs[k], i.model_sim))
                for k, (c, m, i) in enumerate(zip(ctxs, rlp.members, best.members))]
    gap = max(i.gap_mcm for i in iterates)
    if gap > tol:
        return None
    return RobustIterate(rlp, sol, iterates, best.release_mcm, best.total, best.measures,
                         _lp_measures(goal, rlp, sol.x), gap)
