"""Work around a reference-count bug of PySide6 6.12 on Python 3.11.

In PySide6 6.12 every wrapped C++ method that returns ``void`` hands back ``None`` without
taking a reference to it. From Python 3.12 on ``None`` is immortal and nothing happens; on
Python 3.11 each call (``painter.setPen``, ``drawRect``, ``setFont``…) takes one reference
away, and after a few hundred thousand calls — two or three reports, or an afternoon in
the GUI — the interpreter aborts with "Fatal Python error: none_dealloc: deallocating None".
Measured: 1 000 calls of ``QPainter.setPen`` lower ``sys.getrefcount(None)`` by exactly 1 000.

The guard gives ``None`` (and ``True`` and ``False``, which ``Signal.emit`` leaks the same
way) 2**40 extra references once, which makes them effectively immortal as on 3.12. It does
nothing on 3.12 and later. ``ui/qt_guard.py`` applies the same guard for the window; both
may run, each only adds references. Any code that paints with PySide6 under Python
3.11 should call :func:`protect_none_refcount` once (the report package does so on import).
"""

from __future__ import annotations

import ctypes
import sys
import threading

_EXTRA_REFERENCES = 1 << 40
_lock = threading.Lock()
_done = False


def protect_none_refcount() -> bool:
    """Make ``None``, ``True`` and ``False`` effectively immortal on Python < 3.12; True if
    the guard was applied."""
    global _done
    if sys.version_info >= (3, 12) or hasattr(sys, "pypy_version_info"):
        return False
    with _lock:
        if _done:
            return True
        # ob_refcnt is the first field of every object in a release build of CPython
        for singleton in (None, True, False):
            ctypes.c_ssize_t.from_address(id(singleton)).value += _EXTRA_REFERENCES
        _done = True
        return True
