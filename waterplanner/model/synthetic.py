"""Synthetic networks for benchmarks and tests: a chain of reservoirs with a demand below each.

The numbers are invented (plausible magnitudes for a mid-sized river); nothing here is data.
"""

from __future__ import annotations

from datetime import date

import numpy as np

from waterplanner.model.lav import LevelAreaVolume
from waterplanner.model.layout import Layout
from waterplanner.model.nodes import (
    DemandNode,
    HydropowerPlant,
    InflowNode,
    ReservoirNode,
    SinkNode,
)
from waterplanner.model.scenario import InflowSet, Link, Metadata, Scenario
from waterplanner.model.timebase import Step, TimeBase


def reservoir_chain(n_reservoirs: int, periods: int, step: Step = Step.MONTH,
                    seed: int = 0, tributaries: bool = False) -> Scenario:
    """A headwater inflow, then ``n_reservoirs`` reservoirs in series, each followed by a
    junction-free demand abstraction (with return flow to the next reservoir), ending in a sink.

    Every reservoir has a hydropower plant and evaporation from an interpolated area table,
    so a benchmark exercises the whole time step. With ``tributaries`` each reservoir also
    receives a small lateral inflow (so an optimiser has water to place at every dam).
    """
    time = TimeBase(Step(step), date(2025, 10, 1), periods)
    rng = np.random.default_rng(seed)
    seasonal = 1.0 + 0.8 * np.sin(2 * np.pi * (np.asarray(time.months) - 4) / 12.0)
    inflow_m3s = 300.0 * seasonal * rng.uniform(0.8, 1.2, periods)
    inflow = tuple(float(x) for x in time.m3s_to_mcm(inflow_m3s))
    evap = tuple(float(x) for x in 20.0 + 60.0 * np.maximum(seasonal - 1.0, 0.0)
                 * time.days / 30.0)
    nodes: list = [InflowNode(id="source", name="Source", inflow_mcm={"median": inflow})]
    positions: dict[str, tuple[float, float]] = {"source": (0.0, 0.0)}
    links: list[Link] = []
    schedules: dict[str, tuple[float, ...]] = {}
    upstream = "source"
    release = tuple(float(x) for x in time.m3s_to_mcm(np.full(periods, 250.0)))
    lateral = tuple(float(x) for x in time.m3s_to_mcm(12.0 * seasonal))
    for k in range(n_reservoirs):
        rid, did = f"res{k:03d}", f"dem{k:03d}"
        nodes.append(ReservoirNode(
            id=rid, name=f"Reservoir {k}", country="AA",
            capacity_mcm=2000.0, dead_storage_mcm=200.0, initial_storage_mcm=1000.0,
            lav=LevelAreaVolume(level_m=(300.0, 320.0, 335.0, 345.0),
                                area_km2=(10.0, 40.0, 70.0, 90.0),
                                volume_mcm=(0.0, 500.0, 1200.0, 2000.0)),
            evaporation_mm=evap, min_release_m3s=20.0, max_release_m3s=2000.0,
            hydropower=HydropowerPlant(turbine_capacity_m3s=400.0, installed_mw=120.0,
                                       efficiency=0.88, tailwater_level_m=290.0)))
        demand_m3s = 40.0 * np.maximum(seasonal - 0.6, 0.0)
        row_y = 100.0 * (2 * k + 1)
        positions[rid], positions[did] = (0.0, row_y), (150.0, row_y)
        nodes.append(DemandNode(id=did, name=f"Demand {k}", country="BB",
                                demand_mcm=tuple(float(x) for x in time.m3s_to_mcm(demand_m3s)),
                                priority=1, return_fraction=0.2))
        links.append(Link(id=f"l{k:03d}", source=upstream, target=rid))
        if tributaries:
            nodes.append(InflowNode(id=f"lat{k:03d}", name=f"Tributary {k}",
                                    inflow_mcm={"median": lateral}))
            positions[f"lat{k:03d}"] = (-150.0, row_y)
            links.append(Link(id=f"t{k:03d}", source=f"lat{k:03d}", target=rid))
        links.append(Link(id=f"i{k:03d}", source=rid, target=did))
        schedules[rid] = release
        upstream = rid
    nodes.append(SinkNode(id="outlet", name="Outlet"))
    positions["outlet"] = (0.0, 100.0 * (2 * n_reservoirs + 1))
    links.append(Link(id="l_end", source=upstream, target="outlet"))
    for k in range(n_reservoirs):
        nxt = f"res{k + 1:03d}" if k + 1 < n_reservoirs else "outlet"
        links.append(Link(id=f"r{k:03d}", source=f"dem{k:03d}", target=nxt))
    return Scenario(metadata=Metadata(name=f"Synthetic chain of {n_reservoirs} reservoirs",
                                      notes="Invented numbers for benchmarks and tests."),
                    time=time, inflow_sets=(InflowSet(name="median"),), nodes=tuple(nodes),
                    links=tuple(links), release_schedules=schedules, layout=Layout(positions))
