"""Simulation results: quantity × node × period (× member), with units.

Every array has a leading member axis (length 1 for a single run). Volumes are Mm³ per
period, storage is at the end of each period (``initial_storage_mcm`` holds the start),
levels in m a.s.l., energy in MWh per period. Quantities that do not apply to a node are
zero, except storage and level, which are NaN for nodes that store no water.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

import numpy as np

from waterplanner.model.scenario import Scenario
from waterplanner.model.timebase import TimeBase

if TYPE_CHECKING:
    from waterplanner.engine.balance import MassBalance
    from waterplanner.engine.summary import Summary


@dataclass(frozen=True)
class Quantity:
    """A result quantity: attribute name, label and unit."""

    name: str
    label: str
    unit: str
    per: str = "node"


NODE_QUANTITIES: tuple[Quantity, ...] = (
    Quantity("storage_mcm", "Storage (end of period)", "Mm³"),
    Quantity("level_m", "Water level (end of period)", "m a.s.l."),
    Quantity("inflow_mcm", "Inflow", "Mm³"),
    Quantity("release_mcm", "Release", "Mm³"),
    Quantity("spill_mcm", "Spill / outflow over crest", "Mm³"),
    Quantity("outflow_mcm", "Outflow downstream", "Mm³"),
    Quantity("evaporation_mcm", "Evaporation", "Mm³"),
    Quantity("precipitation_mcm", "Precipitation", "Mm³"),
    Quantity("seepage_mcm", "Seepage", "Mm³"),
    Quantity("abstraction_mcm", "Abstraction to demands", "Mm³"),
    Quantity("demand_mcm", "Demand", "Mm³"),
    Quantity("delivery_mcm", "Delivery", "Mm³"),
    Quantity("shortfall_mcm", "Shortfall", "Mm³"),
    Quantity("return_flow_mcm", "Return flow", "Mm³"),
    Quantity("min_flow_deficit_mcm", "Minimum-flow deficit", "Mm³"),
    Quantity("turbine_flow_m3s", "Turbine flow", "m³/s"),
    Quantity("head_m", "Net head", "m"),
    Quantity("energy_mwh", "Energy", "MWh"),
)
LINK_QUANTITIES: tuple[Quantity, ...] = (
    Quantity("link_flow_mcm", "Flow entering the link", "Mm³", per="link"),
    Quantity("link_loss_mcm", "Loss on the link", "Mm³", per="link"),
    Quantity("link_arrival_mcm", "Flow arriving from the link", "Mm³", per="link"),
    Quantity("link_excess_mcm", "Flow above the link's capacity", "Mm³", per="link"),
)


@dataclass(frozen=True, eq=False)
class Results:
    """Everything one simulation produced (see the module docstring for conventions)."""

    scenario: Scenario
    inflow_set: str | None
    node_ids: tuple[str, ...]
    link_ids: tuple[str, ...]
    initial_storage_mcm: np.ndarray       # [N]
    storage_mcm: np.ndarray               # [M, N, T]
    level_m: np.ndarray
    inflow_mcm: np.ndarray
    release_mcm: np.ndarray
    spill_mcm: np.ndarray
    outflow_mcm: np.ndarray
    evaporation_mcm: np.ndarray
    precipitation_mcm: np.ndarray
    seepage_mcm: np.ndarray
    abstraction_mcm: np.ndarray
    demand_mcm: np.ndarray
    delivery_mcm: np.ndarray
    shortfall_mcm: np.ndarray
    return_flow_mcm: np.ndarray
    min_flow_deficit_mcm: np.ndarray
    turbine_flow_m3s: np.ndarray
    head_m: np.ndarray
    energy_mwh: np.ndarray
    local_inflow_mcm: np.ndarray          # [M, N, T]
    link_flow_mcm: np.ndarray             # [M, L, T]
    link_loss_mcm: np.ndarray
    link_arrival_mcm: np.ndarray
    link_excess_mcm: np.ndarray
    link_transit_start_mcm: np.ndarray    # [L]
    link_transit_end_mcm: np.ndarray      # [M, L]
    _cache: dict[str, object] = field(default_factory=dict, repr=False)

    @property
    def time(self) -> TimeBase:
        return self.scenario.time

    @property
    def members(self) -> int:
        """Number of ensemble members (1 for a single run)."""
        return int(self.storage_mcm.shape[0])

    @cached_property
    def _node_pos(self) -> dict[str, int]:
        return {n: i for i, n in enumerate(self.node_ids)}

    @cached_property
    def _link_pos(self) -> dict[str, int]:
        return {n: i for i, n in enumerate(self.link_ids)}

    def node_index(self, node_id: str) -> int:
        """Index of a node on the node axis."""
        return self._node_pos[node_id]

    def link_index(self, link_id: str) -> int:
        """Index of a link on the link axis."""
        return self._link_pos[link_id]

    def series(self, quantity: str, element_id: str, member: int = 0) -> np.ndarray:
        """One quantity of one node or link over the periods."""
        arr = getattr(self, quantity)
        pos = self._link_pos if quantity.startswith("link_") else self._node_pos
        return arr[member, pos[element_id]]

    def storage_with_initial(self, node_id: str, member: int = 0) -> np.ndarray:
        """Storage at every period boundary: start of horizon, then each period's end."""
        i = self.node_index(node_id)
        return np.concatenate(([self.initial_storage_mcm[i]], self.storage_mcm[member, i]))

    def summary(self, member: int = 0) -> Summary:
        """Headline numbers of one member (computed once, then cached)."""
        key = f"summary{member}"
        if key not in self._cache:
            from waterplanner.engine.summary import summarize
            self._cache[key] = summarize(self, member)
        return self._cache[key]  # type: ignore[return-value]

    def mass_balance(self) -> MassBalance:
        """The water balance check of all members (computed once, then cached)."""
        if "balance" not in self._cache:
            from waterplanner.engine.balance import check_mass_balance
            self._cache["balance"] = check_mass_balance(self)
        return self._cache["balance"]  # type: ignore[return-value]
