"""The self-check: does the simulator agree with the optimiser about its own schedule?

The optimised schedule is simulated with the ordinary simulator; the end-of-period storages,
the deliveries to every demand and the energy of every plant are compared with the values in
the optimiser's LP solution. Energy is compared twice: the simulator's formula applied to
the LP's releases and storages, and to the LP's flows past run-of-river plants (which tests
the mass balance), and — when energy is in the objective — the LP's energy variables (which
measures the linearisation; a run-of-river plant's energy is linear and exact).

Under the ``proportional`` allocation policy the comparison is with the schedule simulated
upstream-first, the rule the LP models (:attr:`Context.model_scenario`), and the check says
so; the figures of the result are the simulation under the scenario's own rule.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from waterplanner.engine.compiled import DEMAND
from waterplanner.engine.optimise.context import Context
from waterplanner.engine.optimise.plants import energy_from_flows
from waterplanner.engine.optimise.problem import plant_energy_mwh
from waterplanner.engine.optimise.solve import Iterate, deliveries_lp
from waterplanner.i18n import translate
from waterplanner.i18n.figures import fig
from waterplanner.i18n.units import unit as unit_words

STORAGE_TOL_REL = 1e-6


@dataclass(frozen=True)
class SelfCheck:
    """Largest differences between the optimiser's values and the simulation of its
    schedule, and where they occur."""

    max_storage_diff_mcm: float
    max_delivery_diff_mcm: float
    max_energy_diff_mwh: float
    linearisation_energy_gap_mwh: float
    worst: str
    passed: bool
    hard_violations: tuple[str, ...]
    tolerance_mcm: float = 0.0
    assumption: str = ""
    """What the comparison assumes when it is not with the scenario's own rules ('' when
    it is)."""

    @property
    def input_to_blame(self) -> bool:
        """A failure the scenario causes rather than the optimiser: the optimiser and the
        simulator agree on storages and deliveries, but a hard requirement the optimiser
        met on its linearisation (energy, evaporation) is not met in the simulation — the
        requirement is too tight for what the linearisation can promise."""
        return not self.passed and bool(self.hard_violations) and \
            self.max_storage_diff_mcm <= self.tolerance_mcm and \
            self.max_delivery_diff_mcm <= self.tolerance_mcm

    def summary(self) -> str:
        head = translate("SelfCheck", "Self-check passed: largest difference between optimiser "
                                      "and simulator {storage} Mm³ storage, {delivery} Mm³ "
                                      "delivery, {energy} MWh energy") if self.passed else \
            translate("SelfCheck", "Self-check FAILED: largest difference between optimiser and "
                                   "simulator {storage} Mm³ storage, {delivery} Mm³ delivery, "
                                   "{energy} MWh energy")
        text = head.format(storage=fig(self.max_storage_diff_mcm, ".2e"),
                           delivery=fig(self.max_delivery_diff_mcm, ".2e"),
                           energy=fig(self.max_energy_diff_mwh, ".2e"))
        if self.linearisation_energy_gap_mwh > 0:
            text += translate("SelfCheck", " (linearised energy off by {gap} MWh)").format(
                gap=fig(self.linearisation_energy_gap_mwh, ".3g"))
        if self.worst:
            text += translate("SelfCheck", "; worst at {where}").format(where=self.worst)
        if self.assumption:
            text += f" ({self.assumption})"
        for v in self.hard_violations:
            text += "\n" + translate("SelfCheck", "  hard requirement not met in the simulation: "
                                                  "{requirement}").format(requirement=v)
        return text


def self_check(ctx: Context, it: Iterate, tolerance_mcm: float) -> SelfCheck:
    """Compare an iterate's LP values with the simulation of its schedule."""
    net, x, sim, idx = ctx.net, it.sol.x, it.model_sim, it.built.idx
    worst_val, worst = 0.0, ""
    sn = ctx.storage_nodes
    s_diff = 0.0
    if len(sn):
        d = np.abs(x[idx.S[sn]] - np.asarray(sim.storage_mcm[0])[sn])
        s_diff = float(d.max())
        if s_diff > worst_val:
            k, t = np.unravel_index(int(d.argmax()), d.shape)
            worst_val, worst = s_diff, translate("SelfCheck", "{name} storage, {period}").format(
                name=ctx.name[sn[k]], period=ctx.labels[t])
    dem = np.flatnonzero(net.kind == DEMAND)
    d_diff = 0.0
    if len(dem):
        d = np.abs(deliveries_lp(ctx, it.built, x) - np.asarray(sim.delivery_mcm[0])[dem])
        d_diff = float(d.max())
        if d_diff > worst_val:
            k, t = np.unravel_index(int(d.argmax()), d.shape)
            worst_val, worst = d_diff, translate("SelfCheck", "{name} delivery, {period}").format(
                name=ctx.name[dem[k]], period=ctx.labels[t])
    e_diff = lin_gap = 0.0
    for i in np.flatnonzero(net.has_plant):
        r_lp = x[idx.R[i]]
        s_lp = x[idx.S[i]]
        e_sim = np.asarray(sim.energy_mwh[0][i])
        e_lp = plant_energy_mwh(ctx, int(i), r_lp, s_lp)
        e_diff = max(e_diff, float(np.max(np.abs(e_lp - e_sim))))
        if it.built.energy and idx.E[i, 0] >= 0:
            # only where the energy variable is priced: elsewhere it is free below its
            # bound and means nothing
            priced = it.built.lp.cost[idx.E[i]] != 0
            if priced.any():
                lin_gap = max(lin_gap, float(np.max(np.abs(x[idx.E[i]] - e_sim)[priced])))
    if len(ctx.ror):
        e_sim = np.asarray(sim.run_of_river_energy_mwh[0])
        e_lp = energy_from_flows(ctx.ror, x[idx.X], net.seconds, net.hours)
        e_diff = max(e_diff, float(np.max(np.abs(e_lp - e_sim))))
        if it.built.energy and idx.ER.size:
            priced = it.built.lp.cost[idx.ER] != 0
            if priced.any():
                lin_gap = max(lin_gap, float(np.max(np.abs(x[idx.ER] - e_sim)[priced])))
    scale = max(float(np.max(net.capacity_mcm[np.isfinite(net.capacity_mcm)], initial=1.0)),
                float(np.max(net.initial_mcm, initial=1.0)))
    tol = max(tolerance_mcm, STORAGE_TOL_REL * scale)
    # evaluate() already counts round-off below each requirement's tolerance as met
    hard = tuple(f"{r.text}: {fig(it.merit.violations.get(r.label, 0.0), '.4g')} "
                 f"{unit_words(r.unit)}" for r in it.requirements
                 if r.hard and it.merit.violations.get(r.label, 0.0) > 0.0)
    passed = s_diff <= tol and d_diff <= tol and not hard
    assumption = translate("SelfCheck", "compared with the schedule simulated upstream-first, "
                                        "as the optimiser plans deliveries; the scenario shares "
                                        "shortages in proportion") if ctx.proportional else ""
    return SelfCheck(s_diff, d_diff, e_diff, lin_gap, worst if worst_val > 0 else "", passed,
                     hard, tol, assumption)
