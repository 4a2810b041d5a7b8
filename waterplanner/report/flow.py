"""A small page-flow engine on QPainter: headings, paragraphs, tables and figures laid out
on A4 pages, with long tables broken across pages under a repeated header row.

Layout and painting are separate passes. :func:`paginate` measures every block with the
PDF writer's own font metrics and assigns it to pages (so the table of contents knows each
section's page before anything is drawn); :func:`paint_page` then draws one page. All
lengths are in device units of the paint device; :class:`Ctx` converts points and
millimetres.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPaintDevice, QPainter, QPen

from waterplanner.report import style
from waterplanner.report.fonts import make_font

TEXT_FLAGS = int(Qt.TextFlag.TextWordWrap)
WRAP_ANYWHERE = int(Qt.TextFlag.TextWrapAnywhere)

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


class Ctx:
    """Fonts, metrics and units of one paint device."""

    def __init__(self, device: QPaintDevice):
        self.device = device
        self.dpi = float(device.logicalDpiX())
        self._fonts: dict[str, QFont] = {}
        self._metrics: dict[str, QFontMetricsF] = {}

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

    def text_height(self, name: str, text: str, width: float, flags: int = TEXT_FLAGS) -> float:
        """Height of wrapped text in a box ``width`` wide."""
        if not text:
            return self.metrics(name).height()
        r = self.metrics(name).boundingRect(QRectF(0, 0, max(width, 1.0), 1e7), flags, text)
        return r.height()

    def text_width(self, name: str, text: str) -> float:
        """Width of the longest line of ``text``."""
        m = self.metrics(name)
        return max((m.horizontalAdvance(line) for line in text.split("\n")), default=0.0)


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
    table of contents."""

    text: str
    level: int = 1
    in_toc: bool = True
    keep_with_next = True

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
    """Wrapped text in one style; long paragraphs split between lines."""

    text: str
    style_name: str = "body"
    colour: str = style.TEXT
    space_after: float = 4.0

    def height(self, ctx: Ctx, width: float) -> float:
        return ctx.text_height(self.style_name, self.text, width) + ctx.pt(self.space_after)

    def trailing(self, ctx: Ctx) -> float:
        return ctx.pt(self.space_after)

    def split(self, ctx: Ctx, width: float, avail: float) -> tuple[Block, Block] | None:
        lines = self.text.split("\n")
        if len(lines) < 2:
            return None
        for k in range(len(lines) - 1, 0, -1):
            head = "\n".join(lines[:k])
            if ctx.text_height(self.style_name, head, width) <= avail:
                return (Paragraph(head, self.style_name, self.colour, 0.0),
                        Paragraph("\n".join(lines[k:]), self.style_name, self.colour,
                                  self.space_after))
        return None

    def draw(self, ctx: Ctx, p: QPainter, x: float, y: float, width: float) -> None:
        p.setFont(ctx.font(self.style_name))
        p.setPen(qcolor(self.colour))
        h = ctx.text_height(self.style_name, self.text, width)
        p.drawText(QRectF(x, y, width, h + 1), TEXT_FLAGS, self.text)


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
class Table(Block):
    """A table with a header row repeated on every page it spans.

    ``align`` holds 'l' or 'r' per column; ``bold_rows`` are drawn in bold (totals);
    ``widths`` are optional fractions of the available width.
    """

    header: list[str]
    rows: list[list[str]]
    align: str = ""
    widths: list[float] | None = None
    bold_rows: set[int] = field(default_factory=set)
    row_colours: dict[int, str] = field(default_factory=dict)
    swatches: dict[int, str] = field(default_factory=dict)
    """Row → colour of a small square drawn before the first cell (country colours)."""
    space_after: float = 8.0
    continued: bool = False
    wrap_anywhere: frozenset[int] = frozenset()
    """Columns whose text may break inside words (field paths, addresses)."""

    def _flags(self, j: int) -> int:
        return WRAP_ANYWHERE if j in self.wrap_anywhere else TEXT_FLAGS

    def _align(self, j: int) -> str:
        return self.align[j] if j < len(self.align) else ("l" if j == 0 else "r")

    def _pad(self, ctx: Ctx) -> float:
        return ctx.pt(3.0)

    def column_widths(self, ctx: Ctx, width: float) -> list[float]:
        """Width of each column in device units."""
        n = len(self.header)
        if self.widths:
            total = sum(self.widths)
            return [width * w / total for w in self.widths]
        pad = 2 * self._pad(ctx)
        natural = []
        for j in range(n):
            w = ctx.text_width("table_bold", self.header[j])
            for i, row in enumerate(self.rows):
                cell = row[j] if j < len(row) else ""
                w = max(w, ctx.text_width("table_bold" if i in self.bold_rows else "table", cell))
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

    def _row_height(self, ctx: Ctx, cells: list[str], widths: list[float], font: str) -> float:
        pad = self._pad(ctx)
        h = 0.0
        for j, cell in enumerate(cells):
            inner = widths[j] - 2 * pad - (ctx.pt(9) if j == 0 and self.swatches else 0)
            h = max(h, ctx.text_height(font, cell, inner, self._flags(j)))
        return h + 2 * ctx.pt(2.2)

    def _heights(self, ctx: Ctx, width: float) -> tuple[float, list[float]]:
        widths = self.column_widths(ctx, width)
        head = self._row_height(ctx, self.header, widths, "table_bold")
        rows = [self._row_height(ctx, r, widths, "table_bold" if i in self.bold_rows else "table")
                for i, r in enumerate(self.rows)]
        return head, rows

    def height(self, ctx: Ctx, width: float) -> float:
        head, rows = self._heights(ctx, width)
        return head + sum(rows) + ctx.pt(self.space_after)

    def trailing(self, ctx: Ctx) -> float:
        return ctx.pt(self.space_after)

    def min_height(self, ctx: Ctx, width: float) -> float:
        head, rows = self._heights(ctx, width)
        if len(rows) <= 6:  # short tables are not split at all
            return head + sum(rows)
        return head + rows[0] + rows[1] + ctx.pt(1)

    def split(self, ctx: Ctx, width: float, avail: float) -> tuple[Block, Block] | None:
        head, rows = self._heights(ctx, width)
        used = head
        k = 0
        while k < len(rows) and used + rows[k] <= avail:
            used += rows[k]
            k += 1
        if k < 2 or k >= len(self.rows) or len(self.rows) <= 6 or len(self.rows) - k < 2:
            return None  # never a lone row or a bare header, and short tables stay whole

        def part(lo: int, hi: int, cont: bool, after: float) -> Table:
            return Table(self.header, self.rows[lo:hi], self.align, self.widths,
                         {i - lo for i in self.bold_rows if lo <= i < hi},
                         {i - lo: c for i, c in self.row_colours.items() if lo <= i < hi},
                         {i - lo: c for i, c in self.swatches.items() if lo <= i < hi},
                         after, cont, self.wrap_anywhere)
        return part(0, k, self.continued, 0.0), part(k, len(self.rows), True, self.space_after)

    def draw(self, ctx: Ctx, p: QPainter, x: float, y: float, width: float) -> None:
        widths = self.column_widths(ctx, width)
        head, rows = self._heights(ctx, width)
        pad = self._pad(ctx)
        vpad = ctx.pt(2.2)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(qcolor(style.TABLE_HEADER))
        p.drawRect(QRectF(x, y, width, head))
        self._draw_cells(ctx, p, x, y, widths, head, self.header, "table_bold", pad, vpad, None)
        yy = y + head
        for i, row in enumerate(self.rows):
            bg = self.row_colours.get(i) or (style.TABLE_STRIPE if i % 2 else None)
            if bg:
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(qcolor(bg))
                p.drawRect(QRectF(x, yy, width, rows[i]))
            font = "table_bold" if i in self.bold_rows else "table"
            self._draw_cells(ctx, p, x, yy, widths, rows[i], row, font, pad, vpad,
                             self.swatches.get(i))
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
                       int(Qt.AlignmentFlag.AlignRight), "(continued)")

    def _draw_cells(self, ctx: Ctx, p: QPainter, x: float, y: float, widths: list[float],
                    h: float, cells: list[str], font: str, pad: float, vpad: float,
                    swatch: str | None) -> None:
        p.setFont(ctx.font(font))
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
            p.setPen(qcolor(style.TEXT))
            flags = self._flags(j) | int(Qt.AlignmentFlag.AlignVCenter) | int(
                Qt.AlignmentFlag.AlignRight if self._align(j) == "r" else Qt.AlignmentFlag.AlignLeft)
            p.drawText(QRectF(left, y + vpad, xx + w - pad - left, h - 2 * vpad), flags, text)
            xx += w


# --- pages ---------------------------------------------------------------------------
@dataclass
class Placed:
    """A block at a position on a page."""

    block: Block
    y: float


@dataclass
class Page:
    """One laid-out page: its blocks and the section it belongs to (for the header)."""

    items: list[Placed] = field(default_factory=list)
    section: str = ""


@dataclass
class Frame:
    """The printable area of a page, in device units."""

    x: float
    y: float
    width: float
    height: float


def paginate(ctx: Ctx, blocks: list[Block], frame: Frame,
             check: Callable[[], None] | None = None) -> tuple[list[Page], list[tuple[Heading, int]]]:
    """Lay blocks out on pages; returns the pages and every heading with its page index."""
    pages = [Page()]
    headings: list[tuple[Heading, int]] = []
    y = 0.0
    section = ""
    queue = list(blocks)
    i = 0
    while i < len(queue):
        if check is not None and i % 20 == 0:
            check()
        b = queue[i]
        if isinstance(b, PageBreak) or (b.page_break_before and pages[-1].items):
            if pages[-1].items:
                pages.append(Page(section=section))
                y = 0.0
            if isinstance(b, PageBreak):
                i += 1
                continue
        avail = frame.height - y
        h = b.height(ctx, frame.width)
        fit = h - b.trailing(ctx)  # the space after a block may fall off the page's end
        need = fit
        if b.keep_with_next and i + 1 < len(queue):
            need = h + queue[i + 1].min_height(ctx, frame.width)
        if need > avail and pages[-1].items:
            part = None
            if not b.keep_with_next:
                part = b.split(ctx, frame.width, avail)
            if part is not None:
                first, rest = part
                pages[-1].items.append(Placed(first, y))
                queue[i] = rest
            pages.append(Page(section=section))
            y = 0.0
            if part is not None:
                continue
            avail = frame.height
        if isinstance(b, Heading):
            if b.level == 1:
                section = b.text
                if not pages[-1].items:
                    pages[-1].section = section
            if b.in_toc:
                headings.append((b, len(pages) - 1))
        if fit > avail:
            part = b.split(ctx, frame.width, avail)
            if part is not None:
                first, rest = part
                pages[-1].items.append(Placed(first, y))
                queue[i] = rest
                pages.append(Page(section=section))
                y = 0.0
                continue
        pages[-1].items.append(Placed(b, y))
        y += h
        i += 1
    return pages, headings


def paint_page(ctx: Ctx, p: QPainter, page: Page, frame: Frame) -> None:
    """Draw the blocks of one page inside the frame."""
    for item in page.items:
        item.block.draw(ctx, p, frame.x, frame.y + item.y, frame.width)
