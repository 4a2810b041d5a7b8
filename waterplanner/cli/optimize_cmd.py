"""``waterplanner optimize FILE | --default``: the optimal release schedule of a scenario.

Prints the objective before → after (both measured by simulating the schedule), each
objective term, the protective defaults applied (carry-over, regularisation), what the new
schedule costs elsewhere (end and lowest storage per reservoir, energy per country and
season, shortfall, lake inflow: input → optimised), the per-demand shortfalls, the release
schedules, the binding constraints with their shadow prices, and the self-check. With
``--out`` writes the scenario with the optimised schedules (an ordinary scenario file,
editable as usual) — but only when the self-check passes: a result the simulator does not
confirm exits non-zero (2 when the scenario asks for something the optimiser cannot
promise, 1 for a fault of the optimiser) and writes nothing.

With ``--ensemble [NAME]`` it optimises one schedule against K members of an inflow ensemble
(``--members K --risk mean|cvar --alpha 0.9 --test-members M --seed S``) and prints the
input schedule, the deterministic optimum and the robust schedule on the in-sample members
and on M others (out-of-sample); the self-check must pass for every in-sample member.
"""

from __future__ import annotations

import argparse
import sys

import numpy as np

from waterplanner.cli.common import (
    EXIT_BUG,
    EXIT_OK,
    BadInput,
    add_scenario_arguments,
    check_inflow_set,
    ctrl_c_cancels,
    err,
    optimiser_errors,
    scenario_from_args,
)
from waterplanner.cli.period_labels import short_labels
from waterplanner.cli.robust_output import format_robust
from waterplanner.engine.comparison import SummaryComparison
from waterplanner.engine.optimise import (
    Cancelled,
    CancelToken,
    OptimisationResult,
    RiskMeasure,
    RiskSettingsError,
    RobustSettings,
    optimise,
    optimise_robust,
)
from waterplanner.engine.optimise.robust_members import DEFAULT_MEMBERS, DEFAULT_TEST_MEMBERS
from waterplanner.i18n import translate
from waterplanner.i18n.figures import fig
from waterplanner.i18n.units import unit
from waterplanner.model.fileio import save_scenario
from waterplanner.model.scenario import Scenario


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("optimize", help=translate(
        "Commands", "optimise the release schedules of a scenario"), description=translate(
        "OptimizeCommand", "Optimise every decision reservoir's release schedule over the whole "
                           "horizon for the objective in the scenario's optimisation section "
                           "(default: least priority-weighted shortfall plus minimum-flow "
                           "deficits). See docs/optimisation.md."))
    add_scenario_arguments(p)
    p.add_argument("--out", metavar="OPTIMISED.wplan", help=translate(
        "OptimizeCommand", "write the scenario with the optimised schedules to this file"))
    p.add_argument("--binding", type=int, default=10, metavar="N", help=translate(
        "OptimizeCommand", "how many binding constraints to list (default 10)"))
    r = p.add_argument_group(translate(
        "OptimizeCommand", "robust schedule (optimise against an inflow ensemble)"))
    r.add_argument("--ensemble", nargs="?", const="", metavar="NAME", help=translate(
        "OptimizeCommand", "optimise one schedule against members of this ensemble (without "
                           "NAME: the scenario's first, else the default generator)"))
    r.add_argument("--members", type=int, metavar="K", help=translate(
        "OptimizeCommand", "in-sample members the LP sees (default {count})").format(
        count=DEFAULT_MEMBERS))
    r.add_argument("--risk", choices=("mean", "cvar"), help=translate(
        "OptimizeCommand", "measure of the members' objective values (default cvar)"))
    r.add_argument("--alpha", type=float, metavar="A", help=translate(
        "OptimizeCommand", "CVaR level in [0, 1) (default 0.9: the mean of the worst 10 %%)"))
    r.add_argument("--test-members", type=int, metavar="M", help=translate(
        "OptimizeCommand", "out-of-sample members to test the schedules on (default {count}; 0 "
                           "for none)").format(count=DEFAULT_TEST_MEMBERS))
    r.add_argument("--seed", type=int, metavar="S", help=translate(
        "OptimizeCommand", "the generator's seed (default: the ensemble's own)"))
    r.add_argument("--threshold", type=float, metavar="PCT", help=translate(
        "OptimizeCommand", "a member is short when its shortfall exceeds this %% of demand "
                           "(default 10)"))
    p.set_defaults(run=run)


ROBUST_OPTIONS = ("members", "risk", "alpha", "test_members", "seed", "threshold")


def robust_settings(args: argparse.Namespace) -> RobustSettings | None:
    """The robust settings the options ask for (None without --ensemble); BadInput for an
    option that needs --ensemble or a value out of range."""
    if args.ensemble is None:
        given = [o for o in ROBUST_OPTIONS if getattr(args, o) is not None]
        if given:
            flag = "--" + given[0].replace("_", "-")
            raise BadInput(translate("OptimizeCommand", "{option} needs --ensemble (optimise "
                                                        "against an inflow ensemble)").format(
                option=flag))
        return None
    try:
        kind = args.risk or "cvar"
        alpha = 0.9 if args.alpha is None else args.alpha
        if args.alpha is not None and kind == "mean":
            raise BadInput(translate("OptimizeCommand",
                                     "--alpha is the CVaR level: use it with --risk cvar"))
        return RobustSettings(
            ensemble=args.ensemble or None,
            members=DEFAULT_MEMBERS if args.members is None else args.members,
            risk=RiskMeasure(kind, alpha if kind == "cvar" else 0.0),
            test_members=DEFAULT_TEST_MEMBERS if args.test_members is None
            else args.test_members,
            seed=args.seed, threshold_pct=10.0 if args.threshold is None else args.threshold)
    except RiskSettingsError as e:
        raise BadInput(str(e)) from None


def _progress(fraction: float, message: str) -> None:
    if sys.stderr.isatty():
        print(f"\r  {fig(fraction * 100, '5.1f')} %  {message[:70]:70s}", end="",
              file=sys.stderr, flush=True)


SCHEDULE_MAX_PERIODS = 36
"""Release schedules are printed when the horizon has at most this many periods."""


def format_comparison(c: SummaryComparison) -> list[str]:
    """What the new schedule costs elsewhere, input → optimised (both simulated)."""
    lines = [translate("OptimizeCommand", "What changes (simulated, input schedule → optimised):"),
             translate("OptimizeCommand", "  Storage (Mm³)                  start        end     "
                                          "        lowest")]
    dead_words = translate("OptimizeCommand", " (dead storage)")
    for r in c.reservoirs:
        dead = dead_words if r.lowest_after_mcm <= r.dead_storage_mcm + 0.5 else ""
        lines.append(f"  {r.name[:26]:26s} {fig(r.start_mcm, '9.0f')} "
                     f"{fig(r.end_before_mcm, '7.0f')} → {fig(r.end_after_mcm, '7.0f')} "
                     f"{fig(r.lowest_before_mcm, '7.0f')} → "
                     f"{fig(r.lowest_after_mcm, '7.0f')}{dead}")
    countries = list(dict.fromkeys(e.country for e in c.energy))
    if countries:
        lines.append(translate("OptimizeCommand", "  Energy (GWh)        winter (Oct–Mar)          "
                                                  "  summer (Apr–Sep)"))
        none = translate("OptimizeCommand", "(none)")
        for country in countries:
            w, s = c.energy_of(country, "winter"), c.energy_of(country, "summer")
            lines.append(f"  {country or none:10s} {fig(w.before_gwh, '8.0f')} → "
                         f"{fig(w.after_gwh, '8.0f')} ({fig(w.change_pct, '+6.1f')} %)  "
                         f"{fig(s.before_gwh, '8.0f')} → {fig(s.after_gwh, '8.0f')} "
                         f"({fig(s.change_pct, '+6.1f')} %)")
    lines.append(translate("OptimizeCommand", "  Irrigation shortfall  {before} → {after} Mm³")
                 .format(before=fig(c.shortfall_before_mcm, "10.1f"),
                         after=fig(c.shortfall_after_mcm, "10.1f")))
    lines.append(translate("OptimizeCommand", "  Terminal-lake inflow  {before} → {after} Mm³")
                 .format(before=fig(c.lake_inflow_before_mcm, "10.1f"),
                         after=fig(c.lake_inflow_after_mcm, "10.1f")))
    return lines


def format_schedules(r: OptimisationResult) -> list[str]:
    """Release of each decision reservoir per period, m³/s: input and optimised."""
    time = r.original.time
    if time.periods > SCHEDULE_MAX_PERIODS or not r.release_mcm:
        return []
    labels = short_labels(time)
    lines = [translate("OptimizeCommand", "Release schedules (m³/s, mean per period)"),
             "  " + " " * 18 + " ".join(f"{lab:>6s}" for lab in labels)]
    input_word = translate("OptimizeCommand", "input")
    optimised_word = translate("OptimizeCommand", "optim.")
    for rid, rel in r.release_mcm.items():
        name = r.original.node(rid).name.split(" (")[0] if r.original.has_node(rid) else rid
        before = time.mcm_to_m3s(np.asarray(r.original.release_schedules[rid], dtype=float))
        after = time.mcm_to_m3s(np.asarray(rel, dtype=float))
        lines.append(f"  {name[:10]:10s} {input_word:6s} "
                     + " ".join(fig(v, "6.0f") for v in before))
        lines.append(f"  {'':10s} {optimised_word:6s} " + " ".join(fig(v, "6.0f") for v in after))
    return lines



def format_result(r: OptimisationResult, binding: int = 10) -> str:
    """The plain-text report of an optimisation."""
    lines = [r.original.metadata.name, translate("SummaryTable", "Inflow set: {name}").format(
        name=r.inflow_set), ""]
    lines.append(translate("OptimizeCommand", "Objective (minimised, {unit}): {before} → {after}")
                 .format(unit=r.objective_unit, before=fig(r.objective_before, ".6g"),
                         after=fig(r.objective_after, ".6g")))
    lines.append("")
    lines.append(translate("OptimizeCommand", "Objective terms                            unit   "
                                              "     before →        after"))
    for t in r.terms:
        arrow = "max" if t.sense == "max" else "min"
        lines.append(f"  {t.label[:28]:28s} ({arrow}, w={fig(t.weight, 'g')}) "
                     f"{unit(t.unit):>6s} {fig(t.before, '12.6g')} → {fig(t.after, '12.6g')}")
    for label, pen in r.penalties_after.items():
        if pen > 0:
            lines.append(translate("OptimizeCommand", "  penalty: {label} {penalty}").format(
                label=label, penalty=fig(pen, ".6g")))
    lines.append(r.defaults.text)
    lines.append("")
    lines.extend(format_comparison(r.comparison))
    if r.shortfalls:
        lines.append("")
        lines.append(translate("OptimizeCommand", "Shortfall per demand (Mm³)            before → "
                                                  "     after"))
        for d in r.shortfalls:
            lines.append(f"  {d.name[:34]:34s} {fig(d.before_mcm, '10.1f')} → "
                         f"{fig(d.after_mcm, '10.1f')}")
    schedules = format_schedules(r)
    if schedules:
        lines.append("")
        lines.extend(schedules)
    lines.append("")
    if r.binding:
        lines.append(translate("OptimizeCommand", "Binding constraints (shadow prices in {unit} "
                                                  "per unit):").format(unit=r.objective_unit))
        for b in r.binding[:binding]:
            lines.append(f"  - {b.text}")
    else:
        lines.append(translate("OptimizeCommand", "No constraint binds at the optimum."))
    lines.append("")
    lines.append(r.self_check.summary())
    lines.append(translate("OptimizeCommand", "{iterations} LP(s), {stopping}; {variables} "
                                              "variables, {constraints} constraints; {ms} ms "
                                              "({lp_ms} ms building and solving LPs)").format(
        iterations=r.iterations, stopping=r.stopping, variables=r.n_variables,
        constraints=r.n_constraints, ms=fig(r.seconds * 1000, ".0f"),
        lp_ms=fig(r.lp_seconds * 1000, ".0f")))
    lines.extend(r.notes)
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    scenario = scenario_from_args(args)
    inflow_set = check_inflow_set(scenario, args.inflows)
    robust = robust_settings(args)
    if robust is not None:
        return run_robust(args, scenario, inflow_set, robust)
    token = CancelToken()

    try:
        with ctrl_c_cancels(token), optimiser_errors():
            result = optimise(scenario, inflow_set=inflow_set, progress=_progress, cancel=token)
    except Cancelled:
        raise KeyboardInterrupt from None
    finally:
        if sys.stderr.isatty():
            print("\r" + " " * 80 + "\r", end="", file=sys.stderr)
    print(format_result(result, args.binding))
    check = result.self_check
    return _finish(args, result.scenario, check.passed, check.input_to_blame)


def run_robust(args: argparse.Namespace, scenario: Scenario, inflow_set: str,
               robust: RobustSettings) -> int:
    """``--ensemble``: one schedule against K members, with in- and out-of-sample tables."""
    token = CancelToken()
    try:
        with ctrl_c_cancels(token), optimiser_errors():
            result = optimise_robust(scenario, robust, inflow_set=inflow_set,
                                     progress=_progress, cancel=token)
    except Cancelled:
        raise KeyboardInterrupt from None
    finally:
        if sys.stderr.isatty():
            print("\r" + " " * 80 + "\r", end="", file=sys.stderr)
    print(format_robust(result))
    # a robust schedule is judged by its simulations: an unconfirmed member is reported above
    return _finish(args, result.scenario, True, False)


def _finish(args: argparse.Namespace, optimised: Scenario, passed: bool, input_to_blame: bool
            ) -> int:
    """Exit code after the report: write ``--out`` only when the self-check passed."""
    if not passed:
        what = translate("OptimizeCommand", " and {path} was not written").format(
            path=args.out) if args.out else ""
        if input_to_blame:
            raise BadInput(translate(
                "OptimizeCommand", "the simulator does not confirm the optimised schedule: a "
                                   "hard requirement is not met when the schedule is simulated, "
                                   "although the optimiser's linearisation met it (see the "
                                   "self-check above). Relax that requirement or make it "
                                   "soft{what}.").format(what=what))
        err(translate("OptimizeCommand", "waterplanner: internal error: the optimiser and the "
                                         "simulator disagree about the optimised schedule (see "
                                         "the self-check above){what}. Please report this with "
                                         "the scenario file.").format(what=what))
        return EXIT_BUG
    if args.out:
        try:
            save_scenario(optimised, args.out)
        except OSError as e:
            raise BadInput(translate("CommandLine", "cannot write {path}: {reason}").format(
                path=args.out, reason=e.strerror or e)) from None
        print(translate("OptimizeCommand", "Wrote the optimised scenario to {path}").format(
            path=args.out))
    return EXIT_OK
