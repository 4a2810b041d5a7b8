"""Everything the problem builder needs to know about one scenario, computed once.

The physics comes from :func:`compile_network` (the simulator's own arrays); the context adds
what the optimisation section refers to: countries, priorities, seasons, the schedule of the
reservoirs that are not decisions, the local inflows of the chosen inflow set, and the
simulation of the planner's own schedule (the reference of the carry-over default and of the
regularisation).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from waterplanner.engine.compiled import (
    DEMAND,
    LAKE,
    MIN_FLOW,
    RESERVOIR,
    SCHEDULE_RULE,
    CompiledNetwork,
    compile_network,
)
from waterplanner.engine.optimise.errors import OptimisationError
from waterplanner.engine.optimise.plants import RunOfRiver, run_of_river
from waterplanner.engine.results import Results
from waterplanner.engine.seasons import SeasonSpan, season_spans
from waterplanner.engine.simulate import inflow_array, simulate
from waterplanner.i18n import translate
from waterplanner.i18n.dates import time_label
from waterplanner.model.nodes import DemandNode
from waterplanner.model.objectives import OptimisationSpec
from waterplanner.model.scenario import AllocationPolicy, Scenario

RULE_WORDS = {1: "demand-following", 2: "guide-curve"}
"""The rules (RULE_CODE values) of reservoirs that have no schedule, in words (English)."""


@dataclass(frozen=True, eq=False)
class Context:
    """One scenario, one inflow set, one optimisation spec, as arrays.

    A reservoir whose operating rule decides its release (``held``) enters each LP at the
    release the simulator gave it under the previous schedule (the scenario's own at first):
    the successive LPs follow the rule's answer to what the decisions send down, and the
    loop converges when the two agree."""

    scenario: Scenario
    spec: OptimisationSpec
    inflow_set: str
    net: CompiledNetwork
    inflow_mcm: np.ndarray          # [inflow slot, T]
    decision: np.ndarray            # [N] bool: reservoir whose release the optimiser sets
    schedule_mcm: np.ndarray        # [N, T] the scenario's target releases (0 elsewhere)
    held: np.ndarray                # [N] reservoirs whose release their rule decides
    country: tuple[str, ...]        # [N]
    name: tuple[str, ...]           # [N]
    priority: np.ndarray            # [N] demand priority (0 elsewhere)
    labels: tuple[str, ...]         # [T] "Mar 2026", in the planner's language
    winter: np.ndarray              # [T] bool
    planned: Results                # the simulation of the scenario's own schedule
    shares: tuple[dict[str, float], ...]  # [N] a demand's country shares ({} elsewhere)
    ror: RunOfRiver                 # the run-of-river plants
    spans: tuple[SeasonSpan, ...]   # the ICWC seasons of the horizon
    model_scenario: Scenario
    """The scenario whose simulation the linear programme models: the scenario itself, or
    under the ``proportional`` allocation policy the same with ``upstream_first`` (the LP
    plans deliveries upstream-first; see docs/optimisation.md)."""

    @property
    def periods(self) -> int:
        return self.net.periods

    @property
    def proportional(self) -> bool:
        """Whether the scenario shares shortages in proportion, which the LP does not model
        (it plans upstream-first; the self-check simulates that, the figures are the
        scenario's own)."""
        return self.model_scenario is not self.scenario

    def intake_want(self, link: int) -> np.ndarray:
        """What an intake link asks per period [T]: its demand grossed up for the link's
        loss, capped at the link's capacity and at the demand's limit (the simulator's
        ask)."""
        net = self.net
        d = net.link_dst[link]
        return np.minimum(np.minimum(net.demand_mcm[d] / (1.0 - net.link_loss[link]),
                                     net.link_cap_mcm[link]), self.limit_mcm[d])

    def share(self, node: int, country: str) -> float:
        """A demand's share for a country (1 for every demand when no country is asked)."""
        if not country:
            return 1.0
        return float(self.shares[node].get(country, 0.0))

    def season_mask(self, season: str) -> np.ndarray:
        """Periods of a season ("all", "winter" Oct–Mar, "summer" Apr–Sep)."""
        if season == "winter":
            return self.winter.copy()
        if season == "summer":
            return ~self.winter
        return np.ones(self.periods, dtype=bool)

    def nodes_of(self, code: int) -> np.ndarray:
        return np.flatnonzero(self.net.kind == code)

    def select(self, ids: tuple[str, ...], code: int, country: str = "",
               plants_only: bool = False) -> np.ndarray:
        """Indices of the named nodes, or of every node of a kind; filtered by country."""
        if ids:
            sel = np.array([self.net.node_index(i) for i in ids], dtype=np.int64)
        else:
            sel = self.nodes_of(code)
        if plants_only:
            sel = sel[self.net.has_plant[sel]]
        if country:
            sel = np.array([i for i in sel if self.country[i] == country], dtype=np.int64)
        return sel

    @property
    def storage_nodes(self) -> np.ndarray:
        return np.flatnonzero((self.net.kind == RESERVOIR) | (self.net.kind == LAKE))

    @property
    def demands(self) -> np.ndarray:
        return self.nodes_of(DEMAND)

    @property
    def min_flow_nodes(self) -> np.ndarray:
        return self.nodes_of(MIN_FLOW)

    @property
    def limit_mcm(self) -> np.ndarray:
        """[N, T] a demand's withdrawal limit (the compiled one the simulator applies), inf
        without one."""
        return self.net.limit_mcm

    @property
    def decision_reservoirs(self) -> np.ndarray:
        return np.flatnonzero((self.net.kind == RESERVOIR) & self.decision)


def has_buffer_zone(net: CompiledNetwork, i: int) -> bool:
    """Whether a reservoir's rule has a buffer zone (its release is cut while the storage
    is in it)."""
    return bool(np.any(net.buffer_mcm[i] > -np.inf))


def make_context(scenario: Scenario, spec: OptimisationSpec, inflow_set: str | None
                 ) -> Context:
    """Compile a scenario for optimisation and simulate its own schedule.

    Raises :class:`OptimisationError` for an unknown inflow set or decision reservoir and
    for a network without nodes (nothing to optimise).
    """
    if not scenario.nodes:
        raise OptimisationError(translate("Optimiser", "the network has no nodes: there is "
                                                       "nothing to optimise"))
    net = compile_network(scenario)
    name = inflow_set or scenario.inflow_set_names[0]
    if name not in scenario.inflow_set_names:
        raise OptimisationError(translate("Optimiser", "unknown inflow set '{name}'; this "
                                                       "scenario defines: {sets}").format(
            name=name, sets=", ".join(scenario.inflow_set_names)))
    inflow = inflow_array(scenario, net, name, None)[0]
    n, t = net.n_nodes, net.periods
    decision = np.zeros(n, dtype=bool)
    on_schedule = (net.kind == RESERVOIR) & (net.rule == SCHEDULE_RULE)
    buffered = np.array([has_buffer_zone(net, k) for k in range(n)], dtype=bool)
    if spec.decision_reservoirs is None:
        decision[on_schedule & ~buffered] = True
    else:
        for rid in spec.decision_reservoirs:
            try:
                i = net.node_index(rid)
            except (KeyError, ValueError):
                raise OptimisationError(translate(
                    "Optimiser", "decision reservoir '{id}' is not in the network").format(
                    id=rid)) from None
            if net.kind[i] != RESERVOIR:
                raise OptimisationError(translate("Optimiser", "'{id}' is not a reservoir")
                                        .format(id=rid))
            if not on_schedule[i]:
                nd = scenario.node(rid)
                text = translate(
                    "Optimiser", "{name} follows its demand-following rule, so it has no release "
                                 "schedule to optimise: set its operating rule to 'schedule' to "
                                 "let the optimiser decide its releases, or take it out of the "
                                 "decision reservoirs") \
                    if RULE_WORDS[net.rule[i]] == "demand-following" else translate(
                    "Optimiser", "{name} follows its guide-curve rule, so it has no release "
                                 "schedule to optimise: set its operating rule to 'schedule' to "
                                 "let the optimiser decide its releases, or take it out of the "
                                 "decision reservoirs")
                raise OptimisationError(text.format(name=nd.name))
            if buffered[i]:
                nd = scenario.node(rid)
                raise OptimisationError(translate(
                    "Optimiser", "{name} has a buffer zone: while its storage is in it the "
                                 "simulator cuts the release to the buffer release, whatever the "
                                 "schedule says, and the optimiser cannot plan around that cut. "
                                 "Remove the buffer zone from its rule to let the optimiser "
                                 "decide its releases, or take it out of the decision reservoirs "
                                 "(it is then held to what it released in the plan)").format(
                    name=nd.name))
            decision[i] = True
    planned = simulate(scenario, name)
    held = (net.kind == RESERVOIR) & ~(on_schedule & ~buffered)
    schedule = np.zeros((n, t))
    for k in np.flatnonzero(net.kind == RESERVOIR):
        if on_schedule[k] and not buffered[k]:
            schedule[k] = np.asarray(scenario.release_schedules[net.node_ids[k]], dtype=float)
        else:  # a rule-driven reservoir (or one whose buffer zone cuts its schedule) is held
            # to what it released in the plan
            schedule[k] = planned.release_mcm[0, k]
    priority = np.zeros(n, dtype=np.int64)
    for i, nd in enumerate(scenario.nodes):
        if isinstance(nd, DemandNode):
            priority[i] = nd.priority
    model = scenario
    if scenario.allocation is AllocationPolicy.PROPORTIONAL:
        model = replace(scenario, allocation=AllocationPolicy.UPSTREAM_FIRST)
    return Context(
        scenario=scenario, spec=spec, inflow_set=name, net=net, inflow_mcm=inflow,
        decision=decision, schedule_mcm=schedule, held=held,
        country=tuple(nd.country for nd in scenario.nodes),
        name=tuple(nd.name for nd in scenario.nodes), priority=priority,
        labels=tuple(time_label(scenario.time, t) for t in range(scenario.time.periods)),
        winter=np.asarray(scenario.time.is_winter),
        planned=planned,
        shares=tuple(nd.shares() if isinstance(nd, DemandNode) else {}
                     for nd in scenario.nodes),
        ror=run_of_river(scenario, net.link_ids), spans=season_spans(scenario.time),
        model_scenario=model)
