"""Time-series plots drawn with QPainter as vector paths, in the app's look: light
background, summer (April–September) shaded, one colour per country, the baseline dashed
and grey, shortfall as a filled area between demand and delivery.

A plot is a grid of small panels (one per reservoir, demand, plant...), each with its own
y axis, because the Syr Darya's reservoirs differ tenfold in size. The legend is a block of
its own above the grid, so it never covers data; reference lines (capacity, dead storage,
crest) are told apart by their dash pattern and named in the legend.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen

from waterplanner.i18n import numbers, translate
from waterplanner.i18n.dates import month_abbr
from waterplanner.report import style
from waterplanner.report.flow import Block, Ctx, clip, qcolor
from waterplanner.report.timeaxis import ReportTime

EMPTY_RANGE = 1e-6
"""A panel whose values all lie within this of zero is drawn as empty ("none")."""

REFERENCE_STYLES = {"dot": Qt.PenStyle.DotLine, "dashdot": Qt.PenStyle.DashDotLine,
                    "dashdotdot": Qt.PenStyle.DashDotDotLine}


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
class Band:
    """A filled band between two series (an ensemble's P5–P95 or P25–P75), drawn behind the
    lines; ``at`` as for :class:`Line`. ``alpha`` 0–255 over the band's colour."""

    low: np.ndarray
    high: np.ndarray
    colour: str
    alpha: int = 70
    at: str = "period"


@dataclass
class HLine:
    """A constant reference line (capacity, dead storage, crest level), named in the
    legend by its ``pattern`` ('dot', 'dashdot' or 'dashdotdot')."""

    value: float
    label: str
    colour: str = style.AXIS
    pattern: str = "dot"


@dataclass
class Panel:
    """One small plot: title, unit, lines, reference lines and an optional shortfall area."""

    title: str
    unit: str
    lines: list[Line] = field(default_factory=list)
    hlines: list[HLine] = field(default_factory=list)
    shortfall: tuple[np.ndarray, np.ndarray] | None = None
    """(demand, delivery) per period: the gap between them is filled in the shortfall colour."""
    bands: list[Band] = field(default_factory=list)
    """Filled bands behind the lines (an ensemble's), widest first."""
    zero_based: bool = True
    empty_text: str = ""
    """Written across the panel when every value is zero (no scaled axis for nothing);
    'none in this horizon' when not given."""


def nice_ticks(lo: float, hi: float, n: int = 5) -> list[float]:
    """Round tick values covering [lo, hi] (about ``n`` of them)."""
    if not math.isfinite(lo) or not math.isfinite(hi):
        return [0.0, 1.0]
    if hi - lo < 1e-12 * max(1.0, abs(hi), abs(lo)):
        hi = lo + (abs(lo) * 0.1 if lo else 1.0)
    raw = (hi - lo) / max(n - 1, 1)
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw)
    start = math.floor(lo / step) * step
    ticks: list[float] = []
    v = start
    while v < hi + step * 0.999 and len(ticks) < 50:
        ticks.append(round(v, 10))
        v += step
    return ticks


def fmt_tick(v: float, step: float) -> str:
    """A tick label with as many decimals as the step needs, thin spaces for thousands and
    the language's decimal mark ('0.5', Russian «0,5»)."""
    decimals = 0 if step >= 1 else min(12, max(0, -math.floor(math.log10(step) + 1e-9)))
    if step < 1 and round(step, decimals) != step:
        decimals += 1  # 0.25 needs two decimals
    if round(v, decimals) == 0:
        return "0"
    return numbers.num(v, decimals)


def is_empty(values: Sequence[np.ndarray]) -> bool:
    """Whether every finite value lies within :data:`EMPTY_RANGE` of zero."""
    for v in values:
        a = np.asarray(v, dtype=float)
        a = a[np.isfinite(a)]
        if a.size and float(np.abs(a).max()) > EMPTY_RANGE:
            return False
    return True


def _x_candidates(axis: ReportTime) -> list[tuple[float, str, bool]]:
    """(days from the start, label, centred on its month) of every possible x label: each
    month's first day for horizons up to two years, each 1 January for longer ones."""
    starts = axis.starts
    span_days = float(axis.edges_days[-1])
    origin = starts[0].toordinal()
    candidates: list[tuple[float, str, bool]] = []
    if span_days <= 2 * 366 + 1 and axis.unit != "year":
        y, m = starts[0].year, starts[0].month
        while True:
            d = starts[0].replace(year=y, month=m, day=1)
            off = d.toordinal() - origin
            if off >= span_days:
                break
            if off >= 0:
                candidates.append((float(off), month_abbr(d.month), axis.monthly_ticks))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    else:
        for year in range(starts[0].year, min(starts[-1].year + 2, 10000)):
            off = starts[0].replace(year=year, month=1, day=1).toordinal() - origin
            if 0 <= off < span_days:
                candidates.append((float(off), str(year), False))
    return candidates


def _y_range(panel: Panel) -> tuple[list[float], bool]:
    vals: list[np.ndarray] = [np.asarray(ln.values, dtype=float) for ln in panel.lines]
    for b in panel.bands:
        vals += [np.asarray(b.low, dtype=float), np.asarray(b.high, dtype=float)]
    if panel.shortfall is not None:
        vals += [np.asarray(panel.shortfall[0], float), np.asarray(panel.shortfall[1], float)]
    empty = is_empty(vals) and panel.zero_based
    vals += [np.array([h.value]) for h in panel.hlines]
    if empty and not panel.hlines:
        return [0.0, 1.0], True
    finite = np.concatenate([v[np.isfinite(v)] for v in vals]) if vals else np.array([])
    lo = float(finite.min()) if finite.size else 0.0
    hi = float(finite.max()) if finite.size else 1.0
    if panel.zero_based:
        lo = min(lo, 0.0)
    if hi - lo < 1e-9 * max(1.0, abs(hi)):
        hi = lo + max(abs(hi) * 0.1, 1.0)
    pad = (hi - lo) * 0.04
    return nice_ticks(lo if panel.zero_based and lo == 0 else lo - pad, hi + pad, 5), empty


def draw_panel(ctx: Ctx, p: QPainter, rect: QRectF, panel: Panel, axis: ReportTime) -> None:
    """Draw one panel into ``rect`` (device units)."""
    title_h = ctx.metrics("small").height() * 1.15
    tiny = ctx.metrics("tiny")
    ticks, empty = _y_range(panel)
    step = ticks[1] - ticks[0] if len(ticks) > 1 else 1.0
    tick_text = ["0"] if empty else [fmt_tick(v, step) for v in ticks]
    axis_w = max(ctx.pt(16), max(tiny.horizontalAdvance(t) for t in tick_text) + ctx.pt(5))
    xlab_h = tiny.height() * 1.6
    plot = QRectF(rect.left() + axis_w, rect.top() + title_h + ctx.pt(7),
                  rect.width() - axis_w - ctx.pt(6), rect.height() - title_h - xlab_h - ctx.pt(9))
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)

    # title and unit, never overlapping each other
    unit_w = tiny.horizontalAdvance(panel.unit) + ctx.pt(2)
    p.setFont(ctx.font("small"))
    p.setPen(qcolor(style.TEXT))
    title = ctx.metrics("small").elidedText(clip(panel.title, 200), Qt.TextElideMode.ElideRight,
                                            rect.width() - unit_w - ctx.pt(10))
    p.drawText(QRectF(rect.left(), rect.top(), rect.width(), title_h),
               int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), title)
    p.setFont(ctx.font("tiny"))
    p.setPen(qcolor(style.MUTED))
    p.drawText(QRectF(rect.left(), rect.top(), rect.width() - ctx.pt(6), title_h),
               int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), panel.unit)

    y0, y1 = ticks[0], ticks[-1]
    n = axis.n
    edges = axis.edges_days
    span = float(edges[-1]) or 1.0

    def XD(days: float) -> float:
        return plot.left() + plot.width() * days / span

    def X(k: float) -> float:  # k: a group boundary index (may be fractional)
        i = int(min(max(math.floor(k), 0), n - 1))
        return XD(float(edges[i] + (edges[i + 1] - edges[i]) * (k - i)))

    def Y(v: float) -> float:
        return plot.bottom() - plot.height() * (v - y0) / (y1 - y0)

    # background: summer shading
    if axis.shaded:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(qcolor(style.SUMMER_SHADE))
        summer = axis.summer
        t = 0
        while t < n:
            if summer[t]:
                u = t
                while u < n and summer[u]:
                    u += 1
                p.drawRect(QRectF(QPointF(XD(edges[t]), plot.top()),
                                  QPointF(XD(edges[u]), plot.bottom())))
                t = u
            else:
                t += 1

    # grid and y labels
    grid = QPen(qcolor(style.GRID))
    grid.setWidthF(ctx.pt(0.4))
    p.setFont(ctx.font("tiny"))
    for v, text in zip(ticks, tick_text if not empty else ["0"], strict=False):
        p.setPen(grid)
        p.drawLine(QPointF(plot.left(), Y(v)), QPointF(plot.right(), Y(v)))
        p.setPen(qcolor(style.AXIS))
        p.drawText(QRectF(rect.left(), Y(v) - ctx.pt(5), axis_w - ctx.pt(3), ctx.pt(10)),
                   int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), text)
    # x labels
    for left, lw, lab in x_label_boxes(ctx, axis, plot.left(), plot.width()):
        p.drawText(QRectF(left, plot.bottom() + ctx.pt(1.5), lw, xlab_h),
                   int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), lab)

    if empty:
        p.setPen(qcolor(style.MUTED))
        p.setFont(ctx.font("small"))
        p.drawText(plot, int(Qt.AlignmentFlag.AlignCenter),
                   panel.empty_text or translate("ReportPlots", "none in this horizon"))

    p.save()
    p.setClipRect(plot.adjusted(-ctx.pt(1), -ctx.pt(1), ctx.pt(1), ctx.pt(1)))
    # shortfall area between demand (above) and delivery (below)
    if panel.shortfall is not None and not empty:
        dem, dlv = (np.asarray(a, float) for a in panel.shortfall)
        fill = QColor(style.SHORTFALL)
        fill.setAlpha(110)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QBrush(fill))
        for gap in np.flatnonzero(dem - dlv > 1e-9 * np.maximum(1.0, dem)):
            k = int(gap)
            p.drawRect(QRectF(QPointF(X(k), Y(dem[k])), QPointF(X(k + 1), Y(dlv[k]))))
    # ensemble bands, widest first
    for b in panel.bands:
        if empty:
            break
        _draw_band(p, b, edges, n, XD, Y)
    # reference lines
    for h in panel.hlines:
        pen = QPen(qcolor(h.colour))
        pen.setWidthF(ctx.pt(0.8))
        pen.setStyle(REFERENCE_STYLES.get(h.pattern, Qt.PenStyle.DotLine))
        p.setPen(pen)
        p.drawLine(QPointF(plot.left(), Y(h.value)), QPointF(plot.right(), Y(h.value)))
    # series: baseline (dashed) first, so the scenario is drawn on top
    for ln in sorted(panel.lines, key=lambda a: not a.dashed):
        if empty:
            break
        ys = np.asarray(ln.values, dtype=float)
        if ln.bars and not ln.dashed:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(qcolor(ln.colour))
            base = Y(max(0.0, y0))
            for k in range(min(n, ys.size)):
                if np.isfinite(ys[k]) and ys[k] != 0:
                    p.drawRect(QRectF(QPointF(X(k + 0.15), Y(float(ys[k]))),
                                      QPointF(X(k + 0.85), base)))
            continue
        path = QPainterPath()
        started = False
        if ln.at == "boundary":
            pts = [(float(edges[k]), ys[k]) for k in range(min(n + 1, ys.size))]
        else:
            pts = []
            for k in range(min(n, ys.size)):
                pts += [(float(edges[k]), ys[k]), (float(edges[k + 1]), ys[k])]
        for tx, val in pts:
            if not np.isfinite(val):
                started = False
                continue
            pt = QPointF(XD(tx), Y(float(val)))
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
    # frame
    frame = QPen(qcolor(style.AXIS))
    frame.setWidthF(ctx.pt(0.6))
    p.setPen(frame)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawLine(plot.bottomLeft(), plot.bottomRight())
    p.drawLine(plot.bottomLeft(), plot.topLeft())


def _band_points(b: Band, edges: np.ndarray, n: int) -> tuple[list[float], np.ndarray,
                                                               np.ndarray]:
    """x (days) and the low and high values of a band, as steps or through boundaries."""
    lo, hi = np.asarray(b.low, dtype=float), np.asarray(b.high, dtype=float)
    if b.at == "boundary":
        k = min(n + 1, lo.size, hi.size)
        return [float(edges[i]) for i in range(k)], lo[:k], hi[:k]
    k = min(n, lo.size, hi.size)
    xs = [float(e) for i in range(k) for e in (edges[i], edges[i + 1])]
    return xs, np.repeat(lo[:k], 2), np.repeat(hi[:k], 2)


def _draw_band(p: QPainter, b: Band, edges: np.ndarray, n: int, XD, Y) -> None:  # type: ignore[no-untyped-def]
    xs, lo, hi = _band_points(b, edges, n)
    ok = np.isfinite(lo) & np.isfinite(hi)
    if not ok.any():
        return
    fill = QColor(b.colour)
    fill.setAlpha(b.alpha)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(fill))
    # one polygon per run of finite values: along the top, back along the bottom
    start = None
    for i in range(len(xs) + 1):
        if i < len(xs) and ok[i]:
            start = i if start is None else start
            continue
        if start is not None:
            path = QPainterPath(QPointF(XD(xs[start]), Y(float(hi[start]))))
            for j in range(start + 1, i):
                path.lineTo(QPointF(XD(xs[j]), Y(float(hi[j]))))
            for j in range(i - 1, start - 1, -1):
                path.lineTo(QPointF(XD(xs[j]), Y(float(lo[j]))))
            path.closeSubpath()
            p.drawPath(path)
            start = None


def x_label_boxes(ctx: Ctx, axis: ReportTime, left: float, width: float
                  ) -> list[tuple[float, float, str]]:
    """(left edge, width, text) of the x-axis labels of a plot ``width`` wide starting at
    ``left``: month labels centred on their month, year labels on 1 January, none reaching
    out of the plot's span, thinned in a regular rhythm (every 2nd, 3rd, 6th month; every
    2nd, 5th, 10th year) until no two overlap."""
    span = float(axis.edges_days[-1]) or 1.0
    tiny = ctx.metrics("tiny")
    gap = ctx.pt(2)
    candidates = _x_candidates(axis)
    if not candidates:
        return []

    def place(days: float, lab: str, centred: bool) -> tuple[float, float, str]:
        cx = left + width * days / span
        if centred:
            cx = (cx + left + width * min(starts_next_month(axis, days), span) / span) / 2
        lw = tiny.horizontalAdvance(lab) + ctx.pt(2)
        return min(max(cx - lw / 2, left), left + width + ctx.pt(4) - lw), lw, lab

    rhythm = (1, 2, 3, 4, 6, 12) if not candidates[0][1].isdigit() else \
        (1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000)
    for stride in rhythm:
        boxes = [place(*c) for c in candidates[::stride]]
        if all(a[0] + a[1] + gap <= b[0] for a, b in itertools.pairwise(boxes)):
            return boxes
    return [place(*candidates[0])]


def starts_next_month(axis: ReportTime, days: float) -> float:
    """Days from the start of the horizon to the first day of the month after ``days``."""
    d = axis.starts[0].fromordinal(axis.starts[0].toordinal() + int(days))
    nxt = d.replace(year=d.year + 1, month=1, day=1) if d.month == 12 else \
        d.replace(month=d.month + 1, day=1)
    return float(nxt.toordinal() - axis.starts[0].toordinal())


def panel_grid_height(count: int, columns: int, panel_height_pt: float) -> float:
    """Height in points of a grid of ``count`` panels."""
    rows = math.ceil(count / columns)
    return rows * panel_height_pt


def draw_grid(ctx: Ctx, p: QPainter, rect: QRectF, panels: Sequence[Panel], axis: ReportTime,
              columns: int) -> None:
    """Draw panels row by row in ``columns`` columns filling ``rect``."""
    if not panels:
        return
    rows = math.ceil(len(panels) / columns)
    gap = ctx.pt(12)
    w = (rect.width() - gap * (columns - 1)) / columns
    h = rect.height() / rows
    for k, panel in enumerate(panels):
        r, c = divmod(k, columns)
        draw_panel(ctx, p, QRectF(rect.left() + c * (w + gap), rect.top() + r * h, w,
                                  h - ctx.pt(6)), panel, axis)


LegendEntry = tuple[str, str, str]
"""(kind, colour, label); kind is 'line', 'dash', 'area', 'shade', 'bar', a reference line
pattern ('dot', 'dashdot', 'dashdotdot') or a point marker ('marker', 'hollow', 'ring')."""


def _legend_items(ctx: Ctx, entries: Sequence[LegendEntry]) -> list[float]:
    fm = ctx.metrics("tiny")
    return [ctx.pt(19) + fm.horizontalAdvance(label) + ctx.pt(12) for _, _, label in entries]


def legend_rows(ctx: Ctx, entries: Sequence[LegendEntry], width: float) -> list[list[int]]:
    """The entries' indices on each line of a legend ``width`` wide."""
    rows: list[list[int]] = [[]]
    x = 0.0
    for k, w in enumerate(_legend_items(ctx, entries)):
        if rows[-1] and x + w > width:
            rows.append([])
            x = 0.0
        rows[-1].append(k)
        x += w
    return rows


def draw_legend(ctx: Ctx, p: QPainter, rect: QRectF, entries: Sequence[LegendEntry]) -> None:
    """A legend, wrapped onto as many lines as ``rect``'s width needs."""
    p.setFont(ctx.font("tiny"))
    widths = _legend_items(ctx, entries)
    line_h = ctx.pt(12)
    for r, row in enumerate(legend_rows(ctx, entries, rect.width())):
        x = rect.left()
        top = rect.top() + r * line_h
        cy = top + line_h / 2
        for k in row:
            kind, colour, _ = entries[k]
            if kind in ("line", "dash") or kind in REFERENCE_STYLES:
                pen = QPen(qcolor(colour))
                pen.setWidthF(ctx.pt(1.3 if kind in ("line", "dash") else 0.8))
                if kind == "dash":
                    pen.setStyle(Qt.PenStyle.DashLine)
                elif kind in REFERENCE_STYLES:
                    pen.setStyle(REFERENCE_STYLES[kind])
                p.setPen(pen)
                p.drawLine(QPointF(x, cy), QPointF(x + ctx.pt(16), cy))
            elif kind in ("marker", "hollow", "ring"):
                pen = QPen(qcolor(colour))
                pen.setWidthF(ctx.pt(1.4 if kind == "ring" else 0.8))
                p.setPen(pen)
                p.setBrush(qcolor(colour) if kind == "marker" else qcolor("#FFFFFF"))
                radius = ctx.pt(4.5 if kind == "ring" else 2.6)
                if kind == "ring":
                    p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawEllipse(QPointF(x + ctx.pt(8), cy), radius, radius)
            else:
                c = QColor(colour)
                if kind == "area":
                    c.setAlpha(110)
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(c)
                h = ctx.pt(7 if kind != "bar" else 6)
                p.drawRect(QRectF(x + (ctx.pt(5) if kind == "bar" else 0), cy - h / 2,
                                  ctx.pt(6 if kind == "bar" else 16), h))
            p.setPen(qcolor(style.TEXT))
            p.drawText(QRectF(x + ctx.pt(19), top, widths[k], line_h),
                       int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                       entries[k][2])
            x += widths[k]


@dataclass
class Legend(Block):
    """A figure's legend as a block of its own above the panels (never over the data);
    kept on the page with the figure that follows."""

    entries: list[LegendEntry]
    keep_with_next = True

    def height(self, ctx: Ctx, width: float) -> float:
        return len(legend_rows(ctx, self.entries, width)) * ctx.pt(12) + ctx.pt(3)

    def draw(self, ctx: Ctx, p: QPainter, x: float, y: float, width: float) -> None:
        draw_legend(ctx, p, QRectF(x, y, width, self.height(ctx, width)), self.entries)
