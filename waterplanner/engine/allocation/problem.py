"""The allocation problem of one zone in one period, as a linear programme.

Columns: the water entering every link that leaves a node of the zone (x), and for every
demand-following reservoir its release r, spill s and storage above the flood curve f; the
excess e over the capacity of every river link that has one; the deficit d of every
minimum-flow point; and one free column (lam) used by the fairness levels.

Rows (see docs/allocation.md for the semantics):

- every node passes on what it receives: the links leaving it carry its fixed inflow plus
  what arrives from the zone's links (less their losses); a demand-following reservoir's
  links carry r + s; each return link of a demand carries its share of the return fraction
  of the delivery (a demand with a drainage store returns nothing the period decides: its
  release is a fixed inflow where it arrives);
- a demand-following reservoir ends the period with W + I − r − s (I: what the zone routes
  into it), which must lie in [0, capacity] and above the flood curve by no more than f;
  its release r lies in [r_lo, r_hi] and r ≤ U + I;
- a capped river link carries at most its capacity plus e; a minimum-flow point passes on at
  least its requirement less d; an intake takes at most what its demand asks (the demand
  grossed up for the intake's loss, capped by the intake's capacity and the demand's limit).

The structure (which columns, which rows, the coefficients) is fixed for a network; only
right-hand sides and bounds change from period to period.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from scipy import sparse

from waterplanner.engine.allocation.inputs import F_HI, F_LO, F_OWN, F_WATER
from waterplanner.engine.allocation.zones import Zones, conservation_weights
from waterplanner.engine.compiled import (
    DEMAND,
    DEMAND_FOLLOWING_RULE,
    MIN_FLOW,
    RESERVOIR,
    CompiledNetwork,
)
from waterplanner.engine.kernel import P_DEMAND, P_FLOOD, P_LIMIT, P_REQUIRED

BIG = 1e30
"""A right-hand side this large is no limit (the row is left out)."""


@dataclass(eq=False)
class ZoneModel:
    """The fixed structure of one zone's programme."""

    nodes: np.ndarray
    links: np.ndarray              # link of each x column (x columns come first)
    intakes: np.ndarray            # intake links leaving the zone's nodes
    intake_col: np.ndarray
    df: np.ndarray                 # demand-following reservoirs
    col_r: np.ndarray
    col_s: np.ndarray
    col_f: np.ndarray
    soft: np.ndarray               # capped river links
    col_e: np.ndarray
    minflow: np.ndarray            # minimum-flow points
    col_d: np.ndarray
    col_lam: int
    n_cols: int
    a_eq: sparse.csr_matrix
    eq_node: np.ndarray            # node whose fixed inflow is the row's right-hand side
    eq_factor: np.ndarray          # ... times this (1, 0 for a reservoir, rf × share for a
    #                                return link, 0 for one of a drainage store)
    a_ub: sparse.csr_matrix
    ub_kind: np.ndarray            # UB_* of each row
    ub_ref: np.ndarray             # the node or link of each row
    cost: np.ndarray               # conservation weights c_k on r columns
    overflow_cols: np.ndarray
    ladder: list[tuple[str, np.ndarray]] = field(default_factory=list)
    """``upstream_first`` levels after L0, in riparian order: ("deficit", [d column]),
    ("share", [intake links of one priority at one node]), ("excess", [e columns of the
    node's capped outgoing links]) or ("overflow", [x column of its overflow route])."""
    classes: list[np.ndarray] = field(default_factory=list)
    """``proportional``: the intake links of each priority class, lowest number first."""


UB_CAP, UB_FLOOD, UB_OWN, UB_EMPTY, UB_LINK, UB_MINFLOW = range(6)


def build_model(net: CompiledNetwork, zones: Zones, z: int) -> ZoneModel:
    """The programme's structure for zone z."""
    nodes = zones.nodes(z)
    in_zone = np.zeros(net.n_nodes, dtype=bool)
    in_zone[nodes] = True
    links = np.array([j for j in range(net.n_links) if in_zone[net.link_src[j]]], dtype=np.int64)
    col_x = {int(j): c for c, j in enumerate(links)}
    n = len(links)
    df = np.array([i for i in nodes if net.kind[i] == RESERVOIR
                   and net.rule[i] == DEMAND_FOLLOWING_RULE], dtype=np.int64)
    col_r = n + 3 * np.arange(len(df))
    col_s, col_f = col_r + 1, col_r + 2
    n += 3 * len(df)
    is_intake = np.zeros(net.n_links, dtype=bool)
    is_intake[net.intake_links] = True
    cap_row = net.series_rows["link_cap_mcm"]
    soft = np.array([j for j in links if not is_intake[j] and net.kind[net.link_src[j]] != DEMAND
                     and np.isfinite(net.pool[:, cap_row[j]]).any()], dtype=np.int64)
    col_e = n + np.arange(len(soft))
    n += len(soft)
    minflow = np.array([i for i in nodes if net.kind[i] == MIN_FLOW], dtype=np.int64)
    col_d = n + np.arange(len(minflow))
    n += len(minflow)
    col_lam = n
    n += 1

    def arrivals(i: int) -> list[tuple[int, float]]:
        return [(col_x[int(j)], 1.0 - net.link_loss[j])
                for j in net.in_links[net.in_ptr[i]:net.in_ptr[i + 1]] if zones.zone_link[j]]

    df_pos = {int(i): k for k, i in enumerate(df)}
    eq_rows: list[list[tuple[int, float]]] = []
    eq_node, eq_factor = [], []
    for i in nodes:
        i = int(i)
        out = [(col_x[int(j)], 1.0) for j in links if net.link_src[j] == i]
        if net.kind[i] == DEMAND:
            for p in range(net.return_ptr[i], net.return_ptr[i + 1]):
                # a drainage store's release is no decision of the period: its return
                # links leave the zone, and their columns are held at 0
                f = 0.0 if net.drained[i] else net.return_fraction[i] * net.return_share[p]
                back = [] if net.drained[i] else [(c, -f * a) for c, a in arrivals(i)]
                eq_rows.append([(col_x[int(net.return_links[p])], 1.0)] + back)
                eq_node.append(i)
                eq_factor.append(f)
        elif i in df_pos:
            k = df_pos[i]
            eq_rows.append(out + [(int(col_r[k]), -1.0), (int(col_s[k]), -1.0)])
            eq_node.append(i)
            eq_factor.append(0.0)
        elif out:
            eq_rows.append(out + [(c, -a) for c, a in arrivals(i)])
            eq_node.append(i)
            eq_factor.append(1.0)
    ub_rows: list[list[tuple[int, float]]] = []
    ub_kind, ub_ref = [], []
    for k, i in enumerate(df):
        inflow = arrivals(int(i))
        r, s, f = int(col_r[k]), int(col_s[k]), int(col_f[k])
        for kind, row in ((UB_CAP, inflow + [(r, -1.0), (s, -1.0)]),
                          (UB_FLOOD, inflow + [(r, -1.0), (s, -1.0), (f, -1.0)]),
                          (UB_OWN, [(c, -a) for c, a in inflow] + [(r, 1.0)]),
                          (UB_EMPTY, [(c, -a) for c, a in inflow] + [(r, 1.0), (s, 1.0)])):
            ub_rows.append(row)
            ub_kind.append(kind)
            ub_ref.append(int(i))
    for j, e in zip(soft, col_e):
        ub_rows.append([(col_x[int(j)], 1.0), (int(e), -1.0)])
        ub_kind.append(UB_LINK)
        ub_ref.append(int(j))
    for i, d in zip(minflow, col_d):
        row = [(col_x[int(j)], -1.0) for j in links
               if net.link_src[j] == i and not is_intake[j]]
        ub_rows.append(row + [(int(d), -1.0)])
        ub_kind.append(UB_MINFLOW)
        ub_ref.append(int(i))

    cost = np.zeros(n)
    cost[col_r] = conservation_weights(net, zones)[df]
    overflow_cols = np.array([col_x[int(j)] for j in links
                              if net.overflow_link[net.link_src[j]] == j], dtype=np.int64)
    intakes = np.array([j for j in links if is_intake[j]], dtype=np.int64)
    model = ZoneModel(
        nodes=nodes, links=links, intakes=intakes,
        intake_col=np.array([col_x[int(j)] for j in intakes], dtype=np.int64),
        df=df, col_r=col_r, col_s=col_s, col_f=col_f, soft=soft, col_e=col_e,
        minflow=minflow, col_d=col_d, col_lam=col_lam, n_cols=n,
        a_eq=_matrix(eq_rows, n), eq_node=np.array(eq_node, dtype=np.int64),
        eq_factor=np.array(eq_factor), a_ub=_matrix(ub_rows, n),
        ub_kind=np.array(ub_kind, dtype=np.int64), ub_ref=np.array(ub_ref, dtype=np.int64),
        cost=cost, overflow_cols=overflow_cols)
    _ladders(net, model, col_x)
    return model


def _matrix(rows: list[list[tuple[int, float]]], n: int) -> sparse.csr_matrix:
    data, ri, ci = [], [], []
    for r, row in enumerate(rows):
        for c, v in row:
            ri.append(r)
            ci.append(c)
            data.append(v)
    return sparse.csr_matrix((data, (ri, ci)), shape=(len(rows), n))


def _ladders(net: CompiledNetwork, model: ZoneModel, col_x: dict[int, int]) -> None:
    """The riparian ladder (``upstream_first``) and the priority classes (``proportional``)."""
    prio = {int(j): int(p) for j, p in zip(net.intake_links, net.intake_priority)}
    position = np.empty(net.n_nodes, dtype=np.int64)
    position[net.order] = np.arange(net.n_nodes)
    d_of = {int(i): int(c) for i, c in zip(model.minflow, model.col_d)}
    for i in sorted((int(i) for i in model.nodes), key=lambda v: position[v]):
        if i in d_of:
            model.ladder.append(("deficit", np.array([d_of[i]])))
        here = [int(j) for j in net.intake_links[net.intake_ptr[i]:net.intake_ptr[i + 1]]]
        for p in sorted({prio[j] for j in here}):
            model.ladder.append(("share", np.array([j for j in here if prio[j] == p])))
        excess = [int(e) for j, e in zip(model.soft, model.col_e) if net.link_src[j] == i]
        if excess:
            model.ladder.append(("excess", np.array(excess, dtype=np.int64)))
        if net.overflow_link[i] >= 0:
            model.ladder.append(("overflow", np.array([col_x[int(net.overflow_link[i])]])))
    by_prio: dict[int, list[int]] = {}
    for j in model.intakes:
        by_prio.setdefault(prio[int(j)], []).append(int(j))
    model.classes = [np.array(by_prio[p], dtype=np.int64) for p in sorted(by_prio)]


@dataclass(eq=False)
class PeriodNumbers:
    """Right-hand sides and bounds of one zone's programme in one period."""

    b_eq: np.ndarray
    b_ub: np.ndarray
    lb: np.ndarray
    ub: np.ndarray
    ask: np.ndarray                # [L] what each intake may take (only the zone's intakes)
    base: np.ndarray               # [L] each intake's share base (proportional)
    scale: float                   # water in play, for tolerances


def period_numbers(net: CompiledNetwork, model: ZoneModel, t: int, par_row: np.ndarray,
                   fixed_in: np.ndarray, df_num: np.ndarray) -> PeriodNumbers:
    """The numbers of zone ``model`` in period t (``fixed_in`` and ``df_num`` from
    :func:`~waterplanner.engine.allocation.inputs.zone_inputs`)."""
    b_eq = fixed_in[model.eq_node] * model.eq_factor
    b_ub = np.empty(len(model.ub_kind))
    ref = model.ub_ref
    for kind in range(6):
        rows = model.ub_kind == kind
        if not rows.any():
            continue
        r = ref[rows]
        if kind == UB_CAP:
            b_ub[rows] = net.capacity_mcm[r] - df_num[F_WATER, r]
        elif kind == UB_FLOOD:
            b_ub[rows] = net.pool[t, par_row[P_FLOOD, r]] - df_num[F_WATER, r]
        elif kind == UB_OWN:
            b_ub[rows] = df_num[F_OWN, r]
        elif kind == UB_EMPTY:
            b_ub[rows] = df_num[F_WATER, r]
        elif kind == UB_LINK:
            b_ub[rows] = net.pool[t, net.series_rows["link_cap_mcm"][r]]
        else:
            b_ub[rows] = -net.pool[t, par_row[P_REQUIRED, r]]
    b_ub = np.where(np.isfinite(b_ub), b_ub, BIG)
    n = model.n_cols
    lb = np.zeros(n)
    ub = np.full(n, np.inf)
    lb[model.col_r] = df_num[F_LO, model.df]
    ub[model.col_r] = df_num[F_HI, model.df]
    ub[model.col_lam] = 0.0
    ask = np.zeros(net.n_links)
    base = np.zeros(net.n_links)
    for j, c in zip(model.intakes, model.intake_col):
        d = int(net.link_dst[j])
        keep = 1.0 - net.link_loss[j]
        gross = net.pool[t, par_row[P_DEMAND, d]] / keep if keep > 0 else np.inf
        limit = net.pool[t, par_row[P_LIMIT, d]]
        a = min(gross, net.pool[t, net.series_rows["link_cap_mcm"][j]], limit)
        ask[j] = a
        base[j] = limit if np.isfinite(limit) else gross
        ub[c] = a
    scale = 1.0 + float(np.abs(fixed_in[model.nodes]).sum())
    if len(model.df):
        scale += float(df_num[F_WATER, model.df].sum())
    return PeriodNumbers(b_eq=b_eq, b_ub=b_ub, lb=lb, ub=ub, ask=ask, base=base, scale=scale)
