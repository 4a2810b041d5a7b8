"""Concise construction of small scenarios for engine tests (all volumes in Mm³)."""

from __future__ import annotations

from datetime import date

from waterplanner.model import (
    DemandNode,
    InflowNode,
    InflowSet,
    JunctionNode,
    LevelAreaVolume,
    Link,
    Metadata,
    MinFlowNode,
    ReservoirNode,
    Scenario,
    SinkNode,
    Step,
    TerminalLakeNode,
    TimeBase,
    validate_scenario,
)

FLAT_LAV = LevelAreaVolume(level_m=(100.0, 200.0), area_km2=(0.0, 0.0), volume_mcm=(0.0, 1e6))


def inflow(nid: str, values: list[float], **kw) -> InflowNode:
    return InflowNode(id=nid, name=nid.title(), inflow_mcm={"median": tuple(map(float, values))},
                      **kw)


def reservoir(nid: str, periods: int, *, capacity: float = 100.0, dead: float = 0.0,
              initial: float = 50.0, lav: LevelAreaVolume = FLAT_LAV,
              evaporation_mm: float = 0.0, **kw) -> ReservoirNode:
    return ReservoirNode(id=nid, name=nid.title(), capacity_mcm=capacity, dead_storage_mcm=dead,
                         initial_storage_mcm=initial, lav=lav,
                         evaporation_mm=(float(evaporation_mm),) * periods, **kw)


def demand(nid: str, values: list[float], priority: int = 1, return_fraction: float = 0.0,
           **kw) -> DemandNode:
    return DemandNode(id=nid, name=nid.title(), demand_mcm=tuple(map(float, values)),
                      priority=priority, return_fraction=return_fraction, **kw)


def junction(nid: str, **kw) -> JunctionNode:
    return JunctionNode(id=nid, name=nid.title(), **kw)


def min_flow(nid: str, values: list[float]) -> MinFlowNode:
    return MinFlowNode(id=nid, name=nid.title(), required_mcm=tuple(map(float, values)))


def sink(nid: str = "sea") -> SinkNode:
    return SinkNode(id=nid, name=nid.title())


def lake(nid: str, periods: int, *, initial: float, lav: LevelAreaVolume, crest: float,
         evaporation_mm: float = 0.0, precipitation_mm: float = 0.0,
         max_outflow_m3s: float | None = None) -> TerminalLakeNode:
    return TerminalLakeNode(id=nid, name=nid.title(), initial_storage_mcm=initial, lav=lav,
                            evaporation_mm=(float(evaporation_mm),) * periods,
                            precipitation_mm=(float(precipitation_mm),) * periods,
                            crest_level_m=crest, max_outflow_m3s=max_outflow_m3s)


def link(a: str, b: str, **kw) -> Link:
    return Link(id=f"{a}__{b}", source=a, target=b, **kw)


def scenario(nodes: list, links: list[Link], schedules: dict[str, list[float]] | None = None,
             periods: int | None = None, step: Step = Step.MONTH,
             start: date = date(2025, 10, 1)) -> Scenario:
    """A validated scenario (raises AssertionError listing problems if invalid)."""
    if periods is None:
        periods = len(next(n for n in nodes if isinstance(n, InflowNode)).inflow_mcm["median"])
    s = Scenario(metadata=Metadata(name="test"), time=TimeBase(step, start, periods),
                 inflow_sets=(InflowSet(name="median"),), nodes=tuple(nodes), links=tuple(links),
                 release_schedules={k: tuple(map(float, v)) for k, v in (schedules or {}).items()})
    problems = validate_scenario(s)
    assert not problems, "\n".join(map(str, problems))
    return s
