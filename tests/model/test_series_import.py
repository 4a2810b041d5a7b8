"""Importing series from CSV and .xlsx: round trips, period conversion, and every kind of
bad spreadsheet with its message (row and column) and no change to the scenario."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np
import pytest
from openpyxl import Workbook, load_workbook

from waterplanner.engine.simulate import simulate
from waterplanner.export.csv_results import write_results
from waterplanner.export.xlsx_results import write_results_xlsx
from waterplanner.model.document import dumps_scenario
from waterplanner.model.fileio import load_scenario
from waterplanner.model.scenario import Scenario
from waterplanner.model.series_import import (
    ColumnMapping,
    ImportSpec,
    SeriesImportError,
    Target,
    Unit,
    apply_import,
    detect_step,
    guess_spec,
    import_series,
    parse_date,
    parse_number,
    prepare_import,
    read_table,
)
from waterplanner.model.synthetic import reservoir_chain
from waterplanner.model.timebase import Step

ROOT = Path(__file__).resolve().parents[2]
DEFAULT = ROOT / "resources" / "scenarios" / "syr-darya-energy-mode.wplan"
MONTHS = [date(2025, m, 1) for m in range(10, 13)] + [date(2026, m, 1) for m in range(1, 10)]


@pytest.fixture(scope="module")
def scn() -> Scenario:
    return load_scenario(DEFAULT)


def write_csv(path: Path, lines: list[str], encoding: str = "utf-8") -> Path:
    path.write_text("\n".join(lines) + "\n", encoding=encoding)
    return path


def monthly_csv(path: Path, header: str, values: list[str], sep: str = ",") -> Path:
    lines = [header] + [f"{d.isoformat()}{sep}{v}" for d, v in zip(MONTHS, values, strict=True)]
    return write_csv(path, lines)


def problems_of(scn: Scenario, path: Path, spec: ImportSpec | None = None,
                unit: Unit | None = Unit.MCM) -> list[str]:
    """The problems of a file (columns without a unit in their header read in ``unit``);
    asserts that importing it changes nothing."""
    before = dumps_scenario(scn)
    with pytest.raises(SeriesImportError) as e:
        import_series(scn, path, spec, unit=unit)
    assert dumps_scenario(scn) == before
    return [str(p) for p in e.value.problems]


# --- round trips ------------------------------------------------------------------------
def test_csv_round_trip_of_releases(scn: Scenario, tmp_path: Path) -> None:
    r = simulate(scn)
    write_results(r, tmp_path)
    new = import_series(scn, tmp_path / "release_mcm.csv")
    for rid in scn.release_schedules:
        np.testing.assert_allclose(new.release_schedules[rid], r.series("release_mcm", rid),
                                   rtol=1e-12)
    assert new is not scn


def test_xlsx_round_trip_of_schedules_in_m3s(scn: Scenario, tmp_path: Path) -> None:
    out = write_results_xlsx(simulate(scn), tmp_path / "results.xlsx")
    table = read_table(out, sheet="Release schedule m³ s")
    spec = guess_spec(table, scn)
    assert {m.node_id for m in spec.mappings} == set(scn.release_schedules)
    preview = prepare_import(scn, table, spec)
    assert preview.ok, preview.problems
    assert set(preview.units.values()) == {Unit.M3S}
    new = apply_import(scn, preview)
    for rid, sched in scn.release_schedules.items():
        np.testing.assert_allclose(new.release_schedules[rid], sched, rtol=1e-12)


def test_xlsx_has_real_dates_units_and_one_sheet_per_quantity(scn: Scenario,
                                                               tmp_path: Path) -> None:
    r = simulate(scn)
    out = write_results_xlsx(r, tmp_path / "results.xlsx")
    wb = load_workbook(out)
    for name in ("Summary", "Nodes", "storage_mcm", "release_mcm", "delivery_mcm",
                 "energy_mwh", "level_m"):
        assert name in wb.sheetnames
    ws = wb["storage_mcm"]
    assert isinstance(ws["A2"].value, datetime) and ws["A2"].value.date() == scn.time.start
    assert ws["A2"].number_format == "yyyy-mm-dd"
    headers = [c.value for c in ws[1]]
    assert "toktogul [Mm³]" in headers
    j = headers.index("toktogul [Mm³]")
    got = [ws.cell(row=t + 2, column=j + 1).value for t in range(scn.time.periods)]
    np.testing.assert_allclose(got, r.series("storage_mcm", "toktogul"))
    assert "[MWh]" in wb["energy_mwh"]["C1"].value
    assert "Тоқтоғұл" in [c.value for c in wb["Nodes"]["C"]] or \
        any(n.local_name in [c.value for c in wb["Nodes"]["C"]] for n in scn.nodes if n.local_name)


def test_xlsx_write_is_atomic_and_keeps_old_file_on_failure(scn: Scenario, tmp_path: Path,
                                                             monkeypatch) -> None:
    out = tmp_path / "r.xlsx"
    out.write_bytes(b"old workbook")
    import os

    def boom(*a, **k):  # type: ignore[no-untyped-def]
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        write_results_xlsx(simulate(scn), out)
    assert out.read_bytes() == b"old workbook"
    assert [p.name for p in tmp_path.iterdir()] == ["r.xlsx"]


# --- units, names, periods --------------------------------------------------------------
def test_inflows_in_m3s_with_semicolons_decimal_commas_and_cyrillic_headers(
        scn: Scenario, tmp_path: Path) -> None:
    naryn = scn.node("naryn")
    header = f"Дата;{naryn.local_name} [м3/с]"
    path = write_csv(tmp_path / "q.csv", [header] + [f"{d.strftime('%d.%m.%Y')};123,5"
                                                      for d in MONTHS], encoding="cp1251")
    table = read_table(path)
    spec = guess_spec(table, scn)
    assert spec.mappings == (ColumnMapping(1, "naryn", Target.INFLOW),)
    spec = ImportSpec(spec.date_column, spec.mappings, spec.unit, inflow_set="dry")
    new = apply_import(scn, prepare_import(scn, table, spec))
    expected = scn.time.m3s_to_mcm(np.full(12, 123.5))
    np.testing.assert_allclose(new.node("naryn").inflow_mcm["dry"], expected)
    assert new.node("naryn").inflow_mcm["median"] == naryn.inflow_mcm["median"]


def test_demands_in_km3(scn: Scenario, tmp_path: Path) -> None:
    path = monthly_csv(tmp_path / "d.csv", "month,fergana (km3)", ["0.5"] * 12)
    new = import_series(scn, path)
    np.testing.assert_allclose(new.node("fergana").demand_mcm, [500.0] * 12)


def test_daily_values_are_aggregated_to_months(scn: Scenario, tmp_path: Path) -> None:
    lines = ["date,toktogul [m³/s]"]
    d = date(2025, 10, 1)
    while d < date(2026, 10, 1):
        lines.append(f"{d.isoformat()},{200 if d.month in (4, 5) else 500}")
        d += timedelta(days=1)
    path = write_csv(tmp_path / "daily.csv", lines)
    table = read_table(path)
    preview = prepare_import(scn, table, guess_spec(table, scn))
    assert preview.step is Step.DAY
    assert any("aggregated" in n for n in preview.notes)
    new = apply_import(scn, preview)
    expected = scn.time.m3s_to_mcm([200 if m in (4, 5) else 500 for m in scn.time.months])
    np.testing.assert_allclose(new.release_schedules["toktogul"], expected)


def test_monthly_values_are_split_into_dekads_by_days(tmp_path: Path) -> None:
    scn = reservoir_chain(1, 36, Step.DEKAD)
    rid = scn.reservoirs[0].id
    lines = [f"date,{rid} [Mm3]"] + [f"{d.isoformat()},{d2}" for d, d2 in zip(
        MONTHS, [310, 300, 310, 310, 280, 310, 300, 310, 300, 310, 310, 300], strict=True)]
    path = write_csv(tmp_path / "m.csv", lines)
    table = read_table(path)
    preview = prepare_import(scn, table, guess_spec(table, scn))
    assert preview.step is Step.MONTH and preview.ok
    new = apply_import(scn, preview)
    got = np.asarray(new.release_schedules[rid])
    np.testing.assert_allclose(got[:3], [100, 100, 110])       # October: 10, 10, 11 days
    np.testing.assert_allclose(got[12:15], [100, 100, 80])     # January... then February
    np.testing.assert_allclose(got.sum(), 3650)                # volume is conserved


def test_dekad_detection_and_rows_outside_the_horizon(scn: Scenario, tmp_path: Path) -> None:
    lines = ["date,toktogul"]
    d = date(2025, 9, 21)
    while d < date(2026, 10, 11):
        lines.append(f"{d.isoformat()},10")
        d = d.replace(day=d.day + 10) if d.day < 21 else \
            date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    table = read_table(write_csv(tmp_path / "dek.csv", lines))
    preview = prepare_import(scn, table, replace(guess_spec(table, scn), unit=Unit.MCM))
    assert preview.step is Step.DEKAD and preview.ok
    assert any("outside" in n for n in preview.notes)
    np.testing.assert_allclose(apply_import(scn, preview).release_schedules["toktogul"],
                               [30.0] * 12)


def test_xlsx_with_header_row_and_dates(scn: Scenario, tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["Period", "Toktogul", "Fergana Valley"])
    for d in MONTHS:
        ws.append([datetime(d.year, d.month, 1), 700, 900])
    wb.save(tmp_path / "in.xlsx")
    new = import_series(scn, tmp_path / "in.xlsx", unit=Unit.MCM)
    assert new.release_schedules["toktogul"] == (700.0,) * 12
    assert new.node("fergana").demand_mcm == (900.0,) * 12


# --- bad spreadsheets: one message each, with row and column, nothing changed ------------
def test_missing_month(scn: Scenario, tmp_path: Path) -> None:
    lines = ["date,toktogul"] + [f"{d.isoformat()},100" for d in MONTHS if d.month != 1]
    msgs = problems_of(scn, write_csv(tmp_path / "a.csv", lines))
    assert msgs == [("row 5, column A (date): Jan 2026 is missing: the date jumps from "
                     "2025-12-01 (row 4) to 2026-02-01 (missing: Jan 2026)")]


def test_text_in_a_number_cell(scn: Scenario, tmp_path: Path) -> None:
    vals = ["100"] * 12
    vals[3] = "n/a"
    msgs = problems_of(scn, monthly_csv(tmp_path / "b.csv", "date,toktogul", vals))
    assert msgs == ["row 5, column B (toktogul): 'n/a' is not a number"]


def test_negative_flow(scn: Scenario, tmp_path: Path) -> None:
    vals = ["100"] * 12
    vals[0] = "-5"
    msgs = problems_of(scn, monthly_csv(tmp_path / "c.csv", "date,naryn [m3/s]", vals))
    assert msgs == ["row 2, column B (naryn [m3/s]): negative flow (-5) is not allowed"]


def test_unknown_node(scn: Scenario, tmp_path: Path) -> None:
    lines = ["date,toktogul,amu_darya"] + [f"{d.isoformat()},100,5" for d in MONTHS]
    msgs = problems_of(scn, write_csv(tmp_path / "d.csv", lines))
    assert msgs == [("column C (amu_darya): 'amu_darya' names no node of this scenario: map "
                     "it to a node or skip it")]
    # skipping the column makes the file clean
    table = read_table(tmp_path / "d.csv")
    spec = guess_spec(table, scn)
    fixed = ImportSpec(spec.date_column, spec.mappings, Unit.MCM, ignored_columns=(2,))
    assert prepare_import(scn, table, fixed).ok


def test_empty_cell_duplicate_and_unsorted_dates(scn: Scenario, tmp_path: Path) -> None:
    rows = [f"{d.isoformat()},100" for d in MONTHS]
    rows[2] = f"{MONTHS[2].isoformat()},"
    rows[5] = f"{MONTHS[4].isoformat()},100"
    msgs = problems_of(scn, write_csv(tmp_path / "e.csv", ["date,toktogul"] + rows))
    assert "row 4, column B (toktogul): the cell is empty" in msgs
    assert "row 7, column A (date): 2026-02-01 repeats row 6" in msgs


def test_dates_out_of_order(scn: Scenario, tmp_path: Path) -> None:
    rows = [f"{d.isoformat()},100" for d in MONTHS]
    rows[3], rows[4] = rows[4], rows[3]
    msgs = problems_of(scn, write_csv(tmp_path / "f.csv", ["date,toktogul"] + rows))
    assert any(m.startswith("row 6, column A (date): 2026-01-01 comes before row 5") for m in msgs)


def test_date_that_starts_no_period_and_bad_date_text(scn: Scenario, tmp_path: Path) -> None:
    rows = [f"{d.isoformat()},100" for d in MONTHS]
    rows[1] = "2025-11-15,100"
    rows[6] = "spring,100"
    msgs = problems_of(scn, write_csv(tmp_path / "g.csv", ["date,toktogul"] + rows))
    assert "row 3, column A (date): 2025-11-15 does not start a month period (months start " \
           "on day 1)" in msgs
    assert "row 8, column A (date): 'spring' is not a date (expected e.g. 2025-10-01 or " \
           "01.10.2025, in the years 1000–9000)" in msgs


def test_ambiguous_thousands(scn: Scenario, tmp_path: Path) -> None:
    rows = [f'{d.isoformat()},"1,234"' if i == 2 else f"{d.isoformat()},100"
            for i, d in enumerate(MONTHS)]
    msgs = problems_of(scn, write_csv(tmp_path / "h.csv", ["date,toktogul"] + rows))
    assert msgs == [("row 4, column B (toktogul): '1,234' is ambiguous: write 1234 or 1.234 "
                     "(decimal point) instead")]


def test_file_shorter_than_the_horizon(scn: Scenario, tmp_path: Path) -> None:
    lines = ["date,toktogul"] + [f"{d.isoformat()},100" for d in MONTHS[:10]]
    msgs = problems_of(scn, write_csv(tmp_path / "i.csv", lines))
    assert msgs == [("row 11, column A (date): the file ends before the scenario's last period "
                     "(Sep 2026): data up to 2026-09-30 is needed")]


def test_wrong_kind_and_unknown_inflow_set(scn: Scenario, tmp_path: Path) -> None:
    path = monthly_csv(tmp_path / "j.csv", "date,x", ["1"] * 12)
    table = read_table(path)
    spec = ImportSpec(0, (ColumnMapping(1, "fergana", Target.RELEASE),), Unit.MCM)
    assert [str(p) for p in prepare_import(scn, table, spec).problems] == [
        "column B (x): 'fergana' is a demand node: it has no release series"]
    spec = ImportSpec(0, (ColumnMapping(1, "naryn", Target.INFLOW),), Unit.MCM, inflow_set="wet")
    assert [str(p) for p in prepare_import(scn, table, spec).problems] == [
        "column B (x): unknown inflow set 'wet'; this scenario has: median, dry"]
    spec = ImportSpec(0, (ColumnMapping(1, "nowhere", Target.DEMAND),), Unit.MCM)
    assert [str(p) for p in prepare_import(scn, table, spec).problems] == [
        "column B (x): there is no node 'nowhere' in this scenario"]
    with pytest.raises(SeriesImportError):
        apply_import(scn, prepare_import(scn, table, spec))


def test_many_problems_reported_together(scn: Scenario, tmp_path: Path) -> None:
    vals = ["100"] * 12
    vals[1], vals[7], vals[9] = "abc", "-1", ""
    msgs = problems_of(scn, monthly_csv(tmp_path / "k.csv", "date,toktogul", vals))
    assert len(msgs) == 3
    assert [m.split(",")[0] for m in msgs] == ["row 3", "row 9", "row 11"]


@pytest.mark.parametrize("name,content,message", [
    ("empty.csv", b"", "is empty"),
    ("binary.csv", b"\x00\x01\x02garbage" * 10, "is not a text file"),
    ("old.xls", b"\xd0\xcf\x11\xe0", "old .xls workbook"),
    ("broken.xlsx", b"PK\x03\x04 not really a zip", "cannot be read as an .xlsx workbook"),
    ("header-only.csv", b"date,toktogul\n", "has a header but no data rows"),
])
def test_unreadable_files(scn: Scenario, tmp_path: Path, name: str, content: bytes,
                          message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    msgs = problems_of(scn, path)
    assert any(message in m for m in msgs), msgs


def test_missing_file_and_missing_sheet(scn: Scenario, tmp_path: Path) -> None:
    assert "does not exist" in problems_of(scn, tmp_path / "nope.csv")[0]
    wb = Workbook()
    wb.active.title = "Flows"
    wb.save(tmp_path / "w.xlsx")
    with pytest.raises(SeriesImportError, match="has no sheet 'Releases'; it has: Flows"):
        read_table(tmp_path / "w.xlsx", sheet="Releases")


# --- cell parsing -----------------------------------------------------------------------
@pytest.mark.parametrize("cell,expected", [
    ("2025-10-01", date(2025, 10, 1)), ("01.10.2025", date(2025, 10, 1)),
    ("2025-10", date(2025, 10, 1)), ("10/2025", date(2025, 10, 1)),
    ("Oct 2025", date(2025, 10, 1)), ("Oct 2025 d3", date(2025, 10, 21)),
    (datetime(2026, 2, 1, 0, 0), date(2026, 2, 1)), ("2025-13-01", None), ("soon", None),
])
def test_parse_date(cell: object, expected: date | None) -> None:
    assert parse_date(cell) == expected


@pytest.mark.parametrize("cell,expected", [
    ("12.5", 12.5), ("12,5", 12.5), ("1 234,5", 1234.5), ("1,234.5", 1234.5),
    ("\u22123", -3.0), (7, 7.0), ("1\u00a0000", 1000.0),
])
def test_parse_number(cell: object, expected: float) -> None:
    assert parse_number(cell) == (expected, None)


def test_detect_step() -> None:
    assert detect_step(MONTHS) is Step.MONTH
    assert detect_step([date(2025, 10, 1), date(2025, 10, 11), date(2025, 10, 21)]) is Step.DEKAD
    assert detect_step([date(2025, 10, 1), date(2025, 10, 2)]) is Step.DAY
    assert detect_step([date(2025, 10, 1), date(2025, 10, 5)]) is None
