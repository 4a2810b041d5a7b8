"""The members of a scenario's own ensembles as a member source for the ensemble runners.

:class:`ScenarioMembers` is small and picklable (the scenario, the ensemble's name and the
seed): a Dask worker receives it once and makes each chunk of members it simulates itself,
with :func:`waterplanner.engine.ensemble.chunk` (the same numbers as slicing the whole).
It pickles with its scenario as file text (:mod:`~waterplanner.engine.risk.portable`).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from waterplanner.engine.ensemble import chunk
from waterplanner.engine.ensemble.build import find_ensemble, stored_size
from waterplanner.engine.risk.portable import PortableScenario
from waterplanner.model.ensembles import GeneratorSource
from waterplanner.model.scenario import Scenario


@dataclass(frozen=True)
class ScenarioMembers:
    """Members of the ensemble ``name`` of ``scenario`` (None: its first, or the default
    generator), with ``seed`` overriding a generator's own (None: the stored seed)."""

    scenario: Scenario
    name: str | None = None
    seed: int | None = None

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        return (_members_of, (PortableScenario(self.scenario), self.name, self.seed))

    def __call__(self, start: int, stop: int) -> dict[str, np.ndarray]:
        return chunk(self.scenario, self.name, start, stop, seed=self.seed).inflow_mcm

    def describe(self) -> dict[str, object]:
        """The ensemble's name, label, seed and notes (for file attributes and tables)."""
        e = chunk(self.scenario, self.name, 0, 0, seed=self.seed)
        return {"ensemble": e.name, "ensemble_label": e.label,
                "seed": "" if e.seed is None else e.seed, "ensemble_notes": " ".join(e.notes)}

    def default_members(self) -> int:
        """How many members the ensemble has when none are asked for (a generator's stored
        count; every member of a record or of stored members)."""
        e = find_ensemble(self.scenario, self.name)
        size = stored_size(self.scenario, e)
        if size is not None:
            return size
        assert isinstance(e.source, GeneratorSource)
        return e.source.members


def _members_of(scenario: PortableScenario, name: str | None,
                seed: int | None) -> ScenarioMembers:
    return ScenarioMembers(scenario.scenario, name, seed)
