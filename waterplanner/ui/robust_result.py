"""A robust schedule's result in the optimiser panel: the schedules compared on the members.

For the in-sample members (those the optimiser saw) and the out-of-sample ones (never seen):
the input schedule, the deterministic optimum for the inflow set shown and the robust
schedule — mean, CVaR α and worst member of the objective, and in how many members the
schedule breaks a hard requirement; then each demand's shortfall (mean and CVaR over the
members, P(short > threshold)), out of sample where there are such members. The numbers are
those ``waterplanner optimize --ensemble`` prints.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QTableWidgetItem, QVBoxLayout, QWidget

from waterplanner.i18n import QT_TRANSLATE_NOOP, LabelTable, language, plural, translate
from waterplanner.i18n.units import unit
from waterplanner.ui.figures import THIN, general
from waterplanner.ui.optimisation_settings import FittedTable, make_table, plain_label
from waterplanner.ui.plot_axes import fmt_number

if TYPE_CHECKING:
    from waterplanner.engine.optimise.robust import RobustResult
    from waterplanner.engine.optimise.robust_evaluate import RiskComparison

NAMES: LabelTable[str] = LabelTable("RobustResult", {
    "input schedule": QT_TRANSLATE_NOOP("RobustResult", "Input schedule"),
    "deterministic optimum": QT_TRANSLATE_NOOP("RobustResult", "Deterministic optimum"),
    "robust schedule": QT_TRANSLATE_NOOP("RobustResult", "Robust schedule")})
SAMPLES: LabelTable[str] = LabelTable("RobustResult", {
    "in-sample": QT_TRANSLATE_NOOP("RobustResult", "in-sample"),
    "out-of-sample": QT_TRANSLATE_NOOP("RobustResult", "out-of-sample")})
"""Which members a comparison is over, by the engine's key (``RiskComparison.what``)."""


def _heads(cvar: str) -> list[str]:
    """The comparison tables' column headings."""
    return [translate("RobustResult", "Schedule"), translate("RobustResult", "Mean"), cvar,
            translate("RobustResult", "Worst"), translate("RobustResult", "Hard req. broken")]


def _cell(text: str, right: bool = True, bold: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if bold:
        f = QFont(item.font())
        f.setBold(True)
        item.setFont(f)
    return item


def _num(v: float) -> str:
    return fmt_number(v, 1 if abs(v) < 100 else 0)


def _title(text: str) -> QLabel:
    label = plain_label(text)
    f = label.font()
    f.setBold(True)
    label.setFont(f)
    return label


class RobustResultView(QWidget):
    """The tables of a :class:`~waterplanner.engine.optimise.robust.RobustResult`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headline = plain_label()
        self.in_title = _title("")
        self.in_table = make_table(_heads(translate("RobustResult", "CVaR")))
        self.out_title = _title("")
        self.out_table = make_table(_heads(translate("RobustResult", "CVaR")))
        self.demand_title = _title("")
        self.demand_table = make_table([translate("RobustResult", "Demand"),
                                        translate("RobustResult", "Input"),
                                        translate("RobustResult", "Deterministic"),
                                        translate("RobustResult", "Robust")])
        self.check = plain_label(style="color: #333333")
        self.notes = plain_label(style="color: #555555; font-style: italic")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        for w in (self.headline, self.in_title, self.in_table, self.out_title, self.out_table,
                  self.demand_title, self.demand_table, self.check, self.notes):
            lay.addWidget(w)

    def show_result(self, r: RobustResult) -> None:
        k = len(r.members)
        state = translate("RobustResult", "converged") if r.converged else r.stopping
        head = plural("RobustResult", "One schedule for {count} members of '{ensemble}'", k)
        if r.seed is not None:
            head = plural("RobustResult", "One schedule for {count} members of '{ensemble}' "
                                          "(seed {seed})", k)
        body = translate("RobustResult", ": {measure} of the objective ({unit}) {before} → "
                                         "{after}; {iterations} linear programme(s) of "
                                         "{variables} variables, {state}.")
        self.headline.setText(
            head.format(count=k, ensemble=r.ensemble_label, seed=r.seed)
            + body.format(measure=r.measure.text, unit=r.objective_unit,
                          before=general(r.objective_before, ".6g"),
                          after=general(r.objective_after, ".6g"), iterations=r.iterations,
                          variables=f"{r.n_variables:,}".replace(",", THIN) if language() != "en"
                          else f"{r.n_variables:,}", state=state)
            + ("" if r.improved else translate(
                "RobustResult", " Nothing better than the current schedule was found.")))
        pct = f"{general(100.0 * r.in_sample.alpha)} %"
        self.in_title.setText(plural("RobustResult", "In-sample: the {count} members optimised "
                                                     "for", k).format(count=k))
        self._fill(self.in_table, r.in_sample, r.inflow_set, pct)
        oos = r.out_of_sample
        self.out_title.setVisible(oos is not None)
        self.out_table.setVisible(oos is not None)
        if oos is not None:
            self.out_title.setText(plural(
                "RobustResult", "Out-of-sample: {count} other members, never seen by the "
                "optimiser", len(oos.members)).format(count=len(oos.members)))
            self._fill(self.out_table, oos, r.inflow_set, pct)
        shown = oos if oos is not None else r.in_sample
        self._fill_demands(shown, pct)
        self.check.setText(r.self_check_summary())
        self.check.setStyleSheet("color: #333333" if r.self_checks_passed else
                                 "color: #B03A00")
        self.notes.setText("\n".join(r.notes))
        self.notes.setVisible(bool(r.notes))
        for t in (self.in_table, self.out_table, self.demand_table):
            t.schedule_fit()

    def _fill(self, t: FittedTable, c: RiskComparison, inflow_set: str, pct: str) -> None:
        t.setHorizontalHeaderLabels(_heads(translate("RobustResult", "CVaR {level}").format(
            level=pct)))
        t.setRowCount(len(c.rows))
        for i, row in enumerate(c.rows):
            name = NAMES.get(row.schedule, row.schedule)
            if row.schedule == "deterministic optimum":
                name += f" ({inflow_set})"
            robust = row.schedule == "robust schedule"
            t.setItem(i, 0, _cell(name, right=False, bold=robust))
            t.setItem(i, 1, _cell(_num(row.mean), bold=robust))
            t.setItem(i, 2, _cell(_num(row.cvar), bold=robust))
            t.setItem(i, 3, _cell(_num(row.worst), bold=robust))
            t.setItem(i, 4, _cell(translate("RobustResult", "{broken} of {count}").format(
                broken=row.broken, count=len(c.members)), bold=robust))

    def _fill_demands(self, c: RiskComparison, pct: str) -> None:
        t = self.demand_table
        rows = c.rows
        has = bool(rows and rows[0].demands)
        self.demand_title.setVisible(has)
        t.setVisible(has)
        if not has:
            return
        self.demand_title.setText(translate(
            "RobustResult", "Shortfall over the horizon ({what}), {unit}: mean / CVaR {level} / "
            "P(short > {threshold} %)").format(what=SAMPLES.get(c.what, c.what),
                                               unit=unit("Mm³"), level=pct,
                                               threshold=general(c.threshold_pct)))
        t.setHorizontalHeaderLabels([translate("RobustResult", "Demand")]
                                    + [NAMES.get(r.schedule, r.schedule) for r in rows])
        t.setColumnCount(1 + len(rows))
        t.setRowCount(len(rows[0].demands))
        for j, d in enumerate(rows[0].demands):
            t.setItem(j, 0, _cell(d.name, right=False))
            for i, r in enumerate(rows):
                dr = r.demands[j]
                p = "—" if np.isnan(dr.p_short_over_threshold) else \
                    f"{100.0 * dr.p_short_over_threshold:.0f} %"
                t.setItem(j, 1 + i, _cell(f"{_num(dr.mean_shortfall_mcm)} / "
                                          f"{_num(dr.cvar_shortfall_mcm)} / {p}",
                                          bold=r.schedule == "robust schedule"))


def _counted_texts() -> None:  # pragma: no cover - read by pyside6-lupdate, never run
    translate("RobustResult", "One schedule for {count} members of '{ensemble}'", None, 1)
    translate("RobustResult", "One schedule for {count} members of '{ensemble}' (seed {seed})",
              None, 1)
    translate("RobustResult", "In-sample: the {count} members optimised for", None, 1)
    translate("RobustResult", "Out-of-sample: {count} other members, never seen by the "
                              "optimiser", None, 1)
