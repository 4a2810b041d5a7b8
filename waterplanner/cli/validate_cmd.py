"""``waterplanner validate FILE``: list every problem of a scenario file."""

from __future__ import annotations

import argparse
import sys

from waterplanner.cli.common import EXIT_BAD_INPUT, EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("validate", help="check a scenario file and list every problem",
                       description="Check a scenario file. Prints one problem per line on "
                                   "stderr as 'location: message' (and their count on stdout). "
                                   "Exit 0 when valid, 2 when not.")
    p.add_argument("file", help="scenario file (.wplan)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    # the model only (numpy), never the engine: validating needs no numba or scipy
    from waterplanner.model.document import parse_document, scenario_from_document
    from waterplanner.model.fileio import read_scenario_bytes
    from waterplanner.model.problems import ScenarioError

    try:
        scenario = scenario_from_document(parse_document(read_scenario_bytes(args.file)))
    except ScenarioError as e:
        for problem in e.problems:
            print(str(problem), file=sys.stderr)
        n = len(e.problems)
        print(f"{args.file}: {n} problem{'s' if n != 1 else ''}")
        return EXIT_BAD_INPUT
    print(f"{args.file}: valid ({len(scenario.nodes)} nodes, {len(scenario.links)} links, "
          f"{scenario.time.periods} {scenario.time.step.value} periods, inflow sets: "
          f"{', '.join(scenario.inflow_set_names)})")
    return EXIT_OK
