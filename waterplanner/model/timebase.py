"""The planning calendar: monthly, dekad (ten-day) and daily periods.

Central Asian basin organisations plan in dekads: three per month, days 1-10, 11-20 and
21 to the end of the month. Every period knows its exact length in seconds, so converting a
flow in m³/s to a volume in million m³ (Mm³) is exact for a 28-day February or an
11-day third dekad alike.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum
from functools import cached_property

import numpy as np

from waterplanner.i18n import translate

SECONDS_PER_DAY = 86_400
WINTER_MONTHS = (10, 11, 12, 1, 2, 3)
"""October-March: the non-vegetation season, when upstream plants want to generate."""


class Step(str, Enum):
    """Length of one planning period."""

    MONTH = "month"
    DEKAD = "dekad"
    DAY = "day"


def _dekad_start_days(year: int, month: int) -> tuple[int, int, int]:
    del year, month
    return (1, 11, 21)


def next_period_start(step: Step, d: date) -> date:
    """The start of the period after the one starting on ``d``."""
    if step is Step.DAY:
        return d + timedelta(days=1)
    if step is Step.MONTH:
        return date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    if d.day < 21:
        return d.replace(day=d.day + 10)
    return date(d.year + (d.month == 12), d.month % 12 + 1, 1)


def is_period_start(step: Step, d: date) -> bool:
    """Whether ``d`` can start a period of this step (month: day 1; dekad: 1, 11 or 21)."""
    if step is Step.DAY:
        return True
    if step is Step.MONTH:
        return d.day == 1
    return d.day in _dekad_start_days(d.year, d.month)


def fits_calendar(step: Step, start: date, periods: int) -> bool:
    """Whether ``periods`` periods from ``start`` end (exclusive) by 31 December 9999."""
    step = Step(step)
    if step is Step.DAY:
        return start.toordinal() + periods <= date.max.toordinal()
    month_index = start.year * 12 + start.month - 1
    if step is Step.MONTH:
        end_month = month_index + periods
    else:
        end_month = (month_index * 3 + (start.day - 1) // 10 + periods) // 3
    return end_month <= date.max.year * 12 + 11


@dataclass(frozen=True)
class TimeBase:
    """A run of consecutive planning periods.

    Parameters
    ----------
    step
        Period length: month, dekad or day.
    start
        First day of the first period (day 1 of a month; for dekads day 1, 11 or 21).
    periods
        Number of periods in the horizon.
    water_year_start_month
        Month the water year begins in (1 October by default in the Syr Darya basin).
    """

    step: Step
    start: date
    periods: int
    water_year_start_month: int = 10

    def __post_init__(self) -> None:
        object.__setattr__(self, "step", Step(self.step))
        if self.periods < 1:
            raise ValueError(translate("TimeBase", "a time base needs at least one period, got "
                                                   "{periods}").format(periods=self.periods))
        if not is_period_start(self.step, self.start):
            text = translate("TimeBase", "{date} does not start a month period") \
                if self.step is Step.MONTH else \
                translate("TimeBase", "{date} does not start a dekad period")
            raise ValueError(text.format(date=self.start.isoformat()))
        if not fits_calendar(self.step, self.start, self.periods):
            text = {Step.MONTH: translate("TimeBase", "{periods} month periods from {start} run "
                                                      "past the year {year}"),
                    Step.DEKAD: translate("TimeBase", "{periods} dekad periods from {start} run "
                                                      "past the year {year}"),
                    Step.DAY: translate("TimeBase", "{periods} day periods from {start} run past "
                                                    "the year {year}")}[self.step]
            raise ValueError(text.format(periods=self.periods, start=self.start.isoformat(),
                                         year=date.max.year))
        if not 1 <= self.water_year_start_month <= 12:
            raise ValueError(translate("TimeBase", "water_year_start_month must be 1-12"))

    # Every per-period sequence below is computed once and kept (functools.cached_property
    # writes into the instance ``__dict__`` directly, which a frozen dataclass allows), so a
    # 100-year daily horizon costs one pass over its periods, never one per look-up.

    @cached_property
    def boundaries(self) -> tuple[date, ...]:
        """Start of every period plus the day after the last one (``periods + 1`` dates)."""
        if self.step is Step.DAY:
            first = self.start.toordinal()
            return tuple(map(date.fromordinal, range(first, first + self.periods + 1)))
        out = [self.start]
        for _ in range(self.periods):
            out.append(next_period_start(self.step, out[-1]))
        return tuple(out)

    @cached_property
    def starts(self) -> tuple[date, ...]:
        """First day of each period (the same tuple on every call)."""
        return self.boundaries[:-1]

    @property
    def end(self) -> date:
        """The day after the last period (exclusive end of the horizon)."""
        return self.boundaries[-1]

    @cached_property
    def iso_starts(self) -> tuple[str, ...]:
        """First day of each period as ISO text ('2025-10-01'), for files and tables."""
        return tuple(d.isoformat() for d in self.starts)

    @cached_property
    def days(self) -> np.ndarray:
        """Length of each period in days (read-only)."""
        ordinals = np.fromiter((d.toordinal() for d in self.boundaries), dtype=np.int64,
                               count=self.periods + 1)
        arr = np.diff(ordinals).astype(float)
        arr.flags.writeable = False
        return arr

    @cached_property
    def seconds(self) -> np.ndarray:
        """Exact length of each period in seconds (read-only)."""
        arr = self.days * SECONDS_PER_DAY
        arr.flags.writeable = False
        return arr

    @cached_property
    def hours(self) -> np.ndarray:
        """Length of each period in hours (read-only), for MW → MWh."""
        arr = self.days * 24.0
        arr.flags.writeable = False
        return arr

    @cached_property
    def months(self) -> np.ndarray:
        """Calendar month (1-12) each period starts in."""
        arr = np.array([d.month for d in self.starts], dtype=np.int64)
        arr.flags.writeable = False
        return arr

    @cached_property
    def is_winter(self) -> np.ndarray:
        """True for periods starting October-March (the non-vegetation season)."""
        arr = np.isin(self.months, WINTER_MONTHS)
        arr.flags.writeable = False
        return arr

    @property
    def is_summer(self) -> np.ndarray:
        """True for periods starting April-September (the vegetation season)."""
        return ~self.is_winter

    def water_year(self, d: date) -> int:
        """The water year a date belongs to, named by the calendar year it ends in."""
        return d.year + (1 if d.month >= self.water_year_start_month and
                         self.water_year_start_month != 1 else 0)

    @cached_property
    def _labels(self) -> tuple[str, ...]:
        if self.step is Step.DAY:
            return self.iso_starts
        abbr = calendar.month_abbr
        if self.step is Step.MONTH:
            return tuple(f"{abbr[d.month]} {d.year}" for d in self.starts)
        return tuple(f"{abbr[d.month]} {d.year} d{(d.day - 1) // 10 + 1}" for d in self.starts)

    def label(self, i: int) -> str:
        """Short human label of period ``i``: 'Oct 2025', 'May 2026 d2', '2026-05-14'."""
        return self._labels[i]

    def labels(self) -> list[str]:
        """Labels of all periods (a new list; the labels themselves are computed once)."""
        return list(self._labels)

    def m3s_to_mcm(self, flow_m3s: np.ndarray | float) -> np.ndarray:
        """Convert a flow per period (m³/s) into a volume per period (Mm³)."""
        return np.asarray(flow_m3s, dtype=float) * self.seconds / 1e6

    def mcm_to_m3s(self, volume_mcm: np.ndarray | float) -> np.ndarray:
        """Convert a volume per period (Mm³) into the mean flow over that period (m³/s)."""
        return np.asarray(volume_mcm, dtype=float) * 1e6 / self.seconds

    def with_periods(self, periods: int) -> TimeBase:
        """The same calendar, started at the same date, with another horizon length."""
        return TimeBase(self.step, self.start, periods, self.water_year_start_month)

    @staticmethod
    def periods_per_year(step: Step) -> int:
        """Periods in a (non-leap) year for monthly and dekad steps; 365 for days."""
        return {Step.MONTH: 12, Step.DEKAD: 36, Step.DAY: 365}[Step(step)]
