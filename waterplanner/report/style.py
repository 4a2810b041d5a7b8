"""Colours and type sizes shared by the report (and available to the GUI, so screen and
paper look the same).

Plain hex strings, no Qt: ``ui/`` may import this module too. The palette is Okabe–Ito,
which stays distinguishable for the common forms of colour blindness and in greyscale print.
"""

from __future__ import annotations

OKABE_ITO: dict[str, str] = {
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
    "black": "#000000",
}

COUNTRY_COLOURS: dict[str, str] = {
    "KG": OKABE_ITO["blue"],
    "TJ": OKABE_ITO["bluish_green"],
    "UZ": OKABE_ITO["orange"],
    "KZ": OKABE_ITO["sky_blue"],
    "TM": OKABE_ITO["reddish_purple"],
    "AF": OKABE_ITO["yellow"],
}
"""One colour per riparian country, the same as the app's (``ui/palette.py``)."""

NO_COUNTRY = "#7F7F7F"

SHORTFALL = OKABE_ITO["vermillion"]
"""Shortfall areas (the gap between demand and delivery)."""
SUMMER_SHADE = "#FDFBE1"
"""Background of the vegetation season (April–September) on every time axis: the app's
yellow wash (240, 228, 66 at alpha 40) flattened onto white, so print needs no transparency."""
SPILL = OKABE_ITO["reddish_purple"]
RIVER = "#4D6B80"
"""River links on the schematic (as in the app)."""
BASELINE = "#9A9A9A"
"""Baseline curves: dashed and grey."""
GRID = "#E4E4E4"
AXIS = "#444444"
TEXT = "#1A1A1A"
MUTED = "#666666"
TABLE_HEADER = "#E9EEF4"
TABLE_STRIPE = "#F6F7F9"
RULE = "#B8C2CC"
ACCENT = "#0B3C5D"
"""Headings and title page."""


def country_colour(code: str, known: list[str] | None = None) -> str:
    """The colour of a country code (grey when empty or unknown, as in the app)."""
    del known
    return COUNTRY_COLOURS.get(code, NO_COUNTRY)


def series_colour(i: int) -> str:
    """The i-th colour for several series on one plot (yellow left out: too pale on white)."""
    order = ("blue", "orange", "bluish_green", "vermillion", "sky_blue", "reddish_purple",
             "black")
    return OKABE_ITO[order[i % len(order)]]
