"""A demand's drainage store and the return share of its return links in the inspector:
typed like every other field, one undoable edit each, shown only where they mean
something."""

from __future__ import annotations

import os

import numpy as np

from waterplanner.model.edits import SetLinkField
from waterplanner.model.nodes import NodeKind


def _type(editor, text: str) -> None:
    editor.edit.setText(text)
    editor._on_edit_text_edited(text)
    editor._on_edit_editing_finished()


def _shot(window, qtbot, name: str) -> None:
    """Save the window's inspector as a picture when WATERPLANNER_SHOTS names a folder."""
    folder = os.environ.get("WATERPLANNER_SHOTS")
    if folder:
        qtbot.wait(50)
        window.grab().save(os.path.join(folder, name))


def test_drainage_fields_of_a_demand(window, qtbot) -> None:
    win = window
    win.session.select_node("syr_delta_lakes")  # shipped without a drainage store
    eds = win.inspector.editors
    assert eds["drainage_residence_periods"].edit.text() == "0"
    win.session.select_node("fergana")  # shipped with a store of 4 periods
    eds = win.inspector.editors
    assert {"drainage_residence_periods", "drainage_initial_mcm"} <= set(eds)
    assert eds["drainage_residence_periods"].edit.text() == "4"
    shipped = win.document.scenario.node("fergana")
    before = win.results.series("return_flow_mcm", "fergana").copy()
    _type(eds["drainage_residence_periods"], "3")
    _type(eds["drainage_initial_mcm"], "400")
    node = win.document.scenario.node("fergana")
    assert node.drainage_residence_periods == 3.0 and node.drainage_initial_mcm == 400.0
    qtbot.waitUntil(lambda: win.results.scenario is win.document.scenario, timeout=30_000)
    after = win.results.series("return_flow_mcm", "fergana")
    assert after[0] == 400.0 * -np.expm1(-1.0 / 3.0)
    assert not np.array_equal(before, after)
    assert np.isfinite(win.results.series("drainage_storage_mcm", "fergana")).all()
    _shot(win, qtbot, "inspector-demand-drainage.png")
    # an initial content without a residence time is refused in the validator's words
    _type(eds["drainage_residence_periods"], "0")
    assert "needs a residence time" in eds["drainage_residence_periods"].message.text()
    assert win.document.scenario.node("fergana").drainage_residence_periods == 3.0
    win.act_undo.trigger()
    win.act_undo.trigger()
    assert win.document.scenario.node("fergana") == shipped


def test_return_share_only_on_return_links(window, qtbot) -> None:
    win = window
    s = win.document.scenario
    ret = next(lk for lk in s.links if s.node(lk.source).kind is NodeKind.DEMAND)
    river = next(lk for lk in s.links if s.node(lk.source).kind is NodeKind.RESERVOIR)
    win.session.select_link(river.id)
    assert "return_share" not in win.inspector.editors
    assert "loss_fraction" in win.inspector.editors
    win.session.select_link(ret.id)
    ed = win.inspector.editors["return_share"]
    assert ed.edit.text() == ""
    assert ed.edit.placeholderText() == "1: all of the return"
    _shot(win, qtbot, "inspector-return-link.png")
    # the only return link carries all of the return: a share of 0.4 is refused
    _type(ed, "0.4")
    assert "sum to 0.4, not 1" in ed.message.text()
    assert win.document.scenario.link(ret.id).return_share is None
    edit = SetLinkField(link_id=ret.id, field_name="return_share", value=1.0)
    assert edit.apply(win.document.scenario).link(ret.id).return_share == 1.0
