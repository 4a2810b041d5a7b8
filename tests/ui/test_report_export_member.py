"""One figure, one truth: File → Export report writes the member the window highlights (the
toolbar's member picker), with the same figures as ``waterplanner report --member``."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from waterplanner.cli.main import main
from waterplanner.engine.ensemble_run import member_ranks
from waterplanner.ui import report_export
from waterplanner.ui.inflow_choice import ENSEMBLE, WINDOW_MEMBERS
from waterplanner.ui.report_export import ReportExportJob

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")


def summary_page(path: Path) -> str:
    """The executive summary's first page as pdftotext reads it, without the running header
    and footer (which name the scenario's file)."""
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout
    page = next(p for p in text.split("\f") if "Water demanded by the irrigation zones" in p)
    return "\n".join(" ".join(line.split()) for line in page.strip("\n").splitlines()[1:-1])


def test_the_exported_report_shows_the_windows_member(window, qtbot, tmp_path: Path,
                                                      monkeypatch) -> None:
    combo = window.inflow_combo
    combo.setCurrentIndex([combo.itemData(i) for i in range(combo.count())].index(ENSEMBLE))
    qtbot.waitUntil(lambda: window.results is not None
                    and window.results.members == WINDOW_MEMBERS
                    and not window.session.simulator.busy, timeout=30_000)
    window.member_picker.buttons["driest"].click()
    driest = member_ranks(window.results).driest
    assert window.session.member == driest != 0
    asked: list = []
    monkeypatch.setattr(report_export, "export_report_interactive",
                        lambda parent, inputs, path=None: asked.append(inputs))
    window._on_export_report_triggered()
    assert len(asked) == 1 and asked[0].member == driest
    assert asked[0].summary() is window.results.summary(driest)

    exported = tmp_path / "window.pdf"
    job = ReportExportJob(exported, asked[0])
    with qtbot.waitSignal(job.finished, timeout=60_000):
        job.start()
    assert job.wait(10)
    cli = tmp_path / "cli.pdf"
    assert main(["report", "--default", "--ensemble", "--members", str(WINDOW_MEMBERS),
                 "--member", "driest", "--out", str(cli), "--quiet"]) == 0
    page = summary_page(exported)
    assert page == summary_page(cli)
    assert f"show member {driest + 1} of {WINDOW_MEMBERS} (driest)" in " ".join(page.split())
