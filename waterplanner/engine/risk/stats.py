"""The mergeable summary of a chunk of ensemble members, and how a chunk is summarised.

:func:`summarise` reduces the members of one ``Results`` to an :class:`EnsembleStats`:
supply counts per demand and country, event counts, energy per country and season (every
member's value while the ensemble is small enough, always a fixed-edge histogram) and
per-period moments of the main quantities. Summaries of disjoint chunks merge into the
summary of their union, whatever the order, so chunks can be simulated and summarised on
different workers and only the summaries travel. :meth:`EnsembleStats.table` turns the
final summary into the risk table.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from waterplanner.engine.results import Results
from waterplanner.engine.risk.histogram import Histograms
from waterplanner.engine.risk.layout import (
    BELOW_MINIMUM,
    LAKE_SPILLS,
    RECEIVES_FROM,
    SINK_RECEIVES,
    RiskLayout,
)
from waterplanner.engine.risk.moments import Moments
from waterplanner.engine.risk.options import EVENT_TOLERANCE_MCM
from waterplanner.engine.risk.supply import SupplyCounts
from waterplanner.engine.seasons import season_sums


@dataclass(frozen=True, eq=False)
class EnsembleStats:
    """Summary of members ``first_member`` … ``first_member + members − 1``."""

    first_member: int
    members: int
    demands: SupplyCounts
    countries: SupplyCounts
    event_hits: np.ndarray        # [events] members in which the event happened
    event_amount: np.ndarray      # [events] Σ over members of the event's amount
    energy: Moments               # cells: energy country × span, MWh
    energy_histograms: Histograms
    cells: Moments                # cells: the layout's blocks × periods

    def merge(self, other: EnsembleStats) -> EnsembleStats:
        """The summary of both chunks (which must not overlap)."""
        a, b = (self, other) if self.first_member <= other.first_member else (other, self)
        if a.first_member + a.members > b.first_member:
            raise ValueError(f"overlapping chunks: members {a.first_member}–"
                             f"{a.first_member + a.members - 1} and {b.first_member}–")
        return EnsembleStats(
            a.first_member, a.members + b.members, a.demands.merge(b.demands),
            a.countries.merge(b.countries), a.event_hits + b.event_hits,
            a.event_amount + b.event_amount, a.energy.merge(b.energy),
            a.energy_histograms.merge(b.energy_histograms), a.cells.merge(b.cells))


def merge_all(parts: list[EnsembleStats]) -> EnsembleStats:
    """Merge summaries pairwise (a balanced tree, as the workers do)."""
    if not parts:
        raise ValueError("no summaries to merge")
    level = sorted(parts, key=lambda s: s.first_member)
    while len(level) > 1:
        level = [level[i].merge(level[i + 1]) if i + 1 < len(level) else level[i]
                 for i in range(0, len(level), 2)]
    return level[0]


def summarise(r: Results, layout: RiskLayout, first_member: int = 0, *,
              with_cells: bool = True) -> EnsembleStats:
    """The summary of every member of ``r`` (members ``first_member`` … of the ensemble).

    ``with_cells=False`` leaves out the per-period statistics (``quantiles.csv``), which the
    risk table does not read: the window's risk, computed on every edit, skips them."""
    opt = layout.options
    threshold, tolerance = opt.threshold_pct / 100.0, opt.failure_tolerance_pct / 100.0
    k = layout.demand_index
    short = np.asarray(r.shortfall_mcm[:, k])
    dem = np.asarray(r.demand_mcm[:1, k])
    demands = SupplyCounts.of(short, dem, threshold, tolerance)
    split = layout.country_split
    countries = SupplyCounts.of(split @ short, split @ dem, threshold, tolerance)

    hits, amount = _events(r, layout)

    gen = layout.dam_owner @ r.energy_mwh[:, layout.dam_index]
    if layout.ror_owner.shape[1]:
        gen = gen + layout.ror_owner @ r.run_of_river_energy_mwh
    by_span = season_sums(gen, layout.spans).reshape(r.members, -1)
    energy = Moments.of(by_span, first_member, layout.keep_energy_values)
    histograms = Histograms.of(by_span, layout.energy_edges_mwh)

    blocks = [np.asarray(getattr(r, b.quantity)[:, b.index]).reshape(r.members, -1)
              for b in layout.blocks] if with_cells else []
    flat = np.concatenate(blocks, axis=1) if blocks else np.zeros((r.members, 0))
    cells = Moments.of(flat, first_member, layout.keep_cell_values)
    return EnsembleStats(first_member, r.members, demands, countries, hits, amount, energy,
                         histograms, cells)


def _events(r: Results, layout: RiskLayout) -> tuple[np.ndarray, np.ndarray]:
    """Members in which each event happened, and Σ of its amount over members."""
    hits = np.zeros(len(layout.events), dtype=np.int64)
    amount = np.zeros(len(layout.events))
    for e, ev in enumerate(layout.events):
        if ev.kind == BELOW_MINIMUM:
            below = r.storage_mcm[:, ev.index] < ev.more_than - EVENT_TOLERANCE_MCM
            periods = below.sum(axis=1)
            hits[e], amount[e] = int((periods > 0).sum()), float(periods.sum())
            continue
        if ev.kind == RECEIVES_FROM:
            volume = r.link_arrival_mcm[:, ev.index].sum(axis=1)
        elif ev.kind == SINK_RECEIVES:
            volume = r.inflow_mcm[:, ev.index].sum(axis=1)
        elif ev.kind == LAKE_SPILLS:
            volume = r.spill_mcm[:, ev.index].sum(axis=1)
        else:  # pragma: no cover - the layout makes only the kinds above
            raise ValueError(f"unknown event kind '{ev.kind}'")
        hits[e] = int((volume > ev.more_than + EVENT_TOLERANCE_MCM).sum())
        amount[e] = float(volume.sum())
    return hits, amount
