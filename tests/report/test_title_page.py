"""The title page: the scenario's metadata (title, author, organisation, description, the
date of the initial state), bounded whatever their length."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from helpers import page_text

from waterplanner.model.scenario import Scenario
from waterplanner.report import ReportOptions, write_report
from waterplanner.report.title_page import initial_state_text


def flat(text: str) -> str:
    return " ".join(text.split())


def with_metadata(s: Scenario, **changes: str) -> Scenario:
    return replace(s, metadata=replace(s.metadata, **changes))


def test_metadata_fill_the_title_page(gui_app, tmp_path: Path, energy, energy_results) -> None:
    scn = with_metadata(energy, name="Syr Darya 2026/27 draft", author="Г. Исмаилова",
                        organisation="Ministry of Water Resources", initial_state_date="2025-10-01",
                        description="Draft for the interstate coordination meeting.")
    out = tmp_path / "t.pdf"
    write_report(out, scn, energy_results, options=ReportOptions(report_date=date(2026, 3, 9)))
    first = flat(page_text(out, 0))
    assert "Syr Darya 2026/27 draft" in first
    assert "Draft for the interstate coordination meeting." in first
    assert "Author Г. Исмаилова" in first
    assert "Organisation Ministry of Water Resources" in first
    assert "Initial state 1 October 2025" in first
    assert "Date 9 March 2026" in first
    assert "Release schedules" not in first  # no optimisation record


def test_unknown_initial_state_date_is_said(gui_app, tmp_path: Path, energy,
                                            energy_results) -> None:
    out = tmp_path / "t.pdf"
    write_report(out, with_metadata(energy, initial_state_date=""), energy_results)
    assert "Initial state date of the initial state not stated" in flat(page_text(out, 0))


def test_options_override_the_metadata(gui_app, tmp_path: Path, energy, energy_results) -> None:
    out = tmp_path / "t.pdf"
    write_report(out, with_metadata(energy, author="Someone"), energy_results,
                 options=ReportOptions(title="Briefing for the minister", author="A. Planner"))
    first = flat(page_text(out, 0))
    assert "Briefing for the minister" in first and "A. Planner" in first
    assert "Someone" not in first


def test_long_title_and_description_are_cut(gui_app, tmp_path: Path, energy,
                                            energy_results) -> None:
    words = " ".join(f"word{k}" for k in range(3000))
    out = tmp_path / "t.pdf"
    write_report(out, with_metadata(energy, name=words, description=words), energy_results)
    first = flat(page_text(out, 0))
    assert "word0 word1" in first and "word2999" not in first
    assert first.count("…") >= 2
    assert "SHA-256" in first and "Shortfall" in first  # the rest of the page is still there


def test_initial_state_text() -> None:
    assert initial_state_text("2025-10-01") == "1 October 2025"
    assert initial_state_text("") == "date of the initial state not stated"
    assert initial_state_text("autumn 2025") == "autumn 2025"
