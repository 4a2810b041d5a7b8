"""``waterplanner simulate FILE | --default``: run a scenario and summarise it."""

from __future__ import annotations

import argparse
import time
from typing import TYPE_CHECKING

from waterplanner.cli.common import (
    EXIT_BUG,
    EXIT_OK,
    BadInput,
    add_scenario_arguments,
    check_inflow_set,
    err,
    scenario_from_args,
)
from waterplanner.i18n import translate
from waterplanner.i18n.figures import fig

if TYPE_CHECKING:
    from waterplanner.engine.summary import Summary

WARM_TIMING_MAX_NODE_PERIODS = 2_000_000
"""Up to this size (nodes × periods) the scenario is simulated twice and the second, warm
run is timed: the first also loads the compiled kernel, which would dwarf a small run. A
longer horizon is simulated once (the load is then a small share of the time shown)."""


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("simulate", help=translate("Commands",
                                                  "simulate a scenario and print its summary"),
                       description=translate(
                           "SimulateCommand",
                           "Simulate a scenario's release schedules and print a summary table "
                           "(and, when the scenario names countries, a table per country and "
                           "ICWC season). With --out, also write one CSV per quantity (rows: "
                           "periods; columns: nodes; units in the header) and summary.json."))
    add_scenario_arguments(p)
    p.add_argument("--out", metavar="DIR", help=translate(
        "SimulateCommand", "folder for the CSV files and summary.json"))
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    # here, not at the top: 'simulate --help' needs none of the engine (numpy, numba)
    from waterplanner.cli.countries_table import format_countries
    from waterplanner.cli.summary_table import format_summary, format_unmet
    from waterplanner.engine.countries_summary import countries_summary, has_country_data
    from waterplanner.engine.simulate import simulate
    from waterplanner.engine.targets import unmet_targets
    from waterplanner.export.csv_results import write_results

    scenario = scenario_from_args(args)
    inflow_set = check_inflow_set(scenario, args.inflows)
    start = time.perf_counter()
    results = simulate(scenario, inflow_set)
    elapsed = (time.perf_counter() - start) * 1000
    if len(scenario.nodes) * scenario.time.periods <= WARM_TIMING_MAX_NODE_PERIODS:
        start = time.perf_counter()
        results = simulate(scenario, inflow_set)
        elapsed = (time.perf_counter() - start) * 1000
    summary = results.summary()
    print(format_summary(summary, scenario.metadata.name, inflow_set, elapsed))
    unmet = format_unmet(unmet_targets(results), results)
    if unmet:
        print(unmet)
    if has_country_data(scenario):
        print()
        print(format_countries(countries_summary(results, member=0)))
    if args.out:
        try:
            paths = write_results(results, args.out)
        except OSError as e:
            raise BadInput(translate("CommandLine", "cannot write to {path}: {reason}").format(
                path=args.out, reason=e.strerror or e)) from None
        print(translate("SimulateCommand", "Wrote {count} files to {folder}").format(
            count=len(paths), folder=args.out))
    return _judge(summary)


def _judge(summary: Summary) -> int:
    """Exit 0 for a sound result; 1 (a genuine bug, said on stderr) when the water balance
    does not close or a headline number is not finite: a valid scenario never gives either."""
    faults = []
    bad = summary.non_finite_fields()
    if bad:
        more = translate("SimulateCommand", " and {count} more").format(count=len(bad) - 5) \
            if len(bad) > 5 else ""
        faults.append(translate("SimulateCommand",
                                "the summary holds numbers that are not finite: {fields}{more}")
                      .format(fields=", ".join(bad[:5]), more=more))
    if not summary.mass_balance_ok:
        faults.append(translate(
            "SimulateCommand", "the water balance does not close (mass balance FAILED: residual "
                               "{residual} Mm³, worst at node {node})").format(
            residual=fig(summary.mass_balance_residual_mcm, ".3g"), node=summary.worst_node))
    if not faults:
        return EXIT_OK
    err(translate("SimulateCommand",
                  "waterplanner: internal error: {faults}.\nThe scenario is valid, so this is a "
                  "fault of WaterPlanner: please report it with the scenario file.").format(
        faults="; ".join(faults)))
    return EXIT_BUG
