"""Results and schedules as one Excel workbook (openpyxl).

Sheets: ``Summary`` (headline numbers, demands, plants, countries), ``Nodes`` (id, name,
local name, country, kind), one sheet per result quantity (rows: periods; columns: nodes,
with the unit in the header, as in the CSV export), and the release schedules in Mm³ and
in m³/s. Period starts are real Excel dates, so a planner can chart or filter them.

The workbook is built in openpyxl's write-only mode: rows stream to temporary files as they
are added, so memory stays bounded and the time grows linearly with the horizon (a century
of days is a minute, not an hour). It is saved to a temporary file and renamed over the
target, so an existing workbook is never left half-written.

Every text cell is written as text: a name such as ``=HYPERLINK(…)`` is never stored as a
formula, and text that a spreadsheet would read as one on editing (``=``, ``+``, ``-``,
``@`` first) carries Excel's "quote prefix", which keeps it text without changing it.
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import numpy as np

from waterplanner.engine.results import LINK_QUANTITIES, NODE_QUANTITIES, PLANT_QUANTITIES, Results
from waterplanner.export.cell_text import starts_like_formula
from waterplanner.export.csv_results import quantity_columns
from waterplanner.i18n import QT_TRANSLATE_NOOP, translate
from waterplanner.model.fileio import atomic_output

SHEET_NAME_MAX = 31
DATE_FORMAT = "yyyy-mm-dd"
_EXCEL_ERRORS = ("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A")


def sheet_title(text: str) -> str:
    """A valid, at most 31-character sheet name."""
    for ch in "[]:*?/\\":
        text = text.replace(ch, " ")
    return text[:SHEET_NAME_MAX].strip() or "Sheet"


class _Cells:
    """Cell factory of one write-only sheet: text always as text, dates with a format."""

    def __init__(self, ws: Any):
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Alignment, Font, PatternFill
        self._ws = ws
        self._cell = WriteOnlyCell
        self._bold = Font(bold=True)
        self._fill = PatternFill("solid", fgColor="E9EEF4")
        self._wrap = Alignment(wrap_text=True, vertical="top")

    def text(self, value: str, header: bool = False) -> Any:
        cell = self._cell(self._ws, value=value)
        cell.data_type = "s"  # never 'f' (formula) or 'e' (error), whatever the text
        if starts_like_formula(value) or value in _EXCEL_ERRORS:
            cell.quotePrefix = True
        if header:
            cell.font, cell.fill, cell.alignment = self._bold, self._fill, self._wrap
        return cell

    def day(self, d: date) -> Any:
        cell = self._cell(self._ws, value=datetime(d.year, d.month, d.day))
        cell.number_format = DATE_FORMAT
        return cell

    def row(self, values: Iterable[Any], header: bool = False) -> list[Any]:
        """A row: strings become text cells, dates date cells, numbers stay numbers."""
        out: list[Any] = []
        for v in values:
            if isinstance(v, str):
                out.append(self.text(v, header))
            elif isinstance(v, date):
                out.append(self.day(v))
            elif isinstance(v, (np.floating, np.integer)):
                out.append(v.item())
            else:
                out.append(v)
        return out


_SCENARIO = QT_TRANSLATE_NOOP("Workbook", "Scenario")
_INFLOW_SET = QT_TRANSLATE_NOOP("Workbook", "Inflow set")
_FIRST_PERIOD = QT_TRANSLATE_NOOP("Workbook", "First period")
_PERIODS = QT_TRANSLATE_NOOP("Workbook", "Periods")
_TOTAL = QT_TRANSLATE_NOOP("Workbook", "Total")
_DEMAND_HEADERS = (
    QT_TRANSLATE_NOOP("Workbook", "Demand"), QT_TRANSLATE_NOOP("Workbook", "Country"),
    QT_TRANSLATE_NOOP("Workbook", "Demand [Mm³]"), QT_TRANSLATE_NOOP("Workbook", "Delivered [Mm³]"),
    QT_TRANSLATE_NOOP("Workbook", "Shortfall [Mm³]"), QT_TRANSLATE_NOOP("Workbook", "Shortfall [%]"),
    QT_TRANSLATE_NOOP("Workbook", "Reliability [%]"))
_PLANT_HEADERS = (
    QT_TRANSLATE_NOOP("Workbook", "Plant"), QT_TRANSLATE_NOOP("Workbook", "Country"),
    QT_TRANSLATE_NOOP("Workbook", "Energy [GWh]"), QT_TRANSLATE_NOOP("Workbook", "Winter [GWh]"),
    QT_TRANSLATE_NOOP("Workbook", "Summer [GWh]"))
_COUNTRY_HEADERS = (
    QT_TRANSLATE_NOOP("Workbook", "Country"), QT_TRANSLATE_NOOP("Workbook", "Demand [Mm³]"),
    QT_TRANSLATE_NOOP("Workbook", "Received [Mm³]"), QT_TRANSLATE_NOOP("Workbook", "Shortfall [%]"),
    QT_TRANSLATE_NOOP("Workbook", "Energy [GWh]"), QT_TRANSLATE_NOOP("Workbook", "Winter [GWh]"),
    QT_TRANSLATE_NOOP("Workbook", "Summer [GWh]"))
_LAKE_INFLOW = QT_TRANSLATE_NOOP("Workbook", "Inflow [Mm³]")
_END_LEVEL = QT_TRANSLATE_NOOP("Workbook", "End level [m]")
"""The words of the summary sheet (a person reads it; the period sheets keep the machine
names the importer reads back), in English: shown through ``translate("Workbook", …)``."""



def _summary_sheet(wb: Any, r: Results, member: int) -> None:
    scn = r.scenario
    ws = wb.create_sheet(sheet_title(translate("Workbook", "Summary")))
    ws.column_dimensions["A"].width = 40
    for col in "BCDEFG":
        ws.column_dimensions[col].width = 15
    cells = _Cells(ws)
    s = r.summary(member)
    def t(text: str) -> str:
        return translate("Workbook", text)

    rows: list[tuple[list[Any], bool]] = [
        ([t(_SCENARIO), scn.metadata.name], False),
        ([t(_INFLOW_SET), r.inflow_set or ""], False),
        ([t(_FIRST_PERIOD), scn.time.start], False),
        ([t(_PERIODS), scn.time.periods, scn.time.step.value], False),
        ([], False),
        ([t(h) for h in _DEMAND_HEADERS], True),
    ]
    rows += [([d.name, d.country, d.demand_mcm, d.delivery_mcm, d.shortfall_mcm,
               d.shortfall_pct, d.reliability_pct], False) for d in s.demands]
    rows += [([t(_TOTAL), "", s.demand_mcm, s.delivery_mcm, s.shortfall_mcm, s.shortfall_pct],
              False), ([], False), ([t(h) for h in _PLANT_HEADERS], True)]
    rows += [([p.name, p.country, p.energy_gwh, p.winter_gwh, p.summer_gwh], False)
             for p in s.plants]
    rows += [([], False), ([t(h) for h in _COUNTRY_HEADERS], True)]
    rows += [([c.country, c.demand_mcm, c.delivery_mcm, c.shortfall_pct, c.energy_gwh,
               c.winter_gwh, c.summer_gwh], False) for c in s.countries]
    for lk in s.lakes:
        rows += [([], False),
                 ([lk.name, t(_LAKE_INFLOW), lk.inflow_mcm, t(_END_LEVEL), lk.end_level_m],
                  False)]
    for values, header in rows:
        ws.append(cells.row(values, header))


def _nodes_sheet(wb: Any, r: Results) -> None:
    ws = wb.create_sheet(sheet_title(translate("Workbook", "Nodes")))
    ws.freeze_panes = "A2"
    ws.column_dimensions["A"].width = 20
    ws.column_dimensions["B"].width = 50
    cells = _Cells(ws)
    ws.append(cells.row(["id", "name", "local_name", "country", "kind"], header=True))
    for n in r.scenario.nodes:
        ws.append(cells.row([n.id, n.name, n.local_name, n.country, n.kind.value]))


def _period_rows(r: Results, columns: np.ndarray, cells: _Cells) -> Iterator[list[Any]]:
    """Rows of a period sheet, produced as they are written (``columns``: [column, period])."""
    labels = r.time.labels()
    block = 4096
    for t0 in range(0, r.time.periods, block):
        chunk = np.ascontiguousarray(columns[:, t0:t0 + block].T)
        values = chunk.tolist()
        if not np.isfinite(chunk).all():  # NaN or inf: an empty cell (Excel has neither)
            values = [[v if math.isfinite(v) else None for v in row] for row in values]
        for k, row in enumerate(values):
            t = t0 + k
            yield [cells.day(r.time.starts[t]), labels[t], *row]


def _period_sheet(wb: Any, title: str, r: Results, headers: list[str],
                  columns: np.ndarray) -> None:
    from openpyxl.utils import get_column_letter
    ws = wb.create_sheet(sheet_title(title))
    ws.freeze_panes = "C2"
    ws.column_dimensions["A"].width = 12
    ws.column_dimensions["B"].width = 14
    for j, text in enumerate(headers):
        ws.column_dimensions[get_column_letter(j + 3)].width = max(12, min(28, len(text) + 2))
    cells = _Cells(ws)
    ws.append(cells.row(["period_start", "period", *headers], header=True))
    for row in _period_rows(r, columns, cells):
        ws.append(row)


def results_workbook(r: Results, member: int = 0) -> Any:
    """A write-only openpyxl Workbook with the results of one member (rows are streamed to
    temporary files as each sheet is built; save it once)."""
    from openpyxl import Workbook
    scn = r.scenario
    wb = Workbook(write_only=True)
    _summary_sheet(wb, r, member)
    _nodes_sheet(wb, r)
    res = [n for n in scn.reservoirs if n.id in scn.release_schedules]
    if res:
        mcm = np.array([np.asarray(scn.release_schedules[n.id], float) for n in res])
        _period_sheet(wb, translate("Workbook", "Release schedule Mm³"), r,
                      [f"{n.id} [Mm³]" for n in res], mcm)
        _period_sheet(wb, translate("Workbook", "Release schedule m³ s"), r,
                      [f"{n.id} [m³/s]" for n in res], scn.time.mcm_to_m3s(mcm))
    for q in NODE_QUANTITIES + LINK_QUANTITIES + PLANT_QUANTITIES:
        cols = quantity_columns(r, q, member)
        if not cols:
            continue
        arr = getattr(r, q.name)[member]
        ids = {"link": r.link_ids, "plant": r.plant_ids}.get(q.per, r.node_ids)
        _period_sheet(wb, q.name, r, [f"{ids[j]} [{q.unit}]" for j in cols],
                      arr[np.asarray(cols)])
    return wb


def write_results_xlsx(r: Results, path: str | os.PathLike[str], member: int = 0) -> Path:
    """Write the workbook atomically to ``path`` (.xlsx); returns the path."""
    target = Path(path)
    wb = results_workbook(r, member)
    with atomic_output(target) as f:
        wb.save(f)
    return target
