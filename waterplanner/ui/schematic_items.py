"""Graphics items of the cascade schematic: nodes drawn by kind, links as arrows.

Shapes: reservoir ◆, inflow ▼, demand ●, junction small ○, minimum-flow point ■,
terminal lake ◎ (an ellipse with a double rim), sink ✕ in a square. The fill is the
country's colour. Reservoirs show a storage bar, demands a shortfall badge.
"""

from __future__ import annotations

import html
import math

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QStyleOptionGraphicsItem, QWidget

from waterplanner.i18n import QT_TRANSLATE_NOOP, LabelTable, translate
from waterplanner.i18n.units import unit
from waterplanner.model.nodes import AnyNode, NodeKind
from waterplanner.model.scenario import Link
from waterplanner.ui.figures import general
from waterplanner.ui.palette import OKABE_ITO, SHORTFALL, country_colour
from waterplanner.ui.schematic_labels import LabelOption, Placement, short_name, two_lines

NODE_SIZE = 18.0


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


NAME_PT = 8.5
JUNCTION_PT = 7.5
LINE_PX = 15.0
EXTRA_PX = 16.0
BAR_PX = 60.0
BADGE_PX = 62.0
FULL_NAME_MAX_PX = 300.0
HALO = QColor(251, 251, 248, 215)
"""Behind a name, the view's background colour, so a link passing under it stays legible."""



KIND_WORDS: LabelTable[NodeKind] = LabelTable("SchematicItems", {
    NodeKind.INFLOW: QT_TRANSLATE_NOOP("SchematicItems", "inflow"),
    NodeKind.RESERVOIR: QT_TRANSLATE_NOOP("SchematicItems", "reservoir"),
    NodeKind.JUNCTION: QT_TRANSLATE_NOOP("SchematicItems", "junction"),
    NodeKind.DEMAND: QT_TRANSLATE_NOOP("SchematicItems", "demand"),
    NodeKind.MIN_FLOW: QT_TRANSLATE_NOOP("SchematicItems", "min flow"),
    NodeKind.TERMINAL_LAKE: QT_TRANSLATE_NOOP("SchematicItems", "terminal lake"),
    NodeKind.SINK: QT_TRANSLATE_NOOP("SchematicItems", "sink"),
})
"""The kind of a node as its tooltip names it (lower case)."""


def percent(fraction: float) -> str:
    """0.25 → '25%' (as ``f"{fraction:.0%}"`` writes it)."""
    return f"{fraction:.0%}"

class NodeItem(QGraphicsItem):
    """A node on the schematic: movable, selectable, showing its live state.

    Its name goes where :meth:`set_placement` says (the panel places all names together so
    that none collides); without a placement the name is not drawn.
    """

    def __init__(self, node: AnyNode) -> None:
        super().__init__()
        self.node = node
        self.fill_fraction: float | None = None
        self.badge: str | None = None
        self.member = ""
        """Which ensemble member the bar and the badge show ('member 17 of 200 (driest)');
        '' for a single run."""
        self.links: list[LinkItem] = []
        self.placement: Placement | None = None
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

    def set_state(self, fill_fraction: float | None, badge: str | None,
                  member: str = "") -> bool:
        """Live state from the latest results (redrawn only when the shown figures change):
        the storage bar, the shortfall badge and which ensemble member they are of (``member``,
        as :meth:`Session.member_label` words it; '' for a single run). True when the label
        block changed size (its placement must be redone)."""
        if fill_fraction is not None:
            fill_fraction = round(fill_fraction, 2)
        if fill_fraction == self.fill_fraction and badge == self.badge and member == self.member:
            return False
        resized = (fill_fraction is None) != (self.fill_fraction is None) or \
            (badge is None) != (self.badge is None)
        self.fill_fraction, self.badge, self.member = fill_fraction, badge, member
        self._update_tooltip()
        self.update()
        return resized

    def _update_tooltip(self) -> None:
        n = self.node
        e = html.escape
        lines = [translate("SchematicItems", "<b>{name}</b> ({kind})").format(
            name=e(n.name), kind=e(KIND_WORDS[n.kind]))]
        if n.local_name:
            lines.append(e(n.local_name))
        if n.country:
            lines.append(translate("SchematicItems", "Country: {country}").format(
                country=e(n.country)))
        if self.fill_fraction is not None:
            text = translate("SchematicItems", "Active storage at the end of the horizon, "
                             "{member}: {percent}") if self.member else \
                translate("SchematicItems", "Active storage at the end of the horizon: "
                          "{percent}")
            lines.append(text.format(percent=percent(self.fill_fraction), member=e(self.member)))
        if self.badge:
            text = translate("SchematicItems", "Shortfall, {member}: {badge}") if self.member \
                else translate("SchematicItems", "Shortfall: {badge}")
            lines.append(text.format(badge=e(self.badge), member=e(self.member)))
        lines.append(translate("SchematicItems", "<i>Shift-drag to another node to connect</i>"))
        self.setToolTip("<br>".join(lines))

    # --- the label ----------------------------------------------------------------------
    def name_font(self) -> QFont:
        font = QFont()
        font.setPointSizeF(NAME_PT if self.node.kind is not NodeKind.JUNCTION else JUNCTION_PT)
        font.setBold(self.node.kind in (NodeKind.RESERVOIR, NodeKind.TERMINAL_LAKE))
        return font

    def full_name(self) -> str:
        """The name with the country, as shown when there is room."""
        n, label = self.node, self.node.country_label
        if label and label not in n.name:
            return f"{n.name} ({label})"
        return n.name

    def _extra_width(self) -> float:
        if self.node.kind is NodeKind.RESERVOIR and self.fill_fraction is not None:
            return BAR_PX + 36
        if self.badge:
            return BADGE_PX
        return 0.0

    def label_options(self) -> tuple[LabelOption, ...]:
        """The ways this node can be labelled, from the most to the least detailed: the full
        name with the country, the short name, the short name on two lines; each with the
        fill bar or shortfall badge under it first, if the node has one. Measured once per
        node (the very object) and bar or badge width: the names are placed again whenever
        a badge appears, and their widths have not changed."""
        extra = self._extra_width()
        kept = self._options
        if kept is None or kept[0] is not self.node or kept[1] != extra:
            kept = self._options = (self.node, extra, self._measured_options(extra))
        return kept[2]

    _options: tuple[object, float, tuple[LabelOption, ...]] | None = None

    def _measured_options(self, extra: float) -> tuple[LabelOption, ...]:
        fm = QFontMetricsF(self.name_font())

        def width(t: str) -> float:
            return max(fm.horizontalAdvance(line) for line in t.split("\n")) + 6

        short = short_name(self.node.name)
        texts = [("full", self.full_name()), ("short", short)]
        if short == texts[0][1]:
            texts = texts[1:]
        wrapped = two_lines(short, fm.horizontalAdvance)
        if wrapped is not None:
            texts.append(("short", wrapped))
        options: list[LabelOption] = []
        for level, text in texts:
            w = width(text)
            if level == "full" and w > FULL_NAME_MAX_PX:
                continue
            name_h = LINE_PX * (text.count("\n") + 1)
            if extra:
                options.append(LabelOption(level, text, max(w, extra), name_h + EXTRA_PX,
                                           name_h, extra=True))
            options.append(LabelOption(level, text, w, name_h, name_h))
        return tuple(options)

    def symbol_half_size(self) -> tuple[float, float]:
        r = self._shape.boundingRect()
        return r.width() / 2 + 1, r.height() / 2 + 1

    def set_placement(self, placement: Placement | None, centre: tuple[float, float]) -> None:
        """Put the name where the placer said (``centre``: this node in view pixels), or
        hide it (None)."""
        rel = None
        if placement is not None:
            b = placement.box
            rel = (placement.option, round(b.x0 - centre[0], 1), round(b.y0 - centre[1], 1),
                   placement.align)
        old = None
        if self.placement is not None:
            old = (self.placement.option, self._label_origin[0], self._label_origin[1],
                   self.placement.align)
        if rel == old:
            return
        self.prepareGeometryChange()
        self.placement = placement
        self._label_origin = (rel[1], rel[2]) if rel else (0.0, 0.0)
        self.update()

    @property
    def label_text(self) -> str | None:
        """The name as drawn now (None when there was no room for it)."""
        return self.placement.option.text if self.placement is not None else None

    def label_rect(self) -> QRectF:
        """The name's block in item (= view pixel) coordinates; empty when hidden."""
        if self.placement is None:
            return QRectF()
        o = self.placement.option
        return QRectF(self._label_origin[0], self._label_origin[1], o.width, o.height)

    _label_origin: tuple[float, float] = (0.0, 0.0)

    def shape(self) -> QPainterPath:
        return self._shape

    def boundingRect(self) -> QRectF:
        return self._shape.boundingRect().adjusted(-4, -4, 4, 4).united(self.label_rect())

    # --- drawing ------------------------------------------------------------------------
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
        if self.badge:
            # short of water: a red ring, whether or not the label had room for the badge
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor(SHORTFALL), 2.2))
            painter.drawEllipse(self._shape.boundingRect().adjusted(-3, -3, 3, 3))
        if self.placement is not None:
            self._paint_label(painter, col)

    def _paint_label(self, painter: QPainter, col: QColor) -> None:
        lr = self.label_rect()
        opt = self.placement.option  # type: ignore[union-attr]
        align = self.placement.align  # type: ignore[union-attr]
        font = self.name_font()
        painter.setFont(font)
        fm = QFontMetricsF(font)
        ink = QColor("#111111" if self.node.kind is not NodeKind.JUNCTION else "#555555")
        for k, text in enumerate(opt.text.split("\n")):
            text_w = min(fm.horizontalAdvance(text) + 6, lr.width())
            if align == "left":
                x_text = lr.left()
            elif align == "right":
                x_text = lr.right() - text_w
            else:
                x_text = lr.center().x() - text_w / 2
            line = QRectF(x_text, lr.top() + k * LINE_PX, text_w, LINE_PX)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(HALO))
            painter.drawRoundedRect(line, 3, 3)
            painter.setPen(ink)
            painter.drawText(line, Qt.AlignmentFlag.AlignCenter, text)
        if not opt.extra:
            return
        top = lr.top() + opt.line_height + 2
        if self.node.kind is NodeKind.RESERVOIR and self.fill_fraction is not None:
            w = BAR_PX + 36
            x0 = lr.left() if align == "left" else (lr.right() - w if align == "right"
                                                    else lr.center().x() - w / 2)
            bar = QRectF(x0, top + 1, BAR_PX, 9)
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
            painter.drawText(QRectF(bar.right() + 3, top - 2, 34, 14),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             f"{self.fill_fraction:.0%}")
        elif self.badge:
            x0 = lr.left() if align == "left" else (lr.right() - BADGE_PX if align == "right"
                                                    else lr.center().x() - BADGE_PX / 2)
            rect = QRectF(x0, top, BADGE_PX, EXTRA_PX - 2)
            small = QFont(font)
            small.setBold(True)
            small.setPointSizeF(8.5)
            painter.setFont(small)
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
        self._plant_marks: list[QRectF] = []
        self.link = link
        self.source = source
        self.target = target
        source.links.append(self)
        target.links.append(self)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(1)
        style = Qt.PenStyle.DashLine if link.overflow else Qt.PenStyle.SolidLine
        self._pen = QPen(QColor("#4D6B80"), 1.8, style)
        self._pen.setCosmetic(True)  # the same width at any zoom, in either direction
        self.setPen(self._pen)
        self.setBrush(QBrush(QColor("#4D6B80")))
        extra = []
        if link.travel_time_periods:
            extra.append(translate("SchematicItems", "travel time {count} periods").format(
                count=link.travel_time_periods))
        if link.loss_fraction:
            extra.append(translate("SchematicItems", "loss {percent}").format(
                percent=percent(link.loss_fraction)))
        cap = link.capacity_m3s
        m3s = unit("m³/s")
        if isinstance(cap, tuple):
            extra.append(translate("SchematicItems", "capacity {low}–{high} {unit} by period")
                         .format(low=general(min(cap)), high=general(max(cap)), unit=m3s))
        elif cap is not None:
            extra.append(translate("SchematicItems", "capacity {value} {unit}").format(
                value=general(cap), unit=m3s))
        plants = "".join(
            "<br>⚡ " + (translate("SchematicItems", "{name} (run-of-river, {country})")
                        if p.country else translate("SchematicItems", "{name} (run-of-river)"))
            .format(name=html.escape(p.name), country=p.country)
            + translate("SchematicItems", ": {power} {mw}, head {head} {m}, turbines {flow} "
                        "{m3s}").format(power=general(p.installed_mw), mw=unit("MW"),
                                        head=general(p.head_m), m=unit("m"),
                                        flow=general(p.turbine_capacity_m3s), m3s=m3s)
            for p in link.plants)
        self.setToolTip(f"{html.escape(source.node.name)} → {html.escape(target.node.name)}"
                        + (f" ({', '.join(extra)})" if extra else "")
                        + (translate("SchematicItems", "<br>overflow route") if link.overflow
                           else "") + plants)
        country = next((p.country for p in link.plants if p.country), source.node.country)
        self._plant_colour = QColor(country_colour(country))
        self.adjust()

    def detach(self) -> None:
        for end in (self.source, self.target):
            if self in end.links:
                end.links.remove(self)

    view_scale = 1.0
    """Zoom of the view (symbols keep their screen size, so the rims scale inversely)."""
    view_scale_x = 1.0
    view_scale_y = 1.0
    """Horizontal and vertical zoom: a fitted view may stretch the positions one way more
    than the other (the positions are notional, the symbols keep their shape)."""

    def adjust(self) -> None:
        """Redraw between the current positions of the two nodes (rims and arrowhead are
        worked out in view pixels, then mapped back to the scene)."""
        sx, sy = self.view_scale_x, self.view_scale_y
        a, b = self.source.pos(), self.target.pos()
        line = QLineF(a.x() * sx, a.y() * sy, b.x() * sx, b.y() * sy)
        if line.length() < 1:
            self.setPath(QPainterPath())
            return
        ra = _rim(self.source, line.angle() + 180)
        rb = _rim(self.target, line.angle())
        ux, uy = line.dx() / line.length(), line.dy() / line.length()
        ax, ay, bx, by = line.x1(), line.y1(), line.x2(), line.y2()

        def scene(x: float, y: float) -> QPointF:
            return QPointF(x / sx, y / sy)

        p0 = (ax + ux * ra, ay + uy * ra)
        p1 = (bx - ux * rb, by - uy * rb)
        path = QPainterPath(scene(*p0))
        path.lineTo(scene(*p1))
        size = 9.0
        left = scene(p1[0] - ux * size - uy * size * 0.5, p1[1] - uy * size + ux * size * 0.5)
        right = scene(p1[0] - ux * size + uy * size * 0.5, p1[1] - uy * size - ux * size * 0.5)
        path.addPolygon(QPolygonF([scene(*p1), left, right, scene(*p1)]))
        self.prepareGeometryChange()
        self._plant_marks = []
        n = len(self.link.plants)
        r = PLANT_MARK_PX
        for k in range(n):  # one mark per plant, spread around the middle of the reach
            f = 0.5 + (k - (n - 1) / 2) * (2.6 * r) / max(line.length(), 1.0)
            cx, cy = ax + (bx - ax) * f, ay + (by - ay) * f
            self._plant_marks.append(QRectF(scene(cx - r, cy - r), scene(cx + r, cy + r)))
        self.setPath(path)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        pen = QPen(self._pen)
        if self.isSelected():
            pen.setColor(QColor(OKABE_ITO["vermillion"]))
            pen.setWidthF(3)
        pen.setCosmetic(True)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(pen)
        painter.setBrush(QBrush(pen.color()))
        painter.drawPath(self.path())
        if self._plant_marks:
            ring = QPen(QColor("#222222"), 1.2)
            ring.setCosmetic(True)
            painter.setPen(ring)
            for rect in self._plant_marks:
                painter.setBrush(QBrush(self._plant_colour))
                painter.drawEllipse(rect)
                painter.setBrush(QBrush(QColor("white")))
                painter.drawEllipse(rect.adjusted(rect.width() * 0.3, rect.height() * 0.3,
                                                  -rect.width() * 0.3, -rect.height() * 0.3))

    def boundingRect(self) -> QRectF:
        rect = super().boundingRect()
        for mark in self._plant_marks:
            rect = rect.united(mark)
        return rect

    def shape(self) -> QPainterPath:
        shape = super().shape()
        for mark in self._plant_marks:
            shape.addEllipse(mark)
        return shape

    @property
    def plant_marks(self) -> list[QRectF]:
        """Where the run-of-river plants of this reach are drawn (scene coordinates)."""
        return list(self._plant_marks)


PLANT_MARK_PX = 6.0
"""Radius, in screen pixels, of the mark of a run-of-river plant on its reach."""


def _rim(item: NodeItem, angle_deg: float) -> float:
    """Distance from the centre of a node to its outline, roughly, toward an angle."""
    r = item.shape().boundingRect()
    a = math.radians(angle_deg)
    w, h = r.width() / 2, r.height() / 2
    denom = math.hypot(h * math.cos(a), w * math.sin(a))
    return (w * h / denom if denom else w) + 2
