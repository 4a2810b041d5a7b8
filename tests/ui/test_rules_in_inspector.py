"""The version-2 elements in the inspector: switching a reservoir's rule is one undoable edit
that re-simulates at once, the guide curve is drawn on the storage plot, a time-varying
bound is edited per period, a demand's country shares are typed as 'UZ 0.5, KG 0.3'."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from waterplanner.model.nodes import NodeKind, RuleKind
from waterplanner.model.schema import node_field
from waterplanner.ui.rule_fields import GUIDE_CURVE_SPEC, parse_shares, shares_text


def _choose_rule(win, kind: RuleKind) -> None:
    combo = win.inspector.rule_combo
    index = combo.findData(kind.value)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_switching_the_rule_is_one_undoable_edit_that_resimulates(window, qtbot) -> None:
    win = window
    win.session.select_node("toktogul")
    assert win.inspector.rule_combo.currentData() == "schedule"
    qtbot.waitUntil(lambda: win.results is not None and
                    win.results.scenario is win.document.scenario, timeout=10000)
    planned = win.results.series("storage_mcm", "toktogul").copy()
    before = win.document.scenario
    _choose_rule(win, RuleKind.GUIDE_CURVE)
    node = win.document.scenario.node("toktogul")
    assert node.rule.kind is RuleKind.GUIDE_CURVE
    # the first guide curve is the storage the plan simulated to
    np.testing.assert_allclose(node.rule.guide_curve_mcm, planned)
    assert win.act_undo.text() == "&Undo Toktogul: operating rule guide curve"
    qtbot.waitUntil(lambda: win.results.scenario is win.document.scenario, timeout=10000)
    assert win.inspector.buttons[GUIDE_CURVE_SPEC.name].isEnabled()
    # the guide curve is on Toktogul's storage plot
    qtbot.waitUntil(lambda: any(getattr(p, "guide", None) is not None and p.node.id == "toktogul"
                                for p in win.plots.plots), timeout=10000)
    plot = next(p for p in win.plots.plots if getattr(p, "guide", None) is not None)
    qtbot.waitUntil(lambda: plot.guide.getData()[1] is not None and
                    len(plot.guide.getData()[1]) > 0, timeout=10000)
    y = plot.guide.getData()[1]
    assert np.nanmax(y) == pytest.approx(max(planned))
    plot = win.schedule.plot
    qtbot.waitUntil(lambda: plot.node is not None and plot.node.id == "toktogul" and
                    plot.node.rule.kind is RuleKind.GUIDE_CURVE, timeout=10000)
    assert len(plot.points.data) == 0, "no point to drag: the rule decides the release"
    assert "guide-curve rule" in plot.legend.title
    row = win.schedule.model.row_of("toktogul")
    assert "guide curve, schedule not used" in win.schedule.model.headerData(
        row, Qt.Orientation.Vertical)
    win.act_undo.trigger()
    assert win.document.scenario is before or \
        win.document.scenario.node("toktogul").rule.kind is RuleKind.SCHEDULE
    assert win.inspector.rule_combo.currentData() == "schedule"


def test_guide_curve_table_edits_the_rule(window) -> None:
    win = window
    win.session.select_node("toktogul")
    _choose_rule(win, RuleKind.GUIDE_CURVE)
    heads, cols, rows, _ = win.inspector.table_columns(GUIDE_CURVE_SPEC)
    assert heads == ["Guide curve (Mm³)"] and len(cols[0]) == len(rows)
    new = [[10000.0] * len(rows)]
    assert win.inspector.apply_table(GUIDE_CURVE_SPEC, new)
    assert win.document.scenario.node("toktogul").rule.guide_curve_mcm == (10000.0,) * len(rows)
    # a curve below dead storage is refused with the reason
    assert not win.inspector.apply_table(GUIDE_CURVE_SPEC, [[1.0] * len(rows)])
    assert win.document.scenario.node("toktogul").rule.guide_curve_mcm == (10000.0,) * len(rows)


def test_a_time_varying_bound_is_edited_per_period(window) -> None:
    win = window
    win.session.select_node("toktogul")
    spec = node_field(NodeKind.RESERVOIR, "max_release_m3s")
    _, cols, rows, _ = win.inspector.table_columns(spec)
    assert len(cols[0]) == win.document.scenario.time.periods
    seasonal = [[650.0 if i < 6 else 1500.0 for i in range(len(rows))]]
    assert win.inspector.apply_table(spec, seasonal)
    assert win.document.scenario.node("toktogul").max_release_m3s == tuple(seasonal[0])
    assert win.inspector.editors["max_release_m3s"].edit.text().startswith("varies per period")
    # the same value in every period is saved as a constant
    assert win.inspector.apply_table(spec, [[900.0] * len(rows)])
    assert win.document.scenario.node("toktogul").max_release_m3s == 900.0


def test_country_shares_typed_in_the_inspector(window) -> None:
    win = window
    win.session.select_node("fergana")
    ed = win.inspector.editors["country_shares"]
    ed.edit.setText("UZ 0.5, KG 0.3, TJ 0.2")
    ed._on_edit_text_edited(ed.edit.text())
    assert not ed.message.text()
    ed._on_edit_editing_finished()
    assert win.document.scenario.node("fergana").country_shares == {"UZ": 0.5, "KG": 0.3,
                                                                    "TJ": 0.2}
    ed.edit.setText("UZ 0.5, KG 0.3")
    ed._on_edit_text_edited(ed.edit.text())
    assert ed.message.text(), "shares that do not add up to 1 are refused"
    ed.edit.setText("Uzbekistan half")
    ed._on_edit_text_edited(ed.edit.text())
    assert "such as 'UZ 0.5'" in ed.message.text()


def test_shares_text_round_trips() -> None:
    shares = {"UZ": 0.55, "KG": 0.25, "TJ": 0.2}
    assert parse_shares(shares_text(shares)) == shares
    assert parse_shares("uz=60%, kg: 40 %") == {"UZ": 0.6, "KG": 0.4}
    assert parse_shares("") == {}


def test_run_of_river_plants_on_a_link(window) -> None:
    from waterplanner.model.nodes import RunOfRiverPlant
    from waterplanner.ui.plants_dialog import PlantsDialog
    win = window
    link = next(lk for lk in win.document.scenario.links if lk.source == "toktogul")
    win.session.select_link(link.id)
    assert win.inspector.buttons["plants"].text().startswith("3 plants: Kurpsai")  # shipped
    win.session.select_link("charvak__chirchik_tail")
    assert win.inspector.buttons["plants"].text() == "none — click to add"
    win.session.select_link(link.id)
    button = win.inspector.buttons["plants"]
    dlg = PlantsDialog("plants", ())
    dlg.add_row(None)
    dlg.table.item(0, 0).setText("kurpsai")
    dlg.table.item(0, 1).setText("Kurpsai")
    dlg.table.item(0, 2).setText("kg")
    dlg.table.item(0, 3).setText("100")
    plants = dlg.plants()
    assert plants == (RunOfRiverPlant(id="kurpsai", name="Kurpsai", country="KG", head_m=100.0,
                                      turbine_capacity_m3s=500.0, installed_mw=200.0,
                                      efficiency=0.9),)
    dlg.table.item(0, 6).setText("ninety")
    assert dlg.plants() is None and "efficiency 'ninety'" in dlg.error.text()
    dlg.deleteLater()
    assert win.inspector.apply_plants(plants)
    assert win.document.scenario.link(link.id).plants == plants
    assert button.text() == "1 plant: Kurpsai"
    assert win.act_undo.text().startswith("&Undo Set Toktogul")
    # an efficiency above 1 is refused, and the plants stay
    bad = (RunOfRiverPlant(id="x", name="X", head_m=10, turbine_capacity_m3s=1,
                           installed_mw=1, efficiency=1.5),)
    assert not win.inspector.apply_plants(bad)
    assert win.document.scenario.link(link.id).plants == plants
    # the schematic marks the plant on its reach, and its tooltip names it
    item = win.schematic.link_items[link.id]
    assert len(item.plant_marks) == 1
    assert item.boundingRect().contains(item.plant_marks[0])
    assert "Kurpsai (run-of-river, KG)" in item.toolTip()


def test_energy_tab_plots_run_of_river_plants(window, qtbot) -> None:
    from waterplanner.ui.energy_plots import RunOfRiverEnergyPlot
    win = window
    qtbot.waitUntil(lambda: win.results is not None and
                    win.results.scenario is win.document.scenario, timeout=10000)
    plant_ids = win.results.plant_ids
    assert plant_ids, "the default scenario has the lower Naryn plants"
    e = win.plots.curve_data(RunOfRiverEnergyPlot, plant_ids[0])
    assert e is not None
    expected = win.results.run_of_river_energy_mwh[0, 0] / 1000.0
    assert list(e) == list(expected)
    titles = [p.title_for(p.node) for p in win.plots.plots if isinstance(p, RunOfRiverEnergyPlot)]
    assert any("(run-of-river)" in t for t in titles)
