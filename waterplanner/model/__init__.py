"""The scenario model: calendar, network, series, file format and validation (no Qt).

The names below are imported on first use (PEP 562), so importing one submodule, say
``waterplanner.model.problems``, does not load the whole model and numpy with it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from waterplanner.lazy_exports import lazy_exports

if TYPE_CHECKING:
    from waterplanner.model.document import (
        dumps_scenario,
        loads_scenario,
        parse_document,
        scenario_from_document,
        scenario_to_document,
        validate_scenario,
    )
    from waterplanner.model.fileio import load_scenario, load_shipped_scenario, save_scenario
    from waterplanner.model.lav import LevelAreaVolume
    from waterplanner.model.nodes import (
        DemandNode,
        HydropowerPlant,
        InflowNode,
        JunctionNode,
        MinFlowNode,
        NodeKind,
        ReservoirNode,
        SinkNode,
        TerminalLakeNode,
    )
    from waterplanner.model.problems import Problem, ScenarioError
    from waterplanner.model.scenario import InflowSet, Link, Metadata, Scenario
    from waterplanner.model.timebase import Step, TimeBase
    from waterplanner.model.validation import validate_document

_WHERE = {
    "dumps_scenario": "document", "loads_scenario": "document", "parse_document": "document",
    "scenario_from_document": "document", "scenario_to_document": "document",
    "validate_scenario": "document",
    "load_scenario": "fileio", "load_shipped_scenario": "fileio", "save_scenario": "fileio",
    "LevelAreaVolume": "lav",
    "DemandNode": "nodes", "HydropowerPlant": "nodes", "InflowNode": "nodes",
    "JunctionNode": "nodes", "MinFlowNode": "nodes", "NodeKind": "nodes",
    "ReservoirNode": "nodes", "SinkNode": "nodes", "TerminalLakeNode": "nodes",
    "Problem": "problems", "ScenarioError": "problems",
    "InflowSet": "scenario", "Link": "scenario", "Metadata": "scenario", "Scenario": "scenario",
    "Step": "timebase", "TimeBase": "timebase",
    "validate_document": "validation",
}

__all__ = [
    "DemandNode", "HydropowerPlant", "InflowNode", "InflowSet", "JunctionNode", "LevelAreaVolume",
    "Link", "Metadata", "MinFlowNode", "NodeKind", "Problem", "ReservoirNode", "Scenario",
    "ScenarioError", "SinkNode", "Step", "TerminalLakeNode", "TimeBase", "dumps_scenario",
    "load_scenario", "load_shipped_scenario", "loads_scenario", "parse_document",
    "save_scenario", "scenario_from_document", "scenario_to_document", "validate_document",
    "validate_scenario",
]


__getattr__, __dir__ = lazy_exports(__name__, _WHERE, globals())
