"""Scenario ↔ JSON document (plain dicts and lists) ↔ text.

The text form puts each series on one line and every object field on its own line, so a
scenario file reads well and diffs well. Whole-number floats are written without ``.0``;
reading turns every number back into a float, so load → save → load is exact and a second
save is byte-identical to the first.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from datetime import date
from typing import Any

from waterplanner.i18n import translate
from waterplanner.model.countries import Country, EnergyExchange, Season
from waterplanner.model.ensemble_document import ensemble_from, ensemble_to
from waterplanner.model.lav import LevelAreaVolume
from waterplanner.model.layout import Layout
from waterplanner.model.nodes import (
    NODE_CLASSES,
    AnyNode,
    DemandNode,
    Flow,
    HydropowerPlant,
    InflowNode,
    MinFlowNode,
    NodeKind,
    OperatingRule,
    ReservoirNode,
    RuleKind,
    RunOfRiverPlant,
    TerminalLakeNode,
)
from waterplanner.model.problems import Problem, ScenarioError
from waterplanner.model.scenario import AllocationPolicy, InflowSet, Link, Metadata, Scenario
from waterplanner.model.schema import (
    COMMON_NODE_FIELDS,
    EXTENSION_KEYS,
    FORMAT_NAME,
    FORMAT_VERSION,
    NODE_FIELDS,
    FieldType,
)
from waterplanner.model.timebase import Step, TimeBase
from waterplanner.model.upgrade import upgrade_document
from waterplanner.model.validation import validate_document
from waterplanner.model.view_state import VIEW_KEY, ViewState, view_from_document

MAX_NESTING = 64


# --- document → scenario -------------------------------------------------------------
def _series(v: list[Any]) -> tuple[float, ...]:
    return tuple(float(x) for x in v)


def _lav(d: dict[str, list[Any]]) -> LevelAreaVolume:
    return LevelAreaVolume(level_m=_series(d["level_m"]), area_km2=_series(d["area_km2"]),
                           volume_mcm=_series(d["volume_mcm"]))


def _opt_float(v: Any) -> float | None:
    return None if v is None else float(v)


def _flow(v: Any) -> Flow:
    """A constant (number) or a series (list) of m³/s."""
    return _series(v) if isinstance(v, list) else float(v)


def _opt_flow(v: Any) -> Flow | None:
    return None if v is None else _flow(v)


def _opt_series(v: Any) -> tuple[float, ...] | None:
    return None if v is None else _series(v)


def _rule(d: dict[str, Any] | None) -> OperatingRule:
    if d is None:
        return OperatingRule()
    return OperatingRule(kind=RuleKind(d["kind"]),
                         guide_curve_mcm=_opt_series(d.get("guide_curve_mcm")),
                         buffer_mcm=_opt_series(d.get("buffer_mcm")),
                         buffer_release_m3s=_opt_flow(d.get("buffer_release_m3s")))


def _plant(d: dict[str, Any]) -> RunOfRiverPlant:
    return RunOfRiverPlant(id=d["id"], name=d["name"], country=d.get("country", ""),
                           head_m=float(d["head_m"]),
                           turbine_capacity_m3s=float(d["turbine_capacity_m3s"]),
                           installed_mw=float(d["installed_mw"]),
                           efficiency=float(d["efficiency"]))


def _country(d: dict[str, Any]) -> Country:
    return Country(code=d["code"], name=d.get("name", ""),
                   vegetation_limit_mcm=_opt_float(d.get("vegetation_limit_mcm")),
                   non_vegetation_limit_mcm=_opt_float(d.get("non_vegetation_limit_mcm")))


def _exchange(d: dict[str, Any]) -> EnergyExchange:
    ws = d.get("water_season")
    return EnergyExchange(id=d["id"], supplier=d["supplier"], receiver=d["receiver"],
                          energy_gwh=float(d["energy_gwh"]), season=Season(d["season"]),
                          water_mcm=_opt_float(d.get("water_mcm")),
                          water_season=None if ws is None else Season(ws),
                          note=d.get("note", ""))


def _node_from(d: dict[str, Any]) -> AnyNode:
    kind = NodeKind(d["kind"])
    common: dict[str, Any] = {
        "id": d["id"], "name": d["name"], "local_name": d.get("local_name", ""),
        "country": d.get("country", ""),
    }
    if kind is NodeKind.INFLOW:
        return InflowNode(**common, inflow_mcm={k: _series(v) for k, v in d["inflow_mcm"].items()})
    if kind is NodeKind.RESERVOIR:
        hp = d.get("hydropower")
        fc = d.get("flood_control_mcm")
        return ReservoirNode(
            **common,
            capacity_mcm=float(d["capacity_mcm"]),
            dead_storage_mcm=float(d["dead_storage_mcm"]),
            initial_storage_mcm=float(d["initial_storage_mcm"]),
            lav=_lav(d["lav"]),
            evaporation_mm=_series(d["evaporation_mm"]),
            min_release_m3s=_flow(d.get("min_release_m3s", 0.0)),
            max_release_m3s=_opt_flow(d.get("max_release_m3s")),
            flood_control_mcm=None if fc is None else _series(fc),
            seepage_m3s=float(d.get("seepage_m3s", 0.0)),
            hydropower=None if hp is None else HydropowerPlant(
                turbine_capacity_m3s=float(hp["turbine_capacity_m3s"]),
                installed_mw=float(hp["installed_mw"]), efficiency=float(hp["efficiency"]),
                tailwater_level_m=float(hp["tailwater_level_m"])),
            operating_minimum_mcm=_opt_float(d.get("operating_minimum_mcm")),
            rule=_rule(d.get("rule")),
        )
    if kind is NodeKind.DEMAND:
        return DemandNode(**common, demand_mcm=_series(d["demand_mcm"]),
                          priority=int(d.get("priority", 1)),
                          return_fraction=float(d.get("return_fraction", 0.0)),
                          drainage_residence_periods=float(
                              d.get("drainage_residence_periods", 0.0)),
                          drainage_initial_mcm=float(d.get("drainage_initial_mcm", 0.0)),
                          limit_mcm=_opt_series(d.get("limit_mcm")),
                          country_shares={k: float(v) for k, v in
                                          (d.get("country_shares") or {}).items()})
    if kind is NodeKind.MIN_FLOW:
        return MinFlowNode(**common, required_mcm=_series(d["required_mcm"]))
    if kind is NodeKind.TERMINAL_LAKE:
        return TerminalLakeNode(
            **common, initial_storage_mcm=float(d["initial_storage_mcm"]), lav=_lav(d["lav"]),
            evaporation_mm=_series(d["evaporation_mm"]),
            precipitation_mm=_series(d["precipitation_mm"]),
            crest_level_m=float(d["crest_level_m"]),
            max_outflow_m3s=_opt_float(d.get("max_outflow_m3s")))
    return NODE_CLASSES[kind](**common)  # type: ignore[return-value]


def scenario_from_document(doc: dict[str, Any]) -> Scenario:
    """Build a scenario from a document (of any version this program reads, upgraded to the
    current one); raises :class:`ScenarioError` listing every problem."""
    problems = validate_document(doc)
    if problems:
        raise ScenarioError(problems)
    doc = upgrade_document(doc)
    meta = doc["metadata"]
    t = doc["time"]
    return Scenario(
        metadata=Metadata(
            name=meta["name"], description=meta.get("description", ""),
            author=meta.get("author", ""), organisation=meta.get("organisation", ""),
            notes=meta.get("notes", ""),
            initial_state_date=meta.get("initial_state_date", ""), references=dict(meta.get("references", {})),
            sources=dict(meta.get("sources", {}))),
        time=TimeBase(Step(t["step"]), date.fromisoformat(t["start"]), int(t["periods"]),
                      int(t.get("water_year_start_month", 10))),
        inflow_sets=tuple(InflowSet(name=s["name"], label=s.get("label", ""),
                                    description=s.get("description", ""))
                          for s in doc["inflow_sets"]),
        nodes=tuple(_node_from(n) for n in doc["nodes"]),
        links=tuple(Link(id=lk["id"], source=lk["from"], target=lk["to"],
                         travel_time_periods=int(lk.get("travel_time_periods", 0)),
                         loss_fraction=float(lk.get("loss_fraction", 0.0)),
                         capacity_m3s=_opt_flow(lk.get("capacity_m3s")),
                         overflow=bool(lk.get("overflow", False)),
                         initial_flow_m3s=float(lk.get("initial_flow_m3s", 0.0)),
                         plants=tuple(_plant(p) for p in lk.get("plants") or ()),
                         return_share=_opt_float(lk.get("return_share")))
                    for lk in doc["links"]),
        release_schedules={k: _series(v) for k, v in doc["release_schedules"].items()},
        extensions={k: doc[k] for k in EXTENSION_KEYS if k in doc},
        allocation=AllocationPolicy(doc.get("allocation", AllocationPolicy.UPSTREAM_FIRST.value)),
        countries=tuple(_country(c) for c in doc.get("countries") or ()),
        energy_exchanges=tuple(_exchange(e) for e in doc.get("energy_exchanges") or ()),
        ensembles=tuple(ensemble_from(e) for e in doc.get("ensembles") or ()),
        layout=Layout({k: (float(x), float(y))
                       for k, (x, y) in (doc.get("layout") or {}).get("nodes", {}).items()}),
    )


# --- scenario → document -------------------------------------------------------------
def _listed(v: Any) -> Any:
    """A series (tuple) as a list for the document; anything else as it is."""
    return list(v) if isinstance(v, tuple) else v


def _rule_to(r: OperatingRule) -> dict[str, Any]:
    d: dict[str, Any] = {"kind": r.kind.value}
    for key in ("guide_curve_mcm", "buffer_mcm", "buffer_release_m3s"):
        if getattr(r, key) is not None:
            d[key] = _listed(getattr(r, key))
    return d


def _plant_to(p: RunOfRiverPlant) -> dict[str, Any]:
    return {"id": p.id, "name": p.name, "country": p.country, "head_m": p.head_m,
            "turbine_capacity_m3s": p.turbine_capacity_m3s, "installed_mw": p.installed_mw,
            "efficiency": p.efficiency}


_DEFAULT_RULE = OperatingRule()
_OMITTED_AT_DEFAULT = ("drainage_residence_periods", "drainage_initial_mcm")
"""Fields written only when they differ from their default, so that a file without them
reads and writes back unchanged."""


def _node_to(n: AnyNode) -> dict[str, Any]:
    d: dict[str, Any] = {}
    for spec in COMMON_NODE_FIELDS:
        d[spec.name] = n.kind.value if spec.name == "kind" else getattr(n, spec.name)
    for spec in NODE_FIELDS[n.kind]:
        v = getattr(n, spec.name)
        if spec.name in ("operating_minimum_mcm", "limit_mcm") and v is None:
            continue
        if spec.name in _OMITTED_AT_DEFAULT and v == spec.default:
            continue
        if spec.type is FieldType.RULE:
            if v != _DEFAULT_RULE:
                d[spec.name] = _rule_to(v)
            continue
        if spec.type is FieldType.SHARES:
            if v:
                d[spec.name] = dict(v)
            continue
        if spec.type in (FieldType.SERIES, FieldType.FLOW_OR_SERIES):
            v = _listed(v)
        elif spec.type is FieldType.SERIES_BY_SET:
            v = {k: list(s) for k, s in v.items()}
        elif spec.type is FieldType.LAV:
            v = {"level_m": list(v.level_m), "area_km2": list(v.area_km2),
                 "volume_mcm": list(v.volume_mcm)}
        elif spec.type is FieldType.HYDROPOWER and v is not None:
            v = {"turbine_capacity_m3s": v.turbine_capacity_m3s, "installed_mw": v.installed_mw,
                 "efficiency": v.efficiency, "tailwater_level_m": v.tailwater_level_m}
        d[spec.name] = v
    return d


def _link_to(lk: Link) -> dict[str, Any]:
    d: dict[str, Any] = {"id": lk.id, "from": lk.source, "to": lk.target,
                         "travel_time_periods": lk.travel_time_periods,
                         "loss_fraction": lk.loss_fraction,
                         "capacity_m3s": _listed(lk.capacity_m3s),
                         "overflow": lk.overflow, "initial_flow_m3s": lk.initial_flow_m3s}
    if lk.plants:
        d["plants"] = [_plant_to(p) for p in lk.plants]
    if lk.return_share is not None:
        d["return_share"] = lk.return_share
    return d


def _country_to(c: Country) -> dict[str, Any]:
    return {"code": c.code, "name": c.name, "vegetation_limit_mcm": c.vegetation_limit_mcm,
            "non_vegetation_limit_mcm": c.non_vegetation_limit_mcm}


def _exchange_to(e: EnergyExchange) -> dict[str, Any]:
    return {"id": e.id, "supplier": e.supplier, "receiver": e.receiver,
            "energy_gwh": e.energy_gwh, "season": e.season.value, "water_mcm": e.water_mcm,
            "water_season": None if e.water_season is None else e.water_season.value,
            "note": e.note}


def _layout_to(s: Scenario) -> dict[str, Any]:
    """The layout section: positions in the order of the nodes (then any others, so that
    the validator can name them), one node per line."""
    ids = [n.id for n in s.nodes]
    known = set(ids)
    order = [i for i in ids if i in s.layout] + [i for i in s.layout if i not in known]
    return {"nodes": {i: list(s.layout[i]) for i in order}}


def scenario_to_document(s: Scenario, view: ViewState | None = None) -> dict[str, Any]:
    """The JSON document of a scenario (plain dicts, lists, numbers and text), with the
    planner's ``view`` section when one is given and not empty."""
    m = s.metadata
    doc: dict[str, Any] = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "metadata": {"name": m.name, "description": m.description, "author": m.author,
                     "organisation": m.organisation, "notes": m.notes,
                     **({"initial_state_date": m.initial_state_date}
                        if m.initial_state_date else {}),
                     "references": m.references, "sources": m.sources},
        "time": {"step": s.time.step.value, "start": s.time.start.isoformat(),
                 "periods": s.time.periods,
                 "water_year_start_month": s.time.water_year_start_month},
        "inflow_sets": [{"name": i.name, "label": i.label, "description": i.description}
                        for i in s.inflow_sets],
        "nodes": [_node_to(n) for n in s.nodes],
        "links": [_link_to(lk) for lk in s.links],
        "release_schedules": {k: list(v) for k, v in s.release_schedules.items()},
        "allocation": s.allocation.value,
    }
    if s.countries:
        doc["countries"] = [_country_to(c) for c in s.countries]
    if s.energy_exchanges:
        doc["energy_exchanges"] = [_exchange_to(e) for e in s.energy_exchanges]
    if s.ensembles:
        doc["ensembles"] = [ensemble_to(e) for e in s.ensembles]
    for key in EXTENSION_KEYS:
        if key in s.extensions:
            doc[key] = s.extensions[key]
    if s.layout:
        doc["layout"] = _layout_to(s)
    if view is not None and not view.is_empty:
        doc[VIEW_KEY] = view.to_document()
    return doc


def validate_scenario(s: Scenario, *, metadata: bool = True) -> list[Problem]:
    """Every problem of an in-memory scenario (the same rules as for a file);
    ``metadata=False``: all but those of the metadata's content (see
    :func:`~waterplanner.model.validation.validate_document`)."""
    return validate_document(scenario_to_document(s), metadata=metadata)


# --- text ----------------------------------------------------------------------------
def _scalar(v: Any) -> str:
    if isinstance(v, float):
        if v.is_integer() and abs(v) < 1e15:
            return str(int(v))
        if not math.isfinite(v):
            raise ValueError(f"cannot write the non-finite number {v}")
        return repr(v)
    return json.dumps(v, ensure_ascii=False)


def _emit(v: Any, indent: int, out: list[str]) -> None:
    pad = "  " * indent
    if isinstance(v, dict):
        if not v:
            out.append("{}")
            return
        out.append("{\n")
        items = list(v.items())
        for i, (k, x) in enumerate(items):
            out.append(f"{pad}  {json.dumps(str(k), ensure_ascii=False)}: ")
            _emit(x, indent + 1, out)
            out.append(",\n" if i < len(items) - 1 else "\n")
        out.append(pad + "}")
    elif isinstance(v, (list, tuple)):
        if all(not isinstance(x, (dict, list, tuple)) for x in v):
            out.append("[" + ", ".join(_scalar(x) for x in v) + "]")
            return
        out.append("[\n")
        for i, x in enumerate(v):
            out.append(pad + "  ")
            _emit(x, indent + 1, out)
            out.append(",\n" if i < len(v) - 1 else "\n")
        out.append(pad + "]")
    else:
        out.append(_scalar(v))


def dumps_document(doc: dict[str, Any]) -> str:
    """Readable JSON text of a document: objects indented, series on one line."""
    out: list[str] = []
    _emit(doc, 0, out)
    out.append("\n")
    return "".join(out)


def dumps_scenario(s: Scenario, view: ViewState | None = None) -> str:
    """The scenario file's text (with the planner's view section when given)."""
    return dumps_document(scenario_to_document(s, view))


def scenario_sha256(s: Scenario) -> str:
    """SHA-256 of the scenario as simulated (its file text without a view section): the
    one hash the report's title page and the ensemble result files carry."""
    return hashlib.sha256(dumps_scenario(s).encode("utf-8")).hexdigest()


def _reject_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    d: dict[str, Any] = {}
    for k, v in pairs:
        if k in d:
            raise _DuplicateKey(k)
        d[k] = v
    return d


class _DuplicateKey(ValueError):
    def __init__(self, key: str):
        super().__init__(key)
        self.key = key


_STRUCTURE = re.compile(r'["\[\]{}]')


def _nesting_depth(text: str, stop_above: int | None = None) -> int:
    """How deep brackets nest outside strings (counting stops once above ``stop_above``).

    Jumps from one quote or bracket to the next instead of looking at every character, so a
    10 MB name costs milliseconds, and never backtracks (linear whatever the text holds).
    """
    depth = best = 0
    i = 0
    while True:
        m = _STRUCTURE.search(text, i)
        if m is None:
            return best
        ch, i = m.group(), m.end()
        if ch == '"':
            while True:  # to the closing quote: one not escaped by an odd run of backslashes
                j = text.find('"', i)
                if j < 0:
                    return best  # an unterminated string: the JSON reader will say so
                k = j
                while k > i and text[k - 1] == "\\":
                    k -= 1
                i = j + 1
                if (j - k) % 2 == 0:
                    break
        elif ch in "[{":
            depth += 1
            best = max(best, depth)
            if stop_above is not None and best > stop_above:
                return best
        else:
            depth -= 1


def parse_document(data: bytes | str) -> dict[str, Any]:
    """Parse scenario text into a document; raises :class:`ScenarioError` on any failure."""
    if isinstance(data, bytes):
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            raise ScenarioError([Problem("file", translate(
                "ScenarioFile", "is not UTF-8 text: byte {byte} at offset {offset} cannot be "
                                "decoded").format(byte=f"0x{data[e.start]:02x}",
                                                  offset=e.start))]) from None
    else:
        text = data
    if not text.strip():
        raise ScenarioError([Problem("file", translate("ScenarioFile", "is empty"))])
    if "\x00" in text:
        raise ScenarioError([Problem("file", translate("ScenarioFile", "contains NUL characters: "
                                                                       "it is a binary file, not "
                                                                       "a scenario"))])
    if _nesting_depth(text, stop_above=MAX_NESTING) > MAX_NESTING:
        raise ScenarioError([Problem("file", translate("ScenarioFile", "is nested more than "
                                                                       "{levels} levels deep: "
                                                                       "not a scenario").format(
            levels=MAX_NESTING))])
    try:
        doc = json.loads(text, object_pairs_hook=_reject_duplicates)
    except _DuplicateKey as e:
        raise ScenarioError([Problem("file", translate("ScenarioFile", "the key \"{key}\" "
                                                                       "appears twice in one "
                                                                       "object").format(
            key=e.key))]) from None
    except json.JSONDecodeError as e:
        raise ScenarioError([Problem("file", translate("ScenarioFile", "JSON syntax error at "
                                                                       "line {line}, column "
                                                                       "{column}: {error}").format(
            line=e.lineno, column=e.colno, error=e.msg))]) from None
    except (ValueError, RecursionError) as e:
        raise ScenarioError([Problem("file", translate("ScenarioFile", "cannot be read as JSON: "
                                                                       "{error}").format(
            error=e))]) from None
    if not isinstance(doc, dict):
        raise ScenarioError([Problem("file", translate("ScenarioFile", "expected a scenario "
                                                                       "object at the top of "
                                                                       "the file"))])
    return doc


def loads_scenario(data: bytes | str) -> Scenario:
    """Parse and validate scenario text; raises :class:`ScenarioError` with every problem."""
    return scenario_from_document(parse_document(data))


def loads_scenario_and_view(data: bytes | str) -> tuple[Scenario, ViewState]:
    """Like :func:`loads_scenario`, with the view section saved in the file."""
    doc = parse_document(data)
    return scenario_from_document(doc), view_from_document(doc)
