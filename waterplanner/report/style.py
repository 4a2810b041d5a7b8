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
    "KZ": OKABE_ITO["reddish_purple"],
}
"""One colour per riparian country, used by the schematic, the plots and the tables."""

_SPARE = (OKABE_ITO["sky_blue"], "#8C6D1F", OKABE_ITO["black"])
NO_COUNTRY = "#6E6E6E"

SHORTFALL = OKABE_ITO["vermillion"]
"""Shortfall areas (the gap between demand and delivery)."""
SUMMER_SHADE = "#FBF5D8"
"""Background of the vegetation season (April–September) on every time axis."""
BASELINE = "#7A7A7A"
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
    """The colour of a country code; unknown codes get a spare colour in a stable order."""
    if code in COUNTRY_COLOURS:
        return COUNTRY_COLOURS[code]
    if not code:
        return NO_COUNTRY
    others = sorted(c for c in (known or [code]) if c and c not in COUNTRY_COLOURS)
    i = others.index(code) if code in others else 0
    return _SPARE[i % len(_SPARE)]


def series_colour(i: int) -> str:
    """The i-th colour for several series on one plot (yellow left out: too pale on white)."""
    order = ("blue", "orange", "bluish_green", "reddish_purple", "sky_blue", "vermillion",
             "black")
    return OKABE_ITO[order[i % len(order)]]
