"""How schedules fare on a set of ensemble members: the in-sample and out-of-sample tables.

Each schedule is simulated on every member; each member's objective value is the combined
objective of the optimisation (weighted terms plus soft penalties, what the optimiser
minimises, :func:`~waterplanner.engine.optimise.solve.evaluate`), measured on the member's
own context (its carry-over reference is the input schedule on its inflows). A hard
requirement the simulated schedule breaks in a member (a dry year in which the reservoir
cannot release what the schedule asks) is counted apart, as members broken, rather than as
the huge penalty the optimiser uses to rank such schedules last. Per schedule: the mean,
the CVaR at α and the worst member of the objective values, the members broken, and for every
demand of the objective's shortfall terms the mean and CVaR of its shortfall over the horizon
and the risk table's P(short > threshold) (:func:`waterplanner.engine.risk.risk_of`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from waterplanner.engine.compiled import DEMAND
from waterplanner.engine.ensemble import EnsembleInflows
from waterplanner.engine.optimise.context import Context
from waterplanner.engine.optimise.requirements import all_requirements
from waterplanner.engine.optimise.risk_measure import RiskMeasure, risk_value
from waterplanner.engine.optimise.robust_members import member_context, simulate_member
from waterplanner.engine.optimise.solve import evaluate
from waterplanner.engine.risk import RiskOptions, risk_of
from waterplanner.engine.simulate import simulate
from waterplanner.model.objectives import Objective, Shortfall
from waterplanner.progress import CancelToken, check


@dataclass(frozen=True)
class DemandRisk:
    """One demand's shortfall over the horizon across the members, Mm³."""

    id: str
    name: str
    mean_shortfall_mcm: float
    cvar_shortfall_mcm: float
    p_short_over_threshold: float


@dataclass(frozen=True, eq=False)
class ScheduleRisk:
    """One schedule on a set of members."""

    schedule: str
    """"input schedule", "deterministic optimum" or "robust schedule"."""
    mean: float
    cvar: float
    worst: float
    demands: tuple[DemandRisk, ...]
    values: np.ndarray
    """Each member's objective value (terms and soft penalties; a broken hard requirement
    is counted in ``broken``, not here)."""
    broken: int = 0
    """Members in which the schedule breaks a hard requirement when simulated (the
    simulator cannot release what the schedule asks, say, in a dry member)."""

    def demand(self, node_id: str) -> DemandRisk:
        for d in self.demands:
            if d.id == node_id:
                return d
        raise KeyError(node_id)


@dataclass(frozen=True, eq=False)
class RiskComparison:
    """Schedules compared on one set of members (in-sample or out-of-sample)."""

    what: str
    """"in-sample" or "out-of-sample"."""
    members: tuple[int, ...]
    """The members' indices in the ensemble."""
    alpha: float
    threshold_pct: float
    rows: tuple[ScheduleRisk, ...]

    def row(self, schedule: str) -> ScheduleRisk:
        for r in self.rows:
            if r.schedule == schedule:
                return r
        raise KeyError(schedule)


def objective_demands(ctx: Context, objectives: Sequence[Objective]) -> list[int]:
    """The demands the objective's shortfall terms count (node indices)."""
    out: list[int] = []
    for o in objectives:
        if isinstance(o, Shortfall) and o.weight:
            nodes = ([ctx.net.node_index(n) for n in o.demands] if o.demands
                     else list(np.flatnonzero(ctx.net.kind == DEMAND)))
            out += [int(n) for n in nodes if int(n) not in out]
    return out


def compare_on_members(base: Context, members: EnsembleInflows, schedules: Mapping[str, Mapping[str, np.ndarray]],
                       objectives: tuple[Objective, ...], scale: float, alpha: float,
                       threshold_pct: float, what: str, contexts: Sequence[Context] | None = None,
                       cancel: CancelToken | None = None) -> RiskComparison:
    """Every schedule (name → release per decision reservoir, Mm³) on these members."""
    cvar = RiskMeasure("cvar", alpha)
    ctxs = list(contexts) if contexts is not None else [
        member_context(base, members.member(j), f"member {members.first_member + j}")
        for j in range(members.members)]
    demands = objective_demands(base, objectives)
    hard = {c.label for c in all_requirements(base, scale) if c.hard}
    rows = []
    for name, rel in schedules.items():
        check(cancel)
        merits = [evaluate(c, simulate_member(base.scenario, members.member(j), rel),
                           objectives, scale) for j, c in enumerate(ctxs)]
        hard_cost = np.array([sum(m.penalties.get(lab, 0.0) for lab in hard) for m in merits])
        values = np.array([m.total for m in merits]) - hard_cost
        whole = simulate(base.scenario, inflows=members.inflow_mcm, release_mcm=rel)
        table = risk_of(whole, RiskOptions(threshold_pct=threshold_pct))
        p_short = {s.id: s.p_short_over_threshold for s in table.demands}
        short = np.asarray(whole.shortfall_mcm).sum(axis=2)  # [members, nodes]
        drows = tuple(DemandRisk(
            id=base.net.node_ids[d], name=base.name[d],
            mean_shortfall_mcm=float(short[:, d].mean()),
            cvar_shortfall_mcm=risk_value(short[:, d], cvar),
            p_short_over_threshold=float(p_short.get(base.net.node_ids[d], np.nan)))
            for d in demands)
        rows.append(ScheduleRisk(schedule=name, mean=float(values.mean()),
                                 cvar=risk_value(values, cvar), worst=float(values.max()),
                                 demands=drows, values=values,
                                 broken=int(np.sum(hard_cost > 0))))
    idx = tuple(range(members.first_member, members.first_member + members.members))
    return RiskComparison(what=what, members=idx, alpha=alpha, threshold_pct=threshold_pct,
                          rows=tuple(rows))
