"""``optimise_robust``: one release schedule for a whole inflow ensemble.

The deterministic optimiser (:func:`~waterplanner.engine.optimise.optimise`) finds the best
schedule for one inflow set — a year nobody can promise. This one optimises a single
schedule of the decision reservoirs against K members of an ensemble at once, as one LP with
K scenario copies sharing the decisions (:mod:`.robust_problem`), minimising the mean or the
CVaR α of the members' objective values, with the deterministic optimiser's successive LP,
rule following and self-check per member (:mod:`.robust_solve`). It then measures the input
schedule, the deterministic optimum (on the scenario's inflow set) and the robust schedule
on the in-sample members and on M other members the LP never saw (out-of-sample)::

    result = optimise_robust(scenario, RobustSettings(members=20, test_members=200),
                             progress=cb, cancel=token)
    result.scenario                       # the scenario with the robust schedules
    result.in_sample.row("robust schedule").cvar
    result.out_of_sample.row("deterministic optimum").demand("kyzylorda")
    result.self_checks_passed, result.self_check_summary()
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from waterplanner.engine.optimise.api import OptimisationResult, objective_unit, optimise
from waterplanner.engine.optimise.context import Context, make_context
from waterplanner.engine.optimise.country_limits import check_country_limits
from waterplanner.engine.optimise.errors import InfeasibleError, ProblemTooLarge
from waterplanner.engine.optimise.greedy import Cell
from waterplanner.engine.optimise.infeasible import diagnose
from waterplanner.engine.optimise.precheck import (
    MAX_LP_NONZEROS,
    check_decisions,
    check_min_flows,
    estimate_size,
    held_note,
)
from waterplanner.engine.optimise.problem import Point, objective_scale
from waterplanner.engine.optimise.risk_measure import RiskMeasure
from waterplanner.engine.optimise.robust_evaluate import (
    RiskComparison,
    ScheduleRisk,
    compare_on_members,
)
from waterplanner.engine.optimise.robust_members import (
    Member,
    MemberDraw,
    RobustSettings,
    draw_members,
    in_sample_members,
)
from waterplanner.engine.optimise.robust_problem import RobustObjective
from waterplanner.engine.optimise.robust_solve import RobustOutcome, measures_of, run_robust
from waterplanner.engine.optimise.selfcheck import SelfCheck, self_check
from waterplanner.engine.optimise.solve import evaluate
from waterplanner.i18n import QT_TRANSLATE_NOOP, translate
from waterplanner.i18n.figures import fig
from waterplanner.model.objectives import OptimisationSpec
from waterplanner.model.objectives_document import optimisation_spec
from waterplanner.model.scenario import Scenario
from waterplanner.progress import CancelToken, Progress, check, report

INPUT = QT_TRANSLATE_NOOP("Robust", "input schedule")
DETERMINISTIC = QT_TRANSLATE_NOOP("Robust", "deterministic optimum")
ROBUST = QT_TRANSLATE_NOOP("Robust", "robust schedule")
"""The schedules a robust result compares, by these keys (English; shown through
``translate("Robust", key)``)."""


@dataclass(frozen=True, eq=False)
class RobustResult:
    """What :func:`optimise_robust` found.

    ``objective_before`` / ``objective_after`` are the risk measure (``settings.risk``) of
    the in-sample members' simulated objective values with the input and the robust
    schedule (a hard requirement the input breaks in a member is counted in the in-sample
    table's ``broken``, not in its objective value); ``lp_objective`` is the LP's own value
    of the robust one. ``in_sample`` and
    ``out_of_sample`` compare the input schedule, the deterministic optimum and the robust
    schedule (rows named by :data:`INPUT`, :data:`DETERMINISTIC`, :data:`ROBUST`).
    """

    scenario: Scenario
    original: Scenario
    settings: RobustSettings
    inflow_set: str
    ensemble: str
    ensemble_label: str
    seed: int | None
    objective_unit: str
    objective_before: float
    objective_after: float
    lp_objective: float
    release_mcm: dict[str, np.ndarray]
    deterministic_release_mcm: dict[str, np.ndarray] | None
    in_sample: RiskComparison
    out_of_sample: RiskComparison | None
    self_checks: tuple[SelfCheck, ...]
    """One per in-sample member, in order."""
    iterations: int
    converged: bool
    stopping: str
    improved: bool
    n_variables: int
    n_constraints: int
    n_nonzeros: int
    seconds: float
    lp_seconds: float
    deterministic: OptimisationResult | None = None
    notes: tuple[str, ...] = field(default=())

    @property
    def measure(self) -> RiskMeasure:
        return self.settings.risk

    @property
    def members(self) -> tuple[int, ...]:
        return self.in_sample.members

    @property
    def self_checks_passed(self) -> bool:
        return all(c.passed for c in self.self_checks)

    def self_check_summary(self) -> str:
        """One line (and the failures) of the per-member self-checks."""
        k = len(self.self_checks)
        failed = [(m, c) for m, c in zip(self.members, self.self_checks) if not c.passed]
        worst_s = max(c.max_storage_diff_mcm for c in self.self_checks)
        worst_d = max(c.max_delivery_diff_mcm for c in self.self_checks)
        head = translate("Robust", "Self-check passed for all {count} in-sample members: largest "
                                   "difference between optimiser and simulator {storage} Mm³ "
                                   "storage, {delivery} Mm³ delivery") if not failed else \
            translate("Robust", "Self-check not passed in {failed} of {count} in-sample members: "
                                "the optimiser's model of them differs from their simulation by "
                                "up to {storage} Mm³ storage, {delivery} Mm³ delivery. A better "
                                "schedule may exist; every figure shown for this one is the "
                                "simulator's, member by member.")
        head = head.format(count=k, failed=len(failed), storage=fig(worst_s, ".2e"),
                           delivery=fig(worst_d, ".2e"))
        lines = [head] + [translate("Robust", "  member {member}: {check}").format(
            member=m, check=c.summary()) for m, c in failed[:5]]
        return "\n".join(lines)

    @property
    def usable(self) -> bool:
        """Whether the schedule may be applied: it improves on the input, judged by the
        simulation of every in-sample member. The self-check is reported, not required: with
        K members successive LP may stop before its model of every member meets the
        simulation (the deterministic optimiser, with one, must meet it), but the figures of
        a robust schedule are its simulations, so a disagreement costs optimality, not
        truth."""
        return self.improved

    @property
    def input_to_blame(self) -> bool:
        """Every failed self-check is one the scenario causes (see
        :attr:`SelfCheck.input_to_blame`)."""
        failed = [c for c in self.self_checks if not c.passed]
        return bool(failed) and all(c.input_to_blame for c in failed)


def precheck_robust(base: Context, members: Sequence[Member]) -> None:
    """The deterministic checks for K members: something to decide, country limits, the
    size of the K-copy LP, and the minimum flows of every member."""
    check_decisions(base)
    check_country_limits(base)
    one = estimate_size(base)
    k = len(members)
    if one.nonzeros * k > MAX_LP_NONZEROS:
        raise ProblemTooLarge(translate(
            "Robust", "the robust problem is too large to optimise on this machine: {members} "
                      "members × {size} each are more than the {limit} non-zeros the optimiser "
                      "attempts. Use fewer in-sample members (at most {most}), a coarser time "
                      "step or a shorter horizon.").format(
            members=k, size=one.text(), limit=fig(MAX_LP_NONZEROS, ","),
            most=max(MAX_LP_NONZEROS // max(one.nonzeros, 1), 1)))
    for m in members:
        check_min_flows(m.ctx)


def optimise_robust(scenario: Scenario, robust: RobustSettings | None = None,
                    settings: OptimisationSpec | None = None, inflow_set: str | None = None,
                    progress: Progress | None = None, cancel: CancelToken | None = None,
                    compare_deterministic: bool = True) -> RobustResult:
    """Optimise one schedule of the decision reservoirs against an ensemble.

    Parameters
    ----------
    robust
        Ensemble, K, the risk measure, M out-of-sample members and the seed
        (:class:`RobustSettings`; default 20 members of the scenario's first ensemble, CVaR
        90 %, 200 out-of-sample members).
    settings
        The optimisation section to use (default: the scenario's).
    inflow_set
        The inflow set of the deterministic optimum compared with (default: the first).
    compare_deterministic
        Whether to run the deterministic optimiser for the comparison rows.

    Raises
    ------
    RiskSettingsError
        A bad risk measure or ensemble setting (K < 1, α outside [0, 1), an unknown
        ensemble, too few stored members …).
    InfeasibleError, PhysicallyImpossible, ProblemTooLarge, OptimisationError
        As for :func:`optimise`, naming the member concerned.
    """
    t_start = time.perf_counter()
    robust = robust if robust is not None else RobustSettings()
    spec = settings if settings is not None else optimisation_spec(scenario)
    report(progress, 0.0, translate("Robust", "drawing the ensemble members"))
    draw = draw_members(scenario, robust)
    base = make_context(scenario, spec, inflow_set)
    members = in_sample_members(base, draw)
    precheck_robust(base, members)
    scale = objective_scale(base)
    objectives = spec.objectives
    goal = RobustObjective(objectives, combined=robust.risk)

    def on_infeasible(points: list[Point], cells: list[frozenset[Cell]]) -> None:
        for m, p, c in zip(members, points, cells):
            e = diagnose(m.ctx, p, objectives, scale, c)
            if e.conflicts:
                raise e
        raise InfeasibleError(translate(
            "Robust", "No one schedule meets every hard requirement in all {count} in-sample "
                      "members at once, although each member alone can be met: the members need "
                      "releases no single schedule gives. Make a requirement soft, or optimise "
                      "against fewer or less extreme members.").format(count=len(members)), [])

    check(cancel)
    outcome = run_robust(members, goal, scale, [m.ctx.planned for m in members],
                         progress=progress, cancel=cancel, diagnose=on_infeasible,
                         fraction=(0.02, 0.8))
    deterministic: OptimisationResult | None = None
    notes: list[str] = list(draw.notes)
    if compare_deterministic:
        report(progress, 0.8, translate("Robust", "the deterministic optimum, for comparison"))
        try:
            deterministic = optimise(scenario, spec, inflow_set=base.inflow_set, cancel=cancel)
        except InfeasibleError as e:
            notes.append(translate("Robust", "No deterministic optimum to compare with: {reason}")
                         .format(reason=e))
    report(progress, 0.85, translate("Robust", "measuring the schedules on the members"))
    result = _assemble(scenario, base, members, draw, robust, goal, scale, outcome,
                       deterministic, notes, t_start, cancel)
    report(progress, 1.0, translate("Optimiser", "done"))
    return result


def _assemble(scenario: Scenario, base: Context, members: Sequence[Member], draw: MemberDraw,
              robust: RobustSettings, goal: RobustObjective, scale: float,
              outcome: RobustOutcome, deterministic: OptimisationResult | None,
              notes: list[str], t_start: float, cancel: CancelToken | None) -> RobustResult:
    best = outcome.best
    objectives = goal.objectives
    before = [evaluate(m.ctx, m.ctx.planned, objectives, scale) for m in members]
    total_before, _ = measures_of(goal, before)
    improved = best.total <= total_before + 1e-9 * (1 + abs(total_before))
    input_release = {base.net.node_ids[i]: np.array(base.schedule_mcm[i], dtype=float)
                     for i in base.decision_reservoirs}
    if improved:
        release = best.release_mcm
        out = scenario
        for rid, rel in release.items():
            out = out.with_schedule(rid, tuple(float(v) for v in rel))
        after = best.total
    else:
        notes.append(translate("Robust", "The optimiser found nothing better than the input "
                                         "schedule for these members (the linearisation misled "
                                         "it); the input is returned unchanged."))
        release, out, after = input_release, scenario, total_before
    if not outcome.converged:
        notes.append(translate("Optimiser", "Successive LP {stopping}.").format(
            stopping=outcome.stopping))
    held = held_note(base)
    if held:
        notes.append(held)
    schedules: dict[str, dict[str, np.ndarray]] = {INPUT: input_release}
    det_release = None
    if deterministic is not None:
        det_release = {rid: np.asarray(deterministic.scenario.release_schedules[rid],
                                       dtype=float) for rid in input_release}
        schedules[DETERMINISTIC] = det_release
    schedules[ROBUST] = release
    alpha = robust.risk.alpha if robust.risk.kind == "cvar" else 0.9
    ins = compare_on_members(base, draw.in_sample, schedules, objectives, scale, alpha,
                             robust.threshold_pct, "in-sample",
                             contexts=[m.ctx for m in members], cancel=cancel)
    oos: RiskComparison | None = None
    if draw.out_of_sample is not None:
        oos = compare_on_members(base, draw.out_of_sample, schedules, objectives, scale,
                                 alpha, robust.threshold_pct, "out-of-sample", cancel=cancel)
    # the input's figure as the table shows it: a hard requirement the input breaks in
    # some member is counted there as members broken, not as the ranking penalty
    shown_before = robust.risk.of_losses(ins.row(INPUT).values)
    checks = tuple(self_check(m.ctx, it, base.spec.tolerance_mcm)
                   for m, it in zip(members, best.members))
    lp_value = best.lp_measures.get("", np.nan)
    return RobustResult(
        scenario=out, original=scenario, settings=robust, inflow_set=base.inflow_set,
        ensemble=draw.ensemble, ensemble_label=draw.label, seed=draw.seed,
        objective_unit=objective_unit(objectives), objective_before=shown_before,
        objective_after=after, lp_objective=lp_value, release_mcm=release,
        deterministic_release_mcm=det_release, in_sample=ins, out_of_sample=oos,
        self_checks=checks, iterations=outcome.iterations, converged=outcome.converged,
        stopping=outcome.stopping, improved=improved, n_variables=best.sol.n_vars,
        n_constraints=best.sol.n_rows, n_nonzeros=best.rlp.lp.n_nonzeros,
        seconds=time.perf_counter() - t_start, lp_seconds=outcome.lp_seconds,
        deterministic=deterministic, notes=tuple(notes))


def row_of(comparison: RiskComparison | None, schedule: str) -> ScheduleRisk | None:
    """The row of a schedule, None when the comparison or the row is missing."""
    if comparison is None:
        return None
    try:
        return comparison.row(schedule)
    except KeyError:
        return None


__all__ = ["DETERMINISTIC", "INPUT", "ROBUST", "RobustResult", "RobustSettings",
           "optimise_robust", "precheck_robust", "row_of"]
