"""An ensemble's members split over threads give the very numbers of one thread: on the
default scenario's ensemble and on random networks whose zones need the allocation
programme (solved by one thread at a time), under both sharing policies."""

from __future__ import annotations

from itertools import pairwise

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.engine.test_allocation_properties import networks
from waterplanner.engine import simulate
from waterplanner.engine.ensemble_run import ensemble_members
from waterplanner.engine.member_threads import (
    MIN_MEMBERS_PER_THREAD,
    member_groups,
    member_threads,
    set_member_threads,
)
from waterplanner.engine.results import Results
from waterplanner.model.fileio import load_shipped_scenario
from waterplanner.model.nodes import NodeKind
from waterplanner.model.scenario import AllocationPolicy, Scenario


def _same(a: Results, b: Results) -> None:
    for name in ("storage_mcm", "release_mcm", "spill_mcm", "delivery_mcm", "inflow_mcm",
                 "link_flow_mcm", "energy_mwh", "level_m"):
        np.testing.assert_array_equal(getattr(a, name), getattr(b, name), err_msg=name)


def test_groups_cover_every_member_once() -> None:
    for members in (1, 15, 16, 31, 32, 33, 200, 1001):
        for threads in (1, 2, 3, 8):
            groups = member_groups(members, threads)
            assert groups[0][0] == 0 and groups[-1][1] == members
            assert all(a[1] == b[0] for a, b in pairwise(groups))
            assert len(groups) <= threads
            assert len(groups) == 1 or min(b - a for a, b in groups) >= MIN_MEMBERS_PER_THREAD


def test_the_thread_count_is_chosen_and_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WATERPLANNER_THREADS", "1")
    assert member_threads() == 1
    set_member_threads(3)
    try:
        assert member_threads() == 3
    finally:
        set_member_threads(None)
    with pytest.raises(ValueError):
        set_member_threads(0)


def test_the_default_ensemble_is_the_same_on_one_thread_and_on_three() -> None:
    s = load_shipped_scenario()
    ens, _ = ensemble_members(s, members_count=60, seed=3)
    one = simulate(s, inflows=ens.inflow_mcm, threads=1)
    _same(one, simulate(s, inflows=ens.inflow_mcm, threads=3))
    _same(one, simulate(s, inflows=ens.inflow_mcm, threads=2, record="state"))


def _members(s: Scenario, members: int, seed: int) -> dict[str, np.ndarray]:
    rng = np.random.default_rng(seed)
    first = s.inflow_set_names[0]
    return {n.id: np.asarray(n.inflow_mcm[first])[None, :] * rng.uniform(0.0, 2.0, (
        members, s.time.periods)) for n in s.nodes if n.kind is NodeKind.INFLOW}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(net=networks(), policy=st.sampled_from(list(AllocationPolicy)), seed=st.integers(0, 99))
def test_random_networks_are_the_same_on_one_thread_and_on_three(
        net: Scenario, policy: AllocationPolicy, seed: int) -> None:
    from dataclasses import replace
    s = replace(net, allocation=policy)
    inflows = _members(s, 3 * MIN_MEMBERS_PER_THREAD, seed)
    _same(simulate(s, inflows=inflows, threads=1), simulate(s, inflows=inflows, threads=3))
