"""Number formatting for the report, in the planner's language: fixed decimals, the
language's decimal mark (English '0.52', Russian and Kazakh «0,52»), a true minus sign, and
a no-break space between thousands (so a number never wraps inside a table cell).

The digits come from :func:`waterplanner.i18n.numbers.num`, the program's one way of
writing a number; only the space between thousands is the no-break one the report has
always printed.
"""

from __future__ import annotations

import math

from waterplanner.engine.summary import fill_definition
from waterplanner.i18n import numbers, translate
from waterplanner.i18n.figures import localise
from waterplanner.i18n.units import unit

NBSP = "\u00a0"
MINUS = numbers.MINUS


def num(v: float | None, decimals: int = 0) -> str:
    """'12 344', '0.52' (Russian «0,52»), '−3.1'; '–' for NaN."""
    if v is None or not math.isfinite(v):
        return "–"
    return numbers.num(v, decimals).replace(numbers.THOUSANDS, NBSP)


def delta(v: float | None, decimals: int = 0) -> str:
    """A change with its sign: '+12', '−0.4', '0'."""
    if v is None or not math.isfinite(v):
        return "–"
    if round(v, decimals) == 0:
        return num(0.0, decimals)
    return ("+" if v > 0 else "") + num(v, decimals)


def km3(mcm: float, decimals: int = 2) -> str:
    """Mm³ shown as km³."""
    return num(mcm / 1000.0, decimals)


def pct(v: float, decimals: int = 1) -> str:
    """A percentage with its sign."""
    return f"{num(v, decimals)}{NBSP}%"


def general(v: float, spec: str = "g") -> str:
    """``format(v, spec)`` ('g', '.1e') with the language's decimal mark: thresholds such as
    '10' or '12.5', a residual '3.2e-09'."""
    return localise(format(v, spec))


def with_unit(value: str, symbol: str) -> str:
    """'12.5 km³' (Russian «12,5 км³»): a formatted value and a unit symbol in the planner's
    language (a multi-word unit such as «млн м³» held together by no-break spaces)."""
    return f"{value} {unit(symbol).replace(' ', NBSP)}"


def head(label: str, symbol: str) -> str:
    """A column heading over its unit: 'Demand\\nkm³' (Russian «Водопотребность\\nкм³»)."""
    return f"{label}\n{unit(symbol)}"


def fill_note() -> str:
    """Said wherever the report gives a reservoir's fill in %, in the planner's language."""
    return translate("ReportSections", "Fill: {definition}.").format(
        definition=fill_definition())
