"""Table model of the release schedules: reservoirs × periods, in m³/s or Mm³.

Typing a number into a cell becomes one labelled edit ("Set Toktogul release, May 2026");
the model never changes the scenario itself.
"""

from __future__ import annotations

import math
import re
from typing import Any

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from waterplanner.engine.results import Results
from waterplanner.engine.targets import UnmetTarget
from waterplanner.i18n import QT_TRANSLATE_NOOP, translate
from waterplanner.i18n.dates import time_label
from waterplanner.model.edits import set_release
from waterplanner.model.nodes import RuleKind
from waterplanner.model.scenario import Scenario
from waterplanner.ui.document import ScenarioDocument
from waterplanner.ui.figures import fixed, general, grouped
from waterplanner.ui.palette import SUMMER_SHADE
from waterplanner.ui.units import unit_label

Index = QModelIndex | QPersistentModelIndex
UNMET_TEXT = QColor("#8A3B00")
UNMET_FILL = QColor(253, 226, 200)
UNMET_MARK = QColor("#D55E00")
"""A target the reservoir could not release: dark orange text on a light orange cell, with a
small orange square (never colour alone: the tooltip and the Problems list say why)."""
NO_PARENT = QModelIndex()


_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d{1,3})?")


def parse_number(text: str) -> float:
    """A number as a planner may type it: '1 234,5', '1234.5', '1,234.5', '−5'.

    Only plain decimal numbers are numbers here: 'nan', 'inf' and '1_000' (which Python's
    float() would take) are refused with ValueError.
    """
    t = str(text).strip().replace("\u2009", "").replace("\u00a0", "").replace(" ", "")
    t = t.replace("\u2212", "-")
    if t.count(",") == 1 and "." not in t:
        t = t.replace(",", ".")
    else:
        t = t.replace(",", "")
    if len(t) > 64 or not _NUMBER.fullmatch(t):
        raise ValueError(translate("Schedule", "'{text}' is not a number").format(text=text))
    return float(t)


RULE_NOTES = {RuleKind.DEMAND_FOLLOWING: QT_TRANSLATE_NOOP("Schedule", "demand-following"),
              RuleKind.GUIDE_CURVE: QT_TRANSLATE_NOOP("Schedule", "guide curve")}
"""How a row names the rule of a reservoir whose schedule is not used (in English; shown
through ``translate("Schedule", …)``)."""


class ScheduleTableModel(QAbstractTableModel):
    """Release schedules of every reservoir, one column per period."""

    message_emitted = Signal(str)

    def __init__(self, document: ScenarioDocument, units: str = "m3s") -> None:
        super().__init__()
        self.document = document
        self.units = units
        self.selected_id: str | None = None
        self._ids: list[str] = []
        self._values: np.ndarray = np.zeros((0, 0))
        self._scenario: Scenario | None = None
        self._unmet: dict[tuple[int, int], str] = {}
        self.refresh(document.scenario)

    # --- data from the scenario -------------------------------------------------------
    def refresh(self, scenario: Scenario) -> None:
        """Take the schedules of a new scenario (reset only when the reservoirs changed)."""
        ids = [r.id for r in scenario.reservoirs]
        same_shape = ids == self._ids and self._scenario is not None and \
            self._scenario.time.periods == scenario.time.periods
        if not same_shape:
            self.beginResetModel()
        self._scenario = scenario
        self._ids = ids
        old = self._values
        self._values = self._converted(scenario)
        if same_shape:
            if self._values.size:
                # repaint only the block of cells that changed (usually one)
                changed = np.argwhere(old != self._values) if old.shape == self._values.shape \
                    else np.argwhere(np.ones(self._values.shape, bool))
                if len(changed):
                    (r0, c0), (r1, c1) = changed.min(axis=0), changed.max(axis=0)
                    self.dataChanged.emit(self.index(int(r0), int(c0)), self.index(int(r1), int(c1)))
        else:
            self.endResetModel()

    def _converted(self, scenario: Scenario) -> np.ndarray:
        rows = [np.asarray(scenario.release_schedules[i], dtype=float) for i in self._ids]
        if not rows:
            return np.zeros((0, scenario.time.periods))
        mcm = np.vstack(rows)
        return np.asarray(scenario.time.mcm_to_m3s(mcm)) if self.units == "m3s" else mcm

    def set_units(self, units: str) -> None:
        """Show m³/s (``m3s``) or Mm³ per period (``mcm``)."""
        self.units = units
        if self._scenario is not None:
            self.refresh(self._scenario)
        self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, max(len(self._ids) - 1, 0))

    def to_mcm(self, period: int, value: float) -> float:
        """A value typed in the current units as Mm³ for ``period``."""
        assert self._scenario is not None
        if self.units == "m3s":
            return float(value * self._scenario.time.seconds[period] / 1e6)
        return float(value)

    @property
    def unit_label(self) -> str:
        return unit_label(self.units)

    def check_typed(self, row: int, col: int, value: float) -> str | None:
        """Why a value typed in the current units cannot be a release (None if it can),
        said in the unit it was typed in."""
        assert self._scenario is not None
        where = translate("Schedule", "{name}, {period}").format(
            name=self._scenario.node(self._ids[row]).name,
            period=time_label(self._scenario.time, col))
        if not math.isfinite(value):
            return translate("Schedule", "{where}: not a number").format(where=where)
        if value < 0:
            return translate("Schedule", "{where}: {value} {unit} is negative; a release cannot "
                             "be below zero").format(where=where, value=general(value),
                                                     unit=self.unit_label)
        return None

    def set_unmet(self, unmet: list[UnmetTarget], results: Results | None) -> None:
        """Mark the cells whose target the reservoir could not release (with the reason)."""
        rows = {rid: r for r, rid in enumerate(self._ids)}
        cells = {} if results is None else {
            (rows[u.reservoir_id], u.period): u.message(results, self.units)
            for u in unmet if u.reservoir_id in rows}
        if cells == self._unmet:
            return
        changed = set(cells) | set(self._unmet)
        self._unmet = cells
        for r, c in changed:
            if r < len(self._ids):
                self.dataChanged.emit(self.index(r, c), self.index(r, c))

    def unmet_message(self, row: int, col: int) -> str | None:
        """The warning of a marked cell, or None."""
        return self._unmet.get((row, col))

    def reservoir_id(self, row: int) -> str:
        return self._ids[row]

    def row_of(self, node_id: str) -> int | None:
        return self._ids.index(node_id) if node_id in self._ids else None

    def value(self, row: int, col: int) -> float:
        """The shown value of one cell (current units)."""
        return float(self._values[row, col])

    # --- Qt model ---------------------------------------------------------------------
    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        if parent.isValid() or self._scenario is None:
            return 0
        return self._scenario.time.periods

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r, c = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            v = self._values[r, c]
            return grouped(v, 0) if abs(v) >= 10 else fixed(v, 1)
        if role == Qt.ItemDataRole.EditRole:
            return general(self._values[r, c], ".6g")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and (r, c) in self._unmet:
            return QBrush(UNMET_TEXT)
        if role == Qt.ItemDataRole.ForegroundRole and self.rule_note(r):
            return QBrush(QColor(150, 150, 150))
        if role == Qt.ItemDataRole.DecorationRole and (r, c) in self._unmet:
            return UNMET_MARK
        if role == Qt.ItemDataRole.BackgroundRole:
            assert self._scenario is not None
            if (r, c) in self._unmet:
                return QBrush(UNMET_FILL)
            if self._ids[r] == self.selected_id:
                return QBrush(QColor(214, 234, 248))
            if self._scenario.time.is_summer[c]:
                return QBrush(QColor(*SUMMER_SHADE[:3], 70))
        if role == Qt.ItemDataRole.ToolTipRole:
            assert self._scenario is not None
            warning = self._unmet.get((r, c))
            if warning is not None:
                return translate("Schedule", "Target not released — {warning}").format(
                    warning=warning)
            name = self._scenario.node(self._ids[r]).name
            note = self.rule_note(r)
            if note:
                return translate(
                    "Schedule", "{name} follows its {rule} rule: this schedule is kept in the "
                    "scenario but not released. Choose the 'Release schedule' rule in the "
                    "inspector to release it.").format(name=name, rule=note)
            return translate("Schedule", "{name}, {period}: {value} {unit}").format(
                name=name, period=time_label(self._scenario.time, c),
                value=fixed(self._values[r, c], 1), unit=self.unit_label)
        return None

    def rule_note(self, row: int) -> str | None:
        """For a reservoir on another rule than its schedule: a short note saying so."""
        assert self._scenario is not None
        node = self._scenario.node(self._ids[row])
        kind = getattr(getattr(node, "rule", None), "kind", RuleKind.SCHEDULE)
        if kind is RuleKind.SCHEDULE:
            return None
        return translate("Schedule", RULE_NOTES[kind])

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self._scenario is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:
                return time_label(self._scenario.time, section).replace(" ", "\n", 1)
            unit = self.unit_label
            note = self.rule_note(section)
            name = self._scenario.node(self._ids[section]).name
            if note:
                return translate("Schedule", "{name} ({unit}) — {rule}, schedule not used"
                                 ).format(name=name, unit=unit, rule=note)
            return translate("Schedule", "{name} ({unit})").format(name=name, unit=unit)
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Vertical:
            return self.headerData(section, orientation, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.ForegroundRole and orientation == Qt.Orientation.Vertical \
                and self.rule_note(section):
            return QBrush(QColor(120, 120, 120))
        if role == Qt.ItemDataRole.FontRole and orientation == Qt.Orientation.Vertical \
                and self._ids[section] == self.selected_id:
            f = QFont()
            f.setBold(True)
            return f
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEditable)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self._scenario is None:
            return False
        try:
            number = parse_number(value)
        except ValueError:
            self.message_emitted.emit(translate("Schedule", "'{text}' is not a number").format(
                text=value))
            return False
        r, c = index.row(), index.column()
        problem = self.check_typed(r, c, number)
        if problem is not None:
            self.message_emitted.emit(problem)
            return False
        if general(number, ".6g") == self.data(index, Qt.ItemDataRole.EditRole):
            return True  # the cell was opened and closed without a change: no undo step
        edit = set_release(self._scenario, self._ids[r], c, self.to_mcm(c, number))
        return self.document.apply(edit)

    def select(self, node_id: str | None) -> None:
        """Highlight the row of the selected reservoir."""
        old = self.selected_id
        self.selected_id = node_id
        for nid in (old, node_id):
            row = self.row_of(nid) if nid else None
            if row is not None and self._scenario is not None:
                self.dataChanged.emit(self.index(row, 0),
                                      self.index(row, self._scenario.time.periods - 1))
                self.headerDataChanged.emit(Qt.Orientation.Vertical, row, row)
