"""The version-2 kinds of the optimisation section — ``fair_shortfall`` and
``country_limit`` — read, written and checked like every other kind."""

from __future__ import annotations

from pathlib import Path

import pytest

from waterplanner.model import load_scenario, validate_scenario
from waterplanner.model.document import dumps_scenario, loads_scenario
from waterplanner.model.objectives import (
    CountryLimit,
    FairShortfall,
    OptimisationSpec,
    Shortfall,
)
from waterplanner.model.objectives_document import (
    objective_from_label,
    optimisation_spec,
    spec_from_document,
    spec_to_document,
    with_optimisation_spec,
)

DATA = Path(__file__).parents[2] / "data"


def _two():  # type: ignore[no-untyped-def]
    return load_scenario(DATA / "two_reservoirs.wplan")


def _problems(section: dict) -> dict[str, str]:
    s = _two()
    s2 = s.__class__(**{**s.__dict__, "extensions": {"optimisation": section}})
    return {p.location: p.message for p in validate_scenario(s2)}


def test_the_new_kinds_round_trip_through_a_file() -> None:
    spec = OptimisationSpec(
        objectives=(Shortfall(), FairShortfall(name="fair", weight=5.0, demands=("fields",),
                                               season="summer")),
        constraints=(CountryLimit(country="UZ", season="vegetation"),
                     CountryLimit(name="uz both", country="UZ", hard=False, penalty=3.0)))
    s = with_optimisation_spec(_two(), spec)
    assert validate_scenario(s) == []
    text = dumps_scenario(s)
    again = loads_scenario(text)
    assert optimisation_spec(again) == spec
    assert dumps_scenario(again) == text
    doc = spec_to_document(spec)
    assert doc["objectives"][1] == {"kind": "fair_shortfall", "name": "fair", "weight": 5.0,
                                    "demands": ["fields"], "season": "summer"}
    assert doc["constraints"][0] == {"kind": "country_limit", "country": "UZ",
                                     "season": "vegetation", "hard": True}
    assert spec_from_document(doc) == spec


def test_labels() -> None:
    assert FairShortfall().label == "fair_shortfall"
    assert CountryLimit(country="UZ").label == "country_limit:UZ"
    assert CountryLimit(country="UZ", season="non_vegetation").label == \
        "country_limit:UZ:non_vegetation"
    assert objective_from_label("fair_shortfall::winter") == FairShortfall(season="winter")
    assert objective_from_label("fair_shortfall:fields") == FairShortfall(demands=("fields",))


@pytest.mark.parametrize(("entry", "where", "words"), [
    ({"kind": "country_limit"}, "optimisation.constraints[0].country",
     "a country_limit constraint needs 'country'"),
    ({"kind": "country_limit", "country": " "}, "optimisation.constraints[0].country",
     "name the country whose limit applies"),
    ({"kind": "country_limit", "country": 7}, "optimisation.constraints[0].country",
     "expected a country code (text)"),
    ({"kind": "country_limit", "country": "UZ", "season": "summer"},
     "optimisation.constraints[0].season",
     "'summer' is not a season of the ICWC limits (use all, vegetation, non_vegetation)"),
])
def test_a_bad_country_limit_is_named_with_its_place(entry: dict, where: str, words: str
                                                     ) -> None:
    got = _problems({"constraints": [entry]})
    assert where in got and words in got[where]


def test_a_bad_fair_shortfall_is_named_with_its_place() -> None:
    got = _problems({"objectives": [{"kind": "fair_shortfall", "demands": ["upper"],
                                     "season": "vegetation", "weight": -1}]})
    assert got["optimisation.objectives[0].demands[0]"] == "'upper' is a reservoir, not a demand"
    assert "is not a season" in got["optimisation.objectives[0].season"]
    assert "below the smallest weight" in got["optimisation.objectives[0].weight"]
