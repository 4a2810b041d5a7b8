"""The optimisation section of a scenario file: read, write, validate."""

from __future__ import annotations

from pathlib import Path

from waterplanner.model import load_scenario, validate_scenario
from waterplanner.model.document import dumps_scenario, loads_scenario
from waterplanner.model.objectives import (
    DEFAULT_SPEC, Constraint, Objective, OptimisationSpec, objective_from_label,
    optimisation_spec, spec_from_document, spec_to_document, with_optimisation_spec,
)

DATA = Path(__file__).parents[2] / "data"


def test_default_spec_without_section() -> None:
    s = load_scenario(DATA / "two_reservoirs.wplan")
    assert optimisation_spec(s) == DEFAULT_SPEC


def test_spec_round_trips_through_a_file() -> None:
    s = load_scenario(DATA / "two_reservoirs.wplan")
    spec = OptimisationSpec(
        decision_reservoirs=("upper",), allocation="free",
        objectives=(Objective(kind="shortfall", weight=2.0, nodes=("fields",), season="summer"),
                    Objective(kind="energy", name="winter power", weight=0.001,
                              nodes=("upper",), season="winter"),
                    Objective(kind="lake_inflow", nodes=("lake",), target_mcm=500.0)),
        constraints=(Constraint(kind="rule_curve", nodes=("upper",),
                                min_mcm=(200.0, float("nan"), 300.0), hard=False, penalty=5.0),
                     Constraint(kind="min_energy", nodes=("upper",), min_mwh=100.0,
                                per="period", season="winter"),
                     Constraint(kind="limit", limit="dead_storage", hard=True),
                     Constraint(kind="ramping", nodes=("upper",), max_change_mcm=30.0)),
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


def test_validation_names_every_problem() -> None:
    s = load_scenario(DATA / "two_reservoirs.wplan")
    bad = {"objectives": [{"kind": "energy", "plants": ["fields"], "weight": -1},
                          {"kind": "happiness"},
                          {"kind": "release_value", "reservoir": "upper",
                           "value_per_mcm": [1, 2]}],
           "constraints": [{"kind": "rule_curve", "reservoir": "nowhere"},
                           {"kind": "limit", "limit": "sky"}],
           "decision_reservoirs": ["lake"], "colour": "blue"}
    s2 = s.__class__(**{**s.__dict__, "extensions": {"optimisation": bad}})
    got = {(p.location, p.message) for p in validate_scenario(s2)}
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
    assert ("optimisation.objectives[0].plants[0]", "'fields' is a demand, not a reservoir") in got


def test_objective_labels() -> None:
    o = objective_from_label("energy:toktogul,kayrakkum:winter")
    assert o.kind == "energy" and o.nodes == ("toktogul", "kayrakkum") and o.season == "winter"
    assert objective_from_label("lake_inflow:north_aral").sense == "max"
    assert spec_from_document(None) is DEFAULT_SPEC
