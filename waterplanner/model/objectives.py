"""The scenario file's ``optimisation`` section: what the optimiser may change, what it aims
for and what it must respect.

The section is optional. Without it the optimiser decides every scheduled reservoir's releases,
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
programme (:mod:`waterplanner.engine.optimise`); :mod:`.objectives_document` reads and
writes the section. Reading never raises on a validated
document: :func:`check_optimisation` (in :mod:`.objectives_check`) reports every problem
as (location, message), with the physically meaningful bounds below, and
:func:`validate_document` runs it on every scenario file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar

SECTION = "optimisation"
SEASONS = ("all", "winter", "summer")
ICWC_SEASONS = ("all", "vegetation", "non_vegetation")
"""The seasons of a country's ICWC limit (``waterplanner.model.countries.Season``); "all"
means each season the country has a limit for, each water year's separately."""
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
class FairShortfall(Objective):
    """Proportional-sharing fairness: in every period of the season, the largest shortage
    among some demands (default all), each as a share of its base — its limit where it has
    one, else its demand — averaged over the periods, in %; minimised.

    A demand's shortage here is what it may receive (its demand, capped by its limit less
    the intake's loss) minus what it receives. Minimising the largest share is the first
    step of the ICWC rule (every user of equal priority gets the same fraction of its limit
    or demand): one Mm³ more for the worst-off demand counts, one Mm³ more for a demand
    already better off does not."""

    kind: ClassVar[str] = "fair_shortfall"
    unit: ClassVar[str] = "%"
    demands: tuple[str, ...] = ()
    season: str = "all"  # type: ignore[assignment]

    @property
    def nodes(self) -> tuple[str, ...]:
        return self.demands


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
class CountryLimit(Constraint):
    """A country's withdrawals at most its ICWC limit (``Scenario.countries``) in every
    season of every water year: Σ share × withdrawal over the season's periods ≤ the
    limit. ``season`` is "vegetation" (April–September), "non_vegetation" (October–March)
    or "all" (each season the country has a limit for). A demand's withdrawal is the water
    entering its intake; a demand shared among countries counts for each by its share."""

    kind: ClassVar[str] = "country_limit"
    country: str = ""  # type: ignore[assignment]
    season: str = "all"  # type: ignore[assignment]

    @property
    def label(self) -> str:
        return self.name or ":".join([self.kind, self.country] +
                                     ([self.season] if self.season != "all" else []))


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

    ``decision_reservoirs`` None means every reservoir on a schedule without a buffer zone (a
    reservoir on another rule follows its rule); named ones are decided, the others follow
    their schedule or rule.
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
