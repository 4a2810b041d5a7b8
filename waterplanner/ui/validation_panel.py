"""Every problem of the current scenario, and the release targets it could not follow.

Problems make the scenario invalid (it is not simulated until they are fixed); warnings
come from the results: periods whose scheduled release a reservoir could not make, with the
reason ("Toktogul, Feb 2026: target 1 607 m³/s, released 100 m³/s: storage at dead level").
Clicking an entry selects its node and field.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from waterplanner.i18n import translate
from waterplanner.model.problems import Problem
from waterplanner.model.scenario import Scenario
from waterplanner.ui.problem_place import problem_place

WARNING_COLOUR = QColor("#8A6100")


class ValidationPanel(QWidget):
    """List of problems and warnings; :attr:`problem_activated` says which node and field."""

    problem_activated = Signal(object, object)
    """(node id or None, field name or None)."""

    def __init__(self, session=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.itemClicked.connect(self._on_list_item_clicked)
        self.list.itemActivated.connect(self._on_list_item_clicked)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(2, 2, 2, 2)
        lay.addWidget(self.list)
        self._problems: list[Problem] | None = None
        self._heading: str | None = None
        self.warnings: list[str] = []
        self._shown: tuple[object, ...] | None = None
        if session is not None:
            session.problems_changed.connect(self._on_session_changed)
            session.results_changed.connect(self._on_session_changed)
            session.units_changed.connect(self._on_session_changed)

    def _on_session_changed(self, *_: object) -> None:
        ss = self.session
        r = ss.results
        warnings = [(u.reservoir_id, u.message(r, ss.units)) for u in ss.unmet_targets()] \
            if r is not None else []
        self.show_problems(ss.problems(), ss.scenario, warnings=warnings)

    def show_problems(self, problems: list[Problem], scenario: Scenario | None = None,
                      heading: str | None = None,
                      warnings: list[tuple[str, str]] | None = None) -> None:
        """List ``problems`` (their places in words where the scenario knows them), then
        ``warnings`` as (node id, text) pairs."""
        warnings = warnings or []
        key = (id(problems), heading, tuple(warnings))
        if key == self._shown and problems is self._problems:
            return
        self._shown = key
        self._problems = problems
        self._heading = heading
        self.warnings = [text for _, text in warnings]
        self.list.clear()
        if heading:
            head = QListWidgetItem(heading)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            f = head.font()
            f.setBold(True)
            head.setFont(f)
            self.list.addItem(head)
        if not problems and not heading and not warnings:
            ok = QListWidgetItem(translate("Problems", "✓ No problems: the scenario is valid "
                                           "and every release target is met"))
            ok.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(ok)
            return
        for p in problems:
            where = problem_place(scenario, p.location)
            item = QListWidgetItem(translate("Problems", "⚠ {where}: {message}").format(
                where=where, message=p.message))
            item.setData(Qt.ItemDataRole.UserRole, (p.node_id, p.field_name))
            # the path into the file, for a planner who edits it by hand
            item.setToolTip(str(p) if where == p.location else translate(
                "Problems", "{where}: {message}\nIn the file: {location}").format(
                    where=where, message=p.message, location=p.location))
            self.list.addItem(item)
        if warnings:
            head = QListWidgetItem(translate(
                "Problems", "Release targets not met ({count}): the reservoir released a "
                "different amount than scheduled").format(count=len(warnings)))
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            f = head.font()
            f.setBold(True)
            head.setFont(f)
            self.list.addItem(head)
        for node_id, text in warnings:
            item = QListWidgetItem(f"△ {text}")
            item.setForeground(QBrush(WARNING_COLOUR))
            item.setData(Qt.ItemDataRole.UserRole, (node_id, None))
            item.setToolTip(text)
            self.list.addItem(item)

    def count(self) -> int:
        """Number of listed problems."""
        return len(self._problems or [])

    def _on_list_item_clicked(self, item: QListWidgetItem) -> None:
        data = item.data(Qt.ItemDataRole.UserRole)
        if data:
            self.problem_activated.emit(data[0], data[1])
