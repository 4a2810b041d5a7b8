"""Results and schedules as one Excel workbook (openpyxl).

Sheets: ``Summary`` (headline numbers, demands, plants, countries), ``Nodes`` (id, name,
local name, country, kind), one sheet per result quantity (rows: periods; columns: nodes,
with the unit in the header, as in the CSV export), and the release schedules in Mm³ and
in m³/s. Period starts are real Excel dates, so a planner can chart or filter them.

The workbook is written to a temporary file and renamed over the target, so an existing
workbook is never left half-written.
"""

from __future__ import annotations

import io
import os
from datetime import datetime
from pathlib import Path
from typing import Any

import numpy as np

from waterplanner.engine.results import LINK_QUANTITIES, NODE_QUANTITIES, Quantity, Results
from waterplanner.model.fileio import atomic_write_bytes

SHEET_NAME_MAX = 31
DATE_FORMAT = "yyyy-mm-dd"


def _columns(r: Results, q: Quantity, member: int) -> list[int]:
    arr = getattr(r, q.name)[member]
    ids = r.link_ids if q.per == "link" else r.node_ids
    if q.name in ("storage_mcm", "level_m"):
        return [j for j in range(len(ids)) if np.all(np.isfinite(arr[j]))]
    return [j for j in range(len(ids))
            if np.any(np.isfinite(arr[j])) and np.any(np.nan_to_num(arr[j]) != 0.0)]


def sheet_title(text: str) -> str:
    """A valid, at most 31-character sheet name."""
    for ch in "[]:*?/\\":
        text = text.replace(ch, " ")
    return text[:SHEET_NAME_MAX].strip() or "Sheet"


def _style_header(ws: Any, ncols: int) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill
    fill = PatternFill("solid", fgColor="E9EEF4")
    for c in range(1, ncols + 1):
        cell = ws.cell(row=1, column=c)
        cell.font = Font(bold=True)
        cell.fill = fill
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "C2"


def _period_sheet(wb: Any, title: str, r: Results, headers: list[str],
                  columns: list[np.ndarray]) -> None:
    ws = wb.create_sheet(sheet_title(title))
    ws.append(["period_start", "period"] + headers)
    labels = r.time.labels()
    for t, start in enumerate(r.time.starts):
        ws.append([datetime(start.year, start.month, start.day), labels[t]] +
                  [float(col[t]) for col in columns])
        ws.cell(row=t + 2, column=1).number_format = DATE_FORMAT
    _style_header(ws, len(headers) + 2)
    ws.column_dimensions["A"].width = 12
    ws.column_dimensions["B"].width = 14
    from openpyxl.utils import get_column_letter
    for j in range(len(headers)):
        ws.column_dimensions[get_column_letter(j + 3)].width = max(12, min(28, len(headers[j]) + 2))


def results_workbook(r: Results, member: int = 0) -> Any:
    """An openpyxl Workbook with the results of one member."""
    from openpyxl import Workbook
    scn = r.scenario
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    s = r.summary(member)
    ws.append(["Scenario", scn.metadata.name])
    ws.append(["Inflow set", r.inflow_set or ""])
    ws.append(["First period", datetime(scn.time.start.year, scn.time.start.month,
                                        scn.time.start.day)])
    ws.cell(row=3, column=2).number_format = DATE_FORMAT
    ws.append(["Periods", scn.time.periods, scn.time.step.value])
    ws.append([])
    ws.append(["Demand", "Country", "Demand [Mm³]", "Delivered [Mm³]", "Shortfall [Mm³]",
               "Shortfall [%]", "Reliability [%]"])
    for d in s.demands:
        ws.append([d.name, d.country, d.demand_mcm, d.delivery_mcm, d.shortfall_mcm,
                   d.shortfall_pct, d.reliability_pct])
    ws.append(["Total", "", s.demand_mcm, s.delivery_mcm, s.shortfall_mcm, s.shortfall_pct])
    ws.append([])
    ws.append(["Plant", "Country", "Energy [GWh]", "Winter [GWh]", "Summer [GWh]"])
    for p in s.plants:
        ws.append([p.name, p.country, p.energy_gwh, p.winter_gwh, p.summer_gwh])
    ws.append([])
    ws.append(["Country", "Demand [Mm³]", "Received [Mm³]", "Shortfall [%]", "Energy [GWh]",
               "Winter [GWh]", "Summer [GWh]"])
    for c in s.countries:
        ws.append([c.country, c.demand_mcm, c.delivery_mcm, c.shortfall_pct, c.energy_gwh,
                   c.winter_gwh, c.summer_gwh])
    for lk in s.lakes:
        ws.append([])
        ws.append([lk.name, "Inflow [Mm³]", lk.inflow_mcm, "End level [m]", lk.end_level_m])
    ws.column_dimensions["A"].width = 40
    for col in "BCDEFG":
        ws.column_dimensions[col].width = 15

    nodes = wb.create_sheet("Nodes")
    nodes.append(["id", "name", "local_name", "country", "kind"])
    for n in scn.nodes:
        nodes.append([n.id, n.name, n.local_name, n.country, n.kind.value])
    _style_header(nodes, 5)
    nodes.freeze_panes = "A2"
    nodes.column_dimensions["A"].width = 20
    nodes.column_dimensions["B"].width = 50

    res = [n for n in scn.reservoirs if n.id in scn.release_schedules]
    if res:
        mcm = [np.asarray(scn.release_schedules[n.id], float) for n in res]
        _period_sheet(wb, "Release schedule Mm³", r, [f"{n.id} [Mm³]" for n in res], mcm)
        _period_sheet(wb, "Release schedule m³ s", r, [f"{n.id} [m³/s]" for n in res],
                      [scn.time.mcm_to_m3s(v) for v in mcm])
    for q in NODE_QUANTITIES + LINK_QUANTITIES:
        cols = _columns(r, q, member)
        if not cols:
            continue
        arr = getattr(r, q.name)[member]
        ids = r.link_ids if q.per == "link" else r.node_ids
        _period_sheet(wb, q.name, r, [f"{ids[j]} [{q.unit}]" for j in cols],
                      [arr[j] for j in cols])
    return wb


def write_results_xlsx(r: Results, path: str | os.PathLike[str], member: int = 0) -> Path:
    """Write the workbook atomically to ``path`` (.xlsx); returns the path."""
    target = Path(path)
    buf = io.BytesIO()
    results_workbook(r, member).save(buf)
    atomic_write_bytes(target, buf.getvalue())
    return target
