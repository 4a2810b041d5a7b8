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

from waterplanner.i18n import QT_TRANSLATE_NOOP, LabelTable, translate
from waterplanner.model.countries import (
    COUNTRY_NAMES,
    Country,
    EnergyExchange,
    Season,
    country_name,
)
from waterplanner.model.scenario import AllocationPolicy, Scenario
from waterplanner.ui.dialog_parts import error_label, ok_cancel, row_buttons
from waterplanner.ui.figures import general
from waterplanner.ui.schedule_model import parse_number

POLICY_LABELS: LabelTable[AllocationPolicy] = LabelTable("Sharing", {
    AllocationPolicy.UPSTREAM_FIRST: QT_TRANSLATE_NOOP(
        "Sharing", "Upstream first — water is taken where it first reaches an intake "
        "(priorities rank intakes at one point)"),
    AllocationPolicy.PROPORTIONAL: QT_TRANSLATE_NOOP(
        "Sharing", "Proportional (ICWC) — users of equal priority get the same fraction of "
        "their limit, or of their demand without one"),
})
SEASON_LABELS: LabelTable[Season] = LabelTable("Sharing", {
    Season.VEGETATION: QT_TRANSLATE_NOOP("Sharing", "Apr–Sep (vegetation)"),
    Season.NON_VEGETATION: QT_TRANSLATE_NOOP("Sharing", "Oct–Mar (non-vegetation)")})
COUNTRY_HEADS = (QT_TRANSLATE_NOOP("Sharing", "Code"), QT_TRANSLATE_NOOP("Sharing", "Name"),
                 QT_TRANSLATE_NOOP("Sharing", "Limit Apr–Sep (Mm³)"),
                 QT_TRANSLATE_NOOP("Sharing", "Limit Oct–Mar (Mm³)"))
EXCHANGE_HEADS = (QT_TRANSLATE_NOOP("Sharing", "Id"), QT_TRANSLATE_NOOP("Sharing", "Supplier"),
                  QT_TRANSLATE_NOOP("Sharing", "Receiver"),
                  QT_TRANSLATE_NOOP("Sharing", "Energy (GWh)"),
                  QT_TRANSLATE_NOOP("Sharing", "Energy season"),
                  QT_TRANSLATE_NOOP("Sharing", "Water (Mm³)"),
                  QT_TRANSLATE_NOOP("Sharing", "Water season"),
                  QT_TRANSLATE_NOOP("Sharing", "Note"))
"""Column headings (in English; shown through ``translate("Sharing", …)``)."""


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
        raise SharingError(translate("Sharing", "{where}: '{text}' is not a number").format(
            where=where, text=text)) from None


def _season(text: str, where: str, optional: bool = False) -> Season | None:
    key = text.lower()
    for season in SEASON_LABELS:
        for label in (SEASON_LABELS.english[season], SEASON_LABELS[season]):
            if key in (season.value, label.lower(), label.split(" ")[0].lower()):
                return season
    if optional and not text:
        return None
    raise SharingError(translate("Sharing", "{where}: '{text}' is not a season (Apr–Sep or "
                                            "Oct–Mar)").format(where=where, text=text))


class SharingDialog(QDialog):
    """Edit the allocation policy, the countries and the exchange ledger of a scenario."""

    def __init__(self, scenario: Scenario, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Sharing", "Water sharing and countries"))
        self.resize(900, 560)
        self.policy = QComboBox()
        for policy, label in POLICY_LABELS.items():
            self.policy.addItem(label, policy.value)
        self.policy.setCurrentIndex(self.policy.findData(scenario.allocation.value))
        self.countries = QTableWidget(0, len(COUNTRY_HEADS))
        self.countries.setHorizontalHeaderLabels([translate("Sharing", h) for h in COUNTRY_HEADS])
        known = {c.code: c for c in scenario.countries}
        used = sorted({n.country for n in scenario.nodes if n.country} |
                      {code for n in scenario.nodes for code in
                       (getattr(n, "country_shares", None) or {})})
        for code in list(known) + [c for c in used if c not in known]:
            self.add_country(known.get(code, Country(code=code)))
        self.exchanges = QTableWidget(0, len(EXCHANGE_HEADS))
        self.exchanges.setHorizontalHeaderLabels([translate("Sharing", h)
                                                  for h in EXCHANGE_HEADS])
        for x in scenario.energy_exchanges:
            self.add_exchange(x)
        for table in (self.countries, self.exchanges):
            table.resizeColumnsToContents()
        self.exchanges.horizontalHeader().setStretchLastSection(True)  # the note
        self.countries.setColumnWidth(1, max(self.countries.columnWidth(1), 160))
        self.error = error_label()
        buttons = ok_cancel(self)
        form = QFormLayout()
        form.addRow(translate("Sharing", "Sharing a shortage"), self.policy)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(QLabel(translate("Sharing", "<b>Countries</b> — ICWC withdrawal limits "
                                                  "per season, counted at the intakes (empty: "
                                                  "no limit)")))
        lay.addWidget(self.countries, 2)
        lay.addLayout(row_buttons(self.countries, lambda: self.add_country(None)))
        lay.addWidget(QLabel(translate("Sharing", "<b>Energy exchanges</b> — energy delivered "
                                                  "in one season, in return for water released "
                                                  "in another")))
        lay.addWidget(self.exchanges, 2)
        lay.addLayout(row_buttons(self.exchanges, lambda: self.add_exchange(None)))
        lay.addWidget(self.error)
        lay.addWidget(buttons)

    def add_country(self, c: Country | None) -> None:
        r = self.countries.rowCount()
        self.countries.insertRow(r)
        c = c or Country(code="")
        texts = (c.code, c.display_name if c.code else c.name,
                 "" if c.vegetation_limit_mcm is None else general(c.vegetation_limit_mcm),
                 "" if c.non_vegetation_limit_mcm is None else general(c.non_vegetation_limit_mcm))
        for k, text in enumerate(texts):
            self.countries.setItem(r, k, QTableWidgetItem(text))

    def add_exchange(self, x: EnergyExchange | None) -> None:
        r = self.exchanges.rowCount()
        self.exchanges.insertRow(r)
        if x is None:
            texts = (f"exchange_{r + 1}", "", "", "0", SEASON_LABELS[Season.NON_VEGETATION],
                     "", "", "")
        else:
            texts = (x.id, x.supplier, x.receiver, general(x.energy_gwh), SEASON_LABELS[x.season],
                     "" if x.water_mcm is None else general(x.water_mcm),
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
        where = translate("Sharing", "Countries, row {row}").format(row=r + 1)
        code = _cell(self.countries, r, 0).upper()
        name = _cell(self.countries, r, 1)
        standard = (country_name(code), COUNTRY_NAMES.english.get(code))
        return Country(code=code, name="" if name in standard else name,
                       vegetation_limit_mcm=_opt_number(_cell(self.countries, r, 2),
                                                        translate("Sharing", "{where}, Apr–Sep "
                                                                  "limit").format(where=where)),
                       non_vegetation_limit_mcm=_opt_number(_cell(self.countries, r, 3),
                                                            translate(
                                                                "Sharing", "{where}, Oct–Mar "
                                                                "limit").format(where=where)))

    def _exchange(self, r: int) -> EnergyExchange:
        where = translate("Sharing", "Energy exchanges, row {row}").format(row=r + 1)
        energy = _opt_number(_cell(self.exchanges, r, 3),
                             translate("Sharing", "{where}, energy").format(where=where))
        return EnergyExchange(
            id=_cell(self.exchanges, r, 0), supplier=_cell(self.exchanges, r, 1).upper(),
            receiver=_cell(self.exchanges, r, 2).upper(),
            energy_gwh=0.0 if energy is None else energy,
            season=_season(_cell(self.exchanges, r, 4),  # type: ignore[arg-type]
                           translate("Sharing", "{where}, energy season").format(where=where)),
            water_mcm=_opt_number(_cell(self.exchanges, r, 5),
                                  translate("Sharing", "{where}, water").format(where=where)),
            water_season=_season(_cell(self.exchanges, r, 6),
                                 translate("Sharing", "{where}, water season").format(
                                     where=where), optional=True),
            note=_cell(self.exchanges, r, 7))
