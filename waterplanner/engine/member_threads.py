"""An ensemble's members simulated on several cores at once.

Members never exchange water, and the compiled kernel releases Python's lock, so the members
of one run can be split into contiguous groups, each simulated on its own thread into its own
rows of the shared result arrays: the same numbers as one thread (every member is computed by
the same code from the same inputs), in about half the time on two cores. This is what keeps
the window's 200-member ensemble live while the planner edits.

Where something else already uses every core (Dask's workers, one per core), a run is kept
on one thread: :func:`set_member_threads` (or ``WATERPLANNER_THREADS=1``).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

MIN_MEMBERS_PER_THREAD = 16
"""Fewer members than this per thread are not worth a thread's hand-over."""
MAX_THREADS = 8

_threads: int | None = None
_pool: ThreadPoolExecutor | None = None
_pool_lock = threading.Lock()


def member_threads() -> int:
    """How many threads a run's members may use: :func:`set_member_threads`'s choice, else
    ``WATERPLANNER_THREADS``, else every core (at most :data:`MAX_THREADS`)."""
    if _threads is not None:
        return _threads
    env = os.environ.get("WATERPLANNER_THREADS", "").strip()
    if env.isdigit() and int(env) >= 1:
        return min(int(env), MAX_THREADS)
    return max(1, min(os.cpu_count() or 1, MAX_THREADS))


def set_member_threads(threads: int | None) -> None:
    """Use at most ``threads`` threads per run in this process (None: the default)."""
    global _threads
    if threads is not None and threads < 1:
        raise ValueError(f"threads must be at least 1, not {threads}")
    _threads = None if threads is None else min(threads, MAX_THREADS)


def member_groups(members: int, threads: int | None = None) -> list[tuple[int, int]]:
    """Contiguous groups (first, end) of ``members`` members, one per thread used."""
    wanted = member_threads() if threads is None else threads
    count = max(1, min(wanted, members // MIN_MEMBERS_PER_THREAD))
    edges = [round(i * members / count) for i in range(count + 1)]
    return [(edges[i], edges[i + 1]) for i in range(count)]


def run_groups(work: Callable[[int, int], None], groups: list[tuple[int, int]]) -> None:
    """``work(first, end)`` for every group, the first on the calling thread and the others
    on the pool's threads at the same time; the first error is raised after all finished."""
    if len(groups) == 1:
        work(*groups[0])
        return
    pool = _shared_pool()
    futures = [pool.submit(work, a, b) for a, b in groups[1:]]
    error: BaseException | None = None
    try:
        work(*groups[0])
    except BaseException as e:  # noqa: BLE001 - raised once the others have finished
        error = e
    for f in futures:
        try:
            f.result()
        except BaseException as e:  # noqa: BLE001
            error = error or e
    if error is not None:
        raise error


def _shared_pool() -> ThreadPoolExecutor:
    """The threads kept for members (idle between runs, so not named like the window's
    simulation threads, which must not outlive their work)."""
    global _pool
    with _pool_lock:
        if _pool is None:
            _pool = ThreadPoolExecutor(max_workers=MAX_THREADS - 1,
                                       thread_name_prefix="member-pool")
        return _pool
