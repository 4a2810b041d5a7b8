"""Checks made before anything is solved: is there something to decide, can the problem fit
in memory, and can every minimum flow physically be met?

These are the inputs that used to reach the solver and come back as a traceback (a linprog
``ValueError`` for a network without reservoirs, ``std::bad_alloc`` inside HiGHS for a
century of days) or as a meaningless "optimum" (a minimum flow larger than all the water
that can reach it).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from waterplanner.engine.compiled import (
    DEMAND,
    GUIDE_CURVE_RULE,
    INFLOW,
    LAKE,
    MIN_FLOW,
    RESERVOIR,
    SCHEDULE_RULE,
)
from waterplanner.engine.optimise.context import Context, has_buffer_zone
from waterplanner.engine.optimise.country_limits import check_country_limits
from waterplanner.engine.optimise.errors import (
    OptimisationError,
    PhysicallyImpossible,
    ProblemTooLarge,
)
from waterplanner.engine.optimise.greedy import flow_bounds
from waterplanner.engine.optimise.terms import needs_energy
from waterplanner.i18n import translate
from waterplanner.i18n.figures import fig

MAX_LP_NONZEROS = 1_000_000
"""Largest linear programme (estimated non-zero coefficients of the constraint matrix) the
optimiser attempts. Measured on the two-core development machine (docs/optimisation.md,
Performance): a 100-reservoir chain over 120 months (≈ 0.35 million) takes about 6 s per
LP, but long daily horizons are much harder for the simplex method — a 10-reservoir chain
over 1 000 days (0.25 million) 133 s per LP, over 2 000 days (0.5 million) 400 s — and a
run solves several LPs. A century of days on the Syr Darya (≈ 7 million) exhausted memory
inside HiGHS (``std::bad_alloc``)."""
IMPOSSIBLE_TOL_MCM = 1e-6
"""Volumes below this (Mm³) are round-off in the physical checks."""


@dataclass(frozen=True)
class ProblemSize:
    """An estimate of the linear programme of one successive-LP iteration."""

    variables: int
    constraints: int
    nonzeros: int

    def text(self) -> str:
        return translate("Precheck", "about {variables} variables, {constraints} constraints "
                                     "and {nonzeros} non-zero coefficients").format(
            variables=fig(self.variables, ","), constraints=fig(self.constraints, ","),
            nonzeros=fig(self.nonzeros, ","))


def estimate_size(ctx: Context, energy: bool | None = None) -> ProblemSize:
    """Variables, rows and non-zeros of the LP, counted from the network (within a few per
    cent of what :func:`~waterplanner.engine.optimise.problem.build` creates)."""
    net = ctx.net
    t = net.periods
    kind = net.kind
    res = int(np.sum(kind == RESERVOIR))
    lakes = int(np.sum(kind == LAKE))
    dem = int(np.sum(kind == DEMAND))
    mf = int(np.sum(kind == MIN_FLOW))
    with_energy = needs_energy(ctx) if energy is None else energy
    plants = int(np.sum(net.has_plant & (kind == RESERVOIR))) if with_energy else 0
    ror = len(ctx.ror) if with_energy else 0
    dec = int(np.sum(ctx.decision & (kind == RESERVOIR)))
    reg = ctx.spec.regularisation
    reg_terms = int(reg.deviation > 0) + int(reg.ramping > 0)
    links = net.n_links
    nodes = net.n_nodes
    variables = t * (links + 3 * res + 3 * lakes + dem + mf + 2 * plants + 2 * reg_terms * dec
                     + 2 * res + 2 * ror)
    constraints = t * (nodes + res + 2 * lakes + 2 * dem + mf + 2 * plants + reg_terms * dec
                       + 2 * res + 2 * ror)
    nonzeros = t * (3 * links + 5 * (res + lakes) + 3 * dem + 3 * mf + 7 * plants
                    + 3 * reg_terms * dec + 4 * res + 4 * ror)
    stores = int(np.sum(net.drained))          # a content variable and a balance row each
    curves = int(np.sum(ctx.held & (net.rule == GUIDE_CURVE_RULE)))  # ≤ 2 slacks and a row
    capped = sum(1 for lk in range(links) if np.isfinite(net.link_cap_mcm[lk]).any()
                 and kind[net.link_dst[lk]] != DEMAND)      # the soft form's excess slacks
    variables += t * (stores + 2 * curves + 2 * capped)
    constraints += t * (stores + curves)
    nonzeros += t * (3 * stores + 3 * curves)
    return ProblemSize(variables, constraints, nonzeros)


def check_size(ctx: Context) -> ProblemSize:
    """Refuse a problem larger than :data:`MAX_LP_NONZEROS`, saying how large it is."""
    size = estimate_size(ctx)
    if size.nonzeros > MAX_LP_NONZEROS:
        step = ctx.scenario.time.step.value
        periods = {"month": translate("Precheck", "{count} month periods"),
                   "dekad": translate("Precheck", "{count} dekad periods")}.get(
            step, translate("Precheck", "{count} day periods")).format(
            count=fig(ctx.periods, ","))
        raise ProblemTooLarge(translate(
            "Precheck", "the problem is too large to optimise on this machine: {periods} × "
                        "{nodes} nodes give {size}, more than the {limit} non-zeros the "
                        "optimiser attempts. Aggregate the scenario to a coarser time step "
                        "(monthly instead of daily or dekadal), shorten the horizon (optimise a "
                        "few water years at a time), or fix the releases of some reservoirs "
                        "(decision_reservoirs).").format(
            periods=periods, nodes=ctx.net.n_nodes, size=size.text(),
            limit=fig(MAX_LP_NONZEROS, ",")))
    return size


def check_decisions(ctx: Context) -> None:
    """Something to decide: at least one decision reservoir."""
    if not np.any(ctx.net.kind == RESERVOIR):
        raise OptimisationError(translate("Precheck", "the network has no reservoir: there is "
                                                      "no release schedule to optimise"))
    if not np.any(ctx.decision):
        if ctx.spec.decision_reservoirs is None:
            raise OptimisationError(translate(
                "Precheck", "every reservoir follows a demand-following or guide-curve rule or "
                            "has a buffer zone: there is no release schedule to optimise (set a "
                            "reservoir's operating rule to 'schedule', without a buffer zone, to "
                            "optimise it)"))
        raise OptimisationError(translate("Precheck", "no reservoir is a decision "
                                                      "(decision_reservoirs is empty): there is "
                                                      "no release schedule to optimise"))


def _upstream(ctx: Context) -> list[set[int]]:
    """Every node's ancestors along the links."""
    net = ctx.net
    anc: list[set[int]] = [set() for _ in range(net.n_nodes)]
    for i in net.order:
        for p in range(net.in_ptr[i], net.in_ptr[i + 1]):
            src = int(net.link_src[net.in_links[p]])
            anc[i] |= anc[src] | {src}
    return anc


def held_below_decisions(ctx: Context) -> list[tuple[int, list[int]]]:
    """Reservoirs the LP holds to what their rule released (a rule, or a buffer zone)
    that decision reservoirs upstream send water to: (reservoir, those decisions). What such
    a reservoir releases in the simulation depends on what arrives, which the LP does not
    follow."""
    net = ctx.net
    anc = _upstream(ctx)
    out = []
    for i in np.flatnonzero((net.kind == RESERVOIR) & ~ctx.decision):
        held = net.rule[i] != SCHEDULE_RULE or has_buffer_zone(net, int(i))
        ups = sorted(int(k) for k in anc[i] if ctx.decision[k])
        if held and ups:
            out.append((int(i), ups))
    return out


def held_note(ctx: Context) -> str:
    """Words for :func:`held_below_decisions` ('' when there are none)."""
    held = held_below_decisions(ctx)
    if not held:
        return ""
    names = ", ".join(ctx.name[i] for i, _ in held)
    ups = ", ".join(dict.fromkeys(ctx.name[k] for _, u in held for k in u))
    text = translate("Precheck", "{names} follows an operating rule (or a buffer zone) below "
                                 "{upstream}: the optimiser follows the rule's answer to what the "
                                 "schedule sends down (on a guide curve it releases what keeps "
                                 "the storage on the curve; elsewhere it holds the release the "
                                 "rule gave the previous schedule), and the LPs repeat until "
                                 "optimiser and simulator agree.") if len(held) == 1 else \
        translate("Precheck", "{names} follow an operating rule (or a buffer zone) below "
                              "{upstream}: the optimiser follows the rule's answer to what the "
                              "schedule sends down (on a guide curve it releases what keeps the "
                              "storage on the curve; elsewhere it holds the release the rule "
                              "gave the previous schedule), and the LPs repeat until optimiser "
                              "and simulator agree.")
    return text.format(names=names, upstream=ups)


def check_min_flows(ctx: Context) -> None:
    """Refuse a minimum flow that no schedule can meet, found from the inflows alone: over
    the horizon it asks for more than all inflow upstream plus all water stored upstream at
    the start, or in some period more than can reach it then (inflow plus the most the
    reservoirs upstream can release)."""
    net = ctx.net
    mins = [int(m) for m in np.flatnonzero(net.kind == MIN_FLOW) if net.required_mcm[m].sum() > 0]
    if not mins:
        return
    anc = _upstream(ctx)
    bound = flow_bounds(ctx)
    problems: list[str] = []
    short_total = 0.0
    for m in mins:
        req = np.asarray(net.required_mcm[m], dtype=float)
        up = anc[m] | {m}
        water = 0.0
        for i in up:
            if net.kind[i] == INFLOW:
                water += float(ctx.inflow_mcm[net.inflow_slot[i]].sum())
            if net.kind[i] in (RESERVOIR, LAKE):
                water += float(net.initial_mcm[i])
        for lk in range(net.n_links):
            if int(net.link_dst[lk]) in up:
                water += float(net.link_initial_mcm[lk].sum())
        asked = float(req.sum())
        name = ctx.name[m]
        if asked > water + IMPOSSIBLE_TOL_MCM * (1.0 + asked):
            short_total += asked - water
            problems.append(translate(
                "Precheck", "the minimum flow at {name} asks for {asked} Mm³ over the horizon, "
                            "but at most {water} Mm³ can reach it (all inflow upstream plus all "
                            "water stored upstream at the start): short by {short} Mm³ whatever "
                            "the schedule").format(
                name=name, asked=fig(asked, ",.1f"), water=fig(water, ",.1f"),
                short=fig(asked - water, ",.1f")))
            continue
        gap = req - bound[m]
        bad = np.flatnonzero(gap > IMPOSSIBLE_TOL_MCM * (1.0 + req))
        if len(bad):
            worst = int(bad[np.argmax(gap[bad])])
            short = float(gap[bad].sum())
            short_total += short
            problems.append(translate(
                "Precheck", "the minimum flow at {name} asks in {period} for {asked} Mm³, but at "
                            "most {possible} Mm³ can pass then (inflow plus the most the "
                            "reservoirs upstream can release): short by {short} Mm³ in {count} "
                            "period(s) whatever the schedule").format(
                name=name, period=ctx.labels[worst], asked=fig(req[worst], ",.1f"),
                possible=fig(bound[m, worst], ",.1f"), short=fig(short, ",.1f"),
                count=len(bad)))
    if problems:
        raise PhysicallyImpossible(
            translate("Precheck", "A minimum flow is physically impossible with inflow set "
                                  "'{name}':").format(name=ctx.inflow_set) + "\n"
            + "\n".join(f"  - {p}" for p in problems) + "\n"
            + translate("Precheck", "Lower the required minimum flow (is its unit right?) or "
                                    "check the inflows."),
            [translate("Requirements", "minimum flow at {name}").format(name=ctx.name[m])
             for m in mins])


def precheck(ctx: Context) -> ProblemSize:
    """All the checks, cheapest first; returns the estimated size."""
    check_decisions(ctx)
    check_country_limits(ctx)
    size = check_size(ctx)
    check_min_flows(ctx)
    return size
