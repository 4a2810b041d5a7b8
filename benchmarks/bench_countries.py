"""The per-country summary and run-of-river energy: time of the bookkeeping after a run.

Run from a checkout with the package installed::

    python benchmarks/bench_countries.py

Cases (best of several runs, each on a fresh ``Results``, so every derived quantity the
summary reads is computed inside the timing; the simulation itself is not timed):

* the default Syr Darya scenario without its run-of-river plants, one water year of months;
* the default as shipped, with the four run-of-river plants of the lower Naryn cascade, and
  a shared Fergana Valley, to time the plants' energy;
* an ensemble of 1 000 members of the default scenario (member mean);
* a chain of 100 reservoirs over 36 500 days (``reservoir_chain``).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from waterplanner.engine.results import Results


def best_of(run: Callable[[], Results], measure: Callable[[Results], object],
            repeats: int) -> float:
    """Best time of ``measure`` on a fresh result of ``run`` (whose time is not counted)."""
    best = float("inf")
    for _ in range(repeats):
        r = run()
        t0 = time.perf_counter()
        measure(r)
        best = min(best, time.perf_counter() - t0)
    return best


def without_run_of_river(scenario):  # type: ignore[no-untyped-def]
    """The scenario with no run-of-river plant on any link."""
    return replace(scenario, links=tuple(replace(lk, plants=()) for lk in scenario.links))


def with_naryn_cascade(scenario):  # type: ignore[no-untyped-def]
    """The default scenario (which carries the lower Naryn run-of-river plants) with the
    Fergana Valley shared by UZ, KG and TJ."""
    from waterplanner.model.nodes import DemandNode
    assert any(lk.plants for lk in scenario.links), "the default has the lower Naryn plants"
    fergana = scenario.node("fergana")
    assert isinstance(fergana, DemandNode)
    shared = replace(fergana, country_shares={"UZ": 0.75, "KG": 0.15, "TJ": 0.10})
    return scenario.with_node(shared)


def main() -> int:
    from waterplanner.engine.countries_summary import countries_summary
    from waterplanner.engine.simulate import simulate
    from waterplanner.model import Step, load_shipped_scenario
    from waterplanner.model.synthetic import reservoir_chain

    default = load_shipped_scenario()
    bare = without_run_of_river(default)
    cascade = with_naryn_cascade(default)
    naryn = np.asarray(default.node("naryn").inflow_mcm["median"])  # type: ignore[union-attr]
    rng = np.random.default_rng(0)
    ensemble = naryn[None, :] * rng.uniform(0.6, 1.4, (1000, 1))
    chain = reservoir_chain(100, 36_500, Step.DAY)
    cases = (("default without run-of-river", lambda: simulate(bare), 50),
             ("default, 4 run-of-river plants", lambda: simulate(cascade), 50),
             ("default, 1 000 members", lambda: simulate(default, inflows={"naryn": ensemble}),
              5),
             ("100 reservoirs x 36 500 days", lambda: simulate(chain), 3))
    print(f"{'case':34s} {'countries_summary':>18s} {'run-of-river energy':>20s}")
    for label, run, repeats in cases:
        summary = best_of(run, countries_summary, repeats)
        energy = best_of(run, lambda r: r.run_of_river_energy_mwh, repeats)
        print(f"{label:34s} {summary * 1000:15.2f} ms {energy * 1000:17.3f} ms")
    r = simulate(cascade)
    print()
    for p in r.summary().plants:
        print(f"  {p.name:34s} {p.country:>2s} {p.energy_gwh:8.0f} GWh")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
