"""What the window simulates: one inflow set of the scenario, or an inflow ensemble.

The Inflows box lists the scenario's inflow sets and then its ensembles (or, when it declares
none, the default generator fitted to its own inflow sets), each a string the session keeps:
an inflow set's name, or ``ensemble:<name>`` (``ensemble:`` alone for the default generator).
An ensemble runs :data:`WINDOW_MEMBERS` members in one call, so the plots can show its bands
on every edit; the baseline, if any, runs on the same members so the two compare member by
member.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

import numpy as np

from waterplanner.engine.ensemble import EnsembleInflows
from waterplanner.engine.ensemble_run import (
    BASELINE_NOT_SHOWN,
    EnsembleRun,
    ensemble_members,
    simulate_members,
)
from waterplanner.engine.results import Results
from waterplanner.engine.simulate import simulate
from waterplanner.i18n import plural, translate
from waterplanner.model.nodes import InflowNode
from waterplanner.model.scenario import Scenario

ENSEMBLE = "ensemble:"
WINDOW_MEMBERS = 200
"""Members the window simulates for an ensemble: enough for stable 5-95 % bands, few enough
for the plots to follow an edit at once."""


@dataclass(frozen=True)
class Choice:
    """One entry of the Inflows box."""

    value: str
    label: str
    tooltip: str


def is_ensemble(choice: str | None) -> bool:
    return choice is not None and choice.startswith(ENSEMBLE)


def ensemble_name(choice: str) -> str | None:
    """The scenario's ensemble a choice names (None: the default generator)."""
    return choice[len(ENSEMBLE):] or None


def choices(scenario: Scenario) -> list[Choice]:
    """The Inflows box's entries, inflow sets first."""
    out = [Choice(s.name, s.label or s.name, s.description) for s in scenario.inflow_sets]
    if scenario.ensembles:
        out += [Choice(ENSEMBLE + e.name,
                       translate("Inflows", "Ensemble: {name}").format(name=e.label or e.name),
                       e.description or translate("Inflows", "The scenario's ensemble '{name}'")
                       .format(name=e.name))
                for e in scenario.ensembles]
    elif scenario.inflow_sets:
        out.append(Choice(ENSEMBLE, plural("Inflows", "Ensemble: generated ({count} members)",
                                           WINDOW_MEMBERS).format(count=WINDOW_MEMBERS),
                          translate("Inflows", "Members drawn by the default stochastic "
                                    "generator fitted to this scenario's own inflow sets (see "
                                    "docs/ensembles.md); the plots show the median and the 50 % "
                                    "and 90 % bands")))
    return out


def valid(scenario: Scenario, choice: str | None) -> str | None:
    """``choice`` if the scenario offers it, else its first inflow set (None without any)."""
    values = [c.value for c in choices(scenario)]
    if choice in values:
        return choice
    return scenario.inflow_set_names[0] if scenario.inflow_set_names else None


def inflow_set_of(scenario: Scenario, choice: str | None) -> str | None:
    """The inflow set a single-run tool (the optimiser) uses for this choice: the set itself,
    or the scenario's first set for an ensemble."""
    if is_ensemble(choice):
        return scenario.inflow_set_names[0] if scenario.inflow_set_names else None
    return choice


def run(scenario: Scenario, choice: str | None, baseline: Scenario | None
        ) -> tuple[Results, Results | None, str]:
    """Simulate the choice for the plan and its baseline: (results, baseline results, a note
    when the baseline cannot be run on the same inflows). An ensemble's results carry what
    it is (``results.ensemble``)."""
    if not is_ensemble(choice):
        base, note = _baseline_single(baseline, choice)
        return simulate(scenario, choice), base, note
    assert choice is not None
    ens, described = _MEMBERS.get(scenario, ensemble_name(choice))
    results = simulate_members(scenario, ens.inflow_mcm, described)
    assert results is not None
    if baseline is None:
        return results, None, ""
    base = _BASELINES.get(baseline, ens.inflow_mcm, described)
    return results, base, "" if base is not None else translate("EnsembleRun", BASELINE_NOT_SHOWN)


class _MembersCache:
    """The members of the last run, reused while what they are made from is the same: the
    ensemble's name, the time base, the inflow sets, the ensembles and every inflow node,
    each the very (immutable) object it was. An edit of a schedule or a rule re-simulates
    the same members without drawing them again; an edit of an inflow node, an inflow set
    or an ensemble draws them anew."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._key: tuple[object, ...] | None = None
        self._value: tuple[EnsembleInflows, EnsembleRun] | None = None

    @staticmethod
    def _key_of(scenario: Scenario, name: str | None) -> tuple[object, ...]:
        return (name, scenario.time, scenario.inflow_sets, scenario.ensembles,
                *(n for n in scenario.nodes if isinstance(n, InflowNode)))

    def get(self, scenario: Scenario, name: str | None) -> tuple[EnsembleInflows, EnsembleRun]:
        key = self._key_of(scenario, name)
        with self._lock:
            old = self._key
            if old is not None and self._value is not None and len(old) == len(key) \
                    and old[0] == key[0] and all(a is b for a, b in zip(old[1:], key[1:])):
                return self._value
            value = ensemble_members(scenario, name, members_count=WINDOW_MEMBERS)
            self._key, self._value = key, value
            return value


_MEMBERS = _MembersCache()


class _BaselineCache:
    """The baseline's ensemble results of the last run, reused while the baseline and the
    members are the same: an edit of the plan re-simulates the plan alone (a baseline is a
    fixed scenario, so its results on the same members cannot have changed)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._key: tuple[Scenario, EnsembleRun, dict[str, np.ndarray]] | None = None
        self._results: Results | None = None

    def get(self, baseline: Scenario, inflow_mcm: dict[str, np.ndarray],
            described: EnsembleRun) -> Results | None:
        with self._lock:
            key = self._key
            if key is not None and key[0] is baseline and key[1] == described \
                    and key[2].keys() == inflow_mcm.keys() \
                    and all(np.array_equal(key[2][n], a) for n, a in inflow_mcm.items()):
                return self._results
            results = simulate_members(baseline, inflow_mcm, described)
            self._key, self._results = (baseline, described, inflow_mcm), results
            return results


_BASELINES = _BaselineCache()


def _baseline_single(baseline: Scenario | None, inflow_set: str | None
                     ) -> tuple[Results | None, str]:
    if baseline is None:
        return None, ""
    if inflow_set is not None and inflow_set not in baseline.inflow_set_names:
        name = baseline.inflow_set_names[0]
        note = translate("Inflows", "The baseline has no inflow set '{name}': it is shown "
                         "with its own '{own}'").format(name=inflow_set, own=name)
        return simulate(baseline, name), note
    return simulate(baseline, inflow_set), ""


def _counted_texts() -> None:  # pragma: no cover - read by pyside6-lupdate, never run
    translate("Inflows", "Ensemble: generated ({count} members)", None, 1)
