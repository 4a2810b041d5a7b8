"""One figure, one truth: with an inflow ensemble the schematic's storage bars and shortfall
badges show the member the Summary shows (the toolbar's member picker), from the same
results, and say which member that is."""

from __future__ import annotations

from waterplanner.engine.ensemble_run import member_ranks
from waterplanner.engine.results import Results
from waterplanner.model.edits import SetReleases
from waterplanner.model.nodes import DemandNode, ReservoirNode
from waterplanner.ui.figures import fixed
from waterplanner.ui.inflow_choice import ENSEMBLE, WINDOW_MEMBERS
from waterplanner.ui.plot_axes import fmt_number


def choose_ensemble(window, qtbot) -> None:
    combo = window.inflow_combo
    combo.setCurrentIndex([combo.itemData(i) for i in range(combo.count())].index(ENSEMBLE))
    qtbot.waitUntil(lambda: window.results is not None
                    and window.results.members == WINDOW_MEMBERS
                    and not window.session.simulator.busy, timeout=30_000)


def badge_of(r: Results, member: int, node_id: str) -> str | None:
    """The badge a demand should wear for ``member``: its shortfall from the Summary's numbers."""
    pct = r.summary(member).demand(node_id).shortfall_pct
    return f"{fixed(pct, 1 if pct < 10 else 0)} %" if pct >= 0.05 else None


def fill_of(r: Results, member: int, node_id: str) -> float:
    """The fill a reservoir's bar should show for ``member`` (%, as the Summary's row)."""
    return next(res.end_fill_pct for res in r.summary(member).reservoirs
                if res.node_id == node_id)


def shows(window, member: int) -> None:
    """Every bar and badge of the schematic is member ``member``'s of the window's results,
    and says so."""
    r = window.results
    label = window.session.member_label()
    assert label and window.schematic.member_note.text().endswith(label)
    for nid, item in window.schematic.items.items():
        if isinstance(item.node, ReservoirNode):
            assert item.fill_fraction == round(fill_of(r, member, nid) / 100.0, 2), nid
        elif isinstance(item.node, DemandNode):
            assert item.badge == badge_of(r, member, nid), nid
        if item.fill_fraction is not None or item.badge:
            assert label in item.toolTip(), nid


def test_the_schematic_shows_the_members_the_summary_shows(window, qtbot) -> None:
    w = window
    choose_ensemble(w, qtbot)
    r = w.results
    ranks = member_ranks(r)
    assert not w.schematic.member_note.isHidden()
    shows(w, 0)
    w.member_picker.buttons["driest"].click()
    dry = ranks.driest
    assert w.session.member == dry != 0
    shows(w, dry)
    # the worst demand of the driest member: its badge is the Summary's row, and it is not
    # member 1's figure
    worst = r.summary(dry).worst_demand
    assert worst is not None
    pct = r.summary(dry).demand(worst).shortfall_pct
    assert w.summary.values["worst"] == f"{fmt_number(pct, 1)} %"
    badge = w.schematic.items[worst].badge
    assert badge == badge_of(r, dry, worst) != badge_of(r, 0, worst)
    assert "driest" in w.schematic.items[worst].toolTip()
    # a reservoir whose end fill differs between the members: the bar is the Summary's
    reservoirs = [n.id for n in w.document.scenario.nodes if isinstance(n, ReservoirNode)]
    differs = [nid for nid in reservoirs
               if round(fill_of(r, dry, nid)) != round(fill_of(r, 0, nid))]
    assert differs
    nid = differs[0]
    assert w.summary.values[f"fill.{nid}"] == \
        f"{fmt_number(100 * w.schematic.items[nid].fill_fraction, 0)} %"
    # another member: the schematic follows
    w.member_picker.buttons["wettest"].click()
    assert w.session.member == ranks.wettest
    shows(w, ranks.wettest)
    assert w.schematic.items[worst].badge != badge
    w.member_picker.spin.setValue(dry + 1)
    shows(w, dry)


def test_an_edit_leaves_nothing_stale_on_the_schematic(window, qtbot) -> None:
    w = window
    choose_ensemble(w, qtbot)
    w.member_picker.buttons["driest"].click()
    before = {nid: (item.fill_fraction, item.badge) for nid, item in w.schematic.items.items()}
    old = w.results
    lean = {t: 0.0 for t in range(6, 9)}  # no release from Toktogul in Apr–Jun
    assert w.document.apply(SetReleases(changes={"toktogul": lean}, label="hold water"))
    qtbot.waitUntil(lambda: w.results is not None and w.results is not old
                    and w.results.scenario is w.document.scenario
                    and not w.session.simulator.busy, timeout=30_000)
    member = w.session.member
    assert member == member_ranks(w.results).driest
    shows(w, member)
    after = {nid: (item.fill_fraction, item.badge) for nid, item in w.schematic.items.items()}
    assert after != before
    # back to one inflow set: member 1 of nothing, no note
    combo = w.inflow_combo
    combo.setCurrentIndex([combo.itemData(i) for i in range(combo.count())].index("median"))
    qtbot.waitUntil(lambda: w.results is not None and w.results.members == 1
                    and not w.session.simulator.busy, timeout=30_000)
    assert w.schematic.member_note.isHidden()
    toktogul = w.schematic.items["toktogul"]
    assert toktogul.member == "" and "member" not in toktogul.toolTip()
    assert toktogul.fill_fraction == round(fill_of(w.results, 0, "toktogul") / 100.0, 2)


def test_the_schedule_plot_draws_the_chosen_members_release(window, qtbot) -> None:
    """The schedule plot's simulated release is the highlighted member's, as the plots'."""
    import numpy as np

    w = window
    choose_ensemble(w, qtbot)
    plot = w.schedule.plot
    w.schedule.select_node("andijan")
    r = w.results

    def drawn() -> np.ndarray:
        return np.asarray(plot.actual.getData()[1], dtype=float)

    def release(member: int) -> np.ndarray:
        from waterplanner.ui.result_plots import flow_in_units
        return np.asarray(flow_in_units(r.scenario.time, r.series("release_mcm", "andijan",
                                                                   member), w.session.units))

    assert np.allclose(drawn()[:len(release(0))], release(0))
    w.member_picker.buttons["driest"].click()
    dry = member_ranks(r).driest
    assert not np.allclose(release(dry), release(0))
    assert np.allclose(drawn()[:len(release(dry))], release(dry))
