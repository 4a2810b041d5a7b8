"""``waterplanner report`` and ``waterplanner export`` from the command line."""

from __future__ import annotations

import hashlib
from pathlib import Path

from helpers import IRRIGATION, TWO, page_text
from openpyxl import load_workbook
from pypdf import PdfReader

from waterplanner.cli.main import main


def test_report_default_with_baseline(gui_app, tmp_path: Path, capsys) -> None:
    out = tmp_path / "r.pdf"
    assert main(["report", "--default", "--baseline", str(IRRIGATION), "--inflows", "dry",
                 "--author", "Ж. Абенов", "--out", str(out)]) == 0
    assert "Wrote" in capsys.readouterr().out
    assert len(PdfReader(str(out)).pages) > 10
    first = page_text(out, 0)
    assert "Ж. Абенов" in first and "(dry)" in first and "irrigation" in first.lower()
    shipped = Path(__file__).resolve().parents[2] / "resources" / "scenarios" / \
        "syr-darya-energy-mode.wplan"
    assert "SHA-256 of the file" in first
    assert hashlib.sha256(shipped.read_bytes()).hexdigest() in first


def test_report_of_a_file(gui_app, tmp_path: Path) -> None:
    out = tmp_path / "two.pdf"
    assert main(["report", str(TWO), "--out", str(out), "--quiet"]) == 0
    assert "two_reservoirs.wplan" in page_text(out, 0)


def test_report_bad_input_exits_2(gui_app, tmp_path: Path, capsys) -> None:
    assert main(["report", "--default", "--out", str(tmp_path / "no" / "r.pdf")]) == 2
    assert "does not exist" in capsys.readouterr().err
    bad = tmp_path / "bad.wplan"
    bad.write_text("{not json", encoding="utf-8")
    assert main(["report", "--default", "--baseline", str(bad), "--out",
                 str(tmp_path / "r.pdf")]) == 2
    assert "baseline" in capsys.readouterr().err
    assert main(["report", "--default", "--inflows", "wet", "--out",
                 str(tmp_path / "r.pdf")]) == 2
    assert main(["report", "--default", "--out", str(tmp_path)]) == 2
    assert not (tmp_path / "r.pdf").exists()


def test_export_xlsx(tmp_path: Path, capsys) -> None:
    out = tmp_path / "r.xlsx"
    assert main(["export", "--default", "--out", str(out)]) == 0
    wb = load_workbook(out, read_only=True)
    assert "storage_mcm" in wb.sheetnames and "Release schedule Mm³" in wb.sheetnames
    assert main(["export", "--default", "--out", str(tmp_path / "r.csv")]) == 2
    assert ".xlsx" in capsys.readouterr().err
