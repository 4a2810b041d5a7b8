"""Inflow ensembles as arrays for the simulation: members of a scenario's ensembles, made
by the stochastic generator, taken from the record, or stored in the file (no Qt).

``members(scenario, name=None, *, members=None, seed=None)`` gives an ensemble's members;
``chunk(scenario, name, start, stop, seed=...)`` gives members start..stop−1 alone, equal
to those rows of the whole (a Dask worker makes its own chunk).
"""

from waterplanner.engine.ensemble.build import (
    chunk,
    default_ensemble,
    ensemble_names,
    find_ensemble,
    members,
)
from waterplanner.engine.ensemble.inflows import EnsembleInflows

__all__ = ["EnsembleInflows", "chunk", "default_ensemble", "ensemble_names", "find_ensemble",
           "members"]
