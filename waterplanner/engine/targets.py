"""Release targets the reservoirs could not follow, and why.

A schedule is a list of *targets*: the kernel releases the target only when the reservoir
can. It releases less when the water above dead storage (or above the operating minimum) runs
out, the storage is in the rule's buffer zone or the target exceeds the maximum release, and
more when the minimum release or the flood-control limit demands it (see the period anatomy
in :mod:`waterplanner.engine.kernel`). A planner must see every such period, or a schedule
that cannot be carried out looks as if it were. Only reservoirs on the ``schedule`` rule
have targets; the others decide their release from their rule.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from waterplanner.engine.compiled import RESERVOIR, SCHEDULE_RULE
from waterplanner.engine.limits import release_limits
from waterplanner.engine.results import Results
from waterplanner.i18n import QT_TRANSLATE_NOOP, LabelTable, translate
from waterplanner.i18n.dates import time_label
from waterplanner.i18n.figures import fig, localise
from waterplanner.i18n.numbers import decimal_mark
from waterplanner.i18n.units import unit

ABS_TOLERANCE_MCM = 1e-3
"""Differences below this (1 000 m³ in a period) are round-off, not an unmet target."""
REL_TOLERANCE = 1e-6

REASONS: LabelTable[str] = LabelTable("UnmetTargets", {
    "dead_storage": QT_TRANSLATE_NOOP("UnmetTargets", "storage at dead level"),
    "operating_minimum": QT_TRANSLATE_NOOP("UnmetTargets", "storage at the operating minimum"),
    "buffer_zone": QT_TRANSLATE_NOOP("UnmetTargets",
                                     "storage in the buffer zone (reduced release)"),
    "max_release": QT_TRANSLATE_NOOP("UnmetTargets", "above the maximum release"),
    "min_release": QT_TRANSLATE_NOOP("UnmetTargets", "below the minimum release"),
    "flood_control": QT_TRANSLATE_NOOP("UnmetTargets", "storage above the flood-control limit"),
})
"""Why a target was not met, by reason key, in the planner's language when read."""


@dataclass(frozen=True)
class UnmetTarget:
    """One reservoir-period whose release differs from its target."""

    reservoir_id: str
    name: str
    period: int
    target_mcm: float
    released_mcm: float
    reason: str
    """A key of :data:`REASONS`."""
    limit_mcm: float | None = None
    """The maximum or minimum release that applied, for those reasons."""

    @property
    def short(self) -> bool:
        """True when less was released than the target (water the plan counted on)."""
        return self.released_mcm < self.target_mcm

    def message(self, results: Results, units: str = "m3s") -> str:
        """'Toktogul, Feb 2026: target 1 607 m³/s, released 100 m³/s: storage at dead level'."""
        time = results.scenario.time

        def show(v_mcm: float) -> str:
            return _show(v_mcm, results, self.period, units)

        return translate("UnmetTargets", "{name}, {period}: target {target}, released "
                                         "{released}: {reason}").format(
            name=self.name, period=time_label(time, self.period), target=show(self.target_mcm),
            released=show(self.released_mcm), reason=self.reason_text(results, units))

    def reason_text(self, results: Results, units: str = "m3s") -> str:
        """Why: 'storage at dead level', 'above the maximum release of 900 m³/s', …"""
        limit = None if self.limit_mcm is None else \
            _show(self.limit_mcm, results, self.period, units)
        if limit is not None and self.reason == "max_release":
            return translate("UnmetTargets", "above the maximum release of {limit}").format(
                limit=limit)
        if limit is not None and self.reason == "min_release":
            return translate("UnmetTargets", "below the minimum release of {limit}").format(
                limit=limit)
        return REASONS[self.reason]


def unmet_targets(results: Results, member: int = 0) -> list[UnmetTarget]:
    """Every reservoir-period of one member whose release differs from its target."""
    scn = results.scenario
    net = results.net
    out: list[UnmetTarget] = []
    for i in np.flatnonzero((net.kind == RESERVOIR) & (net.rule == SCHEDULE_RULE)):
        rid = net.node_ids[i]
        limits = release_limits(net, rid)  # the limits the kernel ran with
        target = np.asarray(scn.release_schedules[rid], dtype=float)
        released = results.release_mcm[member, i]
        diff = released - target
        tol = np.maximum(ABS_TOLERANCE_MCM, REL_TOLERANCE * np.abs(target))
        name = scn.node(rid).name
        start = np.concatenate(([net.initial_mcm[i]], results.storage_mcm[member, i, :-1]))
        end = results.storage_mcm[member, i]
        for t in np.flatnonzero(np.abs(diff) > tol):
            max_rel = float(limits.max_mcm[t])
            min_rel = float(limits.min_mcm[t])
            limit: float | None = None
            if diff[t] < 0:
                if target[t] > max_rel and released[t] >= max_rel - tol[t]:
                    reason, limit = "max_release", max_rel
                elif start[t] < net.buffer_mcm[i, t] and \
                        target[t] > net.buffer_release_mcm[i, t] and \
                        released[t] >= max(net.buffer_release_mcm[i, t], min_rel) - tol[t]:
                    reason = "buffer_zone"
                elif net.dead_mcm[i] + tol[t] < end[t] <= net.floor_mcm[i] + tol[t]:
                    reason = "operating_minimum"
                else:
                    reason = "dead_storage"
            elif target[t] < min_rel:
                reason, limit = "min_release", min_rel
            else:  # the only other way to release more than the target
                reason = "flood_control"
            out.append(UnmetTarget(rid, name, int(t), float(target[t]), float(released[t]),
                                   reason, limit))
    return out


def _show(v_mcm: float, results: Results, period: int, units: str) -> str:
    """A release of one period in the unit asked: '1 607 m³/s', '12.5 m³/s', '4 304.2 Mm³'."""
    if units == "m3s":
        v = float(results.scenario.time.mcm_to_m3s(v_mcm)[period])
        text = _grouped(v, ",.0f") if abs(v) >= 10 else fig(v, ".1f")
        return f"{text} {unit('m³/s')}"
    return f"{_grouped(v_mcm, ',.1f')} {unit('Mm³')}"


def _grouped(v: float, spec: str) -> str:
    """Thousands apart by a space ('1 607'), the language's decimal mark."""
    text = format(v, spec)
    return text.replace(",", " ") if decimal_mark() == "." else localise(text)
