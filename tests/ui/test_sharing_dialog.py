"""Scenario → Water sharing and countries: the policy, the countries' seasonal limits and
the exchange ledger, typed in one dialog and applied as one undoable edit."""

from __future__ import annotations

from waterplanner.model.countries import Country, EnergyExchange, Season
from waterplanner.model.scenario import AllocationPolicy
from waterplanner.ui.sharing_dialog import SharingDialog


def _without_countries(win) -> None:
    """The default scenario without its countries and ledger: the dialog starts from the
    countries of its nodes."""
    assert win.apply_sharing("upstream_first", (), ())


def test_the_dialog_lists_the_countries_of_the_nodes(window) -> None:
    _without_countries(window)
    dlg = SharingDialog(window.document.scenario)
    codes = [dlg.countries.item(r, 0).text() for r in range(dlg.countries.rowCount())]
    assert codes == ["KG", "KZ", "TJ", "UZ"]
    assert dlg.countries.item(0, 1).text() == "Kyrgyzstan"
    policy, countries, exchanges = dlg.values()
    assert policy == "upstream_first" and exchanges == ()
    assert countries[0] == Country(code="KG")
    dlg.deleteLater()


def test_limits_and_an_exchange_are_one_undoable_edit(window) -> None:
    win = window
    _without_countries(win)
    dlg = SharingDialog(win.document.scenario)
    dlg.policy.setCurrentIndex(dlg.policy.findData("proportional"))
    dlg.countries.item(3, 2).setText("20 000")
    dlg.countries.item(3, 3).setText("9500")
    dlg.add_exchange(None)
    for col, text in ((1, "kz"), (2, "KG"), (3, "500"), (5, "1000"), (6, "Apr–Sep")):
        dlg.exchanges.item(0, col).setText(text)
    values = dlg.values()
    assert values is not None, dlg.error.text()
    dlg.deleteLater()
    before = win.document.scenario
    assert win.apply_sharing(*values)
    s = win.document.scenario
    assert s.allocation is AllocationPolicy.PROPORTIONAL
    assert s.countries[3] == Country(code="UZ", vegetation_limit_mcm=20000.0,
                                     non_vegetation_limit_mcm=9500.0)
    assert s.energy_exchanges == (EnergyExchange(
        id="exchange_1", supplier="KZ", receiver="KG", energy_gwh=500.0,
        season=Season.NON_VEGETATION, water_mcm=1000.0, water_season=Season.VEGETATION),)
    assert win.act_undo.text() == "&Undo Set water sharing and countries"
    win.act_undo.trigger()
    assert win.document.scenario == before


def test_unreadable_or_invalid_entries_are_refused_with_the_reason(window) -> None:
    win = window
    dlg = SharingDialog(win.document.scenario)
    dlg.countries.item(0, 2).setText("a lot")
    assert dlg.values() is None
    assert "Countries, row 1, Apr–Sep limit: 'a lot' is not a number" in dlg.error.text()
    dlg.countries.item(0, 2).setText("-5")
    values = dlg.values()
    assert values is not None
    before = win.document.scenario
    assert not win.apply_sharing(*values)
    assert win.document.scenario is before
    assert "countries" in win.message_label.text().lower()
    dlg.deleteLater()
