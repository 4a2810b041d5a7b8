"""Plot read-outs and export, the optional report and import menu actions, the guard."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from waterplanner.model.edits import ReplaceScenario
from waterplanner.ui.main_window import MainWindow
from waterplanner.ui.result_plots import StoragePlot


def test_hover_readout_gives_value_unit_and_period(window: MainWindow) -> None:
    plot = next(p for p in window.plots.plots if isinstance(p, StoragePlot))
    text = plot.hover.text_at(7.5)
    assert text is not None
    lines = text.splitlines()
    assert lines[0] == "May 2026"
    assert lines[1].startswith("storage: ") and lines[1].endswith("Mm³")
    assert plot.hover.text_at(-3) is None


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_export_plots(window: MainWindow, tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"plots{suffix}"
    window.plots.tabs.setCurrentIndex(5)
    window.plots.export_current(out)
    assert out.stat().st_size > 1000


def test_import_series_applies_the_dialogs_edit(window: MainWindow, monkeypatch) -> None:
    from waterplanner.ui import import_dialog as mod
    changed = window.document.scenario.with_schedule(
        "toktogul", (100.0,) * window.document.scenario.time.periods)

    class FakeDialog:
        def __init__(self, parent, scenario) -> None:
            assert scenario is window.document.scenario

        def exec(self) -> int:
            return 1

        def result_edit(self) -> ReplaceScenario:
            return ReplaceScenario(scenario=changed, label="Import series from x.csv")

        def deleteLater(self) -> None:
            pass

    monkeypatch.setattr(mod, "ImportSeriesDialog", FakeDialog)
    window.act_import.trigger()
    assert window.document.scenario is changed
    assert window.act_undo.text() == "&Undo Import series from x.csv"


def test_export_report_passes_scenario_results_and_baseline(window: MainWindow, monkeypatch,
                                                            qtbot) -> None:
    from waterplanner.ui import report_export as mod
    seen = {}

    def fake(parent, inputs, path):
        seen.update(scenario=inputs.scenario, results=inputs.results, baseline=inputs.baseline,
                    optimisation=inputs.optimisation)

    monkeypatch.setattr(mod, "export_report_interactive", fake)
    window.set_baseline()
    # under load the baseline's simulation runs in the background: wait for it
    qtbot.waitUntil(lambda: window.baseline is not None, timeout=10_000)
    window.act_report.trigger()
    assert seen["scenario"] is window.document.scenario
    assert seen["results"] is window.results and seen["baseline"] is window.baseline
    assert seen["baseline"] is not None and seen["optimisation"] is None


def test_none_and_true_survive_many_qt_calls(window: MainWindow) -> None:
    """PySide6 6.12 on Python 3.11 releases a reference to None or True on calls like these
    (fatal once the count reaches zero): the counts must not fall with every call."""
    before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(20_000):
        window.sim_label.update()
        window.document.file_changed.emit()
    after = sys.getrefcount(None), sys.getrefcount(True)
    assert after[0] > before[0] - 1_000 and after[1] > before[1] - 1_000, (before, after)
