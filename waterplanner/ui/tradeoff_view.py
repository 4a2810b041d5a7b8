"""The trade-off between two objectives in the optimiser panel: choose them, see the front,
pick a point and see its schedule.

The objectives offered are those the engine can sweep in this scenario
(:func:`~waterplanner.engine.optimise.pareto.available_objectives`: the scenario's own, then
short labels for every demand, lake, minimum-flow point and plant), shown in words with node
names. Efficient points are filled and joined by the front; points another point dominates
are drawn apart (hollow grey squares, not on the line). When one schedule is best for both
objectives there is nothing to plot: the view says so (``front.no_tradeoff_text``). Axes
name what they measure and its unit (energy in GWh).
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from waterplanner.i18n import translate
from waterplanner.i18n.units import unit
from waterplanner.model.objectives import Objective, OptimisationSpec
from waterplanner.model.scenario import Scenario
from waterplanner.ui.optimisation_settings import plain_label
from waterplanner.ui.optimisation_words import (
    RISK_WORDS,
    axis_text,
    display_unit,
    label_text,
    node_name,
    objective_measure,
    tooltip_text,
)
from waterplanner.ui.palette import OKABE_ITO
from waterplanner.ui.plot_axes import fmt_number

if TYPE_CHECKING:
    from waterplanner.engine.optimise.pareto import ParetoFront

AXIS_CHARS = 34
"""Longest axis title; the full description is in the caption below the plot."""
DOMINATED = "#8C8C8C"
PLOT_HEIGHT_PX = (160, 260)
"""Smallest and largest height of the plot: it follows the page's height in between, so
that in a short dock the whole plot fits on the page."""
def legend_html() -> str:
    """The plot's key, in the planner's language."""
    return translate(
        "Tradeoff", "<span style='color:{efficient}'>●</span> efficient point &nbsp; "
        "<span style='color:{dominated}'>□</span> dominated (another point is at least as good "
        "in both) &nbsp; <span style='color:{chosen}'>◯</span> chosen").format(
            efficient=OKABE_ITO["blue"], dominated=DOMINATED, chosen=OKABE_ITO["vermillion"])


def _clip(text: str, n: int) -> str:
    return text if len(text) <= n else text[:n - 1].rstrip() + "…"


def _value(v: float, factor: float) -> str:
    x = v * factor
    return fmt_number(x, 0 if abs(x) >= 100 else 1 if abs(x) >= 1 else 3)


def risk_prefix(o: Objective, short: bool = True) -> str:
    """The risk measure of a risk axis ('CVaR 90 %: ', 'mean: '; in full 'CVaR 90 % over the
    members of '), '' for an ordinary objective."""
    m = RISK_WORDS.match(o.label)
    if m is None:
        return ""
    what = translate("Tradeoff", "mean") if m.group(1) == "mean" else \
        translate("Tradeoff", "CVaR {level} %").format(level=m.group(2))
    return f"{what}: " if short else translate("Tradeoff", "{measure} over the members of "
                                               ).format(measure=what)


class TradeoffView(QWidget):
    """The trade-off part of the optimiser panel; see the module docstring."""

    sweep_requested = Signal()
    apply_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.front: ParetoFront | None = None
        self.scenario: Scenario | None = None
        self.point: int | None = None
        self.a_combo, self.b_combo = QComboBox(), QComboBox()
        for combo in (self.a_combo, self.b_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        self.points = QSpinBox()
        self.points.setRange(2, 30)
        self.points.setValue(8)
        self.points.setToolTip(translate("Tradeoff",
                                         "Number of points across the range of objective B"))
        self.front_button = QPushButton(translate("Tradeoff", "Trade-off…"))
        self.front_button.setToolTip(translate(
            "Tradeoff", "Sweep the best compromises between objective A and B"))
        self.front_button.clicked.connect(self.sweep_requested)
        self.plot = pg.PlotWidget()
        self.plot.setFixedHeight(PLOT_HEIGHT_PX[1])
        self.plot.showGrid(x=True, y=True, alpha=0.25)
        self.plot.setMouseEnabled(False, False)
        self.scatter = pg.ScatterPlotItem(size=10, brush=pg.mkBrush(OKABE_ITO["blue"]),
                                          pen=pg.mkPen("w"), hoverable=True,
                                          hoverBrush=pg.mkBrush(OKABE_ITO["orange"]),
                                          tip=self._tip)
        self.dominated = pg.ScatterPlotItem(size=10, symbol="s", brush=pg.mkBrush(None),
                                            pen=pg.mkPen(DOMINATED, width=1.5), hoverable=True,
                                            hoverBrush=pg.mkBrush(OKABE_ITO["orange"]),
                                            tip=self._tip)
        for s in (self.scatter, self.dominated):
            s.sigClicked.connect(self._on_scatter_clicked)
        self.chosen = pg.ScatterPlotItem(size=16, brush=pg.mkBrush(None),
                                         pen=pg.mkPen(OKABE_ITO["vermillion"], width=2.5))
        self.front_line = pg.PlotDataItem(pen=pg.mkPen("#9A9A9A", width=1))
        for item in (self.front_line, self.scatter, self.dominated, self.chosen):
            self.plot.addItem(item)
        self.legend = QLabel(legend_html())
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)
        self.caption = plain_label(style="color: #555555")
        self.no_tradeoff = plain_label(style="background: #EEF2F6; padding: 6px")
        self.point_label = QLabel(translate("Tradeoff", "Click a point to see its schedule"))
        self.point_label.setTextFormat(Qt.TextFormat.RichText)
        self.point_label.setWordWrap(True)
        self.apply_point = QPushButton(translate("Tradeoff", "Apply this point"))
        self.apply_point.setEnabled(False)
        self.apply_point.clicked.connect(self._on_apply_point_clicked)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(translate("Tradeoff", "A (x axis)"), self.a_combo)
        form.addRow(translate("Tradeoff", "B (y axis)"), self.b_combo)
        row = QHBoxLayout()
        row.addWidget(self.points)
        row.addWidget(self.front_button)
        row.addStretch(1)
        form.addRow(translate("Tradeoff", "Points"), row)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(form)
        lay.addWidget(self.no_tradeoff)
        lay.addWidget(self.plot)
        lay.addWidget(self.legend)
        lay.addWidget(self.caption)
        lay.addWidget(self.point_label)
        lay.addWidget(self.apply_point)
        lay.addStretch(1)
        self.clear()

    def fit_plot(self, page_height_px: int) -> None:
        """Make the plot as tall as a page of this height allows (within the bounds)."""
        low, high = PLOT_HEIGHT_PX
        self.plot.setFixedHeight(max(low, min(high, page_height_px - 12)))

    # --- choices ------------------------------------------------------------------------
    def set_choices(self, labels: list[str], scenario: Scenario, spec: OptimisationSpec
                    ) -> None:
        """Offer ``labels`` (from ``available_objectives``) in words; keep the current
        choices where they are still offered, else shortfall against the first lake's
        inflow (the classic Syr Darya conflict) or the scenario's own objectives."""
        old = (self.a_choice(), self.b_choice())
        for combo in (self.a_combo, self.b_combo):
            combo.blockSignals(True)
            combo.clear()
            for label in labels:
                text = label_text(label, scenario, spec)
                combo.addItem(text, label)
                combo.setItemData(combo.count() - 1, tooltip_text(translate(
                    "Tradeoff", "{text}\nLabel: {label}").format(text=text, label=label)),
                    Qt.ItemDataRole.ToolTipRole)
            combo.blockSignals(False)
        # risk axes (mean:…, cvar90:…): the worst tail of shortfall against the mean lake
        lakes = [lb for lb in labels if lb.startswith(("lake_inflow:", "mean:lake_inflow:"))]
        a_default = next((lb for lb in ("shortfall", "cvar90:shortfall") if lb in labels),
                         labels[0] if labels else "")
        b_default = lakes[0] if lakes else next((lb for lb in labels if lb != a_default), "")
        self._choose(self.a_combo, old[0] or a_default, a_default)
        self._choose(self.b_combo, old[1] or b_default, b_default)
        self.front_button.setEnabled(len(labels) >= 2)

    @staticmethod
    def _choose(combo: QComboBox, label: str, fallback: str) -> None:
        k = combo.findData(label)
        if k < 0:
            k = combo.findData(fallback)
        combo.setCurrentIndex(max(k, 0))

    def a_choice(self) -> str:
        return str(self.a_combo.currentData() or "")

    def b_choice(self) -> str:
        return str(self.b_combo.currentData() or "")

    def choose(self, a: str, b: str) -> None:
        """Choose objectives A and B by label (tests, scripts)."""
        self._choose(self.a_combo, a, a)
        self._choose(self.b_combo, b, b)

    # --- the front ----------------------------------------------------------------------
    def clear(self) -> None:
        self.front = None
        self.point = None
        self.scatter.setData([], [])
        self.dominated.setData([], [])
        self.front_line.setData([], [])
        self.chosen.setData([], [])
        self.no_tradeoff.setVisible(False)
        self.plot.setVisible(True)
        self.legend.setVisible(False)
        self.caption.setText("")
        self.point_label.setText(translate("Tradeoff", "Choose objectives A and B and press "
                                                       "Trade-off…; then click a point to see "
                                                       "its schedule."))
        self.apply_point.setEnabled(False)

    def _scales(self) -> tuple[float, str, float, str]:
        assert self.front is not None
        fa, ua = display_unit(self.front.a.unit)
        fb, ub = display_unit(self.front.b.unit)
        return fa, ua, fb, ub

    def _words(self, o: Objective) -> str:
        words = objective_measure(o, self.scenario) if self.scenario is not None else o.label
        return risk_prefix(o, short=False) + words

    def show_front(self, front: ParetoFront, scenario: Scenario) -> None:
        """Plot a front (or say that there is no trade-off)."""
        self.front, self.scenario, self.point = front, scenario, None
        fa, ua, fb, ub = self._scales()
        words_a, words_b = self._words(front.a), self._words(front.b)
        self.caption.setText(translate("Tradeoff", "A: {words} ({unit}, {sense}).").format(
            words=words_a, unit=ua, sense=_sense(front.a)) + "\n" + translate(
            "Tradeoff", "B: {words} ({unit}, {sense}).").format(
            words=words_b, unit=ub, sense=_sense(front.b)))
        self.chosen.setData([], [])
        self.apply_point.setEnabled(False)
        if front.no_tradeoff:
            self.no_tradeoff.setText(front.no_tradeoff_text)
            self.no_tradeoff.setVisible(True)
            self.plot.setVisible(False)
            self.legend.setVisible(False)
            self.scatter.setData([], [])
            self.dominated.setData([], [])
            self.front_line.setData([], [])
            if front.points:
                self.select_point(0)
            return
        self.no_tradeoff.setVisible(False)
        self.plot.setVisible(True)
        self.legend.setVisible(True)
        ok = [k for k, p in enumerate(front.points) if p.feasible and not p.dominated]
        dom = [k for k, p in enumerate(front.points) if p.feasible and p.dominated]
        pts = front.points
        self.scatter.setData([pts[k].a * fa for k in ok], [pts[k].b * fb for k in ok], data=ok)
        self.dominated.setData([pts[k].a * fa for k in dom], [pts[k].b * fb for k in dom],
                               data=dom)
        order = sorted(ok, key=lambda k: pts[k].a)
        self.front_line.setData([pts[k].a * fa for k in order], [pts[k].b * fb for k in order])
        axis_a, axis_b = (risk_prefix(o) + axis_text(o, scenario) for o in (front.a, front.b))
        self.plot.setLabel("bottom", html.escape(f"A: {_clip(axis_a, AXIS_CHARS)} ({ua})"))
        self.plot.setLabel("left", html.escape(f"B: {_clip(axis_b, AXIS_CHARS)} ({ub})"))
        self.plot.enableAutoRange()
        self.point_label.setText(translate("Tradeoff", "Click a point to see its schedule."))

    def _tip(self, x: float, y: float, data: object) -> str:
        if self.front is None:
            return ""
        fa, ua, fb, ub = self._scales()
        k = int(data)  # type: ignore[call-overload]
        p = self.front.points[k]
        text = translate("Tradeoff", "Point {number} (dominated): A {a} {unit_a}, B {b} "
                                     "{unit_b}") if p.dominated else \
            translate("Tradeoff", "Point {number}: A {a} {unit_a}, B {b} {unit_b}")
        return text.format(number=k + 1, a=_value(p.a, fa), unit_a=ua, b=_value(p.b, fb),
                           unit_b=ub)

    def select_point(self, k: int) -> None:
        """Show the schedule of point k of the front."""
        front, scenario = self.front, self.scenario
        if front is None or scenario is None or not 0 <= k < len(front.points):
            return
        p = front.points[k]
        if not p.feasible:
            self.point_label.setText(translate("Tradeoff", "Point {number}: no schedule meets "
                                                           "every requirement at this ε."
                                               ).format(number=k + 1))
            self.apply_point.setEnabled(False)
            return
        self.point = k
        fa, ua, fb, ub = self._scales()
        self.chosen.setData([p.a * fa], [p.b * fb])
        time = scenario.time
        lines = []
        for rid, rel in p.release_mcm.items():
            flows = time.mcm_to_m3s(np.asarray(rel)) if len(rel) == time.periods else rel
            name = html.escape(node_name(scenario, rid))
            lines.append(f"<b>{name}</b>: " + " ".join(f"{v:.0f}" for v in flows))
        if p.dominated:
            text = translate("Tradeoff", "Point {number} of {count} (dominated: another point "
                                         "is at least as good in both): A = {a} {unit_a}, "
                                         "B = {b} {unit_b}<br>Release ({unit}): ")
        else:
            text = translate("Tradeoff", "Point {number} of {count}: A = {a} {unit_a}, B = {b} "
                                         "{unit_b}<br>Release ({unit}): ")
        self.point_label.setText(text.format(
            number=k + 1, count=len(front.points), a=_value(p.a, fa), unit_a=html.escape(ua),
            b=_value(p.b, fb), unit_b=html.escape(ub), unit=unit("m³/s"))
            + "<br>".join(lines))
        self.apply_point.setEnabled(True)

    def _on_scatter_clicked(self, item, points, ev=None) -> None:
        if len(points):
            self.select_point(int(points[0].data()))

    def _on_apply_point_clicked(self) -> None:
        if self.front is not None and self.point is not None:
            self.apply_requested.emit(self.point)


def _sense(o: Objective) -> str:
    return translate("Tradeoff", "maximised") if o.sense == "max" else \
        translate("Tradeoff", "minimised")

