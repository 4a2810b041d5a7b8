"""Months and periods in the planner's language: 'Oct 2025' → «окт 2025» / «қаз 2025».

The labels a scenario's time base gives (``TimeBase.label``) stay English: files, CSV
columns and the importer read them back. These are the same labels for messages and
screens, in the current language.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any, Protocol

from waterplanner.i18n import QT_TRANSLATE_NOOP, translate

_ABBREVIATIONS = (
    QT_TRANSLATE_NOOP("Months", "Jan"), QT_TRANSLATE_NOOP("Months", "Feb"),
    QT_TRANSLATE_NOOP("Months", "Mar"), QT_TRANSLATE_NOOP("Months", "Apr"),
    QT_TRANSLATE_NOOP("Months", "May"), QT_TRANSLATE_NOOP("Months", "Jun"),
    QT_TRANSLATE_NOOP("Months", "Jul"), QT_TRANSLATE_NOOP("Months", "Aug"),
    QT_TRANSLATE_NOOP("Months", "Sep"), QT_TRANSLATE_NOOP("Months", "Oct"),
    QT_TRANSLATE_NOOP("Months", "Nov"), QT_TRANSLATE_NOOP("Months", "Dec"),
)

_FIRST_DAYS = (
    QT_TRANSLATE_NOOP("Months", "1 January"), QT_TRANSLATE_NOOP("Months", "1 February"),
    QT_TRANSLATE_NOOP("Months", "1 March"), QT_TRANSLATE_NOOP("Months", "1 April"),
    QT_TRANSLATE_NOOP("Months", "1 May"), QT_TRANSLATE_NOOP("Months", "1 June"),
    QT_TRANSLATE_NOOP("Months", "1 July"), QT_TRANSLATE_NOOP("Months", "1 August"),
    QT_TRANSLATE_NOOP("Months", "1 September"), QT_TRANSLATE_NOOP("Months", "1 October"),
    QT_TRANSLATE_NOOP("Months", "1 November"), QT_TRANSLATE_NOOP("Months", "1 December"),
)


def month_abbr(month: int) -> str:
    """'Oct' for 10, in the current language."""
    return translate("Months", _ABBREVIATIONS[month - 1])


def first_of_month(month: int) -> str:
    """'1 October' for 10, in the current language (Russian: «1 октября»)."""
    return translate("Months", _FIRST_DAYS[month - 1])


def period_label(step: str, start: date) -> str:
    """The label of the period of ``step`` ('month', 'dekad' or 'day') starting on ``start``,
    as ``TimeBase.label`` writes it in English: 'Oct 2025', 'May 2026 d2', '2026-05-14'."""
    if step == "day":
        return start.isoformat()
    month = month_abbr(start.month)
    if step == "month":
        return translate("Months", "{month} {year}").format(month=month, year=start.year)
    return translate("Months", "{month} {year} d{dekad}").format(
        month=month, year=start.year, dekad=(start.day - 1) // 10 + 1)


class _Calendar(Protocol):
    """What a time base offers (``waterplanner.model.timebase.TimeBase``)."""

    @property
    def step(self) -> Any: ...

    @property
    def starts(self) -> Sequence[date]: ...


def time_label(time: _Calendar, period: int) -> str:
    """The label of period ``period`` of a time base, in the current language."""
    step = time.step
    return period_label(str(getattr(step, "value", step)), time.starts[period])
