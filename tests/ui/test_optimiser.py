"""The optimiser panel: run in a worker, apply as one undo step, cancel; the defaults and
what the optimum costs; trade-off points, dominated points and fronts without a trade-off.

Each optimiser run on the default scenario takes well under a second; the tests run few."""

from __future__ import annotations

import re

from PySide6.QtCore import QPointF

from waterplanner.model.edits import SetNodeField
from waterplanner.model.objectives import EndStorage
from waterplanner.model.optimisation_edits import add_entry
from waterplanner.ui.main_window import MainWindow
from waterplanner.ui.optimiser_result import comparison_rows


def _wait_idle(panel, qtbot) -> None:
    qtbot.waitUntil(lambda: panel.worker is None, timeout=60_000)


def _table_rows(table) -> list[list[str]]:
    return [[table.item(i, k).text() if table.item(i, k) else ""
             for k in range(table.columnCount())] for i in range(table.rowCount())]


def test_optimise_shows_its_costs_and_applies_as_one_undoable_edit(window: MainWindow,
                                                                   qtbot) -> None:
    panel = window.optimiser
    before = window.document.scenario
    before_short = window.results.summary().shortfall_mcm
    assert "Carry-over, soft (default)" in panel.settings.defaults_text.text()
    assert "Regularisation (default)" in panel.settings.defaults_text.text()
    assert panel.run()
    assert panel.worker is not None and not panel.run_button.isEnabled()
    _wait_idle(panel, qtbot)
    result = panel.result
    assert result is not None and "Self-check passed" in panel.status.text()
    assert window.document.scenario is before, "running changes nothing by itself"
    # the defaults this run applied, and what the optimum costs: before → after
    assert panel.tabs.currentWidget() is panel.result_page
    assert panel.result_view.defaults.text() == result.defaults.text
    shown = _table_rows(panel.result_view.comparison)
    expected = [[r.label, r.before, r.after, r.change] if not r.heading else
                [r.label, "", "", ""] for r in comparison_rows(result.comparison)]
    assert shown == expected
    names = [r[0] for r in shown]
    for heading in ("End storage (Mm³)", "Lowest storage (Mm³)", "Energy (GWh)"):
        assert heading in names
    assert "Kyrgyzstan, winter (Oct–Mar)" in names and "Toktogul" in names
    # objective terms with names and display units (energy in GWh)
    terms = _table_rows(panel.result_view.terms)
    assert any("Kyrgyzstan's plants" in t[0] and t[0].endswith("(GWh)") for t in terms)
    assert panel.apply()
    assert window.act_undo.text() == "&Undo Apply optimised schedule"
    record = window.session.optimisation_record
    assert record is not None and record.kind == "optimiser" and record.result is result
    assert "the optimiser" in panel.record_label.text()
    qtbot.waitUntil(lambda: window.results.scenario is window.document.scenario, timeout=10_000)
    assert window.results.summary().shortfall_mcm <= before_short + 1e-6
    window.document.undo_stack.undo()
    assert window.document.scenario is before
    assert window.session.optimisation_record is None


def test_a_weight_typed_for_one_run_is_used_and_kept_only_on_request(window: MainWindow,
                                                                    qtbot) -> None:
    panel = window.optimiser
    fields = panel.settings._weight_fields()
    fields[2].edit.setText("0,002")  # the energy weight, typed with a decimal comma
    assert [o.weight for o in panel.spec().objectives] == [1.0, 1.0, 0.002]
    assert [o.weight for o in panel.settings.spec_shown.objectives] == [1.0, 1.0, 0.001]
    assert panel.settings.keep_weights_button.isEnabled()
    # an unrelated change of the settings keeps the weight typed for the run
    assert window.document.apply(add_entry(window.document.scenario, EndStorage(
        reservoir="kayrakkum", at_least_start=True)))
    fields = panel.settings._weight_fields()
    assert fields[2].edit.text() == "0.002" and fields[2].overridden
    fields[0].edit.setText("lots")
    assert not panel.run()
    assert "weight of objective 1: 'lots' is not a number" in panel.status.text()
    fields[0].edit.setText("2e7")
    assert not panel.run()
    assert "above the largest weight allowed" in panel.status.text()
    fields[0].edit.setText("1")
    assert panel.settings.keep_weights()
    assert window.act_undo.text() == "&Undo Keep objective weights"
    assert [o.weight for o in panel.settings.spec_shown.objectives] == [1.0, 1.0, 0.002]
    assert not panel.settings.keep_weights_button.isEnabled()


def test_cancel_stops_the_run_and_changes_nothing(window: MainWindow, qtbot) -> None:
    panel = window.optimiser
    before = window.document.scenario
    assert panel.run_front()
    panel.cancel()
    _wait_idle(panel, qtbot)
    assert window.document.scenario is before
    text = panel.status.text()
    assert "Cancelled" in text or "cancelled" in text or "Trade-off" in text


def test_trade_off_points_show_and_apply_their_schedule(window: MainWindow, qtbot) -> None:
    panel = window.optimiser
    panel.tabs.setCurrentWidget(panel.tradeoff_page)
    panel.tradeoff.choose("shortfall", "lake_inflow:north_aral")
    panel.points.setValue(3)
    assert panel.run_front()
    _wait_idle(panel, qtbot)
    assert panel.front is not None and len(panel.front.points) >= 2
    assert panel.tradeoff.plot.isVisible() and not panel.tradeoff.no_tradeoff.isVisible()
    bottom = panel.tradeoff.plot.getAxis("bottom").labelText
    left = panel.tradeoff.plot.getAxis("left").labelText
    assert bottom == "A: irrigation shortfall (Mm³)"
    assert left == "B: inflow to North Aral Sea (Mm³)"
    panel.select_point(0)
    assert "Release (m³/s)" in panel.point_label.text()
    assert "<b>Toktogul</b>" in panel.point_label.text()
    n = window.document.undo_stack.count()
    panel.apply_point.click()
    assert window.document.undo_stack.count() == n + 1
    record = window.session.optimisation_record
    assert record is not None and record.kind == "tradeoff" and record.point_index == 0


def test_a_front_without_trade_off_says_so_instead_of_plotting(window: MainWindow,
                                                              qtbot) -> None:
    from dataclasses import replace

    from waterplanner.model.edits import ReplaceScenario
    from waterplanner.model.nodes import DemandNode
    panel = window.optimiser
    panel.tabs.setCurrentWidget(panel.tradeoff_page)
    # with every demand cut to a hundredth no schedule leaves a shortfall, so the one that
    # gives Kyrgyzstan its most winter energy is also among the best for the shortfall (the
    # shipped demands make the two compete)
    s = window.document.scenario
    small = s
    for node in s.nodes:
        if isinstance(node, DemandNode):
            small = small.with_node(replace(node, demand_mcm=tuple(
                v * 0.01 for v in node.demand_mcm)))
    assert window.document.apply(ReplaceScenario(scenario=small, label="small demands"))
    qtbot.waitUntil(lambda: window.results is not None
                    and window.results.scenario is window.document.scenario, timeout=10_000)
    panel.tradeoff.choose("shortfall", "kg_winter_energy")
    panel.points.setValue(3)
    assert panel.run_front()
    _wait_idle(panel, qtbot)
    front = panel.front
    assert front is not None and front.no_tradeoff
    assert panel.tradeoff.no_tradeoff.text() == front.no_tradeoff_text
    assert panel.tradeoff.no_tradeoff.isVisible() and not panel.tradeoff.plot.isVisible()
    assert "no trade-off" in panel.status.text()
    assert panel.apply_point.isEnabled(), "the one schedule can still be applied"


def test_the_objectives_offered_are_the_scenarios(window: MainWindow, qtbot) -> None:
    from waterplanner.engine.optimise import available_objectives
    panel = window.optimiser
    panel.tabs.setCurrentWidget(panel.tradeoff_page)
    combo = panel.tradeoff.a_combo
    offered = [combo.itemData(i) for i in range(combo.count())]
    assert offered == available_objectives(window.document.scenario)
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert "Minimise irrigation shortfall (priority-weighted) of Hungry Steppe" in texts
    assert not any("hungry_steppe" in t for t in texts), "names, not ids"
    assert panel.tradeoff.a_choice() == "shortfall"
    assert panel.tradeoff.b_choice() == "lake_inflow:north_aral"


def test_apply_refused_when_the_network_changed(window: MainWindow, qtbot) -> None:
    panel = window.optimiser
    assert panel.run()
    _wait_idle(panel, qtbot)
    window.schematic.select_node("toktogul")
    item = window.schematic.items["toktogul"]
    item.setPos(item.pos() + QPointF(5, 5))
    window.schematic.view.moved.emit()  # a move is not a change of the network
    doc = window.document
    assert doc.apply(SetNodeField(node_id="toktogul", field_name="capacity_mcm", value=19_000))
    assert not panel.apply()
    assert "run the optimiser again" in panel.status.text()
    doc.undo_stack.undo()  # back to the moved network: the result fits it
    assert panel.apply()


def test_names_that_look_like_markup_show_literally(window: MainWindow, qtbot) -> None:
    panel = window.optimiser
    doc = window.document
    assert doc.apply(SetNodeField(node_id="toktogul", field_name="name", value="<b>x</b>"))
    assert doc.apply(SetNodeField(node_id="charvak", field_name="name",
                                  value='=HYPERLINK("http://evil")'))
    assert doc.apply(SetNodeField(node_id="north_aral", field_name="name", value="<i>Aral</i>"))
    table = panel.settings.requirements
    assert table.item(0, 0).text().startswith("<b>x</b>: release changes")
    tip = table.item(0, 0).toolTip()
    assert "&lt;b&gt;x&lt;/b&gt;" in tip and "<b>x</b>" not in tip
    panel.tabs.setCurrentWidget(panel.tradeoff_page)
    panel.tradeoff.choose("shortfall", "lake_inflow:north_aral")
    panel.points.setValue(2)
    assert panel.run_front()
    _wait_idle(panel, qtbot)
    assert panel.tradeoff.plot.getAxis("left").labelText == \
        "B: inflow to &lt;i&gt;Aral&lt;/i&gt; (Mm³)"
    panel.select_point(0)
    text = panel.point_label.text()
    assert "<b>&lt;b&gt;x&lt;/b&gt;</b>" in text
    assert "=HYPERLINK(&quot;http://evil&quot;)" in text
    assert "<b>x</b>" not in re.sub(r"<b>&lt;", "", text)
    combo = panel.tradeoff.b_combo
    assert combo.currentText() == "Maximise the inflow to <i>Aral</i>"
    assert "&lt;i&gt;Aral&lt;/i&gt;" in combo.itemData(combo.currentIndex(), 3)  # tooltip
    # every label that shows names is plain text
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel
    for label in panel.findChildren(QLabel):
        if "<b>x</b>" in label.text() or "<i>Aral</i>" in label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText, label.text()


def test_dominated_points_are_drawn_apart_and_energy_is_in_gwh(qapp) -> None:
    import numpy as np

    from waterplanner.engine.optimise.pareto import ParetoFront, ParetoPoint
    from waterplanner.model.objectives import Energy, Shortfall
    from waterplanner.ui.file_controller import default_scenario
    from waterplanner.ui.tradeoff_view import TradeoffView

    scenario = default_scenario()
    rel = {"toktogul": np.full(12, 500.0)}
    points = (ParetoPoint(0.0, 5.05e6, 5.05e6, rel), ParetoPoint(50.0, 5.10e6, 5.1e6, rel),
              ParetoPoint(80.0, 5.09e6, 5.1e6, rel, dominated=True),
              ParetoPoint(np.nan, np.nan, 5.12e6, {}, feasible=False),
              ParetoPoint(90.0, 5.15e6, 5.15e6, rel))
    a, b = Shortfall(name="shortfall"), Energy(name="energy::winter", season="winter")
    front = ParetoFront(a=a, b=b, a_description="", b_description="", points=points,
                        cancelled=False, lp_count=5, seconds=0.1)
    view = TradeoffView()
    view.show_front(front, scenario)
    xs, ys = view.scatter.getData()
    assert list(xs) == [0.0, 50.0, 90.0] and list(ys) == [5050.0, 5100.0, 5150.0]  # GWh
    dx, dy = view.dominated.getData()
    assert list(dx) == [80.0] and list(dy) == [5090.0]
    assert list(view.front_line.getData()[0]) == [0.0, 50.0, 90.0], "not on the front"
    assert view.plot.getAxis("left").labelText == "B: energy, winter (GWh)"
    view.select_point(2)
    assert "dominated" in view.point_label.text() and view.apply_point.isEnabled()
    view.select_point(3)
    assert "no schedule meets every requirement" in view.point_label.text()
    assert not view.apply_point.isEnabled()
    view.deleteLater()
