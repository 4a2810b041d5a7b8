"""Scenario → Water sharing and countries: how a shortage is shared, the countries with their
ICWC seasonal limits, and the energy-for-water exchange ledger, edited in one dialog and
applied as one undoable edit.

The dialog only reads what is typed; the caller applies the edit, and a refusal (a limit
below zero, an exchange naming a season that does not exist) is shown in the dialog without
losing what was typed.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from waterplanner.model.countries import Country, EnergyExchange, Season, country_name
from waterplanner.model.scenario import AllocationPolicy, Scenario
from waterplanner.ui.dialog_parts import error_label, ok_cancel, row_buttons
from waterplanner.ui.schedule_model import parse_number

POLICY_LABELS = {
    AllocationPolicy.UPSTREAM_FIRST: "Upstream first — water is taken where it first reaches "
                                     "an intake (priorities rank intakes at one point)",
    AllocationPolicy.PROPORTIONAL: "Proportional (ICWC) — users of equal priority get the same "
                                   "fraction of their limit, or of their demand without one",
}
SEASON_LABELS = {Season.VEGETATION: "Apr–Sep (vegetation)",
                 Season.NON_VEGETATION: "Oct–Mar (non-vegetation)"}
COUNTRY_HEADS = ("Code", "Name", "Limit Apr–Sep (Mm³)", "Limit Oct–Mar (Mm³)")
EXCHANGE_HEADS = ("Id", "Supplier", "Receiver", "Energy (GWh)", "Energy season",
                  "Water (Mm³)", "Water season", "Note")


class SharingError(ValueError):
    """A cell that cannot be read (the message names its table, row and column)."""


def _cell(table: QTableWidget, r: int, c: int) -> str:
    item = table.item(r, c)
    return item.text().strip() if item is not None else ""


def _opt_number(text: str, where: str) -> float | None:
    if not text:
        return None
    try:
        return parse_number(text)
    except ValueError:
        raise SharingError(f"{where}: '{text}' is not a number") from None


def _season(text: str, where: str, optional: bool = False) -> Season | None:
    key = text.lower()
    for season, label in SEASON_LABELS.items():
        if key in (season.value, label.lower(), label.split(" ")[0].lower()):
            return season
    if optional and not text:
        return None
    raise SharingError(f"{where}: '{text}' is not a season (Apr–Sep or Oct–Mar)")


class SharingDialog(QDialog):
    """Edit the allocation policy, the countries and the exchange ledger of a scenario."""

    def __init__(self, scenario: Scenario, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Water sharing and countries")
        self.resize(900, 560)
        self.policy = QComboBox()
        for policy, label in POLICY_LABELS.items():
            self.policy.addItem(label, policy.value)
        self.policy.setCurrentIndex(self.policy.findData(scenario.allocation.value))
        self.countries = QTableWidget(0, len(COUNTRY_HEADS))
        self.countries.setHorizontalHeaderLabels(COUNTRY_HEADS)
        known = {c.code: c for c in scenario.countries}
        used = sorted({n.country for n in scenario.nodes if n.country} |
                      {code for n in scenario.nodes for code in
                       (getattr(n, "country_shares", None) or {})})
        for code in list(known) + [c for c in used if c not in known]:
            self.add_country(known.get(code, Country(code=code)))
        self.exchanges = QTableWidget(0, len(EXCHANGE_HEADS))
        self.exchanges.setHorizontalHeaderLabels(EXCHANGE_HEADS)
        for x in scenario.energy_exchanges:
            self.add_exchange(x)
        for table in (self.countries, self.exchanges):
            table.resizeColumnsToContents()
        self.exchanges.horizontalHeader().setStretchLastSection(True)  # the note
        self.countries.setColumnWidth(1, max(self.countries.columnWidth(1), 160))
        self.error = error_label()
        buttons = ok_cancel(self)
        form = QFormLayout()
        form.addRow("Sharing a shortage", self.policy)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(QLabel("<b>Countries</b> — ICWC withdrawal limits per season, counted at "
                             "the intakes (empty: no limit)"))
        lay.addWidget(self.countries, 2)
        lay.addLayout(row_buttons(self.countries, lambda: self.add_country(None)))
        lay.addWidget(QLabel("<b>Energy exchanges</b> — energy delivered in one season, "
                             "in return for water released in another"))
        lay.addWidget(self.exchanges, 2)
        lay.addLayout(row_buttons(self.exchanges, lambda: self.add_exchange(None)))
        lay.addWidget(self.error)
        lay.addWidget(buttons)

    def add_country(self, c: Country | None) -> None:
        r = self.countries.rowCount()
        self.countries.insertRow(r)
        c = c or Country(code="")
        texts = (c.code, c.name or (country_name(c.code) if c.code else ""),
                 "" if c.vegetation_limit_mcm is None else f"{c.vegetation_limit_mcm:g}",
                 "" if c.non_vegetation_limit_mcm is None else f"{c.non_vegetation_limit_mcm:g}")
        for k, text in enumerate(texts):
            self.countries.setItem(r, k, QTableWidgetItem(text))

    def add_exchange(self, x: EnergyExchange | None) -> None:
        r = self.exchanges.rowCount()
        self.exchanges.insertRow(r)
        if x is None:
            texts = (f"exchange_{r + 1}", "", "", "0", SEASON_LABELS[Season.NON_VEGETATION],
                     "", "", "")
        else:
            texts = (x.id, x.supplier, x.receiver, f"{x.energy_gwh:g}", SEASON_LABELS[x.season],
                     "" if x.water_mcm is None else f"{x.water_mcm:g}",
                     "" if x.water_season is None else SEASON_LABELS[x.water_season], x.note)
        for k, text in enumerate(texts):
            self.exchanges.setItem(r, k, QTableWidgetItem(text))

    def values(self) -> tuple[str, tuple[Country, ...], tuple[EnergyExchange, ...]] | None:
        """Policy, countries and exchanges as typed, or None (with the reason shown)."""
        try:
            countries = tuple(self._country(r) for r in range(self.countries.rowCount())
                              if any(_cell(self.countries, r, k) for k in range(4)))
            exchanges = tuple(self._exchange(r) for r in range(self.exchanges.rowCount()))
        except SharingError as e:
            self.error.setText(str(e))
            return None
        self.error.setText("")
        return str(self.policy.currentData()), countries, exchanges

    def _country(self, r: int) -> Country:
        where = f"Countries, row {r + 1}"
        code = _cell(self.countries, r, 0).upper()
        name = _cell(self.countries, r, 1)
        return Country(code=code, name="" if name == country_name(code) else name,
                       vegetation_limit_mcm=_opt_number(_cell(self.countries, r, 2),
                                                        f"{where}, Apr–Sep limit"),
                       non_vegetation_limit_mcm=_opt_number(_cell(self.countries, r, 3),
                                                            f"{where}, Oct–Mar limit"))

    def _exchange(self, r: int) -> EnergyExchange:
        where = f"Energy exchanges, row {r + 1}"
        energy = _opt_number(_cell(self.exchanges, r, 3), f"{where}, energy")
        return EnergyExchange(
            id=_cell(self.exchanges, r, 0), supplier=_cell(self.exchanges, r, 1).upper(),
            receiver=_cell(self.exchanges, r, 2).upper(),
            energy_gwh=0.0 if energy is None else energy,
            season=_season(_cell(self.exchanges, r, 4), f"{where}, energy season"),  # type: ignore[arg-type]
            water_mcm=_opt_number(_cell(self.exchanges, r, 5), f"{where}, water"),
            water_season=_season(_cell(self.exchanges, r, 6), f"{where}, water season",
                                 optional=True),
            note=_cell(self.exchanges, r, 7))
