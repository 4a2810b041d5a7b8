"""The members a robust schedule is optimised against, and those it is tested on.

Members come from one of the scenario's ensembles (or the default generator fitted to its
inflow sets) with a seed: members 0 … K−1 are *in-sample* (the LP sees them), members
K … K+M−1 *out-of-sample* (used only to measure the schedules afterwards). A member is
fixed by (ensemble, seed, index), so the two sets are disjoint by construction and the same
seed gives the same members again.

Each member gets its own optimisation context (:func:`member_context`): its local inflows,
the simulation of the input schedule on them (the reference of the carry-over default), and
its own copy of the releases the rule-driven reservoirs follow.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace

import numpy as np

from waterplanner.engine.ensemble import EnsembleInflows, chunk, find_ensemble
from waterplanner.engine.ensemble.build import stored_size
from waterplanner.engine.optimise.context import Context
from waterplanner.engine.optimise.risk_measure import RiskMeasure, RiskSettingsError
from waterplanner.engine.results import Results
from waterplanner.engine.simulate import simulate
from waterplanner.model.scenario import Scenario

MAX_IN_SAMPLE = 500
"""Most in-sample members: the LP grows linearly with them (about 1 500 variables per
member for one monthly year of the Syr Darya)."""
MAX_OUT_OF_SAMPLE = 100_000
DEFAULT_TEST_MEMBERS = 200
DEFAULT_MEMBERS = 20


@dataclass(frozen=True)
class RobustSettings:
    """How to optimise against an ensemble.

    ``ensemble``: its name (None: the scenario's first, else the default generator);
    ``members``: K in-sample members; ``risk``: the measure of the members' objective values;
    ``test_members``: M out-of-sample members (0: none); ``seed``: the generator's seed (None:
    the ensemble's own); ``threshold_pct``: the shortfall share above which a member counts
    as short in the out-of-sample risk table (P(short > threshold)).
    """

    ensemble: str | None = None
    members: int = DEFAULT_MEMBERS
    risk: RiskMeasure = field(default_factory=RiskMeasure)
    test_members: int = DEFAULT_TEST_MEMBERS
    seed: int | None = None
    threshold_pct: float = 10.0

    def __post_init__(self) -> None:
        for what, v in (("members", self.members), ("test members", self.test_members)):
            if isinstance(v, bool) or not isinstance(v, (int, np.integer)):
                raise RiskSettingsError(f"{what} must be a whole number, not {v!r}")
        if self.members < 1:
            raise RiskSettingsError(f"a robust schedule needs at least one in-sample member "
                                    f"(K = {self.members})")
        if self.members > MAX_IN_SAMPLE:
            raise RiskSettingsError(f"K = {self.members} in-sample members make one LP too "
                                    f"large: at most {MAX_IN_SAMPLE} (20–100 is usual)")
        if not 0 <= self.test_members <= MAX_OUT_OF_SAMPLE:
            raise RiskSettingsError(f"out-of-sample members: {self.test_members} is not "
                                    f"between 0 and {MAX_OUT_OF_SAMPLE}")
        if not 0.0 <= self.threshold_pct <= 100.0:
            raise RiskSettingsError(f"threshold {self.threshold_pct} % is not between 0 and "
                                    "100 %")


@dataclass(frozen=True, eq=False)
class MemberDraw:
    """The in-sample and out-of-sample members, and where they came from."""

    ensemble: str
    label: str
    seed: int | None
    in_sample: EnsembleInflows
    out_of_sample: EnsembleInflows | None
    notes: tuple[str, ...] = ()

    @property
    def in_sample_indices(self) -> range:
        return range(self.in_sample.first_member,
                     self.in_sample.first_member + self.in_sample.members)

    @property
    def out_of_sample_indices(self) -> range:
        if self.out_of_sample is None:
            return range(0)
        o = self.out_of_sample
        return range(o.first_member, o.first_member + o.members)


def draw_members(scenario: Scenario, settings: RobustSettings) -> MemberDraw:
    """Members 0 … K−1 in-sample and K … K+M−1 out-of-sample of the ensemble.

    Raises :class:`RiskSettingsError` for an unknown ensemble, a seed out of range, a
    generator that cannot be fitted, or a stored ensemble with fewer than K members (with
    fewer than K + M, the out-of-sample set is what is left, and a note says so).
    """
    if not scenario.inflow_sets:
        raise RiskSettingsError("the scenario has no inflow set, so it has no ensemble to "
                                "optimise against")
    try:
        ens = find_ensemble(scenario, settings.ensemble)
    except KeyError as e:
        raise RiskSettingsError(str(e.args[0])) from None
    k, m = settings.members, settings.test_members
    notes: list[str] = []
    size = stored_size(scenario, ens)
    if size is not None:
        if size < k:
            raise RiskSettingsError(f"ensemble '{ens.name}' has {size} member"
                                    f"{'s' * (size != 1)}, fewer than the K = {k} in-sample "
                                    "members asked")
        if size < k + m:
            notes.append(f"Ensemble '{ens.name}' has {size} members: {size - k} are left "
                         f"for the out-of-sample test (not {m}).")
            m = size - k
    try:
        ins = chunk(scenario, ens.name, 0, k, seed=settings.seed)
        outs = chunk(scenario, ens.name, k, k + m, seed=settings.seed) if m > 0 else None
    except (ValueError, TypeError) as e:
        raise RiskSettingsError(f"ensemble '{ens.name}': {e}") from None
    return MemberDraw(ensemble=ens.name, label=ins.label, seed=ins.seed, in_sample=ins,
                      out_of_sample=outs, notes=tuple(notes) + ins.notes)


def inflow_rows(ctx: Context, inflow: Mapping[str, np.ndarray]) -> np.ndarray:
    """A member's local inflows as the context's array [inflow slot, T]."""
    net = ctx.net
    arr = np.array(ctx.inflow_mcm, dtype=float, copy=True)
    for j, nid in enumerate(net.inflow_node_ids):
        if nid in inflow:
            arr[j] = np.asarray(inflow[nid], dtype=float)
    return arr


def simulate_member(scenario: Scenario, inflow: Mapping[str, np.ndarray],
                    release_mcm: Mapping[str, np.ndarray] | None = None) -> Results:
    """One member simulated (a one-member Results, as the optimiser's measures expect)."""
    return simulate(scenario, inflows=inflow, release_mcm=release_mcm)


def member_context(base: Context, inflow: Mapping[str, np.ndarray], label: str) -> Context:
    """The optimisation context of one member: ``base`` with the member's inflows, the
    input schedule simulated on them, and the rule-driven reservoirs held to what their
    rules release then."""
    planned = simulate_member(base.scenario, inflow)
    schedule = np.array(base.schedule_mcm, dtype=float, copy=True)
    held = np.flatnonzero(base.held)
    if len(held):
        schedule[held] = np.asarray(planned.release_mcm[0])[held]
    return replace(base, inflow_set=label, inflow_mcm=inflow_rows(base, inflow),
                   planned=planned, schedule_mcm=schedule)


@dataclass(frozen=True, eq=False)
class Member:
    """One in-sample member: its index in the ensemble, its inflows, its context."""

    index: int
    inflow: dict[str, np.ndarray]
    ctx: Context


def in_sample_members(base: Context, draw: MemberDraw) -> list[Member]:
    """The contexts of the in-sample members."""
    ens = draw.in_sample
    out = []
    for j in range(ens.members):
        idx = ens.first_member + j
        inflow = ens.member(j)
        out.append(Member(idx, inflow, member_context(base, inflow, f"member {idx}")))
    return out
