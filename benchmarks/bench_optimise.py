"""Benchmark of the optimiser: variables, constraints and time per solve.

Run from a checkout::

    python benchmarks/bench_optimise.py            # all cases
    python benchmarks/bench_optimise.py --quick    # skip the 100-reservoir chain

Cases: the default Syr Darya scenario over one water year (monthly and dekad) and ten years
monthly, each with the linear default objective (shortfall and minimum-flow deficits) and
with the scenario's own objective (energy mode: with Kyrgyz winter energy, so successive
LP); the same year with the version-2 elements the optimiser handles (run-of-river plants on
the lower Naryn, a shared Fergana demand, seasonal channel capacity below Shardara, country
limits, fair sharing, the proportional policy); a synthetic chain of 100 reservoirs over 120
months; and Pareto sweeps. All with the protective defaults (carry-over, regularisation). Targets: one water year monthly under
100 ms, ten years monthly under 2 s (linear objective). Each case is run once to warm up
(numba compilation, imports) and then timed as the best of a few runs.
"""

from __future__ import annotations

import argparse
import time
from dataclasses import replace

import numpy as np

from waterplanner.engine import simulate
from waterplanner.engine.optimise import optimise, pareto_front
from waterplanner.engine.seasons import season_spans, season_sums
from waterplanner.model import Scenario, load_shipped_scenario
from waterplanner.model.countries import Country, Season
from waterplanner.model.horizon import monthly_to_dekads, repeat_years
from waterplanner.model.nodes import DemandNode
from waterplanner.model.objectives import (
    DEFAULT_OBJECTIVES,
    CountryLimit,
    Energy,
    FairShortfall,
    OptimisationSpec,
    Shortfall,
)
from waterplanner.model.objectives_document import optimisation_spec, with_optimisation_spec
from waterplanner.model.scenario import AllocationPolicy
from waterplanner.model.synthetic import reservoir_chain


def linear(scenario: Scenario) -> OptimisationSpec:
    """The scenario's section with the default (linear) objective."""
    return replace(optimisation_spec(scenario), objectives=DEFAULT_OBJECTIVES)


def version_two(base: Scenario) -> Scenario:
    """The default scenario with version-2 elements, for timing: the lower Naryn cascade (as
    shipped), Fergana shared UZ/KG/TJ, 650 m³/s below Shardara in winter and 900 in
    summer, Uzbek and Kazakh limits at 95 % of the planned withdrawals, the proportional
    policy, and an objective with Kyrgyz energy, fair sharing and the Uzbek limit (soft)."""
    winter = base.time.is_winter
    links = tuple(replace(lk, capacity_m3s=tuple(650.0 if w else 900.0 for w in winter))
                  if lk.id == "shardara__shardara_tail" else lk for lk in base.links)
    nodes = tuple(replace(n, country_shares={"UZ": 0.6, "KG": 0.25, "TJ": 0.15})
                  if isinstance(n, DemandNode) and n.id == "fergana" else n for n in base.nodes)
    s = replace(base, links=links, nodes=nodes, allocation=AllocationPolicy.PROPORTIONAL)
    r = simulate(s)
    spans = season_spans(s.time)
    countries = []
    for code in ("UZ", "KZ"):
        share = np.array([n.shares().get(code, 0.0) if isinstance(n, DemandNode) else 0.0
                          for n in s.nodes])
        used = season_sums(share @ np.asarray(r.withdrawal_mcm[0]), spans)
        by = {sp.season: 0.95 * float(u) for sp, u in zip(spans, used)}
        countries.append(Country(code=code, vegetation_limit_mcm=by.get(Season.VEGETATION),
                                 non_vegetation_limit_mcm=by.get(Season.NON_VEGETATION)))
    s = replace(s, countries=tuple(countries))
    spec = replace(optimisation_spec(base),
                   objectives=(Shortfall(), Energy(country="KG", season="winter", weight=1e-3),
                               FairShortfall(weight=10.0)),
                   constraints=optimisation_spec(base).constraints + (
                       CountryLimit(country="UZ", hard=False, penalty=5.0),
                       CountryLimit(country="KZ", season="vegetation")))
    return with_optimisation_spec(s, spec)


def bench(name: str, scenario: Scenario, repeats: int = 3, warm_up: bool = True,
          spec: OptimisationSpec | None = None) -> None:
    if warm_up:
        optimise(scenario, spec)
    best = np.inf
    r = None
    for _ in range(repeats):
        t0 = time.perf_counter()
        r = optimise(scenario, spec)
        best = min(best, time.perf_counter() - t0)
    assert r is not None
    per_lp = r.lp_seconds / r.iterations
    print(f"{name:38s} {r.n_variables:8d} {r.n_constraints:8d} {r.iterations:4d} "
          f"{per_lp * 1000:10.1f} {best * 1000:10.1f}   "
          f"self-check {r.self_check.max_storage_diff_mcm:.1e} Mm³")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="skip the 100-reservoir chain")
    args = ap.parse_args()
    base = load_shipped_scenario()
    print(f"{'case':38s} {'vars':>8s} {'rows':>8s} {'LPs':>4s} {'ms per LP':>10s} "
          f"{'ms total':>10s}")
    dekad, ten = monthly_to_dekads(base), repeat_years(base, 10)
    bench("Syr Darya, 1 year monthly, linear", base, 5, spec=linear(base))
    bench("Syr Darya, 1 year monthly, energy", base, 3)
    bench("Syr Darya, 1 year monthly, version 2", version_two(base), 3)
    bench("Syr Darya, 1 year dekad, linear", dekad, spec=linear(dekad))
    bench("Syr Darya, 1 year dekad, energy", dekad)
    bench("Syr Darya, 10 years monthly, linear", ten, spec=linear(ten))
    bench("Syr Darya, 10 years monthly, energy", ten, 1)
    if not args.quick:
        bench("chain 100 reservoirs x 120 months",
              reservoir_chain(100, 120, tributaries=True), 1, warm_up=False)
    pareto_front(base, "shortfall", "lake_inflow:north_aral", 3)  # warm-up
    for label, a, b, n, inflows in (
            ("Pareto 20 pts shortfall/lake, median", "shortfall", "lake_inflow:north_aral",
             20, "median"),
            ("Pareto 20 pts shortfall/lake, dry", "shortfall", "lake_inflow:north_aral", 20,
             "dry"),
            ("Pareto 10 pts shortfall/winter energy", "shortfall", "energy::winter", 10,
             "median")):
        t0 = time.perf_counter()
        front = pareto_front(base, a, b, n, inflow_set=inflows)
        dt = time.perf_counter() - t0
        print(f"{label:38s} {len(front.points):8d} {'':8s} {front.lp_count:4d} "
              f"{dt / max(front.lp_count, 1) * 1000:10.1f} {dt * 1000:10.1f}"
              + ("   no trade-off" if front.no_tradeoff else ""))


if __name__ == "__main__":
    main()
