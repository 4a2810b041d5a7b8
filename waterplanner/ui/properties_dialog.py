"""Scenario → Properties…: the title page of a study (title, author, organisation,
description, notes) and the date of the initial state the storages describe.

The dialog returns an edit; the window applies it as one undo step. An entry the model
would refuse (an empty title, a date that is not a date) keeps the dialog open with the
reason shown under the fields.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from waterplanner.i18n import translate
from waterplanner.model.edits import EditRefused, SetMetadata, checked_metadata
from waterplanner.model.scenario import Metadata


class ScenarioPropertiesDialog(QDialog):
    """Edit the scenario's descriptive fields; :meth:`edit` is the result."""

    def __init__(self, metadata: Metadata, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ScenarioProperties", "Scenario properties"))
        self.setMinimumWidth(560)
        self._metadata = metadata
        self.title = QLineEdit(metadata.name)
        self.author = QLineEdit(metadata.author)
        self.organisation = QLineEdit(metadata.organisation)
        self.state_date = QLineEdit(metadata.initial_state_date)
        self.state_date.setPlaceholderText(
            translate("ScenarioProperties", "YYYY-MM-DD, e.g. 2025-10-01"))
        self.state_date.setToolTip(translate(
            "ScenarioProperties", "The day the initial storages were observed or published; "
            "it is printed on the report's title page"))
        self.description = QPlainTextEdit(metadata.description)
        self.description.setMinimumHeight(90)
        self.notes = QPlainTextEdit(metadata.notes)
        self.notes.setMinimumHeight(90)
        form = QFormLayout()
        form.addRow(translate("ScenarioProperties", "Title"), self.title)
        form.addRow(translate("ScenarioProperties", "Author"), self.author)
        form.addRow(translate("ScenarioProperties", "Organisation"), self.organisation)
        form.addRow(translate("ScenarioProperties", "Initial state on"), self.state_date)
        form.addRow(translate("ScenarioProperties", "Description"), self.description)
        form.addRow(translate("ScenarioProperties", "Notes"), self.notes)
        self.error = QLabel("")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #B03A00")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(buttons)

    def values(self) -> dict[str, str]:
        return {"name": self.title.text(), "author": self.author.text(),
                "organisation": self.organisation.text(),
                "initial_state_date": self.state_date.text(),
                "description": self.description.toPlainText(),
                "notes": self.notes.toPlainText()}

    def edit(self) -> SetMetadata:
        """The edit that makes the scenario's properties what the dialog shows."""
        return SetMetadata(values=self.values(),
                           label=translate("ScenarioProperties", "Set scenario properties"))

    def problem(self) -> str | None:
        """Why the entries cannot be applied, or None."""
        try:
            checked_metadata(self.values())
        except EditRefused as e:
            return str(e)
        return None

    def _on_buttons_accepted(self) -> None:
        problem = self.problem()
        if problem is not None:
            self.error.setText(problem)
            return
        self.accept()
