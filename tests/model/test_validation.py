"""Validation: every rule reports its exact place and a message a planner can act on."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

import pytest

from waterplanner.model import (
    Problem,
    ReservoirNode,
    ScenarioError,
    loads_scenario,
    parse_document,
    scenario_from_document,
    validate_document,
    validate_scenario,
)

Doc = dict[str, Any]


# --- helpers -----------------------------------------------------------------------------
def problems(doc: Any) -> list[tuple[str, str]]:
    return [(p.location, p.message) for p in validate_document(doc)]


def only(doc: Any) -> tuple[str, str]:
    found = problems(doc)
    assert len(found) == 1, found
    return found[0]


def node(doc: Doc, node_id: str) -> Doc:
    return next(n for n in doc["nodes"] if n.get("id") == node_id)


def link(doc: Doc, link_id: str) -> Doc:
    return next(lk for lk in doc["links"] if lk.get("id") == link_id)


def add_link(doc: Doc, lid: str, source: str, target: str, **extra: Any) -> Doc:
    lk = {"id": lid, "from": source, "to": target, **extra}
    doc["links"].append(lk)
    return lk


def rename_node(doc: Doc, old: str, new: str) -> None:
    node(doc, old)["id"] = new
    for lk in doc["links"]:
        for end in ("from", "to"):
            if lk[end] == old:
                lk[end] = new
    if old in doc["release_schedules"]:
        doc["release_schedules"][new] = doc["release_schedules"].pop(old)


def parse_problems(text: str | bytes) -> list[tuple[str, str]]:
    with pytest.raises(ScenarioError) as exc:
        loads_scenario(text)
    assert exc.value.problems, "a ScenarioError must carry at least one problem"
    return [(p.location, p.message) for p in exc.value.problems]


def test_the_example_is_valid(doc: Doc) -> None:
    assert problems(doc) == []


# --- the file as a whole -------------------------------------------------------------------
def test_json_syntax_error_names_line_and_column() -> None:
    text = '{\n  "format": "waterplanner-scenario",\n  "version": ]\n}\n'
    assert parse_problems(text) == [
        ("file", "JSON syntax error at line 3, column 14: Expecting value")]


def test_unterminated_text_names_line_and_column(example_bytes: bytes) -> None:
    cut = example_bytes[:example_bytes.index(b'"dry"}]') + 4]  # inside the string "dry"
    assert parse_problems(cut) == [
        ("file", "JSON syntax error at line 6, column 72: Unterminated string starting at")]


def test_duplicate_json_keys_are_refused(example_bytes: bytes) -> None:
    text = example_bytes.replace(b'"name": "Mid"', b'"name": "Mid", "name": "Middle"')
    assert parse_problems(text) == [
        ("file", 'the key "name" appears twice in one object')]


@pytest.mark.parametrize(("data", "message"), [
    (b"", "is empty"),
    (b"  \n\t ", "is empty"),
    (b"{\x00}", "contains NUL characters: it is a binary file, not a scenario"),
    ("{}".encode("utf-16"), "is not UTF-8 text: byte 0xff at offset 0 cannot be decoded"),
    (b'{"a": "\xe9t\xe9"}', "is not UTF-8 text: byte 0xe9 at offset 7 cannot be decoded"),
    (b"[" * 65 + b"]" * 65, "is nested more than 64 levels deep: not a scenario"),
    (b"[1, 2]", "expected a scenario object at the top of the file"),
])
def test_unreadable_files_give_one_file_problem(data: bytes, message: str) -> None:
    assert parse_problems(data) == [("file", message)]


def test_a_non_object_document_is_one_problem() -> None:
    assert only([1, 2]) == ("file", ("expected a scenario object at the top of the file, "
                                    "found a list"))


def test_wrong_format_name(doc: Doc) -> None:
    doc["format"] = "pywr-model"
    assert only(doc) == ("format", ("expected \"waterplanner-scenario\", found 'pywr-model': "
                                   "this is not a WaterPlanner scenario"))
    del doc["format"]
    assert only(doc)[0] == "format"


def test_newer_version_is_refused(doc: Doc) -> None:
    doc["version"] = 3
    assert only(doc) == ("version", ("version 3 was written by a newer WaterPlanner "
                                    "(this one reads up to 2)"))


@pytest.mark.parametrize(("version", "message"), [
    ("1", "expected a whole number, found text"),
    (True, "expected a whole number, found true/false"),
    (0, "0 is not a scenario format version"),
])
def test_bad_versions(doc: Doc, version: Any, message: str) -> None:
    doc["version"] = version
    assert only(doc) == ("version", message)


def test_missing_and_unknown_sections(doc: Doc) -> None:
    del doc["release_schedules"]
    doc["nodez"] = []
    doc["zzzzzz"] = 1
    assert problems(doc) == [
        ("nodez", "unknown section (did you mean 'nodes'?)"),
        ("zzzzzz", "unknown section"),
        ("release_schedules", "required section is missing"),
    ]


# --- types, missing and unknown fields -------------------------------------------------------
@pytest.mark.parametrize(("node_id", "field", "value", "message"), [
    ("upper", "capacity_mcm", "1000", "expected a number, found text"),
    ("upper", "capacity_mcm", True, "expected a number, found true/false"),
    ("upper", "capacity_mcm", [1000], "expected a number, found a list"),
    ("upper", "capacity_mcm", None, "needs a value (null is not allowed here)"),
    ("upper", "evaporation_mm", 10, "expected a list of numbers, found a number"),
    ("upper", "lav", [1, 2], ("expected an object with columns level_m, area_km2, volume_mcm, "
                             "found a list")),
    ("upper", "hydropower", "Francis", "expected an object, found text"),
    ("fields", "priority", "high", "expected a whole number, found text"),
    ("mid", "name", 5, "expected text, found a number"),
    ("mid", "x", {"px": 3}, "expected a number, found an object"),
    ("river", "inflow_mcm", [1, 2, 3], ("expected an object with one series per inflow set, "
                                       "found a list")),
])
def test_wrong_types_are_named(doc: Doc, node_id: str, field: str, value: Any,
                               message: str) -> None:
    node(doc, node_id)[field] = value
    assert (f"nodes.{node_id}.{field}", message) in problems(doc)


def test_a_wrong_type_is_reported_once(doc: Doc) -> None:
    node(doc, "upper")["capacity_mcm"] = "19500"
    assert only(doc) == ("nodes.upper.capacity_mcm", "expected a number, found text")


def test_wrong_type_of_link_field_and_section(doc: Doc) -> None:
    link(doc, "l5")["overflow"] = "yes"
    assert only(doc) == ("links.l5.overflow", "expected true or false, found text")
    d2 = dict(doc, nodes={"river": {}})
    assert ("nodes", "expected a list of nodes, found an object") in problems(d2)


def test_nullable_fields_take_null(doc: Doc) -> None:
    node(doc, "upper").update(max_release_m3s=None, flood_control_mcm=None, hydropower=None)
    link(doc, "l5")["capacity_m3s"] = None
    assert problems(doc) == []


def test_missing_field(doc: Doc) -> None:
    del node(doc, "upper")["initial_storage_mcm"]
    assert only(doc) == ("nodes.upper.initial_storage_mcm", "required field is missing")


def test_missing_link_end(doc: Doc) -> None:
    del link(doc, "l2")["to"]
    assert only(doc) == ("links.l2.to", "required field is missing")


def test_unknown_field_suggests_the_nearest_name(doc: Doc) -> None:
    upper = node(doc, "upper")
    upper["capacity_mc"] = upper.pop("capacity_mcm")
    found = problems(doc)
    assert ("nodes.upper.capacity_mc", "unknown field (did you mean 'capacity_mcm'?)") in found
    assert ("nodes.upper.capacity_mcm", "required field is missing") in found


def test_unknown_field_without_a_near_name(doc: Doc) -> None:
    node(doc, "mid")["zzz"] = "blue"
    link(doc, "l1")["loss_fractoin"] = 0.1
    assert problems(doc) == [
        ("nodes.mid.zzz", "unknown field"),
        ("links.l1.loss_fractoin", "unknown field (did you mean 'loss_fraction'?)"),
    ]


def test_a_field_of_another_kind_is_unknown(doc: Doc) -> None:
    node(doc, "mid")["capacity_mcm"] = 10
    assert only(doc) == ("nodes.mid.capacity_mcm", "unknown field")


def test_unknown_node_kind_is_reported_once(doc: Doc) -> None:
    # the links and the schedule naming the node are not also told it "does not exist"
    node(doc, "upper")["kind"] = "dam"
    assert only(doc) == ("nodes.upper.kind",
                         ("'dam' is not a node kind (use one of: inflow, reservoir, junction, "
                         "demand, min_flow, terminal_lake, sink)"))
    del node(doc, "upper")["kind"]
    assert only(doc) == ("nodes.upper.kind", "required field is missing")


def test_empty_name(doc: Doc) -> None:
    node(doc, "mid")["name"] = "   "
    assert only(doc) == ("nodes.mid.name", "must not be empty")


# --- numbers ---------------------------------------------------------------------------------
@pytest.mark.parametrize(("spelling", "shown"), [
    (b"NaN", "nan"), (b"Infinity", "inf"), (b"-Infinity", "-inf"), (b"1e999", "inf"),
])
def test_non_finite_numbers_in_the_file(example_bytes: bytes, spelling: bytes,
                                        shown: str) -> None:
    text = example_bytes.replace(b'"capacity_mcm": 1000', b'"capacity_mcm": ' + spelling)
    assert (("nodes.upper.capacity_mcm", f"{shown} is not a finite number")
            in parse_problems(text))


def test_non_finite_number_inside_a_series(example_bytes: bytes) -> None:
    text = example_bytes.replace(b'"evaporation_mm": [10, 20, 30]',
                                 b'"evaporation_mm": [10, NaN, -1e400]')
    assert parse_problems(text) == [
        ("nodes.upper.evaporation_mm[1]", "nan is not a finite number"),
        ("nodes.upper.evaporation_mm[2]", "-inf is not a finite number"),
    ]


def test_huge_whole_numbers_are_refused(example_bytes: bytes) -> None:
    text = example_bytes.replace(b'"capacity_mcm": 1000', b'"capacity_mcm": 1' + b"0" * 400)
    assert (("nodes.upper.capacity_mcm", "number is too large") in parse_problems(text))
    # beyond Python's digit limit the JSON reader itself refuses it, as a file problem
    text = example_bytes.replace(b'"capacity_mcm": 1000', b'"capacity_mcm": 1' + b"0" * 5000)
    [(loc, msg)] = parse_problems(text)
    assert loc == "file" and msg.startswith("cannot be read as JSON")


@pytest.mark.parametrize(("node_id", "field", "value", "message"), [
    ("upper", "dead_storage_mcm", -5, "-5 Mm³ is negative"),
    ("upper", "capacity_mcm", -1000, "-1000 Mm³ is negative"),
    ("lake", "initial_storage_mcm", -0.5, "-0.5 Mm³ is negative"),
    ("upper", "seepage_m3s", -2, "-2 m³/s is negative"),
])
def test_negative_volumes_and_flows(doc: Doc, node_id: str, field: str, value: float,
                                    message: str) -> None:
    node(doc, node_id)[field] = value
    assert (f"nodes.{node_id}.{field}", message) in problems(doc)


def test_negative_value_in_a_series(doc: Doc) -> None:
    node(doc, "fields")["demand_mcm"] = [50, -60, 70]
    assert only(doc) == ("nodes.fields.demand_mcm[1]", "-60 is negative")


def test_many_bad_values_in_one_series_are_summarised(doc: Doc) -> None:
    doc["time"]["periods"] = 12
    for n in doc["nodes"]:
        for key in ("evaporation_mm", "precipitation_mm", "demand_mcm"):
            if key in n:
                n[key] = [1] * 12
    node(doc, "river")["inflow_mcm"] = {"median": [1] * 12, "dry": [1] * 12}
    doc["release_schedules"]["upper"] = [-1] * 12
    found = problems(doc)
    assert found == [(f"release_schedules.upper[{i}]", "-1 is negative") for i in range(5)] + [
        ("release_schedules.upper", "12 values in all are wrong (the first 5 are listed)")]


# --- reservoir rules ---------------------------------------------------------------------------
def test_dead_storage_above_capacity(doc: Doc) -> None:
    rename_node(doc, "upper", "toktogul")
    node(doc, "toktogul").update(capacity_mcm=19500, dead_storage_mcm=25000,
                                 initial_storage_mcm=14000,
                                 lav={"level_m": [800, 900], "area_km2": [10, 50],
                                      "volume_mcm": [0, 30000]})
    found = problems(doc)
    assert ("nodes.toktogul.dead_storage_mcm", "25000 is above capacity 19500") in found
    assert ("nodes.toktogul.initial_storage_mcm", "14000 is below dead storage 25000") in found
    assert len(found) == 2


def test_initial_storage_above_capacity(doc: Doc) -> None:
    node(doc, "upper")["initial_storage_mcm"] = 1500
    assert only(doc) == ("nodes.upper.initial_storage_mcm", "1500 is above capacity 1000")


def test_initial_storage_below_dead_storage(doc: Doc) -> None:
    node(doc, "upper")["initial_storage_mcm"] = 50
    assert only(doc) == ("nodes.upper.initial_storage_mcm", "50 is below dead storage 100")


def test_storage_bounds_are_inclusive(doc: Doc) -> None:
    node(doc, "upper").update(dead_storage_mcm=1000, initial_storage_mcm=1000)
    assert problems(doc) == []


def test_min_release_above_max_release(doc: Doc) -> None:
    node(doc, "upper").update(min_release_m3s=200, max_release_m3s=100)
    assert only(doc) == ("nodes.upper.min_release_m3s",
                         "200 m³/s is above the maximum release 100 m³/s")


def test_flood_control_below_dead_storage(doc: Doc) -> None:
    node(doc, "upper")["flood_control_mcm"] = [900, 50, 40]
    assert only(doc) == ("nodes.upper.flood_control_mcm[1]", "50 is below dead storage 100")


def test_tailwater_at_or_above_the_top_of_the_table(doc: Doc) -> None:
    node(doc, "upper")["hydropower"]["tailwater_level_m"] = 900
    assert only(doc) == ("nodes.upper.hydropower.tailwater_level_m",
                         ("900 m is not below the highest level in the table (900 m): the "
                         "plant would have no head"))


def test_hydropower_fields_are_checked(doc: Doc) -> None:
    hp = node(doc, "upper")["hydropower"]
    hp["efficiency"] = 1.2
    del hp["installed_mw"]
    assert problems(doc) == [
        ("nodes.upper.hydropower.installed_mw", "required field is missing"),
        ("nodes.upper.hydropower.efficiency", "1.2 is outside [0, 1] (must be at most 1)"),
    ]


def test_crest_below_the_lake_table(doc: Doc) -> None:
    node(doc, "lake")["crest_level_m"] = 30
    assert only(doc) == ("nodes.lake.crest_level_m",
                         "30 m is below the lowest level in the table (40 m)")


# --- LAV tables ----------------------------------------------------------------------------
@pytest.mark.parametrize(("column", "values", "where", "message"), [
    ("level_m", [900, 800], "level_m[1]", "800 after 900: the column must be strictly increasing"),
    ("level_m", [800, 800], "level_m[1]", "800 after 800: the column must be strictly increasing"),
    ("volume_mcm", [1000, 0], "volume_mcm[1]",
     "0 after 1000: the column must be strictly increasing"),
    ("area_km2", [50, 10], "area_km2[1]", "10 after 50: the column must be non-decreasing"),
    ("volume_mcm", [-1, 1000], "volume_mcm[0]", "-1 Mm³ is negative"),
])
def test_lav_columns_must_be_monotone(doc: Doc, column: str, values: list[float], where: str,
                                      message: str) -> None:
    node(doc, "upper")["lav"][column] = values
    assert only(doc) == (f"nodes.upper.lav.{where}", message)


def test_equal_areas_are_allowed(doc: Doc) -> None:
    node(doc, "upper")["lav"]["area_km2"] = [10, 10]
    assert problems(doc) == []


def test_lav_columns_of_different_lengths(doc: Doc) -> None:
    node(doc, "upper")["lav"]["area_km2"] = [10, 30, 50]
    assert only(doc) == ("nodes.upper.lav",
                         "columns level_m, area_km2 and volume_mcm must have the same length")


def test_lav_needs_two_rows(doc: Doc) -> None:
    node(doc, "lake")["lav"] = {"level_m": [40], "area_km2": [100], "volume_mcm": [0]}
    assert only(doc) == ("nodes.lake.lav", "needs at least two rows")


def test_lav_must_cover_dead_storage_to_capacity(doc: Doc) -> None:
    node(doc, "upper")["lav"]["volume_mcm"] = [200, 900]
    assert only(doc) == ("nodes.upper.lav", ("covers 200-900 Mm³ but must reach from dead "
                                            "storage 100 to capacity 1000"))


def test_lav_missing_column(doc: Doc) -> None:
    del node(doc, "upper")["lav"]["area_km2"]
    assert only(doc) == ("nodes.upper.lav.area_km2", "required field is missing")


# --- time base and series lengths --------------------------------------------------------------
@pytest.mark.parametrize(("field", "value", "message"), [
    ("start", "2025-10-05", "2025-10-05 does not start a month period (day 1 of a month)"),
    ("start", "2025-13-01", "'2025-13-01' is not a date (use YYYY-MM-DD)"),
    ("step", "week", "'week' is not a time step (use month, dekad or day)"),
    ("periods", 0, "0 is below the minimum 1"),
    ("periods", 2.5, "expected a whole number, found 2.5"),
    ("water_year_start_month", 13, "13 is above the maximum 12"),
])
def test_time_base_rules(doc: Doc, field: str, value: Any, message: str) -> None:
    doc["time"][field] = value
    assert (f"time.{field}", message) in problems(doc)


def test_dekad_start_rule(doc: Doc) -> None:
    doc["time"].update(step="dekad", start="2025-10-15")
    assert only(doc) == ("time.start", ("2025-10-15 does not start a dekad period "
                                       "(day 1, 11 or 21 of a month)"))


def test_a_horizon_past_the_year_9999_is_refused(doc: Doc) -> None:
    doc["time"]["periods"] = 100_000
    assert only(doc) == ("time.periods",
                         "100000 month periods from 2025-10-01 run past the year 9999")


@pytest.mark.parametrize(("path", "length"), [
    (("nodes", "upper", "evaporation_mm"), 2),
    (("nodes", "fields", "demand_mcm"), 4),
    (("nodes", "lake", "precipitation_mm"), 0),
    (("nodes", "river", "inflow_mcm", "dry"), 2),
])
def test_series_length_must_match_the_time_base(doc: Doc, path: tuple[str, ...],
                                                length: int) -> None:
    target: Any = node(doc, path[1])
    for key in path[2:-1]:
        target = target[key]
    target[path[-1]] = [1.0] * length
    where = ".".join((path[0],) + path[1:])
    assert only(doc) == (where, f"has {length} values but the time base has 3 periods")


def test_a_link_capacity_series_must_match_the_time_base(doc: Doc) -> None:
    """Found by the CLI fuzz corpus: a capacity list of the wrong length passed validation
    and the simulator stopped with a traceback."""
    link = doc["links"][0]
    link["capacity_m3s"] = [1.0, 2.0]
    assert only(doc) == (f"links.{link['id']}.capacity_m3s",
                         "has 2 values but the time base has 3 periods")


def test_release_schedule_length(doc: Doc) -> None:
    doc["release_schedules"]["upper"] = [1, 2, 3, 4]
    assert only(doc) == ("release_schedules.upper",
                         "has 4 values but the time base has 3 periods")


def test_longer_time_base_finds_every_short_series(doc: Doc) -> None:
    doc["time"]["periods"] = 4
    locations = [loc for loc, _ in problems(doc)]
    assert locations == [
        "nodes.river.inflow_mcm.median", "nodes.river.inflow_mcm.dry",
        "nodes.upper.evaporation_mm", "nodes.fields.demand_mcm", "nodes.lake.evaporation_mm",
        "nodes.lake.precipitation_mm", "release_schedules.upper"]


# --- inflow sets -----------------------------------------------------------------------------
def test_unknown_inflow_set_name(doc: Doc) -> None:
    node(doc, "river")["inflow_mcm"]["wet"] = [1, 2, 3]
    assert only(doc) == ("nodes.river.inflow_mcm.wet",
                         "unknown inflow set 'wet' (the scenario defines: median, dry)")


def test_missing_inflow_set_series(doc: Doc) -> None:
    del node(doc, "river")["inflow_mcm"]["dry"]
    assert only(doc) == ("nodes.river.inflow_mcm", "has no series for inflow set 'dry'")


def test_inflow_set_definitions(doc: Doc) -> None:
    doc["inflow_sets"].append({"name": "median"})
    doc["inflow_sets"].append({"name": "very wet"})
    doc["inflow_sets"].append({"label": "nameless"})
    assert problems(doc) == [
        ("inflow_sets[2].name", "inflow set 'median' is defined twice"),
        ("inflow_sets[3].name", "'very wet' is not a valid name (letters, digits, _ and -)"),
        ("inflow_sets[4].name", "required field is missing"),
    ]


def test_inflow_sets_must_not_be_empty(doc: Doc) -> None:
    doc["inflow_sets"] = []
    assert only(doc) == ("inflow_sets", "expected a non-empty list of inflow sets")


# --- ids ----------------------------------------------------------------------------------
def test_duplicate_node_id(doc: Doc) -> None:
    doc["nodes"].append({"id": "mid", "kind": "junction", "name": "Mid again"})
    assert ("nodes[6].id", "node id 'mid' is used twice") in problems(doc)


def test_duplicate_link_id(doc: Doc) -> None:
    add_link(doc, "l1", "lake", "sea")
    found = problems(doc)
    assert ("links[6].id", "link id 'l1' is used twice") in found


@pytest.mark.parametrize("bad_id", ["has space", "", "x" * 65, "mid\n", "Ω"])
def test_invalid_node_ids(doc: Doc, bad_id: str) -> None:
    doc["nodes"].append({"id": bad_id, "kind": "sink", "name": "Extra"})
    assert only(doc) == ("nodes[6].id",
                         f"{bad_id!r} is not a valid id (1-64 letters, digits, _ and -)")


def test_a_node_id_of_the_wrong_type_is_reported_once(doc: Doc) -> None:
    doc["nodes"].append({"id": 7, "kind": "sink", "name": "Extra"})
    assert only(doc) == ("nodes[6].id", "expected text, found a number")


def test_invalid_link_id(doc: Doc) -> None:
    link(doc, "l6")["id"] = "lake to sea"
    assert only(doc) == ("links[5].id",
                         "'lake to sea' is not a valid id (1-64 letters, digits, _ and -)")


# --- links and network ------------------------------------------------------------------------
def test_link_to_a_missing_node(doc: Doc) -> None:
    link(doc, "l2")["to"] = "nowhere"
    assert only(doc) == ("links.l2.to", "node 'nowhere' does not exist")


def test_link_from_a_missing_node(doc: Doc) -> None:
    link(doc, "l1")["from"] = "Upper"
    assert only(doc) == ("links.l1.from", "node 'Upper' does not exist")


def test_self_link(doc: Doc) -> None:
    link(doc, "l5")["to"] = "mid"
    assert only(doc) == ("links.l5", "links node 'mid' to itself")


def test_cycle_lists_the_nodes_on_it(doc: Doc) -> None:
    add_link(doc, "back", "mid", "upper")
    assert only(doc) == ("links", "links form a cycle: upper → mid → upper")


def test_cycle_through_a_return_flow(doc: Doc) -> None:
    link(doc, "l4")["to"] = "upper"
    assert only(doc) == ("links", "links form a cycle: upper → mid → fields → upper")


def test_node_without_outlet(doc: Doc) -> None:
    doc["nodes"].append({"id": "j2", "kind": "junction", "name": "Dead end"})
    link(doc, "l5")["to"] = "j2"
    assert only(doc) == ("nodes.j2", ("the junction has no outgoing link: water reaching it "
                                     "has nowhere to go"))


def test_reservoir_without_outlet(doc: Doc) -> None:
    doc["links"] = [lk for lk in doc["links"] if lk["id"] != "l2"]
    assert ("nodes.upper", ("the reservoir has no outgoing link: water reaching it has "
                           "nowhere to go")) in problems(doc)


def test_nodes_that_reach_no_sink(doc: Doc) -> None:
    doc["nodes"] += [
        {"id": "side", "kind": "inflow", "name": "Side", "inflow_mcm": {"median": [1, 1, 1],
                                                                       "dry": [1, 1, 1]}},
        {"id": "pond", "kind": "junction", "name": "Pond"},
    ]
    add_link(doc, "l7", "side", "pond")
    assert problems(doc) == [
        ("nodes.pond", "the junction has no outgoing link: water reaching it has nowhere to go"),
        ("nodes.side", "reaches no sink, terminal lake or consuming demand"),
    ]


def test_terminal_lake_may_have_no_outlet(doc: Doc) -> None:
    doc["links"] = [lk for lk in doc["links"] if lk["id"] != "l6"]
    assert problems(doc) == []


def test_inflow_cannot_receive_water(doc: Doc) -> None:
    doc["nodes"] += [
        {"id": "side", "kind": "inflow", "name": "Side", "inflow_mcm": {"median": [1, 1, 1],
                                                                       "dry": [1, 1, 1]}},
        {"id": "side2", "kind": "inflow", "name": "Side 2",
         "inflow_mcm": {"median": [1, 1, 1], "dry": [1, 1, 1]}},
    ]
    add_link(doc, "l7", "side", "mid")
    add_link(doc, "l8", "side2", "side")
    assert only(doc) == ("nodes.side", "an inflow is a source: remove the link from 'side2'")


def test_sink_cannot_send_water_on(doc: Doc) -> None:
    doc["nodes"].append({"id": "sea2", "kind": "sink", "name": "Other sea"})
    add_link(doc, "l7", "sea", "sea2")
    assert only(doc) == ("nodes.sea", ("a sink takes water out of the basin: remove the link "
                                      "to 'sea2'"))


def test_two_main_outgoing_links(doc: Doc) -> None:
    add_link(doc, "l7", "mid", "sea")
    assert only(doc) == ("nodes.mid", ("has 2 main outgoing links (to 'lake', to 'sea'); water "
                                      "must leave along one (mark a second as overflow)"))


@pytest.mark.parametrize(("field", "value", "message"), [
    ("travel_time_periods", -1, "-1 is below the minimum 0"),
    ("travel_time_periods", 1.5, "expected a whole number, found 1.5"),
    ("capacity_m3s", -3, "-3 m³/s is negative"),
    ("initial_flow_m3s", float("nan"), "nan is not a finite number"),
])
def test_link_field_rules(doc: Doc, field: str, value: Any, message: str) -> None:
    link(doc, "l5")[field] = value
    assert only(doc) == (f"links.l5.{field}", message)


# --- demands -----------------------------------------------------------------------------------
def test_demand_with_two_intakes(doc: Doc) -> None:
    add_link(doc, "l7", "upper", "fields")
    assert only(doc) == ("nodes.fields", "a demand needs exactly one intake link (it has 2)")


def test_demand_without_intake(doc: Doc) -> None:
    doc["links"] = [lk for lk in doc["links"] if lk["id"] != "l3"]
    assert only(doc) == ("nodes.fields", "a demand needs exactly one intake link (it has 0)")


def test_intake_must_deliver_in_the_same_period(doc: Doc) -> None:
    link(doc, "l3")["travel_time_periods"] = 1
    assert only(doc) == ("links.l3.travel_time_periods",
                         "an intake must deliver in the same period (travel time 0)")


def test_demand_cannot_take_from_a_terminal_lake(doc: Doc) -> None:
    doc["nodes"].append({"id": "d2", "kind": "demand", "name": "Fishery",
                         "demand_mcm": [1, 1, 1]})
    add_link(doc, "l7", "lake", "d2")
    assert only(doc) == ("links.l7", "a demand cannot take water from a terminal_lake ('lake')")


def test_demand_cannot_take_from_another_demand(doc: Doc) -> None:
    doc["nodes"].append({"id": "d2", "kind": "demand", "name": "Reuse",
                         "demand_mcm": [1, 1, 1]})
    add_link(doc, "l7", "fields", "d2")
    assert sorted(problems(doc)) == [
        ("links.l7", "a demand cannot take water from a demand ('fields')"),
    ]


def test_return_flow_without_a_link(doc: Doc) -> None:
    doc["links"] = [lk for lk in doc["links"] if lk["id"] != "l4"]
    assert only(doc) == ("nodes.fields.return_fraction",
                         ("0.2 of the delivery returns, but there is no link for the return flow "
                         "to re-enter the river"))


def test_consuming_demand_without_return_is_fine(doc: Doc) -> None:
    doc["links"] = [lk for lk in doc["links"] if lk["id"] != "l4"]
    node(doc, "fields")["return_fraction"] = 0
    assert problems(doc) == []


def test_return_link_cannot_be_an_overflow(doc: Doc) -> None:
    link(doc, "l4")["overflow"] = True
    assert only(doc) == ("links.l4.overflow", "a return-flow link cannot be an overflow route")


# --- drainage store and split returns ------------------------------------------------------------
def test_two_return_links_with_shares_summing_to_1(doc: Doc) -> None:
    link(doc, "l4")["return_share"] = 0.4
    add_link(doc, "l7", "fields", "sea", return_share=0.6)
    assert problems(doc) == []


def test_return_shares_must_sum_to_1(doc: Doc) -> None:
    link(doc, "l4")["return_share"] = 0.4
    add_link(doc, "l7", "fields", "sea", return_share=0.5)
    assert only(doc) == ("nodes.fields", ("the return shares of its return links sum to 0.9, "
                                         "not 1 (l4 0.4, l7 0.5); leave one empty to give it "
                                         "the rest"))


def test_an_only_return_link_carries_all_of_the_return(doc: Doc) -> None:
    link(doc, "l4")["return_share"] = 0.7
    assert only(doc) == ("nodes.fields", ("the return shares of its return links sum to 0.7, "
                                         "not 1 (l4 0.7); leave one empty to give it the rest"))
    link(doc, "l4")["return_share"] = 1
    assert problems(doc) == []


def test_empty_return_shares_take_the_rest(doc: Doc) -> None:
    add_link(doc, "l7", "fields", "sea")
    assert problems(doc) == []                     # 0.5 each
    add_link(doc, "l8", "fields", "upper_sink", return_share=0.8)
    doc["nodes"].append({"id": "upper_sink", "kind": "sink", "name": "Depression"})
    assert problems(doc) == []                     # 0.8, and 0.1 each
    link(doc, "l8")["return_share"] = 1.25
    assert sorted(problems(doc)) == [
        ("links.l8.return_share", "1.25 is outside [0, 1] (must be at most 1)")]
    link(doc, "l8")["return_share"] = 0.7
    link(doc, "l7")["return_share"] = 0.6
    assert only(doc) == ("nodes.fields", ("the return shares of its return links sum to 1.3, "
                                         "more than 1 (l7 0.6, l8 0.7)"))


def test_only_a_return_link_has_a_return_share(doc: Doc) -> None:
    link(doc, "l2")["return_share"] = 1.0
    assert only(doc) == ("links.l2.return_share",
                         "only a link leaving a demand (a return link) has a return share")


@pytest.mark.parametrize(("field", "value", "message"), [
    ("drainage_residence_periods", -1, "-1 periods is negative"),
    ("drainage_residence_periods", float("nan"), "nan is not a finite number"),
    ("drainage_residence_periods", "3", "expected a number, found text"),
    ("drainage_initial_mcm", -5, "-5 Mm³ is negative"),
    ("drainage_initial_mcm", float("inf"), "inf is not a finite number"),
])
def test_drainage_fields_are_finite_and_not_negative(doc: Doc, field: str, value: Any,
                                                      message: str) -> None:
    node(doc, "fields")["drainage_residence_periods"] = 2
    node(doc, "fields")[field] = value
    assert only(doc) == (f"nodes.fields.{field}", message)


def test_a_drainage_store_needs_a_residence_time(doc: Doc) -> None:
    node(doc, "fields")["drainage_initial_mcm"] = 50
    assert only(doc) == ("nodes.fields.drainage_initial_mcm",
                         ("50 Mm³ in a drainage store needs a residence time: set "
                         "drainage_residence_periods above 0 (with 0 the return flows back at "
                         "once and nothing is held)"))
    node(doc, "fields")["drainage_residence_periods"] = 2.5
    assert problems(doc) == []


def test_a_drainage_store_needs_a_return_link(doc: Doc) -> None:
    doc["links"] = [lk for lk in doc["links"] if lk["id"] != "l4"]
    node(doc, "fields")["return_fraction"] = 0
    node(doc, "fields")["drainage_residence_periods"] = 2
    node(doc, "fields")["drainage_initial_mcm"] = 50
    assert only(doc) == ("nodes.fields.drainage_initial_mcm",
                         ("the drainage store holds 50 Mm³ at the start, but there is no return "
                         "link for it to drain along"))


@pytest.mark.parametrize(("value", "message"), [
    (1.5, "expected a whole number, found 1.5"),
    (0, "0 is below the minimum 1"),
    (-3, "-3 is below the minimum 1"),
    ("1", "expected a whole number, found text"),
])
def test_priority_must_be_a_whole_number_from_1(doc: Doc, value: Any, message: str) -> None:
    node(doc, "fields")["priority"] = value
    assert only(doc) == ("nodes.fields.priority", message)


def test_whole_float_priority_is_accepted(doc: Doc) -> None:
    node(doc, "fields")["priority"] = 3.0
    assert problems(doc) == []
    assert scenario_from_document(doc).node("fields").priority == 3  # type: ignore[union-attr]


@pytest.mark.parametrize(("where", "value", "message"), [
    (("nodes", "fields", "return_fraction"), 1.5, "1.5 is outside [0, 1] (must be at most 1)"),
    (("nodes", "fields", "return_fraction"), -0.1, "-0.1 is negative"),
    (("links", "l5", "loss_fraction"), 1, "1 is outside [0, 1) (must be below 1)"),
    (("links", "l5", "loss_fraction"), 2.5, "2.5 is outside [0, 1) (must be below 1)"),
    (("links", "l5", "loss_fraction"), -0.5, "-0.5 is negative"),
])
def test_fractions_outside_0_1(doc: Doc, where: tuple[str, str, str], value: float,
                               message: str) -> None:
    obj = node(doc, where[1]) if where[0] == "nodes" else link(doc, where[1])
    obj[where[2]] = value
    assert only(doc) == (".".join(where), message)


def test_fraction_bounds_that_are_allowed(doc: Doc) -> None:
    node(doc, "fields")["return_fraction"] = 1
    link(doc, "l5")["loss_fraction"] = 0.999
    node(doc, "upper")["hydropower"]["efficiency"] = 0
    assert problems(doc) == []


# --- overflow routes -----------------------------------------------------------------------------
def _add_depression(doc: Doc, capacity: float | None) -> None:
    doc["nodes"].append({"id": "arnasai", "kind": "sink", "name": "Arnasai depression"})
    add_link(doc, "spill", "mid", "arnasai", overflow=True)
    link(doc, "l5")["capacity_m3s"] = capacity


def test_overflow_route_with_a_capped_main_link_is_valid(doc: Doc) -> None:
    _add_depression(doc, 600)
    assert problems(doc) == []


def test_overflow_needs_a_main_link_with_capacity(doc: Doc) -> None:
    _add_depression(doc, None)
    assert only(doc) == ("links.spill.overflow",
                         "an overflow route needs the node's main link to have a capacity")


def test_at_most_one_overflow_link(doc: Doc) -> None:
    _add_depression(doc, 600)
    add_link(doc, "spill2", "mid", "sea", overflow=True)
    assert only(doc) == ("nodes.mid", "has 2 overflow links; at most one is allowed")


def test_an_intake_cannot_be_an_overflow(doc: Doc) -> None:
    link(doc, "l5")["capacity_m3s"] = 600
    link(doc, "l3")["overflow"] = True
    assert only(doc) == ("links.l3.overflow", "a demand's intake cannot be an overflow route")


def test_overflow_without_any_main_link(doc: Doc) -> None:
    link(doc, "l5")["overflow"] = True
    found = problems(doc)
    assert ("links.l5.overflow",
            "an overflow route needs the node's main link to have a capacity") in found
    assert ("nodes.mid", ("the junction has no outgoing link: water reaching it has nowhere "
                         "to go")) in found


# --- release schedules ---------------------------------------------------------------------------
def test_schedule_for_a_missing_node(doc: Doc) -> None:
    doc["release_schedules"]["ghost"] = [1, 2, 3]
    assert only(doc) == ("release_schedules.ghost", "node 'ghost' does not exist")


def test_schedule_for_a_node_that_is_not_a_reservoir(doc: Doc) -> None:
    doc["release_schedules"]["mid"] = [1, 2, 3]
    assert only(doc) == ("release_schedules.mid", "'mid' is a junction, not a reservoir")


def test_reservoir_without_schedule(doc: Doc) -> None:
    del doc["release_schedules"]["upper"]
    assert only(doc) == ("release_schedules.upper", "reservoir has no release schedule")


def test_schedule_values_are_checked(doc: Doc) -> None:
    doc["release_schedules"]["upper"] = [150, -1, "150"]
    assert problems(doc) == [
        ("release_schedules.upper[1]", "-1 is negative"),
        ("release_schedules.upper[2]", "expected a number, found text"),
    ]


def test_schedules_must_be_an_object(doc: Doc) -> None:
    doc["release_schedules"] = [[150, 150, 150]]
    assert only(doc) == ("release_schedules",
                         "expected an object keyed by reservoir id, found a list")


# --- metadata and free-form sections -----------------------------------------------------------
def test_metadata_rules(doc: Doc) -> None:
    doc["metadata"].update(
        author=3, nmae="x",
        references={"UNDP2020": {"title": "Water report", "url": "https://example.org"},
                    "bad": {"title": 5}},
        sources={"nodes.upper.capacity_mcm": {"basis": "cited", "refs": ["UNDP2020"]},
                 "nodes.upper.dead_storage_mcm": {"basis": "guess", "refs": ["R9"],
                                                  "note": 1}})
    assert problems(doc) == [
        ("metadata.nmae", "unknown field (did you mean 'name'?)"),
        ("metadata.author", "expected text, found a number"),
        ("metadata.references.bad", "expected an object of text fields (title, url)"),
        ("metadata.sources.nodes.upper.dead_storage_mcm.basis",
         "'guess' is not a basis (use cited, derived, estimate, n/a)"),
        ("metadata.sources.nodes.upper.dead_storage_mcm.refs",
         "reference 'R9' is not listed in metadata.references"),
        ("metadata.sources.nodes.upper.dead_storage_mcm.note", "expected text"),
    ]


def test_source_refs_that_are_not_text(doc: Doc) -> None:
    doc["metadata"]["sources"] = {"x": {"basis": "cited", "refs": [["UNDP"], {"a": 1}]}}
    assert problems(doc) == [
        ("metadata.sources.x.refs", "expected reference codes (text), found a list"),
        ("metadata.sources.x.refs", "expected reference codes (text), found an object"),
    ]


def test_non_finite_numbers_in_verbatim_sections(doc: Doc) -> None:
    # a scenario that loads must also save: the writer refuses NaN and infinities
    doc["optimisation"] = {"notes": {"weights": [1.0, float("nan")], "cap": {"x": float("inf")}}}
    doc["metadata"]["sources"] = {"x": {"basis": "derived", "factor": float("-inf")}}
    assert problems(doc) == [
        ("metadata.sources.x.factor", "-inf is not a finite number"),
        ("optimisation.notes.weights[1]", "nan is not a finite number"),
        ("optimisation.notes.cap.x", "inf is not a finite number"),
    ]


def test_a_non_finite_optimisation_weight_is_reported_once(doc: Doc) -> None:
    doc["optimisation"] = {"objectives": [{"kind": "shortfall", "weight": float("nan")}]}
    assert only(doc) == ("optimisation.objectives[0].weight", "nan is not a finite number")


@pytest.mark.parametrize(("entry", "where", "message"), [
    ({"kind": ["shortfall"]}, "objectives[0].kind",
     ("['shortfall'] is not an objective kind (use shortfall, min_flow_deficit, lake_inflow, "
     "energy, carryover, spill, release_value, fair_shortfall)")),
    ({"kind": "shortfall", "weight": 10**400}, "objectives[0].weight", "expected a number ≥ 0"),
])
def test_optimisation_entries_of_odd_types(doc: Doc, entry: Doc, where: str,
                                           message: str) -> None:
    # these used to raise TypeError (unhashable kind) and OverflowError (huge whole number)
    doc["optimisation"] = {"objectives": [entry]}
    assert only(doc) == (f"optimisation.{where}", message)


def test_optimisation_constraint_of_odd_kind(doc: Doc) -> None:
    doc["optimisation"] = {"constraints": [{"kind": {}}],
                           "solver": {"tolerance_mcm": 10**400}}
    assert [loc for loc, _ in problems(doc)] == ["optimisation.constraints[0].kind",
                                                 "optimisation.solver.tolerance_mcm"]


def test_unpaired_surrogates_are_refused(example_bytes: bytes) -> None:
    # JSON may spell "\ud800", but such text cannot be written back as UTF-8
    text = example_bytes.replace(b'"name": "Mid"', b'"name": "Mid \\ud800"')
    assert parse_problems(text) == [
        ("nodes.mid.name",
         "text contains the unpaired surrogate \\ud800, which is not a character")]


def test_extension_section_must_be_an_object(doc: Doc) -> None:
    doc["optimisation"] = [1, 2]
    assert only(doc) == ("optimisation", "expected an object, found a list")


# --- all problems in one pass ---------------------------------------------------------------------
def test_every_problem_is_reported_in_one_pass(doc: Doc) -> None:
    doc["time"]["start"] = "2025-10-02"
    node(doc, "upper")["dead_storage_mcm"] = 2000
    node(doc, "upper")["lav"]["volume_mcm"] = [0, 3000]
    node(doc, "fields")["demand_mcm"] = [50, -60, 70]
    node(doc, "fields")["priority"] = 0
    node(doc, "lake")["colour"] = "blue"
    link(doc, "l6")["to"] = "ocean"
    doc["release_schedules"]["mid"] = [1, 2, 3]
    found = problems(doc)
    assert found == [
        ("time.start", "2025-10-02 does not start a month period (day 1 of a month)"),
        ("nodes.upper.dead_storage_mcm", "2000 is above capacity 1000"),
        ("nodes.upper.initial_storage_mcm", "500 is below dead storage 2000"),
        ("nodes.fields.demand_mcm[1]", "-60 is negative"),
        ("nodes.fields.priority", "0 is below the minimum 1"),
        ("nodes.lake.colour", "unknown field (did you mean 'country'?)"),
        ("links.l6.to", "node 'ocean' does not exist"),
        ("release_schedules.mid", "'mid' is a junction, not a reservoir"),
    ]
    with pytest.raises(ScenarioError) as exc:
        scenario_from_document(doc)
    assert [(p.location, p.message) for p in exc.value.problems] == found
    assert str(exc.value).splitlines()[1] == ("nodes.upper.dead_storage_mcm: 2000 is above "
                                              "capacity 1000")


def test_problems_through_a_file(example_bytes: bytes) -> None:
    doc = json.loads(example_bytes)
    doc["nodes"][1]["capacity_mcm"] = -1
    doc["links"][0]["to"] = "nowhere"
    found = parse_problems(json.dumps(doc))
    assert ("nodes.upper.capacity_mcm", "-1 Mm³ is negative") in found
    assert ("links.l1.to", "node 'nowhere' does not exist") in found


# --- problems and in-memory scenarios --------------------------------------------------------------
def test_problem_names_its_node_and_field() -> None:
    p = Problem("nodes.toktogul.evaporation_mm[3]", "-1 is negative")
    assert (p.node_id, p.field_name) == ("toktogul", "evaporation_mm")
    assert str(p) == "nodes.toktogul.evaporation_mm[3]: -1 is negative"
    assert Problem("release_schedules.kayrakkum[0]", "x").node_id == "kayrakkum"
    assert Problem("links.l1.to", "x").node_id is None
    assert Problem("file", "x").field_name is None


def test_an_in_memory_edit_is_judged_by_the_same_rules(example_bytes: bytes) -> None:
    s = loads_scenario(example_bytes)
    upper = s.node("upper")
    assert isinstance(upper, ReservoirNode)
    bad = s.with_node(replace(upper, dead_storage_mcm=2000.0))
    assert [(p.location, p.message) for p in validate_scenario(bad)] == [
        ("nodes.upper.dead_storage_mcm", "2000 is above capacity 1000"),
        ("nodes.upper.initial_storage_mcm", "500 is below dead storage 2000"),
    ]
    assert validate_scenario(s.with_schedule("upper", [1.0, 2.0])) == [
        Problem("release_schedules.upper", "has 2 values but the time base has 3 periods")]


def test_parse_document_returns_plain_json(example_bytes: bytes) -> None:
    assert parse_document(example_bytes) == json.loads(example_bytes)


def test_a_problem_prints_on_one_line() -> None:
    # keys come from the file: a newline or lone surrogate in one must not break the listing
    p = Problem("nodes.mid.bad\nkey\ud800\u2028", "unknown field")
    assert str(p) == "nodes.mid.bad\\nkey\\ud800\\u2028: unknown field"
    assert str(p).encode("utf-8")
    assert str(Problem("nodes.a", "Тоқтоғұл → x y")) == "nodes.a: Тоқтоғұл → x y"
    assert p.location == "nodes.mid.bad\nkey\ud800\u2028"  # the data itself is unchanged


# --- one mistake, one problem ------------------------------------------------------------------
def test_a_missing_nodes_section_is_not_also_every_link(doc: Doc) -> None:
    del doc["nodes"]
    assert only(doc) == ("nodes", "required section is missing")
    doc["nodes"] = "river, upper"
    assert only(doc) == ("nodes", "expected a list of nodes, found text")


def test_a_missing_node_id_is_reported_once(doc: Doc) -> None:
    del node(doc, "sea")["id"]
    assert problems(doc) == [("nodes[5].id", "required field is missing"),
                             ("links.l6.to", "node 'sea' does not exist")]


def test_bad_id_and_bad_kind_are_both_reported(doc: Doc) -> None:
    doc["nodes"].append({"kind": "pond", "name": "?"})
    doc["nodes"].append({"id": 3, "name": "?"})
    assert problems(doc) == [
        ("nodes[6].kind", ("'pond' is not a node kind (use one of: inflow, reservoir, junction, "
                          "demand, min_flow, terminal_lake, sink)")),
        ("nodes[6].id", "required field is missing"),
        ("nodes[7].kind", "required field is missing"),
        ("nodes[7].id", "expected text, found a number"),
    ]


@pytest.mark.parametrize("bad_set", ["median", {"label": "no name"}, {"name": "very wet"}])
def test_an_unreadable_inflow_set_does_not_cascade_into_the_series(doc: Doc,
                                                                   bad_set: Any) -> None:
    doc["inflow_sets"][0] = bad_set
    found = problems(doc)
    assert len(found) == 1 and found[0][0].startswith("inflow_sets[0]"), found


@pytest.mark.parametrize("key", ["metadata", "inflow_sets", "nodes", "links",
                                 "release_schedules"])
def test_a_required_section_that_is_null_is_refused(key):
    # found by the validation fuzz: `"inflow_sets": null` was accepted, then crashed the reader
    from waterplanner.model.document import parse_document
    from waterplanner.model.fileio import shipped_scenario_text
    doc = parse_document(shipped_scenario_text())
    doc[key] = None
    assert f"{key}: needs a value (null is not allowed here)" in \
        [str(p) for p in validate_document(doc)]
