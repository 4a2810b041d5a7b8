"""Unit symbols in the planner's language (Mm³ → млн м³, m³/s → м³/с, GWh → ГВт·ч …)."""

from __future__ import annotations

from waterplanner.i18n import translate


def _catalogue() -> tuple[str, ...]:
    """Every unit symbol the program shows, written out so the catalogues list them."""
    return (
        translate("Units", "Mm³"), translate("Units", "km³"), translate("Units", "m³/s"),
        translate("Units", "m"), translate("Units", "km²"), translate("Units", "GWh"),
        translate("Units", "TWh"), translate("Units", "MWh"), translate("Units", "MW"),
        translate("Units", "days"), translate("Units", "months"), translate("Units", "years"),
        translate("Units", "Mm³/month"), translate("Units", "ms"), translate("Units", "s"),
        translate("Units", "m³"), translate("Units", "l/s"), translate("Units", "ft³/s"),
        translate("Units", "m a.s.l."), translate("Units", "mm"), translate("Units", "mm/period"),
        translate("Units", "Mm³/period"), translate("Units", "periods"),
    )


def unit(symbol: str) -> str:
    """``symbol`` as the current language writes it (itself when not in the catalogue)."""
    return translate("Units", symbol)
