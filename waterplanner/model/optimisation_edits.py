"""Edits of the scenario's ``optimisation`` section: objectives, requirements, protective
defaults, decision reservoirs.

Each is a pure :class:`~waterplanner.model.edits.Edit`: ``apply(scenario)`` returns a new
scenario whose section is the old one with one change, written in the file form by
:func:`~waterplanner.model.objectives_document.spec_to_document`. The new section is checked by the
section's own validation (:func:`~waterplanner.model.objectives_check.check_optimisation`, the
same check every file gets on opening), so an edit can never leave the section invalid: it
is refused with :class:`~waterplanner.model.edits.EditRefused` and a sentence naming the
objective or requirement and the field concerned. Applied through the document, each edit
is one undo step and is saved with the file.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from waterplanner.i18n import QT_TRANSLATE_NOOP, LabelTable, plural, translate
from waterplanner.model.edits import Edit, EditRefused
from waterplanner.model.nodes import ReservoirNode
from waterplanner.model.objectives import (
    SECTION,
    CarryOver,
    Constraint,
    Objective,
    OptimisationSpec,
    Regularisation,
)
from waterplanner.model.objectives_check import check_optimisation
from waterplanner.model.objectives_document import optimisation_spec, spec_to_document
from waterplanner.model.problems import Problem
from waterplanner.model.scenario import Scenario

OBJECTIVES = "objectives"
CONSTRAINTS = "constraints"
PARTS = (OBJECTIVES, CONSTRAINTS)

_W = "OptimisationEdits"
OBJECTIVE_KIND_WORDS: LabelTable[str] = LabelTable(_W, {
    "shortfall": QT_TRANSLATE_NOOP("OptimisationEdits", "irrigation shortfall"),
    "min_flow_deficit": QT_TRANSLATE_NOOP("OptimisationEdits", "minimum-flow deficit"),
    "lake_inflow": QT_TRANSLATE_NOOP("OptimisationEdits", "terminal-lake inflow"),
    "energy": QT_TRANSLATE_NOOP("OptimisationEdits", "hydropower energy"),
    "carryover": QT_TRANSLATE_NOOP("OptimisationEdits", "carry-over storage target"),
    "spill": QT_TRANSLATE_NOOP("OptimisationEdits", "spill"),
    "release_value": QT_TRANSLATE_NOOP("OptimisationEdits", "value of releases"),
    "fair_shortfall": QT_TRANSLATE_NOOP("OptimisationEdits",
                                        "fair sharing of shortage (the largest share short)"),
})
"""Each objective kind in words (the kind's file name is in docs/optimisation.md)."""

CONSTRAINT_KIND_WORDS: LabelTable[str] = LabelTable(_W, {
    "end_storage": QT_TRANSLATE_NOOP("OptimisationEdits", "end storage (carry-over)"),
    "operating_minimum": QT_TRANSLATE_NOOP("OptimisationEdits", "operating minimum storage"),
    "ramping": QT_TRANSLATE_NOOP("OptimisationEdits", "ramping limit"),
    "release_bounds": QT_TRANSLATE_NOOP("OptimisationEdits", "release bounds"),
    "min_energy": QT_TRANSLATE_NOOP("OptimisationEdits", "minimum energy"),
    "lake_inflow": QT_TRANSLATE_NOOP("OptimisationEdits", "minimum terminal-lake inflow"),
    "rule_curve": QT_TRANSLATE_NOOP("OptimisationEdits", "rule curve"),
    "country_limit": QT_TRANSLATE_NOOP("OptimisationEdits", "ICWC limit"),
    "limit": QT_TRANSLATE_NOOP("OptimisationEdits", "limit of the network"),
})
"""Each requirement kind in words."""

FIELD_WORDS: LabelTable[str] = LabelTable(_W, {
    "weight": QT_TRANSLATE_NOOP("OptimisationEdits", "weight"),
    "penalty": QT_TRANSLATE_NOOP("OptimisationEdits", "penalty"),
    "name": QT_TRANSLATE_NOOP("OptimisationEdits", "name"),
    "hard": QT_TRANSLATE_NOOP("OptimisationEdits", "hard or soft"),
    "demands": QT_TRANSLATE_NOOP("OptimisationEdits", "demands"),
    "nodes": QT_TRANSLATE_NOOP("OptimisationEdits", "minimum-flow points"),
    "plants": QT_TRANSLATE_NOOP("OptimisationEdits", "plants"),
    "reservoirs": QT_TRANSLATE_NOOP("OptimisationEdits", "reservoirs"),
    "reservoir": QT_TRANSLATE_NOOP("OptimisationEdits", "reservoir"),
    "lake": QT_TRANSLATE_NOOP("OptimisationEdits", "terminal lake"),
    "country": QT_TRANSLATE_NOOP("OptimisationEdits", "country"),
    "season": QT_TRANSLATE_NOOP("OptimisationEdits", "season"),
    "by_priority": QT_TRANSLATE_NOOP("OptimisationEdits", "by priority"),
    "target_mcm": QT_TRANSLATE_NOOP("OptimisationEdits", "target (Mm³)"),
    "value_per_mcm": QT_TRANSLATE_NOOP("OptimisationEdits", "value per Mm³"),
    "min_mcm": QT_TRANSLATE_NOOP("OptimisationEdits", "minimum (Mm³)"),
    "max_mcm": QT_TRANSLATE_NOOP("OptimisationEdits", "maximum (Mm³)"),
    "min_m3s": QT_TRANSLATE_NOOP("OptimisationEdits", "lowest release (m³/s)"),
    "max_m3s": QT_TRANSLATE_NOOP("OptimisationEdits", "highest release (m³/s)"),
    "max_change_m3s": QT_TRANSLATE_NOOP("OptimisationEdits", "largest change (m³/s)"),
    "max_change_mcm": QT_TRANSLATE_NOOP("OptimisationEdits", "largest change (Mm³)"),
    "min_mwh": QT_TRANSLATE_NOOP("OptimisationEdits", "minimum energy"),
    "per": QT_TRANSLATE_NOOP("OptimisationEdits", "per period or in total"),
    "limit": QT_TRANSLATE_NOOP("OptimisationEdits", "limit"),
})
"""File keys in words, for refusal messages."""

LIMIT_WORDS: LabelTable[str] = LabelTable(_W, {
    "dead_storage": QT_TRANSLATE_NOOP("OptimisationEdits", "dead storage"),
    "min_release": QT_TRANSLATE_NOOP("OptimisationEdits", "min release"),
    "flood_curve": QT_TRANSLATE_NOOP("OptimisationEdits", "flood curve"),
    "link_capacity": QT_TRANSLATE_NOOP("OptimisationEdits", "link capacity"),
})
"""The network's limits in a title ('limit of the network (dead storage)')."""

SEASON_WORDS: LabelTable[str] = LabelTable(_W, {
    "winter": QT_TRANSLATE_NOOP("OptimisationEdits", "winter"),
    "summer": QT_TRANSLATE_NOOP("OptimisationEdits", "summer"),
    "vegetation": QT_TRANSLATE_NOOP("OptimisationEdits", "vegetation"),
    "non_vegetation": QT_TRANSLATE_NOOP("OptimisationEdits", "non-vegetation"),
})
"""The seasons in a title ('…, winter')."""


def _words(table: LabelTable[str], key: str) -> str:
    """A key in words (its file spelling, spaced, when the table does not know it)."""
    return table[key] if key in table else key.replace("_", " ")

_LOCATION = re.compile(r"^optimisation\.(objectives|constraints)\[(\d+)\](?:\.(\w+))?(.*)$")


def _node_name(scenario: Scenario, node_id: str) -> str:
    return scenario.node(node_id).name if scenario.has_node(node_id) else node_id


def entry_title(entry: Objective | Constraint, scenario: Scenario) -> str:
    """A short name for an objective or requirement, with node names: its own name when it
    has one, else its kind in words and where ('ramping limit at Toktogul')."""
    if entry.name:
        return entry.name
    words = (OBJECTIVE_KIND_WORDS if isinstance(entry, Objective) else
             CONSTRAINT_KIND_WORDS).get(entry.kind, entry.kind)
    limit = getattr(entry, "limit", None)
    if limit:
        words += f" ({_words(LIMIT_WORDS, str(limit))})"
    where = [_node_name(scenario, n) for n in entry.nodes]
    if entry.country:
        where.append(entry.country)
    text = translate("OptimisationEdits", "{what} at {where}").format(
        what=words, where=", ".join(where)) if where else words
    if entry.kind == "country_limit":
        text = translate("OptimisationEdits", "{what} of {country}").format(
            what=words, country=entry.country)
    if entry.season == "all":
        return text
    season = SEASON_WORDS[entry.season] if entry.season in SEASON_WORDS \
        else entry.season.replace("_", "-")
    return f"{text}, {season}"


def current_spec(scenario: Scenario) -> OptimisationSpec:
    """The scenario's optimisation settings (the defaults when it has no section);
    :class:`EditRefused` when the section cannot be read."""
    try:
        return optimisation_spec(scenario)
    except (KeyError, TypeError, ValueError, AttributeError):
        raise EditRefused(translate("OptimisationEdits",
                                    "the scenario's optimisation section cannot be read: fix "
                                    "the problems listed for it first")) from None


class SectionRefused(EditRefused):
    """An edit refused because the section would be invalid. Besides the message, says
    which entry (``part``, ``index``) and which field (file ``key`` and ``field_words``, ''
    for the entry as a whole) the first problem is about, and the problem's own
    ``detail``."""

    def __init__(self, message: str, part: str = "", index: int | None = None,
                 key: str = "", field_words: str = "", detail: str = "") -> None:
        super().__init__(message)
        self.part, self.index, self.key = part, index, key
        self.field_words, self.detail = field_words, detail


def _refusal(problem: Problem, spec: OptimisationSpec, scenario: Scenario,
             more: str) -> SectionRefused:
    """A problem of the section in words: which objective or requirement, which field."""
    m = _LOCATION.match(problem.location)
    if m is None:
        where = problem.location.removeprefix(f"{SECTION}.").replace("_", " ")
        return SectionRefused(translate("OptimisationEdits",
                                        "optimisation settings, {where}: {problem}").format(
            where=where, problem=problem.message) + more,
            field_words=where, detail=problem.message)
    part, index, key, rest = m.group(1), int(m.group(2)), m.group(3), m.group(4)
    items = spec.objectives if part == OBJECTIVES else spec.constraints
    title = f" “{entry_title(items[index], scenario)}”" if index < len(items) else ""
    field_words = ""
    if key:
        field_words = _words(FIELD_WORDS, key)
        if rest.startswith("["):
            field_words = translate("OptimisationEdits", "{field} value {index}").format(
                field=field_words, index=int(rest.strip("[]").split("]")[0]) + 1)
    text = translate("OptimisationEdits", "objective {number}{title}") \
        if part == OBJECTIVES else translate("OptimisationEdits", "requirement {number}{title}")
    text = text.format(number=index + 1, title=title)
    if field_words:
        text = f"{text}, {field_words}"
    text = f"{text}: {problem.message}{more}"
    return SectionRefused(text, part, index, key or "", field_words, problem.message)


def _counted_texts() -> None:  # pragma: no cover - read by pyside6-lupdate, never run
    translate("OptimisationEdits", " (and {count} more problem(s))", None, 1)


def section_problems(scenario: Scenario, spec: OptimisationSpec) -> list[Problem]:
    """Every problem the section of ``spec`` would have in ``scenario`` (the check a file
    gets on opening)."""
    kinds = {n.id: n.kind for n in scenario.nodes}
    plants = {n.id for n in scenario.nodes
              if isinstance(n, ReservoirNode) and n.hydropower is not None}
    return check_optimisation(spec_to_document(spec), kinds, scenario.time.periods, plants)


def with_checked_spec(scenario: Scenario, spec: OptimisationSpec) -> Scenario:
    """The scenario with ``spec`` as its optimisation section; :class:`EditRefused` naming
    the first problem when the section would be invalid."""
    problems = section_problems(scenario, spec)
    if problems:
        more = plural("OptimisationEdits", " (and {count} more problem(s))",
                      len(problems) - 1).format(count=len(problems) - 1) \
            if len(problems) > 1 else ""
        raise _refusal(problems[0], spec, scenario, more)
    ext = dict(scenario.extensions)
    ext[SECTION] = spec_to_document(spec)
    return replace(scenario, extensions=ext)


@dataclass(frozen=True)
class SetOptimisationEntry(Edit):
    """Add, change or remove one objective (``part`` "objectives") or requirement
    ("constraints").

    ``index`` None appends ``entry``; otherwise ``entry`` replaces the one at ``index``, or
    removes it when ``entry`` is None. The optimiser needs at least one objective: removing
    the last is refused.
    """

    part: str = OBJECTIVES
    index: int | None = None
    entry: Objective | Constraint | None = None

    def apply(self, scenario: Scenario) -> Scenario:
        if self.part not in PARTS:
            raise EditRefused(translate("OptimisationEdits",
                                        "'{part}' is not a part of the optimisation settings")
                              .format(part=self.part))
        spec = current_spec(scenario)
        objective = self.part == OBJECTIVES
        wanted = Objective if objective else Constraint
        if self.entry is not None and not isinstance(self.entry, wanted):
            text = translate("OptimisationEdits", "a {type} is not an objective") \
                if objective else translate("OptimisationEdits", "a {type} is not an requirement")
            raise EditRefused(text.format(type=type(self.entry).__name__))
        items: list[Any] = list(getattr(spec, self.part))
        if self.index is None:
            if self.entry is None:
                raise EditRefused(translate("OptimisationEdits", "no objective to add")
                                  if objective else
                                  translate("OptimisationEdits", "no requirement to add"))
            items.append(self.entry)
        elif not 0 <= self.index < len(items):
            text = translate("OptimisationEdits",
                             "there is no objective {number} (the scenario has {count})") \
                if objective else \
                translate("OptimisationEdits",
                          "there is no requirement {number} (the scenario has {count})")
            raise EditRefused(text.format(number=self.index + 1, count=len(items)))
        elif self.entry is None:
            if self.part == OBJECTIVES and len(items) == 1:
                raise EditRefused(translate("OptimisationEdits",
                                            "the optimiser needs at least one objective: add "
                                            "another before removing this one"))
            del items[self.index]
        else:
            items[self.index] = self.entry
        changed: dict[str, Any] = {self.part: tuple(items)}
        return with_checked_spec(scenario, replace(spec, **changed))


def add_entry(scenario: Scenario, entry: Objective | Constraint) -> SetOptimisationEntry:
    """The labelled edit that adds an objective or a requirement."""
    part = OBJECTIVES if isinstance(entry, Objective) else CONSTRAINTS
    label = translate("OptimisationEdits", "Add objective: {title}") \
        if part == OBJECTIVES else translate("OptimisationEdits", "Add requirement: {title}")
    return SetOptimisationEntry(part=part, index=None, entry=entry,
                                label=label.format(title=entry_title(entry, scenario)))


def change_entry(scenario: Scenario, index: int, entry: Objective | Constraint
                 ) -> SetOptimisationEntry:
    """The labelled edit that replaces objective or requirement ``index`` by ``entry``."""
    part = OBJECTIVES if isinstance(entry, Objective) else CONSTRAINTS
    label = translate("OptimisationEdits", "Change objective: {title}") \
        if part == OBJECTIVES else translate("OptimisationEdits", "Change requirement: {title}")
    return SetOptimisationEntry(part=part, index=index, entry=entry,
                                label=label.format(title=entry_title(entry, scenario)))


def remove_entry(scenario: Scenario, part: str, index: int) -> SetOptimisationEntry:
    """The labelled edit that removes objective or requirement ``index``."""
    label = translate("OptimisationEdits", "Remove objective: {title}") \
        if part == OBJECTIVES else translate("OptimisationEdits", "Remove requirement: {title}")
    items = getattr(current_spec(scenario), part, ()) if part in PARTS else ()
    title = entry_title(items[index], scenario) if 0 <= index < len(items) else str(index + 1)
    return SetOptimisationEntry(part=part, index=index, entry=None,
                                label=label.format(title=title))


@dataclass(frozen=True)
class SetObjectiveWeights(Edit):
    """Store new weights for the objectives, one per objective in order (the weights tried
    in the panel for a run, kept in the scenario)."""

    weights: tuple[float, ...] = ()

    def apply(self, scenario: Scenario) -> Scenario:
        spec = current_spec(scenario)
        if len(self.weights) != len(spec.objectives):
            raise EditRefused(translate("OptimisationEdits",
                                        "{weights} weights for {objectives} objectives: the "
                                        "objectives changed meanwhile").format(
                weights=len(self.weights), objectives=len(spec.objectives)))
        objectives = tuple(replace(o, weight=float(w))
                           for o, w in zip(spec.objectives, self.weights))
        return with_checked_spec(scenario, replace(spec, objectives=objectives))


@dataclass(frozen=True)
class SetProtectiveDefaults(Edit):
    """Change the carry-over default and/or the regularisation (None: leave as it is)."""

    carry_over: CarryOver | None = None
    regularisation: Regularisation | None = None

    def apply(self, scenario: Scenario) -> Scenario:
        spec = current_spec(scenario)
        changes: dict[str, Any] = {}
        if self.carry_over is not None:
            changes["carry_over"] = self.carry_over
        if self.regularisation is not None:
            changes["regularisation"] = self.regularisation
        return with_checked_spec(scenario, replace(spec, **changes))


@dataclass(frozen=True)
class SetDecisionReservoirs(Edit):
    """Choose the reservoirs whose releases the optimiser decides (None: all of them); the
    others keep their schedule."""

    reservoirs: tuple[str, ...] | None = None

    def apply(self, scenario: Scenario) -> Scenario:
        spec = current_spec(scenario)
        if self.reservoirs is not None and not self.reservoirs:
            raise EditRefused(translate("OptimisationEdits",
                                        "choose at least one reservoir for the optimiser to "
                                        "decide"))
        return with_checked_spec(scenario, replace(spec, decision_reservoirs=self.reservoirs))


def decision_reservoirs_edit(scenario: Scenario, reservoirs: Sequence[str] | None
                             ) -> SetDecisionReservoirs:
    """The labelled edit that sets the decision reservoirs (all of them: None)."""
    every = [n.id for n in scenario.nodes if isinstance(n, ReservoirNode)]
    chosen = None if reservoirs is None or list(reservoirs) == every else tuple(reservoirs)
    text = translate("OptimisationEdits", "all") if chosen is None \
        else ", ".join(_node_name(scenario, r) for r in chosen)
    return SetDecisionReservoirs(reservoirs=chosen, label=translate(
        "OptimisationEdits", "Optimiser decides: {reservoirs}").format(reservoirs=text))


__all__ = [
    "CONSTRAINTS",
    "CONSTRAINT_KIND_WORDS",
    "OBJECTIVES",
    "OBJECTIVE_KIND_WORDS",
    "SectionRefused",
    "SetDecisionReservoirs",
    "SetObjectiveWeights",
    "SetOptimisationEntry",
    "SetProtectiveDefaults",
    "add_entry",
    "change_entry",
    "current_spec",
    "decision_reservoirs_edit",
    "entry_title",
    "remove_entry",
    "section_problems",
    "with_checked_spec",
]
