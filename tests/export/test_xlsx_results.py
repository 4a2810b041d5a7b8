"""Excel export: formula injection, streaming (write-only) workbooks, long horizons."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import numpy as np
from openpyxl import load_workbook

from waterplanner.cli.main import main
from waterplanner.engine.simulate import simulate
from waterplanner.export.xlsx_results import write_results_xlsx
from waterplanner.model.scenario import Scenario
from waterplanner.model.synthetic import reservoir_chain
from waterplanner.model.timebase import Step


def all_cells(path: Path):  # type: ignore[no-untyped-def]
    wb = load_workbook(path)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            yield from row


def test_no_name_becomes_a_formula(hostile: Scenario, hostile_names: dict[str, str],
                                   tmp_path: Path) -> None:
    out = write_results_xlsx(simulate(hostile), tmp_path / "r.xlsx")
    texts: dict[str, object] = {}
    for cell in all_cells(out):
        assert cell.data_type != "f", (cell.parent.title, cell.coordinate, cell.value)
        if isinstance(cell.value, str):
            texts[cell.value] = cell
    for name in hostile_names.values():
        cell = texts[name.replace("\r", "\n")]  # unchanged (XML reads CR as LF), as text …
        assert cell.data_type == "s"  # type: ignore[attr-defined]
        assert cell.quotePrefix  # type: ignore[attr-defined]  # … that stays text on editing
    assert "-upper [Mm³]" in texts and texts["-upper [Mm³]"].quotePrefix  # type: ignore


def test_no_formula_in_the_workbook_xml(hostile: Scenario, tmp_path: Path) -> None:
    # the raw sheets too: no <f> element anywhere, whatever a reader library makes of it
    import zipfile
    out = write_results_xlsx(simulate(hostile), tmp_path / "r.xlsx")
    with zipfile.ZipFile(out) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in z.read(name) and b"<f " not in z.read(name), name


def test_export_command_with_hostile_names(hostile_file: Path, tmp_path: Path,
                                           capsys) -> None:
    out = tmp_path / "r.xlsx"
    assert main(["export", str(hostile_file), "--out", str(out)]) == 0
    capsys.readouterr()
    assert not any(c.data_type == "f" for c in all_cells(out))


def test_years_of_days_stream_into_the_workbook(tmp_path: Path) -> None:
    r = simulate(reservoir_chain(1, 800, Step.DAY))
    out = write_results_xlsx(r, tmp_path / "long.xlsx")
    wb = load_workbook(out, read_only=True)
    ws = wb["storage_mcm"]
    rows = list(ws.iter_rows(values_only=True))
    assert len(rows) == 801
    assert rows[0][:3] == ("period_start", "period", "res000 [Mm³]")
    assert rows[1][:2] == (datetime(2025, 10, 1), "2025-10-01")
    assert rows[-1][:2] == (datetime(2027, 12, 9), "2027-12-09")
    np.testing.assert_allclose([row[2] for row in rows[1:]],
                               r.series("storage_mcm", "res000"), rtol=1e-15)
    assert wb.sheetnames[:4] == ["Summary", "Nodes", "Release schedule Mm³",
                                 "Release schedule m³ s"]
    wb.close()
