"""Validation of the ``optimisation`` section: every problem, located as ``optimisation.…``.

Numbers must be finite and within physically meaningful bounds (the ``MAX_*`` constants of
:mod:`waterplanner.model.objectives`); each message states the bound it enforces, so that a
weight of 1e308 is refused here rather than reaching the solver as an infinity.
"""

from __future__ import annotations

import math
from typing import Any

from waterplanner.model.nodes import NodeKind
from waterplanner.model.objectives import (
    ALLOCATIONS,
    CARRY_OVER_MODES,
    ICWC_SEASONS,
    LIMITS,
    MAX_ITERATIONS,
    MAX_PENALTY,
    MAX_REGULARISATION,
    MAX_TOLERANCE_MCM,
    MAX_WEIGHT,
    PER,
    SEASONS,
    SECTION,
)
from waterplanner.model.objectives_document import (
    COMMON_CONSTRAINT_KEYS,
    COMMON_OBJECTIVE_KEYS,
    CONSTRAINT_KINDS,
    OBJECTIVE_KINDS,
    KindSpec,
)
from waterplanner.model.problems import Problem


def _is_number(v: Any) -> bool:
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        return False
    try:
        return math.isfinite(float(v))
    except OverflowError:  # a whole number too large for a float (JSON allows 10**400)
        return False


def _g(x: float) -> str:
    return f"{x:g}"


class _Check:
    def __init__(self, node_kinds: dict[str, NodeKind], plants: set[str] | None,
                 periods: int | None) -> None:
        self.node_kinds = node_kinds
        self.plants = plants
        self.periods = periods
        self.problems: list[Problem] = []

    def add(self, loc: str, msg: str) -> None:
        self.problems.append(Problem(loc, msg))

    def bounded(self, loc: str, v: Any, lo: float, hi: float, what: str = "",
                unit: str = "") -> bool:
        """A finite number within [lo, hi]; the message names the bound."""
        u = f" {unit}" if unit else ""
        if not _is_number(v):
            self.add(loc, f"expected a number ≥ {_g(lo)}" if lo == 0 else "expected a number")
            return False
        if v < lo:
            self.add(loc, f"{_g(v)} is below the smallest {what or 'value'} allowed, "
                          f"{_g(lo)}{u}")
            return False
        if v > hi:
            self.add(loc, f"{_g(v)} is above the largest {what or 'value'} allowed, "
                          f"{_g(hi)}{u}")
            return False
        return True

    def node(self, loc: str, value: Any, kinds: tuple[str, ...], plants_only: bool) -> None:
        if not isinstance(value, str):
            self.add(loc, "expected a node id (text)")
            return
        kind = self.node_kinds.get(value)
        wanted = " or ".join(k.replace("_", " ") for k in kinds)
        if kind is None:
            self.add(loc, f"there is no node '{value}'")
        elif kind.value not in kinds:
            self.add(loc, f"'{value}' is a {kind.value.replace('_', ' ')}, not a {wanted}")
        elif plants_only and self.plants is not None and value not in self.plants:
            self.add(loc, f"reservoir '{value}' has no hydropower plant")

    def series(self, loc: str, value: Any, allow_null: bool, bounds: tuple[float, float, str]
               ) -> None:
        if not isinstance(value, list):
            self.add(loc, "expected a list with one number per period")
            return
        if self.periods is not None and len(value) != self.periods:
            self.add(loc, f"has {len(value)} values; the time base has {self.periods} periods")
        for i, v in enumerate(value):
            if v is None and allow_null:
                continue
            if not _is_number(v):
                self.add(f"{loc}[{i}]", "expected a number" + (" or null" if allow_null else ""))
            else:
                self.bounded(f"{loc}[{i}]", v, bounds[0], bounds[1], unit=bounds[2])

    def entry(self, loc: str, d: Any, kinds: dict[str, KindSpec], common: tuple[str, ...],
              what: str) -> None:
        if not isinstance(d, dict):
            self.add(loc, f"expected an object describing one {what}")
            return
        kind = d.get("kind")
        if not isinstance(kind, str) or kind not in kinds:  # a list or object is unhashable
            self.add(f"{loc}.kind", f"{kind!r} is not an {what} kind (use "
                                    f"{', '.join(kinds)})")
            return
        ks = kinds[kind]
        allowed = set(common) | set(ks.fields)
        for key in d:
            if key not in allowed:
                self.add(f"{loc}.{key}", f"unknown key for a {kind} {what} (known: "
                                         f"{', '.join(sorted(allowed))})")
        for key in ks.required:
            if key not in d:
                self.add(f"{loc}.{key}", f"a {kind} {what} needs '{key}'")
        if "name" in d and not isinstance(d["name"], str):
            self.add(f"{loc}.name", "expected text")
        if "weight" in d:
            self.bounded(f"{loc}.weight", d["weight"], 0.0, MAX_WEIGHT, "weight")
        if "penalty" in d:
            self.bounded(f"{loc}.penalty", d["penalty"], 0.0, MAX_PENALTY, "penalty")
        if "hard" in d and not isinstance(d["hard"], bool):
            self.add(f"{loc}.hard", "expected true or false")
        for key, (_, typ) in ks.fields.items():
            if key in d:
                self.value(f"{loc}.{key}", d[key], typ, ks, key)
        self.kind_rules(loc, kind, d)

    def value(self, loc: str, v: Any, typ: str, ks: KindSpec, key: str) -> None:
        bounds = ks.bounds.get(key)
        if typ == "node":
            self.node(loc, v, ks.node_kinds, ks.plants_only)
        elif typ == "nodes":
            if not isinstance(v, list):
                self.add(loc, "expected a list of node ids")
            else:
                for i, n in enumerate(v):
                    self.node(f"{loc}[{i}]", n, ks.node_kinds, ks.plants_only)
        elif typ == "number" and bounds is not None:
            self.bounded(loc, v, bounds[0], bounds[1], unit=bounds[2])
        elif typ == "end_min":
            if v != "start" and bounds is not None and not _is_number(v):
                self.add(loc, 'expected a number (Mm³) or "start"')
            elif v != "start" and bounds is not None:
                self.bounded(loc, v, bounds[0], bounds[1], unit=bounds[2])
        elif typ in ("series", "values") and bounds is not None:
            self.series(loc, v, typ == "series", bounds)
        elif typ == "text" and not isinstance(v, str):
            self.add(loc, "expected a country code (text)" if key == "country" else
                     "expected text")
        elif typ == "bool" and not isinstance(v, bool):
            self.add(loc, "expected true or false")
        elif typ == "season" and (not isinstance(v, str) or v not in SEASONS):
            self.add(loc, f"{v!r} is not a season (use {', '.join(SEASONS)})")
        elif typ == "icwc_season" and (not isinstance(v, str) or v not in ICWC_SEASONS):
            self.add(loc, f"{v!r} is not a season of the ICWC limits (use "
                          f"{', '.join(ICWC_SEASONS)})")
        elif typ == "per" and (not isinstance(v, str) or v not in PER):
            self.add(loc, f"{v!r}: use 'period' or 'total'")
        elif typ == "limit" and (not isinstance(v, str) or v not in LIMITS):
            self.add(loc, f"{v!r} is not a limit (use {', '.join(LIMITS)})")

    def kind_rules(self, loc: str, kind: str, d: dict[str, Any]) -> None:
        """Rules that involve more than one key."""
        if kind == "rule_curve" and "min_mcm" not in d and "max_mcm" not in d:
            self.add(loc, f"a {kind} needs min_mcm, max_mcm or both")
        if kind == "release_bounds":
            given = [k for k in ("min_mcm", "max_mcm", "min_m3s", "max_m3s") if k in d]
            if not given:
                self.add(loc, "a release_bounds needs at least one of min_mcm, max_mcm "
                              "(Mm³ per period), min_m3s, max_m3s (mean flow)")
            for lo, hi in (("min_m3s", "max_m3s"), ("min_mcm", "min_m3s"),
                           ("max_mcm", "max_m3s")):
                if lo in d and hi in d and lo.endswith("m3s"):
                    if _is_number(d[lo]) and _is_number(d[hi]) and d[lo] > d[hi]:
                        self.add(f"{loc}.min_m3s", f"minimum {d[lo]:g} is above the maximum "
                                                   f"{d[hi]:g}")
                elif lo in d and hi in d:
                    self.add(loc, f"give {lo} or {hi}, not both")
            if "season" in d and not any(k in d for k in ("min_m3s", "max_m3s")):
                self.add(f"{loc}.season", "a season applies to min_m3s and max_m3s only")
        if kind in ("rule_curve", "release_bounds") and isinstance(d.get("min_mcm"), list) \
                and isinstance(d.get("max_mcm"), list):
            for i, (lo, hi) in enumerate(zip(d["min_mcm"], d["max_mcm"])):
                if _is_number(lo) and _is_number(hi) and lo > hi:
                    self.add(f"{loc}.min_mcm[{i}]", f"minimum {lo:g} is above the maximum "
                                                    f"{hi:g}")
        if kind == "ramping":
            limits = [k for k in ("max_change_m3s", "max_change_mcm") if k in d]
            if len(limits) != 1:
                self.add(loc, "a ramping limit needs exactly one of max_change_m3s (mean flow) "
                              "and max_change_mcm (volume per period)")
        if kind == "country_limit" and isinstance(d.get("country"), str) \
                and not d["country"].strip():
            self.add(f"{loc}.country", "name the country whose limit applies (its code, "
                                       "e.g. UZ)")
        if kind == "min_energy" and d.get("plants") and d.get("country"):
            self.add(loc, "name plants or a country, not both")


def check_optimisation(section: Any, node_kinds: dict[str, NodeKind],
                       periods: int | None, plants: set[str] | None = None) -> list[Problem]:
    """Every problem of an ``optimisation`` section, located as ``optimisation.…``.

    ``node_kinds`` maps the scenario's node ids to their kinds; ``plants`` lists the
    reservoirs with a hydropower plant (None: do not check); ``periods`` is the length of the
    time base (None if unknown).
    """
    c = _Check(node_kinds, plants, periods)
    if not isinstance(section, dict):
        c.add(SECTION, "expected an object")
        return c.problems
    known = ("decision_reservoirs", "allocation", "objectives", "constraints", "carry_over",
             "regularisation", "solver", "notes")
    for key in section:
        if key not in known:
            c.add(f"{SECTION}.{key}", f"unknown key (known: {', '.join(known)})")
    dec = section.get("decision_reservoirs")
    if dec is not None:
        if not isinstance(dec, list):
            c.add(f"{SECTION}.decision_reservoirs", "expected a list of reservoir ids")
        else:
            for i, r in enumerate(dec):
                c.node(f"{SECTION}.decision_reservoirs[{i}]", r, ("reservoir",), False)
    alloc = section.get("allocation", "priority")
    if not isinstance(alloc, str) or alloc not in ALLOCATIONS:
        c.add(f"{SECTION}.allocation", f"{alloc!r}: use {' or '.join(ALLOCATIONS)}")
    names: set[str] = set()
    for key, kinds, common, what in (
            ("objectives", OBJECTIVE_KINDS, COMMON_OBJECTIVE_KEYS, "objective"),
            ("constraints", CONSTRAINT_KINDS, COMMON_CONSTRAINT_KEYS, "constraint")):
        items = section.get(key, [])
        if not isinstance(items, list):
            c.add(f"{SECTION}.{key}", f"expected a list of {key}")
            continue
        for i, d in enumerate(items):
            c.entry(f"{SECTION}.{key}[{i}]", d, kinds, common, what)
            if key == "objectives" and isinstance(d, dict) and isinstance(d.get("name"), str):
                if d["name"] in names:
                    c.add(f"{SECTION}.{key}[{i}].name", f"the name '{d['name']}' is used twice")
                names.add(d["name"])
    _check_carry_over(c, section.get("carry_over"))
    _check_regularisation(c, section.get("regularisation"))
    _check_solver(c, section.get("solver", {}))
    return c.problems


def _check_carry_over(c: _Check, v: Any) -> None:
    loc = f"{SECTION}.carry_over"
    if v is None:
        return
    modes = ", ".join(CARRY_OVER_MODES)
    if isinstance(v, str):
        if v not in CARRY_OVER_MODES:
            c.add(loc, f"{v!r} is not a carry-over mode (use {modes})")
        return
    if not isinstance(v, dict):
        c.add(loc, f'expected one of {modes} or an object {{"mode": …, "penalty": …}}')
        return
    for key in v:
        if key not in ("mode", "penalty"):
            c.add(f"{loc}.{key}", "unknown key (known: mode, penalty)")
    mode = v.get("mode", "soft")
    if not isinstance(mode, str) or mode not in CARRY_OVER_MODES:
        c.add(f"{loc}.mode", f"{mode!r} is not a carry-over mode (use {modes})")
    if "penalty" in v:
        c.bounded(f"{loc}.penalty", v["penalty"], 0.0, MAX_PENALTY, "penalty")


def _check_regularisation(c: _Check, v: Any) -> None:
    loc = f"{SECTION}.regularisation"
    if v is None or v == "off":
        return
    if not isinstance(v, dict):
        c.add(loc, 'expected "off" or an object {"deviation": …, "ramping": …}')
        return
    for key in v:
        if key not in ("deviation", "ramping"):
            c.add(f"{loc}.{key}", "unknown key (known: deviation, ramping)")
    for key in ("deviation", "ramping"):
        if key in v:
            c.bounded(f"{loc}.{key}", v[key], 0.0, MAX_REGULARISATION,
                      "regularisation weight")


def _check_solver(c: _Check, solver: Any) -> None:
    if not isinstance(solver, dict):
        c.add(f"{SECTION}.solver", "expected an object")
        return
    for key in solver:
        if key not in ("max_iterations", "tolerance_mcm"):
            c.add(f"{SECTION}.solver.{key}", "unknown key (known: max_iterations, "
                                             "tolerance_mcm)")
    mi = solver.get("max_iterations", 1)
    if isinstance(mi, bool) or not isinstance(mi, int) or mi < 1:
        c.add(f"{SECTION}.solver.max_iterations", "expected a whole number ≥ 1")
    elif mi > MAX_ITERATIONS:
        c.add(f"{SECTION}.solver.max_iterations",
              f"{mi} is above the largest number of iterations allowed, {MAX_ITERATIONS}")
    tol = solver.get("tolerance_mcm", 1.0)
    if not _is_number(tol) or tol <= 0:
        c.add(f"{SECTION}.solver.tolerance_mcm", "expected a number > 0")
    elif tol > MAX_TOLERANCE_MCM:
        c.add(f"{SECTION}.solver.tolerance_mcm",
              f"{tol:g} is above the largest tolerance allowed, {MAX_TOLERANCE_MCM:g} Mm³")
