"""One rulebook: what makes a scenario invalid is written once, in the file validator
(:mod:`waterplanner.model.validation`), and the edits use the same rules.

An edit only turns what was typed into values of the right type; whether the result is
allowed is decided here, by validating the scenario the edit would make: the edit is refused
exactly when it would add a problem (one the scenario did not already have — a network being
built may be unfinished, and an edit elsewhere must not be blamed for that). So a rule added
to the validator is enforced by every edit at once, with the validator's words.
"""

from __future__ import annotations

from dataclasses import fields

from waterplanner.i18n import translate
from waterplanner.i18n.dates import time_label
from waterplanner.model.document import validate_scenario
from waterplanner.model.nodes import NodeKind
from waterplanner.model.problems import Problem
from waterplanner.model.scenario import Scenario
from waterplanner.model.schema import COMMON_NODE_FIELDS, LINK_FIELDS, NODE_FIELDS
from waterplanner.model.validation import schedule_value_problems


def added_problems(before: Scenario, after: Scenario) -> list[Problem]:
    """The problems of ``after`` that ``before`` did not have.

    An edit that keeps the very same metadata object (every edit but the scenario's
    properties) cannot add a problem to it: its checks, which read the metadata alone,
    find the same problems before and after, and those cancel out. They are left out on
    both sides, which spares every other edit the costliest part of the validation (the
    free-form references and sources). Likewise an edit of release values alone (a typed
    cell, a dragged point: the commonest edit of all) can only change the problems of the
    schedules it changed, so only those are checked."""
    changed = _schedules_alone(before, after)
    if changed is not None:
        periods = after.time.periods
        found = [p for rid in changed for p in schedule_value_problems(
            rid, list(after.release_schedules[rid]), periods)]
        if not found:
            return []
        known = {p for rid in changed for p in schedule_value_problems(
            rid, list(before.release_schedules[rid]), periods)}
        return [p for p in found if p not in known]
    metadata = after.metadata is not before.metadata
    found = validate_scenario(after, metadata=metadata)
    if not found:
        return []
    known = set(validate_scenario(before, metadata=metadata))
    return [p for p in found if p not in known]


def _schedules_alone(before: Scenario, after: Scenario) -> list[str] | None:
    """The reservoirs whose release values differ, when nothing else does (every other
    field the very same object, the same schedules kept); None otherwise."""
    for f in fields(Scenario):
        if f.name != "release_schedules" and getattr(before, f.name) is not getattr(after,
                                                                                   f.name):
            return None
    old, new = before.release_schedules, after.release_schedules
    if old.keys() != new.keys():
        return None
    reservoirs = {n.id for n in after.nodes if n.kind is NodeKind.RESERVOIR}
    return [rid for rid, values in new.items()
            if rid in reservoirs and values is not old[rid] and values != old[rid]]


def _label(field: str, specs: object) -> str:
    base = field.split("[")[0]
    for spec in specs:  # type: ignore[attr-defined]
        if spec.name == base:
            return str(spec.label).lower()
    return base.replace("_", " ")


def problem_text(scenario: Scenario, p: Problem) -> str:
    """A problem in the planner's words: 'Toktogul dead storage: 5500 is above capacity 1000'."""
    parts = p.location.split(".")
    if parts[0] == "nodes" and len(parts) >= 2 and scenario.has_node(parts[1]):
        node = scenario.node(parts[1])
        if len(parts) == 2:
            return f"{node.name}: {p.message}"
        specs = COMMON_NODE_FIELDS + NODE_FIELDS[node.kind]
        return _field_problem(node.name, _label(parts[2], specs), p.message)
    if parts[0] == "links" and len(parts) >= 2:
        link = next((lk for lk in scenario.links if lk.id == parts[1]), None)
        if link is not None:
            owner = f"{scenario.node(link.source).name} → {scenario.node(link.target).name}"
            if len(parts) > 2:
                return _field_problem(owner, _label(parts[2], LINK_FIELDS), p.message)
            return f"{owner}: {p.message}"
    if parts[0].startswith("release_schedules") and len(parts) >= 2:
        rid, _, rest = parts[1].partition("[")
        if scenario.has_node(rid):
            name = scenario.node(rid).name
            if rest.rstrip("]").isdigit():
                t = int(rest.rstrip("]"))
                if 0 <= t < scenario.time.periods:
                    return translate("Rulebook", "{name} release, {period}: {problem}").format(
                        name=name, period=time_label(scenario.time, t), problem=p.message)
            return translate("Rulebook", "{name} release: {problem}").format(
                name=name, problem=p.message)
    return str(p)


def _field_problem(owner: str, field: str, message: str) -> str:
    """'Toktogul dead storage: …' (the owner, the field in words, the problem)."""
    return translate("Rulebook", "{owner} {field}: {problem}").format(
        owner=owner, field=field, problem=message)


def refusal(before: Scenario, after: Scenario) -> str | None:
    """Why an edit from ``before`` to ``after`` is refused (its new problems, the first
    three in the planner's words), or None."""
    new = added_problems(before, after)
    if not new:
        return None
    text = "; ".join(problem_text(after, p) for p in new[:3])
    if len(new) > 3:
        return translate("Rulebook", "{problems} (and {count} more)").format(
            problems=text, count=len(new) - 3)
    return text
