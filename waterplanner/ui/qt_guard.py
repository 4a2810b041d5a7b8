"""Guard against a reference-count bug of PySide6 6.12 on Python 3.11.

In PySide6 6.12.0 every call of a Qt method that returns nothing (``update()``,
``setPos()``, ``prepareGeometryChange()`` ...) releases one reference to ``None`` that it
never took, and every ``Signal.emit()`` one reference to ``True`` (6.11.3 is clean). On
Python 3.12+ these objects are immortal and nothing happens; on 3.11 the count of ``None``
(about 4 500 at start) reaches zero within seconds of plotting and the interpreter aborts
with "Fatal Python error: none_dealloc". Until a fixed PySide6 is pinned, we give ``None``,
``True`` and ``False`` a reserve of references so large that it can never run out — in
effect the immortality Python 3.12 gives them. No memory is used; only counters change.
"""

from __future__ import annotations

import ctypes
import sys

NONE_RESERVE = 1 << 40
_done = False


def protect_none() -> None:
    """Make ``None``, ``True`` and ``False`` effectively immortal on Python < 3.12."""
    global _done
    if _done or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    # ob_refcnt is the first field of every CPython object (Py_ssize_t)
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += NONE_RESERVE
    _done = True
