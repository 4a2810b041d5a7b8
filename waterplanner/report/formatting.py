"""Number formatting for the report: fixed decimals, a no-break space between thousands
(so a number never wraps inside a table cell) and a true minus sign."""

from __future__ import annotations

import math

NBSP = "\u00a0"
MINUS = "\u2212"


def num(v: float, decimals: int = 0) -> str:
    """'12 344', '0.52', '−3.1'; '–' for NaN."""
    if v is None or not math.isfinite(v):
        return "–"
    if round(v, decimals) == 0:
        v = 0.0
    text = f"{abs(v):,.{decimals}f}".replace(",", NBSP)
    return (MINUS + text) if v < 0 else text


def delta(v: float, decimals: int = 0) -> str:
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
