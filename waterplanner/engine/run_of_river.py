"""Run-of-river energy: power stations on a river reach, without storage of their own.

A plant on a link (the lower Naryn cascade below Toktogul: Kurpsai, Tash-Kumyr, Shamaldy-Say,
Uch-Kurgan) turns the water passing it into energy at a fixed head. The water passing it is
the flow *entering* its link in the period (the plant stands at the head of the reach, above
the reach's losses); the plant changes no water, so the simulation needs nothing from it and
its energy is derived afterwards from the link flows.

Per period: turbine flow Q = min(flow, turbine capacity) in m³/s (water above the turbine
capacity passes the spillway and makes no energy), power P = min(η ρ g Q H, installed MW),
energy = P × hours of the period: the dam plants' formula
(:func:`waterplanner.engine.physics.plant_power_mw`) with the level standing H above a
tailwater at 0.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from waterplanner.engine.physics import m3s_of, plant_power_array
from waterplanner.i18n import translate
from waterplanner.model.nodes import RunOfRiverPlant
from waterplanner.model.scenario import Scenario

RUN_OF_RIVER_LABEL = "run-of-river"
"""How a run-of-river plant is marked beside its name in summaries and tables (in English;
:attr:`RunOfRiverSite.label` writes it in the planner's language)."""


@dataclass(frozen=True)
class RunOfRiverSite:
    """A run-of-river plant where it stands: its link and the country it counts for (the
    plant's own country, else that of the node its link leaves)."""

    plant: RunOfRiverPlant
    link_id: str
    country: str

    @property
    def label(self) -> str:
        """'Kurpsai (run-of-river)': the plant's name as summaries show it."""
        return translate("Summary", "{name} (run-of-river)").format(name=self.plant.name)


def run_of_river_sites(scenario: Scenario) -> tuple[RunOfRiverSite, ...]:
    """Every run-of-river plant of the scenario, in the order of its links and their plants."""
    countries = {n.id: n.country for n in scenario.nodes}
    return tuple(RunOfRiverSite(plant=p, link_id=lk.id,
                                country=p.country or countries.get(lk.source, ""))
                 for lk in scenario.links for p in lk.plants)


def run_of_river_output(flow_mcm: np.ndarray, seconds: np.ndarray, hours: np.ndarray,
                        sites: tuple[RunOfRiverSite, ...]
                        ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Turbine flow (m³/s), power (MW) and energy (MWh) of the plants, each
    [member, plant, period], from the flow passing each plant [member, plant, period] in Mm³
    per period and the length of each period in seconds and hours [period]."""
    def per_plant(values: list[float]) -> np.ndarray:
        return np.asarray(values, dtype=float)[None, :, None]

    capacity = per_plant([s.plant.turbine_capacity_m3s for s in sites])
    head = per_plant([s.plant.head_m for s in sites])
    efficiency = per_plant([s.plant.efficiency for s in sites])
    installed = per_plant([s.plant.installed_mw for s in sites])
    flow_m3s = m3s_of(flow_mcm, np.asarray(seconds, dtype=float))
    turbine, _, power = plant_power_array(np.maximum(flow_m3s, 0.0), head, capacity, installed,
                                          efficiency, 0.0)
    energy = power * np.asarray(hours, dtype=float)
    return turbine, power, energy
