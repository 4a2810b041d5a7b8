"""Small ensembles for the robust optimiser, with robust schedules worked out by hand."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from tests.engine.optimise.opt_helpers import PLAIN, reservoir, scenario
from waterplanner.model import (
    DemandNode,
    InflowNode,
    InflowSet,
    JunctionNode,
    Scenario,
    SinkNode,
)
from waterplanner.model.ensembles import Ensemble, MembersSource
from waterplanner.model.nodes import InflowNode as _Inflow


def dam_and_side_river(members: tuple[tuple[float, float], ...]) -> Scenario:
    """A dam holding 10 (no inflow of its own) releases to a confluence with a side river
    whose inflow is uncertain; a farm below the confluence asks 10 in each of two days.

    Member k brings ``members[k]`` on the side river. The dam's 10 is all there is to
    share between the days: with (r1, r2) released, r1 + r2 ≤ 10, and member k is short
    max(10 − r1 − q1, 0) + max(10 − r2 − q2, 0). The base inflow set brings 5 and 5."""
    nodes = [reservoir("dam", 100.0, 10.0, 2),
             InflowNode(id="side", name="Side river", inflow_mcm={"base": (5.0, 5.0)}),
             JunctionNode(id="confluence", name="Confluence"),
             DemandNode(id="farm", name="Farm", demand_mcm=(10.0, 10.0)),
             SinkNode(id="sea", name="Sea")]
    s = scenario(nodes, [("dam", "confluence"), ("side", "confluence"),
                         ("confluence", "farm"), ("confluence", "sea")],
                 {"dam": (5.0, 5.0)}, 2, PLAIN)
    src = MembersSource(inflow_mcm={"side": tuple(tuple(m) for m in members)})
    return replace(s, ensembles=(Ensemble(name="hand", label="Hand-made", source=src),))


def with_member_as_set(scenario_: Scenario, inflow: dict[str, np.ndarray], name: str
                       ) -> Scenario:
    """The scenario with one ensemble member as an ordinary inflow set ``name``."""
    nodes = tuple(replace(nd, inflow_mcm={**nd.inflow_mcm,
                                          name: tuple(float(v) for v in inflow[nd.id])})
                  if isinstance(nd, _Inflow) else nd for nd in scenario_.nodes)
    return replace(scenario_, nodes=nodes,
                   inflow_sets=scenario_.inflow_sets + (InflowSet(name=name),))
