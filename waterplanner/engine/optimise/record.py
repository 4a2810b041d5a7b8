"""Where a scenario's release schedules came from: an optimiser run or a trade-off point.

A record is tied to the exact scenario that applying the schedules produced. Scenarios are
immutable, so "is this record about what is shown?" is an identity check: after any other
edit, an undo, or opening another file, the record no longer describes the scenario, and
nothing (window, CLI or report) may present it as if it did. Moving nodes on the schematic
is not such an edit: it changes only where the nodes are drawn.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from waterplanner.engine.optimise.api import OptimisationResult
from waterplanner.engine.optimise.pareto import ParetoFront, ParetoPoint
from waterplanner.engine.optimise.robust import RobustResult
from waterplanner.model.scenario import Scenario


@dataclass(frozen=True, eq=False)
class OptimisationRecord:
    """An applied optimiser result or trade-off point, and the scenario it produced."""

    kind: Literal["optimiser", "tradeoff"]
    applied_to: Scenario
    """The scenario the schedules were applied to (the state before applying)."""
    produced: Scenario
    """The scenario that applying them produced; the record describes only this one."""
    result: OptimisationResult | None = None
    """The optimiser's result (kind "optimiser")."""
    front: ParetoFront | None = None
    """The trade-off front (kind "tradeoff") and the index of the chosen point."""
    point_index: int | None = None
    robust: RobustResult | None = None
    """The robust optimiser's result (kind "optimiser", a schedule for ensemble members)."""

    def describes(self, scenario: Scenario | None) -> bool:
        """Whether this record is about exactly ``scenario`` (an identity check; its nodes
        may have been moved on the schematic since)."""
        return scenario is not None and scenario.same_apart_from_layout(self.produced)

    @property
    def point(self) -> ParetoPoint | None:
        """The chosen trade-off point, for a trade-off record."""
        if self.front is None or self.point_index is None:
            return None
        return self.front.points[self.point_index]

    @property
    def source_text(self) -> str:
        """One line for a title page or status bar: where the schedules came from."""
        if self.kind == "optimiser":
            r = self.robust
            if r is not None:
                return (f"the robust optimiser ({r.measure.text} over {len(r.members)} "
                        f"members of '{r.ensemble_label}')")
            return "the optimiser"
        front, k = self.front, self.point_index
        if front is None or k is None:
            return "a trade-off point"
        return (f"point {k + 1} of {len(front.points)} of the trade-off between "
                f"{front.a.label} and {front.b.label}")
