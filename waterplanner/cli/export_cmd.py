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
from waterplanner.i18n import translate


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help=translate(
        "Commands", "simulate and write the results as an Excel workbook"), description=translate(
        "ExportCommand", "Simulate a scenario and write an .xlsx workbook: a summary sheet, the "
                         "nodes, the release schedules (Mm³ and m³/s) and one sheet per result "
                         "quantity (rows: periods with real dates; columns: nodes, units in the "
                         "header)."))
    add_scenario_arguments(p)
    p.add_argument("--out", metavar="RESULTS.xlsx", required=True,
                   help=translate("ExportCommand", "workbook to write"))
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from waterplanner.engine.simulate import simulate
    from waterplanner.export.xlsx_results import write_results_xlsx

    scenario = scenario_from_args(args)
    inflow_set = check_inflow_set(scenario, args.inflows)
    if not args.out.lower().endswith(".xlsx"):
        raise BadInput(translate("ExportCommand", "--out {path}: the workbook's name must end in "
                                                  ".xlsx").format(path=args.out))
    folder = os.path.dirname(args.out) or "."
    if not os.path.isdir(folder):
        raise BadInput(translate("CommandLine", "cannot write {path}: the folder {folder} does "
                                                "not exist").format(path=args.out, folder=folder))
    results = simulate(scenario, inflow_set)
    try:
        path = write_results_xlsx(results, args.out)
    except OSError as e:
        raise BadInput(translate("CommandLine", "cannot write {path}: {reason}").format(
            path=args.out, reason=e.strerror or e)) from None
    print(translate("CommandLine", "Wrote {path}").format(path=path))
    return EXIT_OK
