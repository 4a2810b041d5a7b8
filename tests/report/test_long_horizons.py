"""Long horizons: tables and plots summarised by month (or water year) with the volumes
kept, said so on the page, and bounded work for absurd names."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pytest
from helpers import Written, page_text, section_text, stretched_to_days
from hypothesis import given, settings
from hypothesis import strategies as st

from waterplanner.engine.simulate import simulate
from waterplanner.model.timebase import Step, TimeBase
from waterplanner.report import write_report
from waterplanner.report.builder import lay_out
from waterplanner.report.flow import MAX_CELL_CHARS, Paragraph, Table
from waterplanner.report.formatting import num
from waterplanner.report.timeaxis import MAX_PERIOD_ROWS, report_time


def flat(text: str) -> str:
    return text.replace("\n", " ").replace("\u00a0", " ")


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 3000), st.integers(1, 4000), st.sampled_from([Step.DAY, Step.DEKAD]),
       st.integers(0, 2 ** 31))
def test_aggregates_keep_volumes_flows_and_end_states(offset: int, periods: int, step: Step,
                                                      seed: int) -> None:
    start = date(2020, 1, 1) + timedelta(days=offset)
    if step is Step.DEKAD:
        start = start.replace(day=(min(start.day, 21) - 1) // 10 * 10 + 1)
    tb = TimeBase(step, start, periods)
    axis = report_time(tb)
    rng = np.random.default_rng(seed)
    v = rng.uniform(0, 100, periods)
    if periods <= MAX_PERIOD_ROWS:
        assert axis.unit == "period" and axis.n == periods
    else:
        assert axis.unit in ("month", "year") and axis.n < periods
    assert np.isclose(axis.total(v).sum(), v.sum())
    secs = np.asarray(tb.seconds)
    assert np.isclose((axis.mean_flow(v) * axis.seconds).sum(), (v * secs).sum())
    ends = np.append(axis.first[1:], periods) - 1
    assert np.array_equal(axis.at_end(v), v[ends])
    assert axis.edges_days[-1] == (tb.end - tb.start).days
    assert len(set(axis.labels)) == axis.n
    assert set(np.diff(axis.group).tolist()) <= {0, 1}
    assert np.array_equal(axis.group[axis.first], np.arange(axis.n))


def test_monthly_horizon_keeps_its_periods() -> None:
    tb = TimeBase(Step.MONTH, date(2025, 10, 1), 120)
    assert report_time(tb).unit == "period"
    assert report_time(tb.with_periods(241)).unit == "year"


def test_a_year_of_days_is_one_row_per_month(gui_app, tmp_path: Path, energy,
                                             report: Written) -> None:
    daily = stretched_to_days(energy, 400)
    results = simulate(daily, "median")
    out = tmp_path / "daily.pdf"
    info = write_report(out, daily, results)
    text = flat(section_text(out, info, "Release schedules", pages=4))
    assert "Excel export" in text and "one row or step per month" in text
    assert "Month" in text and "Oct 2025" in text and "1–4 Nov 2026" in text
    assert "2025-10-02" not in text  # no daily rows
    total = float(np.sum(daily.release_schedules["toktogul"]))
    assert num(total).replace("\u00a0", " ") in text
    layout = lay_out(daily, results)
    tables = [i.block for p in layout.pages for i in p.items if isinstance(i.block, Table)]
    schedule_rows = [t for t in tables if t.header[0] == "Month"]
    assert schedule_rows and all(len(t.rows) <= 15 for t in schedule_rows)
    assert info.pages < report.info.pages + 10  # the monthly report of the same network


def test_thirty_years_of_days_are_water_years(gui_app, tmp_path: Path, energy,
                                              report: Written) -> None:
    daily = stretched_to_days(energy, 30 * 365)
    results = simulate(daily, "median")
    out = tmp_path / "thirty.pdf"
    info = write_report(out, daily, results)
    text = flat(section_text(out, info, "Release schedules", pages=2))
    assert "one row or step per water year" in text
    assert "Water year" in text and "2025–26" in text and "2054–55" in text
    # the seasons of the countries tables grow with the years, the rest stays about the same
    assert info.pages < report.info.pages + 15


@pytest.mark.parametrize("where", ["name", "local", "description", "set"])
def test_absurd_names_are_cut_with_an_ellipsis(gui_app, tmp_path: Path, energy,
                                               report: Written, where: str) -> None:
    huge = "Тоқтоғұл-" * 20_000  # 180 000 characters, no space to break at
    scn = energy
    if where == "name":
        scn = scn.with_node(replace(scn.node("toktogul"), name=huge))
        scn = replace(scn, metadata=replace(scn.metadata, name=huge))
    elif where == "local":
        scn = scn.with_node(replace(scn.node("toktogul"), local_name=huge))
    elif where == "description":
        scn = replace(scn, metadata=replace(scn.metadata, description=huge + " end",
                                            author=huge, notes=huge))
    else:
        sets = (replace(scn.inflow_sets[0], label=huge, description=huge),) + scn.inflow_sets[1:]
        scn = replace(scn, inflow_sets=sets)
    out = tmp_path / "absurd.pdf"
    info = write_report(out, scn, simulate(scn, "median"))
    assert info.pages < report.info.pages + 10
    first = page_text(out, 0)
    if where in ("name", "description", "set"):
        assert "…" in first
    assert "Тоқтоғұл-" * 300 not in first.replace("\n", "")
    layout = lay_out(scn, simulate(scn, "median"))
    for page in layout.pages:
        for item in page.items:
            b = item.block
            if isinstance(b, Table):
                assert all(len(c) <= MAX_CELL_CHARS for row in b.rows for c in row)
                assert all(len(h) <= 200 for h in b.header)
            if isinstance(b, Paragraph):
                assert len(b.text) <= 13_000
