"""``waterplanner validate FILE``: list every problem of a scenario file."""

from __future__ import annotations

import argparse
import sys

from waterplanner.cli.common import EXIT_BAD_INPUT, EXIT_OK
from waterplanner.i18n import translate
from waterplanner.i18n.figures import counted


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("validate", help=translate(
        "Commands", "check a scenario file and list every problem"), description=translate(
        "ValidateCommand", "Check a scenario file. Prints one problem per line on stderr as "
                           "'location: message' (and their count on stdout). Exit 0 when valid, "
                           "2 when not."))
    p.add_argument("file", help=translate("CommandLine", "scenario file (.wplan)"))
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
        print(translate("ValidateCommand", "{file}: {problems}").format(
            file=args.file, problems=counted("ValidateCommand", "%n problems", len(e.problems),
                                             "%n problem")))
        return EXIT_BAD_INPUT
    print(translate("ValidateCommand", "{file}: valid ({nodes}, {links}, {periods}, inflow sets: "
                                       "{sets})").format(
        file=args.file, nodes=counted("ValidateCommand", "%n nodes", len(scenario.nodes),
                                      "%n node"),
        links=counted("ValidateCommand", "%n links", len(scenario.links), "%n link"),
        periods=_periods(scenario.time.step.value, scenario.time.periods),
        sets=", ".join(scenario.inflow_set_names)))
    return EXIT_OK


def _periods(step: str, n: int) -> str:
    """'12 month periods' in the planner's language."""
    if step == "month":
        return counted("ValidateCommand", "%n month periods", n, "%n month periods")
    if step == "dekad":
        return counted("ValidateCommand", "%n dekad periods", n, "%n dekad periods")
    return counted("ValidateCommand", "%n day periods", n, "%n day periods")


def _counted_texts() -> None:
    """Counted texts, marked for the catalogues (never called; see waterplanner.i18n)."""
    translate("ValidateCommand", "%n problems", None, 1)
    translate("ValidateCommand", "%n nodes", None, 1)
    translate("ValidateCommand", "%n links", None, 1)
    translate("ValidateCommand", "%n month periods", None, 1)
    translate("ValidateCommand", "%n dekad periods", None, 1)
    translate("ValidateCommand", "%n day periods", None, 1)
