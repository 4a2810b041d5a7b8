"""A small spreadsheet dialog for series and level–area–volume tables.

It pastes tab-separated blocks from Excel or LibreOffice at the current cell and returns
the columns as numbers; it never touches the scenario (the caller makes the edit).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from waterplanner.i18n import translate
from waterplanner.ui.figures import general
from waterplanner.ui.schedule_model import parse_number


def _text(item: QTableWidgetItem | None) -> str:
    return item.text() if item is not None else ""

class PasteTable(QTableWidget):
    """A table widget that pastes tab-separated text at the current cell."""

    def __init__(self, rows: int, cols: int, growable: bool) -> None:
        super().__init__(rows, cols)
        self.growable = growable

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_text(QGuiApplication.clipboard().text())
            return
        if event.matches(QKeySequence.StandardKey.Copy):
            idx = sorted((i.row(), i.column()) for i in self.selectedIndexes())
            rows = sorted({r for r, _ in idx})
            cols = sorted({c for _, c in idx})
            QGuiApplication.clipboard().setText("\n".join(
                "\t".join(_text(self.item(r, c)) for c in cols)
                for r in rows))
            return
        super().keyPressEvent(event)

    def paste_text(self, text: str) -> None:
        """Fill cells from tab-separated text starting at the current cell."""
        r0 = max(self.currentRow(), 0)
        c0 = max(self.currentColumn(), 0)
        lines = [ln for ln in text.replace("\r", "").split("\n") if ln.strip()]
        if self.growable and r0 + len(lines) > self.rowCount():
            self.setRowCount(r0 + len(lines))
        for i, line in enumerate(lines):
            for j, cell in enumerate(line.split("\t")):
                if r0 + i < self.rowCount() and c0 + j < self.columnCount():
                    self.setItem(r0 + i, c0 + j, QTableWidgetItem(cell.strip()))


class TableEditDialog(QDialog):
    """Edit columns of numbers; :meth:`columns` gives the result after ``exec()``."""

    def __init__(self, title: str, headers: Sequence[str], columns: Sequence[Sequence[float]],
                 row_labels: Sequence[str] | None = None, growable: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        n = max((len(c) for c in columns), default=0)
        self.table = PasteTable(n, len(headers), growable)
        self.table.setHorizontalHeaderLabels(list(headers))
        if row_labels is not None:
            self.table.setVerticalHeaderLabels(list(row_labels))
        for j, col in enumerate(columns):
            for i, v in enumerate(col):
                self.table.setItem(i, j, QTableWidgetItem(general(v, ".10g")))
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet("color: #B03A00")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(translate("TableEdit", "Paste from a spreadsheet with Ctrl+V "
                                       "(tab-separated) at the selected cell.")))
        lay.addWidget(self.table)
        if growable:
            row = QHBoxLayout()
            add = QPushButton(translate("TableEdit", "Add row"))
            remove = QPushButton(translate("TableEdit", "Remove last row"))
            add.clicked.connect(lambda: self.table.setRowCount(self.table.rowCount() + 1))
            remove.clicked.connect(lambda: self.table.setRowCount(max(2, self.table.rowCount() - 1)))
            row.addWidget(add)
            row.addWidget(remove)
            row.addStretch(1)
            lay.addLayout(row)
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        self.resize(420 + 80 * len(headers), 520)
        self._result: list[list[float]] | None = None

    def columns(self) -> list[list[float]] | None:
        """The numbers per column (after OK), or None."""
        return self._result

    def read(self) -> list[list[float]]:
        """Parse every cell; ValueError names the first bad one."""
        out: list[list[float]] = [[] for _ in range(self.table.columnCount())]
        for i in range(self.table.rowCount()):
            cells = [self.table.item(i, j) for j in range(self.table.columnCount())]
            texts = [c.text().strip() if c is not None else "" for c in cells]
            if not any(texts) and self.table.growable:
                continue  # empty rows of a growable table are ignored
            for j, t in enumerate(texts):
                try:
                    out[j].append(parse_number(t))
                except ValueError:
                    head = self.table.horizontalHeaderItem(j)
                    raise ValueError(translate(
                        "TableEdit", "row {row}, {column}: '{text}' is not a number").format(
                            row=i + 1, column=head.text() if head else j + 1, text=t)) from None
        return out

    def _on_buttons_accepted(self) -> None:
        try:
            self._result = self.read()
        except ValueError as e:
            self.error.setText(str(e))
            return
        self.accept()
