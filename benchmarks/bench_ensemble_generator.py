"""The stochastic inflow generator: its members' statistics against its targets, the basin
total against the published R49 figures, and how fast members are made.

Run: ``python benchmarks/bench_ensemble_generator.py [--members 2000] [--years 10]``.

Statistics are those of the default Syr Darya scenario repeated over ``--years`` water
years, with the default parameters (correlation 0.9, lag-1 0.2, period noise cv 0.15). Each
measured figure is printed with its standard error from 20 batches of members.
"""

from __future__ import annotations

import argparse
import math
import time

import numpy as np

from waterplanner.engine.ensemble import chunk, members
from waterplanner.engine.ensemble.fit import cv_from_sigma, fit
from waterplanner.model.ensembles import GeneratorSource
from waterplanner.model.fileio import load_shipped_scenario
from waterplanner.model.horizon import repeat_years


def batched(stat, values, batches=20):
    whole = stat(values)
    parts = np.array([stat(b) for b in np.array_split(values, batches)])
    return whole, parts.std(ddof=1) / math.sqrt(batches)


def lag1(x):
    return np.corrcoef(x[:, :-1].ravel(), x[:, 1:].ravel())[0, 1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--members", type=int, default=2000)
    ap.add_argument("--years", type=int, default=10)
    args = ap.parse_args()
    m, years = args.members, args.years
    s = repeat_years(load_shipped_scenario(), years)
    e = members(s, members=m)
    fitted = fit(s, GeneratorSource())
    print(f"{m} members × {years} water years of the default scenario; seed {e.seed}")
    print("\n".join(e.notes))
    print(f"\n{'node':20} {'mean Mm³':>9} {'target':>8} {'cv':>7} {'target':>7} "
          f"{'P90 yr':>8} {'target':>8} {'lag-1':>11} {'target':>6}")
    annual = {}
    for i, nid in enumerate(fitted.node_ids):
        v = e.inflow_mcm[nid].reshape(m, years, 12).sum(axis=2)
        annual[nid] = v
        central = sum(s.node(nid).inflow_mcm["median"][:12])
        dry = sum(s.node(nid).inflow_mcm["dry"][:12])
        mean, mean_se = batched(lambda x: x.mean(), v)
        cv, cv_se = batched(lambda x: x.std() / x.mean(), v)
        p10, p10_se = batched(lambda x: np.percentile(x, 10), v)
        z = (np.log(v) - np.log(fitted.median_mcm[i])) / fitted.sigma[i]
        r1, r1_se = batched(lag1, z)
        print(f"{nid:20} {mean:9.0f} {central:8.0f} {cv:7.3f} "
              f"{cv_from_sigma(fitted.sigma[i]):7.3f} {p10:8.0f} {dry:8.0f} "
              f"{r1:6.3f}±{r1_se:.3f} {fitted.lag1:6.2f}")
        del mean_se, cv_se, p10_se
    ids = fitted.node_ids
    print("\ncross-correlation of annual normal scores (target 0.90):")
    z = {nid: (np.log(annual[nid]) - np.log(fitted.median_mcm[i])) / fitted.sigma[i]
         for i, nid in enumerate(ids)}
    for a, b in (("naryn", "chirchik"), ("naryn", "kara_darya"), ("chirchik", "arys")):
        r, se = batched(lambda x: np.corrcoef(x[..., 0].ravel(), x[..., 1].ravel())[0, 1],
                        np.stack([z[a], z[b]], axis=-1))
        print(f"  {a} – {b}: {r:.3f} ± {se:.3f}")
    total = sum(annual.values()) / 1000
    print("\nbasin total (sum of the 7 inflows, km³/yr) vs R49's basin flow-formation:")
    print(f"  mean {total.mean():.2f} (R49 37.20), P90 year (10th percentile) "
          f"{np.percentile(total, 10):.2f} (R49 23.97), P5 wet year (95th percentile) "
          f"{np.percentile(total, 95):.2f} (R49 58.91)")
    shape = np.asarray(s.node("naryn").inflow_mcm["median"][:12])
    share = (e.inflow_mcm["naryn"].reshape(m, years, 12) / annual["naryn"][..., None]).mean(
        axis=(0, 1))
    print(f"\nnaryn seasonal shape, largest deviation of the mean monthly share from the "
          f"median year's: {np.abs(share - shape / shape.sum()).max():.4f} "
          f"(largest share {shape.max() / shape.sum():.3f})")
    print(f"smallest value of any member: {min(a.min() for a in e.inflow_mcm.values()):.3f}")

    print("\nspeed (default scenario, one water year):")
    one = load_shipped_scenario()
    for count in (1000, 10_000):
        t0 = time.perf_counter()
        members(one, members=count)
        dt = time.perf_counter() - t0
        print(f"  {count:>6} members: {dt * 1e3:7.1f} ms ({count / dt:,.0f} members/s)")
    t0 = time.perf_counter()
    chunk(repeat_years(one, 10), None, 0, 1000)
    dt = time.perf_counter() - t0
    print(f"  1000 members × 120 months: {dt * 1e3:.1f} ms")


if __name__ == "__main__":
    main()
