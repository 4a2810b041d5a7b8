"""The window without a mouse: the schematic selects, moves, connects and deletes nodes from
the keyboard; Tab leaves the schedule table; Delete deletes a node only when the focus is in
the schematic panel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from waterplanner.ui.main_window import MainWindow
from waterplanner.ui.schematic_keys import DIRECTIONS, neighbour

KEYS = {"left": Qt.Key.Key_Left, "right": Qt.Key.Key_Right, "up": Qt.Key.Key_Up,
        "down": Qt.Key.Key_Down}


def _focus(qtbot, win: MainWindow, widget) -> None:
    win.activateWindow()
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=3000)


def _screen(win: MainWindow, nid: str) -> tuple[float, float]:
    p = win.schematic.view.mapFromScene(win.schematic.items[nid].pos())
    return float(p.x()), float(p.y())


def _keys_to(win: MainWindow, start: str, goal: str) -> list[str]:
    """Arrow presses that lead from ``start`` to ``goal`` (breadth first over the same
    geometry the panel uses)."""
    centres = win.schematic._screen_centres()
    seen, frontier = {start: []}, [start]
    while frontier:
        nxt = []
        for nid in frontier:
            for d in DIRECTIONS:
                m = neighbour(centres, nid, d)
                if m is not None and m not in seen:
                    seen[m] = seen[nid] + [d]
                    nxt.append(m)
        frontier = nxt
    return seen[goal]


def test_arrows_walk_the_schematic_and_the_window_follows(small_window: MainWindow,
                                                         qtbot) -> None:
    win = small_window
    view = win.schematic.view
    _focus(qtbot, win, view)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    first = win.document.scenario.nodes[0].id
    assert win.schematic.selected_ids() == [first]
    assert win.session.selected_node == first
    moved = 0
    for direction, key in KEYS.items():
        win.schematic.select_node(first)
        x0, y0 = _screen(win, first)
        qtbot.keyClick(view, key)
        now = win.schematic.selected_ids()
        assert len(now) == 1
        if now[0] != first:
            moved += 1
            x, y = _screen(win, now[0])
            dx, dy = DIRECTIONS[direction]
            assert (x - x0) * dx + (y - y0) * dy > 0, f"{direction} went to {now[0]}"
    assert moved >= 1
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert win.schematic.selected_ids() == []


def test_shift_arrows_move_a_node_in_one_undo_step(small_window: MainWindow, qtbot) -> None:
    win = small_window
    view = win.schematic.view
    stack = win.document.undo_stack
    _focus(qtbot, win, view)
    win.schematic.select_node("mid")
    x0, y0 = _screen(win, "mid")
    steps = stack.count()
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    x, y = _screen(win, "mid")
    assert abs(x - x0 - 30) < 1.5 and abs(y - y0) < 1.5
    assert stack.count() == steps + 1
    assert win.document.scenario.layout.position("mid") is not None
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ShiftModifier)
    assert _screen(win, "mid")[1] < y0 - 5
    stack.undo()
    x, y = _screen(win, "mid")
    assert abs(x - x0) < 1.5 and abs(y - y0) < 1.5


def test_a_shift_arrow_with_nothing_selected_says_so(small_window: MainWindow, qtbot) -> None:
    win = small_window
    _focus(qtbot, win, win.schematic.view)
    win.schematic.select_node(None)
    steps = win.document.undo_stack.count()
    qtbot.keyClick(win.schematic.view, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert win.document.undo_stack.count() == steps
    assert "Select a node" in win.message_label.text()


def _links(win: MainWindow) -> set[tuple[str, str]]:
    return {(lk.source, lk.target) for lk in win.document.scenario.links}


def test_connect_from_the_keyboard(small_window: MainWindow, qtbot) -> None:
    win = small_window
    view = win.schematic.view
    _focus(qtbot, win, view)
    assert ("fields", "sea") not in _links(win)
    win.schematic.select_node("fields")
    path = _keys_to(win, "fields", "sea")
    qtbot.keyClick(view, Qt.Key.Key_L)
    assert "choose the node downstream" in win.message_label.text()
    for d in path:
        qtbot.keyClick(view, KEYS[d])
    assert win.schematic.keyboard_link == ("fields", "sea")
    assert "Fields" in win.message_label.text() or "fields" in win.message_label.text()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert ("fields", "sea") in _links(win)
    assert win.schematic.keyboard_link == (None, None)
    win.document.undo_stack.undo()
    assert ("fields", "sea") not in _links(win)


def test_escape_cancels_and_a_cycle_is_refused(small_window: MainWindow, qtbot) -> None:
    win = small_window
    view = win.schematic.view
    _focus(qtbot, win, view)
    before = _links(win)
    win.schematic.select_node("mid")
    qtbot.keyClick(view, Qt.Key.Key_L)
    for d in _keys_to(win, "mid", "upper"):
        qtbot.keyClick(view, KEYS[d])
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert win.schematic.keyboard_link == (None, None) and _links(win) == before
    assert not [i for i in win.schematic.scene.items()
                if type(i).__name__ in ("QGraphicsEllipseItem", "QGraphicsLineItem")]
    qtbot.keyClick(view, Qt.Key.Key_L)
    for d in _keys_to(win, "mid", "upper"):
        qtbot.keyClick(view, KEYS[d])
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert _links(win) == before
    assert "in a circle" in win.message_label.text()


def test_delete_works_from_anywhere_in_the_schematic_panel_only(small_window: MainWindow,
                                                                qtbot) -> None:
    win = small_window
    ids = lambda: [n.id for n in win.document.scenario.nodes]
    win.schematic.select_node("fields")
    _focus(qtbot, win, win.schedule.table)
    qtbot.keyClick(win.schedule.table, Qt.Key.Key_Delete)
    assert "fields" in ids(), "Delete in the schedule table must not delete a node"
    win.schematic.select_node("fields")
    _focus(qtbot, win, win.schematic.connect_button)
    qtbot.keyClick(win.schematic.connect_button, Qt.Key.Key_Delete)
    assert "fields" not in ids()


def test_insert_opens_the_add_menu(small_window: MainWindow, qtbot, monkeypatch) -> None:
    win = small_window
    shown = []
    monkeypatch.setattr(win.schematic.add_button, "showMenu", lambda: shown.append(1))
    _focus(qtbot, win, win.schematic.view)
    qtbot.keyClick(win.schematic.view, Qt.Key.Key_Insert)
    assert shown == [1]


def test_tab_leaves_the_schedule_table(small_window: MainWindow, qtbot) -> None:
    win = small_window
    table = win.schedule.table
    _focus(qtbot, win, table)
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not table
    assert table.currentIndex().column() == 0
    _focus(qtbot, win, table)
    qtbot.keyClick(table, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is not table
