"""Hindcasts: the default basin run through an observed year, to check it against what happened.

A hindcast in ``scenario.json`` names the mode it is built on, its own time base (a calendar
year, so that it starts from the yearbooks' 1 January storages), the date of its initial state,
its one inflow set (rows ``<node>_<suffix>`` of ``hindcast_inflows.csv``), the ``changes`` that
set its initial storages (variants.py), and the ``observed`` figures it is checked against:
each with its value, the tolerance the comparison allows and why, and its source. The tests
(tests/packaging/test_hindcasts.py) and docs/default-scenario.md read them from here, so the
numbers live in one place.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from data_files import DataError, Folder, Record
from variants import apply_changes, change_value

from waterplanner.model import InflowNode, InflowSet, Scenario

OBSERVED_KINDS = ("storage_mcm", "inflow_mcm", "energy_gwh", "mean_inflow_m3s", "link_flow_mcm")


def check_observed(rec: Record) -> None:
    """An ``observed`` entry: what is measured where and when, its value, tolerance, source."""
    rec.only("what", "node", "date", "months", "value", "low", "high", "basis", "refs", "note")
    rec.text("what", OBSERVED_KINDS)
    rec.text("node")
    rec.source()
    if "value" in rec:
        rec.number("value")
    if not ("low" in rec and "high" in rec):
        raise DataError(f"{rec.where}: give the accepted range as 'low' and 'high'")
    if rec.number("low") > rec.number("high"):
        raise DataError(f"{rec.where}: 'low' is above 'high'")


def hindcast(folder: Folder, rec: Record, multipliers: dict[str, float],
             tail: dict[str, float], loss_notes: dict[str, str],
             values: dict[str, str]) -> Scenario:
    """The hindcast ``rec`` describes, with the calibration of the default scenarios."""
    import build_default_scenarios as build

    rec.only("id", "file", "name", "description", "base", "time", "initial_state_date",
             "inflow_set", "inflows", "changes", "observed", "notes")
    basin = build.read_basin(folder, rec.record("time"))
    base = rec.text("base")
    if base not in basin.modes:
        raise DataError(f"{rec.at('base')}: '{base}' is not a mode of scenario.json")
    for o in rec.records("observed"):
        check_observed(o)
    notes = "\n\n".join([*rec.templates("notes", values)])
    sc = build.scenario(basin, base, multipliers, tail, notes, loss_notes)
    sc = _observed_inflows(basin, rec, sc)
    changes = [(c, change_value(c, basin)) for c in rec.records("changes")]
    sc, changed = apply_changes(sc, changes)
    sources = dict(sorted({**sc.metadata.sources, **changed}.items()))
    return replace(sc, metadata=replace(
        sc.metadata, name=rec.text("name"), description=rec.text("description"),
        initial_state_date=rec.text("initial_state_date"), sources=sources,
        references=folder.used_references(sources, notes)))


def _observed_inflows(basin: Any, rec: Record, sc: Scenario) -> Scenario:
    """``sc`` with one inflow set: the hindcast's rows of hindcast_inflows.csv."""
    s, how = rec.record("inflow_set"), rec.record("inflows")
    name, suffix = s.text("name"), how.text("suffix")
    table = basin.folder.table("hindcast_inflows.csv")
    sources = {k: v for k, v in sc.metadata.sources.items()
               if not (k.startswith("nodes.") and ".inflow_mcm." in k)}
    nodes = []
    for n in sc.nodes:
        if isinstance(n, InflowNode):
            row = table.row(f"{n.id}_{suffix}", how.at("suffix"))
            n = replace(n, inflow_mcm={name: basin.monthly(row, m3s=True)})
            src = how.source()
            sources[f"nodes.{n.id}.inflow_mcm.{name}"] = {
                **src, "note": src["note"] + build_note(n.id, suffix)}
        nodes.append(n)
    return replace(sc, nodes=tuple(nodes), inflow_sets=(InflowSet(
        name=name, label=s.text("label"), description=s.text("description")),),
        metadata=replace(sc.metadata, sources=sources))


def build_note(node_id: str, suffix: str) -> str:
    return f" Row {node_id}_{suffix} of hindcast_inflows.csv, m³/s converted with the days."
