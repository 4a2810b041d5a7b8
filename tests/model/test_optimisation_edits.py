"""Edits of the optimisation section: pure, labelled with names, refused when the section
would be invalid (by the section's own check), and saved with the file."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from waterplanner.model import load_scenario, validate_scenario
from waterplanner.model.edits import EditRefused
from waterplanner.model.fileio import save_scenario
from waterplanner.model.objectives import (
    DEFAULT_OBJECTIVES,
    REGULARISATION_OFF,
    CarryOver,
    EndStorage,
    Energy,
    LakeInflow,
    MinEnergy,
    OperatingMinimum,
    Ramping,
    ReleaseBounds,
    Shortfall,
)
from waterplanner.model.objectives_document import optimisation_spec
from waterplanner.model.optimisation_edits import (
    CONSTRAINTS,
    OBJECTIVES,
    SetDecisionReservoirs,
    SetObjectiveWeights,
    SetOptimisationEntry,
    SetProtectiveDefaults,
    add_entry,
    change_entry,
    decision_reservoirs_edit,
    remove_entry,
)

EXAMPLE = Path(__file__).resolve().parents[1] / "data" / "two_reservoirs.wplan"


@pytest.fixture(scope="module")
def scn():
    return load_scenario(EXAMPLE)


def test_adding_a_requirement_to_a_scenario_without_a_section_keeps_the_default_objectives(scn):
    assert "optimisation" not in scn.extensions
    edit = add_entry(scn, Ramping(reservoir="upper", max_change_m3s=50.0))
    after = edit.apply(scn)
    assert "optimisation" not in scn.extensions, "the edit is pure"
    spec = optimisation_spec(after)
    assert spec.objectives == DEFAULT_OBJECTIVES
    assert spec.constraints == (Ramping(reservoir="upper", max_change_m3s=50.0),)
    assert edit.label == "Add requirement: ramping limit at Upper"
    assert validate_scenario(after) == []


def test_change_and_remove_an_objective(scn):
    after = add_entry(scn, Energy(name="kg_energy", country="KG", season="winter",
                                  weight=0.001)).apply(scn)
    changed = change_entry(after, 2, Energy(name="kg_energy", country="KG", season="winter",
                                            weight=0.002)).apply(after)
    assert optimisation_spec(changed).objective("kg_energy").weight == 0.002
    edit = remove_entry(changed, OBJECTIVES, 2)
    assert edit.label == "Remove objective: kg_energy"
    removed = edit.apply(changed)
    assert [o.label for o in optimisation_spec(removed).objectives] == \
        ["shortfall", "min_flow_deficit"]


def test_the_last_objective_cannot_be_removed(scn):
    one = remove_entry(scn, OBJECTIVES, 1).apply(scn)
    with pytest.raises(EditRefused, match="at least one objective"):
        remove_entry(one, OBJECTIVES, 0).apply(one)


@pytest.mark.parametrize("entry, words", [
    (Shortfall(weight=2e6), (r"objective 3 “irrigation shortfall”, weight: 2e\+06 is above "
                             r"the largest weight allowed, 1e\+06")),
    (Shortfall(weight=math.nan), "objective 3 .*weight: expected a number"),
    (LakeInflow(lake="upper"), "terminal lake: 'upper' is a reservoir, not a terminal lake"),
    (Energy(plants=("fields",)), "plants value 1: 'fields' is a demand"),
])
def test_an_invalid_objective_is_refused_naming_it_and_its_field(scn, entry, words):
    with pytest.raises(EditRefused, match=words):
        add_entry(scn, entry).apply(scn)


@pytest.mark.parametrize("entry, words", [
    (Ramping(reservoir="upper"), "exactly one of max_change_m3s"),
    (Ramping(reservoir="upper", max_change_m3s=-1.0), r"largest change \(m³/s\): -1 is below"),
    (ReleaseBounds(reservoir="upper", min_m3s=90.0, max_m3s=10.0), "above the maximum"),
    (OperatingMinimum(reservoir="nowhere", min_mcm=10.0), "there is no node 'nowhere'"),
    (EndStorage(reservoir="upper"), "needs 'min_mcm'"),
    (MinEnergy(min_mwh=1e12, country="KG"), "minimum energy: 1e\\+12 is above"),
    (ReleaseBounds(reservoir="upper", min_mcm=(1.0, 2.0)), "has 2 values; the time base has 3"),
])
def test_an_invalid_requirement_is_refused_naming_it_and_its_field(scn, entry, words):
    with pytest.raises(EditRefused, match=words):
        add_entry(scn, entry).apply(scn)


def test_entries_of_the_wrong_part_and_missing_indices_are_refused(scn):
    with pytest.raises(EditRefused, match="not an objective"):
        SetOptimisationEntry(part=OBJECTIVES, entry=Ramping(reservoir="upper",
                                                            max_change_m3s=5.0)).apply(scn)
    with pytest.raises(EditRefused, match="there is no requirement 4"):
        SetOptimisationEntry(part=CONSTRAINTS, index=3, entry=None).apply(scn)


def test_protective_defaults_and_decisions_are_written_to_the_section(scn):
    after = SetProtectiveDefaults(carry_over=CarryOver(mode="hard"),
                                  regularisation=REGULARISATION_OFF).apply(scn)
    section = after.extensions["optimisation"]
    assert section["carry_over"] == {"mode": "hard"} and section["regularisation"] == "off"
    with pytest.raises(EditRefused, match="carry-over mode"):
        SetProtectiveDefaults(carry_over=CarryOver(mode="sideways")).apply(scn)
    decided = decision_reservoirs_edit(scn, ["upper"])
    assert decided.reservoirs is None and decided.label == "Optimiser decides: all"
    with pytest.raises(EditRefused, match="at least one reservoir"):
        SetDecisionReservoirs(reservoirs=()).apply(scn)
    with pytest.raises(EditRefused, match="'fields' is a demand"):
        SetDecisionReservoirs(reservoirs=("fields",)).apply(scn)


def test_weights_are_stored_in_order_and_a_stale_list_is_refused(scn):
    after = SetObjectiveWeights(weights=(3.0, 0.5)).apply(scn)
    assert [o.weight for o in optimisation_spec(after).objectives] == [3.0, 0.5]
    with pytest.raises(EditRefused, match="objectives changed meanwhile"):
        SetObjectiveWeights(weights=(1.0,)).apply(scn)


def test_the_edited_section_is_saved_and_read_back(scn, tmp_path):
    after = add_entry(scn, MinEnergy(country="KG", season="winter", per="total",
                                     min_mwh=2.5e5, hard=False, penalty=2.0)).apply(scn)
    after = add_entry(after, EndStorage(reservoir="upper", at_least_start=True)).apply(after)
    path = tmp_path / "edited.wplan"
    save_scenario(after, path)
    again = load_scenario(path)
    assert optimisation_spec(again) == optimisation_spec(after)


@settings(max_examples=60, deadline=None)
@given(weight=st.floats(allow_nan=True, allow_infinity=True),
       penalty=st.floats(allow_nan=True, allow_infinity=True),
       flow=st.floats(allow_nan=True, allow_infinity=True))
def test_an_accepted_edit_always_gives_a_valid_scenario(weight, penalty, flow):
    scn = load_scenario(EXAMPLE)
    for edit in (add_entry(scn, Shortfall(demands=("fields",), weight=weight)),
                 add_entry(scn, Ramping(reservoir="upper", max_change_m3s=flow, hard=False,
                                        penalty=penalty))):
        try:
            after = edit.apply(scn)
        except EditRefused:
            continue
        assert validate_scenario(after) == []
