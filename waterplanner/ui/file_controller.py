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

FILE_FILTER = "WaterPlanner scenarios (*.wplan);;All files (*)"


def default_scenario() -> Scenario:
    """The embedded default scenario (or the first shipped one while it is missing)."""
    names = shipped_scenarios()
    name = DEFAULT_SCENARIO if DEFAULT_SCENARIO in names else (names[0] if names else None)
    if name is None:
        raise ScenarioError([Problem("file", "no scenario ships with this installation")])
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
        box.setWindowTitle("Unsaved changes")
        box.setText(f"{self.document.display_name} has changes that are not saved.")
        box.setInformativeText("Save them before continuing?")
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
            self._show_problems("the default scenario", e.problems)
            return False
        self.session.replace_document(scenario, None)
        return True

    def open_dialog(self) -> bool:
        if not self.maybe_save():
            return False
        start = str(self.document.path.parent) if self.document.path else ""
        path, _ = QFileDialog.getOpenFileName(self.window, "Open scenario", start, FILE_FILTER)
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
            self.window.show_message(
                f"Opened {Path(path).name}, written in format version {version}: it will be "
                f"saved in version {FORMAT_VERSION} (nothing in it changes meaning; an older "
                "WaterPlanner cannot open the saved file)")
        else:
            self.window.show_message(f"Opened {Path(path).name}")
        return True

    def save(self) -> bool:
        """Save to the current file, or ask for one."""
        if self.document.path is None:
            return self.save_as_dialog()
        return self.save_to(self.document.path)

    def save_as_dialog(self) -> bool:
        start = str(self.document.path or Path.home() / "scenario.wplan")
        path, _ = QFileDialog.getSaveFileName(self.window, "Save scenario as", start, FILE_FILTER)
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
            self.window.show_message(f"Could not save {path.name}: {e.strerror or e}", error=True)
            QMessageBox.warning(self.window, "Could not save",
                                f"{path} could not be written:\n{e.strerror or e}\n\n"
                                "Your scenario is still open; try another folder.")
            return False
        self.window.settings.add_recent_file(str(path))
        self.window.show_message(f"Saved {path.name}")
        return True

    def populate_recent(self, menu: QMenu) -> None:
        """Fill the Open Recent menu."""
        menu.clear()
        files = self.window.settings.recent_files()
        if not files:
            menu.addAction("(no recent files)").setEnabled(False)
        for f in files:
            act = menu.addAction(f)
            act.triggered.connect(lambda _=False, p=f: self.open_path(Path(p)))

    def _show_problems(self, what: str, problems: list[Problem], verb: str = "open") -> None:
        self.last_problems = list(problems)
        n = len(problems)
        heading = (f"Could not {verb} {what} ({n} problem{'s' if n != 1 else ''}); "
                   "the open scenario is unchanged:")
        self.window.validation.show_problems(problems, None, heading=heading)
        self.window.validation_dock.raise_()
        self.window.validation_dock.show()
        self.window.show_message(f"Could not {verb} {what}: {problems[0].message if problems else ''}",
                                 error=True)

