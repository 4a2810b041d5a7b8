"""An inflow ensemble simulated for the planner: the plan's members, the baseline's on the
same members, what the ensemble is, and which member is driest, median or wettest.

The window (:mod:`waterplanner.ui.inflow_choice`) and ``waterplanner report --ensemble`` both
simulate through :func:`simulate_ensemble`, so an ensemble, its members and its seed give
the same results (and the same risk table, :meth:`Results.risk`) in every view. Members are
those of :func:`waterplanner.engine.ensemble.members`, bit for bit the members the
``ensemble`` command simulates chunk by chunk.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from waterplanner.engine.ensemble import EnsembleInflows, find_ensemble, members
from waterplanner.engine.results import Results
from waterplanner.engine.simulate import simulate
from waterplanner.i18n import QT_TRANSLATE_NOOP, LabelTable, translate
from waterplanner.i18n.figures import counted
from waterplanner.model.ensembles import (
    DEFAULT_ENSEMBLE_NAME,
    GeneratorSource,
    MembersSource,
    RecordSource,
)
from waterplanner.model.nodes import InflowNode
from waterplanner.model.scenario import Scenario


@dataclass(frozen=True)
class EnsembleRun:
    """What an ensemble result is of: the ensemble, where its members come from, how many
    were simulated and with which seed (None for a record or stored members)."""

    name: str
    label: str
    source: str
    """In words: 'generator lognormal_ar1', 'record of the inflow set …', 'stored members'."""
    members: int
    seed: int | None
    description: str = ""
    notes: tuple[str, ...] = ()

    @property
    def title(self) -> str:
        """"'generated' (Generated from the inflow sets)": name and label. The default
        ensemble's name is the program's (English) word, not the scenario's: in Russian and
        Kazakh its label alone says what it is («Сгенерирован по вариантам притока»)."""
        if self.name == DEFAULT_ENSEMBLE_NAME and self.label != self.name:
            return translate("EnsembleRun", "'generated' ({label})").format(label=self.label)
        return f"'{self.name}'" + (f" ({self.label})" if self.label != self.name else "")

    def sentence(self) -> str:
        """One line for a caption: "Ensemble 'generated' (…): stochastic generator
        lognormal_ar1, 200 members, seed 7." """
        seed = translate("EnsembleRun", ", seed {seed}").format(seed=self.seed) \
            if self.seed is not None else ""
        return translate("EnsembleRun", "Ensemble {title}: {source}, {members}{seed}.").format(
            title=self.title, source=self.source,
            members=counted("Ensembles", "%n members", self.members, "%n members"), seed=seed)


METHOD_WORDS = {
    "lognormal_ar1": QT_TRANSLATE_NOOP("EnsembleRun", "lognormal_ar1"),
}
"""The generators' names (the scenario file's ``method``) as the planner reads them: English
keeps the file's name, Russian and Kazakh say it in words (shown through
``translate("EnsembleRun", method)``)."""


def _source_words(scenario: Scenario, name: str | None) -> str:
    src = find_ensemble(scenario, name).source
    if isinstance(src, GeneratorSource):
        method = translate("EnsembleRun", METHOD_WORDS[src.method]) \
            if src.method in METHOD_WORDS else src.method
        return translate("EnsembleRun", "stochastic generator {method}").format(method=method)
    if isinstance(src, RecordSource):
        return translate("EnsembleRun", "record of the inflow set '{name}'").format(
            name=src.set or scenario.inflow_set_names[0])
    if isinstance(src, MembersSource):
        return translate("EnsembleRun", "stored members")
    return type(src).__name__  # pragma: no cover - the model knows only the three


def ensemble_members(scenario: Scenario, name: str | None = None, *,
                     members_count: int | None = None, seed: int | None = None
                     ) -> tuple[EnsembleInflows, EnsembleRun]:
    """The members of the ensemble ``name`` (None: the scenario's first, or the default
    generator) and their description. Raises KeyError or ValueError (an unknown ensemble,
    members that do not exist), each saying why."""
    ens = members(scenario, name, members=members_count, seed=seed)
    return ens, EnsembleRun(ens.name, ens.label, _source_words(scenario, name), ens.members,
                            ens.seed, ens.description, ens.notes)


def simulate_members(scenario: Scenario, inflow_mcm: Mapping[str, np.ndarray],
                     run: EnsembleRun) -> Results | None:
    """``scenario`` on the members ``inflow_mcm``, its results carrying ``run``; None when
    its inflow nodes are not those of the members (a baseline of another network)."""
    own = {n.id for n in scenario.nodes if isinstance(n, InflowNode)}
    if own != set(inflow_mcm):
        return None
    results = simulate(scenario, inflows=inflow_mcm)
    results.ensemble = run
    return results


BASELINE_NOT_SHOWN = QT_TRANSLATE_NOOP("EnsembleRun", "The baseline has other inflow nodes than "
                                                     "the plan: it is not shown with the "
                                                     "ensemble")
"""Why a baseline is not shown (English; :func:`simulate_ensemble` returns it translated)."""


def simulate_ensemble(scenario: Scenario, name: str | None = None, *,
                      members_count: int | None = None, seed: int | None = None,
                      baseline: Scenario | None = None
                      ) -> tuple[Results, Results | None, str]:
    """Simulate ``members_count`` members of the ensemble ``name`` for the plan and, when
    given, its baseline on the same members: (plan results, baseline results or None, why
    the baseline is not shown). Both results carry their :class:`EnsembleRun`
    (``results.ensemble``)."""
    ens, run = ensemble_members(scenario, name, members_count=members_count, seed=seed)
    results = simulate_members(scenario, ens.inflow_mcm, run)
    assert results is not None  # the members are made for this scenario's inflow nodes
    if baseline is None:
        return results, None, ""
    base = simulate_members(baseline, ens.inflow_mcm, run)
    return results, base, "" if base is not None else translate("EnsembleRun",
                                                                 BASELINE_NOT_SHOWN)


PICKS = ("driest", "median", "wettest")
"""The members a planner can ask for by name."""


@dataclass(frozen=True)
class MemberRanks:
    """Members ranked by their total inflow over the horizon (every inflow node and period,
    Mm³): the driest, the median and the wettest member (indices from 0)."""

    total_mcm: np.ndarray
    driest: int
    median: int
    wettest: int

    @staticmethod
    def check_word(which: str) -> None:
        """Raise ValueError unless ``which`` is 'driest', 'median' or 'wettest'."""
        if which not in PICKS:
            raise ValueError(translate("EnsembleRun", "no member called '{which}' (driest, "
                                                      "median or wettest)").format(which=which))

    def pick(self, which: str) -> int:
        """The member called 'driest', 'median' or 'wettest'."""
        self.check_word(which)
        return int(getattr(self, which))

    def word(self, member: int) -> str:
        """'driest', 'median', 'wettest' or '' for any other member."""
        return next((w for w in PICKS if getattr(self, w) == member), "")


def member_ranks(results: Results) -> MemberRanks:
    """Rank the members of ``results`` by total inflow. The median member is the one in the
    middle of the order (the lower of the two middle ones for an even count); ties go to
    the lower member number."""
    total = np.asarray(results.local_inflow_mcm, dtype=float).sum(axis=(1, 2))
    order = np.argsort(total, kind="stable")
    return MemberRanks(total, int(np.argmin(total)), int(order[(len(order) - 1) // 2]),
                       int(np.argmax(total)))


RANK_WORDS: LabelTable[str] = LabelTable("EnsembleRun", {
    "driest": QT_TRANSLATE_NOOP("EnsembleRun", "driest"),
    "median": QT_TRANSLATE_NOOP("EnsembleRun", "median"),
    "wettest": QT_TRANSLATE_NOOP("EnsembleRun", "wettest"),
})
"""A quick pick's word in the planner's language ('driest' of the ensemble …)."""


def rank_word(word: str) -> str:
    """'driest', 'median' or 'wettest' in the planner's language (other words unchanged)."""
    return RANK_WORDS.get(word, word)


def chosen_member(results: Results, pick: int | str, ranks: MemberRanks | None = None) -> int:
    """The member (from 0) that ``pick`` names in ``results``: a member number (from 0, kept
    within the ensemble) or 'driest', 'median', 'wettest'; 0 for a single run. ``ranks``:
    the members' ranks when the caller keeps them (made here otherwise)."""
    if results.members <= 1:
        return 0
    if isinstance(pick, str):
        return (ranks if ranks is not None else member_ranks(results)).pick(pick)
    return min(max(int(pick), 0), results.members - 1)


def member_label(results: Results, member: int, ranks: MemberRanks | None = None) -> str:
    """'member 17 of 200 (driest)', 'member 5 of 200'; '' for a single run. The window's
    toolbar, plots and schematic and the report name the member in these words."""
    if results.members <= 1:
        return ""
    word = (ranks if ranks is not None else member_ranks(results)).word(member)
    if word:
        return translate("EnsembleRun", "member {number} of {count} ({rank})").format(
            number=member + 1, count=results.members, rank=rank_word(word))
    return translate("EnsembleRun", "member {number} of {count}").format(
        number=member + 1, count=results.members)
