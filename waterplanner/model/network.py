"""Graph facts about a river network: order from the headwaters down, cycles, outlets.

Works on plain (source, target) pairs so the validator can use it on a file that is not yet
a valid scenario, and the engine on one that is.
"""

from __future__ import annotations

import heapq
from collections import defaultdict, deque
from collections.abc import Iterable, Sequence


def topological_order(node_ids: Sequence[str], edges: Iterable[tuple[str, str]]) -> list[str] | None:
    """Node ids ordered so that every edge points forward; None if the edges form a cycle.

    Ties keep the given node order, so the result is deterministic.
    """
    position = {n: i for i, n in enumerate(node_ids)}
    indegree = {n: 0 for n in node_ids}
    children: dict[str, list[str]] = defaultdict(list)
    for a, b in edges:
        if a in indegree and b in indegree:
            children[a].append(b)
            indegree[b] += 1
    ready = [(position[n], n) for n in node_ids if indegree[n] == 0]
    heapq.heapify(ready)
    order: list[str] = []
    while ready:
        _, n = heapq.heappop(ready)
        order.append(n)
        for c in children[n]:
            indegree[c] -= 1
            if indegree[c] == 0:
                heapq.heappush(ready, (position[c], c))
    return order if len(order) == len(node_ids) else None


def find_cycle(node_ids: Sequence[str], edges: Iterable[tuple[str, str]]) -> list[str] | None:
    """One cycle as a list of node ids (first repeated at the end), or None if acyclic."""
    children: dict[str, list[str]] = defaultdict(list)
    known = set(node_ids)
    for a, b in edges:
        if a in known and b in known:
            children[a].append(b)
    state: dict[str, int] = {}
    for root in node_ids:
        if state.get(root):
            continue
        stack: list[tuple[str, int]] = [(root, 0)]
        path: list[str] = []
        while stack:
            node, i = stack.pop()
            if i == 0:
                state[node] = 1
                path.append(node)
            kids = children[node]
            if i < len(kids):
                stack.append((node, i + 1))
                child = kids[i]
                if state.get(child) == 1:
                    return path[path.index(child):] + [child]
                if not state.get(child):
                    stack.append((child, 0))
            else:
                state[node] = 2
                path.pop()
    return None


def reaches(node_ids: Sequence[str], edges: Iterable[tuple[str, str]],
            targets: set[str]) -> set[str]:
    """The nodes from which some node in ``targets`` can be reached (targets included)."""
    parents: dict[str, list[str]] = defaultdict(list)
    for a, b in edges:
        parents[b].append(a)
    known = set(node_ids)
    seen = {t for t in targets if t in known}
    queue = deque(seen)
    while queue:
        n = queue.popleft()
        for p in parents[n]:
            if p not in seen:
                seen.add(p)
                queue.append(p)
    return seen
