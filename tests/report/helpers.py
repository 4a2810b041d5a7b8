"""Helpers for the report tests: file locations, and reading a PDF back (pypdf)."""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader

from waterplanner.engine.results import Results
from waterplanner.model.scenario import Scenario
from waterplanner.report import ReportInfo


def normalise(text: str) -> str:
    """Extracted text with no-break and thin spaces as plain spaces, runs of spaces collapsed."""
    text = text.replace("\u00a0", " ").replace("\u2009", " ").replace("\u2212", "-")
    return re.sub(r"[ \t]+", " ", text)


_TEXT_CACHE: dict[tuple[str, int, int], list[str]] = {}


def page_texts(path: Path) -> list[str]:
    """The normalised text of every page (extracted once per file version: pypdf takes a
    few seconds for a report)."""
    st = Path(path).stat()
    key = (str(path), st.st_mtime_ns, st.st_size)
    if key not in _TEXT_CACHE:
        _TEXT_CACHE[key] = [normalise(p.extract_text() or "") for p in PdfReader(str(path)).pages]
    return list(_TEXT_CACHE[key])


def page_text(path: Path, index: int) -> str:
    """The normalised text of one page."""
    return normalise(PdfReader(str(path)).pages[index].extract_text() or "")


def section_text(path: Path, info: ReportInfo, name: str, pages: int = 2) -> str:
    """The text of the first pages of one section (by the report's own page numbers)."""
    start = dict(info.sections)[name] - 1
    reader = PdfReader(str(path))
    return "\n".join(normalise(reader.pages[i].extract_text() or "")
                     for i in range(start, min(start + pages, len(reader.pages))))


def content_stream(path: Path, index: int) -> bytes:
    """The decompressed content stream of one page."""
    page = PdfReader(str(path)).pages[index]
    data = page.get_contents().get_data()  # type: ignore[union-attr]
    try:
        return zlib.decompress(data)
    except zlib.error:
        return data


def path_operator_count(stream: bytes) -> int:
    """How many path-construction operators (m, l, c, re) a content stream holds."""
    return len(re.findall(rb"(?<![A-Za-z])(?:m|l|c|re)\s", stream))


ROOT = Path(__file__).resolve().parents[2]
ENERGY = ROOT / "resources" / "scenarios" / "syr-darya-energy-mode.wplan"
IRRIGATION = ROOT / "resources" / "scenarios" / "syr-darya-irrigation-mode.wplan"
TWO = ROOT / "tests" / "data" / "two_reservoirs.wplan"


@dataclass
class Written:
    """A report on disk with what it was made from."""

    path: Path
    info: ReportInfo
    scenario: Scenario
    results: Results
    baseline: Results | None


def stretched_to_days(monthly: Scenario, days: int) -> Scenario:
    """The monthly scenario as ``days`` daily periods: its water year repeated, each month's
    volumes spread evenly over its days, states kept for every day (as the benchmark does)."""
    import math

    import numpy as np

    from waterplanner.model.horizon import _map, repeat_years
    from waterplanner.model.timebase import Step, TimeBase
    long = repeat_years(monthly, math.ceil(days / 365) + 1)
    lengths = np.asarray(long.time.days, dtype=int)
    daily_time = TimeBase(Step.DAY, long.time.start, days, long.time.water_year_start_month)
    return _map(long, daily_time, lambda a: np.repeat(a / lengths, lengths)[:days],
                lambda a: np.repeat(a, lengths)[:days])


def layout_text(layout: object) -> str:
    """The text of every block of a laid-out report (headings, paragraphs, table cells and
    notes, legends), without extracting it from the PDF (fast)."""
    from waterplanner.report.flow import Heading, Paragraph, Table
    from waterplanner.report.plots import Legend
    parts: list[str] = []
    for page in layout.pages:  # type: ignore[attr-defined]
        for item in page.items:
            b = item.block
            if isinstance(b, Heading):
                parts.append(b.text)
            elif isinstance(b, Paragraph):
                parts.append(b.text if b._lines is None else "\n".join(b._lines))
            elif isinstance(b, Table):
                parts += b.header + [c for row in b.rows for c in row] + [b.note]
            elif isinstance(b, Legend):
                parts += [label for _, _, label in b.entries]
            elif hasattr(b, "caption"):
                parts.append(b.caption)
    return "\n".join(parts)
