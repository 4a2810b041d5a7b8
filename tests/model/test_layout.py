"""Schematic positions live in the scenario's layout, not in the nodes: the layout section of
the file (version 2), the upgrade of version-1 positions, its validation, and edits that move
nodes without touching the network."""

from __future__ import annotations

import copy
import json
import math
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from waterplanner.model.document import (
    dumps_scenario,
    loads_scenario,
    parse_document,
    scenario_from_document,
    validate_scenario,
)
from waterplanner.model.edits import AddNode, DeleteNodes, EditRefused, MoveNodes, new_node
from waterplanner.model.layout import (
    ROW_GAP,
    Layout,
    automatic_positions,
    drawing_positions,
    needs_automatic,
)
from waterplanner.model.nodes import NodeKind
from waterplanner.model.problems import Problem
from waterplanner.model.scenario import Scenario
from waterplanner.model.synthetic import reservoir_chain
from waterplanner.model.upgrade import upgrade_document
from waterplanner.model.validation import validate_document

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
V1_FILE = HERE / "data" / "small-cascade-v1.wplan"
DOC_EXAMPLE = REPO / "docs" / "examples" / "small-cascade.wplan"


@pytest.fixture
def cascade() -> Scenario:
    return loads_scenario(DOC_EXAMPLE.read_bytes())


@pytest.fixture
def v2_doc() -> dict[str, Any]:
    return parse_document(DOC_EXAMPLE.read_bytes())


# --- the Layout value ---------------------------------------------------------------------
def test_layout_is_an_immutable_mapping_equal_whatever_the_order() -> None:
    a = Layout({"dam": (1, 2), "lake": (3.5, 4)})
    b = Layout([("lake", (3.5, 4.0)), ("dam", (1.0, 2.0))])
    assert a == b and hash(a) == hash(b)
    assert a["dam"] == (1.0, 2.0) and isinstance(a["dam"][0], float)
    assert a.position("dam") == (1.0, 2.0) and a.position("sea") is None
    assert a != Layout({"dam": (1, 2)})
    with pytest.raises(TypeError):
        a["dam"] = (0, 0)  # type: ignore[index]


def test_moved_and_without_leave_the_original_as_it_was() -> None:
    a = Layout({"dam": (1, 2), "lake": (3, 4)})
    b = a.moved({"dam": (10, 20), "sea": (5, 6)})
    assert dict(b) == {"dam": (10.0, 20.0), "lake": (3.0, 4.0), "sea": (5.0, 6.0)}
    assert dict(a) == {"dam": (1.0, 2.0), "lake": (3.0, 4.0)}
    assert dict(b.without(["dam", "ghost"])) == {"lake": (3.0, 4.0), "sea": (5.0, 6.0)}


def test_a_node_without_a_position_is_placed_below_the_lowest_under_the_one_before() -> None:
    layout = Layout({"a": (100, 0), "b": (300, 50)})
    at = layout.placed(["a", "b", "c", "d"])
    assert at["a"] == (100.0, 0.0) and at["b"] == (300.0, 50.0)
    assert at["c"] == (300.0, 50.0 + ROW_GAP)
    assert at["d"] == (300.0, 50.0 + 2 * ROW_GAP)
    assert Layout().placed(["x", "y"]) == {"x": (0.0, 0.0), "y": (0.0, ROW_GAP)}


def test_an_empty_or_overlapping_layout_is_drawn_automatically() -> None:
    ids, edges = ["src", "dam", "sea"], [("src", "dam"), ("dam", "sea")]
    auto = automatic_positions(ids, edges)
    assert auto["src"][1] < auto["dam"][1] < auto["sea"][1]
    assert needs_automatic(ids, Layout())
    assert drawing_positions(ids, edges, Layout()) == auto
    on_top = Layout({"src": (0, 0), "dam": (0, 0), "sea": (0, 300)})
    assert drawing_positions(ids, edges, on_top) == auto
    partial = Layout({"src": (5, 0), "dam": (5, 100)})
    assert not needs_automatic(ids, partial)
    assert drawing_positions(ids, edges, partial)["sea"] == (5.0, 100.0 + ROW_GAP)
    assert not needs_automatic(["lonely"], Layout())


# --- the file ----------------------------------------------------------------------------
def test_layout_section_round_trips_byte_identically(cascade: Scenario) -> None:
    moved = MoveNodes(positions={"lake": (310.5, 600.25), "sea": (-20, 1e6)}).apply(cascade)
    text = dumps_scenario(moved)
    back = loads_scenario(text)
    assert back == moved and back.layout == moved.layout
    assert dumps_scenario(back) == text


def test_layout_is_written_after_the_hydrology_one_node_per_line(cascade: Scenario) -> None:
    doc = json.loads(dumps_scenario(cascade))
    keys = list(doc)
    assert keys.index("layout") > keys.index("release_schedules")
    assert keys.index("layout") > keys.index("allocation")
    assert list(doc["layout"]) == ["nodes"]
    assert list(doc["layout"]["nodes"]) == [n.id for n in cascade.nodes]
    text = dumps_scenario(cascade)
    assert '\n      "dam": [300, 150],\n' in text
    assert all("x" not in n and "y" not in n for n in doc["nodes"])


def test_a_scenario_without_positions_writes_no_layout_section() -> None:
    s = replace(reservoir_chain(2, 12), layout=Layout())
    assert "layout" not in json.loads(dumps_scenario(s))
    assert loads_scenario(dumps_scenario(s)).layout == Layout()


def test_version_1_positions_become_the_layout() -> None:
    raw = parse_document(V1_FILE.read_bytes())
    assert raw["version"] == 1
    old = {n["id"]: (float(n["x"]), float(n["y"])) for n in raw["nodes"]}
    up = upgrade_document(raw)
    assert all("x" not in n and "y" not in n for n in up["nodes"])
    assert all("x" in n for n in raw["nodes"]), "the upgrade must not change its input"
    assert validate_document(up) == []
    s = scenario_from_document(raw)
    assert dict(s.layout) == old
    assert list(json.loads(dumps_scenario(s))["layout"]["nodes"]) == list(old)


def test_version_1_node_with_one_coordinate_or_none() -> None:
    raw = parse_document(V1_FILE.read_bytes())
    first, second = raw["nodes"][0], raw["nodes"][1]
    del first["y"]
    del second["x"], second["y"]
    s = scenario_from_document(raw)
    assert s.layout.position(first["id"]) == (300.0, 0.0)
    assert s.layout.position(second["id"]) is None


def test_version_1_nodes_have_positions_version_2_nodes_do_not(v2_doc: dict[str, Any]) -> None:
    raw = parse_document(V1_FILE.read_bytes())
    raw["nodes"][1]["x"] = 2e6
    assert validate_document(raw) == [Problem(
        "nodes.dam.x", "2000000 is too large: must be between -1 000 000 and 1 000 000 (a "
                       "place on the schematic drawing)")]
    v2_doc["nodes"][1]["x"] = 300
    [p] = validate_document(v2_doc)
    assert p.location == "nodes.dam.x"
    assert p.message.startswith("unknown field") and "layout.nodes.dam" in p.message


def test_a_version_1_file_cannot_have_a_layout_section() -> None:
    raw = parse_document(V1_FILE.read_bytes())
    raw["layout"] = {"nodes": {}}
    [p] = validate_document(raw)
    assert p.location == "layout" and p.message.startswith("unknown section")


@pytest.mark.parametrize("layout, expected", [
    ({"nodes": {"ghost": [0, 0]}}, [("layout.nodes.ghost", "node 'ghost' does not exist")]),
    ({"nodes": {"lkae": [0, 0]}},
     [("layout.nodes.lkae", "node 'lkae' does not exist (did you mean 'lake'?)")]),
    ({"nodes": {"dam": [math.nan, 0]}}, [("layout.nodes.dam[0]", "nan is not a finite number")]),
    ({"nodes": {"dam": [0, math.inf]}}, [("layout.nodes.dam[1]", "inf is not a finite number")]),
    ({"nodes": {"dam": [-1.5e6, 0]}},
     [("layout.nodes.dam[0]", ("-1500000 is too low: must be between -1 000 000 and "
                               "1 000 000 (a place on the schematic drawing)"))]),
    ({"nodes": {"dam": [0, "up"]}}, [("layout.nodes.dam[1]", "expected a number, found text")]),
    ({"nodes": {"dam": [1, 2, 3]}},
     [("layout.nodes.dam", "expected a position [x, y] (two numbers), found a list of 3 items")]),
    ({"nodes": {"dam": {"x": 1, "y": 2}}},
     [("layout.nodes.dam", "expected a position [x, y] (two numbers), found an object")]),
    ({"nodes": [[0, 0]]}, [("layout.nodes", "expected an object keyed by node id, found a list")]),
    ({"nodes": {}, "links": {}},
     [("layout.links", 'unknown field (the layout holds "nodes": node id → [x, y])')]),
    ([], [("layout", "expected an object with the nodes' positions, found a list")]),
    ({}, []),
])
def test_bad_layout_entries_are_named_with_their_place(v2_doc: dict[str, Any], layout: Any,
                                                       expected: list[tuple[str, str]]) -> None:
    v2_doc["layout"] = layout
    assert validate_document(v2_doc) == [Problem(loc, msg) for loc, msg in expected]


def test_bad_layout_in_a_file_is_refused_with_every_problem(v2_doc: dict[str, Any]) -> None:
    v2_doc["layout"]["nodes"]["ghost"] = [0, 0]
    v2_doc["layout"]["nodes"]["dam"] = [0, 3e6]
    text = json.dumps(v2_doc)
    from waterplanner.model.problems import ScenarioError
    with pytest.raises(ScenarioError) as e:
        loads_scenario(text)
    assert [p.location for p in e.value.problems] == ["layout.nodes.dam[1]", "layout.nodes.ghost"]


# --- edits -------------------------------------------------------------------------------
def test_moving_nodes_changes_only_the_layout(cascade: Scenario) -> None:
    moved = MoveNodes(positions={"dam": (320, 140), "lake": (280, 610)}).apply(cascade)
    assert moved.layout["dam"] == (320.0, 140.0) and moved.layout["lake"] == (280.0, 610.0)
    assert moved.layout["river"] == cascade.layout["river"]
    # the engine compiles a network once per (nodes, links, time) objects: all the same
    assert moved.nodes is cascade.nodes
    assert moved.links is cascade.links
    assert moved.time is cascade.time
    assert moved.release_schedules is cascade.release_schedules
    assert moved.same_apart_from_layout(cascade) and cascade.same_apart_from_layout(moved)
    assert validate_scenario(moved) == []


def test_same_apart_from_layout_sees_any_other_change(cascade: Scenario) -> None:
    edited = cascade.with_schedule("dam", (1.0, 2.0, 3.0))
    assert not cascade.same_apart_from_layout(edited)
    assert not cascade.same_apart_from_layout(replace(cascade, nodes=(*cascade.nodes,)))
    assert not cascade.same_apart_from_layout(None)
    assert not cascade.same_apart_from_layout(replace(cascade)), "a copy is not this one"
    assert cascade.same_apart_from_layout(cascade)


def test_moving_to_where_a_node_is_changes_nothing(cascade: Scenario) -> None:
    assert MoveNodes(positions={"dam": (300, 150)}).apply(cascade) is cascade


@pytest.mark.parametrize("where, message", [
    ((math.nan, 0), "position x = nan is off the drawing"),
    ((0, 2e6), "position y = 2e\\+06 is off the drawing"),
    (("a", 0), "a position is two numbers"),
])
def test_a_move_off_the_drawing_is_refused(cascade: Scenario, where: Any, message: str) -> None:
    with pytest.raises(EditRefused, match=message):
        MoveNodes(positions={"dam": where}).apply(cascade)
    with pytest.raises(EditRefused, match="no node 'ghost'"):
        MoveNodes(positions={"ghost": (0, 0)}).apply(cascade)


def test_adding_and_deleting_nodes_keeps_the_layout_consistent(cascade: Scenario) -> None:
    node = new_node(cascade, NodeKind.JUNCTION)
    added = AddNode(node=node, position=(150, 500)).apply(cascade)
    assert added.layout.position(node.id) == (150.0, 500.0)
    unplaced = AddNode(node=node).apply(cascade)
    assert unplaced.layout == cascade.layout
    with pytest.raises(EditRefused, match="off the drawing"):
        AddNode(node=node, position=(math.inf, 0)).apply(cascade)
    gone = DeleteNodes(node_ids=("depression", node.id)).apply(added)
    assert "depression" not in gone.layout and node.id not in gone.layout
    assert set(gone.layout) == {n.id for n in gone.nodes}
    doc = json.loads(dumps_scenario(gone))
    assert "depression" not in doc["layout"]["nodes"]


def test_a_position_of_a_node_that_is_not_there_is_a_problem(cascade: Scenario) -> None:
    stale = replace(cascade, layout=cascade.layout.moved({"old": (1, 2)}))
    assert validate_scenario(stale) == [Problem("layout.nodes.old",
                                                "node 'old' does not exist")]


def test_shipped_scenarios_place_every_node() -> None:
    for path in sorted((REPO / "resources" / "scenarios").glob("*.wplan")):
        doc = parse_document(path.read_bytes())
        assert list(doc["layout"]["nodes"]) == [n["id"] for n in doc["nodes"]], path.name
        s = scenario_from_document(copy.deepcopy(doc))
        assert not needs_automatic([n.id for n in s.nodes], s.layout)
