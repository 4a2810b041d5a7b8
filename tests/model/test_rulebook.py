"""One rulebook: an edit of a valid scenario is refused exactly when validating the scenario
it would make reports a problem, and the refusal says that problem in the planner's words."""

from __future__ import annotations

import math
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from waterplanner.model.document import loads_scenario, validate_scenario
from waterplanner.model.edits import (
    EMPTY_VALUES,
    EditRefused,
    SetLinkField,
    SetNodeField,
    SetReleases,
)
from waterplanner.model.lav import LevelAreaVolume
from waterplanner.model.nodes import OperatingRule, RuleKind, RunOfRiverPlant
from waterplanner.model.rulebook import problem_text, refusal
from waterplanner.model.scenario import Scenario
from waterplanner.model.schema import (
    COMMON_NODE_FIELDS,
    LINK_FIELDS,
    NODE_FIELDS,
    FieldSpec,
    FieldType,
)

EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "examples" / "small-cascade.wplan"
BASE = loads_scenario(EXAMPLE.read_bytes())
PERIODS = BASE.time.periods
assert validate_scenario(BASE) == []

numbers = (st.sampled_from([0.0, -1.0, 1.0, 0.5, 1e9, 1e30, math.nan, math.inf, -1e-9])
           | st.floats(-1e4, 1e5, allow_nan=False))
series = st.lists(numbers, min_size=PERIODS, max_size=PERIODS).map(tuple) | \
    st.lists(numbers, min_size=0, max_size=PERIODS + 1).map(tuple)
rules = st.builds(
    OperatingRule, kind=st.sampled_from(list(RuleKind)),
    guide_curve_mcm=st.none() | series, buffer_mcm=st.none() | series,
    buffer_release_m3s=st.none() | numbers)
plants = st.lists(st.builds(RunOfRiverPlant, id=st.sampled_from(["a", "b", "bad id", ""]),
                            name=st.sampled_from(["A", "", "Kurpsai"]), head_m=numbers,
                            turbine_capacity_m3s=numbers, installed_mw=numbers,
                            efficiency=numbers, country=st.sampled_from(["", "KG", "kg"])),
                  max_size=3).map(tuple)
shares = st.dictionaries(st.sampled_from(["UZ", "KG", "TJ", "uz", "XYZ"]), numbers,
                         max_size=3)
lavs = st.sampled_from([
    LevelAreaVolume(level_m=(0.0, 10.0), area_km2=(1.0, 2.0), volume_mcm=(0.0, 1e6)),
    LevelAreaVolume(level_m=(10.0, 0.0), area_km2=(1.0, 2.0), volume_mcm=(0.0, 1e6)),
    LevelAreaVolume(level_m=(0.0, 10.0), area_km2=(1.0, 2.0), volume_mcm=(0.0, 5.0))])


def _values(spec: FieldSpec) -> st.SearchStrategy[Any]:
    none = st.none()
    by_type: dict[FieldType, st.SearchStrategy[Any]] = {
        FieldType.NUMBER: numbers, FieldType.INTEGER: st.integers(-3, 5) | numbers,
        FieldType.SERIES: series, FieldType.FLOW_OR_SERIES: numbers | series,
        FieldType.STRING: st.sampled_from(["", "  ", "KG", "Toktogul", "kz", "x" * 300]),
        FieldType.BOOLEAN: st.booleans(), FieldType.RULE: rules, FieldType.SHARES: shares,
        FieldType.PLANTS: plants, FieldType.LAV: lavs,
        FieldType.SERIES_BY_SET: st.fixed_dictionaries({n: series for n in
                                                        BASE.inflow_set_names}),
    }
    return none | by_type.get(spec.type, none)


def _node_specs(kind: Any) -> list[FieldSpec]:
    return [s for s in COMMON_NODE_FIELDS + NODE_FIELDS[kind]
            if s.name not in ("id", "kind", "x", "y") and s.type is not FieldType.HYDROPOWER]


@st.composite
def node_edits(draw: st.DrawFn) -> tuple[str, str, Any]:
    node = draw(st.sampled_from(BASE.nodes))
    spec = draw(st.sampled_from(_node_specs(node.kind)))
    return node.id, spec.name, draw(_values(spec))


@st.composite
def link_edits(draw: st.DrawFn) -> tuple[str, str, Any]:
    link = draw(st.sampled_from(BASE.links))
    spec = draw(st.sampled_from([s for s in LINK_FIELDS if s.name not in ("id", "from", "to")]))
    return link.id, spec.name, draw(_values(spec))


def _made_directly(scenario: Scenario, kind: str, owner: str, name: str, value: Any) -> Scenario:
    """The scenario the edit would make, built without the edit's code."""
    if kind == "node":
        return scenario.with_node(replace(scenario.node(owner), **{name: value}))
    return replace(scenario, links=tuple(replace(lk, **{name: value}) if lk.id == owner else lk
                                         for lk in scenario.links))


def _law(kind: str, owner: str, name: str, value: Any) -> None:
    edit = SetNodeField(node_id=owner, field_name=name, value=value) if kind == "node" else \
        SetLinkField(link_id=owner, field_name=name, value=value)
    specs = _node_specs(BASE.node(owner).kind) if kind == "node" else LINK_FIELDS
    spec = next(s for s in specs if s.name == name)
    if value is None and spec.type in EMPTY_VALUES:
        value = EMPTY_VALUES[spec.type]
    if value is None and not (spec.nullable or spec.optional):
        # what the file validator says of a null there (a scenario cannot even hold it)
        with pytest.raises(EditRefused, match="needs a value"):
            edit.apply(BASE)
        return
    direct = _made_directly(BASE, kind, owner, name, value)
    problems = validate_scenario(direct)
    try:
        after = edit.apply(BASE)
    except EditRefused as e:
        assert problems, f"refused ({e}) although the result validates"
        assert problem_text(direct, problems[0]) in str(e)
        return
    assert problems == [], f"accepted although validation reports {problems[:2]}"
    assert validate_scenario(after) == []


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edit=node_edits())
def test_node_edit_refused_exactly_when_its_result_is_invalid(edit: tuple[str, str, Any]) -> None:
    _law("node", *edit)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edit=link_edits())
def test_link_edit_refused_exactly_when_its_result_is_invalid(edit: tuple[str, str, Any]) -> None:
    _law("link", *edit)


@settings(max_examples=100, deadline=None)
@given(period=st.integers(0, PERIODS - 1), value=numbers)
def test_release_edit_refused_exactly_when_its_result_is_invalid(period: int, value: float
                                                                 ) -> None:
    rid = next(iter(BASE.release_schedules))
    edit = SetReleases(changes={rid: {period: value}})
    schedule = list(BASE.release_schedules[rid])
    schedule[period] = value
    direct = replace(BASE, release_schedules={**BASE.release_schedules, rid: tuple(schedule)})
    problems = validate_scenario(direct)
    try:
        edit.apply(BASE)
    except EditRefused:
        assert problems
        return
    assert problems == []


def test_an_unfinished_network_does_not_block_other_edits() -> None:
    from waterplanner.model.edits import AddNode, new_node
    from waterplanner.model.nodes import NodeKind
    lonely = new_node(BASE, NodeKind.JUNCTION)
    unfinished = AddNode(node=lonely).apply(BASE)
    assert validate_scenario(unfinished), "a node without links is a problem"
    dam = next(n for n in BASE.nodes if n.kind.value == "reservoir")
    after = SetNodeField(node_id=dam.id, field_name="capacity_mcm",
                         value=dam.capacity_mcm - 1).apply(unfinished)
    assert after.node(dam.id).capacity_mcm == dam.capacity_mcm - 1
    assert refusal(unfinished, after) is None


def _full_added(before: Scenario, after: Scenario) -> list:
    """The added problems with every section checked on both sides (what the rulebook's
    sparing of an unchanged metadata must equal)."""
    known = set(validate_scenario(before))
    return [p for p in validate_scenario(after) if p not in known]


def test_an_edit_keeping_the_metadata_is_judged_as_with_the_full_check() -> None:
    """The rulebook leaves the metadata's checks out when an edit keeps the very same
    metadata object; a scenario whose metadata already has problems (here a reference
    that is not text and a source with no basis) keeps them out of the refusal, and a
    release edit is still refused exactly for its own new problem."""
    from waterplanner.model.rulebook import added_problems
    bad_meta = replace(BASE.metadata, references={"x": {"title": 5}},  # type: ignore[dict-item]
                       sources={"nodes.a": {"basis": "guess"}})
    broken = replace(BASE, metadata=bad_meta)
    assert any(p.location.startswith("metadata") for p in validate_scenario(broken))
    rid = next(iter(BASE.release_schedules))
    for value in (10.0, -5.0, math.nan):
        schedule = list(broken.release_schedules[rid])
        schedule[0] = value
        after = replace(broken, release_schedules={**broken.release_schedules,
                                                    rid: tuple(schedule)})
        assert after.metadata is broken.metadata
        assert added_problems(broken, after) == _full_added(broken, after)
        assert bool(added_problems(broken, after)) == (not value >= 0)


def test_an_edit_of_the_metadata_itself_is_still_checked() -> None:
    """A scenario with other metadata is checked in full: a new bad source is found."""
    from waterplanner.model.rulebook import added_problems
    after = replace(BASE, metadata=replace(BASE.metadata,
                                           sources={"nodes.a": {"basis": "guess"}}))
    found = added_problems(BASE, after)
    assert found and found == _full_added(BASE, after)
    assert all(p.location.startswith("metadata.sources") for p in found)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_release_edit_is_judged_by_its_schedules_alone_as_by_the_full_check(
        data: st.DataObject) -> None:
    """The quick path for an edit of release values alone (only the changed schedules
    checked) finds exactly the problems the whole validation adds, also when the schedules
    already had problems before the edit and several reservoirs change at once, and it does
    not run the whole validation."""
    from unittest import mock

    from waterplanner.model import rulebook
    start = dict(BASE.release_schedules)
    for rid, old in BASE.release_schedules.items():  # some already broken before the edit
        values = list(old)
        for t in data.draw(st.lists(st.integers(0, PERIODS - 1), max_size=3)):
            values[t] = data.draw(numbers)
        start[rid] = tuple(values)
    before = replace(BASE, release_schedules=start)
    after_schedules = dict(start)
    for rid in data.draw(st.lists(st.sampled_from(sorted(start)), min_size=1, max_size=3)):
        values = list(after_schedules[rid])
        for t in data.draw(st.lists(st.integers(0, PERIODS - 1), min_size=1, max_size=4)):
            values[t] = data.draw(numbers)
        after_schedules[rid] = tuple(values)
    after = replace(before, release_schedules=after_schedules)
    with mock.patch.object(rulebook, "validate_scenario",
                           side_effect=AssertionError("the whole validation ran")):
        quick = rulebook.added_problems(before, after)
    assert quick == _full_added(before, after)


def test_an_edit_changing_more_than_releases_takes_the_whole_validation() -> None:
    """A schedule replaced together with anything else (here a node) is not judged by the
    schedules alone: the whole validation runs and finds the node's problem."""
    from waterplanner.model.rulebook import added_problems
    dam = next(n for n in BASE.nodes if n.kind.value == "reservoir")
    schedules = {**BASE.release_schedules, dam.id: tuple(1.0 for _ in range(PERIODS))}
    after = replace(BASE.with_node(replace(dam, dead_storage_mcm=dam.capacity_mcm * 2)),
                    release_schedules=schedules)
    found = added_problems(BASE, after)
    assert found and found == _full_added(BASE, after)
    assert any(p.location.startswith(f"nodes.{dam.id}") for p in found)
