"""The plots tell the truth and stay legible: limits from the engine, read-outs that follow
the data and units, legends outside the data, axes whose labels never collide."""

from __future__ import annotations

import itertools
from datetime import date

import numpy as np
import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QFont, QFontMetricsF

from tests.ui.test_schematic_layout import window_at
from waterplanner.engine.limits import release_limits
from waterplanner.model.edits import SetNodeField
from waterplanner.model.timebase import Step, TimeBase
from waterplanner.ui.main_window import MainWindow
from waterplanner.ui.plot_axes import ValueAxis, nice_step, time_labels
from waterplanner.ui.result_plots import ReleasePlot, TimePlot

RELEASES = 1  # the "Releases and spill" tab


def _plot(window: MainWindow, cls: type[TimePlot], node_id: str) -> TimePlot:
    window.plots.update_all()
    return next(p for p in window.plots.plots if isinstance(p, cls) and p.node.id == node_id)


def _set(window: MainWindow, qtbot, node_id: str, field: str, value: object) -> None:
    doc = window.document
    assert doc.apply(SetNodeField(node_id=node_id, field_name=field, value=value,
                                  label=f"Set {field}"))
    qtbot.waitUntil(lambda: window.results.scenario is doc.scenario, timeout=10_000)


def _finite(item) -> np.ndarray:
    y = item.yData
    return np.array([]) if y is None else np.asarray(y)[np.isfinite(y)]


# --- item 1: limits from the engine -----------------------------------------------------
def test_no_maximum_release_is_drawn_as_none_and_turbines_apart(window: MainWindow, qtbot) -> None:
    node = window.document.scenario.node("toktogul")
    assert node.max_release_m3s is None and node.hydropower is not None
    turbine = node.hydropower.turbine_capacity_m3s
    plot = _plot(window, ReleasePlot, "toktogul")
    assert _finite(plot.hi).size == 0, "no maximum release set: none is drawn"
    assert not plot.band.isVisible()
    assert np.allclose(_finite(plot.turbine), turbine)
    assert "turbine capacity" in plot.legend.names()
    assert not any("max" in n for n in plot.legend.names())
    sched = window.schedule.plot
    assert sched.node is not None and sched.node.id == "toktogul"
    assert _finite(sched.hi).size == 0 and np.allclose(_finite(sched.turbine), turbine)
    assert not any("max" in n for n in sched.legend.names())
    assert "max release: unlimited" in plot.hover.text_at(0.5)

    # a maximum set in the inspector is drawn exactly as the kernel applies it
    _set(window, qtbot, "toktogul", "max_release_m3s", 900.0)
    plot = _plot(window, ReleasePlot, "toktogul")
    limits = release_limits(window.results.net, "toktogul")
    assert np.allclose(_finite(plot.hi), limits.max_m3s) and np.allclose(_finite(plot.hi), 900)
    assert plot.band.isVisible() and "min–max release" in plot.legend.names()
    assert np.allclose(_finite(window.schedule.plot.hi), 900)
    assert "min–max release" in window.schedule.plot.legend.names()


# --- item 2: the hover read-out follows data and units ----------------------------------
def _hover(plot: TimePlot, x: float) -> None:
    vb = plot.plot.getViewBox()
    y = sum(vb.viewRange()[1]) / 2
    plot.plot.scene().sigMouseMoved.emit(vb.mapViewToScene(QPointF(x, y)))


def test_hover_readout_follows_new_data_and_units(window: MainWindow, qtbot) -> None:
    window.plots.tabs.setCurrentIndex(RELEASES)
    plot = _plot(window, ReleasePlot, "toktogul")
    may = 7
    _hover(plot, may + 0.5)
    shown = plot.hover.shown_text
    assert shown is not None and shown.startswith("May 2026")
    assert "m³/s" in shown and "baseline" not in shown

    # units switched: the read-out shows the volume in Mm³ at once
    window.units_combo.setCurrentIndex(1)
    volume = window.results.series("release_mcm", "toktogul")[may]
    shown = plot.hover.shown_text
    assert shown is not None and "m³/s" not in shown
    assert f"release: {volume:.0f} Mm³" in shown.replace("\u2009", "") or \
        f"release: {volume:.1f} Mm³" in shown.replace("\u2009", "")

    # a baseline set: it appears in the read-out; an edit then undo: new values each time
    window.set_baseline()
    # on a busy machine the baseline's run finishes in the background
    qtbot.waitUntil(lambda: "baseline:" in (plot.hover.shown_text or ""), timeout=10_000)
    window.schedule.drag_to("toktogul", may, 40.0, token="t")  # 40 Mm³ in volume units
    qtbot.waitUntil(lambda: window.results.scenario is window.document.scenario, timeout=10_000)
    assert "release: 40.0 Mm³" in plot.hover.shown_text
    window.document.undo_stack.undo()
    qtbot.waitUntil(lambda: window.results.scenario is window.document.scenario, timeout=10_000)
    assert "release: 40.0 Mm³" not in plot.hover.shown_text
    window.clear_baseline()
    qtbot.waitUntil(lambda: "baseline:" not in (plot.hover.shown_text or ""), timeout=10_000)

    # the mouse leaves the plot: the read-out goes
    plot.plot.scene().sigMouseMoved.emit(QPointF(-500, -500))
    assert plot.hover.shown_text is None
    window.units_combo.setCurrentIndex(0)
    assert plot.hover.shown_text is None

    # the schedule plot's read-out follows the units too
    sched = window.schedule.plot
    vb = sched.plot.getViewBox()
    sched.plot.scene().sigMouseMoved.emit(vb.mapViewToScene(QPointF(2.5, 10)))
    assert "m³/s" in sched.hover.shown_text
    window.units_combo.setCurrentIndex(1)
    assert "Mm³" in sched.hover.shown_text and "m³/s" not in sched.hover.shown_text


# --- item 3: legends, empty plots, axes -------------------------------------------------
def _all_time_plots(window: MainWindow):
    from PySide6.QtWidgets import QApplication
    for index in range(len(window.plots.TABS)):
        window.plots.tabs.setCurrentIndex(index)  # a tab builds its plots when first shown
        QApplication.processEvents()  # and lays them out before they are painted
    window.plots.update_all()
    return window.plots.plots


def test_legends_sit_outside_the_data_and_list_baseline_only_when_set(window: MainWindow,
                                                                     qtbot) -> None:
    plots = _all_time_plots(window)
    for p in plots:
        legend = p.legend.legend_rect()
        assert not legend.intersects(p.plot.getViewBox().sceneBoundingRect()), p.title_for(p.node)
        assert not any("baseline" in n for n in p.legend.names())
    countries = window.plots.countries.chart
    assert "baseline" not in countries.water_legend.names()
    window.set_baseline()
    qtbot.waitUntil(lambda: window.session.baseline_results is not None, timeout=10_000)
    window.plots.update_all()
    assert all(any("baseline" in n for n in p.legend.names()) for p in plots)
    assert "baseline" in countries.water_legend.names()
    window.clear_baseline()
    window.plots.update_all()
    assert not any("baseline" in n for p in plots for n in p.legend.names())

    # a click on an entry hides its curve, another shows it again
    plot = _plot(window, ReleasePlot, "toktogul")
    entry = plot.legend.entry("spill")

    class Click:
        def __init__(self, pos):
            self._pos = pos

        def pos(self):
            return self._pos

        def accept(self):
            pass

        def ignore(self):
            pass

    plot.legend.mousePressEvent(Click(entry.rect.center()))
    assert not plot.spill.isVisible()
    plot.legend.mousePressEvent(Click(entry.rect.center()))
    assert plot.spill.isVisible()


def test_an_empty_or_all_zero_plot_has_a_plain_axis(window: MainWindow, qtbot) -> None:
    sched = window.schedule.plot
    sched.show(window.document.scenario, None, "m3s", None, None)
    axis = sched.plot.getAxis("left")
    assert axis.autoSIPrefixScale == 1.0 and "x1e" not in axis.labelString()
    assert tuple(sched.plot.getViewBox().viewRange()[1]) == (0, 1)
    # a demand of nothing: the delivery plot spans 0–1, not a millionth
    periods = window.document.scenario.time.periods
    _set(window, qtbot, "fergana", "demand_mcm", (0.0,) * periods)
    window.plots.tabs.setCurrentIndex(2)
    window.plots.update_all()
    p = next(q for q in window.plots.plots if q.node.id == "fergana")
    lo, hi = p.plot.getViewBox().viewRange()[1]
    assert hi - lo >= 1.0
    left = p.plot.getAxis("left")
    assert "x1e" not in left.labelString()
    assert not any("e-" in s for s in left.tickStrings([0.0, 0.5, 1.0], 1.0, 0.5))


@pytest.mark.parametrize("size", [(1920, 1080), (1366, 768)])
def test_axis_labels_do_not_collide_on_any_tab(qtbot, size: tuple[int, int]) -> None:
    window = window_at(qtbot, *size)
    metrics = QFontMetricsF(QFont())
    for index, _ in enumerate(window.plots.TABS[:-1]):
        window.plots.tabs.setCurrentIndex(index)
        qtbot.wait(10)
        for p in window.plots.plots:
            if window.plots._tab_of[id(p)] != window.plots.TABS[index]:
                continue
            bottom = p.plot.getAxis("bottom")
            if bottom.style["showValues"]:
                width = bottom.geometry().width()
                x0, x1 = bottom.range
                levels = bottom.tickValues(x0, x1, width)
                xs = levels[0][1]
                texts = bottom.tickStrings(xs, 1.0, 1.0)
                px = [(x - x0) / (x1 - x0) * width for x in xs]
                for (a, ta), (b, tb) in zip(zip(px, texts), zip(px[1:], texts[1:])):
                    gap = b - a - (metrics.horizontalAdvance(ta) + metrics.horizontalAdvance(tb)) / 2
                    assert gap > 4, f"{ta!r} and {tb!r} touch under {p.title_for(p.node)}"
            left = p.plot.getAxis("left")
            height = left.geometry().height()
            y0, y1 = left.range
            ticks = [v for v in left.tickValues(y0, y1, height)[0][1] if y0 <= v <= y1]
            if len(ticks) > 1:
                step_px = (ticks[1] - ticks[0]) / (y1 - y0) * height
                assert step_px >= metrics.height() + 4, p.title_for(p.node)
            assert p.legend.legend_rect().bottom() <= p.plot.getViewBox().sceneBoundingRect().top()


# --- the label pickers themselves -------------------------------------------------------
def _width(text: str) -> float:
    return 7.0 * len(text)


@pytest.mark.parametrize("px", [10.0, 25.0, 45.0, 80.0, 200.0])
@pytest.mark.parametrize("periods", [12, 36, 120])
def test_time_labels_never_touch(px: float, periods: int) -> None:
    time = TimeBase(Step.MONTH, date(2025, 10, 1), periods)
    labels = time_labels(time, px, _width)
    assert labels
    for (a, ta), (b, tb) in itertools.pairwise(labels):
        assert (b - a) * px >= (_width(ta) + _width(tb)) / 2 + 4
    if px >= 80:
        assert len(labels) == periods, "wide enough: every month is named"
    assert any(ch.isdigit() for _, t in labels[:1] for ch in t), "the first label has its year"


def test_time_labels_for_dekads_and_days() -> None:
    dekads = TimeBase(Step.DEKAD, date(2025, 10, 1), 36)
    assert [t for _, t in time_labels(dekads, 90.0, _width)][:4] == \
        ["1 Oct 2025", "11", "21", "1 Nov"]
    assert [t.split()[0] for _, t in time_labels(dekads, 30.0, _width)][:3] == \
        ["Oct", "Nov", "Dec"], "narrow: the months are named"
    days = TimeBase(Step.DAY, date(2025, 10, 1), 12)
    labels = time_labels(days, 45.0, _width)
    assert labels[0][1] == "1 Oct 2025" and len(labels) >= 4
    for (a, ta), (b, tb) in itertools.pairwise(labels):
        assert (b - a) * 45.0 >= (_width(ta) + _width(tb)) / 2 + 4


@pytest.mark.parametrize("minimum, expected", [(0.7, 1.0), (1.0, 1.0), (1.2, 2.0), (2.1, 2.5),
                                               (2600, 5000), (6000, 10000), (1e-7, 1e-7)])
def test_nice_step(minimum: float, expected: float) -> None:
    assert nice_step(minimum) == pytest.approx(expected)


def test_value_axis_spacing_and_strings(qapp) -> None:
    axis = ValueAxis("left")
    for size in (20.0, 45.0, 60.0, 300.0):
        levels = axis.tickSpacing(0.0, 21060.0, size)
        major = levels[0][0]
        assert major / 21060.0 * size >= ValueAxis.MIN_GAP_PX or major >= 21060.0
    assert axis.tickStrings([0.0, 10000.0, 20000.0], 1.0, 10000.0) == ["0", "10\u2009000",
                                                                    "20\u2009000"]
    assert axis.tickStrings([0.0, 0.25, 0.5], 1.0, 0.25) == ["0.00", "0.25", "0.50"]
