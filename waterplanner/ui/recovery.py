"""Recovery copies: while there are unsaved edits, the scenario is written aside every
minute, so a crash (or a power cut at a ministry workstation) loses at most a minute.

A clean save or a clean exit removes the copy; finding one at start-up means the last
session ended abnormally, and the window offers to restore it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from waterplanner.model.document import dumps_scenario, loads_scenario
from waterplanner.model.fileio import atomic_write_text
from waterplanner.model.problems import ScenarioError
from waterplanner.model.scenario import Scenario
from waterplanner.ui.document import ScenarioDocument

RECOVERY_INTERVAL_MS = 60_000
RECOVERY_NAME = "recovery.wplan"
INFO_NAME = "recovery.json"


@dataclass(frozen=True)
class RecoveryCopy:
    """A recovery copy found at start-up: its scenario and the file it came from."""

    scenario: Scenario
    original_path: Path | None
    saved_at: str


def find_recovery(directory: Path) -> RecoveryCopy | None:
    """The recovery copy left in ``directory``, or None (also when it is unreadable)."""
    path = directory / RECOVERY_NAME
    if not path.exists():
        return None
    try:
        scenario = loads_scenario(path.read_bytes())
        info = json.loads((directory / INFO_NAME).read_text(encoding="utf-8")) \
            if (directory / INFO_NAME).exists() else {}
    except (ScenarioError, OSError, ValueError):
        return None
    original = info.get("original_path")
    return RecoveryCopy(scenario, Path(original) if original else None,
                        str(info.get("saved_at", "")))


def discard_recovery(directory: Path) -> None:
    """Remove any recovery copy in ``directory``."""
    for name in (RECOVERY_NAME, INFO_NAME):
        try:
            (directory / name).unlink()
        except FileNotFoundError:
            pass


class RecoveryKeeper(QObject):
    """Writes the document aside every :data:`RECOVERY_INTERVAL_MS` while it is modified."""

    def __init__(self, document: ScenarioDocument, directory: Path,
                 interval_ms: int = RECOVERY_INTERVAL_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self.directory = directory
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._on_timer_timeout)
        self._was_modified = False
        document.file_changed.connect(self._on_document_file_changed)
        # at start-up a copy left by a crashed session stays until the planner decides on it
        self._on_document_file_changed()

    def write_now(self) -> None:
        """Write the recovery copy at once (if there is anything unsaved)."""
        if not self._document.is_modified:
            return
        from datetime import datetime
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            atomic_write_text(self.directory / RECOVERY_NAME, dumps_scenario(self._document.scenario))
            info = {"original_path": str(self._document.path) if self._document.path else None,
                    "saved_at": datetime.now().isoformat(timespec="seconds")}
            atomic_write_text(self.directory / INFO_NAME, json.dumps(info))
        except (OSError, ValueError):
            pass  # a recovery copy is best effort: never disturb the planner for it

    def stop(self) -> None:
        """Stop the timer and remove the copy (on a clean exit)."""
        self.timer.stop()
        discard_recovery(self.directory)

    def _on_timer_timeout(self) -> None:
        self.write_now()

    def _on_document_file_changed(self) -> None:
        modified = self._document.is_modified
        if modified:
            if not self.timer.isActive():
                self.timer.start()
        else:
            self.timer.stop()
            if self._was_modified:  # saved, or undone back to the saved state
                discard_recovery(self.directory)
        self._was_modified = modified
