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
from data_files import MONTHS, DataError, Folder, Record, Sourcing, make_lav
from hindcasts import hindcast
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
from waterplanner.model.countries import Country, EnergyExchange, Season
from waterplanner.model.drainage import equilibrium_store_mcm
from waterplanner.model.layout import Layout
from waterplanner.model.nodes import OperatingRule, RuleKind, RunOfRiverPlant

ROOT = Path(__file__).resolve().parents[1]
DATA_DIR = ROOT / "packaging" / "syr_darya"
OUT_DIR = ROOT / "resources" / "scenarios"
CONVERTED = " Converted from monthly mean m³/s with the days of each month."
NAMES = ("id", "name", "local_name", "country")
NULLABLE = ("max_release_m3s", "flood_control_mcm", "capacity_m3s",   # null: none / unlimited
            "operating_minimum_mcm")
PLANT_NUMBERS = ("head_m", "installed_mw", "turbine_capacity_m3s", "efficiency")
LIMITS = ("vegetation_limit_mcm", "non_vegetation_limit_mcm")
SEASONS = tuple(s.value for s in Season)
SHARE_TOLERANCE = 1e-9


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
        self.priors: dict[str, tuple[float, dict[str, Any], str]] = {}  # link → prior, source, group
        self.heads: dict[str, tuple[str, float]] = {}                  # reservoir → (rule, m)
        self.fit_starts: dict[str, float] = {}     # reservoir → storage the tailwater fit starts at
        self.layout: dict[str, tuple[float, ...]] = {}
        self.modes: dict[str, dict[str, Any]] = {}      # schedules, their sources, optimisation
        self.countries: list[Country] = []
        self.exchanges: list[EnergyExchange] = []
        self.sharing: list[dict[str, Any]] = []         # inflow-sharing rules (reported only)
        self.limit_counts: dict[str, list[str]] = {}   # country → zones its limits count


def _names(rec: Record) -> dict[str, str]:
    return {k: rec.text(k) for k in NAMES}


def read_basin(folder: Folder, time_record: Record | None = None) -> Basin:
    """Read and check every data file of ``folder``: the nodes in their order in the file
    (inflows, reservoirs, junctions, demands, outlets), links, layout and modes. Monthly rows
    are laid out in the time base of ``time_record`` (a hindcast's) or of scenario.json."""
    sc = folder.json("scenario.json")
    t = time_record if time_record is not None else sc.record("time")
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
    _countries(basin)
    positions = folder.json("layout.json").record("positions")
    basin.layout = {n.id: tuple(positions.numbers(n.id, count=2)) for n in basin.nodes}
    _modes(basin)
    for h in sc.records("hindcasts"):               # their inflow rows exist (and are used)
        suffix = h.record("inflows").text("suffix")
        for n in basin.nodes:
            if isinstance(n, InflowNode):
                folder.table("hindcast_inflows.csv").row(f"{n.id}_{suffix}", h.at("inflows"))
        for c in h.records("changes"):
            if "series" in c:
                folder.table(c.text("table") if "table" in c else "variants.csv").row(
                    c.text("series"), c.where)
    folder.check_all_rows_used()
    cal = sc.record("calibration")
    for key, known in (("mode", list(basin.modes)), ("inflow_set", sets)):
        if cal.text(key) not in known:
            raise DataError(f"{cal.at(key)}: '{cal.text(key)}' is not one of {', '.join(known)}")
    groups = [g.text("group") for g in cal.records("groups")]
    for g in cal.records("groups"):
        g.node("node", {n.id for n in basin.nodes})
        g.one_of(("target_inflow_mcm", "target_mean_inflow_m3s"))
        g.template("loss_note", {"multiplier": 1.0, "achieved": 1.0})
        for m in g.get("months") if "months" in g else []:
            if m not in MONTHS:
                raise DataError(f"{g.at('months')}: '{m}' is not one of {', '.join(MONTHS)}")
    for lid, (_, _, group) in basin.priors.items():
        if group not in groups:
            raise DataError(f"river.json: link {lid}: calibration group '{group}' is not one "
                            f"of scenario.json's calibration groups ({', '.join(groups)})")
    sc.templates("notes", {"calibration": "", "loss_list": "", "results": ""})
    for mode in basin.modes:
        _check(scenario(basin, mode, dict.fromkeys(groups, 1.0), None),
               f"the {mode}-mode scenario")
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
        rec.only(*NAMES, *storage, "lav", "evaporation", "release_schedule", "hydropower",
                 "rule")
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
            evaporation_mm=basin.row("evaporation.csv", evap), hydropower=plant,
            rule=_rule(basin, pre, rec)))


def _rule(basin: Basin, pre: str, rec: Record) -> OperatingRule:
    """The reservoir's operating rule: ``schedule`` unless its record gives a ``rule`` (a
    ``guide_curve`` names its row of guide_curves.csv, end-of-month storage in Mm³)."""
    if "rule" not in rec:
        return OperatingRule()
    r = rec.record("rule")
    r.only("kind", "series", "basis", "refs", "note")
    kind = RuleKind(r.text("kind", tuple(k.value for k in RuleKind)))
    basin.cite(pre + "rule", r)
    if kind is RuleKind.GUIDE_CURVE:
        return OperatingRule(kind=kind, guide_curve_mcm=basin.row("guide_curves.csv", r))
    if "series" in r:
        raise DataError(f"{r.at('series')}: only a guide_curve rule names a series")
    return OperatingRule(kind=kind)


def _demands(basin: Basin) -> None:
    doc = basin.folder.json("demands.json")
    table, shapes = basin.folder.table("demand_shapes.csv", ("shape",)), doc.record("shapes")
    for rec in doc.records("zones"):
        rec.only(*NAMES, "detail", "annual_withdrawal_km3", "return_fraction", "priority",
                 "drainage_residence_periods", "country_shares")
        pre, w = f"nodes.{rec.text('id')}.", rec.record("annual_withdrawal_km3")
        name = w.text("shape")
        shapes.record(name).source()
        shape = table.row(name, w.at("shape"))
        if abs(sum(shape) - 1.0) > 1e-9:
            raise DataError(f"demand_shapes.csv, row {name}: the months sum to {sum(shape):g}, "
                            "not 1")
        basin.cite(pre + "demand_mcm", w, prefix=f"Zone: {rec.text('detail')}. ")
        rf = basin.take(pre + "return_fraction", rec, "return_fraction")
        k = basin.take(pre + "drainage_residence_periods", rec, "drainage_residence_periods",
                       doc.record("defaults")) if rf > 0 else 0.0
        recharge = rf * w.number("value") * 1000.0 / 12.0
        store = round(equilibrium_store_mcm(recharge, k), 1)
        if store > 0:
            basin.sources[pre + "drainage_initial_mcm"] = {
                "basis": "derived", "refs": [], "note": (
                    f"The store in equilibrium with the mean recharge: return fraction {rf:g} × "
                    f"{w.number('value'):g} km³/yr ÷ 12 = {recharge:.0f} Mm³ per month, "
                    f"released at α = 1 − exp(−1/{k:g}) a month, so the zone drains all year "
                    "from the first month (model/drainage.py equilibrium_store_mcm).")}
        basin.nodes.append(DemandNode(
            **_names(rec), demand_mcm=basin.monthly([w.number("value") * 1000.0 * f
                                                     for f in shape]),
            priority=int(basin.take(pre + "priority", rec, "priority", doc.record("defaults"))),
            return_fraction=rf, drainage_residence_periods=k, drainage_initial_mcm=store,
            country_shares=_shares(basin, pre + "country_shares", rec)))


def _shares(basin: Basin, path: str, rec: Record) -> dict[str, float]:
    """A zone's ``country_shares`` (code → share of the zone, summing to 1), cited; none
    when the zone belongs to its ``country`` alone."""
    if "country_shares" not in rec:
        return {}
    sh = rec.record("country_shares")
    basin.cite(path, sh)
    return _code_shares(sh.record("value"))


def _code_shares(rec: Record) -> dict[str, float]:
    """Country code → share, each in (0, 1], summing to 1."""
    out = {code: rec.number(code) for code in rec}
    for code, x in out.items():
        if len(code) != 2 or not code.isupper() or not 0 < x <= 1:
            raise DataError(f"{rec.at(code)}: a share is a two-letter country code and a "
                            f"number above 0 and at most 1 (found {code}: {x:g})")
    if not out or abs(sum(out.values()) - 1.0) > SHARE_TOLERANCE:
        raise DataError(f"{rec.where}: the shares add up to {sum(out.values()):g}, not 1")
    return out


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
        rec.only("from", "to", "overflow", "plants", "return_share", *defaults)
        a, b = rec.node("from", ids), rec.node("to", ids)
        lid = f"{a}__{b}"
        keys = ["loss_fraction", "capacity_m3s", "travel_time_periods", "initial_flow_m3s"]
        if isinstance(rec.data.get("loss_fraction"), dict) and \
                "calibrated_from_prior" in rec.data["loss_fraction"]:
            loss = rec.record("loss_fraction")
            basin.priors[lid] = (loss.number("calibrated_from_prior"), loss.source(),
                                 loss.text("group"))
            keys.remove("loss_fraction")                # set by scenario() for each multiplier
        got = {k: basin.take(f"links.{lid}.{k}", rec, k, defaults, nullable=k in NULLABLE)
               for k in keys}
        basin.links.append(Link(id=lid, source=a, target=b, **{
            **got, "travel_time_periods": int(got["travel_time_periods"])},
            overflow=rec.flag("overflow"),
            return_share=basin.take(f"links.{lid}.return_share", rec, "return_share")
            if "return_share" in rec else None,
            plants=tuple(_plant(basin, lid, p) for p in (
                rec.records("plants") if "plants" in rec else []))))


def _countries(basin: Basin) -> None:
    """countries.json: the countries with their ICWC limits per season (null: none known),
    the energy exchange ledger, and the inflow-sharing rules the notes report. Every country
    a zone's shares, an exchange or a rule names must be listed."""
    doc = basin.folder.json("countries.json")
    for rec in doc.records("countries"):
        rec.only("code", "name", *LIMITS, "limit_counts")
        code = rec.text("code")
        if "limit_counts" in rec:
            zones = rec.get("limit_counts")
            demands = {n.id: n for n in basin.nodes if isinstance(n, DemandNode)}
            if not isinstance(zones, list) or not all(
                    isinstance(z, str) and z in demands and code in demands[z].shares()
                    for z in zones):
                raise DataError(f"{rec.at('limit_counts')}: expected a list of zones of "
                                f"demands.json with a share for {code}")
            basin.limit_counts[code] = zones
        basin.countries.append(Country(code=code, name=rec.text("name"), **{
            k: basin.take(f"countries.{code}.{k}", rec, k, nullable=True) for k in LIMITS}))
    known = [c.code for c in basin.countries]

    def country(rec: Record, key: str) -> str:
        if rec.text(key) not in known:
            raise DataError(f"{rec.at(key)}: '{rec.text(key)}' is not one of the countries "
                            f"listed ({', '.join(known)})")
        return rec.text(key)
    for rec in doc.records("energy_exchanges"):
        rec.only("id", "supplier", "receiver", "season", "water_season", "water_mcm",
                 "energy_gwh", "ledger_note")
        pre = f"energy_exchanges.{rec.text('id')}."
        water = basin.take(pre + "water_mcm", rec, "water_mcm", nullable=True) \
            if "water_mcm" in rec else None
        basin.exchanges.append(EnergyExchange(
            id=rec.text("id"), supplier=country(rec, "supplier"),
            receiver=country(rec, "receiver"), season=Season(rec.text("season", SEASONS)),
            energy_gwh=basin.take(pre + "energy_gwh", rec, "energy_gwh"), water_mcm=water,
            water_season=Season(rec.text("water_season", SEASONS))
            if "water_season" in rec else None, note=rec.text("ledger_note")))
    ids = {n.id for n in basin.nodes}
    for rec in doc.records("inflow_sharing"):
        rec.only("id", "node", "name", "shares", "threshold_mcm")
        rec.record("shares").source()
        shares = _code_shares(rec.record("shares").record("value"))
        for code in shares:
            if code not in known:
                raise DataError(f"{rec.record('shares').at(code)}: '{code}' is not one of the "
                                f"countries listed ({', '.join(known)})")
        threshold, src = rec.value("threshold_mcm")
        basin.sharing.append({"name": rec.text("name"), "node": rec.node("node", ids),
                              "shares": shares, "threshold_mcm": threshold, "source": src})
    for n in basin.nodes:
        for code in n.shares() if isinstance(n, DemandNode) else ():
            if code not in known:
                raise DataError(f"demands.json: zone {n.id} has a share for '{code}', which "
                                f"countries.json does not list ({', '.join(known)})")


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
def scenario(basin: Basin, mode: str, multipliers: dict[str, float],
             tailwater: dict[str, float] | None, notes: str = "",
             loss_notes: dict[str, str] | None = None) -> Scenario:
    """Mode ``mode`` with the lower-Syr losses of each calibration group scaled by its
    multiplier and the tailwater levels given (0 m before they are known)."""
    losses = lower_losses(basin, multipliers)
    info = basin.modes[mode]
    sources = {**basin.sources, **info["sources"]}
    for lid, (prior, src, group) in basin.priors.items():
        how = (loss_notes or {}).get(group, "(not yet calibrated).")
        sources[f"links.{lid}.loss_fraction"] = {**src, "note": (
            f"Calibrated to {losses[lid]:g}: {how} Prior before calibration: {prior} "
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
        countries=tuple(basin.countries), energy_exchanges=tuple(basin.exchanges),
        layout=Layout(dict(basin.layout)))
    sc, changed = apply_changes(sc, info["changes"])
    if not changed:
        return sc
    sources = dict(sorted({**sc.metadata.sources, **changed}.items()))
    return replace(sc, metadata=replace(
        sc.metadata, sources=sources,
        references=basin.folder.used_references(sources, notes)))


def lower_losses(basin: Basin, multipliers: dict[str, float]) -> dict[str, float]:
    """Each calibrated reach keeps the share (1 − prior)^m of its flow, m its group's
    multiplier, so one number scales a group's reaches and every loss stays in [0, 1)."""
    return {k: round(1.0 - (1.0 - p) ** multipliers[g], 4)
            for k, (p, _, g) in basin.priors.items()}


# ======================================================================================
# Calibration, tailwater levels and the headline numbers
# ======================================================================================
def countries_summary(res: Any) -> Any:
    from waterplanner.engine.countries_summary import countries_summary as summary
    return summary(res)


def _simulate(sc: Scenario, inflow_set: str) -> Any:
    from waterplanner.engine import simulate
    return simulate(sc, inflow_set=inflow_set)


def calibrate(basin: Basin) -> tuple[dict[str, float], dict[str, float]]:
    """Each calibration group in turn (scenario.json ``calibration.groups``, upstream first):
    bisection on its loss multiplier so that the calibration mode and inflow set give the
    group's target at its node, the earlier groups' multipliers fixed. Returns the multipliers
    and what each achieves (Mm³, or m³/s for a mean-flow target)."""
    cal = basin.common.record("calibration")
    mode, inflow_set = cal.text("mode"), cal.text("inflow_set")
    multipliers = dict.fromkeys((g.text("group") for g in cal.records("groups")), 1.0)
    achieved: dict[str, float] = {}
    for g in cal.records("groups"):
        name, node = g.text("group"), g.text("node")
        key = g.one_of(("target_inflow_mcm", "target_mean_inflow_m3s"))
        target = g.value(key)[0]
        months = [MONTHS.index(m) + 1 for m in g.get("months")] if "months" in g else None

        def measure(m: float, name: str = name, node: str = node, key: str = key,
                    months: list[int] | None = months) -> float:
            res = _simulate(scenario(basin, mode, {**multipliers, name: m}, None), inflow_set)
            v = np.asarray(res.series("inflow_mcm", node), dtype=float)
            pick = np.array([months is None or d.month in months for d in basin.time.starts])
            if key == "target_inflow_mcm":
                return float(np.sum(v[pick]))
            return float(np.mean(basin.time.mcm_to_m3s(v)[pick]))
        lo, hi = 0.0, 1.0
        while measure(hi) > target:
            lo, hi = hi, hi * 2.0
            if hi > 64:
                raise DataError(f"{g.where}: no loss multiplier brings {key} at {node} down "
                                "to the target")
        if measure(lo) < target:
            raise DataError(f"{g.where}: even without losses in group '{name}', {key} at "
                            f"{node} is below the target ({measure(lo):.1f} < {target:g}): "
                            "the demands or rules upstream need revisiting")
        for _ in range(60):
            mid = 0.5 * (lo + hi)
            lo, hi = (mid, hi) if measure(mid) > target else (lo, mid)
            if hi - lo < 1e-6:
                break
        multipliers[name] = round(0.5 * (lo + hi), 4)
        achieved[name] = measure(multipliers[name])
    return multipliers, achieved


def tailwater_levels(basin: Basin, multipliers: dict[str, float]) -> dict[str, float]:
    """Tailwater so that the mean net head of the calibration year is the design head (the
    net head uses the level at the mean of a period's start and end storage), or so that
    the head at full supply is the one given.

    A reservoir whose tailwater record gives ``fit_initial_storage_mcm`` starts that year
    from this typical storage instead of the scenario's own: the tailwater is a property of
    the dam, so a low start in the named year lowers the head rather than moving the
    tailwater down with it."""
    cal = basin.common.record("calibration")
    sc = scenario(basin, cal.text("mode"), multipliers, None)
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


def headline(sc: Scenario, inflow_set: str, sharing: list[dict[str, Any]],
             limit_counts: dict[str, list[str]]) -> str:
    """The figures the notes report for one mode and inflow set, with the withdrawal each
    country's ICWC limits count (``limit_counts``) and each inflow-sharing rule's inflow
    against its threshold."""
    res = _simulate(sc, inflow_set)

    def km3(q: str, nid: str) -> float:
        return float(np.sum(res.series(q, nid))) / 1000.0
    tok = res.storage_with_initial("toktogul")
    short = ", ".join(f"{d.id.replace('_', ' ')} {km3('shortfall_mcm', d.id):.2f}"
                      for d in sc.nodes if isinstance(d, DemandNode))
    kg = next(c for c in res.summary().countries if c.country == "KG")
    cs = countries_summary(res)
    water = ", ".join(f"{t.country} {t.delivery_mcm / 1000:.2f}" for t in cs.totals)
    shared = "".join(f"; {_shared(rule, km3('inflow_mcm', rule['node']))}" for rule in sharing)
    counted = "".join(f"; {_counted(res, sc, code, zones)}" for code, zones in limit_counts.items())
    ror = sum(km3("run_of_river_energy_mwh", p.id) for lk in sc.links for p in lk.plants)
    flood = float(np.sum(res.link_flow_mcm[0][list(res.link_ids).index("shardara__arnasai")]))
    aral = sc.node("north_aral").lav.level_at(res.storage_with_initial("north_aral"))
    return (f"North Aral inflow {km3('inflow_mcm', 'north_aral'):.2f} km³, level "
            f"{aral[0]:.2f} → {aral[-1]:.2f} m, Arnasai "
            f"{km3('inflow_mcm', 'arnasai'):.2f} km³ (from Shardara {flood / 1000:.2f}), "
            f"Koksaray spill {km3('spill_mcm', 'koksaray'):.2f} km³, spill to the Large Aral "
            f"{km3('inflow_mcm', 'large_aral'):.2f} km³; Toktogul min {np.min(tok) / 1000:.2f} "
            f"/ end {tok[-1] / 1000:.2f} km³, {km3('energy_mwh', 'toktogul'):.0f} GWh; lower "
            f"Naryn run-of-river {ror:.0f} GWh; Kyrgyz energy {kg.energy_gwh:.0f} GWh, of "
            f"which winter {kg.winter_gwh:.0f}; Aral minimum-flow deficit "
            f"{km3('min_flow_deficit_mcm', 'kazalinsk'):.2f} km³; shortfalls (km³): {short}; "
            f"water delivered by country (km³): {water}{counted}{shared}.")


def _counted(res: Any, sc: Scenario, code: str, zones: list[str]) -> str:
    """The withdrawal a country's ICWC limits count (its shares of ``zones``) per season,
    against the limits."""
    from waterplanner.engine.seasons import season_spans, season_sums
    country = next(c for c in sc.countries if c.code == code)
    per_period = sum(res.series("withdrawal_mcm", z) * sc.node(z).shares()[code] for z in zones)
    spans = season_spans(sc.time)
    sums = season_sums(np.asarray(per_period)[None, :], spans)[0]
    parts = []
    for s in spans:
        limit = country.limit_mcm(s.season)
        parts.append(f"{s.label} {sums[s.index]:.0f} Mm³" + (
            f" of {limit:.0f} ({100 * sums[s.index] / limit:.0f} %)" if limit else ""))
    return (f"{code} withdrawal its ICWC limits count ({', '.join(zones)} share): "
            + ", ".join(parts))


def _shared(rule: dict[str, Any], inflow_km3: float) -> str:
    """An inflow-sharing rule's figures for a water year: the inflow, how far it is above
    (or below) the threshold and what each country's share of the excess would be."""
    above = inflow_km3 - rule["threshold_mcm"] / 1000.0
    text = (f"{rule['name']}: water-year inflow {inflow_km3:.2f} km³ against the "
            f"{rule['threshold_mcm'] / 1000:g} km³ threshold")
    if above <= 0:
        return text + f", {-above:.2f} km³ below it: nothing to share"
    return text + f", {above:.2f} km³ above it: " + ", ".join(
        f"{code} {share * above:.2f}" for code, share in rule["shares"].items())


def build_all(folder: Path = DATA_DIR) -> tuple[dict[str, Scenario], list[str]]:
    """Every mode's scenario (by file name) and the headline lines of the notes."""
    basin = read_basin(Folder(folder))
    cal = basin.common.record("calibration")
    multipliers, achieved = calibrate(basin)
    tail = tailwater_levels(basin, multipliers)
    losses = lower_losses(basin, multipliers)
    loss_notes = {g.text("group"): g.template("loss_note", {
        "multiplier": multipliers[g.text("group")], "achieved": achieved[g.text("group")]})
        for g in cal.records("groups")}
    values = {"calibration": " ".join(f"Group '{k}': {v}" for k, v in loss_notes.items()),
              "loss_list": "; ".join(f"{k.replace('__', ' → ')} {v:.4f}"
                                     for k, v in losses.items())}
    modes = basin.common.records("modes")
    drafts = {m.text("id"): scenario(basin, m.text("id"), multipliers, tail, "", loss_notes)
              for m in modes}
    results = [f"- {mid} mode, {s.name} year: "
               f"{headline(sc, s.name, basin.sharing, basin.limit_counts)}"
               for mid, sc in drafts.items() for s in sc.inflow_sets]
    notes = "\n\n".join(basin.common.templates("notes", {**values, "results": "\n".join(results)}))
    built = {m.text("file"): _check(scenario(basin, m.text("id"), multipliers, tail, notes,
                                             loss_notes), m.text("file")) for m in modes}
    for h in basin.common.records("hindcasts"):
        sc = hindcast(basin.folder, h, multipliers, tail, loss_notes, values)
        built[h.text("file")] = _check(sc, h.text("file"))
        results.append(f"- hindcast {h.text('id')}: "
                       f"{headline(sc, sc.inflow_sets[0].name, basin.sharing, basin.limit_counts)}")
    return built, results


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
