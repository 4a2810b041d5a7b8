"""What a run records changes its memory, never its numbers: a quantity that was not kept is
replayed from the storage (and the link flows) to the very same bits."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.engine import test_allocation_properties, test_properties
from waterplanner.engine import jit, simulate
from waterplanner.engine.results import LINK_QUANTITIES, NODE_QUANTITIES, PLANT_QUANTITIES
from waterplanner.engine.warm_up import load_every_kernel, warm_up_network
from waterplanner.model import Scenario, validate_scenario
from waterplanner.model.synthetic import reservoir_chain

EVERY = [q.name for q in NODE_QUANTITIES + LINK_QUANTITIES + PLANT_QUANTITIES] + [
    "withdrawal_mcm", "local_inflow_mcm", "initial_storage_mcm", "link_transit_end_mcm",
    "link_transit_start_mcm"]
RECORDS = ["state", {"energy_mwh"}, ["spill_mcm", "evaporation_mcm", "precipitation_mcm"],
           ("storage_mcm",)]


def assert_same_numbers(scenario: Scenario, record: object) -> None:
    full = simulate(scenario)
    lean = simulate(scenario, record=record)  # type: ignore[arg-type]
    for name in EVERY:
        assert np.array_equal(getattr(full, name), getattr(lean, name), equal_nan=True), name
    assert repr(full.summary()) == repr(lean.summary())


SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@SETTINGS
@given(test_properties.networks(), st.sampled_from(RECORDS))
def test_a_lean_record_replays_the_same_numbers(s: Scenario, record: object):
    assert_same_numbers(s, record)


@SETTINGS
@given(test_allocation_properties.networks(), st.sampled_from(RECORDS))
def test_a_lean_record_under_allocation_gives_the_same_numbers(s: Scenario, record: object):
    assert_same_numbers(s, record)


def test_a_lean_record_keeps_less():
    s = reservoir_chain(5, 48)
    full, lean = simulate(s), simulate(s, record="state")
    assert lean._run.store.nbytes * 4 < full._run.store.nbytes  # storage only, of 5
    assert np.array_equal(full.release_mcm, lean.release_mcm)


def test_unknown_records_are_refused_with_the_known_ones():
    s = reservoir_chain(1, 12)
    with pytest.raises(ValueError, match="unknown preset 'everything'.*'all' or 'state'"):
        simulate(s, record="everything")
    with pytest.raises(ValueError, match="unknown result quantity 'storage'.*storage_mcm"):
        simulate(s, record={"storage"})


def test_the_warm_up_network_is_valid_and_loads_every_kernel():
    assert validate_scenario(warm_up_network(True)) == []
    assert validate_scenario(warm_up_network(False)) == []
    load_every_kernel()
    assert jit.all_compiled()
