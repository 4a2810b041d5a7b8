"""Validation of the ``optimisation`` section: every problem, located as ``optimisation.…``.

Numbers must be finite and within physically meaningful bounds (the ``MAX_*`` constants of
:mod:`waterplanner.model.objectives`); each message states the bound it enforces, so that a
weight of 1e308 is refused here rather than reaching the solver as an infinity.
"""

from __future__ import annotations

import math
from typing import Any

from waterplanner.i18n import QT_TRANSLATE_NOOP, or_joined, translate
from waterplanner.i18n.numbers import decimal_mark
from waterplanner.i18n.units import unit as unit_word
from waterplanner.model.nodes import NodeKind, kind_word
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
    return f"{x:g}".replace(".", decimal_mark())


WHAT_WORDS = {
    "": QT_TRANSLATE_NOOP("OptimisationCheck", "value"),
    "weight": QT_TRANSLATE_NOOP("OptimisationCheck", "weight"),
    "penalty": QT_TRANSLATE_NOOP("OptimisationCheck", "penalty"),
    "regularisation weight": QT_TRANSLATE_NOOP("OptimisationCheck", "regularisation weight"),
}


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
        u = f" {unit_word(unit)}" if unit else ""
        if not _is_number(v):
            self.add(loc, translate("OptimisationCheck", "expected a number ≥ {minimum}").format(
                minimum=_g(lo)) if lo == 0 else translate("OptimisationCheck",
                                                          "expected a number"))
            return False
        word = translate("OptimisationCheck", WHAT_WORDS.get(what, what))
        if v < lo:
            self.add(loc, translate("OptimisationCheck", "{value} is below the smallest {what} "
                                                         "allowed, {bound}").format(
                value=_g(v), what=word, bound=f"{_g(lo)}{u}"))
            return False
        if v > hi:
            self.add(loc, translate("OptimisationCheck", "{value} is above the largest {what} "
                                                         "allowed, {bound}").format(
                value=_g(v), what=word, bound=f"{_g(hi)}{u}"))
            return False
        return True

    def node(self, loc: str, value: Any, kinds: tuple[str, ...], plants_only: bool) -> None:
        if not isinstance(value, str):
            self.add(loc, translate("OptimisationCheck", "expected a node id (text)"))
            return
        kind = self.node_kinds.get(value)
        wanted = or_joined(kind_word(k, spaced=True) for k in kinds)
        if kind is None:
            self.add(loc, translate("OptimisationCheck", "there is no node '{id}'").format(
                id=value))
        elif kind.value not in kinds:
            self.add(loc, translate("OptimisationCheck", "'{id}' is a {kind}, not a {wanted}")
                     .format(id=value, kind=kind_word(kind, spaced=True), wanted=wanted))
        elif plants_only and self.plants is not None and value not in self.plants:
            self.add(loc, translate("OptimisationCheck", "reservoir '{id}' has no hydropower "
                                                         "plant").format(id=value))

    def series(self, loc: str, value: Any, allow_null: bool, bounds: tuple[float, float, str]
               ) -> None:
        if not isinstance(value, list):
            self.add(loc, translate("OptimisationCheck", "expected a list with one number per "
                                                         "period"))
            return
        if self.periods is not None and len(value) != self.periods:
            self.add(loc, translate("OptimisationCheck", "has {count} values; the time base has "
                                                         "{periods} periods").format(
                count=len(value), periods=self.periods))
        for i, v in enumerate(value):
            if v is None and allow_null:
                continue
            if not _is_number(v):
                self.add(f"{loc}[{i}]", translate("OptimisationCheck", "expected a number or "
                                                                       "null") if allow_null
                         else translate("OptimisationCheck", "expected a number"))
            else:
                self.bounded(f"{loc}[{i}]", v, bounds[0], bounds[1], unit=bounds[2])

    def entry(self, loc: str, d: Any, kinds: dict[str, KindSpec], common: tuple[str, ...],
              what: str) -> None:
        if not isinstance(d, dict):
            self.add(loc, translate("OptimisationCheck", "expected an object describing one "
                                                         "objective") if what == "objective"
                     else translate("OptimisationCheck", "expected an object describing one "
                                                         "constraint"))
            return
        kind = d.get("kind")
        if not isinstance(kind, str) or kind not in kinds:  # a list or object is unhashable
            text = translate("OptimisationCheck", "{value} is not an objective kind (use "
                                                  "{kinds})") if what == "objective" else \
                translate("OptimisationCheck", "{value} is not an constraint kind (use {kinds})")
            self.add(f"{loc}.kind", text.format(value=repr(kind), kinds=", ".join(kinds)))
            return
        ks = kinds[kind]
        allowed = set(common) | set(ks.fields)
        for key in d:
            if key not in allowed:
                text = translate("OptimisationCheck", "unknown key for a {kind} objective "
                                                      "(known: {keys})") \
                    if what == "objective" else \
                    translate("OptimisationCheck", "unknown key for a {kind} constraint (known: "
                                                   "{keys})")
                self.add(f"{loc}.{key}", text.format(kind=kind, keys=", ".join(sorted(allowed))))
        for key in ks.required:
            if key not in d:
                text = translate("OptimisationCheck", "a {kind} objective needs '{key}'") \
                    if what == "objective" else \
                    translate("OptimisationCheck", "a {kind} constraint needs '{key}'")
                self.add(f"{loc}.{key}", text.format(kind=kind, key=key))
        if "name" in d and not isinstance(d["name"], str):
            self.add(f"{loc}.name", translate("OptimisationCheck", "expected text"))
        if "weight" in d:
            self.bounded(f"{loc}.weight", d["weight"], 0.0, MAX_WEIGHT, "weight")
        if "penalty" in d:
            self.bounded(f"{loc}.penalty", d["penalty"], 0.0, MAX_PENALTY, "penalty")
        if "hard" in d and not isinstance(d["hard"], bool):
            self.add(f"{loc}.hard", translate("OptimisationCheck", "expected true or false"))
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
                self.add(loc, translate("OptimisationCheck", "expected a list of node ids"))
            else:
                for i, n in enumerate(v):
                    self.node(f"{loc}[{i}]", n, ks.node_kinds, ks.plants_only)
        elif typ == "number" and bounds is not None:
            self.bounded(loc, v, bounds[0], bounds[1], unit=bounds[2])
        elif typ == "end_min":
            if v != "start" and bounds is not None and not _is_number(v):
                self.add(loc, translate("OptimisationCheck", 'expected a number (Mm³) or '
                                                             '"start"'))
            elif v != "start" and bounds is not None:
                self.bounded(loc, v, bounds[0], bounds[1], unit=bounds[2])
        elif typ in ("series", "values") and bounds is not None:
            self.series(loc, v, typ == "series", bounds)
        elif typ == "text" and not isinstance(v, str):
            self.add(loc, translate("OptimisationCheck", "expected a country code (text)")
                     if key == "country" else translate("OptimisationCheck", "expected text"))
        elif typ == "bool" and not isinstance(v, bool):
            self.add(loc, translate("OptimisationCheck", "expected true or false"))
        elif typ == "season" and (not isinstance(v, str) or v not in SEASONS):
            self.add(loc, translate("OptimisationCheck", "{value} is not a season (use "
                                                         "{seasons})").format(
                value=repr(v), seasons=", ".join(SEASONS)))
        elif typ == "icwc_season" and (not isinstance(v, str) or v not in ICWC_SEASONS):
            self.add(loc, translate("OptimisationCheck", "{value} is not a season of the ICWC "
                                                         "limits (use {seasons})").format(
                value=repr(v), seasons=", ".join(ICWC_SEASONS)))
        elif typ == "per" and (not isinstance(v, str) or v not in PER):
            self.add(loc, translate("OptimisationCheck", "{value}: use 'period' or 'total'")
                     .format(value=repr(v)))
        elif typ == "limit" and (not isinstance(v, str) or v not in LIMITS):
            self.add(loc, translate("OptimisationCheck", "{value} is not a limit (use "
                                                         "{limits})").format(
                value=repr(v), limits=", ".join(LIMITS)))

    def kind_rules(self, loc: str, kind: str, d: dict[str, Any]) -> None:
        """Rules that involve more than one key."""
        if kind == "rule_curve" and "min_mcm" not in d and "max_mcm" not in d:
            self.add(loc, translate("OptimisationCheck", "a {kind} needs min_mcm, max_mcm or "
                                                         "both").format(kind=kind))
        if kind == "release_bounds":
            given = [k for k in ("min_mcm", "max_mcm", "min_m3s", "max_m3s") if k in d]
            if not given:
                self.add(loc, translate("OptimisationCheck", "a release_bounds needs at least "
                                                             "one of min_mcm, max_mcm (Mm³ per "
                                                             "period), min_m3s, max_m3s (mean "
                                                             "flow)"))
            for lo, hi in (("min_m3s", "max_m3s"), ("min_mcm", "min_m3s"),
                           ("max_mcm", "max_m3s")):
                if lo in d and hi in d and lo.endswith("m3s"):
                    if _is_number(d[lo]) and _is_number(d[hi]) and d[lo] > d[hi]:
                        self.add(f"{loc}.min_m3s", _min_above_max(d[lo], d[hi]))
                elif lo in d and hi in d:
                    self.add(loc, translate("OptimisationCheck", "give {one} or {other}, not "
                                                                 "both").format(one=lo, other=hi))
            if "season" in d and not any(k in d for k in ("min_m3s", "max_m3s")):
                self.add(f"{loc}.season", translate("OptimisationCheck", "a season applies to "
                                                                         "min_m3s and max_m3s "
                                                                         "only"))
        if kind in ("rule_curve", "release_bounds") and isinstance(d.get("min_mcm"), list) \
                and isinstance(d.get("max_mcm"), list):
            for i, (lo, hi) in enumerate(zip(d["min_mcm"], d["max_mcm"])):
                if _is_number(lo) and _is_number(hi) and lo > hi:
                    self.add(f"{loc}.min_mcm[{i}]", _min_above_max(lo, hi))
        if kind == "ramping":
            limits = [k for k in ("max_change_m3s", "max_change_mcm") if k in d]
            if len(limits) != 1:
                self.add(loc, translate("OptimisationCheck", "a ramping limit needs exactly one "
                                                             "of max_change_m3s (mean flow) and "
                                                             "max_change_mcm (volume per "
                                                             "period)"))
        if kind == "country_limit" and isinstance(d.get("country"), str) \
                and not d["country"].strip():
            self.add(f"{loc}.country", translate("OptimisationCheck", "name the country whose "
                                                                      "limit applies (its code, "
                                                                      "e.g. UZ)"))
        if kind == "min_energy" and d.get("plants") and d.get("country"):
            self.add(loc, translate("OptimisationCheck", "name plants or a country, not both"))


def _min_above_max(lo: float, hi: float) -> str:
    return translate("OptimisationCheck", "minimum {minimum} is above the maximum {maximum}"
                     ).format(minimum=_g(lo), maximum=_g(hi))


def check_optimisation(section: Any, node_kinds: dict[str, NodeKind],
                       periods: int | None, plants: set[str] | None = None) -> list[Problem]:
    """Every problem of an ``optimisation`` section, located as ``optimisation.…``.

    ``node_kinds`` maps the scenario's node ids to their kinds; ``plants`` lists the
    reservoirs with a hydropower plant (None: do not check); ``periods`` is the length of the
    time base (None if unknown).
    """
    c = _Check(node_kinds, plants, periods)
    if not isinstance(section, dict):
        c.add(SECTION, translate("OptimisationCheck", "expected an object"))
        return c.problems
    known = ("decision_reservoirs", "allocation", "objectives", "constraints", "carry_over",
             "regularisation", "solver", "notes")
    for key in section:
        if key not in known:
            c.add(f"{SECTION}.{key}", _unknown_key(", ".join(known)))
    dec = section.get("decision_reservoirs")
    if dec is not None:
        if not isinstance(dec, list):
            c.add(f"{SECTION}.decision_reservoirs", translate("OptimisationCheck", "expected a "
                                                                                   "list of "
                                                                                   "reservoir "
                                                                                   "ids"))
        else:
            for i, r in enumerate(dec):
                c.node(f"{SECTION}.decision_reservoirs[{i}]", r, ("reservoir",), False)
    alloc = section.get("allocation", "priority")
    if not isinstance(alloc, str) or alloc not in ALLOCATIONS:
        c.add(f"{SECTION}.allocation", translate("OptimisationCheck", "{value}: use {choices}")
              .format(value=repr(alloc), choices=or_joined(ALLOCATIONS)))
    names: set[str] = set()
    for key, kinds, common, what in (
            ("objectives", OBJECTIVE_KINDS, COMMON_OBJECTIVE_KEYS, "objective"),
            ("constraints", CONSTRAINT_KINDS, COMMON_CONSTRAINT_KEYS, "constraint")):
        items = section.get(key, [])
        if not isinstance(items, list):
            c.add(f"{SECTION}.{key}", translate("OptimisationCheck", "expected a list of "
                                                                     "objectives")
                  if key == "objectives" else translate("OptimisationCheck", "expected a list "
                                                                             "of constraints"))
            continue
        for i, d in enumerate(items):
            c.entry(f"{SECTION}.{key}[{i}]", d, kinds, common, what)
            if key == "objectives" and isinstance(d, dict) and isinstance(d.get("name"), str):
                if d["name"] in names:
                    c.add(f"{SECTION}.{key}[{i}].name", translate(
                        "OptimisationCheck", "the name '{name}' is used twice").format(
                        name=d["name"]))
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
            c.add(loc, _not_a_mode(v, modes))
        return
    if not isinstance(v, dict):
        c.add(loc, translate("OptimisationCheck", 'expected one of {modes} or an object '
                                                  '{object}').format(
            modes=modes, object='{"mode": …, "penalty": …}'))
        return
    for key in v:
        if key not in ("mode", "penalty"):
            c.add(f"{loc}.{key}", _unknown_key("mode, penalty"))
    mode = v.get("mode", "soft")
    if not isinstance(mode, str) or mode not in CARRY_OVER_MODES:
        c.add(f"{loc}.mode", _not_a_mode(mode, modes))
    if "penalty" in v:
        c.bounded(f"{loc}.penalty", v["penalty"], 0.0, MAX_PENALTY, "penalty")


def _check_regularisation(c: _Check, v: Any) -> None:
    loc = f"{SECTION}.regularisation"
    if v is None or v == "off":
        return
    if not isinstance(v, dict):
        c.add(loc, translate("OptimisationCheck", 'expected "off" or an object {object}')
              .format(object='{"deviation": …, "ramping": …}'))
        return
    for key in v:
        if key not in ("deviation", "ramping"):
            c.add(f"{loc}.{key}", _unknown_key("deviation, ramping"))
    for key in ("deviation", "ramping"):
        if key in v:
            c.bounded(f"{loc}.{key}", v[key], 0.0, MAX_REGULARISATION,
                      "regularisation weight")


def _check_solver(c: _Check, solver: Any) -> None:
    if not isinstance(solver, dict):
        c.add(f"{SECTION}.solver", translate("OptimisationCheck", "expected an object"))
        return
    for key in solver:
        if key not in ("max_iterations", "tolerance_mcm"):
            c.add(f"{SECTION}.solver.{key}", _unknown_key("max_iterations, tolerance_mcm"))
    mi = solver.get("max_iterations", 1)
    if isinstance(mi, bool) or not isinstance(mi, int) or mi < 1:
        c.add(f"{SECTION}.solver.max_iterations", translate("OptimisationCheck",
                                                            "expected a whole number ≥ 1"))
    elif mi > MAX_ITERATIONS:
        c.add(f"{SECTION}.solver.max_iterations", translate(
            "OptimisationCheck", "{value} is above the largest number of iterations allowed, "
                                 "{maximum}").format(value=mi, maximum=MAX_ITERATIONS))
    tol = solver.get("tolerance_mcm", 1.0)
    if not _is_number(tol) or tol <= 0:
        c.add(f"{SECTION}.solver.tolerance_mcm", translate("OptimisationCheck",
                                                           "expected a number > 0"))
    elif tol > MAX_TOLERANCE_MCM:
        c.add(f"{SECTION}.solver.tolerance_mcm", translate(
            "OptimisationCheck", "{value} is above the largest tolerance allowed, {maximum} "
                                 "Mm³").format(value=_g(tol), maximum=_g(MAX_TOLERANCE_MCM)))


def _unknown_key(known: str) -> str:
    return translate("OptimisationCheck", "unknown key (known: {keys})").format(keys=known)


def _not_a_mode(value: Any, modes: str) -> str:
    return translate("OptimisationCheck", "{value} is not a carry-over mode (use {modes})"
                     ).format(value=repr(value), modes=modes)
