"""Ensembles from the record: each water year of a multi-year inflow set is one member.

Index-sequential, as in the long-range planning practice of running a model once for each
start year of the historical record: member k starts with water year k of the set and runs
through the following ones, wrapping round to the first after the last, so every member
covers the whole horizon with years in their observed order (and their persistence kept).
With a one-year horizon each member is simply one year.

Months and dekads line up from year to year. With daily periods a leap year's 29 February
is dropped when it falls in a 365-day year and a 365-day year lends its 28 February to a
leap year's 29th: each day takes the value of the same calendar day.
"""

from __future__ import annotations

import numpy as np

from waterplanner.i18n import translate
from waterplanner.i18n.figures import counted
from waterplanner.model.nodes import InflowNode
from waterplanner.model.scenario import Scenario
from waterplanner.model.timebase import TimeBase
from waterplanner.model.water_years import WaterYear, water_years, whole_water_years_problem


def _day_keys(tb: TimeBase, wy: WaterYear) -> list[tuple[int, int]]:
    return [(d.month, d.day) for d in tb.starts[wy.start:wy.stop]]


def _placement(tb: TimeBase, years: tuple[WaterYear, ...], source: int, target: int
               ) -> np.ndarray:
    """For each period of water year ``target``, the period of water year ``source`` whose
    value it takes (the same place in the year; the same calendar day for days)."""
    src, tgt = years[source], years[target]
    if src.stop - src.start == tgt.stop - tgt.start:
        return np.arange(src.start, src.stop)
    where = {key: src.start + i for i, key in enumerate(_day_keys(tb, src))}
    return np.array([where.get(key, where.get((2, 28), src.start))
                     for key in _day_keys(tb, tgt)], dtype=np.int64)


def record_index(tb: TimeBase, start: int, stop: int) -> np.ndarray:
    """For members start..stop−1, the period of the set each period takes
    ([member, period])."""
    why = whole_water_years_problem(tb)
    if why is not None:
        raise ValueError(translate("Ensembles", "a record's members are whole water years, but "
                                                "{why}").format(why=why))
    years = water_years(tb)
    n = len(years)
    if not 0 <= start <= stop <= n:
        raise ValueError(translate("Ensembles", "the record has {years}, so {members}: members "
                                                "{first}..{last} do not exist").format(
            years=counted("Ensembles", "%n water years", n, "%n water year"),
            members=counted("Ensembles", "%n members", n, "%n member"), first=start,
            last=stop - 1))
    out = np.empty((stop - start, tb.periods), dtype=np.int64)
    for row, k in enumerate(range(start, stop)):
        for j, wy in enumerate(years):
            out[row, wy.start:wy.stop] = _placement(tb, years, (k + j) % n, j)
    return out


def record_members(scenario: Scenario, set_name: str, start: int, stop: int
                   ) -> dict[str, np.ndarray]:
    """Members start..stop−1 of the record ``set_name``: node id → [members, periods]."""
    index = record_index(scenario.time, start, stop)
    return {n.id: np.asarray(n.inflow_mcm[set_name], dtype=float)[index]
            for n in scenario.nodes if isinstance(n, InflowNode)}


def record_length(scenario: Scenario) -> int:
    """How many members a record of the scenario has (its water years)."""
    return len(water_years(scenario.time))


def _counted_texts() -> None:
    """Counted texts, marked for the catalogues (never called; see waterplanner.i18n)."""
    translate("Ensembles", "%n water years", None, 1)
