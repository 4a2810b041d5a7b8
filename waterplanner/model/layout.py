"""Where the nodes are drawn on the schematic: presentation, not hydrology.

A :class:`Layout` maps node ids to positions in schematic units (y grows downwards, so the
headwaters sit at small y). It is kept apart from the nodes so that moving a node on the
drawing leaves the network itself (its nodes, links and time base) the very same objects:
nothing is recompiled, revalidated or re-simulated for a drag.

A node without a stored position is drawn at a default place (:meth:`Layout.placed`); a
scenario with no positions at all, or with nodes on top of each other, is drawn with an
automatic layout from the headwaters down (:func:`drawing_positions`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from types import MappingProxyType

from waterplanner.model.network import topological_order

Position = tuple[float, float]
"""(x, y) in schematic units."""

ROW_GAP = 78.0
"""Vertical distance between two rows of an automatic layout, and below the lowest node for a
node placed by default."""
COLUMN_GAP = 230.0
"""Horizontal distance between two nodes of one row of an automatic layout."""


class Layout(Mapping[str, Position]):
    """Node id → position on the schematic; immutable (every change makes a new layout).

    Two layouts are equal when they hold the same positions, whatever their order.
    """

    __slots__ = ("_positions",)

    def __init__(self, positions: Mapping[str, Position] | Iterable[tuple[str, Position]] = ()
                 ) -> None:
        items = positions.items() if isinstance(positions, Mapping) else positions
        self._positions: Mapping[str, Position] = MappingProxyType(
            {str(k): (float(x), float(y)) for k, (x, y) in items})

    # --- the mapping ---------------------------------------------------------------------
    def __getitem__(self, node_id: str) -> Position:
        return self._positions[node_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self._positions)

    def __len__(self) -> int:
        return len(self._positions)

    def __hash__(self) -> int:
        return hash(frozenset(self._positions.items()))

    def __repr__(self) -> str:
        return f"Layout({dict(self._positions)!r})"

    # --- look-ups ------------------------------------------------------------------------
    def position(self, node_id: str) -> Position | None:
        """The stored position of a node, or None if it has none."""
        return self._positions.get(node_id)

    def placed(self, node_ids: Sequence[str]) -> dict[str, Position]:
        """A position for every node of ``node_ids``: its stored one, or, for a node
        without one, a row below the lowest node so far, under the node before it."""
        out: dict[str, Position] = {}
        shown = set(node_ids)
        ys = [y for nid, (_, y) in self._positions.items() if nid in shown]
        lowest = max(ys) if ys else None
        x_before = 0.0
        for nid in node_ids:
            pos = self._positions.get(nid)
            if pos is None:
                lowest = 0.0 if lowest is None else lowest + ROW_GAP
                pos = (x_before, lowest)
            out[nid] = pos
            x_before = pos[0]
        return out

    # --- changes -------------------------------------------------------------------------
    def moved(self, positions: Mapping[str, Position]) -> Layout:
        """A copy with these nodes at these positions (others unchanged)."""
        new = dict(self._positions)
        new.update({k: (float(x), float(y)) for k, (x, y) in positions.items()})
        return Layout(new)

    def without(self, node_ids: Iterable[str]) -> Layout:
        """A copy without the positions of these nodes."""
        gone = set(node_ids)
        return Layout({k: v for k, v in self._positions.items() if k not in gone})


def automatic_positions(node_ids: Sequence[str], edges: Iterable[tuple[str, str]]
                        ) -> dict[str, Position]:
    """Positions for a network drawn without a layout: headwaters at the top, one row per
    depth below them, nodes of one row side by side in file order."""
    edge_list = list(edges)
    order = topological_order(node_ids, edge_list) or list(node_ids)
    parents: dict[str, list[str]] = defaultdict(list)
    for a, b in edge_list:
        parents[b].append(a)
    depth: dict[str, int] = {}
    for nid in order:
        depth[nid] = 1 + max((depth.get(p, -1) for p in parents[nid]), default=-1)
    column: dict[int, int] = defaultdict(int)
    pos: dict[str, Position] = {}
    for nid in order:
        d = depth[nid]
        pos[nid] = (column[d] * COLUMN_GAP, d * ROW_GAP)
        column[d] += 1
    return pos


def needs_automatic(node_ids: Sequence[str], layout: Layout) -> bool:
    """Whether the stored layout cannot be used: no node has a position, or two nodes would
    be drawn on top of each other."""
    if len(node_ids) < 2:
        return False
    if not any(nid in layout for nid in node_ids):
        return True
    spots = {(round(x), round(y)) for x, y in layout.placed(node_ids).values()}
    return len(spots) < len(node_ids)


def drawing_positions(node_ids: Sequence[str], edges: Iterable[tuple[str, str]],
                      layout: Layout) -> dict[str, Position]:
    """Where to draw every node: the layout (completed with default places), or an automatic
    layout when the stored one cannot be used (:func:`needs_automatic`)."""
    if needs_automatic(node_ids, layout):
        return automatic_positions(node_ids, edges)
    return layout.placed(node_ids)
