"""The robust linear programme: K copies of the network LP, one per ensemble member, sharing
the decision releases, with a risk measure of the members' objective values.

Each member k has its own copy of everything the deterministic LP has (storages, spills,
deliveries, shortfalls, the rule-driven reservoirs, the allocation rows, energy, the
requirements, the linearisation point), built by :func:`build_member` exactly as
:func:`~waterplanner.engine.optimise.solve.build_full` builds it. The schedule of the
decision reservoirs D[i, t] is one set of variables for all members; member k releases
R_k = D − C_k, where the cut C_k ≥ 0 is what its storage cannot give (the simulator cuts a
scheduled release at the reservoir's floor; :func:`at_floor`, :func:`floor_rule`). A member
cannot adapt the schedule to its own year as the deterministic LP does, so the devices that
keep the deterministic LP on the simulator's side (spill only at capacity, overflow only when
the main link is full) are made explicit per member (:func:`spill_when_full`,
:func:`spill_rule`, :func:`close_overflows`), and the trust region is on each member's own
releases (:func:`release_window`). The objective is

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
from waterplanner.engine.optimise.floor import AT_FLOOR, at_floor, floor_rule
from waterplanner.engine.optimise.greedy import Cell, add_rule
from waterplanner.engine.optimise.lp import LinearProgram
from waterplanner.engine.optimise.problem import (
    EPSILON,
    Built,
    Point,
    add_regularisation,
    build,
)
from waterplanner.engine.optimise.requirements import (
    Requirement,
    add_requirements,
)
from waterplanner.engine.optimise.risk_measure import RiskMeasure
from waterplanner.engine.optimise.rules import FOLLOW
from waterplanner.engine.optimise.terms import Expr, expression, needs_energy, signed_weight
from waterplanner.engine.physics import mcm_per_period
from waterplanner.engine.results import Results
from waterplanner.i18n import translate
from waterplanner.i18n.figures import fig
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
    cut_open: np.ndarray | None = None
    """[decision reservoirs, T]: where the member may release less than the schedule (its
    point is at the floor there); None: nowhere."""
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
    """Whole-LP columns of the schedule [decision reservoirs × T] (one for all members)."""
    cut: list[np.ndarray]
    """Per member, whole-LP columns of the scheduled release it does not make [decision
    reservoirs × T] (the simulator's cut at the reservoir's floor)."""

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


CUT = 30.0
"""Cost of a scheduled Mm³ a member does not release, × the objective scale and × 1 to 2
(more for an earlier period): above every objective term and planner's penalty, so that a
member cuts only where the water is not there; below the network's own limits (dead
storage, the operating minimum: 100 × the scale and more), so that it cuts rather than draw
below them, as the simulator does."""


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
    floor_rule(ctx, built, point, scale)
    spill_when_full(ctx, built, point, scale)
    cut_open = at_floor(ctx, point)
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
    return MemberLP(built, reqs, exprs, reg, np.asarray(zs, dtype=np.int64), cut_open)


EARLY_SPILL = 10.0 * FOLLOW
"""Cost (× the objective scale) of a Mm³ spilled where the point was not full: above
holding a rule-driven reservoir to its rule's release (:data:`~.rules.FOLLOW`)."""

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


def spill_when_full(ctx: Context, built: Built, point: Point, scale: float) -> None:
    """A reservoir the LP releases from spills cheaply only in the periods its point is
    full (within :data:`AT_FLOOR` of the live storage below its capacity); elsewhere each
    Mm³ of spill costs :data:`EARLY_SPILL` as well, as an internal device.

    The simulator spills only what exceeds the capacity, and the deterministic LP keeps to
    that because a spill costs more than any use of the water. A member outside a CVaR tail
    weighs its objective at nothing, and a rule-driven reservoir downstream is held to the
    release its rule gave at the point at :data:`~.rules.FOLLOW` per Mm³: where the shared
    schedule no longer brings it that water, the member would drain a reservoir upstream to
    dead storage by spilling. Where the schedule does fill the reservoir, the
    next point's simulation is full there and the spill is cheap again."""
    net, lp, idx = ctx.net, built.lp, built.idx
    for i in np.flatnonzero(ctx.decision | ctx.held):
        cap = float(net.capacity_mcm[i])
        if not np.isfinite(cap) or idx.P[i, 0] < 0:
            continue
        live = max(cap - float(net.dead_mcm[i]), 1.0)
        below = np.asarray(point.storage_mcm[i], dtype=float) < cap - AT_FLOOR * live
        if below.any():
            lp.add_cost(idx.P[i][below], EARLY_SPILL * scale)


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
        g = lp.group("full", net.node_ids[i], translate(
            "Requirements", "{name} full while it spills").format(name=ctx.name[i]))
        below = lp.variables(len(spilt), cost=EARLY_SPILL * scale, periods=spilt)
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
    """The trust region on one member's releases: each decision reservoir's cumulative
    release may differ from the centre's (what the simulation of the point released) by at
    most ``trust`` × its live storage in every period (D[t] = D[t−1] + R[t] − centre[t],
    |D| ≤ w), the deterministic storage window. ``shared`` [decision reservoirs, T] are
    whole-LP columns of the member's releases."""
    net = ctx.net
    t = net.periods
    for j, i in enumerate(ctx.decision_reservoirs):
        w = trust * max(float(net.capacity_mcm[i] - net.dead_mcm[i]), 1.0)
        d = lp.variables(t, lb=-w, ub=w, periods=np.arange(t))
        g = lp.group("trust", net.node_ids[i], translate(
            "Requirements", "{name} cumulative release near the last schedule").format(
            name=ctx.name[i]))
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
             window: tuple[Sequence[np.ndarray], float] | None = None) -> RobustLP:
    """Stack the members' LPs into one, sharing the decision releases, with the risk
    measure(s) of ``goal`` and, with ``window`` (per member the releases its point's
    simulation made [decision reservoirs, T], and the trust), the trust region on each
    member's releases (a member's cut counts in it, so the cut is no way round it)."""
    k_count = len(members)
    lp = LinearProgram()
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
        m.colmap = lp.append(mlp, cost, np.zeros(0, dtype=np.int64),
                             np.zeros(0, dtype=np.int64))
    shared, cut = _schedule(lp, ctxs[0], members, devices)
    if window is not None:
        dec = ctxs[0].decision_reservoirs
        for m, centre in zip(members, window[0]):
            assert m.colmap is not None
            release_window(lp, ctxs[0], m.colmap[m.built.idx.R[dec]], centre, window[1])
    risk_value: dict[str, Expr] = {}
    for label, (measure, weight) in measures.items():
        risk_value[label] = _risk_rows(lp, [m.colmap for m in members if m.colmap is not None],
                                       losses[label], measure, weight, label)
    if goal.bound is not None:
        label, eps = goal.bound
        t = goal.term(label)
        e = risk_value[label]
        g = lp.group("epsilon", label, translate(
            "TradeOff", "{measure} of {objective} no worse than {bound}").format(
            measure=t.measure.text, objective=label, bound=fig(eps, ".6g")),
                     unit=t.objective.unit, requirement="epsilon")
        row = lp.rows("le", _sign(t.objective) * eps - e.const, group=g,
                      periods=np.array([-1]))
        lp.coef(np.repeat(row, len(e.cols)), e.cols, e.coefs)
    return RobustLP(lp, members, risk_value, shared, cut)


def _schedule(lp: LinearProgram, ctx: Context, members: list[MemberLP], devices: float
              ) -> tuple[np.ndarray, list[np.ndarray]]:
    """The one schedule of the decision reservoirs, and each member's releases as the
    schedule less a cut: R_k = D − C_k, C_k ≥ 0 at :data:`CUT` (later periods cheaper, so a
    member cuts as late as the water allows, as the simulator does).

    The schedule keeps the bounds every member puts on its release (the maximum, the
    planner's hard release bounds), and so does each member's own release; a member cuts only
    where its point is at the floor (:func:`at_floor`). Returns the schedule's columns [decision reservoirs × T] and each member's cut
    columns."""
    dec = ctx.decision_reservoirs
    net = ctx.net
    t = net.periods
    n = len(dec) * t
    per = np.tile(np.arange(t), len(dec))
    own = [m.colmap[m.built.idx.R[dec].reshape(-1)] for m in members if m.colmap is not None]
    lo, hi = lp.lower, lp.upper
    d_lo = np.max([lo[r] for r in own], axis=0) if own else np.zeros(n)
    d_hi = np.min([hi[r] for r in own], axis=0) if own else np.zeros(n)
    shared = lp.variables(n, lb=d_lo, ub=np.maximum(d_hi, d_lo), periods=per)
    scale = members[0].built.scale
    later = np.tile(2.0 - np.arange(t) / max(t, 1), len(dec))
    cuts: list[np.ndarray] = []
    for k, (m, r) in enumerate(zip(members, own)):
        opened = m.cut_open.reshape(-1) if m.cut_open is not None else np.zeros(n, dtype=bool)
        c = lp.variables(n, ub=np.where(opened, np.inf, 0.0),
                         cost=CUT * scale * devices * later, periods=per)
        cuts.append(c)
        for j, i in enumerate(dec):
            part = slice(j * t, (j + 1) * t)
            g = lp.group("cut", net.node_ids[i], translate(
                "Requirements", "{name}: member {member}'s release is the schedule less what "
                                "its storage cannot give").format(name=ctx.name[i], member=k + 1))
            rows = lp.rows("eq", np.zeros(t), group=g, periods=np.arange(t))
            lp.coef(rows, r[part], 1.0)
            lp.coef(rows, c[part], 1.0)
            lp.coef(rows, shared[part], -1.0)
    return shared, cuts


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
    g = lp.group("cvar", label or "objective", translate(
        "Requirements", "{measure} excess of member's {objective} over the value at risk").format(
        measure=measure.text, objective=label or translate("Requirements", "objective")))
    for k, (cm, (vec, c)) in enumerate(zip(colmaps, losses)):
        nz = np.flatnonzero(vec)
        row = lp.rows("ge", c, group=g, periods=np.array([-1]))
        lp.coef(np.repeat(row, len(nz) + 2), np.concatenate(([u[k], eta[0]], cm[nz])),
                np.concatenate(([1.0, 1.0], -vec[nz])))
    return Expr(np.concatenate((eta, u)), np.concatenate(([1.0], np.full(k_count, w))))
