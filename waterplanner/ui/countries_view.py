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

from datetime import date, timedelta

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
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
from waterplanner.engine.risk.table import RiskTable
from waterplanner.i18n import QT_TRANSLATE_NOOP, plural, translate
from waterplanner.i18n.dates import month_abbr
from waterplanner.i18n.units import unit
from waterplanner.model.countries import EnergyExchange
from waterplanner.ui.countries_chart import CountriesChart
from waterplanner.ui.countries_model import VOLUME_UNITS, CountriesTableModel
from waterplanner.ui.countries_risk_model import CountriesRiskModel
from waterplanner.ui.figures import general
from waterplanner.ui.plot_axes import fmt_number

EXPLANATION = QT_TRANSLATE_NOOP(
    "CountriesView", "Withdrawal is the water entering the intakes of a country's demands (a "
    "demand shared among countries is split by its shares); limits are per ICWC season "
    "(October–March, April–September); % of basin is the country's share of the inflow formed "
    "in the basin that season.")
LIMIT_CAVEAT = QT_TRANSLATE_NOOP(
    "CountriesView", "An ICWC limit counts main-stem withdrawals at the ICWC's control points: "
    "where a country's demands hold more (small rivers, users below a control point), % of "
    "limit is not like for like; the scenario's notes say what each limit covers.")
"""Said under the table whenever a limit is shown."""
"""What the table's numbers mean, under it."""
REPORTED_MEMBER = 0
"""The ensemble member shown unless another is chosen (the command line and the report show
this one)."""


def exchange_text(x: EnergyExchange, name: dict[str, str]) -> str:
    """One line of the ledger: who gives whom how much energy, when, and for what."""
    line = translate("CountriesView", "{id}: {supplier} → {receiver}, {energy} {unit} in "
                     "{season} of each water year").format(
        id=x.id, supplier=name.get(x.supplier, x.supplier),
        receiver=name.get(x.receiver, x.receiver), energy=fmt_number(x.energy_gwh, 0),
        unit=unit("GWh"), season=x.season.label)
    if x.water_mcm is not None:
        if x.water_season is not None:
            line += translate("CountriesView", ", in return for {water} {unit} of water in "
                              "{season}").format(water=fmt_number(x.water_mcm, 0),
                                                 unit=unit("Mm³"), season=x.water_season.label)
        else:
            line += translate("CountriesView", ", in return for {water} {unit} of water").format(
                water=fmt_number(x.water_mcm, 0), unit=unit("Mm³"))
    return line + (f" — {x.note}" if x.note else "")



def day_month_year(day: date) -> str:
    """'1 Oct 2025' (the day without a leading zero, as ``f"{d.day} {d:%b %Y}"``)."""
    return f"{day.day} {month_abbr(day.month)} {day.year}"


def _counted_texts() -> None:  # pragma: no cover - read by pyside6-lupdate, never run
    translate("CountriesView", "Risk over {count} members: P(short) is the share of members "
                               "whose shortfall over the horizon exceeds {threshold} % of the "
                               "country's demand; energy per season over the members", None, 1)

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
        assert isinstance(model, (CountriesTableModel, CountriesRiskModel))
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
            self.units.addItem(unit(label), key)
        self.units.setToolTip(translate("CountriesView",
                                        "Unit of the volumes in the chart and the table"))
        self.units.currentIndexChanged.connect(self._on_units_changed)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.caption, 1)
        top.addWidget(QLabel(translate("CountriesView", "Volumes in")))
        top.addWidget(self.units)
        self.ledger = QLabel()
        self.ledger.setTextFormat(Qt.TextFormat.PlainText)
        self.ledger.setWordWrap(True)
        self.ledger.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes = QLabel()
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("color: #555555; font-size: 8pt")
        self.risk_caption = QLabel()
        self.risk_caption.setTextFormat(Qt.TextFormat.PlainText)
        self.risk_caption.setWordWrap(True)
        self.risk_caption.setStyleSheet("color: #444444; font-weight: bold")
        self.risk_model = CountriesRiskModel()
        self.risk_table = CountriesTableView()
        self.risk_table.setModel(self.risk_model)
        self.risk_table.setAlternatingRowColors(True)
        self.risk_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.risk_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.risk_table.setWordWrap(False)
        self.risk_table.verticalHeader().setVisible(False)
        self.risk_table.verticalHeader().setDefaultSectionSize(
            self.risk_table.fontMetrics().height() + 6)
        rhead = self.risk_table.horizontalHeader()
        rhead.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        rhead.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        rhead.setStyleSheet("QHeaderView::section { padding: 1px 4px; }")
        self.risk_box = QWidget()
        risk_lay = QVBoxLayout(self.risk_box)
        risk_lay.setContentsMargins(0, 4, 0, 0)
        risk_lay.addWidget(self.risk_caption)
        risk_lay.addWidget(self.risk_table, 1)
        self.risk_box.hide()
        self.tables = QSplitter(Qt.Orientation.Vertical)
        self.tables.addWidget(self.table)
        self.tables.addWidget(self.risk_box)
        self.tables.setChildrenCollapsible(False)
        self.tables.setStretchFactor(0, 3)
        self.tables.setStretchFactor(1, 2)
        self.table.setMinimumHeight(80)
        self.risk_table.setMinimumHeight(60)
        lower = QWidget()
        lay = QVBoxLayout(lower)
        lay.setContentsMargins(4, 2, 4, 2)
        lay.addLayout(top)
        lay.addWidget(self.tables, 1)
        # the ledger and the notes scroll when the tab is short (a small screen, or words
        # longer than English's) rather than being cut off
        words = QWidget()
        words_lay = QVBoxLayout(words)
        words_lay.setContentsMargins(0, 0, 0, 0)
        words_lay.addWidget(self.ledger)
        words_lay.addWidget(self.notes)
        self.words = QScrollArea()
        self.words.setWidget(words)
        self.words.setWidgetResizable(True)
        self.words.setFrameShape(QFrame.Shape.NoFrame)
        self.words.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.words.setMinimumHeight(3 * self.fontMetrics().height())
        lay.addWidget(self.words)
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
        self._shown: tuple[object, ...] | None = None
        self.member = REPORTED_MEMBER
        self.risk: RiskTable | None = None
        self.baseline_risk: RiskTable | None = None
        self._no_countries = False
        self.clear()

    # --- content ----------------------------------------------------------------------
    def clear(self) -> None:
        """Nothing to show (the scenario cannot be simulated): no stale numbers."""
        self.summary = self.baseline = None
        self._shown = None
        self.model.set_summary(None)
        self.show_risk(None, None)
        self.chart.clear()
        self.caption.setText(translate("CountriesView", "Not simulated: no country figures."))
        self.ledger.clear()
        self.ledger.hide()
        self.notes.clear()

    def show_results(self, results: Results, baseline: Results | None,
                     member: int = REPORTED_MEMBER, risk: RiskTable | None = None,
                     baseline_risk: RiskTable | None = None) -> None:
        """Show the per-country summary of ``results`` (of ensemble member ``member``) and
        its change from ``baseline``; for an ensemble, ``risk`` (the table kept with
        ``results``) below it, with ``baseline_risk`` beside it."""
        member = min(max(member, 0), results.members - 1)
        key = (results, baseline, member, risk, baseline_risk)
        if self._shown is not None and all(a is b for a, b in zip(self._shown, key,
                                                                   strict=True)):
            return
        self._shown = key
        self.member = member
        self.show_risk(risk, baseline_risk)
        self._no_countries = not has_country_data(results.scenario)
        self.summary = countries_summary(results, member=member)
        self.baseline = countries_summary(baseline, member=min(member, baseline.members - 1)) \
            if baseline is not None else None
        if self.baseline is not None and \
                [s.to_dict() for s in self.baseline.spans] != [s.to_dict() for s in self.summary.spans]:
            self.baseline = None  # other seasons: nothing to compare row by row
        self.model.set_volume_unit(self.units.currentData())
        self.model.set_summary(self.summary, self.baseline)
        self._draw_chart()
        self._describe()

    def show_risk(self, risk: RiskTable | None, baseline: RiskTable | None) -> None:
        """The risk table of an ensemble (None: hidden, a single run shows no risk)."""
        self.risk, self.baseline_risk = risk, baseline
        self.risk_model.set_risk(risk, baseline if risk is not None else None)
        self.risk_table.clearSpans()
        if risk is None:
            self.risk_box.hide()
            self.risk_caption.clear()
            return
        for row, col, n in self.risk_model.spans():
            self.risk_table.setSpan(row, col, n, 1)
        what = plural("CountriesView", "Risk over {count} members: P(short) is the share of "
                      "members whose shortfall over the horizon exceeds {threshold} % of the "
                      "country's demand; energy per season over the members", risk.members
                      ).format(count=risk.members, threshold=general(risk.threshold_pct))
        if baseline is not None:
            what += translate("CountriesView", "; Δ = this scenario minus the baseline")
        self.risk_caption.setText(what)
        if self.risk_box.isHidden():
            self.risk_box.show()
            total = sum(self.splitter.sizes())
            if total > 0:  # the chart at its smallest: the tables need the room
                chart = self.chart_widget.minimumHeight()
                self.splitter.setSizes([chart, total - chart])
            h = max(self.tables.height(), 200)
            self.tables.setSizes([h // 2, h - h // 2])

    def _draw_chart(self) -> None:
        if self.summary is not None:
            label, per, _ = VOLUME_UNITS[self.units.currentData()]
            self.chart.update(self.summary, self.baseline, (unit(label), per))

    def _describe(self) -> None:
        s = self.summary
        if s is None:
            return
        first, last = s.spans[0], s.spans[-1]
        last_day = last.end - timedelta(days=1)
        what = translate("CountriesView", "{countries} countries × {seasons} ICWC seasons, "
                         "{start} to {end}").format(
            countries=len(s.codes), seasons=len(s.spans), start=day_month_year(first.start),
            end=day_month_year(last_day))
        if s.members > 1:
            what += translate("CountriesView", "; ensemble of {count}: member {number} is "
                              "shown").format(count=s.members, number=self.member + 1)
        if self.baseline is not None:
            what += translate("CountriesView", "; Δ = this scenario minus the baseline")
        self.caption.setText(what)
        names = {c.code: c.display_name for c in s.countries}
        if s.exchanges:
            self.ledger.setText(translate("CountriesView", "Energy exchanges:") + "\n" + "\n".join(
                "• " + exchange_text(x, names) for x in s.exchanges))
            self.ledger.show()
        else:
            self.ledger.clear()
            self.ledger.hide()
        notes = [translate("CountriesView", EXPLANATION)]
        if any(r.limit_mcm is not None for r in s.rows):
            notes.append(translate("CountriesView", LIMIT_CAVEAT))
        if any(sp.partial for sp in s.spans):
            notes.append(translate(
                "CountriesView", "A partial season is covered by the horizon only in part: its "
                "limit is still the whole season's, its exchanges count for the days covered."))
        if UNASSIGNED in s.codes:
            notes.append(translate("CountriesView", "'Unassigned' gathers demands, rivers and "
                                                    "plants of no country."))
        if self._no_countries:
            notes.append(translate("CountriesView", "The scenario assigns no countries yet."))
        self.notes.setText(" ".join(notes))

    def _on_units_changed(self, _index: int) -> None:
        self.model.set_volume_unit(self.units.currentData())  # keeps the selection
        self._draw_chart()
