"""Trade-off between two objectives: an ε-constraint sweep giving a Pareto front.

First each objective is optimised alone, then the other one as well as it can be without
giving up the first (lexicographic optima, so the extreme points are not dominated); that
spans the range of the second objective B. For each
of the ``points`` values ε evenly spaced across that range, objective A is optimised subject
to "B no worse than ε" (B ≤ ε for a minimised B, B ≥ ε for a maximised one). Every point
keeps its schedule. The planner's requirements and the protective defaults (carry-over,
regularisation) hold at every point; the other objectives of the scenario are left out of
the sweep. When both objectives reach their best at once the front is a single point and
says so (``no_tradeoff``).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import numpy as np

from waterplanner.engine.optimise.context import make_context
from waterplanner.engine.optimise.errors import InfeasibleError, OptimisationError
from waterplanner.engine.optimise.greedy import Cell
from waterplanner.engine.optimise.infeasible import diagnose
from waterplanner.engine.optimise.precheck import precheck
from waterplanner.engine.optimise.problem import Built, Point, objective_scale
from waterplanner.engine.optimise.solve import Expr, Merit, run
from waterplanner.engine.optimise.terms import describe, sense_of, simulated_value
from waterplanner.engine.results import Results
from waterplanner.model.objectives import Objective, OptimisationSpec
from waterplanner.model.objectives_document import (
    OBJECTIVE_KINDS,
    objective_from_label,
    optimisation_spec,
)
from waterplanner.model.scenario import Scenario
from waterplanner.progress import CancelToken, Progress, check, report

if TYPE_CHECKING:
    from waterplanner.engine.optimise.robust_members import RobustSettings

TIE_WEIGHT = 1e-4
"""Weight of the other objective when one is optimised alone or under its ε-constraint,
relative to the first, so that the points found are Pareto-efficient."""
SAME_REL = 1e-6
SAME_ABS = 1e-3
"""Two values of an objective closer than SAME_REL × its size (at least SAME_ABS: 1 m³ of
water, 1 kWh) are the same for the front: differences below the solver's tolerance neither
make a trade-off nor dominate a point."""


@dataclass(frozen=True, eq=False)
class ParetoPoint:
    """One point of the front: both objectives as simulated, the ε it was asked for, and the
    schedule (Mm³ per period per decision reservoir)."""

    a: float
    b: float
    epsilon: float
    release_mcm: dict[str, np.ndarray]
    feasible: bool = True
    dominated: bool = False
    """Another point is at least as good in both objectives and better in one (possible
    when successive LP for energy stops at a local optimum)."""


@dataclass(frozen=True, eq=False)
class ParetoFront:
    """The front between objective A and objective B (natural units, e.g. Mm³ and MWh)."""

    a: Objective
    b: Objective
    a_description: str
    b_description: str
    points: tuple[ParetoPoint, ...]
    cancelled: bool
    lp_count: int
    seconds: float
    no_tradeoff: bool = False
    """Both objectives reach their best at once: the front is one point."""

    @property
    def no_tradeoff_text(self) -> str:
        """"no trade-off between A and B here: …" (empty when there is a trade-off)."""
        if not self.no_tradeoff or not self.points:
            return ""
        p = self.points[0]
        return (f"No trade-off between {self.a.label} and {self.b.label} here: one schedule "
                f"reaches the best of both at once ({self.a.label} {p.a:.6g} {self.a.unit}, "
                f"{self.b.label} {p.b:.6g} {self.b.unit}).")

    def scenario_at(self, scenario: Scenario, k: int) -> Scenario:
        """The scenario with the schedule of point k."""
        for rid, rel in self.points[k].release_mcm.items():
            scenario = scenario.with_schedule(rid, tuple(float(v) for v in rel))
        return scenario


def resolve_objective(spec: OptimisationSpec, label: str) -> Objective:
    """An objective of the spec by its label, or one described by a short label
    (``kind[:node,node][:season]``)."""
    for o in spec.objectives:
        if o.label == label:
            return replace(o, weight=1.0)
    return objective_from_label(label)


def pareto_front(scenario: Scenario, a: str | Objective, b: str | Objective, points: int = 10,
                 settings: OptimisationSpec | None = None, inflow_set: str | None = None,
                 progress: Progress | None = None, cancel: CancelToken | None = None,
                 robust: RobustSettings | None = None) -> ParetoFront:
    """ε-constraint sweep between objectives ``a`` and ``b`` (labels or objectives).

    A label with a risk measure (``cvar90:shortfall:kyzylorda``, ``mean:energy::winter``),
    or ``robust`` settings, sweeps over the members of an inflow ensemble instead, as one
    K-copy LP per point (:mod:`.robust_pareto`; an axis without a measure counts by its
    mean).

    Parameters
    ----------
    points
        Number of ε values across B's range (at least 2; the two extremes included).
    progress, cancel
        As for :func:`optimise`; on cancellation the points found so far are returned with
        ``cancelled`` set (no exception).

    Raises
    ------
    ValueError
        An objective label is not understood.
    InfeasibleError, OptimisationError
        As for :func:`optimise` (only if even the extreme points cannot be found).
    """
    from waterplanner.engine.optimise.robust_pareto import is_risk_label, risk_pareto_front
    if robust is not None or is_risk_label(a) or is_risk_label(b):
        return risk_pareto_front(scenario, a, b, points, robust, settings, inflow_set,
                                 progress, cancel)
    t0 = time.perf_counter()
    spec = settings if settings is not None else optimisation_spec(scenario)
    oa = a if isinstance(a, Objective) else resolve_objective(spec, a)
    ob = b if isinstance(b, Objective) else resolve_objective(spec, b)
    for o in (oa, ob):
        _check_nodes(scenario, o)
    oa, ob = replace(oa, weight=1.0, name=oa.label), replace(ob, weight=1.0, name=ob.label)
    if oa.label == ob.label:
        raise ValueError("choose two different objectives")
    points = max(int(points), 2)
    spec = replace(spec, objectives=(oa, ob))
    ctx = make_context(scenario, spec, inflow_set)
    precheck(ctx)
    start = ctx.planned
    scale = objective_scale(ctx)
    sb = 1.0 if sense_of(ob) == "min" else -1.0
    found: list[ParetoPoint] = []
    lps = 0
    total = points + 2

    def solve(main: Objective, other: Objective, eps: float | None, k: int,
              begin: Results, bounded: Objective | None = None) -> ParetoPoint:
        """Optimise ``main`` (``other`` as a tie-break) with ``bounded`` (default B) no
        worse than ``eps``."""
        nonlocal lps
        # the tie weight is scaled by the sizes of the two terms at the input schedule, so
        # it only breaks ties whatever their units (Mm³, MWh)
        ratio = tie_ab if main is oa else 1.0 / tie_ab
        objs = (replace(main, weight=1.0), replace(other, weight=TIE_WEIGHT * ratio))
        ob_ = bounded or ob
        sense = 1.0 if sense_of(ob_) == "min" else -1.0

        def extra(built: Built, exprs: dict[str, Expr]) -> None:
            if eps is None:
                return
            e = exprs[ob_.label]
            lp = built.lp
            g = lp.group("epsilon", ob_.label, f"{describe(ob_)} no worse than {eps:.6g}",
                         unit=ob_.unit, requirement="epsilon")
            row = lp.rows("le" if sense > 0 else "ge", eps - e.const, group=g,
                          periods=np.array([-1]))
            lp.coef(np.repeat(row, len(e.cols)), e.cols, e.coefs)

        def broken(m: Merit) -> float:
            if eps is None:
                return 0.0
            return max((m.terms[ob_.label] - eps) * sense, 0.0)

        def on_infeasible(point: Point, cells: frozenset[Cell]) -> None:
            raise diagnose(ctx, point, objs, scale, cells)

        out = run(ctx, objs, scale, begin, extra=extra, cancel=cancel,
                  fraction=(k / total, (k + 1) / total), extra_violation=broken,
                  diagnose=on_infeasible if eps is None else None)
        lps += out.iterations
        best = out.best
        last_sim[0] = best.sim
        return ParetoPoint(a=best.merit.terms[oa.label], b=best.merit.terms[ob.label],
                           epsilon=np.nan if eps is None else eps,
                           release_mcm=best.release_mcm)

    def lex(main: Objective, fixed: Objective, value: float, k: int,
            fallback: ParetoPoint) -> ParetoPoint:
        """Optimise ``main`` keeping ``fixed`` within a hair of ``value``, its optimum."""
        tol = 1e-7 * (1.0 + abs(value))
        bound = value + tol if sense_of(fixed) == "min" else value - tol
        try:
            return solve(main, fixed, bound, k, last_sim[0], bounded=fixed)
        except (InfeasibleError, OptimisationError):
            return fallback

    va = abs(simulated_value(ctx, start, oa))
    vb = abs(simulated_value(ctx, start, ob))
    tie_ab = (1.0 + va) / (1.0 + vb)
    last_sim: list[Results] = [start]
    cancelled = False
    try:
        report(progress, 0.0, f"optimising {oa.label} alone")
        pa = solve(oa, ob, None, 0, start)
        # the extreme points are found lexicographically, so neither is dominated: the best
        # of A, then the best B that keeps A at that
        pa = lex(ob, oa, pa.a, 0, pa)
        after_a = last_sim[0]
        report(progress, 1 / total, f"optimising {ob.label} alone")
        # start from A's optimum: a local search then cannot end worse in B than that
        pb = solve(ob, oa, None, 1, after_a)
        pb = lex(oa, ob, pb.b, 1, pb)
        after_b = last_sim[0]
        b_lo, b_hi = pa.b, pb.b
        if _same(pa.a, pb.a) and _same(pa.b, pb.b):
            # one schedule is best for both: nothing to sweep
            found.append(replace(pa, epsilon=float(b_lo)))
            report(progress, 1.0, "done: no trade-off")
            return ParetoFront(a=oa, b=ob, a_description=describe(oa),
                               b_description=describe(ob), points=tuple(found),
                               cancelled=False, lp_count=lps,
                               seconds=time.perf_counter() - t0, no_tradeoff=True)
        eps_values = np.linspace(b_lo, b_hi, points)
        for k, eps in enumerate(eps_values):
            check(cancel)
            report(progress, (k + 2) / total, f"point {k + 1} of {points}: {ob.label} "
                                              f"{'≤' if sb > 0 else '≥'} {eps:.6g}")
            if k == 0:
                found.append(replace(pa, epsilon=float(eps)))
                continue
            if k == points - 1:
                found.append(replace(pb, epsilon=float(eps)))
                continue
            # a local search from each end of the front; the better answer is kept (with
            # operating rules downstream the problem is not convex enough for one start)
            tries: list[tuple[ParetoPoint, Results]] = []
            for begin in (after_a, after_b):
                try:
                    tries.append((solve(oa, ob, float(eps), k + 2, begin), last_sim[0]))
                except (InfeasibleError, OptimisationError):
                    continue
            if not tries:
                found.append(ParetoPoint(np.nan, np.nan, float(eps), {}, feasible=False))
                continue
            sign = 1.0 if sense_of(oa) == "min" else -1.0
            best, after_a = min(tries, key=lambda pt: sign * pt[0].a)
            found.append(best)
    except Exception as e:  # cancellation returns the partial front
        from waterplanner.progress import Cancelled
        if not isinstance(e, Cancelled):
            raise
        cancelled = True
    found = _mark_dominated(found, sense_of(oa), sense_of(ob))
    feasible = [p for p in found if p.feasible]
    same = len(feasible) > 1 and all(_same(p.a, feasible[0].a) and _same(p.b, feasible[0].b)
                                     for p in feasible)
    if same and not cancelled:
        found = [feasible[0]]
    report(progress, 1.0, "cancelled" if cancelled else "done")
    return ParetoFront(a=oa, b=ob, a_description=describe(oa), b_description=describe(ob),
                       points=tuple(found), cancelled=cancelled, lp_count=lps,
                       seconds=time.perf_counter() - t0, no_tradeoff=same and not cancelled)


def _check_nodes(scenario: Scenario, o: Objective) -> None:
    """ValueError naming a node of the objective that the scenario lacks or that is of the
    wrong kind."""
    kinds = {nd.id: nd for nd in scenario.nodes}
    ks = OBJECTIVE_KINDS[o.kind]
    for n in o.nodes:
        nd = kinds.get(n)
        if nd is None:
            raise ValueError(f"'{o.label}': there is no node '{n}'")
        if ks.node_kinds and nd.kind.value not in ks.node_kinds:
            raise ValueError(f"'{o.label}': '{n}' is a {nd.kind.value.replace('_', ' ')}, not "
                             f"a {' or '.join(k.replace('_', ' ') for k in ks.node_kinds)}")
        if ks.plants_only and getattr(nd, "hydropower", None) is None:
            raise ValueError(f"'{o.label}': reservoir '{n}' has no hydropower plant")


def _same(x: float, y: float) -> bool:
    """Equal within the solver's tolerance (:data:`SAME_REL`, :data:`SAME_ABS`)."""
    return abs(x - y) <= max(SAME_REL * max(abs(x), abs(y)), SAME_ABS)


def _mark_dominated(points: list[ParetoPoint], sense_a: str, sense_b: str) -> list[ParetoPoint]:
    """Flag the points another point dominates: at least as good in both objectives and
    better in one by more than the solver's tolerance."""
    fa = 1.0 if sense_a == "min" else -1.0
    fb = 1.0 if sense_b == "min" else -1.0
    ok = [p for p in points if p.feasible]

    def better(x: float, y: float, f: float) -> bool:  # x strictly better than y
        return f * x < f * y and not _same(x, y)

    def no_worse(x: float, y: float, f: float) -> bool:
        return f * x <= f * y or _same(x, y)

    out = []
    for p in points:
        dom = p.feasible and any(
            no_worse(q.a, p.a, fa) and no_worse(q.b, p.b, fb) and
            (better(q.a, p.a, fa) or better(q.b, p.b, fb)) for q in ok)
        out.append(replace(p, dominated=dom))
    return out


def available_objectives(scenario: Scenario) -> list[str]:
    """Objective labels the trade-off can use in this scenario: the optimisation section's
    own, then short labels for every demand, lake, minimum-flow point and plant at a dam
    (``lake_inflow:north_aral``, ``energy:toktogul:winter``, ``shortfall::summer``, …);
    ``energy`` (all plants, run-of-river included) when the scenario has any plant."""
    spec = optimisation_spec(scenario)
    out = [o.label for o in spec.objectives]
    kinds = {nd.id: nd.kind.value for nd in scenario.nodes}
    plants = [nd.id for nd in scenario.nodes
              if kinds[nd.id] == "reservoir" and getattr(nd, "hydropower", None) is not None]
    demands = [i for i, k in kinds.items() if k == "demand"]
    lakes = [i for i, k in kinds.items() if k == "terminal_lake"]
    mins = [i for i, k in kinds.items() if k == "min_flow"]
    res = [i for i, k in kinds.items() if k == "reservoir"]
    seasons = ("", "winter", "summer")
    extra: list[str] = []
    if demands:
        extra += [f"shortfall::{s}" if s else "shortfall" for s in seasons]
        extra += [f"shortfall:{d}" for d in demands]
        extra += [f"fair_shortfall::{s}" if s else "fair_shortfall" for s in seasons]
    if mins:
        extra.append("min_flow_deficit")
    extra += [f"lake_inflow:{lk}" for lk in lakes]
    if plants or any(lk.plants for lk in scenario.links):
        extra += [f"energy::{s}" if s else "energy" for s in seasons]
        extra += [f"energy:{p}:{s}" if s else f"energy:{p}" for p in plants for s in seasons]
    if res:
        extra.append("spill")
    return out + [x for x in extra if x not in out]

