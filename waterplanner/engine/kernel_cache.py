"""Where the installable bundle keeps its compiled kernels (a numba cache locator).

numba caches a kernel next to its source file, or, in a frozen program that has no source
files, under the user's cache folder in a sub-folder named after the source path *as seen
from the working folder* — so each folder the bundle is started from would compile its own
copy, 10–20 s each time. This locator files every kernel under ``NUMBA_CACHE_DIR`` by its
module's name instead: the same place whatever the working folder or the install location,
so a cache filled when the bundle is built serves every start (see ``waterplanner.frozen``).

numba is told to use it through ``NUMBA_CACHE_LOCATOR_CLASSES``; outside the bundle it is
never used.
"""

from __future__ import annotations

import os
from typing import Any

from numba.core import config
from numba.core.caching import _CacheLocator

STAMP = "waterplanner-bundle"
"""The "source stamp" of every kernel: the bundle never changes its code after it is built,
and each build's kernels sit in a folder of their own (``waterplanner.frozen``), so nothing
can be stale. numba still checks each kernel's own bytecode."""


def _cache_dir() -> str:
    """numba's ``NUMBA_CACHE_DIR`` setting ("" when unset)."""
    return str(getattr(config, "CACHE_DIR", "") or "")


class BundleCacheLocator(_CacheLocator):
    """Kernels of the frozen program under ``NUMBA_CACHE_DIR``/<module name>/."""

    def __init__(self, py_func: Any, py_file: str) -> None:
        del py_file
        self._lineno = py_func.__code__.co_firstlineno
        self._cache_path = os.path.join(_cache_dir(), py_func.__module__)

    def get_cache_path(self) -> str:
        return self._cache_path

    def get_source_stamp(self) -> str:
        return STAMP

    def get_disambiguator(self) -> str:
        return str(self._lineno)

    @classmethod
    def from_function(cls, py_func: Any, py_file: str) -> BundleCacheLocator | None:
        """The locator of one kernel, or None when there is no writable cache folder (numba
        then tries the next locator it was given)."""
        if not _cache_dir():
            return None
        self = cls(py_func, py_file)
        try:
            self.ensure_cache_path()
        except OSError:
            return None
        return self
