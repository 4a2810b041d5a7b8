"""Garbage cycles are collected on the GUI thread only, so a worker thread never destroys
Qt objects (a segfault seen when a view was rebuilt while the optimiser ran)."""

from __future__ import annotations

import gc
import threading
import weakref

from waterplanner.ui.gc_guard import GuiThreadCollector


class _Cycle:
    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        _Cycle.freed_on = threading.current_thread().name


def test_the_window_collects_on_the_gui_thread(window, qtbot) -> None:
    assert not gc.isenabled(), "automatic collection would run on any thread"
    c = _Cycle()
    ref = weakref.ref(c)
    del c
    # a worker allocating a lot does not collect the cycle
    worker = threading.Thread(target=lambda: [[] for _ in range(200_000)], name="worker")
    worker.start()
    worker.join()
    collector = GuiThreadCollector()
    for _ in range(50):
        [[] for _ in range(2000)]
    collector.collect_if_due()
    gc.collect()  # whatever the counts, a collection on this (the GUI) thread frees it
    assert ref() is None
    assert _Cycle.freed_on == threading.main_thread().name
    collector.timer.stop()
