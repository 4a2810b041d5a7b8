"""Numbers as the window shows them, in the planner's language: the same digits as always in
English (thin-space thousands, a point), a decimal comma in Russian and Kazakh.

The window's texts were written with Python's format specifications; these keep exactly
those English texts (the tests compare them) and change only the decimal mark, so a
translated window reads 12 345,6 where the English one reads 12 345.6.
"""

from __future__ import annotations

import math

from waterplanner.i18n.figures import localise
from waterplanner.i18n.numbers import decimal_mark

THIN = "\u2009"
_marked = localise


def grouped(value: float | None, decimals: int = 0) -> str:
    """12 345.6: thin-space thousands, ``decimals`` places; '–' for a missing value."""
    if value is None or not math.isfinite(float(value)):
        return "–"
    text = f"{float(value):,.{decimals}f}"
    return text.replace(",", "\0").replace(".", decimal_mark()).replace("\0", THIN)


def fixed(value: float, decimals: int = 1) -> str:
    """12345.6: ``decimals`` places, no grouping (``f"{value:.1f}"`` in the language)."""
    return _marked(f"{float(value):.{decimals}f}")


def general(value: float, spec: str = "g") -> str:
    """``format(value, spec)`` with the language's decimal mark (``g``, ``.3g``, ``.6g`` …)."""
    return _marked(format(float(value), spec))


def signed(value: float, decimals: int = 0) -> str:
    """+12 345 / -12 345: ``f"{value:+,.0f}"`` with thin-space thousands."""
    text = f"{float(value):+,.{decimals}f}"
    return text.replace(",", "\0").replace(".", decimal_mark()).replace("\0", THIN)
