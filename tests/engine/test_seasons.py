"""ICWC seasons of a horizon: runs of periods by the month they start in, partial at the ends."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from waterplanner.engine.seasons import season_spans, season_sums
from waterplanner.model.countries import Season
from waterplanner.model.timebase import Step, TimeBase


def test_a_monthly_october_to_september_year_is_two_whole_seasons():
    spans = season_spans(TimeBase(Step.MONTH, date(2025, 10, 1), 12))
    assert [(s.season, s.water_year, s.first_period, s.periods, s.partial) for s in spans] == [
        (Season.NON_VEGETATION, 2026, 0, 6, False), (Season.VEGETATION, 2026, 6, 6, False)]
    assert [s.label for s in spans] == ["Oct 2025–Mar 2026", "Apr 2026–Sep 2026"]
    assert [s.covered_fraction for s in spans] == [1.0, 1.0]
    assert spans[0].end == spans[1].start == date(2026, 4, 1)


def test_a_daily_series_crossing_the_first_of_april_splits_there_and_is_partial_both_sides():
    spans = season_spans(TimeBase(Step.DAY, date(2026, 3, 25), 14))
    assert [(s.season, s.start, s.end, s.periods) for s in spans] == [
        (Season.NON_VEGETATION, date(2026, 3, 25), date(2026, 4, 1), 7),
        (Season.VEGETATION, date(2026, 4, 1), date(2026, 4, 8), 7)]
    assert all(s.partial for s in spans)
    # 1 Oct 2025 – 31 Mar 2026 is 182 days; 1 Apr – 30 Sep 2026 is 183
    assert spans[0].covered_fraction == pytest.approx(7 / 182)
    assert spans[1].covered_fraction == pytest.approx(7 / 183)


def test_seasons_follow_the_icwc_year_whatever_the_scenarios_water_year():
    spans = season_spans(TimeBase(Step.MONTH, date(2026, 1, 1), 12, water_year_start_month=1))
    assert [(s.label, s.periods, s.partial) for s in spans] == [
        ("Oct 2025–Mar 2026", 3, True), ("Apr 2026–Sep 2026", 6, False),
        ("Oct 2026–Mar 2027", 3, True)]
    assert [s.water_year for s in spans] == [2026, 2026, 2027]


def test_dekads_starting_mid_month_make_a_partial_first_season():
    spans = season_spans(TimeBase(Step.DEKAD, date(2025, 11, 11), 36))
    assert spans[0].partial and spans[0].start == date(2025, 11, 11)
    assert spans[0].periods == 2 + 3 * 4
    assert spans[1].season is Season.VEGETATION and spans[1].periods == 18
    assert sum(s.periods for s in spans) == 36


def test_season_sums_add_the_periods_of_each_season():
    spans = season_spans(TimeBase(Step.MONTH, date(2025, 10, 1), 14))
    values = np.arange(28.0).reshape(2, 14)
    sums = season_sums(values, spans)
    assert sums.shape == (2, 3)
    assert sums[0].tolist() == [sum(range(6)), sum(range(6, 12)), 12 + 13]
    assert sums.sum() == values.sum()
