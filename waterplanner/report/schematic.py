"""The cascade schematic, drawn with QPainter from the scenario's layout (the same positions
the app's schematic uses), with no dependency on GUI widgets.

Shapes: inflow ▽, reservoir ◆, demand ●, terminal lake ◎, minimum-flow point ■, junction ·,
sink ○. Fill colours are the countries'. Reservoirs carry their end-of-horizon storage,
demands their shortfall.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen, QPolygonF

from waterplanner.engine.results import Results
from waterplanner.engine.summary import active_fill_pct
from waterplanner.i18n import translate
from waterplanner.i18n.figures import fig
from waterplanner.i18n.units import unit
from waterplanner.model.layout import drawing_positions
from waterplanner.model.nodes import NodeKind, ReservoirNode
from waterplanner.model.scenario import Link, Scenario
from waterplanner.report import style
from waterplanner.report.flow import Ctx, qcolor
from waterplanner.report.names import clip, short_name

__all__ = ["draw_schematic", "short_name"]


def _node_size(ctx: Ctx, kind: NodeKind) -> float:
    return ctx.pt({NodeKind.RESERVOIR: 7.5, NodeKind.TERMINAL_LAKE: 8.0, NodeKind.DEMAND: 5.5,
                   NodeKind.INFLOW: 5.0, NodeKind.MIN_FLOW: 4.5, NodeKind.JUNCTION: 2.2,
                   NodeKind.SINK: 4.5}.get(kind, 4.0))


def _shape(kind: NodeKind, c: QPointF, s: float) -> QPainterPath:
    path = QPainterPath()
    x, y = c.x(), c.y()
    if kind is NodeKind.RESERVOIR:
        path.addPolygon(QPolygonF([QPointF(x, y - s), QPointF(x + s, y), QPointF(x, y + s),
                                   QPointF(x - s, y), QPointF(x, y - s)]))
    elif kind is NodeKind.INFLOW:
        path.addPolygon(QPolygonF([QPointF(x - s, y - s * 0.8), QPointF(x + s, y - s * 0.8),
                                   QPointF(x, y + s * 0.9), QPointF(x - s, y - s * 0.8)]))
    elif kind is NodeKind.MIN_FLOW:
        path.addRect(QRectF(x - s, y - s, 2 * s, 2 * s))
    else:
        path.addEllipse(c, s, s)
    return path


def _draw_plants(ctx: Ctx, p: QPainter, link: Link, start: QPointF, end: QPointF,
                 colour: str) -> None:
    """One small circle per run-of-river plant, around the middle of its reach."""
    n = len(link.plants)
    if not n:
        return
    r = ctx.pt(2.6)
    length = math.hypot(end.x() - start.x(), end.y() - start.y())
    outline = QPen(qcolor(style.AXIS))
    outline.setWidthF(ctx.pt(0.5))
    p.setPen(outline)
    p.setBrush(qcolor(colour))
    for k in range(n):
        f = 0.5 + (k - (n - 1) / 2) * 2.6 * r / max(length, 1.0)
        p.drawEllipse(QPointF(start.x() + (end.x() - start.x()) * f,
                              start.y() + (end.y() - start.y()) * f), r, r)


def draw_schematic(ctx: Ctx, p: QPainter, rect: QRectF, scenario: Scenario,
                   results: Results | None = None, member: int = 0) -> None:
    """Draw the network into ``rect`` (device units), keeping the x/y aspect ratio; with
    ``results``, the storage and shortfall of their member ``member`` (from 0)."""
    nodes = scenario.nodes
    if not nodes:
        return
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    at = drawing_positions([n.id for n in nodes],
                           [(lk.source, lk.target) for lk in scenario.links], scenario.layout)
    xs = [at[n.id][0] for n in nodes]
    ys = [at[n.id][1] for n in nodes]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    label_room = ctx.pt(88)
    inner = rect.adjusted(label_room, ctx.pt(14), -label_room, -ctx.pt(36))
    sx = inner.width() / (x1 - x0) if x1 > x0 else 1.0
    sy = inner.height() / (y1 - y0) if y1 > y0 else 1.0
    # a schematic is topological: stretch one axis up to 1.7 times the other to use the page
    scale_x = min(sx, sy * 1.7)
    scale_y = min(sy, sx * 1.7)
    ox = inner.left() + (inner.width() - (x1 - x0) * scale_x) / 2
    oy = inner.top() + (inner.height() - (y1 - y0) * scale_y) / 2
    pos = {n.id: QPointF(ox + (at[n.id][0] - x0) * scale_x, oy + (at[n.id][1] - y0) * scale_y)
           for n in nodes}
    kinds = {n.id: n.kind for n in nodes}
    countries = sorted({n.country for n in nodes if n.country})

    # links
    kinds_country = {n.id: n.country for n in nodes}
    for link in scenario.links:
        a, b = pos.get(link.source), pos.get(link.target)
        if a is None or b is None:
            continue
        to_demand = kinds.get(link.target) is NodeKind.DEMAND
        from_demand = kinds.get(link.source) is NodeKind.DEMAND
        pen = QPen(qcolor(style.RIVER if not (to_demand or from_demand) else style.MUTED))
        pen.setWidthF(ctx.pt(1.8 if not (to_demand or from_demand) else 0.8))
        if from_demand:
            pen.setStyle(Qt.PenStyle.DashLine)
        if link.overflow:
            pen.setStyle(Qt.PenStyle.DotLine)
        p.setPen(pen)
        dx, dy = b.x() - a.x(), b.y() - a.y()
        dist = math.hypot(dx, dy)
        if dist < 1e-6:
            continue
        ux, uy = dx / dist, dy / dist
        sa = _node_size(ctx, kinds[link.source]) + ctx.pt(1)
        sb = _node_size(ctx, kinds[link.target]) + ctx.pt(1.5)
        start = QPointF(a.x() + ux * sa, a.y() + uy * sa)
        end = QPointF(b.x() - ux * sb, b.y() - uy * sb)
        p.drawLine(start, end)
        ah = ctx.pt(4.5)
        head = QPolygonF([end, QPointF(end.x() - ux * ah - uy * ah * 0.5,
                                       end.y() - uy * ah + ux * ah * 0.5),
                          QPointF(end.x() - ux * ah + uy * ah * 0.5,
                                  end.y() - uy * ah - ux * ah * 0.5)])
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(pen.color())
        p.drawPolygon(head)
        _draw_plants(ctx, p, link, start, end, style.country_colour(
            next((pl.country for pl in link.plants if pl.country), kinds_country.get(
                link.source, "")), countries))

    summary = results.summary(member) if results is not None else None
    mid_x = (x0 + x1) / 2
    # nodes and labels
    for n in nodes:
        c = pos[n.id]
        s = _node_size(ctx, n.kind)
        colour = qcolor(style.country_colour(n.country, countries))
        outline = QPen(qcolor(style.AXIS))
        outline.setWidthF(ctx.pt(0.6))
        p.setPen(outline)
        if n.kind in (NodeKind.JUNCTION,):
            p.setBrush(qcolor(style.AXIS))
        elif n.kind is NodeKind.SINK:
            p.setBrush(qcolor("#FFFFFF"))
        else:
            p.setBrush(colour)
        p.drawPath(_shape(n.kind, c, s))
        if n.kind is NodeKind.TERMINAL_LAKE:
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawEllipse(c, s * 0.55, s * 0.55)
        if n.kind is NodeKind.JUNCTION:
            continue  # junctions stay unlabelled: they would crowd the river
        lines = [short_name(n.name)]
        extra = clip(n.local_name, 60) if n.local_name and n.local_name != lines[0] else ""
        note = ""
        if summary is not None:
            if isinstance(n, ReservoirNode):
                r = next((x for x in summary.reservoirs if x.node_id == n.id), None)
                if r is not None:
                    fill = active_fill_pct(r.end_storage_mcm, n.capacity_mcm,
                                           n.dead_storage_mcm)
                    note = translate("ReportSchematic", "end {storage} {unit} ({fill} % active)")\
                        .format(storage=fig(r.end_storage_mcm / 1000, ".2f"), unit=unit("km³"),
                                fill=fig(fill, ".0f"))
            elif n.kind is NodeKind.DEMAND:
                d = next((x for x in summary.demands if x.node_id == n.id), None)
                if d is not None:
                    note = translate("ReportSchematic", "short {percent} %").format(
                        percent=fig(d.shortfall_pct, ".1f"))
            elif n.kind is NodeKind.TERMINAL_LAKE:
                lk = next((x for x in summary.lakes if x.node_id == n.id), None)
                if lk is not None:
                    note = translate("ReportSchematic", "inflow {inflow} {unit}, end {level} {metres}")\
                        .format(inflow=fig(lk.inflow_mcm / 1000, ".2f"), unit=unit("km³"),
                                level=fig(lk.end_level_m, ".2f"), metres=unit("m"))
        left = at[n.id][0] < mid_x - (x1 - x0) * 0.2
        w = ctx.pt(92)
        fm_small, fm_tiny = ctx.metrics("small"), ctx.metrics("tiny")
        total_h = fm_small.height() + (fm_tiny.height() if extra else 0) + \
            (fm_tiny.height() if note else 0)
        tx = c.x() - s - ctx.pt(3) - w if left else c.x() + s + ctx.pt(3)
        ty = c.y() - total_h / 2
        align = Qt.AlignmentFlag.AlignRight if left else Qt.AlignmentFlag.AlignLeft
        p.setPen(qcolor(style.TEXT))
        p.setFont(ctx.font("small"))
        p.drawText(QRectF(tx, ty, w, fm_small.height()), int(align),
                   fm_small.elidedText(lines[0], Qt.TextElideMode.ElideRight, w))
        ty += fm_small.height()
        p.setFont(ctx.font("tiny"))
        if extra:
            p.setPen(qcolor(style.MUTED))
            p.drawText(QRectF(tx, ty, w, fm_tiny.height()), int(align),
                       fm_tiny.elidedText(extra, Qt.TextElideMode.ElideRight, w))
            ty += fm_tiny.height()
        if note:
            short = n.kind is NodeKind.DEMAND and summary is not None and \
                summary.demand(n.id).shortfall_pct > 0.05
            p.setPen(qcolor(style.SHORTFALL if short else style.ACCENT))
            nw = w * 1.3  # a note may reach further out than the name above it
            p.drawText(QRectF(tx - (nw - w if left else 0), ty, nw, fm_tiny.height()),
                       int(align), fm_tiny.elidedText(note, Qt.TextElideMode.ElideRight, nw))

    _draw_legend(ctx, p, rect, scenario, countries)


LEGEND_LINE_PT = 12.0
"""Distance between the lines of the schematic's legend (a long one wraps upwards, into the
room kept free below the nodes)."""
LEGEND_SLACK_PT = 12.0
"""How far a legend line may reach into the page's right margin before it wraps."""


def _draw_legend(ctx: Ctx, p: QPainter, rect: QRectF, scenario: Scenario,
                 countries: list[str]) -> None:
    """The legend at the foot of the schematic: the countries' colours, then the shapes; it
    wraps onto a second line (above the first) when the planner's language needs the room."""
    tiny = ctx.metrics("tiny")
    items: list[tuple[float, str, object, float]] = []  # symbol width, label, what, gap before
    for code in countries:
        items.append((ctx.pt(9), code, style.country_colour(code, countries), 0.0))
    gap = ctx.pt(8)
    if any(lk.plants for lk in scenario.links):
        rr = ctx.pt(2.6)
        items.append((2 * rr + ctx.pt(3), translate("ReportSchematic", "run-of-river plant"),
                      "plant", gap))
        gap = 0.0
    for kind, label in ((NodeKind.INFLOW, translate("ReportSchematic", "inflow")),
                        (NodeKind.RESERVOIR, translate("ReportSchematic", "reservoir")),
                        (NodeKind.DEMAND, translate("ReportSchematic", "demand")),
                        (NodeKind.MIN_FLOW, translate("ReportSchematic", "minimum flow")),
                        (NodeKind.TERMINAL_LAKE, translate("ReportSchematic", "terminal lake")),
                        (NodeKind.SINK, translate("ReportSchematic", "sink"))):
        if not any(n.kind is kind for n in scenario.nodes):
            continue
        items.append((2 * _node_size(ctx, kind) * 0.6 + ctx.pt(3), label, kind, gap))
        gap = 0.0
    lines: list[list[tuple[float, str, object, float]]] = [[]]
    x = 0.0
    for item in items:
        symbol_w, label, _, before = item
        w = before + symbol_w + tiny.horizontalAdvance(label) + ctx.pt(10)
        if lines[-1] and x + w - ctx.pt(10) > rect.width() + ctx.pt(LEGEND_SLACK_PT):
            lines.append([])
            x = 0.0
            item = (symbol_w, label, item[2], 0.0)
            w = symbol_w + tiny.horizontalAdvance(label) + ctx.pt(10)
        lines[-1].append(item)
        x += w
    p.setFont(ctx.font("tiny"))
    for k, line in enumerate(lines):
        lx = rect.left()
        ly = rect.bottom() - ctx.pt(10) - (len(lines) - 1 - k) * ctx.pt(LEGEND_LINE_PT)
        for symbol_w, label, what, before in line:
            lx += before
            _legend_symbol(ctx, p, what, lx, ly)
            p.setPen(qcolor(style.TEXT))
            tw = tiny.horizontalAdvance(label)
            p.drawText(QRectF(lx + symbol_w, ly - ctx.pt(5), tw + 4, ctx.pt(10)),
                       int(Qt.AlignmentFlag.AlignVCenter), label)
            lx += symbol_w + tw + ctx.pt(10)


def _legend_symbol(ctx: Ctx, p: QPainter, what: object, lx: float, ly: float) -> None:
    """A country's square, a run-of-river plant's circle or a node's shape at (lx, ly)."""
    outline = QPen(qcolor(style.AXIS))
    outline.setWidthF(ctx.pt(0.5))
    if isinstance(what, NodeKind):
        s = _node_size(ctx, what) * 0.6
        p.setPen(outline)
        p.setBrush(qcolor("#FFFFFF") if what is NodeKind.SINK else qcolor(style.MUTED))
        p.drawPath(_shape(what, QPointF(lx + s, ly + ctx.pt(0.5)), s))
    elif what == "plant":
        rr = ctx.pt(2.6)
        p.setPen(outline)
        p.setBrush(qcolor(style.MUTED))
        p.drawEllipse(QPointF(lx + rr, ly + ctx.pt(0.5)), rr, rr)
    else:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(qcolor(str(what)))
        p.drawRect(QRectF(lx, ly - ctx.pt(3), ctx.pt(7), ctx.pt(7)))
