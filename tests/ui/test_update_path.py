"""The lean edit → views path keeps what it shows true: whatever an edit does not redo (a
frozen baseline's bands, curve and texts, furniture painted from a pixmap, risk lines whose
value did not change) is exactly what a view made afresh shows for the same results, and is
redone when what it was made from changes (another baseline, member, unit or run)."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QGraphicsItem

from tests.ui.test_risk_views import choose, settle
from waterplanner.engine.bands import bands
from waterplanner.model.edits import SetReleases
from waterplanner.ui import result_plots
from waterplanner.ui.fan import BandFill
from waterplanner.ui.inflow_choice import ENSEMBLE
from waterplanner.ui.plot_legend import PlotHeader
from waterplanner.ui.result_plots import StoragePlot
from waterplanner.ui.risk_panel import RiskPanel
from waterplanner.ui.risk_rows import risk_lines
from waterplanner.ui.schematic_labels import Box, _Field
from waterplanner.ui.summary_panel import SummaryPanel


def edit(w, qtbot, period: int, value_mcm: float) -> None:
    """Set one Toktogul release and wait for the run."""
    assert w.document.apply(SetReleases(changes={"toktogul": {period: value_mcm}},
                                        label="edit"))
    settle(w, qtbot)


def freeze_baseline(w, qtbot) -> None:
    assert w.session.set_baseline_to_current()
    qtbot.waitUntil(lambda: w.baseline is not None and not w.session.simulator.busy,
                    timeout=30_000)
    settle(w, qtbot)


def storage_plots(w) -> list[StoragePlot]:
    return [p for p in w.plots.plots if isinstance(p, StoragePlot)]


def path_points(item) -> np.ndarray:
    """The points of a band's (or a curve's) path."""
    path = item.getPath() if isinstance(item, pg.PlotCurveItem) else item.path()
    return np.array([(path.elementAt(i).x, path.elementAt(i).y)
                     for i in range(path.elementCount())])


def assert_plot_as_made_afresh(qtbot, shown: StoragePlot, w) -> None:
    """``shown`` (updated edit after edit) draws what a new plot given the same results
    draws: curves, baseline curve, both fans' bands and paths."""
    ss = w.session
    widget = pg.GraphicsLayoutWidget()
    qtbot.addWidget(widget)
    fresh = StoragePlot(widget.addPlot(), shown.node, shown.time)
    fresh.update(ss.results, ss.baseline_results, ss.units, ss.member, ss.member_label())
    for key in ("s", "b", "p05", "p50", "p95"):
        a, b = shown._data.get(key), fresh._data.get(key)
        assert (a is None) == (b is None), key
        if a is not None:
            np.testing.assert_array_equal(a, b, err_msg=key)
    np.testing.assert_array_equal(np.asarray(shown.base.yData if shown.base.yData is not None
                                             else []),
                                  np.asarray(fresh.base.yData if fresh.base.yData is not None
                                             else []))
    for attr in ("_fan", "_base_fan"):
        a, b = getattr(shown, attr), getattr(fresh, attr)
        if b is None or not b.shown:
            assert a is None or not a.shown, attr
            continue
        assert a is not None and a.shown, attr
        for fa, fb in zip(a.fills, b.fills, strict=True):
            np.testing.assert_array_equal(path_points(fa), path_points(fb))
        np.testing.assert_array_equal(path_points(a.median), path_points(b.median))


def test_a_frozen_baselines_bands_are_computed_once_and_follow_every_change(
        window, qtbot, monkeypatch) -> None:
    """With a baseline, an edit computes the bands of the plan's fans only; the baseline's
    are those of the baseline on screen after a new baseline, another member (its curve) and
    every edit, as a plot made afresh draws them."""
    w = window
    choose(w, qtbot, ENSEMBLE)
    freeze_baseline(w, qtbot)
    calls: list[int] = []

    def counted(values):  # type: ignore[no-untyped-def]
        calls.append(1)
        return bands(values)

    monkeypatch.setattr(result_plots, "bands", counted)
    plots = storage_plots(w)
    toktogul = next(p for p in plots if p.node.id == "toktogul")
    plan_before = toktogul._data["p50"].copy()
    base_bands = toktogul._fan_drawn["_base_fan"][2]
    edit(w, qtbot, 3, 0.0)
    assert len(calls) == len(plots), "one band set per plan fan, none for the baseline"
    assert not np.array_equal(toktogul._data["p50"], plan_before), "the plan's bands moved"
    assert toktogul._fan_drawn["_base_fan"][2] is base_bands, "the baseline's were kept"
    for p in plots:
        assert_plot_as_made_afresh(qtbot, p, w)
    # a new baseline (the edited plan): its bands are computed and drawn
    calls.clear()
    freeze_baseline(w, qtbot)
    assert len(calls) == 2 * len(plots)
    assert toktogul._fan_drawn["_base_fan"][2] is not base_bands
    np.testing.assert_array_equal(toktogul._fan_drawn["_base_fan"][2].p50,
                                  bands(toktogul.fan_values(w.session.baseline_results,
                                                            "m3s")).p50)
    for p in plots:
        assert_plot_as_made_afresh(qtbot, p, w)
    # another member: the baseline's curve is its member, the fans stay
    calls.clear()
    w.session.set_member(17)
    assert not calls
    for p in plots:
        assert_plot_as_made_afresh(qtbot, p, w)
    # no baseline: nothing of it is left
    w.session.clear_baseline()
    settle(w, qtbot)
    for p in plots:
        assert not p._base_fan.shown and not len(p.base.yData if p.base.yData is not None
                                                 else [])
        assert_plot_as_made_afresh(qtbot, p, w)


def _grab(widget) -> QImage:
    return widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def test_what_is_painted_from_pixmaps_is_what_a_fresh_painting_shows(window, qtbot) -> None:
    """The baseline's curve and fans and the plots' furniture are painted from pixmaps
    while they stay the same: after edits, a new baseline and a new member, the plots look
    exactly as when every item is painted anew (no pixmap outlives what it showed)."""
    w = window
    choose(w, qtbot, ENSEMBLE)
    freeze_baseline(w, qtbot)
    view = w.plots.layouts["Storage"]
    _grab(view)  # the pixmaps are made
    edit(w, qtbot, 2, 0.0)
    _grab(view)
    freeze_baseline(w, qtbot)  # another baseline: its pixmaps must be made again
    w.session.set_member(5)
    edit(w, qtbot, 5, 2000.0)
    cached = _grab(view)
    # the axes and the legend headers were painted from pixmaps before (and stay so)
    items = [it for it in view.scene().items()
             if it.cacheMode() != QGraphicsItem.CacheMode.NoCache
             and not isinstance(it, (pg.AxisItem, PlotHeader))]
    assert len(items) > 30
    for it in items:
        it.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    assert cached == _grab(view)


def test_summary_and_risk_texts_are_those_of_panels_made_afresh(window, qtbot) -> None:
    """The Summary's numbers and the risk lines (filled only where a value changed, a
    baseline's formatted once) read as panels made afresh on the same results: after edits,
    a new baseline and no baseline."""
    w = window
    choose(w, qtbot, ENSEMBLE)
    ss = w.session

    def check() -> None:
        fresh = RiskPanel()
        qtbot.addWidget(fresh)
        fresh.show_risk(ss.risk(), ss.baseline_risk())
        risk = w.summary.risk
        assert risk.values == fresh.values and risk.base_values == fresh.base_values
        assert risk.deltas == fresh.deltas
        for ln in risk_lines(ss.risk(), ss.baseline_risk()):
            mine, theirs = risk.item(ln.key), fresh.item(ln.key)
            assert [mine.text(c) for c in range(4)] == [theirs.text(c) for c in range(4)]
            assert mine.toolTip(0) == theirs.toolTip(0) == (ln.tip or ln.label)
            assert mine.foreground(3).color() == theirs.foreground(3).color()
            if ln.kind:
                assert risk.numbers[ln.key] == ln.plan or (
                    math.isnan(ln.plan) and math.isnan(risk.numbers[ln.key]))
        summary = SummaryPanel()
        qtbot.addWidget(summary)
        summary.show_summary(ss.results, ss.baseline_results, ss.member)
        assert w.summary.values == summary.values and w.summary.deltas == summary.deltas

    check()
    edit(w, qtbot, 3, 0.0)
    check()
    freeze_baseline(w, qtbot)
    check()
    assert set(w.summary.risk.deltas.values()) <= {"", "="}
    for k, v in ((4, 0.0), (7, 3000.0), (4, 1500.0)):
        edit(w, qtbot, k, v)
        check()
    assert any(d not in ("", "=") for d in w.summary.risk.deltas.values())
    freeze_baseline(w, qtbot)
    check()
    ss.clear_baseline()
    settle(w, qtbot)
    check()


def test_the_schedule_plots_baseline_target_follows_the_baseline(window, qtbot) -> None:
    """The baseline's target in the schedule plot is drawn once per baseline, reservoir and
    unit, and follows each of them."""
    w = window
    plot = w.schedule.plot

    def target() -> list[float]:
        y = plot.base.yData
        return [] if y is None else [float(v) for v in y]

    assert target() == []
    freeze_baseline(w, qtbot)
    frozen = target()
    assert frozen
    edit(w, qtbot, 3, 0.0)
    assert target() == frozen
    w.session.select_node("andijan")
    assert plot.node.id == "andijan" and target() != frozen and target()
    w.session.select_node("toktogul")
    assert target() == frozen
    w.session.set_units("mcm")
    settle(w, qtbot)
    assert target() != frozen and target()
    w.session.set_units("m3s")
    settle(w, qtbot)
    assert target() == frozen
    freeze_baseline(w, qtbot)  # the edited plan is the baseline now
    assert target() != frozen
    w.session.clear_baseline()
    settle(w, qtbot)
    assert target() == []


def test_a_band_is_the_polygon_pyqtgraph_fills_between_two_curves(qtbot) -> None:
    """BandFill draws the polygon FillBetweenItem makes from two curves, at its depth."""
    rng = np.random.default_rng(4)
    x = np.repeat(np.arange(13.0), 2)[1:-1]
    low = rng.uniform(0, 100, x.size)
    high = low + rng.uniform(0, 50, x.size)
    lo, hi = pg.PlotCurveItem(x, low), pg.PlotCurveItem(x, high)
    theirs = pg.FillBetweenItem(lo, hi, brush=pg.mkBrush("#336699"))
    mine = BandFill(pg.mkBrush("#336699"))
    mine.set_edges(x, low, high)
    np.testing.assert_array_equal(path_points(mine), path_points(theirs))
    assert mine.path().fillRule() == theirs.path().fillRule()
    assert mine.zValue() == theirs.zValue()
    assert mine.pen().style() == theirs.pen().style()
    mine.set_edges(x[:1], low[:1], high[:1])
    assert mine.path().isEmpty()


@pytest.mark.parametrize("seed", range(5))
def test_the_label_placer_counts_link_crossings_as_the_plain_count(seed: int) -> None:
    """Skipping the links whose box misses a label's counts the same crossings."""
    rng = np.random.default_rng(seed)
    pts = rng.integers(0, 60, (80, 4)).astype(float)  # integers: touching and parallel cases
    links = [((a, b), (c, d)) for a, b, c, d in pts]
    links += [((10.0, 5.0), (10.0, 50.0)), ((0.0, 20.0), (60.0, 20.0))]
    field = _Field([], links, None)
    for _ in range(300):
        x0, y0 = rng.integers(0, 55, 2).astype(float)
        box = Box(x0, y0, x0 + float(rng.integers(0, 15)), y0 + float(rng.integers(0, 15)))
        assert field.crossings(box) == sum(1 for a, b in links if box.crosses(a, b))


def test_a_nodes_label_options_follow_its_name_and_badge(window, qtbot) -> None:
    """The measured label options are kept per node and bar or badge: a renamed node and a
    badge that appears give new ones, equal to those measured afresh."""
    from waterplanner.model.edits import SetNodeField
    w = window
    item = w.schematic.items["kyzylorda"]
    first = item.label_options()
    assert item.label_options() is first
    assert w.document.apply(SetNodeField(node_id="kyzylorda", field_name="name",
                                         value="Kyzylorda oblast and a much longer name"))
    settle(w, qtbot)
    renamed = item.label_options()
    assert renamed is not first and renamed == item._measured_options(item._extra_width())
    assert any("longer" in o.text for o in renamed)
    badge = item.badge
    item.set_state(item.fill_fraction, None if badge else "12 %")
    assert item.label_options() == item._measured_options(item._extra_width())
    assert item.label_options() != renamed


def test_plots_of_a_tab_not_shown_do_not_keep_an_old_run_alive(window, qtbot) -> None:
    """A plot remembers which results it drew without holding them: once the window has
    moved on (edits on another tab), an old run's members can be freed."""
    import gc
    import weakref
    w = window
    choose(w, qtbot, ENSEMBLE)
    tabs = w.plots.tabs
    tabs.setCurrentIndex(w.plots.TABS.index("Releases and spill"))
    old = weakref.ref(w.results)
    tabs.setCurrentIndex(w.plots.TABS.index("Storage"))
    edit(w, qtbot, 3, 0.0)
    edit(w, qtbot, 4, 0.0)
    gc.collect()
    assert old() is None


def test_a_band_hidden_from_the_legend_stays_hidden_through_edits(window, qtbot) -> None:
    """A click on a legend entry hides its items until the next click, bands as curves
    (a band used to come back with every edit); the legend shows it greyed meanwhile."""
    w = window
    choose(w, qtbot, ENSEMBLE)
    freeze_baseline(w, qtbot)
    plot = next(p for p in storage_plots(w) if p.node.id == "toktogul")
    hidden = [plot._fan.fills[0], plot._base_fan.fills[1], plot.curve]
    for item in hidden:
        item.setVisible(False)
    edit(w, qtbot, 3, 0.0)
    assert not any(item.isVisible() for item in hidden)
    assert plot._fan.fills[1].isVisible() and plot._base_fan.fills[0].isVisible()
    w.session.clear_baseline()  # no baseline: its fan goes; a new one shows in full
    settle(w, qtbot)
    freeze_baseline(w, qtbot)
    assert all(f.isVisible() for f in plot._base_fan.fills)
