"""Reading and writing scenario files, and finding the scenarios shipped with the program.

Saving never leaves a half-written file: the text goes to a temporary file in the same
folder, is flushed to disk, and only then renamed over the target in one step. A save that
was killed half-way leaves its temporary file; the next save of the same target removes it.
"""

from __future__ import annotations

import os
import re
import stat
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import BinaryIO

from waterplanner.i18n import translate
from waterplanner.model.document import (
    dumps_scenario,
    loads_scenario,
    loads_scenario_and_view,
    parse_document,
)
from waterplanner.model.problems import Problem, ScenarioError
from waterplanner.model.safe_files import FileRefused, read_regular_file
from waterplanner.model.scenario import Scenario
from waterplanner.model.view_state import ViewState

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

SCENARIO_SUFFIX = ".wplan"
DEFAULT_SCENARIO = "syr-darya-energy-mode.wplan"
MAX_FILE_BYTES = 512 * 1024 * 1024


def _umask() -> int:
    # Reading the umask means setting it; set a strict one meanwhile, so a file another
    # thread creates in that instant is never more open than intended.
    mask = os.umask(0o077)
    os.umask(mask)
    return mask


def atomic_write_text(path: str | os.PathLike[str], text: str) -> None:
    """Write UTF-8 text atomically (see :func:`atomic_write_bytes`), with Unix line ends."""
    atomic_write_bytes(path, text.encode("utf-8"))


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` so that it holds either the old or the whole new content
    (see :func:`atomic_output`)."""
    with atomic_output(path) as f:
        f.write(data)


@contextmanager
def atomic_output(path: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """A binary file to write ``path``'s new content into, for content produced piece by
    piece (a long CSV, a workbook) as well as all at once; it replaces ``path`` only when the
    block ends without an exception, so ``path`` holds either its old or its whole new content.

    A symbolic link is followed (its target is replaced, the link stays); a file without
    write permission is refused with PermissionError rather than silently replaced. The
    temporary file is locked while it is written (see :func:`remove_stale_temp_files`), and
    once the new content is in place, temporary files that earlier, interrupted saves of the
    same target left behind are removed.
    """
    target = Path(os.path.realpath(path))
    if target.exists() and not target.stat().st_mode & 0o222:
        raise PermissionError(translate("ScenarioFile", "{path} is read-only").format(
            path=target))
    directory = target.parent if str(target.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=TEMP_SUFFIX, dir=directory)
    try:
        lock_temp_file(fd)
        with os.fdopen(fd, "wb") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
            try:
                # mkstemp makes the file private (0o600); give it the old file's bits, or the
                # bits any new file would get, so a shared folder stays readable by colleagues
                mode = target.stat().st_mode & 0o777 if target.exists() else 0o666 & ~_umask()
                os.chmod(tmp, mode)
            except OSError:
                pass
            if os.name != "nt":  # renamed while still locked; Windows cannot rename it open
                os.replace(tmp, target)
        if os.name == "nt":
            os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    fsync_path(directory)
    try:
        remove_stale_temp_files(target)
    except OSError:
        pass  # tidying up never turns a good save into a failed one


TEMP_SUFFIX = ".tmp"
TEMP_GRACE_S = 120.0
"""A temporary file younger than this is never taken for the leftover of an interrupted save:
it may belong to a save in progress (in another window or process) that has not locked it yet
or cannot lock it (a PDF report writes its own)."""


def temp_file_pattern(target: str | os.PathLike[str]) -> re.Pattern[str]:
    """The names of the temporary files saves of ``target`` make: ``.<name>.<8 chars>.tmp``
    beside it (as :func:`tempfile.mkstemp` names them), and nothing else: never the temporary
    file of another target, even one whose name starts alike."""
    name = Path(target).name
    return re.compile(re.escape(f".{name}.") + r"[a-z0-9_]{8}" + re.escape(TEMP_SUFFIX) + r"\Z")


def remove_stale_temp_files(target: str | os.PathLike[str],
                            grace_s: float = TEMP_GRACE_S) -> list[Path]:
    """Remove the temporary files that interrupted saves of ``target`` left beside it.

    A save killed at the wrong moment (power cut, ``kill -9``) loses no data but leaves its
    temporary file. Only files of ``target``'s own pattern (:func:`temp_file_pattern`) are
    considered, only regular files, and only when older than ``grace_s`` and not locked by a
    live writer (a save holds a lock on its temporary file until it is renamed; on Windows an
    open file cannot be removed at all). Returns the files removed.
    """
    target = Path(os.path.realpath(target))
    pattern = temp_file_pattern(target)
    removed: list[Path] = []
    now = time.time()
    with os.scandir(target.parent) as entries:
        for entry in entries:
            if not pattern.match(entry.name):
                continue
            try:
                st = entry.stat(follow_symlinks=False)
            except OSError:
                continue
            if not stat.S_ISREG(st.st_mode) or now - st.st_mtime < grace_s:
                continue
            if _being_written(entry.path):
                continue
            try:
                os.unlink(entry.path)
            except OSError:
                continue
            removed.append(Path(entry.path))
    return removed


def lock_temp_file(fd: int) -> None:
    """Mark a temporary file as being written: an exclusive advisory lock, released by the
    system when the writer closes it or dies (nothing to do on Windows, where an open file
    cannot be removed)."""
    if fcntl is not None:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            pass  # a file system without locks: the grace period alone protects the file


def _being_written(path: str) -> bool:
    """True when a live process holds the write lock of a temporary file."""
    if fcntl is None:
        return False
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | os.O_NONBLOCK)
    except OSError:
        return True  # cannot look: leave it alone
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    except OSError:
        return False  # no locks on this file system: age alone decides
    finally:
        os.close(fd)
    return False


def fsync_path(path: str | os.PathLike[str]) -> None:
    """Flush a file's or a folder's content to disk, as far as the system allows (a folder's
    entry for a renamed file survives a crash only once the folder itself is flushed)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def save_scenario(scenario: Scenario, path: str | os.PathLike[str],
                  view: ViewState | None = None) -> None:
    """Save a scenario atomically (temporary file, flush, rename), with the planner's view."""
    atomic_write_text(path, dumps_scenario(scenario, view))


def read_scenario_bytes(path: str | os.PathLike[str]) -> bytes:
    """The bytes of a scenario file; :class:`ScenarioError` if it cannot be read.

    Only regular files up to :data:`MAX_FILE_BYTES` are read: a pipe, a device or a folder
    is refused at once instead of hanging or filling the memory.
    """
    try:
        return read_regular_file(path, MAX_FILE_BYTES, "scenario file")
    except FileRefused as e:
        raise ScenarioError([Problem("file", str(e))]) from None


def load_scenario(path: str | os.PathLike[str]) -> Scenario:
    """Load and validate a scenario file; :class:`ScenarioError` lists every problem."""
    return loads_scenario(read_scenario_bytes(path))


def written_version(path: str | os.PathLike[str]) -> int | None:
    """The format version a (readable) scenario file says it was written in, or None."""
    try:
        doc = parse_document(read_scenario_bytes(path))
    except (OSError, ScenarioError):
        return None
    v = doc.get("version") if isinstance(doc, dict) else None
    return v if isinstance(v, int) and not isinstance(v, bool) else None


def load_scenario_and_view(path: str | os.PathLike[str]) -> tuple[Scenario, ViewState]:
    """Load a scenario file with the view (inflow set, baseline file) saved in it."""
    return loads_scenario_and_view(read_scenario_bytes(path))


def shipped_scenarios() -> list[str]:
    """File names of the scenarios that ship with the program."""
    folder = resources.files("waterplanner.resources").joinpath("scenarios")
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(SCENARIO_SUFFIX))


def shipped_scenario_text(name: str = DEFAULT_SCENARIO) -> bytes:
    """The bytes of a shipped scenario."""
    return resources.files("waterplanner.resources").joinpath("scenarios", name).read_bytes()


def load_shipped_scenario(name: str = DEFAULT_SCENARIO) -> Scenario:
    """Load one of the scenarios that ship with the program (the default one by default)."""
    return loads_scenario(shipped_scenario_text(name))
