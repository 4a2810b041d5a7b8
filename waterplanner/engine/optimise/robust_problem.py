"""The robust linear programme: K copies of the network LP, one per ensemble member, sharing
the decision releases, with a risk measure of the members' objective values.

Each member k has its own copy of everything the deterministic LP has (storages, spills,
deliveries, shortfalls, the rule-driven reservoirs, the allocation rows, energy, the
requirements, the linearisation point), built by :func:`build_member` exactly as
:func:`~waterplanner.engine.optimise.solve.build_full` builds it. Only the release columns
``R[i, t]`` of the decision reservoirs are one set of variables for all members (the
schedule is one schedule). The objective is

    ρ(f_1 … f_K)  +  w Σ_k g_k  +  regularisation of the shared releases,

where f_k is member k's objective (the weighted terms and the soft requirements' penalties,
exactly :func:`~waterplanner.engine.optimise.solve.evaluate` of its simulation), g_k the
LP's internal devices (tie-breaks, spill cost, rule following), each member's weighted by
the largest weight ρ can give one member (:func:`device_weight`; 1/K for the mean), and ρ
the mean (1/K) Σ f_k or the Rockafellar–Uryasev CVaR

    η + 1/((1 − α) K) Σ_k u_k,   u_k ≥ f_k − η,   u_k ≥ 0,   η free.

For a trade-off axis each objective term may carry its own measure instead (``terms``); the
penalties then count by their mean. With K = 1, or K identical members and the mean, the
LP is the deterministic one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from waterplanner.engine.optimise.context import Context
from waterplanner.engine.optimise.greedy import Cell, add_rule
from waterplanner.engine.optimise.lp import LinearProgram
from waterplanner.engine.optimise.problem import (
    EPSILON,
    SPILL,
    Built,
    Point,
    add_regularisation,
    build,
)
from waterplanner.engine.optimise.requirements import Requirement, add_requirements
from waterplanner.engine.optimise.risk_measure import RiskMeasure
from waterplanner.engine.optimise.terms import Expr, expression, needs_energy, signed_weight
from waterplanner.engine.physics import mcm_per_period
from waterplanner.engine.results import Results
from waterplanner.model.objectives import Energy, Objective


@dataclass(frozen=True)
class RiskTerm:
    """One objective term under its own risk measure, weighted (a trade-off axis)."""

    objective: Objective
    measure: RiskMeasure
    weight: float = 1.0


@dataclass(frozen=True)
class RobustObjective:
    """What the robust LP minimises.

    ``combined``: the measure of each member's whole objective (the weighted ``objectives``
    plus soft penalties) — the robust optimiser. Otherwise ``terms``: Σ weight × measure of
    each term's loss, the penalties by their mean — a trade-off point. ``bound``: (label,
    ε) keeps that term's measure no worse than ε in its natural unit (≤ ε for a minimised
    term, ≥ ε for a maximised one, whose measure is of the value negated).
    """

    objectives: tuple[Objective, ...]
    combined: RiskMeasure | None = None
    terms: tuple[RiskTerm, ...] = ()
    bound: tuple[str, float] | None = None

    def term(self, label: str) -> RiskTerm:
        for t in self.terms:
            if t.objective.label == label:
                return t
        raise KeyError(label)


@dataclass
class MemberLP:
    """One member's copy of the LP (local column numbers) and where it sits in the whole."""

    built: Built
    requirements: list[Requirement]
    exprs: dict[str, Expr]
    regularisation: np.ndarray
    """Local columns of the regularisation (member 0 only)."""
    binaries: np.ndarray
    """Local columns of the intake rule's binaries."""
    colmap: np.ndarray | None = None
    """Where each local column is in the whole LP (set by :func:`assemble`)."""


@dataclass
class RobustLP:
    """The whole LP, its members and the risk variables."""

    lp: LinearProgram
    members: list[MemberLP]
    risk_value: dict[str, Expr]
    """Per risk measure ('' for the combined one, else the term's label): the measure of
    the losses as a linear expression of the whole LP's columns (≥ the measure; equal at
    an optimum that minimises it)."""
    shared: np.ndarray
    """Whole-LP columns of the shared releases [decision reservoirs × T]."""

    @property
    def binaries(self) -> np.ndarray:
        parts = [m.colmap[m.binaries] for m in self.members
                 if m.colmap is not None and len(m.binaries)]
        return np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)

    def member_x(self, k: int, x: np.ndarray) -> np.ndarray:
        """Member k's solution vector in its local column numbers."""
        cm = self.members[k].colmap
        assert cm is not None
        return x[cm]


def energy_in(ctx: Context, objectives: Sequence[Objective]) -> bool:
    """Whether energy variables are needed."""
    return needs_energy(ctx) or any(isinstance(o, Energy) for o in objectives)


def build_member(ctx: Context, point: Point, objectives: tuple[Objective, ...], scale: float,
                 regularise: bool, limits_hard: bool, cells: set[Cell] | None = None,
                 fixed: dict[Cell, int] | None = None,
                 point_sim: Results | None = None) -> MemberLP:
    """One member's LP, as :func:`~waterplanner.engine.optimise.solve.build_full` builds
    the deterministic one (with the intake rule on ``cells``); the regularisation only
    when ``regularise`` (it belongs to the shared releases, so to one member); given the
    simulation of the point, with the overflow routes closed where its main link was not
    full (:func:`close_overflows`) and spill only where it spilled (:func:`spill_rule`)."""
    built = build(ctx, Point(point.storage_mcm, point.turbine_mcm, None),
                  energy_in(ctx, objectives), scale)
    if point.trust is not None:
        trust_region(ctx, built, point, point.trust)
    if point_sim is not None:
        close_overflows(ctx, built, np.asarray(point_sim.link_flow_mcm[0]))
        spill_rule(ctx, built, point_sim, scale)
    n0 = built.lp.n
    if regularise and ctx.spec.regularisation.active:
        add_regularisation(ctx, built)
    reg = np.arange(n0, built.lp.n)
    exprs: dict[str, Expr] = {}
    for o in objectives:
        e = expression(ctx, built, o)
        exprs[o.label] = e
        if o.weight:
            built.lp.add_cost(e.cols, signed_weight(o) * e.coefs)
    for var, tie in ((built.idx.SF, 0.1), (built.idx.MF, 2.0)):
        v = var[var >= 0]
        if len(v):
            built.lp.add_cost(v, EPSILON * scale * tie)
    reqs = add_requirements(ctx, built, limits_hard=limits_hard)
    zs = add_rule(ctx, built, cells, fixed) if cells else np.zeros(0, dtype=np.int64)
    return MemberLP(built, reqs, exprs, reg, np.asarray(zs, dtype=np.int64))


def device_weight(goal: RobustObjective, k_count: int) -> float:
    """The weight of each member's internal devices g_k: the largest weight the risk
    measure can give one member's objective (1/K for the mean, min(1, 1/((1 − α) K)) for
    CVaR α), so that spill, rule following and the tie-breaks outweigh the objective in
    every member by the same margin as in the deterministic LP (weighted by 1/K only, they
    lose to a CVaR tail member's objective and the LP spills below capacity to pass water
    the simulator would keep)."""
    measures = ([goal.combined] if goal.combined is not None else []) + \
        [t.measure for t in goal.terms]
    w = 1.0 / k_count
    for m in measures:
        if not m.is_mean:
            w = max(w, min(1.0, 1.0 / ((1.0 - m.alpha) * k_count)))
    return w


def trust_region(ctx: Context, built: Built, point: Point, trust: float) -> None:
    """A member's part of the trust region: the decision reservoirs' plants' turbine flows
    may move by ``trust`` × the turbines' capacity from the point (as in the deterministic
    LP), and no reservoir the LP releases from spills in a period whose storage window (the
    point ± ``trust`` × the live storage) stays below its capacity, where the simulator
    never spills.

    The storage window itself is on the shared releases (:func:`release_window`): the
    deterministic LP bounds every reservoir's storage around the point, which shared
    releases cannot honour in a member where the simulator could not release what the
    schedule asked (a reservoir at dead storage in a dry member); a member could then leave
    its window only by spilling below the capacity."""
    net, lp, idx = ctx.net, built.lp, built.idx
    for i in np.flatnonzero(ctx.decision | ctx.held):
        w = trust * max(float(net.capacity_mcm[i] - net.dead_mcm[i]), 1.0)
        s0 = np.asarray(point.storage_mcm[i], dtype=float)
        below = s0 + w < net.capacity_mcm[i]
        if below.any():
            lp.tighten(idx.P[i][below], ub=0.0)
        if ctx.decision[i] and built.energy and idx.Q[i, 0] >= 0:
            wq = trust * mcm_per_period(net.turbine_m3s[i], net.seconds)
            q0 = np.asarray(point.turbine_mcm[i], dtype=float)
            lp.tighten(idx.Q[i], lb=np.maximum(q0 - wq, 0.0), ub=q0 + wq)


def spill_rule(ctx: Context, built: Built, point_sim: Results, scale: float) -> None:
    """A reservoir that spilled at the point should stay full while it spills: in such a
    period each Mm³ it ends below its capacity costs what a Mm³ of spill costs (for every
    reservoir the LP releases from).

    The simulator spills only what exceeds the capacity. The deterministic LP keeps to that
    by pricing spill far above any value of water and adjusting the release. A member of a
    robust LP cannot adjust the shared release, and would shift a full reservoir's spill from
    one month to the next — drawing it below capacity while it spills, to pass water it needs
    downstream that month — at no net cost in spill. (Below the capacity, :func:`trust_region`
    closes spill where the storage window cannot reach it.)"""
    net, lp, idx = ctx.net, built.lp, built.idx
    sim_s = np.asarray(point_sim.storage_mcm[0])
    sim_p = np.asarray(point_sim.spill_mcm[0])
    for i in np.flatnonzero(ctx.decision | ctx.held):
        cap = float(net.capacity_mcm[i])
        if not np.isfinite(cap):
            continue
        tol = 1e-6 * max(cap, 1.0)
        spilt = np.flatnonzero((sim_s[i] >= cap - tol) & (sim_p[i] > tol))
        if not len(spilt):
            continue
        g = lp.group("full", net.node_ids[i], f"{ctx.name[i]} full while it spills")
        below = lp.variables(len(spilt), cost=SPILL * scale, periods=spilt)
        rows = lp.rows("ge", np.full(len(spilt), cap), group=g, periods=spilt)
        lp.coef(rows, idx.S[i, spilt], 1.0)
        lp.coef(rows, below, 1.0)


def close_overflows(ctx: Context, built: Built, link_flow_mcm: np.ndarray) -> None:
    """No water on an overflow route in a period in which the main link was not full at
    the linearisation point (``link_flow_mcm`` [links, T], the point's simulation).

    The simulator sends water down an overflow route only what exceeds the main link's
    capacity; the deterministic LP keeps to that by a tie-break cost on the route. A member
    of a robust LP cannot adapt the shared releases to its own wet year, and takes that
    cheap route instead (into Koksaray, say, rather than let the North Aral rise above its
    crest, as the simulator would). Closed in the periods the point says, the route opens
    again in the next LP once the simulation fills the main link."""
    net, lp, idx = ctx.net, built.lp, built.idx
    for i in range(net.n_nodes):
        over, main = int(net.overflow_link[i]), int(net.main_link[i])
        if over < 0 or main < 0:
            continue
        cap = np.asarray(net.link_cap_mcm[main], dtype=float)
        flow = np.asarray(link_flow_mcm[main], dtype=float)
        closed = flow < cap - 1e-6 * (1.0 + np.where(np.isfinite(cap), cap, 0.0))
        if closed.any():
            lp.tighten(idx.X[over][closed], ub=0.0)


def release_window(lp: LinearProgram, ctx: Context, shared: np.ndarray, centre_mcm: np.ndarray,
                   trust: float) -> None:
    """The trust region on the shared releases: each decision reservoir's cumulative
    release may differ from the centre schedule's by at most ``trust`` × its live storage
    in every period (D[t] = D[t−1] + R[t] − centre[t], |D| ≤ w), which is the deterministic
    storage window for every member in which the simulator releases what the schedule
    asks. ``shared`` [decision reservoirs, T] are whole-LP columns."""
    net = ctx.net
    t = net.periods
    for j, i in enumerate(ctx.decision_reservoirs):
        w = trust * max(float(net.capacity_mcm[i] - net.dead_mcm[i]), 1.0)
        d = lp.variables(t, lb=-w, ub=w, periods=np.arange(t))
        g = lp.group("trust", net.node_ids[i], f"{ctx.name[i]} cumulative release near the "
                     "last schedule")
        rows = lp.rows("eq", -np.asarray(centre_mcm[j], dtype=float), group=g)
        lp.coef(rows, d, 1.0)
        lp.coef(rows[1:], d[:-1], -1.0)
        lp.coef(rows, shared[j], -1.0)


def _dense(n: int, e: Expr, factor: float) -> np.ndarray:
    out = np.zeros(n)
    if len(e.cols):
        np.add.at(out, e.cols, factor * e.coefs)
    return out


def _sign(o: Objective) -> float:
    return -1.0 if o.sense == "max" else 1.0


def assemble(ctxs: Sequence[Context], members: list[MemberLP], goal: RobustObjective,
             window: tuple[np.ndarray, float] | None = None) -> RobustLP:
    """Stack the members' LPs into one, sharing the decision releases, with the risk
    measure(s) of ``goal`` and, with ``window`` (centre schedule [decision reservoirs, T],
    trust), the trust region on the releases."""
    k_count = len(members)
    lp = LinearProgram()
    dec = ctxs[0].decision_reservoirs
    shared = np.zeros(0, dtype=np.int64)
    # per measure: (member → (local dense loss vector, constant)) collected while stacking
    losses: dict[str, list[tuple[np.ndarray, float]]] = {}
    measures: dict[str, tuple[RiskMeasure, float]] = {}
    if goal.combined is not None:
        measures[""] = (goal.combined, 1.0)
    for t in goal.terms:
        measures[t.objective.label] = (t.measure, t.weight)
    devices = device_weight(goal, k_count)
    for k, m in enumerate(members):
        mlp = m.built.lp
        n = mlp.n
        full = mlp.cost.copy()
        reg = np.zeros(n)
        reg[m.regularisation] = full[m.regularisation]
        full[m.regularisation] = 0.0
        objective_part = np.zeros(n)
        const = 0.0
        for o in goal.objectives:
            if o.weight:
                e = m.exprs[o.label]
                objective_part += _dense(n, e, signed_weight(o))
                const += signed_weight(o) * e.const
        rest = full - objective_part
        if goal.combined is not None:
            slack = np.zeros(n)
            for parts in mlp.slacks.values():
                for u in parts:
                    slack[u] = full[u]
            rest = rest - slack
            losses.setdefault("", []).append((objective_part + slack, const))
        for t in goal.terms:
            e = m.exprs[t.objective.label]
            losses.setdefault(t.objective.label, []).append(
                (_dense(n, e, _sign(t.objective)), _sign(t.objective) * e.const))
        cost = rest * devices + reg
        for label, (measure, weight) in measures.items():
            if measure.is_mean and weight:
                cost = cost + losses[label][k][0] * (weight / k_count)
        local_r = m.built.idx.R[dec].reshape(-1)
        if k == 0:
            m.colmap = lp.append(mlp, cost, np.zeros(0, dtype=np.int64),
                                 np.zeros(0, dtype=np.int64))
            shared = m.colmap[local_r]
        else:
            m.colmap = lp.append(mlp, cost, local_r, shared)
    if window is not None:
        release_window(lp, ctxs[0], shared.reshape(len(dec), -1), window[0], window[1])
    risk_value: dict[str, Expr] = {}
    for label, (measure, weight) in measures.items():
        risk_value[label] = _risk_rows(lp, [m.colmap for m in members if m.colmap is not None],
                                       losses[label], measure, weight, label)
    if goal.bound is not None:
        label, eps = goal.bound
        t = goal.term(label)
        e = risk_value[label]
        g = lp.group("epsilon", label, f"{t.measure.text} of {label} no worse than {eps:.6g}",
                     unit=t.objective.unit, requirement="epsilon")
        row = lp.rows("le", _sign(t.objective) * eps - e.const, group=g,
                      periods=np.array([-1]))
        lp.coef(np.repeat(row, len(e.cols)), e.cols, e.coefs)
    return RobustLP(lp, members, risk_value, shared)


def _risk_rows(lp: LinearProgram, colmaps: list[np.ndarray],
               losses: list[tuple[np.ndarray, float]], measure: RiskMeasure, weight: float,
               label: str) -> Expr:
    """The measure's variables and rows (CVaR), or nothing (mean: already in the costs);
    returns the measure as an expression of the whole LP's columns."""
    k_count = len(losses)
    if measure.is_mean:
        cols, coefs = [], []
        const = 0.0
        for cm, (vec, c) in zip(colmaps, losses):
            nz = np.flatnonzero(vec)
            cols.append(cm[nz])
            coefs.append(vec[nz] / k_count)
            const += c / k_count
        return Expr(np.concatenate(cols), np.concatenate(coefs), const)
    w = 1.0 / ((1.0 - measure.alpha) * k_count)
    eta = lp.variables(1, lb=-np.inf, cost=weight, periods=np.array([-1]))
    u = lp.variables(k_count, cost=weight * w, periods=np.full(k_count, -1))
    g = lp.group("cvar", label or "objective", f"{measure.text} excess of member's "
                 f"{label or 'objective'} over the value at risk")
    for k, (cm, (vec, c)) in enumerate(zip(colmaps, losses)):
        nz = np.flatnonzero(vec)
        row = lp.rows("ge", c, group=g, periods=np.array([-1]))
        lp.coef(np.repeat(row, len(nz) + 2), np.concatenate(([u[k], eta[0]], cm[nz])),
                np.concatenate(([1.0, 1.0], -vec[nz])))
    return Expr(np.concatenate((eta, u)), np.concatenate(([1.0], np.full(k_count, w))))
