"""The ``optimisation`` section of a scenario file as text: the file keys of every kind of
objective and requirement, reading and writing a section, short labels for the trade-off
command, and the spec of a scenario. The kinds themselves are in :mod:`.objectives`."""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from typing import Any

from waterplanner.i18n import translate
from waterplanner.model.objectives import (
    DEFAULT_DEVIATION_WEIGHT,
    DEFAULT_MAX_ITERATIONS,
    DEFAULT_OBJECTIVES,
    DEFAULT_PENALTY,
    DEFAULT_RAMPING_WEIGHT,
    DEFAULT_SPEC,
    DEFAULT_TOLERANCE_MCM,
    MAX_ENERGY_MWH,
    MAX_FLOW_M3S,
    MAX_VALUE_PER_MCM,
    MAX_VOLUME_MCM,
    REGULARISATION_OFF,
    SEASONS,
    SECTION,
    CarryOver,
    CarryOverTarget,
    Constraint,
    CountryLimit,
    EndStorage,
    Energy,
    FairShortfall,
    LakeInflow,
    LakeInflowMin,
    Limit,
    MinEnergy,
    MinFlowDeficit,
    Objective,
    OperatingMinimum,
    OptimisationSpec,
    Ramping,
    Regularisation,
    ReleaseBounds,
    ReleaseValue,
    RuleCurve,
    Series,
    Shortfall,
    Spill,
)


# ======================================================================================
# File keys of each kind
# ======================================================================================
@dataclass(frozen=True)
class KindSpec:
    """File form of one objective or constraint kind, for reading, writing and checking.

    ``fields`` maps each file key to (dataclass field, type); types: "node" (one node id),
    "nodes" (a list of node ids), "number", "series" (one number or null per period),
    "values" (one number per period), "text", "bool", "season", "icwc_season" (a season of
    the ICWC limits), "per", "limit",
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
    "fair_shortfall": KindSpec(FairShortfall, {"demands": ("demands", "nodes"),
                                               "season": ("season", "season")},
                               node_kinds=("demand",)),
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
    "country_limit": KindSpec(CountryLimit, {"country": ("country", "text"),
                                             "season": ("season", "icwc_season")},
                              required=("country",)),
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
        raise ValueError(translate(
            "Objectives", "'{label}' is not an objective: use kind[:node,node][:season] with "
                          "kind one of {kinds} and season one of {seasons}").format(
            label=label, kinds=", ".join(OBJECTIVE_KINDS), seasons=", ".join(SEASONS)))
    ks = OBJECTIVE_KINDS[kind]
    if kind in ("carryover", "release_value"):
        raise ValueError(translate(
            "Objectives", "'{label}': a {kind} objective needs numbers; define it in the "
                          "scenario's optimisation section and refer to it by its name").format(
            label=label, kind=kind))
    if kind == "lake_inflow":
        if len(nodes) != 1:
            raise ValueError(translate("Objectives", "'{label}': a {kind} objective names "
                                                     "exactly one node").format(label=label,
                                                                                kind=kind))
        return LakeInflow(lake=nodes[0], season=season)
    if kind == "spill":
        if season != "all":
            raise ValueError(translate("Objectives", "'{label}': a spill objective has no "
                                                     "season").format(label=label))
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
        elif typ in ("season", "icwc_season"):
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
