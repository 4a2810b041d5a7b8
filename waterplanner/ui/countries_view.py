"""The Countries tab: the table a delegation takes into a negotiation.

A compact chart (withdrawal against the ICWC limit, energy generated and net, per country
and season) above a table with one row per country and season — limit, withdrawal, % of
limit, demand, delivery, shortfall, flow formed, energy generated, received, supplied and
net — and the energy exchange ledger below it. Everything comes from one
:func:`~waterplanner.engine.countries_summary.countries_summary` of the session's results
(the first ensemble member, as in the command line's table and the report), so the three
never disagree. Ctrl+C copies the selected cells as tab-separated text with the column
headers, ready for a spreadsheet.

Volumes are in Mm³ or km³ (the switch above the table): the ICWC sets its limits as
seasonal volumes, so the window's release unit (m³/s or Mm³ per period) does not apply.
"""

from __future__ import annotations

from datetime import timedelta

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from waterplanner.engine.countries_summary import (
    UNASSIGNED,
    CountriesSummary,
    countries_summary,
    has_country_data,
)
from waterplanner.engine.results import Results
from waterplanner.model.countries import EnergyExchange
from waterplanner.ui.countries_chart import CountriesChart
from waterplanner.ui.countries_model import VOLUME_UNITS, CountriesTableModel
from waterplanner.ui.plot_axes import fmt_number

EXPLANATION = ("Withdrawal is the water entering the intakes of a country's demands (a "
               "demand shared among countries is split by its shares); limits are per ICWC "
               "season (October–March, April–September); % of basin is the country's share of "
               "the inflow formed in the basin that season.")
LIMIT_CAVEAT = ("An ICWC limit counts main-stem withdrawals at the ICWC's control points: "
                "where a country's demands hold more (small rivers, users below a control "
                "point), % of limit is not like for like; the scenario's notes say what each "
                "limit covers.")
"""Said under the table whenever a limit is shown."""
"""What the table's numbers mean, under it."""
REPORTED_MEMBER = 0
"""The ensemble member shown (the command line and the report show the same one)."""


def exchange_text(x: EnergyExchange, name: dict[str, str]) -> str:
    """One line of the ledger: who gives whom how much energy, when, and for what."""
    line = (f"{x.id}: {name.get(x.supplier, x.supplier)} → {name.get(x.receiver, x.receiver)}, "
            f"{fmt_number(x.energy_gwh, 0)} GWh in {x.season.label} of each water year")
    if x.water_mcm is not None:
        line += f", in return for {fmt_number(x.water_mcm, 0)} Mm³ of water"
        if x.water_season is not None:
            line += f" in {x.water_season.label}"
    return line + (f" — {x.note}" if x.note else "")


class CountriesTableView(QTableView):
    """The table, with Ctrl+C copying the selection as tab-separated text with headers."""

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            return
        super().keyPressEvent(event)

    def selection_text(self) -> str:
        """The selected cells as tab-separated text, the header row first."""
        model = self.model()
        assert isinstance(model, CountriesTableModel)
        return model.tsv((i.row(), i.column()) for i in self.selectionModel().selectedIndexes())

    def copy_selection(self) -> None:
        text = self.selection_text()
        if text:
            QGuiApplication.clipboard().setText(text)


class CountriesView(QWidget):
    """Chart, table and ledger of the per-country summary; :meth:`show_results` updates
    them, :meth:`clear` empties them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart_widget = pg.GraphicsLayoutWidget()
        self.chart_widget.ci.setContentsMargins(4, 4, 4, 4)
        self.chart = CountriesChart(self.chart_widget.ci)
        self.model = CountriesTableModel()
        self.table = CountriesTableView()
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 6)
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        head.setStretchLastSection(False)
        head.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        head.setStyleSheet("QHeaderView::section { padding: 1px 4px; }")
        self.table.setToolTip("")
        self.caption = QLabel()
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.caption.setWordWrap(True)
        self.caption.setStyleSheet("color: #444444")
        self.units = QComboBox()
        for key, (label, _, _) in VOLUME_UNITS.items():
            self.units.addItem(label, key)
        self.units.setToolTip("Unit of the volumes in the chart and the table")
        self.units.currentIndexChanged.connect(self._on_units_changed)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.caption, 1)
        top.addWidget(QLabel("Volumes in"))
        top.addWidget(self.units)
        self.ledger = QLabel()
        self.ledger.setTextFormat(Qt.TextFormat.PlainText)
        self.ledger.setWordWrap(True)
        self.ledger.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes = QLabel()
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("color: #555555; font-size: 8pt")
        lower = QWidget()
        lay = QVBoxLayout(lower)
        lay.setContentsMargins(4, 2, 4, 2)
        lay.addLayout(top)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.ledger)
        lay.addWidget(self.notes)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.chart_widget)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([240, 360])
        self.chart_widget.setMinimumHeight(170)
        self.splitter.setChildrenCollapsible(False)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.splitter)
        self.summary: CountriesSummary | None = None
        self.baseline: CountriesSummary | None = None
        self._shown: tuple[Results, Results | None] | None = None
        self._no_countries = False
        self.clear()

    # --- content ----------------------------------------------------------------------
    def clear(self) -> None:
        """Nothing to show (the scenario cannot be simulated): no stale numbers."""
        self.summary = self.baseline = None
        self._shown = None
        self.model.set_summary(None)
        self.chart.clear()
        self.caption.setText("Not simulated: no country figures.")
        self.ledger.clear()
        self.ledger.hide()
        self.notes.clear()

    def show_results(self, results: Results, baseline: Results | None) -> None:
        """Show the per-country summary of ``results`` (and its change from ``baseline``)."""
        if self._shown is not None and self._shown[0] is results and self._shown[1] is baseline:
            return
        self._shown = (results, baseline)
        self._no_countries = not has_country_data(results.scenario)
        self.summary = countries_summary(results, member=REPORTED_MEMBER)
        self.baseline = countries_summary(baseline, member=REPORTED_MEMBER) \
            if baseline is not None else None
        if self.baseline is not None and \
                [s.to_dict() for s in self.baseline.spans] != [s.to_dict() for s in self.summary.spans]:
            self.baseline = None  # other seasons: nothing to compare row by row
        self.model.set_volume_unit(self.units.currentData())
        self.model.set_summary(self.summary, self.baseline)
        self._draw_chart()
        self._describe()

    def _draw_chart(self) -> None:
        if self.summary is not None:
            label, per, _ = VOLUME_UNITS[self.units.currentData()]
            self.chart.update(self.summary, self.baseline, (label, per))

    def _describe(self) -> None:
        s = self.summary
        if s is None:
            return
        first, last = s.spans[0], s.spans[-1]
        last_day = last.end - timedelta(days=1)
        what = f"{len(s.codes)} countries × {len(s.spans)} ICWC seasons, " \
               f"{first.start.day} {first.start:%b %Y} to {last_day.day} {last_day:%b %Y}"
        if s.members > 1:
            what += f"; ensemble of {s.members}: the first member is shown"
        if self.baseline is not None:
            what += "; Δ = this scenario minus the baseline"
        self.caption.setText(what)
        names = {c.code: c.display_name for c in s.countries}
        if s.exchanges:
            self.ledger.setText("Energy exchanges:\n" + "\n".join(
                "• " + exchange_text(x, names) for x in s.exchanges))
            self.ledger.show()
        else:
            self.ledger.clear()
            self.ledger.hide()
        notes = [EXPLANATION]
        if any(r.limit_mcm is not None for r in s.rows):
            notes.append(LIMIT_CAVEAT)
        if any(sp.partial for sp in s.spans):
            notes.append("A partial season is covered by the horizon only in part: its "
                         "limit is still the whole season's, its exchanges count for the days "
                         "covered.")
        if UNASSIGNED in s.codes:
            notes.append("'Unassigned' gathers demands, rivers and plants of no country.")
        if self._no_countries:
            notes.append("The scenario assigns no countries yet.")
        self.notes.setText(" ".join(notes))

    def _on_units_changed(self, _index: int) -> None:
        self.model.set_volume_unit(self.units.currentData())  # keeps the selection
        self._draw_chart()
