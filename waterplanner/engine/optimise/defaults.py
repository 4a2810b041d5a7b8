"""The optimiser's protective defaults: carry-over and regularisation.

A linear programme is indifferent between schedules of equal objective, and an objective
that counts only this horizon sees no value in water left for the next one. Unguarded, it
empties reservoirs that the objective does not need and swings releases between extremes
from month to month. Two defaults prevent that, unless the scenario's optimisation section
says otherwise:

* **Carry-over** (``carry_over``, default "soft"): every decision reservoir without an
  end-storage requirement of its own should end the horizon with at least its start
  storage. Below the start storage a Mm³ costs only a tiny tie-break (:data:`CARRY_OVER_TIE`
  × the objective scale) as long as the end storage stays at or above what the planner's own
  schedule leaves — water the planner already meant to use this horizon; each Mm³ below
  both costs the carry-over penalty (default :data:`CARRY_OVER_FACTOR` × the largest value
  a Mm³ of water has in the objective), so the optimiser never borrows more from next
  year than the planner's schedule does unless a hard requirement forces it. "hard" makes
  end ≥ start a hard requirement; "off" drops it.
* **Regularisation** (``regularisation``): among schedules of equal objective, the one
  closest to the planner's schedule (L1 deviation, per Mm³) and smoothest from period to
  period (L1 change of mean flow between consecutive periods, per Mm³ of a mean-length
  period), weighted 4e-6 and 1e-6 × the objective scale
  (:data:`~waterplanner.model.objectives.DEFAULT_DEVIATION_WEIGHT`, ``DEFAULT_RAMPING_WEIGHT``):
  a few millionths of the value of a Mm³, enough to break ties and far too little to give
  up a real improvement. Closeness comes first; smoothness decides how a change the
  objective needs is spread over the periods.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

import numpy as np

from waterplanner.engine.optimise.context import Context
from waterplanner.i18n import translate
from waterplanner.i18n.figures import fig
from waterplanner.model.objectives import Constraint, EndStorage

CARRY_OVER_FACTOR = 10.0
"""Default carry-over penalty per Mm³ below both the start storage and the planner's end
storage, in multiples of the largest value a Mm³ of water has in the objective."""
CARRY_OVER_TIE = 1e-7
"""Cost per Mm³ (× the objective scale) of ending below the start storage but not below
what the planner's schedule leaves: water the objective does not need stays for the next
horizon. Smaller than the default regularisation, so that keeping such water never
outweighs staying close to the planner's schedule (whose reasons — energy, say — the
objective may not state)."""


@dataclass(frozen=True, kw_only=True)
class DefaultCarryOver(Constraint):
    """The soft default carry-over of one reservoir (engine-internal; never written to a
    file): end storage ≥ ``start_mcm``; a tie-break per Mm³ down to ``floor_mcm`` (the
    start storage or what the planner's schedule leaves, whichever is lower), ``penalty``
    per Mm³ below that."""

    kind: ClassVar[str] = "carry_over"
    reservoir: str
    start_mcm: float
    floor_mcm: float
    tie_penalty: float

    @property
    def nodes(self) -> tuple[str, ...]:
        return (self.reservoir,)

    @property
    def label(self) -> str:
        return self.name or f"carry-over:{self.reservoir}"


def carry_over_reservoirs(ctx: Context) -> np.ndarray:
    """Decision reservoirs the default carry-over applies to."""
    if not ctx.spec.carry_over.active:
        return np.zeros(0, dtype=np.int64)
    return np.array([i for i in ctx.decision_reservoirs
                     if not ctx.spec.states_end_storage(ctx.net.node_ids[i])], dtype=np.int64)


def carry_over_penalty(ctx: Context, value_scale: float) -> float:
    """The penalty per Mm³ below both the start and the planned end storage."""
    p = ctx.spec.carry_over.penalty
    return CARRY_OVER_FACTOR * value_scale if p is None else float(p)


def default_carry_over(ctx: Context, value_scale: float, scale: float
                       ) -> tuple[Constraint, ...]:
    """The default carry-over requirements of a context (empty when off)."""
    out: list[Constraint] = []
    net = ctx.net
    planned_end = np.asarray(ctx.planned.storage_mcm[0])[:, -1]
    for i in carry_over_reservoirs(ctx):
        rid = net.node_ids[i]
        start = float(net.initial_mcm[i])
        if ctx.spec.carry_over.mode == "hard":
            out.append(EndStorage(name=f"carry-over:{rid}", reservoir=rid,
                                  at_least_start=True, hard=True))
            continue
        out.append(DefaultCarryOver(
            reservoir=rid, start_mcm=start, floor_mcm=min(start, float(planned_end[i])),
            tie_penalty=CARRY_OVER_TIE * scale, hard=False,
            penalty=carry_over_penalty(ctx, value_scale)))
    return tuple(out)


@dataclass(frozen=True)
class AppliedDefaults:
    """Which protective defaults a run applied, for the CLI, the panel and the report.

    ``carry_over_mode`` is "soft", "hard" or "off"; ``carry_over_reservoirs`` the ids it
    applied to; ``carry_over_penalty`` its penalty per Mm³ (soft); ``carry_over_floor_mcm``
    per reservoir the planner's end storage when it is below the start storage;
    ``deviation_weight`` and ``ramping_weight`` the regularisation per Mm³ in objective units.
    """

    carry_over_mode: str
    carry_over_reservoirs: tuple[str, ...]
    carry_over_names: tuple[str, ...]
    carry_over_penalty: float
    carry_over_floor_mcm: dict[str, float]
    own_end_storage: tuple[str, ...]
    deviation_weight: float
    ramping_weight: float
    objective_unit: str = "objective units"

    @property
    def text(self) -> str:
        """One sentence: "Defaults: carry-over soft at …; regularisation …"."""
        if self.carry_over_mode == "off" or not self.carry_over_reservoirs:
            co = translate("Defaults", "carry-over off") if self.carry_over_mode == "off" else \
                translate("Defaults", "no default carry-over (every decision reservoir states its "
                                      "own end storage)")
        else:
            where = ", ".join(self.carry_over_names)
            if self.carry_over_mode == "hard":
                co = translate("Defaults", "carry-over hard (end storage ≥ start storage) at "
                                           "{reservoirs}").format(reservoirs=where)
            else:
                co = translate("Defaults", "carry-over soft at {reservoirs} (end storage ≥ start "
                                           "storage; each Mm³ below both the start and what the "
                                           "input schedule leaves costs {penalty} {unit})").format(
                    reservoirs=where, penalty=fig(self.carry_over_penalty, ".3g"),
                    unit=self.objective_unit)
            if self.own_end_storage:
                co += translate("Defaults", "; own end-storage requirement at {reservoirs}").format(
                    reservoirs=", ".join(self.own_end_storage))
        if self.deviation_weight == 0 and self.ramping_weight == 0:
            reg = translate("Defaults", "regularisation off")
        else:
            reg = translate("Defaults", "regularisation {deviation} per Mm³ of deviation from the "
                                        "input schedule and {ramping} per Mm³ of change from one "
                                        "period to the next").format(
                deviation=fig(self.deviation_weight, ".2g"),
                ramping=fig(self.ramping_weight, ".2g"))
        return translate("Defaults", "Defaults: {carry_over}; {regularisation}.").format(
            carry_over=co, regularisation=reg)


def applied_defaults(ctx: Context, value_scale: float, scale: float, unit: str
                     ) -> AppliedDefaults:
    """What :func:`default_carry_over` and the regularisation do in this context."""
    net = ctx.net
    res = carry_over_reservoirs(ctx)
    planned_end = np.asarray(ctx.planned.storage_mcm[0])[:, -1]
    floors = {net.node_ids[i]: float(planned_end[i]) for i in res
              if planned_end[i] < net.initial_mcm[i]}
    own = tuple(ctx.name[i] for i in ctx.decision_reservoirs
                if ctx.spec.states_end_storage(net.node_ids[i]))
    reg = ctx.spec.regularisation
    return AppliedDefaults(
        carry_over_mode=ctx.spec.carry_over.mode,
        carry_over_reservoirs=tuple(net.node_ids[i] for i in res),
        carry_over_names=tuple(ctx.name[i] for i in res),
        carry_over_penalty=carry_over_penalty(ctx, value_scale), carry_over_floor_mcm=floors,
        own_end_storage=own, deviation_weight=reg.deviation * scale,
        ramping_weight=reg.ramping * scale, objective_unit=unit)
