"""The countries of the basin by the codes scenarios use (ISO 3166 alpha-2)."""

from __future__ import annotations

COUNTRY_NAMES: dict[str, str] = {"KG": "Kyrgyzstan", "TJ": "Tajikistan", "UZ": "Uzbekistan",
                                 "KZ": "Kazakhstan", "TM": "Turkmenistan", "AF": "Afghanistan"}


def country_name(code: str) -> str:
    """'Kyrgyzstan' for KG; an unknown code as it is."""
    return COUNTRY_NAMES.get(code, code)
