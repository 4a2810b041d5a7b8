"""An ensemble simulated for the planner (engine.ensemble_run) and the risk kept with its
results: the same members and the same risk table as the ``ensemble`` command's chunked
run; the baseline on the same members; members ranked by total inflow."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from waterplanner.engine.ensemble import members
from waterplanner.engine.ensemble_run import member_ranks, simulate_ensemble
from waterplanner.engine.risk import RiskOptions, risk_layout, risk_of, run_ensemble, table_of
from waterplanner.engine.risk.source import ScenarioMembers
from waterplanner.model.edits import SetReleases
from waterplanner.model.fileio import load_shipped_scenario

MEMBERS = 40
SEED = 7


@pytest.fixture(scope="module")
def scenario():
    return load_shipped_scenario()


@pytest.fixture(scope="module")
def run(scenario):
    return simulate_ensemble(scenario, members_count=MEMBERS, seed=SEED)[0]


def test_the_results_say_which_ensemble_they_are_of(scenario, run) -> None:
    e = run.ensemble
    assert e is not None and e.name == "generated" and e.members == MEMBERS and e.seed == SEED
    assert "lognormal_ar1" in e.source
    assert e.sentence().endswith(f"{MEMBERS} members, seed {SEED}.")
    expected = members(scenario, members=MEMBERS, seed=SEED)
    got = run.local_inflow_mcm
    for nid, a in expected.inflow_mcm.items():
        assert np.array_equal(got[:, run.node_index(nid), :], a)


def _flat(d: object, out: list[object]) -> list[object]:
    if isinstance(d, dict):
        for v in d.values():
            _flat(v, out)
    elif isinstance(d, list):
        for v in d:
            _flat(v, out)
    else:
        out.append(d)
    return out


def test_the_risk_is_the_ensemble_commands(scenario, run) -> None:
    """One source of truth: risk_of on the window's results (per-period cells left out) is
    the table the ensemble command makes from the same members: to the last digit in one
    chunk (the command's chunk for this size), to rounding when cut into other chunks."""
    for threshold in (10.0, 25.0):
        options = RiskOptions(threshold_pct=threshold)
        layout = risk_layout(scenario, MEMBERS, options)
        source = ScenarioMembers(scenario, None, SEED)
        mine = risk_of(run, options).to_dict()
        whole = table_of(run_ensemble(scenario, source, layout), layout)
        assert mine == whole.to_dict()
        parts = table_of(run_ensemble(scenario, source, layout, chunk=15), layout).to_dict()
        for a, b in zip(_flat(mine, []), _flat(parts, []), strict=True):
            if isinstance(a, float) and isinstance(b, float):
                assert a == pytest.approx(b, rel=1e-9, abs=1e-9)
            else:
                assert a == b


def test_the_risk_is_kept_with_its_results_per_threshold(scenario, run) -> None:
    ten = run.risk(RiskOptions(threshold_pct=10.0))
    assert run.risk(RiskOptions(threshold_pct=10.0)) is ten
    assert run.risk() is ten  # the default threshold is 10 %
    twenty = run.risk(RiskOptions(threshold_pct=20.0))
    assert twenty is not ten and twenty.threshold_pct == 20.0
    other = simulate_ensemble(scenario, members_count=MEMBERS, seed=SEED)[0]
    assert other.risk() is not ten and other.risk().to_dict() == ten.to_dict()


def test_p_short_never_rises_with_the_threshold(run) -> None:
    tables = [run.risk(RiskOptions(threshold_pct=t)) for t in (0.0, 5.0, 10.0, 20.0, 50.0)]
    for kind in ("countries", "demands"):
        for k in range(len(getattr(tables[0], kind))):
            p = [getattr(t, kind)[k].p_short_over_threshold for t in tables]
            assert all(a >= b for a, b in itertools.pairwise(p)), (kind, k, p)
    total = [sum(c.p_short_over_threshold for c in t.countries) for t in tables]
    assert total[0] > total[-1]


def test_the_baseline_runs_on_the_same_members(scenario, run) -> None:
    sched = np.asarray(scenario.release_schedules["toktogul"], float) * 0.7
    plan = SetReleases(changes={"toktogul": dict(enumerate(sched))},
                       label="less").apply(scenario)
    r, base, note = simulate_ensemble(plan, members_count=MEMBERS, seed=SEED,
                                      baseline=scenario)
    assert note == "" and base is not None and base.ensemble == r.ensemble
    assert np.array_equal(base.local_inflow_mcm, r.local_inflow_mcm)
    assert np.array_equal(base.storage_mcm, run.storage_mcm, equal_nan=True)
    assert not np.array_equal(r.storage_mcm, run.storage_mcm, equal_nan=True)


def test_members_ranked_by_total_inflow(run) -> None:
    ranks = member_ranks(run)
    total = run.local_inflow_mcm.sum(axis=(1, 2))
    assert np.allclose(ranks.total_mcm, total)
    assert ranks.driest == int(np.argmin(total)) and ranks.wettest == int(np.argmax(total))
    assert ranks.total_mcm[ranks.driest] < ranks.total_mcm[ranks.median] \
        < ranks.total_mcm[ranks.wettest]
    below = int((total < total[ranks.median]).sum())
    assert below == (MEMBERS - 1) // 2
    assert ranks.pick("driest") == ranks.driest and ranks.word(ranks.wettest) == "wettest"
    with pytest.raises(ValueError, match="driest, median or wettest"):
        ranks.pick("wet")
