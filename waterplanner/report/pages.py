"""Pages of a report: blocks assigned to A4 pages, then painted one page at a time.

:func:`paginate` measures every block (:mod:`.flow`) with the PDF writer's own font metrics
and assigns it to pages, so the table of contents knows each section's page before anything
is drawn; :func:`paint_page` then draws one page. Page breaks follow the rules of book
typesetting: a heading stays with what follows it, and a paragraph or a table broken across
pages keeps at least two lines or rows on each side (no widows, no orphans).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtGui import QPainter

from waterplanner.report.flow import Block, Ctx, Heading, PageBreak


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


def _space_to_start(ctx: Ctx, queue: list[Block], i: int, width: float, page: float) -> float:
    """What block ``i`` (kept with the next) needs on the page: itself, the blocks kept with
    it, and the first lines of the block that ends the chain. The walk stops once the chain
    is taller than a ``page``: it cannot be kept together anyway."""
    need = 0.0
    j = i
    while j < len(queue) and queue[j].keep_with_next and need <= page:
        if j > i and (isinstance(queue[j], PageBreak) or queue[j].page_break_before):
            return need
        need += queue[j].height(ctx, width)
        j += 1
    if j < len(queue) and not isinstance(queue[j], PageBreak) and \
            not queue[j].page_break_before:
        need += queue[j].min_height(ctx, width)
    else:
        need -= queue[j - 1].trailing(ctx)
    return need


def paginate(ctx: Ctx, blocks: list[Block], frame: Frame,
             check: Callable[[], None] | None = None) -> tuple[list[Page], list[tuple[Heading, int]]]:
    """Lay blocks out on pages; returns the pages and every heading with its page index.

    Each block is measured once, and a block cut by a page break hands its measurements on
    to the rest, so the work grows linearly with the report.
    """
    pages = [Page()]
    headings: list[tuple[Heading, int]] = []
    y = 0.0
    section = ""
    queue = list(blocks)
    width = frame.width
    i = 0
    steps = 0

    def new_page() -> None:
        nonlocal y
        pages.append(Page(section=section))
        y = 0.0

    def place(block: Block) -> None:
        pages[-1].items.append(Placed(block, y))

    while i < len(queue):
        steps += 1
        if check is not None and steps % 20 == 0:
            check()
        b = queue[i]
        if isinstance(b, PageBreak):
            if pages[-1].items:
                new_page()
            i += 1
            continue
        if b.page_break_before and pages[-1].items:
            new_page()
        avail = frame.height - y
        h = b.height(ctx, width)
        fit = h - b.trailing(ctx)  # the space after a block may fall off the page's end
        need = _space_to_start(ctx, queue, i, width, frame.height) if b.keep_with_next \
            else fit
        if need > avail and pages[-1].items:
            if not b.keep_with_next and b.min_height(ctx, width) <= avail:
                part = b.split(ctx, width, avail)
                if part is not None:
                    place(part[0])
                    queue[i] = part[1]
                    new_page()
                    continue
            new_page()
            avail = frame.height
        if isinstance(b, Heading):
            if b.level == 1:
                section = b.text
                if not pages[-1].items:
                    pages[-1].section = section
            if b.in_toc:
                headings.append((b, len(pages) - 1))
        if fit > avail:  # taller than a whole page: break it where it must be broken
            part = b.split(ctx, width, avail)
            if part is not None:
                place(part[0])
                queue[i] = part[1]
                new_page()
                continue
        place(b)
        y += h
        i += 1
    return pages, headings


def paint_page(ctx: Ctx, p: QPainter, page: Page, frame: Frame) -> None:
    """Draw the blocks of one page inside the frame."""
    for item in page.items:
        item.block.draw(ctx, p, frame.x, frame.y + item.y, frame.width)
