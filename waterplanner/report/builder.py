"""``write_report``: the PDF report of a simulation, written with Qt's own PDF engine.

The report is laid out first (every block measured with the PDF writer's font metrics and
assigned to a page), so the table of contents can give page numbers before anything is
drawn; then the pages are painted one by one into memory. Only a complete PDF reaches the
disk, through the atomic writer every export uses (temporary file, flush, rename), so a
cancelled or failed report never leaves a half-written file, never destroys an earlier
report, and the file gets the same permissions as any other export. Temporary files a killed
report left behind are removed by the next report to the same file.

Needs a ``QGuiApplication`` (see :func:`waterplanner.report.qtapp.ensure_gui_application`);
runs in any thread.
"""

from __future__ import annotations

import hashlib
import os
import stat
import time as _time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from waterplanner import __version__
from waterplanner.engine.results import Results
from waterplanner.engine.risk.options import RiskOptions
from waterplanner.i18n import translate
from waterplanner.i18n.figures import counted
from waterplanner.model.document import scenario_sha256
from waterplanner.model.fileio import atomic_write_bytes
from waterplanner.model.scenario import Scenario
from waterplanner.progress import Cancelled, CancelToken
from waterplanner.report import style
from waterplanner.report.content import SECTIONS
from waterplanner.report.flow import Block, Ctx, Heading, clip, qcolor
from waterplanner.report.inputs import ReportInputs, current_record
from waterplanner.report.names import MAX_TITLE_CHARS
from waterplanner.report.pages import Frame, Page, paginate, paint_page
from waterplanner.report.title_page import TitleFields, paint_title

ProgressCallback = Callable[[float, str], None]
"""Called with the fraction done (0–1) and what is happening."""

RESOLUTION_DPI = 300
MARGIN_MM = (20.0, 24.0, 20.0, 20.0)
"""Left, top, right, bottom: the running header and footer sit inside the margins."""
STALE_TEMP_SECONDS = 60.0
"""A temporary file of the report's target untouched this long is left over from a killed
report (a live one is written within a fraction of a second) and is removed."""


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
    content = scenario_sha256(scenario)
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
                 options: ReportOptions, optimisation: Any | None = None,
                 risk_options: RiskOptions | None = None, member: int = 0):
        self.scenario = scenario
        self.results = results
        self.baseline = baseline
        self.options = options
        meta = scenario.metadata
        self.title = clip(options.title or meta.name or
                          translate("Report", "Untitled scenario"), MAX_TITLE_CHARS)
        self.author = options.author or meta.author
        self.organisation = options.organisation or meta.organisation
        self.day = options.report_date or date.today()
        self.content_hash, self.file_hash = scenario_hashes(scenario, options.source_path,
                                                            options.source_bytes)
        self.saved = bool(options.source_name or options.source_path)
        """Whether the scenario comes from a file (one of its own, or one shipped)."""
        self.file_name = clip(options.source_name or (
            Path(options.source_path).name if options.source_path else
            translate("Report", "(not saved to a file)")), 200)
        base_label = options.baseline_label
        if baseline is not None and not base_label:
            base_label = translate("Report", "{name}, inflows '{inflow_set}'").format(
                name=baseline.scenario.metadata.name, inflow_set=baseline.inflow_set)
        self.inputs = ReportInputs(scenario, results, baseline, clip(base_label, 300),
                                   current_record(optimisation, scenario),
                                   risk_options=risk_options or RiskOptions(), member=member)

    def inflow_label(self) -> str:
        ens = self.results.ensemble
        if ens is not None and self.results.members > 1:
            seed = translate("Report", ", seed {seed}").format(seed=ens.seed) \
                if ens.seed is not None else ""
            return clip(translate("Report", "ensemble {title}: {members}{seed}").format(
                title=ens.title, members=counted("Report", "%n members", ens.members),
                seed=seed), 200)
        name = self.results.inflow_set or self.scenario.inflow_set_names[0]
        for s in self.scenario.inflow_sets:
            if s.name == name:
                text = f"{s.label} ({s.name})" if s.label and s.label != s.name else s.name
                return clip(text, 200)
        return clip(name, 200)

    def title_fields(self, schedules_page: int | None) -> TitleFields:
        return TitleFields(self.title, self.author, self.organisation, self.day,
                           self.inflow_label(), self.file_name, self.content_hash,
                           self.file_hash, schedules_page)

    # --- contents --------------------------------------------------------------------
    def toc_lines_per_page(self, ctx: Ctx, frame: Frame) -> int:
        return max(1, int((frame.height - ctx.pt(60)) // (ctx.metrics("body").height() * 1.55)))

    def paint_toc(self, ctx: Ctx, p: QPainter, frame: Frame,
                  entries: list[tuple[Heading, int]], first: bool) -> None:
        x, w = frame.x, frame.width
        y = frame.y
        if first:
            heading = Heading(translate("Report", "Contents"))
            heading.draw(ctx, p, x, y, w)
            y += heading.height(ctx, w) + ctx.pt(6)
        line_h = ctx.metrics("body").height() * 1.55
        for h, page in entries:
            indent = 0 if h.level == 1 else ctx.pt(16)
            font = "table_bold" if h.level == 1 else "body"
            fm = ctx.metrics(font)
            p.setFont(ctx.font(font))
            p.setPen(qcolor(style.TEXT))
            num_w = ctx.pt(30)
            text = fm.elidedText(h.text, Qt.TextElideMode.ElideRight, w - indent - num_w)
            text_w = fm.horizontalAdvance(text)
            p.drawText(QRectF(x + indent, y, w - indent - num_w, line_h),
                       int(Qt.AlignmentFlag.AlignVCenter), text)
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
    def _footer_inflows(self) -> str:
        if self.inputs.is_ensemble:
            return self.inputs.member_words  # 'member 57 of 200 (driest)': its inflows
        return self.results.inflow_set

    def paint_furniture(self, ctx: Ctx, p: QPainter, page_w: float, page_h: float,
                        frame: Frame, number: int, total: int, section: str) -> None:
        x, w = frame.x, frame.width
        top = frame.y - ctx.mm(10)
        p.setFont(ctx.font("header"))
        p.setPen(qcolor(style.MUTED))
        fm = ctx.metrics("header")
        hh = fm.height()
        # the section on the right (a long Russian or Kazakh one up to half the width), the
        # title on the left in what remains: the two never overlap
        section_w = min(fm.horizontalAdvance(section), w * 0.5)
        title_w = min(w * 0.6, w - section_w - ctx.pt(12))
        p.drawText(QRectF(x, top, title_w, hh), int(Qt.AlignmentFlag.AlignLeft),
                   fm.elidedText(translate("Report", "WaterPlanner · {title}").format(
                       title=self.title), Qt.TextElideMode.ElideRight, title_w))
        p.drawText(QRectF(x + w * 0.4, top, w * 0.6, hh), int(Qt.AlignmentFlag.AlignRight),
                   fm.elidedText(section, Qt.TextElideMode.ElideRight, w * 0.5))
        pen = QPen(qcolor(style.RULE))
        pen.setWidthF(ctx.pt(0.5))
        p.setPen(pen)
        p.drawLine(QPointF(x, top + hh + ctx.pt(2)), QPointF(x + w, top + hh + ctx.pt(2)))
        bottom = frame.y + frame.height + ctx.mm(6)
        p.setPen(qcolor(style.MUTED))
        name = self.file_name.split(" (", 1)[0] if self.saved else \
            translate("Report", "unsaved scenario")
        page = translate("Report", "Page {number} of {total}").format(number=number,
                                                                     total=total)
        room = w - fm.horizontalAdvance(page) - ctx.pt(12)
        p.drawText(QRectF(x, bottom, room, hh), int(Qt.AlignmentFlag.AlignLeft),
                   self._footer_text(fm, clip(name, 120), room))
        p.drawText(QRectF(x + w * 0.5, bottom, w * 0.5, hh), int(Qt.AlignmentFlag.AlignRight),
                   page)

    def _footer_text(self, fm: QFontMetricsF, name: str, width: float) -> str:
        """The footer's left part in ``width``: the file's name is shortened first, so the
        hash, the inflows (the ensemble member reported) and the date stay whole."""
        foot = translate("Report", "{file} · SHA-256 {hash}… · inflows: {inflows} · {date}")
        fields = {"hash": self.content_hash[:12], "date": self.day.isoformat(),
                  "inflows": clip(self._footer_inflows(), 80)}
        text = foot.format(file=name, **fields)
        if fm.horizontalAdvance(text) > width:
            left = width - fm.horizontalAdvance(foot.format(file="", **fields))
            short = fm.elidedText(name, Qt.TextElideMode.ElideMiddle, max(left, 0.0))
            text = foot.format(file=short or "…", **fields)
        return fm.elidedText(text, Qt.TextElideMode.ElideMiddle, width)



def toc_pages(count: int, per_page: int) -> list[int]:
    """How many contents entries go on each contents page: ``per_page`` each, but never a
    single entry alone on the last page (it takes one more from the page before)."""
    if count <= per_page:
        return [count]
    sizes = [per_page] * (count // per_page)
    if count % per_page:
        sizes.append(count % per_page)
    if sizes[-1] == 1:
        sizes[-2] -= 1
        sizes[-1] += 1
    return sizes


def remove_stale_temporaries(target: Path, older_than_s: float = STALE_TEMP_SECONDS) -> list[Path]:
    """Delete temporary files a killed report left next to ``target``.

    Only this target's own pattern is touched (``.<name>.<random>.tmp``, as the atomic
    writer names them), only regular files of this user, and only those untouched for
    ``older_than_s`` seconds, so a report being written at this moment by another process
    keeps its file. Returns what was removed.
    """
    folder = target.parent if str(target.parent) else Path(".")
    prefix = f".{target.name}."
    removed: list[Path] = []
    now = _time.time()
    try:
        names = os.listdir(folder)
    except OSError:
        return removed
    for name in names:
        if not (name.startswith(prefix) and name.endswith(".tmp")):
            continue
        middle = name[len(prefix):-len(".tmp")]
        if not (6 <= len(middle) <= 16 and middle.replace("_", "").isalnum()):
            continue
        path = folder / name
        try:
            st = os.lstat(path)
            if not stat.S_ISREG(st.st_mode):
                continue
            if hasattr(os, "getuid") and st.st_uid != os.getuid():
                continue
            if now - st.st_mtime < older_than_s:
                continue
            path.unlink()
            removed.append(path)
        except OSError:
            continue
    return removed


def _write_file(target: Path, data: bytes) -> None:
    """Replace ``target`` with ``data`` atomically, with the permissions any other export
    gets (the old file's mode, or 0666 less the umask)."""
    try:
        atomic_write_bytes(target, data)
    except PermissionError:
        raise ReportError(translate("Report", "cannot write {path}: permission denied (is the "
                                              "file read-only or open in another program?)")
                          .format(path=target)) from None
    except OSError as e:
        raise ReportError(translate("Report", "cannot write {path}: {reason}").format(
            path=target, reason=e.strerror or e)) from None


def write_report(path: str | os.PathLike[str], scenario: Scenario, results: Results, *,
                 baseline: Results | None = None, options: ReportOptions | None = None,
                 optimisation: Any | None = None, progress: ProgressCallback | None = None,
                 cancel: CancelToken | Callable[[], bool] | None = None,
                 risk_options: RiskOptions | None = None, member: int = 0) -> ReportInfo:
    """Write the PDF report of ``results`` (a simulation of ``scenario``) to ``path``.

    Parameters
    ----------
    path
        The PDF file to write; replaced atomically when the report is complete, with the
        old file's permissions (a new file gets 0666 less the umask, like other exports).
    scenario
        The scenario as simulated (its metadata fill the title page and the sources).
    results
        The simulation to report.
    member
        For results of an inflow ensemble: the member (from 0) every section but "Risk over
        the inflow ensemble" reports, named on the title page and in the footer (the member
        the window highlights, or ``--member``); the baseline's same member when it is an
        ensemble too, else its only one. 0 for a single run.
    baseline
        Optional results to compare with: deltas and dashed overlays.
    options
        Title-page fields and the scenario file to trace (name and SHA-256).
    optimisation
        Where the release schedules came from: an
        :class:`~waterplanner.engine.optimise.record.OptimisationRecord` (an applied
        optimiser result or trade-off point). It is reported only when it describes exactly
        ``scenario`` (``record.describes(scenario)``) and ignored otherwise, so a stale
        record never appears. A bare ``OptimisationResult`` counts when its optimised
        scenario is ``scenario`` itself.
    progress
        Called with (fraction 0–1, message) as the work advances.
    risk_options
        For results of an inflow ensemble (more than one member): what the section "Risk
        over the inflow ensemble" counts as short (default: 10 % of demand).
    cancel
        A :class:`CancelToken` or a callable returning True to stop; raises
        :class:`ReportCancelled` and leaves no file behind.

    Raises
    ------
    ReportError
        The file cannot be written (folder missing, no permission, disk full).
    ValueError
        ``member`` is not one of the results' members.
    ReportCancelled
        The work was cancelled.
    """
    started = _time.perf_counter()
    opts = options or ReportOptions()

    def tell(fraction: float, message: str) -> None:
        _check(cancel)
        if progress is not None:
            progress(min(max(fraction, 0.0), 1.0), message)

    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ReportError(translate("Report", "cannot write {path}: the folder {folder} does not "
                                              "exist").format(path=target, folder=folder))
    if target.is_dir():
        raise ReportError(translate("Report", "cannot write {path}: it is a folder").format(
            path=target))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ReportError(translate("Report", "cannot write into {folder}: permission denied")
                          .format(folder=folder))
    tell(0.0, translate("Report", "Preparing"))
    report = _Report(scenario, results, baseline, opts, optimisation, risk_options, member)
    writer, buffer = _pdf_writer(report)
    painter: QPainter | None = None
    try:
        ctx = Ctx(writer)
        page_w = float(writer.width())
        page_h = float(writer.height())
        frame = _frame(ctx, writer)
        pages, headings = _lay_out(report, ctx, frame, tell, cancel)
        per_toc = report.toc_lines_per_page(ctx, frame)
        sizes = toc_pages(len(headings), per_toc)
        offset = 1 + len(sizes)  # title page, then the contents
        total = offset + len(pages)
        entries = [(h, offset + page + 1) for h, page in headings]
        opt_page = next((page for h, page in entries if h.anchor == "optimisation"), None)

        painter = QPainter()
        if not painter.begin(writer):
            raise ReportError(translate("Report", "cannot write {path}: the PDF could not be "
                                                  "started").format(path=target))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        tell(0.35, translate("Report", "Drawing the title page"))
        paint_title(ctx, painter, frame, report.inputs,
                    report.title_fields(opt_page if report.inputs.optimisation else None))
        first = 0
        for k, size in enumerate(sizes):
            writer.newPage()
            report.paint_toc(ctx, painter, frame, entries[first:first + size], k == 0)
            report.paint_furniture(ctx, painter, page_w, page_h, frame, 2 + k, total,
                                   translate("Report", "Contents"))
            first += size
        for k, page in enumerate(pages):
            tell(0.4 + 0.55 * k / max(len(pages), 1), translate(
                "Report", "Drawing page {number} of {total}").format(number=offset + k + 1,
                                                                     total=total))
            writer.newPage()
            paint_page(ctx, painter, page, frame)
            report.paint_furniture(ctx, painter, page_w, page_h, frame, offset + k + 1, total,
                                   _page_section(page))
        if not painter.end():
            raise ReportError(translate("Report", "cannot write {path}: making the PDF failed")
                              .format(path=target))
        painter = None
        data = bytes(buffer.data().data())  # painter.end() finished the PDF
    finally:
        if painter is not None and painter.isActive():
            painter.end()
    tell(0.97, translate("Report", "Writing the file"))
    if not data:
        raise ReportError(translate("Report", "cannot write {path}: the PDF came out empty")
                          .format(path=target))
    remove_stale_temporaries(Path(os.path.realpath(target)))  # where the writer puts them
    _write_file(target, data)
    tell(1.0, translate("Report", "Done"))
    sections = tuple((h.text, page) for h, page in entries if h.level == 1)
    return ReportInfo(path=target, pages=total, size_bytes=len(data),
                      seconds=_time.perf_counter() - started, sections=sections,
                      content_sha256=report.content_hash)



def _pdf_writer(report: _Report) -> tuple[QPdfWriter, QBuffer]:
    """A PDF writer into memory; the buffer is the writer's child, so it lives as long as
    the writer does whatever order Python drops them in."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    buffer.setParent(writer)
    writer.setResolution(RESOLUTION_DPI)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0),
                                     QPageLayout.Unit.Millimeter))
    writer.setTitle(translate("Report", "{title} – WaterPlanner report").format(
        title=report.title))
    writer.setCreator(f"WaterPlanner {__version__}")
    if hasattr(writer, "setAuthor") and report.author:
        writer.setAuthor(clip(report.author, 200))
    return writer, buffer


def _frame(ctx: Ctx, writer: QPdfWriter) -> Frame:
    ml, mt, mr, mb = (ctx.mm(v) for v in MARGIN_MM)
    return Frame(ml, mt, float(writer.width()) - ml - mr, float(writer.height()) - mt - mb)


def _lay_out(report: _Report, ctx: Ctx, frame: Frame, tell: ProgressCallback,
             cancel: CancelToken | Callable[[], bool] | None
             ) -> tuple[list[Page], list[tuple[Heading, int]]]:
    blocks: list[Block] = []
    for k, (name, build) in enumerate(SECTIONS):
        tell(0.05 + 0.25 * k / len(SECTIONS), translate("Report", "Building {section}").format(
            section=translate("Report", name)))
        blocks += build(report.inputs)
    tell(0.3, translate("Report", "Laying out pages"))
    return paginate(ctx, blocks, frame, lambda: _check(cancel))


@dataclass
class Layout:
    """A report laid out but not drawn: the pages after the title page and the contents,
    and every heading with its page index (0-based, in ``pages``)."""

    pages: list[Page]
    headings: list[tuple[Heading, int]]
    frame: Frame
    inputs: ReportInputs
    ctx: Ctx


def lay_out(scenario: Scenario, results: Results, *, baseline: Results | None = None,
            options: ReportOptions | None = None, optimisation: Any | None = None,
            risk_options: RiskOptions | None = None, member: int = 0) -> Layout:
    """Lay the report out as :func:`write_report` does, without drawing or writing it (to
    check its pagination)."""
    report = _Report(scenario, results, baseline, options or ReportOptions(), optimisation,
                     risk_options, member)
    writer, _ = _pdf_writer(report)
    ctx = Ctx(writer)
    frame = _frame(ctx, writer)
    pages, headings = _lay_out(report, ctx, frame, lambda f, m: None, None)
    return Layout(pages, headings, frame, report.inputs, ctx)

def _page_section(page: Page) -> str:
    return page.section


def _counted_texts() -> None:
    """Counted texts, marked for the catalogues (never called; see waterplanner.i18n)."""
    translate("Report", "%n members", None, 1)
