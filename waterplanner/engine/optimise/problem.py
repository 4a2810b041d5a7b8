"""The whole-horizon linear programme of one scenario: the simulator's mass balance as rows.

Variables, per period t (Mm³ per period unless stated):

* ``X[l, t]``: water sent into link l (it arrives ``lag`` periods later, less its loss);
* ``S[i, t]``: end-of-period storage of reservoirs and lakes; ``R``/``P``: release/spill;
* ``O[k, t]``: a lake's outflow over its crest, ``A[k, t]`` the storage above the crest that
  the outlet could not pass;
* ``SF[d, t]``: a demand's shortfall; ``MF[m, t]``: a minimum-flow deficit;
* ``Q[p, t]``, ``E[p, t]``: turbine flow and energy (MWh) of the dams' plants, and
  ``QR[p, t]``, ``ER[p, t]`` of the run-of-river plants (:mod:`.plants`), only when energy is
  asked for.

Rows follow the simulator's period anatomy (:mod:`waterplanner.engine.kernel`):

* reservoir: S[t] = S[t−1] + arrivals − evaporation(area at S[t−1]) − seepage − R − P, and
  R + P = what leaves on its links;
* terminal lake: S[t] = S[t−1] + arrivals + (precipitation − evaporation)(area at S[t−1]) − O,
  S[t] ≤ crest + A, O ≤ outlet capacity (O's tie-break cost falls with time, so water leaves
  over the crest only in the period that forces it);
* any other node: arrivals + local inflow = what leaves on its links;
* demand: SF ≥ demand − arrivals; each return link carries its share of the return
  fraction × arrivals, or of the drainage store's release α · G[t−1] where the demand has a
  store G (G[t] = (1 − α) G[t−1] + fraction × arrivals);
* minimum-flow point: MF ≥ required − flow passed downstream.

The area is linearised around a point (the previous solution's storages); with a one-segment
table this is exact. Energy is linearised in turbine flow and mean storage around the same
point, inside a trust region. :mod:`.terms` and :mod:`.requirements` add the objective and
the planner's constraints.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from waterplanner.engine.optimise.context import Context
from waterplanner.engine.optimise.lp import LinearProgram
from waterplanner.engine.optimise.plants import add_run_of_river_rows
from waterplanner.engine.optimise.rules import FOLLOW, add_held_reservoir
from waterplanner.engine.optimise.tables import lookup, lookup_with_slope
from waterplanner.engine.physics import (
    DEMAND,
    INFLOW,
    LAKE,
    MIN_FLOW,
    MM_KM2_TO_MCM,
    RESERVOIR,
    RHO_G_MW,
    SINK,
    m3s_of,
    mcm_per_period,
    plant_power_array,
)
from waterplanner.i18n import translate
from waterplanner.i18n.figures import fig
from waterplanner.model.objectives import Energy, FairShortfall, Objective, ReleaseValue

EPSILON = 1e-4
"""Tie-break cost (objective units per Mm³, scaled by :attr:`Built.scale`): spill, overflow
and lake outflow cost this much, deliveries earn it divided by priority, so the LP does not
spill or bypass an intake when it is otherwise indifferent (as the simulator would not)."""
SPILL = 10.0
"""Cost per Mm³ (× scale) of reservoir spill. The simulator spills only what exceeds the
capacity; an LP could also "spill" below capacity to pass water its release limit or a fixed
schedule holds back. Costing spill well above the value of a Mm³ elsewhere keeps it to what
is unavoidable (spill the optimiser cannot avoid still costs this, which shows in the shadow
prices of capacities)."""
CREST = 1e3
"""Penalty per Mm³ (× scale) of lake storage above the crest that the outlet cannot pass."""
FAIR_BASE_TOL = 1e-6
"""A demand whose base (limit or demand) in a period is below this share of the largest
base has no shortage share that period: a share of almost nothing means nothing."""


@dataclass
class Point:
    """Where the nonlinear terms are linearised: end-of-period storages [N, T] and turbine
    flows [N, T] (Mm³ per period), and the trust region: reservoir storages may move by this
    share of the live storage, turbine flows by this share of the turbines' capacity (None:
    no trust region)."""

    storage_mcm: np.ndarray
    turbine_mcm: np.ndarray
    trust: float | None = None


@dataclass
class Index:
    """Variable indices, −1 where a variable does not exist."""

    X: np.ndarray
    S: np.ndarray
    R: np.ndarray
    P: np.ndarray
    O: np.ndarray  # the outflow of a lake
    A: np.ndarray
    SF: np.ndarray
    MF: np.ndarray
    Q: np.ndarray
    E: np.ndarray
    QR: np.ndarray  # [P, T] run-of-river turbine flow
    ER: np.ndarray  # [P, T] run-of-river energy
    arrivals: dict[int, tuple[np.ndarray, np.ndarray, np.ndarray]]
    """node → (cols [k], coefs [k], periods [k]) of the arrivals expression, plus the
    constant arrivals (water in transit at the start) in ``const_arrivals``."""
    const_arrivals: np.ndarray  # [N, T]


@dataclass
class Built:
    """A built LP with its variable index and the scale used for internal penalties."""

    lp: LinearProgram
    idx: Index
    scale: float
    energy: bool
    evap_const_mcm: np.ndarray  # [N, T] evaporation (net of precipitation) at the point
    point_storage_mcm: np.ndarray  # [N, T] the end-of-period storages linearised around


def energy_mwh_per_mcm(ctx: Context, plants: np.ndarray,
                       run_of_river: np.ndarray | None = None) -> float:
    """The most energy one Mm³ can make passing through all these plants — dams each at its
    highest head, and the run-of-river plants ``run_of_river`` at their fixed heads (an
    upper bound of the value of water for an energy objective)."""
    net = ctx.net
    total = 0.0
    for i in plants:
        m = net.lav_n[i]
        head = max(float(net.lav_level[i, :m].max()) - float(net.tailwater_m[i]), 0.0)
        total += float(net.efficiency[i]) * RHO_G_MW * head * 1e6 / 3600.0
    for p in run_of_river if run_of_river is not None else ():
        total += ctx.ror.mwh_per_mcm(int(p))
    return total


def fair_bases(ctx: Context, demands: np.ndarray) -> np.ndarray:
    """The base of each demand's shortage share [D, T]: its limit where it has one, else
    its demand (Mm³ per period)."""
    return np.where(np.isfinite(ctx.limit_mcm[demands]), ctx.limit_mcm[demands],
                    ctx.net.demand_mcm[demands])


def fair_entitlements(ctx: Context, demands: np.ndarray) -> np.ndarray:
    """What each demand may receive [D, T]: its demand, capped by its limit less the loss
    of its intake (the limit caps what enters the intake)."""
    net = ctx.net
    out = np.array(net.demand_mcm[demands], dtype=float)
    for j, d in enumerate(demands):
        loss = [net.link_loss[net.in_links[p]] for p in range(net.in_ptr[d], net.in_ptr[d + 1])
                if net.kind[net.link_src[net.in_links[p]]] != DEMAND]
        keep = 1.0 - (loss[0] if loss else 0.0)
        out[j] = np.minimum(out[j], ctx.limit_mcm[d] * keep)
    return out


def term_value_per_mcm(ctx: Context, o: Objective) -> float:
    """What one Mm³ of water can be worth to one weighted objective term, at most."""
    if o.weight <= 0:
        return 0.0
    if isinstance(o, ReleaseValue):
        return o.weight * max((abs(v) for v in o.value_per_mcm if math.isfinite(v)),
                              default=0.0)
    if isinstance(o, Energy):
        plants = ctx.select(o.plants, RESERVOIR, o.country, plants_only=True)
        return o.weight * energy_mwh_per_mcm(ctx, plants, ctx.ror.select(o.plants, o.country))
    if isinstance(o, FairShortfall):
        # one Mm³ more for the worst-off demand lowers its share by 100 / base % in one
        # period, and the term is the mean over the season's periods
        dem = ctx.select(o.demands, DEMAND)
        per = np.flatnonzero(ctx.season_mask(o.season))
        base = fair_bases(ctx, dem)[:, per] if len(dem) else np.zeros((0, 0))
        pos = base[base > FAIR_BASE_TOL * max(float(base.max(initial=0.0)), 1e-12)]
        if len(pos) == 0 or len(per) == 0:
            return 0.0
        return o.weight * 100.0 / (len(per) * float(pos.min()))
    return o.weight


def water_value_scale(ctx: Context) -> float:
    """The largest value a Mm³ of water has in the objective (1 if nothing is weighted):
    the scale of penalties that must outweigh every objective term."""
    w = [term_value_per_mcm(ctx, o) for o in ctx.spec.objectives]
    return max([x for x in w if x > 0] or [1.0])


def objective_scale(ctx: Context) -> float:
    """A typical size of the planner's objective coefficients per Mm³ (and of the
    penalties of soft requirements), so internal tie-breaks stay small and internal
    penalties large relative to them."""
    w = [water_value_scale(ctx)]
    w += [c.penalty for c in ctx.spec.constraints if not c.hard]
    return max([x for x in w if x > 0] or [1.0])


def add_regularisation(ctx: Context, built: Built) -> None:
    """The regularisation of the decision releases (see :mod:`.defaults`): L1 deviation
    from the planner's schedule and L1 change of mean flow between consecutive periods,
    through split non-negative variables, each costing its weight × the scale per Mm³."""
    reg = ctx.spec.regularisation
    lp, idx, net = built.lp, built.idx, ctx.net
    t = net.periods
    # a release as Mm³ of a mean-length period, so that a constant flow does not "ramp"
    flow = net.seconds.mean() / net.seconds
    for i in ctx.decision_reservoirs:
        nid = net.node_ids[i]
        if reg.deviation > 0:
            w = reg.deviation * built.scale
            up = lp.variables(t, cost=w)
            down = lp.variables(t, cost=w)
            g = lp.group("regularisation", nid, translate(
                "Requirements", "{name} release against the input schedule").format(
                name=ctx.name[i]))
            rows = lp.rows("eq", ctx.schedule_mcm[i], group=g)
            lp.coef(rows, idx.R[i], 1.0)
            lp.coef(rows, up, -1.0)
            lp.coef(rows, down, 1.0)
        if reg.ramping > 0 and t > 1:
            w = reg.ramping * built.scale
            up = lp.variables(t - 1, cost=w, periods=np.arange(1, t))
            down = lp.variables(t - 1, cost=w, periods=np.arange(1, t))
            g = lp.group("regularisation", nid, translate(
                "Requirements", "{name} change of release").format(name=ctx.name[i]))
            rows = lp.rows("eq", np.zeros(t - 1), group=g, periods=np.arange(1, t))
            lp.coef(rows, idx.R[i, 1:], flow[1:])
            lp.coef(rows, idx.R[i, :-1], -flow[:-1])
            lp.coef(rows, up, -1.0)
            lp.coef(rows, down, 1.0)


def _arrivals(ctx: Context, node: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """cols, coefs, periods of the arrivals at a node, and the constant arrivals [T]."""
    net = ctx.net
    t = net.periods
    cols, vals, pers = [], [], []
    const = np.zeros(t)
    for p in range(net.in_ptr[node], net.in_ptr[node + 1]):
        lk = net.in_links[p]
        lag = int(net.link_lag[lk])
        const += net.link_initial_mcm[lk]
        if lag < t:
            per = np.arange(lag, t)
            pers.append(per)
            cols.append(per - lag + lk * t)  # placeholder: X index = lk * t + period sent
            vals.append(np.full(t - lag, 1.0 - net.link_loss[lk]))
    if cols:
        return np.concatenate(cols), np.concatenate(vals), np.concatenate(pers), const
    e = np.zeros(0, dtype=np.int64)
    return e, np.zeros(0), e, const


def build(ctx: Context, point: Point, energy: bool, scale: float) -> Built:
    """The network LP at a linearisation point (objective terms and requirements are added
    by the callers)."""
    net = ctx.net
    n, t, nl = net.n_nodes, net.periods, net.n_links
    lp = LinearProgram()
    periods = np.arange(t)
    tile = (lambda k: np.tile(periods, k))
    none = np.full((n, t), -1, dtype=np.int64)

    X = lp.variables(nl * t, periods=tile(nl)).reshape(nl, t)
    kinds = net.kind
    res = np.flatnonzero(kinds == RESERVOIR)
    lakes = np.flatnonzero(kinds == LAKE)
    dem = np.flatnonzero(kinds == DEMAND)
    mfn = np.flatnonzero(kinds == MIN_FLOW)
    plants = res[net.has_plant[res]] if energy else np.zeros(0, dtype=np.int64)

    def block(nodes: np.ndarray, lb: float | np.ndarray = 0.0, ub: float | np.ndarray = np.inf,
              cost: float | np.ndarray = 0.0) -> np.ndarray:
        out = none.copy()
        if len(nodes):
            out[nodes] = lp.variables(len(nodes) * t, lb, ub, cost,
                                      periods=tile(len(nodes))).reshape(len(nodes), t)
        return out

    storage_nodes = np.concatenate((res, lakes))
    S = block(storage_nodes)
    R = block(res)
    P = block(res, cost=SPILL * scale)
    # a lake's outflow costs a little more the earlier it leaves: the LP, indifferent
    # between spilling now and a period later, then spills only when the crest forces it,
    # as the simulator does (otherwise a lake below its crest may 'spill' early)
    later = np.tile(2.0 - periods / max(t, 1), len(lakes))
    O = block(lakes, cost=EPSILON * scale * later)
    A = block(lakes, cost=CREST * scale)
    SF = block(dem)
    MF = block(mfn)
    Q = block(plants)
    E = block(plants)
    n_ror = len(ctx.ror) if energy else 0
    QR = lp.variables(n_ror * t, periods=tile(n_ror)).reshape(n_ror, t)
    ER = lp.variables(n_ror * t, periods=tile(n_ror)).reshape(n_ror, t)
    idx = Index(X=X, S=S, R=R, P=P, O=O, A=A, SF=SF, MF=MF, Q=Q, E=E, QR=QR, ER=ER,
                arrivals={}, const_arrivals=np.zeros((n, t)))

    # physical bounds and names
    for i in storage_nodes:
        nid = net.node_ids[i]
        name = ctx.name[i]
        if kinds[i] == RESERVOIR:
            g = lp.group("capacity", nid, translate(
                "Requirements", "{name} storage at most its capacity {volume} Mm³").format(
                name=name, volume=fig(net.capacity_mcm[i], ".6g")))
            lp.tighten(S[i], ub=np.full(t, net.capacity_mcm[i]), group=g)
            g = lp.group("max_release", nid, translate(
                "Requirements", "{name} release at most its maximum").format(name=name))
            lp.tighten(R[i], ub=net.max_release_mcm[i], group=g)
            if ctx.held[i]:
                add_held_reservoir(ctx, lp, S, R, np.asarray(point.storage_mcm)[i], i, scale)
            elif not ctx.decision[i]:
                target = np.clip(ctx.schedule_mcm[i], net.min_release_mcm[i],
                                 net.max_release_mcm[i])
                g = lp.group("schedule", nid, translate(
                    "Requirements", "{name} release at most its fixed schedule").format(
                    name=name))
                lp.tighten(R[i], ub=target, group=g)
                lp.add_cost(R[i], -FOLLOW * scale)
    # the tie-break on intakes: take water where the simulator would (higher priority first)
    for d in dem:
        lk_in = [net.in_links[p] for p in range(net.in_ptr[d], net.in_ptr[d + 1])]
        for lk in lk_in:
            cap = ctx.intake_want(lk)
            if net.kind[net.link_src[lk]] != DEMAND:
                text = translate("Requirements", "intake of {name} at most its demand and its "
                                                 "limit") \
                    if np.isfinite(ctx.limit_mcm[d]).any() else \
                    translate("Requirements", "intake of {name} at most its demand")
                g = lp.group("intake", net.link_ids[lk], text.format(name=ctx.name[d]))
                lp.tighten(X[lk], ub=cap, group=g)
                if ctx.spec.allocation == "priority":
                    lp.add_cost(X[lk], -EPSILON * scale / max(int(ctx.priority[d]), 1))

    evap_const = np.zeros((n, t))
    out_of: list[list[int]] = [[] for _ in range(n)]
    for lk in range(nl):
        out_of[net.link_src[lk]].append(lk)
    for i in range(n):
        k = kinds[i]
        cols, coefs, pers, const = _arrivals(ctx, i)
        # translate placeholder (link * t + sent period) into X variable indices
        if len(cols):
            cols = X.reshape(-1)[cols]
        idx.arrivals[i] = (cols, coefs, pers)
        idx.const_arrivals[i] = const
        nid = net.node_ids[i]
        out_links = out_of[i]
        if k == SINK:
            continue
        if k == DEMAND:
            g = lp.group("shortfall_def", nid, translate(
                "Requirements", "shortfall of {name}").format(name=ctx.name[i]))
            rows = lp.rows("ge", net.demand_mcm[i] - const, group=g)
            lp.coef(rows, SF[i], 1.0)
            lp.coef(rows[pers], cols, coefs)
            _return_rows(ctx, lp, X, i, cols, coefs, pers, const)
            continue
        local = ctx.inflow_mcm[net.inflow_slot[i]] if k == INFLOW else np.zeros(t)
        if k == RESERVOIR or k == LAKE:
            s_prev = np.concatenate(([net.initial_mcm[i]], point.storage_mcm[i, :-1]))
            m = net.lav_n[i]
            area, slope = lookup_with_slope(s_prev, net.lav_volume[i, :m], net.lav_area[i, :m])
            area_clip = area < 0
            area = np.maximum(area, 0.0)
            slope = np.where(area_clip, 0.0, slope)
            depth = net.evaporation_mm[i] * MM_KM2_TO_MCM
            if k == LAKE:
                depth = depth - net.precipitation_mm[i] * MM_KM2_TO_MCM
            loss0 = depth * area               # net loss at the point
            dloss = depth * slope              # d loss / d S[t-1]
            dloss[0] = 0.0                     # the first period's area is known exactly
            evap_const[i] = loss0
            seep = net.seepage_mcm[i] if k == RESERVOIR else np.zeros(t)
            g = lp.group("balance", nid, translate(
                "Requirements", "water balance of {name}").format(name=ctx.name[i]))
            rhs = const - seep - (loss0 - dloss * s_prev)
            rhs[0] += net.initial_mcm[i]
            rows = lp.rows("eq", rhs, group=g)
            lp.coef(rows, S[i], 1.0)
            lp.coef(rows[1:], S[i, :-1], -(1.0 - dloss[1:]))
            lp.coef(rows[pers], cols, -coefs)
            out_var = R[i] if k == RESERVOIR else O[i]
            lp.coef(rows, out_var, 1.0)
            if k == RESERVOIR:
                lp.coef(rows, P[i], 1.0)
            else:
                if np.isfinite(net.crest_mcm[i]):
                    g = lp.group("crest", nid, translate(
                        "Requirements", "{name} below its outflow crest").format(
                        name=ctx.name[i]))
                    r2 = lp.rows("le", np.full(t, net.crest_mcm[i]), group=g)
                    lp.coef(r2, S[i], 1.0)
                    lp.coef(r2, A[i], -1.0)
                g = lp.group("max_outflow", nid, translate(
                    "Requirements", "{name} outflow at most the outlet capacity").format(
                    name=ctx.name[i]))
                lp.tighten(O[i], ub=net.max_outflow_mcm[i], group=g)
            # what leaves = release + spill (or lake outflow)
            g = lp.group("routing", nid, translate(
                "Requirements", "routing below {name}").format(name=ctx.name[i]))
            sense = "eq" if net.main_link[i] >= 0 else "ge"
            rows = lp.rows(sense, np.zeros(t), group=g)
            lp.coef(rows, out_var, 1.0)
            if k == RESERVOIR:
                lp.coef(rows, P[i], 1.0)
            for lk in out_links:
                lp.coef(rows, X[lk], -1.0)
        else:
            g = lp.group("balance", nid, translate(
                "Requirements", "water balance at {name}").format(name=ctx.name[i]))
            sense = "eq" if net.main_link[i] >= 0 else "le"
            rows = lp.rows(sense, local + const, group=g)
            for lk in out_links:
                lp.coef(rows, X[lk], 1.0)
            lp.coef(rows[pers], cols, -coefs)
        if k == MIN_FLOW:
            g = lp.group("min_flow_def", nid, translate(
                "Requirements", "minimum flow at {name}").format(name=ctx.name[i]))
            rows = lp.rows("ge", net.required_mcm[i], group=g)
            lp.coef(rows, MF[i], 1.0)
            for lk in (net.main_link[i], net.overflow_link[i]):
                if lk >= 0:
                    lp.coef(rows, X[lk], 1.0)
        over = net.overflow_link[i]
        if over >= 0:
            lp.add_cost(X[over], EPSILON * scale)
        if ctx.spec.allocation == "priority":
            _sharing_rows(ctx, lp, X, i)

    if point.trust is not None:
        for i in res:
            w = point.trust * max(net.capacity_mcm[i] - net.dead_mcm[i], 1.0)
            lp.tighten(S[i], lb=point.storage_mcm[i] - w, ub=point.storage_mcm[i] + w)
    if energy:
        _energy_rows(ctx, lp, idx, point, plants)
        add_run_of_river_rows(ctx.ror, lp, X, QR, ER, net.seconds, net.hours)
    return Built(lp=lp, idx=idx, scale=scale, energy=energy, evap_const_mcm=evap_const,
                 point_storage_mcm=np.asarray(point.storage_mcm, dtype=float))


def _return_rows(ctx: Context, lp: LinearProgram, X: np.ndarray, i: int, cols: np.ndarray,
                 coefs: np.ndarray, pers: np.ndarray, const: np.ndarray) -> None:
    """The return flow of demand i along each return link (share w): w · rf · arrivals
    in the same period; or, through a drainage store G (end-of-period content, a variable
    per period), G[t] = (1 − α) G[t−1] + rf · arrivals[t] with G[−1] the initial content,
    and the link carries w · α · G[t−1] — the simulator's store, exactly, as linear rows."""
    net = ctx.net
    t = net.periods
    a, b = net.return_ptr[i], net.return_ptr[i + 1]
    if a == b:
        return
    rf = net.return_fraction[i]
    nid = net.node_ids[i]
    g = lp.group("return", nid, translate("Requirements", "return flow of {name}").format(
        name=ctx.name[i]))
    if not net.drained[i]:
        for p in range(a, b):
            f = rf * net.return_share[p]
            rows = lp.rows("eq", f * const, group=g)
            lp.coef(rows, X[net.return_links[p]], 1.0)
            lp.coef(rows[pers], cols, -f * coefs)
        return
    alpha = net.drain_alpha[i]
    held0 = net.drainage_initial_mcm[i]
    store = lp.variables(t, periods=np.arange(t))
    gs = lp.group("drainage", nid, translate("Requirements", "drainage store of {name}").format(
        name=ctx.name[i]))
    rhs = rf * const
    rhs[0] += (1.0 - alpha) * held0
    rows = lp.rows("eq", rhs, group=gs)
    lp.coef(rows, store, 1.0)
    lp.coef(rows[1:], store[:-1], -(1.0 - alpha))
    lp.coef(rows[pers], cols, -rf * coefs)
    for p in range(a, b):
        w = net.return_share[p]
        rhs = np.zeros(t)
        rhs[0] = w * alpha * held0
        rows = lp.rows("eq", rhs, group=g)
        lp.coef(rows, X[net.return_links[p]], 1.0)
        lp.coef(rows[1:], store[:-1], -w * alpha)


def _sharing_rows(ctx: Context, lp: LinearProgram, X: np.ndarray, node: int) -> None:
    """Demands of equal priority at one intake point share a shortage in proportion to what
    they ask, as the simulator shares it: x_a · want_b = x_b · want_a."""
    net = ctx.net
    a, end = net.intake_ptr[node], net.intake_ptr[node + 1]
    while a < end:
        b = a
        while b < end and net.intake_priority[b] == net.intake_priority[a]:
            b += 1
        links = net.intake_links[a:b]
        wants = [ctx.intake_want(lk) for lk in links]
        for j in range(1, len(links)):
            la, lb_ = links[0], links[j]
            wa, wb = wants[0], wants[j]
            both = np.flatnonzero((wa > 0) & (wb > 0))
            if len(both) == 0:
                continue
            g = lp.group("sharing", net.node_ids[node], translate(
                "Requirements", "equal-priority demands at {name} share in proportion to "
                                "demand").format(name=ctx.name[node]))
            rows = lp.rows("eq", np.zeros(len(both)), group=g, periods=both)
            lp.coef(rows, X[la, both], wb[both] / wa[both])
            lp.coef(rows, X[lb_, both], -1.0)
        a = b


def _energy_rows(ctx: Context, lp: LinearProgram, idx: Index, point: Point,
                 plants: np.ndarray) -> None:
    """E ≤ c·(H0·Q + Q0·dH/dS·(S̄ − S̄0)) with S̄ the mean of start and end storage, Q ≤ R,
    Q ≤ turbine capacity, E ≤ installed power × hours; a trust region on S and Q."""
    net = ctx.net
    t = net.periods
    for i in plants:
        nid = net.node_ids[i]
        s_prev0 = np.concatenate(([net.initial_mcm[i]], point.storage_mcm[i, :-1]))
        mean0 = 0.5 * (s_prev0 + point.storage_mcm[i])
        m = net.lav_n[i]
        level, dlevel = lookup_with_slope(mean0, net.lav_volume[i, :m], net.lav_level[i, :m])
        head0 = level - net.tailwater_m[i]
        dlevel = np.where(head0 > 0, dlevel, 0.0)
        head0 = np.maximum(head0, 0.0)
        c = net.efficiency[i] * RHO_G_MW * 1e6 * net.hours / net.seconds  # MWh/(Mm³·m)
        q0 = point.turbine_mcm[i]
        turb_mcm = mcm_per_period(net.turbine_m3s[i], net.seconds)
        g = lp.group("turbine", nid, translate(
            "Requirements", "{name} turbine flow at most the turbines' capacity {flow} m³/s")
                     .format(name=ctx.name[i], flow=fig(net.turbine_m3s[i], ".6g")))
        lp.tighten(idx.Q[i], ub=turb_mcm, group=g)
        g = lp.group("installed", nid, translate(
            "Requirements", "{name} power at most its installed {power} MW").format(
            name=ctx.name[i], power=fig(net.installed_mw[i], ".6g")))
        lp.tighten(idx.E[i], ub=net.installed_mw[i] * net.hours, group=g)
        rows = lp.rows("le", np.zeros(t), group=lp.group("turbine_release", nid, translate(
            "Requirements", "{name} turbine flow within its release").format(name=ctx.name[i])))
        lp.coef(rows, idx.Q[i], 1.0)
        lp.coef(rows, idx.R[i], -1.0)
        k = c * q0 * dlevel * 0.5
        rhs = -c * q0 * dlevel * mean0
        rhs[0] += k[0] * net.initial_mcm[i]
        rows = lp.rows("le", rhs, group=lp.group("energy_def", nid, translate(
            "Requirements", "energy of {name}").format(name=ctx.name[i]), unit="MWh"))
        lp.coef(rows, idx.E[i], 1.0)
        lp.coef(rows, idx.Q[i], -c * head0)
        lp.coef(rows, idx.S[i], -k)
        lp.coef(rows[1:], idx.S[i, :-1], -k[1:])
        if point.trust is not None:
            wq = point.trust * turb_mcm
            lp.tighten(idx.Q[i], lb=np.maximum(q0 - wq, 0.0), ub=q0 + wq)


def plant_energy_mwh(ctx: Context, i: int, release_mcm: np.ndarray, storage_mcm: np.ndarray
                     ) -> np.ndarray:
    """Energy per period of plant i from a release and end-of-period storages, by the
    simulator's formula (:mod:`waterplanner.engine.physics`: head at mean storage, turbine
    and installed caps) — the very numbers of the simulator's ``energy_mwh``."""
    net = ctx.net
    s_prev = np.concatenate(([net.initial_mcm[i]], storage_mcm[:-1]))
    m = net.lav_n[i]
    level = lookup(0.5 * (s_prev + storage_mcm), net.lav_volume[i, :m], net.lav_level[i, :m])
    _, _, power = plant_power_array(m3s_of(release_mcm, net.seconds), level,
                                    net.turbine_m3s[i], net.installed_mw[i],
                                    net.efficiency[i], net.tailwater_m[i])
    return power * net.hours
