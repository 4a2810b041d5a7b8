"""The cascade schematic: see the river, select nodes, and edit the network by hand.

Add a node from the palette or the context menu, connect two nodes by Shift-dragging
from one to the other (or with the Connect tool), move nodes by dragging, delete with the
Delete key. Each gesture becomes one edit; a refused edit (a cycle) says why in the
status bar and leaves the network as it was.

Everything works from the keyboard too: the arrow keys go from node to node, Shift+arrow
moves the selected nodes (the presses in a row are one undo step), L connects the selected
node to one chosen with the arrows (Enter connects, Esc cancels), Insert adds a node,
Delete deletes the selection wherever the focus is inside the panel, and the menu key opens
the selected node's menu.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QLineF, QPointF, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QKeySequence,
    QPainter,
    QPen,
    QShortcut,
)
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsLineItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from waterplanner.engine.results import Results
from waterplanner.i18n import plural, translate
from waterplanner.model.edits import (
    KIND_LABELS,
    AddLink,
    AddNode,
    DeleteLinks,
    DeleteNodes,
    MoveNodes,
    ReplaceScenario,
    new_node,
)
from waterplanner.model.layout import automatic_positions, drawing_positions, needs_automatic
from waterplanner.model.nodes import DemandNode, NodeKind, ReservoirNode
from waterplanner.model.scenario import Scenario
from waterplanner.ui.document import ScenarioDocument
from waterplanner.ui.figures import fixed
from waterplanner.ui.icons import node_icon
from waterplanner.ui.schematic_items import LinkItem, NodeItem
from waterplanner.ui.schematic_keys import DIRECTIONS, neighbour
from waterplanner.ui.schematic_labels import Box, NodeSpot, place_labels


def auto_layout(scenario: Scenario) -> dict[str, tuple[float, float]]:
    """Positions for a scenario that has none: headwaters at the top, one row per depth."""
    return automatic_positions([n.id for n in scenario.nodes],
                               [(lk.source, lk.target) for lk in scenario.links])


def _label_priority(item: NodeItem) -> int:
    """Whose name is placed first: reservoirs, lakes and demands short of water, then
    demands, then inflows, sinks and control points, junctions last."""
    kind = item.node.kind
    if kind in (NodeKind.RESERVOIR, NodeKind.TERMINAL_LAKE) or item.badge:
        return 1
    if kind is NodeKind.DEMAND:
        return 2
    if kind is NodeKind.JUNCTION:
        return 4
    return 3


def needs_layout(scenario: Scenario) -> bool:
    """True when the stored positions cannot be used (none stored, or nodes on top of each
    other)."""
    return needs_automatic([n.id for n in scenario.nodes], scenario.layout)


def _positions(scenario: Scenario) -> dict[str, tuple[float, float]]:
    return drawing_positions([n.id for n in scenario.nodes],
                             [(lk.source, lk.target) for lk in scenario.links], scenario.layout)


def move_label(scenario: Scenario, ids: list[str]) -> str:
    """'Move Toktogul', or 'Move 3 nodes' (the undo step's name)."""
    if len(ids) == 1:
        return translate("Schematic", "Move {name}").format(name=scenario.node(ids[0]).name)
    return plural("Schematic", "Move {count} nodes", len(ids)).format(count=len(ids))


def _counted_texts() -> None:  # pragma: no cover - read by pyside6-lupdate, never run
    translate("Schematic", "Move {count} nodes", None, 1)

class SchematicView(QGraphicsView):
    """Zoom with the wheel, pan by dragging the background, connect by Shift-drag."""

    connect_requested = Signal(str, str)
    delete_requested = Signal()
    moved = Signal()
    add_requested = Signal(object, QPointF)

    def __init__(self, scene: QGraphicsScene) -> None:
        super().__init__(scene)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        # panning is by dragging; scroll bars appearing on a fit would resize the view and
        # refit it, back and forth
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setBackgroundBrush(QColor("#FBFBF8"))
        self.connect_mode = False
        self.auto_fit = True
        """Refit on resize until the planner zooms by hand."""
        self._origin: NodeItem | None = None
        self._rubber: QGraphicsLineItem | None = None
        self.key_handler: Callable[[int, Qt.KeyboardModifier], bool] | None = None
        """The panel's keys (arrows, L, Insert, Esc, Enter): True when it took the key."""

    def _node_at(self, pos) -> NodeItem | None:
        for item in self.items(pos):
            if isinstance(item, NodeItem):
                return item
        return None

    def mousePressEvent(self, event) -> None:
        node = self._node_at(event.position().toPoint())
        wants_link = self.connect_mode or event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        if node is not None and wants_link and event.button() == Qt.MouseButton.LeftButton:
            self._origin = node
            self._rubber = QGraphicsLineItem(QLineF(node.pos(), node.pos()))
            self._rubber.setPen(QPen(QColor("#D55E00"), 2, Qt.PenStyle.DashLine))
            self.scene().addItem(self._rubber)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self._rubber is not None and self._origin is not None:
            self._rubber.setLine(QLineF(self._origin.pos(),
                                        self.mapToScene(event.position().toPoint())))
            event.accept()
            return
        super().mouseMoveEvent(event)
        if event.buttons() & Qt.MouseButton.LeftButton:
            for item in self.scene().selectedItems():
                if isinstance(item, NodeItem):
                    item.adjust_links()

    def mouseReleaseEvent(self, event) -> None:
        if self._rubber is not None and self._origin is not None:
            self.scene().removeItem(self._rubber)
            target = self._node_at(event.position().toPoint())
            origin = self._origin
            self._rubber, self._origin = None, None
            if target is not None and target is not origin:
                self.connect_requested.emit(origin.node.id, target.node.id)
            event.accept()
            return
        super().mouseReleaseEvent(event)
        self.moved.emit()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Backspace:
            self.delete_requested.emit()
            return
        if self.key_handler is not None and self.key_handler(event.key(), event.modifiers()):
            event.accept()
            return
        super().keyPressEvent(event)

    zoomed = Signal()

    def wheelEvent(self, event) -> None:
        factor = 1.15 if event.angleDelta().y() > 0 else 1 / 1.15
        self.auto_fit = False
        self.scale(factor, factor)
        self.zoomed.emit()

    def contextMenuEvent(self, event) -> None:
        pos = event.pos()
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            chosen = [i for i in self.scene().selectedItems() if isinstance(i, NodeItem)]
            pos = (self.mapFromScene(chosen[0].pos()) if chosen
                   else self.viewport().rect().center())
        menu = QMenu(self)
        scene_pos = self.mapToScene(pos)
        node = self._node_at(pos)
        if node is not None:
            node.setSelected(True)
            act = menu.addAction(translate("Schematic", "Delete {name}").format(
                name=node.node.name).replace("&", "&&"))
            act.triggered.connect(self.delete_requested.emit)
        else:
            for kind, label in KIND_LABELS.items():
                act = menu.addAction(node_icon(kind), translate(
                    "Schematic", "Add {kind} here").format(kind=label.lower()))
                act.triggered.connect(lambda _=False, k=kind: self.add_requested.emit(k, scene_pos))
        menu.exec(self.viewport().mapToGlobal(pos))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.auto_fit:
            self.fit()

    MARGIN_X = 46.0
    MARGIN_Y = 26.0
    MAX_STRETCH = 2.0
    MAX_EDGE_MARGIN = 72.0
    """A fitted view may scale one direction up to this much more than the other."""

    def _edge_margin(self, edge: list[NodeItem], vw: int) -> float:
        """Pixels to keep free beside the outermost nodes: room for the shortest of their
        names (at most a third of the view)."""
        need = self.MARGIN_X
        for n in edge:
            short = min((o.width for o in n.label_options() if not o.extra), default=0.0)
            need = max(need, n.symbol_half_size()[0] + 4 + short)
        return min(need, self.MAX_EDGE_MARGIN, vw / 4)

    def fit(self) -> None:
        """Show the whole network (node symbols and names keep their screen size).

        The positions are notional, so the fit may stretch them up to MAX_STRETCH times more
        in one direction than the other, to use a tall, narrow dock as well as a wide one.
        """
        nodes = [i for i in self.scene().items() if isinstance(i, NodeItem)]
        if not nodes:
            return
        xs = [n.pos().x() for n in nodes]
        ys = [n.pos().y() for n in nodes]
        x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
        w, h = x1 - x0, y1 - y0
        vw, vh = self.viewport().width(), self.viewport().height()
        # room beside the outermost nodes for their short names
        left = self._edge_margin([n for n in nodes if n.pos().x() <= x0 + 0.08 * w], vw)
        right = self._edge_margin([n for n in nodes if n.pos().x() >= x1 - 0.08 * w], vw)
        sx = (vw - left - right) / w if w > 0 else None
        sy = (vh - 2 * self.MARGIN_Y) / h if h > 0 else None
        known = [v for v in (sx, sy) if v is not None] or [1.0]
        low = max(0.02, min(known))
        sx = low if sx is None else min(sx, low * self.MAX_STRETCH)
        sy = low if sy is None else min(sy, low * self.MAX_STRETCH)
        sx, sy = max(0.02, min(sx, 1.5)), max(0.02, min(sy, 1.5))
        self.resetTransform()
        self.scale(sx, sy)
        # the network's middle, shifted by half the difference of the two side margins
        cx = (x0 + x1) / 2 + (right - left) / 2 / sx
        self.centerOn(QPointF(cx, (y0 + y1) / 2))
        self.zoomed.emit()

class SchematicPanel(QWidget):
    """Palette, view and the bookkeeping between nodes and their items."""

    node_selected = Signal(object)
    """The selected node's id, or None."""
    link_selected = Signal(str)
    """A link (and no node) was selected."""
    message = Signal(str)
    """A word for the status bar (keyboard connecting, a move with nothing selected)."""

    NUDGE_PX = 10.0
    """Shift+arrow moves the selected nodes this far on screen."""

    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.scene = QGraphicsScene(self)
        self.view = SchematicView(self.scene)
        self.items: dict[str, NodeItem] = {}
        self.link_items: dict[str, LinkItem] = {}
        self._scenario: Scenario | None = None
        self._auto = False
        self._positions: dict[str, tuple[float, float]] = {}
        self._link_origin: str | None = None
        self._link_target: str | None = None
        self._link_line: QGraphicsLineItem | None = None
        self._link_ring: QGraphicsEllipseItem | None = None
        palette = QHBoxLayout()
        palette.setContentsMargins(0, 0, 0, 0)
        palette.setSpacing(2)
        add = QToolButton()
        add.setText(translate("Schematic", "Add node"))
        add.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(add)
        for kind, label in KIND_LABELS.items():
            act = QAction(node_icon(kind), label, menu)
            act.triggered.connect(lambda _=False, k=kind: self.add_node(k))
            menu.addAction(act)
        add.setMenu(menu)
        add.setToolTip(translate("Schematic", "Add a node: a reservoir, an inflow, a demand, a "
                                              "junction or a sink  [Insert]"))
        self.add_button = add
        self.connect_button = QToolButton()
        self.connect_button.setText(translate("Schematic", "Connect"))
        self.connect_button.setCheckable(True)
        self.connect_button.setToolTip(translate(
            "Schematic", "Drag from one node to the node downstream of it (or hold Shift while "
            "dragging); from the keyboard: select the upstream node, press L, choose the "
            "downstream node with the arrow keys, Enter  [L]"))
        self.connect_button.toggled.connect(self._on_connect_button_toggled)
        delete = QToolButton()
        delete.setText(translate("Schematic", "Delete"))
        delete.setToolTip(translate("Schematic", "Delete the selected nodes (with their links) "
                                                 "or links  [Del]"))
        delete.clicked.connect(self.delete_selected)
        fit = QToolButton()
        fit.setText(translate("Schematic", "Fit"))
        fit.setToolTip(translate("Schematic", "Show the whole network  [Ctrl+0]"))
        fit.clicked.connect(self.view.fit)
        for w in (add, self.connect_button, delete, fit):
            palette.addWidget(w)
        palette.addStretch(1)
        self.member_note = QLabel()
        """Which ensemble member the bars and badges show (hidden for a single run); a line
        of its own that wraps, so a long member name never widens the panel."""
        self.member_note.setObjectName("memberNote")
        self.member_note.setStyleSheet("color: #555555;")
        self.member_note.setWordWrap(True)
        self.member_note.hide()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(2, 2, 2, 2)
        lay.addLayout(palette)
        lay.addWidget(self.member_note)
        lay.addWidget(self.view)
        self.scene.selectionChanged.connect(self._on_scene_selection_changed)
        self.view.connect_requested.connect(self._on_view_connect_requested)
        self.view.delete_requested.connect(self.delete_selected)
        self.view.moved.connect(self._on_view_moved)
        self.view.add_requested.connect(self._on_view_add_requested)
        self.view.zoomed.connect(self._on_view_zoomed)
        self.view.key_handler = self.handle_key
        self.delete_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self,
                                         context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_shortcut.activated.connect(self.delete_selected)
        self.sync(document.scenario)
        self.view.fit()

    # --- model → items ------------------------------------------------------------------
    def sync(self, scenario: Scenario) -> None:
        """Make the items match the scenario's nodes, links and layout."""
        old = self._scenario
        self._scenario = scenario
        if old is not None and scenario.nodes is old.nodes and scenario.links is old.links:
            if scenario.layout is not old.layout:
                self._move_items(scenario)
            return
        self.cancel_keyboard_link()
        self._auto = needs_layout(scenario)
        positions = _positions(scenario)
        self._positions = positions
        self.scene.blockSignals(True)
        ids = {n.id for n in scenario.nodes}
        for nid in list(self.items):
            if nid not in ids:
                self.scene.removeItem(self.items.pop(nid))
        for lid in list(self.link_items):
            self.link_items[lid].detach()
            self.scene.removeItem(self.link_items.pop(lid))
        for n in scenario.nodes:
            item = self.items.get(n.id)
            if item is None:
                item = NodeItem(n)
                self.items[n.id] = item
                self.scene.addItem(item)
            else:
                item.set_node(n)
            x, y = positions[n.id]
            item.setPos(x, y)
        self._set_scene_rect()
        for lk in scenario.links:
            if lk.source in self.items and lk.target in self.items:
                li = LinkItem(lk, self.items[lk.source], self.items[lk.target])
                self.link_items[lk.id] = li
                self.scene.addItem(li)
        self.scene.blockSignals(False)
        self.place_labels()

    def _set_scene_rect(self) -> None:
        """Room around the network to pan and to drop new nodes."""
        xs = [p[0] for p in self._positions.values()] or [0.0]
        ys = [p[1] for p in self._positions.values()] or [0.0]
        self.scene.setSceneRect(min(xs) - 1500, min(ys) - 1500, max(xs) - min(xs) + 3000,
                                max(ys) - min(ys) + 3000)

    def _move_items(self, scenario: Scenario) -> None:
        """Put the items where a new layout says (a move, or its undo); nothing else of the
        network changed."""
        self._auto = needs_layout(scenario)
        self._positions = _positions(scenario)
        for nid, (x, y) in self._positions.items():
            item = self.items.get(nid)
            if item is not None and (item.pos().x(), item.pos().y()) != (x, y):
                item.setPos(x, y)
                item.adjust_links()
        self._set_scene_rect()
        self.place_labels()

    def show_results(self, results: Results | None, member: int = 0,
                     member_label: str = "") -> None:
        """Storage fill of reservoirs and shortfall badges of demands: the numbers of ensemble
        member ``member`` (the one the Summary shows, from its :meth:`Results.summary`);
        ``member_label`` names it in the tooltips and the note above the drawing ('' for a
        single run)."""
        if results is None:
            return
        member = min(max(member, 0), results.members - 1)
        summary = results.summary(member)
        short = {d.node_id: d.shortfall_pct for d in summary.demands}
        fills = {res.node_id: res.end_fill_pct for res in summary.reservoirs}
        resized = False
        for nid, item in self.items.items():
            n = item.node
            fill = badge = None
            if isinstance(n, ReservoirNode) and nid in fills:
                fill = fills[nid] / 100.0
            elif isinstance(n, DemandNode) and short.get(nid, 0.0) >= 0.05:
                badge = f"{fixed(short[nid], 1 if short[nid] < 10 else 0)} %"
            resized = item.set_state(fill, badge, member_label) or resized
        self._show_member_note(member_label)
        if resized:
            self.place_labels()

    def _show_member_note(self, member_label: str) -> None:
        """'Fill and shortfall: member 17 of 200 (driest)' above the drawing while an ensemble
        is shown (hidden for a single run)."""
        note = self.member_note
        if not member_label:
            note.hide()
            return
        note.setText(translate("Schematic", "Fill and shortfall: {member}").format(
            member=member_label))
        note.setToolTip(translate(
            "Schematic", "The storage bars (active storage at the end of the horizon) and the "
            "shortfall badges show {member}, the member the Summary and the plots show; choose "
            "it in the toolbar").format(member=member_label))
        note.show()

    def select_node(self, node_id: str | None) -> None:
        """Select a node (from elsewhere in the window) and bring it into view."""
        self.scene.blockSignals(True)
        self.scene.clearSelection()
        item = self.items.get(node_id) if node_id else None
        if item is not None:
            item.setSelected(True)
            self.view.ensureVisible(item, 40, 40)
        self.scene.blockSignals(False)
        self.place_labels()

    def selected_ids(self) -> list[str]:
        return [i.node.id for i in self.scene.selectedItems() if isinstance(i, NodeItem)]

    # --- gestures → edits ---------------------------------------------------------------
    def add_node(self, kind: NodeKind, at: QPointF | None = None) -> str | None:
        """Add a node of ``kind`` (at the view centre by default); returns its id."""
        s = self.document.scenario
        if at is None:
            at = self.view.mapToScene(self.view.viewport().rect().center())
        at = self.free_spot(at)
        node = new_node(s, kind)
        where = (at.x(), at.y())
        label = translate("Schematic", "Add {name}").format(name=node.name)
        edit: AddNode | ReplaceScenario = AddNode(node=node, position=where, label=label)
        if self._auto:
            # freeze the automatic layout first, so the others do not jump around
            s2 = MoveNodes(positions=auto_layout(s)).apply(s)
            edit = ReplaceScenario(scenario=AddNode(node=node, position=where).apply(s2),
                                   label=label)
        if self.document.apply(edit):
            self.select_node(node.id)
            self.node_selected.emit(node.id)
            return node.id
        return None

    def connect_nodes(self, source: str, target: str) -> bool:
        s = self.document.scenario
        label = translate("Schematic", "Connect {source} → {target}").format(
            source=s.node(source).name, target=s.node(target).name)
        return self.document.apply(AddLink(source=source, target=target, label=label))

    def delete_selected(self) -> bool:
        s = self.document.scenario
        nodes = self.selected_ids()
        if nodes:
            names = ", ".join(s.node(n).name for n in nodes[:3]) + ("…" if len(nodes) > 3 else "")
            return self.document.apply(DeleteNodes(node_ids=tuple(nodes), label=translate(
                "Schematic", "Delete {name}").format(name=names)))
        links = [i.link.id for i in self.scene.selectedItems() if isinstance(i, LinkItem)]
        if links:
            return self.document.apply(DeleteLinks(link_ids=tuple(links), label=translate(
                "Schematic", "Delete link {ids}").format(ids=", ".join(links))))
        return False

    def _on_view_moved(self) -> None:
        s = self.document.scenario
        shown = self._positions
        moved = {nid: (round(it.pos().x(), 1), round(it.pos().y(), 1))
                 for nid, it in self.items.items()
                 if nid in shown and (abs(it.pos().x() - shown[nid][0]) > 0.5
                                      or abs(it.pos().y() - shown[nid][1]) > 0.5)}
        if not moved:  # a pan or a click: the names may have room elsewhere now
            self.place_labels()
            return
        really = list(moved)
        if self._auto:  # the first move stores the automatic layout of every node
            moved = {nid: (round(it.pos().x(), 1), round(it.pos().y(), 1))
                     for nid, it in self.items.items()}
        sel = really
        self.document.apply(MoveNodes(positions=moved, label=move_label(s, sel)))

    def _on_view_connect_requested(self, source: str, target: str) -> None:
        self.connect_nodes(source, target)

    def _on_view_add_requested(self, kind: NodeKind, at: QPointF) -> None:
        self.add_node(kind, at)

    def _on_view_zoomed(self) -> None:
        t = self.view.transform()
        LinkItem.view_scale_x = max(abs(t.m11()), 1e-3)
        LinkItem.view_scale_y = max(abs(t.m22()), 1e-3)
        LinkItem.view_scale = math.sqrt(LinkItem.view_scale_x * LinkItem.view_scale_y)
        for link in self.link_items.values():
            link.adjust()
        self.place_labels()

    def place_labels(self) -> None:
        """Place every name where it collides with nothing (see schematic_labels); names
        that fit nowhere at this zoom are left out until there is room."""
        view = self.view
        if not self.items:
            return
        centres = {nid: view.mapFromScene(it.pos()) for nid, it in self.items.items()}
        selected = set(self.selected_ids())
        spots = []
        for nid, item in self.items.items():
            c = centres[nid]
            hw, hh = item.symbol_half_size()
            priority = 0 if nid in selected else _label_priority(item)
            spots.append(NodeSpot(nid, float(c.x()), float(c.y()), hw, hh,
                                  item.label_options(), priority))
        links = []
        for li in self.link_items.values():
            a, b = centres.get(li.source.node.id), centres.get(li.target.node.id)
            if a is not None and b is not None:
                links.append(((float(a.x()), float(a.y())), (float(b.x()), float(b.y()))))
        vp = view.viewport().rect()
        bounds = Box(2.0, 2.0, vp.width() - 2.0, vp.height() - 2.0)
        placed = place_labels(spots, links, bounds)
        for nid, item in self.items.items():
            c = centres[nid]
            item.set_placement(placed.get(nid), (float(c.x()), float(c.y())))

    def free_spot(self, at: QPointF, clearance_px: float = 46.0) -> QPointF:
        """``at``, or the nearest point around it at least ``clearance_px`` (on screen) from
        every node, so a new node never lands on top of another."""
        t = self.view.transform()
        sx, sy = max(abs(t.m11()), 1e-6), max(abs(t.m22()), 1e-6)
        taken = [(it.pos().x(), it.pos().y()) for it in self.items.values()]

        def free(x: float, y: float) -> bool:
            return all(math.hypot((x - a) * sx, (y - b) * sy) >= clearance_px for a, b in taken)

        if free(at.x(), at.y()):
            return at
        step = clearance_px * 0.6
        for ring in range(1, 40):
            spots = []
            for k in range(-ring, ring + 1):
                for dx, dy in ((k, -ring), (k, ring), (-ring, k), (ring, k)):
                    spots.append((math.hypot(dx, dy), dx, dy))
            for _, dx, dy in sorted(set(spots)):
                x, y = at.x() + dx * step / sx, at.y() + dy * step / sy
                if free(x, y):
                    return QPointF(x, y)
        return at

    # --- keyboard ---------------------------------------------------------------------
    def handle_key(self, key: int, modifiers: Qt.KeyboardModifier) -> bool:
        """The schematic's keys (see the module's docstring); False for any other key."""
        direction = {Qt.Key.Key_Left: "left", Qt.Key.Key_Right: "right",
                     Qt.Key.Key_Up: "up", Qt.Key.Key_Down: "down"}.get(Qt.Key(key))
        plain = not modifiers & (Qt.KeyboardModifier.ControlModifier
                                 | Qt.KeyboardModifier.AltModifier
                                 | Qt.KeyboardModifier.MetaModifier)
        shift = bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
        if direction is not None and plain:
            if self._link_origin is not None:
                self.choose_link_target(direction)
            elif shift:
                self.nudge(direction)
            else:
                self.step_selection(direction)
            return True
        if not plain or shift:
            return False
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._link_origin is not None:
            self.finish_keyboard_link()
            return True
        if key == Qt.Key.Key_Escape:
            if self._link_origin is not None:
                self.cancel_keyboard_link()
                self.message.emit("Connecting cancelled")
            else:
                self.select_node(None)
                self.node_selected.emit(None)
            return True
        if key == Qt.Key.Key_L:
            self.start_keyboard_link()
            return True
        if key == Qt.Key.Key_Insert:
            self.add_button.showMenu()
            return True
        return False

    def _screen_centres(self) -> dict[str, tuple[float, float]]:
        """Every node's centre on screen, in the scenario's order."""
        order = [n.id for n in self._scenario.nodes] if self._scenario is not None else []
        out = {}
        for nid in order:
            item = self.items.get(nid)
            if item is not None:
                p = self.view.mapFromScene(item.pos())
                out[nid] = (float(p.x()), float(p.y()))
        return out

    def step_selection(self, direction: str) -> str | None:
        """Select the next node in ``direction`` on screen (the first node when none is
        selected); returns the node now selected."""
        ids = self.selected_ids()
        nid = neighbour(self._screen_centres(), ids[0] if ids else None, direction)
        if nid is None:
            return ids[0] if ids else None
        self.select_node(nid)
        self.node_selected.emit(nid)
        return nid

    def nudge(self, direction: str) -> bool:
        """Move the selected nodes :data:`NUDGE_PX` on screen in ``direction``; presses in
        a row on the same nodes are one undo step."""
        ids = self.selected_ids()
        if not ids:
            self.message.emit("Select a node to move first (arrow keys)")
            return False
        t = self.view.transform()
        ux, uy = DIRECTIONS[direction]
        dx = ux * self.NUDGE_PX / max(abs(t.m11()), 1e-6)
        dy = uy * self.NUDGE_PX / max(abs(t.m22()), 1e-6)
        chosen = set(ids)
        moved = {nid: (round(it.pos().x() + (dx if nid in chosen else 0.0), 1),
                       round(it.pos().y() + (dy if nid in chosen else 0.0), 1))
                 for nid, it in self.items.items() if nid in chosen or self._auto}
        s = self.document.scenario
        ok = self.document.apply(MoveNodes(positions=moved, label=move_label(s, ids),
                                           merge_key=("keyboard move", tuple(sorted(ids)))))
        if ok:
            self.view.ensureVisible(self.items[ids[0]], 40, 40)
        return ok

    def start_keyboard_link(self) -> bool:
        """Begin connecting the selected node to another one chosen with the arrow keys."""
        ids = self.selected_ids()
        if len(ids) != 1:
            self.message.emit("Select the node the water comes from first (arrow keys), "
                              "then press L")
            return False
        self.cancel_keyboard_link()
        self._link_origin = ids[0]
        name = self.document.scenario.node(ids[0]).name
        self.message.emit(f"Connect {name} → …: choose the node downstream with the arrow "
                          "keys, Enter connects, Esc cancels")
        return True

    def choose_link_target(self, direction: str) -> str | None:
        """Move the candidate downstream node of a keyboard connection."""
        origin = self._link_origin
        if origin is None:
            return None
        centres = self._screen_centres()
        nid = neighbour(centres, self._link_target or origin, direction)
        if nid is None or nid == origin:
            nid = self._link_target
        if nid is None:
            return None
        self._link_target = nid
        a, b = self.items[origin].pos(), self.items[nid].pos()
        if self._link_line is None:
            dashed = QPen(QColor("#D55E00"), 2, Qt.PenStyle.DashLine)
            dashed.setCosmetic(True)
            self._link_line = QGraphicsLineItem()
            self._link_line.setPen(dashed)
            ring = QPen(QColor("#D55E00"), 2)
            ring.setCosmetic(True)
            self._link_ring = QGraphicsEllipseItem()
            self._link_ring.setPen(ring)
            self._link_ring.setFlag(self._link_ring.GraphicsItemFlag.ItemIgnoresTransformations)
            self._link_ring.setRect(-20, -20, 40, 40)
            self._link_line.setZValue(50)
            self._link_ring.setZValue(50)
            self.scene.addItem(self._link_line)
            self.scene.addItem(self._link_ring)
        assert self._link_ring is not None
        self._link_line.setLine(QLineF(a, b))
        self._link_ring.setPos(b)
        s = self.document.scenario
        self.message.emit(f"Connect {s.node(origin).name} → {s.node(nid).name}?  Enter "
                          "connects, arrow keys choose another node, Esc cancels")
        self.view.ensureVisible(self.items[nid], 40, 40)
        return nid

    def finish_keyboard_link(self) -> bool:
        """Connect the keyboard connection's two nodes (one edit, or a refusal saying why)."""
        origin, target = self._link_origin, self._link_target
        self.cancel_keyboard_link()
        if origin is None or target is None:
            self.message.emit("No downstream node chosen: nothing connected")
            return False
        return self.connect_nodes(origin, target)

    def cancel_keyboard_link(self) -> None:
        for item in (self._link_line, self._link_ring):
            if item is not None:
                self.scene.removeItem(item)
        self._link_line = self._link_ring = None
        self._link_origin = self._link_target = None

    @property
    def keyboard_link(self) -> tuple[str | None, str | None]:
        """The keyboard connection under way: (origin, candidate), or (None, None)."""
        return self._link_origin, self._link_target

    # --- the session ------------------------------------------------------------------
    def attach(self, session) -> None:
        """Follow a :class:`~waterplanner.ui.session.Session`: its scenario, results and
        selection; a selection made here becomes the session's."""
        self._session = session
        session.scenario_changed.connect(self.sync)
        session.results_changed.connect(self._on_session_results_changed)
        session.member_changed.connect(self._on_session_results_changed)
        session.selection_changed.connect(self._on_session_selection_changed)
        self.node_selected.connect(session.select_node)
        self.link_selected.connect(session.select_link)

    def _on_session_results_changed(self) -> None:
        """The Summary's results and member (none while the scenario's own are on the way:
        nothing stale)."""
        ss = self._session
        results = ss.results
        if results is None:
            for item in self.items.values():
                item.set_state(None, None)
            self._show_member_note("")
            return
        self.show_results(results, ss.member, ss.member_label())

    def _on_session_selection_changed(self, node_id: str | None, link_id: str | None) -> None:
        if (node_id is not None or link_id is None) and \
                self.selected_ids()[:1] != ([node_id] if node_id else []):
            self.select_node(node_id)

    def _on_connect_button_toggled(self, on: bool) -> None:
        self.view.connect_mode = on

    def _on_scene_selection_changed(self) -> None:
        self.place_labels()  # the selected node's name goes first
        ids = self.selected_ids()
        links = [i.link.id for i in self.scene.selectedItems() if isinstance(i, LinkItem)]
        if not ids and links:
            self.link_selected.emit(links[0])
            return
        self.node_selected.emit(ids[0] if ids else None)
