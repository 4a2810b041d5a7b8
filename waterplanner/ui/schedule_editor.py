"""The release schedule editor: the table of every reservoir and the drag plot of one.

Selection tools act on the selected cells and make one undo step each: set a value,
scale by a percentage, shift by an amount, or copy a season to the same periods of the
other years of the horizon.
"""

from __future__ import annotations

from collections import defaultdict

import pyqtgraph as pg
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from waterplanner.engine.results import Results
from waterplanner.i18n import translate
from waterplanner.model.edits import SetReleases, set_release
from waterplanner.model.nodes import ReservoirNode
from waterplanner.ui.figures import general
from waterplanner.ui.schedule_model import ScheduleTableModel, parse_number
from waterplanner.ui.schedule_plot import SchedulePlot
from waterplanner.ui.session import Session
from waterplanner.ui.units import unit_label


class NamesHeader(QHeaderView):
    """The reservoirs' names beside the table, never wider than :attr:`cap` pixels (a longer
    name is shortened; the whole of it is in its tooltip)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.cap = 10_000
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setSectionsClickable(True)
        self.setHighlightSections(True)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(min(hint.width(), self.cap), hint.height())


class ScheduleTableView(QTableView):
    """The schedule table with spreadsheet copy and paste (tab-separated).

    Tab and Shift+Tab leave the table for the next and previous control, as everywhere else
    in the window; the arrow keys, Enter and Home/End move between cells."""

    paste_requested = Signal(str)

    HEADER_SHARE = 0.6
    """The reservoirs' names take at most this share of the table's width (a long name with
    its rule note is shortened, whole in its tooltip), so that periods stay in view."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabKeyNavigation(False)
        self.names = NamesHeader(self)
        self.setVerticalHeader(self.names)

    def resizeEvent(self, event) -> None:
        # (the event is the viewport's, which the names themselves narrow: use the table's)
        cap = max(160, int(self.width() * self.HEADER_SHARE))
        if cap != self.names.cap:
            self.names.cap = cap
            self.updateGeometries()
        super().resizeEvent(event)

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            return
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_requested.emit(QGuiApplication.clipboard().text())
            return
        super().keyPressEvent(event)

    def copy_selection(self) -> None:
        """Copy the selected cells as tab-separated text."""
        idx = self.selectionModel().selectedIndexes()
        if not idx:
            return
        rows = sorted({i.row() for i in idx})
        cols = sorted({i.column() for i in idx})
        model = self.model()
        lines = ["\t".join(str(model.data(model.index(r, c), Qt.ItemDataRole.EditRole))
                           for c in cols) for r in rows]
        QGuiApplication.clipboard().setText("\n".join(lines))


class ScheduleEditorPanel(QWidget):
    """Table of reservoirs × periods plus the drag plot of the selected reservoir."""

    reservoir_selected = Signal(str)
    message_emitted = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.document = document = session.document
        self.units = session.units
        self.results: Results | None = None
        self.baseline: Results | None = None
        self.model = ScheduleTableModel(document, self.units)
        self.model.message_emitted.connect(self.message_emitted)
        self.table = ScheduleTableView()
        self.table.setModel(self.model)
        self.table.horizontalHeader().setDefaultSectionSize(52)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.setAlternatingRowColors(False)
        self.table.paste_requested.connect(self._on_table_paste_requested)
        self.table.selectionModel().currentChanged.connect(self._on_table_current_changed)
        tools = QHBoxLayout()
        tools.setContentsMargins(0, 0, 0, 0)
        for text, tip, slot in (
            (translate("Schedule", "Set…"),
             translate("Schedule", "Set the selected cells to one value"), self._on_set_clicked),
            (translate("Schedule", "Scale %…"),
             translate("Schedule", "Scale the selected cells by a percentage"),
             self._on_scale_clicked),
            (translate("Schedule", "Shift…"),
             translate("Schedule", "Add an amount to the selected cells"),
             self._on_shift_clicked),
            (translate("Schedule", "Copy season"),
             translate("Schedule", "Copy the selected periods to the same periods of every "
                                   "other year of the horizon"), self._on_copy_season_clicked),
        ):
            b = QToolButton()
            b.setText(text)
            b.setToolTip(tip)
            b.clicked.connect(slot)
            tools.addWidget(b)
        tools.addStretch(1)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addLayout(tools)
        lv.addWidget(self.table)
        self.plot_widget = pg.PlotWidget()
        self.plot = SchedulePlot(self.plot_widget, self._on_plot_point_dragged)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.plot_widget)
        split.setSizes([720, 460])
        lay = QVBoxLayout(self)
        lay.setContentsMargins(2, 2, 2, 2)
        lay.addWidget(split)
        reservoirs = document.scenario.reservoirs
        self.selected_id: str | None = reservoirs[0].id if reservoirs else None
        self.model.select(self.selected_id)
        self.refresh()
        session.scenario_changed.connect(self._on_session_scenario_changed)
        session.units_changed.connect(self.set_units)
        session.results_changed.connect(self._on_session_results_changed)
        session.selection_changed.connect(self._on_session_selection_changed)
        session.member_changed.connect(self._on_session_member_changed)
        self.reservoir_selected.connect(session.select_node)
        self.message_emitted.connect(session.show_error)

    # --- the session --------------------------------------------------------------------
    def _on_session_scenario_changed(self, scenario) -> None:
        del scenario
        self.refresh()

    def _on_session_results_changed(self) -> None:
        ss = self.session
        self.plot.member = ss.member
        self.show_results(ss.results, ss.baseline_results)
        self.model.set_unmet(ss.unmet_targets(), ss.results)

    def _on_session_member_changed(self) -> None:
        """Another ensemble member chosen: its simulated release is drawn, as the plots'."""
        self.plot.member = self.session.member
        self.show_results(self.results, self.baseline)

    def _on_session_selection_changed(self, node_id: str | None, link_id: str | None) -> None:
        del link_id
        self.select_node(node_id)

    # --- outside world ------------------------------------------------------------------
    def refresh(self) -> None:
        """Show the document's current scenario."""
        s = self.document.scenario
        self.model.refresh(s)
        if self.selected_id is not None and not s.has_node(self.selected_id):
            self.selected_id = s.reservoirs[0].id if s.reservoirs else None
            self.model.select(self.selected_id)
        node = s.node(self.selected_id) if self.selected_id else None
        self.plot.show(s, node if isinstance(node, ReservoirNode) else None, self.units,
                       self.results, self.baseline)

    def show_results(self, results: Results | None, baseline: Results | None) -> None:
        """New simulated releases (the schedule itself was shown on the edit)."""
        self.results, self.baseline = results, baseline
        self.plot.show_results(results, baseline)

    def select_node(self, node_id: str | None) -> None:
        """Follow the global selection (only reservoirs have a schedule)."""
        s = self.document.scenario
        if node_id and s.has_node(node_id) and isinstance(s.node(node_id), ReservoirNode) \
                and node_id != self.selected_id:
            self.selected_id = node_id
            self.model.select(node_id)
            self.refresh()

    def set_units(self, units: str) -> None:
        self.units = units
        self.model.set_units(units)
        self.refresh()
        self.model.set_unmet(self.session.unmet_targets(), self.session.results)

    # --- gestures -----------------------------------------------------------------------
    def _on_plot_point_dragged(self, node_id: str, period: int, y: float, token: object) -> None:
        self.drag_to(node_id, period, y, token)

    def drag_to(self, node_id: str, period: int, value: float, token: object) -> None:
        """Set a release from the plot (value in the current units); drags merge by token."""
        value_mcm = self.model.to_mcm(period, value)
        self.document.apply(set_release(self.document.scenario, node_id, period, value_mcm,
                                        merge_token=token))

    def _on_table_current_changed(self, current, previous) -> None:
        if current.isValid():
            rid = self.model.reservoir_id(current.row())
            if rid != self.selected_id:
                self.select_node(rid)
                self.reservoir_selected.emit(rid)

    def _selected_cells(self) -> list[tuple[int, int]]:
        idx = self.table.selectionModel().selectedIndexes()
        return sorted((i.row(), i.column()) for i in idx)

    def apply_to_selection(self, fn, label: str) -> bool:
        """Apply ``fn(value in units) -> new value`` to the selected cells as one step."""
        cells = self._selected_cells()
        if not cells:
            self.message_emitted.emit(
                translate("Schedule", "Select some cells of the schedule table first"))
            return False
        changes: dict[str, dict[int, float]] = defaultdict(dict)
        for r, c in cells:
            new = fn(self.model.value(r, c))
            problem = self.model.check_typed(r, c, new)
            if problem is not None:
                self.message_emitted.emit(problem)
                return False
            changes[self.model.reservoir_id(r)][c] = self.model.to_mcm(c, new)
        names = ", ".join(self.document.scenario.node(k).name for k in changes)
        label = translate("Schedule", "{action} {names} release").format(action=label,
                                                                          names=names)
        return self.document.apply(SetReleases(changes=dict(changes), label=label))

    def _ask(self, title: str, text: str, value: float, lo: float, hi: float) -> float | None:
        v, ok = QInputDialog.getDouble(self, title, text, value, lo, hi, 1)
        return v if ok else None

    def _on_set_clicked(self) -> None:
        unit = unit_label(self.units)
        v = self._ask(translate("Schedule", "Set releases"),
                      translate("Schedule", "New release ({unit}):").format(unit=unit),
                      0.0, 0.0, 1e7)
        if v is not None:
            self.apply_to_selection(lambda _x: v, translate("Schedule", "Set"))

    def _on_scale_clicked(self) -> None:
        v = self._ask(translate("Schedule", "Scale releases"),
                      translate("Schedule", "Scale the selected releases to (%):"),
                      100.0, 0.0, 1000.0)
        if v is not None:
            self.apply_to_selection(lambda x: x * v / 100.0, translate(
                "Schedule", "Scale by {percent} %").format(percent=general(v)))

    def _on_shift_clicked(self) -> None:
        unit = unit_label(self.units)
        v = self._ask(translate("Schedule", "Shift releases"),
                      translate("Schedule", "Add to the selected releases ({unit}):").format(
                          unit=unit), 0.0, -1e7, 1e7)
        if v is not None:
            self.apply_to_selection(lambda x: max(0.0, x + v), translate(
                "Schedule", "Shift by {amount}").format(amount=general(v, "+g")))

    def _on_copy_season_clicked(self) -> None:
        self.copy_season()

    def copy_season(self) -> bool:
        """Copy the selected cells to the same calendar periods of every other year."""
        cells = self._selected_cells()
        s = self.document.scenario
        if not cells:
            self.message_emitted.emit(
                translate("Schedule", "Select the periods of one season to copy first"))
            return False
        starts = s.time.starts
        changes: dict[str, dict[int, float]] = defaultdict(dict)
        for r, c in cells:
            key = (starts[c].month, starts[c].day)
            for t, d in enumerate(starts):
                if t != c and (d.month, d.day) == key:
                    changes[self.model.reservoir_id(r)][t] = self.model.to_mcm(t, self.model.value(r, c))
        if not changes:
            self.message_emitted.emit(translate(
                "Schedule", "The horizon has only one year: there is no other year to copy the "
                "season to"))
            return False
        return self.document.apply(SetReleases(changes=dict(changes),
                                               label=translate("Schedule", "Copy season")))

    def _on_table_paste_requested(self, text: str) -> None:
        self.paste(text)

    def paste(self, text: str) -> bool:
        """Paste tab-separated numbers at the current cell (one undo step)."""
        cur = self.table.currentIndex()
        if not cur.isValid():
            self.message_emitted.emit(
                translate("Schedule", "Click the cell where the pasted block should start"))
            return False
        rows = [line.split("\t") for line in text.strip("\n").splitlines() if line.strip()]
        changes: dict[str, dict[int, float]] = defaultdict(dict)
        try:
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    r, c = cur.row() + i, cur.column() + j
                    if r < self.model.rowCount() and c < self.model.columnCount():
                        number = parse_number(cell)
                        problem = self.model.check_typed(r, c, number)
                        if problem is not None:
                            self.message_emitted.emit(translate(
                                "Schedule", "Cannot paste: {problem}").format(problem=problem))
                            return False
                        changes[self.model.reservoir_id(r)][c] = self.model.to_mcm(c, number)
        except ValueError:
            self.message_emitted.emit(translate(
                "Schedule", "Cannot paste: '{cell}' is not a number").format(cell=cell))
            return False
        if not changes:
            return False
        return self.document.apply(SetReleases(changes=dict(changes),
                                               label=translate("Schedule", "Paste releases")))


__all__ = ["ScheduleEditorPanel"]
