"""Abusive files given to the series import: each is refused with a SeriesImportError that
names the problem (and, where there is one, the row and column), and nothing else escapes.

The corpus is the small text files in tests/data/import_corpus/ plus the files generated
below (zip bombs and other large files are made in tmp_path, never committed). Every one is
read in-process: the limits make each return quickly by design, so a hang would show as a
test that never ends rather than as an assertion on time.
"""

from __future__ import annotations

import os
import string
import tracemalloc
import zipfile
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from waterplanner.model.document import dumps_scenario
from waterplanner.model.fileio import load_scenario
from waterplanner.model.scenario import Scenario
from waterplanner.model.series_import import (
    ColumnMapping,
    ImportSpec,
    RawTable,
    SeriesImportError,
    Target,
    Unit,
    import_series,
    parse_number,
    prepare_import,
    read_table,
)
from waterplanner.model.spreadsheet import (
    MAX_CELL_CHARS,
    MAX_CELLS,
    MAX_COLUMNS,
    MAX_IMPORT_BYTES,
    MAX_ROWS,
    MAX_XLSX_PARTS,
    MAX_XLSX_SHARED_STRINGS_BYTES,
    MAX_XLSX_UNCOMPRESSED_BYTES,
    parse_csv_bytes,
)

ROOT = Path(__file__).resolve().parents[2]
DEFAULT = ROOT / "resources" / "scenarios" / "syr-darya-energy-mode.wplan"
CORPUS = ROOT / "tests" / "data" / "import_corpus"
MONTHS = [f"2025-{m:02d}-01" for m in (10, 11, 12)] + [f"2026-{m:02d}-01" for m in range(1, 10)]
MB = 1_000_000


@pytest.fixture(scope="module")
def scn() -> Scenario:
    return load_scenario(DEFAULT)


def refusal(scn: Scenario, path: Path | str, **kw: object) -> list[str]:
    """The problems of an import that must fail; the scenario is untouched."""
    before = dumps_scenario(scn)
    with pytest.raises(SeriesImportError) as e:
        import_series(scn, path, **kw)  # type: ignore[arg-type]
    assert dumps_scenario(scn) == before
    return [str(p) for p in e.value.problems]


# --- building .xlsx files by hand ---------------------------------------------------------
_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PARTS = {
    "[Content_Types].xml": (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
        'package/2006/content-types"><Default Extension="rels" ContentType="application/'
        'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
        '"application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName='
        '"/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/'
        'sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'spreadsheetml.sharedStrings+xml"/></Types>'),
    "_rels/.rels": (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
        'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="'
        f'{_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
    "xl/workbook.xml": (
        f'<?xml version="1.0" encoding="UTF-8"?><workbook {_NS} xmlns:r="{_REL}"><sheets>'
        '<sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>'),
    "xl/_rels/workbook.xml.rels": (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
        'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="'
        f'{_REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="'
        f'{_REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>'),
}
_EMPTY_SST = [f'<?xml version="1.0" encoding="UTF-8"?><sst {_NS} count="0" uniqueCount="0"/>']


def write_xlsx(path: Path, sheet: Iterable[str | bytes],
               shared: Iterable[str | bytes] = _EMPTY_SST, extra_parts: int = 0) -> Path:
    """A minimal workbook whose sheet and shared strings are streamed from chunks."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        for name, text in _PARTS.items():
            z.writestr(name, text)
        for part, chunks in (("xl/worksheets/sheet1.xml", sheet),
                             ("xl/sharedStrings.xml", shared)):
            with z.open(part, "w", force_zip64=True) as f:
                for c in chunks:
                    f.write(c.encode() if isinstance(c, str) else c)
        for k in range(extra_parts):
            z.writestr(f"customXml/item{k}.xml", "<a/>")
    return path


def sheet(rows: Iterable[str], dimension: str | None = None) -> Iterator[str]:
    yield f'<?xml version="1.0" encoding="UTF-8"?><worksheet {_NS}>'
    if dimension:
        yield f'<dimension ref="{dimension}"/>'
    yield "<sheetData>"
    yield from rows
    yield "</sheetData></worksheet>"


def text_cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def number_cell(ref: str, v: object) -> str:
    return f'<c r="{ref}"><v>{v}</v></c>'


def series_rows(header: str = "toktogul [Mm3]", value: object = 700) -> Iterator[str]:
    """A clean monthly release series for the default scenario's twelve months."""
    yield '<row r="1">' + text_cell("A1", "date") + text_cell("B1", header) + "</row>"
    for i, d in enumerate(MONTHS, start=2):
        yield f'<row r="{i}">' + text_cell(f"A{i}", d) + number_cell(f"B{i}", value) + "</row>"


# --- generated corpus: name → (maker, expected fragment of the message) -------------------
def _xlsx_shared_strings_bomb(tmp: Path) -> Path:
    chunk = b"x" * MB
    shared = [f'<?xml version="1.0"?><sst {_NS} count="1" uniqueCount="1"><si><t>'.encode()]
    shared += [chunk] * (MAX_XLSX_SHARED_STRINGS_BYTES // MB + 1) + [b"</t></si></sst>"]
    return write_xlsx(tmp / "shared-strings-bomb.xlsx", sheet(series_rows()), shared)


def _xlsx_uncompressed_bomb(tmp: Path) -> Path:
    padding = [b" " * MB] * (MAX_XLSX_UNCOMPRESSED_BYTES // MB + 1)
    return write_xlsx(tmp / "uncompressed-bomb.xlsx", [*sheet(series_rows()), *padding])


def _xlsx_dimension_bomb(tmp: Path) -> Path:
    return write_xlsx(tmp / "dimension-bomb.xlsx",
                      sheet(series_rows("toktogul"), dimension="A1:XFD1048576"))


def _xlsx_last_row_bomb(tmp: Path) -> Path:
    rows = [*series_rows(), '<row r="1048576">' + number_cell("A1048576", 1) + "</row>"]
    return write_xlsx(tmp / "row-1048576.xlsx", sheet(rows))


def _xlsx_many_rows(tmp: Path) -> Path:
    rows = (f'<row r="{i}"><c r="A{i}"><v>1</v></c></row>' for i in range(1, MAX_ROWS + 10))
    return write_xlsx(tmp / "many-rows.xlsx", sheet(rows))


def _xlsx_wide_row(tmp: Path) -> Path:
    return write_xlsx(tmp / "cell-in-XFD.xlsx",
                      sheet(['<row r="1">' + text_cell("A1", "date") + number_cell("XFD1", 1)
                             + "</row>"]))


def _xlsx_60mb_cell(tmp: Path) -> Path:
    rows = ['<row r="1">' + text_cell("A1", "date") + text_cell("B1", "toktogul [Mm3]")
            + '</row><row r="2">' + text_cell("A2", MONTHS[0]) + '<c r="B2" t="inlineStr">'
            "<is><t>", *[b"9" * MB] * 60, "</t></is></c></row>"]
    return write_xlsx(tmp / "60-MB-cell.xlsx", sheet(rows))


def _xlsx_long_shared_string(tmp: Path) -> Path:
    shared = [f'<?xml version="1.0"?><sst {_NS} count="1" uniqueCount="1"><si><t>'
              + "y" * (MAX_CELL_CHARS + 1) + "</t></si></sst>"]
    rows = ['<row r="1">' + text_cell("A1", "date") + '<c r="B1" t="s"><v>0</v></c></row>']
    return write_xlsx(tmp / "long-shared-string.xlsx", sheet(rows), shared)


def _xlsx_400_digits(tmp: Path) -> Path:
    return write_xlsx(tmp / "400-digits.xlsx", sheet(series_rows(value="9" * 400)))


def _xlsx_5000_digits(tmp: Path) -> Path:
    return write_xlsx(tmp / "5000-digits.xlsx", sheet(series_rows(value="9" * 5000)))


def _xlsx_bad_reference(tmp: Path) -> Path:
    return write_xlsx(tmp / "bad-reference.xlsx",
                      sheet(['<row r="1">' + number_cell("ZZZZZ1", 1) + "</row>"]))


def _xlsx_billion_laughs(tmp: Path) -> Path:
    ents = ['<!ENTITY lol0 "lol">'] + [f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">'
                                       for i in range(1, 10)]
    doctype = f'<!DOCTYPE sst [{"".join(ents)}]>'
    shared = [f'<?xml version="1.0"?>{doctype}<sst {_NS}><si><t>&lol9;</t></si></sst>']
    return write_xlsx(tmp / "billion-laughs.xlsx", sheet(series_rows()), shared)


def _xlsx_lying_sizes(tmp: Path) -> Path:
    """The central directory claims the sheet is 100 bytes: zipfile stops there (and the
    CRC fails), so the sheet cannot be read past what was declared."""
    path = write_xlsx(tmp / "lying-sizes.xlsx", sheet(series_rows()))
    data = bytearray(path.read_bytes())
    name = b"xl/worksheets/sheet1.xml"
    at = data.rfind(b"PK\x01\x02", 0, data.rfind(name))
    data[at + 24:at + 28] = (100).to_bytes(4, "little")
    path.write_bytes(bytes(data))
    return path


def _xlsx_too_many_parts(tmp: Path) -> Path:
    return write_xlsx(tmp / "many-parts.xlsx", sheet(series_rows()), extra_parts=MAX_XLSX_PARTS)


def _zip_not_a_workbook(tmp: Path) -> Path:
    path = tmp / "just-a-zip.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("readme.txt", "hello")
    return path


def _csv(tmp: Path, name: str, text: str) -> Path:
    path = tmp / name
    path.write_text(text, encoding="utf-8")
    return path


def _csv_60mb_cell(tmp: Path) -> Path:
    return _csv(tmp, "60-MB-cell.csv", f"date,toktogul [Mm3]\n{MONTHS[0]},{'9' * 60 * MB}\n")


def _csv_field_over_csv_limit_quoted(tmp: Path) -> Path:
    return _csv(tmp, "quoted-field.csv", f'date,toktogul [Mm3],notes\n{MONTHS[0]},1,"'
                + "a,b;" * 40_000 + '"\n')


def _csv_too_many_rows(tmp: Path) -> Path:
    return _csv(tmp, "many-rows.csv", "date,toktogul [Mm3]\n" + "1\n" * (MAX_ROWS + 1))


def _csv_too_many_columns(tmp: Path) -> Path:
    return _csv(tmp, "many-columns.csv", ",".join(["date"] * (MAX_COLUMNS + 1)) + "\n")


def _csv_too_many_cells(tmp: Path) -> Path:
    row = ";" * (MAX_COLUMNS - 1) + "\n"
    return _csv(tmp, "many-cells.csv", row * (MAX_CELLS // MAX_COLUMNS + 1))


def _csv_ragged(tmp: Path) -> Path:
    """One row as wide as allowed and MAX_ROWS - 2 narrow ones: few cells in the file, but a
    table of rows × columns (each row padded to the widest) far over MAX_CELLS."""
    return _csv(tmp, "ragged.csv", "date" + "," * (MAX_COLUMNS - 1) + "x\n"
                + "2025-10-01\n" * (MAX_ROWS - 2))


def _oversize(tmp: Path) -> Path:
    path = tmp / "oversize.csv"
    with open(path, "wb") as f:
        f.truncate(MAX_IMPORT_BYTES + 1)  # sparse: takes no disk space
    return path


def _fifo(tmp: Path) -> Path:
    path = tmp / "fifo.csv"
    os.mkfifo(path)
    return path


def _folder(tmp: Path) -> Path:
    path = tmp / "folder.csv"
    path.mkdir()
    return path


def _symlink_to_zero(tmp: Path) -> Path:
    path = tmp / "zero.csv"
    path.symlink_to("/dev/zero")
    return path


GENERATED: dict[str, tuple[Callable[[Path], Path | str], str]] = {
    "xlsx shared strings bomb": (_xlsx_shared_strings_bomb, "MAX_XLSX_SHARED_STRINGS_BYTES"),
    "xlsx uncompressed-size bomb": (_xlsx_uncompressed_bomb, "MAX_XLSX_UNCOMPRESSED_BYTES"),
    "xlsx dimension A1:XFD1048576": (_xlsx_dimension_bomb, "the header names no unit"),
    "xlsx row 1048576": (_xlsx_last_row_bomb, "MAX_ROWS"),
    "xlsx many rows": (_xlsx_many_rows, "MAX_ROWS"),
    "xlsx cell in XFD": (_xlsx_wide_row, "MAX_COLUMNS"),
    "xlsx 60 MB cell": (_xlsx_60mb_cell, "row 2, column B: the cell holds more than 10 000"),
    "xlsx long shared string": (_xlsx_long_shared_string, "row 1, column B: the cell holds"),
    "xlsx 400 digits": (_xlsx_400_digits, "row 2, column B: a number of 400 digits"),
    "xlsx 5000 digits": (_xlsx_5000_digits, "row 2, column B: a number of 400 digits"),
    "xlsx bad cell reference": (_xlsx_bad_reference, "row 1: the sheet cannot be read"),
    "xlsx billion laughs": (_xlsx_billion_laughs, "cannot be read as an .xlsx workbook"),
    "xlsx lying sizes": (_xlsx_lying_sizes, "cannot be read"),
    "xlsx too many parts": (_xlsx_too_many_parts, "MAX_XLSX_PARTS"),
    "zip that is no workbook": (_zip_not_a_workbook, "cannot be read as an .xlsx workbook"),
    "csv 60 MB cell": (_csv_60mb_cell, "row 2, column B (toktogul [Mm3]): the cell holds"),
    "csv quoted field over csv's limit": (_csv_field_over_csv_limit_quoted,
                                          "row 2, column C (notes): the cell holds"),
    "csv too many rows": (_csv_too_many_rows, "MAX_ROWS = 200 000"),
    "csv too many columns": (_csv_too_many_columns, "row 1: 1 001 columns"),
    "csv too many cells": (_csv_too_many_cells, "MAX_CELLS = 2 000 000"),
    "csv ragged": (_csv_ragged, "1 000 columns: 199 999 000 cells, more than a series file"),
    "file over 64 MB": (_oversize, "the limit is 64 MB"),
    "fifo": (_fifo, "is not a regular file"),
    "folder": (_folder, "is a folder"),
    "symlink to /dev/zero": (_symlink_to_zero, "is not a regular file"),
    "/dev/zero": (lambda tmp: "/dev/zero", "is not a regular file"),
    "/dev/urandom": (lambda tmp: "/dev/urandom", "is not a regular file"),
}

COMMITTED: dict[str, str] = {
    "underscore-digits.csv": "row 2, column B (toktogul [Mm3]): '1_000' is not a number",
    "unknown-unit-acre-ft.csv": "the header's unit 'acre-ft' is not one WaterPlanner knows",
    "no-unit.csv": "column B (toktogul): the header names no unit",
    "two-units.csv": "the header names two units (m³/s and Mm³)",
    "huge-integer-400-digits.csv": "row 2, column B (toktogul [Mm3]): '99999",
    "inf-and-nan.csv": "row 2, column B (toktogul [Mm3]): 'inf' is not a number",
    "exotic-digits.csv": "row 3, column B (toktogul [Mm3]): '١٢٣' is not a number",
    "formula-injection.csv": "is not a number",
    "overflow-after-conversion.csv": "1e308 m³/s is too large",
    "year-9999.csv": "'9999-01-01' is not a date",
    "dates-far-apart.csv": "cannot tell whether the dates are monthly",
    "nul-bytes.csv": "is not a text file",
    "nul-after-4k.csv": "holds NUL characters",
    "not-utf8-nor-cp1251.csv": "byte 31 is 0x98",
    "utf16-odd-bytes.csv": "is not UTF-16",
    "unterminated-quote.csv": "row 2, column B (toktogul [Mm3]): '100 2025-11-01,100 ' is not",
    "only-delimiters.csv": "has no data",
    "lone-carriage-returns.csv": "column B (toktogul): the header names no unit",
    "empty.csv": "is empty",
    "whitespace-only.csv": "is empty",
    "header-only.csv": "has a header but no data rows",
    "not-a-workbook.xlsx": "not a valid zip archive",
    "old-excel.xls": "old .xls workbook",
    "quote-storm.csv": "is not a date",
}


def test_the_committed_corpus_is_all_listed() -> None:
    assert sorted(p.name for p in CORPUS.iterdir()) == sorted(COMMITTED)


@pytest.mark.parametrize("name", sorted(COMMITTED))
def test_committed_corpus_file_is_refused(scn: Scenario, name: str) -> None:
    msgs = refusal(scn, CORPUS / name)
    assert any(COMMITTED[name] in m for m in msgs), msgs
    assert all(len(m) < 400 for m in msgs)  # no cell is pasted whole into a message


@pytest.mark.parametrize("name", sorted(GENERATED))
def test_generated_corpus_file_is_refused(scn: Scenario, tmp_path: Path, name: str) -> None:
    make, expected = GENERATED[name]
    msgs = refusal(scn, make(tmp_path))
    assert any(expected in m for m in msgs), msgs
    assert all(len(m) < 400 for m in msgs)


# --- the limits are stated --------------------------------------------------------------------
def test_limits_are_named_constants() -> None:
    assert MAX_IMPORT_BYTES == 64 * MB and MAX_ROWS == 200_000 and MAX_COLUMNS == 1_000
    assert MAX_CELLS == 2_000_000 and MAX_CELL_CHARS == 10_000
    assert MAX_XLSX_UNCOMPRESSED_BYTES == 256 * MB and MAX_XLSX_SHARED_STRINGS_BYTES == 32 * MB


def test_a_lying_dimension_is_ignored_and_the_real_cells_are_read(scn: Scenario,
                                                                 tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "dim.xlsx", sheet(series_rows(), dimension="A1:XFD1048576"))
    table = read_table(path)
    assert len(table.headers) == 2 and len(table.rows) == 12
    assert import_series(scn, path).release_schedules["toktogul"] == (700.0,) * 12


def test_a_lying_dimension_does_not_pad_every_row_to_16384_columns(tmp_path: Path) -> None:
    rows = (f'<row r="{i}">' + number_cell(f"A{i}", i) + "</row>" for i in range(1, 5001))
    path = write_xlsx(tmp_path / "dim.xlsx", sheet(rows, dimension="A1:XFD1048576"))
    tracemalloc.start()
    try:
        table = read_table(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(table.rows) == 4999
    assert peak < 100 * MB  # padded, the rows would hold 5 000 × 16 384 cells (650 MB)


# --- numbers ----------------------------------------------------------------------------------
@pytest.mark.parametrize("cell", ["1_000", "1__000", "_1000", "1000_", "1_000.5", "1e1_0",
                                  "inf", "-Infinity", "nan", "0x10", "١٢٣", "１２３", "1e99999",
                                  "1.2.3", "--1", "+-1", "12e", "e5", ".", ""])
def test_not_numbers(cell: str) -> None:
    v, why = parse_number(cell)
    assert v is None and why


@pytest.mark.parametrize("cell,expected", [
    ("1e3", 1000.0), ("-2.5E-1", -0.25), (".5", 0.5), ("5.", 5.0), ("+7", 7.0),
    ("1 000 000", 1e6), ("\u200b42", 42.0), (10 ** 300, 1e300),
])
def test_numbers(cell: object, expected: float) -> None:
    assert parse_number(cell) == (expected, None)


def test_a_huge_integer_cell_is_too_large_not_an_error() -> None:
    v, why = parse_number(10 ** 400)
    assert v is None and why is not None and "too large" in why and len(why) < 80


@given(st.floats(allow_nan=False, allow_infinity=False))
def test_every_float_as_python_writes_it_is_read_back(x: float) -> None:
    assert parse_number(repr(x)) == (x, None)


@given(st.integers(0, 10 ** 6), st.integers(1, 5))
def test_underscores_are_never_digit_separators(n: int, at: int) -> None:
    s = str(n)
    v, _ = parse_number(s[:at] + "_" + s[at:])
    assert v is None


# --- encodings ---------------------------------------------------------------------------------
@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_with_a_byte_order_mark_is_read(scn: Scenario, tmp_path: Path,
                                              encoding: str) -> None:
    text = "date\ttoktogul [м3/с]\n" + "".join(f"{d}\t100\n" for d in MONTHS)
    bom = b"\xff\xfe" if encoding.endswith("le") else b"\xfe\xff"
    path = tmp_path / "unicode.txt"
    path.write_bytes(bom + text.encode(encoding))
    new = import_series(scn, path)
    np.testing.assert_allclose(new.release_schedules["toktogul"],
                               scn.time.m3s_to_mcm(np.full(12, 100.0)))


def test_invisible_characters_in_headers_are_dropped(scn: Scenario, tmp_path: Path) -> None:
    text = "date,\ufefftoktogul\u200b [Mm3]\u200e\n" + "".join(f"{d},100\n" for d in MONTHS)
    path = _csv(tmp_path, "zw.csv", text)
    assert read_table(path).headers == ("date", "toktogul [Mm3]")
    assert import_series(scn, path).release_schedules["toktogul"] == (100.0,) * 12


# --- fuzzing: nothing but SeriesImportError escapes ------------------------------------------
@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
def test_any_bytes_as_csv(data: bytes) -> None:
    try:
        parse_csv_bytes(data, "fuzz.csv")
    except SeriesImportError:
        pass


_cells = st.one_of(
    st.none(), st.text(string.printable + "₀³м,;.\u00a0\u200b", max_size=12),
    st.integers(-10 ** 30, 10 ** 30), st.floats(), st.dates(date(1, 1, 1), date(9999, 12, 31)),
    st.sampled_from(["2025-10-01", "01.10.2025", "Oct 2025 d2", "9999-12-21", "1_0", "1,234"]),
)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow],
          deadline=None)
@given(st.lists(st.lists(_cells, min_size=3, max_size=3), min_size=1, max_size=15),
       st.sampled_from(list(Unit) + [None]), st.sampled_from([None, *Target]))
def test_checking_any_table_never_raises(scn: Scenario, rows: list[list[object]],
                                         unit: Unit | None, target: Target | None) -> None:
    table = RawTable(headers=("date", "toktogul [m3/s]", "x"),
                     rows=tuple(tuple(r) for r in rows),
                     row_numbers=tuple(range(2, len(rows) + 2)))
    maps = (ColumnMapping(1, "toktogul", Target.RELEASE),
            ColumnMapping(2, "naryn", target or Target.INFLOW, unit))
    preview = prepare_import(scn, table, ImportSpec(0, maps, unit))
    assert preview.ok or preview.problems
