"""Set-up that only the installable bundle (PyInstaller) needs, done before numba is imported.

The bundle ships its compiled kernels (``_internal/numba_cache``, filled by
``packaging/build_bundle.py``), so its first start does not spend 10–20 s compiling them.
numba only reads a cache it may also write, and the bundle may be installed where the user
cannot write (``/opt``, a shared folder). So at the first start of a build the shipped cache
is copied into the user's cache folder, in a sub-folder of that build's own
(``kernels-<build id>``; copies of other builds are removed once unused for a day), and numba is pointed at it:

* ``NUMBA_CACHE_DIR``: that folder (unless already set: the build sets it to fill the
  shipped cache; an administrator may set it too);
* ``NUMBA_CACHE_LOCATOR_CLASSES``: kernels filed by module name
  (:mod:`waterplanner.engine.kernel_cache`), whatever the working folder;
* ``NUMBA_CPU_NAME=generic`` (unless set): the shipped kernels are compiled for any x86-64
  processor, not the build machine's; setting ``NUMBA_CPU_NAME=host`` trades the shipped
  cache for kernels compiled (once) for the workstation's own processor.

``WATERPLANNER_CACHE_DIR`` moves the user's cache folder. Only the standard library is
imported here: this runs before anything else of the program.
"""

from __future__ import annotations

import os
import shutil
import sys
import time
from collections.abc import MutableMapping
from pathlib import Path

SHIPPED_CACHE = "numba_cache"
"""The bundle's folder (in ``sys._MEIPASS``) holding the compiled kernels."""
BUILD_ID_FILE = "BUILD_ID"
"""A file of the shipped cache naming its build (written by the build)."""
CACHE_ENV = "WATERPLANNER_CACHE_DIR"
LOCATORS = "waterplanner.engine.kernel_cache.BundleCacheLocator,UserWideCacheLocator"
"""numba's cache locators in the bundle: ours, then numba's per-user one as a fallback."""
CPU_NAME = "generic"
STALE_AFTER_S = 86_400.0
"""Kernels of another build untouched for this long are deleted."""


def prepare_bundle() -> None:
    """In the frozen bundle, make its shipped kernels numba's cache; elsewhere nothing."""
    if not getattr(sys, "frozen", False):
        return
    shipped = Path(getattr(sys, "_MEIPASS", os.path.dirname(sys.executable))) / SHIPPED_CACHE
    prepare_kernel_cache(shipped, user_cache_root(os.environ), os.environ)


def prepare_kernel_cache(shipped: Path, cache_root: Path,
                         environ: MutableMapping[str, str]) -> Path | None:
    """Set numba's environment for the bundle (see the module) and return the cache folder
    it will use, or None when no folder could be made (numba then uses its own)."""
    environ.setdefault("NUMBA_CPU_NAME", CPU_NAME)
    environ.setdefault("NUMBA_CACHE_LOCATOR_CLASSES", LOCATORS)
    if environ.get("NUMBA_CACHE_DIR"):
        return Path(environ["NUMBA_CACHE_DIR"])
    target = cache_root / f"kernels-{build_id(shipped)}"
    try:
        if not target.is_dir():
            _copy_into_place(shipped, target)
        _remove_other_builds(target)
    except OSError:
        if not target.is_dir():
            return None
    environ["NUMBA_CACHE_DIR"] = str(target)
    return target


def build_id(shipped: Path) -> str:
    """The name of the shipped kernels' build ("none" for a bundle shipped without them)."""
    try:
        text = (shipped / BUILD_ID_FILE).read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return "none"
    return "".join(c for c in text if c.isalnum() or c in "-_.")[:64] or "none"


def user_cache_root(environ: MutableMapping[str, str], platform: str = sys.platform) -> Path:
    """The folder of the program's caches for this user (``WATERPLANNER_CACHE_DIR`` wins):
    ``%LOCALAPPDATA%\\waterplanner\\cache`` on Windows, ``~/Library/Caches/waterplanner`` on
    macOS, ``$XDG_CACHE_HOME/waterplanner`` (``~/.cache/waterplanner``) elsewhere."""
    if environ.get(CACHE_ENV):
        return Path(environ[CACHE_ENV])
    home = Path(environ.get("HOME") or environ.get("USERPROFILE") or Path.home())
    if platform.startswith("win"):
        local = environ.get("LOCALAPPDATA")
        return Path(local or home / "AppData" / "Local") / "waterplanner" / "cache"
    if platform == "darwin":
        return home / "Library" / "Caches" / "waterplanner"
    return Path(environ.get("XDG_CACHE_HOME") or home / ".cache") / "waterplanner"


def _copy_into_place(shipped: Path, target: Path) -> None:
    """Copy the shipped cache to ``target`` whole or not at all (another start of the program
    may be doing the same at this moment: the first to finish wins)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f"{target.name}.partial-{os.getpid()}")
    shutil.rmtree(partial, ignore_errors=True)
    if shipped.is_dir():
        shutil.copytree(shipped, partial)
    else:
        partial.mkdir()
    try:
        os.replace(partial, target)
    except OSError:
        shutil.rmtree(partial, ignore_errors=True)
        if not target.is_dir():
            raise


def _remove_other_builds(target: Path, now: float | None = None) -> None:
    """Delete the kernels of other builds untouched for a day (an older version of the
    program, or a copy cut short, may still be running: its fresh folders stay)."""
    now = time.time() if now is None else now
    for other in target.parent.glob("kernels-*"):
        try:
            stale = other != target and now - other.stat().st_mtime > STALE_AFTER_S
        except OSError:
            continue
        if stale and other.is_dir():
            shutil.rmtree(other, ignore_errors=True)
