"""Scenario format version 2: version-1 files upgrade to the same scenario and the same
results; a version-2 file with every new element round-trips byte-identically; the new
fields are validated with messages that name the place."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from waterplanner.engine import simulate
from waterplanner.model.countries import Season
from waterplanner.model.document import (
    dumps_scenario,
    loads_scenario,
    parse_document,
    scenario_from_document,
)
from waterplanner.model.nodes import ReservoirNode, RuleKind
from waterplanner.model.scenario import AllocationPolicy
from waterplanner.model.schema import FORMAT_VERSION
from waterplanner.model.upgrade import upgrade_document
from waterplanner.model.validation import validate_document

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
V1_FILE = HERE / "data" / "small-cascade-v1.wplan"
SHIPPED = sorted((REPO / "resources" / "scenarios").glob("*.wplan"))


def test_current_version_is_two() -> None:
    assert FORMAT_VERSION == 2


def test_version_1_file_loads_and_upgrades() -> None:
    raw = parse_document(V1_FILE.read_bytes())
    assert raw["version"] == 1 and "allocation" not in raw
    assert validate_document(raw) == []
    up = upgrade_document(raw)
    assert up["version"] == 2 and up["allocation"] == "upstream_first"
    assert raw["version"] == 1, "the upgrade must not change its input"
    s = loads_scenario(V1_FILE.read_bytes())
    assert s.allocation is AllocationPolicy.UPSTREAM_FIRST
    assert all(n.rule.kind is RuleKind.SCHEDULE for n in s.nodes if isinstance(n, ReservoirNode))
    assert dumps_scenario(s).startswith('{\n  "format": "waterplanner-scenario",\n  "version": 2,')


def _as_version_1(doc: dict[str, Any]) -> dict[str, Any]:
    old = copy.deepcopy(doc)
    old["version"] = 1
    old.pop("allocation", None)
    for node in old["nodes"]:  # version 1 kept the positions in the nodes
        pos = old.get("layout", {}).get("nodes", {}).get(node["id"])
        if pos is not None:
            node["x"], node["y"] = pos
    old.pop("layout", None)
    return old


@pytest.mark.parametrize("path", [V1_FILE, *SHIPPED], ids=lambda p: p.name)
def test_version_1_simulates_to_identical_results(path: Path) -> None:
    doc = parse_document(path.read_bytes())
    v1 = _as_version_1(doc)
    v2 = upgrade_document(v1)
    a = scenario_from_document(v1)
    b = scenario_from_document(v2)
    assert a == b
    for name in a.inflow_set_names:
        ra, rb = simulate(a, name), simulate(b, name)
        for q in ("storage_mcm", "release_mcm", "delivery_mcm", "spill_mcm", "energy_mwh"):
            np.testing.assert_array_equal(getattr(ra, q), getattr(rb, q))


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_version_2_files_round_trip_byte_identically(path: Path) -> None:
    data = path.read_bytes()
    assert dumps_scenario(loads_scenario(data)).encode("utf-8") == data


# --- a version-2 document with every new element -------------------------------------------
def _full_v2() -> dict[str, Any]:
    doc = parse_document(V1_FILE.read_bytes())
    doc = upgrade_document(doc)
    doc = copy.deepcopy(doc)
    periods = doc["time"]["periods"]
    nodes = {n["id"]: n for n in doc["nodes"]}
    dam = next(n for n in doc["nodes"] if n["kind"] == "reservoir")
    dam["min_release_m3s"] = [5.0, 10.0, 5.0][:periods]
    dam["max_release_m3s"] = 900
    dam["operating_minimum_mcm"] = dam["dead_storage_mcm"] + 10
    lo, hi = dam["dead_storage_mcm"] + 20, dam["capacity_mcm"] - 10
    dam["rule"] = {"kind": "guide_curve", "guide_curve_mcm": [hi, hi, lo][:periods],
                   "buffer_mcm": [lo, lo, lo][:periods], "buffer_release_m3s": 20}
    demand = next(n for n in doc["nodes"] if n["kind"] == "demand")
    demand["limit_mcm"] = [100, 200, 300][:periods]
    demand["country_shares"] = {"UZ": 0.5, "KG": 0.3, "TJ": 0.2}
    link = doc["links"][0]
    link["capacity_m3s"] = [650, 650, 900][:periods]
    link["plants"] = [{"id": "ror1", "name": "Kurpsai-like", "country": "KG", "head_m": 85,
                       "turbine_capacity_m3s": 700, "installed_mw": 800, "efficiency": 0.9}]
    doc["allocation"] = "proportional"
    doc["countries"] = [{"code": "UZ", "name": "Uzbekistan", "vegetation_limit_mcm": 5000,
                         "non_vegetation_limit_mcm": 2000},
                        {"code": "KG", "name": "Kyrgyzstan"}]
    doc["energy_exchanges"] = [{"id": "x1", "supplier": "KZ", "receiver": "KG",
                                "energy_gwh": 500, "season": "non_vegetation",
                                "water_mcm": 1000, "water_season": "vegetation",
                                "note": "coal and power for summer releases"}]
    assert nodes
    return doc


def test_every_new_element_validates_loads_and_round_trips() -> None:
    doc = _full_v2()
    assert validate_document(doc) == []
    s = scenario_from_document(doc)
    assert s.allocation is AllocationPolicy.PROPORTIONAL
    dam = next(n for n in s.nodes if isinstance(n, ReservoirNode))
    assert dam.rule.kind is RuleKind.GUIDE_CURVE
    assert isinstance(dam.min_release_m3s, tuple)
    assert s.energy_exchanges[0].season is Season.NON_VEGETATION
    text = dumps_scenario(s)
    again = dumps_scenario(loads_scenario(text))
    assert again == text
    assert loads_scenario(text) == s
    # the new elements are in the file, written as the document gave them
    saved = json.loads(text)
    assert saved["allocation"] == "proportional"
    assert saved["links"][0]["plants"][0]["head_m"] == 85


@pytest.mark.parametrize(("change", "place"), [
    (lambda d: d["links"][0].update(capacity_m3s=[650, -1, 900]), "links"),
    (lambda d: d.update(allocation="first_come"), "allocation"),
    (lambda d: d["countries"][0].update(code="Uzbekistan"), "countries"),
    (lambda d: d["energy_exchanges"][0].update(season="summer"), "energy_exchanges"),
    (lambda d: next(n for n in d["nodes"] if n["kind"] == "demand")["country_shares"]
     .update(UZ=0.9), "nodes"),
    (lambda d: next(n for n in d["nodes"] if n["kind"] == "reservoir")["rule"]
     .update(kind="whatever"), "nodes"),
    (lambda d: next(n for n in d["nodes"] if n["kind"] == "reservoir")
     .update(min_release_m3s=[5, 2000, 5], max_release_m3s=900), "nodes"),
])
def test_bad_new_fields_are_named(change: Any, place: str) -> None:
    doc = _full_v2()
    change(doc)
    found = validate_document(doc)
    assert found, "the change should make the document invalid"
    assert all(p.location.startswith(place) for p in found), found
    assert all(p.message and len(p.message) < 300 for p in found)


def test_two_plants_with_one_id_on_one_link_are_refused() -> None:
    doc = _full_v2()
    plants = doc["links"][0]["plants"]
    plants.append(dict(plants[0], name="Another"))
    found = validate_document(doc)
    assert [p.message for p in found] == ["plant id 'ror1' is used twice"]
