"""The headline numbers and their change against the baseline.

Rows come from :meth:`Results.summary`; this module only formats them. A change is
coloured when its direction is unambiguous (more shortfall is worse, more water reaching
the lake is better); energy moves are shown neutrally, since more winter energy upstream
is good for one country and may cost another.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QSplitter,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from waterplanner.engine.countries_summary import UNASSIGNED, countries_summary
from waterplanner.engine.results import Results
from waterplanner.engine.summary import FILL_DEFINITION, Summary
from waterplanner.i18n import translate
from waterplanner.i18n.units import unit
from waterplanner.model.countries import COUNTRY_NAMES
from waterplanner.ui.drawn import Drawn
from waterplanner.ui.figures import fixed, general
from waterplanner.ui.local_names import short_label, with_local
from waterplanner.ui.palette import country_colour
from waterplanner.ui.plot_axes import fmt_number
from waterplanner.ui.risk_panel import RiskPanel
from waterplanner.ui.wrapping_tree import WrappingTree

GOOD, BAD = QColor("#007A5A"), QColor("#C0392B")


@dataclass(frozen=True)
class Row:
    """One line of the summary: a value, its unit and how to judge its change."""

    key: str
    label: str
    value: float | None
    unit: str
    decimals: int = 0
    better: int = 0
    """+1 if higher is better, -1 if lower is better, 0 if neither."""
    text: str | None = None
    country: str = ""
    tip: str = ""


def summary_rows(s: Summary, r: Results, member: int = 0) -> list[Row]:
    """The rows of a summary (of ensemble member ``member``), in reading order."""
    rows = [Row("shortfall", translate("Summary", "Total shortfall"), s.shortfall_pct, "%", 1, -1),
            Row("shortfall_mcm", translate("Summary", "Water short"), s.shortfall_mcm,
                unit("Mm³"), 0, -1)]
    sc = r.scenario

    def names(node_id: str, name: str, short: str) -> tuple[str, str]:
        """(a row's name, its tooltip's): in Russian and Kazakh the local name alone in the
        narrow row, "Toktogul (Токтогул)" in the tooltip (:mod:`waterplanner.ui.local_names`)."""
        if not sc.has_node(node_id):
            return short, short
        node = sc.node(node_id)
        return short_label(node, short), with_local(node, short)

    worst = s.demand(s.worst_demand) if s.worst_demand else None
    if worst:
        row_name, tip_name = names(worst.node_id, worst.name, worst.name)
        rows.append(Row("worst", translate("Summary", "Worst: {name}").format(name=row_name),
                        worst.shortfall_pct, "%", 1, -1,
                        tip=translate("Summary", "Worst: {name}").format(name=tip_name)))
    else:
        rows.append(Row("worst", translate("Summary", "Worst demand: none short"), 0.0, "%", 1,
                        -1))
    for lk in s.lakes:
        row_name, tip_name = names(lk.node_id, lk.name, lk.name.split(" (")[0])
        rows.append(Row(f"lake_in.{lk.node_id}", translate("Summary", "{name}: inflow").format(
            name=row_name), lk.inflow_mcm / 1000, unit("km³"), 2, +1,
            tip=translate("Summary", "{name}: inflow").format(name=tip_name)))
        rows.append(Row(f"lake_lvl.{lk.node_id}", translate(
            "Summary", "{name}: level at end").format(name=row_name), lk.end_level_m, unit("m"),
            2, +1, tip=translate("Summary", "{name}: level at end").format(name=tip_name)))
    for res in s.reservoirs:
        row_name, tip_name = names(res.node_id, res.name, res.name.split(" (")[0])
        rows.append(Row(f"fill.{res.node_id}", translate(
            "Summary", "{name}: end, % active").format(name=row_name), res.end_fill_pct, "%",
            0, 0, tip=translate("Summary", "{name}: {end} {unit} at the end of the horizon "
                                "({start} {unit} at the start); {definition}").format(
                name=tip_name, end=fixed(res.end_storage_mcm / 1000, 2), unit=unit("km³"),
                start=fixed(res.start_storage_mcm / 1000, 2),
                definition=translate("Summary", FILL_DEFINITION))))
    rows.append(Row("energy", translate("Summary", "Hydropower, total"), s.energy_gwh,
                    unit("GWh"), 0, 0))
    # a demand shared among countries counts for each by its share, as in the Countries tab
    shared = countries_summary(r, member=member)
    short_rows: dict[str, Row] = {}
    for code in shared.codes:
        t = shared.totals_of(code)
        if t.demand_mcm > 0:
            key = "" if code == UNASSIGNED else code
            name = COUNTRY_NAMES.get(key, key or translate("Summary", "No country"))
            short_rows[key] = Row(f"d.{key}", translate("Summary", "{name}: shortfall").format(
                name=name),
                             100.0 * t.shortfall_mcm / t.demand_mcm, "%", 1, -1, country=key)
    for c in s.countries:
        name = COUNTRY_NAMES.get(c.country, c.country or translate("Summary", "No country"))
        if c.energy_gwh > 0:
            rows.append(Row(f"w.{c.country}", translate("Summary", "{name}: winter energy")
                            .format(name=name), c.winter_gwh, unit("GWh"), 0, 0,
                            country=c.country))
            rows.append(Row(f"s.{c.country}", translate("Summary", "{name}: summer energy")
                            .format(name=name), c.summer_gwh, unit("GWh"), 0, 0,
                            country=c.country))
        if c.country in short_rows:
            rows.append(short_rows.pop(c.country))
    rows += short_rows.values()  # countries with a share of a demand and no plant
    label = translate("Summary", "Mass balance ✓") if s.mass_balance_ok else \
        translate("Summary", "Mass balance ✗ does not close")
    rows.append(Row("balance", label, s.mass_balance_residual_mcm, unit("Mm³"), 3, 0,
                    text=f"{general(s.mass_balance_residual_mcm, '.1e')} {unit('Mm³')}"))
    return rows


class SummaryPanel(QWidget):
    """Tree of headline numbers with a Δ column against the baseline and, for an inflow
    ensemble, the risk over its members below it (:class:`RiskPanel`)."""

    def __init__(self, session=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        # labels wrap beside value columns as wide as their numbers (wrapping_tree)
        self.tree = WrappingTree(3)
        self.tree.setHeaderLabels(["", translate("Summary", "Now"),
                                   translate("Summary", "Δ baseline")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setMinimumHeight(230)  # the headline numbers stay readable beside the form
        self._fitted_for: tuple[object, ...] = ()
        self.risk = RiskPanel(session)
        self.risk.hide()
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.risk)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(2, 2, 2, 2)
        lay.addWidget(self.splitter)
        self.values: dict[str, str] = {}
        self.deltas: dict[str, str] = {}
        self._base_rows: tuple[Drawn, int, dict[str, Row]] | None = None
        if session is not None:
            session.results_changed.connect(self._on_session_results_changed)
            session.member_changed.connect(self._on_session_results_changed)
            session.risk_options_changed.connect(self._show_risk)

    def _on_session_results_changed(self) -> None:
        ss = self.session
        if ss.results is None:
            self.clear()
        else:
            self.show_summary(ss.results, ss.baseline_results, ss.member)
        self._show_risk()

    def _show_risk(self) -> None:
        """The session's risk tables (the ones kept with the results shown), or none."""
        ss = self.session
        table = ss.risk()
        if table is None:
            if not self.risk.isHidden():
                self.risk.hide()
                self.tree.setMinimumHeight(230)
            self.risk.clear()
            return
        shown = ss.shown_results
        ens = shown.ensemble if shown is not None else None
        scenario = shown.scenario if shown is not None else ss.scenario
        names = {n.id: short_label(n, n.name) for n in scenario.nodes}
        self.risk.show_risk(table, ss.baseline_risk(), ens.sentence() if ens is not None else "",
                            names)
        if self.risk.isHidden():
            self.tree.setMinimumHeight(120)  # room for the risk below the headline numbers
            self.risk.show()

    def clear(self) -> None:
        """No results to show (the scenario cannot be simulated): no stale numbers."""
        self.tree.clear()
        item = QTreeWidgetItem(self.tree)
        item.setText(0, translate("Summary", "Not simulated"))
        self.values, self.deltas = {}, {}
        self.tree.headerItem().setText(1, translate("Summary", "Now"))
        self._fit_columns(())

    def _fit_columns(self, rows: tuple[str, ...]) -> None:
        """Value columns as wide as their texts; they shrink back only when the rows (their
        keys), the header or the Δ column change, not when an edit makes a number a digit
        shorter."""
        tree = self.tree
        fitted_for = (rows, tree.headerItem().text(1), tree.isColumnHidden(2))
        tree.fit_value_columns(shrink=fitted_for != self._fitted_for)
        self._fitted_for = fitted_for

    def show_summary(self, results: Results, baseline: Results | None,
                     member: int = 0) -> None:
        """Show the numbers of ``results`` (of ensemble member ``member``) and their change
        from ``baseline`` (the same member of the baseline's ensemble)."""
        member = min(max(member, 0), results.members - 1)
        head = translate("Summary", "Member {number}").format(number=member + 1) \
            if results.members > 1 else translate("Summary", "Now")
        if self.tree.headerItem().text(1) != head:
            self.tree.headerItem().setText(1, head)
        rows = summary_rows(results.summary(member), results, member)
        base = self._baseline_rows(baseline, member)
        # the change column only while there is something to compare with: its width goes to
        # the labels otherwise (narrow screens)
        if self.tree.isColumnHidden(2) != (baseline is None):
            self.tree.setColumnHidden(2, baseline is None)
        # no setUpdatesEnabled(False/True) around the changes: turning updates back on
        # repaints the whole dock; unchanged texts are no-ops and only changed cells repaint
        while self.tree.topLevelItemCount() > len(rows):
            self.tree.takeTopLevelItem(self.tree.topLevelItemCount() - 1)
        bold = QFont()
        bold.setBold(True)
        self.values, self.deltas = {}, {}
        for i, row in enumerate(rows):
            item = self.tree.topLevelItem(i) or QTreeWidgetItem(self.tree)
            if item.text(0) != row.label:
                item.setText(0, row.label)
            tip = row.tip or row.label
            if item.toolTip(0) != tip:
                item.setToolTip(0, tip)
                item.setToolTip(1, tip)
            value = row.text if row.text is not None else \
                f"{fmt_number(row.value, row.decimals)} {row.unit}" if row.value is not None \
                else "–"
            item.setText(1, value)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setForeground(0, QBrush(country_colour(row.country).darker(130)
                                         if row.country else QColor("#222222")))
            if i == 0:
                item.setFont(1, bold)
            delta_text, brush = "", QBrush(QColor("#444444"))
            b = base.get(row.key)
            if b is not None and row.value is not None and b.value is not None and \
                    row.key != "balance":
                d = row.value - b.value
                if abs(d) >= 0.5 * 10 ** -row.decimals:
                    arrow = "▲" if d > 0 else "▼"
                    delta_text = f"{arrow} {'+' if d > 0 else '−'}{fmt_number(abs(d), row.decimals)}"
                    if row.better:
                        brush = QBrush(GOOD if d * row.better > 0 else BAD)
                else:
                    delta_text = "="
            item.setText(2, delta_text)
            item.setForeground(2, brush)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.values[row.key] = value
            self.deltas[row.key] = delta_text
        self._fit_columns(tuple(row.key for row in rows))

    def _baseline_rows(self, baseline: Results | None, member: int) -> dict[str, Row]:
        """The baseline's rows (of the same member) by key, made once per baseline results
        and member: a frozen baseline's numbers do not change while the plan is edited."""
        if baseline is None:
            return {}
        bm = min(member, baseline.members - 1)
        kept = self._base_rows
        if kept is None or not kept[0].holds(baseline) or kept[1] != bm:
            rows = {r.key: r for r in summary_rows(baseline.summary(bm), baseline, bm)}
            kept = self._base_rows = (Drawn(baseline), bm, rows)
        return kept[2]
