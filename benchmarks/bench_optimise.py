"""Benchmark of the optimiser: variables, constraints and time per solve.

Run from a checkout::

    python benchmarks/bench_optimise.py            # all cases
    python benchmarks/bench_optimise.py --quick    # skip the 100-reservoir chain

Cases: the default Syr Darya scenario over one water year (monthly and dekad), ten years
monthly, a synthetic chain of 100 reservoirs over 120 months, and a 20-point Pareto sweep.
Targets: one water year monthly under 100 ms, ten years monthly under 2 s. Each case is run
once to warm up (numba compilation, imports) and then timed as the best of a few runs.
"""

from __future__ import annotations

import argparse
import time
from dataclasses import fields, replace
from datetime import date

import numpy as np

from waterplanner.engine.optimise import optimise, pareto_front
from waterplanner.model import (
    DemandNode, InflowNode, InflowSet, LevelAreaVolume, Link, Metadata, ReservoirNode,
    Scenario, SinkNode, Step, TimeBase, load_shipped_scenario,
)
from waterplanner.model.nodes import HydropowerPlant


def _map_series(scenario: Scenario, time: TimeBase, f) -> Scenario:
    """Apply ``f`` to every per-period series of a scenario and give it a new time base."""
    t = scenario.time.periods

    def conv(v):
        if isinstance(v, tuple) and len(v) == t and all(isinstance(x, float) for x in v):
            return tuple(float(x) for x in f(np.asarray(v)))
        if isinstance(v, dict) and v and all(isinstance(x, tuple) and len(x) == t
                                             for x in v.values()):
            return {k: conv(x) for k, x in v.items()}
        return v

    nodes = tuple(replace(n, **{fl.name: conv(getattr(n, fl.name)) for fl in fields(n)
                                if fl.name not in ("id", "name")}) for n in scenario.nodes)
    return replace(scenario, time=time, nodes=nodes,
                   release_schedules={k: conv(v) for k, v in scenario.release_schedules.items()})


def repeat_years(scenario: Scenario, years: int) -> Scenario:
    """The same water year repeated (a ten-year monthly horizon)."""
    time = scenario.time.with_periods(scenario.time.periods * years)
    return _map_series(scenario, time, lambda a: np.tile(a, years))


def to_dekads(scenario: Scenario) -> Scenario:
    """A monthly scenario on a dekad step: volumes and depths split by days per dekad."""
    time = TimeBase(Step.DEKAD, scenario.time.start, scenario.time.periods * 3,
                    scenario.time.water_year_start_month)
    days = np.asarray(time.days, dtype=float).reshape(-1, 3)
    share = days / days.sum(axis=1, keepdims=True)

    def split(a: np.ndarray) -> np.ndarray:
        return (a[:, None] * share).reshape(-1)

    s = _map_series(scenario, time, split)
    # storage limits per period (flood curves) are levels, not volumes per period: repeat
    nodes = []
    for old, new in zip(scenario.nodes, s.nodes):
        if isinstance(old, ReservoirNode) and old.flood_control_mcm is not None:
            new = replace(new, flood_control_mcm=tuple(np.repeat(old.flood_control_mcm, 3)))
        nodes.append(new)
    return replace(s, nodes=tuple(nodes))


def chain(n_reservoirs: int, periods: int, seed: int = 0) -> Scenario:
    """A headwater source, then reservoirs in series, each with a tributary, a demand and
    its return flow (invented numbers of plausible size)."""
    time = TimeBase(Step.MONTH, date(2025, 10, 1), periods)
    rng = np.random.default_rng(seed)
    seasonal = 1.0 + 0.8 * np.sin(2 * np.pi * (np.asarray(time.months) - 4) / 12.0)
    inflow = tuple(float(x) for x in time.m3s_to_mcm(300.0 * seasonal *
                                                     rng.uniform(0.8, 1.2, periods)))
    evap = tuple(float(x) for x in 20.0 + 60.0 * np.maximum(seasonal - 1.0, 0.0))
    demand = tuple(float(x) for x in time.m3s_to_mcm(40.0 * np.maximum(seasonal - 0.6, 0.0)))
    release = tuple(float(x) for x in time.m3s_to_mcm(np.full(periods, 250.0)))
    lateral = tuple(float(x) for x in time.m3s_to_mcm(12.0 * seasonal))
    nodes: list = [InflowNode(id="source", name="Source", inflow_mcm={"median": inflow})]
    links: list[Link] = []
    up = "source"
    for k in range(n_reservoirs):
        rid, did = f"res{k:03d}", f"dem{k:03d}"
        nodes.append(InflowNode(id=f"lat{k:03d}", name=f"Tributary {k}",
                                inflow_mcm={"median": lateral}))
        links.append(Link(id=f"t{k:03d}", source=f"lat{k:03d}", target=rid))
        nodes.append(ReservoirNode(
            id=rid, name=f"Reservoir {k}", capacity_mcm=2000.0, dead_storage_mcm=200.0,
            initial_storage_mcm=1000.0,
            lav=LevelAreaVolume(level_m=(300.0, 320.0, 335.0, 345.0),
                                area_km2=(10.0, 40.0, 70.0, 90.0),
                                volume_mcm=(0.0, 500.0, 1200.0, 2000.0)),
            evaporation_mm=evap, min_release_m3s=20.0, max_release_m3s=2000.0,
            hydropower=HydropowerPlant(turbine_capacity_m3s=400.0, installed_mw=120.0,
                                       efficiency=0.88, tailwater_level_m=290.0)))
        nodes.append(DemandNode(id=did, name=f"Demand {k}", demand_mcm=demand,
                                return_fraction=0.2))
        links += [Link(id=f"l{k:03d}", source=up, target=rid),
                  Link(id=f"i{k:03d}", source=rid, target=did)]
        up = rid
    nodes.append(SinkNode(id="outlet", name="Outlet"))
    links.append(Link(id="l_end", source=up, target="outlet"))
    for k in range(n_reservoirs):
        nxt = f"res{k + 1:03d}" if k + 1 < n_reservoirs else "outlet"
        links.append(Link(id=f"r{k:03d}", source=f"dem{k:03d}", target=nxt))
    return Scenario(metadata=Metadata(name=f"chain of {n_reservoirs}"), time=time,
                    inflow_sets=(InflowSet(name="median"),), nodes=tuple(nodes),
                    links=tuple(links),
                    release_schedules={f"res{k:03d}": release for k in range(n_reservoirs)})


def bench(name: str, scenario: Scenario, repeats: int = 3, warm_up: bool = True) -> None:
    if warm_up:
        optimise(scenario)
    best = np.inf
    r = None
    for _ in range(repeats):
        t0 = time.perf_counter()
        r = optimise(scenario)
        best = min(best, time.perf_counter() - t0)
    assert r is not None
    per_lp = r.lp_seconds / r.iterations
    print(f"{name:34s} {r.n_variables:8d} {r.n_constraints:8d} {r.iterations:4d} "
          f"{per_lp * 1000:10.1f} {best * 1000:10.1f}   "
          f"self-check {r.self_check.max_storage_diff_mcm:.1e} Mm³")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="skip the 100-reservoir chain")
    args = ap.parse_args()
    base = load_shipped_scenario()
    print(f"{'case':34s} {'vars':>8s} {'rows':>8s} {'LPs':>4s} {'ms per LP':>10s} "
          f"{'ms total':>10s}")
    bench("Syr Darya, 1 water year, monthly", base, 5)
    bench("Syr Darya, 1 water year, dekad", to_dekads(base))
    bench("Syr Darya, 10 years, monthly", repeat_years(base, 10))
    if not args.quick:
        bench("chain 100 reservoirs x 120 months", chain(100, 120), 1, warm_up=False)
    pareto_front(base, "shortfall", "lake_inflow:north_aral", 3)  # warm-up
    t0 = time.perf_counter()
    front = pareto_front(base, "shortfall::summer", "energy:toktogul:winter", 20)
    dt = time.perf_counter() - t0
    print(f"{'Pareto sweep, 20 points (energy)':34s} {'':8s} {'':8s} {front.lp_count:4d} "
          f"{dt / max(front.lp_count, 1) * 1000:10.1f} {dt * 1000:10.1f}")
    t0 = time.perf_counter()
    front = pareto_front(base, "shortfall", "lake_inflow:north_aral", 20, inflow_set="dry")
    dt = time.perf_counter() - t0
    print(f"{'Pareto sweep, 20 points (linear)':34s} {'':8s} {'':8s} {front.lp_count:4d} "
          f"{dt / max(front.lp_count, 1) * 1000:10.1f} {dt * 1000:10.1f}")


if __name__ == "__main__":
    main()
