"""Time-series plots drawn with QPainter as vector paths, in the app's look: light
background, summer (April–September) shaded, one colour per country, the baseline dashed
and grey, shortfall as a filled area between demand and delivery.

A plot is a grid of small panels (one per reservoir, demand, plant...), each with its own
y axis, because the Syr Darya's reservoirs differ tenfold in size.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen

from waterplanner.model.timebase import Step, TimeBase
from waterplanner.report import style
from waterplanner.report.flow import Ctx, qcolor


@dataclass
class Line:
    """One series on a panel.

    ``at`` is 'period' for per-period values (drawn as steps over each period) or
    'boundary' for values at period boundaries (``periods + 1`` values: start, then the end
    of each period, as storage is).
    """

    values: np.ndarray
    colour: str
    label: str = ""
    dashed: bool = False
    width_pt: float = 1.3
    at: str = "period"
    bars: bool = False


@dataclass
class HLine:
    """A constant reference line (capacity, dead storage, crest level)."""

    value: float
    label: str
    colour: str = style.MUTED


@dataclass
class Panel:
    """One small plot: title, unit, lines, reference lines and an optional shortfall area."""

    title: str
    unit: str
    lines: list[Line] = field(default_factory=list)
    hlines: list[HLine] = field(default_factory=list)
    shortfall: tuple[np.ndarray, np.ndarray] | None = None
    """(demand, delivery) per period: the gap between them is filled in the shortfall colour."""
    zero_based: bool = True


def nice_ticks(lo: float, hi: float, n: int = 5) -> list[float]:
    """Round tick values covering [lo, hi] (about ``n`` of them)."""
    if not math.isfinite(lo) or not math.isfinite(hi):
        return [0.0, 1.0]
    if hi - lo < 1e-12:
        hi = lo + (abs(lo) * 0.1 if lo else 1.0)
    raw = (hi - lo) / max(n - 1, 1)
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw)
    start = math.floor(lo / step) * step
    ticks = []
    v = start
    while v < hi + step * 0.999:
        ticks.append(round(v, 10))
        v += step
    return ticks


def fmt_tick(v: float, step: float) -> str:
    """A tick label with as many decimals as the step needs, thin spaces for thousands."""
    decimals = 0 if step >= 1 else min(3, max(0, -math.floor(math.log10(step))))
    text = f"{v:,.{decimals}f}".replace(",", "\u2009")
    return "0" if text in ("-0", "−0") else text.replace("-", "−")


def _x_label_positions(time: TimeBase) -> list[tuple[int, str]]:
    """(period index, label) of the x-axis labels: month names for up to two years, the
    year at each January for longer horizons, thinned to at most about 13 labels."""
    starts = time.starts
    months = [i for i, d in enumerate(starts) if time.step is Step.MONTH or d.day == 1]
    if len(months) <= 24:
        idx = months[::max(1, math.ceil(len(months) / 13))]
        return [(i, starts[i].strftime("%b")) for i in idx]
    years = [i for i in months if starts[i].month == 1]
    idx = years[::max(1, math.ceil(len(years) / 13))]
    return [(i, str(starts[i].year)) for i in idx]


def draw_panel(ctx: Ctx, p: QPainter, rect: QRectF, panel: Panel, time: TimeBase) -> None:
    """Draw one panel into ``rect`` (device units)."""
    title_h = ctx.metrics("small").height() * 1.15
    axis_w = ctx.pt(30)
    xlab_h = ctx.metrics("tiny").height() * 1.6
    plot = QRectF(rect.left() + axis_w, rect.top() + title_h + ctx.pt(7),
                  rect.width() - axis_w - ctx.pt(4), rect.height() - title_h - xlab_h - ctx.pt(9))
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)

    # title
    p.setFont(ctx.font("small"))
    p.setPen(qcolor(style.TEXT))
    title = ctx.metrics("small").elidedText(panel.title, Qt.TextElideMode.ElideRight,
                                            rect.width() - ctx.pt(40))
    p.drawText(QRectF(rect.left(), rect.top(), rect.width(), title_h),
               int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), title)
    p.setFont(ctx.font("tiny"))
    p.setPen(qcolor(style.MUTED))
    p.drawText(QRectF(rect.left(), rect.top(), rect.width() - ctx.pt(4), title_h),
               int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), panel.unit)

    # y range
    vals: list[np.ndarray] = [np.asarray(ln.values, dtype=float) for ln in panel.lines]
    vals += [np.array([h.value]) for h in panel.hlines]
    if panel.shortfall is not None:
        vals += [np.asarray(panel.shortfall[0], float), np.asarray(panel.shortfall[1], float)]
    finite = np.concatenate([v[np.isfinite(v)] for v in vals]) if vals else np.array([])
    lo = float(finite.min()) if finite.size else 0.0
    hi = float(finite.max()) if finite.size else 1.0
    if panel.zero_based:
        lo = min(lo, 0.0)
    if hi - lo < 1e-9:
        hi = lo + max(abs(hi) * 0.1, 1.0)
    pad = (hi - lo) * 0.04
    ticks = nice_ticks(lo if panel.zero_based and lo == 0 else lo - pad, hi + pad, 5)
    y0, y1 = ticks[0], ticks[-1]
    n = time.periods

    def X(t: float) -> float:
        return plot.left() + plot.width() * t / n

    def Y(v: float) -> float:
        return plot.bottom() - plot.height() * (v - y0) / (y1 - y0)

    # background: summer shading
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(qcolor(style.SUMMER_SHADE))
    summer = np.asarray(time.is_summer)
    t = 0
    while t < n:
        if summer[t]:
            u = t
            while u < n and summer[u]:
                u += 1
            p.drawRect(QRectF(X(t), plot.top(), X(u) - X(t), plot.height()))
            t = u
        else:
            t += 1

    # grid and y labels
    grid = QPen(qcolor(style.GRID))
    grid.setWidthF(ctx.pt(0.4))
    step = ticks[1] - ticks[0] if len(ticks) > 1 else 1.0
    p.setFont(ctx.font("tiny"))
    for v in ticks:
        p.setPen(grid)
        p.drawLine(QPointF(plot.left(), Y(v)), QPointF(plot.right(), Y(v)))
        p.setPen(qcolor(style.AXIS))
        p.drawText(QRectF(rect.left(), Y(v) - ctx.pt(5), axis_w - ctx.pt(3), ctx.pt(10)),
                   int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                   fmt_tick(v, step))
    # x labels
    for i, lab in _x_label_positions(time):
        cx = X(i + 0.5) if time.step is Step.MONTH and n <= 24 else X(i)
        p.drawText(QRectF(cx - ctx.pt(14), plot.bottom() + ctx.pt(1.5), ctx.pt(28), xlab_h),
                   int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), lab)

    p.save()
    p.setClipRect(plot.adjusted(-ctx.pt(1), -ctx.pt(1), ctx.pt(1), ctx.pt(1)))
    # shortfall area between demand (above) and delivery (below)
    if panel.shortfall is not None:
        dem, dlv = (np.asarray(a, float) for a in panel.shortfall)
        fill = QColor(style.SHORTFALL)
        fill.setAlpha(110)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QBrush(fill))
        for k in range(n):
            if dem[k] - dlv[k] > 1e-9 * max(1.0, dem[k]):
                p.drawRect(QRectF(QPointF(X(k), Y(dem[k])), QPointF(X(k + 1), Y(dlv[k]))))
    # reference lines
    for h in panel.hlines:
        pen = QPen(qcolor(h.colour))
        pen.setWidthF(ctx.pt(0.7))
        pen.setStyle(Qt.PenStyle.DotLine)
        p.setPen(pen)
        p.drawLine(QPointF(plot.left(), Y(h.value)), QPointF(plot.right(), Y(h.value)))
    # series: baseline (dashed) first, so the scenario is drawn on top
    for ln in sorted(panel.lines, key=lambda a: not a.dashed):
        ys = np.asarray(ln.values, dtype=float)
        if ln.bars and not ln.dashed:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(qcolor(ln.colour))
            for k in range(min(n, ys.size)):
                if np.isfinite(ys[k]) and ys[k] != 0:
                    p.drawRect(QRectF(QPointF(X(k + 0.15), Y(float(ys[k]))),
                                      QPointF(X(k + 0.85), Y(max(0.0, y0)))))
            continue
        path = QPainterPath()
        started = False
        if ln.at == "boundary":
            pts = [(float(k), ys[k]) for k in range(min(n + 1, ys.size))]
        else:
            pts = []
            for k in range(min(n, ys.size)):
                pts += [(float(k), ys[k]), (float(k + 1), ys[k])]
        for tx, val in pts:
            if not np.isfinite(val):
                started = False
                continue
            pt = QPointF(X(tx), Y(float(val)))
            if started:
                path.lineTo(pt)
            else:
                path.moveTo(pt)
                started = True
        pen = QPen(qcolor(style.BASELINE if ln.dashed else ln.colour))
        pen.setWidthF(ctx.pt(ln.width_pt))
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        if ln.dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(path)
    p.restore()
    # reference line labels, right-aligned just above the line
    p.setFont(ctx.font("tiny"))
    for h in panel.hlines:
        p.setPen(qcolor(h.colour))
        p.drawText(QRectF(plot.left(), Y(h.value) - ctx.pt(8.5), plot.width() - ctx.pt(2),
                          ctx.pt(8)), int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
                   h.label)
    # frame
    frame = QPen(qcolor(style.AXIS))
    frame.setWidthF(ctx.pt(0.6))
    p.setPen(frame)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawLine(plot.bottomLeft(), plot.bottomRight())
    p.drawLine(plot.bottomLeft(), plot.topLeft())


def panel_grid_height(count: int, columns: int, panel_height_pt: float) -> float:
    """Height in points of a grid of ``count`` panels."""
    rows = math.ceil(count / columns)
    return rows * panel_height_pt


def draw_grid(ctx: Ctx, p: QPainter, rect: QRectF, panels: Sequence[Panel], time: TimeBase,
              columns: int) -> None:
    """Draw panels row by row in ``columns`` columns filling ``rect``."""
    if not panels:
        return
    rows = math.ceil(len(panels) / columns)
    gap = ctx.pt(10)
    w = (rect.width() - gap * (columns - 1)) / columns
    h = rect.height() / rows
    for k, panel in enumerate(panels):
        r, c = divmod(k, columns)
        draw_panel(ctx, p, QRectF(rect.left() + c * (w + gap), rect.top() + r * h, w,
                                  h - ctx.pt(6)), panel, time)


def draw_legend(ctx: Ctx, p: QPainter, rect: QRectF, entries: Sequence[tuple[str, str, str]]) -> None:
    """A one-line legend: (kind, colour, label) with kind 'line', 'dash', 'area' or 'shade'."""
    p.setFont(ctx.font("tiny"))
    x = rect.left()
    cy = rect.center().y()
    for kind, colour, label in entries:
        if kind in ("line", "dash"):
            pen = QPen(qcolor(colour))
            pen.setWidthF(ctx.pt(1.3))
            if kind == "dash":
                pen.setStyle(Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.drawLine(QPointF(x, cy), QPointF(x + ctx.pt(16), cy))
        else:
            c = QColor(colour)
            if kind == "area":
                c.setAlpha(110)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(c)
            p.drawRect(QRectF(x, cy - ctx.pt(3.5), ctx.pt(16), ctx.pt(7)))
        x += ctx.pt(19)
        p.setPen(qcolor(style.TEXT))
        tw = ctx.metrics("tiny").horizontalAdvance(label)
        p.drawText(QRectF(x, rect.top(), tw + ctx.pt(2), rect.height()),
                   int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), label)
        x += tw + ctx.pt(12)
