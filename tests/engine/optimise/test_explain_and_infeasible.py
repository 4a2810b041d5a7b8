"""Binding constraints in words; infeasible problems name the conflicting requirements."""

from __future__ import annotations

import pytest

from tests.engine.optimise.opt_helpers import one_reservoir_two_periods
from waterplanner.engine.optimise import InfeasibleError, optimise
from waterplanner.model.objectives import EndStorage, OptimisationSpec, ReleaseValue, RuleCurve

VALUE = ReleaseValue(reservoir="dam", value_per_mcm=(1.0, 3.0))


def test_conflicting_hard_requirements_are_named() -> None:
    spec = OptimisationSpec(objectives=(VALUE,), constraints=(
        EndStorage(reservoir="dam", min_mcm=65.0),
        RuleCurve(reservoir="dam", max_mcm=(100.0, 40.0))))
    with pytest.raises(InfeasibleError) as e:
        optimise(one_reservoir_two_periods(spec))
    text = str(e.value)
    assert "No schedule meets every hard requirement" in text
    assert "end storage at least 65" in text
    assert "rule curve maximum" in text
    assert "short by" in text


def test_soft_requirement_gives_way_with_its_penalty() -> None:
    spec = OptimisationSpec(objectives=(VALUE,), constraints=(
        EndStorage(reservoir="dam", min_mcm=65.0),
        RuleCurve(reservoir="dam", max_mcm=(100.0, 40.0), hard=False, penalty=10.0)))
    r = optimise(one_reservoir_two_periods(spec))
    # 70 of water, 65 must stay: 5 released in the valuable period, 25 above the curve
    assert sum(r.penalties_after.values()) == pytest.approx(250.0, abs=1e-6)
    assert r.objective_after == pytest.approx(250.0 - 15.0, abs=1e-6)
    assert r.self_check.passed


def test_binding_release_limit_has_a_shadow_price() -> None:
    spec = OptimisationSpec(objectives=(VALUE,), constraints=(
        EndStorage(reservoir="dam", min_mcm=20.0),))
    r = optimise(one_reservoir_two_periods(spec))
    kinds = {b.kind for b in r.binding}
    assert "max_release" in kinds and "end_storage" in kinds
    cap = next(b for b in r.binding if b.kind == "max_release")
    # one more unit of release in period 2 (worth 3) instead of period 1 (worth 1): 2
    assert cap.shadow_price == pytest.approx(2.0, rel=1e-3)
    assert "more room" in cap.text
    end = next(b for b in r.binding if b.kind == "end_storage")
    assert end.shadow_price == pytest.approx(1.0, rel=1e-3)


def test_unknown_inflow_set_is_an_optimisation_error() -> None:
    from waterplanner.engine.optimise import OptimisationError
    with pytest.raises(OptimisationError):
        optimise(one_reservoir_two_periods(), inflow_set="nope")
