"""File handling of the window: new, open, open recent, save, save as, and closing.

A file that fails to load leaves the open scenario untouched and lists every problem in
the validation panel. Closing (or opening another file) with unsaved edits asks whether to
save, discard or cancel.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from waterplanner.i18n import QT_TRANSLATE_NOOP, translate
from waterplanner.i18n.figures import counted
from waterplanner.model.fileio import (
    DEFAULT_SCENARIO,
    load_shipped_scenario,
    shipped_scenarios,
    written_version,
)
from waterplanner.model.problems import Problem, ScenarioError
from waterplanner.model.scenario import Scenario
from waterplanner.model.schema import FORMAT_VERSION

if TYPE_CHECKING:
    from waterplanner.ui.main_window import MainWindow

FILE_FILTER = QT_TRANSLATE_NOOP("Files", "WaterPlanner scenarios (*.wplan);;All files (*)")
"""The file dialogs' filter (shown through ``translate("Files", FILE_FILTER)``)."""


def default_scenario() -> Scenario:
    """The embedded default scenario (or the first shipped one while it is missing)."""
    names = shipped_scenarios()
    name = DEFAULT_SCENARIO if DEFAULT_SCENARIO in names else (names[0] if names else None)
    if name is None:
        raise ScenarioError([Problem("file", translate(
            "Files", "no scenario ships with this installation"))])
    return load_shipped_scenario(name)


class FileController(QObject):
    """The File menu's logic, kept out of the window class."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.session = window.session
        self.document = window.session.document
        self.last_problems: list[Problem] = []

    # --- asking -----------------------------------------------------------------------
    def maybe_save(self) -> bool:
        """True when it is fine to drop the current scenario (saved, discarded or clean)."""
        if not self.session.is_modified:
            return True
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("Files", "Unsaved changes"))
        box.setText(translate("Files", "{name} has changes that are not saved.").format(
            name=self.document.display_name))
        box.setInformativeText(translate("Files", "Save them before continuing?"))
        box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                               | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        box.deleteLater()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    # --- actions ----------------------------------------------------------------------
    def new_scenario(self) -> bool:
        """Start from the default scenario, unsaved."""
        if not self.maybe_save():
            return False
        try:
            scenario = default_scenario()
        except ScenarioError as e:
            self._show_problems(translate("Files", "the default scenario"), e.problems)
            return False
        self.session.replace_document(scenario, None)
        return True

    def open_dialog(self) -> bool:
        if not self.maybe_save():
            return False
        start = str(self.document.path.parent) if self.document.path else ""
        path, _ = QFileDialog.getOpenFileName(self.window, translate("Files", "Open scenario"),
                                              start, translate("Files", FILE_FILTER))
        return self.open_path(Path(path), ask=False) if path else False

    def open_path(self, path: Path, ask: bool = True) -> bool:
        """Open a file; on failure show every problem and keep the current scenario."""
        if ask and not self.maybe_save():
            return False
        try:
            self.session.open_file(path)
        except ScenarioError as e:
            self._show_problems(Path(path).name, e.problems)
            return False
        self.last_problems = []
        self.window.settings.add_recent_file(str(path))
        version = written_version(path)
        if version is not None and version < FORMAT_VERSION:
            self.window.show_message(translate(
                "Files", "Opened {name}, written in format version {version}: it will be saved "
                "in version {current} (nothing in it changes meaning; an older WaterPlanner "
                "cannot open the saved file)").format(
                    name=Path(path).name, version=version, current=FORMAT_VERSION))
        else:
            self.window.show_message(translate("Files", "Opened {name}").format(
                name=Path(path).name))
        return True

    def save(self) -> bool:
        """Save to the current file, or ask for one."""
        if self.document.path is None:
            return self.save_as_dialog()
        return self.save_to(self.document.path)

    def save_as_dialog(self) -> bool:
        start = str(self.document.path or Path.home() / "scenario.wplan")
        path, _ = QFileDialog.getSaveFileName(self.window, translate("Files", "Save scenario as"),
                                              start, translate("Files", FILE_FILTER))
        if not path:
            return False
        p = Path(path)
        return self.save_to(p if p.suffix else p.with_suffix(".wplan"))

    def save_to(self, path: Path) -> bool:
        """Save atomically; a failure is reported and the scenario stays unsaved."""
        try:
            self.session.save(path)
        except ScenarioError as e:
            self._show_problems(path.name, e.problems, verb="save")
            return False
        except OSError as e:
            reason = e.strerror or str(e)
            self.window.show_message(translate("Files", "Could not save {name}: {reason}").format(
                name=path.name, reason=reason), error=True)
            QMessageBox.warning(self.window, translate("Files", "Could not save"), translate(
                "Files", "{path} could not be written:\n{reason}\n\nYour scenario is still "
                "open; try another folder.").format(path=path, reason=reason))
            return False
        self.window.settings.add_recent_file(str(path))
        self.window.show_message(translate("Files", "Saved {name}").format(name=path.name))
        return True

    def populate_recent(self, menu: QMenu) -> None:
        """Fill the Open Recent menu."""
        menu.clear()
        files = self.window.settings.recent_files()
        if not files:
            menu.addAction(translate("Files", "(no recent files)")).setEnabled(False)
        for f in files:
            act = menu.addAction(f)
            act.triggered.connect(lambda _=False, p=f: self.open_path(Path(p)))

    def _show_problems(self, what: str, problems: list[Problem], verb: str = "open") -> None:
        self.last_problems = list(problems)
        n = len(problems)
        if verb == "save":
            heading = counted("Files", "Could not save {what} ({count} problems); the open "
                              "scenario is unchanged:", n, "Could not save {what} ({count} "
                              "problem); the open scenario is unchanged:")
            line = translate("Files", "Could not save {what}: {message}")
        else:
            heading = counted("Files", "Could not open {what} ({count} problems); the open "
                              "scenario is unchanged:", n, "Could not open {what} ({count} "
                              "problem); the open scenario is unchanged:")
            line = translate("Files", "Could not open {what}: {message}")
        self.window.validation.show_problems(
            problems, None, heading=heading.format(what=what, count=n))
        self.window.validation_dock.raise_()
        self.window.validation_dock.show()
        self.window.show_message(
            line.format(what=what, message=problems[0].message if problems else ""), error=True)


def _counted_texts() -> None:  # pragma: no cover - read by pyside6-lupdate, never run
    translate("Files", "Could not save {what} ({count} problems); the open scenario is "
                       "unchanged:", None, 1)
    translate("Files", "Could not open {what} ({count} problems); the open scenario is "
                       "unchanged:", None, 1)

