"""``waterplanner ensemble FILE | --default``: simulate an inflow ensemble and print its
risk table; optionally on Dask and with the results written to NetCDF, Zarr or CSV."""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from pathlib import Path
from typing import Any

from waterplanner.cli.common import (
    EXIT_OK,
    BadInput,
    add_scenario_arguments,
    ctrl_c_cancels,
    err,
    scenario_from_args,
)
from waterplanner.i18n import translate
from waterplanner.i18n.figures import counted, fig


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "ensemble", help=translate("Commands",
                                   "simulate an inflow ensemble and print its risk table"),
        description=translate(
            "EnsembleCommand",
            "Simulate every member of one of the scenario's inflow ensembles (by default its "
            "own: the stochastic generator fitted to its inflow sets) and print the risk table: "
            "per demand and country the probability of a shortfall above the threshold, "
            "reliability, resilience and vulnerability; the probability of each event (a "
            "reservoir below its operating minimum, a sink receiving water, a terminal lake "
            "spilling); energy per country and season as P10/P50/P90. Runs in this process, or "
            "on Dask with --local or --scheduler (pip install \"waterplanner[scale]\"). See "
            "docs/ensembles.md."))
    add_scenario_arguments(p, inflows=False)
    p.add_argument("--generator", metavar="NAME", help=translate(
        "EnsembleCommand", "the ensemble to run (default: the scenario's first, else the "
                           "generator fitted to its inflow sets)"))
    p.add_argument("--members", type=int, metavar="N", help=translate(
        "EnsembleCommand", "number of members (default: the ensemble's own)"))
    p.add_argument("--seed", type=int, metavar="S",
                   help=translate("EnsembleCommand", "generator seed (default: its own)"))
    p.add_argument("--threshold", type=float, default=10.0, metavar="PCT", help=translate(
        "EnsembleCommand", "a member is short when its shortfall over the horizon exceeds PCT %% "
                           "of demand (default 10)"))
    where = p.add_mutually_exclusive_group()
    where.add_argument("--local", action="store_true", help=translate(
        "EnsembleCommand", "run on a Dask LocalCluster of --workers processes"))
    where.add_argument("--scheduler", metavar="ADDR", help=translate(
        "EnsembleCommand", "run on the Dask scheduler at ADDR (tcp://host:8786)"))
    p.add_argument("--workers", type=int, default=2, metavar="N", help=translate(
        "EnsembleCommand", "workers of the LocalCluster (default 2)"))
    p.add_argument("--chunk", type=int, metavar="N", help=translate(
        "EnsembleCommand", "members per chunk (default: sized to the scenario)"))
    p.add_argument("--out", metavar="PATH", help=translate(
        "EnsembleCommand", "results.nc (NetCDF) or results.zarr: every member, dims member, "
                           "period, node/link; any other path: a folder for quantiles.csv, "
                           "risk.csv and risk.json"))
    p.set_defaults(run=run)


def _progress(fraction: float, message: str) -> None:
    if sys.stderr.isatty():
        filled = int(fraction * 30)
        print(f"\r  [{'#' * filled}{'.' * (30 - filled)}] {fig(fraction * 100, '5.1f')} %  "
              f"{message[:40]:40s}", end="", file=sys.stderr, flush=True)


def _check_numbers(args: argparse.Namespace) -> None:
    if args.members is not None and args.members < 1:
        raise BadInput(translate("EnsembleCommand", "--members must be at least 1, not {value}")
                       .format(value=args.members))
    if args.chunk is not None and args.chunk < 1:
        raise BadInput(translate("EnsembleCommand", "--chunk must be at least 1, not {value}")
                       .format(value=args.chunk))
    if args.workers < 1:
        raise BadInput(translate("EnsembleCommand", "--workers must be at least 1, not {value}")
                       .format(value=args.workers))
    if not 0.0 <= args.threshold <= 100.0:
        raise BadInput(translate("EnsembleCommand", "--threshold must be between 0 and 100 (%), "
                                                    "not {value}").format(
            value=fig(args.threshold, "g")))


def member_source(scenario: Any, name: str | None, seed: int | None) -> Any:
    """The member source of the scenario's ensemble (tests replace it)."""
    from waterplanner.engine.risk.source import ScenarioMembers
    return ScenarioMembers(scenario, name, seed)


def run(args: argparse.Namespace) -> int:
    _check_numbers(args)
    from waterplanner.cli.risk_table import format_risk
    from waterplanner.engine.risk import RiskOptions, risk_layout, run_ensemble, table_of
    from waterplanner.export.ensemble_dataset import MissingExtra, file_format
    from waterplanner.progress import Cancelled, CancelToken

    scenario = scenario_from_args(args)
    source = member_source(scenario, args.generator, args.seed)
    try:
        described = source.describe()
        members = args.members or source.default_members()
    except (KeyError, ValueError, TypeError) as e:
        raise BadInput(_refusal(e)) from None
    layout = risk_layout(scenario, members, RiskOptions(threshold_pct=args.threshold))
    out_format = file_format(args.out) if args.out else None
    token = CancelToken()
    start = time.perf_counter()
    writer = None
    partial = None
    try:
        if out_format is not None:
            from waterplanner.export.ensemble_dataset import DatasetWriter
            target = Path(args.out)
            partial = target.with_name(f"{target.stem}.partial{target.suffix}")
            _remove(partial)
            writer = DatasetWriter(partial)
        with ctrl_c_cancels(token, translate("EnsembleCommand", "cancelling…")):
            if args.local or args.scheduler:
                stats = _on_dask(args, scenario, source, layout, token, writer, described)
            else:
                stats = _here(args, scenario, source, layout, token, writer, described,
                              run_ensemble)
    except Cancelled:
        _remove(partial)
        raise KeyboardInterrupt from None
    except MissingExtra as e:
        _remove(partial)
        raise BadInput(str(e)) from None
    except (ValueError, KeyError) as e:
        _remove(partial)
        raise BadInput(_refusal(e)) from None
    except BaseException:
        _remove(partial)
        raise
    finally:
        if sys.stderr.isatty():
            print("\r" + " " * 90 + "\r", end="", file=sys.stderr)
    seconds = time.perf_counter() - start
    table = table_of(stats, layout)
    where = (translate("EnsembleCommand", "Dask scheduler {address}").format(
        address=args.scheduler) if args.scheduler else
        translate("EnsembleCommand", "Dask LocalCluster, {workers}").format(
            workers=counted("EnsembleCommand", "%n workers", args.workers, "%n workers"))
        if args.local else translate("EnsembleCommand", "this process"))
    seed = described.get("seed")
    print(scenario.metadata.name)
    seed_text = translate("EnsembleCommand", ", seed {seed}").format(seed=seed) \
        if seed != "" else ""
    print(translate("EnsembleCommand", "Ensemble '{name}' ({label}): {members}{seed}; {periods}; "
                                       "{seconds} s ({where}, {rate} members/s)").format(
        name=described["ensemble"], label=described["ensemble_label"],
        members=counted("EnsembleCommand", "%n members", members, "%n members"), seed=seed_text,
        periods=counted("EnsembleCommand", "%n periods", scenario.time.periods, "%n periods"),
        seconds=fig(seconds, ".2f"), where=where,
        rate=fig(members / max(seconds, 1e-9), ",.0f")))
    print(translate("EnsembleCommand", "Short = shortfall over the horizon above {threshold} % of "
                                       "demand").format(threshold=fig(args.threshold, "g")))
    print()
    print(format_risk(table))
    if args.out:
        _finish_output(args.out, out_format, partial, stats, layout, scenario, table,
                       described)
    return EXIT_OK


def _here(args: argparse.Namespace, scenario: Any, source: Any, layout: Any, token: Any,
          writer: Any, attrs: dict[str, object], run_ensemble: Any) -> Any:
    on_chunk = None
    if writer is not None:
        from waterplanner.export.ensemble_dataset import results_dataset

        def on_chunk(r: Any, first: int) -> None:
            writer.append(results_dataset(r, first_member=first, attrs=attrs))
    return run_ensemble(scenario, source, layout, chunk=args.chunk, progress=_progress,
                        cancel=token, on_chunk=on_chunk)


def _on_dask(args: argparse.Namespace, scenario: Any, source: Any, layout: Any, token: Any,
             writer: Any, attrs: dict[str, object]) -> Any:
    from waterplanner.export.ensemble_dataset import require
    require("distributed")
    from waterplanner.scale.dask_run import dask_client, run_on_dask
    try:
        with dask_client(args.scheduler, args.workers) as client:
            return run_on_dask(client, scenario, source, layout, chunk=args.chunk,
                               progress=_progress, cancel=token,
                               on_dataset=writer.append if writer is not None else None,
                               dataset_attrs=attrs)
    except ConnectionError as e:
        raise BadInput(str(e)) from None


def _finish_output(out: str, out_format: str | None, partial: Path | None, stats: Any,
                   layout: Any, scenario: Any, table: Any, attrs: dict[str, object]) -> None:
    try:
        if out_format is not None and partial is not None:
            _remove(Path(out))
            os.replace(partial, out)
            print(translate("EnsembleCommand", "Wrote every member to {path} ({format})").format(
                path=out, format=out_format))
            return
        from waterplanner.export.ensemble_csv import write_summary_files
        paths = write_summary_files(out, stats, layout, scenario, table, attrs)
        print(translate("EnsembleCommand", "Wrote {files} to {folder}").format(
            files=", ".join(p.name for p in paths), folder=out))
    except OSError as e:
        raise BadInput(translate("CommandLine", "cannot write to {path}: {reason}").format(
            path=out, reason=e.strerror or e)) from None


def _refusal(e: BaseException) -> str:
    """What the ensemble's engine refused, for the planner."""
    return translate("EnsembleCommand", "ensemble: {reason}").format(
        reason=e.args[0] if e.args else e)


def _counted_texts() -> None:
    """Counted texts, marked for the catalogues (never called; see waterplanner.i18n)."""
    translate("EnsembleCommand", "%n workers", None, 1)
    translate("EnsembleCommand", "%n members", None, 1)
    translate("EnsembleCommand", "%n periods", None, 1)


def _remove(path: Path | None) -> None:
    """Remove a file or a Zarr folder, if there."""
    if path is None or not path.exists():
        return
    if path.is_dir():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


__all__ = ["err", "register", "run"]
