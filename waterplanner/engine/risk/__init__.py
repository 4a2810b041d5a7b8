"""Risk over an inflow ensemble: supply reliability, resilience and vulnerability per
demand and country, event probabilities and energy quantiles (see docs/ensembles.md,
"Risk"), from mergeable summaries of chunks of members (no Qt, no Dask)."""

from __future__ import annotations

from waterplanner.engine.results import Results
from waterplanner.engine.risk.layout import RiskLayout, risk_layout
from waterplanner.engine.risk.options import RiskOptions
from waterplanner.engine.risk.run import MemberSource, chunk_members, chunks, run_ensemble
from waterplanner.engine.risk.stats import EnsembleStats, merge_all, summarise
from waterplanner.engine.risk.table import EnergyRisk, EventRisk, RiskTable, SupplyRisk
from waterplanner.engine.risk.table import risk_table as table_of

__all__ = [
    "EnergyRisk", "EnsembleStats", "EventRisk", "MemberSource", "RiskLayout", "RiskOptions",
    "RiskTable", "SupplyRisk", "chunk_members", "chunks", "merge_all", "risk_layout",
    "risk_of", "run_ensemble", "summarise", "table_of",
]


def risk_of(results: Results, options: RiskOptions | None = None) -> RiskTable:
    """The risk table of an ensemble already simulated (every member of ``results``); the
    same numbers as :func:`run_ensemble` and :func:`table_of` over those members."""
    layout = risk_layout(results.scenario, results.members, options)
    return table_of(summarise(results, layout, with_cells=False), layout)
