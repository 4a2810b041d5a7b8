"""Editing the network on the schematic, the inspector, the problems panel, the worker."""

from __future__ import annotations

import time

from PySide6.QtCore import QPointF

from waterplanner.model.nodes import NodeKind
from waterplanner.ui.schematic_items import LinkItem
from waterplanner.ui.simulation import SimulationWorker


def test_add_connect_delete_and_refuse_a_cycle(small_window, qtbot) -> None:
    win = small_window
    doc = win.document
    schem = win.schematic
    nid = schem.add_node(NodeKind.RESERVOIR, QPointF(300, 100))
    assert nid is not None and doc.scenario.has_node(nid)
    assert nid in schem.items and win.inspector.node_id == nid
    assert nid in doc.scenario.release_schedules
    # a fresh node is not connected: the problems say so and the old results stay
    assert win.validation.count() > 0
    assert "Not simulated" in win.sim_label.text()
    # rewire mid -> new -> lake instead of mid -> lake
    link = next(lk for lk in doc.scenario.links if lk.source == "mid" and lk.target == "lake")
    schem.select_node(None)
    schem.link_items[link.id].setSelected(True)
    assert schem.delete_selected()
    assert schem.connect_nodes("mid", nid)
    assert schem.connect_nodes(nid, "lake")
    assert doc.problems() == []
    qtbot.waitUntil(lambda: win.results.scenario is doc.scenario, timeout=10_000)
    assert nid in win.results.node_ids
    assert any(isinstance(i, LinkItem) and i.link.target == nid for i in schem.scene.items())
    # a cycle is refused with the reason, and nothing changes
    before = doc.scenario
    assert not schem.connect_nodes("lake", "upper")
    assert doc.scenario is before
    assert "circle" in win.message_label.text()
    # delete the node: its links go with it
    schem.select_node(nid)
    assert schem.delete_selected()
    assert not doc.scenario.has_node(nid)
    assert all(nid not in (lk.source, lk.target) for lk in doc.scenario.links)
    assert nid not in schem.items
    assert win.act_undo.text().startswith("&Undo Delete Reservoir")


def test_moving_a_node_is_saved_in_the_scenario(small_window) -> None:
    win = small_window
    item = win.schematic.items["upper"]
    item.setPos(item.pos() + QPointF(40, 10))
    win.schematic.view.moved.emit()
    layout = win.document.scenario.layout
    assert layout["upper"] == (item.pos().x(), item.pos().y())
    # the small file had no positions: the first move stores the whole layout
    assert set(layout) == {m.id for m in win.document.scenario.nodes}
    assert len(set(layout.values())) == len(layout)
    assert win.act_undo.text() == "&Undo Move Upper"


def test_inspector_validates_inline_and_applies_valid_values(window) -> None:
    win = window
    win.schematic.select_node("toktogul")
    win.session.select_node("toktogul")
    ed = win.inspector.editors["capacity_mcm"]
    assert ed.unit.text() == "Mm³"
    before = win.document.scenario
    ed.edit.setText("-1")
    ed._on_edit_text_edited("-1")
    assert "-1 Mm³ is negative" in ed.message.text(), ed.message.text()
    assert not ed.message.isHidden()
    ed._on_edit_editing_finished()
    assert win.document.scenario is before, "nothing is applied until it is valid"
    ed.edit.setText("1000")  # below dead storage
    ed._on_edit_text_edited("1000")
    assert "dead storage" in ed.message.text()
    ed.edit.setText("19000")
    ed._on_edit_text_edited("19000")
    assert not ed.message.text()
    ed._on_edit_editing_finished()
    assert win.document.scenario.node("toktogul").capacity_mcm == 19000
    assert win.act_undo.text() == "&Undo Set Toktogul capacity"


def test_inspector_tables_apply_pasted_series(window) -> None:
    win = window
    win.session.select_node("fergana")
    from waterplanner.model.schema import node_field
    from waterplanner.ui.table_dialog import TableEditDialog
    spec = node_field(NodeKind.DEMAND, "demand_mcm")
    heads, cols, rows, growable = win.inspector.table_columns(spec)
    dlg = TableEditDialog("demand", heads, cols, rows, growable)
    dlg.table.setCurrentCell(0, 0)
    dlg.table.paste_text("1000\n2000\n")
    new = dlg.read()
    dlg.deleteLater()
    assert new[0][:2] == [1000, 2000]
    assert win.inspector.apply_table(spec, new)
    assert win.document.scenario.node("fergana").demand_mcm[:2] == (1000.0, 2000.0)
    lav_spec = node_field(NodeKind.RESERVOIR, "lav")
    win.session.select_node("toktogul")
    heads, cols, _, growable = win.inspector.table_columns(lav_spec)
    assert growable and len(cols) == 3
    cols[0] = cols[0][::-1]  # levels decreasing: refused
    assert not win.inspector.apply_table(lav_spec, cols)
    assert "strictly increasing" in win.message_label.text()


def test_clicking_a_problem_selects_node_and_field(small_window) -> None:
    win = small_window
    nid = win.schematic.add_node(NodeKind.DEMAND, QPointF(0, 0))
    lst = win.validation.list
    item = next(lst.item(i) for i in range(lst.count()) if nid in (lst.item(i).toolTip() or ""))
    win.session.select_node(None)
    assert win.inspector.node_id is None and win.schematic.selected_ids() == []
    win.validation._on_list_item_clicked(item)
    assert win.inspector.node_id == nid
    assert win.schematic.selected_ids() == [nid]


def test_worker_runs_slow_requests_off_the_gui_thread_and_drops_stale_ones(window, qtbot) -> None:
    worker = SimulationWorker()
    worker.force_async = True
    got = []
    worker.finished.connect(got.append)
    s0 = window.document.scenario
    model = window.schedule.model
    scenarios = [s0]
    for v in ("500", "510", "520"):
        model.setData(model.index(0, 0), v)
        scenarios.append(window.document.scenario)
    for s in scenarios:
        worker.request(s, None)
    assert worker.busy
    qtbot.waitUntil(lambda: not worker.busy and got and got[-1].scenario is scenarios[-1],
                    timeout=10_000)
    shown = [o.scenario for o in got]
    assert shown[0] is scenarios[0] and shown[-1] is scenarios[-1]
    assert len(shown) == 2, "the two requests in between were dropped"
    worker.shutdown()
    time.sleep(0)


def _mouse(widget, kind, pos, buttons, modifiers=None) -> None:
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication
    ev = QMouseEvent(kind, QPointF(pos), widget.mapToGlobal(QPointF(pos)),
                     Qt.MouseButton.LeftButton, buttons,
                     modifiers if modifiers is not None else Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, ev)


def test_gestures_shift_drag_connects_and_drag_moves(small_window) -> None:
    from PySide6.QtCore import QEvent, QPoint, Qt
    win = small_window
    schem = win.schematic
    nid = schem.add_node(NodeKind.SINK, QPointF(300, 300))
    view = schem.view
    vp = view.viewport()
    view.fit()
    a = view.mapFromScene(schem.items["sea"].pos())
    b = view.mapFromScene(schem.items[nid].pos())
    shift = Qt.KeyboardModifier.ShiftModifier
    # a sink cannot pass water on: refused, with the reason
    _mouse(vp, QEvent.Type.MouseButtonPress, a, Qt.MouseButton.LeftButton, shift)
    _mouse(vp, QEvent.Type.MouseMove, (a + b) / 2, Qt.MouseButton.LeftButton, shift)
    _mouse(vp, QEvent.Type.MouseButtonRelease, b, Qt.MouseButton.NoButton, shift)
    assert "sink" in win.message_label.text()
    # lake -> new sink is fine once the old lake -> sea link is gone
    lake = view.mapFromScene(schem.items["lake"].pos())
    before = len(win.document.scenario.links)
    _mouse(vp, QEvent.Type.MouseButtonPress, lake, Qt.MouseButton.LeftButton, shift)
    _mouse(vp, QEvent.Type.MouseMove, b, Qt.MouseButton.LeftButton, shift)
    _mouse(vp, QEvent.Type.MouseButtonRelease, b, Qt.MouseButton.NoButton, shift)
    assert len(win.document.scenario.links) == before + 1
    assert win.act_undo.text() == f"&Undo Connect Lake → {win.document.scenario.node(nid).name}"
    # a plain drag moves the node and stores where it went
    start = win.document.scenario.layout.position(nid)
    _mouse(vp, QEvent.Type.MouseButtonPress, b, Qt.MouseButton.LeftButton)
    for k in range(1, 6):
        _mouse(vp, QEvent.Type.MouseMove, b + QPoint(8 * k, 4 * k), Qt.MouseButton.LeftButton)
    _mouse(vp, QEvent.Type.MouseButtonRelease, b + QPoint(40, 20), Qt.MouseButton.NoButton)
    assert win.document.scenario.layout.position(nid) != start
    assert win.act_undo.text().startswith("&Undo Move")


def test_selecting_a_link_edits_it_in_the_inspector(small_window) -> None:
    win = small_window
    schem = win.schematic
    schem.select_node(None)
    schem.link_items["l5"].setSelected(True)
    insp = win.inspector
    assert insp.link_id == "l5" and "Mid → Lake" in insp.title.text()
    ed = insp.editors["loss_fraction"]
    ed.edit.setText("1.5")
    ed._on_edit_text_edited("1.5")
    assert "must be below 1" in ed.message.text()
    ed.edit.setText("0.2")
    ed._on_edit_text_edited("0.2")
    ed._on_edit_editing_finished()
    assert win.document.scenario.link("l5").loss_fraction == 0.2
    assert win.act_undo.text() == "&Undo Set Mid → Lake loss fraction"
    # an overflow route needs a capacity on the main link: refused, with the reason
    insp.checks["overflow"].setChecked(True)
    assert not win.document.scenario.link("l5").overflow
    assert not insp.checks["overflow"].isChecked()
    assert "needs the node's main link to have a capacity" in win.message_label.text()
