"""Changing a scenario's horizon: repeat its year, or plan the same year in dekads.

Which series are volumes per period (split when periods get shorter) and which are states
(a flood-control storage, repeated as it is) comes from the schema's units, so a new field
is handled as soon as it is described there.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import numpy as np

from waterplanner.i18n import translate
from waterplanner.model.ensembles import Ensemble, MembersSource
from waterplanner.model.nodes import AnyNode, Flow, OperatingRule
from waterplanner.model.scenario import Scenario
from waterplanner.model.schema import NODE_FIELDS, FieldType
from waterplanner.model.timebase import Step, TimeBase

Transform = Callable[[np.ndarray], np.ndarray]


def _is_per_period_amount(unit: str) -> bool:
    return unit.endswith("/period")


def _mapped(f: Transform, value: tuple[float, ...]) -> tuple[float, ...]:
    return tuple(float(x) for x in f(np.asarray(value, dtype=float)))


def _map_flow(value: Flow | None, state: Transform) -> Flow | None:
    """A constant-or-series flow (m³/s is a rate: repeated as it is)."""
    return _mapped(state, value) if isinstance(value, tuple) else value


def _map_curve(value: tuple[float, ...] | None, state: Transform) -> tuple[float, ...] | None:
    return None if value is None else _mapped(state, value)


def _map_rule(rule: OperatingRule, state: Transform) -> OperatingRule:
    return replace(rule, guide_curve_mcm=_map_curve(rule.guide_curve_mcm, state),
                   buffer_mcm=_map_curve(rule.buffer_mcm, state),
                   buffer_release_m3s=_map_flow(rule.buffer_release_m3s, state))


def _map_node(node: AnyNode, amount: Transform, state: Transform) -> AnyNode:
    changes: dict[str, object] = {}
    for spec in NODE_FIELDS[node.kind]:
        value = getattr(node, spec.name)
        if value is None:
            continue
        f = amount if _is_per_period_amount(spec.unit) else state
        if spec.type is FieldType.FLOW_OR_SERIES and isinstance(value, tuple):
            changes[spec.name] = _mapped(state, value)
        elif spec.type is FieldType.RULE:
            changes[spec.name] = _map_rule(value, state)
        elif spec.type is FieldType.SERIES:
            changes[spec.name] = tuple(float(x) for x in f(np.asarray(value, dtype=float)))
        elif spec.type is FieldType.SERIES_BY_SET:
            changes[spec.name] = {k: tuple(float(x) for x in f(np.asarray(v, dtype=float)))
                                  for k, v in value.items()}
    return replace(node, **changes) if changes else node  # type: ignore[arg-type]


def _map_ensemble(e: Ensemble, amount: Transform) -> Ensemble:
    """Stored members are volumes per period, mapped like the inflow sets."""
    if not isinstance(e.source, MembersSource):
        return e
    members = {k: tuple(_mapped(amount, m) for m in v) for k, v in e.source.inflow_mcm.items()}
    return replace(e, source=replace(e.source, inflow_mcm=members))


def _map(scenario: Scenario, time: TimeBase, amount: Transform, state: Transform) -> Scenario:
    return replace(
        scenario, time=time,
        ensembles=tuple(_map_ensemble(e, amount) for e in scenario.ensembles),
        nodes=tuple(_map_node(n, amount, state) for n in scenario.nodes),
        links=tuple(replace(lk, capacity_m3s=_map_flow(lk.capacity_m3s, state))
                    if isinstance(lk.capacity_m3s, tuple) else lk for lk in scenario.links),
        release_schedules={k: tuple(float(x) for x in amount(np.asarray(v, dtype=float)))
                           for k, v in scenario.release_schedules.items()})


def repeat_years(scenario: Scenario, years: int) -> Scenario:
    """The scenario's horizon repeated ``years`` times (e.g. ten years from one water year).

    The horizon should be whole years, so that the repeated series line up with the calendar.
    """
    if years < 1:
        raise ValueError(translate("Horizon", "years must be at least 1"))
    time = scenario.time.with_periods(scenario.time.periods * years)
    tile: Transform = lambda a: np.tile(a, years)
    return _map(scenario, time, tile, tile)


def monthly_to_dekads(scenario: Scenario) -> Scenario:
    """The same months planned in dekads: volumes and depths per period are split over each
    month's three dekads in proportion to their days (totals are kept); states such as a
    flood-control storage hold for all three dekads."""
    if scenario.time.step is not Step.MONTH:
        raise ValueError(translate("Horizon", "the scenario is not monthly"))
    time = TimeBase(Step.DEKAD, scenario.time.start, scenario.time.periods * 3,
                    scenario.time.water_year_start_month)
    days = np.asarray(time.days).reshape(-1, 3)
    share = days / days.sum(axis=1, keepdims=True)
    return _map(scenario, time, lambda a: (a[:, None] * share).reshape(-1),
                lambda a: np.repeat(a, 3))
