"""The units releases are shown and typed in: mean flow over the period or volume in it."""

from __future__ import annotations

from waterplanner.i18n.units import unit

UNITS = {"m3s": "m³/s", "mcm": "Mm³"}
"""Unit key → the label every view shows (the toolbar's *Units* switch offers these)."""


def unit_label(units: str) -> str:
    """'m³/s' for ``m3s``, 'Mm³' for ``mcm``, in the planner's language («м³/с», «млн м³»)."""
    return unit(UNITS[units])
