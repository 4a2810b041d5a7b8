"""The robust optimiser: one schedule for K ensemble members (mean or CVaR), checked against
the deterministic optimiser, hand-worked optima, its own simulations and out-of-sample
members."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from tests.engine.optimise.robust_helpers import dam_and_side_river, with_member_as_set
from waterplanner.engine.ensemble import members as ensemble_members
from waterplanner.engine.optimise import (
    RiskMeasure,
    RiskSettingsError,
    RobustSettings,
    optimise,
    optimise_robust,
)
from waterplanner.engine.optimise.risk_measure import risk_value, split_risk_label
from waterplanner.engine.optimise.robust import DETERMINISTIC, INPUT, ROBUST
from waterplanner.engine.optimise.robust_members import draw_members
from waterplanner.model.ensembles import Ensemble, MembersSource
from waterplanner.model.fileio import load_shipped_scenario

MEAN = RiskMeasure("mean", 0.0)
CVAR90 = RiskMeasure("cvar", 0.9)


@pytest.fixture(scope="module")
def default_scenario():  # type: ignore[no-untyped-def]
    return load_shipped_scenario()


# --- the risk measures ------------------------------------------------------------------
def test_cvar_is_the_mean_of_the_worst_tail() -> None:
    f = np.array([1.0, 5.0, 2.0, 9.0, 3.0])
    assert risk_value(f, RiskMeasure("cvar", 0.8)) == pytest.approx(9.0)      # worst one
    assert risk_value(f, RiskMeasure("cvar", 0.6)) == pytest.approx(7.0)      # (9 + 5) / 2
    assert risk_value(f, RiskMeasure("cvar", 0.7)) == pytest.approx((9 + 0.5 * 5) / 1.5)
    assert risk_value(f, RiskMeasure("cvar", 0.0)) == pytest.approx(f.mean())
    assert risk_value(f, MEAN) == pytest.approx(4.0)


def test_risk_labels() -> None:
    m, rest = split_risk_label("cvar90:shortfall:kyzylorda")
    assert m == CVAR90 and rest == "shortfall:kyzylorda"
    m, rest = split_risk_label("mean:energy::winter")
    assert m is not None and m.is_mean and rest == "energy::winter"
    assert split_risk_label("shortfall:kyzylorda") == (None, "shortfall:kyzylorda")
    with pytest.raises(ValueError, match="outside 0 to 100"):
        split_risk_label("cvar100:shortfall")


@pytest.mark.parametrize("kwargs, words", [
    ({"members": 0}, "at least one in-sample member"),
    ({"members": 5000}, "too large"),
    ({"test_members": -1}, "out-of-sample"),
    ({"threshold_pct": 120.0}, "threshold"),
])
def test_bad_settings_are_refused_in_words(kwargs: dict, words: str) -> None:
    with pytest.raises(RiskSettingsError, match=words):
        RobustSettings(**kwargs)


@pytest.mark.parametrize("alpha", [1.0, -0.1, float("nan")])
def test_alpha_outside_the_unit_interval_is_refused(alpha: float) -> None:
    with pytest.raises(RiskSettingsError, match=r"outside \[0, 1\)"):
        RiskMeasure("cvar", alpha)


def test_unknown_ensemble_and_too_few_stored_members() -> None:
    s = dam_and_side_river(((10.0, 0.0), (0.0, 10.0)))
    with pytest.raises(RiskSettingsError, match="no ensemble 'wet'"):
        optimise_robust(s, RobustSettings(ensemble="wet", members=1, test_members=0))
    with pytest.raises(RiskSettingsError, match="fewer than the K = 3"):
        optimise_robust(s, RobustSettings(ensemble="hand", members=3, test_members=0))


def test_out_of_sample_is_what_a_stored_ensemble_has_left() -> None:
    s = dam_and_side_river(((10.0, 0.0), (10.0, 0.0), (0.0, 10.0)))
    r = optimise_robust(s, RobustSettings(ensemble="hand", members=2, test_members=5),
                        compare_deterministic=False)
    assert r.out_of_sample is not None and r.out_of_sample.members == (2,)
    assert any("1 are left for the out-of-sample test" in n for n in r.notes)


# --- hand-worked robust schedules -------------------------------------------------------
HAND = ((10.0, 0.0), (10.0, 0.0), (0.0, 10.0))
"""Two members dry on day 2, one dry on day 1 (side-river inflow per day). With r1 = x and
r2 = 10 − x released, the members are short x, x and 10 − x: the mean (10 + x) / 3 is least
at x = 0 (3.33), the worst member max(x, 10 − x) at x = 5 (5)."""


@pytest.mark.parametrize("measure, release, value", [
    (MEAN, [0.0, 10.0], 10.0 / 3.0),
    (CVAR90, [5.0, 5.0], 5.0),              # CVaR 90 % of three members: the worst one
    (RiskMeasure("cvar", 0.5), [5.0, 5.0], 5.0),
    (RiskMeasure("cvar", 0.0), [0.0, 10.0], 10.0 / 3.0),   # CVaR at α = 0 is the mean
])
def test_hand_problem_mean_and_cvar_differ(measure: RiskMeasure, release: list[float],
                                            value: float) -> None:
    s = dam_and_side_river(HAND)
    r = optimise_robust(s, RobustSettings(ensemble="hand", members=3, risk=measure,
                                          test_members=0))
    assert r.release_mcm["dam"].tolist() == pytest.approx(release, abs=1e-6)
    assert r.objective_after == pytest.approx(value, abs=1e-6)
    assert r.lp_objective == pytest.approx(value, abs=1e-6)
    assert r.self_checks_passed
    # the deterministic optimum for the base set (5 + 5 on the side river) splits evenly
    assert r.deterministic_release_mcm is not None
    assert r.deterministic_release_mcm["dam"].tolist() == pytest.approx([5.0, 5.0], abs=1e-6)
    robust = r.in_sample.row(ROBUST)
    assert sorted(robust.values.tolist()) == pytest.approx(
        sorted([release[0], release[0], 10.0 - release[0]]), abs=1e-6)


def test_identical_members_with_the_mean_give_the_deterministic_optimum() -> None:
    s = dam_and_side_river(((2.0, 7.0),) * 4)
    s = replace(s, inflow_sets=s.inflow_sets, nodes=tuple(
        replace(nd, inflow_mcm={"base": (2.0, 7.0)}) if nd.id == "side" else nd
        for nd in s.nodes))
    det = optimise(s)
    r = optimise_robust(s, RobustSettings(ensemble="hand", members=4, risk=MEAN,
                                          test_members=0))
    assert r.objective_after == pytest.approx(det.objective_after, abs=1e-9)
    # every (r1, 10 − r1) with 7 ≤ r1 ≤ 8 is short by 1: the optimum, not its vertex, is unique
    r1, r2 = r.release_mcm["dam"].tolist()
    assert 7.0 - 1e-6 <= r1 <= 8.0 + 1e-6 and r1 + r2 == pytest.approx(10.0, abs=1e-6)
    assert r.self_checks_passed


# --- the default scenario ---------------------------------------------------------------
def test_one_member_reproduces_the_deterministic_optimiser(default_scenario) -> None:  # type: ignore[no-untyped-def]
    member = ensemble_members(default_scenario, members=1, seed=11).member(0)
    s = with_member_as_set(default_scenario, member, "member0")
    det = optimise(s, inflow_set="member0")
    for measure in (MEAN, CVAR90):
        r = optimise_robust(s, RobustSettings(members=1, risk=measure, test_members=0,
                                              seed=11), compare_deterministic=False)
        assert r.objective_after == pytest.approx(det.objective_after, rel=1e-6, abs=1e-6)
        # the same optimum; where it is not a unique vertex (Andijan's May–June split) the
        # member's internal devices may pick a neighbour a fraction of a Mm³ away
        for rid, rel in det.release_mcm.items():
            assert r.release_mcm[rid] == pytest.approx(rel, rel=1e-3, abs=1e-3)
        assert r.self_checks_passed


def test_identical_members_of_the_default_scenario(default_scenario) -> None:  # type: ignore[no-untyped-def]
    member = ensemble_members(default_scenario, members=1, seed=11).member(0)
    s = with_member_as_set(default_scenario, member, "member0")
    copies = MembersSource(inflow_mcm={k: (tuple(float(x) for x in v),) * 3
                                       for k, v in member.items()})
    s = replace(s, ensembles=(Ensemble(name="same", source=copies),))
    det = optimise(s, inflow_set="member0")
    r = optimise_robust(s, RobustSettings(ensemble="same", members=3, risk=MEAN,
                                          test_members=0), compare_deterministic=False)
    assert r.objective_after == pytest.approx(det.objective_after, rel=1e-6, abs=1e-6)
    for rid, rel in det.release_mcm.items():
        assert r.release_mcm[rid] == pytest.approx(rel, abs=1e-3)


def test_cvar_lp_value_is_the_cvar_of_its_own_simulated_members(default_scenario) -> None:  # type: ignore[no-untyped-def]
    r = optimise_robust(default_scenario,
                        RobustSettings(members=6, risk=RiskMeasure("cvar", 0.8),
                                       test_members=12, seed=5))
    assert r.converged
    assert r.self_checks_passed, r.self_check_summary()
    assert len(r.self_checks) == 6
    assert r.lp_objective == pytest.approx(r.objective_after, rel=1e-5, abs=1e-3)
    robust = r.in_sample.row(ROBUST)
    assert robust.broken == 0
    assert risk_value(robust.values, RiskMeasure("cvar", 0.8)) == pytest.approx(
        r.objective_after, rel=1e-6, abs=1e-6)
    assert robust.cvar <= r.in_sample.row(INPUT).cvar
    assert robust.cvar <= r.in_sample.row(DETERMINISTIC).cvar + 1e-6
    # the same schedule, simulated afresh, has the same objective values
    assert r.out_of_sample is not None
    assert [row.schedule for row in r.out_of_sample.rows] == [INPUT, DETERMINISTIC, ROBUST]


def test_out_of_sample_members_are_disjoint_and_reproducible(default_scenario) -> None:  # type: ignore[no-untyped-def]
    settings = RobustSettings(members=4, test_members=6, seed=21)
    a, b = draw_members(default_scenario, settings), draw_members(default_scenario, settings)
    assert set(a.in_sample_indices).isdisjoint(a.out_of_sample_indices)
    assert list(a.out_of_sample_indices) == [4, 5, 6, 7, 8, 9]
    whole = ensemble_members(default_scenario, members=10, seed=21)
    assert a.out_of_sample is not None and b.out_of_sample is not None
    for node, arr in whole.inflow_mcm.items():
        assert np.array_equal(a.in_sample.inflow_mcm[node], arr[:4])
        assert np.array_equal(a.out_of_sample.inflow_mcm[node], arr[4:])
        assert np.array_equal(b.out_of_sample.inflow_mcm[node], arr[4:])
        # no out-of-sample member repeats an in-sample one
        for row in a.out_of_sample.inflow_mcm[node]:
            assert not any(np.array_equal(row, x) for x in a.in_sample.inflow_mcm[node])
    other = draw_members(default_scenario, replace(settings, seed=22))
    assert other.out_of_sample is not None
    assert not np.array_equal(other.out_of_sample.inflow_mcm["naryn"],
                              a.out_of_sample.inflow_mcm["naryn"])


@pytest.fixture(scope="module")
def default_k20(default_scenario):  # type: ignore[no-untyped-def]
    """K = 20, CVaR 90 % of the energy mode's own objective, 200 out-of-sample members."""
    return optimise_robust(default_scenario, RobustSettings(members=20, risk=CVAR90,
                                                             test_members=200, seed=7))


def test_robust_cvar_schedule_out_of_sample_on_the_default_scenario(default_k20) -> None:  # type: ignore[no-untyped-def]
    """The robust schedule is confirmed by the simulator in all 20 members, and on 200
    members the LP never saw its CVaR 90 % objective is far below the deterministic
    optimum's, and it breaks a hard requirement in far fewer of them."""
    r = default_k20
    assert r.self_checks_passed, r.self_check_summary()
    assert r.out_of_sample is not None
    robust, det = r.out_of_sample.row(ROBUST), r.out_of_sample.row(DETERMINISTIC)
    assert robust.cvar < 0.5 * det.cvar
    assert robust.broken <= det.broken // 5


def test_robust_cvar_schedule_protects_kyzylorda_out_of_sample(default_k20) -> None:  # type: ignore[no-untyped-def]
    """K = 20, CVaR 90 %: on 200 members the LP never saw, the robust schedule's CVaR 90 %
    of Kyzylorda's shortfall is no worse than the deterministic optimum's (median year)."""
    r = default_k20
    assert r.out_of_sample is not None
    robust = r.out_of_sample.row(ROBUST).demand("kyzylorda")
    det = r.out_of_sample.row(DETERMINISTIC).demand("kyzylorda")
    assert robust.cvar_shortfall_mcm <= det.cvar_shortfall_mcm


# --- risk axes in the trade-off ---------------------------------------------------------
def test_risk_front_of_the_hand_problem_is_worst_equals_20_minus_3_mean() -> None:
    """Worst member (CVaR 90 % of three) against the mean shortfall: with r1 = x ≤ 5 the
    mean is (10 + x) / 3 and the worst 10 − x, so the front is worst = 20 − 3 × mean, from
    (mean 10/3, worst 10) to (mean 5, worst 5)."""
    from waterplanner.engine.optimise import pareto_front

    s = dam_and_side_river(HAND)
    front = pareto_front(s, "cvar90:shortfall", "mean:shortfall", points=3,
                         robust=RobustSettings(ensemble="hand", members=3, test_members=0))
    assert front.a.label == "cvar90:shortfall" and front.b.label == "mean:shortfall"
    assert "CVaR 90 % over 3 members" in front.a_description
    assert not front.no_tradeoff
    pts = [p for p in front.points if p.feasible]
    assert len(pts) == 3
    for p in pts:
        assert p.a == pytest.approx(20.0 - 3.0 * p.b, abs=1e-4)
    assert [p.b for p in pts] == pytest.approx([5.0, 25.0 / 6.0, 10.0 / 3.0], abs=1e-4)
    assert pts[1].release_mcm["dam"].tolist() == pytest.approx([2.5, 7.5], abs=1e-4)


def test_risk_axes_are_listed(default_scenario) -> None:  # type: ignore[no-untyped-def]
    from waterplanner.engine.optimise import available_objectives, available_risk_objectives

    risk = available_risk_objectives(default_scenario)
    assert "cvar90:shortfall:kyzylorda" in risk and "mean:energy::winter" in risk
    assert len(risk) == 2 * len(available_objectives(default_scenario))
