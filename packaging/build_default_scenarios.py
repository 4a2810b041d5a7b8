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
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))   # data_files.py, beside this script
from data_files import DataError, Folder, Record  # noqa: E402
from waterplanner.model import (  # noqa: E402
    DemandNode,
    HydropowerPlant,
    InflowNode,
    InflowSet,
    JunctionNode,
    LevelAreaVolume,
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
from waterplanner.model.layout import Layout  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DATA_DIR = ROOT / "packaging" / "syr_darya"
OUT_DIR = ROOT / "resources" / "scenarios"
CONVERTED = " Converted from monthly mean m³/s with the days of each month."


# ======================================================================================
# Level-area-volume tables from what is known of each lake
# ======================================================================================
def _integrate_levels(vols: list[float], areas: list[float], anchor: int,
                      level: float) -> list[float]:
    """Levels of rows whose area is linear in volume between them, from one known level:
    dh = dV / A(V), so h2 − h1 = (V2 − V1) / (A2 − A1) · ln(A2 / A1)   (Mm³ / km² = m)."""
    def dh(i: int) -> float:
        (v1, a1), (v2, a2) = (vols[i], areas[i]), (vols[i + 1], areas[i + 1])
        return (v2 - v1) / a1 if abs(a2 - a1) < 1e-9 else \
            (v2 - v1) / (a2 - a1) * float(np.log(a2 / a1))
    levels = [0.0] * len(vols)
    levels[anchor] = level
    for i in range(anchor + 1, len(vols)):
        levels[i] = levels[i - 1] + dh(i - 1)
    for i in range(anchor - 1, -1, -1):
        levels[i] = levels[i + 1] - dh(i)
    return levels


def make_lav(rec: Record, dead_mcm: float, full_mcm: float) -> LevelAreaVolume:
    """The table a ``lav`` record describes (methods: see reservoirs.json's ``about``)."""
    method = rec.text("method", ("table", "linear_area", "power_law_area"))
    if method == "table":
        cols = [tuple(rec.numbers(k)) for k in ("level_m", "area_km2", "volume_mcm")]
        if len({len(c) for c in cols}) != 1:
            raise DataError(f"{rec.where}: level_m, area_km2 and volume_mcm differ in length")
        return LevelAreaVolume(level_m=cols[0], area_km2=cols[1], volume_mcm=cols[2])
    if method == "linear_area":
        dead_a, full_a = rec.number("dead_area_km2"), rec.number("full_area_km2")
        vols = [dead_mcm, (dead_mcm + full_mcm) / 2, full_mcm]
        areas = [dead_a + (full_a - dead_a) * (v - dead_mcm) / (full_mcm - dead_mcm)
                 for v in vols]
        levels = _integrate_levels(vols, areas, 2, rec.number("full_supply_level_m"))
        return LevelAreaVolume(level_m=tuple(round(h, 2) for h in levels),
                               area_km2=tuple(round(x, 1) for x in areas),
                               volume_mcm=tuple(round(v, 1) for v in vols))
    # power_law_area: A = a·V^b through two points; ∫ dV / (a V^b) from one known level
    (v1, a1), (v2, a2) = [(p.number("volume_mcm"), p.number("area_km2"))
                          for p in rec.records("area_points", count=2)]
    point = rec.record("level_point")
    v0, h0 = point.number("volume_mcm"), point.number("level_m")
    b = np.log(a2 / a1) / np.log(v2 / v1)
    a = a1 / v1 ** b

    def f(x: float) -> float:
        return float(x ** (1 - b) / (a * (1 - b)))
    vols = rec.numbers("volume_mcm")
    return LevelAreaVolume(level_m=tuple(round(h0 + f(v) - f(v0), 2) for v in vols),
                           area_km2=tuple(round(float(a * v ** b), 1) for v in vols),
                           volume_mcm=tuple(vols))


# ======================================================================================
# The basin as the data files describe it
# ======================================================================================
@dataclass
class Basin:
    """Everything read from the data folder, checked; calibration-dependent values open."""
    folder: Folder
    time: TimeBase
    common: Record                                  # scenario.json
    nodes: list[Any] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    sources: dict[str, dict[str, Any]] = field(default_factory=dict)
    schedules: dict[str, dict[str, tuple[float, ...]]] = field(default_factory=dict)  # by mode
    mode_sources: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    priors: dict[str, tuple[float, dict[str, Any]]] = field(default_factory=dict)  # link id
    heads: dict[str, tuple[str, float]] = field(default_factory=dict)  # reservoir id → rule
    layout: dict[str, tuple[float, float]] = field(default_factory=dict)
    optimisation: dict[str, dict[str, Any]] = field(default_factory=dict)  # by mode

    def monthly(self, jan_dec: list[float], m3s: bool = False) -> tuple[float, ...]:
        """A January-December row in the time base's order (from its first month), as volumes
        per period if it is in m³/s; rounded to 1 m³ to keep float noise out of the files."""
        k = self.time.start.month - 1
        values = np.array(jan_dec[k:] + jan_dec[:k], dtype=float)
        if m3s:
            values = self.time.m3s_to_mcm(values)
        return tuple(round(float(v), 6) for v in values)

    def put(self, path: str, source: dict[str, Any], prefix: str = "", suffix: str = "") -> None:
        """Record where the number at ``path`` of the scenario comes from."""
        self.sources[path] = {**source, "note": prefix + source["note"] + suffix}


def read_basin(folder: Folder) -> Basin:
    """Read and check every data file of ``folder`` into a :class:`Basin`."""
    sc = folder.json("scenario.json")
    t = sc.record("time")
    time = TimeBase(Step(t.text("step")), date.fromisoformat(t.text("start")),
                    int(t.number("periods")), water_year_start_month=int(
                        t.number("water_year_start_month")))
    basin = Basin(folder=folder, time=time, common=sc)
    sets = [s.text("name") for s in sc.records("inflow_sets")]
    _inflows(basin, folder, sets)
    _reservoirs(basin, folder, [m for m in sc.records("modes")])
    river = folder.json("river.json")
    basin.nodes += [JunctionNode(id=j.text("id"), name=j.text("name"),
                                 local_name=j.text("local_name"), country=j.text("country"))
                    for j in river.records("junctions")]
    _demands(basin, folder)
    _outlets(basin, folder)
    _links(basin, river)
    positions = folder.json("layout.json").record("positions")
    for n in basin.nodes:
        x, y = positions.numbers(n.id, count=2)
        basin.layout[n.id] = (x, y)
    _optimisation(basin, folder, [m.text("id") for m in sc.records("modes")])
    folder.check_all_rows_used()
    return basin


def _inflows(basin: Basin, folder: Folder, sets: list[str]) -> None:
    table = folder.table("inflows.csv", ("node", "set"))
    for rec in folder.json("inflows.json").records("inflows"):
        nid, series = rec.text("id"), rec.record("series")
        flows = {s: basin.monthly(table.row((nid, s), series.where), m3s=True) for s in sets}
        basin.nodes.append(InflowNode(id=nid, name=rec.text("name"), inflow_mcm=flows,
                                      local_name=rec.text("local_name"),
                                      country=rec.text("country")))
        for s in sets:
            basin.put(f"nodes.{nid}.inflow_mcm.{s}", series.record(s).source(), suffix=CONVERTED)


def _reservoirs(basin: Basin, folder: Folder, modes: list[Record]) -> None:
    doc, evap = folder.json("reservoirs.json"), folder.table("evaporation.csv")
    sched = folder.table("schedules.csv")
    defaults = doc.record("defaults")
    for rec in doc.records("reservoirs"):
        rid, pre = rec.text("id"), f"nodes.{rec.text('id')}."
        got = {}
        for key in ("capacity_mcm", "dead_storage_mcm", "initial_storage_mcm",
                    "min_release_m3s", "max_release_m3s", "flood_control_mcm", "seepage_m3s"):
            holder = rec if key in rec else defaults
            got[key], src = holder.value(key, nullable=key in ("max_release_m3s",
                                                               "flood_control_mcm"))
            basin.put(pre + key, src)
        lav = rec.record("lav")
        basin.put(pre + "lav", lav.source())
        e = rec.record("evaporation")
        basin.put(pre + "evaporation_mm", e.source())
        hp = rec.record("hydropower")
        plant = {k: hp.value(k)[0] for k in ("turbine_capacity_m3s", "installed_mw",
                                             "efficiency")}
        for k in ("installed_mw", "turbine_capacity_m3s", "efficiency", "tailwater_level_m"):
            basin.put(f"{pre}hydropower.{k}", hp.value(k)[1] if k != "tailwater_level_m"
                      else hp.record(k).source())
        tw = hp.record("tailwater_level_m")
        rule = tw.one_of(("mean_net_head_m", "head_at_full_supply_m"))
        basin.heads[rid] = (rule, tw.number(rule))
        basin.nodes.append(ReservoirNode(
            id=rid, name=rec.text("name"), local_name=rec.text("local_name"),
            country=rec.text("country"), **got,
            lav=make_lav(lav, got["dead_storage_mcm"], got["capacity_mcm"]),
            evaporation_mm=basin.monthly(evap.row(e.text("series"), e.where)),
            hydropower=HydropowerPlant(**plant, tailwater_level_m=0.0)))
        for mode in modes:
            schedules = mode.record("release_schedules")
            s = schedules.record(rid) if rid in schedules else rec.record(
                "release_schedule", hint=f" (or give one in {schedules.where})")
            basin.schedules.setdefault(mode.text("id"), {})[rid] = basin.monthly(
                sched.row(s.text("series"), s.where), m3s=True)
            basin.mode_sources.setdefault(mode.text("id"), {})[
                f"release_schedules.{rid}"] = s.source()


def _demands(basin: Basin, folder: Folder) -> None:
    doc, table = folder.json("demands.json"), folder.table("demand_shapes.csv", ("shape",))
    shapes = doc.record("shapes")
    for name in shapes.keys():
        shapes.record(name).source()
    priority, priority_src = doc.record("defaults").value("priority")
    for rec in doc.records("zones"):
        did, w = rec.text("id"), rec.record("annual_withdrawal_km3")
        shape_name = w.text("series" if "series" in w else "shape")
        shapes.record(shape_name)
        shape = table.row(shape_name, w.where)
        if abs(sum(shape) - 1.0) > 1e-9:
            raise DataError(f"demand_shapes.csv, row {shape_name}: the months sum to "
                            f"{sum(shape):g}, not 1")
        annual = w.number("value")
        ret, ret_src = rec.value("return_fraction")
        basin.nodes.append(DemandNode(
            id=did, name=rec.text("name"), local_name=rec.text("local_name"),
            country=rec.text("country"), priority=int(priority), return_fraction=ret,
            demand_mcm=basin.monthly([annual * 1000.0 * f for f in shape])))
        basin.put(f"nodes.{did}.demand_mcm", w.source(), prefix=f"Zone: {rec.text('detail')}. ")
        basin.put(f"nodes.{did}.return_fraction", ret_src)
        basin.put(f"nodes.{did}.priority", priority_src)


def _outlets(basin: Basin, folder: Folder) -> None:
    doc, evap = folder.json("outlets.json"), folder.table("evaporation.csv")
    common = {"name", "local_name", "country"}
    for rec in doc.records("min_flows"):
        req = rec.record("required_m3s")
        basin.nodes.append(MinFlowNode(
            id=rec.text("id"), **{k: rec.text(k) for k in common},
            required_mcm=basin.monthly(req.numbers("value", count=12), m3s=True)))
        basin.put(f"nodes.{rec.text('id')}.required_mcm", req.source())
    for rec in doc.records("lakes"):
        pre = f"nodes.{rec.text('id')}."
        values = {k: rec.value(k) for k in ("initial_storage_mcm", "crest_level_m",
                                            "max_outflow_m3s")}
        climate = {k: rec.record(k) for k in ("evaporation", "precipitation")}
        basin.nodes.append(TerminalLakeNode(
            id=rec.text("id"), **{k: rec.text(k) for k in common},
            **{k: v for k, (v, _) in values.items()}, lav=make_lav(rec.record("lav"), 0, 0),
            **{f"{k}_mm": basin.monthly(evap.row(c.text("series"), c.where))
               for k, c in climate.items()}))
        for k, (_, src) in values.items():
            basin.put(pre + k, src)
        basin.put(pre + "lav", rec.record("lav").source())
        for k, c in climate.items():
            basin.put(f"{pre}{k}_mm", c.source())
    basin.nodes += [SinkNode(id=s.text("id"), **{k: s.text(k) for k in common})
                    for s in doc.records("sinks")]


def _links(basin: Basin, river: Record) -> None:
    ids = {n.id for n in basin.nodes}
    defaults = river.record("defaults")
    for rec in river.records("links"):
        a, b = rec.node("from", ids), rec.node("to", ids)
        lid, got = f"{a}__{b}", {}
        for key in ("loss_fraction", "capacity_m3s", "travel_time_periods", "initial_flow_m3s"):
            holder = rec if key in rec else defaults
            if key == "loss_fraction" and "calibrated_from_prior" in holder.record(key):
                loss = holder.record(key)
                basin.priors[lid] = (loss.number("calibrated_from_prior"), loss.source())
                got[key] = 0.0
                continue
            got[key], src = holder.value(key, nullable=key == "capacity_m3s")
            basin.put(f"links.{lid}.{key}", src)
        got["travel_time_periods"] = int(got["travel_time_periods"])
        basin.links.append(Link(id=lid, source=a, target=b, **got,
                                overflow=rec.flag("overflow")))


def _optimisation(basin: Basin, folder: Folder, modes: list[str]) -> None:
    doc = folder.json("optimisation.json")
    constraints = [c.without_source() for c in doc.records("constraints")]
    for mode in modes:
        m = doc.record("modes").record(mode)
        basin.optimisation[mode] = {
            "objectives": [o.without_source() for o in m.records("objectives")],
            "constraints": constraints,
            "notes": f"{m.text('notes')} {doc.text('notes')}"}


# ======================================================================================
# One scenario of one mode
# ======================================================================================
def scenario(basin: Basin, mode: str, multiplier: float, tailwater: dict[str, float] | None,
             notes: str = "", loss_note: str = "(not yet calibrated).") -> Scenario:
    """Mode ``mode`` with the lower-Syr losses scaled by ``multiplier`` and the tailwater
    levels given (0 m before they are known)."""
    losses = lower_losses(basin, multiplier)
    sources = {**basin.sources, **basin.mode_sources[mode]}
    for lid, (prior, src) in basin.priors.items():
        sources[f"links.{lid}.loss_fraction"] = {**src, "note": (
            f"Calibrated to {losses[lid]:g}: {loss_note} Prior before calibration: {prior} "
            + src["note"])}
    nodes = [replace(n, hydropower=replace(n.hydropower, tailwater_level_m=tailwater[n.id]))
             if tailwater and isinstance(n, ReservoirNode) and n.hydropower else n
             for n in basin.nodes]
    links = [replace(lk, loss_fraction=losses[lk.id]) if lk.id in losses else lk
             for lk in basin.links]
    info = next(m for m in basin.common.records("modes") if m.text("id") == mode)
    return Scenario(
        metadata=Metadata(name=info.text("name"), description=info.text("description"),
                          author=basin.common.text("author"),
                          organisation=basin.common.text("organisation"), notes=notes,
                          references=basin.folder.used_references(sources, notes),
                          sources=dict(sorted(sources.items()))),
        time=basin.time,
        inflow_sets=tuple(InflowSet(name=s.text("name"), label=s.text("label"),
                                    description=s.text("description"))
                          for s in basin.common.records("inflow_sets")),
        nodes=tuple(nodes), links=tuple(links),
        release_schedules=dict(basin.schedules[mode]),
        extensions={"optimisation": basin.optimisation[mode]},
        layout=Layout(dict(basin.layout)))


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
    the head at full supply is the one given."""
    cal = basin.common.record("calibration")
    sc = scenario(basin, cal.text("mode"), multiplier, None)
    res = _simulate(sc, cal.text("inflow_set"))
    out: dict[str, float] = {}
    for r in sc.reservoirs:
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
    return (f"North Aral inflow {km3('inflow_mcm', 'north_aral'):.2f} km³, Arnasai "
            f"{km3('inflow_mcm', 'arnasai'):.2f} km³, spill to the Large Aral "
            f"{km3('inflow_mcm', 'large_aral'):.2f} km³; Toktogul min {np.min(tok) / 1000:.2f} "
            f"/ end {tok[-1] / 1000:.2f} km³, {km3('energy_mwh', 'toktogul'):.0f} GWh; Aral "
            f"minimum-flow deficit {km3('min_flow_deficit_mcm', 'kazalinsk'):.2f} km³; "
            f"shortfalls (km³): {short}.")


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
    results = [f"- {m.text('id')} mode, {s} year: "
               f"{headline(scenario(basin, m.text('id'), multiplier, tail, '', loss_note), s)}"
               for m in modes for s in (i.text("name") for i in
                                        basin.common.records("inflow_sets"))]
    notes = "\n\n".join(basin.common.templates("notes", {**values, "results": "\n".join(results)}))
    return {m.text("file"): scenario(basin, m.text("id"), multiplier, tail, notes, loss_note)
            for m in modes}, results


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
        print(f"error in the data files: {e}", file=sys.stderr)
        return 1
    for name, sc in built.items():
        problems = validate_scenario(sc)
        if problems:
            print(f"{name} would not be valid:", *problems, sep="\n  ", file=sys.stderr)
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
