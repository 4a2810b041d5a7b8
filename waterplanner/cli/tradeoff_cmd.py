"""``waterplanner tradeoff FILE | --default --between A B``: the Pareto front of two
objectives by an ε-constraint sweep.

Objectives are named by their label in the scenario's optimisation section or by a short
label ``kind[:node,node][:season]`` (``shortfall::summer``, ``energy:toktogul:winter``);
``waterplanner tradeoff FILE --help`` lists those the scenario offers. When both objectives
reach their best at once, the command says there is no trade-off instead of printing
identical points. Ctrl+C stops after the current point and keeps the points found so far.

A risk axis (``cvar90:shortfall:kyzylorda``, ``mean:energy::winter``) sweeps over K members
of an inflow ensemble instead (``--ensemble [NAME] --members K --seed S``): every point is
one schedule for all members.
"""

from __future__ import annotations

import argparse
import csv
import sys
import textwrap
from collections.abc import Sequence
from typing import Any

from waterplanner.cli.common import (
    EXIT_OK,
    BadInput,
    add_scenario_arguments,
    check_inflow_set,
    ctrl_c_cancels,
    optimiser_errors,
    scenario_from_args,
)
from waterplanner.engine.optimise import (
    CancelToken,
    ParetoFront,
    RiskSettingsError,
    RobustSettings,
    available_objectives,
    pareto_front,
)
from waterplanner.engine.optimise.robust_members import DEFAULT_MEMBERS
from waterplanner.engine.optimise.robust_pareto import is_risk_label
from waterplanner.export.cell_text import csv_text
from waterplanner.model.scenario import Scenario

EXIT_INTERRUPTED = 130
def objectives_text(scenario: Scenario) -> str:
    """The objectives a scenario offers for ``--between``, wrapped for a terminal, and how
    to put a risk measure over an ensemble on an axis."""
    labels = available_objectives(scenario)
    body = textwrap.fill(", ".join(labels), width=88, initial_indent="  ",
                         subsequent_indent="  ", break_on_hyphens=False)
    risk = textwrap.fill(
        "Risk axes over an inflow ensemble: mean:<objective> or cvar<level>:<objective>, "
        "e.g. cvar90:shortfall:kyzylorda (the mean of the worst 10 % of the members) "
        "against mean:energy::winter; with --ensemble, --members and --seed.",
        width=88, initial_indent="  ", subsequent_indent="  ", break_on_hyphens=False)
    return (f"Objectives available in {scenario.metadata.name or 'this scenario'}:\n{body}\n"
            f"{risk}")


class _HelpWithObjectives(argparse.Action):
    """``--help`` that also lists the objectives of the scenario named before it (FILE or
    --default), or of the default scenario as an example."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS,
                 default: Any = argparse.SUPPRESS, help: str | None = None) -> None:
        super().__init__(option_strings=option_strings, dest=dest, default=default, nargs=0,
                         help=help)

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: Any, option_string: str | None = None) -> None:
        text = parser.format_help()
        named = bool(getattr(namespace, "file", None) or getattr(namespace, "default", False))
        try:
            if named:
                scenario = scenario_from_args(namespace)
                text += "\n" + objectives_text(scenario) + "\n"
            else:
                from waterplanner.model.fileio import load_shipped_scenario
                text += ("\n" + objectives_text(load_shipped_scenario()) + "\n"
                         "(Give FILE or --default before --help to list a scenario's own.)\n")
        except BadInput as e:
            text += f"\n(cannot list the objectives: {e})\n"
        parser._print_message(text, sys.stdout)
        parser.exit()


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("tradeoff", help="Pareto front between two objectives", add_help=False,
                       description="Sweep an ε-constraint between two objectives and print "
                                   "the Pareto front (with --out, a CSV with one row per point "
                                   "and the schedule behind it).")
    p.add_argument("-h", "--help", action=_HelpWithObjectives,
                   help="show this help and the objectives the scenario offers, then exit")
    add_scenario_arguments(p)
    p.add_argument("--between", nargs=2, metavar=("A", "B"), required=True,
                   help="the two objectives: labels of the scenario's optimisation section or "
                        "kind[:node,node][:season], e.g. shortfall lake_inflow:north_aral "
                        "(the list is below)")
    p.add_argument("--points", type=int, default=10, metavar="N",
                   help="number of points on the front (default 10, at least 2)")
    p.add_argument("--out", metavar="FRONT.csv", help="write the front to a CSV file")
    r = p.add_argument_group("risk axes (over members of an inflow ensemble)")
    r.add_argument("--ensemble", nargs="?", const="", metavar="NAME",
                   help="sweep over members of this ensemble (without NAME: the scenario's "
                        "first, else the default generator); implied by a risk axis")
    r.add_argument("--members", type=int, metavar="K",
                   help=f"members in each LP (default {DEFAULT_MEMBERS})")
    r.add_argument("--seed", type=int, metavar="S",
                   help="the generator's seed (default: the ensemble's own)")
    p.set_defaults(run=run)


def robust_of(args: argparse.Namespace) -> RobustSettings | None:
    """The ensemble settings of a risk sweep (None for an ordinary one)."""
    try:
        risky = any(is_risk_label(x) for x in args.between)
    except ValueError as e:
        raise BadInput(str(e)) from None
    if args.ensemble is None and not risky:
        given = [o for o in ("members", "seed") if getattr(args, o) is not None]
        if given:
            raise BadInput(f"--{given[0]} needs --ensemble or a risk axis "
                           "(cvar90:…, mean:…)")
        return None
    try:
        return RobustSettings(ensemble=args.ensemble or None,
                              members=DEFAULT_MEMBERS if args.members is None
                              else args.members, test_members=0, seed=args.seed)
    except RiskSettingsError as e:
        raise BadInput(str(e)) from None


def write_front(front: ParetoFront, path: str) -> None:
    """One row per point: feasible and dominated flags, ε, both objectives, then every
    decision reservoir's release (Mm³ per period). Text cells are escaped against formula
    injection (:func:`csv_text`)."""
    columns: list[str] = []
    for pt in front.points:
        for rid, rel in pt.release_mcm.items():
            for t in range(len(rel)):
                name = f"{rid}[{t}]_mcm"
                if name not in columns:
                    columns.append(name)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow([csv_text(c) for c in
                    ["point", "feasible", "dominated", "epsilon",
                     f"{front.a.label} ({front.a.unit})",
                     f"{front.b.label} ({front.b.unit})"] + columns])
        for k, pt in enumerate(front.points):
            values = {f"{rid}[{t}]_mcm": v for rid, rel in pt.release_mcm.items()
                      for t, v in enumerate(rel)}
            w.writerow([k, int(pt.feasible), int(pt.dominated), f"{pt.epsilon:.9g}",
                        f"{pt.a:.9g}", f"{pt.b:.9g}"]
                       + [f"{values[c]:.6f}" if c in values else "" for c in columns])


def run(args: argparse.Namespace) -> int:
    scenario = scenario_from_args(args)
    inflow_set = check_inflow_set(scenario, args.inflows)
    if args.points < 2:
        raise BadInput("--points must be at least 2")
    robust = robust_of(args)
    token = CancelToken()

    def progress(fraction: float, message: str) -> None:
        print(f"  {fraction * 100:5.1f} %  {message}", file=sys.stderr, flush=True)

    try:
        with ctrl_c_cancels(token, "stopping after the current point …"), optimiser_errors():
            front = pareto_front(scenario, args.between[0], args.between[1], args.points,
                                 inflow_set=inflow_set, progress=progress, cancel=token,
                                 robust=robust)
    except ValueError as e:
        raise BadInput(f"{e}\n{objectives_text(scenario)}") from None
    a, b = front.a, front.b
    print(f"Pareto front: {front.a_description} ({a.sense}, {a.unit}) vs "
          f"{front.b_description} ({b.sense}, {b.unit})")
    if front.no_tradeoff:
        print(front.no_tradeoff_text)
    else:
        print(f"{'point':>5s}  {a.label[:24]:>24s}  {b.label[:24]:>24s}")
        for k, pt in enumerate(front.points):
            if pt.feasible:
                mark = "  (dominated)" if pt.dominated else ""
                print(f"{k:5d}  {pt.a:24.6g}  {pt.b:24.6g}{mark}")
            else:
                print(f"{k:5d}  {'infeasible':>24s}  (ε = {pt.epsilon:.6g})")
    print(f"{len(front.points)} point(s), {front.lp_count} LPs, {front.seconds:.2f} s"
          + (" (cancelled: partial front)" if front.cancelled else ""))
    if args.out:
        try:
            write_front(front, args.out)
        except OSError as e:
            raise BadInput(f"cannot write {args.out}: {e.strerror or e}") from None
        print(f"Wrote {args.out}")
    return EXIT_INTERRUPTED if front.cancelled else EXIT_OK
