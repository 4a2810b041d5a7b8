"""``waterplanner simulate FILE | --default``: run a scenario and summarise it."""

from __future__ import annotations

import argparse
import time

from waterplanner.cli.common import (
    EXIT_OK,
    BadInput,
    add_scenario_arguments,
    check_inflow_set,
    scenario_from_args,
)

WARM_TIMING_MAX_NODE_PERIODS = 2_000_000
"""Up to this size (nodes × periods) the scenario is simulated twice and the second, warm
run is timed: the first also loads the compiled kernel, which would dwarf a small run. A
longer horizon is simulated once (the load is then a small share of the time shown)."""


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("simulate", help="simulate a scenario and print its summary",
                       description="Simulate a scenario's release schedules and print a summary "
                                   "table. With --out, also write one CSV per quantity (rows: "
                                   "periods; columns: nodes; units in the header) and "
                                   "summary.json.")
    add_scenario_arguments(p)
    p.add_argument("--out", metavar="DIR", help="folder for the CSV files and summary.json")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    # here, not at the top: 'simulate --help' needs none of the engine (numpy, numba)
    from waterplanner.cli.summary_table import format_summary
    from waterplanner.engine.simulate import simulate
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
    if args.out:
        try:
            paths = write_results(results, args.out)
        except OSError as e:
            raise BadInput(f"cannot write to {args.out}: {e.strerror or e}") from None
        print(f"Wrote {len(paths)} files to {args.out}")
    return EXIT_OK
