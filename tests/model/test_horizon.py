"""Repeating a scenario's year and planning the same year in dekads keep totals and validity."""

from __future__ import annotations

import numpy as np
import pytest

from waterplanner.engine import simulate
from waterplanner.model import Step, load_shipped_scenario, validate_scenario
from waterplanner.model.horizon import monthly_to_dekads, repeat_years


@pytest.fixture(scope="module")
def default():
    return load_shipped_scenario()


def test_repeat_years_tiles_every_series(default):
    ten = repeat_years(default, 10)
    assert ten.time.periods == 120
    assert not validate_scenario(ten)
    tok = ten.node("toktogul")
    assert tok.evaporation_mm == default.node("toktogul").evaporation_mm * 10
    naryn = next(n for n in ten.nodes if n.kind.value == "inflow")
    for name, series in naryn.inflow_mcm.items():
        assert len(series) == 120
        assert series[:12] == default.node(naryn.id).inflow_mcm[name]
    assert ten.node("toktogul").lav == default.node("toktogul").lav
    assert simulate(ten).summary().mass_balance_ok


def test_dekads_keep_monthly_totals_and_states(default):
    dek = monthly_to_dekads(default)
    assert dek.time.step is Step.DEKAD and dek.time.periods == 36
    assert not validate_scenario(dek)
    for rid, sched in default.release_schedules.items():
        np.testing.assert_allclose(np.asarray(dek.release_schedules[rid]).reshape(-1, 3).sum(1),
                                   sched)
    dem = next(n for n in default.nodes if n.kind.value == "demand")
    np.testing.assert_allclose(
        np.asarray(dek.node(dem.id).demand_mcm).reshape(-1, 3).sum(1), dem.demand_mcm)
    # a third dekad of a 31-day month holds 11/31 of the month
    oct_dekads = np.asarray(dek.node(dem.id).demand_mcm[:3])
    np.testing.assert_allclose(oct_dekads / dem.demand_mcm[0], [10 / 31, 10 / 31, 11 / 31])
    r_month, r_dek = simulate(default).summary(), simulate(monthly_to_dekads(default)).summary()
    assert r_dek.mass_balance_ok
    assert r_dek.demand_mcm == pytest.approx(r_month.demand_mcm)


def test_refuses_what_it_cannot_do(default):
    with pytest.raises(ValueError):
        repeat_years(default, 0)
    with pytest.raises(ValueError):
        monthly_to_dekads(monthly_to_dekads(default))
