"""Ensemble summaries as CSV: per-period quantiles of the main quantities and the risk table.

``quantiles.csv``: one row per quantity, node (or link) and period, with the number of
members, mean, sample standard deviation, minimum, P10, P50, P90 and maximum over the
members. The quantiles are exact (numpy's linear method) when the ensemble was small
enough to keep every member's value (see ``RiskOptions.exact_values_limit``); otherwise
those three columns are empty and the moments remain. ``risk.csv``: the risk table, one
row per demand, country, event and country-season energy. ``risk.json``: the same table.
"""

from __future__ import annotations

import csv
import io
import json
import math
import os
from pathlib import Path

from waterplanner.engine.risk.layout import RiskLayout
from waterplanner.engine.risk.stats import EnsembleStats
from waterplanner.engine.risk.table import RiskTable
from waterplanner.export.cell_text import csv_text
from waterplanner.model.fileio import atomic_write_text
from waterplanner.model.scenario import Scenario

QUANTILES = (0.1, 0.5, 0.9)


def _num(v: float) -> str:
    return "" if not math.isfinite(v) else repr(float(v))


def quantiles_csv(stats: EnsembleStats, layout: RiskLayout, scenario: Scenario) -> str:
    """The text of ``quantiles.csv``."""
    m = stats.cells
    q = m.quantiles(QUANTILES)
    std = m.std
    starts = [d.isoformat() for d in scenario.time.starts]
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["quantity", "unit", "element", "period_start", "members", "mean", "sd", "min",
                "p10", "p50", "p90", "max"])
    cell = 0
    for b in layout.blocks:
        for element in b.element_ids:
            for t in range(layout.periods):
                qs = ["", "", ""] if q is None else [_num(q[k, cell]) for k in range(3)]
                w.writerow([b.quantity, b.unit, csv_text(element), starts[t], m.count,
                            _num(m.mean[cell]), _num(std[cell]), _num(m.minimum[cell]), *qs,
                            _num(m.maximum[cell])])
                cell += 1
    return out.getvalue()


def risk_csv(table: RiskTable) -> str:
    """The text of ``risk.csv``: section, id, name, metric, value, unit."""
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["section", "id", "name", "metric", "value", "unit"])
    for row in table.demands + table.countries:
        for metric, unit in (("demand_mcm", "Mm³"), ("mean_shortfall_pct", "%"),
                             ("p_short_over_threshold", "probability"),
                             ("reliability", "fraction"), ("resilience", "probability"),
                             ("vulnerability_mcm", "Mm³"), ("vulnerability_pct", "%")):
            w.writerow([row.kind, csv_text(row.id), csv_text(row.name), metric,
                        _num(getattr(row, metric)), unit])
    for e in table.events:
        w.writerow([e.kind, csv_text(e.element_id), csv_text(e.label), "probability",
                    _num(e.probability), "probability"])
        w.writerow([e.kind, csv_text(e.element_id), csv_text(e.label), "mean_amount",
                    _num(e.mean_amount), e.amount_unit])
    for en in table.energy:
        for metric in ("mean_gwh", "p10_gwh", "p50_gwh", "p90_gwh"):
            w.writerow(["energy", csv_text(en.country), f"{en.name}, {en.span.label}", metric,
                        _num(getattr(en, metric)), "GWh"])
    return out.getvalue()


def write_summary_files(folder: str | os.PathLike[str], stats: EnsembleStats,
                        layout: RiskLayout, scenario: Scenario, table: RiskTable,
                        attrs: dict[str, object] | None = None) -> list[Path]:
    """Write quantiles.csv, risk.csv and risk.json into ``folder`` (created if needed)."""
    d = Path(folder)
    d.mkdir(parents=True, exist_ok=True)
    paths = [d / "quantiles.csv", d / "risk.csv", d / "risk.json"]
    atomic_write_text(paths[0], quantiles_csv(stats, layout, scenario))
    atomic_write_text(paths[1], risk_csv(table))
    doc = {"scenario": scenario.metadata.name, **(attrs or {}), "risk": table.to_dict()}
    atomic_write_text(paths[2], json.dumps(doc, indent=1, allow_nan=False,
                                           ensure_ascii=False) + "\n")
    return paths
