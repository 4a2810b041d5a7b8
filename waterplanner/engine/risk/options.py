"""What the risk metrics count as a failure, a shortfall above threshold or an event."""

from __future__ import annotations

from dataclasses import dataclass

from waterplanner.i18n import translate

DEFAULT_THRESHOLD_PCT = 10.0
"""A member is 'short' for a demand when its shortfall over the horizon exceeds this share
of the horizon's demand (the ICWC's and the issue's '10 % short')."""

EVENT_TOLERANCE_MCM = 1e-6
"""Volumes up to this (1 000 m³ over the horizon) count as none: a link 'carries water', a
sink 'receives water' and a lake 'spills' only above it."""

EXACT_VALUES_LIMIT = 20_000_000
"""Per-member values (members × cells) kept for exact quantiles; a larger ensemble falls
back on fixed-edge histograms (energy) or on moments only (per-period statistics)."""


@dataclass(frozen=True)
class RiskOptions:
    """Settings of the risk metrics (see docs/ensembles.md, section "Risk").

    ``threshold_pct``: a member is short for a demand (or country) when its horizon
    shortfall exceeds this % of its horizon demand.
    ``failure_tolerance_pct``: a period fails when its shortfall exceeds this % of the
    period's demand (0: any shortfall above the summary's rounding tolerance, so that the
    reliability of one member is the summary's reliability).
    ``sink_more_than_mcm``: a sink (or a link into it) 'receives water' in a member when it
    receives more than this over the horizon (plus :data:`EVENT_TOLERANCE_MCM`).
    ``energy_bins``: fixed-edge histogram bins per country and season, between 0 and the
    installed capacity × hours of the season (used when the ensemble is too large to keep
    every member's energy).
    ``exact_values_limit``: see :data:`EXACT_VALUES_LIMIT`.
    """

    threshold_pct: float = DEFAULT_THRESHOLD_PCT
    failure_tolerance_pct: float = 0.0
    sink_more_than_mcm: float = 0.0
    energy_bins: int = 2000
    exact_values_limit: int = EXACT_VALUES_LIMIT

    def __post_init__(self) -> None:
        if not 0.0 <= self.threshold_pct <= 100.0:
            raise ValueError(translate("RiskOptions", "threshold: {pct} % is not between 0 and "
                                                      "100 %").format(pct=self.threshold_pct))
        if not 0.0 <= self.failure_tolerance_pct < 100.0:
            raise ValueError(translate("RiskOptions", "failure tolerance: {pct} % is not in "
                                                      "[0, 100) %").format(
                pct=self.failure_tolerance_pct))
        if not self.sink_more_than_mcm >= 0.0:
            raise ValueError(translate("RiskOptions", "sink volume threshold must be ≥ 0 Mm³"))
        if self.energy_bins < 1:
            raise ValueError(translate("RiskOptions", "energy histogram needs at least one bin"))
