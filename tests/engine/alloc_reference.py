"""An independent statement of one period's allocation as a lexicographic linear programme,
written from docs/allocation.md with scipy (dense matrices, the whole network at once), to
check the engine's allocation against. It reads only the scenario and, for what is not the
allocation's to decide, the results: the start-of-period storages, the outflow of storage
nodes that follow their own rule, and what arrives on links with travel time.

Use: ``levels = PeriodProgramme(scenario, results, t).compare(results)`` gives, level by level,
(name, optimum, the engine's value); the optimum of each level is taken with every earlier
level held at *its* optimum.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.optimize import linprog

from waterplanner.engine import Results
from waterplanner.model import Scenario
from waterplanner.model.network import topological_order
from waterplanner.model.nodes import (
    DemandNode,
    InflowNode,
    MinFlowNode,
    NodeKind,
    ReservoirNode,
    RuleKind,
    TerminalLakeNode,
    flow_at,
)
from waterplanner.model.scenario import AllocationPolicy


@dataclass
class Level:
    """One level's optimum and the engine's value; ``per`` is the volume one unit of the
    value stands for (1 for volumes; what is asked, or the base, for fractions)."""

    name: str
    optimum: float | np.ndarray
    engine: float | np.ndarray
    per: float | np.ndarray = 1.0

    def agrees(self, volume_tol: float, rel: float = 1e-6) -> bool:
        opt, got = np.atleast_1d(self.optimum), np.atleast_1d(self.engine)
        tol = rel * np.maximum(1.0, np.abs(opt)) + volume_tol / np.maximum(self.per, 1e-300)
        return bool(np.all(np.abs(got - opt) <= tol))


def _drained(nd: object) -> bool:
    return isinstance(nd, DemandNode) and nd.drainage_residence_periods > 0


def _shares(s: Scenario, demand_id: str) -> list[float]:
    """The shares of a demand's return links: as given, the links without one sharing the
    rest equally, scaled to sum to 1."""
    given = [lk.return_share for lk in s.links_from(demand_id)]
    missing = given.count(None)
    rest = max(1.0 - sum(g for g in given if g is not None), 0.0)
    shares = [rest / missing if g is None else g for g in given]
    total = sum(shares)
    return [x / total for x in shares] if total > 0 else shares


def _drained_release(s: Scenario, r: Results, lk, t: int, member: int) -> float:
    """What the drainage store of the demand at the start of ``lk`` sends into it in
    period t, computed here from the demand's deliveries of the periods before t."""
    nd = next(x for x in s.nodes if x.id == lk.source)
    alpha = 1.0 - float(np.exp(-1.0 / nd.drainage_residence_periods))
    held = nd.drainage_initial_mcm
    got = r.delivery_mcm[member, r.node_index(nd.id)]
    for p in range(t):
        held = held * (1.0 - alpha) + nd.return_fraction * float(got[p])
    w = _shares(s, nd.id)[[x.id for x in s.links_from(nd.id)].index(lk.id)]
    return w * alpha * held


def _follows(nd: object) -> bool:
    return isinstance(nd, ReservoirNode) and nd.rule.kind is RuleKind.DEMAND_FOLLOWING


class PeriodProgramme:
    """The allocation programme of period t (member ``member``) of a simulated scenario."""

    def __init__(self, s: Scenario, r: Results, t: int, member: int = 0):
        self.s, self.t, self.m = s, t, member
        to_mcm = float(s.time.seconds[t]) / 1e6
        cols: dict[tuple[str, str], int] = {}

        def col(kind: str, key: str) -> int:
            cols.setdefault((kind, key), len(cols))
            return cols[(kind, key)]

        nodes = {nd.id: nd for nd in s.nodes}
        self.nodes = nodes
        intake = {lk.id for lk in s.links if nodes[lk.target].kind is NodeKind.DEMAND
                  and nodes[lk.source].kind is not NodeKind.DEMAND}
        self.intake = intake
        for lk in s.links:
            col("x", lk.id)
        df = [nd.id for nd in s.nodes if _follows(nd)]
        for k in df:
            col("r", k), col("s", k), col("f", k)
        soft = [lk for lk in s.links if lk.capacity_m3s is not None and lk.id not in intake
                and nodes[lk.source].kind is not NodeKind.DEMAND]
        for lk in soft:
            col("e", lk.id)
        minflow = [nd.id for nd in s.nodes if isinstance(nd, MinFlowNode)]
        for v in minflow:
            col("d", v)
        col("lam", "")
        n = len(cols)
        self.cols, self.n = cols, n
        eq: list[tuple[np.ndarray, float]] = []
        ub: list[tuple[np.ndarray, float]] = []
        lo, hi = np.zeros(n), np.full(n, np.inf)
        hi[cols[("lam", "")]] = 0.0

        released = {lk.id: _drained_release(s, r, lk, t, member) for lk in s.links
                    if _drained(nodes[lk.source])}
        self.released = released

        def arrival(lk) -> tuple[np.ndarray, float]:
            """(coefficients, constant) of what arrives this period over a link."""
            row = np.zeros(n)
            if lk.id in released and lk.travel_time_periods == 0:
                return row, released[lk.id] * (1.0 - lk.loss_fraction)
            if lk.travel_time_periods == 0:
                row[cols[("x", lk.id)]] = 1.0 - lk.loss_fraction
                return row, 0.0
            return row, float(r.link_arrival_mcm[member, r.link_index(lk.id), t])

        self.ask: dict[str, float] = {}
        self.base: dict[str, float] = {}
        self.water: dict[str, float] = {}
        for v, nd in nodes.items():
            out = np.zeros(n)
            for lk in s.links_from(v):
                out[cols[("x", lk.id)]] = 1.0
            inc, fixed = np.zeros(n), 0.0
            for lk in s.links_to(v):
                a, c = arrival(lk)
                inc, fixed = inc + a, fixed + c
            if isinstance(nd, InflowNode):
                fixed += float(r.local_inflow_mcm[member, r.node_index(v), t])
            if nd.kind in (NodeKind.SINK,) or (isinstance(nd, TerminalLakeNode)
                                               and not s.links_from(v)):
                continue
            if isinstance(nd, TerminalLakeNode) or (isinstance(nd, ReservoirNode)
                                                    and not _follows(nd)):
                i = r.node_index(v)
                own = float(r.spill_mcm[member, i, t])
                if isinstance(nd, ReservoirNode):
                    own += float(r.release_mcm[member, i, t])
                eq.append((out, own))
                continue
            if isinstance(nd, DemandNode):
                for lk, w in zip(s.links_from(v), _shares(s, v)):
                    one = np.zeros(n)
                    one[cols[("x", lk.id)]] = 1.0
                    if lk.id in released:
                        eq.append((one, released[lk.id]))
                    else:
                        f = w * nd.return_fraction
                        eq.append((one - f * inc, f * fixed))
                continue
            if _follows(nd):
                assert isinstance(nd, ReservoirNode)
                start = float(r.storage_with_initial(v, member)[t])
                here = start + fixed
                evap = min(float(nd.lav.area_at(start)) * nd.evaporation_mm[t] * 1e-3, here)
                seep = min(nd.seepage_m3s * to_mcm, here - evap)
                w = here - evap - seep
                self.water[v] = w
                min_rel = flow_at(nd.min_release_m3s, t) * to_mcm
                max_rel = np.inf if nd.max_release_m3s is None else \
                    flow_at(nd.max_release_m3s, t) * to_mcm
                r_lo = min(min_rel, max(w - nd.dead_storage_mcm, 0.0))
                own = max(w - nd.floor_mcm, r_lo)
                rc, sc, fc = cols[("r", v)], cols[("s", v)], cols[("f", v)]
                lo[rc], hi[rc] = r_lo, max(max_rel, r_lo)
                rs = np.zeros(n)
                rs[rc] = rs[sc] = 1.0
                eq.append((out - rs, 0.0))
                ub.append((inc - rs, nd.capacity_mcm - w))           # end ≤ capacity
                ub.append((rs - inc, w))                             # end ≥ 0
                rr = np.zeros(n)
                rr[rc] = 1.0
                ub.append((rr - inc, own))                           # r ≤ U + I
                if nd.flood_control_mcm is not None:
                    ff = np.zeros(n)
                    ff[fc] = 1.0
                    ub.append((inc - rs - ff, nd.flood_control_mcm[t] - w))
                continue
            eq.append((out - inc, fixed))
        for lk in soft:
            row = np.zeros(n)
            row[cols[("x", lk.id)]] = 1.0
            row[cols[("e", lk.id)]] = -1.0
            ub.append((row, flow_at(lk.capacity_m3s, t) * to_mcm))
        for v in minflow:
            row = np.zeros(n)
            for lk in s.links_from(v):
                if lk.id not in intake:
                    row[cols[("x", lk.id)]] = -1.0
            row[cols[("d", v)]] = -1.0
            ub.append((row, -nodes[v].required_mcm[t]))
        for lid in intake:
            lk = s.link(lid)
            d = nodes[lk.target]
            assert isinstance(d, DemandNode)
            gross = d.demand_mcm[t] / (1.0 - lk.loss_fraction)
            cap = np.inf if lk.capacity_m3s is None else flow_at(lk.capacity_m3s, t) * to_mcm
            limit = np.inf if d.limit_mcm is None else d.limit_mcm[t]
            self.ask[lid] = min(gross, cap, limit)
            self.base[lid] = limit if d.limit_mcm is not None else gross
            hi[cols[("x", lid)]] = self.ask[lid]
        self.a_eq = np.array([row for row, _ in eq]).reshape(len(eq), n)
        self.b_eq = np.array([b for _, b in eq])
        self.rows = [row for row, _ in ub]
        self.rhs = [b for _, b in ub]
        self.lo, self.hi = lo, hi
        self.df, self.soft, self.minflow = df, soft, minflow
        self.scale = 1.0 + sum(abs(b) for b in self.b_eq) + sum(self.water.values())
        self.hold = 1e-9 * self.scale
        self.last = np.zeros(n)

    # --- solving ------------------------------------------------------------------------
    def value(self, kind: str, key: str, x: np.ndarray | None = None) -> float:
        """A column of the last solution (or of ``x``): ("x", link), ("r", reservoir)..."""
        return float((self.last if x is None else x)[self.cols[(kind, key)]])

    def _lp(self, c: np.ndarray) -> np.ndarray:
        a_ub = np.array(self.rows).reshape(len(self.rows), self.n) if self.rows else None
        res = linprog(c, A_ub=a_ub, b_ub=np.array(self.rhs) if self.rows else None,
                      A_eq=self.a_eq if len(self.b_eq) else None,
                      b_eq=self.b_eq if len(self.b_eq) else None,
                      bounds=list(zip(self.lo, self.hi)), method="highs",
                      options={"primal_feasibility_tolerance": 1e-9})
        assert res.status == 0, res.message
        return res.x

    def _min_level(self, name: str, c: np.ndarray, mine: np.ndarray, out: list[Level]) -> None:
        self.last = self._lp(c)
        best = float(c @ self.last)
        out.append(Level(name, best, float(c @ mine)))
        self.rows.append(c)
        self.rhs.append(best + self.hold)

    def _largest_fraction(self, users: list[str], base: dict[str, float], cap: float,
                          held: dict[str, float]) -> float:
        lam = self.cols[("lam", "")]
        c = np.zeros(self.n)
        c[lam] = -1.0
        extra = []
        for u in users:
            row = np.zeros(self.n)
            row[self.cols[("x", u)]] = -1.0
            row[lam] = base[u]
            extra.append(row)
        self.rows += extra
        self.rhs += [0.0] * len(extra)
        self.hi[lam] = cap
        x = self._lp(c)
        del self.rows[-len(extra):], self.rhs[-len(extra):]
        self.hi[lam] = 0.0
        return float(x[lam])

    def _hold_at_least(self, lid: str, value: float) -> None:
        c = self.cols[("x", lid)]
        self.lo[c] = min(max(self.lo[c], value - self.hold), self.hi[c])

    def engine_solution(self, r: Results) -> np.ndarray:
        """The engine's period as a point of this programme."""
        m, t, x = self.m, self.t, np.zeros(self.n)
        to_mcm = float(self.s.time.seconds[t]) / 1e6
        for lk in self.s.links:
            x[self.cols[("x", lk.id)]] = r.link_flow_mcm[m, r.link_index(lk.id), t]
        for k in self.df:
            i = r.node_index(k)
            nd = self.nodes[k]
            x[self.cols[("r", k)]] = r.release_mcm[m, i, t]
            x[self.cols[("s", k)]] = r.spill_mcm[m, i, t]
            if nd.flood_control_mcm is not None:
                x[self.cols[("f", k)]] = max(r.storage_mcm[m, i, t] - nd.flood_control_mcm[t], 0)
        for lk in self.soft:
            x[self.cols[("e", lk.id)]] = max(x[self.cols[("x", lk.id)]]
                                             - flow_at(lk.capacity_m3s, t) * to_mcm, 0.0)
        for v in self.minflow:
            x[self.cols[("d", v)]] = r.min_flow_deficit_mcm[m, r.node_index(v), t]
        return x

    def compare(self, r: Results) -> list[Level]:
        """Every level: its optimum (earlier levels held at theirs) and the engine's value."""
        s, n, cols = self.s, self.n, self.cols
        mine = self.engine_solution(r)
        out: list[Level] = []

        def pick(kind: str, keys: list[str], weights: list[float] | None = None) -> np.ndarray:
            c = np.zeros(n)
            for q, key in enumerate(keys):
                c[cols[(kind, key)]] = 1.0 if weights is None else weights[q]
            return c

        self._min_level("L0a spill", pick("s", self.df), mine, out)
        self._min_level("L0b above flood curves", pick("f", self.df), mine, out)
        prio = {lk.id: self.nodes[lk.target].priority for lk in s.links if lk.id in self.intake}
        if s.allocation is AllocationPolicy.UPSTREAM_FIRST:
            order = topological_order([nd.id for nd in s.nodes],
                                      [(lk.source, lk.target) for lk in s.links])
            assert order is not None
            for v in order:
                if v in self.minflow:
                    self._min_level(f"deficit at {v}", pick("d", [v]), mine, out)
                here = [lk.id for lk in s.links_from(v) if lk.id in self.intake
                        and self.ask[lk.id] > 0]
                for p in sorted({prio[j] for j in here}):
                    group = [j for j in here if prio[j] == p]
                    lam = self._largest_fraction(group, self.ask, 1.0, {})
                    got = min(mine[cols[("x", j)]] / self.ask[j] for j in group)
                    out.append(Level(f"share of priority {p} at {v}", lam, got,
                                     min(self.ask[j] for j in group)))
                    for j in group:
                        self._hold_at_least(j, lam * self.ask[j])
                capped = [lk.id for lk in self.soft if lk.source == v]
                if capped:
                    self._min_level(f"above capacity below {v}", pick("e", capped), mine, out)
                spill_route = [lk.id for lk in s.links_from(v) if lk.overflow]
                if spill_route:
                    self._min_level(f"overflow route of {v}", pick("x", spill_route), mine, out)
        else:
            self._min_level("L0c above link capacities",
                            pick("e", [lk.id for lk in self.soft]), mine, out)
            self._min_level("L1 minimum-flow deficits", pick("d", self.minflow), mine, out)
            for p in sorted(set(prio.values())):
                users = [j for j in prio if prio[j] == p and self.ask[j] > 0
                         and self.base[j] > 0]
                fractions = self._fair(users)
                out.append(Level(f"class {p} fractions", np.array([fractions[u] for u in users]),
                                 np.array([mine[cols[("x", u)]] / self.base[u] for u in users]),
                                 np.array([self.base[u] for u in users])))
        cost = []
        for k in self.df:
            cost.append(1.0 + len(self._df_above(k)))
        self._min_level("L3 conservation", pick("r", self.df, cost), mine, out)
        if s.allocation is AllocationPolicy.PROPORTIONAL:
            over = [lk.id for lk in s.links if lk.overflow]
            self._min_level("L4 overflow", pick("x", over), mine, out)
        return out

    def _fair(self, users: list[str]) -> dict[str, float]:
        """Progressive filling: the lexicographic max-min fractions x/base of ``users``."""
        frac: dict[str, float] = {}
        active = list(users)
        while active:
            cap = min(self.ask[u] / self.base[u] for u in active)
            lam = self._largest_fraction(active, self.base, cap, {})
            for u in active:
                self._hold_at_least(u, lam * self.base[u])
            stuck = [u for u in active if self.ask[u] / self.base[u] <= lam + 1e-12]
            if not stuck:
                for u in active:
                    c = np.zeros(self.n)
                    c[self.cols[("x", u)]] = -1.0
                    if self._lp(c)[self.cols[("x", u)]] <= lam * self.base[u] + 3 * self.hold:
                        stuck.append(u)
            for u in stuck or active:
                frac[u] = lam
            active = [u for u in active if u not in frac]
        return frac

    def _df_above(self, k: str) -> set[str]:
        """Demand-following reservoirs from which water reaches k within the period, not
        through a storage node on its own rule."""
        found: set[str] = set()
        stack = [k]
        seen = {k}
        while stack:
            v = stack.pop()
            for lk in self.s.links_to(v):
                u = lk.source
                if lk.travel_time_periods or u in seen or _drained(self.nodes[u]):
                    continue
                nd = self.nodes[u]
                if isinstance(nd, TerminalLakeNode) or (isinstance(nd, ReservoirNode)
                                                        and not _follows(nd)):
                    continue
                seen.add(u)
                if _follows(nd):
                    found.add(u)
                stack.append(u)
        return found
