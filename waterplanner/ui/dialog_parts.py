"""Small pieces the editing dialogs share: the refusal line, OK/Cancel, and the Add /
Remove selected buttons under a table."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
)

from waterplanner.i18n import translate


def error_label() -> QLabel:
    """Where a dialog says why what was typed was refused (what was typed stays)."""
    label = QLabel()
    label.setStyleSheet("color: #B03A00")
    label.setWordWrap(True)
    return label


def ok_cancel(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                               QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def remove_selected_rows(table: QTableWidget) -> None:
    for r in sorted({i.row() for i in table.selectedIndexes()}, reverse=True):
        table.removeRow(r)


def row_buttons(table: QTableWidget, add: Callable[[], None], add_text: str | None = None
                ) -> QHBoxLayout:
    """'Add' (or ``add_text``; calls ``add``) and 'Remove selected' under a table."""
    plus = QPushButton(add_text if add_text is not None else translate("DialogParts", "Add"))
    plus.clicked.connect(add)
    minus = QPushButton(translate("DialogParts", "Remove selected"))
    minus.clicked.connect(lambda: remove_selected_rows(table))
    row = QHBoxLayout()
    row.addWidget(plus)
    row.addWidget(minus)
    row.addStretch(1)
    return row
