"""The optimiser: whole-horizon linear programmes over the simulator's compiled network.

Public API (no Qt; safe to call from a worker thread on an immutable scenario):

* :func:`optimise` — the best schedule for the scenario's objective, with before/after
  figures, binding constraints and shadow prices in words, and the self-check;
* :func:`pareto_front` — an ε-constraint sweep between two objectives;
* :class:`CancelToken`, :class:`Cancelled` — stop a long run; progress callbacks are
  ``progress(fraction, message)``;
* :class:`InfeasibleError` (names the conflicting requirements), :class:`OptimisationError`.
"""

from waterplanner.engine.optimise.api import (
    DemandChange, OptimisationResult, TermValue, optimise,
)
from waterplanner.engine.optimise.explain import Binding
from waterplanner.engine.optimise.pareto import ParetoFront, ParetoPoint, pareto_front
from waterplanner.engine.optimise.record import OptimisationRecord
from waterplanner.engine.optimise.selfcheck import SelfCheck
from waterplanner.engine.optimise.solve import InfeasibleError, OptimisationError
from waterplanner.progress import Cancelled, CancelToken, Progress

__all__ = [
    "Binding", "CancelToken", "Cancelled", "DemandChange", "InfeasibleError",
    "OptimisationError", "OptimisationRecord", "OptimisationResult", "ParetoFront", "ParetoPoint", "Progress",
    "SelfCheck", "TermValue", "optimise", "pareto_front",
]
