"""Before → after comparison of two simulations of the default scenario."""

from __future__ import annotations

import pytest

from waterplanner.engine.comparison import compare_summaries
from waterplanner.engine.simulate import simulate
from waterplanner.model.fileio import load_shipped_scenario


def test_comparing_a_plan_with_itself_changes_nothing_and_a_cut_release_shows() -> None:
    s = load_shipped_scenario()
    before = simulate(s).summary()
    same = compare_summaries(before, before)
    assert all(r.end_change_mcm == 0 for r in same.reservoirs)
    assert all(e.before_gwh == e.after_gwh for e in same.energy)
    rid = s.reservoirs[0].id
    halved = s.with_schedule(rid, [v * 0.5 for v in s.release_schedules[rid]])
    after = simulate(halved).summary()
    cmp = compare_summaries(before, after)
    change = next(r for r in cmp.reservoirs if r.node_id == rid)
    assert change.end_after_mcm > change.end_before_mcm, "releasing less keeps more water"
    assert change.lowest_after_mcm <= change.start_mcm
    country = s.reservoirs[0].country
    year = cmp.energy_of(country, "year")
    assert year.after_gwh == pytest.approx(cmp.energy_of(country, "winter").after_gwh
                                           + cmp.energy_of(country, "summer").after_gwh)
    assert cmp.energy_after_gwh != cmp.energy_before_gwh
