"""Run-of-river plants in the optimiser: the same energy as the simulator's, as linear rows.

A plant on a link turns the flow entering its link into energy at a fixed head
(:mod:`waterplanner.engine.run_of_river`): turbine flow ``min(flow, turbine capacity)``,
power ``min(η ρ g Q H, installed)``. With the head fixed this is linear, so the linear
programme states it exactly, per plant and period:

* turbine flow QR ≤ the flow sent into the plant's link, QR ≤ the turbine capacity;
* energy ER ≤ η ρ g H × QR (in MWh per Mm³ of the period), ER ≤ installed MW × hours.

Energy is only ever maximised (an ``energy`` objective) or asked for (``min_energy``), so
at the optimum ER is the smaller of the two, as in the simulator. A plant counts for its
own country, else for the country of the node its link leaves. Objective terms and
requirements that name reservoirs count only those dams; a term for a country, or for all
plants, counts the run-of-river plants too.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from waterplanner.engine.optimise.lp import LinearProgram
from waterplanner.engine.physics import RHO_G_MW, mcm_per_period
from waterplanner.engine.results import Results
from waterplanner.engine.run_of_river import (
    RunOfRiverSite,
    run_of_river_output,
    run_of_river_sites,
)
from waterplanner.i18n import translate
from waterplanner.i18n.figures import fig
from waterplanner.model.scenario import Scenario


@dataclass(frozen=True, eq=False)
class RunOfRiver:
    """The run-of-river plants of a scenario as arrays [P], in the simulator's order
    (``Results.plant_ids``)."""

    ids: tuple[str, ...]
    names: tuple[str, ...]
    country: tuple[str, ...]
    link: np.ndarray
    head_m: np.ndarray
    turbine_m3s: np.ndarray
    installed_mw: np.ndarray
    efficiency: np.ndarray
    sites: tuple[RunOfRiverSite, ...]

    def __len__(self) -> int:
        return len(self.ids)

    def select(self, plants: tuple[str, ...], country: str) -> np.ndarray:
        """The plants a term counts: none when it names reservoirs, else every plant of the
        country (all plants without one)."""
        if plants:
            return np.zeros(0, dtype=np.int64)
        return np.array([p for p in range(len(self.ids))
                         if not country or self.country[p] == country], dtype=np.int64)

    def mwh_per_mcm(self, p: int) -> float:
        """Energy one Mm³ makes through plant p (below its turbine and installed caps)."""
        return float(self.efficiency[p]) * RHO_G_MW * float(self.head_m[p]) * 1e6 / 3600.0


def run_of_river(scenario: Scenario, link_ids: tuple[str, ...]) -> RunOfRiver:
    """The plants of a scenario, located on the compiled network's links."""
    sites = run_of_river_sites(scenario)
    pos = {lk: j for j, lk in enumerate(link_ids)}

    def arr(values: list[float]) -> np.ndarray:
        return np.asarray(values, dtype=float)

    return RunOfRiver(
        ids=tuple(s.plant.id for s in sites), names=tuple(s.label for s in sites),
        country=tuple(s.country for s in sites),
        link=np.array([pos[s.link_id] for s in sites], dtype=np.int64),
        head_m=arr([s.plant.head_m for s in sites]),
        turbine_m3s=arr([s.plant.turbine_capacity_m3s for s in sites]),
        installed_mw=arr([s.plant.installed_mw for s in sites]),
        efficiency=arr([s.plant.efficiency for s in sites]), sites=sites)


def energy_from_flows(ror: RunOfRiver, flow_mcm: np.ndarray, seconds: np.ndarray,
                      hours: np.ndarray) -> np.ndarray:
    """The simulator's energy [P, T] (MWh, its own formula) from the flows entering the
    links [L, T] (Mm³ per period)."""
    if len(ror) == 0:
        return np.zeros((0, len(seconds)))
    flow = np.asarray(flow_mcm)[ror.link][None]
    return run_of_river_output(flow, seconds, hours, ror.sites)[2][0]


def simulated_energy(res: Results, plants: np.ndarray, mask: np.ndarray) -> float:
    """Energy of some run-of-river plants over the masked periods (member 0), MWh."""
    if len(plants) == 0:
        return 0.0
    return float(np.asarray(res.run_of_river_energy_mwh[0])[plants][:, mask].sum())


def add_run_of_river_rows(ror: RunOfRiver, lp: LinearProgram, X: np.ndarray, QR: np.ndarray,
                          ER: np.ndarray, seconds: np.ndarray, hours: np.ndarray) -> None:
    """The rows of the module docstring for every plant: QR ≤ X[link], QR ≤ turbines,
    ER ≤ c·H·QR, ER ≤ installed × hours."""
    t = len(seconds)
    for p in range(len(ror)):
        pid, name = ror.ids[p], ror.names[p]
        turb_mcm = mcm_per_period(ror.turbine_m3s[p], seconds)
        g = lp.group("turbine", pid, translate(
            "Requirements", "{name} turbine flow at most the turbines' capacity {flow} m³/s")
                     .format(name=name, flow=fig(ror.turbine_m3s[p], ".6g")))
        lp.tighten(QR[p], ub=turb_mcm, group=g)
        g = lp.group("installed", pid, translate(
            "Requirements", "{name} power at most its installed {power} MW").format(
            name=name, power=fig(ror.installed_mw[p], ".6g")))
        lp.tighten(ER[p], ub=ror.installed_mw[p] * hours, group=g)
        rows = lp.rows("le", np.zeros(t), group=lp.group("turbine_release", pid, translate(
            "Requirements", "{name} turbine flow within the flow of its reach").format(
            name=name)))
        lp.coef(rows, QR[p], 1.0)
        lp.coef(rows, X[ror.link[p]], -1.0)
        # MWh per Mm³ in a period: η ρ g H × (1e6 / seconds) m³/s per Mm³ × hours
        c = ror.efficiency[p] * RHO_G_MW * ror.head_m[p] * 1e6 * hours / seconds
        rows = lp.rows("le", np.zeros(t), group=lp.group("energy_def", pid, translate(
            "Requirements", "energy of {name}").format(name=name), unit="MWh"))
        lp.coef(rows, ER[p], 1.0)
        lp.coef(rows, QR[p], -c)
