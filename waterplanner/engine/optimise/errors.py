"""Why the optimiser refuses or fails, as exceptions whose messages are for the planner."""

from __future__ import annotations


class OptimisationError(Exception):
    """The optimiser could not produce a schedule; the message says why in words."""


class InfeasibleError(OptimisationError):
    """The hard requirements cannot all hold; ``conflicts`` names them."""

    def __init__(self, message: str, conflicts: list[str]):
        super().__init__(message)
        self.conflicts = conflicts


class PhysicallyImpossible(InfeasibleError):
    """A requirement asks for more water than can reach its place, whatever the schedule
    (found from the inflows before solving)."""


class ProblemTooLarge(OptimisationError):
    """The linear programme would be too large to solve on this machine; the message says
    how large and what to do."""
