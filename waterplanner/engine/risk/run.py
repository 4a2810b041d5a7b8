"""Run an ensemble chunk by chunk in this process and reduce it to its summary.

The members come from a :class:`MemberSource`: ``source(start, stop)`` returns the local
inflows of members ``start`` … ``stop − 1`` as ``{inflow node id: array [stop − start,
periods]}`` in Mm³ per period, the same numbers as slicing the whole ensemble. A chunk is
generated, simulated and summarised, then dropped: memory holds one chunk at a time. The
Dask runner (``waterplanner.scale``) runs the very same :func:`simulate_chunk` on workers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Protocol

import numpy as np

from waterplanner.engine.results import Results
from waterplanner.engine.risk.layout import RiskLayout
from waterplanner.engine.risk.stats import EnsembleStats, summarise
from waterplanner.engine.simulate import simulate
from waterplanner.i18n import translate
from waterplanner.model.scenario import Scenario
from waterplanner.progress import CancelToken, Progress, check, report

DEFAULT_CHUNK_CELLS = 4_000_000
"""Members per chunk are chosen so that one chunk's [member, node or link, period] array
holds about this many numbers (≈ 32 MB each): large enough for the kernel to run at
speed, small enough for a worker's memory."""


class MemberSource(Protocol):
    """Makes the inflows of a range of members (picklable, to run on Dask workers)."""

    def __call__(self, start: int, stop: int) -> Mapping[str, np.ndarray]: ...


ChunkSink = Callable[[Results, int], None]
"""Called with every chunk's results and its first member (e.g. to write them to a file)."""


def chunk_members(scenario: Scenario, cells: int = DEFAULT_CHUNK_CELLS) -> int:
    """Members per chunk for this scenario (at least 1)."""
    per_member = scenario.time.periods * max(len(scenario.nodes), len(scenario.links))
    return max(1, cells // max(per_member, 1))


def chunks(members: int, size: int) -> Iterator[tuple[int, int]]:
    """(start, stop) of each chunk of ``size`` members."""
    if members < 1:
        raise ValueError(translate("Ensembles", "an ensemble needs at least one member"))
    for start in range(0, members, size):
        yield start, min(start + size, members)


def simulate_chunk(scenario: Scenario, source: MemberSource, start: int, stop: int,
                   inflow_set: str | None = None, threads: int | None = None) -> Results:
    """Simulate members ``start`` … ``stop − 1`` (over ``threads`` threads: see
    :func:`~waterplanner.engine.simulate.simulate`)."""
    inflows = source(start, stop)
    for nid, a in inflows.items():
        if np.shape(a)[0] != stop - start:
            raise ValueError(f"the member source gave {np.shape(a)[0]} members for '{nid}', "
                             f"asked for {stop - start} ({start}–{stop - 1})")
    return simulate(scenario, inflow_set, inflows=inflows, record="all", threads=threads)


def run_ensemble(scenario: Scenario, source: MemberSource, layout: RiskLayout, *,
                 chunk: int | None = None, inflow_set: str | None = None,
                 progress: Progress | None = None, cancel: CancelToken | None = None,
                 on_chunk: ChunkSink | None = None) -> EnsembleStats:
    """The summary of ``layout.members`` members, simulated here one chunk at a time."""
    size = chunk or chunk_members(scenario)
    total: EnsembleStats | None = None
    for start, stop in chunks(layout.members, size):
        check(cancel)
        r = simulate_chunk(scenario, source, start, stop, inflow_set)
        part = summarise(r, layout, start)
        if on_chunk is not None:
            on_chunk(r, start)
        total = part if total is None else total.merge(part)
        report(progress, stop / layout.members, translate(
            "Ensembles", "{done} of {members} members").format(done=stop,
                                                                   members=layout.members))
    assert total is not None
    return total
