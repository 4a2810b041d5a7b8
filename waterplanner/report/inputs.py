"""What a report is built from, and the names it gives countries and nodes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from waterplanner.engine.results import Results
from waterplanner.model.scenario import Scenario
from waterplanner.report.schematic import short_name

COUNTRY_NAMES = {"KG": "Kyrgyzstan", "TJ": "Tajikistan", "UZ": "Uzbekistan", "KZ": "Kazakhstan",
                 "TM": "Turkmenistan", "AF": "Afghanistan"}


@dataclass
class ReportInputs:
    """Everything a report is built from."""

    scenario: Scenario
    results: Results
    baseline: Results | None = None
    baseline_label: str = ""
    optimisation: Any | None = None
    """An optimiser result (``engine.optimise.OptimisationResult``) when the schedule came
    from the optimiser; read by attribute, so the report works without the optimiser."""


def country_label(code: str) -> str:
    """'KZ Kazakhstan' for known codes, the code itself otherwise ('–' when blank)."""
    if not code:
        return "–"
    return f"{code} {COUNTRY_NAMES[code]}" if code in COUNTRY_NAMES else code


def node_title(node: Any) -> str:
    """Short display name with the local-script name in parentheses when there is one."""
    name = short_name(node.name)
    return f"{name} ({node.local_name})" if node.local_name and node.local_name != name else name
