"""Every number of a scenario has physically meaningful bounds, names and texts have a length,
and a scenario needs a name and a network.

A number that validates must not overflow later (in the simulation, summary.json or a plot),
so validation refuses what no river basin on Earth could hold, and says why; the messages print
huge numbers readably, and stay short whatever the file holds.
"""

from __future__ import annotations

import copy
import json
import math
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from waterplanner.engine.simulate import simulate
from waterplanner.model import schema
from waterplanner.model.document import parse_document, scenario_from_document
from waterplanner.model.field_checker import fmt, shorten
from waterplanner.model.problems import ScenarioError
from waterplanner.model.schema import FieldSpec, FieldType
from waterplanner.model.validation import validate_document

DATA = Path(__file__).resolve().parents[1] / "data"
SMALL_CASCADE = Path(__file__).resolve().parents[2] / "docs" / "examples" / "small-cascade.wplan"
NUMERIC = (FieldType.NUMBER, FieldType.INTEGER, FieldType.SERIES, FieldType.SERIES_BY_SET,
           FieldType.FLOW_OR_SERIES)

Doc = dict[str, Any]


def _every_numeric_spec() -> list[tuple[str, FieldSpec]]:
    groups: dict[str, tuple[FieldSpec, ...]] = {
        "node": schema.COMMON_NODE_FIELDS, "hydropower": schema.HYDROPOWER_FIELDS,
        "lav": schema.LAV_COLUMNS, "link": schema.LINK_FIELDS, "time": schema.TIME_FIELDS,
        "release": (schema.RELEASE_SPEC,),
        **{kind.value: specs for kind, specs in schema.NODE_FIELDS.items()}}
    return [(f"{group}.{spec.name}", spec) for group, specs in groups.items() for spec in specs
            if spec.type in NUMERIC]


@pytest.mark.parametrize(("where", "spec"), _every_numeric_spec(), ids=lambda v: str(v)
                         if isinstance(v, str) else "")
def test_every_number_of_the_schema_has_both_bounds(where: str, spec: FieldSpec) -> None:
    assert spec.minimum is not None and spec.maximum is not None, where
    assert spec.minimum < spec.maximum
    if spec.maximum > 1000 or spec.minimum < 0:  # a physical bound, not a share or a month
        assert spec.limit_note, f"{where}: say why the bounds are where they are"
        assert spec.limit_note in spec.help.lower() or \
            spec.limit_note[1:] in spec.help, f"{where}: the reason belongs in the help"


# --- every numeric place of the example files, at ±1e308 ---------------------------------------
def _places(doc: Doc) -> list[tuple[Any, ...]]:
    """The first value of every numeric field of a document (each series once)."""
    out: list[tuple[Any, ...]] = []
    seen: set[tuple[Any, ...]] = set()

    def walk(v: Any, path: tuple[Any, ...]) -> None:
        if isinstance(v, dict):
            for k, x in v.items():
                walk(x, path + (k,))
        elif isinstance(v, list):
            numbers = all(isinstance(x, (int, float)) for x in v)
            for i, x in enumerate(v[:1] if numbers else v):
                walk(x, path + (i,))
        elif isinstance(v, (int, float)) and not isinstance(v, bool) and path[0] != "version":
            key = tuple(k for k in path if not isinstance(k, int))
            if path[0] == "nodes":
                key = (doc["nodes"][path[1]]["id"],) + key
            if key not in seen:
                seen.add(key)
                out.append(path)
    walk(doc, ())
    return out


def _location(doc: Doc, path: tuple[Any, ...]) -> str:
    """The problem location validation uses for ``path`` (ids instead of list indexes)."""
    parts: list[str] = []
    for i, k in enumerate(path):
        if isinstance(k, int) and i == 1 and path[0] in ("nodes", "links"):
            parts.append(doc[path[0]][k]["id"])
        elif isinstance(k, int):
            parts[-1] += f"[{k}]"
        else:
            parts.append(str(k))
    return ".".join(parts)


def _set(doc: Doc, path: tuple[Any, ...], value: Any) -> Doc:
    out = copy.deepcopy(doc)
    target = out
    for k in path[:-1]:
        target = target[k]
    target[path[-1]] = value
    return out


EXAMPLES = {"two_reservoirs": DATA / "two_reservoirs.wplan", "small_cascade": SMALL_CASCADE}
CASES = [(name, path) for name, file in EXAMPLES.items()
         for path in _places(parse_document(file.read_bytes()))]


@pytest.mark.parametrize("value", [1e308, -1e308, 10 ** 40])
@pytest.mark.parametrize(("example", "path"), CASES,
                         ids=[f"{n}:{'.'.join(map(str, p))}" for n, p in CASES])
def test_an_absurd_number_anywhere_is_refused_where_it_stands(example: str, path: tuple[Any, ...],
                                                              value: float) -> None:
    doc = _set(parse_document(EXAMPLES[example].read_bytes()), path, value)
    problems = validate_document(doc)
    where = _location(doc, path)
    assert problems, f"{where} = {value} was accepted"
    assert any(p.location == where for p in problems), (where, problems)
    for p in problems:
        assert len(p.message) < 400, p
        assert not any(len(w) > 20 and w.strip("-").isdigit() for w in p.message.split()), p


@pytest.mark.parametrize(("node_id", "field", "value", "message"), [
    ("upper", "seepage_m3s", 1e308,
     ("1e+308 m³/s is too large: must be at most 1 000 000 m³/s: the largest river flow on "
      "Earth, the Amazon in flood, is about 300 000 m³/s")),
    ("lake", "crest_level_m", 1e308,
     ("1e+308 m a.s.l. is too large: must be between -500 and 9 000 m a.s.l.: the Dead Sea "
      "shore lies at about -430 m, the summit of Everest at 8 849 m")),
    ("lake", "crest_level_m", -1e308, ("-1e+308 m a.s.l. is too low: must be between -500 "
                                       "and 9 000 m a.s.l.: the Dead Sea shore lies at about "
                                       "-430 m, the summit of Everest at 8 849 m")),
    ("upper", "capacity_mcm", 2e6,
     ("2000000 Mm³ is too large: must be at most 1 000 000 Mm³ (1 000 km³): the largest "
      "reservoir on Earth, Kariba, holds about 180 km³")),
])
def test_the_message_says_why_the_number_is_impossible(doc: Doc, node_id: str, field: str,
                                                       value: float, message: str) -> None:
    next(n for n in doc["nodes"] if n["id"] == node_id)[field] = value
    found = [(p.location, p.message) for p in validate_document(doc)]
    assert (f"nodes.{node_id}.{field}", message) in found


@pytest.mark.parametrize(("field", "series_key"), [("inflow_mcm", "median"),
                                                   ("demand_mcm", None)])
def test_inflow_or_demand_of_1e308_is_refused(doc: Doc, field: str, series_key: str | None
                                              ) -> None:
    owner = next(n for n in doc["nodes"] if field in n)
    series = owner[field][series_key] if series_key else owner[field]
    series[1] = 1e308
    loc = f"nodes.{owner['id']}.{field}" + (f".{series_key}" if series_key else "") + "[1]"
    found = [(p.location, p.message) for p in validate_document(doc)]
    assert (loc, ("1e+308 is too large: must be at most 1 000 000 Mm³ per period: even the "
                  "Amazon carries about 560 000 Mm³ in a month")) in found


def test_a_huge_whole_number_is_printed_readably(doc: Doc) -> None:
    doc["time"]["periods"] = 10 ** 400
    found = [(p.location, p.message) for p in validate_document(doc)]
    assert found == [("time.periods", ("1.00000e+400 is above the maximum 400000: must be at "
                                       "most 400 000 periods (about 1 100 years of days)"))]


@pytest.mark.parametrize(("value", "text"), [
    (1e308, "1e+308"), (-1e308, "-1e+308"), (316.053, "316.053"), (2e6, "2000000"),
    (123456789012345.0, "123456789012345"), (1.5e17, "1.5e+17"), (0.1, "0.1"), (5e-324, "5e-324"),
    (10 ** 20, "1.00000e+20"), (-(10 ** 20), "-1.00000e+20"),
    pytest.param(10 ** 5000, "a number of more than 4000 digits", id="5000 digits"),
    (7, "7"),
])
def test_fmt_prints_numbers_for_people(value: float, text: str) -> None:
    assert fmt(value) == text


def test_fmt_keeps_huge_neighbours_apart() -> None:
    assert fmt(1e308) != fmt(math.nextafter(1e308, math.inf))
    assert fmt(316.053) != fmt(316.054)


# --- names, ids, texts; an empty scenario ---------------------------------------------------
@pytest.mark.parametrize("name", ["", "   ", "\t\n"])
def test_a_scenario_needs_a_name(doc: Doc, name: str) -> None:
    doc["metadata"]["name"] = name
    found = [(p.location, p.message) for p in validate_document(doc)]
    assert found == [("metadata.name", ("the scenario has no name: give it one, so that its "
                                        "results and reports say which plan they show"))]


def test_an_empty_network_is_refused(doc: Doc) -> None:
    doc["nodes"], doc["links"], doc["release_schedules"] = [], [], {}
    found = [(p.location, p.message) for p in validate_document(doc)]
    assert found == [("nodes", ("the network is empty: a scenario needs at least an inflow, "
                                "the river it feeds and where the water ends (a sink or a "
                                "terminal lake)"))]


@pytest.mark.parametrize(("where", "limit"), [
    (("metadata", "name"), 200), (("metadata", "author"), 200),
    (("metadata", "description"), 100_000), (("nodes", 0, "name"), 200),
    (("nodes", 0, "local_name"), 200), (("inflow_sets", 0, "label"), 200),
])
def test_names_and_texts_have_a_length_limit(doc: Doc, where: tuple[Any, ...], limit: int
                                             ) -> None:
    assert not validate_document(_set(doc, where, "x" * limit))
    found = validate_document(_set(doc, where, "x" * (limit + 1)))
    assert len(found) == 1
    assert found[0].message.endswith(f"is too long: at most {limit} characters")
    assert len(found[0].message) < 200


def test_a_ten_megabyte_node_name_is_one_short_problem(doc: Doc) -> None:
    doc["nodes"][0]["name"] = "Сырдарья " * 1_200_000
    found = validate_document(doc)
    assert [p.location for p in found] == ["nodes.river.name"]
    assert "(10 800 000 characters)" in found[0].message
    assert len(found[0].message) < 200


@pytest.mark.parametrize("where", [("nodes", 0, "id"), ("links", 0, "id"),
                                   ("inflow_sets", 0, "name")])
def test_a_huge_id_is_one_short_problem(doc: Doc, where: tuple[Any, ...]) -> None:
    found = validate_document(_set(doc, where, "a" * 5_000_000 + " "))
    assert found
    for p in found:
        assert len(p.message) < 300 and len(p.location) < 300, p


def test_a_huge_unknown_key_is_one_short_problem(doc: Doc) -> None:
    doc["nodes"][0]["k" * 5_000_000] = 1
    doc["x" * 5_000_000] = 1
    found = validate_document(doc)
    assert len(found) == 2
    for p in found:
        assert len(p.location) < 120 and "characters" in p.location, p


def test_ids_are_at_most_64_characters(doc: Doc) -> None:
    assert schema.MAX_ID_CHARS == 64
    rename = copy.deepcopy(doc)
    rename["nodes"][3]["id"] = "m" * 64  # the junction, which nothing else names
    rename["links"][1]["to"] = rename["links"][2]["from"] = rename["links"][4]["from"] = "m" * 64
    assert validate_document(rename) == []
    rename["nodes"][3]["id"] = "m" * 65
    assert any(p.location == "nodes[3].id" for p in validate_document(rename))


# --- the law: what validates, simulates to finite numbers --------------------------------------
def _bounded_value(spec: FieldSpec, draw: st.DrawFn) -> float:
    assert spec.minimum is not None and spec.maximum is not None
    return draw(st.sampled_from([spec.minimum, spec.maximum]) |
                st.floats(spec.minimum, spec.maximum))


@st.composite
def documents_at_the_bounds(draw: st.DrawFn) -> Doc:
    """The small cascade with a few numbers moved anywhere within their bounds, extremes often."""
    doc = parse_document(SMALL_CASCADE.read_bytes())
    by_name = {spec.name: spec for _, spec in _every_numeric_spec()}
    paths = [p for p in _places(doc) if p[0] in ("nodes", "links", "release_schedules")]
    for path in draw(st.lists(st.sampled_from(paths), min_size=1, max_size=6)):
        field = next(k for k in reversed(path) if isinstance(k, str) and k in by_name or
                     k in ("median", "dry") or path[0] == "release_schedules")
        if path[0] == "release_schedules":
            spec = schema.RELEASE_SPEC
        elif field in ("median", "dry"):
            spec = by_name["inflow_mcm"]
        else:
            spec = by_name[field]
        v = _bounded_value(spec, draw)
        if spec.type is FieldType.INTEGER:
            v = int(min(v, 3))
        target: Any = doc
        for k in path[:-1]:
            target = target[k]
        if isinstance(target, list):  # a series: the whole series at the value
            target[:] = [v] * len(target)
        else:
            target[path[-1]] = v
    return doc


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(doc=documents_at_the_bounds())
def test_what_validates_simulates_to_finite_numbers(doc: Doc) -> None:
    try:
        scenario = scenario_from_document(doc)
    except ScenarioError:
        return
    results = simulate(scenario, scenario.inflow_set_names[0])
    for name in ("storage_mcm", "release_mcm", "delivery_mcm", "energy_mwh", "spill_mcm"):
        values = np.asarray(getattr(results, name))
        assert np.all(np.isfinite(values) | np.isnan(values)), name
    summary = results.summary().to_dict()
    json.dumps(summary, allow_nan=False)
    assert all(math.isfinite(x) for x in _floats(summary))


def _floats(v: Any) -> list[float]:
    if isinstance(v, float):
        return [v]
    if isinstance(v, dict):
        return [x for item in v.values() for x in _floats(item)]
    if isinstance(v, (list, tuple)):
        return [x for item in v for x in _floats(item)]
    return []


def test_shorten_says_how_long_the_text_was() -> None:
    assert shorten("abc") == "abc"
    assert shorten("x" * 1_000_000, 5) == "xxxxx… (1 000 000 characters)"
