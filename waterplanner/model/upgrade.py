"""Reading older scenario files: each format version's document upgraded to the next.

A document is validated in the form it was written (the validator knows every version this
program reads), then upgraded here, one version at a time, to the current form before the
scenario is built. Upgrades are pure functions of the parsed JSON document and only add or
move things, so an old file means exactly what it meant before: a version-1 scenario (every
reservoir on its release schedule, water taken upstream first) simulates to identical
results after the upgrade. Saving writes the current version.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from waterplanner.model.schema import FORMAT_VERSION


def _v1_to_v2(doc: dict[str, Any]) -> dict[str, Any]:
    """Version 2 added operating rules, allocation, time-varying limits, run-of-river plants,
    countries and energy exchanges, all optional with defaults that reproduce version 1:
    every reservoir on ``schedule``, allocation ``upstream_first``.

    It also moved the nodes' schematic positions (``x``, ``y``) out of the nodes into the
    ``layout`` section. A node that gave neither had no position of its own and gets none
    (it is drawn at a default place); one that gave only one of them had 0 for the other.
    """
    out = copy.copy(doc)
    out["version"] = 2
    out.setdefault("allocation", "upstream_first")
    nodes: list[dict[str, Any]] = []
    positions: dict[str, list[Any]] = {}
    for node in doc["nodes"]:
        if "x" in node or "y" in node:
            positions[node["id"]] = [node.get("x", 0.0), node.get("y", 0.0)]
            node = {k: v for k, v in node.items() if k not in ("x", "y")}
        nodes.append(node)
    out["nodes"] = nodes
    if positions:
        out["layout"] = {"nodes": positions}
    return out


UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _v1_to_v2}
"""The upgrade from each version to the next."""


def upgrade_document(doc: dict[str, Any]) -> dict[str, Any]:
    """A (valid) document of any version this program reads, in the current version's form;
    the input is not changed."""
    version = int(doc.get("version", FORMAT_VERSION))
    while version < FORMAT_VERSION:
        doc = UPGRADES[version](doc)
        version = int(doc["version"])
    return doc
