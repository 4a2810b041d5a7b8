"""The operating limits of a reservoir exactly as the simulation kernel applies them.

Views that draw a release band or storage bounds read them here, never from their own rule:
the numbers come from the compiled arrays (:func:`~waterplanner.engine.compiled.compile_network`)
that :mod:`waterplanner.engine.kernel` runs on. In particular a reservoir with no maximum
release has an *unlimited* maximum (``inf``), whatever its turbines can pass: turbine capacity
only caps the flow that makes energy, and water released beyond it goes down the river all the
same.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from waterplanner.engine.compiled import RESERVOIR, CompiledNetwork
from waterplanner.engine.physics import m3s_of, mcm_per_period
from waterplanner.model.scenario import Scenario


@dataclass(frozen=True, eq=False)
class ReleaseLimits:
    """Release limits of one reservoir per period, in Mm³ per period.

    ``max_mcm`` is ``inf`` in the periods with no maximum; ``turbine_mcm`` is None for a
    reservoir without a hydropower plant.
    """

    reservoir_id: str
    seconds: np.ndarray            # [T], length of each period
    min_mcm: np.ndarray            # [T]
    max_mcm: np.ndarray            # [T], inf = unlimited
    turbine_mcm: np.ndarray | None  # [T], what the turbines can pass

    @property
    def has_max(self) -> bool:
        """True when the maximum release binds in at least one period."""
        return bool(np.isfinite(self.max_mcm).any())

    @property
    def has_min(self) -> bool:
        """True when some period asks for more than nothing."""
        return bool((self.min_mcm > 0).any())

    def _m3s(self, mcm: np.ndarray) -> np.ndarray:
        return m3s_of(mcm, self.seconds)

    @property
    def min_m3s(self) -> np.ndarray:
        return self._m3s(self.min_mcm)

    @property
    def max_m3s(self) -> np.ndarray:
        """Maximum release as a flow (``inf`` where unlimited)."""
        return self._m3s(self.max_mcm)

    @property
    def turbine_m3s(self) -> np.ndarray | None:
        return None if self.turbine_mcm is None else self._m3s(self.turbine_mcm)


@dataclass(frozen=True, eq=False)
class StorageBounds:
    """Storage bounds of one reservoir in Mm³: dead storage, capacity (above it, water
    spills) and the flood-control curve (``inf`` in periods with none; it bounds the storage
    at the *end* of each period)."""

    reservoir_id: str
    dead_mcm: float
    capacity_mcm: float
    flood_mcm: np.ndarray          # [T], inf = no flood-control limit
    floor_mcm: float = 0.0
    """The operating minimum (equal to the dead storage when none is set)."""
    guide_mcm: np.ndarray | None = None    # [T], target end storage of a guide-curve rule
    buffer_mcm: np.ndarray | None = None   # [T], top of the rule's buffer zone

    @property
    def has_flood_control(self) -> bool:
        return bool(np.isfinite(self.flood_mcm).any())

    @property
    def has_operating_minimum(self) -> bool:
        return self.floor_mcm > self.dead_mcm


def compiled_for(source: Scenario | CompiledNetwork) -> CompiledNetwork:
    """The compiled arrays of a scenario (cached, as the simulator's), or ``source`` itself.

    Raises ValueError when the scenario cannot be compiled (a network with a cycle).
    """
    if isinstance(source, CompiledNetwork):
        return source
    from waterplanner.engine.simulate import prepare  # the cache the simulator uses
    return prepare(source).net


def _reservoir_index(net: CompiledNetwork, reservoir_id: str) -> int:
    if reservoir_id not in net.node_ids:
        raise KeyError(f"no node '{reservoir_id}' in the network")
    i = net.node_index(reservoir_id)
    if net.kind[i] != RESERVOIR:
        raise ValueError(f"node '{reservoir_id}' is not a reservoir")
    return i


def release_limits(source: Scenario | CompiledNetwork, reservoir_id: str) -> ReleaseLimits:
    """Minimum, maximum and turbine release of a reservoir, per period (see ReleaseLimits)."""
    net = compiled_for(source)
    i = _reservoir_index(net, reservoir_id)
    seconds = np.array(net.seconds, dtype=float)
    turbine = None
    if net.has_plant[i]:
        turbine = mcm_per_period(net.turbine_m3s[i], seconds)
    return ReleaseLimits(reservoir_id=reservoir_id, seconds=seconds,
                         min_mcm=np.array(net.min_release_mcm[i], dtype=float),
                         max_mcm=np.array(net.max_release_mcm[i], dtype=float),
                         turbine_mcm=turbine)


def storage_bounds(source: Scenario | CompiledNetwork, reservoir_id: str) -> StorageBounds:
    """Dead storage, capacity, flood-control curve, operating minimum and the rule's curves
    of a reservoir (see StorageBounds)."""
    net = compiled_for(source)
    i = _reservoir_index(net, reservoir_id)
    guide = np.array(net.guide_mcm[i], dtype=float)
    buffer = np.array(net.buffer_mcm[i], dtype=float)
    return StorageBounds(reservoir_id=reservoir_id, dead_mcm=float(net.dead_mcm[i]),
                         capacity_mcm=float(net.capacity_mcm[i]),
                         flood_mcm=np.array(net.flood_mcm[i], dtype=float),
                         floor_mcm=float(net.floor_mcm[i]),
                         guide_mcm=guide if np.isfinite(guide).any() else None,
                         buffer_mcm=buffer if np.isfinite(buffer).any() else None)
