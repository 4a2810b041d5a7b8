"""``write_report``: the PDF report of a simulation, written with Qt's own PDF engine.

The report is laid out first (every block measured with the PDF writer's font metrics and
assigned to a page), so the table of contents can give page numbers before anything is
drawn; then the pages are painted one by one. The PDF goes to a temporary file next to the
target and is renamed over it only when complete, so a cancelled or failed report never
leaves a half-written file and never destroys an earlier report.

Needs a ``QGuiApplication`` (see :func:`waterplanner.report.qtapp.ensure_gui_application`);
runs in any thread.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import time as _time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from waterplanner import __version__
from waterplanner.engine.results import Results
from waterplanner.model.document import dumps_scenario
from waterplanner.model.fileio import fsync_path
from waterplanner.model.scenario import Scenario
from waterplanner.progress import Cancelled, CancelToken
from waterplanner.report import style
from waterplanner.report.content import SECTIONS, ReportInputs
from waterplanner.report.flow import (
    TEXT_FLAGS,
    Block,
    Ctx,
    Frame,
    Heading,
    Page,
    paginate,
    paint_page,
    qcolor,
)
from waterplanner.report.formatting import km3, num, pct

ProgressCallback = Callable[[float, str], None]
"""Called with the fraction done (0–1) and what is happening."""

RESOLUTION_DPI = 300
MARGIN_MM = (20.0, 24.0, 20.0, 20.0)
"""Left, top, right, bottom: the running header and footer sit inside the margins."""


class ReportCancelled(Cancelled):
    """The report was cancelled; nothing was written."""


class ReportError(Exception):
    """The report could not be written (the message says why, for the user)."""


@dataclass(frozen=True)
class ReportOptions:
    """What goes on the title page; empty fields fall back to the scenario's metadata."""

    title: str = ""
    author: str = ""
    organisation: str = ""
    report_date: date | None = None
    source_path: str | None = None
    """The scenario file the report traces back to (its name and hash are printed)."""
    source_name: str = ""
    """Name to print for the scenario's file when there is no path (a shipped scenario)."""
    source_bytes: bytes | None = None
    """The file's content when there is no path to read it from (a shipped scenario)."""
    baseline_label: str = ""


@dataclass(frozen=True)
class ReportInfo:
    """What was written."""

    path: Path
    pages: int
    size_bytes: int
    seconds: float
    sections: tuple[tuple[str, int], ...] = field(default_factory=tuple)
    """Level-1 headings with their page numbers (1-based)."""
    content_sha256: str = ""


def scenario_hashes(scenario: Scenario, source_path: str | None,
                    source_bytes: bytes | None = None) -> tuple[str, str | None]:
    """(SHA-256 of the scenario as simulated, SHA-256 of the file on disk or None).

    A scenario saved by WaterPlanner and not edited since has the same two hashes, so the
    report's hash matches ``sha256sum`` of the file.
    """
    content = hashlib.sha256(dumps_scenario(scenario).encode("utf-8")).hexdigest()
    file_hash = hashlib.sha256(source_bytes).hexdigest() if source_bytes is not None else None
    if source_path and file_hash is None:
        try:
            file_hash = hashlib.sha256(Path(source_path).read_bytes()).hexdigest()
        except OSError:
            file_hash = None
    return content, file_hash


def _check(cancel: CancelToken | Callable[[], bool] | None) -> None:
    if cancel is None:
        return
    stop = cancel() if callable(cancel) else cancel.cancelled
    if stop:
        raise ReportCancelled("report cancelled")


class _Report:
    def __init__(self, scenario: Scenario, results: Results, baseline: Results | None,
                 options: ReportOptions, optimisation: Any | None = None):
        self.scenario = scenario
        self.results = results
        self.baseline = baseline
        self.options = options
        meta = scenario.metadata
        self.title = options.title or meta.name or "Untitled scenario"
        self.author = options.author or meta.author
        self.organisation = options.organisation or meta.organisation
        self.day = options.report_date or date.today()
        self.content_hash, self.file_hash = scenario_hashes(scenario, options.source_path,
                                                            options.source_bytes)
        self.file_name = options.source_name or (
            Path(options.source_path).name if options.source_path else "(not saved to a file)")
        base_label = options.baseline_label
        if baseline is not None and not base_label:
            base_label = f"{baseline.scenario.metadata.name}, inflows '{baseline.inflow_set}'"
        self.inputs = ReportInputs(scenario, results, baseline, base_label, optimisation)

    def inflow_label(self) -> str:
        name = self.results.inflow_set or self.scenario.inflow_set_names[0]
        for s in self.scenario.inflow_sets:
            if s.name == name:
                return f"{s.label} ({s.name})" if s.label and s.label != s.name else s.name
        return name

    # --- title page ------------------------------------------------------------------
    def paint_title(self, ctx: Ctx, p: QPainter, frame: Frame) -> None:
        x, w = frame.x, frame.width
        y = frame.y + ctx.mm(18)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(qcolor(style.ACCENT))
        p.drawRect(QRectF(x, y, ctx.mm(12), ctx.pt(4)))
        y += ctx.mm(6)
        p.setPen(qcolor(style.MUTED))
        p.setFont(ctx.font("subtitle"))
        p.drawText(QRectF(x, y, w, ctx.pt(18)), 0, "Reservoir release planning report")
        y += ctx.pt(24)
        p.setPen(qcolor(style.ACCENT))
        th = ctx.text_height("title", self.title, w)
        p.setFont(ctx.font("title"))
        p.drawText(QRectF(x, y, w, th + 2), TEXT_FLAGS, self.title)
        y += th + ctx.pt(10)
        desc = self.scenario.metadata.description
        if desc:
            dh = ctx.text_height("body", desc, w)
            p.setFont(ctx.font("body"))
            p.setPen(qcolor(style.TEXT))
            p.drawText(QRectF(x, y, w, dh + 2), TEXT_FLAGS, desc)
            y += dh + ctx.pt(16)
        t = self.scenario.time
        fields = [("Date", self.day.strftime("%d %B %Y").lstrip("0")),
                  ("Author", self.author or "–"),
                  ("Organisation", self.organisation or "–"),
                  ("Inflow set", self.inflow_label()),
                  ("Horizon", (f"{t.label(0)} – {t.label(t.periods - 1)} "
                               f"({t.periods} {t.step.value} periods)"))]
        if self.baseline is not None:
            fields.append(("Baseline", self.inputs.baseline_label))
        fields.append(("Scenario file", self.file_name))
        if self.file_hash is None or self.file_hash == self.content_hash:
            label = "SHA-256 of the file" if self.file_hash else "SHA-256 of the scenario"
            fields.append((label, self.content_hash))
        else:
            fields.append(("SHA-256 of the file", self.file_hash))
            fields.append(("SHA-256 as simulated", self.content_hash +
                           "\n(the scenario had changes not saved to the file)"))
        lw = max(ctx.text_width("table_bold", k) for k, _ in fields) + ctx.pt(12)
        for k, v in fields:
            # hashes in a smaller face, so 64 hex digits fit on one line
            face = "small" if k.startswith("SHA-256") else "body"
            vh = ctx.text_height(face, v, w - lw)
            p.setFont(ctx.font("table_bold"))
            p.setPen(qcolor(style.MUTED))
            p.drawText(QRectF(x, y + ctx.pt(1), lw, vh), 0, k)
            p.setFont(ctx.font(face))
            p.setPen(qcolor(style.TEXT))
            p.drawText(QRectF(x + lw, y + (ctx.pt(1) if face == "small" else 0), w - lw, vh + 2),
                       TEXT_FLAGS, v)
            y += vh + ctx.pt(6)
        # headline box
        s = self.results.summary()
        items = [("Shortfall", pct(s.shortfall_pct),
                  f"{km3(s.shortfall_mcm)} km³ of {km3(s.demand_mcm)} km³"),
                 ("Hydropower", f"{num(s.energy_gwh)} GWh",
                  f"winter {num(s.winter_energy_gwh)} / summer {num(s.summer_energy_gwh)}")]
        if s.lakes:
            lk = s.lakes[0]
            items.append(("Aral inflow" if "aral" in lk.node_id.lower() else "Lake inflow",
                          f"{km3(lk.inflow_mcm)} km³", f"level {num(lk.end_level_m, 2)} m at end"))
        y += ctx.pt(18)
        bw = (w - ctx.pt(10) * (len(items) - 1)) / len(items)
        bh = ctx.pt(62)
        for i, (k, big, small) in enumerate(items):
            bx = x + i * (bw + ctx.pt(10))
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(qcolor(style.TABLE_HEADER))
            p.drawRect(QRectF(bx, y, bw, bh))
            p.setPen(qcolor(style.MUTED))
            p.setFont(ctx.font("small"))
            p.drawText(QRectF(bx + ctx.pt(8), y + ctx.pt(6), bw - ctx.pt(16), ctx.pt(12)), 0, k)
            p.setPen(qcolor(style.ACCENT))
            p.setFont(ctx.font("h1"))
            p.drawText(QRectF(bx + ctx.pt(8), y + ctx.pt(19), bw - ctx.pt(16), ctx.pt(22)), 0, big)
            p.setPen(qcolor(style.TEXT))
            p.setFont(ctx.font("tiny"))
            p.drawText(QRectF(bx + ctx.pt(8), y + ctx.pt(44), bw - ctx.pt(16), ctx.pt(12)), 0,
                       small)
        # foot of the title page
        p.setFont(ctx.font("small"))
        p.setPen(qcolor(style.MUTED))
        p.drawText(QRectF(x, frame.y + frame.height - ctx.pt(24), w, ctx.pt(24)),
                   TEXT_FLAGS, f"Produced offline by WaterPlanner {__version__}. Every number "
                   "in this report comes from simulating the scenario file named above; its "
                   "SHA-256 hash identifies the exact input.")

    # --- contents --------------------------------------------------------------------
    def toc_lines_per_page(self, ctx: Ctx, frame: Frame) -> int:
        return max(1, int((frame.height - ctx.pt(60)) // (ctx.metrics("body").height() * 1.55)))

    def paint_toc(self, ctx: Ctx, p: QPainter, frame: Frame,
                  entries: list[tuple[Heading, int]], first: bool) -> None:
        x, w = frame.x, frame.width
        y = frame.y
        if first:
            Heading("Contents").draw(ctx, p, x, y, w)
            y += Heading("Contents").height(ctx, w) + ctx.pt(6)
        line_h = ctx.metrics("body").height() * 1.55
        for h, page in entries:
            indent = 0 if h.level == 1 else ctx.pt(16)
            font = "table_bold" if h.level == 1 else "body"
            fm = ctx.metrics(font)
            p.setFont(ctx.font(font))
            p.setPen(qcolor(style.TEXT))
            num_w = ctx.pt(30)
            text_w = fm.horizontalAdvance(h.text)
            p.drawText(QRectF(x + indent, y, w - indent - num_w, line_h),
                       int(Qt.AlignmentFlag.AlignVCenter), h.text)
            p.drawText(QRectF(x + w - num_w, y, num_w, line_h),
                       int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight),
                       str(page))
            pen = QPen(qcolor(style.RULE))
            pen.setWidthF(ctx.pt(0.6))
            pen.setStyle(Qt.PenStyle.DotLine)
            p.setPen(pen)
            yy = y + line_h * 0.68
            x0 = x + indent + text_w + ctx.pt(6)
            x1 = x + w - ctx.pt(4) - fm.horizontalAdvance(str(page)) - ctx.pt(4)
            if x1 > x0:
                p.drawLine(QPointF(x0, yy), QPointF(x1, yy))
            y += line_h

    # --- header and footer -----------------------------------------------------------
    def paint_furniture(self, ctx: Ctx, p: QPainter, page_w: float, page_h: float,
                        frame: Frame, number: int, total: int, section: str) -> None:
        x, w = frame.x, frame.width
        top = frame.y - ctx.mm(10)
        p.setFont(ctx.font("header"))
        p.setPen(qcolor(style.MUTED))
        hh = ctx.metrics("header").height()
        p.drawText(QRectF(x, top, w * 0.6, hh), int(Qt.AlignmentFlag.AlignLeft),
                   ctx.metrics("header").elidedText(f"WaterPlanner · {self.title}",
                                                    Qt.TextElideMode.ElideRight, w * 0.6))
        p.drawText(QRectF(x + w * 0.4, top, w * 0.6, hh), int(Qt.AlignmentFlag.AlignRight),
                   section)
        pen = QPen(qcolor(style.RULE))
        pen.setWidthF(ctx.pt(0.5))
        p.setPen(pen)
        p.drawLine(QPointF(x, top + hh + ctx.pt(2)), QPointF(x + w, top + hh + ctx.pt(2)))
        bottom = frame.y + frame.height + ctx.mm(6)
        p.setPen(qcolor(style.MUTED))
        name = self.file_name.split(" (", 1)[0] if not self.file_name.startswith("(") else \
            "unsaved scenario"
        foot = f"{name} · SHA-256 {self.content_hash[:12]}… · " \
               f"inflows: {self.results.inflow_set} · {self.day.isoformat()}"
        p.drawText(QRectF(x, bottom, w * 0.75, hh), int(Qt.AlignmentFlag.AlignLeft),
                   ctx.metrics("header").elidedText(foot, Qt.TextElideMode.ElideMiddle, w * 0.75))
        p.drawText(QRectF(x + w * 0.5, bottom, w * 0.5, hh), int(Qt.AlignmentFlag.AlignRight),
                   f"Page {number} of {total}")


def write_report(path: str | os.PathLike[str], scenario: Scenario, results: Results, *,
                 baseline: Results | None = None, options: ReportOptions | None = None,
                 optimisation: Any | None = None, progress: ProgressCallback | None = None,
                 cancel: CancelToken | Callable[[], bool] | None = None) -> ReportInfo:
    """Write the PDF report of ``results`` (a simulation of ``scenario``) to ``path``.

    Parameters
    ----------
    path
        The PDF file to write; replaced atomically when the report is complete.
    scenario
        The scenario as simulated (its metadata fills the title page and the sources).
    results
        The simulation to report (member 0 of an ensemble).
    baseline
        Optional results to compare with: deltas and dashed overlays.
    options
        Title-page fields and the scenario file to trace (name and SHA-256).
    optimisation
        The optimiser's result when the schedule came from it
        (``engine.optimise.OptimisationResult``): objective before/after, binding
        constraints with shadow prices, self-check.
    progress
        Called with (fraction 0–1, message) as the work advances.
    cancel
        A :class:`CancelToken` or a callable returning True to stop; raises
        :class:`ReportCancelled` and leaves no file behind.

    Raises
    ------
    ReportError
        The file cannot be written (folder missing, no permission, disk full).
    ReportCancelled
        The work was cancelled.
    """
    started = _time.perf_counter()
    opts = options or ReportOptions()
    report = _Report(scenario, results, baseline, opts, optimisation)

    def tell(fraction: float, message: str) -> None:
        _check(cancel)
        if progress is not None:
            progress(min(max(fraction, 0.0), 1.0), message)

    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ReportError(f"cannot write {target}: the folder {folder} does not exist")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
        os.close(fd)
    except OSError as e:
        raise ReportError(f"cannot write into {folder}: {e.strerror or e}") from None
    tmp = Path(tmp_name)
    painter: QPainter | None = None
    try:
        tell(0.0, "Preparing")
        writer = QPdfWriter(str(tmp))
        writer.setResolution(RESOLUTION_DPI)
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                         QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0),
                                         QPageLayout.Unit.Millimeter))
        writer.setTitle(f"{report.title} – WaterPlanner report")
        writer.setCreator(f"WaterPlanner {__version__}")
        if hasattr(writer, "setAuthor") and report.author:
            writer.setAuthor(report.author)
        ctx = Ctx(writer)
        page_w = float(writer.width())
        page_h = float(writer.height())
        ml, mt, mr, mb = (ctx.mm(v) for v in MARGIN_MM)
        frame = Frame(ml, mt, page_w - ml - mr, page_h - mt - mb)

        blocks: list[Block] = []
        for k, (name, build) in enumerate(SECTIONS):
            tell(0.05 + 0.25 * k / len(SECTIONS), f"Building {name.lower()}")
            blocks += build(report.inputs)
        tell(0.3, "Laying out pages")
        pages, headings = paginate(ctx, blocks, frame, lambda: _check(cancel))
        per_toc = report.toc_lines_per_page(ctx, frame)
        toc_pages = max(1, -(-len(headings) // per_toc))
        offset = 1 + toc_pages  # title page, then the contents
        total = offset + len(pages)
        entries = [(h, offset + page + 1) for h, page in headings]

        painter = QPainter()
        if not painter.begin(writer):
            raise ReportError(f"cannot write {target}: the PDF could not be opened for writing")
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        tell(0.35, "Drawing the title page")
        report.paint_title(ctx, painter, frame)
        for k in range(toc_pages):
            writer.newPage()
            report.paint_toc(ctx, painter, frame, entries[k * per_toc:(k + 1) * per_toc], k == 0)
            report.paint_furniture(ctx, painter, page_w, page_h, frame, 2 + k, total, "Contents")
        for k, page in enumerate(pages):
            tell(0.4 + 0.58 * k / max(len(pages), 1), f"Drawing page {offset + k + 1} of {total}")
            writer.newPage()
            paint_page(ctx, painter, page, frame)
            report.paint_furniture(ctx, painter, page_w, page_h, frame, offset + k + 1, total,
                                   _page_section(page))
        if not painter.end():
            raise ReportError(f"cannot write {target}: writing the PDF failed")
        painter = None
        del writer  # flushes and closes the file
        _check(cancel)
        size = tmp.stat().st_size
        if size == 0:
            raise ReportError(f"cannot write {target}: the PDF came out empty (disk full?)")
        fsync_path(tmp)
        os.replace(tmp, target)
        fsync_path(folder)
    except BaseException:
        if painter is not None and painter.isActive():
            painter.end()
        try:
            tmp.unlink()
        except OSError:
            pass
        raise
    tell(1.0, "Done")
    sections = tuple((h.text, page) for h, page in entries if h.level == 1)
    return ReportInfo(path=target, pages=total, size_bytes=size,
                      seconds=_time.perf_counter() - started, sections=sections,
                      content_sha256=report.content_hash)


def _page_section(page: Page) -> str:
    return page.section
