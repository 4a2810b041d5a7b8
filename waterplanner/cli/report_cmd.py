"""``waterplanner report FILE | --default --out REPORT.pdf``: write the PDF report."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from waterplanner.cli.common import (
    EXIT_OK,
    BadInput,
    add_scenario_arguments,
    check_inflow_set,
    scenario_from_args,
)
from waterplanner.cli.language import speak_again
from waterplanner.i18n import translate
from waterplanner.i18n.figures import counted, fig


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("report", help=translate("Commands", "write the PDF report of a scenario"),
                       description=translate(
                           "ReportCommand",
                           "Simulate a scenario and write its A4 PDF report: title page with the "
                           "file's SHA-256, executive summary by country, schematic, plots, "
                           "release schedules, shortfalls, the comparison with a baseline "
                           "(--baseline) and the data sources; with --ensemble, the risk over an "
                           "inflow ensemble (see docs/ensembles.md). Works without a display."))
    add_scenario_arguments(p)
    p.add_argument("--ensemble", nargs="?", const="", metavar="NAME", help=translate(
        "ReportCommand", "simulate an inflow ensemble instead of one inflow set (NAME: one of the "
                         "scenario's ensembles; default its first, else the generator fitted to "
                         "its inflow sets) and add the section 'Risk over the inflow ensemble'"))
    p.add_argument("--members", type=int, metavar="N", help=translate(
        "ReportCommand", "members of the ensemble (default: the ensemble's own; the window "
                         "simulates {count})").format(count=WINDOW_MEMBERS_TEXT))
    p.add_argument("--seed", type=int, metavar="S",
                   help=translate("EnsembleCommand", "generator seed (default: its own)"))
    p.add_argument("--member", metavar="N|driest|median|wettest", help=translate(
        "ReportCommand", "the ensemble member every section but the risk section reports: its "
                         "number (from 1, as the window shows it) or the driest, median or "
                         "wettest by total inflow (default 1)"))
    p.add_argument("--threshold", type=float, metavar="PCT", help=translate(
        "EnsembleCommand", "a member is short when its shortfall over the horizon exceeds PCT %% "
                           "of demand (default 10)"))
    p.add_argument("--baseline", metavar="FILE", help=translate(
        "ReportCommand", "scenario to compare with (simulated with the same inflow set when it "
                         "has one of that name, otherwise with its first)"))
    p.add_argument("--out", metavar="REPORT.pdf", required=True,
                   help=translate("ReportCommand", "the PDF file to write"))
    p.add_argument("--author", help=translate(
        "ReportCommand", "author on the title page (default: the scenario's)"))
    p.add_argument("--organisation", help=translate(
        "ReportCommand", "organisation on the title page (default: the scenario's)"))
    p.add_argument("--title", help=translate(
        "ReportCommand", "report title (default: the scenario's name)"))
    p.add_argument("--quiet", action="store_true",
                   help=translate("ReportCommand", "no progress display"))
    p.set_defaults(run=run)


WINDOW_MEMBERS_TEXT = "200"
"""What the window simulates (ui.inflow_choice.WINDOW_MEMBERS; not imported: no Qt here)."""


def _ensemble_arguments(args: argparse.Namespace) -> None:
    """Refuse the ensemble options that make no sense (a clear message, exit 2)."""
    if args.ensemble is None:
        for option in ("members", "seed", "threshold", "member"):
            if getattr(args, option) is not None:
                raise BadInput(translate("ReportCommand", "{option} needs --ensemble (it "
                                                          "applies to an inflow ensemble)")
                               .format(option=f"--{option}"))
        return
    if args.inflows is not None:
        raise BadInput(translate("ReportCommand", "--inflows and --ensemble exclude each other: "
                                                  "an ensemble replaces the inflow set"))
    if args.members is not None and args.members < 1:
        raise BadInput(translate("EnsembleCommand", "--members must be at least 1, not {value}")
                       .format(value=args.members))
    if args.threshold is not None and not 0.0 <= args.threshold <= 100.0:
        raise BadInput(translate("EnsembleCommand", "--threshold must be between 0 and 100 (%), "
                                                    "not {value}").format(
            value=fig(args.threshold, "g")))
    member_pick(args.member)


def member_pick(text: str | None) -> int | str:
    """What ``--member`` asks for: a member from 0 (the option counts from 1), or 'driest',
    'median', 'wettest'; member 0 when not given."""
    from waterplanner.engine.ensemble_run import PICKS
    if text is None:
        return 0
    word = text.strip().lower()
    if word in PICKS:
        return word
    try:
        number = int(word)
    except ValueError:
        number = 0
    if number < 1:
        raise BadInput(translate("ReportCommand", "--member must be a member's number (from 1) "
                                                  "or driest, median or wettest, not '{value}'")
                       .format(value=text))
    return number - 1


def reported_member(args: argparse.Namespace, results: Any) -> int:
    """The member ``--member`` names in ``results`` (from 0); a number beyond the ensemble
    is refused with a message."""
    from waterplanner.engine.ensemble_run import chosen_member
    pick = member_pick(args.member)
    if isinstance(pick, int) and pick >= results.members:
        raise BadInput(counted("ReportCommand", "--member {number}: the ensemble has only %n "
                                                "members", results.members,
                               "--member {number}: the ensemble has only %n member").format(
            number=pick + 1))
    return chosen_member(results, pick)


def _progress_printer(enabled: bool):  # type: ignore[no-untyped-def]
    if not enabled:
        return None
    last = [-1]

    def show(fraction: float, message: str) -> None:
        pct = int(fraction * 100)
        if pct == last[0]:
            return
        last[0] = pct
        bar = "#" * (pct // 5)
        sys.stderr.write(f"\r[{bar:<20s}] {pct:3d} % {message[:40]:<40s}")
        if fraction >= 1.0:
            sys.stderr.write("\n")
        sys.stderr.flush()
    return show


def run(args: argparse.Namespace) -> int:
    from waterplanner.engine.simulate import simulate
    from waterplanner.model.fileio import DEFAULT_SCENARIO, load_scenario, shipped_scenario_text
    from waterplanner.model.problems import ScenarioError
    from waterplanner.report import (
        ReportError,
        ReportOptions,
        ensure_gui_application,
        write_report,
    )

    _ensemble_arguments(args)
    scenario = scenario_from_args(args)
    inflow_set = check_inflow_set(scenario, args.inflows)
    out = args.out
    if os.path.isdir(out):
        raise BadInput(translate("ReportCommand", "--out {path} is a folder; give the PDF file's "
                                                  "name").format(path=out))
    baseline = None
    base_label = ""
    if args.baseline:
        try:
            base_scn = load_scenario(args.baseline)
        except ScenarioError as e:
            raise BadInput(translate("ReportCommand", "the baseline {file} is not a valid "
                                                      "scenario:").format(file=args.baseline)
                           + "\n" + "\n".join(f"  {p}" for p in e.problems)) from None
        base_set = inflow_set if inflow_set in base_scn.inflow_set_names else \
            base_scn.inflow_set_names[0]
        if args.ensemble is None:
            baseline = simulate(base_scn, base_set)
        base_label = translate("ReportCommand", "{name} ({file}, inflows '{inflow_set}')").format(
            name=base_scn.metadata.name, file=os.path.basename(args.baseline),
            inflow_set=base_set)
    risk_options = None
    if args.ensemble is not None:
        results, baseline, base_label, risk_options = _simulate_ensemble(
            args, scenario, base_scn if args.baseline else None, base_label)
    else:
        results = simulate(scenario, inflow_set)
    member = reported_member(args, results)
    ensure_gui_application()
    speak_again()  # Qt's own texts of the report come from translators on the application
    options = ReportOptions(
        title=args.title or "", author=args.author or "", organisation=args.organisation or "",
        source_path=None if args.default else args.file,
        source_name=translate("ReportCommand", "{file} (shipped with WaterPlanner)").format(
            file=DEFAULT_SCENARIO) if args.default else "",
        source_bytes=shipped_scenario_text() if args.default else None,
        baseline_label=base_label)
    progress = _progress_printer(not args.quiet and sys.stderr.isatty())
    try:
        info = write_report(out, scenario, results, baseline=baseline, options=options,
                            progress=progress, risk_options=risk_options, member=member)
    except ReportError as e:
        raise BadInput(str(e)) from None
    print(translate("ReportCommand", "Wrote {path} ({pages}, {size} kB) in {seconds} s").format(
        path=info.path, pages=counted("ReportCommand", "%n pages", info.pages, "%n pages"),
        size=fig(info.size_bytes / 1024, ".0f"), seconds=fig(info.seconds, ".2f")))
    return EXIT_OK


def _simulate_ensemble(args: argparse.Namespace, scenario: Any, base_scn: Any,
                       base_label: str) -> tuple[Any, Any, str, Any]:
    """The ensemble's results, the baseline's on the same members, the baseline's label and
    the risk options, as the window makes them (engine.ensemble_run)."""
    from waterplanner.engine.ensemble_run import simulate_ensemble
    from waterplanner.engine.risk.options import DEFAULT_THRESHOLD_PCT, RiskOptions

    try:
        results, baseline, note = simulate_ensemble(
            scenario, args.ensemble or None, members_count=args.members, seed=args.seed,
            baseline=base_scn)
    except (KeyError, ValueError, TypeError) as e:
        raise BadInput(f"--ensemble: {e.args[0] if e.args else e}") from None
    if note:
        print(translate("ReportCommand", "Note: {note}.").format(note=note), file=sys.stderr)
    if base_scn is not None and baseline is not None:
        base_label = f"{base_scn.metadata.name} ({os.path.basename(args.baseline)})"
    threshold = DEFAULT_THRESHOLD_PCT if args.threshold is None else args.threshold
    return results, baseline, base_label, RiskOptions(threshold_pct=threshold)


def _counted_texts() -> None:
    """Counted texts, marked for the catalogues (never called; see waterplanner.i18n)."""
    translate("ReportCommand", "%n pages", None, 1)
    translate("ReportCommand", "--member {number}: the ensemble has only %n members", None, 1)
