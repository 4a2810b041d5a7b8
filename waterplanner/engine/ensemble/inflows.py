"""What an ensemble gives the simulation: per inflow node, one series per member."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class EnsembleInflows:
    """The members of an ensemble, ready for ``simulate(scenario, inflows=e.inflow_mcm)``.

    ``inflow_mcm`` maps every inflow node of the scenario to a float array
    ``[members, periods]`` in Mm³ per period. ``seed`` is the generator's seed (None for a
    record or stored members). ``first_member`` is the index of the first member held, in
    the whole ensemble (0 unless this is a chunk of it). ``notes`` say which parameters were
    estimates or defaults, in words for the planner.
    """

    name: str
    label: str
    inflow_mcm: dict[str, np.ndarray]
    members: int
    seed: int | None
    description: str = ""
    first_member: int = 0
    notes: tuple[str, ...] = ()

    def member(self, k: int) -> dict[str, np.ndarray]:
        """Member ``k`` (counted within these members) as one series per node."""
        return {nid: a[k] for nid, a in self.inflow_mcm.items()}
