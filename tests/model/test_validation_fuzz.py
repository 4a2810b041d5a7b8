"""Whatever bytes or JSON arrive, reading a scenario ends in a Scenario or a ScenarioError.

Never another exception: a planner opening a damaged file must get a list of problems, not a
traceback. Hypothesis settings are kept small so the suite stays fast on a 2-core CI.
"""

from __future__ import annotations

import copy
import json
import math
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from waterplanner.model import (
    Problem,
    Scenario,
    ScenarioError,
    dumps_scenario,
    loads_scenario,
    parse_document,
    scenario_from_document,
    validate_document,
)

FUZZ = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def assert_good_problems(problems: list[Problem]) -> None:
    for p in problems:
        assert isinstance(p, Problem)
        assert isinstance(p.location, str) and p.location.strip(), p
        assert isinstance(p.message, str) and p.message.strip(), p
        str(p).encode("utf-8", "backslashreplace")


def load_outcome(data: bytes | str) -> Scenario | ScenarioError:
    """Load; a ScenarioError is an acceptable outcome, any other exception fails the test."""
    try:
        s = loads_scenario(data)
    except ScenarioError as e:
        assert len(e.problems) >= 1
        assert_good_problems(e.problems)
        return e
    assert isinstance(s, Scenario)
    # anything that loads must also save and load back to the same scenario
    assert loads_scenario(dumps_scenario(s)) == s
    return s


# --- raw bytes ----------------------------------------------------------------------------------
@FUZZ
@given(st.binary(max_size=2000))
def test_random_bytes_never_crash(data: bytes) -> None:
    assert isinstance(load_outcome(data), ScenarioError)


@FUZZ
@given(st.text(max_size=500))
def test_random_text_never_crashes(text: str) -> None:
    load_outcome(text)
    load_outcome(text.encode("utf-8", "surrogatepass"))


JSON_TOKENS = st.sampled_from(['{', '}', '[', ']', ',', ':', '"', '"format"', '"nodes"',
                               '"waterplanner-scenario"', '"version"', '1', '-0', '1e999',
                               'NaN', 'Infinity', 'null', 'true', '\\', '\\u', '\\ud800', ' ',
                               '\n', '0.5', '"id"', '"kind"', '"reservoir"'])


@FUZZ
@given(st.lists(JSON_TOKENS, max_size=60))
def test_json_like_token_soup_never_crashes(tokens: list[str]) -> None:
    load_outcome("".join(tokens))


def _sample_bytes() -> dict[str, bytes]:
    deep_list = b"[" * 100_000 + b"]" * 100_000
    deep_obj = b'{"a":' * 100_000 + b"1" + b"}" * 100_000
    return {
        "empty": b"",
        "whitespace": b" \r\n\t ",
        "binary": bytes(range(256)) * 4,
        "png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        "deep list": deep_list,
        "deep object": deep_obj,
        "deep unclosed": b"[" * 100_000,
        "deep in a section": b'{"format": "waterplanner-scenario", "version": 1, "nodes": '
                             + deep_list + b"}",
        "1e999": b"1e999",
        "huge float section": b'{"format": "waterplanner-scenario", "version": 1e999}',
        "10**5000": b"1" + b"0" * 5000,
        "10**5000 as version": b'{"format": "waterplanner-scenario", "version": 1'
                               + b"0" * 5000 + b"}",
        "-10**4000 as version": b'{"format": "waterplanner-scenario", "version": -1'
                                + b"0" * 4000 + b"}",
        "invalid utf-8": b'{"format": "waterplanner-scenario\xff\xfe"}',
        "overlong utf-8": b'{"a": "\xc0\xaf"}',
        "lone surrogate utf-8": b'{"a": "\xed\xa0\x80"}',
        "utf-16 with BOM": '{"format": "waterplanner-scenario"}'.encode("utf-16"),
        "utf-16-le": '{"format": "waterplanner-scenario"}'.encode("utf-16-le"),
        "utf-16-be": '{"format": "waterplanner-scenario"}'.encode("utf-16-be"),
        "utf-32": '{"format": "waterplanner-scenario"}'.encode("utf-32"),
        "BOM only": b"\xef\xbb\xbf",
        "NUL": b"\x00",
        "just a string": b'"waterplanner-scenario"',
        "null": b"null",
        "number": b"42",
        "escaped NUL key": b'{"\\u0000": 1}',
        "many keys": b"{" + b",".join(b'"k%d": %d' % (i, i) for i in range(20_000)) + b"}",
    }


SAMPLES = _sample_bytes()


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_hostile_inputs_give_problems(name: str) -> None:
    assert isinstance(load_outcome(SAMPLES[name]), ScenarioError)


def test_deep_nesting_is_refused_before_the_json_reader_recurses() -> None:
    with pytest.raises(ScenarioError) as exc:
        parse_document(SAMPLES["deep list"])
    assert exc.value.problems == [Problem("file", "is nested more than 64 levels deep: not a "
                                                  "scenario")]


def test_brackets_inside_strings_are_not_nesting(example_bytes: bytes) -> None:
    notes = "[" * 90_000 + "{" * 10  # a name may not be this long; notes may
    text = example_bytes.replace(b'"name": "Two reservoirs"',
                                 b'"name": "Two reservoirs", ' +
                                 json.dumps({"notes": notes})[1:-1].encode())
    s = load_outcome(text)
    assert isinstance(s, Scenario)
    assert s.metadata.notes == notes


def test_every_truncation_of_a_valid_file_is_a_problem(example_bytes: bytes) -> None:
    text = example_bytes.rstrip()
    for end in range(len(text)):
        assert isinstance(load_outcome(text[:end]), ScenarioError), end
    assert isinstance(load_outcome(text), Scenario)


@FUZZ
@given(st.data())
def test_random_byte_flips_in_a_valid_file_never_crash(example_bytes: bytes,
                                                       data: st.DataObject) -> None:
    buf = bytearray(example_bytes)
    for _ in range(data.draw(st.integers(1, 4))):
        i = data.draw(st.integers(0, len(buf) - 1))
        buf[i] = data.draw(st.integers(0, 255))
    load_outcome(bytes(buf))


# --- random JSON values -----------------------------------------------------------------------------
json_scalars = (st.none() | st.booleans() | st.integers()
                | st.floats(allow_nan=True, allow_infinity=True) | st.text(max_size=10)
                | st.sampled_from(["waterplanner-scenario", "reservoir", "demand", "month",
                                   "2025-10-01", "median", "river", "upper"]))
KEYS = ["format", "version", "metadata", "time", "nodes", "links", "id", "kind", "name", "from",
        "to", "step", "start", "periods", "inflow_sets", "release_schedules", "lav",
        "inflow_mcm", "objectives", "constraints", "weight", "reservoir", "plants", "season",
        "solver", "min_mcm", "decision_reservoirs"]
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
        st.sampled_from(KEYS) | st.text(max_size=6), inner, max_size=5),
    max_leaves=30)


def _judge(doc: Any) -> list[Problem]:
    problems = validate_document(doc)
    assert isinstance(problems, list)
    assert_good_problems(problems)
    if isinstance(doc, dict) and not problems:
        # a document the validator passes must build, save and load back
        s = scenario_from_document(doc)
        assert loads_scenario(dumps_scenario(s)) == s
    return problems


@FUZZ
@given(json_values)
def test_random_json_values_never_crash_the_validator(value: Any) -> None:
    problems = _judge(value)
    assert problems, "a random value is never a valid scenario"


small_json_values = st.recursive(json_scalars, lambda inner: st.lists(inner, max_size=3)
                                 | st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=4),
                                                   inner, max_size=4), max_leaves=12)


@settings(FUZZ, max_examples=100)
@given(st.dictionaries(st.sampled_from(["metadata", "time", "inflow_sets", "nodes", "links",
                                        "release_schedules", "optimisation", "extra"]),
                       small_json_values, max_size=8))
def test_random_sections_under_a_valid_header_never_crash(sections: dict[str, Any]) -> None:
    doc = {"format": "waterplanner-scenario", "version": 1, **sections}
    assert _judge(doc)
    text = json.dumps(doc)
    load_outcome(text)


# --- mutations of the valid example -----------------------------------------------------------------
def _paths(v: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(v, dict):
        for k, x in v.items():
            out += _paths(x, prefix + (k,))
    elif isinstance(v, list):
        for i, x in enumerate(v):
            out += _paths(x, prefix + (i,))
    return out


def _get(doc: Any, path: tuple[Any, ...]) -> Any:
    for k in path:
        doc = doc[k]
    return doc


BAD_NUMBERS = [math.nan, math.inf, -math.inf, -1.0, -1e308, 1e308, 10**400, 0, 0.5, 1, 2.5,
               -0.0, 5e-324, True]


@st.composite
def mutated_docs(draw: st.DrawFn, base: dict[str, Any]) -> dict[str, Any]:
    doc = copy.deepcopy(base)
    for _ in range(draw(st.integers(1, 4))):
        action = draw(st.sampled_from(["delete", "retype", "number", "dup_node", "add_link",
                                       "swap", "dup_key_value"]))
        paths = [p for p in _paths(doc) if p]
        if action == "dup_node" and isinstance(doc.get("nodes"), list) and doc["nodes"]:
            n = copy.deepcopy(draw(st.sampled_from(doc["nodes"])))
            if isinstance(n, dict) and draw(st.booleans()):
                n["id"] = draw(st.sampled_from(["copy", "river", "sea", "x y", ""]))
            doc["nodes"].append(n)
        elif action == "add_link" and isinstance(doc.get("links"), list):
            ends = ["river", "upper", "fields", "mid", "lake", "sea", "nowhere"]
            lk: dict[str, Any] = {"id": draw(st.sampled_from(["l1", "new", "new2", ""])),
                                  "from": draw(st.sampled_from(ends)),
                                  "to": draw(st.sampled_from(ends))}
            if draw(st.booleans()):
                lk["overflow"] = draw(st.booleans())
            if draw(st.booleans()):
                lk["capacity_m3s"] = draw(st.sampled_from([None, 0, 100, -1]))
            doc["links"].append(lk)
        elif not paths:
            break
        else:
            path = draw(st.sampled_from(paths))
            parent, key = _get(doc, path[:-1]), path[-1]
            if action == "delete":
                del parent[key]
            elif action == "retype":
                parent[key] = draw(json_values)
            elif action == "number":
                nums = [p for p in paths if isinstance(_get(doc, p), (int, float))]
                if nums:
                    p = draw(st.sampled_from(nums))
                    _get(doc, p[:-1])[p[-1]] = draw(st.sampled_from(BAD_NUMBERS))
            elif action == "swap" and isinstance(parent, list) and len(parent) > 1:
                j = draw(st.integers(0, len(parent) - 1))
                parent[key], parent[j] = parent[j], parent[key]
            elif action == "dup_key_value" and isinstance(parent, dict):
                parent[f"{key}_"] = copy.deepcopy(parent[key])
    return doc


OPTIMISATION = {
    "decision_reservoirs": ["upper"],
    "allocation": "priority",
    "objectives": [{"kind": "shortfall", "weight": 1, "demands": ["fields"]},
                   {"kind": "energy", "weight": 0.001, "plants": ["upper"], "season": "winter"},
                   {"kind": "release_value", "reservoir": "upper",
                    "value_per_mcm": [1.1, 1.0, 0.9]}],
    "constraints": [{"kind": "rule_curve", "reservoir": "upper", "min_mcm": [200, None, 300],
                     "max_mcm": [900, 900, 900], "hard": False, "penalty": 10},
                    {"kind": "end_storage", "reservoir": "upper", "min_mcm": 400},
                    {"kind": "lake_inflow", "lake": "lake", "min_mcm": 10}],
    "solver": {"max_iterations": 5, "tolerance_mcm": 0.5},
}


def test_the_optimisation_example_is_valid(_example_doc: dict[str, Any]) -> None:
    assert _judge({**_example_doc, "optimisation": OPTIMISATION}) == []


@FUZZ
@given(data=st.data(), with_optimisation=st.booleans())
def test_mutations_of_the_example_never_crash(_example_doc: dict[str, Any],
                                              data: st.DataObject,
                                              with_optimisation: bool) -> None:
    base = {**_example_doc, "optimisation": OPTIMISATION} if with_optimisation else _example_doc
    mutated = data.draw(mutated_docs(base))
    _judge(mutated)
    # the same document as file text (NaN and Infinity spelled the way Python writes them)
    try:
        text = json.dumps(mutated, ensure_ascii=data.draw(st.booleans()))
    except ValueError:  # an int beyond the digit limit cannot even be written
        return
    load_outcome(text)


@pytest.mark.parametrize("field", ["capacity_mcm", "dead_storage_mcm", "initial_storage_mcm",
                                   "min_release_m3s", "max_release_m3s", "seepage_m3s"])
@pytest.mark.parametrize("value", BAD_NUMBERS + ["7", None, [], {}])
def test_every_bad_value_in_every_reservoir_number(doc: dict[str, Any], field: str,
                                                   value: Any) -> None:
    doc["nodes"][1][field] = value
    _judge(doc)


def _reference_depth(text: str) -> int:
    """Bracket depth outside strings, one character at a time (slow, obviously right)."""
    depth = best = 0
    in_str = esc = False
    for ch in text:
        if in_str:
            if esc:
                esc = False
            elif ch == "\\":
                esc = True
            elif ch == '"':
                in_str = False
        elif ch == '"':
            in_str = True
        elif ch in "[{":
            depth += 1
            best = max(best, depth)
        elif ch in "]}":
            depth -= 1
    return best


@FUZZ
@given(st.text(alphabet='"\\[]{}a ', max_size=80))
def test_the_fast_nesting_count_agrees_with_the_plain_one(text: str) -> None:
    from waterplanner.model.document import _nesting_depth
    assert _nesting_depth(text) == _reference_depth(text)
