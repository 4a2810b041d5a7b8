"""Graphics items of the cascade schematic: nodes drawn by kind, links as arrows.

Shapes: reservoir ◆, inflow ▼, demand ●, junction small ○, minimum-flow point ■,
terminal lake ◎ (an ellipse with a double rim), sink ✕ in a square. The fill is the
country's colour. Reservoirs show a storage bar, demands a shortfall badge.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QStyleOptionGraphicsItem, QWidget

from waterplanner.model.nodes import AnyNode, NodeKind
from waterplanner.model.scenario import Link
from waterplanner.ui.palette import OKABE_ITO, SHORTFALL, country_colour

NODE_SIZE = 18.0
LABEL_WIDTH = 170.0


def node_shape(kind: NodeKind, size: float = NODE_SIZE) -> QPainterPath:
    """The outline of a node of ``kind`` centred on (0, 0)."""
    h = size / 2
    path = QPainterPath()
    if kind is NodeKind.RESERVOIR:
        path.addPolygon(QPolygonF([QPointF(0, -h * 1.15), QPointF(h * 1.15, 0),
                                   QPointF(0, h * 1.15), QPointF(-h * 1.15, 0)]))
        path.closeSubpath()
    elif kind is NodeKind.INFLOW:
        path.addPolygon(QPolygonF([QPointF(-h, -h * 0.8), QPointF(h, -h * 0.8), QPointF(0, h)]))
        path.closeSubpath()
    elif kind is NodeKind.DEMAND:
        path.addEllipse(QPointF(0, 0), h * 0.85, h * 0.85)
    elif kind is NodeKind.JUNCTION:
        path.addEllipse(QPointF(0, 0), h * 0.45, h * 0.45)
    elif kind is NodeKind.MIN_FLOW:
        path.addRect(QRectF(-h * 0.65, -h * 0.65, h * 1.3, h * 1.3))
    elif kind is NodeKind.TERMINAL_LAKE:
        path.addEllipse(QPointF(0, 0), h * 1.5, h)
    else:
        path.addRect(QRectF(-h * 0.7, -h * 0.7, h * 1.4, h * 1.4))
    return path


class NodeItem(QGraphicsItem):
    """A node on the schematic: movable, selectable, showing its live state."""

    def __init__(self, node: AnyNode) -> None:
        super().__init__()
        self.node = node
        self.fill_fraction: float | None = None
        self.badge: str | None = None
        self.links: list[LinkItem] = []
        self.label_width = LABEL_WIDTH
        self.label_left = False
        # symbols and names keep their screen size at any zoom, like a map's: positions
        # scale, text stays readable
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsMovable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                      | QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setAcceptHoverEvents(True)
        self.setZValue(10)
        # drawn once into a pixmap and blitted until its look changes
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self._shape = node_shape(node.kind)
        self._update_tooltip()

    def set_node(self, node: AnyNode) -> None:
        """Show another version of the node (renamed, new country...)."""
        if node.kind is not self.node.kind:
            self._shape = node_shape(node.kind)
        self.prepareGeometryChange()
        self.node = node
        self._update_tooltip()
        self.update()

    def set_state(self, fill_fraction: float | None, badge: str | None) -> None:
        """Live state from the latest results (redrawn only when the shown figures change)."""
        if fill_fraction is not None:
            fill_fraction = round(fill_fraction, 2)
        if fill_fraction != self.fill_fraction or badge != self.badge:
            self.fill_fraction, self.badge = fill_fraction, badge
            self._update_tooltip()
            self.update()

    def _update_tooltip(self) -> None:
        n = self.node
        lines = [f"<b>{n.name}</b> ({n.kind.value.replace('_', ' ')})"]
        if n.local_name:
            lines.append(n.local_name)
        if n.country:
            lines.append(f"Country: {n.country}")
        if self.fill_fraction is not None:
            lines.append(f"Active storage at the end of the horizon: {self.fill_fraction:.0%}")
        if self.badge:
            lines.append(f"Shortfall: {self.badge}")
        lines.append("<i>Shift-drag to another node to connect</i>")
        self.setToolTip("<br>".join(lines))

    def shape(self) -> QPainterPath:
        return self._shape

    def boundingRect(self) -> QRectF:
        return self._shape.boundingRect().adjusted(-3, -3, 3, 3).united(self._label_rect())

    def set_label_room(self, width: float, left: bool) -> None:
        """Where the name goes: its width in pixels and whether left of the symbol."""
        if (width, left) != (self.label_width, self.label_left):
            self.prepareGeometryChange()
            self.label_width, self.label_left = width, left
            self.update()

    def _label_rect(self) -> QRectF:
        r = self._shape.boundingRect()
        if self.label_left:
            return QRectF(r.left() - 6 - self.label_width, -16, self.label_width, 34)
        return QRectF(r.right() + 6, -16, self.label_width, 34)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        col = country_colour(self.node.country)
        selected = self.isSelected()
        painter.setPen(QPen(QColor(OKABE_ITO["vermillion"]) if selected else QColor("#202020"),
                            3 if selected else 1.4))
        if self.node.kind is NodeKind.JUNCTION:
            painter.setBrush(QBrush(QColor("white")))
        else:
            painter.setBrush(QBrush(col.lighter(135)))
        painter.drawPath(self._shape)
        if self.node.kind is NodeKind.RESERVOIR and self.fill_fraction is not None:
            # water level inside the diamond, clipped to its outline
            r = self._shape.boundingRect()
            level = r.bottom() - r.height() * max(0.0, min(1.0, self.fill_fraction))
            painter.save()
            painter.setClipPath(self._shape)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(col))
            painter.drawRect(QRectF(r.left(), level, r.width(), r.bottom() - level))
            painter.restore()
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor("#202020"), 1.4))
            painter.drawPath(self._shape)
        if self.node.kind is NodeKind.TERMINAL_LAKE:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            r = self._shape.boundingRect().adjusted(4, 4, -4, -4)
            painter.drawEllipse(r)
        if self.node.kind is NodeKind.SINK:
            r = self._shape.boundingRect().adjusted(3, 3, -3, -3)
            painter.drawLine(r.topLeft(), r.bottomRight())
            painter.drawLine(r.topRight(), r.bottomLeft())
        lr = self._label_rect()
        font = QFont()
        font.setPointSizeF(8.5 if self.node.kind is not NodeKind.JUNCTION else 7.5)
        font.setBold(self.node.kind in (NodeKind.RESERVOIR, NodeKind.TERMINAL_LAKE))
        painter.setFont(font)
        painter.setPen(QColor("#111111" if self.node.kind is not NodeKind.JUNCTION else "#666666"))
        name = painter.fontMetrics().elidedText(self.node.name, Qt.TextElideMode.ElideRight,
                                                int(lr.width()))
        side = Qt.AlignmentFlag.AlignRight if self.label_left else Qt.AlignmentFlag.AlignLeft
        painter.drawText(QRectF(lr.left(), lr.top(), lr.width(), 16),
                         side | Qt.AlignmentFlag.AlignVCenter, name)
        if self.node.kind is NodeKind.RESERVOIR and self.fill_fraction is not None:
            bar_w = min(60.0, lr.width() - 30)
            x0 = lr.right() - bar_w - 30 if self.label_left else lr.left()
            bar = QRectF(x0, lr.top() + 19, bar_w, 9)
            painter.setPen(QPen(QColor("#555555"), 0.8))
            painter.setBrush(QBrush(QColor("white")))
            painter.drawRect(bar)
            painter.setBrush(QBrush(col))
            painter.drawRect(QRectF(bar.left(), bar.top(),
                                    bar.width() * max(0.0, min(1.0, self.fill_fraction)),
                                    bar.height()))
            small = QFont(font)
            small.setBold(False)
            small.setPointSizeF(8)
            painter.setFont(small)
            painter.setPen(QColor("#333333"))
            painter.drawText(QRectF(bar.right() + 3, bar.top() - 3, 40, 14),
                             Qt.AlignmentFlag.AlignLeft, f"{self.fill_fraction:.0%}")
        if self.badge:
            small = QFont(font)
            small.setBold(True)
            small.setPointSizeF(8.5)
            painter.setFont(small)
            rect = QRectF(lr.right() - 62 if self.label_left else lr.left(), lr.top() + 17, 62, 15)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(QColor(SHORTFALL)))
            painter.drawRoundedRect(rect, 4, 4)
            painter.setPen(QColor("white"))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, f"⚠ {self.badge}")

    def adjust_links(self) -> None:
        """Redraw the links touching this node (after it moved)."""
        for link in self.links:
            link.adjust()


class LinkItem(QGraphicsPathItem):
    """A link drawn as an arrow from its source's rim to its target's rim."""

    def __init__(self, link: Link, source: NodeItem, target: NodeItem) -> None:
        super().__init__()
        self.link = link
        self.source = source
        self.target = target
        source.links.append(self)
        target.links.append(self)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(1)
        style = Qt.PenStyle.DashLine if link.overflow else Qt.PenStyle.SolidLine
        self._pen = QPen(QColor("#4D6B80"), 1.8, style)
        self.setPen(self._pen)
        self.setBrush(QBrush(QColor("#4D6B80")))
        extra = []
        if link.travel_time_periods:
            extra.append(f"travel time {link.travel_time_periods} periods")
        if link.loss_fraction:
            extra.append(f"loss {link.loss_fraction:.0%}")
        if link.capacity_m3s is not None:
            extra.append(f"capacity {link.capacity_m3s:g} m³/s")
        self.setToolTip(f"{source.node.name} → {target.node.name}"
                        + (f" ({', '.join(extra)})" if extra else "")
                        + ("<br>overflow route" if link.overflow else ""))
        self.adjust()

    def detach(self) -> None:
        for end in (self.source, self.target):
            if self in end.links:
                end.links.remove(self)

    view_scale = 1.0
    """Zoom of the view (symbols keep their screen size, so the rims scale inversely)."""

    def adjust(self) -> None:
        """Redraw between the current positions of the two nodes."""
        a, b = self.source.pos(), self.target.pos()
        line = QLineF(a, b)
        if line.length() < 1:
            self.setPath(QPainterPath())
            return
        scale = self.view_scale
        ra = _rim(self.source, line.angle() + 180) / scale
        rb = _rim(self.target, line.angle()) / scale
        ux, uy = line.dx() / line.length(), line.dy() / line.length()
        p0 = QPointF(a.x() + ux * ra, a.y() + uy * ra)
        p1 = QPointF(b.x() - ux * rb, b.y() - uy * rb)
        path = QPainterPath(p0)
        path.lineTo(p1)
        size = 9.0 / scale
        left = QPointF(p1.x() - ux * size - uy * size * 0.5, p1.y() - uy * size + ux * size * 0.5)
        right = QPointF(p1.x() - ux * size + uy * size * 0.5, p1.y() - uy * size - ux * size * 0.5)
        path.addPolygon(QPolygonF([p1, left, right, p1]))
        self.setPath(path)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        pen = QPen(self._pen)
        if self.isSelected():
            pen.setColor(QColor(OKABE_ITO["vermillion"]))
            pen.setWidthF(3)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(pen)
        painter.setBrush(QBrush(pen.color()))
        painter.drawPath(self.path())


def _rim(item: NodeItem, angle_deg: float) -> float:
    """Distance from the centre of a node to its outline, roughly, toward an angle."""
    r = item.shape().boundingRect()
    a = math.radians(angle_deg)
    w, h = r.width() / 2, r.height() / 2
    denom = math.hypot(h * math.cos(a), w * math.sin(a))
    return (w * h / denom if denom else w) + 2
