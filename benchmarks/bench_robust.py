"""Benchmark of the robust optimiser: size of the K-copy LP, iterations, time, and how the
schedules fare on members the LP never saw.

Run from a checkout::

    python benchmarks/bench_robust.py                    # K = 20, 50, 100; mean and CVaR 90 %
    python benchmarks/bench_robust.py --members 20 50    # some K only
    python benchmarks/bench_robust.py --risk cvar        # one measure only

The default Syr Darya scenario (energy mode, one water year, monthly), its default ensemble
generator with seed 7: members 0 … K−1 in-sample, the next 200 out-of-sample. For each run:
rows, columns and non-zeros of the last LP, LPs solved, time building and solving LPs and in
all (including the deterministic optimum and the out-of-sample simulations), the self-check,
and out of sample the CVaR 90 % of the objective and of Kyzylorda's shortfall over the
horizon, and the members in which a hard requirement is broken — input schedule,
deterministic optimum (median year), robust schedule. The first run also warms up (numba,
imports), so its time is a little higher.
"""

from __future__ import annotations

import argparse
import time

from waterplanner.engine.optimise import (
    OptimisationError,
    RiskMeasure,
    RobustSettings,
    optimise_robust,
)
from waterplanner.engine.optimise.robust import DETERMINISTIC, INPUT, ROBUST
from waterplanner.model import load_shipped_scenario

SEED = 7
TEST_MEMBERS = 200


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--members", type=int, nargs="+", default=[20, 50, 100])
    ap.add_argument("--risk", choices=("mean", "cvar", "both"), default="both")
    args = ap.parse_args()
    scenario = load_shipped_scenario()
    risks = {"mean": [RiskMeasure("mean", 0.0)], "cvar": [RiskMeasure("cvar", 0.9)],
             "both": [RiskMeasure("mean", 0.0), RiskMeasure("cvar", 0.9)]}[args.risk]
    print(f"{scenario.metadata.name}: {scenario.time.periods} periods; seed {SEED}, "
          f"{TEST_MEMBERS} out-of-sample members")
    print("| K | measure | rows | columns | non-zeros | LPs | LP s | total s | self-check "
          "| OOS CVaR 90 % objective: input / determ. / robust "
          "| OOS CVaR 90 % Kyzylorda shortfall Mm³: input / determ. / robust "
          "| OOS members broken: input / determ. / robust |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for k in args.members:
        for risk in risks:
            t0 = time.perf_counter()
            try:
                r = optimise_robust(scenario, RobustSettings(
                    members=k, risk=risk, test_members=TEST_MEMBERS, seed=SEED))
            except OptimisationError as e:
                total = time.perf_counter() - t0
                print(f"| {k} | {risk.text} | | | | | | {total:.1f} | no schedule: "
                      f"{str(e).splitlines()[0][:90]} | | | |", flush=True)
                continue
            total = time.perf_counter() - t0
            oos = r.out_of_sample
            assert oos is not None
            rows = [oos.row(x) for x in (INPUT, DETERMINISTIC, ROBUST)]
            obj = " / ".join(f"{x.cvar:,.0f}" for x in rows)
            kyz = " / ".join(f"{x.demand('kyzylorda').cvar_shortfall_mcm:,.0f}" for x in rows)
            broken = " / ".join(str(x.broken) for x in rows)
            check = "passed" if r.self_checks_passed else \
                f"not passed in {sum(not c.passed for c in r.self_checks)} of {k}"
            print(f"| {k} | {risk.text} | {r.n_constraints:,} | {r.n_variables:,} | "
                  f"{r.n_nonzeros:,} | {r.iterations} | {r.lp_seconds:.1f} | {total:.1f} | "
                  f"{check} | {obj} | {kyz} | {broken} |", flush=True)


if __name__ == "__main__":
    main()
