"""The zones of a period: the parts of the network whose water is shared within one period.

A zone is a part of the network connected by links without travel time (and other than
the return links of a demand with a drainage store, whose release in a period is fixed by
the periods before: it cuts as a link with travel time does), cut at every
storage node that decides its outflow on its own: a reservoir on the ``schedule`` or
``guide_curve`` rule, a terminal lake. Water sent into such a node (or along a link with
travel time) leaves the zone; the node's outflow is a fixed inflow to the zone below it, of
which it is a *head*. Demand-following reservoirs do not cut: their release is decided with
the demands below them; nor do sinks, which only take what reaches them.

Where cutting at those nodes alone would leave zones depending on each other within the
period (water reaching the river below a schedule reservoir by another route, such as the
return flow of a demand that takes above it), the zone below is cut off as well: the links
that enter it from the rest of its component become fixed inflows to it too. So zones can
always be solved one after the other, in ``order``.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass

import numpy as np

from waterplanner.engine.compiled import (
    DEMAND_FOLLOWING_RULE,
    LAKE,
    RESERVOIR,
    CompiledNetwork,
)
from waterplanner.model.scenario import AllocationPolicy


@dataclass(frozen=True, eq=False)
class Zones:
    """The zone partition of a network under one allocation policy."""

    order: np.ndarray        # [N] node indices, zone after zone, each zone headwaters first
    ptr: np.ndarray          # [Z+1]: zone z is order[ptr[z]:ptr[z+1]]
    heads: np.ndarray        # [Z]: the zone's first ``heads[z]`` nodes are its head storages
    allocate: np.ndarray     # [Z] bool: decided by the allocation (else the plain sweep)
    zone_of: np.ndarray      # [N]
    zone_link: np.ndarray    # [L] bool: both ends in one zone, no travel time

    @property
    def count(self) -> int:
        return len(self.ptr) - 1

    @property
    def any_allocated(self) -> bool:
        return bool(self.allocate.any())

    def nodes(self, z: int) -> np.ndarray:
        """The nodes of zone z, in evaluation order."""
        return self.order[self.ptr[z]:self.ptr[z + 1]]


def is_cut(net: CompiledNetwork, i: int) -> bool:
    """Whether node i decides its own outflow (and so starts new zones below it)."""
    k = net.kind[i]
    return bool(k == LAKE or (k == RESERVOIR and net.rule[i] != DEMAND_FOLLOWING_RULE))


def _components(n: int, src: np.ndarray, dst: np.ndarray, inside: np.ndarray) -> np.ndarray:
    """Connected components (ignoring direction) of the links marked ``inside``."""
    parent = list(range(n))

    def find(a: int) -> int:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    for j in np.flatnonzero(inside):
        a, b = find(int(src[j])), find(int(dst[j]))
        if a != b:
            parent[max(a, b)] = min(a, b)
    roots = [find(i) for i in range(n)]
    label: dict[int, int] = {}
    return np.array([label.setdefault(r, len(label)) for r in roots], dtype=np.int64)


def _zone_cycle(comp: np.ndarray, src: np.ndarray, dst: np.ndarray,
                between: np.ndarray) -> list[int] | None:
    """The links of one cycle among the zones (links marked ``between`` join zones), or
    None if the zones can be ordered."""
    n_zones = int(comp.max()) + 1 if len(comp) else 0
    edges: list[list[tuple[int, int]]] = [[] for _ in range(n_zones)]
    for lk in np.flatnonzero(between):
        edges[comp[src[lk]]].append((int(comp[dst[lk]]), int(lk)))
    state = [0] * n_zones
    for root in range(n_zones):
        if state[root]:
            continue
        stack: list[list[int]] = [[root, 0, -1]]   # zone, next edge, link that entered it
        state[root] = 1
        while stack:
            frame = stack[-1]
            z, pos = frame[0], frame[1]
            if pos == len(edges[z]):
                stack.pop()
                state[z] = 2
                continue
            frame[1] += 1
            nxt, j = edges[z][pos]
            if state[nxt] == 1:
                s = next(q for q, f in enumerate(stack) if f[0] == nxt)
                return [f[2] for f in stack[s + 1:]] + [j]
            if state[nxt] == 0:
                state[nxt] = 1
                stack.append([nxt, 0, j])
    return None


def partition(net: CompiledNetwork, policy: AllocationPolicy) -> Zones:
    """The zones of a compiled network (see the module docstring)."""
    n = net.n_nodes
    src, dst = net.link_src, net.link_dst
    cut = np.array([is_cut(net, i) for i in range(n)], dtype=bool)
    inside = net.link_same_period & ~cut[dst]
    same_period = net.link_same_period
    while True:
        comp = _components(n, src, dst, inside)
        cycle = _zone_cycle(comp, src, dst, same_period & ~inside)
        if cycle is None:
            break
        for j in cycle:
            zone = comp[dst[j]]
            members = comp == zone
            below = np.zeros(n, dtype=bool)
            stack = [int(dst[j])]
            below[dst[j]] = True
            while stack:
                v = stack.pop()
                for lk in np.flatnonzero(inside & (src == v)):
                    w = int(dst[lk])
                    if not below[w]:
                        below[w] = True
                        stack.append(w)
            entering = inside & members[src] & ~below[src] & below[dst]
            if entering.any():
                inside = inside & ~entering
                break
        else:  # pragma: no cover - a cycle among zones always has a link to cut (see docs)
            raise RuntimeError("the zones of the network could not be ordered")
    return _ordered(net, policy, comp, inside, cut)


def _ordered(net: CompiledNetwork, policy: AllocationPolicy, comp: np.ndarray,
             inside: np.ndarray, cut: np.ndarray) -> Zones:
    n = net.n_nodes
    n_zones = int(comp.max()) + 1 if n else 0
    position = np.empty(n, dtype=np.int64)
    position[net.order] = np.arange(n)
    first = np.full(n_zones, n, dtype=np.int64)
    for i in range(n):
        first[comp[i]] = min(first[comp[i]], position[i])
    indegree = np.zeros(n_zones, dtype=np.int64)
    children: list[list[int]] = [[] for _ in range(n_zones)]
    for j in np.flatnonzero(net.link_same_period & ~inside):
        a, b = comp[net.link_src[j]], comp[net.link_dst[j]]
        if a != b:
            children[a].append(int(b))
            indegree[b] += 1
    ready = [(int(first[z]), z) for z in range(n_zones) if indegree[z] == 0]
    heapq.heapify(ready)
    zone_order: list[int] = []
    while ready:
        _, z = heapq.heappop(ready)
        zone_order.append(z)
        for c in children[z]:
            indegree[c] -= 1
            if indegree[c] == 0:
                heapq.heappush(ready, (int(first[c]), c))
    by_zone: list[list[int]] = [[] for _ in range(n_zones)]
    for i in net.order:
        by_zone[comp[i]].append(int(i))
    order: list[int] = []
    ptr = [0]
    heads: list[int] = []
    allocate: list[bool] = []
    new_id = np.empty(n, dtype=np.int64)
    proportional = policy is AllocationPolicy.PROPORTIONAL
    intake_src = {int(net.link_src[j]) for j in net.intake_links}
    for rank, z in enumerate(zone_order):
        members = by_zone[z]
        head = [i for i in members if cut[i] and net.kind[i] in (RESERVOIR, LAKE)]
        rest = [i for i in members if i not in head]
        order += head + rest
        ptr.append(len(order))
        heads.append(len(head))
        has_df = any(net.kind[i] == RESERVOIR and not cut[i] for i in members)
        has_intake = any(i in intake_src for i in members)
        allocate.append(bool(has_df or (proportional and has_intake)))
        for i in members:
            new_id[i] = rank
    zone_link = inside
    return Zones(order=np.array(order, dtype=np.int64), ptr=np.array(ptr, dtype=np.int64),
                 heads=np.array(heads, dtype=np.int64), allocate=np.array(allocate, dtype=bool),
                 zone_of=new_id, zone_link=zone_link)


def conservation_weights(net: CompiledNetwork, zones: Zones) -> np.ndarray:
    """c_k = 1 + the number of demand-following reservoirs of k's zone from which water
    reaches k within the period, for every demand-following reservoir k (0 elsewhere)."""
    weight = np.zeros(net.n_nodes)
    for z in range(zones.count):
        nodes = zones.nodes(z)
        above: dict[int, set[int]] = {}
        for i in nodes:                        # evaluation order: sources first
            i = int(i)
            up: set[int] = set()
            for j in net.in_links[net.in_ptr[i]:net.in_ptr[i + 1]]:
                if zones.zone_link[j]:
                    u = int(net.link_src[j])
                    up |= above.get(u, set())
                    if not is_cut(net, u) and net.kind[u] == RESERVOIR:
                        up.add(u)
            above[i] = up
            if net.kind[i] == RESERVOIR and not is_cut(net, i):
                weight[i] = 1.0 + len(up)
    return weight


def riparian_ready(net: CompiledNetwork, zones: Zones, policy: AllocationPolicy) -> np.ndarray:
    """[Z] bool: allocated zones that :mod:`.riparian` decides without the programme (every
    allocated zone under ``upstream_first``; it hands a period back when a reservoir would
    spill or stay above its flood curve)."""
    if policy is not AllocationPolicy.UPSTREAM_FIRST:
        return np.zeros(zones.count, dtype=bool)
    return zones.allocate.copy()
