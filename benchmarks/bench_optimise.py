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

import numpy as np

from waterplanner.engine.optimise import optimise, pareto_front
from waterplanner.model import Scenario, load_shipped_scenario
from waterplanner.model.horizon import monthly_to_dekads, repeat_years
from waterplanner.model.synthetic import reservoir_chain


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
    bench("Syr Darya, 1 water year, dekad", monthly_to_dekads(base))
    bench("Syr Darya, 10 years, monthly", repeat_years(base, 10))
    if not args.quick:
        bench("chain 100 reservoirs x 120 months",
              reservoir_chain(100, 120, tributaries=True), 1, warm_up=False)
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
