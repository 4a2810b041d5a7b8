"""One fill percentage everywhere: active storage (as in the window), said so next to it."""

from __future__ import annotations

import re
from pathlib import Path

from helpers import Written, layout_text, page_texts

from waterplanner.engine.results import Results
from waterplanner.engine.summary import FILL_DEFINITION, active_fill_pct
from waterplanner.model.scenario import Scenario
from waterplanner.report.builder import lay_out
from waterplanner.report.flow import Table
from waterplanner.report.formatting import pct


def test_schematic_shows_the_active_fill(report: Written) -> None:
    schematic = dict(report.info.sections)["Cascade schematic"] - 1
    text = page_texts(report.path)[schematic].replace("\n", " ")
    summary = report.results.summary()
    for r in summary.reservoirs:
        active = active_fill_pct(r.end_storage_mcm, r.capacity_mcm, r.dead_storage_mcm)
        of_capacity = 100 * r.end_storage_mcm / r.capacity_mcm
        assert f"{active:.0f} % active" in text, r.name
        if round(of_capacity) != round(active):
            assert f"({of_capacity:.0f} %)" not in text, r.name  # the old, total-capacity %
    assert FILL_DEFINITION in text


def test_reservoir_tables_give_the_active_fill_and_say_so(gui_app, energy, energy_results,
                                                         irrigation_results) -> None:
    layout = lay_out(energy, energy_results, baseline=irrigation_results)
    tables = [i.block for p in layout.pages for i in p.items if isinstance(i.block, Table)]
    reservoirs = next(t for t in tables if t.header[0] == "Reservoir" and
                      any("fill" in h for h in t.header))
    col = next(j for j, h in enumerate(reservoirs.header) if "fill" in h)
    s = energy_results.summary()
    assert [row[col] for row in reservoirs.rows] == [pct(r.end_fill_pct, 0) for r in s.reservoirs]
    assert FILL_DEFINITION in reservoirs.note
    text = layout_text(layout)
    tok = next(r for r in s.reservoirs if r.node_id == "toktogul")
    assert "Toktogul end fill (active), %" in text
    assert re.search(r"active storage filled", text)
    # every "%" next to a storage is the active fill: no fill of the total capacity left
    assert "% full" not in text and "of capacity" not in text
    assert tok.end_fill_pct != 100 * tok.end_storage_mcm / tok.capacity_mcm


def test_no_percentage_of_capacity_anywhere(gui_app, tmp_path: Path, energy,
                                            energy_results, monkeypatch) -> None:
    """The report computes fill percentages only through active_fill_pct."""
    from waterplanner.report import schematic
    calls: list[tuple[float, float, float]] = []

    def spy(storage: float, capacity: float, dead: float) -> float:
        calls.append((storage, capacity, dead))
        return active_fill_pct(storage, capacity, dead)
    monkeypatch.setattr(schematic, "active_fill_pct", spy)
    from waterplanner.report import write_report
    write_report(tmp_path / "r.pdf", energy, energy_results)
    assert len(calls) == len(energy.reservoirs)


def test_unmet_targets_in_the_report_read_as_in_the_window(energy: Scenario,
                                                           energy_results: Results) -> None:
    from helpers import layout_text

    from waterplanner.engine.targets import unmet_targets
    from waterplanner.report.builder import lay_out
    unmet = unmet_targets(energy_results)
    assert unmet
    text = layout_text(lay_out(energy, energy_results))
    assert "Release targets not met" in text
    for u in unmet:
        assert u.reason_text(energy_results, "m3s") in text
        assert energy.time.label(u.period) in text
