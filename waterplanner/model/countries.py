"""The countries of the basin: codes, names, ICWC seasonal limits, energy–water exchanges.

Codes are ISO 3166 alpha-2. The ICWC (Interstate Commission for Water Coordination of
Central Asia) sets each state's withdrawal limit for the vegetation season (April–September)
and the non-vegetation season (October–March); states also agree to exchange energy for
water (summer releases from Toktogul in return for winter fuel or electricity).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from waterplanner.i18n import QT_TRANSLATE_NOOP, LabelTable, translate

COUNTRY_NAMES: LabelTable[str] = LabelTable("Countries", {
    "KG": QT_TRANSLATE_NOOP("Countries", "Kyrgyzstan"),
    "TJ": QT_TRANSLATE_NOOP("Countries", "Tajikistan"),
    "UZ": QT_TRANSLATE_NOOP("Countries", "Uzbekistan"),
    "KZ": QT_TRANSLATE_NOOP("Countries", "Kazakhstan"),
    "TM": QT_TRANSLATE_NOOP("Countries", "Turkmenistan"),
    "AF": QT_TRANSLATE_NOOP("Countries", "Afghanistan"),
})
"""The basin's states by ISO code, named in the planner's language when read."""

VEGETATION_MONTHS = (4, 5, 6, 7, 8, 9)
"""April–September: the ICWC's vegetation (irrigation) season; the rest is non-vegetation."""


def country_name(code: str) -> str:
    """'Kyrgyzstan' for KG; an unknown code as it is."""
    return COUNTRY_NAMES.get(code, code)


class Season(str, Enum):
    """The ICWC's two seasons of a water year."""

    NON_VEGETATION = "non_vegetation"
    """October–March: winter, when Kyrgyzstan needs the water for power."""
    VEGETATION = "vegetation"
    """April–September: summer, when the downstream states need it for irrigation."""

    @property
    def label(self) -> str:
        """'Oct–Mar (non-vegetation)' or 'Apr–Sep (vegetation)', in the current language."""
        return translate("Countries", "Oct–Mar (non-vegetation)") \
            if self is Season.NON_VEGETATION else translate("Countries", "Apr–Sep (vegetation)")


def season_of_month(month: int) -> Season:
    """The ICWC season a calendar month belongs to."""
    return Season.VEGETATION if month in VEGETATION_MONTHS else Season.NON_VEGETATION


@dataclass(frozen=True, kw_only=True)
class Country:
    """A state of the basin and its ICWC withdrawal limits per season of a water year (Mm³;
    None where no limit is set)."""

    code: str
    name: str = ""
    vegetation_limit_mcm: float | None = None
    non_vegetation_limit_mcm: float | None = None

    @property
    def display_name(self) -> str:
        """The name the planner reads: the scenario's own, except that no name or the
        standard English name of a known code ('Kazakhstan' for KZ) reads in the planner's
        language («Казахстан»)."""
        if not self.name or self.name == COUNTRY_NAMES.english.get(self.code):
            return country_name(self.code)
        return self.name

    def limit_mcm(self, season: Season) -> float | None:
        """The limit of one season."""
        return self.vegetation_limit_mcm if season is Season.VEGETATION \
            else self.non_vegetation_limit_mcm


@dataclass(frozen=True, kw_only=True)
class EnergyExchange:
    """One entry of the energy exchange ledger: ``supplier`` delivers ``energy_gwh`` to
    ``receiver`` in ``season`` of each water year, in return for water (``water_mcm``
    released in ``water_season``, when stated) or for energy delivered the other way."""

    id: str
    supplier: str
    receiver: str
    energy_gwh: float
    season: Season
    water_mcm: float | None = None
    water_season: Season | None = None
    note: str = ""
