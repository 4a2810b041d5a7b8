"""Trade-offs with risk on an axis: the ε-constraint sweep of :mod:`.pareto` on the K-copy
robust LP, each objective under its own risk measure over the members.

An axis is a risk label, ``cvar90:shortfall:kyzylorda`` (the mean of the worst 10 % of the
members' Kyzylorda shortfall) or ``mean:energy::winter`` (winter energy averaged over the
members); an objective label without a prefix counts by its mean. For a maximised objective
the CVaR is of the value's worst tail: ``cvar90:energy::winter`` is the mean winter energy of
the 10 % of members with the least. Every point is one schedule for all members, found as
in :func:`~waterplanner.engine.optimise.pareto.pareto_front` (each extreme lexicographically,
then A under "B no worse than ε"); the soft requirements' penalties count by their mean.
"""

from __future__ import annotations

import time
from dataclasses import replace

import numpy as np

from waterplanner.engine.optimise.context import make_context
from waterplanner.engine.optimise.errors import InfeasibleError, OptimisationError
from waterplanner.engine.optimise.pareto import (
    TIE_WEIGHT,
    ParetoFront,
    ParetoPoint,
    _check_nodes,
    _mark_dominated,
    _same,
    available_objectives,
    resolve_objective,
)
from waterplanner.engine.optimise.problem import objective_scale
from waterplanner.engine.optimise.risk_measure import (
    RiskMeasure,
    risk_label,
    split_risk_label,
)
from waterplanner.engine.optimise.robust import precheck_robust
from waterplanner.engine.optimise.robust_members import (
    RobustSettings,
    draw_members,
    in_sample_members,
)
from waterplanner.engine.optimise.robust_problem import RiskTerm, RobustObjective
from waterplanner.engine.optimise.robust_solve import run_robust
from waterplanner.engine.optimise.terms import describe, sense_of, simulated_value
from waterplanner.engine.results import Results
from waterplanner.model.objectives import Objective, OptimisationSpec
from waterplanner.model.objectives_document import optimisation_spec
from waterplanner.model.scenario import Scenario
from waterplanner.progress import Cancelled, CancelToken, Progress, check, report

RISK_AXIS_LEVELS = (0.9,)
"""The CVaR levels listed as risk axes (any level can be asked: ``cvar75:…``)."""


def is_risk_label(label: str | Objective) -> bool:
    """Whether an axis label carries a risk measure (``mean:…``, ``cvar90:…``)."""
    return isinstance(label, str) and split_risk_label(label)[0] is not None


def available_risk_objectives(scenario: Scenario) -> list[str]:
    """The risk axes a trade-off can use in this scenario: ``mean:`` and ``cvar90:`` before
    every label of :func:`~waterplanner.engine.optimise.pareto.available_objectives`."""
    labels = available_objectives(scenario)
    out = [f"mean:{x}" for x in labels]
    for alpha in RISK_AXIS_LEVELS:
        out += [risk_label(RiskMeasure("cvar", alpha), x) for x in labels]
    return out


def _axis(spec: OptimisationSpec, scenario: Scenario, label: str | Objective
          ) -> tuple[Objective, RiskMeasure]:
    if isinstance(label, Objective):
        measure, o = RiskMeasure("mean", 0.0), label
    else:
        m, rest = split_risk_label(label)
        measure = m if m is not None else RiskMeasure("mean", 0.0)
        o = resolve_objective(spec, rest)
    _check_nodes(scenario, o)
    return replace(o, weight=1.0, name=risk_label(measure, o.label)), measure


def risk_pareto_front(scenario: Scenario, a: str | Objective, b: str | Objective,
                      points: int = 10, robust: RobustSettings | None = None,
                      settings: OptimisationSpec | None = None,
                      inflow_set: str | None = None, progress: Progress | None = None,
                      cancel: CancelToken | None = None) -> ParetoFront:
    """The front between two risk axes over the in-sample members of ``robust`` (default
    20 members of the scenario's first ensemble; its out-of-sample settings are not used).
    Raises as :func:`~waterplanner.engine.optimise.pareto.pareto_front`, and
    :class:`~waterplanner.engine.optimise.risk_measure.RiskSettingsError` for bad
    ensemble settings."""
    t0 = time.perf_counter()
    robust = robust if robust is not None else RobustSettings(test_members=0)
    spec = settings if settings is not None else optimisation_spec(scenario)
    oa, ma = _axis(spec, scenario, a)
    ob, mb = _axis(spec, scenario, b)
    if oa.label == ob.label:
        raise ValueError("choose two different objectives")
    measure = {oa.label: ma, ob.label: mb}
    points = max(int(points), 2)
    spec = replace(spec, objectives=(oa, ob))
    report(progress, 0.0, "drawing the ensemble members")
    draw = draw_members(scenario, replace(robust, test_members=0))
    base = make_context(scenario, spec, inflow_set)
    members = in_sample_members(base, draw)
    precheck_robust(base, members)
    scale = objective_scale(base)
    k_count = len(members)
    total = points + 2
    lps = 0

    def mean_value(o: Objective) -> float:
        return float(np.mean([abs(simulated_value(m.ctx, m.ctx.planned, o)) for m in members]))

    tie_ab = (1.0 + mean_value(oa)) / (1.0 + mean_value(ob))
    last_sims: list[list[Results]] = [[m.ctx.planned for m in members]]

    def solve(main: Objective, other: Objective, eps: float | None, k: int,
              begin: list[Results], bounded: Objective | None = None) -> ParetoPoint:
        nonlocal lps
        ratio = tie_ab if main is oa else 1.0 / tie_ab
        w_other = TIE_WEIGHT * ratio
        objs = (replace(main, weight=1.0), replace(other, weight=w_other))
        ob_ = bounded or ob
        goal = RobustObjective(
            objectives=objs,
            terms=(RiskTerm(objs[0], measure[main.label], 1.0),
                   RiskTerm(objs[1], measure[other.label], w_other)),
            bound=None if eps is None else (ob_.label, eps))
        out = run_robust(members, goal, scale, begin, cancel=cancel,
                         fraction=(k / total, (k + 1) / total))
        lps += out.iterations
        best = out.best
        last_sims[0] = [i.sim for i in best.members]
        return ParetoPoint(a=best.measures[oa.label], b=best.measures[ob.label],
                           epsilon=np.nan if eps is None else eps,
                           release_mcm=best.release_mcm)

    def lex(main: Objective, fixed: Objective, value: float, k: int,
            fallback: ParetoPoint) -> ParetoPoint:
        tol = 1e-7 * (1.0 + abs(value))
        bound = value + tol if sense_of(fixed) == "min" else value - tol
        try:
            return solve(main, fixed, bound, k, last_sims[0], bounded=fixed)
        except (InfeasibleError, OptimisationError):
            return fallback

    found: list[ParetoPoint] = []
    cancelled = False
    sb = 1.0 if sense_of(ob) == "min" else -1.0
    try:
        report(progress, 0.0, f"optimising {oa.label} alone ({k_count} members)")
        pa = solve(oa, ob, None, 0, last_sims[0])
        pa = lex(ob, oa, pa.a, 0, pa)
        after_a = last_sims[0]
        report(progress, 1 / total, f"optimising {ob.label} alone ({k_count} members)")
        pb = solve(ob, oa, None, 1, after_a)
        pb = lex(oa, ob, pb.b, 1, pb)
        after_b = last_sims[0]
        if _same(pa.a, pb.a) and _same(pa.b, pb.b):
            found.append(replace(pa, epsilon=float(pa.b)))
            report(progress, 1.0, "done: no trade-off")
            return _front(oa, ob, ma, mb, k_count, found, False, lps, t0, True)
        for k, eps in enumerate(np.linspace(pa.b, pb.b, points)):
            check(cancel)
            report(progress, (k + 2) / total, f"point {k + 1} of {points}: {ob.label} "
                                              f"{'≤' if sb > 0 else '≥'} {eps:.6g}")
            if k == 0:
                found.append(replace(pa, epsilon=float(eps)))
                continue
            if k == points - 1:
                found.append(replace(pb, epsilon=float(eps)))
                continue
            tries: list[tuple[ParetoPoint, list[Results]]] = []
            for begin in (after_a, after_b):
                try:
                    tries.append((solve(oa, ob, float(eps), k + 2, begin), last_sims[0]))
                except (InfeasibleError, OptimisationError):
                    continue
            if not tries:
                found.append(ParetoPoint(np.nan, np.nan, float(eps), {}, feasible=False))
                continue
            sign = 1.0 if sense_of(oa) == "min" else -1.0
            best, after_a = min(tries, key=lambda pt: sign * pt[0].a)
            found.append(best)
    except Cancelled:
        cancelled = True
    found = _mark_dominated(found, sense_of(oa), sense_of(ob))
    feasible = [p for p in found if p.feasible]
    same = len(feasible) > 1 and all(_same(p.a, feasible[0].a) and _same(p.b, feasible[0].b)
                                     for p in feasible)
    if same and not cancelled:
        found = [feasible[0]]
    report(progress, 1.0, "cancelled" if cancelled else "done")
    return _front(oa, ob, ma, mb, k_count, found, cancelled, lps, t0, same and not cancelled)


def _front(oa: Objective, ob: Objective, ma: RiskMeasure, mb: RiskMeasure, k_count: int,
           found: list[ParetoPoint], cancelled: bool, lps: int, t0: float, no_tradeoff: bool
           ) -> ParetoFront:
    def words(o: Objective, m: RiskMeasure) -> str:
        what = describe(replace(o, name=""))
        return f"{m.text} over {k_count} members of {what}"

    return ParetoFront(a=oa, b=ob, a_description=words(oa, ma), b_description=words(ob, mb),
                       points=tuple(found), cancelled=cancelled, lp_count=lps,
                       seconds=time.perf_counter() - t0, no_tradeoff=no_tradeoff)

