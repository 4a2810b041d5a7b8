"""The time axis of the report's tables and plots: the scenario's own periods, or, for long
horizons, whole months (or water years) of them.

A table of 3 650 days is not something a minister reads, and drawing it takes minutes. When
a horizon has more than :data:`MAX_PERIOD_ROWS` periods shorter than a month, the report shows
monthly aggregates instead: volumes summed, flows averaged over the time, storages and levels
at the end of each month. Beyond :data:`MAX_MONTH_ROWS` months it shows water years. The
daily values are in the Excel export.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np

from waterplanner.i18n import QT_TRANSLATE_NOOP, translate
from waterplanner.i18n.dates import month_abbr, time_label
from waterplanner.i18n.figures import counted
from waterplanner.model.timebase import Step, TimeBase

MAX_PERIOD_ROWS = 120
"""Horizons of more periods than this (finer than a month) are shown as monthly aggregates."""
MAX_MONTH_ROWS = 240
"""Horizons of more months than this (twenty years) are shown as water years."""

STARTING_IN = (
    QT_TRANSLATE_NOOP("ReportTime", "starting in January"),
    QT_TRANSLATE_NOOP("ReportTime", "starting in February"),
    QT_TRANSLATE_NOOP("ReportTime", "starting in March"),
    QT_TRANSLATE_NOOP("ReportTime", "starting in April"),
    QT_TRANSLATE_NOOP("ReportTime", "starting in May"),
    QT_TRANSLATE_NOOP("ReportTime", "starting in June"),
    QT_TRANSLATE_NOOP("ReportTime", "starting in July"),
    QT_TRANSLATE_NOOP("ReportTime", "starting in August"),
    QT_TRANSLATE_NOOP("ReportTime", "starting in September"),
    QT_TRANSLATE_NOOP("ReportTime", "starting in October"),
    QT_TRANSLATE_NOOP("ReportTime", "starting in November"),
    QT_TRANSLATE_NOOP("ReportTime", "starting in December"),
)
"""When a water year starts, one text per month (each language puts the month in the case
the phrase needs: «с октября», «қазаннан басталады»)."""


def periods_text(step: Step, count: int, count_text: str) -> str:
    """'12 month periods', '36 dekad periods', '3 650 day periods' in the planner's language
    (the words the count takes), with ``count`` written as ``count_text``."""
    if step is Step.DAY:
        text = counted("ReportTime", "{count} day periods", count)
    elif step is Step.DEKAD:
        text = counted("ReportTime", "{count} dekad periods", count)
    else:
        text = counted("ReportTime", "{count} month periods", count)
    return text.format(count=count_text)


def _horizon_text(step: Step, count: int, count_text: str) -> str:
    """'3 650 daily periods': what a long horizon holds (for :meth:`ReportTime.describe`)."""
    if step is Step.DAY:
        text = counted("ReportTime", "{count} daily periods", count)
    elif step is Step.DEKAD:
        text = counted("ReportTime", "{count} dekad periods", count)
    else:
        text = counted("ReportTime", "{count} monthly periods", count)
    return text.format(count=count_text)


@dataclass(frozen=True, eq=False)
class ReportTime:
    """The groups of periods the report shows, one table row or plot step each.

    ``unit`` is "period" (the scenario's own periods, one per group), "month" or "year"
    (water years). ``group`` gives each period's group, ``edges_days`` the days from the
    start of the horizon to each group's boundaries (``n + 1`` values).
    """

    source: TimeBase
    unit: str
    group: np.ndarray
    first: np.ndarray
    """Index of each group's first period."""
    starts: tuple[date, ...]
    ends: tuple[date, ...]
    """The day after each group's last day."""
    labels: tuple[str, ...]
    summer: np.ndarray
    """True for groups in April–September (never for water years)."""
    edges_days: np.ndarray
    seconds: np.ndarray

    @property
    def n(self) -> int:
        """Number of groups."""
        return len(self.starts)

    @property
    def aggregated(self) -> bool:
        """Whether groups hold more than one period."""
        return self.unit != "period"

    @property
    def shaded(self) -> bool:
        """Whether summer shading means anything on this axis (not for water years)."""
        return self.unit != "year"

    @property
    def row_word(self) -> str:
        """'Period', 'Month' or 'Water year': the first column's heading."""
        if self.unit == "month":
            return translate("ReportTime", "Month")
        if self.unit == "year":
            return translate("ReportTime", "Water year")
        return translate("ReportTime", "Period")

    @property
    def monthly_ticks(self) -> bool:
        """Whether the groups are calendar months (labels centred on them in plots)."""
        return self.unit == "month" or (self.unit == "period" and self.source.step is Step.MONTH)

    def total(self, values: np.ndarray) -> np.ndarray:
        """Per-period volumes (or energies) summed over each group."""
        v = np.asarray(values, dtype=float)
        if not self.aggregated:
            return v
        return np.add.reduceat(v, self.first)

    def mean_flow(self, values_m3s: np.ndarray) -> np.ndarray:
        """Per-period mean flows averaged over each group, weighted by the periods' length."""
        v = np.asarray(values_m3s, dtype=float)
        if not self.aggregated:
            return v
        secs = np.asarray(self.source.seconds)
        return np.add.reduceat(v * secs, self.first) / self.seconds

    def at_end(self, values: np.ndarray) -> np.ndarray:
        """End-of-period states (storage, level) at the end of each group."""
        v = np.asarray(values, dtype=float)
        if not self.aggregated:
            return v
        last = np.append(self.first[1:], len(v)) - 1
        return v[last]

    def with_start(self, start_value: float, values: np.ndarray) -> np.ndarray:
        """A state at the group boundaries: the initial value, then the end of each group."""
        return np.concatenate(([start_value], self.at_end(values)))

    def describe(self) -> str:
        """One sentence saying what the rows and points are, for a long horizon."""
        if not self.aggregated:
            return ""
        count = f"{self.source.periods:,}".replace(",", "\u00a0")
        horizon = translate("ReportTime", "The horizon has {periods}, too many to print one by "
                                          "one: ").format(periods=_horizon_text(
                                              self.source.step, self.source.periods, count))
        if self.unit == "year":
            horizon += translate(
                "ReportTime", "tables and plots show one row or step per water year ({starting}): "
                              "volumes and energy summed, flows averaged over the time, storages "
                              "and levels at the water year's end.").format(
                starting=translate("ReportTime",
                                   STARTING_IN[self.source.water_year_start_month - 1]))
        else:
            horizon += translate(
                "ReportTime", "tables and plots show one row or step per month: volumes and "
                              "energy summed, flows averaged over the time, storages and levels "
                              "at the month's end.")
        if self.source.step is Step.DAY:
            where = translate("ReportTime", " The daily values are in the Excel export "
                                            "({command}).")
        elif self.source.step is Step.DEKAD:
            where = translate("ReportTime", " The dekad values are in the Excel export "
                                            "({command}).")
        else:
            where = translate("ReportTime", " The monthly values are in the Excel export "
                                            "({command}).")
        return horizon + where.format(command="waterplanner export FILE --out RESULTS.xlsx")


def _day_month_year(d: date) -> str:
    """'4 Nov 2026' in the planner's language."""
    return translate("ReportTime", "{day} {month} {year}").format(
        day=d.day, month=month_abbr(d.month), year=d.year)


def _month_label(a: date, b_exclusive: date) -> str:
    month = month_abbr(a.month)
    last = b_exclusive - timedelta(days=1)
    full = a.day == 1 and b_exclusive.day == 1
    if full:
        return translate("ReportTime", "{month} {year}").format(month=month, year=a.year)
    return translate("ReportTime", "{first}–{last} {month} {year}").format(
        first=a.day, last=last.day, month=month, year=a.year)


def _year_label(tb: TimeBase, a: date, b_exclusive: date) -> str:
    wy = tb.water_year(a)
    if tb.water_year_start_month == 1:
        text = str(wy)
    else:
        text = f"{wy - 1}–{str(wy)[-2:]}"
    last = b_exclusive - timedelta(days=1)
    starts_on_time = a.month == tb.water_year_start_month and a.day == 1
    ends_on_time = b_exclusive.month == tb.water_year_start_month and b_exclusive.day == 1
    if starts_on_time and ends_on_time:
        return text
    return f"{text} ({_day_month_year(a)} – {_day_month_year(last)})"


def report_time(tb: TimeBase) -> ReportTime:
    """The axis the report uses for ``tb``: its periods, months or water years."""
    bounds = tb.boundaries
    starts = bounds[:-1]
    if tb.step is not Step.MONTH and tb.periods > MAX_PERIOD_ROWS:
        months = (bounds[-1].year - bounds[0].year) * 12 + bounds[-1].month - bounds[0].month
        unit = "month" if months <= MAX_MONTH_ROWS else "year"
    elif tb.step is Step.MONTH and tb.periods > MAX_MONTH_ROWS:
        unit = "year"
    else:
        unit = "period"
    if unit == "period":
        keys: list[object] = list(range(tb.periods))
    elif unit == "month":
        keys = [(d.year, d.month) for d in starts]
    else:
        keys = [tb.water_year(d) for d in starts]
    first = [0] + [t for t in range(1, len(keys)) if keys[t] != keys[t - 1]]
    first_arr = np.asarray(first, dtype=np.int64)
    group = np.zeros(tb.periods, dtype=np.int64)
    group[first_arr[1:]] = 1
    group = np.cumsum(group)
    g_starts = tuple(starts[t] for t in first)
    g_ends = tuple(bounds[t] for t in first[1:]) + (bounds[-1],)
    if unit == "period":
        labels = tuple(time_label(tb, t) for t in range(tb.periods))
    elif unit == "month":
        labels = tuple(_month_label(a, b) for a, b in zip(g_starts, g_ends, strict=True))
    else:
        labels = tuple(_year_label(tb, a, b) for a, b in zip(g_starts, g_ends, strict=True))
    summer_periods = np.asarray(tb.is_summer)
    summer = summer_periods[first_arr] if unit != "year" else np.zeros(len(first), bool)
    origin = bounds[0].toordinal()
    edges = np.array([d.toordinal() - origin for d in g_starts] +
                     [bounds[-1].toordinal() - origin], dtype=float)
    seconds = np.diff(edges) * 86400.0
    return ReportTime(tb, unit, group, first_arr, g_starts, g_ends, labels, summer, edges,
                      seconds)


def _counted_texts() -> None:
    """Counted texts, marked for the catalogues (never called; see waterplanner.i18n)."""
    translate("ReportTime", "{count} day periods", None, 1)
    translate("ReportTime", "{count} dekad periods", None, 1)
    translate("ReportTime", "{count} month periods", None, 1)
    translate("ReportTime", "{count} daily periods", None, 1)
    translate("ReportTime", "{count} monthly periods", None, 1)
