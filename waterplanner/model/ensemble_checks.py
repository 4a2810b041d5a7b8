"""Validation of the optional ``ensembles`` section: each ensemble's name and source, the
nodes and inflow sets it names, the lengths and values of stored members."""

from __future__ import annotations

from datetime import date
from typing import Any

import numpy as np

from waterplanner.i18n import or_joined, translate
from waterplanner.model.ensembles import (
    CENTRAL_KINDS,
    DEFAULT_CENTRAL_SET,
    DEFAULT_DRY_SET,
    GENERATOR_METHODS,
)
from waterplanner.model.field_checker import (
    ID_PATTERN,
    FieldChecker,
    expected_object,
    fmt,
    quote,
    shorten,
    typename,
    unknown_inflow_set,
)
from waterplanner.model.nodes import NodeKind, kind_word
from waterplanner.model.schema import (
    ENSEMBLE_FIELDS,
    MAX_VOLUME_PER_PERIOD_MCM,
    MEMBER_INFLOW_SPEC,
    NODE_STATISTICS_FIELDS,
    SOURCE_FIELDS,
    SOURCE_KINDS,
)
from waterplanner.model.timebase import Step, TimeBase
from waterplanner.model.water_years import whole_water_years_problem

Nodes = dict[str, tuple[NodeKind, dict[str, Any]]]


def _time_base(doc: dict[str, Any]) -> TimeBase | None:
    """The document's time base when it is well-formed (its problems are reported
    elsewhere)."""
    t = doc.get("time")
    if not isinstance(t, dict):
        return None
    try:
        return TimeBase(Step(t["step"]), date.fromisoformat(t["start"]), int(t["periods"]),
                        int(t.get("water_year_start_month", 10)))
    except (TypeError, ValueError, KeyError, OverflowError, AttributeError):
        return None


def check_ensembles(c: FieldChecker, doc: dict[str, Any], nodes: Nodes,
                    set_names: list[str] | None, length: int | None) -> None:
    items = doc.get("ensembles")
    if items is None:
        return
    if not isinstance(items, list):
        c.add("ensembles", translate("EnsembleCheck", "expected a list of ensembles, found "
                                                      "{found}").format(found=typename(items)))
        return
    nodes_known = isinstance(doc.get("nodes"), list) and len(nodes) == len(doc["nodes"])
    inflow_ids = {k for k, (kind, _) in nodes.items() if kind is NodeKind.INFLOW}
    ctx = _Context(c, nodes, inflow_ids if nodes_known else None, set_names, length,
                   _time_base(doc))
    seen: set[str] = set()
    for i, item in enumerate(items):
        loc = f"ensembles[{i}]"
        if not isinstance(item, dict):
            c.add(loc, expected_object(item))
            continue
        got = c.fields(loc, {k: v for k, v in item.items() if k != "source"},
                       ENSEMBLE_FIELDS[:-1], None, None)
        name = got.get("name")
        if name is not None:
            if not ID_PATTERN.match(name):
                c.add(f"{loc}.name", translate("EnsembleCheck", "{value} is not a valid name "
                                                                "(1-64 letters, digits, _ and -)")
                      .format(value=quote(name)))
            elif name in seen:
                c.add(f"{loc}.name", translate("EnsembleCheck", "ensemble '{name}' is defined "
                                                                "twice").format(name=name))
            seen.add(name)
        if "source" not in item:
            c.add(f"{loc}.source", translate("EnsembleCheck", "required field is missing"))
        else:
            ctx.source(f"{loc}.source", item["source"])


class _Context:
    """What a source is checked against: the nodes, inflow sets and time base."""

    def __init__(self, c: FieldChecker, nodes: Nodes, inflow_ids: set[str] | None,
                 set_names: list[str] | None, length: int | None, tb: TimeBase | None):
        self.c, self.nodes, self.inflow_ids = c, nodes, inflow_ids
        self.set_names, self.length, self.tb = set_names, length, tb

    def source(self, loc: str, src: Any) -> None:
        c = self.c
        if not isinstance(src, dict):
            c.add(loc, translate("EnsembleCheck", "expected an object with a kind ({kinds}), "
                                                  "found {found}").format(
                kinds=", ".join(SOURCE_KINDS), found=typename(src)))
            return
        kind = src.get("kind")
        if kind not in SOURCE_KINDS:
            what = translate("EnsembleCheck", "required field is missing") \
                if "kind" not in src else \
                translate("EnsembleCheck", "{value} is not an ensemble source (use one of: "
                                           "{kinds})").format(value=quote(kind),
                                                              kinds=", ".join(SOURCE_KINDS))
            c.add(f"{loc}.kind", what)
            return
        plain = {k: v for k, v in src.items() if k not in ("nodes", "inflow_mcm")}
        specs = tuple(s for s in SOURCE_FIELDS[kind] if s.name not in ("nodes", "inflow_mcm"))
        got = c.fields(loc, plain, specs, None, None)
        for key in ("central_set", "dry_set", "set", "fill_set"):
            self._set(f"{loc}.{key}", got.get(key))
        if kind == "generator":
            self.generator(loc, src, got)
        elif kind == "record":
            self.record(loc)
        else:
            self.members(loc, src)

    def _set(self, loc: str, name: str | None) -> None:
        if name is not None and self.set_names is not None and name not in self.set_names:
            self.c.add(loc, unknown_inflow_set(shorten(name), self.set_names))

    def _node(self, loc: str, nid: str) -> bool:
        """Whether ``nid`` is an inflow node (reporting why not)."""
        if self.inflow_ids is None or nid in self.inflow_ids:
            return self.inflow_ids is not None
        if nid in self.nodes:
            self.c.add(loc, translate("EnsembleCheck", "'{id}' is a {kind}, not an inflow node")
                       .format(id=shorten(nid), kind=kind_word(self.nodes[nid][0])))
        else:
            self.c.add(loc, translate("EnsembleCheck", "node '{id}' does not exist").format(
                id=shorten(nid)))
        return False

    # --- generator ----------------------------------------------------------------
    def generator(self, loc: str, src: dict[str, Any], got: dict[str, Any]) -> None:
        c = self.c
        method = got.get("method")
        if method is not None and method not in GENERATOR_METHODS:
            c.add(f"{loc}.method", translate("EnsembleCheck", "{value} is not a generator (use "
                                                              "one of: {methods})").format(
                value=quote(method), methods=", ".join(GENERATOR_METHODS)))
        central = got.get("central")
        if central is not None and central not in CENTRAL_KINDS:
            c.add(f"{loc}.central", translate("EnsembleCheck", "{value} is not what a central "
                                                               "year can be (use {kinds})").format(
                value=quote(central), kinds=or_joined(CENTRAL_KINDS)))
        stats: dict[str, dict[str, Any]] = {}
        per_node = src.get("nodes", {})
        if not isinstance(per_node, dict):
            c.add(f"{loc}.nodes", translate("EnsembleCheck", "expected an object keyed by inflow "
                                                             "node id, found {found}").format(
                found=typename(per_node)))
            per_node = {}
        for nid, entry in per_node.items():
            nloc = f"{loc}.nodes.{shorten(nid)}"
            ok = self._node(nloc, nid)
            if not isinstance(entry, dict):
                c.add(nloc, translate("EnsembleCheck", "expected an object with mean_mcm and/or "
                                                       "cv, found {found}").format(
                    found=typename(entry)))
                continue
            fields = c.fields(nloc, entry, NODE_STATISTICS_FIELDS, None, None)
            if ok:
                stats[nid] = fields
        if self.set_names is None or self.inflow_ids is None:
            return
        central_set = got.get("central_set") or (
            DEFAULT_CENTRAL_SET if DEFAULT_CENTRAL_SET in self.set_names else self.set_names[0])
        dry_set = got.get("dry_set", None)
        if dry_set is None and "dry_set" not in src and DEFAULT_DRY_SET in self.set_names:
            dry_set = DEFAULT_DRY_SET
        if dry_set is not None and dry_set == central_set:
            c.add(f"{loc}.dry_set", translate("EnsembleCheck", "the dry set cannot be the "
                                                               "central set ('{name}')").format(
                name=dry_set))
            return
        if central_set not in self.set_names or (dry_set is not None
                                                 and dry_set not in self.set_names):
            return
        for nid in sorted(self.inflow_ids):
            series = self.nodes[nid][1].get("inflow_mcm")
            if series is None or central_set not in series:
                continue
            total = sum(series[central_set])
            given = stats.get(nid, {})
            if given.get("mean_mcm") and total == 0:
                c.add(f"{loc}.nodes.{nid}.mean_mcm", translate(
                    "EnsembleCheck", "the central set '{set}' of '{id}' has no water, so it "
                                     "gives no seasonal shape to spread the mean over").format(
                    set=central_set, id=nid))
            if dry_set is None or given.get("cv") is not None or dry_set not in series:
                continue
            dry = sum(series[dry_set])
            if dry > total:
                c.add(f"{loc}.dry_set", translate(
                    "EnsembleCheck", "'{id}' has {dry} Mm³ in the dry set '{dry_set}' but only "
                                     "{central} Mm³ in the central set '{central_set}': a dry "
                                     "year must have less water (or give the node its cv)")
                      .format(id=nid, dry=fmt(dry), dry_set=dry_set, central=fmt(total),
                              central_set=central_set))
            elif dry == 0 and total > 0:
                c.add(f"{loc}.dry_set", translate(
                    "EnsembleCheck", "'{id}' has no water in the dry set '{dry_set}': no "
                                     "lognormal distribution has a dry quantile of 0 (give the "
                                     "node its cv)").format(id=nid, dry_set=dry_set))

    # --- record -------------------------------------------------------------------
    def record(self, loc: str) -> None:
        if self.tb is None:
            return
        why = whole_water_years_problem(self.tb)
        if why is not None:
            self.c.add(loc, translate("EnsembleCheck", "a record's members are whole water "
                                                       "years, but {why}").format(why=why))

    # --- stored members -----------------------------------------------------------
    def members(self, loc: str, src: dict[str, Any]) -> None:
        c = self.c
        if "inflow_mcm" not in src:
            c.add(f"{loc}.inflow_mcm", translate("EnsembleCheck", "required field is missing"))
            return
        table = src["inflow_mcm"]
        if not isinstance(table, dict) or not table:
            found = typename(table) if table != {} else translate("EnsembleCheck", "none")
            c.add(f"{loc}.inflow_mcm", translate("EnsembleCheck", "expected an object: inflow "
                                                                  "node id → one series per "
                                                                  "member, found {found}").format(
                found=found))
            return
        counts: dict[str, int] = {}
        for nid, members in table.items():
            nloc = f"{loc}.inflow_mcm.{shorten(nid)}"
            self._node(nloc, nid)
            n = self._member_series(nloc, members)
            if n is not None:
                counts[nid] = n
        if len(set(counts.values())) > 1:
            listed = ", ".join(f"{k} {v}" for k, v in counts.items())
            c.add(f"{loc}.inflow_mcm", translate("EnsembleCheck", "every node needs the same "
                                                                  "number of members ({counts})")
                  .format(counts=listed))

    def _member_series(self, loc: str, members: Any) -> int | None:
        """The number of members of one node when every series is well-formed."""
        c = self.c
        if not isinstance(members, list) or not members:
            found = typename(members) if members != [] else \
                translate("EnsembleCheck", "an empty list")
            c.add(loc, translate("EnsembleCheck", "expected a list of members (each a list of "
                                                  "numbers), found {found}").format(found=found))
            return None
        for k, series in enumerate(members):
            if not isinstance(series, list):
                c.add(f"{loc}[{k}]", translate("EnsembleCheck", "expected a list of numbers "
                                                                "(member {member}), found "
                                                                "{found}").format(
                    member=k + 1, found=typename(series)))
                return None
            if self.length is not None and len(series) != self.length:
                c.add(f"{loc}[{k}]", translate("EnsembleCheck", "member {member} has {count} "
                                                                "values but the time base has "
                                                                "{periods} periods").format(
                    member=k + 1, count=len(series), periods=self.length))
                return None
        if len({len(s) for s in members}) > 1:
            c.add(loc, translate("EnsembleCheck", "the members have different lengths"))
            return None
        # numbers only (never text or true/false, which numpy would take), then all at once
        ok = all(type(x) is float or type(x) is int for s in members for x in s)
        if ok:
            try:
                values = np.array(members, dtype=float)
            except OverflowError:
                ok = False
            else:
                ok = bool(np.all(np.isfinite(values)) and np.all(values >= 0)
                          and np.all(values <= MAX_VOLUME_PER_PERIOD_MCM))
        if ok:
            return len(members)
        for k, series in enumerate(members):  # name the first wrong member's values
            if c.series(f"{loc}[{k}]", series, None, MEMBER_INFLOW_SPEC) is None:
                break
        return None
