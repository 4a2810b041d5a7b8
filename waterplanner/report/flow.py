"""A small page-flow engine on QPainter: headings, paragraphs, tables and figures laid out
on A4 pages, with long tables broken across pages under a repeated header row.

Layout and painting are separate passes: :mod:`.pages` assigns the blocks to pages, then
paints them page by page. All lengths are in device units of the paint device; :class:`Ctx`
converts points and millimetres.

Every block is measured once: a table keeps its column widths and row heights, a paragraph
its wrapped lines, and the parts a page break cuts them into share those measurements, so
laying out a report is linear in its length.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPaintDevice,
    QPainter,
    QPen,
    QTextLayout,
    QTextOption,
)

from waterplanner.i18n import translate
from waterplanner.report import style
from waterplanner.report.fonts import make_font

TEXT_FLAGS = int(Qt.TextFlag.TextWordWrap)
WRAP_ANYWHERE = int(Qt.TextFlag.TextWrapAnywhere)

MAX_CELL_CHARS = 1500
"""A table cell longer than this is cut (with an ellipsis), so one row never outgrows a page."""
MAX_PARAGRAPH_CHARS = 60_000
"""A paragraph longer than this is cut (with an ellipsis): a report is not a file dump."""
MIN_LINES_AT_BREAK = 2
"""Lines of a paragraph, or rows of a table, kept together on each side of a page break."""
UNSPLIT_TABLE_ROWS = 6
"""Tables with at most this many rows are never broken across pages."""

FONT_STYLES: dict[str, tuple[float, bool, bool]] = {
    "body": (9.5, False, False),
    "small": (8.0, False, False),
    "tiny": (6.8, False, False),
    "table": (8.0, False, False),
    "table_bold": (8.0, True, False),
    "h1": (16.0, True, False),
    "h2": (11.5, True, False),
    "title": (24.0, True, False),
    "subtitle": (13.0, False, False),
    "header": (7.5, False, False),
    "italic": (8.5, False, True),
}


def clip(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters, ending with an ellipsis when cut."""
    return text if len(text) <= limit else text[:max(limit - 1, 0)].rstrip() + "…"


class Ctx:
    """Fonts, metrics and units of one paint device, with text measurements remembered."""

    def __init__(self, device: QPaintDevice):
        self.device = device
        self.dpi = float(device.logicalDpiX())
        self._fonts: dict[str, QFont] = {}
        self._metrics: dict[str, QFontMetricsF] = {}
        self._widths: dict[tuple[str, str], float] = {}

    def pt(self, v: float) -> float:
        """Points → device units."""
        return v * self.dpi / 72.0

    def mm(self, v: float) -> float:
        """Millimetres → device units."""
        return v * self.dpi / 25.4

    def font(self, name: str) -> QFont:
        """The font of a named style (see FONT_STYLES)."""
        f = self._fonts.get(name)
        if f is None:
            size, bold, italic = FONT_STYLES[name]
            f = make_font(size, bold, italic)
            self._fonts[name] = f
        return f

    def metrics(self, name: str) -> QFontMetricsF:
        """Metrics of a named style on this device."""
        m = self._metrics.get(name)
        if m is None:
            m = QFontMetricsF(self.font(name), self.device)
            self._metrics[name] = m
        return m

    def line_height(self, name: str) -> float:
        """Distance from one line of wrapped text to the next."""
        return self.metrics(name).lineSpacing()

    def text_height(self, name: str, text: str, width: float, flags: int = TEXT_FLAGS) -> float:
        """Height of wrapped text in a box ``width`` wide."""
        if not text:
            return self.metrics(name).height()
        if "\n" not in text and self.text_width(name, text) <= width:
            return self.metrics(name).height()  # one line: no need to lay it out
        r = self.metrics(name).boundingRect(QRectF(0, 0, max(width, 1.0), 1e7), flags, text)
        return r.height()

    def text_width(self, name: str, text: str) -> float:
        """Width of the longest line of ``text`` (remembered: tables repeat their numbers)."""
        key = (name, text)
        w = self._widths.get(key)
        if w is None:
            m = self.metrics(name)
            w = max((m.horizontalAdvance(line) for line in text.split("\n")), default=0.0)
            if len(self._widths) < 200_000:
                self._widths[key] = w
        return w

    def wrap(self, name: str, text: str, width: float, anywhere: bool = False) -> list[str]:
        """``text`` broken into the lines it takes in a box ``width`` wide (its own line
        breaks kept, an empty line for each empty line)."""
        out: list[str] = []
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere if anywhere
                           else QTextOption.WrapMode.WordWrap)
        for source in text.split("\n"):
            if not source or self.text_width(name, source) <= width:
                out.append(source)
                continue
            layout = QTextLayout(source, self.font(name), self.device)
            layout.setTextOption(option)
            layout.beginLayout()
            while True:
                line = layout.createLine()
                if not line.isValid():
                    break
                line.setLineWidth(max(width, 1.0))
                out.append(source[line.textStart():line.textStart() + line.textLength()]
                           .rstrip())
            layout.endLayout()
        return out


def qcolor(hex_or_color: str | QColor) -> QColor:
    """A QColor from '#RRGGBB' (or a QColor)."""
    return hex_or_color if isinstance(hex_or_color, QColor) else QColor(hex_or_color)


# --- blocks --------------------------------------------------------------------------
class Block:
    """Something laid out on the page: measured, maybe split, then drawn."""

    keep_with_next = False
    page_break_before = False

    def height(self, ctx: Ctx, width: float) -> float:
        """Height of the whole block at this width."""
        raise NotImplementedError

    def min_height(self, ctx: Ctx, width: float) -> float:
        """The least space the block needs on a page to start there (a heading before it
        moves to the next page with it otherwise)."""
        return self.height(ctx, width) - self.trailing(ctx)

    def trailing(self, ctx: Ctx) -> float:
        """Space after the block, included in its height, that may fall off a page's end."""
        return 0.0

    def split(self, ctx: Ctx, width: float, avail: float) -> tuple[Block, Block] | None:
        """Two parts, the first fitting in ``avail``; None if it cannot be split there."""
        del ctx, width, avail
        return None

    def draw(self, ctx: Ctx, p: QPainter, x: float, y: float, width: float) -> None:
        """Paint the block with its top-left corner at (x, y)."""
        raise NotImplementedError


@dataclass
class Spacer(Block):
    """Vertical space in points."""

    points: float

    def height(self, ctx: Ctx, width: float) -> float:
        return ctx.pt(self.points)

    def draw(self, ctx: Ctx, p: QPainter, x: float, y: float, width: float) -> None:
        pass


@dataclass
class PageBreak(Block):
    """Start a new page."""

    def height(self, ctx: Ctx, width: float) -> float:
        return 0.0

    def draw(self, ctx: Ctx, p: QPainter, x: float, y: float, width: float) -> None:
        pass


@dataclass
class Heading(Block):
    """A section (level 1, on a new page) or sub-section (level 2) heading, listed in the
    table of contents. Never the last thing on a page: it moves on with what follows."""

    text: str
    level: int = 1
    in_toc: bool = True
    anchor: str = ""
    """A name for finding the heading whatever language its text is in ('optimisation')."""
    keep_with_next = True

    def __post_init__(self) -> None:
        self.text = clip(self.text, 200)

    @property
    def page_break_before(self) -> bool:  # type: ignore[override]
        return self.level == 1

    def _style(self) -> str:
        return "h1" if self.level == 1 else "h2"

    def height(self, ctx: Ctx, width: float) -> float:
        gap = ctx.pt(10 if self.level == 1 else 9)
        rule = ctx.pt(4) if self.level == 1 else 0.0
        return gap + ctx.text_height(self._style(), self.text, width) + rule + ctx.pt(4)

    def draw(self, ctx: Ctx, p: QPainter, x: float, y: float, width: float) -> None:
        gap = ctx.pt(10 if self.level == 1 else 9)
        h = ctx.text_height(self._style(), self.text, width)
        p.setFont(ctx.font(self._style()))
        p.setPen(qcolor(style.ACCENT))
        p.drawText(QRectF(x, y + gap, width, h), TEXT_FLAGS, self.text)
        if self.level == 1:
            pen = QPen(qcolor(style.ACCENT))
            pen.setWidthF(ctx.pt(1.2))
            p.setPen(pen)
            yy = y + gap + h + ctx.pt(2)
            p.drawLine(QPointF(x, yy), QPointF(x + width, yy))


@dataclass
class Paragraph(Block):
    """Wrapped text in one style. A long paragraph breaks between any two of its lines,
    keeping at least two lines on each side of the break."""

    text: str
    style_name: str = "body"
    colour: str = style.TEXT
    space_after: float = 4.0
    keep_with_next: bool = False  # type: ignore[misc]
    continued: bool = False
    """This part continues a paragraph broken at the foot of the previous page."""
    continues: bool = False
    """This part is continued on the next page."""
    _lines: list[str] | None = field(default=None, repr=False, compare=False)
    _width: float = field(default=-1.0, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.text = clip(self.text, MAX_PARAGRAPH_CHARS)

    def lines(self, ctx: Ctx, width: float) -> list[str]:
        """The wrapped lines (measured once per width)."""
        if self._lines is None or self._width != width:
            self._lines = ctx.wrap(self.style_name, self.text, width)
            self._width = width
        return self._lines

    def _body(self, ctx: Ctx, width: float) -> float:
        return len(self.lines(ctx, width)) * ctx.line_height(self.style_name)

    def height(self, ctx: Ctx, width: float) -> float:
        return self._body(ctx, width) + ctx.pt(self.space_after)

    def trailing(self, ctx: Ctx) -> float:
        return ctx.pt(self.space_after)

    def min_height(self, ctx: Ctx, width: float) -> float:
        n = len(self.lines(ctx, width))
        if n >= 2 * MIN_LINES_AT_BREAK:
            return MIN_LINES_AT_BREAK * ctx.line_height(self.style_name)
        return self._body(ctx, width)

    def split(self, ctx: Ctx, width: float, avail: float) -> tuple[Block, Block] | None:
        lines = self.lines(ctx, width)
        k = min(int(avail // ctx.line_height(self.style_name)), len(lines) - MIN_LINES_AT_BREAK)
        if k < MIN_LINES_AT_BREAK:
            return None
        head = Paragraph("", self.style_name, self.colour, 0.0, continued=self.continued,
                         continues=True)
        head._lines, head._width = lines[:k], width
        tail = Paragraph("", self.style_name, self.colour, self.space_after, self.keep_with_next,
                         continued=True, continues=self.continues)
        tail._lines, tail._width = lines[k:], width
        return head, tail

    def draw(self, ctx: Ctx, p: QPainter, x: float, y: float, width: float) -> None:
        p.setFont(ctx.font(self.style_name))
        p.setPen(qcolor(self.colour))
        lh = ctx.line_height(self.style_name)
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        for k, line in enumerate(self.lines(ctx, width)):
            if line:
                p.drawText(QRectF(x, y + k * lh, width + ctx.pt(2), lh + 1), flags, line)


@dataclass
class Figure(Block):
    """A drawing of fixed height (in points), painted by a callback into its rectangle."""

    height_pt: float
    paint: Callable[[Ctx, QPainter, QRectF], None]
    caption: str = ""

    def height(self, ctx: Ctx, width: float) -> float:
        cap = ctx.text_height("italic", self.caption, width) + ctx.pt(3) if self.caption else 0
        return ctx.pt(self.height_pt) + cap + ctx.pt(6)

    def trailing(self, ctx: Ctx) -> float:
        return ctx.pt(6)

    def draw(self, ctx: Ctx, p: QPainter, x: float, y: float, width: float) -> None:
        h = ctx.pt(self.height_pt)
        p.save()
        self.paint(ctx, p, QRectF(x, y, width, h))
        p.restore()
        if self.caption:
            p.setFont(ctx.font("italic"))
            p.setPen(qcolor(style.MUTED))
            ch = ctx.text_height("italic", self.caption, width)
            p.drawText(QRectF(x, y + h + ctx.pt(3), width, ch + 1), TEXT_FLAGS, self.caption)


@dataclass
class _TableMeasure:
    """Column widths and row heights of a table at one width, shared by its parts."""

    width: float
    columns: list[float]
    head: float
    rows: list[float]
    note: float
    total_rows: float


@dataclass
class Table(Block):
    """A table with a header row repeated on every page it spans.

    ``align`` holds 'l' or 'r' per column; ``bold_rows`` are drawn in bold (totals);
    ``widths`` are optional fractions of the available width. ``note`` is printed under
    the table, in small type, and stays with its last rows.
    """

    header: list[str]
    rows: list[list[str]]
    align: str = ""
    widths: list[float] | None = None
    bold_rows: set[int] = field(default_factory=set)
    row_colours: dict[int, str] = field(default_factory=dict)
    swatches: dict[int, str] = field(default_factory=dict)
    """Row → colour of a small square drawn before the first cell (country colours)."""
    emphasis: dict[tuple[int, int], str] = field(default_factory=dict)
    """(row, column) → colour of a cell printed in bold in that colour (a value over its
    limit); rows are the whole table's, like ``bold_rows``."""
    space_after: float = 8.0
    continued: bool = False
    wrap_anywhere: frozenset[int] = frozenset()
    """Columns whose text may break inside words (addresses)."""
    note: str = ""
    continues: bool = False
    """This part is continued on the next page (``continued``: it continues one)."""
    _measure: _TableMeasure | None = field(default=None, repr=False, compare=False)
    _offset: int = field(default=0, repr=False, compare=False)
    """Index of this part's first row in the whole table (``bold_rows``, ``row_colours``
    and ``swatches`` are the whole table's, shared by its parts)."""

    def __post_init__(self) -> None:
        if any(len(c) > MAX_CELL_CHARS for row in self.rows for c in row):
            self.rows = [[clip(c, MAX_CELL_CHARS) for c in row] for row in self.rows]
        self.note = clip(self.note, MAX_PARAGRAPH_CHARS)

    def _flags(self, j: int) -> int:
        return WRAP_ANYWHERE if j in self.wrap_anywhere else TEXT_FLAGS

    def _align(self, j: int) -> str:
        return self.align[j] if j < len(self.align) else ("l" if j == 0 else "r")

    def _pad(self, ctx: Ctx) -> float:
        return ctx.pt(3.0)

    def _font(self, i: int) -> str:
        return "table_bold" if i + self._offset in self.bold_rows else "table"

    def _cell_font(self, i: int, j: int) -> str:
        return "table_bold" if (i + self._offset, j) in self.emphasis else self._font(i)

    def column_widths(self, ctx: Ctx, width: float) -> list[float]:
        """Width of each column in device units."""
        return self._measured(ctx, width).columns

    def _natural_widths(self, ctx: Ctx, width: float) -> list[float]:
        n = len(self.header)
        if self.widths:
            total = sum(self.widths)
            return [width * w / total for w in self.widths]
        pad = 2 * self._pad(ctx)
        natural = []
        for j in range(n):
            w = ctx.text_width("table_bold", self.header[j])
            for i, row in enumerate(self.rows):
                if j < len(row):
                    w = max(w, ctx.text_width(self._cell_font(i, j), row[j]))
            if j == 0 and self.swatches:
                w += ctx.pt(9)
            natural.append(w + pad)
        total = sum(natural)
        if total <= width:
            extra = width - total
            # numeric columns keep their width, the first (label) column takes the rest
            if n > 1 and extra > 0:
                natural[0] += extra * 0.5
                for j in range(1, n):
                    natural[j] += extra * 0.5 / (n - 1)
            else:
                natural[0] += extra
            return natural
        # too wide: shrink the text columns (left-aligned), which can wrap
        text_cols = [j for j in range(n) if self._align(j) == "l"] or list(range(n))
        fixed = sum(natural[j] for j in range(n) if j not in text_cols)
        room = max(width - fixed, width * 0.25)
        text_total = sum(natural[j] for j in text_cols)
        out = list(natural)
        for j in text_cols:
            out[j] = room * natural[j] / text_total
        scale = width / sum(out)
        return [w * scale for w in out] if scale < 1 else out

    def _row_height(self, ctx: Ctx, cells: list[str], widths: list[float], font: str,
                    row: int | None = None) -> float:
        pad = self._pad(ctx)
        h = ctx.metrics(font).height()
        for j, cell in enumerate(cells[:len(widths)]):
            inner = widths[j] - 2 * pad - (ctx.pt(9) if j == 0 and self.swatches else 0)
            f = font if row is None else self._cell_font(row, j)
            if "\n" in cell or ctx.text_width(f, cell) > inner:
                h = max(h, ctx.text_height(f, cell, inner, self._flags(j)))
        return h + 2 * ctx.pt(2.2)

    def _note_height(self, ctx: Ctx, width: float) -> float:
        if not self.note:
            return 0.0
        return ctx.pt(3) + len(ctx.wrap("small", self.note, width)) * ctx.line_height("small")

    def _measured(self, ctx: Ctx, width: float) -> _TableMeasure:
        m = self._measure
        if m is None or m.width != width:
            cols = self._natural_widths(ctx, width)
            rows = [self._row_height(ctx, r, cols, self._font(i), i)
                    for i, r in enumerate(self.rows)]
            m = _TableMeasure(width, cols, self._row_height(ctx, self.header, cols, "table_bold"),
                              rows, self._note_height(ctx, width), sum(rows))
            self._measure = m
        return m

    def height(self, ctx: Ctx, width: float) -> float:
        m = self._measured(ctx, width)
        return m.head + m.total_rows + m.note + ctx.pt(self.space_after)

    def trailing(self, ctx: Ctx) -> float:
        return ctx.pt(self.space_after)

    def _splittable(self) -> bool:
        return len(self.rows) > UNSPLIT_TABLE_ROWS

    def min_height(self, ctx: Ctx, width: float) -> float:
        m = self._measured(ctx, width)
        if not self._splittable():
            return m.head + m.total_rows + m.note
        return m.head + sum(m.rows[:MIN_LINES_AT_BREAK]) + ctx.pt(1)

    def split(self, ctx: Ctx, width: float, avail: float) -> tuple[Block, Block] | None:
        if not self._splittable():
            return None
        m = self._measured(ctx, width)
        used = m.head
        k = 0
        n = len(self.rows)
        while k < n and used + m.rows[k] <= avail:
            used += m.rows[k]
            k += 1
        if k >= n:  # every row fits but the note does not: carry the last rows over
            k = n - MIN_LINES_AT_BREAK
        k = min(k, n - MIN_LINES_AT_BREAK)
        if k < MIN_LINES_AT_BREAK:
            return None  # never a lone row or a bare header at the foot of a page
        head_rows = sum(m.rows[:k])

        def part(lo: int, hi: int, total: float, continues: bool) -> Table:
            # a shallow copy: no re-measuring, no re-scanning of the rows (linear layout)
            t = copy.copy(self)
            t.rows = self.rows[lo:hi]
            t._offset = self._offset + lo
            t.continued = self.continued if lo == 0 else True
            t.continues = continues
            last = hi == n
            t.space_after = self.space_after if last else 0.0
            t.note = self.note if last else ""
            t._measure = _TableMeasure(width, m.columns, m.head, m.rows[lo:hi],
                                       m.note if last else 0.0, total)
            return t
        return (part(0, k, head_rows, True),
                part(k, n, m.total_rows - head_rows, self.continues))

    def draw(self, ctx: Ctx, p: QPainter, x: float, y: float, width: float) -> None:
        m = self._measured(ctx, width)
        widths, head, rows = m.columns, m.head, m.rows
        pad = self._pad(ctx)
        vpad = ctx.pt(2.2)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(qcolor(style.TABLE_HEADER))
        p.drawRect(QRectF(x, y, width, head))
        self._draw_cells(ctx, p, x, y, widths, head, self.header, "table_bold", pad, vpad, None)
        yy = y + head
        off = self._offset
        for i, row in enumerate(self.rows):
            bg = self.row_colours.get(i + off) or (style.TABLE_STRIPE if (i + off) % 2 else None)
            if bg:
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(qcolor(bg))
                p.drawRect(QRectF(x, yy, width, rows[i]))
            self._draw_cells(ctx, p, x, yy, widths, rows[i], row, self._font(i), pad, vpad,
                             self.swatches.get(i + off), i + off)
            yy += rows[i]
        pen = QPen(qcolor(style.RULE))
        pen.setWidthF(ctx.pt(0.6))
        p.setPen(pen)
        p.drawLine(QPointF(x, y), QPointF(x + width, y))
        p.drawLine(QPointF(x, y + head), QPointF(x + width, y + head))
        p.drawLine(QPointF(x, yy), QPointF(x + width, yy))
        if self.continued:
            p.setFont(ctx.font("tiny"))
            p.setPen(qcolor(style.MUTED))
            p.drawText(QRectF(x, y - ctx.pt(9), width, ctx.pt(8)),
                       int(Qt.AlignmentFlag.AlignRight), translate("ReportLayout", "(continued)"))
        if self.note:
            p.setFont(ctx.font("small"))
            p.setPen(qcolor(style.MUTED))
            lh = ctx.line_height("small")
            for k, line in enumerate(ctx.wrap("small", self.note, width)):
                p.drawText(QRectF(x, yy + ctx.pt(3) + k * lh, width + ctx.pt(2), lh + 1),
                           int(Qt.AlignmentFlag.AlignLeft), line)

    def _draw_cells(self, ctx: Ctx, p: QPainter, x: float, y: float, widths: list[float],
                    h: float, cells: list[str], font: str, pad: float, vpad: float,
                    swatch: str | None, row: int | None = None) -> None:
        xx = x
        for j, w in enumerate(widths):
            text = cells[j] if j < len(cells) else ""
            left = xx + pad
            if j == 0 and swatch:
                s = ctx.pt(6)
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(qcolor(swatch))
                p.drawRect(QRectF(left, y + (h - s) / 2, s, s))
                left += ctx.pt(9)
            strong = self.emphasis.get((row, j)) if row is not None else None
            p.setFont(ctx.font("table_bold" if strong else font))
            p.setPen(qcolor(strong or style.TEXT))
            flags = self._flags(j) | int(Qt.AlignmentFlag.AlignVCenter) | int(
                Qt.AlignmentFlag.AlignRight if self._align(j) == "r" else Qt.AlignmentFlag.AlignLeft)
            p.drawText(QRectF(left, y + vpad, xx + w - pad - left, h - 2 * vpad), flags, text)
            xx += w
