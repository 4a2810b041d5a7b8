"""Risk in the window: the Summary panel's "Risk over N members", the Countries tab's risk
table and the member drawn over the bands, all from the risk table kept with the results
on screen (the one risk_of and the ensemble command compute)."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest

from waterplanner.cli.main import main
from waterplanner.cli.risk_table import format_risk
from waterplanner.engine.ensemble_run import member_ranks
from waterplanner.engine.risk import RiskOptions, risk_of
from waterplanner.model.edits import SetReleases
from waterplanner.ui.inflow_choice import ENSEMBLE, WINDOW_MEMBERS
from waterplanner.ui.result_plots import DeliveryPlot, StoragePlot
from waterplanner.ui.risk_rows import risk_lines
from waterplanner.ui.settings import AppSettings


def choose(window, qtbot, value: str | None) -> None:
    """Choose an entry of the Inflows box and wait for its results."""
    combo = window.inflow_combo
    values = [combo.itemData(i) for i in range(combo.count())]
    combo.setCurrentIndex(values.index(value))
    members = WINDOW_MEMBERS if value == ENSEMBLE else 1
    qtbot.waitUntil(lambda: window.results is not None and window.results.members == members
                    and not window.session.simulator.busy, timeout=30_000)


def settle(window, qtbot) -> None:
    """Wait until the results on screen are those of the document's scenario."""
    qtbot.waitUntil(lambda: window.results is not None
                    and window.results.scenario is window.document.scenario
                    and not window.session.simulator.busy, timeout=30_000)


def _plain(v: float | None) -> float | str | None:
    return "n/a" if v is not None and math.isnan(v) else v


def expected_numbers(table) -> dict[str, float | str | None]:
    """Every number the panel should show (NaN — a metric that does not apply — as 'n/a')."""
    return {ln.key: _plain(ln.plan) for ln in risk_lines(table) if ln.kind}


def shown(panel) -> dict[str, float | str | None]:
    return {k: _plain(v) for k, v in panel.numbers.items()}


@pytest.fixture
def ensemble_window(window, qtbot):
    choose(window, qtbot, ENSEMBLE)
    return window


def test_the_summary_shows_the_risk_of_the_results_on_screen(ensemble_window, qtbot,
                                                             capsys) -> None:
    w = ensemble_window
    panel = w.summary.risk
    assert panel.isVisible() and panel.title.text() == f"Risk over {WINDOW_MEMBERS} members"
    table = w.session.risk()
    assert panel.table is table and table is w.results.risk(RiskOptions(threshold_pct=10.0))
    fresh = risk_of(w.results, RiskOptions(threshold_pct=10.0))
    assert table.to_dict() == fresh.to_dict()
    assert shown(panel) == expected_numbers(fresh)
    kz = fresh.country("KZ")
    assert panel.values["country.KZ.p_short"] == f"{100 * kz.p_short_over_threshold:.1f} %"
    assert panel.values["country.KZ.reliability"] == f"{100 * kz.reliability:.1f} %"
    energy = fresh.energy_of("KG")[0]
    key = f"energy.KG.{energy.span.index}.p50"
    assert panel.numbers[key] == energy.p50_gwh
    assert any(k.startswith("event.below_operating_minimum") for k in panel.numbers)
    # the command line's table of the same scenario, members and seed is the same table
    capsys.readouterr()
    assert main(["ensemble", "--default", "--members", str(WINDOW_MEMBERS)]) == 0
    assert format_risk(table) in capsys.readouterr().out


def test_an_edit_shows_the_risk_of_the_new_run(ensemble_window, qtbot) -> None:
    w = ensemble_window
    before = shown(w.summary.risk)
    old = w.results
    lean = {t: 0.0 for t in range(6, 9)}  # no release from Toktogul in Apr–Jun
    assert w.document.apply(SetReleases(changes={"toktogul": lean, "kayrakkum": lean},
                                        label="hold water"))
    settle(w, qtbot)
    assert w.results is not old
    table = w.summary.risk.table
    assert table is w.results.risk(w.session.risk_options)
    assert shown(w.summary.risk) == expected_numbers(risk_of(w.results, w.session.risk_options))
    after = shown(w.summary.risk)
    assert after != before
    assert after["country.KZ.p_short"] != before["country.KZ.p_short"]


def test_the_threshold_box_changes_p_short_in_every_view(ensemble_window, qtbot) -> None:
    w = ensemble_window
    panel = w.summary.risk
    w.plots.tabs.setCurrentIndex(w.plots.TABS.index("Countries"))
    seen = []
    for pct in (0.0, 5.0, 10.0, 20.0, 40.0):
        panel.threshold.setValue(pct)
        assert w.session.risk_threshold_pct == pct
        assert AppSettings().risk_threshold_pct() == pct  # kept for the next session
        expected = risk_of(w.results, RiskOptions(threshold_pct=pct))
        assert shown(panel) == expected_numbers(expected)
        assert w.plots.countries.risk.to_dict() == expected.to_dict()
        assert w.session.report_inputs().risk_options.threshold_pct == pct
        seen.append([c.p_short_over_threshold for c in expected.countries])
    for a, b in itertools.pairwise(seen):
        assert all(x >= y for x, y in zip(a, b, strict=True))
    assert sum(seen[0]) > sum(seen[-1])
    assert panel.title.text() == f"Risk over {WINDOW_MEMBERS} members"
    assert "40 %" in w.summary.risk.item("country.KZ.p_short").text(0)


def test_the_countries_tab_shows_risk_rows(ensemble_window, qtbot) -> None:
    w = ensemble_window
    w.plots.tabs.setCurrentIndex(w.plots.TABS.index("Countries"))
    view = w.plots.countries
    assert view.risk_box.isVisible()
    model = view.risk_model
    table = w.session.risk()
    assert model.table is table
    seasons = {e.span.index for e in table.energy}
    assert model.rowCount() == len({c.id for c in table.countries}
                                   | {e.country for e in table.energy}) * len(seasons)
    header = [model.headerData(j, _horizontal()) for j in range(model.columnCount())]
    assert header[2].replace("\n", " ") == "P(short > 10 %)"
    first_kz = next(i for i, r in enumerate(model.rows) if r.code == "KZ")
    kz = table.country("KZ")
    assert model.text(first_kz, 2) == f"{100 * kz.p_short_over_threshold:.1f}"
    assert model.text(first_kz, model.column_index("reliability")) == \
        f"{100 * kz.reliability:.1f}"
    e = table.energy_of("KZ")[0]
    assert model.text(first_kz, model.column_index("p90")) == \
        f"{e.p90_gwh:,.0f}".replace(",", "\u2009")
    assert view.risk_table.rowSpan(first_kz, 2) == len(table.energy_of("KZ"))
    assert "P(short)" in view.risk_caption.text()


def _horizontal():
    from PySide6.QtCore import Qt
    return Qt.Orientation.Horizontal


def test_a_chosen_member_is_drawn_and_named(ensemble_window, qtbot) -> None:
    w = ensemble_window
    r = w.results
    w.member_picker.spin.setValue(17)
    assert w.session.member == 16
    w.plots.update_all()
    storage = next(p for p in w.plots.plots
                   if isinstance(p, StoragePlot) and p.node.id == "toktogul")
    assert np.array_equal(storage.curve.yData, r.storage_with_initial("toktogul", 16))
    assert not np.array_equal(storage.curve.yData, r.storage_with_initial("toktogul", 0))
    assert storage.hover.text_at(3.5).split("\n")[1].startswith("member 17 of 200")
    assert "(tables: member 17)" in w.sim_label.text()
    assert w.summary.tree.headerItem().text(1) == "Member 17"
    assert w.plots.countries.member == 16 or "Countries" in w.plots._dirty
    ranks = member_ranks(r)
    w.member_picker.buttons["driest"].click()
    assert w.session.member == ranks.driest == int(np.argmin(r.local_inflow_mcm.sum(axis=(1, 2))))
    assert w.member_picker.spin.value() == ranks.driest + 1
    assert w.member_picker.buttons["driest"].isChecked()
    w.plots.tabs.setCurrentIndex(w.plots.TABS.index("Deliveries"))
    delivery = next(p for p in w.plots.plots
                    if isinstance(p, DeliveryPlot) and p.node.id == "kyzylorda")
    assert np.array_equal(delivery.delivery.yData,
                          r.series("delivery_mcm", "kyzylorda", ranks.driest))
    assert "(driest)" in delivery.hover.text_at(6.5)
    w.member_picker.buttons["wettest"].click()
    assert w.session.member == ranks.wettest
    # the pick stays the wettest after an edit (the same members, re-simulated)
    assert w.document.apply(SetReleases(changes={"toktogul": {0: 300.0}}, label="edit"))
    settle(w, qtbot)
    assert w.session.member == member_ranks(w.results).wettest
    w.plots.update_all()
    assert np.array_equal(delivery.delivery.yData,
                          w.results.series("delivery_mcm", "kyzylorda", ranks.wettest))


def test_a_baseline_is_shown_beside_the_plan(ensemble_window, qtbot) -> None:
    w = ensemble_window
    assert w.session.set_baseline_to_current()
    qtbot.waitUntil(lambda: w.baseline is not None and not w.session.simulator.busy,
                    timeout=30_000)
    lean = {t: 0.0 for t in range(6, 9)}
    assert w.document.apply(SetReleases(changes={"toktogul": lean}, label="hold water"))
    settle(w, qtbot)
    qtbot.waitUntil(lambda: w.baseline is not None, timeout=30_000)
    panel = w.summary.risk
    assert not panel.tree.isColumnHidden(2) and not panel.tree.isColumnHidden(3)
    base = w.session.baseline_risk()
    assert base is w.baseline.risk(w.session.risk_options) and panel.baseline_table is base
    kz = base.country("KZ")
    assert panel.base_values["country.KZ.reliability"] == f"{100 * kz.reliability:.1f} %"
    assert any(d not in ("", "=") for d in panel.deltas.values())


def test_a_single_inflow_set_shows_no_risk(ensemble_window, qtbot) -> None:
    w = ensemble_window
    w.plots.tabs.setCurrentIndex(w.plots.TABS.index("Countries"))
    assert w.summary.risk.isVisible() and w.member_picker_action.isVisible()
    choose(w, qtbot, "median")
    assert w.session.risk() is None and w.session.member == 0
    assert not w.summary.risk.isVisible() and w.summary.risk.numbers == {}
    assert not w.plots.countries.risk_box.isVisible()
    assert w.plots.countries.risk_model.rowCount() == 0
    assert not w.member_picker_action.isVisible()
    assert w.summary.tree.headerItem().text(1) == "Now"
    inputs = w.session.report_inputs()
    assert inputs is not None and inputs.risk is None


def test_the_windows_report_has_the_risk_of_the_window(ensemble_window, qtbot,
                                                        tmp_path) -> None:
    """File → Export report with the ensemble shown: the report's risk section holds the
    window's table, with the window's threshold."""
    from pypdf import PdfReader

    from waterplanner.report.risk_section import TITLE, supply_rows
    from waterplanner.ui.report_export import ReportExportJob

    w = ensemble_window
    w.summary.risk.threshold.setValue(20.0)
    inputs = w.session.report_inputs()
    assert inputs is not None and inputs.risk is w.session.risk()
    job = ReportExportJob(tmp_path / "r.pdf", inputs)
    with qtbot.waitSignal(job.finished, timeout=60_000) as blocker:
        job.start()
    assert job.wait(10_000)
    info = blocker.args[0]
    start = dict(info.sections)[TITLE] - 1
    reader = PdfReader(str(tmp_path / "r.pdf"))
    text = " ".join((reader.pages[i].extract_text() or "") for i in range(start, start + 2))
    text = " ".join(text.replace("\u00a0", " ").replace("\u2009", " ").split())
    assert "P(short > 20 %)" in text and f"{WINDOW_MEMBERS} members" in text
    for row in supply_rows(w.session.risk().countries):
        assert " ".join(" ".join(row[1:]).split()) in text, row
    job.deleteLater()


def test_the_risk_figures_do_not_change_with_the_windows_units(ensemble_window, qtbot) -> None:
    """The risk table is in Mm³ (and %, GWh) whatever the window's units: switching the
    Units box between Mm³ and m³/s changes neither the table kept with the results nor a
    text of the Summary's risk tree or the Countries tab's risk table, and it runs nothing
    again."""
    w = ensemble_window
    w.plots.tabs.setCurrentIndex(w.plots.TABS.index("Countries"))
    combo = w.units_combo
    keys = [combo.itemData(i) for i in range(combo.count())]
    assert {"mcm", "m3s"} <= set(keys)
    results, table = w.results, w.session.risk()
    panel, model = w.summary.risk, w.plots.countries.risk_model

    def seen() -> tuple[dict[str, str], list[list[str]]]:
        return dict(panel.values), [[model.text(r, c) for c in range(model.columnCount())]
                                    for r in range(model.rowCount())]

    before = seen()
    assert any("Mm³" in v for v in panel.values.values()), "the tree shows volumes, in Mm³"
    headline = {}
    for key in ("m3s", "mcm", "m3s"):
        combo.setCurrentIndex(keys.index(key))
        qtbot.wait(50)
        assert w.session.units == key
        assert w.results is results and w.session.risk() is table
        assert seen() == before
        sched = w.schedule.model
        headline[key] = sched.data(sched.index(sched.row_of("toktogul"), 0))
    assert headline["m3s"] != headline["mcm"], "the switch reached the schedule table"
