"""Results as CSV files, one per quantity, and the summary as JSON.

Each CSV has one row per period (its start date and label) and one column per node or link,
with the unit in the header: ``period_start,period,toktogul [Mm³],shardara [Mm³]``. Only
nodes to which a quantity applies get a column.
"""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import numpy as np

from waterplanner.engine.results import LINK_QUANTITIES, NODE_QUANTITIES, Quantity, Results
from waterplanner.model.fileio import atomic_write_text


def _applies(q: Quantity, values: np.ndarray) -> bool:
    return bool(np.any(np.isfinite(values)) and np.any(np.nan_to_num(values) != 0.0))


def quantity_csv(r: Results, q: Quantity, member: int = 0) -> str | None:
    """The CSV text of one quantity, or None if it is zero for every node."""
    arr = getattr(r, q.name)[member]
    ids = r.link_ids if q.per == "link" else r.node_ids
    cols = [j for j in range(len(ids)) if _applies(q, arr[j])]
    if q.name == "storage_mcm" or q.name == "level_m":
        cols = [j for j in range(len(ids)) if np.all(np.isfinite(arr[j]))]
    if not cols:
        return None
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["period_start", "period"] + [f"{ids[j]} [{q.unit}]" for j in cols])
    labels = r.time.labels()
    for t, start in enumerate(r.time.starts):
        w.writerow([start.isoformat(), labels[t]] + [repr(float(arr[j, t])) for j in cols])
    return buf.getvalue()


def write_results(r: Results, out_dir: str | os.PathLike[str], member: int = 0) -> list[Path]:
    """Write one CSV per quantity and ``summary.json`` into ``out_dir``; return the paths."""
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for q in NODE_QUANTITIES + LINK_QUANTITIES:
        text = quantity_csv(r, q, member)
        if text is None:
            continue
        path = folder / f"{q.name}.csv"
        atomic_write_text(path, text)
        written.append(path)
    summary = r.summary(member).to_dict()
    summary["scenario"] = r.scenario.metadata.name
    summary["inflow_set"] = r.inflow_set
    summary["periods"] = [d.isoformat() for d in r.time.starts]
    path = folder / "summary.json"
    atomic_write_text(path, json.dumps(summary, indent=2, ensure_ascii=False) + "\n")
    written.append(path)
    return written
