"""``waterplanner export FILE | --default --out RESULTS.xlsx``: results as an Excel workbook."""

from __future__ import annotations

import argparse
import os

from waterplanner.cli.common import (
    EXIT_OK,
    BadInput,
    add_scenario_arguments,
    check_inflow_set,
    scenario_from_args,
)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="simulate and write the results as an Excel workbook",
                       description="Simulate a scenario and write an .xlsx workbook: a summary "
                                   "sheet, the nodes, the release schedules (Mm³ and m³/s) "
                                   "and one sheet per result quantity (rows: periods with "
                                   "real dates; columns: nodes, units in the header).")
    add_scenario_arguments(p)
    p.add_argument("--out", metavar="RESULTS.xlsx", required=True, help="workbook to write")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from waterplanner.engine.simulate import simulate
    from waterplanner.export.xlsx_results import write_results_xlsx

    scenario = scenario_from_args(args)
    inflow_set = check_inflow_set(scenario, args.inflows)
    if not args.out.lower().endswith(".xlsx"):
        raise BadInput(f"--out {args.out}: the workbook's name must end in .xlsx")
    folder = os.path.dirname(args.out) or "."
    if not os.path.isdir(folder):
        raise BadInput(f"cannot write {args.out}: the folder {folder} does not exist")
    results = simulate(scenario, inflow_set)
    try:
        path = write_results_xlsx(results, args.out)
    except OSError as e:
        raise BadInput(f"cannot write {args.out}: {e.strerror or e}") from None
    print(f"Wrote {path}")
    return EXIT_OK
