"""Where the names go on the schematic: label placement without collisions, as on a map.

Every node offers its label at a few levels of detail (its full name and country, its short
name; a reservoir or a demand also with its fill bar or shortfall badge under the name). The
placer tries eight positions around each node, in order of preference, and keeps the first
that overlaps no other label, no node symbol and stays inside the view, crossing as few links
as it can. Nodes are served by importance (the selected node, reservoirs, lakes and demands
short of water, other demands, inflows and sinks, junctions last): first everyone gets a
short name where one fits, then names grow to full length where there is room. A name that
fits nowhere is left out (its node keeps its tooltip, and zooming in brings it back), never
drawn over another.

Pure geometry in view pixels; no Qt.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

SHORT_NAME_CHARS = 28


@dataclass(frozen=True)
class Box:
    """An axis-aligned rectangle in view pixels."""

    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.y1 - self.y0

    def overlap(self, other: Box) -> float:
        """Area shared with ``other``."""
        w = min(self.x1, other.x1) - max(self.x0, other.x0)
        h = min(self.y1, other.y1) - max(self.y0, other.y0)
        return w * h if w > 0 and h > 0 else 0.0

    def outside(self, bounds: Box) -> float:
        """Area of this box that lies outside ``bounds``."""
        return self.width * self.height - self.overlap(bounds)

    def grown(self, d: float) -> Box:
        return Box(self.x0 - d, self.y0 - d, self.x1 + d, self.y1 + d)

    def crosses(self, a: tuple[float, float], b: tuple[float, float]) -> bool:
        """True when the segment a–b passes through the box (Liang–Barsky clipping)."""
        (x0, y0), (x1, y1) = a, b
        dx, dy = x1 - x0, y1 - y0
        t0, t1 = 0.0, 1.0
        for p, q in ((-dx, x0 - self.x0), (dx, self.x1 - x0), (-dy, y0 - self.y0),
                     (dy, self.y1 - y0)):
            if p == 0:
                if q < 0:
                    return False
                continue
            t = q / p
            if p < 0:
                if t > t1:
                    return False
                t0 = max(t0, t)
            else:
                if t < t0:
                    return False
                t1 = min(t1, t)
        return t0 <= t1


@dataclass(frozen=True)
class LabelOption:
    """One way of labelling a node: ``text`` on the first line of a ``width`` × ``height``
    block (taller when a bar or badge goes under the name); ``line_height`` is the first
    line's height."""

    level: str          # "full" or "short"
    text: str
    width: float
    height: float
    line_height: float
    extra: bool = False  # the block holds the bar or badge


@dataclass(frozen=True)
class NodeSpot:
    """A node as the placer sees it: centre and symbol half-size in view pixels, its label
    options from the most to the least detailed, and its importance (0 first)."""

    node_id: str
    x: float
    y: float
    half_w: float
    half_h: float
    options: tuple[LabelOption, ...]
    priority: int

    @property
    def symbol(self) -> Box:
        return Box(self.x - self.half_w, self.y - self.half_h, self.x + self.half_w,
                   self.y + self.half_h)


@dataclass(frozen=True)
class Placement:
    """Where a label went: the option used, the block in view pixels, the position's name
    (``right``, ``above-left``…) and how the text is aligned in the block."""

    option: LabelOption
    box: Box
    position: str
    align: str  # "left", "right" or "centre"


POSITIONS = ("right", "left", "below-right", "above-right", "below", "above", "below-left",
             "above-left")
GAP = 3.0
LINK_CROSSING_COST = 25.0


def candidate(spot: NodeSpot, option: LabelOption, position: str) -> tuple[Box, str]:
    """The block of ``option`` at ``position`` around ``spot`` and its text alignment."""
    w, h, lh = option.width, option.height, option.line_height
    cx, cy, hw, hh = spot.x, spot.y, spot.half_w, spot.half_h
    if position == "right":
        x0, y0, align = cx + hw + GAP, cy - lh / 2, "left"
    elif position == "left":
        x0, y0, align = cx - hw - GAP - w, cy - lh / 2, "right"
    elif position == "below":
        x0, y0, align = cx - w / 2, cy + hh + GAP / 2, "centre"
    elif position == "above":
        x0, y0, align = cx - w / 2, cy - hh - GAP / 2 - h, "centre"
    else:
        vertical, side = position.split("-")
        x0 = cx + hw * 0.6 if side == "right" else cx - hw * 0.6 - w
        y0 = cy + hh * 0.6 if vertical == "below" else cy - hh * 0.6 - h
        align = "left" if side == "right" else "right"
    return Box(x0, y0, x0 + w, y0 + h), align


class _Field:
    """What is already on the view: symbols, placed labels, links."""

    def __init__(self, spots: Sequence[NodeSpot],
                 links: Sequence[tuple[tuple[float, float], tuple[float, float]]],
                 bounds: Box | None) -> None:
        self.symbols = {s.node_id: s.symbol.grown(1.0) for s in spots}
        self.links = list(links)
        # each link with its bounding box: a link can only cross a block its box touches
        self._reach = [(min(a[0], b[0]), min(a[1], b[1]), max(a[0], b[0]), max(a[1], b[1]),
                        a, b) for a, b in self.links]
        self.bounds = bounds
        self.labels: dict[str, Box] = {}

    def fits(self, node_id: str, box: Box) -> bool:
        """True when ``box`` stays inside the view and clear of every other symbol and
        label (its own symbol: the positions keep clear of it by design)."""
        b = self.bounds
        if b is not None and (box.x0 < b.x0 or box.y0 < b.y0 or box.x1 > b.x1 or box.y1 > b.y1):
            return False
        x0, y0, x1, y1 = box.x0 - 0.5, box.y0 - 0.5, box.x1 + 0.5, box.y1 + 0.5
        for others in (self.symbols, self.labels):
            for nid, o in others.items():
                if nid != node_id and o.x0 < x1 and x0 < o.x1 and o.y0 < y1 and y0 < o.y1:
                    return False
        return True

    def crossings(self, box: Box) -> int:
        """How many links pass through ``box``."""
        x0, y0, x1, y1 = box.x0, box.y0, box.x1, box.y1
        return sum(1 for lx0, ly0, lx1, ly1, a, b in self._reach
                   if lx0 <= x1 and x0 <= lx1 and ly0 <= y1 and y0 <= ly1 and box.crosses(a, b))

    def best(self, spot: NodeSpot, options: Sequence[LabelOption]) -> Placement | None:
        """The cheapest collision-free placement of the first option that has one."""
        for option in options:
            found: tuple[float, Placement] | None = None
            for k, position in enumerate(POSITIONS):
                box, align = candidate(spot, option, position)
                if not self.fits(spot.node_id, box):
                    continue
                score = LINK_CROSSING_COST * self.crossings(box) + 2.0 * k
                if found is None or score < found[0]:
                    found = (score, Placement(option, box, position, align))
                if score == 0:
                    break
            if found is not None:
                return found[1]
        return None


def place_labels(spots: Sequence[NodeSpot],
                 links: Sequence[tuple[tuple[float, float], tuple[float, float]]],
                 bounds: Box | None) -> dict[str, Placement | None]:
    """A placement (or None: no room) for every node; see the module docstring."""
    field = _Field(spots, links, bounds)
    order = sorted(spots, key=lambda s: s.priority)
    result: dict[str, Placement | None] = {}
    # 1. a short name (with its bar or badge if there is room) for everyone who fits
    for spot in order:
        short = [o for o in spot.options if o.level == "short"] or list(spot.options[-1:])
        got = field.best(spot, short)
        result[spot.node_id] = got
        if got is not None:
            field.labels[spot.node_id] = got.box
    # 2. full names where they fit among the others
    for spot in order:
        full = [o for o in spot.options if o.level == "full"]
        now = result[spot.node_id]
        if not full or now is None:
            continue
        if now.option.extra:
            full = [o for o in full if o.extra] or full
        got = field.best(spot, full)
        if got is not None:
            result[spot.node_id] = got
            field.labels[spot.node_id] = got.box
    return result


def two_lines(text: str, width_of) -> str | None:
    """``text`` broken at the space that makes its longer line shortest (None for a single
    word)."""
    words = text.split()
    if len(words) < 2:
        return None
    best = min(range(1, len(words)),
               key=lambda k: max(width_of(" ".join(words[:k])), width_of(" ".join(words[k:]))))
    return " ".join(words[:best]) + "\n" + " ".join(words[best:])


def short_name(name: str, limit: int = SHORT_NAME_CHARS) -> str:
    """The first part of a name, as a planner would say it: "Naryn: inflow to Toktogul" →
    "Naryn", "Andijan (Kempir-Abad)" → "Andijan"; cut at a word and marked "…" when still
    longer than ``limit`` characters."""
    head = re.split(r"\s*[:(,;]\s*|\s+[-–—]\s+|\s+and\s+", name.strip(), maxsplit=1)[0]
    head = head.strip()
    if not head:
        head = name.strip()
    if len(head) <= limit:
        return head
    cut = head[:limit].rsplit(" ", 1)[0] if " " in head[:limit] else head[:limit - 1]
    return cut.rstrip(" ,;:-") + "…"
