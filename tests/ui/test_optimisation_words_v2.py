"""The version-2 kinds of the optimisation section in the planner's words."""

from __future__ import annotations

from waterplanner.model.objectives import CountryLimit, FairShortfall
from waterplanner.model.optimisation_edits import entry_title
from waterplanner.ui.file_controller import default_scenario
from waterplanner.ui.optimisation_words import axis_text, constraint_text, objective_text


def test_fair_sharing_in_words() -> None:
    syr = default_scenario()
    assert objective_text(FairShortfall(), syr) == \
        "Minimise the largest shortage share (fair sharing) among all demands"
    assert objective_text(FairShortfall(demands=("kyzylorda",), season="summer"), syr) == \
        ("Minimise the largest shortage share (fair sharing) among "
         f"{syr.node('kyzylorda').name}, summer (Apr–Sep)")
    assert axis_text(FairShortfall(season="winter"), syr) == "largest shortage share, winter"


def test_country_limits_in_words() -> None:
    syr = default_scenario()
    assert constraint_text(CountryLimit(country="UZ", season="vegetation"), syr) == \
        ("Uzbekistan: withdrawals at most its ICWC limit in vegetation season (Apr–Sep), "
         "each water year")
    assert constraint_text(CountryLimit(country="KZ"), syr) == \
        ("Kazakhstan: withdrawals at most its ICWC limit in every season it has a limit "
         "for, each water year")
    assert entry_title(CountryLimit(country="KZ"), syr) == "ICWC limit of KZ"
    assert entry_title(CountryLimit(country="UZ", season="non_vegetation"), syr) == \
        "ICWC limit of UZ, non-vegetation"
