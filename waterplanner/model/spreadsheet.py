"""Reading spreadsheets: CSV and ``.xlsx`` files into a table of cells, and cells into
dates and numbers, with every problem located by row and column.

Pure Python (csv, zipfile, openpyxl), no Qt. :mod:`waterplanner.model.series_import` turns
such a table into scenario series.

A file to import is whatever the planner picked, so reading it is bounded: only regular
files (never a pipe, a device or a folder), and the limits below on the file, on an
``.xlsx`` workbook's uncompressed parts (checked before anything is decompressed), on rows,
columns, cells and the length of one cell. Every limit is named in the refusal.
"""

from __future__ import annotations

import calendar
import contextlib
import csv
import io
import math
import os
import re
import unicodedata
import warnings
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from waterplanner.i18n import translate
from waterplanner.model.safe_files import FileRefused, describe_size, read_regular_file

MAX_IMPORT_BYTES = 64_000_000
"""Largest CSV or .xlsx file read (a century of daily values for 50 nodes is ~40 MB)."""
MAX_ROWS = 200_000
"""Most rows in the sheet read, blank ones included (550 years of daily values)."""
MAX_COLUMNS = 1_000
"""Most columns in one row."""
MAX_CELLS = 2_000_000
"""Most cells in the whole table (rows × the columns each row uses)."""
MAX_CELL_CHARS = 10_000
"""Longest text in one cell (headers, dates, numbers and notes are far shorter)."""
MAX_XLSX_UNCOMPRESSED_BYTES = 256_000_000
"""Most bytes all the parts of an .xlsx workbook (a zip archive) may expand to."""
MAX_XLSX_SHARED_STRINGS_BYTES = 32_000_000
"""Most bytes the workbook's shared-strings part may expand to (read whole by openpyxl)."""
MAX_XLSX_PARTS = 1_000
"""Most parts (files in the zip archive) of an .xlsx workbook."""
FIRST_YEAR, LAST_YEAR = 1000, 9000
"""Dates outside these years are not taken as dates (they cannot be a period's start)."""
SHOWN_CHARS = 40
"""Cell text quoted in a message is cut to this many characters."""


def grouped(n: int) -> str:
    """200 000: a count for a message, in thousands separated by spaces."""
    return f"{n:,}".replace(",", " ")


def shown(v: Any) -> str:
    """A cell's text for a message, cut short (a 60 MB cell must not become the message),
    on one line and without invisible formatting characters (a right-to-left override in a
    cell must not reverse the message)."""
    try:
        s = str(v)
    except ValueError:  # an integer too long to print
        return translate("Spreadsheet", "a number too long to show")
    s = s[:SHOWN_CHARS * 4]
    s = "".join(" " if unicodedata.category(c) == "Cc" else c for c in s
                if unicodedata.category(c) != "Cf")
    return s if len(s) <= SHOWN_CHARS else s[:SHOWN_CHARS - 1] + "…"


def clean_header(v: Any) -> str:
    """A header cell as text, without invisible formatting characters (zero-width spaces,
    direction marks, a byte-order mark) that a header copied from elsewhere may carry."""
    return "".join(c for c in str(v) if unicodedata.category(c) != "Cf").strip()


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
            where.append(translate("Spreadsheet", "row {row}").format(row=self.row))
        if self.column:
            where.append(translate("Spreadsheet", "column {column}").format(column=self.column))
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
        return f"{letter} ({shown(head)})" if head else letter


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
    """Read a CSV (comma, semicolon or tab separated; UTF-8, UTF-16 with a byte-order mark
    or Windows-1251) or an .xlsx file.

    Raises :class:`SeriesImportError` when the file cannot be read at all or breaks one of
    the limits (``MAX_IMPORT_BYTES``, ``MAX_ROWS``, ...); no other exception escapes.
    """
    p = Path(path)
    if p.suffix.lower() == ".xls":
        raise SeriesImportError([ImportProblem(translate(
            "Spreadsheet", "{name} is an old .xls workbook: save it as .xlsx or CSV in Excel "
                           "first").format(name=p.name))])
    try:
        data = read_regular_file(p, MAX_IMPORT_BYTES, "series file (CSV or .xlsx)")
    except FileRefused as e:
        raise SeriesImportError([ImportProblem(str(e))]) from None
    if p.suffix.lower() in (".xlsx", ".xlsm") or data[:2] == b"PK":
        return read_xlsx_bytes(data, p.name, sheet)
    return parse_csv_bytes(data, source=p.name)


class _TableLimits:
    """Counts rows and cells while a table is read; refuses it past a limit."""

    def __init__(self, source: str) -> None:
        self.source = source or _the_file()
        self.rows = 0
        self.cells = 0
        self.header: list[Any] | None = None

    def add(self, row: list[Any]) -> None:
        self.rows += 1
        if self.rows > MAX_ROWS:
            raise SeriesImportError([ImportProblem(_too_many_rows(self.source))])
        if len(row) > MAX_COLUMNS:
            raise SeriesImportError([ImportProblem(translate(
                "Spreadsheet", "{count} columns: more than the {limit} a series file may have "
                               "(MAX_COLUMNS)").format(count=grouped(len(row)),
                                                       limit=grouped(MAX_COLUMNS)),
                row=self.rows)])
        self.cells += len(row)
        if self.cells > MAX_CELLS:
            raise SeriesImportError([ImportProblem(_too_many_cells(self.source), row=self.rows)])
        for j, v in enumerate(row):
            if isinstance(v, str) and len(v) > MAX_CELL_CHARS:
                raise _too_long(self.rows, j, len(v), self.header)
        if self.header is None and row:
            self.header = row


def _the_file() -> str:
    return translate("Spreadsheet", "the file")


def _too_many_rows(source: str) -> str:
    return translate("Spreadsheet", "{source} has more than {limit} rows: too large for a series "
                                    "file (the limit is MAX_ROWS = {limit})").format(
        source=source, limit=grouped(MAX_ROWS))


def _too_many_cells(source: str) -> str:
    return translate("Spreadsheet", "{source} has more than {limit} cells: too large for a "
                                    "series file (the limit is MAX_CELLS = {limit})").format(
        source=source, limit=grouped(MAX_CELLS))


def _cell_too_long() -> str:
    return translate("Spreadsheet", "the cell holds more than {limit} characters, the most one "
                                    "cell may hold (MAX_CELL_CHARS)").format(
        limit=grouped(MAX_CELL_CHARS))


def _too_long(row: int, column: int, length: int | None,
              header: list[Any] | None = None) -> SeriesImportError:
    head = header[column] if header and column < len(header) else None
    col = column_letter(column) + (f" ({shown(head)})" if row > 1 and not is_blank(head) else "")
    if length is None:
        why = _cell_too_long()
    else:
        why = translate("Spreadsheet", "the cell holds {count} characters; one cell may hold at "
                                       "most {limit} (MAX_CELL_CHARS)").format(
            count=grouped(length), limit=grouped(MAX_CELL_CHARS))
    return SeriesImportError([ImportProblem(why, row=row, column=col)])


def _decode(data: bytes, source: str) -> str:
    name = source or _the_file()
    for bom, enc in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):  # Excel's "Unicode text": UTF-16 with a byte-order mark
            try:
                return data[2:].decode(enc)
            except UnicodeDecodeError as e:
                raise SeriesImportError([ImportProblem(translate(
                    "Spreadsheet", "{name} starts like UTF-16 text but byte {offset} is not "
                                   "UTF-16: save it as CSV (UTF-8)").format(
                    name=name, offset=e.start + 2))]) from None
    if b"\x00" in data[:4096]:
        raise SeriesImportError([ImportProblem(translate(
            "Spreadsheet", "{name} is not a text file (CSV) nor an .xlsx workbook").format(
            name=name))])
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1251")
    except UnicodeDecodeError as e:
        raise SeriesImportError([ImportProblem(translate(
            "Spreadsheet", "{name}'s text encoding is not recognised (not UTF-8 nor "
                           "Windows-1251: byte {offset} is {byte}): save it as CSV (UTF-8)")
            .format(name=name, offset=e.start, byte=f"0x{data[e.start]:02X}"))]) from None


class _Lines:
    """The lines of a text, keeping those of the record being read (to locate an error)."""

    def __init__(self, text: str) -> None:
        self._it = iter(io.StringIO(text))
        self.record: list[str] = []

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        line = next(self._it)
        self.record.append(line)
        return line


def parse_csv_bytes(data: bytes, source: str = "") -> RawTable:
    """Parse CSV bytes; the delimiter is detected (comma, semicolon or tab)."""
    text = _decode(data, source)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        raise SeriesImportError([ImportProblem(translate(
            "Spreadsheet", "{name} holds NUL characters: it is not a text file (CSV)").format(
            name=source or _the_file()))])
    if not text.strip():
        raise SeriesImportError([ImportProblem(translate("Spreadsheet", "{name} is empty")
                                               .format(name=source or _the_file()))])
    first = next((ln for ln in text.split("\n", 50) if ln.strip()), "")[:100_000]
    delim = max((";", "\t", ","), key=first.count) if any(c in first for c in ";\t,") else ","
    lines = _Lines(text)
    reader = csv.reader(lines, delimiter=delim)
    limits = _TableLimits(source)
    raw: list[list[Any]] = []
    while True:
        lines.record.clear()
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as e:
            record = "".join(lines.record)
            col = _overlong_field(record, delim)
            if col is not None or "field larger" in str(e):
                raise _too_long(len(raw) + 1, col or 0, None, limits.header) from None
            raise SeriesImportError([ImportProblem(translate(
                "Spreadsheet", "this row cannot be read as CSV ({error})").format(error=e),
                row=len(raw) + 1)]) from None
        limits.add(row)
        raw.append(row)
    return _to_table(raw, source, None, ())


def _overlong_field(record: str, delim: str) -> int | None:
    """The 0-based column of the first field longer than MAX_CELL_CHARS in a CSV record."""
    col, length, quoted = 0, 0, False
    for ch in record:
        if ch == '"':
            quoted = not quoted
        elif ch == delim and not quoted:
            col, length = col + 1, 0
            continue
        elif ch == "\n" and not quoted:
            break
        length += 1
        if length > MAX_CELL_CHARS:
            return col
    return None


def read_xlsx_bytes(data: bytes, source: str = "", sheet: str | None = None) -> RawTable:
    """Read one sheet (the first by default) of an .xlsx workbook given as bytes.

    The zip archive's parts are checked against ``MAX_XLSX_*`` before openpyxl
    decompresses anything, and the sheet is read in openpyxl's read-only (streaming) mode
    with its declared dimensions ignored, so a workbook claiming A1:XFD1048576 is read as
    the cells it really holds.
    """
    name = source or translate("Spreadsheet", "the workbook")
    _check_xlsx_parts(data, name)
    try:
        from openpyxl import load_workbook
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except SeriesImportError:
        raise
    except Exception as e:  # noqa: BLE001 - openpyxl raises many kinds for a bad file
        raise SeriesImportError([ImportProblem(translate(
            "Spreadsheet", "{name} cannot be read as an .xlsx workbook ({error})").format(
            name=name, error=f"{type(e).__name__}: {shown(e)}"))]) from None
    try:
        names = tuple(wb.sheetnames)
        if not names:
            raise SeriesImportError([ImportProblem(translate("Spreadsheet", "{name} has no "
                                                                            "sheets").format(
                name=name))])
        if sheet is not None and sheet not in names:
            raise SeriesImportError([ImportProblem(translate(
                "Spreadsheet", "{name} has no sheet '{sheet}'; it has: {sheets}").format(
                name=name, sheet=sheet, sheets=", ".join(names)))])
        ws = wb[sheet] if sheet is not None else wb[names[0]]
        if not hasattr(ws, "iter_rows"):
            raise SeriesImportError([ImportProblem(translate(
                "Spreadsheet", "sheet '{sheet}' of {name} is a chart, not cells").format(
                sheet=ws.title, name=name))])
        if hasattr(ws, "reset_dimensions"):
            ws.reset_dimensions()  # never pad rows to a <dimension> the file claims
        raw = _xlsx_rows(ws, name)
        return _to_table(raw, name, ws.title, names)
    finally:
        with contextlib.suppress(Exception):  # closing a broken archive must not mask the error
            wb.close()


def _xlsx_rows(ws: Any, name: str) -> list[list[Any]]:
    limits = _TableLimits(name)
    raw: list[list[Any]] = []
    rows = ws.iter_rows(values_only=True)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        while True:
            try:
                row = next(rows)
            except StopIteration:
                break
            except Exception as e:  # noqa: BLE001 - a malformed sheet: any error of openpyxl's
                raise SeriesImportError([ImportProblem(translate(
                    "Spreadsheet", "the sheet cannot be read from here on ({error})").format(
                    error=f"{type(e).__name__}: {shown(e)}"), row=len(raw) + 1)]) from None
            values = list(row)
            while values and values[-1] is None:
                values.pop()
            limits.add(values)
            raw.append(values)
    return raw


_SHEET_PREFIX = re.compile(rb"<(\w+:)?(?:sheetData|worksheet)[\s>/]")
_CELL_REF = re.compile(rb'\sr="([A-Z]{1,3})(\d{1,7})"')


def _cell_before(block: bytes, pos: int) -> tuple[int | None, str | None]:
    """(row, column letter) of the last cell reference shortly before ``pos``."""
    refs = _CELL_REF.findall(block, max(pos - 300, 0), pos)
    return (int(refs[-1][1]), refs[-1][0].decode()) if refs else (None, None)


def _count_sheet_elements(zf: zipfile.ZipFile, part: zipfile.ZipInfo, name: str) -> None:
    """Refuse a sheet with more than MAX_ROWS rows or MAX_CELLS cells, a cell longer than
    MAX_CELL_CHARS or a number of 400 digits, before openpyxl parses it.

    Scanning the decompressed XML for tags takes a fraction of the time openpyxl needs to
    parse it (which it does for every sheet when opening a workbook whose sheets do not
    state their size), so a million-row sheet is refused at once.
    """
    rows = cells = 0
    tail = b""
    tags: tuple[bytes, bytes, bytes] | None = None
    patterns: tuple[re.Pattern[bytes], re.Pattern[bytes]] | None = None
    try:
        with zf.open(part) as f:
            while chunk := f.read(1 << 22):
                block = tail + chunk
                if tags is None or patterns is None:
                    m = _SHEET_PREFIX.search(block)
                    prefix = m.group(1) or b"" if m else b""
                    tags = (b"<" + prefix + b"row", b"<" + prefix + b"c ", b"<" + prefix + b"c>")
                    v = re.escape(b"<" + prefix + b"v>")
                    patterns = (re.compile(v + rb"\s*[-+]?\d{400}"),
                                re.compile(rb">[^<]{%d}" % (MAX_CELL_CHARS + 1)))
                cut = max(len(block) - 16, 0)  # a tag split between two chunks is counted once
                head = block[:cut]
                rows += head.count(tags[0])
                cells += head.count(tags[1]) + head.count(tags[2])
                tail = block[cut:]
                if (huge := patterns[0].search(block)) is not None:
                    raise SeriesImportError([ImportProblem(
                        translate("Spreadsheet", "a number of 400 digits or more: too large for "
                                                 "a series value"),
                        *_cell_before(block, huge.start()))])
                if (long := patterns[1].search(block)) is not None:
                    raise SeriesImportError([ImportProblem(
                        _cell_too_long(), *_cell_before(block, long.start()))])
                if rows > MAX_ROWS or cells > MAX_CELLS:
                    break
            if tags is not None:
                rows += tail.count(tags[0])
                cells += tail.count(tags[1]) + tail.count(tags[2])
    except SeriesImportError:
        raise
    except Exception:  # noqa: BLE001 - openpyxl reports an unreadable part itself
        return
    where = translate("Spreadsheet", "{name} (its part {part})").format(
        name=name, part=part.filename)
    if rows > MAX_ROWS:
        raise SeriesImportError([ImportProblem(translate(
            "Spreadsheet", "a sheet of {where} has more than {limit} rows: too large for a "
                           "series file (the limit is MAX_ROWS = {limit})").format(
            where=where, limit=grouped(MAX_ROWS)))])
    if cells > MAX_CELLS:
        raise SeriesImportError([ImportProblem(translate(
            "Spreadsheet", "a sheet of {where} has more than {limit} cells: too large for a "
                           "series file (the limit is MAX_CELLS = {limit})").format(
            where=where, limit=grouped(MAX_CELLS)))])


def _check_xlsx_parts(data: bytes, name: str) -> None:
    """Refuse a workbook whose zip parts would expand past the limits (a zip bomb).

    Python's zipfile never returns more than a part's declared size, so checking the
    declared sizes bounds what openpyxl can be given.
    """
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except Exception as e:  # noqa: BLE001 - BadZipFile, and worse for mangled archives
        raise SeriesImportError([ImportProblem(translate(
            "Spreadsheet", "{name} cannot be read as an .xlsx workbook (not a valid zip "
                           "archive: {error})").format(name=name, error=shown(e)))]) from None
    with zf:
        _check_zip_sizes(zf.infolist(), name)
        for part in zf.infolist():
            if part.filename.lower().startswith("xl/worksheets/") and \
                    part.filename.lower().endswith(".xml"):
                _count_sheet_elements(zf, part, name)


def _check_zip_sizes(parts: list[zipfile.ZipInfo], name: str) -> None:
    if len(parts) > MAX_XLSX_PARTS:
        raise SeriesImportError([ImportProblem(translate(
            "Spreadsheet", "{name} holds {count} parts: more than an .xlsx workbook may have "
                           "(the limit is MAX_XLSX_PARTS = {limit})").format(
            name=name, count=grouped(len(parts)), limit=grouped(MAX_XLSX_PARTS)))])
    for part in parts:
        if part.filename.lower().endswith("sharedstrings.xml") and \
                part.file_size > MAX_XLSX_SHARED_STRINGS_BYTES:
            raise SeriesImportError([ImportProblem(translate(
                "Spreadsheet", "{name}: its text cells (shared strings) expand to {size}, more "
                               "than the limit of {limit} (MAX_XLSX_SHARED_STRINGS_BYTES)")
                .format(name=name, size=describe_size(part.file_size),
                        limit=describe_size(MAX_XLSX_SHARED_STRINGS_BYTES)))])
    total = sum(p.file_size for p in parts)
    if total > MAX_XLSX_UNCOMPRESSED_BYTES:
        biggest = max(parts, key=lambda p: p.file_size)
        raise SeriesImportError([ImportProblem(translate(
            "Spreadsheet", "{name} expands to {size} when uncompressed ({part} alone to "
                           "{part_size}): more than the limit of {limit} for a workbook "
                           "(MAX_XLSX_UNCOMPRESSED_BYTES)").format(
            name=name, size=describe_size(total), part=biggest.filename,
            part_size=describe_size(biggest.file_size),
            limit=describe_size(MAX_XLSX_UNCOMPRESSED_BYTES)))])


def is_blank(v: Any) -> bool:
    return v is None or (isinstance(v, str) and not v.strip())


def _used_width(row: list[Any]) -> int:
    """The number of columns of a row up to its last non-blank cell."""
    for j in range(len(row) - 1, -1, -1):
        if not is_blank(row[j]):
            return j + 1
    return 0


def _to_table(raw: list[list[Any]], source: str, sheet: str | None,
              sheets: tuple[str, ...]) -> RawTable:
    numbered = [(i + 1, r) for i, r in enumerate(raw) if not all(is_blank(v) for v in r)]
    if not numbered:
        raise SeriesImportError([ImportProblem(translate("Spreadsheet", "{name} has no data")
                                               .format(name=source or _the_sheet()))])
    # trailing empty columns (Excel often reports some) are dropped; one pass over the cells
    width = max(_used_width(r) for _, r in numbered)
    if len(numbered) * width > MAX_CELLS:  # short rows are padded to the widest one
        raise SeriesImportError([ImportProblem(translate(
            "Spreadsheet", "{name} has {rows} rows and {columns} columns: {cells} cells, more "
                           "than a series file may have (the limit is MAX_CELLS = {limit})")
            .format(name=source or _the_sheet(), rows=grouped(len(numbered)),
                    columns=grouped(width), cells=grouped(len(numbered) * width),
                    limit=grouped(MAX_CELLS)))])
    header_no, header = numbered[0]
    # the first row is a header unless it already holds a date (a file without headers)
    if not any(parse_date(v) is not None for v in header[:width]):
        headers = tuple(clean_header(v) if not is_blank(v) else "" for v in
                        list(header) + [None] * (width - len(header)))[:width]
        body = numbered[1:]
    else:
        headers = tuple("" for _ in range(width))
        body = numbered
        header_no = 0
    rows = tuple(tuple(list(r) + [None] * (width - len(r)))[:width] for _, r in body)
    return RawTable(headers=headers, rows=rows, row_numbers=tuple(n for n, _ in body),
                    header_row=header_no, source=source, sheet=sheet, sheets=sheets)


def _the_sheet() -> str:
    return translate("Spreadsheet", "the sheet")


# --- cell parsing ---------------------------------------------------------------------
_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m}
_MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_name) if m})
_DEKAD_LABEL = re.compile(r"^([A-Za-z]{3,9})\s+(\d{4})(?:\s+d([123]))?$")


def parse_date(v: Any) -> date | None:
    """A period start from a cell: a date, '2025-10-01', '01.10.2025', '2025-10',
    'Oct 2025', 'Oct 2025 d2' (dekad labels as WaterPlanner writes them); None otherwise."""
    if isinstance(v, datetime):
        return _plausible(v.date())
    if isinstance(v, date):
        return _plausible(v)
    if not isinstance(v, str):
        return None
    s = v.strip()
    if not s or len(s) > 40:
        return None
    m = re.match(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]00:00(?::00)?)?$", s)
    try:
        if m:
            return _plausible(date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
        m = re.match(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})$", s)
        if m:  # day first, as written in Central Asia and Europe
            return _plausible(date(int(m.group(3)), int(m.group(2)), int(m.group(1))))
        m = re.match(r"^(\d{4})-(\d{1,2})$", s)
        if m:
            return _plausible(date(int(m.group(1)), int(m.group(2)), 1))
        m = re.match(r"^(\d{1,2})[./](\d{4})$", s)
        if m:
            return _plausible(date(int(m.group(2)), int(m.group(1)), 1))
        m = _DEKAD_LABEL.match(s)
        if m and m.group(1).lower() in _MONTHS:
            day = {None: 1, "1": 1, "2": 11, "3": 21}[m.group(3)]
            return _plausible(date(int(m.group(2)), _MONTHS[m.group(1).lower()], day))
    except ValueError:
        return None
    return None


def _plausible(d: date) -> date | None:
    return d if FIRST_YEAR <= d.year <= LAST_YEAR else None


_THOUSANDS = re.compile(r"^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$", re.ASCII)
_DECIMAL_COMMA = re.compile(r"^[-+]?\d*,\d+$", re.ASCII)
_PLAIN_NUMBER = re.compile(r"[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d{1,4})?", re.ASCII)
"""What float() may be given: ASCII digits, one decimal point, an exponent. Not '1_000',
'inf', 'nan', '١٢٣' nor '１２３', all of which float() takes."""


def parse_number(v: Any) -> tuple[float | None, str | None]:
    """(value, None) for a number cell, (None, reason) otherwise.

    Accepts '1234.5', '1 234,5' (space thousands, decimal comma), '1,234.5', '1.5e3'. A
    lone '1,234' is refused as ambiguous: it reads 1.234 in Kazakhstan and 1234 in London.
    Refuses '1_000' (Python's float() would take it), 'inf', 'nan', and numbers too large
    for a float.
    """
    if isinstance(v, bool):
        return None, _not_a_number(str(v))
    if isinstance(v, (int, float)):
        try:
            f = float(v)
        except OverflowError:
            return None, translate("Spreadsheet", "{value} is too large a number").format(
                value=shown(v))
        return (f, None) if math.isfinite(f) else (None, translate(
            "Spreadsheet", "'{value}' is not a finite number").format(value=shown(v)))
    if v is None:
        return None, _empty_cell()
    if isinstance(v, (date, datetime)):
        return None, translate("Spreadsheet", "a date ({date}) where a number was expected"
                               ).format(date=v)
    s = "".join(c for c in str(v) if unicodedata.category(c) != "Cf").strip()
    s = s.replace("\u00a0", "").replace("\u2009", "").replace("\u202f", "")
    s = s.replace("\u2212", "-")
    if not s:
        return None, _empty_cell()
    s_nospace = s.replace(" ", "")
    if re.fullmatch(r"[-+]?\d{1,3},\d{3}", s_nospace, re.ASCII):
        return None, translate("Spreadsheet", "'{value}' is ambiguous: write 1234 or 1.234 "
                                              "(decimal point) instead").format(value=shown(v))
    if _THOUSANDS.match(s_nospace):
        s_nospace = s_nospace.replace(",", "")
    elif _DECIMAL_COMMA.match(s_nospace):
        s_nospace = s_nospace.replace(",", ".")
    if not _PLAIN_NUMBER.fullmatch(s_nospace):
        return None, _not_a_number(shown(v))
    f = float(s_nospace)
    if not math.isfinite(f):
        return None, translate("Spreadsheet", "'{value}' is too large a number").format(
            value=shown(v))
    return f, None


def _not_a_number(text: str) -> str:
    return translate("Spreadsheet", "'{value}' is not a number").format(value=text)


def _empty_cell() -> str:
    return translate("Spreadsheet", "the cell is empty")
