"""The hindcasts: the shipped default basin run through observed years, checked against what
was observed.

Each figure, its accepted range and why that range is fair live in ``observed`` of the
hindcast in packaging/syr_darya/scenario.json (with its source); docs/default-scenario.md
tabulates the same entries. A data change that moves a hindcast out of its range fails here.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from waterplanner.engine import simulate
from waterplanner.model.fileio import load_shipped_scenario, shipped_scenarios

REPO = Path(__file__).resolve().parents[2]
HINDCASTS = json.loads((REPO / "packaging" / "syr_darya" / "scenario.json")
                       .read_text(encoding="utf-8"))["hindcasts"]
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
CASES = [(h["file"], o) for h in HINDCASTS for o in h["observed"]]


def simulated(res: Any, obs: dict[str, Any]) -> float:
    """The simulated counterpart of one observed entry, in the entry's unit."""
    what, node = obs["what"], obs["node"]
    starts = res.time.starts
    if what == "storage_mcm":
        day = date.fromisoformat(obs["date"])
        ends = [*starts[1:], res.time.end]
        k = min(range(len(ends)), key=lambda i: abs((ends[i] - day).days))
        return float(res.storage_with_initial(node)[k + 1])
    if what == "inflow_mcm":
        return float(np.sum(res.series("inflow_mcm", node)))
    if what == "link_flow_mcm":
        return float(np.sum(res.link_flow_mcm[0][list(res.link_ids).index(node)]))
    if what == "mean_inflow_m3s":
        pick = [MONTHS[d.month - 1] in obs["months"] for d in starts]
        return float(np.mean(res.time.mcm_to_m3s(np.asarray(res.series("inflow_mcm", node)))
                             [pick]))
    assert what == "energy_gwh"
    if node in res.plant_ids:
        return float(np.sum(res.series("run_of_river_energy_mwh", node))) / 1000.0
    return float(np.sum(res.series("energy_mwh", node))) / 1000.0


@pytest.fixture(scope="module")
def results() -> dict[str, Any]:
    out = {}
    for h in HINDCASTS:
        sc = load_shipped_scenario(h["file"])
        out[h["file"]] = simulate(sc, sc.inflow_sets[0].name)
    return out


def test_every_hindcast_ships_and_starts_from_its_dated_state() -> None:
    for h in HINDCASTS:
        assert h["file"] in shipped_scenarios()
        sc = load_shipped_scenario(h["file"])
        assert sc.metadata.initial_state_date == h["initial_state_date"]
        assert sc.time.start.isoformat() == h["time"]["start"]
        assert [s.name for s in sc.inflow_sets] == [h["inflow_set"]["name"]]
        for change in h["changes"]:
            path = change["path"]
            assert sc.metadata.sources[path]["basis"] == change["basis"]


@pytest.mark.parametrize(("file", "obs"), CASES,
                         ids=[f"{f.split('-')[-1][:4]}-{o['what']}-{o['node']}-{o.get('date', '')}"
                              for f, o in CASES])
def test_simulated_figure_lies_in_the_observed_range(results: dict[str, Any], file: str,
                                                     obs: dict[str, Any]) -> None:
    value = simulated(results[file], obs)
    assert obs["low"] <= value <= obs["high"], (
        f"{file}: {obs['what']} at {obs['node']} = {value:.1f}, outside "
        f"[{obs['low']}, {obs['high']}] ({obs['note']})")


def test_the_wet_year_sends_more_to_the_aral_than_the_dry_year(results: dict[str, Any]) -> None:
    aral = {f: float(np.sum(r.series("inflow_mcm", "north_aral"))) for f, r in results.items()}
    assert aral["syr-darya-hindcast-2024.wplan"] > aral["syr-darya-hindcast-2021.wplan"] + 500


def test_a_high_winter_fills_koksaray_first_then_arnasai_and_floods_the_lower_syr() -> None:
    """The post-2011 order of the winter defences: Shardara fills to its curve, the lower Syr
    carries its safe flow, Koksaray takes what the river cannot, and only then does water go
    to Arnasai and flood the reach to Kyzylorda. A median winter needs none of it."""
    sc = load_shipped_scenario()
    base = np.asarray(sc.node("midsyr_tributaries").inflow_mcm["median"])
    links = list(simulate(sc, "median").link_ids)

    def run(extra_m3s: float) -> dict[str, float]:
        extra = sc.time.m3s_to_mcm(np.r_[np.full(6, extra_m3s), np.zeros(6)])
        res = simulate(sc, "median", inflows={"midsyr_tributaries": base + extra})
        flow, excess = res.link_flow_mcm[0], res.link_excess_mcm[0]
        return {"koksaray": float(flow[links.index("koksaray_offtake__koksaray")].sum()),
                "arnasai": float(flow[links.index("shardara__arnasai")].sum()),
                "flood": float(excess[links.index("koksaray_outfall__kyzylorda_weir")].sum())}
    median, high, flood = run(0.0), run(300.0), run(500.0)
    assert median["arnasai"] == 0.0 and median["flood"] == 0.0
    assert high["koksaray"] > median["koksaray"] + 500 and high["arnasai"] == 0.0
    assert flood["arnasai"] > 0.0 and flood["flood"] > 0.0
