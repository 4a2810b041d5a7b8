"""Results as CSV files, one per quantity, and the summary as JSON.

Each CSV has one row per period (its start date and label) and one column per node or link,
with the unit in the header: ``period_start,period,toktogul [Mm³],shardara [Mm³]``. Only
nodes to which a quantity applies get a column. Run-of-river plants on links have files of
their own (``run_of_river_energy_mwh.csv``, a column per plant id), written only when the
scenario has such plants.

Files are written in blocks of rows straight to disk (atomically), with the numbers
formatted by a compiled kernel (:mod:`waterplanner.export.number_text`), so the time and
memory grow linearly with the horizon: a century of days for a hundred reservoirs is
seconds, not hours. Header cells that a spreadsheet could read as a formula are escaped.
"""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path
from typing import BinaryIO

import numpy as np

from waterplanner.engine.countries_summary import countries_summary
from waterplanner.engine.results import (
    LINK_QUANTITIES,
    NODE_QUANTITIES,
    PLANT_QUANTITIES,
    Quantity,
    Results,
)
from waterplanner.export.cell_text import csv_text
from waterplanner.export.number_text import MAX_NUMBER_BYTES, put_rows
from waterplanner.model.fileio import atomic_output, atomic_write_text
from waterplanner.model.timebase import TimeBase

BLOCK_BYTES = 4 * 1024 * 1024
"""Upper bound of the text buffer of one block of rows (memory stays bounded)."""


def quantity_columns(r: Results, q: Quantity, member: int = 0) -> list[int]:
    """Indices of the nodes (or links) that get a column: storage and level where they are
    defined (finite throughout), other quantities where they are ever non-zero."""
    arr = getattr(r, q.name)[member]
    finite = np.isfinite(arr)
    if q.name in ("storage_mcm", "level_m", "drainage_storage_mcm"):
        keep = finite.all(axis=1)
    else:
        keep = finite.any(axis=1) & ((arr != 0.0) & ~np.isnan(arr)).any(axis=1)
    return np.flatnonzero(keep).tolist()


def _csv_line(cells: list[str]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(cells)
    return buf.getvalue()


class PeriodColumns:
    """The first two CSV columns of every row, ``period_start,period``, encoded once per
    time base as a padded byte matrix for the row kernel."""

    def __init__(self, time: TimeBase):
        lines = [_csv_line([iso, csv_text(label)]).rstrip("\n").encode("utf-8")
                 for iso, label in zip(time.iso_starts, time.labels(), strict=True)]
        width = max(len(b) for b in lines)
        self.bytes = np.frombuffer(b"".join(b.ljust(width, b"\0") for b in lines),
                                   dtype=np.uint8).reshape(len(lines), width)
        self.lengths = np.fromiter((len(b) for b in lines), dtype=np.int64, count=len(lines))


def write_quantity_csv(stream: BinaryIO, r: Results, q: Quantity, columns: list[int],
                       member: int = 0, periods: PeriodColumns | None = None) -> None:
    """Write the CSV of one quantity (the given node or link columns) to a binary stream,
    a block of rows at a time."""
    ids = {"link": r.link_ids, "plant": r.plant_ids}.get(q.per, r.node_ids)
    header = ["period_start", "period"] + [csv_text(f"{ids[j]} [{q.unit}]") for j in columns]
    stream.write(_csv_line(header).encode("utf-8"))
    periods = periods or PeriodColumns(r.time)
    arr = getattr(r, q.name)[member]
    n_periods = arr.shape[1]
    row_bytes = periods.bytes.shape[1] + len(columns) * (MAX_NUMBER_BYTES + 1) + 1
    rows = max(1, min(n_periods, BLOCK_BYTES // row_bytes))
    out = np.empty(rows * row_bytes, dtype=np.uint8)
    index = np.asarray(columns, dtype=np.int64)
    for t0 in range(0, n_periods, rows):
        t1 = min(t0 + rows, n_periods)
        block = np.ascontiguousarray(arr[index, t0:t1].T, dtype=np.float64)
        n = put_rows(periods.bytes[t0:t1], periods.lengths[t0:t1], block, out)
        stream.write(memoryview(out)[:n])  # type: ignore[arg-type]


def quantity_csv(r: Results, q: Quantity, member: int = 0) -> str | None:
    """The CSV text of one quantity, or None if it applies to no node."""
    columns = quantity_columns(r, q, member)
    if not columns:
        return None
    buf = io.BytesIO()
    write_quantity_csv(buf, r, q, columns, member)
    return buf.getvalue().decode("utf-8")


def write_results(r: Results, out_dir: str | os.PathLike[str], member: int = 0) -> list[Path]:
    """Write one CSV per quantity and ``summary.json`` into ``out_dir``; return the paths.

    ``summary.json`` holds the summary of the member, its ``countries_by_season`` (the
    per-country table by ICWC season, :mod:`waterplanner.engine.countries_summary`; the key
    ``countries`` already holds the whole-horizon figures per country), the scenario's name,
    the inflow set and the period start dates."""
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    periods = PeriodColumns(r.time)
    for q in NODE_QUANTITIES + LINK_QUANTITIES + PLANT_QUANTITIES:
        columns = quantity_columns(r, q, member)
        if not columns:
            continue
        path = folder / f"{q.name}.csv"
        with atomic_output(path) as f:
            write_quantity_csv(f, r, q, columns, member, periods)
        written.append(path)
    summary = r.summary(member).to_dict()
    summary["scenario"] = r.scenario.metadata.name
    summary["inflow_set"] = r.inflow_set
    summary["periods"] = list(r.time.iso_starts)
    summary["countries_by_season"] = countries_summary(r, member).to_dict()
    path = folder / "summary.json"
    atomic_write_text(path, json.dumps(summary, indent=2, ensure_ascii=False) + "\n")
    written.append(path)
    return written
