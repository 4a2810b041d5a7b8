"""Every compiled kernel of the engine, loaded at once by a small network that takes every
path.

A kernel is compiled (or loaded from numba's cache on disk) the first time it is called in
a process. The kernels a run needs depend on the scenario — the allocation's loop only
runs with a demand-following reservoir, a replay only when a run records less, the node
flows only when someone reads them — so the first run of a scenario could leave kernels
that the next one needs uncompiled, and a window that waits for "every kernel compiled"
(``jit.all_compiled``) would wait for ever. :func:`load_every_kernel` runs a two-period
network with an inflow, a demand-following reservoir, a junction with two demands (one
returning at once, one through a drainage store split over two return links), a
minimum-flow node, a scheduled reservoir with a hydropower plant and a
terminal lake, once under each kind of run, and reads every result quantity.
"""

from __future__ import annotations

import threading
from datetime import date

from waterplanner.engine import jit

_loaded = False
_lock = threading.Lock()


def warm_up_network(demand_following: bool = True):  # type: ignore[no-untyped-def]
    """The small network (see the module docstring); ``demand_following=False`` puts its
    first reservoir on a schedule, so the whole run is the kernel's plain sweep."""
    from waterplanner.model.lav import LevelAreaVolume
    from waterplanner.model.nodes import (
        DemandNode,
        HydropowerPlant,
        InflowNode,
        JunctionNode,
        MinFlowNode,
        OperatingRule,
        ReservoirNode,
        RuleKind,
        SinkNode,
        TerminalLakeNode,
    )
    from waterplanner.model.scenario import InflowSet, Link, Metadata, Scenario
    from waterplanner.model.timebase import Step, TimeBase

    lav = LevelAreaVolume(level_m=(100.0, 120.0, 130.0), area_km2=(1.0, 10.0, 20.0),
                          volume_mcm=(0.0, 100.0, 300.0))
    rule = OperatingRule(kind=RuleKind.DEMAND_FOLLOWING if demand_following
                         else RuleKind.SCHEDULE)
    nodes = (
        InflowNode(id="river", name="River", inflow_mcm={"median": (40.0, 5.0)}),
        ReservoirNode(id="upper", name="Upper", capacity_mcm=300.0, dead_storage_mcm=10.0,
                      initial_storage_mcm=150.0, lav=lav, evaporation_mm=(20.0, 40.0),
                      rule=rule),
        JunctionNode(id="fork", name="Fork"),
        DemandNode(id="fields", name="Fields", demand_mcm=(15.0, 30.0), priority=1,
                   return_fraction=0.2),
        DemandNode(id="orchards", name="Orchards", demand_mcm=(5.0, 5.0), priority=2,
                   return_fraction=0.3, drainage_residence_periods=2.0,
                   drainage_initial_mcm=1.0),
        MinFlowNode(id="gauge", name="Gauge", required_mcm=(5.0, 5.0)),
        ReservoirNode(id="lower", name="Lower", capacity_mcm=300.0, dead_storage_mcm=10.0,
                      initial_storage_mcm=100.0, lav=lav, evaporation_mm=(20.0, 40.0),
                      hydropower=HydropowerPlant(turbine_capacity_m3s=50.0, installed_mw=20.0,
                                                 efficiency=0.9, tailwater_level_m=90.0)),
        TerminalLakeNode(id="lake", name="Lake", initial_storage_mcm=50.0, lav=lav,
                         evaporation_mm=(30.0, 30.0), precipitation_mm=(5.0, 5.0),
                         crest_level_m=110.0),
        SinkNode(id="sea", name="Sea"),
    )
    links = tuple(Link(id=f"{a}-{b}", source=a, target=b) for a, b in (
        ("river", "upper"), ("upper", "fork"), ("fork", "fields"), ("fields", "gauge"),
        ("fork", "gauge"), ("gauge", "lower"), ("lower", "lake"), ("lake", "sea"),
        ("fork", "orchards"), ("orchards", "gauge"), ("orchards", "sea")))
    return Scenario(metadata=Metadata(name="Kernel warm-up"),
                    time=TimeBase(Step.MONTH, date(2025, 10, 1), 2),
                    inflow_sets=(InflowSet(name="median"),), nodes=nodes, links=links,
                    release_schedules={"upper": (20.0, 20.0), "lower": (30.0, 30.0)})


def load_every_kernel() -> None:
    """Compile (or load) every kernel of the engine, once per process; a call from a thread
    that runs kernels as Python while they compile does nothing."""
    global _loaded
    if _loaded or jit.python_preferred():
        return
    with _lock:
        if _loaded:
            return
        _loaded = True
        from waterplanner.engine.results import LINK_QUANTITIES, NODE_QUANTITIES
        from waterplanner.engine.simulate import simulate
        for demand_following, record in ((True, "state"), (False, "all")):
            r = simulate(warm_up_network(demand_following), record=record)
            for q in NODE_QUANTITIES + LINK_QUANTITIES:
                getattr(r, q.name)
            r.mass_balance()
