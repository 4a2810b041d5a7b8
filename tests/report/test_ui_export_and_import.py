"""The GUI entry points: the report written in the background with progress and cancel,
and the import dialog (preview, mapping, problems, one undoable edit)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from helpers import ENERGY
from PySide6.QtWidgets import QDialogButtonBox

from waterplanner.model.document import dumps_scenario
from waterplanner.model.edits import ReplaceScenario
from waterplanner.model.series_import import Target, Unit
from waterplanner.report import ReportInfo
from waterplanner.report.inputs import ReportInputs
from waterplanner.ui.import_dialog import ImportSeriesDialog
from waterplanner.ui.report_export import ReportExportJob, default_report_path

MONTHS = [f"2025-{m:02d}-01" for m in (10, 11, 12)] + [f"2026-{m:02d}-01" for m in range(1, 10)]


def test_export_job_reports_progress_and_finishes(qtbot, tmp_path: Path, energy,
                                                  energy_results) -> None:
    job = ReportExportJob(tmp_path / "r.pdf", ReportInputs(energy, energy_results),
                          file_path=ENERGY)
    seen: list[float] = []
    job.progressed.connect(lambda f, m: seen.append(f))
    with qtbot.waitSignal(job.finished, timeout=60_000) as blocker:
        job.start()
    info = blocker.args[0]
    assert isinstance(info, ReportInfo) and info.pages > 10
    assert (tmp_path / "r.pdf").stat().st_size == info.size_bytes
    assert job.wait(10)
    qtbot.waitUntil(lambda: bool(seen) and seen[-1] == 1.0, timeout=5000)


def test_export_job_cancel_leaves_no_file(qtbot, tmp_path: Path, energy,
                                          energy_results) -> None:
    job = ReportExportJob(tmp_path / "c.pdf", ReportInputs(energy, energy_results))
    job.cancel()
    with qtbot.waitSignal(job.cancelled, timeout=60_000):
        job.start()
    assert job.wait(10)
    assert list(tmp_path.iterdir()) == []


def test_export_job_failure_is_a_message(qtbot, tmp_path: Path, energy,
                                         energy_results) -> None:
    job = ReportExportJob(tmp_path / "no" / "such" / "r.pdf", ReportInputs(energy, energy_results))
    with qtbot.waitSignal(job.failed, timeout=60_000) as blocker:
        job.start()
    assert "does not exist" in blocker.args[0]
    assert job.wait(10)


def test_default_report_path(energy) -> None:
    assert default_report_path(energy, ENERGY) == ENERGY.with_name(
        "syr-darya-energy-mode-report.pdf")
    assert default_report_path(energy, None).suffix == ".pdf"


def _csv(path: Path, header: str, rows: list[str]) -> Path:
    path.write_text("\n".join([header] + rows) + "\n", encoding="utf-8")
    return path


def test_import_dialog_clean_file_gives_one_edit(qtbot, tmp_path: Path, energy) -> None:
    path = _csv(tmp_path / "t.csv", "date,toktogul [m3/s],notes",
                [f"{d},400,ok" for d in MONTHS])
    before = dumps_scenario(energy)
    dialog = ImportSeriesDialog(None, energy, path)
    qtbot.addWidget(dialog)
    assert dialog.problems() == []
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()
    assert dialog.preview_table.rowCount() == 12
    dialog.accept()
    new = dialog.result_scenario()
    assert new is not None
    np.testing.assert_allclose(new.release_schedules["toktogul"],
                               energy.time.m3s_to_mcm(np.full(12, 400.0)))
    edit = dialog.result_edit()
    assert isinstance(edit, ReplaceScenario) and edit.label == "Import series from t.csv"
    assert edit.apply(energy) is new
    assert dumps_scenario(energy) == before


def test_import_dialog_lists_problems_and_refuses(qtbot, tmp_path: Path, energy) -> None:
    rows = [f"{d},400" for d in MONTHS]
    rows[2] = f"{MONTHS[2]},lots"
    rows[5] = f"{MONTHS[5]},-3"
    path = _csv(tmp_path / "bad.csv", "date,toktogul [Mm3]", rows)
    dialog = ImportSeriesDialog(None, energy, path)
    qtbot.addWidget(dialog)
    assert dialog.problems() == ["row 4, column B (toktogul [Mm3]): 'lots' is not a number",
                                 ("row 7, column B (toktogul [Mm3]): negative release (-3) is "
                                  "not allowed")]
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.accept()
    assert dialog.result_scenario() is None and dialog.result_edit() is None


def test_import_dialog_mapping_and_unit_choice(qtbot, tmp_path: Path, energy) -> None:
    path = _csv(tmp_path / "m.csv", "date,series 1", [f"{d},1.5" for d in MONTHS])
    dialog = ImportSeriesDialog(None, energy, path)
    qtbot.addWidget(dialog)
    assert any("names no node" in p for p in dialog.problems())
    dialog.set_mapping(1, "fergana", Target.DEMAND)
    dialog.set_unit(Unit.KM3)
    assert dialog.problems() == []
    dialog.accept()
    new = dialog.result_scenario()
    assert new is not None
    assert new.node("fergana").demand_mcm == (1500.0,) * 12


def test_import_dialog_unreadable_file(qtbot, tmp_path: Path, energy) -> None:
    bad = tmp_path / "x.xlsx"
    bad.write_bytes(b"PK\x03\x04 broken")
    dialog = ImportSeriesDialog(None, energy, bad)
    qtbot.addWidget(dialog)
    assert len(dialog.problems()) == 1 and "cannot be read" in dialog.problems()[0]
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()



def test_export_report_interactive_end_to_end(qtbot, tmp_path: Path, monkeypatch, energy,
                                              energy_results) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

    from waterplanner.ui import report_export

    window = QWidget()
    qtbot.addWidget(window)
    target = tmp_path / "chosen"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "PDF documents (*.pdf)")))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    job = report_export.export_report_interactive(window, ReportInputs(energy, energy_results),
                                                  ENERGY)
    assert job is not None
    qtbot.waitUntil(lambda: bool(shown), timeout=60_000)
    assert (tmp_path / "chosen.pdf").exists()
    assert "pages" in shown[0]


def test_export_report_interactive_cancelled_file_dialog(qtbot, monkeypatch, energy,
                                                         energy_results) -> None:
    from PySide6.QtWidgets import QFileDialog, QWidget

    from waterplanner.ui import report_export

    window = QWidget()
    qtbot.addWidget(window)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    assert report_export.export_report_interactive(window, ReportInputs(energy, energy_results)) \
        is None


# --- units per column, and files that cannot be imported -------------------------------
def _combo(dialog: ImportSeriesDialog, column: int, which: int):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QComboBox
    combo = dialog.mapping_table.cellWidget(dialog._row_of_column(column), which)
    assert isinstance(combo, QComboBox)
    return combo


def test_import_dialog_shows_each_columns_unit(qtbot, tmp_path: Path, energy) -> None:
    from waterplanner.ui.import_dialog import MAPPING_UNIT
    path = _csv(tmp_path / "mixed.csv", "date,naryn [m³/s],kara_darya [Mm³]",
                [f"{d},100,50" for d in MONTHS])
    dialog = ImportSeriesDialog(None, energy, path)
    qtbot.addWidget(dialog)
    assert dialog.problems() == []
    assert (dialog.column_unit(1), dialog.column_unit(2)) == (Unit.M3S, Unit.MCM)
    assert _combo(dialog, 1, MAPPING_UNIT).currentText() == "m³/s"
    assert _combo(dialog, 2, MAPPING_UNIT).currentText() == "Mm³"
    heads = [dialog.preview_table.horizontalHeaderItem(j).text() for j in (1, 2)]
    assert heads[0].endswith("\n→ m³/s") and heads[1].endswith("\n→ Mm³")
    assert "B in m³/s, C in Mm³" in dialog.status_label.text()
    dialog.accept()
    new = dialog.result_scenario()
    assert new is not None
    np.testing.assert_allclose(new.node("naryn").inflow_mcm["median"],
                               energy.time.m3s_to_mcm(np.full(12, 100.0)))
    np.testing.assert_allclose(new.node("kara_darya").inflow_mcm["median"], [50.0] * 12)


def test_import_dialog_reads_the_unit_of_a_column_mapped_by_hand(qtbot, tmp_path: Path,
                                                                 energy) -> None:
    path = _csv(tmp_path / "r.csv", "date,Release from the big dam (m3/s)",
                [f"{d},350" for d in MONTHS])
    dialog = ImportSeriesDialog(None, energy, path)
    qtbot.addWidget(dialog)
    assert dialog.column_unit(1) is Unit.M3S
    dialog.set_mapping(1, "toktogul", Target.RELEASE)
    assert dialog.problems() == []
    dialog.accept()
    new = dialog.result_scenario()
    assert new is not None
    assert new.release_schedules["toktogul"][0] == pytest.approx(937.44)  # not 350 Mm³


@pytest.mark.parametrize("header,placeholder,problem", [
    ("toktogul", "choose…", "the header names no unit"),
    ("toktogul [acre-ft]", "'acre-ft'?", "the header's unit 'acre-ft' is not one"),
    ("toktogul (m3/s) [Mm3]", "two units?", "the header names two units"),
])
def test_import_dialog_asks_for_a_unit_it_cannot_read(qtbot, tmp_path: Path, energy,
                                                      header: str, placeholder: str,
                                                      problem: str) -> None:
    from waterplanner.ui.import_dialog import MAPPING_UNIT
    path = _csv(tmp_path / "u.csv", f"date,{header}", [f"{d},400" for d in MONTHS])
    before = dumps_scenario(energy)
    dialog = ImportSeriesDialog(None, energy, path)
    qtbot.addWidget(dialog)
    combo = _combo(dialog, 1, MAPPING_UNIT)
    assert combo.currentIndex() == -1 and combo.placeholderText() == placeholder
    assert dialog.column_unit(1) is None
    assert dialog.preview_table.horizontalHeaderItem(1).text().endswith("\n→ unit?")
    assert len(dialog.problems()) == 1 and problem in dialog.problems()[0]
    assert dialog.problems()[0].startswith(f"column B ({header}): ")
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    combo.setCurrentIndex(list(Unit).index(Unit.M3S))  # as the planner would
    assert dialog.problems() == []
    assert dialog.preview_table.horizontalHeaderItem(1).text().endswith("\n→ m³/s")
    dialog.accept()
    new = dialog.result_scenario()
    assert new is not None
    np.testing.assert_allclose(new.release_schedules["toktogul"],
                               energy.time.m3s_to_mcm(np.full(12, 400.0)))
    assert dumps_scenario(energy) == before


def _fifo(tmp_path: Path) -> Path:
    import os
    os.mkfifo(tmp_path / "pipe.csv")
    return tmp_path / "pipe.csv"


def _huge_cell(tmp_path: Path) -> Path:
    return _csv(tmp_path / "cell.csv", "date,toktogul [Mm3]", [f"{MONTHS[0]},{'9' * 200_000}"])


def _huge_integer_xlsx(tmp_path: Path) -> Path:
    """A workbook whose value cells hold 400-digit integers (openpyxl cannot write them, so
    its sheet is rewritten)."""
    import zipfile

    from openpyxl import Workbook
    wb = Workbook()
    wb.active.append(["date", "toktogul [Mm3]"])
    for d in MONTHS:
        wb.active.append([d, 123456789])
    wb.save(tmp_path / "plain.xlsx")
    out = tmp_path / "int.xlsx"
    with zipfile.ZipFile(tmp_path / "plain.xlsx") as src, zipfile.ZipFile(out, "w") as dst:
        for part in src.infolist():
            data = src.read(part)
            if part.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b">123456789<", b">" + b"9" * 400 + b"<")
            dst.writestr(part, data)
    return out


def _bad_encoding(tmp_path: Path) -> Path:
    (tmp_path / "enc.csv").write_bytes(b"date,toktogul [Mm3]\n2025-10-01,\x98\n")
    return tmp_path / "enc.csv"


@pytest.mark.parametrize("make,message", [
    (_fifo, "is not a regular file"),
    (lambda tmp: Path("/dev/zero"), "is not a regular file"),
    (lambda tmp: tmp, "is a folder"),
    (_huge_cell, "row 2, column B (toktogul [Mm3]): the cell holds more than 10 000"),
    (_huge_integer_xlsx, "row 2, column B: a number of 400 digits or more"),
    (_bad_encoding, "text encoding is not recognised"),
])
def test_import_dialog_shows_abusive_files_as_problems(qtbot, tmp_path: Path, energy, make,
                                                       message: str) -> None:
    before = dumps_scenario(energy)
    dialog = ImportSeriesDialog(None, energy, make(tmp_path))
    qtbot.addWidget(dialog)
    assert any(message in p for p in dialog.problems()), dialog.problems()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.accept()
    assert dialog.result_scenario() is None
    assert dumps_scenario(energy) == before


def test_import_dialog_shows_an_unexpected_error_instead_of_raising(qtbot, tmp_path: Path,
                                                                    energy,
                                                                    monkeypatch) -> None:
    from waterplanner.ui import import_dialog

    def boom(*a: object, **k: object) -> None:
        raise RuntimeError("boom")

    path = _csv(tmp_path / "t.csv", "date,toktogul [m3/s]", [f"{d},400" for d in MONTHS])
    monkeypatch.setattr(import_dialog, "read_table", boom)
    dialog = ImportSeriesDialog(None, energy, path)
    qtbot.addWidget(dialog)
    assert dialog.problems() == ["t.csv cannot be read (RuntimeError: boom)"]
    monkeypatch.undo()

    monkeypatch.setattr(import_dialog, "prepare_import", boom)
    dialog.open_file(path)
    assert dialog.problems() == ["the file cannot be checked (RuntimeError: boom)"]
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    monkeypatch.undo()

    monkeypatch.setattr(import_dialog, "apply_import", boom)
    dialog.open_file(path)
    assert dialog.problems() == []
    dialog.accept()
    assert dialog.problems() == ["the import failed (RuntimeError: boom)"]
    assert dialog.result_scenario() is None
