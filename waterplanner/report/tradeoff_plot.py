"""The trade-off front as a small scatter plot: one objective across, the other up, each axis
labelled with its unit, the points of the front joined in order and the chosen point ringed.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen

from waterplanner.report import style
from waterplanner.report.flow import Ctx, qcolor
from waterplanner.report.plots import fmt_tick, nice_ticks

CHOSEN = style.SHORTFALL
FRONT = style.ACCENT


@dataclass(frozen=True)
class FrontPoint:
    """A point of the front in display units."""

    x: float
    y: float
    feasible: bool = True
    dominated: bool = False


def draw_front(ctx: Ctx, p: QPainter, rect: QRectF, points: list[FrontPoint], chosen: int,
               x_label: str, y_label: str) -> None:
    """Draw the front into ``rect``: axes with round ticks and their labels (with units),
    the efficient points joined, dominated or infeasible points hollow, ``chosen`` ringed."""
    tiny = ctx.metrics("tiny")
    small = ctx.metrics("small")
    usable = [pt for pt in points if pt.feasible] or points
    xs = [pt.x for pt in usable]
    ys = [pt.y for pt in usable]
    xt = nice_ticks(min(xs), max(xs), 5)
    yt = nice_ticks(min(ys), max(ys), 5)
    xstep = xt[1] - xt[0] if len(xt) > 1 else 1.0
    ystep = yt[1] - yt[0] if len(yt) > 1 else 1.0
    ytext = [fmt_tick(v, ystep) for v in yt]
    axis_w = max(tiny.horizontalAdvance(t) for t in ytext) + ctx.pt(5)
    label_h = small.height() + ctx.pt(3)
    plot = QRectF(rect.left() + label_h + axis_w, rect.top() + ctx.pt(6),
                  rect.width() - label_h - axis_w - ctx.pt(10),
                  rect.height() - ctx.pt(6) - tiny.height() * 1.6 - label_h)

    def X(v: float) -> float:
        return plot.left() + plot.width() * (v - xt[0]) / (xt[-1] - xt[0])

    def Y(v: float) -> float:
        return plot.bottom() - plot.height() * (v - yt[0]) / (yt[-1] - yt[0])

    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    grid = QPen(qcolor(style.GRID))
    grid.setWidthF(ctx.pt(0.4))
    p.setFont(ctx.font("tiny"))
    for v, text in zip(yt, ytext, strict=True):
        p.setPen(grid)
        p.drawLine(QPointF(plot.left(), Y(v)), QPointF(plot.right(), Y(v)))
        p.setPen(qcolor(style.AXIS))
        p.drawText(QRectF(plot.left() - axis_w, Y(v) - ctx.pt(5), axis_w - ctx.pt(3),
                          ctx.pt(10)),
                   int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), text)
    # x tick labels, thinned so that none overlap
    xtext = [fmt_tick(v, xstep) for v in xt]
    widest = max(tiny.horizontalAdvance(t) for t in xtext) + ctx.pt(6)
    every = 1
    while every < len(xt) and (X(xt[min(every, len(xt) - 1)]) - X(xt[0])) < widest:
        every += 1
    for k, (v, text) in enumerate(zip(xt, xtext, strict=True)):
        p.setPen(grid)
        p.drawLine(QPointF(X(v), plot.top()), QPointF(X(v), plot.bottom()))
        if k % every == 0:
            p.setPen(qcolor(style.AXIS))
            p.drawText(QRectF(X(v) - widest / 2, plot.bottom() + ctx.pt(1.5), widest,
                              tiny.height() * 1.4),
                       int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), text)
    # axis labels: across below, up along the left edge
    p.setFont(ctx.font("small"))
    p.setPen(qcolor(style.TEXT))
    p.drawText(QRectF(plot.left(), rect.bottom() - label_h, plot.width(), label_h),
               int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
               small.elidedText(x_label, Qt.TextElideMode.ElideRight, plot.width()))
    p.save()
    p.translate(rect.left(), plot.center().y())
    p.rotate(-90)
    p.drawText(QRectF(-plot.height() / 2, 0, plot.height(), label_h),
               int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
               small.elidedText(y_label, Qt.TextElideMode.ElideRight, plot.height()))
    p.restore()
    # the front: efficient points joined in the order of the first objective
    efficient = sorted((pt for pt in points if pt.feasible and not pt.dominated),
                       key=lambda pt: pt.x)
    if len(efficient) > 1:
        path = QPainterPath(QPointF(X(efficient[0].x), Y(efficient[0].y)))
        for pt in efficient[1:]:
            path.lineTo(QPointF(X(pt.x), Y(pt.y)))
        pen = QPen(qcolor(FRONT))
        pen.setWidthF(ctx.pt(1.0))
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(path)
    r = ctx.pt(2.6)
    for pt in points:
        if not pt.feasible:
            continue
        pen = QPen(qcolor(FRONT if not pt.dominated else style.MUTED))
        pen.setWidthF(ctx.pt(0.8))
        p.setPen(pen)
        p.setBrush(qcolor(FRONT) if not pt.dominated else qcolor("#FFFFFF"))
        p.drawEllipse(QPointF(X(pt.x), Y(pt.y)), r, r)
    if 0 <= chosen < len(points) and points[chosen].feasible:
        c = points[chosen]
        pen = QPen(qcolor(CHOSEN))
        pen.setWidthF(ctx.pt(1.4))
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(QPointF(X(c.x), Y(c.y)), r * 2.3, r * 2.3)
    frame = QPen(qcolor(style.AXIS))
    frame.setWidthF(ctx.pt(0.6))
    p.setPen(frame)
    p.drawLine(plot.bottomLeft(), plot.bottomRight())
    p.drawLine(plot.bottomLeft(), plot.topLeft())
