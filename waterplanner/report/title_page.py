"""The report's first page: what the report is about, who made it, the state it starts from,
where its schedules came from, the input it traces back to, and three headline numbers.

Everything on it is bounded (a long title or description is cut with an ellipsis), so the
page never overflows whatever the scenario's metadata hold.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter

from waterplanner import __version__
from waterplanner.i18n import QT_TRANSLATE_NOOP, translate
from waterplanner.i18n.dates import time_label
from waterplanner.i18n.units import unit
from waterplanner.report import style
from waterplanner.report.flow import Ctx, clip, qcolor
from waterplanner.report.formatting import km3, num, pct, with_unit
from waterplanner.report.inputs import ReportInputs
from waterplanner.report.pages import Frame
from waterplanner.report.timeaxis import periods_text

TITLE_LINES = 3
DESCRIPTION_LINES = 7
VALUE_LINES = 3

LONG_DATES = (
    QT_TRANSLATE_NOOP("ReportTitle", "{day} January {year}"),
    QT_TRANSLATE_NOOP("ReportTitle", "{day} February {year}"),
    QT_TRANSLATE_NOOP("ReportTitle", "{day} March {year}"),
    QT_TRANSLATE_NOOP("ReportTitle", "{day} April {year}"),
    QT_TRANSLATE_NOOP("ReportTitle", "{day} May {year}"),
    QT_TRANSLATE_NOOP("ReportTitle", "{day} June {year}"),
    QT_TRANSLATE_NOOP("ReportTitle", "{day} July {year}"),
    QT_TRANSLATE_NOOP("ReportTitle", "{day} August {year}"),
    QT_TRANSLATE_NOOP("ReportTitle", "{day} September {year}"),
    QT_TRANSLATE_NOOP("ReportTitle", "{day} October {year}"),
    QT_TRANSLATE_NOOP("ReportTitle", "{day} November {year}"),
    QT_TRANSLATE_NOOP("ReportTitle", "{day} December {year}"),
)
"""A date written out, one text per month so that each language puts the day, the month (in
the case it takes) and the year in its own order: '2 December 2026', «2 декабря 2026 г.»,
«2026 жылғы 2 желтоқсан»."""


@dataclass(frozen=True)
class TitleFields:
    """What the title page says besides the inputs' numbers."""

    title: str
    author: str
    organisation: str
    report_date: date
    inflow_label: str
    file_name: str
    content_hash: str
    file_hash: str | None
    schedules_page: int | None = None
    """Page of the optimisation section, when the schedules came from a record."""


def initial_state_text(iso: str) -> str:
    """'1 October 2025' for an ISO date, the text itself if it is not one, and
    'date of the initial state not stated' when blank."""
    if not iso.strip():
        return translate("ReportTitle", "date of the initial state not stated")
    try:
        return long_date(date.fromisoformat(iso.strip()))
    except ValueError:
        return clip(iso.strip(), 60)


def long_date(d: date) -> str:
    """'2 December 2026', in the planner's language (Russian «2 декабря 2026 г.»)."""
    return translate("ReportTitle", LONG_DATES[d.month - 1]).format(day=d.day, year=d.year)


def wrapped(ctx: Ctx, style_name: str, text: str, width: float, max_lines: int) -> list[str]:
    """``text`` wrapped to ``width``, at most ``max_lines`` lines, the last one ending in an
    ellipsis when text was left out."""
    lines = ctx.wrap(style_name, clip(text, 4000), width, anywhere=True)
    if len(lines) <= max_lines:
        return lines
    kept = lines[:max_lines]
    room = width - ctx.text_width(style_name, " …")
    last = ctx.metrics(style_name).elidedText(kept[-1], Qt.TextElideMode.ElideRight, room)
    kept[-1] = last if last.endswith("…") else last.rstrip() + " …"
    return kept


def field_rows(inp: ReportInputs, f: TitleFields) -> list[tuple[str, str]]:
    """The (label, value) rows under the title."""
    scn = inp.scenario
    t = scn.time
    count = f"{t.periods:,}".replace(",", "\u00a0")
    rows = [(translate("ReportTitle", "Date"), long_date(f.report_date)),
            (translate("ReportTitle", "Author"), clip(f.author, 200) or "–"),
            (translate("ReportTitle", "Organisation"), clip(f.organisation, 200) or "–"),
            (translate("ReportTitle", "Initial state"),
             initial_state_text(scn.metadata.initial_state_date)),
            (translate("ReportTitle", "Inflows") if inp.is_ensemble else
             translate("ReportTitle", "Inflow set"), f.inflow_label),
            *([(translate("ReportTitle", "Member reported"), translate(
                "ReportTitle", "{member}; the section 'Risk over the inflow ensemble' covers "
                               "all members").format(member=inp.member_words))]
              if inp.is_ensemble else []),
            (translate("ReportTitle", "Horizon"), translate(
                "ReportTitle", "{first} – {last} ({periods})").format(
                    first=time_label(t, 0), last=time_label(t, t.periods - 1),
                    periods=periods_text(t.step, t.periods, count)))]
    record = inp.optimisation
    if record is not None:
        text = translate("ReportTitle", "replaced by {source} (see page {page})") \
            if f.schedules_page else translate("ReportTitle", "replaced by {source}")
        rows.append((release_schedules_label(), text.format(source=record.source_text,
                                                      page=f.schedules_page)))
    if inp.baseline is not None:
        rows.append((translate("ReportTitle", "Baseline"), clip(inp.baseline_label, 300)))
    rows.append((translate("ReportTitle", "Scenario file"), clip(f.file_name, 300)))
    if f.file_hash is None or f.file_hash == f.content_hash:
        label = translate("ReportTitle", "SHA-256 of the file") if f.file_hash else \
            translate("ReportTitle", "SHA-256 of the scenario")
        rows.append((label, f.content_hash))
    else:
        rows.append((translate("ReportTitle", "SHA-256 of the file"), f.file_hash))
        rows.append((translate("ReportTitle", "SHA-256 as simulated"), f.content_hash + "\n" +
                     translate("ReportTitle", "(the scenario had changes not saved to the file)")))
    return rows


def release_schedules_label() -> str:
    """The label of the row saying where the release schedules came from."""
    return translate("ReportTitle", "Release schedules")


def paint_title(ctx: Ctx, p: QPainter, frame: Frame, inp: ReportInputs, f: TitleFields) -> None:
    """Paint the title page into ``frame``."""
    x, w = frame.x, frame.width
    y = frame.y + ctx.mm(18)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(qcolor(style.ACCENT))
    p.drawRect(QRectF(x, y, ctx.mm(12), ctx.pt(4)))
    y += ctx.mm(6)
    p.setPen(qcolor(style.MUTED))
    p.setFont(ctx.font("subtitle"))
    p.drawText(QRectF(x, y, w, ctx.pt(18)), 0,
               translate("ReportTitle", "Reservoir release planning report"))
    y += ctx.pt(24)
    y = _paint_lines(ctx, p, x, y, w, "title", style.ACCENT,
                     wrapped(ctx, "title", f.title, w, TITLE_LINES)) + ctx.pt(10)
    desc = inp.scenario.metadata.description
    if desc:
        y = _paint_lines(ctx, p, x, y, w, "body", style.TEXT,
                         wrapped(ctx, "body", desc, w, DESCRIPTION_LINES)) + ctx.pt(16)
    rows = field_rows(inp, f)
    lw = max(ctx.text_width("table_bold", k) for k, _ in rows) + ctx.pt(12)
    for k, v in rows:
        # hashes in a smaller face, so 64 hex digits fit on one line
        face = "small" if v.startswith((f.content_hash, f.file_hash or f.content_hash)) \
            else "body"
        p.setFont(ctx.font("table_bold"))
        p.setPen(qcolor(style.MUTED))
        p.drawText(QRectF(x, y + ctx.pt(1), lw, ctx.pt(12)), 0, k)
        lines = wrapped(ctx, face, v, w - lw, VALUE_LINES)
        colour = style.ACCENT if k == release_schedules_label() else style.TEXT
        y = _paint_lines(ctx, p, x + lw, y + (ctx.pt(1) if face == "small" else 0), w - lw,
                         face, colour, lines) + ctx.pt(6)
    _paint_headlines(ctx, p, x, y + ctx.pt(12), w, inp)
    # foot of the title page
    p.setFont(ctx.font("small"))
    p.setPen(qcolor(style.MUTED))
    foot = translate("ReportTitle", "Produced offline by WaterPlanner {version}. Every number in "
                                    "this report comes from simulating the scenario file named "
                                    "above; its SHA-256 hash identifies the exact input.").format(
        version=__version__)
    lines = ctx.wrap("small", foot, w)
    _paint_lines(ctx, p, x, frame.y + frame.height - len(lines) * ctx.line_height("small"), w,
                 "small", style.MUTED, lines)


def _paint_lines(ctx: Ctx, p: QPainter, x: float, y: float, w: float, face: str, colour: str,
                 lines: list[str]) -> float:
    p.setFont(ctx.font(face))
    p.setPen(qcolor(colour))
    lh = ctx.line_height(face)
    for k, line in enumerate(lines):
        p.drawText(QRectF(x, y + k * lh, w + ctx.pt(2), lh + 1),
                   int(Qt.AlignmentFlag.AlignLeft), line)
    return y + len(lines) * lh


def _paint_headlines(ctx: Ctx, p: QPainter, x: float, y: float, w: float,
                     inp: ReportInputs) -> None:
    s = inp.summary()
    km3_ = unit("km³")
    items = [(translate("ReportTitle", "Shortfall"), pct(s.shortfall_pct),
              translate("ReportTitle", "{shortfall} {unit} of {demand} {unit}").format(
                  shortfall=km3(s.shortfall_mcm), demand=km3(s.demand_mcm), unit=km3_)),
             (translate("ReportTitle", "Hydropower"), with_unit(num(s.energy_gwh), "GWh"),
              translate("ReportTitle", "winter {winter} / summer {summer}").format(
                  winter=num(s.winter_energy_gwh), summer=num(s.summer_energy_gwh)))]
    if s.lakes:
        lk = s.lakes[0]
        items.append((translate("ReportTitle", "Aral inflow") if "aral" in lk.node_id.lower()
                      else translate("ReportTitle", "Lake inflow"),
                      with_unit(km3(lk.inflow_mcm), "km³"),
                      translate("ReportTitle", "level {level} at end").format(
                          level=with_unit(num(lk.end_level_m, 2), "m"))))
    bw = (w - ctx.pt(10) * (len(items) - 1)) / len(items)
    bh = ctx.pt(62)
    for i, (k, big, small) in enumerate(items):
        bx = x + i * (bw + ctx.pt(10))
        inner = bw - ctx.pt(16)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(qcolor(style.TABLE_HEADER))
        p.drawRect(QRectF(bx, y, bw, bh))
        p.setPen(qcolor(style.MUTED))
        p.setFont(ctx.font("small"))
        p.drawText(QRectF(bx + ctx.pt(8), y + ctx.pt(6), inner, ctx.pt(12)), 0, k)
        p.setPen(qcolor(style.ACCENT))
        p.setFont(ctx.font("h1"))
        p.drawText(QRectF(bx + ctx.pt(8), y + ctx.pt(19), inner, ctx.pt(22)), 0,
                   ctx.metrics("h1").elidedText(big, Qt.TextElideMode.ElideRight, inner))
        p.setPen(qcolor(style.TEXT))
        p.setFont(ctx.font("tiny"))
        p.drawText(QRectF(bx + ctx.pt(8), y + ctx.pt(44), inner, ctx.pt(12)), 0,
                   ctx.metrics("tiny").elidedText(small, Qt.TextElideMode.ElideRight, inner))
