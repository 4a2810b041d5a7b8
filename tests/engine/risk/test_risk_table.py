"""The risk table of a hand-made ensemble (see hand_ensemble.py): every number by hand."""

from __future__ import annotations

import numpy as np
import pytest

from tests.engine.risk.hand_ensemble import ENERGY_PER_MCM_DAY_MWH, INFLOWS, hand_scenario
from waterplanner.engine.risk import (
    RiskOptions,
    merge_all,
    risk_layout,
    risk_of,
    run_ensemble,
    summarise,
    table_of,
)
from waterplanner.engine.simulate import simulate
from waterplanner.model.fileio import load_shipped_scenario


@pytest.fixture(scope="module")
def results():
    return simulate(hand_scenario(), inflows=INFLOWS)


def test_the_hand_ensemble_runs_as_worked_out(results):
    np.testing.assert_allclose(results.shortfall_mcm[:, results.node_index("farm")],
                               [[0, 6, 0], [5, 5, 0], [0, 0, 0], [10, 0, 8]], atol=1e-9)
    np.testing.assert_allclose(results.storage_mcm[:, results.node_index("dam")],
                               [[50, 50, 50], [40, 30, 20], [45, 40, 35], [60, 70, 80]],
                               atol=1e-9)
    np.testing.assert_allclose(results.spill_mcm[:, results.node_index("aral")].sum(axis=1),
                               [0, 5, 5, 0], atol=1e-9)


def test_per_demand(results):
    t = risk_of(results)
    farm = t.demand("farm")
    assert farm.p_short_over_threshold == pytest.approx(3 / 4)   # 20 %, 33 %, 0, 60 %
    assert farm.reliability == pytest.approx(7 / 12)
    assert farm.resilience == pytest.approx(3 / 4)
    assert farm.vulnerability_mcm == pytest.approx(34 / 5)
    assert farm.vulnerability_pct == pytest.approx(68.0)
    town = t.demand("town")                                       # member 3 gets nothing
    assert town.p_short_over_threshold == pytest.approx(1 / 4)
    assert town.reliability == pytest.approx(9 / 12)
    assert town.resilience == 0.0                                 # never recovers
    assert town.vulnerability_mcm == pytest.approx(10.0)


def test_per_country(results):
    t = risk_of(results)
    assert [c.id for c in t.countries] == ["KZ", "UZ"]
    uz = t.country("UZ")                      # half the farm: the farm's pattern
    assert uz.demand_mcm == pytest.approx(15.0)
    assert (uz.p_short_over_threshold, uz.reliability, uz.resilience) == \
        pytest.approx((3 / 4, 7 / 12, 3 / 4))
    assert uz.vulnerability_mcm == pytest.approx(3.4)
    kz = t.country("KZ")                      # half the farm + the town, 15 a day
    # shortfalls: [0, 3, 0] 6.7 %; [2.5, 2.5, 0] 11.1 %; 0; [15, 10, 14] 86.7 %
    assert kz.p_short_over_threshold == pytest.approx(2 / 4)
    assert kz.reliability == pytest.approx(6 / 12)
    assert kz.resilience == pytest.approx(2 / 5)
    assert kz.vulnerability_mcm == pytest.approx(47 / 6)
    assert kz.vulnerability_pct == pytest.approx(100 * 47 / 15 / 6)


def test_events(results):
    t = risk_of(results)
    below = t.event("below_operating_minimum", "dam")      # members 1 (2 days) and 2 (1)
    assert (below.probability, below.mean_amount) == pytest.approx((0.5, 0.75))
    spills = t.event("lake_spills", "aral")                # members 1 and 2, 5 Mm³ each
    assert (spills.probability, spills.mean_amount) == pytest.approx((0.5, 2.5))
    surplus = t.event("receives_from", "ja__sea")          # only member 2 has a surplus
    assert (surplus.probability, surplus.mean_amount) == pytest.approx((0.25, 7.5))
    assert t.event("receives_from", "dam__sea").probability == 1.0
    assert t.event("sink_receives", "ocean").probability == 0.5
    more = risk_of(results, RiskOptions(sink_more_than_mcm=20.0))
    assert more.event("receives_from", "ja__sea").probability == 0.25   # 30 > 20
    assert more.event("receives_from", "dam__sea").probability == 1.0   # 30 > 20
    assert more.event("sink_receives", "ocean").probability == 0.0


def test_energy_quantiles(results):
    t = risk_of(results)
    assert [e.country for e in t.energy] == ["TJ", "TJ"]
    winter, summer = t.energy
    assert winter.span.label == "Oct 2025–Mar 2026" and summer.span.label == "Apr 2026–Sep 2026"
    e = ENERGY_PER_MCM_DAY_MWH / 1000.0  # GWh per day per Mm³/day; members give 1, 2, 3, 4
    for row, days in ((winter, 2), (summer, 1)):
        assert row.exact
        assert (row.p10_gwh, row.p50_gwh, row.p90_gwh, row.mean_gwh) == \
            pytest.approx((1.3 * days * e, 2.5 * days * e, 3.7 * days * e, 2.5 * days * e))


def test_energy_from_the_histogram_when_too_many_members_to_keep(results):
    t = risk_of(results, RiskOptions(exact_values_limit=1, energy_bins=100_000))
    e = ENERGY_PER_MCM_DAY_MWH / 1000.0
    winter = t.energy[0]
    assert not winter.exact
    # read from the cumulative count, within one bin of the exact order statistics
    assert winter.p50_gwh == pytest.approx(2 * 2 * e, rel=1e-3)


def test_threshold_is_configurable(results):
    assert risk_of(results, RiskOptions(threshold_pct=25)).demand("farm") \
        .p_short_over_threshold == 0.5


def test_chunks_give_the_whole(results):
    s = hand_scenario()
    layout = risk_layout(s, 4)
    whole = table_of(summarise(results, layout), layout)

    def source(a, b):
        return {k: v[a:b] for k, v in INFLOWS.items()}

    for size in (1, 3):
        assert table_of(run_ensemble(s, source, layout, chunk=size), layout) == whole
    parts = [summarise(simulate(s, inflows=source(a, a + 1)), layout, a) for a in range(4)]
    assert table_of(merge_all(parts[::-1]), layout) == whole


def test_one_member_reliability_is_the_summary_s():
    s = load_shipped_scenario()
    r = simulate(s, "dry")
    t = risk_of(r)
    for d in r.summary().demands:
        assert 100 * t.demand(d.node_id).reliability == pytest.approx(d.reliability_pct)


def test_options_refuse_nonsense():
    with pytest.raises(ValueError, match="threshold"):
        RiskOptions(threshold_pct=120)
