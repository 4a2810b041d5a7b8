"""The schematic stays legible: names never collide or run off the view, detail grows with
zoom, new nodes land in free space, and names are shown literally, never read as markup."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QTextDocument

from tests.ui import conftest
from waterplanner.model.edits import SetNodeField
from waterplanner.model.nodes import NodeKind
from waterplanner.ui.document import ScenarioDocument
from waterplanner.ui.file_controller import default_scenario
from waterplanner.ui.main_window import MainWindow
from waterplanner.ui.schematic_labels import (
    Box,
    LabelOption,
    NodeSpot,
    place_labels,
    short_name,
    two_lines,
)
from waterplanner.ui.settings import AppSettings


def window_at(qtbot, width: int, height: int, scenario=None) -> MainWindow:
    """A window on the default scenario opened at ``width`` × ``height`` (its docks laid out
    for that size, as on a first start on such a screen), with its first results."""
    win = MainWindow(ScenarioDocument(scenario or default_scenario(), None), AppSettings())
    conftest._windows.append(win)
    qtbot.addWidget(win, before_close_func=lambda w: w.session.mark_saved())
    win.resize(width, height)
    win.show()
    qtbot.waitUntil(lambda: win.results is not None, timeout=30_000)
    qtbot.wait(20)
    return win


def _labels_and_symbols(win: MainWindow) -> tuple[dict[str, QRectF], dict[str, QRectF]]:
    """Every drawn name and every node symbol, in the view's pixels."""
    view = win.schematic.view
    labels, symbols = {}, {}
    for nid, item in win.schematic.items.items():
        c = QPointF(view.mapFromScene(item.pos()))
        symbols[nid] = item.shape().boundingRect().translated(c)
        if item.label_text is not None:
            labels[nid] = item.label_rect().translated(c)
    return labels, symbols


@pytest.mark.parametrize("size", [(1920, 1080), (1366, 768)])
def test_no_name_collides_or_is_cut_on_the_default_scenario(qtbot, size) -> None:
    win = window_at(qtbot, *size)
    scenario = win.document.scenario
    assert len(scenario.nodes) >= 28 and len(scenario.links) >= 32
    labels, symbols = _labels_and_symbols(win)
    viewport = QRectF(win.schematic.view.viewport().rect())
    ids = list(labels)
    for i, a in enumerate(ids):
        assert viewport.contains(labels[a]), f"{a}'s name is cut off at {size}"
        for b in ids[i + 1:]:
            assert not labels[a].intersects(labels[b]), f"{a} and {b} collide at {size}"
        for b, sym in symbols.items():
            if b != a:
                assert not labels[a].intersects(sym), f"{a}'s name covers {b} at {size}"
    # the reservoirs and the lake are always named; on a large screen every node is
    important = {n.id for n in scenario.nodes
                 if n.kind in (NodeKind.RESERVOIR, NodeKind.TERMINAL_LAKE)}
    assert important <= set(labels), f"unnamed: {important - set(labels)}"
    if size == (1920, 1080):
        assert set(labels) == {n.id for n in scenario.nodes}
    else:
        assert len(labels) >= 0.6 * len(scenario.nodes)


def test_detail_follows_zoom_and_selection(qtbot) -> None:
    win = window_at(qtbot, 1366, 768)
    schem = win.schematic
    assert schem.items["andijan"].label_text == "Andijan", "fitted at 1366: the short name"
    # a minor name left out for lack of room comes back when its node is selected
    hidden = [nid for nid, it in schem.items.items() if it.label_text is None]
    assert hidden, "at 1366 × 768 some minor names wait for room"
    schem.select_node(hidden[0])
    assert schem.items[hidden[0]].label_text is not None
    schem.select_node(None)
    # zoomed in: full names with the country, still without collisions
    view = schem.view
    view.auto_fit = False
    view.scale(3.0, 3.0)
    view.centerOn(schem.items["andijan"])
    schem._on_view_zoomed()
    assert schem.items["andijan"].label_text == "Andijan (Kempir-Abad) (UZ)"
    labels, _ = _labels_and_symbols(win)
    ids = list(labels)
    assert not any(labels[a].intersects(labels[b]) for i, a in enumerate(ids) for b in ids[i + 1:])
    view.auto_fit = True
    view.fit()
    assert schem.items["andijan"].label_text == "Andijan"


def test_new_nodes_land_in_free_space(window: MainWindow) -> None:
    schem = window.schematic
    view = schem.view
    t = view.transform()

    def clearance(nid: str) -> float:
        p = schem.items[nid].pos()
        return min(((p.x() - q.pos().x()) * t.m11()) ** 2 + ((p.y() - q.pos().y()) * t.m22()) ** 2
                   for other, q in schem.items.items() if other != nid) ** 0.5

    added = [schem.add_node(NodeKind.DEMAND) for _ in range(3)]
    assert all(added)
    for nid in added:
        assert clearance(nid) >= 40, f"{nid} landed on top of another node"
    # asked for a spot right on Toktogul: it goes next to it instead
    tok = schem.items["toktogul"].pos()
    nid = schem.add_node(NodeKind.JUNCTION, QPointF(tok))
    assert clearance(nid) >= 40


def test_names_are_shown_literally(window: MainWindow) -> None:
    doc = window.document
    item = window.schematic.items["toktogul"]
    for name in ("<b>x</b>", "=HYPERLINK(\"http://e.vil\",\"click\")", "A & B <i>"):
        assert doc.apply(SetNodeField(node_id="toktogul", field_name="name", value=name,
                                      label="Rename"))
        # the tooltip is rich text: rendered, it shows the name character for character
        assert name in _rendered(item.toolTip())
        window.schematic.select_node("toktogul")
        assert item.label_text is not None
        assert item.label_text.startswith(name) or item.label_text == short_name(name)
        link = next(li for li in window.schematic.link_items.values()
                    if li.source.node.id == "toktogul")
        assert f"{name} → " in _rendered(link.toolTip())


def _rendered(rich: str) -> str:
    doc = QTextDocument()
    doc.setHtml(rich)
    return doc.toPlainText()


# --- the placer on its own --------------------------------------------------------------
def _spot(nid: str, x: float, y: float, text: str, priority: int = 2) -> NodeSpot:
    w = 7.0 * len(text) + 6
    return NodeSpot(nid, x, y, 9, 9, (LabelOption("short", text, w, 15, 15),), priority)


def test_placer_never_overlaps_in_a_crowd() -> None:
    spots = [_spot(f"n{i}", 40 + (i % 6) * 45, 30 + (i // 6) * 30, f"Node number {i}")
             for i in range(36)]
    links = [((s.x, s.y), (t.x, t.y)) for s, t in itertools.pairwise(spots)]
    bounds = Box(0, 0, 300, 200)
    placed = place_labels(spots, links, bounds)
    boxes = {k: p.box for k, p in placed.items() if p is not None}
    assert boxes, "some names fit"
    keys = list(boxes)
    for i, a in enumerate(keys):
        assert boxes[a].outside(bounds) == 0
        assert all(boxes[a].overlap(boxes[b]) == 0 for b in keys[i + 1:])
        assert all(boxes[a].overlap(s.symbol) == 0 for s in spots if s.node_id != a)


def test_placer_serves_the_important_first() -> None:
    # two nodes so close that only one name fits: the reservoir's
    spots = [_spot("junction", 50, 50, "Junction", priority=4),
             _spot("dam", 50, 66, "Dam", priority=1)]
    placed = place_labels(spots, [], Box(0, 0, 110, 120))
    assert placed["dam"] is not None


def test_placer_prefers_the_right_and_avoids_links() -> None:
    spot = _spot("a", 100, 100, "Name")
    assert place_labels([spot], [], Box(0, 0, 300, 300))["a"].position == "right"
    through = [((110, 100), (200, 100))]  # a link leaving to the right
    assert place_labels([spot], through, Box(0, 0, 300, 300))["a"].position != "right"


@pytest.mark.parametrize("name, short", [
    ("Naryn: inflow to Toktogul", "Naryn"),
    ("Andijan (Kempir-Abad)", "Andijan"),
    ("Akhangaran, Keles and other middle-Syr tributaries", "Akhangaran"),
    ("Arys and other tributaries below Shardara", "Arys"),
    ("Kyzylorda oblast", "Kyzylorda oblast"),
    ("A very long name without any separator in it at all", "A very long name without…"),
    ("<b>x</b>", "<b>x</b>"),
])
def test_short_names(name: str, short: str) -> None:
    assert short_name(name) == short


def test_two_lines_balances_the_break() -> None:
    assert two_lines("Hungry Steppe", len) == "Hungry\nSteppe"
    assert two_lines("Fergana Valley small rivers", len) == "Fergana Valley\nsmall rivers"
    assert two_lines("Toktogul", len) is None


def test_box_crossing() -> None:
    b = Box(0, 0, 10, 10)
    assert b.crosses((-5, 5), (15, 5))
    assert not b.crosses((-5, 15), (15, 15))
    assert b.crosses((5, 5), (6, 6))
    assert not b.crosses((11, -5), (11, 20))
