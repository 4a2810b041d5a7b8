"""A small daily scenario and a four-member ensemble whose outcomes are worked out by hand.

Three days, 30 Mar – 1 Apr 2026: the first two in the ICWC non-vegetation season, the
third in the vegetation season. Volumes in Mm³ per day.

- river ``a`` → junction ``ja`` → ``farm`` (10/day, shared UZ 0.5 / KZ 0.5), rest to sea;
- river ``c`` → junction ``jc`` → ``town`` (KZ, 10/day), rest to sea;
- river ``b`` → ``dam`` (50 at the start, operating minimum 40, schedule 0, minimum release
  10/day) → sea;
- river ``d`` → lake ``aral`` (flat bottom: 10 Mm³ per m, crest at 5 m = 50 Mm³, starts
  at 45) → ocean;
- river ``e`` → sea through a run-of-river plant (TJ, 50 m head, η 0.8, 20 MW: never
  reached, 4 Mm³/day makes 18.2 MW).
"""

from __future__ import annotations

from datetime import date

import numpy as np

from tests.engine.build import demand, inflow, junction, lake, link, reservoir, scenario, sink
from waterplanner.model import LevelAreaVolume, Step
from waterplanner.model.nodes import RunOfRiverPlant

TEN_PER_DAY_M3S = 10e6 / 86400.0
PLANT = RunOfRiverPlant(id="plant", name="Plant", head_m=50.0, turbine_capacity_m3s=1e6,
                        installed_mw=20.0, efficiency=0.8, country="TJ")
LAKE_LAV = LevelAreaVolume(level_m=(0.0, 10.0), area_km2=(0.0, 0.0), volume_mcm=(0.0, 100.0))

INFLOWS = {
    "a": np.array([[10.0, 4, 10], [5, 5, 10], [20, 20, 20], [0, 10, 2]]),
    "c": np.array([[10.0, 10, 10], [10, 10, 10], [10, 10, 10], [0, 0, 0]]),
    "b": np.array([[10.0, 10, 10], [0, 0, 0], [5, 5, 5], [20, 20, 20]]),
    "d": np.array([[0.0, 0, 0], [10, 0, 0], [0, 0, 10], [0, 0, 0]]),
    "e": np.array([[1.0, 1, 1], [2, 2, 2], [3, 3, 3], [4, 4, 4]]),
}

ENERGY_PER_MCM_DAY_MWH = 0.8 * 1000 * 9.81 * (1e6 / 86400) * 50.0 / 1e6 * 24
"""Energy of 1 Mm³ a day through the plant in one day: η ρ g Q H × 24 h."""


def hand_scenario():
    z = [0.0] * 3
    return scenario(
        [inflow("a", z), inflow("c", z), inflow("b", z), inflow("d", z), inflow("e", z),
         junction("ja"), demand("farm", [10.0] * 3, country_shares={"UZ": 0.5, "KZ": 0.5}),
         junction("jc"), demand("town", [10.0] * 3, country="KZ"),
         reservoir("dam", 3, capacity=100, initial=50, operating_minimum_mcm=40,
                   min_release_m3s=TEN_PER_DAY_M3S),
         lake("aral", 3, initial=45, lav=LAKE_LAV, crest=5.0), sink("sea"), sink("ocean")],
        [link("a", "ja"), link("ja", "farm"), link("ja", "sea"),
         link("c", "jc"), link("jc", "town"), link("jc", "sea"),
         link("b", "dam"), link("dam", "sea"), link("d", "aral"), link("aral", "ocean"),
         link("e", "sea", plants=(PLANT,))],
        schedules={"dam": z}, step=Step.DAY, start=date(2026, 3, 30))
