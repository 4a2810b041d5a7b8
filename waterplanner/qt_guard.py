"""Guard against a reference-count bug of PySide6 6.12.0 on Python 3.11.

In PySide6 6.12.0 every wrapped Qt method that returns nothing (``setPen``, ``update`` ...)
hands back ``None`` without taking a reference to it, and every ``Signal.emit()`` does the
same with ``True``. From Python 3.12 on these objects are immortal and nothing happens; on
3.11 each call takes one reference away, and within seconds of plotting (or a few reports)
the interpreter aborts with "Fatal Python error: none_dealloc". Measured: 1 000 calls of
``QPainter.setPen`` lower ``sys.getrefcount(None)`` by about 1 000; 6.11.3 does not do this.

``pyproject.toml`` keeps PySide6 below 6.12, so normally nothing happens here. Where 6.12
is installed anyway (a system package, a newer environment), the guard gives ``None``,
``True`` and ``False`` a reserve of 2**40 references once — the immortality Python 3.12
gives them. No memory is used; only counters change. Both the window and the report call
:func:`protect_none` before painting. This module imports no Qt.
"""

from __future__ import annotations

import ctypes
import sys
import threading
from importlib import metadata

_RESERVE = 1 << 40
_lock = threading.Lock()
_applied = False


def _pyside_version() -> str:
    for dist in ("PySide6-Essentials", "PySide6"):
        try:
            return metadata.version(dist)
        except metadata.PackageNotFoundError:
            continue
    return ""


def needs_guard() -> bool:
    """Whether this interpreter and PySide6 have the bug (CPython < 3.12 with PySide6 6.12)."""
    return (sys.implementation.name == "cpython" and sys.version_info < (3, 12)
            and _pyside_version().startswith("6.12"))


def protect_none() -> bool:
    """Apply the guard once where it is needed; True if it is in force."""
    global _applied
    with _lock:
        if _applied:
            return True
        if not needs_guard():
            return False
        # ob_refcnt is the first field of every object in a release build of CPython
        for singleton in (None, True, False):
            ctypes.c_ssize_t.from_address(id(singleton)).value += _RESERVE
        _applied = True
        return True
