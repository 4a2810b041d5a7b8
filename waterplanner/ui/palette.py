"""Colours used everywhere: one Okabe–Ito palette, one colour per country.

The Okabe–Ito set stays distinguishable for the common forms of colour blindness and
prints in grey well enough; the schematic, the plots (and the report, if it wishes) take
country colours from here so Kyrgyzstan is the same blue on every page.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

OKABE_ITO: dict[str, str] = {
    "black": "#000000", "orange": "#E69F00", "sky_blue": "#56B4E9", "bluish_green": "#009E73",
    "yellow": "#F0E442", "blue": "#0072B2", "vermillion": "#D55E00", "reddish_purple": "#CC79A7",
}

COUNTRY_COLOURS: dict[str, str] = {
    "KG": OKABE_ITO["blue"], "TJ": OKABE_ITO["bluish_green"], "UZ": OKABE_ITO["orange"],
    "KZ": OKABE_ITO["sky_blue"], "TM": OKABE_ITO["reddish_purple"], "AF": OKABE_ITO["yellow"],
}
"""Syr Darya riparians first; any other code falls back to grey."""

NO_COUNTRY = "#7F7F7F"
SHORTFALL = OKABE_ITO["vermillion"]
SPILL = OKABE_ITO["reddish_purple"]
BASELINE = "#9A9A9A"
LIMIT = "#6F8FAF"
"""Release limits (the min–max band and its edges)."""
TURBINE = "#3D5A6C"
"""Turbine capacity: what the plant can pass, drawn apart from the release limits."""
SUMMER_SHADE = (240, 228, 66, 40)
"""Yellow wash for April–September (the vegetation period)."""



def country_colour(code: str) -> QColor:
    """The colour of a country (grey when the code is empty or unknown)."""
    return QColor(COUNTRY_COLOURS.get(code, NO_COUNTRY))


def series_colour(i: int) -> str:
    """The i-th colour for series that are not countries (cycling through the palette)."""
    order = ("blue", "orange", "bluish_green", "vermillion", "sky_blue", "reddish_purple",
             "black", "yellow")
    return OKABE_ITO[order[i % len(order)]]
