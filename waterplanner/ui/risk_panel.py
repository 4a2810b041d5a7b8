"""The Summary panel's "Risk over N members": the ensemble's risk table, the baseline's
beside it, and the threshold that decides what counts as short.

The numbers are the session's :meth:`~waterplanner.ui.session.Session.risk`, the table kept
with the very results the plots show (computed once per run and threshold), so nothing here
can outlive the run it describes. The threshold box sets the session's threshold, which
every view and the report use. The tree's items are made once per shape (the same demands,
countries, events and seasons) and only get new text afterwards, so an edit never rebuilds
them.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from waterplanner.engine.risk.table import RiskTable
from waterplanner.i18n import plural, translate
from waterplanner.ui.risk_rows import RiskLine, risk_lines
from waterplanner.ui.wrapping_tree import WrappingTree

GOOD, BAD = QColor("#007A5A"), QColor("#C0392B")
COLLAPSED = ("demands",)
"""Groups shown folded at first (their lines are many; the countries say the most)."""
EXPANDED_PARENTS = ("countries", "energy")
"""Lines unfolded at first: each country's metrics and each country's seasons."""


class RiskPanel(QWidget):
    """Title, threshold box and the tree of risk lines (see the module docstring)."""

    def __init__(self, session=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.title = QLabel(translate("RiskPanel", "Risk"))
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        bold = QFont()
        bold.setBold(True)
        self.title.setFont(bold)
        self.threshold = QDoubleSpinBox()
        self.threshold.setRange(0.0, 100.0)
        self.threshold.setDecimals(1)
        self.threshold.setSingleStep(5.0)
        self.threshold.setSuffix(" %")
        self.threshold.setKeyboardTracking(False)  # one change when typed, not per key
        self.threshold.setToolTip(translate(
            "RiskPanel", "A member is short when its shortfall over the whole horizon exceeds "
            "this share of its demand: used by P(short) here, in the Countries tab and in the "
            "report"))
        head = QHBoxLayout()
        head.setContentsMargins(2, 0, 2, 0)
        head.addWidget(self.title, 1)
        short = QLabel(translate("RiskPanel", "short >"))
        short.setToolTip(self.threshold.toolTip())
        head.addWidget(short)
        head.addWidget(self.threshold)
        # labels wrap beside value columns as wide as their numbers (wrapping_tree)
        self.tree = WrappingTree(4)
        self.tree.setHeaderLabels(["", translate("RiskPanel", "Plan"),
                                   translate("RiskPanel", "Baseline"), "Δ"])
        self.tree.setAlternatingRowColors(True)
        self.tree.setIndentation(10)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 0)
        lay.setSpacing(2)
        lay.addLayout(head)
        lay.addWidget(self.tree, 1)
        self.tree.setMinimumHeight(90)
        self._items: dict[str, QTreeWidgetItem] = {}
        self._shape: tuple[str, ...] = ()
        self._fitted_for: tuple[str, ...] = ()
        self.values: dict[str, str] = {}
        self.base_values: dict[str, str] = {}
        self.deltas: dict[str, str] = {}
        self.numbers: dict[str, float | None] = {}
        self.table: RiskTable | None = None
        self.baseline_table: RiskTable | None = None
        self._base_texts: tuple[RiskTable | None, dict[str, str]] | None = None
        if session is not None:
            self.threshold.setValue(session.risk_threshold_pct)
            self.threshold.valueChanged.connect(self._on_threshold_value_changed)
            session.risk_options_changed.connect(self._on_session_risk_options_changed)

    # --- the threshold ----------------------------------------------------------------
    def _on_threshold_value_changed(self, value: float) -> None:
        if self.session is not None and not self.session.set_risk_threshold(value):
            self.threshold.blockSignals(True)
            self.threshold.setValue(self.session.risk_threshold_pct)
            self.threshold.blockSignals(False)

    def _on_session_risk_options_changed(self) -> None:
        pct = self.session.risk_threshold_pct
        if self.threshold.value() != pct:
            self.threshold.blockSignals(True)
            self.threshold.setValue(pct)
            self.threshold.blockSignals(False)

    # --- content ----------------------------------------------------------------------
    def clear(self) -> None:
        """No ensemble: nothing to show (the panel is hidden by its owner)."""
        self.tree.clear()
        self._items, self._shape = {}, ()
        self.values, self.base_values, self.deltas, self.numbers = {}, {}, {}, {}
        self.table = self.baseline_table = None

    def show_risk(self, table: RiskTable, baseline: RiskTable | None, what: str = "",
                  names: Mapping[str, str] | None = None) -> None:
        """Show ``table`` (and ``baseline``'s values beside it, with the change); ``what``
        says which ensemble it is (the title's tooltip); ``names``: the demands' names as
        the rows show them, by node id (a local name in Russian and Kazakh). The very tables
        already shown (the member changed, not the run) are not filled in again."""
        if table is self.table and baseline is self.baseline_table and self._items:
            self.title.setToolTip(what)
            return
        same_base = baseline is self.baseline_table
        self.table, self.baseline_table = table, baseline
        self.title.setText(plural("RiskPanel", "Risk over {count} members", table.members)
                           .format(count=table.members))
        self.title.setToolTip(what)
        lines = risk_lines(table, baseline, names)
        shape = tuple(ln.key for ln in lines)
        if shape != self._shape:
            self._build(lines)
            same_base = False
        with_base = baseline is not None
        if self.tree.isColumnHidden(2) == with_base:
            self.tree.setColumnHidden(2, not with_base)
            self.tree.setColumnHidden(3, not with_base)
        # no setUpdatesEnabled(False/True) around the changes: turning updates back on
        # repaints the whole dock; unchanged texts are no-ops and only changed cells repaint.
        # A line's texts are its plan value's and its baseline value's: a line whose plan
        # value is the one shown, beside the same baseline table, keeps them.
        shown = self.numbers
        for ln in lines:
            item = self._items[ln.key]
            if item.text(0) != ln.label:
                item.setText(0, ln.label)
            tip = ln.tip or ln.label
            if item.toolTip(0) != tip:  # an event's tip names its mean amount
                for col in range(4):
                    item.setToolTip(col, tip)
            if ln.kind and not (same_base and ln.key in shown
                                and _same_value(ln.plan, shown[ln.key])):
                self._fill(item, ln, with_base)
        self._fit_columns()

    def _base_text(self, ln: RiskLine) -> str:
        """The baseline's value as shown, formatted once per baseline table (a frozen
        baseline's values do not change while the plan is edited)."""
        texts = self._base_texts
        if texts is None or texts[0] is not self.baseline_table:
            texts = self._base_texts = (self.baseline_table, {})
        text = texts[1].get(ln.key)
        if text is None:
            text = texts[1][ln.key] = ln.base_text
        return text

    def _fit_columns(self) -> None:
        """Value columns as wide as their texts; they shrink back only for other lines or
        a baseline come or gone, not when a new run makes a number a digit shorter."""
        fitted_for = self._shape + (str(self.tree.isColumnHidden(2)),)
        self.tree.fit_value_columns(shrink=fitted_for != self._fitted_for)
        self._fitted_for = fitted_for

    def _fill(self, item: QTreeWidgetItem, ln: RiskLine, with_base: bool) -> None:
        value = ln.plan_text
        item.setText(1, value)
        base = self._base_text(ln) if with_base else ""
        item.setText(2, base)
        delta = ln.change_text() if with_base else ""
        item.setText(3, delta)
        brush = QBrush(QColor("#444444"))
        d = ln.change()
        if with_base and d is not None and ln.better and delta not in ("", "="):
            brush = QBrush(GOOD if d * ln.better > 0 else BAD)
        item.setForeground(3, brush)
        self.values[ln.key], self.base_values[ln.key], self.deltas[ln.key] = value, base, delta
        self.numbers[ln.key] = ln.plan

    def _build(self, lines: list[RiskLine]) -> None:
        """Make the items of a new shape (other demands, countries, events or seasons)."""
        self.tree.clear()
        self._items = {}
        self.values, self.base_values, self.deltas, self.numbers = {}, {}, {}, {}
        bold = QFont()
        bold.setBold(True)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for ln in lines:
            parent = self._items.get(ln.parent)
            item = QTreeWidgetItem(parent) if parent is not None else QTreeWidgetItem(self.tree)
            item.setText(0, ln.label)
            tip = ln.tip or ln.label
            for col in range(4):
                item.setToolTip(col, tip)
            for col in (1, 2, 3):
                item.setTextAlignment(col, right)
            if not ln.kind and not ln.parent:
                item.setFont(0, bold)
            self._items[ln.key] = item
        for ln in lines:
            self._items[ln.key].setExpanded(ln.key not in COLLAPSED and (
                not ln.parent or ln.parent in EXPANDED_PARENTS))
        self._shape = tuple(ln.key for ln in lines)

    def item(self, key: str) -> QTreeWidgetItem | None:
        """The tree item of a line (for tests)."""
        return self._items.get(key)


def _same_value(a: float | None, b: float | None) -> bool:
    """Whether two values of a line are the same (both missing, or both not a number)."""
    if a is None or b is None:
        return a is b
    return a == b or (math.isnan(a) and math.isnan(b))


def _counted_texts() -> None:  # pragma: no cover - read by pyside6-lupdate, never run
    translate("RiskPanel", "Risk over {count} members", None, 1)
