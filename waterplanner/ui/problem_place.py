"""Where a problem of the scenario is, in the planner's words.

A :class:`~waterplanner.model.problems.Problem` names its place by a path into the scenario
file (``nodes.toktogul.dead_storage_mcm``, ``links.a__b.capacity_m3s[3]``,
``nodes.toktogul.hydropower.installed_mw``, ``countries[1].code``); the Problems panel shows it as the node or
reach and the field's label from the schema, in the planner's language ("Toktogul, dead
storage"; Russian «Toktogul, мёртвый объём»), with the period or row when the path has an
index. A path it does not understand is shown as it is.
"""

from __future__ import annotations

import re

from waterplanner.i18n import translate
from waterplanner.i18n.dates import time_label
from waterplanner.model.scenario import Scenario
from waterplanner.model.schema import (
    COUNTRY_FIELDS,
    EXCHANGE_FIELDS,
    HYDROPOWER_FIELDS,
    LAV_COLUMNS,
    LINK_FIELDS,
    PLANT_FIELDS,
    RULE_FIELDS,
    FieldSpec,
    FieldType,
    node_field,
)

_STEP = re.compile(r"^([\w\-]+)(?:\[(\d+)\])?$")
_SUB_FIELDS: dict[FieldType, tuple[FieldSpec, ...]] = {
    FieldType.HYDROPOWER: HYDROPOWER_FIELDS,
    FieldType.LAV: LAV_COLUMNS,
    FieldType.RULE: RULE_FIELDS,
}


def _lowered(label: str) -> str:
    """'Dead storage' → 'dead storage' (an abbreviation such as 'ICWC' stays)."""
    return label[0].lower() + label[1:] if len(label) > 1 and label[1].islower() else label


def _step(part: str) -> tuple[str, int | None]:
    m = _STEP.match(part)
    if m is None:
        raise ValueError(part)
    return m.group(1), int(m.group(2)) if m.group(2) is not None else None


def _spec(specs: tuple[FieldSpec, ...], name: str) -> FieldSpec:
    for spec in specs:
        if spec.name == name:
            return spec
    raise KeyError(name)


def _at(scenario: Scenario, spec: FieldSpec, index: int | None) -> str:
    """', Feb 2026' for a period of a series, ', row 3' for a row of a table."""
    if index is None:
        return ""
    if spec.type is FieldType.LAV or spec in LAV_COLUMNS or index >= scenario.time.periods:
        return translate("ProblemPlace", ", row {row}").format(row=index + 1)
    return ", " + time_label(scenario.time, index)


def _field_words(scenario: Scenario, spec: FieldSpec, index: int | None,
                 rest: list[str]) -> str:
    """'dead storage', 'hydropower plant: installed power', 'guide curve, Feb 2026'."""
    words = _lowered(spec.label)
    if not rest:
        return words + _at(scenario, spec, index)
    sub_name, sub_index = _step(rest[0])
    if len(rest) > 1 or spec.type not in _SUB_FIELDS:
        raise ValueError(rest)
    sub = _spec(_SUB_FIELDS[spec.type], sub_name)
    return translate("ProblemPlace", "{field}: {part}").format(
        field=words, part=_lowered(sub.label) + _at(scenario, sub, sub_index))


def _place(scenario: Scenario, parts: list[str]) -> str:
    head = parts[0]
    if head == "nodes" and len(parts) >= 3:
        node = scenario.node(parts[1])
        name, index = _step(parts[2])
        field = _field_words(scenario, node_field(node.kind, name), index, parts[3:])
        return translate("ProblemPlace", "{name}, {field}").format(name=node.name, field=field)
    if head == "release_schedules" and len(parts) == 2:
        node_id, index = _step(parts[1])
        words = translate("ProblemPlace", "release schedule")
        if index is not None:
            words += ", " + time_label(scenario.time, index)
        return translate("ProblemPlace", "{name}, {field}").format(
            name=scenario.node(node_id).name, field=words)
    if head == "links" and len(parts) >= 3:
        link = scenario.link(parts[1])
        reach = translate("ProblemPlace", "{source} → {target}").format(
            source=scenario.node(link.source).name, target=scenario.node(link.target).name)
        name, index = _step(parts[2])
        if name == "plants" and len(parts) == 5:
            plant = next(p for p in link.plants if p.id == parts[3])
            sub, sub_index = _step(parts[4])
            spec = _spec(PLANT_FIELDS, sub)
            field = translate("ProblemPlace", "{field}: {part}").format(
                field=plant.name, part=_lowered(spec.label) + _at(scenario, spec, sub_index))
        elif len(parts) == 3:
            spec = _spec(LINK_FIELDS, name)
            field = _lowered(spec.label) + _at(scenario, spec, index)
        else:
            raise ValueError(parts)
        return translate("ProblemPlace", "{name}, {field}").format(name=reach, field=field)
    table, index = _step(head)
    if table in ("countries", "energy_exchanges") and index is not None and len(parts) == 2:
        if table == "countries":
            item: str = scenario.countries[index].code
            specs = COUNTRY_FIELDS
        else:
            item = scenario.energy_exchanges[index].id
            specs = EXCHANGE_FIELDS
        name, at = _step(parts[1])
        spec = _spec(specs, name)
        return translate("ProblemPlace", "{name}, {field}").format(
            name=item or f"#{index + 1}", field=_lowered(spec.label) + _at(scenario, spec, at))
    raise ValueError(parts)


def problem_place(scenario: Scenario | None, location: str) -> str:
    """The place ``location`` (a path into the scenario file) in words; the path itself when
    there is no scenario or the path names nothing the scenario has ("file": the file as a
    whole)."""
    if location == "file":
        return translate("ProblemPlace", "file")
    if scenario is None:
        return location
    try:
        return _place(scenario, location.split("."))
    except (KeyError, ValueError, IndexError, StopIteration):
        return location
