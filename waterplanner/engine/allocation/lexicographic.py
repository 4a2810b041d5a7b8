"""The reference allocation: the zone's programme solved level by level with HiGHS.

Each level is optimised with every earlier level held at its optimum (a row, or a bound,
keeps it within a tolerance of 1e-9 of the water in play). Levels, in order:

- L0 physical feasibility: least spill, then least storage above the flood curves;
- ``upstream_first``: the riparian ladder — from the headwaters down, at each node the
  minimum-flow deficit (least), then each priority's intakes (the largest common fraction
  of what they ask), then the flow above the capacity of the node's outgoing links (least),
  then the water on its overflow route (least);
- ``proportional``: L0c the flow above link capacities (least); L1 the minimum-flow
  deficits (least total); L2 each priority class in turn, shared by lexicographic max-min
  fairness of the fraction of each user's base;
- L3 conserve storage: least Σ c_k r_k over the demand-following reservoirs;
- L4 (``proportional``) the main link before an overflow route: least overflow.

A level whose optimum is already reached by the previous level's solution (its objective
is at its bound) is not solved again.
"""

from __future__ import annotations

import numpy as np
from scipy import sparse
from scipy.optimize import linprog

from waterplanner.engine.allocation.problem import BIG, PeriodNumbers, ZoneModel
from waterplanner.model.scenario import AllocationPolicy

_OPTIONS = {"primal_feasibility_tolerance": 1e-10, "dual_feasibility_tolerance": 1e-10}


class AllocationError(RuntimeError):
    """The solver failed on a zone's programme (should not happen: it is always feasible)."""


class _Levels:
    """A programme whose earlier objectives are held while later ones are optimised."""

    def __init__(self, model: ZoneModel, num: PeriodNumbers):
        keep = num.b_ub < BIG
        self.a_eq = model.a_eq
        self.b_eq = num.b_eq
        self.rows = [model.a_ub[np.flatnonzero(keep)]]
        self.rhs = [num.b_ub[keep]]
        self.lb = num.lb.copy()
        self.ub = num.ub.copy()
        self.floor = num.lb.copy()
        self.tol = 1e-12 * num.scale + 1e-12
        self.held = 1
        self.x: np.ndarray | None = None

    def _loosen(self) -> None:
        """Widen every held level by 100 tolerances (after a solver's rounding made the
        held optimum look out of reach)."""
        slack = 100 * self.tol
        for k in range(self.held, len(self.rhs)):
            self.rhs[k] = self.rhs[k] + slack
        self.lb = np.maximum(self.floor, self.lb - slack)

    def _solve(self, c: np.ndarray, extra: sparse.csr_matrix | None = None,
               extra_rhs: np.ndarray | None = None) -> np.ndarray:
        rows, rhs = self.rows, self.rhs
        if extra is not None and extra_rhs is not None:
            rows, rhs = rows + [extra], rhs + [extra_rhs]
        for attempt in range(3):
            a_ub = sparse.vstack(rows, format="csr")
            b_ub = np.concatenate(rhs)
            res = linprog(c, A_ub=a_ub if a_ub.shape[0] else None,
                          b_ub=b_ub if a_ub.shape[0] else None,
                          A_eq=self.a_eq if self.a_eq.shape[0] else None,
                          b_eq=self.b_eq if self.a_eq.shape[0] else None,
                          bounds=np.column_stack((self.lb, self.ub)), method="highs",
                          options=_OPTIONS)
            if res.status == 0:
                break
            if res.status != 2 or attempt == 2:
                raise AllocationError(
                    f"the allocation programme could not be solved: {res.message}")
            self._loosen()
            rows, rhs = self.rows, self.rhs
            if extra is not None and extra_rhs is not None:
                rows, rhs = rows + [extra], rhs + [extra_rhs]
        x = np.asarray(res.x, dtype=float)
        self.x = x
        return x

    def minimise(self, c: np.ndarray) -> float:
        """Optimise c·x (c ≥ 0 on columns ≥ 0) and hold it at its optimum."""
        if self.x is not None and float(c @ self.x) <= self.tol:
            best = float(c @ self.x)
        else:
            best = float(c @ self._solve(c))
        self.rows.append(sparse.csr_matrix(c.reshape(1, -1)))
        self.rhs.append(np.array([best + self.tol]))
        return best

    def share(self, cols: np.ndarray, base: np.ndarray, cap: float, col_lam: int) -> float:
        """The largest common fraction lam ≤ cap with x[cols] ≥ lam·base; not held."""
        if self.x is not None and np.all(self.x[cols] >= cap * base - self.tol):
            return cap
        n = len(self.lb)
        c = np.zeros(n)
        c[col_lam] = -1.0
        k = len(cols)
        extra = sparse.csr_matrix((np.concatenate((-np.ones(k), base)),
                                   (np.concatenate((np.arange(k), np.arange(k))),
                                    np.concatenate((cols, np.full(k, col_lam))))),
                                  shape=(k, n))
        self.ub[col_lam] = cap
        try:
            x = self._solve(c, extra, np.zeros(k))
        finally:
            self.ub[col_lam] = 0.0
        lam = min(max(float(x[col_lam]), 0.0), cap)
        if lam > cap * (1.0 - 1e-9):
            lam = cap
        x[col_lam] = 0.0
        return lam

    def hold_at_least(self, cols: np.ndarray, values: np.ndarray) -> None:
        self.lb[cols] = np.minimum(np.maximum(self.lb[cols], values - self.tol), self.ub[cols])

    def most(self, col: int) -> float:
        """The largest x[col] can be (not held)."""
        c = np.zeros(len(self.lb))
        c[col] = -1.0
        return float(self._solve(c)[col])


def solve_zone(model: ZoneModel, num: PeriodNumbers, policy: AllocationPolicy) -> np.ndarray:
    """The lexicographic optimum of one zone's programme: every column's value."""
    lv = _Levels(model, num)
    n = model.n_cols

    def objective(cols: np.ndarray, weights: np.ndarray | float = 1.0) -> np.ndarray:
        c = np.zeros(n)
        c[cols] = weights
        return c

    lv.minimise(objective(model.col_s))
    if len(model.df):
        lv.minimise(objective(model.col_f))
    col_of = dict(zip(model.intakes.tolist(), model.intake_col.tolist()))
    if policy is AllocationPolicy.UPSTREAM_FIRST:
        for what, items in model.ladder:
            if what != "share":
                lv.minimise(objective(items))
                continue
            ask = num.ask[items]
            users = items[ask > 0]
            if not len(users):
                continue
            cols = np.array([col_of[int(j)] for j in users])
            lam = lv.share(cols, num.ask[users], 1.0, model.col_lam)
            lv.hold_at_least(cols, lam * num.ask[users])
    else:
        if len(model.soft):
            lv.minimise(objective(model.col_e))
        if len(model.minflow):
            lv.minimise(objective(model.col_d))
        for users in model.classes:
            _fair_class(lv, model, num, users, col_of)
    if len(model.df):
        lv.minimise(model.cost)
    if len(model.overflow_cols) and policy is AllocationPolicy.PROPORTIONAL:
        lv.minimise(objective(model.overflow_cols))
    x = lv.x if lv.x is not None else lv._solve(np.zeros(n))
    x = np.clip(x, num.lb, num.ub)
    near = 1e-9 * num.scale
    x = np.where(np.abs(x - num.lb) < near, num.lb, x)
    return np.where(np.abs(x - num.ub) < near, num.ub, x)


def _fair_class(lv: _Levels, model: ZoneModel, num: PeriodNumbers, links: np.ndarray,
                col_of: dict[int, int]) -> None:
    """Lexicographic max-min fairness of x/base among the users of one priority class:
    raise the common fraction until some users can go no higher (their cap, or the water),
    hold those, and go on with the rest."""
    users = [int(j) for j in links if num.ask[j] > 0 and num.base[j] > 0]
    while users:
        cols = np.array([col_of[j] for j in users])
        base = num.base[users]
        caps = num.ask[users] / base
        cap = float(caps.min())
        lam = lv.share(cols, base, cap, model.col_lam)
        lv.hold_at_least(cols, lam * base)
        done = [j for j, k in zip(users, caps) if k <= lam + 1e-12]
        if lam < cap - 1e-12:
            for j in users:
                if j not in done and lv.most(col_of[j]) <= lam * num.base[j] + 2 * lv.tol:
                    done.append(j)
            if not done:
                done = list(users)
        users = [j for j in users if j not in done]
