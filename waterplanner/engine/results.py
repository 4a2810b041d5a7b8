"""Simulation results: quantity × node × period (× member), with units.

Every array has a leading member axis (length 1 for a single run) and reads
``[member, node, period]`` (links: ``[member, link, period]``). Volumes are Mm³ per period,
storage is at the end of each period (``initial_storage_mcm`` holds the start), levels in
m a.s.l., energy in MWh per period. Quantities that do not apply to a node are zero, except
storage and level, which are NaN for nodes that store no water. Run-of-river plants on
links have their own axis (``[member, plant, period]``, plants in :attr:`Results.plant_ids`
order).

The kernel keeps only the state of the run: the water entering every link and, for
reservoirs and lakes, their storage and whichever of their fluxes the run recorded (see
``simulate(..., record=)``). Everything else — every node's inflow and outflow,
abstractions, deliveries, shortfalls, levels, energy, link arrivals and losses, and the
fluxes a run did not record — is derived on first access with the kernel's own arithmetic
(so to the last bit the numbers the kernel worked with) and then kept: a planner's edit
pays only for what the screen shows, and a long run holds no [node, period] array it was
not asked for.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

import numpy as np

from waterplanner.engine.compiled import (
    DEMAND,
    INFLOW,
    LAKE,
    MIN_FLOW,
    RESERVOIR,
    CompiledNetwork,
)
from waterplanner.engine.energy import plant_output
from waterplanner.engine.jit import choose
from waterplanner.engine.kernel import (
    N_STORE_QUANTITIES,
    P_DEMAND,
    P_REQUIRED,
    R_EVAP,
    R_PRECIP,
    R_RELEASE,
    R_SEEP,
    R_SPILL,
    R_STORAGE,
    storage_levels,
)
from waterplanner.engine.node_flows import drainage_stores, node_inflows, node_outflows
from waterplanner.engine.physics import link_arrivals_array
from waterplanner.engine.replay import replay_storages
from waterplanner.engine.run_of_river import RunOfRiverSite, run_of_river_output, run_of_river_sites
from waterplanner.model.scenario import Scenario
from waterplanner.model.timebase import TimeBase

if TYPE_CHECKING:
    from waterplanner.engine.balance import MassBalance
    from waterplanner.engine.ensemble_run import EnsembleRun
    from waterplanner.engine.risk.options import RiskOptions
    from waterplanner.engine.risk.table import RiskTable
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
    Quantity("drainage_storage_mcm", "Drainage store (end of period)", "Mm³"),
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
PLANT_QUANTITIES: tuple[Quantity, ...] = (
    Quantity("run_of_river_turbine_m3s", "Run-of-river turbine flow", "m³/s", per="plant"),
    Quantity("run_of_river_energy_mwh", "Run-of-river energy", "MWh", per="plant"),
)
"""Quantities of the run-of-river plants on links (none for a scenario without such plants)."""


def _view(a: np.ndarray) -> np.ndarray:
    """[member, period, element] → [member, element, period], read-only, without a copy."""
    v = a.transpose(0, 2, 1)
    v.flags.writeable = False
    return v


@dataclass(frozen=True, eq=False)
class RunArrays:
    """What the kernel left after one run, and the inputs the derived quantities need."""

    inflow: np.ndarray             # [M, inflow slot, T], local inflows
    sent: np.ndarray               # [M, T, L], water entering each link
    store: np.ndarray              # [M, T, S, recorded quantity], reservoirs and lakes
    record_pos: np.ndarray         # [R_*], position in ``store``, -1 if not recorded
    storage_nodes: np.ndarray      # [S], the node of each storage slot
    storage_slot: np.ndarray       # [N], -1 for nodes that store no water
    par_row: np.ndarray            # [P_*, N], rows of the compiled network's pool
    node_scal: np.ndarray          # [S_*, N]
    target_pool: np.ndarray        # [T, K], release targets
    target_row: np.ndarray         # [N]


class Results:
    """Everything one simulation produced (see the module docstring for conventions)."""

    def __init__(self, scenario: Scenario, inflow_set: str, net: CompiledNetwork,
                 run: RunArrays):
        self.scenario = scenario
        self.inflow_set = inflow_set
        self.net = net
        self.node_ids = net.node_ids
        self.link_ids = net.link_ids
        self._run = run
        self._inflow = run.inflow
        self._sent = run.sent
        self._shape = (run.sent.shape[0], run.sent.shape[1], net.n_nodes)  # [M, T, N]
        self._summaries: dict[int, Summary] = {}
        self._risks: dict[RiskOptions, RiskTable] = {}
        self.ensemble: EnsembleRun | None = None
        """Which ensemble the members are of (set by
        :func:`~waterplanner.engine.ensemble_run.simulate_ensemble`; None otherwise)."""
        self._node_pos = net.node_position
        self._link_pos = net.link_position

    # --- shape and look-ups -----------------------------------------------------------
    @property
    def time(self) -> TimeBase:
        return self.scenario.time

    @property
    def members(self) -> int:
        """Number of ensemble members (1 for a single run)."""
        return int(self._shape[0])

    def node_index(self, node_id: str) -> int:
        """Index of a node on the node axis."""
        return self._node_pos[node_id]

    def link_index(self, link_id: str) -> int:
        """Index of a link on the link axis."""
        return self._link_pos[link_id]

    def series(self, quantity: str, element_id: str, member: int = 0) -> np.ndarray:
        """One quantity of one node, link or run-of-river plant over the periods."""
        arr = getattr(self, quantity)
        pos = self._link_pos if quantity.startswith("link_") else \
            self._plant_pos if quantity.startswith("run_of_river_") else self._node_pos
        return arr[member, pos[element_id]]

    def storage_with_initial(self, node_id: str, member: int = 0) -> np.ndarray:
        """Storage at every period boundary: start of horizon, then each period's end."""
        i = self.node_index(node_id)
        return np.concatenate(([self.initial_storage_mcm[i]], self.storage_mcm[member, i]))

    @cached_property
    def plant_sites(self) -> tuple[RunOfRiverSite, ...]:
        """The run-of-river plants on links, in the order of their axis."""
        return run_of_river_sites(self.scenario)

    @cached_property
    def plant_ids(self) -> tuple[str, ...]:
        """Ids of the run-of-river plants, in the order of their axis."""
        return tuple(s.plant.id for s in self.plant_sites)

    @cached_property
    def _plant_pos(self) -> dict[str, int]:
        return {pid: k for k, pid in enumerate(self.plant_ids)}

    def plant_index(self, plant_id: str) -> int:
        """Index of a run-of-river plant on the plant axis."""
        return self._plant_pos[plant_id]

    # --- reservoirs and lakes: recorded, or replayed from their storage ---------------------
    def _kind_mask(self, *codes: int) -> np.ndarray:
        return np.isin(self.net.kind, codes)

    @cached_property
    def _replayed(self) -> np.ndarray:
        """Every flux of every storage [M, R_*, T, S], replayed (for what was not recorded)."""
        run, net = self._run, self.net
        m, t, _ = self._shape
        flux = np.zeros((m, N_STORE_QUANTITIES, t, len(run.storage_nodes)))
        choose(replay_storages)(run.storage_nodes, net.kind, run.storage_slot, net.lav_n,
                                net.lav_volume, net.lav_area, run.node_scal, net.pool,
                                run.par_row, run.target_pool, run.target_row,
                                self._storage_quantity(R_STORAGE), self._q_in, flux)
        return flux

    def _storage_quantity(self, q: int) -> np.ndarray:
        """One quantity of the reservoirs and lakes [M, T, S] (R_*)."""
        pos = self._run.record_pos[q]
        if pos >= 0:
            return self._run.store[:, :, :, pos]
        kinds = (LAKE,) if q == R_PRECIP else (RESERVOIR,) if q in (R_RELEASE, R_SEEP) else \
            (RESERVOIR, LAKE)
        if not np.isin(self.net.kind, kinds).any():  # no storage has it: nothing to replay
            return np.zeros(self._shape[:2] + (len(self._run.storage_nodes),))
        return self._replayed[:, q]

    def _at_storages(self, q: int, fill: float) -> np.ndarray:
        """One quantity of the reservoirs and lakes on the node axis [M, T, N], ``fill``
        at other nodes."""
        out = np.full(self._shape, fill)
        out[:, :, self._run.storage_nodes] = self._storage_quantity(q)
        return out

    @cached_property
    def initial_storage_mcm(self) -> np.ndarray:
        """Storage at the start of the horizon, per node (NaN where nothing is stored)."""
        stores = np.zeros(self.net.n_nodes, dtype=bool)
        stores[self._run.storage_nodes] = True
        return np.where(stores, self.net.initial_mcm, np.nan)

    @cached_property
    def _storage(self) -> np.ndarray:
        return self._at_storages(R_STORAGE, np.nan)

    @cached_property
    def storage_mcm(self) -> np.ndarray:
        return _view(self._storage)

    @cached_property
    def _release(self) -> np.ndarray:
        return self._at_storages(R_RELEASE, 0.0)

    @cached_property
    def release_mcm(self) -> np.ndarray:
        return _view(self._release)

    @cached_property
    def spill_mcm(self) -> np.ndarray:
        return _view(self._at_storages(R_SPILL, 0.0))

    @cached_property
    def evaporation_mcm(self) -> np.ndarray:
        return _view(self._at_storages(R_EVAP, 0.0))

    @cached_property
    def precipitation_mcm(self) -> np.ndarray:
        return _view(self._at_storages(R_PRECIP, 0.0))

    @cached_property
    def seepage_mcm(self) -> np.ndarray:
        return _view(self._at_storages(R_SEEP, 0.0))

    # --- every node, from the link flows ----------------------------------------------
    @cached_property
    def _q_in(self) -> np.ndarray:
        """Every node's inflow [M, T, N]."""
        net = self.net
        q_in = np.zeros(self._shape)
        choose(node_inflows)(net.kind, net.inflow_slot, net.in_ptr, net.in_links, net.link_lag,
                             net.link_loss, net.link_initial_head_mcm, self._inflow,
                             self._sent, q_in)
        return q_in

    @cached_property
    def _outflows(self) -> tuple[np.ndarray, np.ndarray]:
        """Every node's abstraction and outflow [M, T, N] (a demand's outflow: its return)."""
        net = self.net
        abstraction, outflow = np.zeros(self._shape), np.zeros(self._shape)
        choose(node_outflows)(net.kind, net.return_ptr, net.return_links, net.intake_ptr,
                              net.intake_links,
                              self._run.storage_slot, self._storage_quantity(R_RELEASE),
                              self._storage_quantity(R_SPILL), self._q_in, self._sent,
                              abstraction, outflow)
        return abstraction, outflow

    @cached_property
    def inflow_mcm(self) -> np.ndarray:
        return _view(self._q_in)

    @cached_property
    def outflow_mcm(self) -> np.ndarray:
        out = self._outflows[1].copy()
        out[:, :, self.net.kind == DEMAND] = 0.0
        return _view(out)

    @cached_property
    def abstraction_mcm(self) -> np.ndarray:
        return _view(self._outflows[0])

    @cached_property
    def link_flow_mcm(self) -> np.ndarray:
        return _view(self._sent)

    # --- derived ------------------------------------------------------------------------
    def _only(self, nodes: np.ndarray, values: np.ndarray) -> np.ndarray:
        """``values`` [M or 1, T, len(nodes)] at ``nodes``, zero elsewhere, as a view."""
        out = np.zeros(self._shape)
        out[:, :, nodes] = values
        return _view(out)

    def _parameter(self, p: int, nodes: np.ndarray) -> np.ndarray:
        """A per-period parameter of some nodes [1, T, len(nodes)] (P_*)."""
        return self.net.pool[:, self._run.par_row[p, nodes]][None]

    @cached_property
    def local_inflow_mcm(self) -> np.ndarray:
        """The inflow series of inflow nodes (zero elsewhere)."""
        nodes = np.flatnonzero(self.net.kind == INFLOW)
        return self._only(nodes, self._inflow[:, self.net.inflow_slot[nodes], :]
                          .transpose(0, 2, 1))

    @cached_property
    def demand_mcm(self) -> np.ndarray:
        nodes = np.flatnonzero(self.net.kind == DEMAND)
        return self._only(nodes, self._parameter(P_DEMAND, nodes))

    @cached_property
    def delivery_mcm(self) -> np.ndarray:
        nodes = np.flatnonzero(self.net.kind == DEMAND)
        return self._only(nodes, self._q_in[:, :, nodes])

    @cached_property
    def shortfall_mcm(self) -> np.ndarray:
        v = np.maximum(self.demand_mcm - self.delivery_mcm, 0.0)
        v.flags.writeable = False
        return v

    @cached_property
    def return_flow_mcm(self) -> np.ndarray:
        nodes = np.flatnonzero(self.net.kind == DEMAND)
        return self._only(nodes, self._outflows[1][:, :, nodes])

    @cached_property
    def _drainage(self) -> np.ndarray:
        """The drainage stores' end-of-period content [M, T, N], NaN at other nodes."""
        net = self.net
        held = np.full(self._shape, np.nan)
        if net.drained.any():
            choose(drainage_stores)(net.kind, net.drained, net.drain_alpha,
                                    net.return_fraction, net.drainage_initial_mcm, self._q_in,
                                    held)
        return held

    @cached_property
    def drainage_storage_mcm(self) -> np.ndarray:
        """What each demand's drainage store holds at the end of each period (NaN for
        nodes without one; the start is ``initial_drainage_mcm``)."""
        return _view(self._drainage)

    @cached_property
    def initial_drainage_mcm(self) -> np.ndarray:
        """Each drainage store's content at the start [N] (NaN for nodes without one)."""
        return np.where(self.net.drained, self.net.drainage_initial_mcm, np.nan)

    @cached_property
    def min_flow_deficit_mcm(self) -> np.ndarray:
        nodes = np.flatnonzero(self.net.kind == MIN_FLOW)
        return self._only(nodes, np.maximum(self._parameter(P_REQUIRED, nodes)
                                            - self._outflows[1][:, :, nodes], 0.0))

    @cached_property
    def level_m(self) -> np.ndarray:
        level = np.full(self._shape, np.nan)
        run, net = self._run, self.net
        choose(storage_levels)(self._storage_quantity(R_STORAGE), run.storage_nodes,
                               run.storage_slot, net.lav_n, net.lav_volume, net.lav_level,
                               level)
        return _view(level)

    @cached_property
    def _hydropower(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        n = self.net
        turbine, head, energy = np.zeros(self._shape), np.zeros(self._shape), \
            np.zeros(self._shape)
        choose(plant_output)(self._release, self._storage, n.initial_mcm,
                             np.flatnonzero(n.has_plant), n.seconds, n.hours, n.lav_n,
                             n.lav_volume, n.lav_level, n.turbine_m3s, n.installed_mw,
                             n.efficiency, n.tailwater_m, turbine, head, energy)
        return _view(turbine), _view(head), _view(energy)

    @property
    def turbine_flow_m3s(self) -> np.ndarray:
        return self._hydropower[0]

    @property
    def head_m(self) -> np.ndarray:
        return self._hydropower[1]

    @property
    def energy_mwh(self) -> np.ndarray:
        return self._hydropower[2]

    @cached_property
    def _link_routing(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Water kept on each link, arrivals [M, T, L] and water still in transit [M, L]."""
        net = self.net
        return link_arrivals_array(self._sent, net.link_lag, net.link_loss,
                                   net.link_initial_head_mcm)

    @cached_property
    def link_loss_mcm(self) -> np.ndarray:
        return _view(self._sent - self._link_routing[0])

    @cached_property
    def link_arrival_mcm(self) -> np.ndarray:
        return _view(self._link_routing[1])

    @cached_property
    def link_excess_mcm(self) -> np.ndarray:
        cap = self.net.pool[:, self.net.series_rows["link_cap_mcm"]]
        return _view(np.maximum(self._sent - cap[None], 0.0))

    @cached_property
    def withdrawal_mcm(self) -> np.ndarray:
        """What each demand withdraws: the flow entering its intake link(s), before the
        intake's losses and travel time (zero at other nodes) [member, node, period]."""
        out = np.zeros(self._shape)
        for j in np.flatnonzero(self.net.kind[self.net.link_dst] == DEMAND):
            out[:, :, self.net.link_dst[j]] += self._sent[:, :, j]
        return _view(out)

    # --- run-of-river plants on links -------------------------------------------------
    @cached_property
    def _run_of_river(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        links = np.array([self._link_pos[s.link_id] for s in self.plant_sites], dtype=np.int64)
        flow = self._sent[:, :, links].transpose(0, 2, 1)
        turbine, power, energy = run_of_river_output(flow, self.net.seconds, self.net.hours,
                                                     self.plant_sites)
        for a in (turbine, power, energy):
            a.flags.writeable = False
        return turbine, power, energy

    @property
    def run_of_river_turbine_m3s(self) -> np.ndarray:
        """Turbine flow of each run-of-river plant: the flow entering its link, capped at
        the turbine capacity (m³/s) [member, plant, period]."""
        return self._run_of_river[0]

    @property
    def run_of_river_power_mw(self) -> np.ndarray:
        """Power of each run-of-river plant (MW) [member, plant, period]."""
        return self._run_of_river[1]

    @property
    def run_of_river_energy_mwh(self) -> np.ndarray:
        """Energy of each run-of-river plant (MWh per period) [member, plant, period]."""
        return self._run_of_river[2]

    @cached_property
    def link_transit_start_mcm(self) -> np.ndarray:
        """Water in transit on each link at the start of the horizon [L]."""
        head = self.net.link_initial_head_mcm
        t = self._shape[1]
        if head.shape[1] >= t:
            return head[:, :t].sum(axis=1)
        row = np.zeros(t)  # summed over the whole horizon, as every other link total
        total = np.empty(head.shape[0])
        for j in range(head.shape[0]):
            row[:head.shape[1]] = head[j]
            total[j] = row.sum()
        return total

    @property
    def link_transit_end_mcm(self) -> np.ndarray:
        """Water still in transit on each link at the end of the horizon [M, L]."""
        return self._link_routing[2]

    # --- summaries ----------------------------------------------------------------------
    def summary(self, member: int = 0) -> Summary:
        """Headline numbers of one member (computed once, then kept)."""
        if member not in self._summaries:
            from waterplanner.engine.summary import summarize
            self._summaries[member] = summarize(self, member)
        return self._summaries[member]

    def risk(self, options: RiskOptions | None = None) -> RiskTable:
        """The risk table over every member (:func:`waterplanner.engine.risk.risk_of`),
        computed once per set of options and then kept: every view of these results reads
        the same table, and results of another run never share it."""
        from waterplanner.engine.risk import RiskOptions, risk_of
        key = options or RiskOptions()
        table = self._risks.get(key)
        if table is None:
            table = self._risks[key] = risk_of(self, key)
        return table

    @cached_property
    def _balance(self) -> MassBalance:
        from waterplanner.engine.balance import check_mass_balance
        return check_mass_balance(self)

    def mass_balance(self) -> MassBalance:
        """The water-balance check of all members (computed once, then kept)."""
        return self._balance
