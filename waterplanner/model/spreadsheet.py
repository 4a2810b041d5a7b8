"""Reading spreadsheets: CSV and ``.xlsx`` files into a table of cells, and cells into
dates and numbers, with every problem located by row and column.

Pure Python (csv, openpyxl), no Qt. :mod:`waterplanner.model.series_import` turns such a
table into scenario series.
"""

from __future__ import annotations

import calendar
import csv
import io
import math
import os
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

MAX_IMPORT_BYTES = 64 * 1024 * 1024
MAX_ROWS = 200_000


@dataclass(frozen=True)
class ImportProblem:
    """One thing wrong with the file, located by spreadsheet row (1-based) and column."""

    message: str
    row: int | None = None
    column: str | None = None
    """Column letter and header, e.g. "C (toktogul)"."""

    def __str__(self) -> str:
        where = []
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column:
            where.append(f"column {self.column}")
        return (", ".join(where) + ": " if where else "") + self.message


class SeriesImportError(Exception):
    """The file cannot be imported; ``problems`` lists every reason."""

    def __init__(self, problems: list[ImportProblem]):
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


@dataclass(frozen=True)
class RawTable:
    """A file's cells: one header row and the data rows below it.

    ``row_numbers[i]`` is the row of ``rows[i]`` as the planner sees it in the spreadsheet
    (1-based, the header being row ``header_row``).
    """

    headers: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]
    row_numbers: tuple[int, ...]
    header_row: int = 1
    source: str = ""
    sheet: str | None = None
    sheets: tuple[str, ...] = ()

    def column_name(self, j: int) -> str:
        """'C (toktogul)': the column letter and its header."""
        letter = column_letter(j)
        head = self.headers[j] if j < len(self.headers) else ""
        return f"{letter} ({head})" if head else letter


def column_letter(j: int) -> str:
    """Spreadsheet letter of 0-based column j: 0 → A, 26 → AA."""
    out = ""
    j += 1
    while j:
        j, rem = divmod(j - 1, 26)
        out = chr(65 + rem) + out
    return out


# --- reading -------------------------------------------------------------------------
def read_table(path: str | os.PathLike[str], sheet: str | None = None) -> RawTable:
    """Read a CSV (comma, semicolon or tab separated; UTF-8 or cp1251) or an .xlsx file.

    Raises :class:`SeriesImportError` when the file cannot be read at all.
    """
    p = Path(path)
    try:
        size = p.stat().st_size
    except FileNotFoundError:
        raise SeriesImportError([ImportProblem(f"{p} does not exist")]) from None
    except OSError as e:
        raise SeriesImportError([ImportProblem(f"{p} cannot be read: {e.strerror or e}")]) \
            from None
    if size > MAX_IMPORT_BYTES:
        raise SeriesImportError([ImportProblem(f"{p.name} is {size / 1e6:.0f} MB: too large "
                                               "for a series file")])
    if p.suffix.lower() in (".xlsx", ".xlsm"):
        return _read_xlsx(p, sheet)
    if p.suffix.lower() == ".xls":
        raise SeriesImportError([ImportProblem(
            f"{p.name} is an old .xls workbook: save it as .xlsx or CSV in Excel first")])
    try:
        data = p.read_bytes()
    except OSError as e:
        raise SeriesImportError([ImportProblem(f"{p} cannot be read: {e.strerror or e}")]) \
            from None
    if data[:2] == b"PK":
        return _read_xlsx(p, sheet)
    return parse_csv_bytes(data, source=p.name)


def parse_csv_bytes(data: bytes, source: str = "") -> RawTable:
    """Parse CSV bytes; the delimiter is detected (comma, semicolon or tab)."""
    if b"\x00" in data[:4096]:
        raise SeriesImportError([ImportProblem(f"{source or 'the file'} is not a text file "
                                               "(CSV) nor an .xlsx workbook")])
    for enc in ("utf-8-sig", "cp1251"):
        try:
            text = data.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - cp1251 decodes almost anything
        raise SeriesImportError([ImportProblem("the file's text encoding is not recognised")])
    if not text.strip():
        raise SeriesImportError([ImportProblem(f"{source or 'the file'} is empty")])
    first = text.splitlines()[0]
    delim = max((";", "\t", ","), key=first.count) if any(c in first for c in ";\t,") else ","
    reader = csv.reader(io.StringIO(text), delimiter=delim)
    raw = []
    for i, row in enumerate(reader):
        if i > MAX_ROWS:
            raise SeriesImportError([ImportProblem(f"more than {MAX_ROWS} rows: too large")])
        raw.append(row)
    return _to_table(raw, source, None, ())


def _read_xlsx(p: Path, sheet: str | None) -> RawTable:
    try:
        from openpyxl import load_workbook
        wb = load_workbook(p, read_only=True, data_only=True)
    except Exception as e:  # noqa: BLE001 - openpyxl raises many kinds for a bad file
        raise SeriesImportError([ImportProblem(
            f"{p.name} cannot be read as an .xlsx workbook ({type(e).__name__}: {e})")]) \
            from None
    try:
        names = tuple(wb.sheetnames)
        if sheet is not None and sheet not in names:
            raise SeriesImportError([ImportProblem(
                f"{p.name} has no sheet '{sheet}'; it has: {', '.join(names)}")])
        ws = wb[sheet] if sheet is not None else wb[names[0]]
        raw = []
        for i, row in enumerate(ws.iter_rows(values_only=True)):
            if i > MAX_ROWS:
                raise SeriesImportError([ImportProblem(f"more than {MAX_ROWS} rows: too large")])
            raw.append(list(row))
        return _to_table(raw, p.name, ws.title, names)
    finally:
        wb.close()


def is_blank(v: Any) -> bool:
    return v is None or (isinstance(v, str) and not v.strip())


def _to_table(raw: list[list[Any]], source: str, sheet: str | None,
              sheets: tuple[str, ...]) -> RawTable:
    numbered = [(i + 1, r) for i, r in enumerate(raw) if not all(is_blank(v) for v in r)]
    if not numbered:
        raise SeriesImportError([ImportProblem(f"{source or 'the sheet'} has no data")])
    width = max(len(r) for _, r in numbered)
    # trailing empty columns (Excel often reports some) are dropped
    while width > 0 and all(len(r) < width or is_blank(r[width - 1]) for _, r in numbered):
        width -= 1
    header_no, header = numbered[0]
    # the first row is a header unless it already holds a date (a file without headers)
    if not any(parse_date(v) is not None for v in header[:width]):
        headers = tuple(str(v).strip() if not is_blank(v) else "" for v in
                        list(header) + [None] * (width - len(header)))[:width]
        body = numbered[1:]
    else:
        headers = tuple("" for _ in range(width))
        body = numbered
        header_no = 0
    rows = tuple(tuple(list(r) + [None] * (width - len(r)))[:width] for _, r in body)
    return RawTable(headers=headers, rows=rows, row_numbers=tuple(n for n, _ in body),
                    header_row=header_no, source=source, sheet=sheet, sheets=sheets)


# --- cell parsing ---------------------------------------------------------------------
_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m}
_MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_name) if m})
_DEKAD_LABEL = re.compile(r"^([A-Za-z]{3,9})\s+(\d{4})(?:\s+d([123]))?$")


def parse_date(v: Any) -> date | None:
    """A period start from a cell: a date, '2025-10-01', '01.10.2025', '2025-10',
    'Oct 2025', 'Oct 2025 d2' (dekad labels as WaterPlanner writes them); None otherwise."""
    if isinstance(v, datetime):
        return v.date()
    if isinstance(v, date):
        return v
    if not isinstance(v, str):
        return None
    s = v.strip()
    if not s:
        return None
    m = re.match(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]00:00(?::00)?)?$", s)
    try:
        if m:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        m = re.match(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})$", s)
        if m:  # day first, as written in Central Asia and Europe
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        m = re.match(r"^(\d{4})-(\d{1,2})$", s)
        if m:
            return date(int(m.group(1)), int(m.group(2)), 1)
        m = re.match(r"^(\d{1,2})[./](\d{4})$", s)
        if m:
            return date(int(m.group(2)), int(m.group(1)), 1)
    except ValueError:
        return None
    m = _DEKAD_LABEL.match(s)
    if m and m.group(1).lower() in _MONTHS:
        day = {None: 1, "1": 1, "2": 11, "3": 21}[m.group(3)]
        return date(int(m.group(2)), _MONTHS[m.group(1).lower()], day)
    return None


_THOUSANDS = re.compile(r"^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$")
_DECIMAL_COMMA = re.compile(r"^[-+]?\d*,\d+$")


def parse_number(v: Any) -> tuple[float | None, str | None]:
    """(value, None) for a number cell, (None, reason) otherwise.

    Accepts '1234.5', '1 234,5' (space thousands, decimal comma), '1,234.5'. A lone
    '1,234' is refused as ambiguous: it reads 1.234 in Kazakhstan and 1234 in London.
    """
    if isinstance(v, bool):
        return None, f"'{v}' is not a number"
    if isinstance(v, (int, float)):
        f = float(v)
        return (f, None) if math.isfinite(f) else (None, f"'{v}' is not a finite number")
    if v is None:
        return None, "the cell is empty"
    if isinstance(v, (date, datetime)):
        return None, f"a date ({v}) where a number was expected"
    s = str(v).strip().replace("\u00a0", "").replace("\u2009", "").replace("\u202f", "")
    s = s.replace("\u2212", "-")
    if not s:
        return None, "the cell is empty"
    s_nospace = s.replace(" ", "")
    if re.fullmatch(r"[-+]?\d{1,3},\d{3}", s_nospace):
        return None, f"'{v}' is ambiguous: write 1234 or 1.234 (decimal point) instead"
    if _THOUSANDS.match(s_nospace):
        s_nospace = s_nospace.replace(",", "")
    elif _DECIMAL_COMMA.match(s_nospace):
        s_nospace = s_nospace.replace(",", ".")
    try:
        f = float(s_nospace)
    except ValueError:
        return None, f"'{v}' is not a number"
    if not math.isfinite(f):
        return None, f"'{v}' is not a finite number"
    return f, None
