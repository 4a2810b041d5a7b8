"""The open scenario: one immutable :class:`Scenario` at a time, an undo stack, a file.

Every change goes through :meth:`ScenarioDocument.apply` with a pure edit from
:mod:`waterplanner.model.edits`; the undo stack holds one generic command per step that
remembers the scenario before and after. The window's modified mark is the stack's clean
state, so undoing back to the saved scenario clears it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from waterplanner.i18n import translate
from waterplanner.model.document import validate_scenario
from waterplanner.model.edits import Edit, EditRefused
from waterplanner.model.fileio import load_scenario_and_view, save_scenario
from waterplanner.model.problems import Problem, ScenarioError
from waterplanner.model.scenario import Scenario
from waterplanner.model.view_state import ViewState

MERGEABLE_ID = 4711


class ScenarioCommand(QUndoCommand):
    """One undo step: the scenario before and after an edit.

    Consecutive commands with the same non-empty ``merge_key`` merge (the drag of a point,
    typing into one field), keeping the first ``before`` and the last ``after``.
    """

    def __init__(self, document: ScenarioDocument, before: Scenario, after: Scenario,
                 label: str, merge_key: tuple[object, ...] | None) -> None:
        super().__init__(label)
        self._document = document
        self.before = before
        self.after = after
        self.merge_key = merge_key

    def redo(self) -> None:
        self._document._set_scenario(self.after)

    def undo(self) -> None:
        self._document._set_scenario(self.before)

    def id(self) -> int:
        return MERGEABLE_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, ScenarioCommand) or other.merge_key != self.merge_key:
            return False
        self.after = other.after
        self.setText(other.text())
        return True


class ScenarioDocument(QObject):
    """The scenario being edited, its file and its history."""

    scenario_changed = Signal(object)
    """Emitted with the new :class:`Scenario` after every edit, undo, redo or load."""
    file_changed = Signal()
    """The file path or the modified state changed (update the title)."""
    edit_refused = Signal(str)
    """An edit was refused; the text says why."""

    def __init__(self, scenario: Scenario, path: Path | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._scenario = scenario
        self.path = path
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._on_undo_stack_clean_changed)
        self._problem_key: tuple[object, ...] | None = None
        self._problems: list[Problem] = []

    # --- state ----------------------------------------------------------------------
    @property
    def scenario(self) -> Scenario:
        """The current scenario (immutable: compare by identity to see a change)."""
        return self._scenario

    @property
    def is_modified(self) -> bool:
        """Whether there are edits not yet saved."""
        return not self.undo_stack.isClean()

    @property
    def display_name(self) -> str:
        """File name for the title bar, or the scenario's name for an unsaved one."""
        if self.path:
            return self.path.name
        return translate("Document", "{name} (not saved)").format(
            name=self._scenario.metadata.name)

    def problems(self) -> list[Problem]:
        """Validation problems of the current scenario.

        Schedule edits validate their own values, and a move changes only the layout (which
        the move checks), so the (costly) full validation only reruns when some other part
        of the scenario is a new object.
        """
        s = self._scenario
        key: tuple[object, ...] = (s.nodes, s.links, s.time, s.inflow_sets, s.metadata,
                                   s.extensions, s.allocation, s.countries,
                                   s.energy_exchanges, s.ensembles)
        names = tuple(s.release_schedules)
        old = self._problem_key
        if old is None or old[1] != names or \
                any(a is not b for a, b in zip(key, old[0], strict=True)):  # type: ignore[call-overload]
            self._problems = validate_scenario(s)
            self._problem_key = (key, names)
        return self._problems

    # --- editing --------------------------------------------------------------------
    def apply(self, edit: Edit) -> bool:
        """Apply an edit as one undo step; False (and :attr:`edit_refused`) if refused."""
        try:
            after = edit.apply(self._scenario)
        except EditRefused as e:
            self.edit_refused.emit(str(e))
            return False
        if after is self._scenario or after == self._scenario:
            return True  # nothing changed: no undo step (F2 then Enter, a zero shift)
        label = edit.label or type(edit).__name__
        self.undo_stack.push(ScenarioCommand(self, self._scenario, after, label, edit.merge_key))
        return True

    def _set_scenario(self, scenario: Scenario) -> None:
        self._scenario = scenario
        self.scenario_changed.emit(scenario)

    def replace_document(self, scenario: Scenario, path: Path | None, modified: bool = False
                         ) -> None:
        """Start over on another scenario (open, new, restore): history is cleared."""
        self.undo_stack.clear()
        self.path = path
        self._set_scenario(scenario)
        if modified:
            # a restored recovery copy differs from its file: keep it marked unsaved
            self.undo_stack.resetClean()
        self.file_changed.emit()

    # --- files ----------------------------------------------------------------------
    def open(self, path: Path) -> ViewState:
        """Load a file and return the view saved in it; on :class:`ScenarioError` the current
        scenario stays as it is. The path is kept absolute, so a later save goes to the
        file's own folder whatever the current folder is then."""
        scenario, view = load_scenario_and_view(path)
        self.replace_document(scenario, Path(path).absolute())
        return view

    def save(self, path: Path | None = None, view: ViewState | None = None) -> None:
        """Save atomically to ``path`` (or the current file), with the planner's view;
        raises OSError on failure."""
        target = Path(path).absolute() if path is not None else self.path
        if target is None:
            raise ValueError(translate("Document", "no file name given"))
        try:
            save_scenario(self._scenario, target, view)
        except ValueError as e:  # a non-finite number that cannot be written
            raise ScenarioError([Problem("file", str(e))]) from None
        self.path = target
        self.undo_stack.setClean()
        self.file_changed.emit()

    def _on_undo_stack_clean_changed(self, clean: bool) -> None:
        del clean
        self.file_changed.emit()
