"""The Countries tab: chart and table of the per-country summary by ICWC season."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import make_window
from tests.ui.countries_variant import FERGANA_SHARES, LIMITS_MCM, negotiation_variant
from waterplanner.engine.countries_summary import countries_summary
from waterplanner.model.countries import Season
from waterplanner.model.edits import SetNodeField
from waterplanner.ui.countries_model import OVER_FILL, CountriesTableModel
from waterplanner.ui.file_controller import default_scenario
from waterplanner.ui.main_window import MainWindow
from waterplanner.ui.plot_axes import fmt_number


def _show_countries(window: MainWindow):
    panel = window.plots
    panel.tabs.setCurrentIndex(panel.TABS.index("Countries"))
    QApplication.processEvents()
    return panel.countries


def _col(model: CountriesTableModel, key: str) -> int:
    return model.column_index(key)


def _cell(model: CountriesTableModel, row: int, key: str, role=Qt.ItemDataRole.DisplayRole):
    return model.data(model.index(row, _col(model, key)), role)


@pytest.fixture
def variant_window(qtbot) -> MainWindow:
    return make_window(qtbot, negotiation_variant(default_scenario()))


def test_one_row_per_country_and_season_with_the_summarys_numbers(window: MainWindow) -> None:
    view = _show_countries(window)
    model = view.model
    c = countries_summary(window.results, member=0)
    assert model.rowCount() == len(c.codes) * len(c.spans) == len(c.rows) > 0
    for i, row in enumerate(c.rows):
        assert _cell(model, i, "country") == c.name(row.country)
        assert _cell(model, i, "season").startswith(row.span.label)
        assert _cell(model, i, "withdrawal") == fmt_number(row.withdrawal_mcm, 0)
        assert _cell(model, i, "demand") == fmt_number(row.demand_mcm, 0)
        assert _cell(model, i, "delivery") == fmt_number(row.delivery_mcm, 0)
        assert _cell(model, i, "shortfall") == fmt_number(row.shortfall_mcm, 0)
        assert _cell(model, i, "formed") == fmt_number(row.formed_mcm, 0)
        assert _cell(model, i, "generated") == fmt_number(row.generated_mwh / 1000, 0)
        assert _cell(model, i, "limit") == (  # the ICWC limits, none where unpublished
            "–" if row.limit_mcm is None else fmt_number(row.limit_mcm, 0))
    # the chart draws the same withdrawals and energy, country-major, seasons in order
    assert view.chart.bar_heights("withdrawal") == pytest.approx(
        [r.withdrawal_mcm for r in c.rows])
    assert view.chart.bar_heights("generated") == pytest.approx(
        [r.generated_mwh / 1000 for r in c.rows])
    # the default scenario's ledger (the 2021 KZ-KG exchange): received and net columns
    keys = [col.key for col in model.columns]
    assert "received" in keys and "net" in keys
    assert not view.ledger.isHidden()


def test_shares_limits_and_exchange_appear_and_over_limit_is_highlighted(
        variant_window: MainWindow) -> None:
    view = _show_countries(variant_window)
    model = view.model
    c = view.summary
    assert c is not None and c.codes[:4] == ["KG", "TJ", "UZ", "KZ"]
    fergana = variant_window.results.series("withdrawal_mcm", "fergana")
    kg_total = sum(model.number(i, model.columns[_col(model, "withdrawal")])
                   for i, r in enumerate(c.rows) if r.country == "KG")
    assert kg_total == pytest.approx(FERGANA_SHARES["KG"] * fergana.sum())
    over = [i for i, r in enumerate(c.rows) if r.limit_pct is not None and r.limit_pct > 100]
    under = [i for i, r in enumerate(c.rows) if r.limit_pct is not None and r.limit_pct <= 100]
    assert over and under, "the variant has a season over and one under its limit"
    for i in over:
        for key in ("withdrawal", "limit_pct"):
            assert _cell(model, i, key, Qt.ItemDataRole.BackgroundRole).color() == OVER_FILL
            font = _cell(model, i, key, Qt.ItemDataRole.FontRole)
            assert isinstance(font, QFont) and font.bold()
        assert "Over the limit by" in _cell(model, i, "withdrawal", Qt.ItemDataRole.ToolTipRole)
        assert _cell(model, i, "demand", Qt.ItemDataRole.BackgroundRole) is None
    for i in under:
        assert _cell(model, i, "limit_pct", Qt.ItemDataRole.BackgroundRole) is None
    kz_veg = next(i for i, r in enumerate(c.rows)
                  if r.country == "KZ" and r.span.season is Season.VEGETATION)
    assert _cell(model, kz_veg, "limit") == fmt_number(LIMITS_MCM["KZ"][1], 0)
    assert _cell(model, kz_veg, "limit_pct") == fmt_number(c.rows[kz_veg].limit_pct, 1)
    # the chart marks the limits and outlines what is over them
    assert sorted(view.chart.limit_values()) == sorted(
        r.limit_mcm for r in c.rows if r.limit_mcm is not None)
    assert "over the limit" in view.chart.water_legend.names()
    # the exchange: the ledger columns, the net energy and the ledger below the table
    keys = [col.key for col in model.columns]
    assert {"received", "supplied", "net"} <= set(keys)
    kg_winter = next(i for i, r in enumerate(c.rows)
                     if r.country == "KG" and r.span.season is Season.NON_VEGETATION)
    assert _cell(model, kg_winter, "received") == fmt_number(500, 0)
    assert view.ledger.isVisibleTo(view) and "uz_kg_winter" in view.ledger.text()
    assert "500 GWh" in view.ledger.text()
    assert "net after exchanges" in view.chart.energy_legend.names()


def test_ctrl_c_copies_the_selection_as_tab_separated_text_with_headers(
        variant_window: MainWindow, qtbot) -> None:
    view = _show_countries(variant_window)
    model, table = view.model, view.table
    c = view.summary
    first, last = 4, 7  # the UZ and KZ rows
    cols = [_col(model, k) for k in ("country", "season", "limit", "withdrawal", "limit_pct")]
    sel = QItemSelection(model.index(first, cols[0]), model.index(last, cols[-1]))
    table.selectionModel().select(sel, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    QGuiApplication.clipboard().clear()
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    text = QGuiApplication.clipboard().text()
    lines = text.rstrip("\n").split("\n")
    assert lines[0].split("\t") == ["Country", "ICWC season", "Limit (Mm³)", "Withdrawal (Mm³)",
                                    "% of limit"]
    assert len(lines) == 1 + last - first + 1
    for k, line in enumerate(lines[1:]):
        row = c.rows[first + k]
        cells = line.split("\t")
        assert cells[0] == c.name(row.country)
        assert float(cells[2]) == pytest.approx(row.limit_mcm, abs=0.5)
        assert float(cells[3]) == pytest.approx(row.withdrawal_mcm, abs=0.5)
        assert float(cells[4]) == pytest.approx(row.limit_pct, abs=0.05)
        assert "\u2009" not in line  # plain numbers: a spreadsheet reads them as numbers
    # km³: the header and the numbers follow the unit switch
    view.units.setCurrentIndex(view.units.findData("km3"))
    text = view.table.selection_text()
    assert "Withdrawal (km³)" in text.split("\n")[0]
    row = c.rows[first]
    assert float(text.split("\n")[1].split("\t")[3]) == pytest.approx(
        row.withdrawal_mcm / 1000, abs=5e-4)


def test_a_row_without_a_limit_copies_an_empty_cell(window: MainWindow) -> None:
    view = _show_countries(window)
    model = view.model
    k = next(i for i, r in enumerate(view.summary.rows) if r.limit_mcm is None)
    text = model.tsv([(k, _col(model, "limit")), (k, _col(model, "withdrawal"))])
    assert text.split("\n")[1].split("\t")[0] == ""


def test_the_view_follows_a_new_simulation_and_empties_when_not_simulated(
        window: MainWindow, qtbot) -> None:
    view = _show_countries(window)
    model = view.model
    c = view.summary
    i = next(k for k, r in enumerate(c.rows)
             if r.country == "KZ" and r.span.season is Season.VEGETATION)
    before = _cell(model, i, "demand")
    node = window.document.scenario.node("kyzylorda")
    assert window.document.apply(SetNodeField(node_id="kyzylorda", field_name="demand_mcm",
                                              value=[v * 1.5 for v in node.demand_mcm]))
    qtbot.waitUntil(lambda: window.results is not None
                    and window.results.scenario is window.document.scenario, timeout=10_000)
    QApplication.processEvents()
    assert view.summary is not c
    after = _cell(model, i, "demand")
    assert after != before
    assert model.number(i, model.columns[_col(model, "demand")]) == pytest.approx(
        countries_summary(window.results, member=0).rows[i].demand_mcm)

    tok = window.document.scenario.node("toktogul")
    bad = replace(tok, dead_storage_mcm=tok.capacity_mcm + 1)  # the edits refuse to make it
    window.document._set_scenario(window.document.scenario.with_node(bad))
    assert window.results is None
    assert model.rowCount() == 0 and view.summary is None
    assert view.chart.bar_heights("withdrawal") == []
    assert "Not simulated" in view.caption.text()


def test_a_baseline_adds_change_columns_and_baseline_tooltips(window: MainWindow, qtbot) -> None:
    view = _show_countries(window)
    model = view.model
    assert not model.has_baseline
    window.set_baseline()
    node = window.document.scenario.node("kyzylorda")
    assert window.document.apply(SetNodeField(node_id="kyzylorda", field_name="demand_mcm",
                                              value=[v * 1.5 for v in node.demand_mcm]))
    qtbot.waitUntil(lambda: window.results is not None
                    and window.results.scenario is window.document.scenario
                    and window.session.baseline_results is not None, timeout=10_000)
    qtbot.waitUntil(lambda: model.has_baseline, timeout=10_000)  # the view updates on its timer
    keys = [col.key for col in model.columns]
    assert {"d_withdrawal", "d_shortfall", "d_generated"} <= set(keys)
    c, b = view.summary, view.baseline
    assert b is not None
    i = next(k for k, r in enumerate(c.rows)
             if r.country == "KZ" and r.span.season is Season.VEGETATION)
    change = c.rows[i].withdrawal_mcm - b.rows[i].withdrawal_mcm
    assert change > 1
    assert _cell(model, i, "d_withdrawal") == "+" + fmt_number(change, 0)
    assert f"Baseline: {fmt_number(b.rows[i].withdrawal_mcm, 0)} Mm³" in _cell(
        model, i, "withdrawal", Qt.ItemDataRole.ToolTipRole)
    assert "baseline" in view.chart.water_legend.names()
    window.clear_baseline()
    QApplication.processEvents()
    assert not model.has_baseline
    assert "baseline" not in view.chart.water_legend.names()


def test_the_summary_panel_counts_a_shared_demand_for_each_country(
        variant_window: MainWindow) -> None:
    c = countries_summary(variant_window.results, member=0)
    for code in ("KG", "TJ", "UZ"):
        t = c.totals_of(code)
        assert t.demand_mcm > 0
        assert variant_window.summary.values[f"d.{code}"] == \
            f"{fmt_number(100 * t.shortfall_mcm / t.demand_mcm, 1)} %"


def test_countries_are_named_under_the_bars_or_by_code_when_narrow(window: MainWindow,
                                                                    qtbot) -> None:
    view = _show_countries(window)
    c = view.summary
    names = [c.name(code) for code in c.codes]
    window.resize(2600, 1000)
    qtbot.waitUntil(lambda: view.chart.tick_labels() == names, timeout=5_000)
    window.resize(900, 700)
    qtbot.waitUntil(lambda: view.chart.tick_labels() == c.codes, timeout=5_000)


def test_a_partial_season_is_marked_and_explained(small_window: MainWindow) -> None:
    view = _show_countries(small_window)
    model = view.model
    c = view.summary
    assert c is not None and all(s.partial for s in c.spans)  # October to December
    for i, row in enumerate(c.rows):
        assert _cell(model, i, "season") == f"{row.span.label} (partial)"
        assert "covers" in _cell(model, i, "season", Qt.ItemDataRole.ToolTipRole)
    assert "partial season" in view.notes.text()


def test_a_long_horizon_shows_the_mean_season_of_each_kind_in_the_chart(qapp) -> None:
    from tests.engine.build import demand, inflow, link, scenario, sink
    from waterplanner.engine.simulate import simulate
    from waterplanner.ui.countries_chart import CountriesChart, season_groups
    from waterplanner.ui.countries_view import CountriesView

    months = 48
    wet = [100.0 + 10 * (m % 12) for m in range(months)]
    s = scenario([inflow("river", wet, country="KG"),
                  demand("fields", [30.0 + m % 12 for m in range(months)], country="KZ"),
                  sink()],
                 [link("river", "fields"), link("river", "sea"), link("fields", "sea")])
    r = simulate(s)
    c = countries_summary(r, member=0)
    groups = season_groups(c)
    assert len(c.spans) == 8 and [g.season for g in groups] == [Season.NON_VEGETATION,
                                                                 Season.VEGETATION]
    assert all(len(g.spans) == 4 for g in groups)
    view = CountriesView()
    view.show_results(r, None)
    assert view.model.rowCount() == len(c.rows)  # the table keeps every season
    chart: CountriesChart = view.chart
    kz = [k for k, row in enumerate(c.rows) if row.country == "KZ"]
    winter = [c.rows[k].withdrawal_mcm for k in kz if c.rows[k].span.season is Season.NON_VEGETATION]
    summer = [c.rows[k].withdrawal_mcm for k in kz if c.rows[k].span.season is Season.VEGETATION]
    heights = chart.bar_heights("withdrawal")
    assert len(heights) == 2 * len(c.codes)
    assert heights[2 * c.codes.index("KZ"):2 * c.codes.index("KZ") + 2] == pytest.approx(
        [sum(winter) / 4, sum(summer) / 4])
    view.deleteLater()
