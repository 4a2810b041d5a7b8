"""Simulation speed: prints microseconds per time step and node-periods per second.

Run: ``python benchmarks/bench_simulate.py`` (add ``--quick`` for a shorter run).

Cases: the default Syr Darya scenario (one water year, monthly and dekad); synthetic chains of
3, 10, 30 and 100 reservoirs with a demand below each, over 120 months and 36 500 days; an
ensemble of 1 000 inflow members × the default scenario × 120 months. Each figure is the best
of several runs after a warm-up (the first call loads the compiled kernel). "simulate" is the
mass-balance run; "+ summary" adds levels, energy, shortfalls and the balance check.
For scale, Pywr (an LP per time step) was measured on this kind of machine at about 110 µs per
monthly step on a 3-reservoir chain and 450-730 µs per step on a 100-reservoir chain.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable

import numpy as np

from waterplanner.engine import simulate
from waterplanner.model import Step, load_shipped_scenario
from waterplanner.model.horizon import monthly_to_dekads, repeat_years
from waterplanner.model.synthetic import reservoir_chain

PYWR_US_PER_STEP = {3: 110.0, 100: 450.0}


def best_of(fn: Callable[[], object], repeats: int) -> float:
    """Best wall time of ``repeats`` calls, in seconds, after one warm-up call."""
    fn()
    best = float("inf")
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def row(label: str, seconds: float, periods: int, nodes: int, members: int = 1,
        with_summary: float | None = None, pywr: float | None = None) -> None:
    us_step = seconds / periods * 1e6
    rate = nodes * periods * members / seconds
    extra = f"  (+ summary {with_summary * 1e3:8.2f} ms)" if with_summary is not None else ""
    vs = f"  {pywr / us_step:6.0f}× Pywr" if pywr else ""
    print(f"{label:44s} {seconds * 1e3:9.3f} ms {us_step:9.2f} µs/step "
          f"{rate / 1e6:8.1f} M node-periods/s{vs}{extra}")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--quick", action="store_true", help="fewer repeats, skip the largest case")
    args = p.parse_args(argv)
    reps = 3 if args.quick else 10
    print(f"python {sys.version.split()[0]}, numpy {np.__version__}")

    default = load_shipped_scenario()
    n_default = len(default.nodes)
    t = best_of(lambda: simulate(default), reps * 10)
    ts = best_of(lambda: simulate(default).summary(), reps * 10)
    row(f"default scenario, {default.time.periods} months", t, default.time.periods, n_default,
        with_summary=ts)
    dek = monthly_to_dekads(default)
    t = best_of(lambda: simulate(dek), reps * 10)
    ts = best_of(lambda: simulate(dek).summary(), reps * 10)
    row(f"default scenario, {dek.time.periods} dekads", t, dek.time.periods, n_default,
        with_summary=ts)

    for n in (3, 10, 30, 100):
        for periods, step in ((120, Step.MONTH), (36_500, Step.DAY)):
            if args.quick and n == 100 and step is Step.DAY:
                continue
            s = reservoir_chain(n, periods, step)
            r = 1 if periods > 1000 and n >= 30 else reps
            t = best_of(lambda s=s: simulate(s), r)
            ts = best_of(lambda s=s: simulate(s).summary(), r)
            row(f"chain of {n:3d} reservoirs, {periods} {step.value}s", t, periods, len(s.nodes),
                with_summary=ts, pywr=PYWR_US_PER_STEP.get(n) if step is Step.MONTH else None)

    long = repeat_years(default, 10)
    rng = np.random.default_rng(2026)
    members = 1000
    inflows = {}
    for n in long.nodes:
        if hasattr(n, "inflow_mcm"):
            series = np.asarray(n.inflow_mcm[long.inflow_set_names[0]])
            inflows[n.id] = series[None, :] * rng.lognormal(0.0, 0.25, (members, 1))
    t = best_of(lambda: simulate(long, inflows=inflows), 3)
    row(f"ensemble {members} members × default × 120 months", t, 120, len(long.nodes), members)
    r = simulate(long, inflows=inflows)
    print(f"  ensemble mass balance ok: {r.mass_balance().ok}; "
          f"{t / (members * 120 * len(long.nodes)) * 1e9:.1f} ns per member-node-period")
    return 0


if __name__ == "__main__":
    sys.exit(main())
