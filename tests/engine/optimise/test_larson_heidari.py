"""The classic Larson (1968) / Heidari et al. (1971) four-reservoir problem: published
optimum 401.3."""

from __future__ import annotations

from pathlib import Path

import pytest

from waterplanner.engine import simulate
from waterplanner.engine.optimise import optimise
from waterplanner.model import load_scenario

FILE = Path(__file__).parents[2] / "data" / "larson_heidari.wplan"


@pytest.fixture(scope="module")
def result():
    return optimise(load_scenario(FILE))


def test_reaches_the_published_optimum(result) -> None:
    total = sum(t.after for t in result.terms)
    assert total == pytest.approx(401.3, abs=1e-6)
    assert result.objective_after == pytest.approx(-401.3, abs=1e-6)


def test_never_worse_than_the_input(result) -> None:
    assert result.objective_after <= result.objective_before
    assert result.improved


def test_self_check(result) -> None:
    assert result.self_check.passed
    assert result.self_check.max_storage_diff_mcm < 1e-6
    assert result.converged and result.iterations == 1


def test_lp_value_matches_simulation(result) -> None:
    for t in result.terms:
        assert t.lp == pytest.approx(t.after, abs=1e-6)


def test_terminal_storages_bind_with_shadow_prices(result) -> None:
    ends = [b for b in result.binding if b.kind == "end_storage"]
    assert {b.node_id for b in ends} == {"r1", "r2", "r3", "r4"}
    assert all(b.shadow_price > 0 for b in ends)
    assert all("end storage" in b.text for b in ends)


def test_optimised_file_round_trips(result, tmp_path) -> None:
    from waterplanner.model import save_scenario
    out = tmp_path / "opt.wplan"
    save_scenario(result.scenario, out)
    again = load_scenario(out)
    sim = simulate(again)
    values = again.extensions["optimisation"]["objectives"]
    total = sum(sum(v * r for v, r in zip(o["value_per_mcm"], sim.series("release_mcm", o["reservoir"])))
                for o in values)
    assert total == pytest.approx(401.3, abs=1e-5)
