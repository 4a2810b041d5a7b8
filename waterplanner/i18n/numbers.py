"""Numbers as the planner's language writes them: English 12 345.6, Russian and Kazakh
12 345,6 (a thin space between thousands in all three, a true minus sign)."""

from __future__ import annotations

import math

from waterplanner.i18n import language

THOUSANDS = "\u2009"
"""Thin space between groups of three digits (ISO 80000; what the window always used)."""
DECIMAL: dict[str, str] = {"en": ".", "ru": ",", "kk": ","}
MINUS = "\u2212"


def decimal_mark() -> str:
    return DECIMAL.get(language(), ".")


def num(value: float | None, decimals: int = 0, *, grouped: bool = True,
        signed: bool = False) -> str:
    """``value`` with ``decimals`` places, grouped thousands, the language's decimal mark and
    a true minus; '–' for a missing or non-finite value; ``signed`` adds '+' to positives."""
    if value is None:
        return "–"
    v = float(value)
    if not math.isfinite(v):
        return "–"
    text = f"{abs(v):,.{decimals}f}" if grouped else f"{abs(v):.{decimals}f}"
    text = text.replace(",", "\0").replace(".", decimal_mark()).replace("\0", THOUSANDS)
    if round(abs(v), decimals) == 0:
        return text if not signed else "±" + text
    if v < 0:
        return MINUS + text
    return ("+" + text) if signed else text


def pct(value: float | None, decimals: int = 1, *, signed: bool = False) -> str:
    """A percentage, e.g. '12.5 %' (a space before the sign, as in both languages)."""
    return f"{num(value, decimals, signed=signed)}\u00a0%" if value is not None else "–"
