"""The ICWC seasons a horizon covers: each water year's non-vegetation (October–March) and
vegetation (April–September) season, cut to the horizon.

A planning period (month, dekad or day) never crosses a month boundary, so it lies in one
season: the one of the month it starts in. The seasons are those of the ICWC's water year,
October to September, whatever month the scenario's own water year starts in, because the
states' limits are set for them. A season the horizon covers only in part (a horizon that
starts in November, or ends in June) is marked partial, with the share of its days covered.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from itertools import pairwise

import numpy as np

from waterplanner.i18n.dates import month_abbr
from waterplanner.model.countries import Season, season_of_month
from waterplanner.model.timebase import TimeBase


@dataclass(frozen=True)
class SeasonSpan:
    """One season of one water year, as far as the horizon covers it.

    ``water_year`` is named by the calendar year it ends in (October 2025–September 2026 is
    2026). ``start``/``end`` are the first covered day and the day after the last one;
    ``first_period`` and ``periods`` locate it on the period axis.
    """

    index: int
    water_year: int
    season: Season
    start: date
    end: date
    first_period: int
    periods: int
    partial: bool
    covered_fraction: float
    """Days covered ÷ days of the whole season (1 for a full season)."""

    @property
    def season_start(self) -> date:
        """First day of the whole season."""
        return season_bounds(self.water_year, self.season)[0]

    @property
    def season_end(self) -> date:
        """The day after the whole season."""
        return season_bounds(self.water_year, self.season)[1]

    @property
    def label(self) -> str:
        """'Oct 2025–Mar 2026': the whole season's months (see ``partial``)."""
        first, after = self.season_start, self.season_end
        last_month = 12 if after.month == 1 else after.month - 1
        last_year = after.year - 1 if after.month == 1 else after.year
        abbr = calendar.month_abbr
        return f"{abbr[first.month]} {first.year}–{abbr[last_month]} {last_year}"

    @property
    def display_label(self) -> str:
        """:attr:`label` in the planner's language (Russian «окт 2025–мар 2026»), for tables and
        messages; ``label`` stays English for files."""
        first, after = self.season_start, self.season_end
        last_month = 12 if after.month == 1 else after.month - 1
        last_year = after.year - 1 if after.month == 1 else after.year
        return f"{month_abbr(first.month)} {first.year}–{month_abbr(last_month)} {last_year}"

    def to_dict(self) -> dict[str, object]:
        """Plain data for JSON."""
        return {"index": self.index, "water_year": self.water_year,
                "season": self.season.value, "label": self.label,
                "start": self.start.isoformat(), "end": self.end.isoformat(),
                "first_period": self.first_period, "periods": self.periods,
                "partial": self.partial, "covered_fraction": self.covered_fraction}


def icwc_water_year(d: date) -> int:
    """The ICWC water year (October–September) of a day, named by the year it ends in."""
    return d.year + (1 if d.month >= 10 else 0)


def season_bounds(water_year: int, season: Season) -> tuple[date, date]:
    """First day of a season of a water year and the day after it."""
    if season is Season.NON_VEGETATION:
        return date(water_year - 1, 10, 1), date(water_year, 4, 1)
    return date(water_year, 4, 1), date(water_year, 10, 1)


def season_spans(time: TimeBase) -> tuple[SeasonSpan, ...]:
    """The seasons of the horizon in time order, each a run of consecutive periods."""
    starts = time.starts
    keys = [(icwc_water_year(d), season_of_month(d.month)) for d in starts]
    cuts = [0] + [t for t in range(1, len(keys)) if keys[t] != keys[t - 1]] + [len(keys)]
    spans = []
    for k, (a, b) in enumerate(pairwise(cuts)):
        year, season = keys[a]
        first, after = season_bounds(year, season)
        start, end = time.boundaries[a], time.boundaries[b]
        spans.append(SeasonSpan(
            index=k, water_year=year, season=season, start=start, end=end, first_period=a,
            periods=b - a, partial=start > first or end < after,
            covered_fraction=(end - start).days / (after - first).days))
    return tuple(spans)


def season_sums(values: np.ndarray, spans: tuple[SeasonSpan, ...]) -> np.ndarray:
    """Sums over the periods of each season: [..., period] → [..., season]."""
    if values.shape[-1] == 0 or not spans:
        return np.zeros(values.shape[:-1] + (len(spans),))
    return np.add.reduceat(values, [s.first_period for s in spans], axis=-1)
