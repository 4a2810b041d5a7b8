"""The scenario model: calendar, network, series, file format and validation (no Qt)."""

from waterplanner.model.document import (
    dumps_scenario, loads_scenario, parse_document, scenario_from_document,
    scenario_to_document, validate_scenario,
)
from waterplanner.model.fileio import load_scenario, load_shipped_scenario, save_scenario
from waterplanner.model.lav import LevelAreaVolume
from waterplanner.model.nodes import (
    DemandNode, HydropowerPlant, InflowNode, JunctionNode, MinFlowNode, NodeKind, ReservoirNode,
    SinkNode, TerminalLakeNode,
)
from waterplanner.model.problems import Problem, ScenarioError
from waterplanner.model.scenario import InflowSet, Link, Metadata, Scenario
from waterplanner.model.timebase import Step, TimeBase
from waterplanner.model.validation import validate_document

__all__ = [
    "DemandNode", "HydropowerPlant", "InflowNode", "InflowSet", "JunctionNode", "LevelAreaVolume",
    "Link", "Metadata", "MinFlowNode", "NodeKind", "Problem", "ReservoirNode", "Scenario",
    "ScenarioError", "SinkNode", "Step", "TerminalLakeNode", "TimeBase", "dumps_scenario",
    "load_scenario", "load_shipped_scenario", "loads_scenario", "parse_document",
    "save_scenario", "scenario_from_document", "scenario_to_document", "validate_document",
    "validate_scenario",
]
