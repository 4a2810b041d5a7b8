"""The per-country summary by ICWC season: shares, limits, flow formation, energy ledger."""

from __future__ import annotations

import json
from dataclasses import replace

import numpy as np
import pytest

from tests.engine.build import demand, inflow, junction, link, reservoir, sink
from tests.engine.build import scenario as build
from waterplanner.engine.countries_summary import UNASSIGNED, countries_summary, has_country_data
from waterplanner.engine.simulate import simulate
from waterplanner.model import validate_scenario
from waterplanner.model.countries import Country, EnergyExchange, Season
from waterplanner.model.fileio import load_shipped_scenario
from waterplanner.model.lav import LevelAreaVolume
from waterplanner.model.nodes import HydropowerPlant, RunOfRiverPlant

SHARES = {"UZ": 0.5, "KG": 0.3, "TJ": 0.2}


def _valley(months: int = 12, **scenario_kw):
    """Two rivers (KG, and one of no country) feed a shared valley (UZ/KG/TJ, with a lossy
    intake), a KZ demand below and a demand of no country; a KG dam makes power and a UZ
    run-of-river plant sits on the reach below it."""
    lav = LevelAreaVolume(level_m=(200.0, 220.0), area_km2=(0.0, 0.0), volume_mcm=(0.0, 1000.0))
    plant = HydropowerPlant(turbine_capacity_m3s=1000.0, installed_mw=1e6, efficiency=0.9,
                            tailwater_level_m=110.0)
    ror = RunOfRiverPlant(id="ror", name="Weir plant", head_m=20.0, turbine_capacity_m3s=500.0,
                          installed_mw=100.0, efficiency=0.9, country="UZ")
    wet = [300.0 if m in range(6, 9) else 120.0 for m in range(months)]
    nodes = [inflow("naryn", wet, country="KG"), inflow("brook", [10.0] * months),
             reservoir("dam", months, capacity=1000, initial=500, lav=lav, hydropower=plant,
                       country="KG"),
             junction("weir"),
             demand("valley", [80.0] * months, country_shares=SHARES),
             demand("steppe", [40.0] * months, country="KZ"),
             demand("orphan", [5.0] * months), sink()]
    links = [link("naryn", "dam"), link("dam", "weir", plants=(ror,)), link("brook", "weir"),
             link("weir", "valley", loss_fraction=0.1), link("weir", "steppe"),
             link("weir", "orphan"), link("weir", "sea"), link("valley", "sea"),
             link("steppe", "sea"), link("orphan", "sea")]
    s = build(nodes, links, {"dam": [130.0] * months})
    s = replace(s, **scenario_kw)
    assert not validate_scenario(s)
    return s


def test_a_shared_demand_is_split_by_its_shares_and_sums_back_to_its_withdrawal():
    r = simulate(_valley())
    c = countries_summary(r)
    valley = r.series("withdrawal_mcm", "valley")
    assert valley.sum() > r.series("delivery_mcm", "valley").sum(), "the intake loses 10 %"
    for code, share in SHARES.items():
        for span in c.spans:
            part = valley[span.first_period:span.first_period + span.periods].sum()
            expected = share * part + (r.series("withdrawal_mcm", "steppe")[
                span.first_period:span.first_period + span.periods].sum() if code == "KZ" else 0)
            assert c.row(code, span.index).withdrawal_mcm == pytest.approx(expected)
    assert sum(c.totals_of(k).withdrawal_mcm for k in SHARES) == pytest.approx(valley.sum())


def test_the_rows_withdrawals_sum_to_the_total_withdrawal_nothing_dropped():
    r = simulate(_valley())
    c = countries_summary(r)
    assert c.codes == ["KG", "KZ", "TJ", "UZ", UNASSIGNED]
    assert c.totals_of(UNASSIGNED).withdrawal_mcm == pytest.approx(
        r.series("withdrawal_mcm", "orphan").sum())
    total = r.withdrawal_mcm[0].sum()
    assert sum(row.withdrawal_mcm for row in c.rows) == pytest.approx(total)
    assert c.basin_withdrawal_mcm == pytest.approx(total)
    for field in ("demand_mcm", "delivery_mcm", "shortfall_mcm"):
        assert sum(getattr(row, field) for row in c.rows) == pytest.approx(
            getattr(r, field)[0].sum())


def test_percent_of_limit_per_season_and_none_without_a_limit():
    s = _valley(countries=(Country(code="KZ", vegetation_limit_mcm=120.0,
                                   non_vegetation_limit_mcm=480.0),
                           Country(code="UZ", name="O'zbekiston", vegetation_limit_mcm=150.0)))
    c = countries_summary(simulate(s))
    assert c.codes[:2] == ["KZ", "UZ"], "declared countries first, in their order"
    assert c.name("UZ") == "O'zbekiston" and c.name("KG") == "Kyrgyzstan"
    winter, summer = c.spans
    kz_w, kz_s = c.row("KZ", winter.index), c.row("KZ", summer.index)
    assert kz_w.limit_mcm == 480.0 and kz_s.limit_mcm == 120.0
    assert kz_w.withdrawal_mcm == pytest.approx(240.0)
    assert kz_w.limit_pct == pytest.approx(50.0) and not kz_w.over_limit
    assert kz_s.limit_pct == pytest.approx(200.0) and kz_s.over_limit
    uz_s = c.row("UZ", summer.index)
    assert uz_s.limit_pct == pytest.approx(100.0 * uz_s.withdrawal_mcm / 150.0)
    assert c.row("UZ", winter.index).limit_mcm is None
    assert c.row("UZ", winter.index).limit_pct is None
    assert c.row("TJ", summer.index).limit_pct is None


def test_flow_formation_sums_to_the_basins_inflow_by_country_of_origin():
    r = simulate(_valley())
    c = countries_summary(r)
    local = r.local_inflow_mcm[0]
    for span in c.spans:
        rows = [c.row(k, span.index) for k in c.codes]
        sl = slice(span.first_period, span.first_period + span.periods)
        assert sum(x.formed_mcm for x in rows) == pytest.approx(local[:, sl].sum())
        assert sum(x.formed_pct or 0.0 for x in rows) == pytest.approx(100.0)
        assert c.row(UNASSIGNED, span.index).formed_mcm == pytest.approx(10.0 * 6)
        assert c.row("KG", span.index).formed_mcm == pytest.approx(
            r.series("local_inflow_mcm", "naryn")[sl].sum())
    assert c.basin_formed_mcm == pytest.approx(local.sum())
    assert c.row("UZ", 0).formed_pct == 0.0


def test_energy_by_country_counts_dams_and_run_of_river_plants():
    r = simulate(_valley())
    c = countries_summary(r)
    dam = r.series("energy_mwh", "dam")
    ror = r.series("run_of_river_energy_mwh", "ror")
    assert ror.sum() > 0 and dam.sum() > 0
    winter, summer = c.spans
    assert c.row("KG", winter.index).generated_mwh == pytest.approx(dam[:6].sum())
    assert c.row("UZ", summer.index).generated_mwh == pytest.approx(ror[6:].sum())
    assert c.basin_generated_mwh == pytest.approx(r.summary().energy_gwh * 1000)


def test_the_exchange_ledger_moves_energy_from_supplier_to_receiver_in_its_season():
    x = EnergyExchange(id="x1", supplier="KZ", receiver="KG", energy_gwh=500.0,
                       season=Season.NON_VEGETATION, water_mcm=1000.0,
                       water_season=Season.VEGETATION, note="coal for summer releases")
    c = countries_summary(simulate(_valley(energy_exchanges=(x,))))
    winter, summer = c.spans
    kg, kz = c.row("KG", winter.index), c.row("KZ", winter.index)
    assert kg.received_mwh == 500_000.0 and kg.supplied_mwh == 0.0
    assert kz.supplied_mwh == 500_000.0
    assert kg.net_energy_mwh == pytest.approx(kg.generated_mwh + 500_000.0)
    assert kz.net_energy_mwh == pytest.approx(kz.generated_mwh - 500_000.0)
    assert c.row("KG", summer.index).received_mwh == 0.0
    assert c.exchanges_of("KG") == (x,) and c.exchanges_of("TJ") == ()
    assert c.totals_of("KG").net_energy_mwh == pytest.approx(
        c.totals_of("KG").generated_mwh + 500_000.0)
    assert sum(t.net_energy_mwh for t in c.totals) == pytest.approx(c.basin_generated_mwh)
    d = json.loads(json.dumps(c.to_dict(), allow_nan=False))
    assert d["exchanges"][0] == {"id": "x1", "supplier": "KZ", "receiver": "KG",
                                 "energy_gwh": 500.0, "season": "non_vegetation",
                                 "water_mcm": 1000.0, "water_season": "vegetation",
                                 "note": "coal for summer releases"}


def test_an_exchange_in_a_partial_season_counts_for_the_days_covered():
    x = EnergyExchange(id="x1", supplier="UZ", receiver="KG", energy_gwh=182.0,
                       season=Season.NON_VEGETATION)
    c = countries_summary(simulate(_valley(months=3, energy_exchanges=(x,))))
    (winter,) = c.spans
    assert winter.partial and winter.covered_fraction == pytest.approx(92 / 182)
    assert c.row("KG", 0).received_mwh == pytest.approx(92_000.0)


def test_without_declared_countries_the_rows_are_the_nodes_countries():
    scenario = replace(load_shipped_scenario(), countries=())
    assert has_country_data(scenario)
    r = simulate(scenario)
    c = countries_summary(r)
    assert c.codes == ["KG", "KZ", "TJ", "UZ"]
    assert len(c.rows) == 4 * 2
    s = r.summary()
    for code in c.codes:
        t = c.totals_of(code)
        assert t.generated_mwh == pytest.approx(s.country(code).energy_gwh * 1000)
        if any(d.country == code for d in s.demands):
            assert t.delivery_mcm == pytest.approx(s.country(code).delivery_mcm)
    assert all(row.limit_mcm is None and row.limit_pct is None for row in c.rows)


def test_a_scenario_with_no_countries_at_all_has_one_unassigned_row_per_season():
    s = build([inflow("river", [100.0, 50.0]), junction("j"), demand("farm", [30.0, 30.0]),
               sink()],
              [link("river", "j"), link("j", "farm"), link("j", "sea"), link("farm", "sea")])
    assert not has_country_data(s)
    c = countries_summary(simulate(s))
    assert c.codes == [UNASSIGNED]
    assert c.rows[0].withdrawal_mcm == pytest.approx(60.0)
    assert c.rows[0].formed_pct == pytest.approx(100.0)


def test_an_ensemble_gives_the_member_mean_or_one_member():
    s = _valley()
    naryn = np.array([s.node("naryn").inflow_mcm["median"],  # type: ignore[union-attr]
                      [0.0] * 12])
    r = simulate(s, inflows={"naryn": naryn})
    mean, first, second = countries_summary(r), countries_summary(r, 0), countries_summary(r, 1)
    assert mean.member is None and mean.to_dict()["member"] == "mean"
    for a, b, m in zip(first.rows, second.rows, mean.rows, strict=True):
        assert m.withdrawal_mcm == pytest.approx((a.withdrawal_mcm + b.withdrawal_mcm) / 2)
        assert m.formed_mcm == pytest.approx((a.formed_mcm + b.formed_mcm) / 2)
    assert first.row("KG", 1).formed_mcm > second.row("KG", 1).formed_mcm == 0.0
    short = r.shortfall_mcm[1, r.node_index("valley")].sum()
    assert short > 0, "without the Naryn the valley goes short"
    assert second.totals_of("TJ").shortfall_mcm == pytest.approx(0.2 * short)
    with pytest.raises(ValueError, match="member 2 does not exist"):
        countries_summary(r, 2)


def test_to_dict_is_strict_json_with_seasons_rows_and_totals():
    c = countries_summary(simulate(_valley()))
    d = json.loads(json.dumps(c.to_dict(), allow_nan=False))
    assert [s["label"] for s in d["seasons"]] == ["Oct 2025–Mar 2026", "Apr 2026–Sep 2026"]
    assert len(d["rows"]) == len(c.codes) * 2 and len(d["totals"]) == len(c.codes)
    assert d["rows"][0]["limit_mcm"] is None and d["rows"][0]["span"] == 0
    assert d["countries"][0] == {"code": "KG", "name": "Kyrgyzstan",
                                 "vegetation_limit_mcm": None, "non_vegetation_limit_mcm": None}
