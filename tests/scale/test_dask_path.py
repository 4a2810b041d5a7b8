"""The Dask path gives the summary of the single-process path (to 1e-9), on a two-worker
LocalCluster. The cluster runs in this process (``processes=False``) to keep the test
quick: chunking, scattering, per-chunk summaries on the workers and the merge tree are the
same as with worker processes; the pickling that processes add is checked separately."""

from __future__ import annotations

import pickle

import numpy as np
import pytest

from tests.engine.risk.hand_ensemble import INFLOWS, hand_scenario
from waterplanner.engine.risk import RiskOptions, risk_layout, run_ensemble, table_of
from waterplanner.engine.risk.source import ScenarioMembers
from waterplanner.engine.risk.stats import EnsembleStats
from waterplanner.model.fileio import load_shipped_scenario

pytest.importorskip("distributed")
xr = pytest.importorskip("xarray")
pytest.importorskip("h5netcdf")

from waterplanner.export.ensemble_dataset import (
    DatasetWriter,
    open_dataset,
    results_dataset,
)
from waterplanner.scale.dask_run import dask_client, run_on_dask


def _same(a: EnsembleStats, b: EnsembleStats) -> None:
    assert (a.first_member, a.members) == (b.first_member, b.members)
    for part in ("demands", "countries"):
        for f in ("periods_with_demand", "failed", "failed_with_next", "recovered",
                  "failed_shortfall_mcm", "failed_share", "short_over_threshold",
                  "shortfall_mcm", "demand_mcm"):
            np.testing.assert_allclose(getattr(getattr(a, part), f),
                                       getattr(getattr(b, part), f), rtol=1e-9, atol=1e-9)
    np.testing.assert_array_equal(a.event_hits, b.event_hits)
    np.testing.assert_allclose(a.event_amount, b.event_amount, rtol=1e-9)
    np.testing.assert_array_equal(a.energy_histograms.counts, b.energy_histograms.counts)
    for m, n in ((a.energy, b.energy), (a.cells, b.cells)):
        for f in ("mean", "m2", "minimum", "maximum"):
            np.testing.assert_allclose(getattr(m, f), getattr(n, f), rtol=1e-9, atol=1e-9)
        assert (m.values is None) == (n.values is None)
        if m.values is not None:
            np.testing.assert_array_equal(m.values, n.values)


@pytest.fixture(scope="module")
def client():
    with dask_client(workers=2, processes=False) as c:
        yield c


def test_dask_equals_single_process_on_the_default_scenario(client):
    s = load_shipped_scenario()
    source = ScenarioMembers(s, seed=7)
    layout = risk_layout(s, 60)
    local = run_ensemble(s, source, layout, chunk=25)
    remote = run_on_dask(client, s, source, layout, chunk=7)   # 9 chunks, another tree
    _same(local, remote)
    assert table_of(local, layout).demand("kyzylorda").reliability == pytest.approx(
        table_of(remote, layout).demand("kyzylorda").reliability, abs=1e-12)


def test_dask_equals_single_process_without_exact_values(client):
    s = hand_scenario()

    def source(a, b):
        return {k: v[a:b] for k, v in INFLOWS.items()}

    layout = risk_layout(s, 4, RiskOptions(exact_values_limit=1))
    local, remote = run_ensemble(s, source, layout), run_on_dask(client, s, source, layout,
                                                                 chunk=1)
    _same(local, remote)
    assert local.cells.values is None


def test_dask_writes_the_members_in_order(client, tmp_path):
    s = load_shipped_scenario()
    source = ScenarioMembers(s, seed=3)
    layout = risk_layout(s, 10)
    path = tmp_path / "out.nc"
    with DatasetWriter(path) as w:
        run_on_dask(client, s, source, layout, chunk=3, on_dataset=w.append)
    back = open_dataset(path)
    from waterplanner.engine.simulate import simulate
    whole = results_dataset(simulate(s, inflows=source(0, 10)))
    xr.testing.assert_allclose(back, whole, rtol=0, atol=0)


def test_the_same_run_twice_on_one_client(client):
    """A second run with the very same scenario, source and layout (an earlier version
    shared the scattered keys between runs, and the first run's clean-up lost them)."""
    s = load_shipped_scenario()
    source = ScenarioMembers(s, seed=11)
    layout = risk_layout(s, 12)
    first = run_on_dask(client, s, source, layout, chunk=4)
    for _ in range(2):
        _same(run_on_dask(client, s, source, layout, chunk=4), first)


def test_a_failing_chunk_raises_on_the_client(client):
    s = hand_scenario()

    def source(a, b):
        raise RuntimeError("no inflows today")

    with pytest.raises(RuntimeError, match="no inflows today"):
        run_on_dask(client, s, source, risk_layout(s, 4), chunk=2)


def test_what_travels_to_worker_processes_pickles():
    s = load_shipped_scenario()
    source = ScenarioMembers(s, seed=5)
    layout = risk_layout(s, 20)
    np.testing.assert_array_equal(pickle.loads(pickle.dumps(source))(3, 5)["naryn"],
                                  source(3, 5)["naryn"])
    stats = run_ensemble(s, source, layout)
    _same(pickle.loads(pickle.dumps(stats)), stats)
    assert pickle.loads(pickle.dumps(layout)).events == layout.events
