"""Import an inflow ensemble from a CSV or .xlsx table, and write one.

The table has a ``member`` column, a ``period`` column (1 to the number of periods) or a
``date`` column, and one column per inflow node named as in the series import (by id,
name or local name, with its unit in the header: ``naryn [m³/s]``), or, with ``node``
given, a single value column for that node (one node per file). Rows may come in any
order; member labels are kept in the order they first appear.

With a ``date`` column each member goes through the series import
(:func:`waterplanner.model.series_import.prepare_import`), so its units, daily → dekad →
monthly aggregation or splitting, and coverage checks are the same; with a ``period``
column the values are already on the scenario's periods. Every problem is listed with its
row and column (:class:`SeriesImportError`), and nothing is imported from a file that is
not entirely clean.
"""

from __future__ import annotations

import csv
import io
import os
from dataclasses import replace
from typing import Any

import numpy as np

from waterplanner.i18n import translate
from waterplanner.model.ensembles import Ensemble, MembersSource
from waterplanner.model.fileio import atomic_write_text
from waterplanner.model.import_units import Unit, to_mcm
from waterplanner.model.nodes import InflowNode
from waterplanner.model.scenario import Scenario
from waterplanner.model.series_import import (
    ColumnMapping,
    ImportSpec,
    Target,
    match_node,
    prepare_import,
    resolve_unit,
)
from waterplanner.model.spreadsheet import (
    ImportProblem,
    RawTable,
    SeriesImportError,
    is_blank,
    parse_number,
    read_table,
    shown,
)
from waterplanner.model.timebase import TimeBase

MEMBER_WORDS = ("member", "members", "ensemble member", "realisation", "realization")
PERIOD_WORDS = ("period",)
DATE_WORDS = ("date", "time", "period start")


def _find(table: RawTable, words: tuple[str, ...]) -> int | None:
    for j, h in enumerate(table.headers):
        if h.strip().lower() in words:
            return j
    return None


def _value_columns(scenario: Scenario, table: RawTable, used: set[int], node: str | None,
                   problems: list[ImportProblem]) -> dict[int, str]:
    """Column → inflow node id."""
    free = [j for j in range(len(table.headers)) if j not in used
            and not all(is_blank(r[j]) for r in table.rows)]
    if node is not None:
        if not isinstance(_node_or_none(scenario, node), InflowNode):
            problems.append(ImportProblem(translate(
                "EnsembleImport", "'{id}' is not an inflow node of this scenario").format(
                id=node)))
            return {}
        if len(free) != 1:
            problems.append(ImportProblem(translate(
                "EnsembleImport", "a file for one node ('{id}') needs exactly one value column "
                                  "besides member and period or date; it has {count}").format(
                id=node, count=len(free))))
            return {}
        return {free[0]: node}
    out: dict[int, str] = {}
    for j in free:
        nid = match_node(table.headers[j], scenario)
        col = table.column_name(j)
        if nid is None or not isinstance(scenario.node(nid), InflowNode):
            what = translate("EnsembleImport", "'{header}' names no inflow node of this "
                                               "scenario").format(header=shown(table.headers[j])) \
                if table.headers[j] else translate("EnsembleImport", "this column has no header")
            problems.append(ImportProblem(what, column=col))
        elif nid in out.values():
            problems.append(ImportProblem(translate("EnsembleImport", "'{id}' is already fed by "
                                                                      "another column").format(
                id=nid), column=col))
        else:
            out[j] = nid
    if not out and not problems:
        problems.append(ImportProblem(translate("EnsembleImport", "no column names an inflow "
                                                                  "node")))
    return out


def _node_or_none(scenario: Scenario, nid: str) -> Any:
    return scenario.node(nid) if scenario.has_node(nid) else None


def _member_rows(table: RawTable, mcol: int, problems: list[ImportProblem]
                 ) -> dict[str, list[int]]:
    """Member label → the indices of its rows, in order of first appearance."""
    rows: dict[str, list[int]] = {}
    for i, row in enumerate(table.rows):
        v = row[mcol]
        if is_blank(v):
            problems.append(ImportProblem(translate("EnsembleImport", "the member is empty"),
                                          table.row_numbers[i], table.column_name(mcol)))
            continue
        label = str(int(v)) if isinstance(v, float) and v.is_integer() else str(v).strip()
        rows.setdefault(label, []).append(i)
    return rows


def _by_period(scenario: Scenario, table: RawTable, pcol: int, columns: dict[int, str],
               groups: dict[str, list[int]], unit: Unit | None,
               problems: list[ImportProblem]) -> dict[str, np.ndarray]:
    t = scenario.time.periods
    units: dict[int, Unit] = {}
    for j in columns:
        u, why, _ = resolve_unit(table.headers[j], None, unit)
        if why is not None:
            problems.append(ImportProblem(why, column=table.column_name(j)))
        elif u is not None:
            units[j] = u
    out = {nid: np.full((len(groups), t), np.nan) for nid in columns.values()}
    for k, (label, rows) in enumerate(groups.items()):
        for i in rows:
            row, number = table.rows[i], table.row_numbers[i]
            p, why = parse_number(row[pcol])
            if why is not None or p is None or not p.is_integer() or not 1 <= p <= t:
                problems.append(ImportProblem(translate(
                    "EnsembleImport", "'{value}' is not a period number from 1 to {last}").format(
                    value=shown(row[pcol]), last=t), number, table.column_name(pcol)))
                continue
            for j, nid in columns.items():
                v, why = parse_number(row[j])
                if why is not None or v is None:
                    problems.append(ImportProblem(
                        why or translate("EnsembleImport", "not a number"), number,
                        table.column_name(j)))
                elif v < 0:
                    problems.append(ImportProblem(translate(
                        "EnsembleImport", "{value} is negative").format(value=shown(row[j])),
                        number, table.column_name(j)))
                elif not np.isnan(out[nid][k, int(p) - 1]):
                    problems.append(ImportProblem(translate(
                        "EnsembleImport", "member {member} has period {period} twice").format(
                        member=label, period=int(p)), number, table.column_name(pcol)))
                else:
                    out[nid][k, int(p) - 1] = v
        for nid, a in out.items():
            missing = np.flatnonzero(np.isnan(a[k]))
            if len(missing) and not problems:
                listed = ", ".join(str(x + 1) for x in missing[:5])
                if len(missing) > 5:
                    listed = translate("EnsembleImport", "{listed} and {count} more").format(
                        listed=listed, count=len(missing) - 5)
                text = translate("EnsembleImport", "member {member} has no value of '{id}' for "
                                                   "periods {periods}") if len(missing) > 1 \
                    else translate("EnsembleImport", "member {member} has no value of '{id}' "
                                                     "for period {periods}")
                problems.append(ImportProblem(text.format(member=label, id=nid,
                                                          periods=listed)))
    if problems:
        return {}
    by_node = {nid: j for j, nid in columns.items()}
    return {nid: to_mcm(a, units[by_node[nid]], scenario.time.days) for nid, a in out.items()}


def _by_date(scenario: Scenario, table: RawTable, dcol: int, mcol: int,
             columns: dict[int, str], groups: dict[str, list[int]], unit: Unit | None,
             problems: list[ImportProblem]) -> dict[str, np.ndarray]:
    spec = ImportSpec(date_column=dcol, unit=unit, inflow_set=scenario.inflow_set_names[0],
                      mappings=tuple(ColumnMapping(j, nid, Target.INFLOW)
                                     for j, nid in columns.items()),
                      ignored_columns=(mcol,))
    out = {nid: np.empty((len(groups), scenario.time.periods)) for nid in columns.values()}
    for k, (label, rows) in enumerate(groups.items()):
        part = replace(table, rows=tuple(table.rows[i] for i in rows),
                       row_numbers=tuple(table.row_numbers[i] for i in rows))
        preview = prepare_import(scenario, part, spec)
        if preview.problems:
            problems.extend(replace(p, message=translate(
                "EnsembleImport", "member {member}: {problem}").format(
                member=label, problem=p.message)) for p in preview.problems)
            if len(problems) > 50:
                break
            continue
        for mapping, values in preview.values.items():
            out[mapping.node_id][k] = values
    return {} if problems else out


def read_ensemble_table(scenario: Scenario, table: RawTable, *, node: str | None = None,
                        unit: Unit | None = None) -> dict[str, np.ndarray]:
    """Inflow node id → [member, period] (Mm³ per period) from a table; raises
    :class:`SeriesImportError` listing every problem."""
    problems: list[ImportProblem] = []
    mcol = _find(table, MEMBER_WORDS)
    pcol = _find(table, PERIOD_WORDS)
    dcol = _find(table, DATE_WORDS) if pcol is None else None
    if mcol is None:
        problems.append(ImportProblem(translate(
            "EnsembleImport", "no 'member' column: an ensemble file needs one, saying which "
                              "member each row belongs to")))
    if pcol is None and dcol is None:
        problems.append(ImportProblem(translate(
            "EnsembleImport", "no 'period' or 'date' column: say which period each row is (1, "
                              "2, … or its first day)")))
    if not table.rows:
        problems.append(ImportProblem(translate("EnsembleImport", "the table has a header but "
                                                                  "no data rows")))
    if problems:
        raise SeriesImportError(problems)
    assert mcol is not None
    time_col = pcol if pcol is not None else dcol
    assert time_col is not None
    columns = _value_columns(scenario, table, {mcol, time_col}, node, problems)
    groups = _member_rows(table, mcol, problems)
    if problems:
        raise SeriesImportError(problems)
    if pcol is not None:
        out = _by_period(scenario, table, pcol, columns, groups, unit, problems)
    else:
        assert dcol is not None
        out = _by_date(scenario, table, dcol, mcol, columns, groups, unit, problems)
    if problems:
        raise SeriesImportError(problems)
    return out


def members_ensemble(inflow_mcm: dict[str, np.ndarray], *, name: str, label: str = "",
                     description: str = "", fill_set: str | None = None) -> Ensemble:
    """An ensemble of stored members from arrays [member, period]."""
    counts = {a.shape[0] for a in inflow_mcm.values()}
    if len(counts) != 1:
        raise ValueError(translate("EnsembleImport", "every node needs the same number of "
                                                     "members"))
    return Ensemble(name=name, label=label, description=description, source=MembersSource(
        inflow_mcm={k: tuple(tuple(float(x) for x in row) for row in np.asarray(a, float))
                    for k, a in inflow_mcm.items()},
        fill_set=fill_set))


def import_ensemble_table(scenario: Scenario, path: str | os.PathLike[str], *, name: str,
                          label: str = "", description: str = "", node: str | None = None,
                          unit: Unit | None = None, sheet: str | None = None) -> Ensemble:
    """The ensemble held in a CSV or .xlsx file, as stored members."""
    table = read_table(path, sheet)
    return members_ensemble(read_ensemble_table(scenario, table, node=node, unit=unit),
                            name=name, label=label, description=description)


def with_ensemble(scenario: Scenario, ensemble: Ensemble) -> Scenario:
    """The scenario with ``ensemble`` added, or replacing the one of the same name."""
    kept = tuple(e for e in scenario.ensembles if e.name != ensemble.name)
    if len(kept) == len(scenario.ensembles):
        return replace(scenario, ensembles=kept + (ensemble,))
    return replace(scenario, ensembles=tuple(ensemble if e.name == ensemble.name else e
                                             for e in scenario.ensembles))


def ensemble_csv_text(time: TimeBase, inflow_mcm: dict[str, np.ndarray]) -> str:
    """A table of members as CSV text: member, date, one column per node in Mm³ (the form
    :func:`read_ensemble_table` reads back). Members are numbered from 1."""
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    nodes = list(inflow_mcm)
    w.writerow(["member", "date", *[f"{nid} [Mm³]" for nid in nodes]])
    m = next(iter(inflow_mcm.values())).shape[0] if nodes else 0
    for k in range(m):
        for p, day in enumerate(time.iso_starts):
            w.writerow([k + 1, day, *[repr(float(inflow_mcm[nid][k, p])) for nid in nodes]])
    return out.getvalue()


def write_ensemble_csv(path: str | os.PathLike[str], time: TimeBase,
                       inflow_mcm: dict[str, np.ndarray]) -> None:
    """Write members as CSV (see :func:`ensemble_csv_text`)."""
    atomic_write_text(path, ensemble_csv_text(time, inflow_mcm))
