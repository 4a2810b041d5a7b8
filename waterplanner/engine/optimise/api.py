"""``optimise``: the best release schedule of a scenario for its stated objective.

This is the entry point for the command line and for the GUI's optimiser panel, which calls
it in a worker thread on an immutable scenario snapshot::

    result = optimise(scenario, inflow_set="median", progress=cb, cancel=token)
    result.scenario            # the scenario with the optimised schedules (editable as usual)
    result.objective_before, result.objective_after
    result.comparison          # end and lowest storage, energy, shortfall, lake: before → after
    result.defaults.text       # "Defaults: carry-over soft at …; regularisation …"
    result.binding             # binding requirements with shadow prices, in words
    result.self_check.summary()
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import numpy as np

from waterplanner.engine.comparison import ShortfallChange as DemandChange
from waterplanner.engine.comparison import SummaryComparison, compare_summaries
from waterplanner.engine.optimise.context import Context, make_context
from waterplanner.engine.optimise.defaults import AppliedDefaults, applied_defaults
from waterplanner.engine.optimise.errors import InfeasibleError, OptimisationError
from waterplanner.engine.optimise.explain import Binding, binding_constraints
from waterplanner.engine.optimise.greedy import Cell
from waterplanner.engine.optimise.infeasible import diagnose
from waterplanner.engine.optimise.precheck import held_note, precheck
from waterplanner.engine.optimise.problem import Point, objective_scale, water_value_scale
from waterplanner.engine.optimise.selfcheck import SelfCheck, self_check
from waterplanner.engine.optimise.solve import Merit, Outcome, evaluate, run
from waterplanner.engine.optimise.terms import describe, sense_of
from waterplanner.engine.results import Results
from waterplanner.engine.summary import summarize
from waterplanner.i18n import and_joined, translate
from waterplanner.i18n.figures import fig
from waterplanner.i18n.units import unit as unit_words
from waterplanner.model.objectives import Objective, OptimisationSpec
from waterplanner.model.objectives_document import optimisation_spec
from waterplanner.model.scenario import Scenario
from waterplanner.progress import CancelToken, Progress, report


@dataclass(frozen=True)
class TermValue:
    """One objective term before and after, in its own unit, as the simulator measures it;
    ``lp`` is the optimiser's own value of it."""

    label: str
    description: str
    unit: str
    sense: str
    weight: float
    before: float
    after: float
    lp: float


@dataclass(frozen=True, eq=False)
class OptimisationResult:
    """What :func:`optimise` found.

    ``objective_*`` are the combined objective (minimised; maximised terms enter negated)
    measured by simulating the input and the optimised schedule. ``improved`` is False when
    the optimiser found nothing better than the input, which is then returned unchanged.
    """

    scenario: Scenario
    original: Scenario
    inflow_set: str
    objective_before: float
    objective_after: float
    objective_unit: str
    terms: tuple[TermValue, ...]
    penalties_after: dict[str, float]
    binding: tuple[Binding, ...]
    self_check: SelfCheck
    iterations: int
    converged: bool
    stopping: str
    improved: bool
    n_variables: int
    n_constraints: int
    seconds: float
    lp_seconds: float
    release_mcm: dict[str, np.ndarray]
    results_before: Results
    results_after: Results
    comparison: SummaryComparison
    """End and lowest storage per reservoir, energy per country and season, shortfalls and
    lake inflow of the input schedule against the optimised one (both simulated)."""

    @property
    def shortfalls(self) -> tuple[DemandChange, ...]:
        """Each demand's shortfall before and after (from :attr:`comparison`)."""
        return self.comparison.demands
    defaults: AppliedDefaults
    """The protective defaults this run applied (carry-over, regularisation)."""
    notes: tuple[str, ...] = field(default=())


def objective_unit(objectives: tuple[Objective, ...]) -> str:
    """Words for one unit of the combined objective."""
    active = [o for o in objectives if o.weight]
    if active and all(o.weight == 1.0 and o.unit == active[0].unit for o in active):
        if active[0].unit == "value":
            return translate("Optimiser", "units of value")
        return translate("Optimiser", "{unit} of {objectives}").format(
            unit=unit_words(active[0].unit), objectives=and_joined(describe(o) for o in active))
    return translate("Optimiser", "objective units")


def optimise(scenario: Scenario, settings: OptimisationSpec | None = None,
             inflow_set: str | None = None, progress: Progress | None = None,
             cancel: CancelToken | None = None) -> OptimisationResult:
    """Optimise the release schedules of a (valid) scenario over its whole horizon.

    Parameters
    ----------
    scenario
        The planning case; its ``optimisation`` section is used unless ``settings`` is given.
    settings
        Decision reservoirs, objectives and requirements (default: the scenario's section,
        or shortfall plus minimum-flow deficits when it has none).
    inflow_set
        The inflow set to optimise for (default: the scenario's first).
    progress
        Called as ``progress(fraction, message)`` after each linear programme.
    cancel
        Checked between linear programmes; :class:`Cancelled` is raised when it is set.

    Returns
    -------
    OptimisationResult
        The optimised scenario and everything needed to judge it.

    Raises
    ------
    InfeasibleError
        The hard requirements cannot all hold; the message names them.
    OptimisationError
        Anything else that prevents a schedule (unbounded objective, solver failure).
    """
    t_start = time.perf_counter()
    spec = settings if settings is not None else optimisation_spec(scenario)
    report(progress, 0.0, translate("Optimiser", "simulating the input schedule"))
    ctx = make_context(scenario, spec, inflow_set)
    precheck(ctx)
    before = ctx.planned
    scale = objective_scale(ctx)
    objectives = spec.objectives

    def on_infeasible(point: Point, cells: frozenset[Cell]) -> None:
        raise diagnose(ctx, point, objectives, scale, cells)

    outcome = run(ctx, objectives, scale, before, progress=progress, cancel=cancel,
                  diagnose=on_infeasible)
    result = _assemble(ctx, objectives, scale, before, outcome, t_start)
    report(progress, 1.0, translate("Optimiser", "done"))
    return result


def _assemble(ctx: Context, objectives: tuple[Objective, ...], scale: float, before: Results,
              outcome: Outcome, t_start: float) -> OptimisationResult:
    best = outcome.best
    merit_before: Merit = evaluate(ctx, before, objectives, scale)
    notes: list[str] = []
    improved = best.merit.total <= merit_before.total + 1e-9 * (1 + abs(merit_before.total))
    if improved:
        scenario = ctx.scenario
        for rid, rel in best.release_mcm.items():
            scenario = scenario.with_schedule(rid, tuple(float(v) for v in rel))
        after, merit_after, release = best.sim, best.merit, best.release_mcm
    else:
        notes.append(translate("Optimiser", "The optimiser found nothing better than the input "
                                            "schedule (the linearisation misled it); the input is "
                                            "returned unchanged."))
        scenario, after, merit_after = ctx.scenario, before, merit_before
        release = {ctx.net.node_ids[i]: ctx.schedule_mcm[i] for i in np.flatnonzero(ctx.decision)}
    if not outcome.converged:
        notes.append(translate("Optimiser", "Successive LP {stopping}.").format(
            stopping=outcome.stopping))
    held = held_note(ctx)
    if held:
        notes.append(held)
    if ctx.proportional:
        notes.append(proportional_note(ctx, best.sim if improved else before,
                                       best.model_sim if improved else None))
    terms = tuple(TermValue(
        label=o.label, description=describe(o), unit=o.unit, sense=sense_of(o),
        weight=o.weight, before=merit_before.terms[o.label], after=merit_after.terms[o.label],
        lp=best.exprs[o.label].value(best.sol.x)) for o in objectives)
    unit = objective_unit(objectives)
    binding = tuple(binding_constraints(ctx, best.built, best.sol, scale, unit))
    check = self_check(ctx, best, ctx.spec.tolerance_mcm)
    comparison = compare_summaries(summarize(before), summarize(after))
    defaults = applied_defaults(ctx, water_value_scale(ctx), scale, unit)
    return OptimisationResult(
        scenario=scenario, original=ctx.scenario, inflow_set=ctx.inflow_set,
        objective_before=merit_before.total, objective_after=merit_after.total,
        objective_unit=unit, terms=terms,
        penalties_after=dict(merit_after.penalties), binding=binding, self_check=check,
        iterations=outcome.iterations, converged=outcome.converged, stopping=outcome.stopping,
        improved=improved, n_variables=best.sol.n_vars, n_constraints=best.sol.n_rows,
        seconds=time.perf_counter() - t_start, lp_seconds=outcome.lp_seconds,
        release_mcm=release, results_before=before, results_after=after,
        comparison=comparison, defaults=defaults, notes=tuple(notes))


def proportional_note(ctx: Context, sim: Results, model_sim: Results | None) -> str:
    """What the optimiser assumes under the proportional policy, and how far the scenario's
    own rule delivers differently with the schedule returned."""
    text = translate("Optimiser", "This scenario shares shortages in proportion (the ICWC "
                                  "rule); the optimiser's linear programme plans deliveries "
                                  "upstream-first (each intake takes what reaches it before "
                                  "water passes on), and its self-check compares with that. The "
                                  "figures after are the simulator's under the scenario's own "
                                  "rule")
    if model_sim is None:
        return text + "."
    dem = ctx.demands
    if len(dem) == 0:
        return text + "."
    diff = np.abs(np.asarray(sim.delivery_mcm[0])[dem] - np.asarray(model_sim.delivery_mcm[0])[dem])
    worst = float(diff.max())
    if worst <= ctx.spec.tolerance_mcm:
        return text + translate("Optimiser", ": here both rules deliver the same.")
    k, t = np.unravel_index(int(diff.argmax()), diff.shape)
    return text + translate("Optimiser", ": with the optimised schedule they deliver up to "
                                         "{volume} Mm³ differently ({demand}, {period}). A "
                                         "fair_shortfall objective makes the optimiser value "
                                         "sharing a shortage evenly.").format(
        volume=fig(worst, ".4g"), demand=ctx.name[dem[k]], period=ctx.labels[t])


__all__ = ["DemandChange", "InfeasibleError", "OptimisationError", "OptimisationResult",
           "TermValue", "optimise"]
