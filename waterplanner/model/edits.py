"""Edits: small pure changes to a scenario, each with a human label.

An edit is a frozen object with ``apply(scenario) -> Scenario``. It checks what it touches
and raises :class:`EditRefused` with a sentence the planner can act on (a cycle, a link to a
node that does not exist, a negative release) instead of building a broken scenario. The
GUI's undo stack stores the scenario before and after an edit, so edits need no inverse.

``merge_key`` names what an edit changes (for example the release of one reservoir in one
period): consecutive edits with the same key merge into one undo step, so typing in a field
or dragging a point is undone at once. No Qt here: edits run from plain tests and scripts.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from waterplanner.i18n import QT_TRANSLATE_NOOP, LabelTable, or_joined, translate
from waterplanner.i18n.dates import time_label
from waterplanner.i18n.numbers import decimal_mark
from waterplanner.model.countries import Country, EnergyExchange
from waterplanner.model.ensembles import without_nodes
from waterplanner.model.field_checker import ID_PATTERN, null_message
from waterplanner.model.lav import LevelAreaVolume
from waterplanner.model.network import find_cycle
from waterplanner.model.nodes import (
    NODE_CLASSES,
    AnyNode,
    DemandNode,
    HydropowerPlant,
    InflowNode,
    JunctionNode,
    MinFlowNode,
    NodeKind,
    OperatingRule,
    ReservoirNode,
    RunOfRiverPlant,
    SinkNode,
    TerminalLakeNode,
    kind_word,
)
from waterplanner.model.rulebook import refusal
from waterplanner.model.scenario import AllocationPolicy, Link, Scenario
from waterplanner.model.schema import (
    LINK_FIELDS,
    MAX_SCHEMATIC_COORDINATE,
    SCHEMATIC_BOUND,
    FieldSpec,
    FieldType,
    node_field,
)


class EditRefused(ValueError):
    """An edit would break the scenario; the message says why, for the planner."""


@dataclass(frozen=True)
class Edit:
    """Base of every edit: a label for the undo history and an optional merge key."""

    label: str = field(default="", kw_only=True)
    merge_key: tuple[Any, ...] | None = field(default=None, kw_only=True)

    def apply(self, scenario: Scenario) -> Scenario:  # pragma: no cover - abstract
        """The scenario after the edit; raises :class:`EditRefused` if it cannot be made."""
        raise NotImplementedError


def _node_or_refuse(scenario: Scenario, node_id: str) -> AnyNode:
    try:
        return scenario.node(node_id)
    except KeyError:
        raise EditRefused(_no_node(node_id)) from None


def _no_node(node_id: str) -> str:
    return translate("Edits", "there is no node '{id}'").format(id=node_id)


def _g(v: float) -> str:
    """A number as typed ('1e+20', '2.5'), with the language's decimal mark."""
    return f"{v:g}".replace(".", decimal_mark())


def _check_series(values: Sequence[float], periods: int, what: str, minimum: float | None = 0.0
                  ) -> tuple[float, ...]:
    out = tuple(float(v) for v in values)
    if len(out) != periods:
        raise EditRefused(translate("Edits", "{what} needs {periods} values, got {count}").format(
            what=what, periods=periods, count=len(out)))
    for i, v in enumerate(out):
        if not math.isfinite(v):
            raise EditRefused(translate("Edits", "{what}: value {index} is not a number").format(
                what=what, index=i + 1))
        if minimum is not None and v < minimum:
            raise EditRefused(translate("Edits", "{what}: value {index} ({value}) is below "
                                                 "{minimum}").format(
                what=what, index=i + 1, value=_g(v), minimum=_g(minimum)))
    return out


# --- release schedules ------------------------------------------------------------------
@dataclass(frozen=True)
class SetReleases(Edit):
    """Replace some periods of some reservoirs' release schedules (Mm³ per period).

    ``changes`` maps a reservoir id to {period index: release in Mm³}. Several reservoirs
    and periods in one edit make one undo step (a multi-cell paste, a "scale by %").
    """

    changes: Mapping[str, Mapping[int, float]] = field(default_factory=dict)

    def apply(self, scenario: Scenario) -> Scenario:
        schedules = dict(scenario.release_schedules)
        for rid, periods in self.changes.items():
            node = _node_or_refuse(scenario, rid)
            if not isinstance(node, ReservoirNode):
                raise EditRefused(translate("Edits", "'{name}' is not a reservoir: it has no "
                                                     "release schedule").format(name=node.name))
            values = list(schedules[rid])
            for t, v in periods.items():
                if not 0 <= t < len(values):
                    raise EditRefused(translate("Edits", "period {period} is outside the horizon "
                                                         "({count} periods)").format(
                        period=t + 1, count=len(values)))
                values[t] = _number(v, translate("Edits", "{name} release, {period}").format(
                    name=node.name, period=time_label(scenario.time, t)))
            schedules[rid] = tuple(values)
        if all(schedules[k] == scenario.release_schedules[k] for k in self.changes):
            return scenario  # nothing changed: no undo step
        return _refuse_if_invalid(scenario, replace(scenario, release_schedules=schedules))


def set_release(scenario: Scenario, reservoir_id: str, period: int, value_mcm: float,
                merge_token: object = None) -> SetReleases:
    """The edit that sets one reservoir's release in one period (labelled).

    Edits made by one gesture (the drag of a point) carry the gesture's ``merge_token`` and
    merge into one undo step; without a token (a value typed into a cell) every edit is a
    step of its own, even when the same cell is edited twice in a row.
    """
    name = _node_or_refuse(scenario, reservoir_id).name
    month = time_label(scenario.time, period)
    return SetReleases(changes={reservoir_id: {period: value_mcm}},
                       label=translate("Edits", "Set {name} release, {period}").format(
                           name=name, period=month),
                       merge_key=None if merge_token is None
                       else ("release", reservoir_id, period, merge_token))


# --- node fields ------------------------------------------------------------------------
def _number(value: Any, what: str) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        raise EditRefused(translate("Edits", "{what}: '{value}' is not a number").format(
            what=what, value=value)) from None


def _numbers(values: Any, what: str) -> tuple[float, ...]:
    if isinstance(values, (str, bytes)) or not hasattr(values, "__iter__"):
        raise EditRefused(translate("Edits", "{what}: expected one number per period").format(
            what=what))
    return tuple(_number(v, what) for v in values)


EMPTY_VALUES: dict[FieldType, Any] = {
    FieldType.RULE: OperatingRule(), FieldType.SHARES: {}, FieldType.PLANTS: ()}
"""What setting these fields to nothing means: today's rule (the schedule), no shares, no
plants."""


def _coerce(spec: FieldSpec, value: Any, owner: str) -> Any:
    """``value`` as the type its field holds (a number typed as text becomes a float, a
    list a tuple). Only what cannot be represented at all is refused here; whether the value
    is allowed is the rulebook's decision (:mod:`waterplanner.model.rulebook`)."""
    what = translate("Edits", "{owner} {field}").format(owner=owner, field=spec.label.lower())
    if value is None:
        if spec.type in EMPTY_VALUES:
            return EMPTY_VALUES[spec.type]
        if not spec.nullable and not spec.optional:
            raise EditRefused(f"{what}: {null_message()}")
        return None
    if spec.type in (FieldType.NUMBER, FieldType.INTEGER):
        v = _number(value, what)
        return int(v) if spec.type is FieldType.INTEGER and v.is_integer() else v
    if spec.type is FieldType.BOOLEAN:
        if not isinstance(value, bool):
            raise EditRefused(translate("Edits", "{what} must be yes or no").format(what=what))
        return value
    if spec.type is FieldType.STRING:
        return str(value)
    if spec.type is FieldType.SERIES:
        return _numbers(value, what)
    if spec.type is FieldType.FLOW_OR_SERIES:
        if isinstance(value, (int, float, str)) and not isinstance(value, bool):
            return _number(value, what)
        return _numbers(value, what)
    if spec.type is FieldType.SERIES_BY_SET:
        if not isinstance(value, Mapping):
            raise EditRefused(_expected(what, translate("Edits", "one series per inflow set")))
        return {str(k): _numbers(v, f"{what} ({k})") for k, v in value.items()}
    if spec.type is FieldType.LAV:
        if not isinstance(value, LevelAreaVolume):
            raise EditRefused(_expected(what, translate("Edits", "a level–area–volume table")))
        return value
    if spec.type is FieldType.RULE:
        if not isinstance(value, OperatingRule):
            raise EditRefused(_expected(what, translate("Edits", "an operating rule")))
        rel = value.buffer_release_m3s
        return replace(
            value,
            guide_curve_mcm=None if value.guide_curve_mcm is None
            else _numbers(value.guide_curve_mcm, translate("Edits", "{what} (guide curve)")
                          .format(what=what)),
            buffer_mcm=None if value.buffer_mcm is None
            else _numbers(value.buffer_mcm, translate("Edits", "{what} (buffer zone)")
                          .format(what=what)),
            buffer_release_m3s=None if rel is None else
            _number(rel, what) if isinstance(rel, (int, float)) else _numbers(rel, what))
    if spec.type is FieldType.SHARES:
        if not isinstance(value, Mapping):
            raise EditRefused(_expected(what, translate("Edits", "countries and their shares")))
        return {str(k): _number(v, what) for k, v in value.items()}
    if spec.type is FieldType.PLANTS:
        plants = tuple(value or ())
        if not all(isinstance(p, RunOfRiverPlant) for p in plants):
            raise EditRefused(_expected(what, translate("Edits", "run-of-river plants")))
        return plants
    if spec.type is FieldType.HYDROPOWER:
        if not isinstance(value, HydropowerPlant):
            raise EditRefused(_expected(what, translate("Edits", "a hydropower plant")))
        return value
    return value


def _expected(what: str, thing: str) -> str:
    return translate("Edits", "{what}: expected {thing}").format(what=what, thing=thing)


def _refuse_if_invalid(before: Scenario, after: Scenario) -> Scenario:
    """``after``, unless it has a problem ``before`` did not (then refused in its words)."""
    why = refusal(before, after)
    if why is not None:
        raise EditRefused(why)
    return after


@dataclass(frozen=True)
class SetNodeField(Edit):
    """Set one field of one node (a capacity, a demand series, a level–area–volume table)."""

    node_id: str = ""
    field_name: str = ""
    value: Any = None

    def apply(self, scenario: Scenario) -> Scenario:
        node = _node_or_refuse(scenario, self.node_id)
        if self.field_name in ("id", "kind"):
            raise EditRefused(translate("Edits", "the id of a node cannot be changed here")
                              if self.field_name == "id" else
                              translate("Edits", "the kind of a node cannot be changed here"))
        try:
            spec = node_field(node.kind, self.field_name)
        except KeyError:
            raise EditRefused(translate("Edits", "a {kind} has no field '{field}'").format(
                kind=kind_word(node.kind), field=self.field_name)) from None
        value = _coerce(spec, self.value, node.name)
        try:
            new_node = replace(node, **{self.field_name: value})
        except (TypeError, ValueError) as e:
            raise EditRefused(f"{node.name}: {e}") from None
        return _refuse_if_invalid(scenario, scenario.with_node(new_node))


@dataclass(frozen=True)
class MoveNodes(Edit):
    """Place nodes on the schematic: {node id: (x, y)}.

    Only the scenario's layout changes: its nodes, links and time base stay the very same
    objects, so nothing is revalidated or re-simulated for a move.
    """

    positions: Mapping[str, tuple[float, float]] = field(default_factory=dict)

    def apply(self, scenario: Scenario) -> Scenario:
        missing = set(self.positions) - {n.id for n in scenario.nodes}
        if missing:
            raise EditRefused(_no_node(min(missing)))
        checked = {nid: _checked_position(scenario.node(nid).name, pos)
                   for nid, pos in self.positions.items()}
        if all(scenario.layout.position(nid) == pos for nid, pos in checked.items()):
            return scenario
        return replace(scenario, layout=scenario.layout.moved(checked))


def _checked_position(owner: str, position: tuple[float, float]) -> tuple[float, float]:
    """A position on the drawing as stored, or :class:`EditRefused` saying what is wrong."""
    try:
        x, y = (float(v) for v in position)
    except (TypeError, ValueError):
        raise EditRefused(translate("Edits", "{owner}: a position is two numbers, x and y")
                          .format(owner=owner)) from None
    for label, v in (("x", x), ("y", y)):
        if not math.isfinite(v) or abs(v) > MAX_SCHEMATIC_COORDINATE:
            raise EditRefused(translate("Edits", "{owner}: position {axis} = {value} is off the "
                                                 "drawing (it must be {bound})").format(
                owner=owner, axis=label, value=_g(v),
                bound=translate("Fields", SCHEMATIC_BOUND)))
    return x, y


# --- network ----------------------------------------------------------------------------
def unique_id(taken: set[str], base: str) -> str:
    """``base`` made into a valid id not in ``taken`` (``reservoir``, ``reservoir-2``...)."""
    stem = re.sub(r"[^A-Za-z0-9_\-]+", "-", base.strip().lower()).strip("-")[:56] or "node"
    if stem not in taken:
        return stem
    i = 2
    while f"{stem}-{i}" in taken:
        i += 1
    return f"{stem}-{i}"


KIND_LABELS: LabelTable[NodeKind] = LabelTable("NodeKinds", {
    NodeKind.INFLOW: QT_TRANSLATE_NOOP("NodeKinds", "Inflow"),
    NodeKind.RESERVOIR: QT_TRANSLATE_NOOP("NodeKinds", "Reservoir"),
    NodeKind.JUNCTION: QT_TRANSLATE_NOOP("NodeKinds", "Junction"),
    NodeKind.DEMAND: QT_TRANSLATE_NOOP("NodeKinds", "Demand"),
    NodeKind.MIN_FLOW: QT_TRANSLATE_NOOP("NodeKinds", "Minimum flow"),
    NodeKind.TERMINAL_LAKE: QT_TRANSLATE_NOOP("NodeKinds", "Terminal lake"),
    NodeKind.SINK: QT_TRANSLATE_NOOP("NodeKinds", "Sink"),
})
"""Each node kind's name, read in the current language (menus, palettes)."""


def new_node(scenario: Scenario, kind: NodeKind, name: str | None = None) -> AnyNode:
    """A node of ``kind`` with modest placeholder values, ready to be connected and edited
    (where it is drawn is given to :class:`AddNode`).

    Without ``name`` it is named in English ('Reservoir 3') whatever the planner's language:
    the name is data of the scenario file, shared between colleagues and read by scripts,
    and its id is made from it; the planner renames it (a local name goes in ``local_name``).
    """
    label = name or KIND_LABELS.english[kind]
    taken = {n.id for n in scenario.nodes}
    taken_names = {n.name for n in scenario.nodes}
    if name is None:
        i = 1
        while f"{label} {i}" in taken_names:
            i += 1
        label = f"{label} {i}"
    common: dict[str, Any] = {"id": unique_id(taken, label), "name": label}
    t = scenario.time.periods
    zeros = tuple(0.0 for _ in range(t))
    if kind is NodeKind.INFLOW:
        return InflowNode(**common, inflow_mcm={s: zeros for s in scenario.inflow_set_names})
    if kind is NodeKind.RESERVOIR:
        return ReservoirNode(**common, capacity_mcm=100.0, dead_storage_mcm=10.0,
                             initial_storage_mcm=50.0,
                             lav=LevelAreaVolume(level_m=(100.0, 120.0), area_km2=(1.0, 10.0),
                                                 volume_mcm=(0.0, 100.0)),
                             evaporation_mm=zeros)
    if kind is NodeKind.DEMAND:
        return DemandNode(**common, demand_mcm=zeros)
    if kind is NodeKind.MIN_FLOW:
        return MinFlowNode(**common, required_mcm=zeros)
    if kind is NodeKind.TERMINAL_LAKE:
        return TerminalLakeNode(**common, initial_storage_mcm=50.0,
                                lav=LevelAreaVolume(level_m=(40.0, 45.0), area_km2=(10.0, 50.0),
                                                    volume_mcm=(0.0, 100.0)),
                                evaporation_mm=zeros, precipitation_mm=zeros, crest_level_m=44.0)
    if kind is NodeKind.SINK:
        return SinkNode(**common)
    return JunctionNode(**common)


@dataclass(frozen=True)
class AddNode(Edit):
    """Add a node (a reservoir also gets a release schedule of zeros), drawn at
    ``position`` (without one, at the layout's default place)."""

    node: AnyNode | None = None
    position: tuple[float, float] | None = None

    def apply(self, scenario: Scenario) -> Scenario:
        n = self.node
        if n is None or type(n) not in NODE_CLASSES.values():
            raise EditRefused(translate("Edits", "nothing to add"))
        if not ID_PATTERN.match(n.id):
            raise EditRefused(translate("Edits", "'{id}' is not a valid id (1-64 letters, "
                                                 "digits, _ and -)").format(id=n.id))
        if scenario.has_node(n.id):
            raise EditRefused(translate("Edits", "a node with id '{id}' already exists").format(
                id=n.id))
        schedules = dict(scenario.release_schedules)
        if isinstance(n, ReservoirNode):
            schedules[n.id] = tuple(0.0 for _ in range(scenario.time.periods))
        layout = scenario.layout
        if self.position is not None:
            layout = layout.moved({n.id: _checked_position(n.name, self.position)})
        return replace(scenario, nodes=scenario.nodes + (n,), release_schedules=schedules,
                       layout=layout)


@dataclass(frozen=True)
class DeleteNodes(Edit):
    """Delete nodes together with every link touching them and their schedules."""

    node_ids: tuple[str, ...] = ()

    def apply(self, scenario: Scenario) -> Scenario:
        gone = set(self.node_ids)
        for nid in gone:
            _node_or_refuse(scenario, nid)
        if not gone:
            raise EditRefused(translate("Edits", "nothing selected to delete"))
        schedules = {k: v for k, v in scenario.release_schedules.items() if k not in gone}
        sources = {k: v for k, v in scenario.metadata.sources.items()
                   if not any(k.startswith(f"nodes.{g}.") for g in gone)}
        return replace(scenario, nodes=tuple(n for n in scenario.nodes if n.id not in gone),
                       links=tuple(lk for lk in scenario.links
                                   if lk.source not in gone and lk.target not in gone),
                       release_schedules=schedules,
                       metadata=replace(scenario.metadata, sources=sources),
                       ensembles=without_nodes(scenario.ensembles, gone),
                       layout=scenario.layout.without(gone))


@dataclass(frozen=True)
class AddLink(Edit):
    """Connect two nodes in the flow direction; refuses cycles and impossible ends."""

    source: str = ""
    target: str = ""
    link_id: str | None = None

    def apply(self, scenario: Scenario) -> Scenario:
        a = _node_or_refuse(scenario, self.source)
        b = _node_or_refuse(scenario, self.target)
        if a.id == b.id:
            raise EditRefused(translate("Edits", "cannot link {name} to itself").format(
                name=a.name))
        if any(lk.source == a.id and lk.target == b.id for lk in scenario.links):
            raise EditRefused(translate("Edits", "{source} already flows into {target}").format(
                source=a.name, target=b.name))
        if isinstance(b, InflowNode):
            raise EditRefused(translate("Edits", "{name} is an inflow, a source of the river: "
                                                 "nothing can flow into it").format(name=b.name))
        if isinstance(a, SinkNode):
            raise EditRefused(translate("Edits", "{name} is a sink: water leaving the basin "
                                                 "cannot flow on").format(name=a.name))
        edges = [(lk.source, lk.target) for lk in scenario.links] + [(a.id, b.id)]
        cycle = find_cycle([n.id for n in scenario.nodes], edges)
        if cycle is not None:
            names = " → ".join(scenario.node(c).name for c in cycle)
            raise EditRefused(translate("Edits", "linking {source} to {target} would make water "
                                                 "flow in a circle ({cycle}); a river network "
                                                 "must run downhill").format(
                source=a.name, target=b.name, cycle=names))
        lid = self.link_id or unique_id({lk.id for lk in scenario.links}, f"{a.id}-{b.id}")
        if any(lk.id == lid for lk in scenario.links):
            raise EditRefused(translate("Edits", "a link with id '{id}' already exists").format(
                id=lid))
        return replace(scenario, links=scenario.links + (Link(id=lid, source=a.id, target=b.id),))


@dataclass(frozen=True)
class DeleteLinks(Edit):
    """Delete links by id."""

    link_ids: tuple[str, ...] = ()

    def apply(self, scenario: Scenario) -> Scenario:
        gone = set(self.link_ids)
        known = {lk.id for lk in scenario.links}
        if gone - known:
            raise EditRefused(_no_link(min(gone - known)))
        return replace(scenario, links=tuple(lk for lk in scenario.links if lk.id not in gone))


LINK_ATTRIBUTES = {"travel_time_periods", "loss_fraction", "capacity_m3s", "overflow",
                   "initial_flow_m3s", "plants", "return_share"}
"""Link fields that can be set (the ends are changed by deleting and connecting)."""


@dataclass(frozen=True)
class SetLinkField(Edit):
    """Set one property of a link (capacity, loss, travel time, overflow route...)."""

    link_id: str = ""
    field_name: str = ""
    value: Any = None

    def apply(self, scenario: Scenario) -> Scenario:
        try:
            link = scenario.link(self.link_id)
        except KeyError:
            raise EditRefused(_no_link(self.link_id)) from None
        if self.field_name not in LINK_ATTRIBUTES:
            raise EditRefused(translate("Edits", "the link field '{field}' cannot be set here")
                              .format(field=self.field_name))
        spec = next(f for f in LINK_FIELDS if f.name == self.field_name)
        owner = f"{scenario.node(link.source).name} → {scenario.node(link.target).name}"
        value = _coerce(spec, self.value, owner)
        new = replace(link, **{self.field_name: value})
        return _refuse_if_invalid(scenario, replace(
            scenario, links=tuple(new if lk.id == link.id else lk for lk in scenario.links)))


def _no_link(link_id: str) -> str:
    return translate("Edits", "there is no link '{id}'").format(id=link_id)


@dataclass(frozen=True)
class SetAllocation(Edit):
    """Choose how users of equal priority share a shortage (upstream first, or the ICWC's
    proportional sharing)."""

    policy: str = AllocationPolicy.UPSTREAM_FIRST.value

    def apply(self, scenario: Scenario) -> Scenario:
        try:
            policy = AllocationPolicy(self.policy)
        except ValueError:
            raise EditRefused(translate("Edits", "'{value}' is not an allocation policy (use "
                                                 "{policies})").format(
                value=self.policy, policies=or_joined(p.value for p in AllocationPolicy))) \
                from None
        return scenario if policy is scenario.allocation else replace(scenario, allocation=policy)


@dataclass(frozen=True)
class SetSharing(Edit):
    """How the basin is shared, set at once (Scenario → Water sharing and countries): the
    allocation policy, the countries with their seasonal limits and the energy exchange
    ledger. Refused exactly when the result would have a problem (the rulebook)."""

    policy: str = AllocationPolicy.UPSTREAM_FIRST.value
    countries: tuple[Country, ...] = ()
    exchanges: tuple[EnergyExchange, ...] = ()

    def apply(self, scenario: Scenario) -> Scenario:
        after = SetAllocation(policy=self.policy).apply(scenario)
        if not all(isinstance(c, Country) for c in self.countries) or \
                not all(isinstance(x, EnergyExchange) for x in self.exchanges):
            raise EditRefused(translate("Edits", "expected countries and energy exchanges"))
        after = replace(after, countries=tuple(self.countries),
                        energy_exchanges=tuple(self.exchanges))
        return scenario if after == scenario else _refuse_if_invalid(scenario, after)


@dataclass(frozen=True)
class ReplaceScenario(Edit):
    """Swap in a whole scenario (an optimised schedule, an imported series set)."""

    scenario: Scenario | None = None

    def apply(self, scenario: Scenario) -> Scenario:
        if self.scenario is None:
            raise EditRefused(translate("Edits", "no scenario to apply"))
        return self.scenario



METADATA_TEXT_FIELDS = ("name", "description", "author", "organisation", "notes",
                        "initial_state_date")
MAX_METADATA_CHARS = {"name": 200, "author": 200, "organisation": 200,
                      "initial_state_date": 10, "description": 20_000, "notes": 100_000}
METADATA_WORDS: LabelTable[str] = LabelTable("Edits", {
    "name": QT_TRANSLATE_NOOP("Edits", "name"),
    "description": QT_TRANSLATE_NOOP("Edits", "description"),
    "author": QT_TRANSLATE_NOOP("Edits", "author"),
    "organisation": QT_TRANSLATE_NOOP("Edits", "organisation"),
    "notes": QT_TRANSLATE_NOOP("Edits", "notes"),
    "initial_state_date": QT_TRANSLATE_NOOP("Edits", "initial state date"),
})
"""The scenario's properties as a refusal names them."""


@dataclass(frozen=True)
class SetMetadata(Edit):
    """Change the scenario's descriptive fields (Scenario → Properties): title, description,
    author, organisation, notes and the date of the initial state (YYYY-MM-DD or empty)."""

    values: Mapping[str, str] = field(default_factory=dict)

    def apply(self, scenario: Scenario) -> Scenario:
        meta = replace(scenario.metadata, **checked_metadata(self.values))  # type: ignore[arg-type]
        if meta == scenario.metadata:
            return scenario
        return replace(scenario, metadata=meta)


def checked_metadata(values: Mapping[str, str]) -> dict[str, str]:
    """Scenario properties as they will be stored; :class:`EditRefused` names the first
    that cannot be (an empty title, an overlong field, a date that is not a date)."""
    changes: dict[str, str] = {}
    for key, value in values.items():
        if key not in METADATA_TEXT_FIELDS:
            raise EditRefused(translate("Edits", "'{key}' is not a scenario property").format(
                key=key))
        text = str(value).strip() if key in ("name", "initial_state_date") else str(value)
        limit = MAX_METADATA_CHARS[key]
        if len(text) > limit:
            raise EditRefused(translate("Edits", "{field}: {count} characters; at most {limit}")
                              .format(field=METADATA_WORDS[key], count=len(text), limit=limit))
        if key == "name" and not text:
            raise EditRefused(translate("Edits", "the scenario needs a title"))
        if key == "initial_state_date" and text:
            try:
                date.fromisoformat(text)
            except ValueError:
                raise EditRefused(translate("Edits", "date of the initial state: '{text}' is not "
                                                     "a date (use YYYY-MM-DD, e.g. 2025-10-01)")
                                  .format(text=text)) from None
        changes[key] = text
    return changes
