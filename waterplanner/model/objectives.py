"""The scenario file's ``optimisation`` section: what the optimiser may change, what it aims
for and what it must respect.

The section is optional. Without it the optimiser decides every reservoir's releases,
minimises the priority-weighted irrigation shortfall plus the minimum-flow deficits, and
applies its two protective defaults: *carry-over* (every decision reservoir should end the
horizon with at least its start storage; soft) and a tiny *regularisation* (among equally
good schedules, the one closest to the planner's own and smoothest from period to period).
Its file form is documented in ``docs/optimisation.md``; in short::

    "optimisation": {
      "decision_reservoirs": ["toktogul", "kayrakkum"],      # omitted: all reservoirs
      "allocation": "priority",                              # or "free"
      "objectives": [
        {"kind": "shortfall", "weight": 1, "by_priority": true},
        {"kind": "shortfall", "demands": ["kyzylorda"], "weight": 2},
        {"kind": "energy", "weight": 0.001, "country": "KG", "season": "winter"}
      ],
      "constraints": [
        {"kind": "end_storage", "reservoir": "toktogul", "min_mcm": "start"},
        {"kind": "ramping", "reservoir": "toktogul", "max_change_m3s": 300},
        {"kind": "operating_minimum", "reservoir": "kayrakkum", "min_mcm": 1200,
         "hard": false, "penalty": 10},
        {"kind": "min_energy", "country": "KG", "season": "winter", "min_mwh": 4.5e6}
      ],
      "carry_over": {"mode": "soft"},                        # or "hard" / "off"
      "regularisation": {"deviation": 4e-6, "ramping": 1e-6} # or "off"
    }

Everything here is plain data: one frozen dataclass per kind of objective term
(:class:`Shortfall`, :class:`Energy`, ...) and per kind of requirement (:class:`EndStorage`,
:class:`Ramping`, ...), all sharing the small interface of :class:`Objective` and
:class:`Constraint` (``kind``, ``label``, ``nodes``, ``country``, ``season``, ...), so a
window can list them without knowing every kind. The engine turns them into a linear
programme (:mod:`waterplanner.engine.optimise`). Reading never raises on a validated
document: :func:`check_optimisation` (in :mod:`.objectives_check`) reports every problem
as (location, message), with the physically meaningful bounds below, and
:func:`validate_document` runs it on every scenario file.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from typing import Any, ClassVar

SECTION = "optimisation"
SEASONS = ("all", "winter", "summer")
ALLOCATIONS = ("priority", "free")
LIMITS = ("dead_storage", "min_release", "flood_curve", "link_capacity")
"""Limits taken from the network itself whose hardness the planner may change."""
CARRY_OVER_MODES = ("soft", "hard", "off")
PER = ("period", "total")

Series = tuple[float, ...]

# --- bounds checked by validation (each message states its bound) ----------------------
MAX_WEIGHT = 1e6
"""Largest objective weight (objective units per Mm³ or MWh). Weights are relative: a ratio
of more than a million between two terms says "only this one matters", which setting the
other weight to 0 says better — and keeps the linear programme well scaled."""
MAX_PENALTY = 1e6
"""Largest penalty of a soft requirement (objective units per Mm³ or MWh)."""
MAX_VOLUME_MCM = 1e7
"""Largest volume a target or bound may name: 10 000 km³, far above any reservoir or any
river's yearly flow."""
MAX_ENERGY_MWH = 1e9
"""Largest energy a requirement may name: 1 000 TWh."""
MAX_FLOW_M3S = 1e6
"""Largest flow a ramping limit may name (the Amazon's mean flow is about 2e5 m³/s)."""
MAX_VALUE_PER_MCM = 1e6
"""Largest value per Mm³ of release (either sign)."""
MAX_REGULARISATION = 1e-2
"""Largest regularisation weight (relative to the objective scale): beyond this it would
no longer only break ties but change real optima."""
MAX_ITERATIONS = 1000
MAX_TOLERANCE_MCM = 1e3

DEFAULT_PENALTY = 1000.0
DEFAULT_DEVIATION_WEIGHT = 4e-6
"""Default regularisation weight per Mm³ of deviation from the planner's schedule, relative
to the objective scale."""
DEFAULT_RAMPING_WEIGHT = 1e-6
"""Default regularisation weight per Mm³ of change between consecutive periods, relative to
the objective scale: a quarter of the deviation weight, so that closeness to the planner's
schedule comes first (moving one period by d changes at most 2·d of ramping) and smoothness
decides how an unavoidable change is spread."""
DEFAULT_MAX_ITERATIONS = 30
DEFAULT_TOLERANCE_MCM = 1e-3


def default_name(kind: str, nodes: tuple[str, ...], season: str = "all") -> str:
    """``kind``, ``kind:node``, ``kind:node,node`` with ``:season`` unless "all"."""
    parts = [kind]
    if nodes or season != "all":
        parts.append(",".join(nodes))
    if season != "all":
        parts.append(season)
    return ":".join(parts)


# ======================================================================================
# Objective terms
# ======================================================================================
@dataclass(frozen=True, kw_only=True)
class Objective:
    """One term of the objective, minimised (``sense`` "min") or maximised ("max").

    ``weight`` multiplies the term's natural value (Mm³, MWh, value) in the combined,
    minimised objective, in objective units per unit of the term. The subclasses are the
    kinds; ``nodes``, ``country`` and ``season`` describe every kind alike (empty ``nodes``:
    every node the kind applies to).
    """

    kind: ClassVar[str] = ""
    unit: ClassVar[str] = "Mm³"
    base_sense: ClassVar[str] = "min"
    name: str = ""
    weight: float = 1.0

    @property
    def nodes(self) -> tuple[str, ...]:
        return ()

    @property
    def country(self) -> str:
        return ""

    @property
    def season(self) -> str:
        return "all"

    @property
    def label(self) -> str:
        """The name the planner refers to the term by (``--between`` on the command line)."""
        return self.name or default_name(self.kind, self.nodes, self.season)

    @property
    def sense(self) -> str:
        """"min" or "max"."""
        return self.base_sense


@dataclass(frozen=True, kw_only=True)
class Shortfall(Objective):
    """Irrigation shortfall (Mm³) of some demands (default all), each divided by its
    priority when ``by_priority``; one objective per demand gives each its own weight."""

    kind: ClassVar[str] = "shortfall"
    demands: tuple[str, ...] = ()
    country: str = ""  # type: ignore[assignment]
    season: str = "all"  # type: ignore[assignment]
    by_priority: bool = True

    @property
    def nodes(self) -> tuple[str, ...]:
        return self.demands


@dataclass(frozen=True, kw_only=True)
class MinFlowDeficit(Objective):
    """Deficit below the required minimum flows (Mm³) at some points (default all)."""

    kind: ClassVar[str] = "min_flow_deficit"
    points: tuple[str, ...] = ()
    season: str = "all"  # type: ignore[assignment]

    @property
    def nodes(self) -> tuple[str, ...]:
        return self.points


@dataclass(frozen=True, kw_only=True)
class LakeInflow(Objective):
    """Inflow to a terminal lake (Mm³): maximised, or — with ``target_mcm`` — its deficit
    below the target minimised."""

    kind: ClassVar[str] = "lake_inflow"
    lake: str
    target_mcm: float | None = None
    season: str = "all"  # type: ignore[assignment]

    @property
    def nodes(self) -> tuple[str, ...]:
        return (self.lake,)

    @property
    def sense(self) -> str:
        return "max" if self.target_mcm is None else "min"


@dataclass(frozen=True, kw_only=True)
class Energy(Objective):
    """Hydropower energy (MWh) of some plants (default all), of one country, in a season;
    maximised."""

    kind: ClassVar[str] = "energy"
    unit: ClassVar[str] = "MWh"
    base_sense: ClassVar[str] = "max"
    plants: tuple[str, ...] = ()
    country: str = ""  # type: ignore[assignment]
    season: str = "all"  # type: ignore[assignment]

    @property
    def nodes(self) -> tuple[str, ...]:
        return self.plants


@dataclass(frozen=True, kw_only=True)
class CarryOverTarget(Objective):
    """Deficit (Mm³) of a reservoir's end-of-horizon storage below a target, minimised."""

    kind: ClassVar[str] = "carryover"
    reservoir: str
    target_mcm: float

    @property
    def nodes(self) -> tuple[str, ...]:
        return (self.reservoir,)


@dataclass(frozen=True, kw_only=True)
class Spill(Objective):
    """Spill (Mm³) of some reservoirs (default all), minimised."""

    kind: ClassVar[str] = "spill"
    reservoirs: tuple[str, ...] = ()

    @property
    def nodes(self) -> tuple[str, ...]:
        return self.reservoirs


@dataclass(frozen=True, kw_only=True)
class ReleaseValue(Objective):
    """Σ value × release of one reservoir (the textbook benefit form), maximised."""

    kind: ClassVar[str] = "release_value"
    unit: ClassVar[str] = "value"
    base_sense: ClassVar[str] = "max"
    reservoir: str
    value_per_mcm: Series

    @property
    def nodes(self) -> tuple[str, ...]:
        return (self.reservoir,)


# ======================================================================================
# Requirements (constraints)
# ======================================================================================
@dataclass(frozen=True, kw_only=True)
class Constraint:
    """A requirement on the schedule; ``hard`` ones must hold, soft ones cost ``penalty``
    objective units per unit of violation (Mm³, or MWh for energy). The subclasses are the
    kinds."""

    kind: ClassVar[str] = ""
    unit: ClassVar[str] = "Mm³"
    name: str = ""
    hard: bool = True
    penalty: float = DEFAULT_PENALTY

    @property
    def nodes(self) -> tuple[str, ...]:
        return ()

    @property
    def country(self) -> str:
        return ""

    @property
    def season(self) -> str:
        return "all"

    @property
    def label(self) -> str:
        return self.name or default_name(self.kind, self.nodes, self.season)


@dataclass(frozen=True, kw_only=True)
class RuleCurve(Constraint):
    """Storage within a band at the end of each period (NaN: no bound that period)."""

    kind: ClassVar[str] = "rule_curve"
    reservoir: str
    min_mcm: Series | None = None
    max_mcm: Series | None = None

    @property
    def nodes(self) -> tuple[str, ...]:
        return (self.reservoir,)


@dataclass(frozen=True, kw_only=True)
class OperatingMinimum(Constraint):
    """Storage at least ``min_mcm`` at the end of every period: the level below which the
    operator does not want to go (above the dead storage)."""

    kind: ClassVar[str] = "operating_minimum"
    reservoir: str
    min_mcm: float

    @property
    def nodes(self) -> tuple[str, ...]:
        return (self.reservoir,)


@dataclass(frozen=True, kw_only=True)
class ReleaseBounds(Constraint):
    """Release within planned bounds: per period in Mm³ (``min_mcm``/``max_mcm``, NaN: no
    bound that period), or as a mean flow in m³/s (``min_m3s``/``max_m3s``) in every period
    of the ``season`` — the form that survives a change of time step or horizon."""

    kind: ClassVar[str] = "release_bounds"
    reservoir: str
    min_mcm: Series | None = None
    max_mcm: Series | None = None
    min_m3s: float | None = None
    max_m3s: float | None = None
    season: str = "all"  # type: ignore[assignment]

    @property
    def nodes(self) -> tuple[str, ...]:
        return (self.reservoir,)


@dataclass(frozen=True, kw_only=True)
class Ramping(Constraint):
    """The release changes by at most ``max_change_m3s`` (mean flow) from one period to
    the next; ``max_change_mcm`` (volume per period) is the older form of the same limit."""

    kind: ClassVar[str] = "ramping"
    reservoir: str
    max_change_m3s: float | None = None
    max_change_mcm: float | None = None

    @property
    def nodes(self) -> tuple[str, ...]:
        return (self.reservoir,)


@dataclass(frozen=True, kw_only=True)
class EndStorage(Constraint):
    """Carry-over: storage at the end of the horizon at least ``min_mcm``, or at least the
    start storage (``at_least_start``)."""

    kind: ClassVar[str] = "end_storage"
    reservoir: str
    min_mcm: float | None = None
    at_least_start: bool = False

    @property
    def nodes(self) -> tuple[str, ...]:
        return (self.reservoir,)


@dataclass(frozen=True, kw_only=True)
class MinEnergy(Constraint):
    """Energy of some plants (or of one country's plants) at least ``min_mwh`` in every
    period of the season (``per`` "period") or in total over it ("total")."""

    kind: ClassVar[str] = "min_energy"
    unit: ClassVar[str] = "MWh"
    min_mwh: float
    plants: tuple[str, ...] = ()
    country: str = ""  # type: ignore[assignment]
    season: str = "all"  # type: ignore[assignment]
    per: str = "total"

    @property
    def nodes(self) -> tuple[str, ...]:
        return self.plants


@dataclass(frozen=True, kw_only=True)
class LakeInflowMin(Constraint):
    """At least ``min_mcm`` of inflow to a terminal lake over the season."""

    kind: ClassVar[str] = "lake_inflow"
    lake: str
    min_mcm: float
    season: str = "all"  # type: ignore[assignment]

    @property
    def nodes(self) -> tuple[str, ...]:
        return (self.lake,)


@dataclass(frozen=True, kw_only=True)
class Limit(Constraint):
    """One of the network's own limits (:data:`LIMITS`), made hard or given a penalty."""

    kind: ClassVar[str] = "limit"
    limit: str

    @property
    def label(self) -> str:
        return self.name or f"limit:{self.limit}"


# ======================================================================================
# Defaults that protect the future
# ======================================================================================
@dataclass(frozen=True, kw_only=True)
class CarryOver:
    """The default carry-over of every decision reservoir that has no end-storage
    requirement (nor carry-over objective) of its own.

    ``mode`` "soft" (default): the end storage should be at least the start storage. A Mm³
    below the start costs only a tie-break as long as the end storage stays at or above
    what the planner's own schedule leaves (water the planner already meant to use); each
    Mm³ below both costs ``penalty`` (None: ten times the largest value a Mm³ of water has
    in the objective, so the optimiser does not borrow from next year unless a hard
    requirement forces it). "hard": end storage ≥ start storage must hold. "off": none.
    """

    mode: str = "soft"
    penalty: float | None = None

    @property
    def active(self) -> bool:
        return self.mode != "off"


@dataclass(frozen=True, kw_only=True)
class Regularisation:
    """Tie-breaks among equally good schedules, per Mm³ and relative to the objective
    scale: ``deviation`` on Σ|release − the planner's schedule| and ``ramping`` on
    Σ|change of release from one period to the next| (measured as a flow, so a constant
    m³/s costs nothing across months of different length). Both linear (L1)."""

    deviation: float = DEFAULT_DEVIATION_WEIGHT
    ramping: float = DEFAULT_RAMPING_WEIGHT

    @property
    def active(self) -> bool:
        return self.deviation > 0 or self.ramping > 0


REGULARISATION_OFF = Regularisation(deviation=0.0, ramping=0.0)


@dataclass(frozen=True, kw_only=True)
class OptimisationSpec:
    """The whole ``optimisation`` section.

    ``decision_reservoirs`` None means every reservoir; the others follow their schedule.
    ``allocation`` "priority" makes the optimiser share water among demands as the simulator
    does (equal priorities at one intake point in proportion to demand, ties broken towards
    the higher priority); "free" lets it choose deliveries where the network allows.
    ``carry_over`` and ``regularisation`` are the protective defaults (see their classes).
    ``max_iterations`` and ``tolerance_mcm`` are the successive-LP stopping rule.
    """

    decision_reservoirs: tuple[str, ...] | None = None
    allocation: str = "priority"
    objectives: tuple[Objective, ...] = ()
    constraints: tuple[Constraint, ...] = ()
    carry_over: CarryOver = field(default_factory=CarryOver)
    regularisation: Regularisation = field(default_factory=Regularisation)
    max_iterations: int = DEFAULT_MAX_ITERATIONS
    tolerance_mcm: float = DEFAULT_TOLERANCE_MCM
    extras: dict[str, Any] = field(default_factory=dict)

    def objective(self, label: str) -> Objective:
        """The objective with this label (KeyError if none)."""
        for o in self.objectives:
            if o.label == label:
                return o
        raise KeyError(label)

    def states_end_storage(self, reservoir: str) -> bool:
        """Whether the planner says what this reservoir's end storage should be (an
        ``end_storage`` requirement or a ``carryover`` objective); then the default
        carry-over does not apply to it."""
        return any(isinstance(c, EndStorage) and c.reservoir == reservoir
                   for c in self.constraints) or \
            any(isinstance(o, CarryOverTarget) and o.reservoir == reservoir
                for o in self.objectives)


DEFAULT_OBJECTIVES: tuple[Objective, ...] = (Shortfall(), MinFlowDeficit())
DEFAULT_SPEC = OptimisationSpec(objectives=DEFAULT_OBJECTIVES)
"""What the optimiser does when a scenario has no ``optimisation`` section."""


# ======================================================================================
# File keys of each kind
# ======================================================================================
@dataclass(frozen=True)
class KindSpec:
    """File form of one objective or constraint kind, for reading, writing and checking.

    ``fields`` maps each file key to (dataclass field, type); types: "node" (one node id),
    "nodes" (a list of node ids), "number", "series" (one number or null per period),
    "values" (one number per period), "text", "bool", "season", "per", "limit",
    "end_min" (a number or "start"). ``bounds`` gives (low, high, unit) for numbers and
    series; ``node_kinds`` which node kinds the node keys may name (by kind value) and
    ``plants_only`` whether they must have a hydropower plant.
    """

    cls: type
    fields: dict[str, tuple[str, str]]
    required: tuple[str, ...] = ()
    node_kinds: tuple[str, ...] = ()
    plants_only: bool = False
    bounds: dict[str, tuple[float, float, str]] = field(default_factory=dict)


_RES = ("reservoir",)
_VOL = (0.0, MAX_VOLUME_MCM, "Mm³")
OBJECTIVE_KINDS: dict[str, KindSpec] = {
    "shortfall": KindSpec(Shortfall, {"demands": ("demands", "nodes"),
                                      "country": ("country", "text"),
                                      "season": ("season", "season"),
                                      "by_priority": ("by_priority", "bool")},
                          node_kinds=("demand",)),
    "min_flow_deficit": KindSpec(MinFlowDeficit, {"nodes": ("points", "nodes"),
                                                  "season": ("season", "season")},
                                 node_kinds=("min_flow",)),
    "lake_inflow": KindSpec(LakeInflow, {"lake": ("lake", "node"),
                                         "target_mcm": ("target_mcm", "number"),
                                         "season": ("season", "season")},
                            required=("lake",), node_kinds=("terminal_lake",),
                            bounds={"target_mcm": _VOL}),
    "energy": KindSpec(Energy, {"plants": ("plants", "nodes"), "country": ("country", "text"),
                                "season": ("season", "season")},
                       node_kinds=_RES, plants_only=True),
    "carryover": KindSpec(CarryOverTarget, {"reservoir": ("reservoir", "node"),
                                            "target_mcm": ("target_mcm", "number")},
                          required=("reservoir", "target_mcm"), node_kinds=_RES,
                          bounds={"target_mcm": _VOL}),
    "spill": KindSpec(Spill, {"reservoirs": ("reservoirs", "nodes")}, node_kinds=_RES),
    "release_value": KindSpec(ReleaseValue, {"reservoir": ("reservoir", "node"),
                                             "value_per_mcm": ("value_per_mcm", "values")},
                              required=("reservoir", "value_per_mcm"), node_kinds=_RES,
                              bounds={"value_per_mcm": (-MAX_VALUE_PER_MCM, MAX_VALUE_PER_MCM,
                                                        "per Mm³")}),
}
"""Objective kinds: what each measures is in docs/optimisation.md."""

CONSTRAINT_KINDS: dict[str, KindSpec] = {
    "rule_curve": KindSpec(RuleCurve, {"reservoir": ("reservoir", "node"),
                                       "min_mcm": ("min_mcm", "series"),
                                       "max_mcm": ("max_mcm", "series")},
                           required=("reservoir",), node_kinds=_RES,
                           bounds={"min_mcm": _VOL, "max_mcm": _VOL}),
    "operating_minimum": KindSpec(OperatingMinimum, {"reservoir": ("reservoir", "node"),
                                                     "min_mcm": ("min_mcm", "number")},
                                  required=("reservoir", "min_mcm"), node_kinds=_RES,
                                  bounds={"min_mcm": _VOL}),
    "release_bounds": KindSpec(ReleaseBounds, {"reservoir": ("reservoir", "node"),
                                               "min_mcm": ("min_mcm", "series"),
                                               "max_mcm": ("max_mcm", "series"),
                                               "min_m3s": ("min_m3s", "number"),
                                               "max_m3s": ("max_m3s", "number"),
                                               "season": ("season", "season")},
                               required=("reservoir",), node_kinds=_RES,
                               bounds={"min_mcm": _VOL, "max_mcm": _VOL,
                                       "min_m3s": (0.0, MAX_FLOW_M3S, "m³/s"),
                                       "max_m3s": (0.0, MAX_FLOW_M3S, "m³/s")}),
    "ramping": KindSpec(Ramping, {"reservoir": ("reservoir", "node"),
                                  "max_change_m3s": ("max_change_m3s", "number"),
                                  "max_change_mcm": ("max_change_mcm", "number")},
                        required=("reservoir",), node_kinds=_RES,
                        bounds={"max_change_m3s": (0.0, MAX_FLOW_M3S, "m³/s"),
                                "max_change_mcm": _VOL}),
    "end_storage": KindSpec(EndStorage, {"reservoir": ("reservoir", "node"),
                                         "min_mcm": ("min_mcm", "end_min")},
                            required=("reservoir", "min_mcm"), node_kinds=_RES,
                            bounds={"min_mcm": _VOL}),
    "min_energy": KindSpec(MinEnergy, {"plants": ("plants", "nodes"),
                                       "country": ("country", "text"),
                                       "season": ("season", "season"), "per": ("per", "per"),
                                       "min_mwh": ("min_mwh", "number")},
                           required=("min_mwh",), node_kinds=_RES, plants_only=True,
                           bounds={"min_mwh": (0.0, MAX_ENERGY_MWH, "MWh")}),
    "lake_inflow": KindSpec(LakeInflowMin, {"lake": ("lake", "node"),
                                            "min_mcm": ("min_mcm", "number"),
                                            "season": ("season", "season")},
                            required=("lake", "min_mcm"), node_kinds=("terminal_lake",),
                            bounds={"min_mcm": _VOL}),
    "limit": KindSpec(Limit, {"limit": ("limit", "limit")}, required=("limit",)),
}
"""Constraint kinds; each may be hard (default) or soft with a penalty per unit violated."""

COMMON_OBJECTIVE_KEYS = ("kind", "name", "weight")
COMMON_CONSTRAINT_KEYS = ("kind", "name", "hard", "penalty")


# ======================================================================================
# Short labels (the trade-off command)
# ======================================================================================
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
    ks = OBJECTIVE_KINDS[kind]
    if kind in ("carryover", "release_value"):
        raise ValueError(f"'{label}': a {kind} objective needs numbers; define it in the "
                         "scenario's optimisation section and refer to it by its name")
    if kind == "lake_inflow":
        if len(nodes) != 1:
            raise ValueError(f"'{label}': a {kind} objective names exactly one node")
        return LakeInflow(lake=nodes[0], season=season)
    if kind == "spill":
        if season != "all":
            raise ValueError(f"'{label}': a spill objective has no season")
        return Spill(reservoirs=nodes)
    node_field = next(f for f, t in ks.fields.values() if t == "nodes")
    args: dict[str, Any] = {node_field: nodes, "season": season}
    return ks.cls(**args)  # type: ignore[no-any-return]


# ======================================================================================
# Document ↔ spec
# ======================================================================================
def _tuple_or_none(v: Any) -> Series | None:
    if v is None:
        return None
    return tuple(math.nan if x is None else float(x) for x in v)


def _read_value(kind: str, v: Any) -> Any:
    if kind == "nodes":
        return tuple(v)
    if kind == "number":
        return None if v is None else float(v)
    if kind in ("series", "values"):
        return _tuple_or_none(v)
    return v


def _entry_from_document(d: dict[str, Any], ks: KindSpec, common: dict[str, Any]) -> Any:
    args = dict(common)
    for key, (attr, typ) in ks.fields.items():
        if key not in d:
            continue
        if typ == "end_min":
            if d[key] == "start":
                args["at_least_start"] = True
            else:
                args[attr] = float(d[key])
        else:
            args[attr] = _read_value(typ, d[key])
    return ks.cls(**args)


def spec_from_document(section: dict[str, Any] | None) -> OptimisationSpec:
    """The spec of a (validated) ``optimisation`` section; None gives :data:`DEFAULT_SPEC`."""
    if section is None:
        return DEFAULT_SPEC
    objectives = []
    for d in section.get("objectives", []):
        objectives.append(_entry_from_document(
            d, OBJECTIVE_KINDS[d["kind"]],
            {"name": d.get("name", ""), "weight": float(d.get("weight", 1.0))}))
    constraints = []
    for d in section.get("constraints", []):
        constraints.append(_entry_from_document(
            d, CONSTRAINT_KINDS[d["kind"]],
            {"name": d.get("name", ""), "hard": bool(d.get("hard", True)),
             "penalty": float(d.get("penalty", DEFAULT_PENALTY))}))
    dec = section.get("decision_reservoirs")
    solver = section.get("solver", {})
    return OptimisationSpec(
        decision_reservoirs=None if dec is None else tuple(dec),
        allocation=section.get("allocation", "priority"),
        objectives=tuple(objectives) if "objectives" in section else DEFAULT_OBJECTIVES,
        constraints=tuple(constraints),
        carry_over=_carry_over_from(section.get("carry_over")),
        regularisation=_regularisation_from(section.get("regularisation")),
        max_iterations=int(solver.get("max_iterations", DEFAULT_MAX_ITERATIONS)),
        tolerance_mcm=float(solver.get("tolerance_mcm", DEFAULT_TOLERANCE_MCM)),
        extras={k: section[k] for k in ("notes",) if k in section})


def _carry_over_from(v: Any) -> CarryOver:
    if v is None:
        return CarryOver()
    if isinstance(v, str):
        return CarryOver(mode=v)
    pen = v.get("penalty")
    return CarryOver(mode=v.get("mode", "soft"), penalty=None if pen is None else float(pen))


def _regularisation_from(v: Any) -> Regularisation:
    if v is None:
        return Regularisation()
    if v == "off":
        return REGULARISATION_OFF
    return Regularisation(deviation=float(v.get("deviation", DEFAULT_DEVIATION_WEIGHT)),
                          ramping=float(v.get("ramping", DEFAULT_RAMPING_WEIGHT)))


def _series_out(s: Series) -> list[float | None]:
    return [None if math.isnan(x) else x for x in s]


def _entry_to_document(e: Any, ks: KindSpec) -> dict[str, Any]:
    d: dict[str, Any] = {"kind": e.kind}
    if e.name:
        d["name"] = e.name
    if isinstance(e, Objective):
        d["weight"] = e.weight
    for key, (attr, typ) in ks.fields.items():
        if typ == "end_min":
            if e.at_least_start:
                d[key] = "start"
            elif e.min_mcm is not None:
                d[key] = e.min_mcm
            continue
        v = getattr(e, attr)
        if typ == "nodes":
            if v:
                d[key] = list(v)
        elif typ in ("series", "values"):
            if v is not None:
                d[key] = _series_out(v)
        elif typ == "season":
            if v != "all":
                d[key] = v
        elif typ == "text":
            if v:
                d[key] = v
        elif typ == "bool":
            if v is not True:
                d[key] = v
        elif typ == "per" or v is not None:
            d[key] = v
    if isinstance(e, Constraint):
        d["hard"] = e.hard
        if not e.hard:
            d["penalty"] = e.penalty
    return d


def spec_to_document(spec: OptimisationSpec) -> dict[str, Any]:
    """The ``optimisation`` section of a spec (inverse of :func:`spec_from_document`)."""
    out: dict[str, Any] = {}
    if spec.decision_reservoirs is not None:
        out["decision_reservoirs"] = list(spec.decision_reservoirs)
    if spec.allocation != "priority":
        out["allocation"] = spec.allocation
    out["objectives"] = [_entry_to_document(o, OBJECTIVE_KINDS[o.kind])
                         for o in spec.objectives]
    cons = [_entry_to_document(c, CONSTRAINT_KINDS[c.kind]) for c in spec.constraints]
    if cons:
        out["constraints"] = cons
    if spec.carry_over != CarryOver():
        co: dict[str, Any] = {"mode": spec.carry_over.mode}
        if spec.carry_over.penalty is not None:
            co["penalty"] = spec.carry_over.penalty
        out["carry_over"] = co
    if spec.regularisation == REGULARISATION_OFF:
        out["regularisation"] = "off"
    elif spec.regularisation != Regularisation():
        out["regularisation"] = {"deviation": spec.regularisation.deviation,
                                 "ramping": spec.regularisation.ramping}
    if spec.max_iterations != DEFAULT_MAX_ITERATIONS or \
            spec.tolerance_mcm != DEFAULT_TOLERANCE_MCM:
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


from waterplanner.model.objectives_check import check_optimisation

__all__ = [
    "ALLOCATIONS", "CARRY_OVER_MODES", "CONSTRAINT_KINDS", "DEFAULT_OBJECTIVES", "DEFAULT_SPEC",
    "LIMITS", "OBJECTIVE_KINDS", "SEASONS", "CarryOver", "CarryOverTarget", "Constraint",
    "EndStorage", "Energy", "LakeInflow", "LakeInflowMin", "Limit", "MinEnergy",
    "MinFlowDeficit", "Objective", "OperatingMinimum", "OptimisationSpec", "Ramping",
    "Regularisation", "ReleaseBounds", "ReleaseValue", "RuleCurve", "Shortfall", "Spill",
    "check_optimisation", "default_name", "objective_from_label", "optimisation_spec",
    "spec_from_document", "spec_to_document", "with_optimisation_spec",
]
