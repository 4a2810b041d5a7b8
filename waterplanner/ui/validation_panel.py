"""Every problem of the current scenario; clicking one selects its node and field."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from waterplanner.model.problems import Problem
from waterplanner.model.scenario import Scenario


class ValidationPanel(QWidget):
    """List of problems; :attr:`problem_activated` says which node and field to show."""

    problem_activated = Signal(object, object)
    """(node id or None, field name or None)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.itemClicked.connect(self._on_list_item_clicked)
        self.list.itemActivated.connect(self._on_list_item_clicked)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(2, 2, 2, 2)
        lay.addWidget(self.list)
        self._problems: list[Problem] | None = None
        self._heading: str | None = None

    def show_problems(self, problems: list[Problem], scenario: Scenario | None = None,
                      heading: str | None = None) -> None:
        """List ``problems`` (names instead of ids where the scenario knows them)."""
        if problems is self._problems and heading == self._heading:
            return
        self._problems = problems
        self._heading = heading
        self.list.clear()
        if heading:
            head = QListWidgetItem(heading)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            f = head.font()
            f.setBold(True)
            head.setFont(f)
            self.list.addItem(head)
        if not problems and not heading:
            ok = QListWidgetItem("✓ No problems: the scenario is valid")
            ok.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(ok)
            return
        for p in problems:
            where = p.location
            if scenario is not None and p.node_id and scenario.has_node(p.node_id):
                where = where.replace(p.node_id, scenario.node(p.node_id).name, 1)
            item = QListWidgetItem(f"⚠ {where}: {p.message}")
            item.setData(Qt.ItemDataRole.UserRole, (p.node_id, p.field_name))
            item.setToolTip(str(p))
            self.list.addItem(item)

    def count(self) -> int:
        """Number of listed problems."""
        return len(self._problems or [])

    def _on_list_item_clicked(self, item: QListWidgetItem) -> None:
        data = item.data(Qt.ItemDataRole.UserRole)
        if data:
            self.problem_activated.emit(data[0], data[1])
