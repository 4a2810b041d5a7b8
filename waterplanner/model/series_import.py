"""Import inflow series, demand series and release schedules from CSV or Excel files.

Pure Python (csv, openpyxl, numpy), no Qt. The steps, each usable on its own by the import
dialog:

1. :func:`read_table` reads a CSV or ``.xlsx`` file into a :class:`RawTable` (header row,
   cells, spreadsheet row numbers).
2. :func:`guess_spec` proposes an :class:`ImportSpec`: the date column and which column
   feeds which node (by id, name or local name in the header, optionally followed by
   'release', 'inflow' or 'demand'). Units are not guessed: each column's unit is read from
   its own header when the file is checked (see :mod:`waterplanner.model.import_units`).
3. :func:`prepare_import` checks every cell and converts the values to the scenario's time
   base, aggregating (daily → dekad → monthly) or splitting (monthly → dekad → daily, in
   proportion to the days) volumes. It returns an :class:`ImportPreview` with the values
   and every problem, each naming its row and column.
4. :func:`apply_import` returns a new scenario with the values; it refuses (raising
   :class:`SeriesImportError`) unless the preview has no problems, so nothing is imported
   from a file that is not entirely clean.

Units, per column: flows (m³/s, l/s, ft³/s) are mean flows over each of the file's periods;
volumes (m³, Mm³, km³) are volumes per period. Everything is stored in Mm³ per period, as
the scenario keeps it. A column's unit is, in order: the one the planner chose for it
(:attr:`ColumnMapping.unit`), the one its header names, or, for a header naming no unit,
:attr:`ImportSpec.unit`. A header naming an unknown unit (``[acre-ft]``) or two units, or
naming none when no unit is given, is a problem: units are never assumed.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from enum import Enum
from itertools import pairwise

import numpy as np

from waterplanner.i18n import plural, translate
from waterplanner.i18n.dates import period_label, time_label
from waterplanner.i18n.numbers import decimal_mark
from waterplanner.i18n.units import unit as unit_shown
from waterplanner.model.import_units import (  # noqa: F401 - re-exported for callers
    KNOWN_UNITS_TEXT,
    HeaderUnit,
    Unit,
    known_units_text,
    parse_unit,
    read_header_unit,
    to_mcm,
)
from waterplanner.model.nodes import DemandNode, InflowNode, ReservoirNode, kind_word
from waterplanner.model.scenario import Scenario
from waterplanner.model.spreadsheet import (  # noqa: F401 - read_table/MAX_ROWS re-exported
    FIRST_YEAR,
    LAST_YEAR,
    MAX_ROWS,
    ImportProblem,
    RawTable,
    SeriesImportError,
    column_letter,
    is_blank,
    parse_csv_bytes,
    parse_date,
    parse_number,
    read_table,
    shown,
)
from waterplanner.model.timebase import (
    Step,
    TimeBase,
    is_period_start,
    next_period_start,
)


class Target(str, Enum):
    """What a column's values replace."""

    INFLOW = "inflow"
    DEMAND = "demand"
    RELEASE = "release"


@dataclass(frozen=True)
class ColumnMapping:
    """Column ``column`` (0-based) of the file feeds ``target`` of node ``node_id``."""

    column: int
    node_id: str
    target: Target
    unit: Unit | None = None
    """The unit the planner chose for this column; None: the unit its header names."""


@dataclass(frozen=True)
class ImportSpec:
    """How to read a table: which column holds the dates, where each column goes, the unit
    of columns whose header names none, the inflow set to replace (for inflow targets) and
    the period length (None: detect)."""

    date_column: int
    mappings: tuple[ColumnMapping, ...]
    unit: Unit | None = None
    """Unit of mapped columns whose header names no unit. It never overrides a unit a
    header names; None: such columns are refused until their unit is chosen."""
    inflow_set: str | None = None
    step: Step | None = None
    ignored_columns: tuple[int, ...] = ()
    """Columns the planner chose to leave out (labels, notes, nodes of another model)."""


@dataclass(frozen=True)
class ImportPreview:
    """The outcome of checking a table against a spec.

    ``values`` maps each mapping to its series on the scenario's time base (Mm³ per
    period); it is empty when there are problems. ``notes`` are harmless remarks (rows
    outside the horizon were ignored, values were aggregated or split).
    """

    spec: ImportSpec
    step: Step | None
    values: dict[ColumnMapping, np.ndarray] = field(default_factory=dict)
    problems: list[ImportProblem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    units: dict[int, Unit] = field(default_factory=dict)
    """The unit each mapped column is read in (column → unit), where it could be told."""

    @property
    def ok(self) -> bool:
        """Whether the table can be imported."""
        return not self.problems and bool(self.values)


# --- units ---------------------------------------------------------------------------
def unit_in_header(header: str) -> Unit | None:
    """The unit a header such as 'toktogul [m³/s]' names, or None (none, unknown or two)."""
    return read_header_unit(header).unit


def resolve_unit(header: str, chosen: Unit | None,
                 default: Unit | None = None) -> tuple[Unit | None, str | None, str | None]:
    """(unit, problem, note) of a column: the planner's choice, else the header's unit, else
    ``default`` for a header naming none. ``problem`` says why no unit can be used;
    ``note`` says when a choice or the default stands in for the header."""
    hu = read_header_unit(header)
    if chosen is not None:
        if hu.unit is not None and hu.unit is not chosen:
            return chosen, None, translate("SeriesImport", "the header says {header}; its values "
                                                           "are read as {chosen}, as chosen").format(
                header=unit_shown(hu.unit.value), chosen=unit_shown(chosen.value))
        return chosen, None, None
    why = hu.problem()
    if why is not None:
        return None, why, None
    if hu.unit is not None:
        return hu.unit, None, None
    if default is not None:
        return default, None, translate("SeriesImport", "the header names no unit; its values "
                                                        "are read as {unit}").format(
            unit=unit_shown(default.value))
    name = hu.name or "node"
    return None, translate("SeriesImport", "the header names no unit: choose the column's unit "
                                           "({known}) or write it in the header, e.g. "
                                           "'{example}'").format(
        known=known_units_text(), example=f"{shown(name)} [m³/s]"), None


# --- guessing --------------------------------------------------------------------------
_TARGET_WORDS: dict[Target, frozenset[str]] = {
    Target.RELEASE: frozenset({"release", "releases", "outflow", "сброс", "сбросы", "попуск",
                               "попуски"}),
    Target.INFLOW: frozenset({"inflow", "inflows", "приток", "притоки"}),
    Target.DEMAND: frozenset({"demand", "demands", "withdrawal", "withdrawals", "водозабор",
                              "забор", "потребность"}),
}
"""A word before or after a node's name that says which of its series a column holds."""


def _norm(text: str) -> str:
    text = re.sub(r"\[.*?\]|\(.*?\)", " ", text)
    return re.sub(r"[\s_\-]+", " ", text).strip(" ,;:.").lower()


def match_node(header: str, scenario: Scenario) -> str | None:
    """The id of the node a header names (by id, display name, short name or local
    name, with any unit left out), or None."""
    h = _norm(read_header_unit(header).name)
    return _match_name(h, scenario)


def match_column(header: str, scenario: Scenario) -> tuple[str, Target] | None:
    """The node and series a header names: 'toktogul [m³/s]' (the node's usual series) or
    'Toktogul release (m3/s)', 'Нарын приток, м3/с' (a node and a series word)."""
    h = _norm(read_header_unit(header).name)
    nid = _match_name(h, scenario)
    if nid is not None:
        target = default_target(scenario, nid)
        return (nid, target) if target is not None else None
    words = h.split()
    if len(words) < 2:
        return None
    for target, said in _TARGET_WORDS.items():
        for rest, word in ((words[:-1], words[-1]), (words[1:], words[0])):
            if word in said:
                nid = _match_name(" ".join(rest), scenario)
                if nid is not None and default_target(scenario, nid) is target:
                    return nid, target
    return None


def _match_name(h: str, scenario: Scenario) -> str | None:
    if not h:
        return None
    for n in scenario.nodes:
        if h == _norm(n.id):
            return n.id
    for n in scenario.nodes:
        names = {_norm(n.name), _norm(n.local_name)} - {""}
        short = re.split(r"[(:,;]", n.name, maxsplit=1)[0]
        names.add(_norm(short))
        if h in names:
            return n.id
    return None


def default_target(scenario: Scenario, node_id: str, prefer: Target | None = None) -> Target | None:
    """The series a column naming this node would replace: inflow, demand or release."""
    node = scenario.node(node_id)
    if isinstance(node, InflowNode):
        return Target.INFLOW
    if isinstance(node, DemandNode):
        return Target.DEMAND
    if isinstance(node, ReservoirNode):
        return Target.RELEASE
    return prefer


def guess_date_column(table: RawTable) -> int | None:
    """The first column whose cells are mostly dates."""
    for j in range(len(table.headers)):
        cells = [r[j] for r in table.rows[:50] if not is_blank(r[j])]
        if cells and sum(parse_date(c) is not None for c in cells) >= 0.8 * len(cells):
            return j
    return None


def guess_spec(table: RawTable, scenario: Scenario) -> ImportSpec:
    """A first proposal the planner can correct: dates and mapping by header.

    No unit is proposed: each column's unit comes from its own header when the file is
    checked, and a column whose header names none must be given one.
    """
    dcol = guess_date_column(table)
    mappings = []
    ignored = []
    for j, h in enumerate(table.headers):
        if j == dcol:
            continue
        found = match_column(h, scenario)
        if found is None:
            if _is_text_column(table, j):
                ignored.append(j)  # period labels or notes, not values
            continue
        mappings.append(ColumnMapping(j, found[0], found[1]))
    return ImportSpec(date_column=dcol if dcol is not None else 0, mappings=tuple(mappings),
                      unit=None, inflow_set=scenario.inflow_set_names[0], step=None,
                      ignored_columns=tuple(ignored))


def _is_text_column(table: RawTable, j: int) -> bool:
    cells = [r[j] for r in table.rows[:50] if not is_blank(r[j])]
    return bool(cells) and sum(parse_number(c)[0] is None for c in cells) >= 0.8 * len(cells)


# --- periods --------------------------------------------------------------------------
def detect_step(dates: list[date]) -> Step | None:
    """Monthly, dekad or daily, from the period starts (None if it cannot be told)."""
    if len(dates) < 2:
        if dates and dates[0].day == 1:
            return Step.MONTH
        return None
    gaps = sorted((b - a).days for a, b in pairwise(dates) if b > a)
    if not gaps:
        return None
    typical = gaps[len(gaps) // 2]
    # most dates must fit; the odd one out is then reported on its own row
    def mostly(ok: int) -> bool:
        return ok >= 0.8 * len(dates)
    if typical == 1:
        return Step.DAY
    if 8 <= typical <= 11 and mostly(sum(d.day in (1, 11, 21) for d in dates)):
        return Step.DEKAD
    if 28 <= typical <= 31 and mostly(sum(d.day == 1 for d in dates)):
        return Step.MONTH
    return None


def _label(step: Step, d: date) -> str:
    """The label of the period of ``step`` starting on ``d``, in the current language."""
    return period_label(step.value, d)


# --- checking and converting ----------------------------------------------------------
def prepare_import(scenario: Scenario, table: RawTable, spec: ImportSpec) -> ImportPreview:
    """Check every cell and convert the mapped columns to the scenario's time base.

    Never raises for bad data: every problem is listed in the preview with its row and
    column.
    """
    problems: list[ImportProblem] = []
    notes: list[str] = []
    ncols = len(table.headers)
    if not table.rows:
        problems.append(ImportProblem(translate("SeriesImport", "the table has a header but no "
                                                                "data rows")))
        return ImportPreview(spec, None, problems=problems)
    if not 0 <= spec.date_column < ncols:
        problems.append(ImportProblem(translate("SeriesImport", "the date column {column} does "
                                                                "not exist").format(
            column=column_letter(spec.date_column))))
        return ImportPreview(spec, None, problems=problems)
    if not spec.mappings:
        problems.append(ImportProblem(translate("SeriesImport", "no column is mapped to a node: "
                                                                "choose at least one")))

    # the mapping itself, and each mapped column's unit
    seen: dict[tuple[str, Target], int] = {}
    units: dict[int, Unit] = {}
    for m in spec.mappings:
        col = table.column_name(m.column) if 0 <= m.column < ncols else column_letter(m.column)
        if not 0 <= m.column < ncols:
            problems.append(ImportProblem(translate("SeriesImport", "this column does not exist"),
                                          column=col))
            continue
        if m.column == spec.date_column:
            problems.append(ImportProblem(translate("SeriesImport", "the date column cannot also "
                                                                    "hold values"), column=col))
        unit, why, note = resolve_unit(table.headers[m.column], m.unit, spec.unit)
        if why is not None:
            problems.append(ImportProblem(why, column=col))
        if note is not None:
            notes.append(translate("SeriesImport", "Column {column}: {note}.").format(
                column=col, note=note))
        if unit is not None:
            units[m.column] = unit
        if not scenario.has_node(m.node_id):
            problems.append(ImportProblem(translate("SeriesImport", "there is no node '{id}' in "
                                                                    "this scenario").format(
                id=m.node_id), column=col))
            continue
        node = scenario.node(m.node_id)
        need = {Target.INFLOW: InflowNode, Target.DEMAND: DemandNode,
                Target.RELEASE: ReservoirNode}[m.target]
        if not isinstance(node, need):
            problems.append(ImportProblem(translate(
                "SeriesImport", "'{id}' is a {kind} node: it has no {series} series").format(
                id=m.node_id, kind=kind_word(node.kind), series=_target_word(m.target)),
                column=col))
        if m.target is Target.INFLOW and spec.inflow_set not in scenario.inflow_set_names:
            problems.append(ImportProblem(translate(
                "SeriesImport", "unknown inflow set '{name}'; this scenario has: {sets}").format(
                name=spec.inflow_set, sets=", ".join(scenario.inflow_set_names)), column=col))
        key = (m.node_id, m.target)
        if key in seen:
            problems.append(ImportProblem(translate(
                "SeriesImport", "'{id}' {series} is already fed by column {column}").format(
                id=m.node_id, series=_target_word(m.target), column=column_letter(seen[key])),
                column=col))
        seen[key] = m.column
    mapped = {m.column for m in spec.mappings}
    for j, h in enumerate(table.headers):
        if j == spec.date_column or j in mapped or j in spec.ignored_columns:
            continue
        if all(is_blank(r[j]) for r in table.rows):
            continue
        problems.append(ImportProblem(
            translate("SeriesImport", "'{header}' names no node of this scenario: map it to a "
                                      "node or skip it").format(header=shown(h)) if h else
            translate("SeriesImport", "this column has no header: map it to a node or skip it"),
            column=table.column_name(j)))

    # dates
    dcol = table.column_name(spec.date_column)
    dates: list[date | None] = []
    for i, row in enumerate(table.rows):
        d = parse_date(row[spec.date_column])
        if d is None:
            v = row[spec.date_column]
            text = translate("SeriesImport", "empty (expected e.g. 2025-10-01 or 01.10.2025, in "
                                             "the years {first}–{last})") if is_blank(v) else \
                translate("SeriesImport", "'{value}' is not a date (expected e.g. 2025-10-01 or "
                                          "01.10.2025, in the years {first}–{last})")
            problems.append(ImportProblem(text.format(value=shown(v), first=FIRST_YEAR,
                                                      last=LAST_YEAR),
                                          table.row_numbers[i], dcol))
        dates.append(d)
    good = [d for d in dates if d is not None]
    step = spec.step or detect_step(good)
    if step is None and good:
        problems.append(ImportProblem(translate("SeriesImport", "cannot tell whether the dates "
                                                                "are monthly, dekads or days: "
                                                                "choose the period length"),
                                      column=dcol))
    if step is not None:
        prev: tuple[date, int] | None = None
        for i, d in enumerate(dates):
            if d is None:
                prev = None
                continue
            rowno = table.row_numbers[i]
            if not is_period_start(step, d):
                text = translate("SeriesImport", "{date} does not start a dekad period (dekads "
                                                 "start on days 1, 11 and 21)") \
                    if step is Step.DEKAD else \
                    translate("SeriesImport", "{date} does not start a month period (months "
                                              "start on day 1)")
                problems.append(ImportProblem(text.format(date=d.isoformat()), rowno, dcol))
                prev = None
                continue
            if prev is not None:
                expected = next_period_start(step, prev[0])
                if d == prev[0]:
                    problems.append(ImportProblem(translate(
                        "SeriesImport", "{date} repeats row {row}").format(
                        date=d.isoformat(), row=prev[1]), rowno, dcol))
                    continue
                if d < prev[0]:
                    problems.append(ImportProblem(translate(
                        "SeriesImport", "{date} comes before row {row} ({previous}): sort the "
                                        "rows by date").format(
                        date=d.isoformat(), row=prev[1], previous=prev[0].isoformat()),
                        rowno, dcol))
                elif d != expected:
                    missing: list[str] = []
                    x = expected
                    while x < d and len(missing) < 4:
                        missing.append(_label(step, x))
                        x = next_period_start(step, x)
                    more = " …" if x < d else ""
                    problems.append(ImportProblem(translate(
                        "SeriesImport", "{period} is missing: the date jumps from {previous} "
                                        "(row {row}) to {date} (missing: {periods})").format(
                        period=_label(step, expected), previous=prev[0].isoformat(),
                        row=prev[1], date=d.isoformat(), periods=", ".join(missing) + more),
                        rowno, dcol))
            prev = (d, rowno)

    # values
    raw: dict[ColumnMapping, list[float | None]] = {}
    for m in spec.mappings:
        if not 0 <= m.column < ncols:
            continue
        col = table.column_name(m.column)
        vals: list[float | None] = []
        for i, row in enumerate(table.rows):
            v, why = parse_number(row[m.column])
            if why is not None:
                problems.append(ImportProblem(why, table.row_numbers[i], col))
            elif v is not None and v < 0:
                text = {Target.INFLOW: translate("SeriesImport", "negative flow ({value}) is not "
                                                                 "allowed"),
                        Target.DEMAND: translate("SeriesImport", "negative demand ({value}) is "
                                                                 "not allowed"),
                        Target.RELEASE: translate("SeriesImport", "negative release ({value}) "
                                                                  "is not allowed")}[m.target]
                problems.append(ImportProblem(text.format(value=f"{v:g}".replace(
                    ".", decimal_mark())), table.row_numbers[i], col))
                v = None
            vals.append(v)
        raw[m] = vals

    if problems or step is None:
        return ImportPreview(spec, step, problems=problems, units=units)

    # convert to the scenario's time base
    starts = [d for d in dates if d is not None]
    file_bounds = starts + [next_period_start(step, starts[-1])]
    tb = scenario.time
    uncovered = _coverage_problems(tb, file_bounds[0], file_bounds[-1], table, dcol)
    if uncovered:
        return ImportPreview(spec, step, problems=uncovered, units=units)
    outside = sum(1 for a, b in pairwise(file_bounds) if b <= tb.start or a >= tb.end)
    if outside:
        notes.append(plural("SeriesImport", "{count} row(s) outside the scenario's horizon "
                                            "({first} – {last}) are ignored.", outside)
                     .format(count=outside, first=time_label(tb, 0),
                             last=time_label(tb, tb.periods - 1)))
    if step is not tb.step:
        text = translate("SeriesImport", "The file is {file_step}; its values are aggregated to "
                                         "the scenario's {step} periods.") \
            if _finer(step, tb.step) else \
            translate("SeriesImport", "The file is {file_step}; its values are split in "
                                      "proportion to the days to the scenario's {step} periods.")
        notes.append(text.format(file_step=_step_word(step), step=_step_word(tb.step)))
    file_days = np.array([(b - a).days for a, b in pairwise(file_bounds)], float)
    weights = _overlap_matrix(file_bounds, tb)  # [scenario period, file period] share of days
    values: dict[ColumnMapping, np.ndarray] = {}
    for m, vals in raw.items():
        v = np.array([x if x is not None else np.nan for x in vals], float)
        with np.errstate(over="ignore", invalid="ignore"):
            vol = to_mcm(v, units[m.column], file_days)
        for i in np.flatnonzero(np.isinf(vol))[:10]:
            problems.append(ImportProblem(translate(
                "SeriesImport", "{value} {unit} is too large: it overflows when converted to "
                                "Mm³").format(value=shown(table.rows[i][m.column]),
                                              unit=unit_shown(units[m.column].value)),
                table.row_numbers[i], table.column_name(m.column)))
        values[m] = weights @ np.nan_to_num(vol)
    if problems:
        return ImportPreview(spec, step, problems=problems, units=units)
    return ImportPreview(spec, step, values=values, problems=[], notes=notes, units=units)


def _counted_texts() -> None:  # pragma: no cover - read by pyside6-lupdate, never run
    translate("SeriesImport", "{count} row(s) outside the scenario's horizon ({first} – "
                              "{last}) are ignored.", None, 1)


def _step_word(step: Step) -> str:
    return {Step.MONTH: translate("SeriesImport", "monthly"),
            Step.DEKAD: translate("SeriesImport", "in dekads"),
            Step.DAY: translate("SeriesImport", "daily")}[step]


def _target_word(target: Target) -> str:
    """'inflow', 'demand' or 'release' in a message."""
    return {Target.INFLOW: translate("SeriesImport", "inflow"),
            Target.DEMAND: translate("SeriesImport", "demand"),
            Target.RELEASE: translate("SeriesImport", "release")}[target]


def _finer(a: Step, b: Step) -> bool:
    order = {Step.DAY: 0, Step.DEKAD: 1, Step.MONTH: 2}
    return order[a] < order[b]


def _coverage_problems(tb: TimeBase, first: date, end: date, table: RawTable,
                       dcol: str) -> list[ImportProblem]:
    out = []
    if first > tb.start:
        out.append(ImportProblem(translate(
            "SeriesImport", "the file starts on {date}, after the scenario's first period "
                            "({start}): rows for {period} onwards are missing").format(
            date=first.isoformat(), start=tb.start.isoformat(), period=time_label(tb, 0)),
            table.row_numbers[0], dcol))
    if end < tb.end:
        last = max(i for i, s in enumerate(tb.starts) if s < tb.end)
        out.append(ImportProblem(translate(
            "SeriesImport", "the file ends before the scenario's last period ({period}): data "
                            "up to {date} is needed").format(
            period=time_label(tb, last), date=(tb.end - timedelta(days=1)).isoformat()),
            table.row_numbers[-1], dcol))
    return out


def _overlap_matrix(file_bounds: list[date], tb: TimeBase) -> np.ndarray:
    """Share of each file period falling in each scenario period (by days)."""
    sb = tb.boundaries
    w = np.zeros((tb.periods, len(file_bounds) - 1))
    j0 = 0
    for i in range(tb.periods):
        a, b = sb[i], sb[i + 1]
        while j0 < len(file_bounds) - 1 and file_bounds[j0 + 1] <= a:
            j0 += 1
        j = j0
        while j < len(file_bounds) - 1 and file_bounds[j] < b:
            fa, fb = file_bounds[j], file_bounds[j + 1]
            overlap = (min(b, fb) - max(a, fa)).days
            if overlap > 0:
                w[i, j] = overlap / (fb - fa).days
            j += 1
    return w


# --- applying -------------------------------------------------------------------------
def apply_import(scenario: Scenario, preview: ImportPreview) -> Scenario:
    """A new scenario with the previewed values; :class:`SeriesImportError` unless clean.

    The input scenario is never changed (it is immutable); the caller puts the result on
    the undo stack as one edit.
    """
    if preview.problems:
        raise SeriesImportError(preview.problems)
    if not preview.values:
        raise SeriesImportError([ImportProblem(translate("SeriesImport", "nothing to import: no "
                                                                         "column is mapped"))])
    spec = preview.spec
    nodes = {n.id: n for n in scenario.nodes}
    schedules = dict(scenario.release_schedules)
    for m, v in preview.values.items():
        series = tuple(float(x) for x in v)
        node = nodes[m.node_id]
        if m.target is Target.INFLOW and isinstance(node, InflowNode):
            sets = dict(node.inflow_mcm)
            sets[str(spec.inflow_set)] = series
            nodes[m.node_id] = replace(node, inflow_mcm=sets)
        elif m.target is Target.DEMAND and isinstance(node, DemandNode):
            nodes[m.node_id] = replace(node, demand_mcm=series)
        elif m.target is Target.RELEASE and isinstance(node, ReservoirNode):
            schedules[m.node_id] = series
    new = replace(scenario, nodes=tuple(nodes[n.id] for n in scenario.nodes),
                  release_schedules=schedules)
    from waterplanner.model.document import validate_scenario
    problems = validate_scenario(new)
    if problems:
        raise SeriesImportError([ImportProblem(f"{p.location}: {p.message}") for p in problems])
    return new


def import_series(scenario: Scenario, path: str | os.PathLike[str],
                  spec: ImportSpec | None = None, sheet: str | None = None,
                  unit: Unit | None = None) -> Scenario:
    """Read a file and import it in one go (the command-line and script path).

    With no spec, the guessed one is used. ``unit`` is the unit of columns whose header
    names none (it overrides ``spec.unit``); a header naming a unit always keeps it, and
    with no ``unit`` a column whose header names none is refused. Raises
    :class:`SeriesImportError` listing every problem; returns the new scenario otherwise.
    """
    table = read_table(path, sheet)
    spec = spec or guess_spec(table, scenario)
    if unit is not None:
        spec = replace(spec, unit=unit)
    preview = prepare_import(scenario, table, spec)
    return apply_import(scenario, preview)
