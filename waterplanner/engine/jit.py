"""Compiled kernels, and their own Python code while the compiled versions are being built.

Every numerical kernel of the engine is declared with :func:`kernel` (numba ``njit``, cached
on disk). A new installation has no cache yet and compiling takes 10–20 s; a window that
showed blank plots all that time would look broken. So a thread may ask
(:func:`prefer_python_until_compiled`) to run a kernel's *own* Python function — numba's
``py_func``, the very same code, not a second copy — for as long as that kernel has not been
compiled in this process. Kernels that call other kernels get those callees' Python versions
too. Threads that did not ask always use (and, if need be, wait for) the compiled version,
which is how the CLI, the tests and the window's background warm-up run.
"""

from __future__ import annotations

import threading
import types
from collections.abc import Callable
from typing import Any, TypeVar

from numba import njit

F = TypeVar("F", bound=Callable[..., Any])

_kernels: dict[str, Any] = {}
"""Every declared kernel by qualified name (module.function)."""
_entries: dict[str, Any] = {}
"""The kernels called from Python (the others are only called from compiled kernels, which
compile them into themselves without marking them compiled)."""
_python: dict[str, Callable[..., Any]] = {}
_local = threading.local()
_lock = threading.Lock()


def kernel(fn: F | None = None, *, entry: bool = True, inline: bool = False) -> Any:
    """Declare a numerical kernel: compiled by numba (cached), with a Python fallback.

    ``entry=False`` marks a helper that only other kernels call (``@kernel(entry=False)``);
    ``inline=True`` has numba inline such a helper into its callers (a small function
    called once per node and period).
    """
    def declare(f: F) -> F:
        dispatcher = njit(cache=True, nogil=True, error_model="numpy",
                          inline="always" if inline else "never")(f)
        name = f"{f.__module__}.{f.__name__}"
        _kernels[name] = dispatcher
        if entry:
            _entries[name] = dispatcher
        return dispatcher  # type: ignore[return-value]

    return declare if fn is None else declare(fn)


def prefer_python_until_compiled(enabled: bool = True) -> None:
    """In the calling thread, run kernels not yet compiled as plain Python (see module)."""
    _local.prefer_python = enabled


def python_preferred() -> bool:
    """Whether the calling thread asked to run kernels not yet compiled as Python."""
    return bool(getattr(_local, "prefer_python", False))


def is_compiled(dispatcher: Any) -> bool:
    """Whether a kernel has been compiled (or loaded from the cache) in this process."""
    return bool(getattr(dispatcher, "signatures", ()))


def all_compiled() -> bool:
    """Whether every kernel called from Python is compiled in this process."""
    return all(is_compiled(d) for d in _entries.values())


def choose(dispatcher: F) -> F:
    """The kernel to call now: compiled, or its Python code in a thread that prefers it
    while the compiled version does not exist yet."""
    if not getattr(_local, "prefer_python", False) or is_compiled(dispatcher):
        return dispatcher
    return python_version(dispatcher)  # type: ignore[return-value]


def python_version(dispatcher: Any) -> Callable[..., Any]:
    """The kernel's own Python function, calling the Python versions of other kernels."""
    fn = dispatcher.py_func
    with _lock:
        if len(_python) != len(_kernels):
            _build_python_versions()
        return _python[f"{fn.__module__}.{fn.__name__}"]


def _build_python_versions() -> None:
    """Python functions of every kernel, sharing one namespace per module in which the
    other kernels are replaced by their Python functions as well."""
    namespaces: dict[str, dict[str, Any]] = {}
    made: dict[int, Callable[..., Any]] = {}
    for name, d in _kernels.items():
        fn = d.py_func
        ns = namespaces.setdefault(fn.__module__, dict(fn.__globals__))
        py = types.FunctionType(fn.__code__, ns, fn.__name__, fn.__defaults__, fn.__closure__)
        _python[name] = py
        made[id(d)] = py
    for ns in namespaces.values():
        for key, value in list(ns.items()):
            if id(value) in made:
                ns[key] = made[id(value)]
