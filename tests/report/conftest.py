"""Fixtures for the report tests: the default scenario, its results, and reports written
once per session (with and without a baseline)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # for "from helpers import ..."

from helpers import ENERGY, IRRIGATION, Written

from waterplanner.engine.results import Results
from waterplanner.engine.simulate import simulate
from waterplanner.model.fileio import load_scenario
from waterplanner.model.scenario import Scenario
from waterplanner.report import ReportOptions, ensure_gui_application, write_report


@pytest.fixture(scope="session")
def gui_app(qapp):  # type: ignore[no-untyped-def]
    """pytest-qt's QApplication (widget tests share the session); the command line makes a
    QGuiApplication of its own with ensure_gui_application()."""
    assert ensure_gui_application() is qapp
    return qapp


@pytest.fixture(scope="session")
def energy() -> Scenario:
    return load_scenario(ENERGY)


@pytest.fixture(scope="session")
def energy_results(energy: Scenario) -> Results:
    return simulate(energy, "median")


@pytest.fixture(scope="session")
def irrigation_results() -> Results:
    return simulate(load_scenario(IRRIGATION), "median")


@pytest.fixture(scope="session")
def report(gui_app, tmp_path_factory, energy, energy_results) -> Written:  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("report") / "energy.pdf"
    info = write_report(path, energy, energy_results,
                        options=ReportOptions(source_path=str(ENERGY), author="A. Planner",
                                              organisation="Ministry of Water Resources"))
    return Written(path, info, energy, energy_results, None)


@pytest.fixture(scope="session")
def baseline_report(gui_app, tmp_path_factory, energy, energy_results,  # type: ignore[no-untyped-def]
                    irrigation_results) -> Written:
    path = tmp_path_factory.mktemp("report") / "with-baseline.pdf"
    info = write_report(path, energy, energy_results, baseline=irrigation_results,
                        options=ReportOptions(source_path=str(ENERGY),
                                              baseline_label="Irrigation mode (1984 protocol)"))
    return Written(path, info, energy, energy_results, irrigation_results)
