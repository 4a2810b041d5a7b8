"""What an optimum costs: the optimiser's result in the panel.

After a run the panel shows the objective terms before and after (with node names and
units), the protective defaults the run applied (``result.defaults.text``) and *what
changes*: ``result.comparison`` — end storage and lowest storage of every reservoir, energy
per country in winter and summer, total irrigation shortfall and terminal-lake inflow, the
input schedule against the optimised one, both simulated. The numbers are those the command
line prints (``waterplanner optimize``), rounded the same way. A robust run (one schedule for
an ensemble) shows its in- and out-of-sample tables instead (:mod:`.robust_result`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QTableWidgetItem, QVBoxLayout, QWidget

from waterplanner.engine.comparison import SummaryComparison
from waterplanner.i18n import QT_TRANSLATE_NOOP, plural, translate
from waterplanner.i18n.units import unit
from waterplanner.model.countries import country_name
from waterplanner.model.objectives import OptimisationSpec
from waterplanner.model.scenario import Scenario
from waterplanner.ui.figures import general
from waterplanner.ui.optimisation_settings import make_table, plain_label
from waterplanner.ui.optimisation_words import (
    display_unit,
    objective_text,
    tooltip_text,
)
from waterplanner.ui.plot_axes import fmt_number
from waterplanner.ui.robust_result import RobustResultView

if TYPE_CHECKING:
    from waterplanner.engine.optimise.api import OptimisationResult
    from waterplanner.engine.optimise.robust import RobustResult

WORSE = "#B03A00"
"""Text colour of a figure the new schedule makes worse in a way the planner must see: a
reservoir ending lower than before and below its start storage, or newly drawn down to its
dead storage."""
NOT_RUN = QT_TRANSLATE_NOOP("OptimiserResult", "Not run yet: the figures of a run appear here.")
DEAD_STORAGE_MARGIN_MCM = 0.5
"""Lowest storage within this of the dead storage is 'at dead storage' (as the CLI says)."""


@dataclass(frozen=True)
class ComparisonRow:
    """One line of the before → after table; ``heading`` rows carry only ``label``."""

    label: str
    before: str = ""
    after: str = ""
    change: str = ""
    heading: bool = False
    warning: str = ""
    """Why the 'after' figure is marked (empty: not marked)."""


def _signed(value: float, decimals: int) -> str:
    text = fmt_number(abs(value), decimals)
    if round(value, decimals) == 0:
        return "±0" if decimals == 0 else f"±{fmt_number(0.0, decimals)}"
    return ("+" if value > 0 else "−") + text


def comparison_rows(c: SummaryComparison) -> list[ComparisonRow]:
    """The comparison as table rows, rounded as the command line prints it (storage and
    energy to whole Mm³ and GWh, shortfall and lake inflow to 0.1 Mm³)."""
    mcm = unit("Mm³")
    rows = [ComparisonRow(translate("OptimiserResult", "End storage ({unit})").format(unit=mcm),
                          heading=True)]
    for r in c.reservoirs:
        warn = ""
        if round(r.end_after_mcm) < min(round(r.start_mcm), round(r.end_before_mcm)):
            warn = translate("OptimiserResult", "ends lower than before and below its start "
                                                "storage, {amount} {unit}").format(
                amount=fmt_number(r.start_mcm), unit=mcm)
        rows.append(ComparisonRow(r.name, fmt_number(r.end_before_mcm), fmt_number(r.end_after_mcm),
                                  _signed(r.end_after_mcm - r.end_before_mcm, 0), warning=warn))
    rows.append(ComparisonRow(translate("OptimiserResult", "Lowest storage ({unit})").format(
        unit=mcm), heading=True))
    for r in c.reservoirs:
        warn = ""
        dead = r.dead_storage_mcm + DEAD_STORAGE_MARGIN_MCM
        if r.lowest_after_mcm <= dead < r.lowest_before_mcm:
            warn = translate("OptimiserResult", "now reaches dead storage, {amount} {unit}"
                             ).format(amount=fmt_number(r.dead_storage_mcm), unit=mcm)
        rows.append(ComparisonRow(r.name, fmt_number(r.lowest_before_mcm),
                                  fmt_number(r.lowest_after_mcm),
                                  _signed(r.lowest_after_mcm - r.lowest_before_mcm, 0),
                                  warning=warn))
    countries = list(dict.fromkeys(e.country for e in c.energy))
    if countries:
        rows.append(ComparisonRow(translate("OptimiserResult", "Energy ({unit})").format(
            unit=unit("GWh")), heading=True))
        seasons = (("winter", translate("OptimiserResult", "winter (Oct–Mar)")),
                   ("summer", translate("OptimiserResult", "summer (Apr–Sep)")))
        for country in countries:
            for season, words in seasons:
                e = c.energy_of(country, season)
                name = country_name(country) or translate("OptimiserResult", "(no country)")
                rows.append(ComparisonRow(f"{name}, {words}",
                                          fmt_number(e.before_gwh), fmt_number(e.after_gwh),
                                          general(e.change_pct, "+.1f").replace("-", "−")
                                          + " %"))
    rows.append(ComparisonRow(translate("OptimiserResult", "Totals ({unit})").format(unit=mcm),
                              heading=True))
    rows.append(ComparisonRow(translate("OptimiserResult", "Irrigation shortfall"),
                              fmt_number(c.shortfall_before_mcm, 1),
                              fmt_number(c.shortfall_after_mcm, 1),
                              _signed(c.shortfall_after_mcm - c.shortfall_before_mcm, 1)))
    rows.append(ComparisonRow(translate("OptimiserResult", "Terminal-lake inflow"),
                              fmt_number(c.lake_inflow_before_mcm, 1),
                              fmt_number(c.lake_inflow_after_mcm, 1),
                              _signed(c.lake_inflow_after_mcm - c.lake_inflow_before_mcm, 1)))
    return rows


def _cell(text: str, right: bool = True, tip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if tip:
        item.setToolTip(tooltip_text(tip))
    return item


class OptimiserResultView(QWidget):
    """The last run's result; see the module docstring."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headline = plain_label(translate("OptimiserResult", NOT_RUN))
        self.terms = make_table([translate("OptimiserResult", "Objective"),
                                 translate("OptimiserResult", "Before"),
                                 translate("OptimiserResult", "After")])
        self.comparison_title = plain_label(translate(
            "OptimiserResult", "What changes (simulated, input schedule → optimised)"))
        font = self.comparison_title.font()
        font.setBold(True)
        self.comparison_title.setFont(font)
        self.comparison = make_table(["", translate("OptimiserResult", "Before"),
                                      translate("OptimiserResult", "After"),
                                      translate("OptimiserResult", "Change")])
        self.defaults = plain_label(style="color: #333333")
        self.check = plain_label(style="color: #333333")
        self.notes = plain_label(style="color: #555555; font-style: italic")
        self.robust = RobustResultView(self)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.headline)
        lay.addWidget(self.terms)
        lay.addWidget(self.comparison_title)
        lay.addWidget(self.comparison)
        lay.addWidget(self.defaults)
        lay.addWidget(self.check)
        lay.addWidget(self.notes)
        lay.addWidget(self.robust)
        lay.addStretch(1)
        self.clear()

    def clear(self, text: str | None = None) -> None:
        self.headline.setText(text if text is not None else translate("OptimiserResult",
                                                                      NOT_RUN))
        for w in (self.terms, self.comparison_title, self.comparison, self.defaults,
                  self.check, self.notes, self.robust):
            w.setVisible(False)
        self.headline.setVisible(True)

    def show_robust(self, result: RobustResult) -> None:
        """Show a robust run (one schedule for K ensemble members): its comparison tables
        instead of a single run's before → after."""
        self.clear()
        self.headline.setVisible(False)
        self.robust.show_result(result)
        self.robust.setVisible(True)

    def show_result(self, result: OptimisationResult, spec: OptimisationSpec,
                    scenario: Scenario) -> None:
        """Show a run of ``spec`` on ``scenario`` (the scenario it started from)."""
        state = translate("OptimiserResult", "converged") if result.converged \
            else result.stopping
        self.headline.setText(
            plural("OptimiserResult", "Objective (minimised, {unit}): {before} → {after}; "
                                      "inflow set '{inflow_set}'; {count} linear programme(s), "
                                      "{state}.", result.iterations).format(
                unit=result.objective_unit, before=general(result.objective_before, ".6g"),
                after=general(result.objective_after, ".6g"), inflow_set=result.inflow_set,
                count=result.iterations, state=state)
            + ("" if result.improved else translate(
                "OptimiserResult", " Nothing better than the current schedule was found.")))
        self._fill_terms(result, spec, scenario)
        self._fill_comparison(result.comparison)
        self.defaults.setText(result.defaults.text)
        self.check.setText(result.self_check.summary())
        self.notes.setText("\n".join(result.notes))
        self.robust.setVisible(False)
        self.headline.setVisible(True)
        for w in (self.terms, self.comparison_title, self.comparison, self.defaults,
                  self.check):
            w.setVisible(True)
        self.notes.setVisible(bool(result.notes))
        self.terms.schedule_fit()
        self.comparison.schedule_fit()

    def _fill_terms(self, result: OptimisationResult, spec: OptimisationSpec,
                    scenario: Scenario) -> None:
        by_label = {o.label: o for o in spec.objectives}
        t = self.terms
        t.setRowCount(len(result.terms))
        for i, term in enumerate(result.terms):
            o = by_label.get(term.label)
            factor, shown_unit = display_unit(term.unit)
            words = objective_text(o, scenario) if o is not None else term.label
            t.setItem(i, 0, _cell(f"{words} ({shown_unit})", right=False, tip=translate(
                "OptimiserResult", "{words}\nLabel: {label}; weight {weight}").format(
                    words=words, label=term.label, weight=general(term.weight))))
            t.setItem(i, 1, _cell(fmt_number(term.before * factor, 1)))
            t.setItem(i, 2, _cell(fmt_number(term.after * factor, 1)))

    def _fill_comparison(self, c: SummaryComparison) -> None:
        rows = comparison_rows(c)
        t = self.comparison
        t.clearSpans()
        t.setRowCount(len(rows))
        bold = QFont(t.font())
        bold.setBold(True)
        for i, row in enumerate(rows):
            if row.heading:
                head = _cell(row.label, right=False)
                head.setFont(bold)
                head.setBackground(QBrush(QColor("#EEF2F6")))
                t.setItem(i, 0, head)
                for k in (1, 2, 3):
                    t.setItem(i, k, _cell(""))
                t.setSpan(i, 0, 1, 4)
                continue
            t.setItem(i, 0, _cell(row.label, right=False, tip=row.label))
            t.setItem(i, 1, _cell(row.before))
            after = _cell(row.after, tip=translate("OptimiserResult", "after: {warning}").format(
                warning=row.warning) if row.warning else "")
            if row.warning:
                after.setForeground(QBrush(QColor(WORSE)))
                after.setFont(bold)
            t.setItem(i, 2, after)
            t.setItem(i, 3, _cell(row.change))


def _counted_texts() -> None:  # pragma: no cover - read by pyside6-lupdate, never run
    translate("OptimiserResult", "Objective (minimised, {unit}): {before} → {after}; inflow set "
                                 "'{inflow_set}'; {count} linear programme(s), {state}.", None, 1)
