"""Time and value axes of the plots: tick labels chosen from the pixels an axis has, so they
never run into each other on a small screen; numbers with thin-space thousands."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QFont, QFontMetricsF

from waterplanner.i18n.dates import month_abbr
from waterplanner.model.timebase import Step, TimeBase
from waterplanner.ui.figures import grouped


def fmt_number(value: float, decimals: int = 0) -> str:
    """A number with thin-space thousands, as engineers write them (12 345), and the
    language's decimal mark (12 345,6 in Russian and Kazakh)."""
    if value is None or not np.isfinite(value):
        return "–"
    return grouped(value, decimals)


# --- time axis --------------------------------------------------------------------------
@dataclass(frozen=True)
class MonthRun:
    """The periods ``[first, end)`` that fall in one calendar month."""

    first: int
    end: int
    year: int
    month: int


def month_runs(time: TimeBase) -> list[MonthRun]:
    """The horizon cut into calendar months (one period each for a monthly step)."""
    starts = time.starts
    runs: list[MonthRun] = []
    i = 0
    while i < len(starts):
        d = starts[i]
        j = i
        while j < len(starts) and (starts[j].year, starts[j].month) == (d.year, d.month):
            j += 1
        runs.append(MonthRun(i, j, d.year, d.month))
        i = j
    return runs


MONTH_STRIDES = (1, 2, 3, 6)
YEAR_STRIDES = (1, 2, 5, 10, 20, 50, 100)
LABEL_GAP_PX = 12.0


def time_labels(time: TimeBase, px_per_period: float,
                text_width: Callable[[str], float]) -> list[tuple[float, str]]:
    """Labels for a time axis that fit ``px_per_period`` pixels per period without touching.

    Months are named at their centres ("Oct", "Jan 2026"); where the months are too narrow
    for their names every second, third or sixth month is named, counted from the start of
    the water year; beyond that, years are named at the start of each water year.
    """
    runs = month_runs(time)
    if not runs or px_per_period <= 0:
        return []
    if time.step is not Step.MONTH:
        within = _period_labels(time, px_per_period, text_width)
        if within:
            return within
    month_px = px_per_period * time.periods / len(runs)
    wy = time.water_year_start_month
    for stride in MONTH_STRIDES:
        chosen = [r for r in runs if (r.month - wy) % stride == 0] or runs[:1]
        labels: list[tuple[float, str]] = []
        last_year = None
        for r in chosen:
            text = month_abbr(r.month)
            if last_year is None or r.year != last_year:
                text += f" {r.year}"
            last_year = r.year
            labels.append(((r.first + r.end) / 2, text))
        widest = max(text_width(t) for _, t in labels)
        if month_px * stride >= widest + LABEL_GAP_PX:
            return labels
    starts = [r for r in runs if r.month == wy] or runs[:1]
    first_year = starts[0].year
    year_px = month_px * 12
    widest = text_width("0000")
    for stride in YEAR_STRIDES:
        if year_px * stride >= widest + LABEL_GAP_PX:
            break
    return [(float(r.first), str(r.year)) for r in starts if (r.year - first_year) % stride == 0]


DAY_STRIDES = (1, 2, 5, 10)


def _period_labels(time: TimeBase, px_per_period: float,
                   text_width: Callable[[str], float]) -> list[tuple[float, str]]:
    """Labels for days or dekads by their first day ("1 Oct 2025", "11", "21", "1 Nov"),
    when every first, second, fifth or tenth period has room; else none."""
    starts = time.starts
    strides = DAY_STRIDES if time.step is Step.DAY else (1,)
    for stride in strides:
        labels: list[tuple[float, str]] = []
        last = None
        for i in range(0, len(starts), stride):
            d = starts[i]
            if last is None or (d.year, d.month) != (last.year, last.month):
                text = f"{d.day} {month_abbr(d.month)}"
                if last is None or d.year != last.year:
                    text += f" {d.year}"
            else:
                text = str(d.day)
            last = d
            labels.append((i + 0.5, text))
        widest = max(text_width(t) for _, t in labels)
        if px_per_period * stride >= widest + LABEL_GAP_PX:
            return labels
    return []


def time_ticks(time: TimeBase) -> list[list[tuple[float, str]]]:
    """Fixed ticks for a time axis at a comfortable width (major labels, minor boundaries)."""
    major = time_labels(time, 60.0, lambda t: 7.0 * len(t))
    minor = [(float(k), "") for k in range(time.periods + 1)] if time.periods <= 120 else []
    return [major, minor]


class TimeAxis(pg.AxisItem):
    """A bottom axis naming months (or years) at the density its width allows."""

    def __init__(self, time: TimeBase | None = None, **kw: object) -> None:
        super().__init__("bottom", **kw)
        self.enableAutoSIPrefix(False)
        # a label centred on the first or last month may reach a little past the axis ends
        self.setStyle(maxTextLevel=0, hideOverlappingLabels=36)
        self._time = time
        self._labels: dict[float, str] = {}

    def set_time(self, time: TimeBase) -> None:
        """Label another horizon."""
        if time is not self._time:
            self._time = time
            self.picture = None
            self.update()

    def _text_width(self, text: str) -> float:
        font = self.style.get("tickFont") or QFont()
        return QFontMetricsF(font).horizontalAdvance(text)

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list:
        time = self._time
        if time is None or size <= 0 or maxVal <= minVal:
            return []
        px = size / (maxVal - minVal)
        major = time_labels(time, px, self._text_width)
        self._labels = {x: t for x, t in major}
        shown = [x for x, _ in major if minVal <= x <= maxVal] if self.style["showValues"] else []
        minor: list[float] = []
        if px >= 4 and time.periods <= 400:
            minor = [float(k) for k in range(time.periods + 1) if minVal <= k <= maxVal]
        return [(1.0, shown), (1.0, minor)]

    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:
        return [self._labels.get(v, "") for v in values]

    def labels_shown(self) -> list[str]:
        """The labels of the last drawing (for tests)."""
        return list(self._labels.values())


# --- value axis -------------------------------------------------------------------------
def nice_step(minimum: float) -> float:
    """The smallest 1, 2, 2.5 or 5 × 10ⁿ at least ``minimum``."""
    if not np.isfinite(minimum) or minimum <= 0:
        return 1.0
    p = 10.0 ** math.floor(math.log10(minimum))
    for f in (1.0, 2.0, 2.5, 5.0, 10.0):
        if f * p >= minimum * (1 - 1e-12):
            return f * p
    return 10 * p


def _decimals(step: float) -> int:
    for d in range(10):
        if abs(round(step, d) - step) <= step * 1e-9:
            return d
    return 10


class ValueAxis(pg.AxisItem):
    """A value axis with labels at least ``MIN_GAP_PX`` apart, no SI-prefix scaling (no
    "(x1e-06)" on an empty plot) and thin-space thousands."""

    MIN_GAP_PX = 28.0

    def __init__(self, orientation: str = "left", minor: bool = True, **kw: object) -> None:
        super().__init__(orientation, **kw)
        self._minor = minor
        self.enableAutoSIPrefix(False)
        self.setStyle(maxTextLevel=0, autoReduceTextSpace=False, hideOverlappingLabels=False)
        # the same width for every plot of a column, so their data areas line up
        self.textWidth = int(QFontMetricsF(QFont()).horizontalAdvance("00\u2009000") + 2)
        self._updateWidth()

    def tickSpacing(self, minVal: float, maxVal: float, size: float) -> list:
        span = abs(maxVal - minVal)
        if span == 0 or not np.isfinite(span) or size <= 0:
            return []
        gap = self.MIN_GAP_PX if self.orientation in ("left", "right") else 90.0
        major = nice_step(span / max(1.0, size / gap))
        levels = [(major, 0.0)]
        minor = major / (4 if major / 10 ** math.floor(math.log10(major)) == 2 else 5)
        if self._minor and size * minor / span >= 5:
            levels.append((minor, 0.0))
        return levels

    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:
        d = _decimals(spacing * scale)
        return [fmt_number(0.0 if abs(v) < spacing * 1e-6 else v * scale, d) for v in values]


def install_axes(plot: pg.PlotItem, time: TimeBase | None = None) -> tuple[ValueAxis, TimeAxis]:
    """Give a plot a :class:`ValueAxis` on the left and a :class:`TimeAxis` at the bottom
    (once; later calls only set the horizon)."""
    left, bottom = plot.getAxis("left"), plot.getAxis("bottom")
    new = {}
    if not isinstance(left, ValueAxis):
        new["left"] = ValueAxis("left")
    if not isinstance(bottom, TimeAxis):
        new["bottom"] = TimeAxis(time)
    if new:
        label = left.labelText if "left" in new else None
        plot.setAxisItems(new)
        if label:
            plot.setLabel("left", label)
    axis = plot.getAxis("bottom")
    if time is not None:
        axis.set_time(time)  # type: ignore[attr-defined]
    return plot.getAxis("left"), axis  # type: ignore[return-value]
