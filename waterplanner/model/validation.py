"""Validation of a scenario document: every problem, in one pass, with its place.

Works on the parsed JSON document (plain dicts and lists), so it can judge anything a file
might hold; an in-memory :class:`Scenario` is validated by turning it into its document
first (:func:`validate_scenario`), so the GUI and the file reader share one set of rules.
Each check only runs on inputs that earlier checks found well-formed, so one mistake is
reported once, not as a cascade.
"""

from __future__ import annotations

import difflib
import re
from datetime import date
from typing import Any

from waterplanner.i18n import plural, translate
from waterplanner.model.ensemble_checks import check_ensembles
from waterplanner.model.field_checker import (
    ID_PATTERN,
    SHARE_TOLERANCE,
    FieldChecker,
    check_free_form,
    expected_object,
    fmt,
    invalid_id,
    null_message,
    quote,
    shorten,
    typename,
)
from waterplanner.model.network import find_cycle, reaches
from waterplanner.model.nodes import NodeKind, kind_word
from waterplanner.model.problems import Problem
from waterplanner.model.schema import (
    COMMON_NODE_FIELDS,
    EXTENSION_KEYS,
    FORMAT_NAME,
    FORMAT_VERSION,
    LAYOUT_COORDINATES,
    LAYOUT_KEYS,
    LINK_FIELDS,
    MAX_ID_CHARS,
    MAX_NAME_CHARS,
    MAX_TEXT_CHARS,
    METADATA_FIELDS,
    NODE_FIELDS,
    OPTIONAL_TOP_LEVEL_KEYS,
    RELEASE_SPEC,
    SCENARIO_OPTIONAL_KEYS,
    TIME_FIELDS,
    TOP_LEVEL_KEYS,
    V1_NODE_POSITION_FIELDS,
    VERSION_2_KEYS,
    FieldSpec,
    FieldType,
)
from waterplanner.model.sharing_checks import (
    check_allocation,
    check_countries,
    check_exchanges,
)
from waterplanner.model.timebase import Step, fits_calendar, is_period_start
from waterplanner.model.view_state import VIEW_KEY, check_view

SOURCE_BASES = ("cited", "derived", "estimate", "n/a")


def _check_time(c: FieldChecker, doc: dict[str, Any]) -> int | None:
    t = doc.get("time")
    if not isinstance(t, dict):
        if "time" in doc:
            c.add("time", expected_object(t))
        return None
    got = c.fields("time", t, TIME_FIELDS, None, None)
    step = got.get("step")
    if step is not None and step not in [s.value for s in Step]:
        c.add("time.step", translate("Validation", "'{value}' is not a time step (use month, "
                                                   "dekad or day)").format(value=shorten(step)))
        step = None
    start = got.get("start")
    if start is not None:
        try:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", start):
                raise ValueError(start)
            d = date.fromisoformat(start)
        except ValueError:
            c.add("time.start", translate("Validation", "'{value}' is not a date (use "
                                                        "YYYY-MM-DD)").format(value=shorten(start)))
            d = None
        if d is not None and step is not None and not is_period_start(Step(step), d):
            text = translate("Validation", "{date} does not start a month period (day 1 of a "
                                           "month)") if step == "month" else \
                translate("Validation", "{date} does not start a dekad period (day 1, 11 or 21 "
                                        "of a month)")
            c.add("time.start", text.format(date=start))
        elif d is not None and step is not None and "periods" in got \
                and not fits_calendar(Step(step), d, got["periods"]):
            c.add("time.periods", _run_past(got["periods"], step, start))
            return None
    return got.get("periods")


def _check_inflow_sets(c: FieldChecker, doc: dict[str, Any]) -> list[str] | None:
    sets = doc.get("inflow_sets")
    if sets is None:
        return None
    if not isinstance(sets, list) or not sets:
        c.add("inflow_sets", translate("Validation", "expected a non-empty list of inflow sets"))
        return None
    names: list[str] = []
    specs = (FieldSpec("name", FieldType.STRING, "Name", max_length=MAX_ID_CHARS),
             FieldSpec("label", FieldType.STRING, "Label", optional=True, default="",
                       max_length=MAX_NAME_CHARS),
             FieldSpec("description", FieldType.STRING, "Description", optional=True,
                       default="", max_length=MAX_TEXT_CHARS))
    complete = True
    for i, s in enumerate(sets):
        loc = f"inflow_sets[{i}]"
        if not isinstance(s, dict):
            c.add(loc, expected_object(s))
            complete = False
            continue
        got = c.fields(loc, s, specs, None, None)
        name = got.get("name")
        if name is None:
            complete = False
            continue
        if not ID_PATTERN.match(name):
            c.add(f"{loc}.name", translate("Validation", "'{value}' is not a valid name "
                                                         "(letters, digits, _ and -)").format(
                value=shorten(name)))
            complete = False
        elif name in names:
            c.add(f"{loc}.name", translate("Validation", "inflow set '{name}' is defined twice")
                  .format(name=name))
        else:
            names.append(name)
    # with a set unreadable, the inflow series cannot be matched to sets without a cascade
    return names if complete else None


def _check_nodes(c: FieldChecker, doc: dict[str, Any], length: int | None,
                 set_names: list[str] | None, version: int
                 ) -> dict[str, tuple[NodeKind, dict[str, Any]]]:
    """Check every node; return {id: (kind, well-formed fields)} of identifiable nodes.

    A version-1 node carries its schematic position (``x``, ``y``); from version 2 on the
    positions are in the ``layout`` section, and a node's ``x`` or ``y`` is an unknown field.
    """
    positions = V1_NODE_POSITION_FIELDS if version == 1 else ()
    nodes = doc.get("nodes")
    out: dict[str, tuple[NodeKind, dict[str, Any]]] = {}
    if nodes is None:
        return out
    if not isinstance(nodes, list):
        c.add("nodes", translate("Validation", "expected a list of nodes, found {found}")
              .format(found=typename(nodes)))
        return out
    if not nodes:
        c.add("nodes", translate("Validation", "the network is empty: a scenario needs at least "
                                               "an inflow, the river it feeds and where the "
                                               "water ends (a sink or a terminal lake)"))
        return out
    kinds = [k.value for k in NodeKind]
    for i, node in enumerate(nodes):
        loc = f"nodes[{i}]"
        if not isinstance(node, dict):
            c.add(loc, expected_object(node))
            continue
        nid = node.get("id")
        if isinstance(nid, str) and ID_PATTERN.match(nid):
            if nid in out:
                c.add(loc + ".id", translate("Validation", "node id '{id}' is used twice")
                      .format(id=nid))
            else:
                loc = f"nodes.{nid}"
        elif "id" not in node:
            nid = None  # reported by the field check (or below, when the kind is unknown)
        else:
            if isinstance(nid, str):  # other types are reported by the field check below
                c.add(loc + ".id", invalid_id(quote(nid)))
            nid = None
        kind_value = node.get("kind")
        if kind_value not in kinds:
            what = translate("Validation", "required field is missing") if "kind" not in node \
                else translate("Validation", "{value} is not a node kind (use one of: {kinds})"
                               ).format(value=quote(kind_value), kinds=", ".join(kinds))
            c.add(loc + ".kind", what)
            if nid is not None:
                c.ids_without_kind.add(nid)
            elif "id" not in node:
                c.add(loc + ".id", translate("Validation", "required field is missing"))
            elif not isinstance(node["id"], str):
                c.add(loc + ".id", translate("Validation", "expected text, found {found}")
                      .format(found=typename(node["id"])))
            continue
        kind = NodeKind(kind_value)
        if not positions:
            for key in ("x", "y"):
                if key in node:
                    c.add(f"{loc}.{key}", translate(
                        "Validation", "unknown field: since format version 2 a node's position "
                                      "is in the layout section ({place})").format(
                        place=f"layout.nodes.{nid or '<id>'}"))
            node = {k: v for k, v in node.items() if k not in ("x", "y")}
        got = c.fields(loc, node, COMMON_NODE_FIELDS + positions + NODE_FIELDS[kind], length,
                       set_names)
        if got.get("name") is not None and not got["name"].strip():
            c.add(loc + ".name", translate("Validation", "must not be empty"))
        _check_node_semantics(c, loc, kind, got)
        if nid is not None and nid not in out:
            out[nid] = (kind, got)
    return out


def _check_node_semantics(c: FieldChecker, loc: str, kind: NodeKind, f: dict[str, Any]) -> None:
    if kind is NodeKind.RESERVOIR:
        cap, dead, init = f.get("capacity_mcm"), f.get("dead_storage_mcm"), f.get("initial_storage_mcm")
        if cap is not None and dead is not None and dead > cap:
            c.add(f"{loc}.dead_storage_mcm", _above_capacity(dead, cap))
        if init is not None and cap is not None and init > cap:
            c.add(f"{loc}.initial_storage_mcm", _above_capacity(init, cap))
        if init is not None and dead is not None and init < dead:
            c.add(f"{loc}.initial_storage_mcm", _below_dead(init, dead))
        lo, hi = f.get("min_release_m3s"), f.get("max_release_m3s")
        if lo is not None and hi is not None:
            for i, (a, b) in enumerate(_pairs(lo, hi)):
                if a > b:
                    where = f"{loc}.min_release_m3s" + (f"[{i}]" if isinstance(lo, list) else "")
                    text = translate("Validation", "{value} m³/s is above the maximum release "
                                                   "{maximum} m³/s in period {period}") \
                        if isinstance(hi, list) else \
                        translate("Validation", "{value} m³/s is above the maximum release "
                                                "{maximum} m³/s")
                    c.add(where, text.format(value=fmt(a), maximum=fmt(b), period=i + 1))
                    break
        op_min = f.get("operating_minimum_mcm")
        if op_min is not None and dead is not None and cap is not None \
                and not dead <= op_min <= cap:
            c.add(f"{loc}.operating_minimum_mcm", _between(op_min, dead, cap))
        rule = f.get("rule")
        if rule is not None and dead is not None and cap is not None:
            for key in ("guide_curve_mcm", "buffer_mcm"):
                for i, x in enumerate(rule.get(key) or ()):
                    if not dead <= x <= cap:
                        c.add(f"{loc}.rule.{key}[{i}]", _between(x, dead, cap))
                        break
        lav = f.get("lav")
        if lav is not None and dead is not None and cap is not None:
            v = lav["volume_mcm"]
            if v[0] > dead or v[-1] < cap:
                c.add(f"{loc}.lav", translate(
                    "Validation", "covers {low}-{high} Mm³ but must reach from dead storage "
                                  "{dead} to capacity {capacity}").format(
                    low=fmt(v[0]), high=fmt(v[-1]), dead=fmt(dead), capacity=fmt(cap)))
        fc = f.get("flood_control_mcm")
        if fc is not None and dead is not None:
            for i, x in enumerate(fc):
                if x < dead:
                    c.add(f"{loc}.flood_control_mcm[{i}]", _below_dead(x, dead))
                    break
        hp = f.get("hydropower")
        if hp is not None and lav is not None and hp["tailwater_level_m"] >= lav["level_m"][-1]:
            c.add(f"{loc}.hydropower.tailwater_level_m", translate(
                "Validation", "{value} m is not below the highest level in the table ({top} m): "
                              "the plant would have no head").format(
                value=fmt(hp["tailwater_level_m"]), top=fmt(lav["level_m"][-1])))
    elif kind is NodeKind.DEMAND:
        held, k = f.get("drainage_initial_mcm"), f.get("drainage_residence_periods")
        if held is not None and k is not None and held > 0 and k == 0:
            c.add(f"{loc}.drainage_initial_mcm", translate(
                "Validation", "{value} Mm³ in a drainage store needs a residence time: set "
                              "drainage_residence_periods above 0 (with 0 the return flows back "
                              "at once and nothing is held)").format(value=fmt(held)))
    elif kind is NodeKind.TERMINAL_LAKE:
        lav, crest = f.get("lav"), f.get("crest_level_m")
        if lav is not None and crest is not None and not lav["level_m"][0] <= crest:
            c.add(f"{loc}.crest_level_m", translate(
                "Validation", "{value} m is below the lowest level in the table ({bottom} m)")
                  .format(value=fmt(crest), bottom=fmt(lav["level_m"][0])))


def _no_node(node_id: str) -> str:
    return translate("Validation", "node '{id}' does not exist").format(id=node_id)


def _above_capacity(value: float, capacity: float) -> str:
    return translate("Validation", "{value} is above capacity {capacity}").format(
        value=fmt(value), capacity=fmt(capacity))


def _below_dead(value: float, dead: float) -> str:
    return translate("Validation", "{value} is below dead storage {dead}").format(
        value=fmt(value), dead=fmt(dead))


def _between(value: float, dead: float, capacity: float) -> str:
    return translate("Validation", "{value} must lie between dead storage {dead} and capacity "
                                   "{capacity}").format(value=fmt(value), dead=fmt(dead),
                                                        capacity=fmt(capacity))


def _run_past(periods: int, step: str, start: str) -> str:
    text = translate("Validation", "{periods} month periods from {start} run past the year "
                                   "{year}") if step == "month" else \
        translate("Validation", "{periods} dekad periods from {start} run past the year "
                                "{year}") if step == "dekad" else \
        translate("Validation", "{periods} day periods from {start} run past the year {year}")
    return text.format(periods=periods, start=start, year=date.max.year)


def _pairs(a: float | list[float], b: float | list[float]) -> list[tuple[float, float]]:
    """Two constant-or-series values side by side, period by period."""
    n = max(len(a) if isinstance(a, list) else 1, len(b) if isinstance(b, list) else 1)
    return [(a[i] if isinstance(a, list) else a, b[i] if isinstance(b, list) else b)
            for i in range(n)]


def _check_plant_ids(c: FieldChecker, links: list[dict[str, Any]]) -> None:
    """A run-of-river plant's id names it in results and reports: unique in the scenario."""
    seen: dict[str, str] = {}
    for lk in links:
        for i, plant in enumerate(lk.get("plants") or ()):
            pid = plant["id"]
            if pid in seen:
                text = translate("Validation", "plant id '{id}' is already used on this link") \
                    if seen[pid] == lk["_loc"] else \
                    translate("Validation", "plant id '{id}' is already used on {place}")
                c.add(f"{lk['_loc']}.plants[{i}].id", text.format(id=pid, place=seen[pid]))
            seen.setdefault(pid, lk["_loc"])


def _counted_texts() -> None:  # pragma: no cover - read by pyside6-lupdate, never run
    translate("Validation", "a list of {count} items", None, 1)


def _check_layout(c: FieldChecker, doc: dict[str, Any],
                  nodes: dict[str, tuple[NodeKind, dict[str, Any]]]) -> None:
    """The ``layout`` section: a position [x, y] for nodes that exist."""
    if "layout" not in doc:
        return
    layout = doc["layout"]
    if not isinstance(layout, dict):
        c.add("layout", translate("Validation", "expected an object with the nodes' positions, "
                                                "found {found}").format(found=typename(layout)))
        return
    for key in layout:
        if key not in LAYOUT_KEYS:
            c.add(f"layout.{shorten(key)}", translate(
                "Validation", "unknown field (the layout holds \"nodes\": node id → [x, y])"))
    positions = layout.get("nodes", {})
    if not isinstance(positions, dict):
        c.add("layout.nodes", translate("Validation", "expected an object keyed by node id, "
                                                      "found {found}").format(
            found=typename(positions)))
        return
    nodes_readable = isinstance(doc.get("nodes"), list)
    for nid, pos in positions.items():
        loc = f"layout.nodes.{shorten(nid)}"
        if nid not in nodes:
            if nid not in c.ids_without_kind and nodes_readable:
                hint = difflib.get_close_matches(nid, sorted(nodes), n=1) \
                    if len(nid) <= 100 else []
                c.add(loc, translate("Validation", "node '{id}' does not exist (did you mean "
                                                   "'{name}'?)").format(id=shorten(nid),
                                                                        name=hint[0])
                      if hint else _no_node(shorten(nid)))
            continue
        if not isinstance(pos, list) or len(pos) != 2:
            found = plural("Validation", "a list of {count} items", len(pos)).format(
                count=len(pos)) if isinstance(pos, list) else typename(pos)
            c.add(loc, translate("Validation", "expected a position [x, y] (two numbers), found "
                                               "{found}").format(found=found))
            continue
        for i, spec in enumerate(LAYOUT_COORDINATES):
            c.number(f"{loc}[{i}]", pos[i], spec)


def _check_links(c: FieldChecker, doc: dict[str, Any],
                 nodes: dict[str, tuple[NodeKind, dict[str, Any]]], length: int | None
                 ) -> tuple[list[dict[str, Any]], bool]:
    """Check every link; return the well-formed ones and whether all of them were."""
    links = doc.get("links")
    if links is None:
        return [], False
    if not isinstance(links, list):
        c.add("links", translate("Validation", "expected a list of links, found {found}")
              .format(found=typename(links)))
        return [], False
    seen: set[str] = set()
    good: list[dict[str, Any]] = []
    all_ok = True
    for i, link in enumerate(links):
        loc = f"links[{i}]"
        if not isinstance(link, dict):
            c.add(loc, expected_object(link))
            all_ok = False
            continue
        lid = link.get("id")
        if isinstance(lid, str) and ID_PATTERN.match(lid) and lid not in seen:
            loc = f"links.{lid}"
            seen.add(lid)
        elif isinstance(lid, str) and lid in seen:
            c.add(loc + ".id", translate("Validation", "link id '{id}' is used twice").format(
                id=shorten(lid)))
        before = len(c.problems)
        got = c.fields(loc, link, LINK_FIELDS, length, None)
        if "id" in got and not ID_PATTERN.match(got["id"]):
            c.add(loc + ".id", invalid_id(quote(got["id"])))
        for end in ("from", "to"):
            ref = got.get(end)
            if ref is not None and ref not in nodes:
                if ref not in c.ids_without_kind and isinstance(doc.get("nodes"), list):
                    c.add(f"{loc}.{end}", _no_node(shorten(ref)))
                got.pop(end)
        if got.get("from") is not None and got.get("from") == got.get("to"):
            c.add(loc, translate("Validation", "links node '{id}' to itself").format(
                id=got["from"]))
            got.pop("to")
        if len(c.problems) == before and len(got) == len(LINK_FIELDS):
            got["_loc"] = loc
            good.append(got)
        else:
            all_ok = False
    return good, all_ok


def _check_topology(c: FieldChecker, nodes: dict[str, tuple[NodeKind, dict[str, Any]]],
                    links: list[dict[str, Any]], complete: bool) -> None:
    """Cycles, outlets, intakes and return paths: the rules that make flow well-defined.

    With ``complete`` false (some nodes or links were malformed) only cycles among the
    well-formed links are looked for, so a broken link is not also reported as a missing one.
    """
    ids = list(nodes)
    edges = [(lk["from"], lk["to"]) for lk in links]
    cycle = find_cycle(ids, edges)
    if cycle is not None:
        c.add("links", translate("Validation", "links form a cycle: {cycle}").format(
            cycle=" → ".join(cycle)))
        return
    if not complete:
        return
    out: dict[str, list[dict[str, Any]]] = {n: [] for n in ids}
    inc: dict[str, list[dict[str, Any]]] = {n: [] for n in ids}
    for lk in links:
        out[lk["from"]].append(lk)
        inc[lk["to"]].append(lk)
    kind = {n: k for n, (k, _) in nodes.items()}
    for nid, (k, f) in nodes.items():
        loc = f"nodes.{nid}"
        to_demand = [lk for lk in out[nid] if kind[lk["to"]] is NodeKind.DEMAND]
        overflow = [lk for lk in out[nid] if lk["overflow"]]
        main = [lk for lk in out[nid] if not lk["overflow"] and lk not in to_demand]
        if k is NodeKind.INFLOW and inc[nid]:
            c.add(loc, translate("Validation", "an inflow is a source: remove the link from "
                                               "'{id}'").format(id=inc[nid][0]["from"]))
        if k is NodeKind.SINK and out[nid]:
            c.add(loc, translate("Validation", "a sink takes water out of the basin: remove the "
                                               "link to '{id}'").format(id=out[nid][0]["to"]))
        if k is NodeKind.DEMAND:
            if len(inc[nid]) != 1:
                c.add(loc, translate("Validation", "a demand needs exactly one intake link (it "
                                                   "has {count})").format(count=len(inc[nid])))
            for lk in inc[nid]:
                if lk["travel_time_periods"] != 0:
                    c.add(f"{lk['_loc']}.travel_time_periods", translate(
                        "Validation", "an intake must deliver in the same period (travel time "
                                      "0)"))
                if kind[lk["from"]] in (NodeKind.DEMAND, NodeKind.SINK, NodeKind.TERMINAL_LAKE):
                    c.add(lk["_loc"], translate("Validation", "a demand cannot take water from a "
                                                              "{kind} ('{id}')").format(
                        kind=kind_word(kind[lk["from"]]), id=lk["from"]))
            rf = f.get("return_fraction")
            if rf is not None and rf > 0 and not out[nid]:
                c.add(f"{loc}.return_fraction", translate(
                    "Validation", "{value} of the delivery returns, but there is no link for "
                                  "the return flow to re-enter the river").format(value=fmt(rf)))
            held = f.get("drainage_initial_mcm")
            if held is not None and held > 0 and not out[nid]:
                c.add(f"{loc}.drainage_initial_mcm", translate(
                    "Validation", "the drainage store holds {value} Mm³ at the start, but there "
                                  "is no return link for it to drain along").format(
                    value=fmt(held)))
            for lk in out[nid]:
                if lk["overflow"]:
                    c.add(f"{lk['_loc']}.overflow", translate(
                        "Validation", "a return-flow link cannot be an overflow route"))
            _check_return_shares(c, loc, out[nid])
            continue
        for lk in out[nid]:
            if lk.get("return_share") is not None:
                c.add(f"{lk['_loc']}.return_share", translate(
                    "Validation", "only a link leaving a demand (a return link) has a return "
                                  "share"))
        if len(overflow) > 1:
            c.add(loc, translate("Validation", "has {count} overflow links; at most one is "
                                               "allowed").format(count=len(overflow)))
        if overflow and (len(main) != 1 or main[0]["capacity_m3s"] is None):
            c.add(f"{overflow[0]['_loc']}.overflow", translate(
                "Validation", "an overflow route needs the node's main link to have a "
                              "capacity"))
        for lk in overflow:
            if kind[lk["to"]] is NodeKind.DEMAND:
                c.add(f"{lk['_loc']}.overflow", translate(
                    "Validation", "a demand's intake cannot be an overflow route"))
        if k in (NodeKind.SINK,):
            continue
        if len(main) > 1:
            c.add(loc, translate("Validation", "has {count} main outgoing links ({targets}); "
                                               "water must leave along one (mark a second as "
                                               "overflow)").format(
                count=len(main), targets=", ".join(
                    translate("Validation", "to '{id}'").format(id=lk["to"]) for lk in main)))
        if not main and k is not NodeKind.TERMINAL_LAKE:
            c.add(loc, translate("Validation", "the {kind} has no outgoing link: water reaching "
                                               "it has nowhere to go").format(kind=kind_word(k)))
    ends = {n for n, (k, f) in nodes.items()
            if k in (NodeKind.SINK, NodeKind.TERMINAL_LAKE)
            or (k is NodeKind.DEMAND and not out[n])}
    reach = reaches(ids, edges, ends)
    for nid in ids:
        if nid not in reach and out[nid]:
            c.add(f"nodes.{nid}", translate("Validation", "reaches no sink, terminal lake or "
                                                          "consuming demand"))


def _check_return_shares(c: FieldChecker, loc: str, returns: list[dict[str, Any]]) -> None:
    """The return shares of one demand's return links sum to 1 (to at most 1 while some
    links leave theirs empty: those share the rest)."""
    given = [(lk["id"], lk["return_share"]) for lk in returns
             if lk.get("return_share") is not None]
    if not given:
        return
    total = sum(v for _, v in given)
    parts = ", ".join(f"{lid} {fmt(v)}" for lid, v in given)
    if len(given) == len(returns) and abs(total - 1.0) > SHARE_TOLERANCE:
        c.add(loc, translate("Validation", "the return shares of its return links sum to "
                                           "{total}, not 1 ({parts}); leave one empty to give it "
                                           "the rest").format(total=fmt(total), parts=parts))
    elif len(given) < len(returns) and total > 1.0 + SHARE_TOLERANCE:
        c.add(loc, translate("Validation", "the return shares of its return links sum to "
                                           "{total}, more than 1 ({parts})").format(
            total=fmt(total), parts=parts))


def _check_schedules(c: FieldChecker, doc: dict[str, Any], length: int | None,
                     nodes: dict[str, tuple[NodeKind, dict[str, Any]]]) -> None:
    sched = doc.get("release_schedules")
    if sched is None:
        return
    if not isinstance(sched, dict):
        c.add("release_schedules", translate("Validation", "expected an object keyed by "
                                                           "reservoir id, found {found}").format(
            found=typename(sched)))
        return
    for rid, series in sched.items():
        loc = f"release_schedules.{shorten(rid)}"
        if rid not in nodes:
            if rid not in c.ids_without_kind and isinstance(doc.get("nodes"), list):
                c.add(loc, _no_node(shorten(rid)))
            continue
        if nodes[rid][0] is not NodeKind.RESERVOIR:
            c.add(loc, translate("Validation", "'{id}' is a {kind}, not a reservoir").format(
                id=rid, kind=kind_word(nodes[rid][0])))
            continue
        _check_schedule_values(c, rid, series, length)
    for nid, (k, _) in nodes.items():
        if k is NodeKind.RESERVOIR and nid not in sched:
            c.add(f"release_schedules.{nid}", translate("Validation", "reservoir has no release "
                                                                      "schedule"))


def _check_schedule_values(c: FieldChecker, reservoir_id: str, series: Any,
                           length: int | None) -> None:
    c.series(f"release_schedules.{shorten(reservoir_id)}", series, length, RELEASE_SPEC)


def schedule_value_problems(reservoir_id: str, series: Any,
                            length: int | None) -> list[Problem]:
    """The problems :func:`validate_document` finds in the values of an existing reservoir's
    release schedule, and nothing else: no other check reads those values, so an edit that
    changes them alone changes only these problems (the rulebook's quick path)."""
    c = FieldChecker()
    _check_schedule_values(c, reservoir_id, series, length)
    return c.problems


def _check_metadata(c: FieldChecker, doc: dict[str, Any]) -> None:
    meta = doc.get("metadata")
    if meta is None:
        return
    if not isinstance(meta, dict):
        c.add("metadata", expected_object(meta))
        return
    specs = METADATA_FIELDS + (
        FieldSpec("references", FieldType.STRING, "References", optional=True),
        FieldSpec("sources", FieldType.STRING, "Sources", optional=True),
    )
    plain = {k: v for k, v in meta.items() if k not in ("references", "sources")}
    got = c.fields("metadata", plain, tuple(s for s in specs if s.name not in
                                            ("references", "sources")), None, None)
    if got.get("name") is not None and not got["name"].strip():
        c.add("metadata.name", translate("Validation", "the scenario has no name: give it one, "
                                                       "so that its results and reports say "
                                                       "which plan they show"))
    for key in ("references", "sources"):
        if key in meta and not isinstance(meta[key], dict):
            c.add(f"metadata.{key}", expected_object(meta[key]))
    refs: dict[str, Any] = meta["references"] if isinstance(meta.get("references"), dict) else {}
    for code, ref in refs.items():
        if not isinstance(ref, dict) or not all(isinstance(v, str) for v in ref.values()):
            c.add(f"metadata.references.{shorten(code)}", translate(
                "Validation", "expected an object of text fields (title, url)"))
    srcs: dict[str, Any] = meta["sources"] if isinstance(meta.get("sources"), dict) else {}
    for path, src in srcs.items():
        loc = f"metadata.sources.{shorten(path)}"
        if not isinstance(src, dict):
            c.add(loc, expected_object(src))
            continue
        basis = src.get("basis")
        if basis not in SOURCE_BASES:
            c.add(loc + ".basis", translate("Validation", "{value} is not a basis (use "
                                                          "{bases})").format(
                value=quote(basis), bases=", ".join(SOURCE_BASES)))
        for ref in src.get("refs", []) if isinstance(src.get("refs"), list) else []:
            if not isinstance(ref, str):
                c.add(loc + ".refs", translate("Validation", "expected reference codes (text), "
                                                             "found {found}").format(
                    found=typename(ref)))
            elif ref not in refs:
                c.add(loc + ".refs", translate("Validation", "reference '{code}' is not listed "
                                                             "in metadata.references").format(
                    code=shorten(ref)))
        if "note" in src and not isinstance(src["note"], str):
            c.add(loc + ".note", translate("Validation", "expected text"))
    for key in ("references", "sources"):
        if isinstance(meta.get(key), dict):
            check_free_form(c, f"metadata.{key}", meta[key])
    day = meta.get("initial_state_date")
    if isinstance(day, str) and day:
        try:
            date.fromisoformat(day)
        except ValueError:
            c.add("metadata.initial_state_date", translate(
                "Validation", "{value} is not a date (use YYYY-MM-DD)").format(value=quote(day)))


def validate_document(doc: Any, *, metadata: bool = True) -> list[Problem]:
    """Every problem of a parsed scenario document, as (location, message) pairs.

    ``metadata=False`` leaves out the checks of the metadata section's content (for the
    rulebook: an edit that keeps the very same metadata cannot add a problem there)."""
    c = FieldChecker()
    if not isinstance(doc, dict):
        c.add("file", translate("Validation", "expected a scenario object at the top of the "
                                              "file, found {found}").format(found=typename(doc)))
        return c.problems
    fmt = doc.get("format")
    if fmt != FORMAT_NAME:
        c.add("format", translate("Validation", "expected \"{format}\", found {value}: this is "
                                                "not a WaterPlanner scenario").format(
            format=FORMAT_NAME, value=quote(fmt)))
        return c.problems
    version = doc.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        c.add("version", translate("Validation", "expected a whole number, found {found}")
              .format(found=typename(version)))
        return c.problems
    if version > FORMAT_VERSION:
        c.add("version", translate("Validation", "version {version} was written by a newer "
                                                 "WaterPlanner (this one reads up to {latest})")
              .format(version=version, latest=FORMAT_VERSION))
        return c.problems
    if version < 1:
        c.add("version", translate("Validation", "{version} is not a scenario format version")
              .format(version=version))
        return c.problems
    for key in doc:
        if version == 1 and key in VERSION_2_KEYS:
            c.add(key, translate("Validation", "unknown section in a version-1 file (it came "
                                               "with version 2; version 1 keeps a node's "
                                               "position in the node's x and y)"))
        elif key not in TOP_LEVEL_KEYS and key not in EXTENSION_KEYS \
                and key not in OPTIONAL_TOP_LEVEL_KEYS and key not in SCENARIO_OPTIONAL_KEYS:
            hint = difflib.get_close_matches(key, TOP_LEVEL_KEYS, n=1) if len(key) <= 100 else []
            c.add(shorten(key), translate("Validation", "unknown section (did you mean "
                                                        "'{name}'?)").format(name=hint[0])
                  if hint else translate("Validation", "unknown section"))
    for key in TOP_LEVEL_KEYS:
        if key not in doc:
            c.add(key, translate("Validation", "required section is missing"))
        elif doc[key] is None and key != "time":  # the time check says it of its own
            c.add(key, null_message())
    if metadata:
        _check_metadata(c, doc)
    if VIEW_KEY in doc:
        for location, message in check_view(doc[VIEW_KEY]):
            c.add(location, message)
    length = _check_time(c, doc)
    set_names = _check_inflow_sets(c, doc)
    nodes = _check_nodes(c, doc, length, set_names, version)
    if version >= 2:
        _check_layout(c, doc, nodes)
    links, links_ok = _check_links(c, doc, nodes, length)
    _check_plant_ids(c, links)
    check_allocation(c, doc)
    check_countries(c, doc)
    check_exchanges(c, doc)
    check_ensembles(c, doc, nodes, set_names, length)
    nodes_ok = isinstance(doc.get("nodes"), list) and len(nodes) == len(doc["nodes"])
    _check_topology(c, nodes, links, links_ok and nodes_ok)
    _check_schedules(c, doc, length, nodes)
    for key in EXTENSION_KEYS:
        if key in doc and not isinstance(doc[key], dict):
            c.add(key, expected_object(doc[key]))
        elif key in doc:
            check_free_form(c, key, doc[key])
    if isinstance(doc.get("optimisation"), dict):
        from waterplanner.model.objectives_check import check_optimisation
        # numbers are checked by both walks; report each place once
        seen = {p.location for p in c.problems}
        c.problems.extend(p for p in check_optimisation(
            doc["optimisation"], {k: v[0] for k, v in nodes.items()}, length,
            {k for k, v in nodes.items() if v[1].get("hydropower") is not None})
            if p.location not in seen)
    return c.problems
