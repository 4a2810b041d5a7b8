"""The optimisation section of a scenario file: read, write, validate."""

from __future__ import annotations

from pathlib import Path

import pytest

from waterplanner.model import load_scenario, validate_scenario
from waterplanner.model.document import dumps_scenario, loads_scenario
from waterplanner.model.objectives import (
    DEFAULT_SPEC,
    MAX_PENALTY,
    MAX_WEIGHT,
    CarryOver,
    EndStorage,
    Energy,
    LakeInflow,
    Limit,
    MinEnergy,
    OperatingMinimum,
    OptimisationSpec,
    Ramping,
    Regularisation,
    RuleCurve,
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


def _two() -> object:
    return load_scenario(DATA / "two_reservoirs.wplan")


def _problems(section: dict) -> set[tuple[str, str]]:
    s = _two()
    s2 = s.__class__(**{**s.__dict__, "extensions": {"optimisation": section}})
    return {(p.location, p.message) for p in validate_scenario(s2)}


def test_default_spec_without_section() -> None:
    s = _two()
    assert optimisation_spec(s) == DEFAULT_SPEC
    assert DEFAULT_SPEC.carry_over.mode == "soft" and DEFAULT_SPEC.regularisation.active


def test_spec_round_trips_through_a_file() -> None:
    s = _two()
    spec = OptimisationSpec(
        decision_reservoirs=("upper",), allocation="free",
        objectives=(Shortfall(weight=2.0, demands=("fields",), season="summer"),
                    Energy(name="winter power", weight=0.001, plants=("upper",),
                           season="winter"),
                    LakeInflow(lake="lake", target_mcm=500.0)),
        constraints=(RuleCurve(reservoir="upper", min_mcm=(200.0, float("nan"), 300.0),
                               hard=False, penalty=5.0),
                     MinEnergy(plants=("upper",), min_mwh=100.0, per="period", season="winter"),
                     Limit(limit="dead_storage", hard=True),
                     Ramping(reservoir="upper", max_change_m3s=30.0),
                     Ramping(reservoir="upper", name="old", max_change_mcm=30.0),
                     EndStorage(reservoir="upper", at_least_start=True),
                     EndStorage(reservoir="upper", name="fixed", min_mcm=250.0),
                     OperatingMinimum(reservoir="upper", min_mcm=120.0, hard=False,
                                      penalty=3.0)),
        carry_over=CarryOver(mode="hard"),
        regularisation=Regularisation(deviation=1e-5, ramping=0.0),
        max_iterations=5, tolerance_mcm=0.01)
    s2 = with_optimisation_spec(s, spec)
    assert validate_scenario(s2) == []
    text = dumps_scenario(s2)
    again = loads_scenario(text)
    assert dumps_scenario(again) == text
    back = optimisation_spec(again)
    assert spec_to_document(back) == spec_to_document(spec)
    assert back.objectives[1].label == "winter power"
    assert back.objectives[0].label == "shortfall:fields:summer"
    assert back.constraints[5] == EndStorage(reservoir="upper", at_least_start=True)
    assert back.carry_over == CarryOver(mode="hard")
    assert back.regularisation == Regularisation(deviation=1e-5, ramping=0.0)
    doc = spec_to_document(back)
    assert doc["constraints"][5]["min_mcm"] == "start"


def test_every_kind_shares_the_listing_interface() -> None:
    """A window lists objectives and requirements without knowing every kind."""
    for entry in (Shortfall(demands=("a",), country="UZ"), Energy(season="winter"),
                  LakeInflow(lake="l"), Ramping(reservoir="r", max_change_m3s=1.0),
                  MinEnergy(country="KG", min_mwh=1.0), Limit(limit="min_release")):
        assert isinstance(entry.kind, str) and entry.label
        assert isinstance(entry.nodes, tuple) and isinstance(entry.season, str)
        assert isinstance(entry.country, str)


def test_carry_over_and_regularisation_forms() -> None:
    assert spec_from_document({"carry_over": "off"}).carry_over.mode == "off"
    assert spec_from_document({"carry_over": {"penalty": 4}}).carry_over == \
        CarryOver(mode="soft", penalty=4.0)
    assert not spec_from_document({"regularisation": "off"}).regularisation.active


def test_validation_names_every_problem() -> None:
    bad = {"objectives": [{"kind": "energy", "plants": ["fields"], "weight": -1},
                          {"kind": "happiness"},
                          {"kind": "release_value", "reservoir": "upper",
                           "value_per_mcm": [1, 2]}],
           "constraints": [{"kind": "rule_curve", "reservoir": "nowhere"},
                           {"kind": "limit", "limit": "sky"},
                           {"kind": "ramping", "reservoir": "upper"},
                           {"kind": "end_storage", "reservoir": "upper", "min_mcm": "begin"}],
           "carry_over": "sometimes", "regularisation": {"deviation": 0.5},
           "decision_reservoirs": ["lake"], "colour": "blue"}
    got = _problems(bad)
    locs = {loc for loc, _ in got}
    assert "optimisation.colour" in locs
    assert "optimisation.decision_reservoirs[0]" in locs
    assert "optimisation.objectives[0].plants[0]" in locs
    assert "optimisation.objectives[0].weight" in locs
    assert "optimisation.objectives[1].kind" in locs
    assert "optimisation.objectives[2].value_per_mcm" in locs
    assert "optimisation.constraints[0].reservoir" in locs
    assert "optimisation.constraints[0]" in locs  # needs min_mcm or max_mcm
    assert "optimisation.constraints[1].limit" in locs
    assert "optimisation.constraints[2]" in locs  # ramping needs one limit
    assert "optimisation.constraints[3].min_mcm" in locs
    assert "optimisation.carry_over" in locs
    assert ("optimisation.regularisation.deviation",
            "0.5 is above the largest regularisation weight allowed, 0.01") in got
    assert ("optimisation.objectives[0].plants[0]", "'fields' is a demand, not a reservoir") in got


@pytest.mark.parametrize(("entry", "where", "bound"), [
    ({"kind": "shortfall", "weight": 1e308}, "objectives[0].weight",
     f"largest weight allowed, {MAX_WEIGHT:g}"),
    ({"kind": "lake_inflow", "lake": "lake", "target_mcm": 1e308}, "objectives[0].target_mcm",
     "largest value allowed, 1e+07 Mm³"),
])
def test_huge_objective_numbers_are_refused_with_their_bound(entry, where, bound) -> None:
    """1e308 used to reach linprog as an infinity ("b_eq must not contain inf")."""
    got = dict(_problems({"objectives": [entry]}))
    assert bound in got[f"optimisation.{where}"]


@pytest.mark.parametrize(("entry", "key", "bound"), [
    ({"kind": "rule_curve", "reservoir": "upper", "min_mcm": [0, 1e308, 0], "hard": False,
      "penalty": 1e308}, "penalty", f"largest penalty allowed, {MAX_PENALTY:g}"),
    ({"kind": "rule_curve", "reservoir": "upper", "min_mcm": [0, 1e308, 0]}, "min_mcm[1]",
     "1e+07 Mm³"),
    ({"kind": "ramping", "reservoir": "upper", "max_change_m3s": 1e308}, "max_change_m3s",
     "1e+06 m³/s"),
    ({"kind": "min_energy", "min_mwh": 1e308}, "min_mwh", "1e+09 MWh"),
    ({"kind": "end_storage", "reservoir": "upper", "min_mcm": 1e308}, "min_mcm", "1e+07 Mm³"),
    ({"kind": "operating_minimum", "reservoir": "upper", "min_mcm": -5}, "min_mcm",
     "smallest value allowed, 0 Mm³"),
])
def test_huge_requirement_numbers_are_refused_with_their_bound(entry, key, bound) -> None:
    got = dict(_problems({"constraints": [entry]}))
    assert bound in got[f"optimisation.constraints[0].{key}"], got


def test_carry_over_penalty_is_bounded() -> None:
    got = dict(_problems({"carry_over": {"mode": "soft", "penalty": 1e308}}))
    assert "largest penalty allowed" in got["optimisation.carry_over.penalty"]


def test_objective_labels() -> None:
    o = objective_from_label("energy:toktogul,kayrakkum:winter")
    assert isinstance(o, Energy) and o.nodes == ("toktogul", "kayrakkum") and \
        o.season == "winter"
    assert objective_from_label("lake_inflow:north_aral").sense == "max"
    assert objective_from_label("shortfall:kyzylorda").label == "shortfall:kyzylorda"
    assert spec_from_document(None) is DEFAULT_SPEC
    with pytest.raises(ValueError, match="not an objective"):
        objective_from_label("joy")
