"""The water-balance check finds what it should: nothing on the simulator's own results, and
a planted error in any quantity, at the node, link and member where it was planted, with the
residuals a plain array computation of the same sums gives."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest

from waterplanner.engine.balance import check_mass_balance
from waterplanner.engine.ensemble_run import ensemble_members, simulate_members
from waterplanner.model.fileio import load_shipped_scenario
from waterplanner.model.nodes import DemandNode, NodeKind

QUANTITIES = ("local_inflow_mcm", "precipitation_mcm", "inflow_mcm", "evaporation_mcm",
              "seepage_mcm", "delivery_mcm", "spill_mcm", "storage_mcm",
              "drainage_storage_mcm", "link_flow_mcm", "link_arrival_mcm", "link_loss_mcm",
              "link_transit_end_mcm", "initial_storage_mcm", "initial_drainage_mcm",
              "link_transit_start_mcm")


@pytest.fixture(scope="module")
def results():  # type: ignore[no-untyped-def]
    s = load_shipped_scenario()
    ens, run = ensemble_members(s, members_count=20, seed=11)
    return simulate_members(s, ens.inflow_mcm, run)


def _copy(r):  # type: ignore[no-untyped-def]
    """The quantities the check reads, as plain writable arrays."""
    out = SimpleNamespace(scenario=r.scenario, node_ids=r.node_ids, link_ids=r.link_ids,
                          node_index=r.node_index)
    for q in QUANTITIES:
        setattr(out, q, np.array(getattr(r, q), dtype=float))
    return out


def _reference(r):  # type: ignore[no-untyped-def]
    """The residuals by whole-array sums ([member, node or link, period])."""
    scn = r.scenario
    n = len(r.node_ids)
    into = np.zeros((len(r.link_ids), n))
    out_of = np.zeros((len(r.link_ids), n))
    for lk in scn.links:
        j = r.link_ids.index(lk.id)
        into[j, r.node_index(lk.target)] = 1.0
        out_of[j, r.node_index(lk.source)] = 1.0
    share = np.array([1.0 - node.return_fraction if isinstance(node, DemandNode) else 0.0
                      for node in scn.nodes])
    outlets = {lk.source for lk in scn.links}
    sink = np.array([node.kind is NodeKind.SINK for node in scn.nodes])
    lake = np.array([node.kind is NodeKind.TERMINAL_LAKE and node.id not in outlets
                     for node in scn.nodes])
    arrived = np.einsum("mjt,ji->mit", r.link_arrival_mcm, into)
    sent = np.einsum("mjt,ji->mit", r.link_flow_mcm, out_of)
    consumed = r.delivery_mcm * share[None, :, None]
    left = np.where(sink[None, :, None], r.inflow_mcm, 0.0) + \
        np.where(lake[None, :, None], r.spill_mcm, 0.0)
    held = np.nan_to_num(r.storage_mcm) + np.nan_to_num(r.drainage_storage_mcm)
    start = np.nan_to_num(r.initial_storage_mcm) + np.nan_to_num(r.initial_drainage_mcm)
    change = np.diff(np.concatenate([np.broadcast_to(start[None, :, None],
                                                     (held.shape[0], n, 1)), held], axis=2),
                     axis=2)
    node = (r.local_inflow_mcm + arrived + r.precipitation_mcm) - (
        r.evaporation_mcm + r.seepage_mcm + sent + consumed + left) - change
    inflow = r.inflow_mcm - r.local_inflow_mcm - arrived
    node_res = np.maximum(np.abs(node).max(axis=2), np.abs(inflow).max(axis=2))
    link_res = (r.link_transit_start_mcm[None, :] + r.link_flow_mcm.sum(axis=2)
                - r.link_loss_mcm.sum(axis=2) - r.link_arrival_mcm.sum(axis=2)
                - r.link_transit_end_mcm)
    inputs = r.local_inflow_mcm.sum(axis=(1, 2)) + r.precipitation_mcm.sum(axis=(1, 2))
    initial = start.sum() + r.link_transit_start_mcm.sum()
    final = held[:, :, -1].sum(axis=1) + r.link_transit_end_mcm.sum(axis=1)
    system = inputs + initial - final - (r.evaporation_mcm + r.seepage_mcm + consumed
                                         + left).sum(axis=(1, 2)) \
        - r.link_loss_mcm.sum(axis=(1, 2))
    return node_res, link_res, system, inputs + initial


def _agrees(r) -> None:  # type: ignore[no-untyped-def]
    mb = check_mass_balance(r)
    node, link, system, through = _reference(r)
    np.testing.assert_allclose(mb.node_residual_mcm, node, atol=1e-6)
    np.testing.assert_allclose(mb.link_residual_mcm, link, atol=1e-6)
    np.testing.assert_allclose(mb.system_residual_mcm, system, atol=1e-6)
    np.testing.assert_allclose(mb.throughput_mcm, through, rtol=1e-12)


def test_the_simulators_results_balance(results) -> None:  # type: ignore[no-untyped-def]
    mb = results.mass_balance()
    assert mb.ok
    assert mb.relative_residual.max() < 1e-12
    _agrees(_copy(results))


@pytest.mark.parametrize("quantity, kind", [
    ("storage_mcm", NodeKind.RESERVOIR), ("delivery_mcm", NodeKind.DEMAND),
    ("evaporation_mcm", NodeKind.RESERVOIR), ("local_inflow_mcm", NodeKind.INFLOW),
    ("inflow_mcm", NodeKind.SINK)])
def test_water_planted_at_a_node_is_found_there(results, quantity: str,  # type: ignore[no-untyped-def]
                                                kind: NodeKind) -> None:
    r = _copy(results)
    node = next(n for n in r.scenario.nodes if n.kind is kind
                and not np.isnan(getattr(r, quantity)[0, r.node_index(n.id)]).all())
    i = r.node_index(node.id)
    getattr(r, quantity)[7, i, 5] += 3.0
    mb = check_mass_balance(r)
    assert not mb.ok
    assert mb.worst_node(7)[0] == node.id
    assert mb.node_residual_mcm[7, i] >= 3.0 * 0.999 * (
        1.0 - node.return_fraction if isinstance(node, DemandNode) else 1.0)
    assert np.all(np.delete(mb.node_residual_mcm, 7, axis=0) < 1e-6), "other members clean"
    _agrees(r)


@pytest.mark.parametrize("quantity", ["link_flow_mcm", "link_arrival_mcm", "link_loss_mcm"])
def test_water_planted_on_a_link_is_found_there(results, quantity: str) -> None:  # type: ignore[no-untyped-def]
    r = _copy(results)
    j = len(r.link_ids) // 2
    getattr(r, quantity)[2, j, 3] += 1.5
    mb = check_mass_balance(r)
    assert not mb.ok
    assert abs(mb.link_residual_mcm[2, j]) == pytest.approx(1.5, rel=1e-6)
    assert np.all(np.abs(np.delete(mb.link_residual_mcm[2], j)) < 1e-6)
    _agrees(r)


def test_a_spill_planted_at_a_lake_without_outlet_is_found_there() -> None:
    """A lake without an outlet: what spills over its crest leaves the basin."""
    from tests.engine.build import inflow, lake, link, scenario
    from waterplanner.engine import simulate
    from waterplanner.model import LevelAreaVolume
    lav = LevelAreaVolume(level_m=(10.0, 20.0), area_km2=(1.0, 20.0), volume_mcm=(0.0, 500.0))
    s = scenario([inflow("river", [80.0, 120.0, 60.0]),
                  lake("lake", 3, initial=300.0, lav=lav, crest=15.0)],
                 [link("river", "lake")])
    r = _copy(simulate(s, inflows={"river": np.array([[80.0, 120.0, 60.0],
                                                      [200.0, 300.0, 250.0]])}))
    assert check_mass_balance(r).ok
    assert r.spill_mcm[1, 1].sum() > 0, "the wet member spills"
    r.spill_mcm[0, 1, 2] += 2.0
    mb = check_mass_balance(r)
    assert not mb.ok and mb.worst_node(0) == ("lake", pytest.approx(2.0, rel=1e-6))
    _agrees(r)
