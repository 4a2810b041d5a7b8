"""The water years of a horizon: which periods belong to which water year, and whether a
water year lies wholly inside the horizon.

Ensembles work water year by water year: a generated annual volume is spread over the
periods of its water year, and each water year of a record is one member.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from waterplanner.i18n import translate
from waterplanner.i18n.dates import first_of_month
from waterplanner.model.timebase import TimeBase


@dataclass(frozen=True)
class WaterYear:
    """Periods ``start`` to ``stop - 1`` of a horizon, all in water year ``year`` (named by
    the calendar year it ends in); ``complete`` when the horizon holds all of it."""

    year: int
    start: int
    stop: int
    complete: bool


def _starts_water_year(tb: TimeBase, i: int) -> bool:
    d = tb.boundaries[i]
    return d.month == tb.water_year_start_month and d.day == 1


def water_years(tb: TimeBase) -> tuple[WaterYear, ...]:
    """The water years the horizon touches, in order (a partial first or last one
    included, marked not complete)."""
    years = [tb.water_year(d) for d in tb.starts]
    out: list[WaterYear] = []
    first = 0
    for i in range(1, tb.periods + 1):
        if i == tb.periods or years[i] != years[first]:
            out.append(WaterYear(years[first], first, i, _starts_water_year(tb, first)
                                 and _starts_water_year(tb, i)))
            first = i
    return tuple(out)


def year_index(tb: TimeBase) -> np.ndarray:
    """For every period, the index of its water year in :func:`water_years`."""
    idx = np.empty(tb.periods, dtype=np.int64)
    for k, wy in enumerate(water_years(tb)):
        idx[wy.start:wy.stop] = k
    return idx


def whole_water_years_problem(tb: TimeBase) -> str | None:
    """Why the horizon is not a run of whole water years, or None when it is."""
    month = tb.water_year_start_month
    if not _starts_water_year(tb, 0):
        return translate("WaterYears", "the horizon starts on {date}, not at the start of a "
                                       "water year ({first_day})").format(
            date=tb.start.isoformat(), first_day=first_of_month(month))
    if not _starts_water_year(tb, tb.periods):
        return translate("WaterYears", "the horizon ends on {date} (exclusive), not at the end "
                                       "of a water year (it should end on {first_day})").format(
            date=tb.end.isoformat(), first_day=first_of_month(month))
    return None
