"""``waterplanner optimize FILE | --default``: the optimal release schedule of a scenario.

Prints the objective before → after (both measured by simulating the schedule), each
objective term, the per-demand shortfalls before → after, the binding constraints with their
shadow prices, and the self-check. With ``--out`` writes the scenario with the optimised
schedules (an ordinary scenario file, editable as usual).
"""

from __future__ import annotations

import argparse
import sys

from waterplanner.cli.common import (
    EXIT_OK, BadInput, add_scenario_arguments, check_inflow_set, ctrl_c_cancels,
    optimiser_errors, scenario_from_args,
)
from waterplanner.engine.optimise import CancelToken, Cancelled, OptimisationResult, optimise
from waterplanner.model.fileio import save_scenario


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("optimize", help="optimise the release schedules of a scenario",
                       description="Optimise every decision reservoir's release schedule over "
                                   "the whole horizon for the objective in the scenario's "
                                   "optimisation section (default: least priority-weighted "
                                   "shortfall plus minimum-flow deficits). See "
                                   "docs/optimisation.md.")
    add_scenario_arguments(p)
    p.add_argument("--out", metavar="OPTIMISED.wplan",
                   help="write the scenario with the optimised schedules to this file")
    p.add_argument("--binding", type=int, default=10, metavar="N",
                   help="how many binding constraints to list (default 10)")
    p.set_defaults(run=run)


def _progress(fraction: float, message: str) -> None:
    if sys.stderr.isatty():
        print(f"\r  {fraction * 100:5.1f} %  {message[:70]:70s}", end="", file=sys.stderr,
              flush=True)


def format_result(r: OptimisationResult, binding: int = 10) -> str:
    """The plain-text report of an optimisation."""
    lines = [r.original.metadata.name, f"Inflow set: {r.inflow_set}", ""]
    lines.append(f"Objective (minimised, {r.objective_unit}): {r.objective_before:.6g} → "
                 f"{r.objective_after:.6g}")
    lines.append("")
    lines.append("Objective terms                            unit        before →        after")
    for t in r.terms:
        arrow = "max" if t.sense == "max" else "min"
        lines.append(f"  {t.label[:28]:28s} ({arrow}, w={t.weight:g}) {t.unit:>6s} "
                     f"{t.before:12.6g} → {t.after:12.6g}")
    for label, pen in r.penalties_after.items():
        if pen > 0:
            lines.append(f"  penalty: {label} {pen:.6g}")
    if r.shortfalls:
        lines.append("")
        lines.append("Shortfall per demand (Mm³)            before →      after")
        for d in r.shortfalls:
            lines.append(f"  {d.name[:34]:34s} {d.before_mcm:10.1f} → {d.after_mcm:10.1f}")
    lines.append("")
    if r.binding:
        lines.append(f"Binding constraints (shadow prices in {r.objective_unit} per unit):")
        for b in r.binding[:binding]:
            lines.append(f"  - {b.text}")
    else:
        lines.append("No constraint binds at the optimum.")
    lines.append("")
    lines.append(r.self_check.summary())
    lines.append(f"{r.iterations} LP(s), {r.stopping}; {r.n_variables} variables, "
                 f"{r.n_constraints} constraints; {r.seconds * 1000:.0f} ms "
                 f"({r.lp_seconds * 1000:.0f} ms building and solving LPs)")
    lines.extend(r.notes)
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    scenario = scenario_from_args(args)
    inflow_set = check_inflow_set(scenario, args.inflows)
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
    if args.out:
        try:
            save_scenario(result.scenario, args.out)
        except OSError as e:
            raise BadInput(f"cannot write {args.out}: {e.strerror or e}") from None
        print(f"Wrote the optimised scenario to {args.out}")
    return EXIT_OK
