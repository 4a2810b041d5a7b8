"""Recovery copies: while there are unsaved edits, the scenario is written aside every
minute, so a crash (or a power cut at a ministry workstation) loses at most a minute.

Each window keeps its copy in its own *slot* of the settings folder: ``recovery-<id>.wplan``
(the scenario), ``recovery-<id>.json`` (the file it came from, as an absolute path, and when it
was written) and ``recovery-<id>.lock``, a lock the window holds while it lives. A clean save
or a clean exit removes the slot. At start-up, the slots whose lock no live process holds are
the copies of sessions that ended abnormally, and the window offers to restore one; the slot
of a window still running is never offered to another. A record that cannot be read (damaged,
or not a regular file) is set aside as ``<name>.bad-<time>`` with a message, never fatal.
``recovery.wplan``/``recovery.json`` without an id are copies left by earlier versions.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import stat
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLockFile, QObject, QTimer

from waterplanner.i18n import translate
from waterplanner.model.document import dumps_scenario, loads_scenario
from waterplanner.model.fileio import MAX_FILE_BYTES, atomic_write_text
from waterplanner.model.problems import ScenarioError
from waterplanner.model.safe_files import FileRefused, read_regular_file
from waterplanner.model.scenario import Scenario
from waterplanner.ui.document import ScenarioDocument

RECOVERY_INTERVAL_MS = 60_000
RECOVERY_NAME = "recovery.wplan"
"""The copy of versions before one slot per window (still found and offered)."""
INFO_NAME = "recovery.json"
SLOT_FILE = re.compile(r"recovery(?:-([A-Za-z0-9_-]{1,64}))?\.(wplan|json|lock)\Z")
MAX_INFO_BYTES = 64 * 1024
MAX_LOCK_BYTES = 4 * 1024
MAX_PATH_CHARS = 4096
LOCK_WRITE_GRACE_S = 10.0
"""A lock file this young may be one that a starting window is writing this instant."""


class RecoverySlot:
    """One window's place for its recovery copy, and the lock that says the window lives."""

    def __init__(self, directory: Path, slot_id: str) -> None:
        self.directory = Path(directory)
        self.slot_id = slot_id
        stem = f"recovery-{slot_id}" if slot_id else "recovery"
        self.scenario_path = self.directory / f"{stem}.wplan"
        self.info_path = self.directory / f"{stem}.json"
        self.lock_path = self.directory / f"{stem}.lock"
        self._lock: QLockFile | None = None

    @classmethod
    def new(cls, directory: Path) -> RecoverySlot:
        """A fresh slot, unique to this process and window."""
        return cls(directory, f"{os.getpid()}-{secrets.token_hex(4)}")

    @property
    def claimed(self) -> bool:
        return self._lock is not None

    def claim(self) -> bool:
        """Hold the slot's lock; False when a live process (this one included) holds it.

        A lock left by a process that died is taken over (Qt checks that its process is gone).
        """
        if self._lock is not None:
            return True
        lock = QLockFile(str(self.lock_path))
        lock.setStaleLockTime(0)  # a lock is stale only when its process is gone, not by age
        if not lock.tryLock(0):
            return False
        self._lock = lock
        return True

    def release(self) -> None:
        """Let go of the lock, leaving the copy (another start may then offer it)."""
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    def discard(self) -> None:
        """Remove the copy and its record, then the lock."""
        for path in (self.scenario_path, self.info_path):
            try:
                path.unlink()
            except FileNotFoundError:
                pass
            except OSError:
                pass  # best effort: a copy that cannot be removed is offered again
        self.release()

    def write(self, scenario_text: str, original_path: Path | None) -> None:
        """Write the copy and its record (the caller holds the slot)."""
        self.directory.mkdir(parents=True, exist_ok=True)
        atomic_write_text(self.scenario_path, scenario_text)
        info = {"original_path": os.path.abspath(original_path) if original_path else None,
                "saved_at": datetime.now().isoformat(timespec="seconds")}
        atomic_write_text(self.info_path, json.dumps(info, ensure_ascii=False))


@dataclass
class RecoveryCopy:
    """A recovery copy found at start-up, held (its slot claimed) until restored or declined."""

    scenario: Scenario
    original_path: Path | None
    """The file the copy came from, absolute; None for an unsaved scenario or when unknown."""
    original_name: str
    """The name of that file for messages ('' for an unsaved scenario)."""
    saved_at: str
    slot: RecoverySlot

    def discard(self) -> None:
        """Delete the copy (restored into a window, which keeps its own, or declined)."""
        self.slot.discard()

    def release(self) -> None:
        """Leave the copy for the next start."""
        self.slot.release()


@dataclass
class RecoveryScan:
    """What a start-up found: the copies to offer (newest first) and the records set aside."""

    copies: list[RecoveryCopy] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def set_aside(path: Path, why: str, notes: list[str]) -> None:
    """Rename a damaged recovery file to ``<name>.bad-<time>`` and say so in ``notes``."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.bad-{stamp}")
    n = 1
    while os.path.lexists(target):
        n += 1
        target = path.with_name(f"{path.name}.bad-{stamp}-{n}")
    try:
        os.rename(path, target)
    except OSError as e:
        notes.append(translate("Recovery", "The recovery file {path} cannot be read ({why}) "
                               "nor set aside ({reason}); remove it by hand.").format(
                                   path=path, why=why, reason=e.strerror or e))
        return
    notes.append(translate("Recovery", "A damaged recovery file was set aside as {name} "
                           "({why}).").format(name=target.name, why=why))


def _lock_file_fault(path: Path) -> str | None:
    """Why a lock file cannot be a lock (Qt would block on a pipe or read a huge file)."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return None
    except OSError as e:
        return translate("Recovery", "cannot be read: {reason}").format(
            reason=e.strerror or e)
    if not stat.S_ISREG(st.st_mode):
        return translate("Recovery", "not a regular file")
    if st.st_size > MAX_LOCK_BYTES:
        return translate("Recovery", "too large for a lock")
    try:
        first = read_regular_file(path, MAX_LOCK_BYTES,
                                  translate("Recovery", "lock")).split(b"\n", 1)[0]
    except FileRefused as e:
        return str(e)
    if not first.strip().isdigit() and time.time() - st.st_mtime > LOCK_WRITE_GRACE_S:
        # Qt would take it for the lock of a process it cannot see, and never free the slot
        return translate("Recovery", "not a lock written by WaterPlanner")
    return None


def _read_info(path: Path) -> tuple[dict[str, Any], str | None]:
    """The record of a copy and None, or {} and why it is unusable."""
    if not os.path.lexists(path):
        return {}, None
    try:
        text = read_regular_file(path, MAX_INFO_BYTES,
                                 translate("Recovery", "recovery record")).decode("utf-8")
        info = json.loads(text)
    except FileRefused as e:
        return {}, str(e)
    except (UnicodeDecodeError, ValueError, RecursionError):
        return {}, translate("Recovery", "not a JSON record")
    if not isinstance(info, dict):
        return {}, translate("Recovery", "not a JSON object")
    original = info.get("original_path")
    if original is not None and not (isinstance(original, str) and original
                                     and len(original) <= MAX_PATH_CHARS and "\0" not in original):
        return {}, translate("Recovery", "the original file name is not a file name")
    if not isinstance(info.get("saved_at", ""), str) or len(info.get("saved_at", "")) > 64:
        return {}, translate("Recovery", "the time it was saved is not a time")
    return info, None


def _open_slot(slot: RecoverySlot, notes: list[str]) -> RecoveryCopy | None:
    """The copy in a claimed slot, or None (the slot is then emptied or set aside)."""
    if not os.path.lexists(slot.scenario_path):
        slot.discard()  # a record or lock without a copy: nothing to recover
        return None
    try:
        data = read_regular_file(slot.scenario_path, MAX_FILE_BYTES,
                                 translate("Recovery", "recovery copy"))
        scenario = loads_scenario(data)
    except FileRefused as e:
        why = str(e)
    except ScenarioError as e:
        why = translate("Recovery", "not a readable scenario: {problem}").format(
            problem=e.problems[0]) if e.problems else translate("Recovery", "not a scenario")
    else:
        why = ""
    if why:
        set_aside(slot.scenario_path, why, notes)
        if os.path.lexists(slot.info_path):
            set_aside(slot.info_path, translate("Recovery", "its recovery copy was damaged"),
                      notes)
        slot.release()
        return None
    info, fault = _read_info(slot.info_path)
    if fault is not None:
        set_aside(slot.info_path, fault, notes)
    original = info.get("original_path")
    path = Path(original) if original else None
    name = path.name if path is not None else ""
    if path is not None and not path.is_absolute():
        path = None  # written by an older version from a relative name: the folder is unknown
    return RecoveryCopy(scenario, path, name, str(info.get("saved_at", "")), slot)


def find_recoveries(directory: Path) -> RecoveryScan:
    """The recovery copies in ``directory`` that no running window holds, newest first.

    Each copy returned is claimed (so a second window starting at the same time does not offer
    it too) until it is discarded or released. Never raises for what the folder holds.
    """
    scan = RecoveryScan()
    try:
        names = os.listdir(directory)
    except OSError:
        return scan
    slots: dict[str, set[str]] = {}
    for name in names:
        m = SLOT_FILE.match(name)
        if m:
            slots.setdefault(m.group(1) or "", set()).add(m.group(2))
    for slot_id, kinds in sorted(slots.items()):
        if kinds == {"lock"}:
            continue  # a window with nothing unsaved (or the lock of one that is gone)
        slot = RecoverySlot(Path(directory), slot_id)
        fault = _lock_file_fault(slot.lock_path)
        if fault is not None:
            set_aside(slot.lock_path, fault, scan.notes)
        if not slot.claim():
            continue  # a live window's copy
        copy = _open_slot(slot, scan.notes)
        if copy is not None:
            scan.copies.append(copy)
    scan.copies.sort(key=lambda c: c.saved_at, reverse=True)
    return scan


class RecoveryKeeper(QObject):
    """Writes the document aside every :data:`RECOVERY_INTERVAL_MS` while it is modified."""

    def __init__(self, document: ScenarioDocument, directory: Path,
                 interval_ms: int = RECOVERY_INTERVAL_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self.directory = directory
        self.slot = RecoverySlot.new(directory)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._on_timer_timeout)
        self._was_modified = False
        document.file_changed.connect(self._on_document_file_changed)
        self._on_document_file_changed()

    def write_now(self) -> None:
        """Write the recovery copy at once (if there is anything unsaved)."""
        if not self._document.is_modified:
            return
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            if not self.slot.claim():
                return
            self.slot.write(dumps_scenario(self._document.scenario), self._document.path)
        except (OSError, ValueError):
            pass  # a recovery copy is best effort: never disturb the planner for it

    def stop(self) -> None:
        """Stop the timer and remove this window's copy (on a clean exit)."""
        self.timer.stop()
        self.slot.discard()

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
                self.slot.discard()
        self._was_modified = modified
