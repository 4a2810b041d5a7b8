"""Which results a view last drew, remembered without keeping them alive.

A view that skips redrawing what it already shows (a frozen baseline's bands, its curve, its
summary rows) compares the results it is given with those it drew: the very same object, or
none. A weak reference answers that without holding an old run's members in memory (a plot
of a tab not shown, or a baseline since cleared).
"""

from __future__ import annotations

import weakref

from waterplanner.engine.results import Results


class Drawn:
    """Which results a plot item was last drawn from, without keeping them alive (a plot
    of a tab not shown would otherwise hold on to every member of an old run): the very
    same results, or none."""

    __slots__ = ("_ref",)

    def __init__(self, results: Results | None) -> None:
        self._ref = None if results is None else weakref.ref(results)

    def holds(self, results: Results | None) -> bool:
        """Whether ``results`` are those (None: whether there were none)."""
        if self._ref is None:
            return results is None
        return results is not None and self._ref() is results
