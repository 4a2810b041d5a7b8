"""The planning calendar: period lengths, exact unit conversion, labels and seasons."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from waterplanner.model.timebase import (
    SECONDS_PER_DAY,
    Step,
    TimeBase,
    fits_calendar,
    is_period_start,
    next_period_start,
)

DAYS_2023 = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
DAYS_2024 = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


# --- monthly ---------------------------------------------------------------------------
@pytest.mark.parametrize(("year", "expected"), [(2023, DAYS_2023), (2024, DAYS_2024)])
def test_month_lengths_including_february(year: int, expected: list[int]) -> None:
    tb = TimeBase(Step.MONTH, date(year, 1, 1), 12)
    assert tb.days.tolist() == expected
    assert tb.seconds.tolist() == [d * SECONDS_PER_DAY for d in expected]
    assert tb.end == date(year + 1, 1, 1)


@pytest.mark.parametrize(("year", "feb_days"), [(1900, 28), (2000, 29), (2100, 28), (2028, 29)])
def test_february_follows_the_gregorian_leap_rule(year: int, feb_days: int) -> None:
    assert TimeBase(Step.MONTH, date(year, 2, 1), 1).days.tolist() == [feb_days]


def test_monthly_horizon_crosses_the_year_end() -> None:
    tb = TimeBase(Step.MONTH, date(2025, 10, 1), 6)
    assert tb.starts == tuple(date(y, m, 1) for y, m in
                              [(2025, 10), (2025, 11), (2025, 12), (2026, 1), (2026, 2), (2026, 3)])
    assert tb.end == date(2026, 4, 1)
    assert tb.months.tolist() == [10, 11, 12, 1, 2, 3]
    assert len(tb.boundaries) == tb.periods + 1


# --- dekads ----------------------------------------------------------------------------
@pytest.mark.parametrize(("year", "month", "third"), [
    (2023, 2, 8), (2024, 2, 9), (2025, 4, 10), (2025, 6, 10), (2025, 1, 11), (2025, 12, 11),
])
def test_dekads_are_1_to_10_11_to_20_and_21_to_month_end(year: int, month: int, third: int) -> None:
    tb = TimeBase(Step.DEKAD, date(year, month, 1), 3)
    assert tb.starts == (date(year, month, 1), date(year, month, 11), date(year, month, 21))
    assert tb.days.tolist() == [10, 10, third]
    assert tb.days.sum() == calendar.monthrange(year, month)[1]


def test_a_year_of_dekads_has_36_periods_and_365_or_366_days() -> None:
    for year, total in ((2023, 365), (2024, 366)):
        tb = TimeBase(Step.DEKAD, date(year, 1, 1), 36)
        assert tb.end == date(year + 1, 1, 1)
        assert tb.days.sum() == total
        assert set(tb.days.tolist()) <= {8, 9, 10, 11}
    assert TimeBase.periods_per_year(Step.DEKAD) == 36
    assert TimeBase.periods_per_year("month") == 12
    assert TimeBase.periods_per_year(Step.DAY) == 365


@pytest.mark.parametrize("day", [1, 11, 21])
def test_dekads_may_start_on_any_dekad(day: int) -> None:
    tb = TimeBase(Step.DEKAD, date(2025, 12, day), 4)
    assert tb.starts[0] == date(2025, 12, day)
    # whatever the first dekad, the periods tile the calendar without gaps
    for a, b, n in zip(tb.boundaries, tb.boundaries[1:], tb.days):
        assert (b - a).days == n


# --- daily -----------------------------------------------------------------------------
def test_daily_periods_are_one_day_each_across_a_leap_day() -> None:
    tb = TimeBase(Step.DAY, date(2024, 2, 27), 4)
    assert tb.starts == tuple(date(2024, 2, 27) + timedelta(days=i) for i in range(4))
    assert tb.starts[2] == date(2024, 2, 29)
    assert tb.days.tolist() == [1, 1, 1, 1]
    assert tb.hours.tolist() == [24, 24, 24, 24]


# --- exact conversion ------------------------------------------------------------------
def test_100_m3s_over_a_31_day_month_is_267_84_mcm() -> None:
    tb = TimeBase(Step.MONTH, date(2025, 1, 1), 1)
    assert tb.m3s_to_mcm(100.0).tolist() == [267.84]


@pytest.mark.parametrize("year", [2023, 2024])
def test_m3s_to_mcm_is_exact_for_every_month(year: int) -> None:
    tb = TimeBase(Step.MONTH, date(year, 1, 1), 12)
    days = DAYS_2023 if year == 2023 else DAYS_2024
    # 1 m³/s for one day is exactly 0.0864 Mm³
    expected = {28: 2.4192, 29: 2.5056, 30: 2.592, 31: 2.6784}
    got = tb.m3s_to_mcm(1.0)
    assert got.tolist() == [expected[d] for d in days]


@pytest.mark.parametrize("year", [2023, 2024])
def test_m3s_to_mcm_is_exact_for_every_dekad(year: int) -> None:
    tb = TimeBase(Step.DEKAD, date(year, 1, 1), 36)
    expected = {8: 69.12, 9: 77.76, 10: 86.4, 11: 95.04}  # 100 m³/s
    got = tb.m3s_to_mcm(np.full(36, 100.0))
    assert got.tolist() == [expected[int(d)] for d in tb.days]
    assert got[5] == (69.12 if year == 2023 else 77.76)  # 3rd dekad of February


def test_conversion_takes_one_value_per_period_and_inverts() -> None:
    tb = TimeBase(Step.DEKAD, date(2024, 2, 1), 3)
    flows = np.array([100.0, 200.0, 300.0])
    vol = tb.m3s_to_mcm(flows)
    assert vol.tolist() == [86.4, 172.8, 300 * 9 * 86400 / 1e6]
    np.testing.assert_allclose(tb.mcm_to_m3s(vol), flows, rtol=0, atol=1e-12)
    assert tb.mcm_to_m3s(86.4).tolist() == [100.0, 100.0, 86.4e6 / (9 * 86400)]


def test_period_arrays_are_read_only() -> None:
    tb = TimeBase(Step.MONTH, date(2025, 1, 1), 3)
    for arr in (tb.days, tb.seconds, tb.hours, tb.months, tb.is_winter):
        with pytest.raises(ValueError):
            arr[0] = 0


# --- labels and seasons ----------------------------------------------------------------
def test_labels_for_each_step() -> None:
    assert TimeBase(Step.MONTH, date(2025, 10, 1), 4).labels() == [
        "Oct 2025", "Nov 2025", "Dec 2025", "Jan 2026"]
    assert TimeBase(Step.DEKAD, date(2026, 5, 11), 3).labels() == [
        "May 2026 d2", "May 2026 d3", "Jun 2026 d1"]
    assert TimeBase(Step.DAY, date(2026, 5, 14), 2).labels() == ["2026-05-14", "2026-05-15"]


def test_a_century_of_days_has_the_right_starts_labels_and_lengths() -> None:
    tb = TimeBase(Step.DAY, date(2025, 10, 1), 36_500)
    starts, labels = tb.starts, tb.labels()
    assert len(starts) == len(labels) == 36_500
    assert starts[0] == date(2025, 10, 1)
    assert starts[1_000] == date(2025, 10, 1) + timedelta(days=1_000) == date(2028, 6, 27)
    assert labels[1_000] == tb.label(1_000) == "2028-06-27"
    assert tb.label(-1) == labels[-1] == starts[-1].isoformat() == "2125-09-06"
    assert tb.end == date(2125, 9, 7)
    assert "2028-02-29" in labels and "2100-02-29" not in labels
    assert tb.days.sum() == 36_500 and set(tb.days.tolist()) == {1.0}
    assert tb.iso_starts[36_499] == "2125-09-06"


def test_long_monthly_and_dekad_labels() -> None:
    months = TimeBase(Step.MONTH, date(2025, 10, 1), 1_200)
    assert months.label(0) == "Oct 2025" and months.label(1_199) == "Sep 2125"
    assert months.labels()[603] == "Jan 2076"
    dekads = TimeBase(Step.DEKAD, date(2025, 10, 21), 3_600)
    assert dekads.labels()[:2] == ["Oct 2025 d3", "Nov 2025 d1"]
    assert dekads.label(3_599) == "Oct 2125 d2"


def test_per_period_sequences_are_computed_once_and_shared() -> None:
    # the same object on every call: a look-up never copies the horizon (labels() was
    # quadratic when label(i) rebuilt the tuple of starts)
    tb = TimeBase(Step.DAY, date(2025, 10, 1), 36_500)
    assert tb.starts is tb.starts
    assert tb.boundaries is tb.boundaries
    assert tb.iso_starts is tb.iso_starts
    assert tb.seconds is tb.seconds and tb.days is tb.days
    assert tb.labels() == tb.labels() and tb.labels() is not tb.labels()  # callers may edit
    with pytest.raises(AttributeError):
        tb.periods = 3  # type: ignore[misc]  # still frozen


@settings(max_examples=60, deadline=None)
@given(step=st.sampled_from(list(Step)), year=st.integers(1900, 2200),
       month=st.integers(1, 12), dekad=st.integers(0, 2), periods=st.integers(1, 400))
def test_labels_and_starts_follow_the_calendar(step: Step, year: int, month: int, dekad: int,
                                               periods: int) -> None:
    start = date(year, month, 1 + 10 * dekad if step is not Step.MONTH else 1)
    tb = TimeBase(step, start, periods)
    for i in range(periods):
        d = tb.starts[i]
        assert tb.boundaries[i + 1] == next_period_start(step, d)
        assert tb.days[i] == (tb.boundaries[i + 1] - d).days
        expected = {Step.DAY: d.isoformat(),
                    Step.MONTH: f"{calendar.month_abbr[d.month]} {d.year}",
                    Step.DEKAD: f"{calendar.month_abbr[d.month]} {d.year} "
                                f"d{(d.day - 1) // 10 + 1}"}[step]
        assert tb.label(i) == expected


def test_winter_is_october_to_march_and_summer_the_rest() -> None:
    tb = TimeBase(Step.MONTH, date(2025, 1, 1), 12)
    winter = [True, True, True, False, False, False, False, False, False, True, True, True]
    assert tb.is_winter.tolist() == winter
    assert tb.is_summer.tolist() == [not w for w in winter]


def test_dekad_season_follows_the_month_it_starts_in() -> None:
    tb = TimeBase(Step.DEKAD, date(2025, 3, 21), 2)
    assert tb.is_winter.tolist() == [True, False]


@pytest.mark.parametrize(("start_month", "d", "water_year"), [
    (10, date(2025, 9, 30), 2025), (10, date(2025, 10, 1), 2026), (1, date(2025, 12, 1), 2025),
    (4, date(2025, 4, 1), 2026), (4, date(2025, 3, 31), 2025),
])
def test_water_year_is_named_by_the_year_it_ends_in(start_month: int, d: date,
                                                     water_year: int) -> None:
    tb = TimeBase(Step.MONTH, date(2025, 1, 1), 1, water_year_start_month=start_month)
    assert tb.water_year(d) == water_year


# --- refusals --------------------------------------------------------------------------
@pytest.mark.parametrize(("step", "start"), [
    (Step.MONTH, date(2025, 10, 2)), (Step.MONTH, date(2025, 10, 11)),
    (Step.DEKAD, date(2025, 10, 2)), (Step.DEKAD, date(2025, 10, 10)),
    (Step.DEKAD, date(2025, 10, 31)),
])
def test_a_start_that_does_not_begin_a_period_is_refused(step: Step, start: date) -> None:
    assert not is_period_start(step, start)
    with pytest.raises(ValueError, match="does not start a"):
        TimeBase(step, start, 3)


def test_other_bad_time_bases_are_refused() -> None:
    with pytest.raises(ValueError, match="at least one period"):
        TimeBase(Step.MONTH, date(2025, 1, 1), 0)
    with pytest.raises(ValueError):
        TimeBase("fortnight", date(2025, 1, 1), 3)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="1-12"):
        TimeBase(Step.MONTH, date(2025, 1, 1), 3, water_year_start_month=13)


def test_with_periods_keeps_the_calendar() -> None:
    tb = TimeBase(Step.DEKAD, date(2025, 4, 11), 3, water_year_start_month=4)
    longer = tb.with_periods(10)
    assert (longer.step, longer.start, longer.periods, longer.water_year_start_month) == (
        Step.DEKAD, date(2025, 4, 11), 10, 4)
    assert longer.starts[:3] == tb.starts


@pytest.mark.parametrize(("step", "start", "fits", "too_many"), [
    (Step.MONTH, date(9999, 1, 1), 11, 12),
    (Step.DEKAD, date(9999, 12, 11), 1, 2),
    (Step.DAY, date(9999, 12, 30), 1, 2),
])
def test_a_horizon_must_end_by_the_year_9999(step: Step, start: date, fits: int,
                                            too_many: int) -> None:
    # the exclusive end date must exist, or every use of the calendar would crash later
    assert fits_calendar(step, start, fits)
    assert TimeBase(step, start, fits).end in (date(9999, 12, 1), date(9999, 12, 21),
                                               date(9999, 12, 31))
    assert not fits_calendar(step, start, too_many)
    with pytest.raises(ValueError, match="run past the year 9999"):
        TimeBase(step, start, too_many)
