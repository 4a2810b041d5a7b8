"""The optimiser panel's "Optimise against: an ensemble": the robust run in the worker,
its in- and out-of-sample tables, applying it as one undo step, cancelling, and the risk
axes of the trade-off page."""

from __future__ import annotations

from waterplanner.ui.main_window import MainWindow


def _wait_idle(panel, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: panel.worker is None, timeout=120_000)


def _rows(table) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [[table.item(i, k).text() if table.item(i, k) else ""
             for k in range(table.columnCount())] for i in range(table.rowCount())]


def test_robust_run_shows_in_and_out_of_sample_and_applies(window: MainWindow, qtbot) -> None:
    panel = window.optimiser
    row = panel.against
    assert not row.details.isVisibleTo(panel) and row.choice() is None
    row.set_ensemble_mode(True)
    assert row.details.isVisibleTo(panel)
    row.members.setValue(3)
    row.test.setValue(10)
    row.seed.setValue(4)
    choice = row.choice()
    assert choice is not None and choice.members == 3 and choice.risk == "cvar"
    assert choice.ensemble == "generated" and choice.seed == 4
    before = window.document.scenario
    assert panel.run()
    _wait_idle(panel, qtbot)
    r = panel.robust_result
    assert r is not None and panel.result is None
    assert "one schedule for 3 members, tested on 10 other members" in panel.status.text()
    view = panel.result_view.robust
    assert view.isVisibleTo(panel) and not panel.result_view.terms.isVisibleTo(panel)
    ins = _rows(view.in_table)
    assert [x[0] for x in ins] == ["Input schedule", "Deterministic optimum (median)",
                                   "Robust schedule"]
    assert view.in_table.horizontalHeaderItem(2).text() == "CVaR 90 %"
    assert ins[2][4] == "0 of 3"
    assert "10 other members" in view.out_title.text()
    assert len(_rows(view.out_table)) == 3
    demands = [x[0] for x in _rows(view.demand_table)]
    assert "Kyzylorda oblast" in demands
    assert "Self-check passed for all 3" in view.check.text()
    assert window.document.scenario is before
    assert panel.apply_button.isEnabled() and panel.apply()
    assert window.act_undo.text() == "&Undo Apply robust schedule (3 members)"
    record = window.session.optimisation_record
    assert record is not None and record.robust is r
    assert "the robust optimiser (CVaR 90 % over 3 members" in panel.record_label.text()
    window.document.undo_stack.undo()
    assert window.document.scenario is before


def test_robust_run_can_be_cancelled(window: MainWindow, qtbot) -> None:
    panel = window.optimiser
    panel.against.set_ensemble_mode(True)
    panel.against.members.setValue(30)
    before = window.document.scenario
    assert panel.run()
    panel.cancel()
    _wait_idle(panel, qtbot)
    assert "Cancelled" in panel.status.text()
    assert panel.robust_result is None and window.document.scenario is before


def test_trade_off_offers_risk_axes_with_an_ensemble(window: MainWindow, qtbot) -> None:
    panel = window.optimiser
    panel.tabs.setCurrentWidget(panel.tradeoff_page)
    plain = [panel.a_combo.itemData(i) for i in range(panel.a_combo.count())]
    assert "shortfall:kyzylorda" in plain and not any(x.startswith("cvar") for x in plain)
    panel.against.set_ensemble_mode(True)
    risky = [panel.a_combo.itemData(i) for i in range(panel.a_combo.count())]
    assert "cvar90:shortfall:kyzylorda" in risky and "mean:energy::winter" in risky
    k = panel.a_combo.findData("cvar90:shortfall:kyzylorda")
    assert panel.a_combo.itemText(k).startswith("CVaR 90 % of the members:")
    panel.against.set_ensemble_mode(False)
    assert panel.a_combo.findData("cvar90:shortfall:kyzylorda") < 0


def test_risk_trade_off_on_a_hand_made_ensemble(qtbot) -> None:  # type: ignore[no-untyped-def]
    from tests.engine.optimise.robust_helpers import dam_and_side_river
    from tests.ui.conftest import make_window

    win = make_window(qtbot, dam_and_side_river(((10.0, 0.0), (10.0, 0.0), (0.0, 10.0))))
    panel = win.optimiser
    panel.against.set_ensemble_mode(True)
    panel.against.ensemble.setCurrentIndex(panel.against.ensemble.findData("hand"))
    panel.against.members.setValue(3)
    panel.tabs.setCurrentWidget(panel.tradeoff_page)
    panel.a_combo.setCurrentIndex(panel.a_combo.findData("cvar90:shortfall"))
    panel.b_combo.setCurrentIndex(panel.b_combo.findData("mean:shortfall"))
    panel.points.setValue(3)
    assert panel.run_front()
    _wait_idle(panel, qtbot)
    front = panel.front
    assert front is not None and len(front.points) == 3
    assert [round(p.a, 3) for p in front.points] == [5.0, 7.5, 10.0]
    caption = panel.tradeoff.caption.text()
    assert "CVaR 90 % over the members of" in caption and "mean over the members of" in caption
    assert panel.apply_point_of_front(1)
    assert win.document.scenario.release_schedules["dam"] == (2.5, 7.5)
