"""Page breaks: every block measured once (linear in the report's length), and no widow or
orphan — no heading at the foot of a page, no lone line or row of a paragraph or a table on
either side of a break, a table's note kept with its last rows."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from helpers import stretched_to_days
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QPdfWriter

from waterplanner.engine.simulate import simulate
from waterplanner.report.builder import lay_out
from waterplanner.report.flow import (
    MIN_LINES_AT_BREAK,
    UNSPLIT_TABLE_ROWS,
    Block,
    Ctx,
    Figure,
    Heading,
    Paragraph,
    Table,
)
from waterplanner.report.pages import Frame, Page, paginate
from waterplanner.report.plots import Legend


@dataclass
class Device:
    ctx: Ctx
    frame: Frame
    writer: QPdfWriter
    buffer: QBuffer


@pytest.fixture(scope="module")
def device(gui_app) -> Device:  # type: ignore[no-untyped-def]
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    buffer.setParent(writer)
    writer.setResolution(300)
    ctx = Ctx(writer)
    frame = Frame(ctx.mm(20), ctx.mm(24), float(writer.width()) - ctx.mm(40),
                  float(writer.height()) - ctx.mm(44))
    return Device(ctx, frame, writer, buffer)


def check_no_widows_or_orphans(ctx: Ctx, pages: list[Page], frame: Frame) -> None:
    """The pagination rules, checked on laid-out pages."""
    for n, page in enumerate(pages):
        items = page.items
        assert items, f"page {n + 1} is empty"
        if n + 1 < len(pages):
            last = items[-1].block
            empty_section = isinstance(pages[n + 1].items[0].block, Heading) and \
                pages[n + 1].items[0].block.level == 1  # type: ignore[attr-defined]
            assert empty_section or not isinstance(last, (Heading, Legend)), \
                f"page {n + 1} ends with {type(last).__name__} {getattr(last, 'text', '')!r}"
        for item in items:
            b = item.block
            if isinstance(b, Table) and (b.continued or b.continues):
                assert len(b.rows) >= MIN_LINES_AT_BREAK, \
                    f"page {n + 1}: a table part of {len(b.rows)} row(s)"
                assert not b.continued or item is items[0], "a table goes on at a page's top"
                assert not b.continues or item is items[-1], "a table breaks at a page's foot"
            if isinstance(b, Paragraph) and (b.continued or b.continues):
                assert len(b._lines or []) >= MIN_LINES_AT_BREAK, \
                    f"page {n + 1}: a paragraph part of {len(b._lines or [])} line(s)"
            bottom = item.y + b.height(ctx, frame.width) - b.trailing(ctx)
            if b.min_height(ctx, frame.width) <= frame.height and not isinstance(b, Figure):
                assert bottom <= frame.height + 1e-6, f"page {n + 1} overflows"


def _table(rows: int, note: str = "", tall_every: int = 0) -> Table:
    body = [[f"row {i}" + ("\nsecond line\nthird" if tall_every and i % tall_every == 0
                           else ""), str(i), str(i * 2)] for i in range(rows)]
    return Table(["Label", "A", "B"], body, "lrr", note=note)


def _rows_in_order(pages: list[Page], tables: list[Table]) -> list[str]:
    return [r[0] for page in pages for item in page.items if isinstance(item.block, Table)
            for r in item.block.rows]


blocks_strategy = st.lists(
    st.one_of(
        st.builds(lambda t, lvl: Heading(t, lvl), st.sampled_from(["Alpha", "Beta heading"]),
                  st.sampled_from([1, 2, 2, 2])),
        st.builds(lambda n: Paragraph("\n".join(f"line {k} of a paragraph" for k in range(n))),
                  st.integers(1, 90)),
        st.builds(lambda n, note, tall: _table(n, "A note under the table." if note else "",
                                               tall),
                  st.integers(0, 160), st.booleans(), st.sampled_from([0, 0, 3, 7])),
        st.builds(lambda h: Figure(h, lambda ctx, p, r: None), st.integers(40, 500)),
        st.builds(lambda: Legend([("line", "#000000", "a legend entry")])),
    ),
    min_size=1, max_size=25)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(blocks_strategy)
def test_pagination_keeps_everything_in_order_without_widows_or_orphans(
        device: Device, blocks: list[Block]) -> None:
    tables = [b for b in blocks if isinstance(b, Table)]
    expected = [r[0] for t in tables for r in t.rows]
    lines = sum(len(b.lines(device.ctx, device.frame.width)) for b in blocks
                if isinstance(b, Paragraph))
    pages, headings = paginate(device.ctx, blocks, device.frame)
    assert _rows_in_order(pages, tables) == expected
    placed_lines = sum(len(i.block._lines or []) for p in pages for i in p.items
                       if isinstance(i.block, Paragraph))
    assert placed_lines == lines
    assert len(headings) == sum(isinstance(b, Heading) for b in blocks)
    check_no_widows_or_orphans(device.ctx, pages, device.frame)


def test_a_heading_never_ends_a_page(device: Device) -> None:
    ctx, frame = device.ctx, device.frame
    filler_lines = int(frame.height // ctx.line_height("body")) - 3
    blocks: list[Block] = [Paragraph("\n".join(["x"] * filler_lines)), Heading("Sub", 2),
                           _table(30)]
    pages, _ = paginate(ctx, blocks, frame)
    assert not isinstance(pages[0].items[-1].block, Heading)
    assert isinstance(pages[1].items[0].block, Heading)


def test_two_headings_in_a_row_move_on_together(device: Device) -> None:
    ctx, frame = device.ctx, device.frame
    filler_lines = int(frame.height // ctx.line_height("body")) - 5
    blocks: list[Block] = [Paragraph("\n".join(["x"] * filler_lines)), Heading("A", 2),
                           Heading("B", 2), _table(30)]
    pages, _ = paginate(ctx, blocks, frame)
    check_no_widows_or_orphans(ctx, pages, frame)
    assert [type(i.block) for i in pages[1].items][:3] == [Heading, Heading, Table]


def test_the_last_row_of_a_table_is_never_alone(device: Device) -> None:
    ctx, frame = device.ctx, device.frame
    one_page = _table(400)
    one_page._measured(ctx, frame.width)
    fitting = next(k for k in range(400) if one_page._measure.head +
                   sum(one_page._measure.rows[:k + 1]) > frame.height)
    for rows in (fitting + 1, fitting + 2, fitting + 3):  # one, two, three rows too many
        pages, _ = paginate(ctx, [_table(rows, note="Note: kept with the last rows.")], frame)
        parts = [i.block for p in pages for i in p.items]
        assert all(len(t.rows) >= MIN_LINES_AT_BREAK for t in parts)  # type: ignore[attr-defined]
        assert parts[-1].note  # type: ignore[attr-defined]
        assert sum(len(t.rows) for t in parts) == rows  # type: ignore[attr-defined]


def test_short_tables_are_never_split(device: Device) -> None:
    ctx, frame = device.ctx, device.frame
    filler_lines = int(frame.height // ctx.line_height("body")) - 3
    pages, _ = paginate(ctx, [Paragraph("\n".join(["x"] * filler_lines)),
                              _table(UNSPLIT_TABLE_ROWS)], frame)
    assert len(pages) == 2 and len(pages[1].items[0].block.rows) == UNSPLIT_TABLE_ROWS  # type: ignore[attr-defined]


def test_each_row_is_measured_once(device: Device, monkeypatch) -> None:
    """A 6 000-row table breaks across ~130 pages with one measurement per row (the old
    engine re-measured every remaining row at each break: quadratic)."""
    calls = [0]
    original = Table._row_height

    def counting(self, *a, **k):  # type: ignore[no-untyped-def]
        calls[0] += 1
        return original(self, *a, **k)
    monkeypatch.setattr(Table, "_row_height", counting)
    table = _table(6_000)
    pages, _ = paginate(device.ctx, [Heading("Long"), table], device.frame)
    assert len(pages) > 100
    assert calls[0] == 6_000 + 1  # the rows, and the header row once


def test_each_paragraph_is_wrapped_once(device: Device, monkeypatch) -> None:
    calls = [0]
    original = Ctx.wrap

    def counting(self, *a, **k):  # type: ignore[no-untyped-def]
        calls[0] += 1
        return original(self, *a, **k)
    monkeypatch.setattr(Ctx, "wrap", counting)
    text = "\n".join(f"{k}" for k in range(10_000))  # 50 000 characters
    pages, _ = paginate(device.ctx, [Paragraph(text)], device.frame)
    assert len(pages) > 150
    assert calls[0] == 1


def test_a_long_line_wraps_and_breaks_between_its_lines(device: Device) -> None:
    ctx, frame = device.ctx, device.frame
    word_soup = " ".join(f"word{k}" for k in range(8000))  # one source line, many pages
    pages, _ = paginate(ctx, [Paragraph(word_soup)], frame)
    assert len(pages) >= 3
    check_no_widows_or_orphans(ctx, pages, frame)


@pytest.mark.parametrize("case", ["default", "baseline", "daily", "spec"])
def test_report_pages_have_no_widows_or_orphans(gui_app, case: str, energy, energy_results,
                                                irrigation_results) -> None:
    from dataclasses import replace
    scn, res, base = energy, energy_results, None
    if case == "baseline":
        base = irrigation_results
    elif case == "daily":
        scn = stretched_to_days(energy, 400)
        res = simulate(scn, "median")
    elif case == "spec":
        scn = replace(energy, extensions={"optimisation": {
            "objectives": [{"kind": "shortfall"}, {"kind": "energy", "weight": 0.001}],
            "constraints": [{"kind": "end_storage", "reservoir": "toktogul", "min_mcm": 12000}]}})
        res = simulate(scn, "median")
    layout = lay_out(scn, res, baseline=base)
    check_no_widows_or_orphans(layout.ctx, layout.pages, layout.frame)
    assert any(isinstance(i.block, Table) and i.block.continued
               for p in layout.pages for i in p.items)  # the rules were put to the test


def test_contents_never_leave_one_entry_alone_on_a_page() -> None:
    from waterplanner.report.builder import toc_pages
    assert toc_pages(10, 40) == [10]
    assert toc_pages(41, 40) == [39, 2]
    assert toc_pages(80, 40) == [40, 40]
    assert toc_pages(81, 40) == [40, 39, 2]
    for count in range(1, 300):
        sizes = toc_pages(count, 37)
        assert sum(sizes) == count and max(sizes) <= 37
        assert len(sizes) == 1 or min(sizes) >= 2
