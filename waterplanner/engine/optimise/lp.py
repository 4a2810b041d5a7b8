"""A small sparse linear-programme builder around ``scipy.optimize.linprog(method="highs")``.

Variables and rows are added in vectorised blocks. Every row and every variable bound may
carry a *group* (what it means: "Toktogul storage at most its capacity") so that HiGHS's
duals can be explained in words afterwards, and infeasible requirements named. Rows are
``A_eq x = b_eq`` or ``A_ub x ≤ b_ub``; a "≥" row is stored negated.
"""

from __future__ import annotations

import ctypes
import os
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import numpy as np
import scipy.sparse as sp
from scipy.optimize import linprog

INF = np.inf
MIP_SECONDS = 2.0
"""Time limit of one mixed-integer solve; the best schedule found by then is used."""
MIP_GAP = 1e-6
"""Relative optimality gap at which branch and bound stops."""


_STDOUT_LOCK = threading.Lock()


@contextmanager
def _quiet_stdout() -> Iterator[None]:
    """Silence what HiGHS's branch and bound prints straight to the process's standard
    output ("HighsMipSolverData::transformNewIntegerFeasibleSolution …", a debugging trace of
    some HiGHS builds) by pointing file descriptor 1 at the null device meanwhile."""
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):
        yield  # no real standard output (a GUI, a test capture): nothing to silence
        return
    with _STDOUT_LOCK:  # two worker threads must not interleave the swap
        libc = ctypes.CDLL(None)
        sys.stdout.flush()
        saved = os.dup(fd)
        try:
            with open(os.devnull, "wb") as null:
                os.dup2(null.fileno(), fd)
                try:
                    yield
                finally:
                    libc.fflush(None)
                    os.dup2(saved, fd)
        finally:
            os.close(saved)


@dataclass(frozen=True)
class Group:
    """What a block of rows or bounds means.

    ``kind`` is a machine name ("capacity", "balance", "rule_curve_min", ...), ``node`` the
    node or link id, ``text`` a plain-language statement of the requirement (without the
    period), ``unit`` the unit of its right-hand side, ``requirement`` the label of the
    planner-facing requirement it belongs to ("" for physics: mass balance, non-negativity).
    ``sign`` is +1 when relaxing the requirement means raising its right-hand side as stored
    (a "≤" row or an upper bound) and −1 when it means lowering it (a stored-negated "≥" row
    or a lower bound), so that explanations can speak of "one more unit of room".
    """

    kind: str
    node: str
    text: str
    unit: str = "Mm³"
    requirement: str = ""
    sign: int = 1


@dataclass
class _Rows:
    rhs: list[np.ndarray] = field(default_factory=list)
    group: list[np.ndarray] = field(default_factory=list)
    period: list[np.ndarray] = field(default_factory=list)
    r: list[np.ndarray] = field(default_factory=list)
    c: list[np.ndarray] = field(default_factory=list)
    v: list[np.ndarray] = field(default_factory=list)
    count: int = 0


class LinearProgram:
    """Accumulates variables, costs, bounds and rows; :meth:`solve` runs HiGHS."""

    def __init__(self) -> None:
        self.n = 0
        self._lb: list[np.ndarray] = []
        self._ub: list[np.ndarray] = []
        self._cost: list[np.ndarray] = []
        self._period: list[np.ndarray] = []
        self.groups: list[Group] = []
        self._eq = _Rows()
        self._ineq = _Rows()
        self._lb_group: dict[int, int] = {}
        self._ub_group: dict[int, int] = {}
        self._frozen: tuple[np.ndarray, ...] | None = None
        self.slacks: dict[int, list[np.ndarray]] = {}
        """group → violation variables of soft requirements (see requirements.py)"""

    # --- groups and variables -----------------------------------------------------------
    def group(self, kind: str, node: str, text: str, unit: str = "Mm³",
              requirement: str = "", sign: int = 1) -> int:
        """Register a meaning for rows or bounds; returns its id."""
        self.groups.append(Group(kind, node, text, unit, requirement, sign))
        return len(self.groups) - 1

    def variables(self, count: int, lb: float | np.ndarray = 0.0,
                  ub: float | np.ndarray = INF, cost: float | np.ndarray = 0.0,
                  periods: np.ndarray | None = None) -> np.ndarray:
        """Add ``count`` variables; returns their indices."""
        idx = np.arange(self.n, self.n + count)
        self.n += count
        self._lb.append(np.broadcast_to(np.asarray(lb, dtype=float), (count,)).copy())
        self._ub.append(np.broadcast_to(np.asarray(ub, dtype=float), (count,)).copy())
        self._cost.append(np.broadcast_to(np.asarray(cost, dtype=float), (count,)).copy())
        self._period.append(np.arange(count) if periods is None else np.asarray(periods))
        self._frozen = None
        return idx

    def _arrays(self) -> tuple[np.ndarray, ...]:
        if self._frozen is None:
            cat = (lambda parts: np.concatenate(parts) if parts else np.zeros(0))
            self._frozen = (cat(self._lb), cat(self._ub), cat(self._cost), cat(self._period))
            self._lb, self._ub, self._cost, self._period = ([self._frozen[0]], [self._frozen[1]],
                                                            [self._frozen[2]], [self._frozen[3]])
        return self._frozen

    def tighten(self, idx: np.ndarray, lb: np.ndarray | float | None = None,
                ub: np.ndarray | float | None = None, group: int = -1) -> None:
        """Raise lower / lower upper bounds of some variables, remembering the group of the
        bound that ends up tightest (for explanations)."""
        lo, hi, _, _ = self._arrays()
        idx = np.asarray(idx)
        if lb is not None:
            val = np.broadcast_to(np.asarray(lb, dtype=float), idx.shape)
            tighter = val > lo[idx]
            lo[idx[tighter]] = val[tighter]
            for i in idx[tighter]:
                if group >= 0:
                    self._lb_group[int(i)] = group
                else:
                    self._lb_group.pop(int(i), None)
        if ub is not None:
            val = np.broadcast_to(np.asarray(ub, dtype=float), idx.shape)
            tighter = val < hi[idx]
            hi[idx[tighter]] = val[tighter]
            for i in idx[tighter]:
                if group >= 0:
                    self._ub_group[int(i)] = group
                else:
                    self._ub_group.pop(int(i), None)

    def add_cost(self, idx: np.ndarray, cost: np.ndarray | float) -> None:
        """Add to the cost of some variables (objective terms accumulate)."""
        c = self._arrays()[2]
        np.add.at(c, np.asarray(idx), np.broadcast_to(np.asarray(cost, dtype=float),
                                                      np.shape(idx)))

    @property
    def lower(self) -> np.ndarray:
        return self._arrays()[0]

    @property
    def upper(self) -> np.ndarray:
        return self._arrays()[1]

    @property
    def cost(self) -> np.ndarray:
        return self._arrays()[2]

    @property
    def var_period(self) -> np.ndarray:
        return self._arrays()[3]

    def bound_group(self, var: int, upper: bool) -> int:
        """The group of a variable's upper (or lower) bound, −1 if it has none."""
        return (self._ub_group if upper else self._lb_group).get(var, -1)

    # --- rows ---------------------------------------------------------------------------
    def rows(self, sense: str, rhs: np.ndarray | float, count: int | None = None,
             group: int = -1, periods: np.ndarray | None = None) -> np.ndarray:
        """Add rows ("eq", "le" or "ge") with right-hand sides; returns their row handles
        (to pass to :meth:`coef`). "ge" rows are stored negated as "le"."""
        rhs_arr = np.asarray(rhs, dtype=float)
        if count is None:
            count = rhs_arr.size
        rhs_arr = np.broadcast_to(rhs_arr, (count,)).astype(float)
        store = self._eq if sense == "eq" else self._ineq
        start = store.count
        store.count += count
        store.rhs.append(-rhs_arr if sense == "ge" else rhs_arr)
        store.group.append(np.full(count, group, dtype=np.int64))
        store.period.append(np.arange(count) if periods is None else np.asarray(periods))
        handles = np.arange(start, start + count)
        # encode sense in the handle: eq rows ≥ 0, inequality rows as (-1 - row) ...
        if sense == "eq":
            return handles
        if sense == "ge":
            return -(handles + 1) - (1 << 40)
        return -(handles + 1)

    def coef(self, rows: np.ndarray, cols: np.ndarray, vals: np.ndarray | float) -> None:
        """Put coefficients ``vals`` at (rows, cols); entries with ``cols < 0`` are skipped;
        repeated entries add up."""
        rows = np.asarray(rows)
        cols = np.asarray(cols)
        rows, cols = np.broadcast_arrays(rows, cols)
        v = np.broadcast_to(np.asarray(vals, dtype=float), rows.shape)
        keep = (cols >= 0) & (v != 0)
        rows, cols, v = rows[keep], cols[keep], v[keep]
        if rows.size == 0:
            return
        eq = rows >= 0
        if eq.any():
            self._eq.r.append(rows[eq])
            self._eq.c.append(cols[eq])
            self._eq.v.append(v[eq])
        if (~eq).any():
            h = rows[~eq]
            ge = h < -(1 << 40)
            base = np.where(ge, -(h + (1 << 40)) - 1, -h - 1)
            self._ineq.r.append(base)
            self._ineq.c.append(cols[~eq])
            self._ineq.v.append(np.where(ge, -v[~eq], v[~eq]))

    # --- stacking -----------------------------------------------------------------------
    def append(self, other: LinearProgram, cost: np.ndarray, shared: np.ndarray,
               onto: np.ndarray) -> np.ndarray:
        """Append another programme's variables and rows (block-diagonally), except that its
        columns ``shared`` are *the same* variables as this one's columns ``onto``: their
        bounds are intersected and their costs add up. ``cost`` replaces ``other``'s costs.
        Returns where each of ``other``'s columns now is (so ``x[colmap]`` is ``other``'s
        solution vector). Groups, bound groups and soft-requirement slacks come along."""
        lo_o, hi_o, _, per_o = other._arrays()
        shared = np.asarray(shared, dtype=np.int64)
        onto = np.asarray(onto, dtype=np.int64)
        own = np.ones(other.n, dtype=bool)
        own[shared] = False
        colmap = np.empty(other.n, dtype=np.int64)
        colmap[shared] = onto
        new = np.flatnonzero(own)
        colmap[new] = self.variables(len(new), lo_o[new], hi_o[new], cost[new], per_o[new])
        lo, hi, c, _ = self._arrays()
        np.maximum.at(lo, onto, lo_o[shared])
        np.minimum.at(hi, onto, hi_o[shared])
        np.add.at(c, onto, cost[shared])
        offset = len(self.groups)
        self.groups.extend(other.groups)
        regroup = (lambda g: np.where(g >= 0, g + offset, g))
        for var, g in other._lb_group.items():
            if own[var]:
                self._lb_group[int(colmap[var])] = g + offset
        for var, g in other._ub_group.items():
            if own[var]:
                self._ub_group[int(colmap[var])] = g + offset
        for mine, theirs in ((self._eq, other._eq), (self._ineq, other._ineq)):
            start = mine.count
            mine.count += theirs.count
            mine.rhs.extend(theirs.rhs)
            mine.group.extend(regroup(g) for g in theirs.group)
            mine.period.extend(theirs.period)
            mine.r.extend(r + start for r in theirs.r)
            mine.c.extend(colmap[c_] for c_ in theirs.c)
            mine.v.extend(theirs.v)
        for g, slacks in other.slacks.items():
            self.slacks.setdefault(g + offset, []).extend(colmap[u] for u in slacks)
        return colmap

    # --- assembly -----------------------------------------------------------------------
    def _matrix(self, store: _Rows) -> tuple[sp.csr_array | None, np.ndarray, np.ndarray,
                                             np.ndarray]:
        if store.count == 0:
            return None, np.zeros(0), np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        cat = (lambda parts, dt: np.concatenate(parts) if parts else np.zeros(0, dtype=dt))
        r, c, v = cat(store.r, np.int64), cat(store.c, np.int64), cat(store.v, float)
        a = sp.csr_array(sp.coo_array((v, (r, c)), shape=(store.count, self.n)))
        return a, cat(store.rhs, float), cat(store.group, np.int64), cat(store.period, np.int64)

    @property
    def n_rows(self) -> int:
        return self._eq.count + self._ineq.count

    @property
    def n_nonzeros(self) -> int:
        """Coefficients entered in the rows (repeated entries, which add up, count once each)."""
        return sum(len(v) for v in self._eq.v) + sum(len(v) for v in self._ineq.v)

    def solve(self, time_limit_s: float | None = None, method: str = "highs") -> LPSolution:
        """Solve with HiGHS (dual simplex or IPM, HiGHS chooses); never raises on an
        infeasible or unbounded problem: look at ``status``."""
        lo, hi, cost, _ = self._arrays()
        a_eq, b_eq, g_eq, p_eq = self._matrix(self._eq)
        a_ub, b_ub, g_ub, p_ub = self._matrix(self._ineq)
        options: dict[str, object] = {"presolve": True}
        if time_limit_s is not None:
            options["time_limit"] = time_limit_s
        res = linprog(cost, A_ub=a_ub, b_ub=b_ub if a_ub is not None else None,
                      A_eq=a_eq, b_eq=b_eq if a_eq is not None else None,
                      bounds=np.column_stack((lo, hi)), method=method, options=options)
        ok = res.status == 0
        return LPSolution(
            status=int(res.status), message=str(res.message),
            x=np.asarray(res.x) if ok else np.full(self.n, np.nan),
            fun=float(res.fun) if ok else np.nan,
            eq_dual=np.asarray(res.eqlin.marginals) if ok and a_eq is not None else np.zeros(0),
            ineq_dual=np.asarray(res.ineqlin.marginals) if ok and a_ub is not None
            else np.zeros(0),
            lower_dual=np.asarray(res.lower.marginals) if ok else np.zeros(self.n),
            upper_dual=np.asarray(res.upper.marginals) if ok else np.zeros(self.n),
            eq_group=g_eq, eq_period=p_eq, ineq_group=g_ub, ineq_period=p_ub,
            ineq_slack=np.asarray(res.slack) if ok and a_ub is not None else np.zeros(0),
            ineq_rhs=b_ub, n_vars=self.n, n_rows=self.n_rows)

    def bound_groups(self, upper: bool) -> dict[int, int]:
        """variable → group of its upper (or lower) bound, for the bounds that have one."""
        return dict(self._ub_group if upper else self._lb_group)

    def solve_mixed(self, integers: np.ndarray, time_limit_s: float | None = MIP_SECONDS
                    ) -> LPSolution:
        """Solve with some variables integer (HiGHS branch and bound, ``scipy.optimize.milp``);
        the solution carries no duals (fix the integers and :meth:`solve` again for them).
        At the time limit the best schedule found so far is returned (status 0, with the
        message saying so)."""
        from scipy.optimize import LinearConstraint, milp

        lo, hi, cost, _ = self._arrays()
        a_eq, b_eq, g_eq, p_eq = self._matrix(self._eq)
        a_ub, b_ub, g_ub, p_ub = self._matrix(self._ineq)
        cons = []
        if a_eq is not None:
            cons.append(LinearConstraint(a_eq, b_eq, b_eq))
        if a_ub is not None:
            cons.append(LinearConstraint(a_ub, -np.inf, b_ub))
        integrality = np.zeros(self.n)
        integrality[integers] = 1
        options: dict[str, object] = {"mip_rel_gap": MIP_GAP}
        if time_limit_s is not None:
            options["time_limit"] = time_limit_s
        with _quiet_stdout():
            res = milp(cost, integrality=integrality, bounds=(lo, hi), constraints=cons,
                       options=options)
        ok = res.status in (0, 1) and res.x is not None
        z = np.zeros(0)
        return LPSolution(
            status=0 if ok else (2 if res.status == 2 else int(res.status) or 4),
            message=str(res.message), x=np.asarray(res.x) if ok else np.full(self.n, np.nan),
            fun=float(res.fun) if ok else np.nan, eq_dual=z, ineq_dual=z,
            lower_dual=np.zeros(self.n), upper_dual=np.zeros(self.n), eq_group=g_eq,
            eq_period=p_eq, ineq_group=g_ub, ineq_period=p_ub, ineq_slack=z, ineq_rhs=b_ub,
            n_vars=self.n, n_rows=self.n_rows)


@dataclass(frozen=True, eq=False)
class LPSolution:
    """What HiGHS returned, with the row groups needed to explain it.

    Duals are HiGHS's marginals: the change of the (minimised) objective per unit increase of
    a row's right-hand side as stored, or of a variable's bound.
    """

    status: int
    message: str
    x: np.ndarray
    fun: float
    eq_dual: np.ndarray
    ineq_dual: np.ndarray
    lower_dual: np.ndarray
    upper_dual: np.ndarray
    eq_group: np.ndarray
    eq_period: np.ndarray
    ineq_group: np.ndarray
    ineq_period: np.ndarray
    ineq_slack: np.ndarray
    ineq_rhs: np.ndarray
    n_vars: int
    n_rows: int

    @property
    def ok(self) -> bool:
        return self.status == 0

    @property
    def infeasible(self) -> bool:
        return self.status == 2
