"""Reservoir operating rules and storage zones, against numbers worked out by hand:
the guide curve, the buffer zone and the operating minimum (see the period anatomy in
waterplanner.engine.kernel)."""

from __future__ import annotations

from datetime import date

import numpy as np
from numpy.testing import assert_allclose

from tests.engine.build import inflow, link, reservoir, scenario, sink
from waterplanner.engine import simulate
from waterplanner.engine.targets import unmet_targets
from waterplanner.model import Step, TimeBase
from waterplanner.model.nodes import OperatingRule, RuleKind

SECONDS = np.asarray(TimeBase(Step.MONTH, date(2025, 10, 1), 3).seconds, dtype=float)


def m3s(mcm_per_period: float) -> tuple[float, ...]:
    """A flow that is exactly ``mcm_per_period`` Mm³ in each of the three months."""
    return tuple(float(mcm_per_period * 1e6 / s) for s in SECONDS)


def _one_dam(inflows: list[float], schedule: list[float], **kw):
    return scenario([inflow("river", inflows), reservoir("dam", 3, **kw), sink()],
                    [link("river", "dam"), link("dam", "sea")], {"dam": schedule})


def test_guide_curve_releases_to_reach_the_curve():
    rule = OperatingRule(kind=RuleKind.GUIDE_CURVE, guide_curve_mcm=(60.0, 30.0, 80.0))
    r = simulate(_one_dam([40, 40, 40], [999, 999, 999], capacity=100, initial=50, rule=rule))
    # 50+40 → keep 60 (release 30); 60+40 → keep 30 (release 70); 30+40 is below 80: hold
    assert_allclose(r.series("release_mcm", "dam"), [30, 70, 0])
    assert_allclose(r.series("storage_mcm", "dam"), [60, 30, 70])
    assert r.summary().mass_balance_ok
    assert unmet_targets(r) == [], "a guide-curve reservoir has no schedule targets"


def test_guide_curve_within_release_bounds_and_capacity():
    rule = OperatingRule(kind=RuleKind.GUIDE_CURVE, guide_curve_mcm=(10.0, 10.0, 10.0))
    r = simulate(_one_dam([80, 80, 0], [0, 0, 0], capacity=100, initial=50, rule=rule,
                          max_release_m3s=m3s(50), min_release_m3s=m3s(5)))
    # 50+80 → aim 120, capped at 50: end 80; 80+80 → 150, capped 50: 110 > 100 spills 10;
    # 100+0 → aim 90, capped at 50: 50
    assert_allclose(r.series("release_mcm", "dam"), [50, 50, 50])
    assert_allclose(r.series("spill_mcm", "dam"), [0, 10, 0])
    assert_allclose(r.series("storage_mcm", "dam"), [80, 100, 50])


def test_buffer_zone_cuts_the_release_but_not_below_the_minimum():
    rule = OperatingRule(kind=RuleKind.SCHEDULE, buffer_mcm=(45.0, 45.0, 45.0),
                         buffer_release_m3s=m3s(4))
    r = simulate(_one_dam([0, 0, 0], [30, 30, 30], initial=50, rule=rule))
    # starts above the buffer: full target; then in the buffer zone: 4 Mm³ a period
    assert_allclose(r.series("release_mcm", "dam"), [30, 4, 4])
    assert [u.reason for u in unmet_targets(r)] == ["buffer_zone", "buffer_zone"]
    higher_minimum = simulate(_one_dam([0, 0, 0], [30, 30, 30], initial=50, rule=rule,
                                       min_release_m3s=m3s(6)))
    assert_allclose(higher_minimum.series("release_mcm", "dam"), [30, 6, 6])


def test_operating_minimum_stops_discretionary_release_but_not_the_minimum():
    r = simulate(_one_dam([0, 0, 0], [15, 15, 15], dead=10, initial=50,
                          operating_minimum_mcm=30))
    assert_allclose(r.series("release_mcm", "dam"), [15, 5, 0])
    assert_allclose(r.series("storage_mcm", "dam"), [35, 30, 30])
    assert [u.reason for u in unmet_targets(r)] == ["operating_minimum", "operating_minimum"]
    # the minimum release may draw below the operating minimum, never below dead storage
    r = simulate(_one_dam([0, 0, 0], [15, 15, 15], dead=10, initial=35,
                          operating_minimum_mcm=30, min_release_m3s=m3s(8)))
    assert_allclose(r.series("release_mcm", "dam"), [8, 8, 8.0])
    assert_allclose(r.series("storage_mcm", "dam"), [27, 19, 11])
    r = simulate(_one_dam([0, 0, 0], [15, 15, 15], dead=10, initial=20,
                          operating_minimum_mcm=30, min_release_m3s=m3s(8)))
    assert_allclose(r.series("release_mcm", "dam"), [8, 2, 0])
    assert [u.reason for u in unmet_targets(r)] == ["operating_minimum", "dead_storage",
                                                    "dead_storage"]


def test_a_schedule_reservoir_without_zones_is_unchanged():
    plain = simulate(_one_dam([10, 0, 5], [15, 15, 15], dead=10, initial=30))
    zoned = simulate(_one_dam([10, 0, 5], [15, 15, 15], dead=10, initial=30,
                              operating_minimum_mcm=10))
    assert_allclose(plain.series("release_mcm", "dam"), [15, 15, 5])
    np.testing.assert_array_equal(plain.release_mcm, zoned.release_mcm)


def test_overrides_refuse_unknown_and_wrong_kind_ids():
    import pytest

    s = _one_dam([10, 10, 10], [5, 5, 5])
    with pytest.raises(ValueError, match="no node 'Dam' in the network .did you mean 'dam'"):
        simulate(s, release_mcm={"Dam": [1, 1, 1]})
    with pytest.raises(ValueError, match="'river' is not a reservoir"):
        simulate(s, release_mcm={"river": [1, 1, 1]})
    with pytest.raises(ValueError, match="'dam' is not an inflow node"):
        simulate(s, inflows={"dam": [1, 1, 1]})
    with pytest.raises(ValueError, match="no node 'rivr'"):
        simulate(s, inflows={"rivr": [1, 1, 1]})
    guided = _one_dam([10, 10, 10], [5, 5, 5], rule=OperatingRule(
        kind=RuleKind.GUIDE_CURVE, guide_curve_mcm=(50.0, 50.0, 50.0)))
    with pytest.raises(ValueError, match="follows its operating rule"):
        simulate(guided, release_mcm={"dam": [1, 1, 1]})
    assert_allclose(simulate(s, release_mcm={"dam": [1, 2, 3]}).series("release_mcm", "dam"),
                    [1, 2, 3])
