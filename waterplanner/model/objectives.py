"""The scenario file's ``optimisation`` section: what the optimiser may change, what it aims
for and what it must respect.

The section is optional. Without it the optimiser decides every reservoir's releases and
minimises the priority-weighted irrigation shortfall plus the minimum-flow deficits
(:data:`DEFAULT_SPEC`). Its file form is documented in ``docs/optimisation.md``; in short::

    "optimisation": {
      "decision_reservoirs": ["toktogul", "kayrakkum"],      # omitted: all reservoirs
      "allocation": "priority",                              # or "free"
      "objectives": [
        {"kind": "shortfall", "weight": 1, "by_priority": true},
        {"kind": "energy", "weight": 0.001, "plants": ["toktogul"], "season": "winter"},
        {"kind": "release_value", "reservoir": "r1", "value_per_mcm": [1.1, 1.0, ...]}
      ],
      "constraints": [
        {"kind": "rule_curve", "reservoir": "toktogul", "min_mcm": [...], "hard": false,
         "penalty": 10},
        {"kind": "end_storage", "reservoir": "toktogul", "min_mcm": 14000}
      ]
    }

Everything here is plain data (frozen dataclasses); the engine turns it into a linear
programme (:mod:`waterplanner.engine.optimise`). Reading never raises on a validated
document: :func:`check_optimisation` reports every problem as (location, message) first,
and :func:`validate_document` runs it on every scenario file.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from typing import Any

from waterplanner.model.nodes import NodeKind
from waterplanner.model.problems import Problem

SECTION = "optimisation"
SEASONS = ("all", "winter", "summer")
ALLOCATIONS = ("priority", "free")
LIMITS = ("dead_storage", "min_release", "flood_curve", "link_capacity")
"""Limits taken from the network itself whose hardness the planner may change."""

Series = tuple[float, ...]


@dataclass(frozen=True)
class _KindSpec:
    """File keys of one objective or constraint kind.

    ``node_key``/``nodes_key`` name the key holding one node or a list of nodes, and
    ``node_kinds`` which node kinds they may name; ``required`` keys must be present.
    """

    node_key: str = ""
    nodes_key: str = ""
    node_kinds: tuple[NodeKind, ...] = ()
    plants_only: bool = False
    numbers: tuple[str, ...] = ()
    series: tuple[str, ...] = ()
    required: tuple[str, ...] = ()
    extra: tuple[str, ...] = ()
    sense: str = "min"
    unit: str = "Mm³"


_RES = (NodeKind.RESERVOIR,)
OBJECTIVE_KINDS: dict[str, _KindSpec] = {
    "shortfall": _KindSpec(nodes_key="demands", node_kinds=(NodeKind.DEMAND,),
                           extra=("country", "season", "by_priority")),
    "min_flow_deficit": _KindSpec(nodes_key="nodes", node_kinds=(NodeKind.MIN_FLOW,),
                                  extra=("season",)),
    "lake_inflow": _KindSpec(node_key="lake", node_kinds=(NodeKind.TERMINAL_LAKE,),
                             numbers=("target_mcm",), required=("lake",), extra=("season",)),
    "energy": _KindSpec(nodes_key="plants", node_kinds=_RES, plants_only=True,
                        extra=("country", "season"), sense="max", unit="MWh"),
    "carryover": _KindSpec(node_key="reservoir", node_kinds=_RES, numbers=("target_mcm",),
                           required=("reservoir", "target_mcm")),
    "spill": _KindSpec(nodes_key="reservoirs", node_kinds=_RES),
    "release_value": _KindSpec(node_key="reservoir", node_kinds=_RES, series=("value_per_mcm",),
                               required=("reservoir", "value_per_mcm"), sense="max",
                               unit="value"),
}
"""Objective kinds: what each measures is in docs/optimisation.md."""

CONSTRAINT_KINDS: dict[str, _KindSpec] = {
    "rule_curve": _KindSpec(node_key="reservoir", node_kinds=_RES, series=("min_mcm", "max_mcm"),
                            required=("reservoir",)),
    "release_bounds": _KindSpec(node_key="reservoir", node_kinds=_RES,
                                series=("min_mcm", "max_mcm"), required=("reservoir",)),
    "ramping": _KindSpec(node_key="reservoir", node_kinds=_RES, numbers=("max_change_mcm",),
                         required=("reservoir", "max_change_mcm")),
    "end_storage": _KindSpec(node_key="reservoir", node_kinds=_RES, numbers=("min_mcm",),
                             required=("reservoir", "min_mcm")),
    "min_energy": _KindSpec(nodes_key="plants", node_kinds=_RES, plants_only=True,
                            numbers=("min_mwh",), required=("min_mwh",),
                            extra=("country", "season", "per"), unit="MWh"),
    "lake_inflow": _KindSpec(node_key="lake", node_kinds=(NodeKind.TERMINAL_LAKE,),
                             numbers=("min_mcm",), required=("lake", "min_mcm"),
                             extra=("season",)),
    "limit": _KindSpec(required=("limit",), extra=("limit",)),
}
"""Constraint kinds; each may be hard (default) or soft with a penalty per unit violated."""

COMMON_OBJECTIVE_KEYS = ("kind", "name", "weight")
COMMON_CONSTRAINT_KEYS = ("kind", "name", "hard", "penalty")
DEFAULT_PENALTY = 1000.0


@dataclass(frozen=True, kw_only=True)
class Objective:
    """One term of the objective, minimised (``sense`` "min") or maximised ("max").

    ``nodes`` are the demands, plants, reservoirs, minimum-flow points or the lake the term
    is about (empty: every node of the kind it applies to). ``weight`` multiplies the term
    in the combined objective, in objective units per unit of the term (per Mm³, per MWh).
    """

    kind: str
    name: str = ""
    weight: float = 1.0
    nodes: tuple[str, ...] = ()
    country: str = ""
    season: str = "all"
    target_mcm: float | None = None
    value_per_mcm: Series | None = None
    by_priority: bool = True

    @property
    def label(self) -> str:
        """The name the planner refers to the term by (``--between`` on the command line)."""
        return self.name or default_name(self.kind, self.nodes, self.season)

    @property
    def sense(self) -> str:
        """"min" or "max" (a lake inflow without a target is maximised)."""
        if self.kind == "lake_inflow" and self.target_mcm is None:
            return "max"
        return OBJECTIVE_KINDS[self.kind].sense

    @property
    def unit(self) -> str:
        return OBJECTIVE_KINDS[self.kind].unit


@dataclass(frozen=True, kw_only=True)
class Constraint:
    """A requirement on the schedule; ``hard`` ones must hold, soft ones cost ``penalty``
    objective units per unit of violation (Mm³, or MWh for energy)."""

    kind: str
    name: str = ""
    nodes: tuple[str, ...] = ()
    country: str = ""
    season: str = "all"
    per: str = "total"
    min_mcm: Series | float | None = None
    max_mcm: Series | None = None
    max_change_mcm: float | None = None
    min_mwh: float | None = None
    limit: str = ""
    hard: bool = True
    penalty: float = DEFAULT_PENALTY

    @property
    def label(self) -> str:
        if self.name:
            return self.name
        if self.kind == "limit":
            return f"limit:{self.limit}"
        return default_name(self.kind, self.nodes, self.season)


@dataclass(frozen=True, kw_only=True)
class OptimisationSpec:
    """The whole ``optimisation`` section.

    ``decision_reservoirs`` None means every reservoir; the others follow their schedule.
    ``allocation`` "priority" makes the optimiser share water among demands as the simulator
    does (equal priorities at one intake point in proportion to demand, ties broken towards
    the higher priority); "free" lets it choose deliveries where the network allows.
    ``max_iterations`` and ``tolerance_mcm`` are the successive-LP stopping rule.
    """

    decision_reservoirs: tuple[str, ...] | None = None
    allocation: str = "priority"
    objectives: tuple[Objective, ...] = ()
    constraints: tuple[Constraint, ...] = ()
    max_iterations: int = 30
    tolerance_mcm: float = 1e-3
    extras: dict[str, Any] = field(default_factory=dict)

    def objective(self, label: str) -> Objective:
        """The objective with this label (KeyError if none)."""
        for o in self.objectives:
            if o.label == label:
                return o
        raise KeyError(label)


DEFAULT_OBJECTIVES = (Objective(kind="shortfall"), Objective(kind="min_flow_deficit"))
DEFAULT_SPEC = OptimisationSpec(objectives=DEFAULT_OBJECTIVES)
"""What the optimiser does when a scenario has no ``optimisation`` section."""


def default_name(kind: str, nodes: tuple[str, ...], season: str = "all") -> str:
    """``kind``, ``kind:node``, ``kind:node,node`` with ``:season`` unless "all"."""
    parts = [kind]
    if nodes or season != "all":
        parts.append(",".join(nodes))
    if season != "all":
        parts.append(season)
    return ":".join(parts)


def objective_from_label(label: str) -> Objective:
    """An objective from a short label ``kind[:node,node][:season]`` (weight 1), for the
    trade-off command: ``energy:toktogul:winter``, ``shortfall::summer``,
    ``lake_inflow:north_aral`` (the lake's total inflow, maximised)."""
    parts = label.split(":")
    kind = parts[0]
    nodes = tuple(n for n in (parts[1].split(",") if len(parts) > 1 else []) if n)
    season = parts[2] if len(parts) > 2 and parts[2] else "all"
    if kind not in OBJECTIVE_KINDS or season not in SEASONS or len(parts) > 3:
        raise ValueError(f"'{label}' is not an objective: use kind[:node,node][:season] with "
                         f"kind one of {', '.join(OBJECTIVE_KINDS)} and season one of "
                         f"{', '.join(SEASONS)}")
    spec = OBJECTIVE_KINDS[kind]
    if spec.node_key and len(nodes) != 1:
        raise ValueError(f"'{label}': a {kind} objective names exactly one node")
    if "target_mcm" in spec.required or "value_per_mcm" in spec.required:
        raise ValueError(f"'{label}': a {kind} objective needs numbers; define it in the "
                         "scenario's optimisation section and refer to it by its name")
    return Objective(kind=kind, nodes=nodes, season=season)


# --- validation ------------------------------------------------------------------------
def _is_number(v: Any) -> bool:
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        return False
    try:
        return math.isfinite(float(v))
    except OverflowError:  # a whole number too large for a float (JSON allows 10**400)
        return False


class _Check:
    def __init__(self, node_kinds: dict[str, NodeKind], plants: set[str] | None,
                 periods: int | None) -> None:
        self.node_kinds = node_kinds
        self.plants = plants
        self.periods = periods
        self.problems: list[Problem] = []

    def add(self, loc: str, msg: str) -> None:
        self.problems.append(Problem(loc, msg))

    def node(self, loc: str, value: Any, kinds: tuple[NodeKind, ...], plants_only: bool) -> None:
        if not isinstance(value, str):
            self.add(loc, "expected a node id (text)")
            return
        kind = self.node_kinds.get(value)
        wanted = " or ".join(k.value.replace("_", " ") for k in kinds)
        if kind is None:
            self.add(loc, f"there is no node '{value}'")
        elif kind not in kinds:
            self.add(loc, f"'{value}' is a {kind.value.replace('_', ' ')}, not a {wanted}")
        elif plants_only and self.plants is not None and value not in self.plants:
            self.add(loc, f"reservoir '{value}' has no hydropower plant")

    def series(self, loc: str, value: Any, allow_null: bool = True) -> None:
        if not isinstance(value, list):
            self.add(loc, "expected a list with one number per period")
            return
        if self.periods is not None and len(value) != self.periods:
            self.add(loc, f"has {len(value)} values; the time base has {self.periods} periods")
        for i, v in enumerate(value):
            if v is None and allow_null:
                continue
            if not _is_number(v):
                self.add(f"{loc}[{i}]", "expected a number" + (" or null" if allow_null else ""))

    def entry(self, loc: str, d: Any, kinds: dict[str, _KindSpec], common: tuple[str, ...],
              what: str) -> None:
        if not isinstance(d, dict):
            self.add(loc, f"expected an object describing one {what}")
            return
        kind = d.get("kind")
        if not isinstance(kind, str) or kind not in kinds:  # a list or object is unhashable
            self.add(f"{loc}.kind", f"{kind!r} is not an {what} kind (use "
                                    f"{', '.join(kinds)})")
            return
        spec = kinds[kind]
        allowed = set(common) | set(spec.numbers) | set(spec.series) | set(spec.extra)
        allowed |= {k for k in (spec.node_key, spec.nodes_key) if k}
        for key in d:
            if key not in allowed:
                self.add(f"{loc}.{key}", f"unknown key for a {kind} {what} (known: "
                                         f"{', '.join(sorted(allowed))})")
        for key in spec.required:
            if key not in d:
                self.add(f"{loc}.{key}", f"a {kind} {what} needs '{key}'")
        if "name" in d and not isinstance(d["name"], str):
            self.add(f"{loc}.name", "expected text")
        for key in ("weight", "penalty"):
            if key in d and (not _is_number(d[key]) or d[key] < 0):
                self.add(f"{loc}.{key}", "expected a number ≥ 0")
        if "hard" in d and not isinstance(d["hard"], bool):
            self.add(f"{loc}.hard", "expected true or false")
        if "by_priority" in d and not isinstance(d["by_priority"], bool):
            self.add(f"{loc}.by_priority", "expected true or false")
        if "country" in d and not isinstance(d["country"], str):
            self.add(f"{loc}.country", "expected a country code (text)")
        if "season" in d and d["season"] not in SEASONS:
            self.add(f"{loc}.season", f"{d['season']!r} is not a season (use "
                                      f"{', '.join(SEASONS)})")
        if "per" in d and d["per"] not in ("period", "total"):
            self.add(f"{loc}.per", f"{d['per']!r}: use 'period' or 'total'")
        if "limit" in d and d["limit"] not in LIMITS:
            self.add(f"{loc}.limit", f"{d['limit']!r} is not a limit (use {', '.join(LIMITS)})")
        if spec.node_key and spec.node_key in d:
            self.node(f"{loc}.{spec.node_key}", d[spec.node_key], spec.node_kinds,
                      spec.plants_only)
        if spec.nodes_key and spec.nodes_key in d:
            v = d[spec.nodes_key]
            if not isinstance(v, list):
                self.add(f"{loc}.{spec.nodes_key}", "expected a list of node ids")
            else:
                for i, n in enumerate(v):
                    self.node(f"{loc}.{spec.nodes_key}[{i}]", n, spec.node_kinds,
                              spec.plants_only)
        for key in spec.numbers:
            if key in d and (not _is_number(d[key]) or d[key] < 0):
                self.add(f"{loc}.{key}", "expected a number ≥ 0")
        for key in spec.series:
            if key in d:
                self.series(f"{loc}.{key}", d[key], allow_null=kind != "release_value")
        if kind in ("rule_curve", "release_bounds") and "min_mcm" not in d and \
                "max_mcm" not in d:
            self.add(loc, f"a {kind} needs min_mcm, max_mcm or both")
        if kind in ("rule_curve", "release_bounds") and isinstance(d.get("min_mcm"), list) \
                and isinstance(d.get("max_mcm"), list):
            for i, (lo, hi) in enumerate(zip(d["min_mcm"], d["max_mcm"])):
                if _is_number(lo) and _is_number(hi) and lo > hi:
                    self.add(f"{loc}.min_mcm[{i}]", f"minimum {lo:g} is above the maximum "
                                                    f"{hi:g}")


def check_optimisation(section: Any, node_kinds: dict[str, NodeKind],
                       periods: int | None, plants: set[str] | None = None) -> list[Problem]:
    """Every problem of an ``optimisation`` section, located as ``optimisation.…``.

    ``node_kinds`` maps the scenario's node ids to their kinds; ``plants`` lists the
    reservoirs with a hydropower plant (None: do not check); ``periods`` is the length of the
    time base (None if unknown).
    """
    c = _Check(node_kinds, plants, periods)
    if not isinstance(section, dict):
        c.add(SECTION, "expected an object")
        return c.problems
    known = ("decision_reservoirs", "allocation", "objectives", "constraints", "solver",
             "notes")
    for key in section:
        if key not in known:
            c.add(f"{SECTION}.{key}", f"unknown key (known: {', '.join(known)})")
    dec = section.get("decision_reservoirs")
    if dec is not None:
        if not isinstance(dec, list):
            c.add(f"{SECTION}.decision_reservoirs", "expected a list of reservoir ids")
        else:
            for i, r in enumerate(dec):
                c.node(f"{SECTION}.decision_reservoirs[{i}]", r, _RES, False)
    if section.get("allocation", "priority") not in ALLOCATIONS:
        c.add(f"{SECTION}.allocation", f"{section['allocation']!r}: use "
                                       f"{' or '.join(ALLOCATIONS)}")
    names: set[str] = set()
    for key, kinds, common, what in (
            ("objectives", OBJECTIVE_KINDS, COMMON_OBJECTIVE_KEYS, "objective"),
            ("constraints", CONSTRAINT_KINDS, COMMON_CONSTRAINT_KEYS, "constraint")):
        items = section.get(key, [])
        if not isinstance(items, list):
            c.add(f"{SECTION}.{key}", f"expected a list of {key}")
            continue
        for i, d in enumerate(items):
            c.entry(f"{SECTION}.{key}[{i}]", d, kinds, common, what)
            if key == "objectives" and isinstance(d, dict) and isinstance(d.get("name"), str):
                if d["name"] in names:
                    c.add(f"{SECTION}.{key}[{i}].name", f"the name '{d['name']}' is used twice")
                names.add(d["name"])
    solver = section.get("solver", {})
    if not isinstance(solver, dict):
        c.add(f"{SECTION}.solver", "expected an object")
    else:
        for key in solver:
            if key not in ("max_iterations", "tolerance_mcm"):
                c.add(f"{SECTION}.solver.{key}", "unknown key (known: max_iterations, "
                                                 "tolerance_mcm)")
        mi = solver.get("max_iterations", 1)
        if isinstance(mi, bool) or not isinstance(mi, int) or mi < 1:
            c.add(f"{SECTION}.solver.max_iterations", "expected a whole number ≥ 1")
        tol = solver.get("tolerance_mcm", 1.0)
        if not _is_number(tol) or tol <= 0:
            c.add(f"{SECTION}.solver.tolerance_mcm", "expected a number > 0")
    return c.problems


# --- document ↔ spec ---------------------------------------------------------------------
def _tuple_or_none(v: Any) -> Series | None:
    if v is None:
        return None
    return tuple(math.nan if x is None else float(x) for x in v)


def _nodes_of(d: dict[str, Any], spec: _KindSpec) -> tuple[str, ...]:
    if spec.node_key and spec.node_key in d:
        return (d[spec.node_key],)
    if spec.nodes_key and spec.nodes_key in d:
        return tuple(d[spec.nodes_key])
    return ()


def spec_from_document(section: dict[str, Any] | None) -> OptimisationSpec:
    """The spec of a (validated) ``optimisation`` section; None gives :data:`DEFAULT_SPEC`."""
    if section is None:
        return DEFAULT_SPEC
    objectives = []
    for d in section.get("objectives", []):
        spec = OBJECTIVE_KINDS[d["kind"]]
        objectives.append(Objective(
            kind=d["kind"], name=d.get("name", ""), weight=float(d.get("weight", 1.0)),
            nodes=_nodes_of(d, spec), country=d.get("country", ""),
            season=d.get("season", "all"),
            target_mcm=None if d.get("target_mcm") is None else float(d["target_mcm"]),
            value_per_mcm=_tuple_or_none(d.get("value_per_mcm")),
            by_priority=bool(d.get("by_priority", True))))
    constraints = []
    for d in section.get("constraints", []):
        spec = CONSTRAINT_KINDS[d["kind"]]
        lo = d.get("min_mcm")
        constraints.append(Constraint(
            kind=d["kind"], name=d.get("name", ""), nodes=_nodes_of(d, spec),
            country=d.get("country", ""), season=d.get("season", "all"),
            per=d.get("per", "total"),
            min_mcm=_tuple_or_none(lo) if isinstance(lo, list) else
            (None if lo is None else float(lo)),
            max_mcm=_tuple_or_none(d.get("max_mcm")),
            max_change_mcm=None if d.get("max_change_mcm") is None
            else float(d["max_change_mcm"]),
            min_mwh=None if d.get("min_mwh") is None else float(d["min_mwh"]),
            limit=d.get("limit", ""), hard=bool(d.get("hard", True)),
            penalty=float(d.get("penalty", DEFAULT_PENALTY))))
    dec = section.get("decision_reservoirs")
    solver = section.get("solver", {})
    return OptimisationSpec(
        decision_reservoirs=None if dec is None else tuple(dec),
        allocation=section.get("allocation", "priority"),
        objectives=tuple(objectives) if "objectives" in section else DEFAULT_OBJECTIVES,
        constraints=tuple(constraints),
        max_iterations=int(solver.get("max_iterations", 30)),
        tolerance_mcm=float(solver.get("tolerance_mcm", 1e-3)),
        extras={k: section[k] for k in ("notes",) if k in section})


def _series_out(s: Series) -> list[float | None]:
    return [None if math.isnan(x) else x for x in s]


def spec_to_document(spec: OptimisationSpec) -> dict[str, Any]:
    """The ``optimisation`` section of a spec (inverse of :func:`spec_from_document`)."""
    out: dict[str, Any] = {}
    if spec.decision_reservoirs is not None:
        out["decision_reservoirs"] = list(spec.decision_reservoirs)
    if spec.allocation != "priority":
        out["allocation"] = spec.allocation
    objs = []
    for o in spec.objectives:
        ks = OBJECTIVE_KINDS[o.kind]
        d: dict[str, Any] = {"kind": o.kind}
        if o.name:
            d["name"] = o.name
        d["weight"] = o.weight
        if ks.node_key and o.nodes:
            d[ks.node_key] = o.nodes[0]
        elif ks.nodes_key and o.nodes:
            d[ks.nodes_key] = list(o.nodes)
        if o.country:
            d["country"] = o.country
        if o.season != "all":
            d["season"] = o.season
        if o.target_mcm is not None:
            d["target_mcm"] = o.target_mcm
        if o.value_per_mcm is not None:
            d["value_per_mcm"] = list(o.value_per_mcm)
        if o.kind == "shortfall" and not o.by_priority:
            d["by_priority"] = False
        objs.append(d)
    out["objectives"] = objs
    cons = []
    for c in spec.constraints:
        ks = CONSTRAINT_KINDS[c.kind]
        d = {"kind": c.kind}
        if c.name:
            d["name"] = c.name
        if ks.node_key and c.nodes:
            d[ks.node_key] = c.nodes[0]
        elif ks.nodes_key and c.nodes:
            d[ks.nodes_key] = list(c.nodes)
        if c.limit:
            d["limit"] = c.limit
        if c.country:
            d["country"] = c.country
        if c.season != "all":
            d["season"] = c.season
        if c.kind == "min_energy":
            d["per"] = c.per
        if isinstance(c.min_mcm, tuple):
            d["min_mcm"] = _series_out(c.min_mcm)
        elif c.min_mcm is not None:
            d["min_mcm"] = c.min_mcm
        if c.max_mcm is not None:
            d["max_mcm"] = _series_out(c.max_mcm)
        if c.max_change_mcm is not None:
            d["max_change_mcm"] = c.max_change_mcm
        if c.min_mwh is not None:
            d["min_mwh"] = c.min_mwh
        d["hard"] = c.hard
        if not c.hard:
            d["penalty"] = c.penalty
        cons.append(d)
    if cons:
        out["constraints"] = cons
    if spec.max_iterations != 30 or spec.tolerance_mcm != 1e-3:
        out["solver"] = {"max_iterations": spec.max_iterations,
                         "tolerance_mcm": spec.tolerance_mcm}
    out.update(spec.extras)
    return out


def optimisation_spec(scenario: Any) -> OptimisationSpec:
    """The spec of a scenario: its ``extensions["optimisation"]`` parsed, or the default."""
    return spec_from_document(scenario.extensions.get(SECTION))


def with_optimisation_spec(scenario: Any, spec: OptimisationSpec) -> Any:
    """A copy of a scenario whose ``optimisation`` section is ``spec``."""
    ext = dict(scenario.extensions)
    ext[SECTION] = spec_to_document(spec)
    return replace(scenario, extensions=ext)
