"""Scenario ↔ document ↔ text: load → save → load is exact, a second save is byte-identical."""

from __future__ import annotations

import functools
import json
import math
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from waterplanner.model import (
    DemandNode,
    HydropowerPlant,
    InflowNode,
    InflowSet,
    JunctionNode,
    LevelAreaVolume,
    Link,
    Metadata,
    MinFlowNode,
    ReservoirNode,
    Scenario,
    SinkNode,
    Step,
    TerminalLakeNode,
    TimeBase,
    dumps_scenario,
    loads_scenario,
    parse_document,
    scenario_from_document,
    scenario_to_document,
    validate_scenario,
)
from waterplanner.model.document import dumps_document
from waterplanner.model.layout import Layout


# --- the example file ------------------------------------------------------------------
def test_example_loads_with_the_expected_content(example_bytes: bytes) -> None:
    s = loads_scenario(example_bytes)
    assert s.metadata.name == "Two reservoirs"
    assert s.time == TimeBase(Step.MONTH, date(2025, 10, 1), 3)
    assert s.inflow_set_names == ["median", "dry"]
    assert [n.id for n in s.nodes] == ["river", "upper", "fields", "mid", "lake", "sea"]
    upper = s.node("upper")
    assert isinstance(upper, ReservoirNode)
    assert upper.capacity_mcm == 1000.0 and isinstance(upper.capacity_mcm, float)
    assert upper.hydropower == HydropowerPlant(turbine_capacity_m3s=100.0, installed_mw=300.0,
                                               efficiency=0.9, tailwater_level_m=750.0)
    assert upper.max_release_m3s is None and upper.min_release_m3s == 0.0
    assert s.node("river").inflow_mcm == {"median": (100.0, 200.0, 300.0),  # type: ignore[union-attr]
                                          "dry": (50.0, 100.0, 150.0)}
    assert s.link("l5").loss_fraction == 0.1
    assert s.release_schedules == {"upper": (150.0, 150.0, 150.0)}
    assert validate_scenario(s) == []


def test_load_save_load_gives_an_equal_scenario(example_bytes: bytes) -> None:
    s1 = loads_scenario(example_bytes)
    s2 = loads_scenario(dumps_scenario(s1))
    assert s2 == s1


def test_save_load_save_is_byte_identical(example_bytes: bytes) -> None:
    text1 = dumps_scenario(loads_scenario(example_bytes))
    text2 = dumps_scenario(loads_scenario(text1.encode("utf-8")))
    assert text2 == text1


def test_saved_text_is_readable_json(example_bytes: bytes) -> None:
    text = dumps_scenario(loads_scenario(example_bytes))
    assert text.endswith("}\n")
    assert text.startswith('{\n  "format": "waterplanner-scenario",\n  "version": 2,\n')
    # series on one line, whole numbers without ".0", fractions kept exactly
    assert '"evaporation_mm": [10, 20, 30]' in text
    assert '"efficiency": 0.9' in text
    assert '"max_release_m3s": null' in text
    assert json.loads(text)["release_schedules"] == {"upper": [150, 150, 150]}


def test_text_keeps_non_ascii_names_and_escapes_control_characters() -> None:
    text = dumps_document({"name": "Тоқтоғұл\n\"dam\"", "x": [0.1, 1e300, 5e-324, 2.0]})
    assert "Тоқтоғұл" in text
    assert json.loads(text) == {"name": "Тоқтоғұл\n\"dam\"", "x": [0.1, 1e300, 5e-324, 2]}


@pytest.mark.parametrize("bad", [math.nan, math.inf, -math.inf])
def test_a_non_finite_number_is_never_written(bad: float) -> None:
    with pytest.raises(ValueError, match="non-finite"):
        dumps_document({"x": [1.0, bad]})


def test_a_utf8_bom_is_accepted(example_bytes: bytes) -> None:
    assert loads_scenario(b"\xef\xbb\xbf" + example_bytes) == loads_scenario(example_bytes)


def test_text_and_bytes_parse_alike(example_bytes: bytes) -> None:
    assert parse_document(example_bytes.decode("utf-8")) == parse_document(example_bytes)


def test_extension_sections_are_kept_verbatim(example_bytes: bytes) -> None:
    doc = parse_document(example_bytes)
    doc["optimisation"] = {
        "allocation": "free",
        "objectives": [{"kind": "shortfall", "weight": 2.5, "demands": ["fields"]},
                       {"kind": "energy", "weight": 0.001, "plants": ["upper"],
                        "season": "winter"}],
        "constraints": [{"kind": "end_storage", "reservoir": "upper", "min_mcm": 400}],
        "notes": {"why": ["a", None, True, 1e-300], "n": 10**20}}
    s = scenario_from_document(doc)
    assert s.extensions == {"optimisation": doc["optimisation"]}
    assert loads_scenario(dumps_scenario(s)) == s


def test_drainage_fields_are_written_only_when_set(example_bytes: bytes) -> None:
    s = loads_scenario(example_bytes)
    doc = scenario_to_document(s)
    fields = next(nd for nd in doc["nodes"] if nd["id"] == "fields")
    assert "drainage_residence_periods" not in fields and "drainage_initial_mcm" not in fields
    assert all("return_share" not in lk for lk in doc["links"])
    s2 = replace(s, nodes=tuple(
        replace(nd, drainage_residence_periods=4.5, drainage_initial_mcm=120.0)
        if nd.id == "fields" else nd for nd in s.nodes), links=tuple(
        replace(lk, return_share=1.0) if lk.source == "fields" else lk for lk in s.links))
    doc = scenario_to_document(s2)
    fields = next(nd for nd in doc["nodes"] if nd["id"] == "fields")
    keys = list(fields)
    assert keys.index("drainage_residence_periods") == keys.index("return_fraction") + 1
    assert fields["drainage_residence_periods"] == 4.5 and fields["drainage_initial_mcm"] == 120
    assert next(lk for lk in doc["links"] if lk["from"] == "fields")["return_share"] == 1.0
    back = loads_scenario(dumps_scenario(s2))
    assert back == s2 and dumps_scenario(back) == dumps_scenario(s2)


def test_document_of_a_scenario_has_every_field_in_schema_order(example_bytes: bytes) -> None:
    doc = scenario_to_document(loads_scenario(example_bytes))
    assert list(doc) == ["format", "version", "metadata", "time", "inflow_sets", "nodes",
                         "links", "release_schedules", "allocation"]
    upper = doc["nodes"][1]
    assert list(upper)[:5] == ["id", "kind", "name", "local_name", "country"]
    assert "x" not in upper and "y" not in upper  # version 1 gave none: no layout either
    assert upper["flood_control_mcm"] is None and upper["seepage_m3s"] == 0.0
    assert doc["links"][0] == {"id": "l1", "from": "river", "to": "upper",
                               "travel_time_periods": 0, "loss_fraction": 0.0,
                               "capacity_m3s": None, "overflow": False, "initial_flow_m3s": 0.0}


# --- random valid scenarios ------------------------------------------------------------
ID_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-"
ids = st.text(ID_CHARS, min_size=1, max_size=12)
texts = st.text(max_size=20)
# fields that only need to survive the trip: a few telling values are cheaper than random text
notes = st.sampled_from(["", "Тоқтоғұл", 'a "quoted"\nline\t\\', "\u2028\x00\x7f", "[{"]) | texts
names = texts.map(lambda s: s if s.strip() else "Node " + s)
# within the physical bounds of the schema (model.schema: MAX_FLOW_M3S, MAX_RESERVOIR_MCM, ...)
nonneg = st.floats(min_value=0.0, max_value=1e6, allow_nan=False, allow_infinity=False)
depth_mm = st.floats(0.0, 2000.0)
anyfloat = st.floats(allow_nan=False, allow_infinity=False)
coordinate = st.floats(-1e6, 1e6)
fraction = st.floats(0.0, 1.0)
sized = st.floats(0.0, 1e6, allow_subnormal=False)
json_leaf = st.none() | st.booleans() | st.integers(-10**30, 10**30) | anyfloat | texts
extension_values = st.dictionaries(texts, st.recursive(
    json_leaf, lambda c: st.lists(c, max_size=3) | st.dictionaries(texts, c, max_size=3),
    max_leaves=8), max_size=3)


@st.composite
def time_bases(draw: st.DrawFn) -> TimeBase:
    step = draw(st.sampled_from(list(Step)))
    day0 = date(1990, 1, 1) + timedelta(days=draw(st.integers(0, 365 * 60)))
    if step is Step.MONTH:
        start = day0.replace(day=1)
    elif step is Step.DEKAD:
        start = day0.replace(day=draw(st.sampled_from([1, 11, 21])))
    else:
        start = day0
    return TimeBase(step, start, draw(st.integers(1, 6)), draw(st.integers(1, 12)))


@st.composite
def lav_tables(draw: st.DrawFn, low: float, high: float) -> LevelAreaVolume:
    """A valid table covering volumes ``low``..``high``."""
    inner = sorted(set(draw(st.lists(st.floats(low, high), max_size=3))) - {low, high})
    vols = (low, *inner, high) if high > low else (low, low + 1.0)
    base = draw(st.floats(-400.0, 8700.0))
    rises = draw(st.lists(st.floats(0.01, 50.0), min_size=len(vols), max_size=len(vols)))
    levels, h = [], base
    for r in rises:
        h += r
        levels.append(h)
    if len(set(levels)) != len(levels):
        levels = [base + i for i in range(len(vols))]
    areas = sorted(draw(st.lists(sized, min_size=len(vols), max_size=len(vols))))
    return LevelAreaVolume(level_m=tuple(levels), area_km2=tuple(areas), volume_mcm=vols)


@functools.cache
def series(n: int, elements: st.SearchStrategy[float] = nonneg) -> st.SearchStrategy[tuple]:
    return st.lists(elements, min_size=n, max_size=n).map(tuple)


@st.composite
def common(draw: st.DrawFn, node_id: str) -> dict[str, Any]:
    return {"id": node_id, "name": draw(names), "local_name": draw(notes),
            "country": draw(st.sampled_from(["", "KG", "TJ", "UZ", "KZ"]))}


@st.composite
def reservoirs(draw: st.DrawFn, node_id: str, n: int) -> ReservoirNode:
    dead, initial, cap = sorted(draw(st.lists(sized, min_size=3, max_size=3)))
    lav = draw(lav_tables(0.0, cap))
    lo = draw(sized)
    hp = None
    if draw(st.booleans()):
        hp = HydropowerPlant(turbine_capacity_m3s=draw(sized),
                             installed_mw=draw(st.floats(0.0, 1e5)),
                             efficiency=draw(fraction),
                             tailwater_level_m=max(lav.level_m[-1] - draw(st.floats(0.5, 300.0)),
                                                   -500.0))
    return ReservoirNode(
        **draw(common(node_id)), capacity_mcm=cap, dead_storage_mcm=dead,
        initial_storage_mcm=initial, lav=lav, evaporation_mm=draw(series(n, depth_mm)),
        min_release_m3s=lo,
        max_release_m3s=draw(st.none() | st.floats(lo, 1e6)),
        flood_control_mcm=draw(st.none() | series(n, st.floats(dead, 1e6))),
        seepage_m3s=draw(sized), hydropower=hp)


@functools.cache
def links_strategy(lid: str, source: str, target: str, intake: bool = False
                   ) -> st.SearchStrategy[Link]:
    return st.builds(
        Link, id=st.just(lid), source=st.just(source), target=st.just(target),
        travel_time_periods=st.just(0) if intake else st.integers(0, 5),
        loss_fraction=st.floats(0.0, 1.0, exclude_max=True),
        capacity_m3s=st.none() | sized, initial_flow_m3s=sized)


@st.composite
def scenarios(draw: st.DrawFn) -> Scenario:
    """A small valid cascade: inflow → reservoirs → min-flow point → junction → demand/end."""
    tb = draw(time_bases())
    n = tb.periods
    set_names = draw(st.lists(ids, min_size=1, max_size=3, unique=True))
    inflow_sets = tuple(InflowSet(name=s, label=draw(notes), description=draw(notes))
                        for s in set_names)
    nodes: list[Any] = [InflowNode(**draw(common("src")),
                                   inflow_mcm={s: draw(series(n)) for s in set_names})]
    links: list[Link] = []
    prev = "src"
    schedules: dict[str, tuple[float, ...]] = {}
    for i in range(draw(st.integers(0, 2))):
        rid = f"res{i}"
        nodes.append(draw(reservoirs(rid, n)))
        links.append(draw(links_strategy(f"to_{rid}", prev, rid)))
        schedules[rid] = draw(series(n))
        prev = rid
    nodes.append(MinFlowNode(**draw(common("gauge")), required_mcm=draw(series(n))))
    links.append(draw(links_strategy("to_gauge", prev, "gauge")))
    nodes.append(JunctionNode(**draw(common("jn"))))
    links.append(draw(links_strategy("to_jn", "gauge", "jn")))
    lake = draw(st.booleans())
    if lake:
        top = draw(sized)
        table = draw(lav_tables(0.0, top))
        nodes.append(TerminalLakeNode(
            **draw(common("end")), initial_storage_mcm=draw(st.floats(0.0, top)), lav=table,
            evaporation_mm=draw(series(n, depth_mm)), precipitation_mm=draw(series(n, depth_mm)),
            crest_level_m=table.level_m[0] + draw(st.floats(0.0, 100.0)),
            max_outflow_m3s=draw(st.none() | sized)))
    else:
        nodes.append(SinkNode(**draw(common("end"))))
    main = draw(links_strategy("river", "jn", "end"))
    if draw(st.booleans()):
        # Shardara-style: a capped main channel, the excess to a depression
        main = replace(main, capacity_m3s=draw(sized))
        nodes.append(SinkNode(**draw(common("depression"))))
        links.append(replace(draw(links_strategy("spill", "jn", "depression")), overflow=True))
    links.append(main)
    returns = draw(st.booleans())
    residence = draw(st.just(0.0) | st.floats(0.0, 1e3)) if returns else 0.0
    nodes.append(DemandNode(**draw(common("fields")), demand_mcm=draw(series(n)),
                            priority=draw(st.integers(1, 20)),
                            return_fraction=draw(fraction) if returns else 0.0,
                            drainage_residence_periods=residence,
                            drainage_initial_mcm=draw(st.floats(0.0, 1e5))
                            if residence > 0 else 0.0))
    links.append(draw(links_strategy("intake", "jn", "fields", intake=True)))
    if returns:
        share = draw(st.none() | st.floats(0.0, 1.0))
        drain = replace(draw(links_strategy("drain", "fields", "end")),
                        return_share=None if share is None else 1.0 if n % 2 else share)
        links.append(drain)
        if drain.return_share is not None and drain.return_share < 1.0:  # split: Arnasai
            nodes.append(SinkNode(**draw(common("arnasai"))))
            links.append(replace(draw(links_strategy("drain2", "fields", "arnasai")),
                                 return_share=draw(st.none() | st.just(1.0 - share))))
    refs = draw(st.dictionaries(ids, st.fixed_dictionaries({"title": texts, "url": texts}),
                                max_size=2))
    sources = draw(st.dictionaries(texts, st.fixed_dictionaries({
        "basis": st.sampled_from(["cited", "derived", "estimate", "n/a"]),
        "refs": st.lists(st.sampled_from(sorted(refs)), max_size=2) if refs else st.just([]),
        "note": texts}), max_size=2))
    extensions = draw(st.just({}) | st.fixed_dictionaries({"optimisation": st.fixed_dictionaries(
        {"allocation": st.sampled_from(["priority", "free"]), "notes": extension_values})}))
    order = draw(st.permutations(range(len(nodes))))
    placed = draw(st.lists(st.sampled_from([n.id for n in nodes]), unique=True))
    layout = Layout({nid: (draw(coordinate), draw(coordinate)) for nid in placed})
    return Scenario(
        metadata=Metadata(name=draw(names), description=draw(notes), author=draw(notes),
                          organisation=draw(notes), notes=draw(notes), references=refs,
                          sources=sources),
        time=tb, inflow_sets=inflow_sets, nodes=tuple(nodes[i] for i in order),
        links=tuple(draw(st.permutations(links))), release_schedules=schedules,
        extensions=extensions, layout=layout)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(s=scenarios())
def test_save_then_load_is_exact_for_random_valid_scenarios(s: Scenario) -> None:
    assert validate_scenario(s) == []
    text = dumps_scenario(s)
    back = loads_scenario(text.encode("utf-8"))
    assert back == s
    assert dumps_scenario(back) == text


SHIPPED = sorted((Path(__file__).resolve().parents[2] / "resources" / "scenarios")
                 .glob("*.wplan"))


@pytest.mark.parametrize("path", SHIPPED, ids=[p.name for p in SHIPPED])
def test_shipped_scenarios_are_valid_and_round_trip(path: Path) -> None:
    s = loads_scenario(path.read_bytes())
    assert validate_scenario(s) == []
    text = dumps_scenario(s)
    again = loads_scenario(text.encode("utf-8"))
    assert again == s
    assert dumps_scenario(again) == text
