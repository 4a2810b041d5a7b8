"""The optimiser: whole-horizon linear programmes over the simulator's compiled network.

Public API (no Qt; safe to call from a worker thread on an immutable scenario):

* :func:`optimise` — the best schedule for the scenario's objective, with before/after
  figures (``result.comparison``), the protective defaults applied (``result.defaults``),
  binding constraints and shadow prices in words, and the self-check;
* :func:`optimise_robust` — one schedule for K members of an inflow ensemble (mean or CVaR
  of the objective; :class:`RobustSettings`, :class:`RiskMeasure`), with in-sample and
  out-of-sample comparisons (:class:`RobustResult`);
* :func:`pareto_front` — an ε-constraint sweep between two objectives (a risk measure over
  an ensemble on either axis: ``cvar90:shortfall:kyzylorda``);
  :func:`available_objectives` — the objective labels a scenario offers for it;
  :func:`available_risk_objectives` — the risk axes (``mean:…``, ``cvar90:…``);
  :func:`available_risk_objectives` — the risk axes (``mean:…``, ``cvar90:…``) over an
  ensemble;
* :class:`CancelToken`, :class:`Cancelled` — stop a long run; progress callbacks are
  ``progress(fraction, message)``;
* :class:`InfeasibleError` (names the conflicting requirements),
  :class:`PhysicallyImpossible` (a requirement no schedule can meet, found before solving),
  :class:`ProblemTooLarge`, :class:`OptimisationError` (their base).
"""

from waterplanner.engine.optimise.api import (
    DemandChange,
    OptimisationResult,
    TermValue,
    optimise,
)
from waterplanner.engine.optimise.defaults import AppliedDefaults
from waterplanner.engine.optimise.errors import (
    InfeasibleError,
    OptimisationError,
    PhysicallyImpossible,
    ProblemTooLarge,
)
from waterplanner.engine.optimise.explain import Binding
from waterplanner.engine.optimise.pareto import (
    ParetoFront,
    ParetoPoint,
    available_objectives,
    pareto_front,
)
from waterplanner.engine.optimise.record import OptimisationRecord
from waterplanner.engine.optimise.risk_measure import RiskMeasure, RiskSettingsError
from waterplanner.engine.optimise.robust import RobustResult, optimise_robust
from waterplanner.engine.optimise.robust_members import RobustSettings
from waterplanner.engine.optimise.robust_pareto import available_risk_objectives
from waterplanner.engine.optimise.selfcheck import SelfCheck
from waterplanner.progress import Cancelled, CancelToken, Progress

__all__ = [
    "AppliedDefaults", "Binding", "CancelToken", "Cancelled", "DemandChange",
    "InfeasibleError", "OptimisationError", "OptimisationRecord", "OptimisationResult",
    "ParetoFront", "ParetoPoint", "PhysicallyImpossible", "ProblemTooLarge", "Progress",
    "RiskMeasure", "RiskSettingsError", "RobustResult", "RobustSettings", "SelfCheck",
    "TermValue", "available_objectives", "available_risk_objectives", "optimise",
    "optimise_robust", "pareto_front",
]
