"""Keyboard geometry of the schematic: which node an arrow key goes to.

The schematic is drawn with positions stretched differently across and down, so directions
are judged on screen, as the planner sees them.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

DIRECTIONS: dict[str, tuple[float, float]] = {
    "left": (-1.0, 0.0), "right": (1.0, 0.0), "up": (0.0, -1.0), "down": (0.0, 1.0),
}
"""Screen directions (y grows downwards)."""

MAX_ANGLE_DEG = 70.0
"""A node counts as lying in a direction when it is within this angle of it."""


def neighbour(centres: Mapping[str, tuple[float, float]], current: str | None,
              direction: str) -> str | None:
    """The node an arrow key in ``direction`` moves to from ``current``.

    Among the nodes within :data:`MAX_ANGLE_DEG` of the direction, the one whose distance
    grows least with the angle off the direction (distance × (1 + 2·sin angle)): the next
    node straight ahead wins over a nearer one far off to the side. None when no node lies
    that way. Without a current node, the first node (the scenario's order) is the answer.
    """
    if not centres:
        return None
    if current is None or current not in centres:
        return next(iter(centres))
    dx, dy = DIRECTIONS[direction]
    x0, y0 = centres[current]
    limit = math.cos(math.radians(MAX_ANGLE_DEG))
    best: tuple[float, str] | None = None
    for nid, (x, y) in centres.items():
        if nid == current:
            continue
        vx, vy = x - x0, y - y0
        dist = math.hypot(vx, vy)
        if dist < 1e-9:
            continue
        cos = (vx * dx + vy * dy) / dist
        if cos < limit:
            continue
        sin = math.sqrt(max(0.0, 1.0 - cos * cos))
        score = dist * (1.0 + 2.0 * sin)
        if best is None or score < best[0]:
            best = (score, nid)
    return None if best is None else best[1]
