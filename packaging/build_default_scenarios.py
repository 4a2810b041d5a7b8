#!/usr/bin/env python
"""Build the default Syr Darya scenarios shipped with WaterPlanner from their data files.

Run from a clean checkout with the project's Python::

    python packaging/build_default_scenarios.py            # build, calibrate, write
    python packaging/build_default_scenarios.py --check    # exit 1 if the shipped files are stale
    python packaging/build_default_scenarios.py --results  # also print the headline numbers

The numbers live in ``packaging/syr_darya/`` (JSON records and monthly CSV tables, each
number with its basis and the codes of its sources; see the README there). This program
reads and checks them, assembles one scenario per mode listed in ``scenario.json`` (the
modes differ only in what that file says) and writes them to ``resources/scenarios/``.

Two things are computed rather than read. The losses of the lower-Syr reaches are calibrated
by bisection on one multiplier so that the calibration year delivers the observed inflow to
the North Aral; the tailwater levels are set so that each plant's mean net head in that year
is its design head. Both are deterministic, so a rebuild reproduces the files byte for byte.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))   # data_files.py, beside this script
from data_files import DataError, Folder, Record, Sourcing, make_lav
from variants import apply_changes, change_value

from waterplanner.model import (
    DemandNode,
    HydropowerPlant,
    InflowNode,
    InflowSet,
    JunctionNode,
    Link,
    Metadata,
    MinFlowNode,
    ReservoirNode,
    Scenario,
    SinkNode,
    Step,
    TerminalLakeNode,
    TimeBase,
    save_scenario,
    validate_scenario,
)
from waterplanner.model.layout import Layout
from waterplanner.model.nodes import RunOfRiverPlant

ROOT = Path(__file__).resolve().parents[1]
DATA_DIR = ROOT / "packaging" / "syr_darya"
OUT_DIR = ROOT / "resources" / "scenarios"
CONVERTED = " Converted from monthly mean m³/s with the days of each month."
NAMES = ("id", "name", "local_name", "country")
NULLABLE = ("max_release_m3s", "flood_control_mcm", "capacity_m3s",   # null: none / unlimited
            "operating_minimum_mcm")
PLANT_NUMBERS = ("head_m", "installed_mw", "turbine_capacity_m3s", "efficiency")


# ======================================================================================
# The basin as the data files describe it
# ======================================================================================
class Basin(Sourcing):
    """Everything read from the data folder, checked; calibration-dependent values open."""

    def __init__(self, folder: Folder, time: TimeBase, common: Record) -> None:
        super().__init__(folder, time)
        self.common = common                                            # scenario.json
        self.nodes: list[Any] = []
        self.links: list[Link] = []
        self.priors: dict[str, tuple[float, dict[str, Any]]] = {}      # link id → prior, source
        self.heads: dict[str, tuple[str, float]] = {}                  # reservoir → (rule, m)
        self.fit_starts: dict[str, float] = {}     # reservoir → storage the tailwater fit starts at
        self.layout: dict[str, tuple[float, ...]] = {}
        self.modes: dict[str, dict[str, Any]] = {}      # schedules, their sources, optimisation


def _names(rec: Record) -> dict[str, str]:
    return {k: rec.text(k) for k in NAMES}


def read_basin(folder: Folder) -> Basin:
    """Read and check every data file of ``folder``: the nodes in their order in the file
    (inflows, reservoirs, junctions, demands, outlets), links, layout and modes."""
    sc = folder.json("scenario.json")
    t = sc.record("time")
    try:
        time = TimeBase(Step(t.text("step")), date.fromisoformat(t.text("start")),
                        int(t.number("periods")),
                        water_year_start_month=int(t.number("water_year_start_month")))
    except ValueError as e:
        raise DataError(f"{t.where}: {e}") from None
    day = sc.text("initial_state_date")
    try:
        date.fromisoformat(day)
    except ValueError:
        raise DataError(f"{sc.at('initial_state_date')}: '{day}' is not a date (YYYY-MM-DD)"
                        ) from None
    basin = Basin(folder, time, sc)
    sets = [s.text("name") for s in sc.records("inflow_sets")]
    _inflows(basin, sets)
    _reservoirs(basin)
    river = folder.json("river.json")
    basin.nodes += [JunctionNode(**_names(j)) for j in river.records("junctions")]
    _demands(basin)
    _outlets(basin)
    _links(basin, river)
    positions = folder.json("layout.json").record("positions")
    basin.layout = {n.id: tuple(positions.numbers(n.id, count=2)) for n in basin.nodes}
    _modes(basin)
    folder.check_all_rows_used()
    cal = sc.record("calibration")
    for key, known in (("mode", list(basin.modes)), ("inflow_set", sets),
                       ("lake", [n.id for n in basin.nodes])):
        if cal.text(key) not in known:
            raise DataError(f"{cal.at(key)}: '{cal.text(key)}' is not one of {', '.join(known)}")
    dummy = dict.fromkeys(("multiplier", "achieved_km3"), 1.0) | {"loss_list": "", "results": ""}
    cal.template("loss_note", dummy)
    sc.templates("notes", dummy)
    for mode in basin.modes:
        _check(scenario(basin, mode, 1.0, None), f"the {mode}-mode scenario")
    return basin


def _check(sc: Scenario, what: str) -> Scenario:
    """``sc`` if the model finds nothing wrong with it; otherwise every problem."""
    problems = validate_scenario(sc)
    if problems:
        raise DataError(f"{what} would not be valid:" + "".join(f"\n  {p}" for p in problems))
    return sc


def _inflows(basin: Basin, sets: list[str]) -> None:
    table = basin.folder.table("inflows.csv", ("node", "set"))
    for rec in basin.folder.json("inflows.json").records("inflows"):
        nid, series = rec.text("id"), rec.record("series")
        for s in sets:
            basin.cite(f"nodes.{nid}.inflow_mcm.{s}", series.record(s), suffix=CONVERTED)
        basin.nodes.append(InflowNode(**_names(rec), inflow_mcm={
            s: basin.monthly(table.row((nid, s), series.at(s)), m3s=True) for s in sets}))


def _reservoirs(basin: Basin) -> None:
    doc = basin.folder.json("reservoirs.json")
    defaults = doc.record("defaults")
    storage = ("capacity_mcm", "dead_storage_mcm", "initial_storage_mcm",
               "operating_minimum_mcm", "min_release_m3s", "max_release_m3s",
               "flood_control_mcm", "seepage_m3s")
    for rec in doc.records("reservoirs"):
        rec.only(*NAMES, *storage, "lav", "evaporation", "release_schedule", "hydropower")
        pre = f"nodes.{rec.text('id')}."
        got = {k: basin.take(pre + k, rec, k, defaults, nullable=k in NULLABLE) for k in storage}
        lav, evap = rec.record("lav"), rec.record("evaporation")
        basin.cite(pre + "lav", lav)
        basin.cite(pre + "evaporation_mm", evap)
        plant = None
        if "hydropower" in rec:                       # a reservoir without a plant has none
            hp = rec.record("hydropower")
            plant = HydropowerPlant(**{k: basin.take(f"{pre}hydropower.{k}", hp, k) for k in (
                "installed_mw", "turbine_capacity_m3s", "efficiency")}, tailwater_level_m=0.0)
            tail = hp.record("tailwater_level_m")
            basin.cite(pre + "hydropower.tailwater_level_m", tail)
            rule = tail.one_of(("mean_net_head_m", "head_at_full_supply_m"))
            basin.heads[rec.text("id")] = (rule, tail.number(rule))
            tail.only(rule, "fit_initial_storage_mcm")
            if "fit_initial_storage_mcm" in tail:
                fit = tail.number("fit_initial_storage_mcm")
                lo, hi = got["dead_storage_mcm"], got["capacity_mcm"]
                if not lo <= fit <= hi:
                    raise DataError(f"{tail.at('fit_initial_storage_mcm')}: {fit:g} must lie "
                                    f"between dead storage {lo:g} and capacity {hi:g}")
                basin.fit_starts[rec.text("id")] = fit
        basin.nodes.append(ReservoirNode(
            **_names(rec), **got, lav=make_lav(lav, got["dead_storage_mcm"], got["capacity_mcm"]),
            evaporation_mm=basin.row("evaporation.csv", evap), hydropower=plant))


def _demands(basin: Basin) -> None:
    doc = basin.folder.json("demands.json")
    table, shapes = basin.folder.table("demand_shapes.csv", ("shape",)), doc.record("shapes")
    for rec in doc.records("zones"):
        rec.only(*NAMES, "detail", "annual_withdrawal_km3", "return_fraction", "priority")
        pre, w = f"nodes.{rec.text('id')}.", rec.record("annual_withdrawal_km3")
        name = w.text("shape")
        shapes.record(name).source()
        shape = table.row(name, w.at("shape"))
        if abs(sum(shape) - 1.0) > 1e-9:
            raise DataError(f"demand_shapes.csv, row {name}: the months sum to {sum(shape):g}, "
                            "not 1")
        basin.cite(pre + "demand_mcm", w, prefix=f"Zone: {rec.text('detail')}. ")
        basin.nodes.append(DemandNode(
            **_names(rec), demand_mcm=basin.monthly([w.number("value") * 1000.0 * f
                                                     for f in shape]),
            priority=int(basin.take(pre + "priority", rec, "priority", doc.record("defaults"))),
            return_fraction=basin.take(pre + "return_fraction", rec, "return_fraction")))


def _outlets(basin: Basin) -> None:
    doc = basin.folder.json("outlets.json")
    for rec in doc.records("min_flows"):
        req = rec.record("required_m3s")
        basin.cite(f"nodes.{rec.text('id')}.required_mcm", req)
        basin.nodes.append(MinFlowNode(**_names(rec), required_mcm=basin.monthly(
            req.numbers("value", count=12), m3s=True)))
    for rec in doc.records("lakes"):
        pre = f"nodes.{rec.text('id')}."
        for key in ("lav", "evaporation", "precipitation"):
            basin.cite(pre + key + ("_mm" if key != "lav" else ""), rec.record(key))
        basin.nodes.append(TerminalLakeNode(
            **_names(rec), **{k: basin.take(pre + k, rec, k) for k in (
                "initial_storage_mcm", "crest_level_m", "max_outflow_m3s")},
            lav=make_lav(rec.record("lav"), 0.0, 0.0),
            evaporation_mm=basin.row("evaporation.csv", rec.record("evaporation")),
            precipitation_mm=basin.row("evaporation.csv", rec.record("precipitation"))))
    basin.nodes += [SinkNode(**_names(s)) for s in doc.records("sinks")]


def _links(basin: Basin, river: Record) -> None:
    ids, defaults = {n.id for n in basin.nodes}, river.record("defaults")
    for rec in river.records("links"):
        rec.only("from", "to", "overflow", "plants", *defaults)
        a, b = rec.node("from", ids), rec.node("to", ids)
        lid = f"{a}__{b}"
        keys = ["loss_fraction", "capacity_m3s", "travel_time_periods", "initial_flow_m3s"]
        if isinstance(rec.data.get("loss_fraction"), dict) and \
                "calibrated_from_prior" in rec.data["loss_fraction"]:
            loss = rec.record("loss_fraction")
            basin.priors[lid] = (loss.number("calibrated_from_prior"), loss.source())
            keys.remove("loss_fraction")                # set by scenario() for each multiplier
        got = {k: basin.take(f"links.{lid}.{k}", rec, k, defaults, nullable=k in NULLABLE)
               for k in keys}
        basin.links.append(Link(id=lid, source=a, target=b, **{
            **got, "travel_time_periods": int(got["travel_time_periods"])},
            overflow=rec.flag("overflow"),
            plants=tuple(_plant(basin, lid, p) for p in (
                rec.records("plants") if "plants" in rec else []))))


def _plant(basin: Basin, lid: str, rec: Record) -> RunOfRiverPlant:
    """A run-of-river plant on link ``lid``: its numbers cited under
    ``links.<lid>.plants.<plant id>.<field>``."""
    rec.only("id", "name", "country", *PLANT_NUMBERS)
    pre = f"links.{lid}.plants.{rec.text('id')}."
    return RunOfRiverPlant(id=rec.text("id"), name=rec.text("name"),
                           country=rec.text("country"),
                           **{k: basin.take(pre + k, rec, k) for k in PLANT_NUMBERS})


def _modes(basin: Basin) -> None:
    """Per mode: its release schedules (a reservoir's own unless the mode or its ``base``
    sets it) with their sources, its ``changes`` (variants.py; a base's changes first) and
    its optimisation section (optimisation.json; the base's if the mode has none)."""
    sched, opt = basin.folder.table("schedules.csv"), basin.folder.json("optimisation.json")
    constraints = [c.without_source() for c in opt.records("constraints")]
    reservoirs = basin.folder.json("reservoirs.json").records("reservoirs")
    opt_modes = opt.record("modes")
    for mode in basin.common.records("modes"):
        mode.only("id", "file", "name", "description", "base", "release_schedules", "changes")
        mid = mode.text("id")
        if mid in basin.modes:
            raise DataError(f"{mode.where}: a second mode '{mid}'")
        base = None
        if "base" in mode:
            if mode.text("base") not in basin.modes:
                raise DataError(f"{mode.at('base')}: '{mode.text('base')}' is not a mode "
                                "listed before this one")
            base = basin.modes[mode.text("base")]
        sets = mode.record("release_schedules") if "release_schedules" in mode else None
        info: dict[str, Any] = {"schedules": {}, "sources": {}, "record": mode, "changes": []}
        for rec in reservoirs:
            rid = rec.text("id")
            if sets is not None and rid in sets:
                s = sets.record(rid)
            elif base is not None:
                info["schedules"][rid] = base["schedules"][rid]
                info["sources"][f"release_schedules.{rid}"] = \
                    base["sources"][f"release_schedules.{rid}"]
                continue
            else:
                s = rec.record("release_schedule", hint=f" (or give one in {mode.where}.release_schedules)")
            info["schedules"][rid] = basin.monthly(sched.row(s.text("series"), s.where), True)
            info["sources"][f"release_schedules.{rid}"] = s.source()
        info["changes"] = (list(base["changes"]) if base else []) + [
            (c, change_value(c, basin)) for c in (
                mode.records("changes") if "changes" in mode else [])]
        if mid in opt_modes:
            m = opt_modes.record(mid)
            info["optimisation"] = {
                "objectives": [o.without_source() for o in m.records("objectives")],
                "constraints": constraints, "notes": f"{m.text('notes')} {opt.text('notes')}"}
        elif base is not None:
            info["optimisation"] = base["optimisation"]
        else:
            raise DataError(f"{opt_modes.where}: missing '{mid}' (or give the mode a 'base')")
        basin.modes[mid] = info


# ======================================================================================
# One scenario of one mode
# ======================================================================================
def scenario(basin: Basin, mode: str, multiplier: float, tailwater: dict[str, float] | None,
             notes: str = "", loss_note: str = "(not yet calibrated).") -> Scenario:
    """Mode ``mode`` with the lower-Syr losses scaled by ``multiplier`` and the tailwater
    levels given (0 m before they are known)."""
    losses = lower_losses(basin, multiplier)
    info = basin.modes[mode]
    sources = {**basin.sources, **info["sources"]}
    for lid, (prior, src) in basin.priors.items():
        sources[f"links.{lid}.loss_fraction"] = {**src, "note": (
            f"Calibrated to {losses[lid]:g}: {loss_note} Prior before calibration: {prior} "
            + src["note"])}
    nodes = [replace(n, hydropower=replace(n.hydropower, tailwater_level_m=tailwater[n.id]))
             if tailwater and isinstance(n, ReservoirNode) and n.hydropower else n
             for n in basin.nodes]
    links = [replace(lk, loss_fraction=losses[lk.id]) if lk.id in losses else lk
             for lk in basin.links]
    sc = Scenario(
        metadata=Metadata(name=info["record"].text("name"),
                          description=info["record"].text("description"),
                          author=basin.common.text("author"),
                          organisation=basin.common.text("organisation"), notes=notes,
                          initial_state_date=basin.common.text("initial_state_date"),
                          references=basin.folder.used_references(sources, notes),
                          sources=dict(sorted(sources.items()))),
        time=basin.time,
        inflow_sets=tuple(InflowSet(name=s.text("name"), label=s.text("label"),
                                    description=s.text("description"))
                          for s in basin.common.records("inflow_sets")),
        nodes=tuple(nodes), links=tuple(links),
        release_schedules=dict(info["schedules"]),
        extensions={"optimisation": info["optimisation"]},
        layout=Layout(dict(basin.layout)))
    sc, changed = apply_changes(sc, info["changes"])
    if not changed:
        return sc
    sources = dict(sorted({**sc.metadata.sources, **changed}.items()))
    return replace(sc, metadata=replace(
        sc.metadata, sources=sources,
        references=basin.folder.used_references(sources, notes)))


def lower_losses(basin: Basin, multiplier: float) -> dict[str, float]:
    """Each calibrated reach keeps the share (1 − prior)^multiplier of its flow, so one
    multiplier scales all of them and every loss stays in [0, 1)."""
    return {k: round(1.0 - (1.0 - p) ** multiplier, 4) for k, (p, _) in basin.priors.items()}


# ======================================================================================
# Calibration, tailwater levels and the headline numbers
# ======================================================================================
def _simulate(sc: Scenario, inflow_set: str) -> Any:
    from waterplanner.engine import simulate
    return simulate(sc, inflow_set=inflow_set)


def calibrate(basin: Basin) -> tuple[float, float]:
    """Bisection on the loss multiplier so that the calibration mode and inflow set send the
    target to the lake (scenario.json ``calibration``). Returns (multiplier, achieved Mm³)."""
    cal = basin.common.record("calibration")
    mode, inflow_set, lake = cal.text("mode"), cal.text("inflow_set"), cal.text("lake")
    target = cal.value("target_inflow_mcm")[0]

    def inflow(m: float) -> float:
        res = _simulate(scenario(basin, mode, m, None), inflow_set)
        return float(np.sum(res.series("inflow_mcm", lake)))
    lo, hi = 0.0, 1.0
    while inflow(hi) > target:
        lo, hi = hi, hi * 2.0
        if hi > 64:
            raise DataError(f"{cal.where}: no loss multiplier brings the inflow to {lake} "
                            "down to the target")
    if inflow(lo) < target:
        raise DataError(f"{cal.where}: even without lower-Syr losses the inflow to {lake} is "
                        "below the target: the demands or schedules need revisiting")
    for _ in range(60):
        mid = 0.5 * (lo + hi)
        lo, hi = (mid, hi) if inflow(mid) > target else (lo, mid)
        if hi - lo < 1e-6:
            break
    m = round(0.5 * (lo + hi), 4)
    return m, inflow(m)


def tailwater_levels(basin: Basin, multiplier: float) -> dict[str, float]:
    """Tailwater so that the mean net head of the calibration year is the design head (the
    net head uses the level at the mean of a period's start and end storage), or so that
    the head at full supply is the one given.

    A reservoir whose tailwater record gives ``fit_initial_storage_mcm`` starts that year
    from this typical storage instead of the scenario's own: the tailwater is a property of
    the dam, so a low start in the named year lowers the head rather than moving the
    tailwater down with it."""
    cal = basin.common.record("calibration")
    sc = scenario(basin, cal.text("mode"), multiplier, None)
    sc = replace(sc, nodes=tuple(
        replace(n, initial_storage_mcm=basin.fit_starts[n.id]) if n.id in basin.fit_starts
        else n for n in sc.nodes))
    res = _simulate(sc, cal.text("inflow_set"))
    out: dict[str, float] = {}
    for r in sc.reservoirs:
        if r.id not in basin.heads:
            continue
        rule, head = basin.heads[r.id]
        if rule == "head_at_full_supply_m":
            out[r.id] = round(r.lav.level_m[-1] - head, 1)
        else:
            s = res.storage_with_initial(r.id)
            out[r.id] = round(float(np.mean(r.lav.level_at(0.5 * (s[:-1] + s[1:])))) - head, 1)
    return out


def headline(sc: Scenario, inflow_set: str) -> str:
    """The figures the notes report for one mode and inflow set."""
    res = _simulate(sc, inflow_set)

    def km3(q: str, nid: str) -> float:
        return float(np.sum(res.series(q, nid))) / 1000.0
    tok = res.storage_with_initial("toktogul")
    short = ", ".join(f"{d.id.replace('_', ' ')} {km3('shortfall_mcm', d.id):.2f}"
                      for d in sc.nodes if isinstance(d, DemandNode))
    kg = next(c for c in res.summary().countries if c.country == "KG")
    ror = sum(km3("run_of_river_energy_mwh", p.id) for lk in sc.links for p in lk.plants)
    aral = sc.node("north_aral").lav.level_at(res.storage_with_initial("north_aral"))
    return (f"North Aral inflow {km3('inflow_mcm', 'north_aral'):.2f} km³, level "
            f"{aral[0]:.2f} → {aral[-1]:.2f} m, Arnasai "
            f"{km3('inflow_mcm', 'arnasai'):.2f} km³, spill to the Large Aral "
            f"{km3('inflow_mcm', 'large_aral'):.2f} km³; Toktogul min {np.min(tok) / 1000:.2f} "
            f"/ end {tok[-1] / 1000:.2f} km³, {km3('energy_mwh', 'toktogul'):.0f} GWh; lower "
            f"Naryn run-of-river {ror:.0f} GWh; Kyrgyz energy {kg.energy_gwh:.0f} GWh, of "
            f"which winter {kg.winter_gwh:.0f}; Aral minimum-flow deficit "
            f"{km3('min_flow_deficit_mcm', 'kazalinsk'):.2f} km³; shortfalls (km³): {short}.")


def build_all(folder: Path = DATA_DIR) -> tuple[dict[str, Scenario], list[str]]:
    """Every mode's scenario (by file name) and the headline lines of the notes."""
    basin = read_basin(Folder(folder))
    cal = basin.common.record("calibration")
    multiplier, achieved = calibrate(basin)
    tail = tailwater_levels(basin, multiplier)
    values = {"multiplier": multiplier, "achieved_km3": achieved / 1000,
              "loss_list": "; ".join(f"{k.replace('__', ' → ')} {v:.4f}"
                                     for k, v in lower_losses(basin, multiplier).items())}
    loss_note = cal.template("loss_note", values)
    modes = basin.common.records("modes")
    drafts = {m.text("id"): scenario(basin, m.text("id"), multiplier, tail, "", loss_note)
              for m in modes}
    results = [f"- {mid} mode, {s.name} year: {headline(sc, s.name)}"
               for mid, sc in drafts.items() for s in sc.inflow_sets]
    notes = "\n\n".join(basin.common.templates("notes", {**values, "results": "\n".join(results)}))
    return {m.text("file"): _check(scenario(basin, m.text("id"), multiplier, tail, notes,
                                            loss_note), m.text("file")) for m in modes}, results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT_DIR, help="output folder")
    parser.add_argument("--data", type=Path, default=DATA_DIR, help="data folder")
    parser.add_argument("--check", action="store_true",
                        help="write nothing; exit 1 if the files in --out differ from a build")
    parser.add_argument("--results", action="store_true", help="print the headline numbers")
    args = parser.parse_args(argv)
    try:
        built, results = build_all(args.data)
    except DataError as e:
        print(f"error in the data files ({args.data}): {e}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) if args.check else args.out
        out.mkdir(parents=True, exist_ok=True)
        for name, sc in built.items():
            save_scenario(sc, out / name)
        stale = [n for n in built if not (args.out / n).is_file()
                 or (args.out / n).read_bytes() != (out / n).read_bytes()]
    if args.results:
        print(*results, sep="\n")
    if args.check and stale:
        print(f"out of date in {args.out}: {', '.join(stale)} (run {Path(__file__).name})",
              file=sys.stderr)
        return 1
    print(f"{'checked' if args.check else 'wrote'} {', '.join(built)} in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
