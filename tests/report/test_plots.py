"""Plots a minister can read: the legend above the panels (never over the data), the baseline
listed only when one is drawn, axis labels that never overlap, and empty panels said to be
empty instead of a scaled axis of nothing."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pytest
from helpers import section_text, stretched_to_days
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QBuffer, QIODevice, QRectF
from PySide6.QtGui import QPainter, QPdfWriter

from waterplanner.engine.simulate import simulate
from waterplanner.model.timebase import Step, TimeBase
from waterplanner.report import write_report
from waterplanner.report.flow import Ctx, Figure
from waterplanner.report.inputs import ReportInputs
from waterplanner.report.plots import (
    Legend,
    Line,
    Panel,
    _y_range,
    draw_panel,
    fmt_tick,
    nice_ticks,
    x_label_boxes,
)
from waterplanner.report.results_plots import plots_section
from waterplanner.report.timeaxis import report_time


@pytest.fixture(scope="module")
def ctx(gui_app) -> Ctx:  # type: ignore[no-untyped-def]
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    buffer.setParent(writer)
    writer.setResolution(300)
    return Ctx(writer)


def legends(blocks: list) -> list[list[str]]:  # type: ignore[type-arg]
    return [[label for _, _, label in b.entries] for b in blocks if isinstance(b, Legend)]


def test_every_figure_has_its_legend_above_it(energy, energy_results) -> None:
    blocks = plots_section(ReportInputs(energy, energy_results))
    figures = [k for k, b in enumerate(blocks) if isinstance(b, Figure)]
    assert figures
    for k in figures:
        assert isinstance(blocks[k - 1], Legend)  # a block of its own: outside the panels


def test_baseline_listed_only_when_drawn(energy, energy_results, irrigation_results) -> None:
    alone = legends(plots_section(ReportInputs(energy, energy_results)))
    assert alone and not any("baseline" in e for entries in alone for e in entries)
    both = legends(plots_section(ReportInputs(energy, energy_results, irrigation_results)))
    assert all("baseline" in entries for entries in both)
    # a baseline on another time base is not drawn, so not listed either
    daily = stretched_to_days(energy, 400)
    other = legends(plots_section(ReportInputs(energy, energy_results,
                                               simulate(daily, "median"))))
    assert not any("baseline" in entries for entries in other)


def test_spill_listed_only_when_some_reservoir_spills(energy, energy_results) -> None:
    blocks = plots_section(ReportInputs(energy, energy_results))
    spills = any(energy_results.series("spill_mcm", r.id).max() > 1e-6 for r in energy.reservoirs)
    entries = legends(blocks)
    assert any("spill" in e for e in entries) == spills
    dry = replace(energy, release_schedules={k: tuple(v * 0.5 for v in s) for k, s in
                                             energy.release_schedules.items()})
    results = simulate(dry, "median")
    assert any(results.series("spill_mcm", r.id).max() > 1e-6 for r in dry.reservoirs)
    assert any("spill" in e for e in legends(plots_section(ReportInputs(dry, results))))


@settings(max_examples=80, deadline=None)
@given(st.sampled_from([Step.MONTH, Step.DEKAD, Step.DAY]), st.integers(1, 4000),
       st.integers(0, 365), st.floats(120.0, 520.0))
def test_x_labels_never_overlap(ctx: Ctx, step: Step, periods: int, offset: int,
                                width_pt: float) -> None:
    start = date(2021, 1, 1) + timedelta(days=offset)
    start = start.replace(day=1) if step is not Step.DAY else start
    if step is Step.MONTH:
        periods = min(periods, 600)
    axis = report_time(TimeBase(step, start, periods))
    width = ctx.pt(width_pt)
    boxes = x_label_boxes(ctx, axis, 0.0, width)
    for (left, w, _), (next_left, _, _) in itertools.pairwise(boxes):
        assert left + w <= next_left + 1e-6
    assert all(left >= 0 and left + w <= width + ctx.pt(4) + 1e-6 for left, w, _ in boxes)
    if float(axis.edges_days[-1]) >= 62:
        assert boxes  # a horizon of two months or more has at least one label


@settings(max_examples=200, deadline=None)
@given(st.floats(-1e7, 1e7), st.floats(1e-7, 1e7))
def test_tick_labels_are_plain_and_distinct(lo: float, width: float) -> None:
    ticks = nice_ticks(lo, lo + width, 5)
    step = ticks[1] - ticks[0]
    text = [fmt_tick(v, step) for v in ticks]
    assert len(set(text)) == len(text), text
    assert not any("e" in t.lower() for t in text), text


@pytest.mark.parametrize("values", [np.zeros(12), np.full(12, 3e-9), np.full(12, np.nan)])
def test_an_empty_panel_says_so(ctx: Ctx, values: np.ndarray) -> None:
    panel = Panel("Nothing spilled", "m³/s", [Line(values, "#000000")], empty_text="no spill")
    ticks, empty = _y_range(panel)
    assert empty and ticks == [0.0, 1.0]
    texts: list[str] = []

    class Recorder(QPainter):
        def drawText(self, *args):  # type: ignore[no-untyped-def]
            texts.append(str(args[-1]))
            return super().drawText(*args)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    buffer.setParent(writer)
    p = Recorder()
    p.begin(writer)
    axis = report_time(TimeBase(Step.MONTH, date(2025, 10, 1), 12))
    draw_panel(Ctx(writer), p, QRectF(0, 0, 2000, 1200), panel, axis)
    p.end()
    assert "no spill" in texts
    numbers = [t for t in texts if t.replace("\u2009", "").replace(".", "").isdigit()]
    assert numbers == ["0"]  # one tick label, no scaled axis of nothing


def test_report_with_an_empty_demand_panel(gui_app, tmp_path: Path, energy) -> None:
    fergana = energy.node("fergana")
    scn = energy.with_node(replace(fergana, demand_mcm=(0.0,) * energy.time.periods))
    out = tmp_path / "empty.pdf"
    info = write_report(out, scn, simulate(scn, "median"))
    text = section_text(out, info, "Results over time", pages=4)
    assert "no demand" in text
    assert "e-0" not in text and "e+0" not in text


def test_long_horizon_plots_use_years_on_the_axis(ctx: Ctx, energy) -> None:
    daily = stretched_to_days(energy, 3650)
    axis = report_time(daily.time)
    assert axis.unit == "month" and axis.n == 120
    labels = [t for _, _, t in x_label_boxes(ctx, axis, 0.0, ctx.pt(200))]
    assert labels and all(t.isdigit() and 2026 <= int(t) <= 2035 for t in labels)


def test_shortfall_listed_only_when_there_is_one(energy, energy_results) -> None:
    # the median year of the default scenario meets every demand, the dry year does not
    assert energy_results.summary().shortfall_mcm == 0
    assert not any("shortfall" in e for e in legends(plots_section(ReportInputs(
        energy, energy_results))))
    dry = simulate(energy, "dry")
    assert dry.summary().shortfall_mcm > 0
    assert any("shortfall" in e for e in legends(plots_section(ReportInputs(energy, dry))))
    scn = energy
    for node in energy.nodes:
        if hasattr(node, "demand_mcm"):
            scn = scn.with_node(replace(node, demand_mcm=tuple(v * 0.01 for v in node.demand_mcm)))
    results = simulate(scn, "dry")
    assert results.summary().shortfall_mcm == 0
    assert not any("shortfall" in e for e in legends(plots_section(ReportInputs(scn, results))))
