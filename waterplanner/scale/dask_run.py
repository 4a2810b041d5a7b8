"""Run an ensemble on a Dask cluster: members in chunks, each chunk generated, simulated
and summarised on a worker, the summaries merged on the workers in a balanced tree.

The client sends the scenario, the member source and the risk layout once (scattered to
every worker), then one small task per chunk. Only the merged summary comes back; when the
results are also written to a file, each chunk's Dataset comes back in member order and is
written before the next is fetched, so the client holds one chunk at a time. The chunks,
the per-chunk function (:func:`waterplanner.engine.risk.run.simulate_chunk` then
:func:`~waterplanner.engine.risk.stats.summarise`) and the merge are those of the
single-process run, so both give the same summary (to rounding: the merge tree differs).

``address`` None starts a ``LocalCluster`` of ``workers`` single-threaded workers
(separate processes unless ``processes=False``); otherwise it is any scheduler address,
``tcp://host:8786`` (dask-jobqueue and dask-gateway clusters give one).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from waterplanner.engine.risk.layout import RiskLayout
from waterplanner.engine.risk.portable import PortableScenario
from waterplanner.engine.risk.run import MemberSource, chunk_members, chunks, simulate_chunk
from waterplanner.engine.risk.stats import EnsembleStats, summarise
from waterplanner.export.ensemble_dataset import require
from waterplanner.i18n import translate
from waterplanner.model.scenario import Scenario
from waterplanner.progress import Cancelled, CancelToken, Progress, report

POLL_SECONDS = 0.05
CONNECT_TIMEOUT = "20s"
"""How long to wait for a scheduler named by address before saying it cannot be reached."""
_SIMULATING = threading.Lock()
DatasetSink = Callable[[Any], None]
"""Receives each chunk's xarray Dataset, in member order."""


@contextmanager
def dask_client(address: str | None = None, workers: int = 2,
                processes: bool = True) -> Iterator[Any]:
    """A ``distributed.Client`` on ``address``, or on a new ``LocalCluster`` (closed on
    exit)."""
    distributed = require("distributed")
    if address:
        try:
            client = distributed.Client(address, timeout=CONNECT_TIMEOUT)
        except OSError as e:
            raise ConnectionError(translate("Dask", "cannot reach the Dask scheduler at "
                                                    "{address}: {reason}").format(
                address=address, reason=e)) from None
        with client:
            yield client
        return
    if workers < 1:
        raise ValueError(translate("Dask", "a local cluster needs at least one worker"))
    with distributed.LocalCluster(n_workers=workers, threads_per_worker=1,
                                  processes=processes, dashboard_address=None,
                                  silence_logs=logging.ERROR) as cluster, \
            distributed.Client(cluster) as client:
        yield client


def _chunk_task(portable: PortableScenario, source: MemberSource, layout: RiskLayout, start: int,
                stop: int, inflow_set: str | None, attrs: Mapping[str, object] | None,
                with_dataset: bool) -> tuple[EnsembleStats, Any]:
    """One chunk on a worker: its summary, and its Dataset when asked for.

    Simulations in one process take turns (:data:`_SIMULATING`): the compiled network's
    allocation models are shared by the runs of a process and are not safe to solve from
    two threads at once. Worker processes with one thread each (the default) never wait.
    A chunk keeps to one thread: Dask already has a worker on every core."""
    with _SIMULATING:
        r = simulate_chunk(portable.scenario, source, start, stop, inflow_set, threads=1)
    ds = None
    if with_dataset:
        from waterplanner.export.ensemble_dataset import results_dataset
        ds = results_dataset(r, first_member=start, attrs=attrs)
    return summarise(r, layout, start), ds


def _stats(out: tuple[EnsembleStats, Any]) -> EnsembleStats:
    return out[0]


def _dataset(out: tuple[EnsembleStats, Any]) -> Any:
    return out[1]


def _merge(a: EnsembleStats, b: EnsembleStats) -> EnsembleStats:
    return a.merge(b)


def run_on_dask(client: Any, scenario: Scenario, source: MemberSource, layout: RiskLayout, *,
                chunk: int | None = None, inflow_set: str | None = None,
                progress: Progress | None = None, cancel: CancelToken | None = None,
                on_dataset: DatasetSink | None = None,
                dataset_attrs: Mapping[str, object] | None = None) -> EnsembleStats:
    """The summary of ``layout.members`` members, run on ``client``'s cluster."""
    size = chunk or chunk_members(scenario)
    bounds = list(chunks(layout.members, size))
    # hash=False: keys of this run only (the same objects scattered by an earlier run would
    # share its keys, and that run's clean-up would then drop them from under this one)
    scn_f, src_f, lay_f = client.scatter([PortableScenario(scenario), source, layout],
                                          broadcast=True, hash=False)
    writing = on_dataset is not None
    outs = [client.submit(_chunk_task, scn_f, src_f, lay_f, a, b, inflow_set, dataset_attrs,
                          writing, pure=False) for a, b in bounds]
    summaries = [client.submit(_stats, o, pure=False) for o in outs]
    tree, level = [], summaries
    while len(level) > 1:
        level = [client.submit(_merge, level[i], level[i + 1], pure=False)
                 if i + 1 < len(level) else level[i] for i in range(0, len(level), 2)]
        tree += level
    total = level[0]
    try:
        _follow(client, outs, summaries, bounds, layout.members, progress, cancel, on_dataset)
        result: EnsembleStats = total.result()
    except BaseException:
        client.cancel([f for f in outs + summaries + tree if f is not None], force=True)
        raise
    return result


def _follow(client: Any, outs: list[Any], summaries: list[Any],
            bounds: list[tuple[int, int]], members: int,
            progress: Progress | None, cancel: CancelToken | None,
            on_dataset: DatasetSink | None) -> None:
    """Wait for every chunk, reporting progress, writing Datasets in member order, and
    stopping at once on cancellation. A chunk's output (with its Dataset) is released once
    written and once its summary is taken out of it; the summaries (small) stay on the
    workers until merged."""
    done = [False] * len(outs)
    finished = written = 0
    while finished < len(outs) or (on_dataset is not None and written < len(outs)):
        if cancel is not None and cancel.cancelled:
            raise Cancelled("cancelled")
        for i, f in enumerate(outs):
            if f is not None and not done[i] and f.done():
                if f.status == "error":
                    f.result()  # raises the worker's exception here
                done[i] = True
                finished += 1
        while on_dataset is not None and written < len(outs) and done[written]:
            on_dataset(client.submit(_dataset, outs[written], pure=False).result())
            written += 1
        for i, f in enumerate(outs):
            if f is not None and done[i] and (on_dataset is None or i < written) and \
                    summaries[i].done():
                outs[i] = None
        got = sum(b - a for (a, b), d in zip(bounds, done) if d)
        report(progress, got / members, translate("Dask", "{done} of {members} members").format(
            done=got, members=members))
        if finished < len(outs):
            time.sleep(POLL_SECONDS)
