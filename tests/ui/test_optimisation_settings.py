"""The optimisation settings in the panel: the scenario's own objectives and requirements in
words, and every change one undoable edit of the scenario's optimisation section. No
optimiser runs here."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from waterplanner.model.fileio import load_scenario
from waterplanner.model.objectives import (
    CarryOverTarget,
    EndStorage,
    Energy,
    LakeInflow,
    LakeInflowMin,
    Limit,
    MinEnergy,
    MinFlowDeficit,
    OperatingMinimum,
    Ramping,
    ReleaseBounds,
    ReleaseValue,
    RuleCurve,
    Shortfall,
    Spill,
)
from waterplanner.model.objectives_document import optimisation_spec
from waterplanner.model.optimisation_edits import CONSTRAINTS, OBJECTIVES
from waterplanner.ui.file_controller import default_scenario
from waterplanner.ui.main_window import MainWindow
from waterplanner.ui.optimisation_entry_dialog import EntryDialog

from .conftest import make_window

SCENARIOS = Path(__file__).resolve().parents[2] / "resources" / "scenarios"


def _texts(table) -> list[str]:
    return [table.item(i, 0).text() for i in range(table.rowCount())]


def _ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_each_shipped_scenario_shows_its_own_objectives_and_requirements(window: MainWindow,
                                                                        qtbot) -> None:
    settings = window.optimiser.settings
    assert _texts(settings.objectives) == [
        "Minimise irrigation shortfall (priority-weighted) of all demands",
        "Minimise the deficit below the minimum flows at all minimum-flow points",
        "Maximise the hydropower energy of Kyrgyzstan's plants, winter (Oct–Mar)"]
    assert [settings.objectives.cellWidget(i, 1).edit.text() for i in range(3)] == \
        ["1", "1", "0.001"]
    assert _texts(settings.requirements) == [
        "Toktogul: release changes by at most 350 m³/s from one period to the next",
        "Toktogul: release at least 180 m³/s, winter (Oct–Mar)",
        "Toktogul: release at least 100 m³/s, summer (Apr–Sep)",
        "Toktogul: storage at least 7\u2009000 Mm³ in every period"]
    assert settings.requirements.item(3, 1).text() == "soft: 10 per Mm³"
    assert "Energy mode" in settings.source.text()
    path = SCENARIOS / "syr-darya-irrigation-mode.wplan"
    irrigation = make_window(qtbot, load_scenario(path), path).optimiser.settings
    assert _texts(irrigation.objectives)[2] == \
        "Minimise the inflow to North Aral Sea (Kokaral dike) below 2\u2009450 Mm³"
    assert "Irrigation mode" in irrigation.source.text()


def test_a_requirement_added_in_the_dialog_is_one_undoable_edit_saved_in_the_file(
        window: MainWindow, qtbot, tmp_path) -> None:
    settings = window.optimiser.settings
    before = window.document.scenario
    dialog = settings.add_entry(CONSTRAINTS)
    assert dialog is not None and dialog.kind.currentData() == "end_storage"
    dialog.kind.setCurrentIndex(dialog.kind.findData("ramping"))
    dialog.fields["reservoir"].setCurrentIndex(dialog.fields["reservoir"].findData("kayrakkum"))
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.fields["max_change_m3s"].edit.setText("-20")
    assert not ok.isEnabled()
    assert dialog.error.text() == "Largest change from one period to the next: -20 is below " \
                                  "the smallest value allowed, 0 m³/s"
    dialog.fields["max_change_m3s"].edit.setText("200")
    assert ok.isEnabled() and dialog.error.text() == ""
    _ok(dialog)
    assert window.act_undo.text() == \
        "&Undo Add requirement: ramping limit at Kayrakkum (Bahri Tojik)"
    assert optimisation_spec(window.document.scenario).constraints[-1] == \
        Ramping(reservoir="kayrakkum", max_change_m3s=200.0)
    assert _texts(settings.requirements)[-1] == ("Kayrakkum (Bahri Tojik): release changes by "
                                                 "at most 200 m³/s from one period to the next")
    path = tmp_path / "plan.wplan"
    window.session.save(path)
    assert optimisation_spec(load_scenario(path)).constraints[-1].reservoir == "kayrakkum"
    window.document.undo_stack.undo()
    assert window.document.scenario is before
    assert len(_texts(settings.requirements)) == 4


def test_an_objective_changed_and_removed(window: MainWindow, qtbot) -> None:
    settings = window.optimiser.settings
    dialog = settings.edit_entry(OBJECTIVES, 2)
    assert dialog is not None and not dialog.kind.isEnabled()
    assert dialog.fields["country"].currentData() == "KG"
    assert dialog.weight.edit.text() == "0.001"
    dialog.fields["season"].setCurrentIndex(dialog.fields["season"].findData("all"))
    dialog.weight.edit.setText("0.0005")
    _ok(dialog)
    assert window.act_undo.text() == "&Undo Change objective: kg_winter_energy"
    assert optimisation_spec(window.document.scenario).objectives[2] == Energy(
        name="kg_winter_energy", country="KG", weight=0.0005)
    assert _texts(settings.objectives)[2] == \
        "Maximise the hydropower energy of Kyrgyzstan's plants"
    assert settings.remove_entry(OBJECTIVES, 2)
    assert window.act_undo.text() == "&Undo Remove objective: kg_winter_energy"
    assert len(_texts(settings.objectives)) == 2
    settings.remove_entry(OBJECTIVES, 1)
    settings.objectives.selectRow(0)
    assert not settings.remove_objective_button.isEnabled(), "the last objective stays"
    assert not settings.remove_entry(OBJECTIVES, 0)
    assert "Not changed: the optimiser needs at least one objective" in settings.error.text()


def test_a_new_dialog_waits_before_complaining_and_explains_in_its_own_words(
        window: MainWindow, qtbot) -> None:
    dialog = window.optimiser.settings.add_entry(CONSTRAINTS)
    dialog.kind.setCurrentIndex(dialog.kind.findData("operating_minimum"))
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and dialog.error.text() == ""
    dialog.name.setText("x")
    assert dialog.error.text() == "Enter storage at least, in every period."
    dialog.kind.setCurrentIndex(dialog.kind.findData("ramping"))
    dialog.fields["max_change_m3s"].edit.setText("10")
    dialog.fields["max_change_mcm"].edit.setText("10")
    assert "not both" in dialog.error.text() and not ok.isEnabled()
    dialog.reject()


def test_defaults_and_decisions_are_edits_and_the_preview_follows(window: MainWindow,
                                                                  qtbot) -> None:
    settings = window.optimiser.settings
    box = settings.carry_over
    box.setCurrentIndex(box.findData("hard"))
    box.activated.emit(box.currentIndex())
    assert window.act_undo.text() == "&Undo Carry-over: hard"
    assert window.document.scenario.extensions["optimisation"]["carry_over"] == {"mode": "hard"}
    assert settings.defaults_text.text().startswith(
        "The next run applies:\nCarry-over, hard: Toktogul, Andijan (Kempir-Abad), Charvak must")
    settings.regularisation.click()
    assert window.act_undo.text() == "&Undo Regularisation: off"
    assert "Regularisation off" in settings.defaults_text.text()
    dialog = settings.choose_decisions()
    for i in range(dialog.list.count()):
        item = dialog.list.item(i)
        item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole)
                           == "toktogul" else Qt.CheckState.Unchecked)
    dialog.accept()
    assert window.act_undo.text() == "&Undo Optimiser decides: Toktogul"
    assert settings.decides.text() == "Toktogul"
    assert "Carry-over, hard: Toktogul must end" in settings.defaults_text.text()
    window.document.undo_stack.undo()
    window.document.undo_stack.undo()
    window.document.undo_stack.undo()
    assert "optimisation" in window.document.scenario.extensions
    assert settings.carry_over.currentData() == "soft"



def test_only_reservoirs_on_a_schedule_can_be_decided(window: MainWindow) -> None:
    settings = window.optimiser.settings
    assert settings.decides.text().startswith("Toktogul, Andijan (Kempir-Abad), Charvak "
                                              "(every reservoir on a schedule;")
    dialog = settings.choose_decisions()
    items = {dialog.list.item(i).data(Qt.ItemDataRole.UserRole): dialog.list.item(i)
             for i in range(dialog.list.count())}
    for rid, item in items.items():
        on_schedule = rid in ("toktogul", "andijan", "charvak")
        assert (item.checkState() == Qt.CheckState.Checked) is on_schedule
        assert bool(item.flags() & Qt.ItemFlag.ItemIsEnabled) is on_schedule
    assert "follows its guide curve rule" in items["kayrakkum"].toolTip()
    assert "follows its demand-following rule" in items["koksaray"].toolTip()
    items["charvak"].setCheckState(Qt.CheckState.Unchecked)
    dialog.accept()
    spec = optimisation_spec(window.document.scenario)
    assert spec.decision_reservoirs == ("toktogul", "andijan")
    dialog = settings.choose_decisions()
    dialog.list.item(2).setCheckState(Qt.CheckState.Checked)  # Charvak again: every one
    dialog.accept()
    assert window.act_undo.text() == "&Undo Optimiser decides: every reservoir on a schedule"
    assert optimisation_spec(window.document.scenario).decision_reservoirs is None


ENTRIES = [
    (OBJECTIVES, Shortfall(demands=("fergana", "tashkent"), season="summer", by_priority=False,
                           weight=2.0, name="upstream")),
    (OBJECTIVES, Shortfall(country="KZ", weight=0.5)),
    (OBJECTIVES, MinFlowDeficit(points=("kazalinsk",), weight=3.0)),
    (OBJECTIVES, LakeInflow(lake="north_aral", target_mcm=2450.0, season="winter", weight=0.5)),
    (OBJECTIVES, LakeInflow(lake="north_aral")),
    (OBJECTIVES, Energy(plants=("toktogul", "kayrakkum"), season="winter", weight=0.001)),
    (OBJECTIVES, CarryOverTarget(reservoir="toktogul", target_mcm=14000.0)),
    (OBJECTIVES, Spill(reservoirs=("shardara",))),
    (OBJECTIVES, ReleaseValue(reservoir="charvak", value_per_mcm=tuple(range(1, 13)))),
    (CONSTRAINTS, EndStorage(reservoir="toktogul", at_least_start=True)),
    (CONSTRAINTS, EndStorage(reservoir="shardara", min_mcm=2500.0, hard=False, penalty=5.0)),
    (CONSTRAINTS, OperatingMinimum(reservoir="kayrakkum", min_mcm=1200.0)),
    (CONSTRAINTS, Ramping(reservoir="toktogul", max_change_m3s=300.0)),
    (CONSTRAINTS, Ramping(reservoir="toktogul", max_change_mcm=800.0)),
    (CONSTRAINTS, ReleaseBounds(reservoir="toktogul", min_m3s=180.0, max_m3s=900.0,
                                season="winter")),
    (CONSTRAINTS, ReleaseBounds(reservoir="charvak",
                                max_mcm=(500.0,) * 6 + (math.nan,) * 6)),
    (CONSTRAINTS, MinEnergy(country="KG", season="winter", per="period", min_mwh=3.5e5)),
    (CONSTRAINTS, MinEnergy(plants=("toktogul",), min_mwh=4.2e6, hard=False, penalty=0.01)),
    (CONSTRAINTS, LakeInflowMin(lake="north_aral", min_mcm=2000.0, season="summer")),
    (CONSTRAINTS, RuleCurve(reservoir="shardara", max_mcm=(5200.0,) * 12)),
    (CONSTRAINTS, Limit(limit="dead_storage", hard=False, penalty=50.0)),
]


@pytest.fixture(scope="module")
def syr_darya():
    return default_scenario()


@pytest.mark.parametrize("part, entry", ENTRIES, ids=lambda x: getattr(x, "kind", x))
def test_the_form_of_every_kind_gives_back_the_entry_it_shows(qapp, syr_darya, part,
                                                             entry) -> None:
    dialog = EntryDialog(syr_darya, part, None, entry)
    shown = dialog.entry()
    if isinstance(entry, (ReleaseBounds, RuleCurve)):  # NaN != NaN: compare the file form
        from waterplanner.model.objectives_document import CONSTRAINT_KINDS, _entry_to_document
        ks = CONSTRAINT_KINDS[entry.kind]
        assert _entry_to_document(shown, ks) == _entry_to_document(entry, ks)
    else:
        assert shown == entry
    assert dialog.problem() == "", "every example is a valid entry"
    dialog.deleteLater()


def test_a_country_limit_is_added_for_one_icwc_season(window: MainWindow) -> None:
    from dataclasses import replace as _replace

    from waterplanner.model.countries import Country
    from waterplanner.model.edits import SetSharing
    from waterplanner.model.objectives import CountryLimit
    window.document.apply(SetSharing(policy="upstream_first", countries=(
        Country(code="UZ", vegetation_limit_mcm=20000.0),), exchanges=()))
    settings = window.optimiser.settings
    dialog = settings.add_entry(CONSTRAINTS)
    dialog.kind.setCurrentIndex(dialog.kind.findData("country_limit"))
    dialog.fields["country"].setCurrentIndex(dialog.fields["country"].findData("UZ"))
    season = dialog.fields["season"]
    assert [season.itemData(i) for i in range(season.count())] == \
        ["all", "vegetation", "non_vegetation"]
    season.setCurrentIndex(season.findData("vegetation"))
    _ok(dialog)
    assert optimisation_spec(window.document.scenario).constraints[-1] == \
        _replace(CountryLimit(country="UZ"), season="vegetation")
