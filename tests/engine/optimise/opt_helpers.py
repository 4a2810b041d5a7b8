"""Small scenarios built in code, with optima that can be worked out by hand."""

from __future__ import annotations

from datetime import date

from waterplanner.model import (
    DemandNode,
    InflowNode,
    InflowSet,
    LevelAreaVolume,
    Link,
    Metadata,
    ReservoirNode,
    Scenario,
    SinkNode,
    Step,
    TerminalLakeNode,
    TimeBase,
)
from waterplanner.model.objectives import (
    DEFAULT_OBJECTIVES,
    REGULARISATION_OFF,
    CarryOver,
    OptimisationSpec,
)
from waterplanner.model.objectives_document import with_optimisation_spec

NO_CARRY_OVER = OptimisationSpec(objectives=DEFAULT_OBJECTIVES, carry_over=CarryOver(mode="off"))
"""The default objective without the default carry-over: the textbook problems below leave
nothing for a next horizon."""
PLAIN = OptimisationSpec(objectives=DEFAULT_OBJECTIVES, carry_over=CarryOver(mode="off"),
                         regularisation=REGULARISATION_OFF)
"""Neither default: the bare linear programme."""

FLAT = LevelAreaVolume(level_m=(0.0, 100.0), area_km2=(1.0, 1.0), volume_mcm=(0.0, 1000.0))


def m3s(mcm_per_day: float) -> float:
    """A volume per day (Mm³) as m³/s, so a daily time base gives it back exactly."""
    return mcm_per_day * 1e6 / 86400.0


def reservoir(rid: str, capacity: float, initial: float, periods: int, dead: float = 0.0,
              max_mcm: float | None = None) -> ReservoirNode:
    return ReservoirNode(id=rid, name=rid.capitalize(), capacity_mcm=capacity,
                         dead_storage_mcm=dead, initial_storage_mcm=initial, lav=FLAT,
                         evaporation_mm=(0.0,) * periods,
                         max_release_m3s=None if max_mcm is None else m3s(max_mcm))


def scenario(nodes: list, links: list[tuple[str, str]], schedules: dict[str, tuple[float, ...]],
             periods: int, spec: OptimisationSpec | None = None) -> Scenario:
    s = Scenario(metadata=Metadata(name="hand"), time=TimeBase(Step.DAY, date(2026, 4, 1), periods),
                 inflow_sets=(InflowSet(name="base"),), nodes=tuple(nodes),
                 links=tuple(Link(id=f"{a}__{b}", source=a, target=b) for a, b in links),
                 release_schedules=schedules)
    return with_optimisation_spec(s, spec) if spec is not None else s


def one_reservoir_two_periods(spec: OptimisationSpec | None = None) -> Scenario:
    """Inflow 10 + 10 into a reservoir holding 50 of 100, releasing at most 40 per period
    to a demand of 80 per period; what is not abstracted leaves to a sink."""
    nodes = [InflowNode(id="river", name="River", inflow_mcm={"base": (10.0, 10.0)}),
             reservoir("dam", 100.0, 50.0, 2, max_mcm=40.0),
             DemandNode(id="farm", name="Farm", demand_mcm=(80.0, 80.0)),
             SinkNode(id="sea", name="Sea")]
    return scenario(nodes, [("river", "dam"), ("dam", "farm"), ("dam", "sea")],
                    {"dam": (5.0, 5.0)}, 2, spec)


def cascade_one_demand(spec: OptimisationSpec | None = None) -> Scenario:
    """Upper (100 of 200 stored, no inflow) feeds Lower (empty, 50, local inflow 10 per
    period), which feeds one demand of 60 per period over three periods."""
    nodes = [InflowNode(id="side", name="Side river", inflow_mcm={"base": (10.0,) * 3}),
             reservoir("upper", 200.0, 100.0, 3), reservoir("lower", 50.0, 0.0, 3),
             DemandNode(id="city", name="City", demand_mcm=(60.0,) * 3),
             SinkNode(id="sea", name="Sea")]
    return scenario(nodes, [("upper", "lower"), ("side", "lower"), ("lower", "city"),
                            ("lower", "sea")], {"upper": (0.0,) * 3, "lower": (0.0,) * 3}, 3,
                    spec)


def demand_above_lake(spec: OptimisationSpec | None = None) -> Scenario:
    """A reservoir releasing to a demand and on to a terminal lake (for trade-offs)."""
    nodes = [InflowNode(id="river", name="River", inflow_mcm={"base": (30.0,) * 4}),
             reservoir("dam", 300.0, 100.0, 4, max_mcm=80.0),
             DemandNode(id="farm", name="Farm", demand_mcm=(50.0,) * 4),
             TerminalLakeNode(id="lake", name="Lake", initial_storage_mcm=500.0,
                              lav=LevelAreaVolume(level_m=(0.0, 10.0), area_km2=(1.0, 1.0),
                                                  volume_mcm=(0.0, 10000.0)),
                              evaporation_mm=(0.0,) * 4, precipitation_mm=(0.0,) * 4,
                              crest_level_m=9.0),
             SinkNode(id="sea", name="Sea")]
    return scenario(nodes, [("river", "dam"), ("dam", "farm"), ("dam", "lake"), ("lake", "sea")],
                    {"dam": (30.0,) * 4}, 4, spec)
