"""The data files the default scenarios are built from (packaging/syr_darya/).

Every number in them carries a source whose reference codes exist; a malformed file is
refused with a message naming the file, the place and the problem (never a traceback); and
``--check`` tells a stale shipped file from a fresh build.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import re
import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "packaging" / "syr_darya"
SCRIPT = REPO / "packaging" / "build_default_scenarios.py"
SHIPPED = REPO / "resources" / "scenarios"
BASES = {"cited", "derived", "estimate"}
NOT_DATA = {("layout.json", "positions"), ("scenario.json", "time")}
"""Numbers that are not measurements: schematic positions and the calendar."""
UNCALIBRATED = {"kyzylorda": 1.0, "aral": 1.0}
"""Every calibration group's loss multiplier at 1: the priors as they are."""


@pytest.fixture(scope="module")
def build() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_default_scenarios", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _json_files() -> dict[str, Any]:
    return {p.name: json.loads(p.read_text(encoding="utf-8")) for p in DATA.glob("*.json")}


def _csv_rows(path: Path) -> tuple[list[str], list[list[str]]]:
    lines = [t for t in path.read_text(encoding="utf-8").splitlines()
             if t.strip() and not t.startswith("#")]
    rows = list(csv.reader(lines))
    return rows[0], rows[1:]


# --- every number has a source -------------------------------------------------------
def _unsourced_numbers(v: Any, path: str, sourced: bool) -> list[str]:
    """Paths of the numbers under ``v`` with no object carrying a ``basis`` around them."""
    if isinstance(v, dict):
        sourced = sourced or "basis" in v
        return [p for k, x in v.items() for p in _unsourced_numbers(x, f"{path}.{k}", sourced)]
    if isinstance(v, list):
        return [p for i, x in enumerate(v) for p in _unsourced_numbers(x, f"{path}[{i}]",
                                                                       sourced)]
    is_number = isinstance(v, (int, float)) and not isinstance(v, bool)
    return [path] if is_number and not sourced else []


def _sources(v: Any) -> list[dict[str, Any]]:
    """Every object with a ``basis`` anywhere in ``v``."""
    if isinstance(v, dict):
        return ([v] if "basis" in v else []) + [s for x in v.values() for s in _sources(x)]
    if isinstance(v, list):
        return [s for x in v for s in _sources(x)]
    return []


def _texts(v: Any) -> list[str]:
    if isinstance(v, dict):
        return [t for x in v.values() for t in _texts(x)]
    if isinstance(v, list):
        return [t for x in v for t in _texts(x)]
    return [v] if isinstance(v, str) else []


def test_every_json_number_sits_in_a_sourced_record() -> None:
    missing = []
    for name, doc in _json_files().items():
        for key, value in doc.items():
            if key == "hindcasts":                     # their calendars are not data
                value = [{k: v for k, v in h.items() if k != "time"} for h in value]
            if (name, key) not in NOT_DATA:
                missing += _unsourced_numbers(value, f"{name}:{key}", False)
    assert missing == []


def test_every_source_resolves() -> None:
    files = _json_files()
    refs = files["sources.json"]["references"]
    assert all(r["title"] and r["url"] for r in refs.values())
    records = [s for doc in files.values() for s in _sources(doc)]
    assert len(records) > 100
    for s in records:
        assert s["basis"] in BASES, s
        assert s["note"].strip(), s
        assert s["refs"] or s["basis"] == "estimate", s     # cited or derived: say from what
        assert [r for r in s["refs"] if r not in refs] == [], s
    named = {c for doc in files.values() for t in _texts(doc) for c in re.findall(r"\bR\d{2,3}\b", t)}
    named |= {c for p in DATA.glob("*.csv") for c in re.findall(r"\bR\d{2,3}\b", p.read_text())}
    assert sorted(named - set(refs)) == []


def test_every_csv_row_is_named_by_a_sourced_record() -> None:
    files = _json_files()
    named = {s.get("series") for doc in files.values() for s in _sources(doc)}
    named |= {s.get("shape") for doc in files.values() for s in _sources(doc)}
    inflow_rows = {(n["id"], k) for n in files["inflows.json"]["inflows"]
                   for k, s in n["series"].items() if "basis" in s}
    named |= {f"{n['id']}_{h['inflows']['suffix']}" for h in files["scenario.json"]["hindcasts"]
              for n in files["inflows.json"]["inflows"]}
    for path in sorted(DATA.glob("*.csv")):
        header, rows = _csv_rows(path)
        assert header[-12:] == ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
                                "Oct", "Nov", "Dec"], path.name
        assert path.read_text(encoding="utf-8").startswith("# "), f"{path.name}: say what it holds"
        for row in rows:
            key = tuple(row[:2]) if path.name == "inflows.csv" else row[0]
            assert key in (inflow_rows if path.name == "inflows.csv" else named), (path.name, key)
            assert len(row) == len(header) and all(float(x) == float(x) for x in row[-12:])


def test_every_data_file_says_what_it_holds() -> None:
    for name, doc in _json_files().items():
        assert len(doc.get("about", "")) > 40, name


# --- malformed files are refused clearly ---------------------------------------------
Edit = Callable[[Path], None]


def _replace(name: str, old: str, new: str, count: int = 1) -> Edit:
    def edit(folder: Path) -> None:
        path = folder / name
        text = path.read_text(encoding="utf-8")
        assert old in text, f"test set-up: {old!r} not in {name}"
        path.write_text(text.replace(old, new, count), encoding="utf-8")
    return edit


def _json_edit(name: str, change: Callable[[Any], None]) -> Edit:
    def edit(folder: Path) -> None:
        doc = json.loads((folder / name).read_text(encoding="utf-8"))
        change(doc)
        (folder / name).write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return edit


def _toktogul(doc: Any) -> dict[str, Any]:
    return doc["reservoirs"][0]


def _kurpsai(doc: Any) -> dict[str, Any]:
    """The first run-of-river plant below Toktogul (river.json links[1])."""
    link = doc["links"][1]
    assert (link["from"], link["to"]) == ("toktogul", "uchkurgan"), "test set-up"
    return link["plants"][0]


MALFORMED: dict[str, tuple[Edit, str]] = {
    "csv missing column": (_replace("inflows.csv", ",Nov,Dec", ",Nov"),
                           "inflows.csv: missing column 'Dec'"),
    "csv not a number": (_replace("inflows.csv", "naryn,dry,113.6", "naryn,dry,11x"),
                         "inflows.csv, line 6 (naryn dry), Jan: '11x' is not a number"),
    "csv series too short": (_replace("schedules.csv", ",560\n", "\n"),
                             ("schedules.csv, line 8 (toktogul_energy): 11 monthly values, "
                             "expected 12")),
    "csv row twice": (_replace("demand_shapes.csv", "\nrice,", "\nupstream,"),
                      "demand_shapes.csv, line 5 (upstream): a second row 'upstream'"),
    "csv row without a record": (
        lambda f: (f / "schedules.csv").open("a").write("spare" + ",1" * 12 + "\n"),
        "schedules.csv: row 'spare' is not used by any record"),
    "record names a missing row": (
        _json_edit("reservoirs.json", lambda d: _toktogul(d)["evaporation"].update(
            series="upstreem")),
        ("reservoirs.json: reservoirs[0] (toktogul).evaporation: no row 'upstreem' in "
        "evaporation.csv")),
    "unknown reference code": (
        _json_edit("reservoirs.json", lambda d: _toktogul(d)["capacity_mcm"].update(
            refs=["R01", "R199"])),
        ("reservoirs.json: reservoirs[0] (toktogul).capacity_mcm.refs: reference 'R199' is not "
        "listed in sources.json")),
    "note names an unknown code": (
        _replace("demands.json", "(R01).", "(R198).", count=1),
        "reference 'R198' is not listed in sources.json"),
    "cited without a reference": (
        _json_edit("outlets.json", lambda d: d["lakes"][0]["crest_level_m"].update(refs=[])),
        ("outlets.json: lakes[0] (north_aral).crest_level_m.refs: a cited number needs at least "
        "one reference")),
    "unknown basis": (
        _json_edit("reservoirs.json", lambda d: _toktogul(d)["initial_storage_mcm"].update(
            basis="guess")),
        ("reservoirs.json: reservoirs[0] (toktogul).initial_storage_mcm.basis: expected one of "
        "cited, derived, estimate, found \"guess\"")),
    "json not a number": (
        _json_edit("reservoirs.json", lambda d: _toktogul(d)["capacity_mcm"].update(
            value="19.5 km3")),
        ("reservoirs.json: reservoirs[0] (toktogul).capacity_mcm.value: \"19.5 km3\" is not a "
        "number")),
    "json missing key": (
        _json_edit("reservoirs.json", lambda d: _toktogul(d).pop("initial_storage_mcm")),
        "reservoirs.json: reservoirs[0] (toktogul): missing 'initial_storage_mcm'"),
    "mistyped optional key": (
        _json_edit("river.json", lambda d: d["links"][0].update(capacity_m3=100)),
        ("river.json: links[0].capacity_m3: unknown key (known: from, to, overflow, plants, "
        "return_share, loss_fraction, capacity_m3s, travel_time_periods, initial_flow_m3s)")),
    "plant number without a source": (
        _json_edit("river.json", lambda d: _kurpsai(d).update(head_m=110)),
        "river.json: links[1].plants[0] (kurpsai).head_m: expected an object {…}, found 110"),
    "mistyped plant key": (
        _json_edit("river.json", lambda d: _kurpsai(d).update(head=110)),
        ("river.json: links[1].plants[0] (kurpsai).head: unknown key (known: id, name, country, "
         "head_m, installed_mw, turbine_capacity_m3s, efficiency)")),
    "plant without a head": (
        _json_edit("river.json", lambda d: _kurpsai(d).pop("head_m")),
        "river.json: links[1].plants[0] (kurpsai): missing 'head_m'"),
    "initial state date not a date": (
        _json_edit("scenario.json", lambda d: d.update(initial_state_date="1 Oct 2025")),
        "scenario.json: initial_state_date: '1 Oct 2025' is not a date (YYYY-MM-DD)"),
    "operating minimum above capacity": (
        _json_edit("reservoirs.json", lambda d: _toktogul(d)["operating_minimum_mcm"].update(
            value=20_000)),
        ("nodes.toktogul.operating_minimum_mcm: 20000 must lie between dead storage 5500 and "
         "capacity 19500")),
    "tailwater fit start above capacity": (
        _json_edit("reservoirs.json", lambda d: _toktogul(d)["hydropower"][
            "tailwater_level_m"].update(fit_initial_storage_mcm=20_000)),
        ("reservoirs.json: reservoirs[0] (toktogul).hydropower.tailwater_level_m."
         "fit_initial_storage_mcm: 20000 must lie between dead storage 5500 and capacity "
         "19500")),
    "json syntax": (_replace("river.json", '"links": [', '"links" ['),
                    "river.json, line "),
    "link to nowhere": (
        _json_edit("river.json", lambda d: d["links"][1].update(to="uchkurgn")),
        "river.json: links[1].to: 'uchkurgn' is not a node of the network"),
    "schedule given nowhere": (
        _json_edit("scenario.json", lambda d: d["modes"][1]["release_schedules"].clear()),
        ("reservoirs.json: reservoirs[0] (toktogul): missing 'release_schedule' (or give one in "
        "scenario.json: modes[1] (irrigation).release_schedules)")),
    "shape not summing to 1": (_replace("demand_shapes.csv", "rice,0.01", "rice,0.02"),
                               "demand_shapes.csv, row rice: the months sum to 1.01, not 1"),
    "calibration mode unknown": (
        _json_edit("scenario.json", lambda d: d["calibration"].update(mode="energie")),
        "scenario.json: calibration.mode: 'energie' is not one of energy, irrigation"),
    "bad placeholder": (_replace("scenario.json", "({loss_list})", "({losses})"),
                        "scenario.json: notes[1]: unknown or malformed placeholder 'losses'"),
    "optimisation mode missing": (
        _json_edit("optimisation.json", lambda d: d["modes"].pop("irrigation")),
        "optimisation.json: modes: missing 'irrigation'"),
    "model refuses the result": (
        _json_edit("reservoirs.json", lambda d: _toktogul(d)["initial_storage_mcm"].update(
            value=25_000)),
        ("the energy-mode scenario would not be valid:\n  nodes.toktogul.initial_storage_mcm: "
         "25000 is above capacity 19500")),
}


@pytest.mark.parametrize("case", list(MALFORMED))
def test_malformed_data_is_refused_with_a_clear_message(case: str, build: ModuleType,
                                                        tmp_path: Path) -> None:
    edit, expected = MALFORMED[case]
    folder = tmp_path / "syr_darya"
    shutil.copytree(DATA, folder)
    edit(folder)
    data_files = sys.modules["data_files"]
    with pytest.raises(data_files.DataError) as err:
        build.read_basin(data_files.Folder(folder))
    assert expected in str(err.value)


def test_the_command_reports_a_malformed_file_without_a_traceback(
        build: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "syr_darya"
    shutil.copytree(DATA, folder)
    _replace("inflows.csv", "naryn,dry,113.6", "naryn,dry,11x")(folder)
    assert build.main(["--data", str(folder), "--out", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert "inflows.csv, line 6 (naryn dry), Jan: '11x' is not a number" in err
    assert "Traceback" not in err and not (tmp_path / "out").exists()


def test_the_unchanged_data_reads_cleanly(build: ModuleType) -> None:
    basin = build.read_basin(sys.modules["data_files"].Folder(DATA))
    assert set(basin.modes) == {"energy", "irrigation", "icwc_proportional", "kokaral_44m",
                                "andijan_900m"}
    assert len(basin.nodes) == 34 and len(basin.links) == 40
    assert {k: g for k, (_, _, g) in basin.priors.items()} == {
        "shardara_tail__koksaray_offtake": "kyzylorda", "koksaray_outfall__kyzylorda_weir":
        "kyzylorda", "kyzylorda_weir__kazalinsk": "aral", "kazalinsk__syr_delta": "aral"}


# --- --check -------------------------------------------------------------------------
def test_check_names_a_stale_file_and_writes_nothing(build: ModuleType, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    for p in SHIPPED.glob("syr-darya-*.wplan"):
        shutil.copy(p, tmp_path / p.name)
    stale = tmp_path / "syr-darya-irrigation-mode.wplan"
    stale.write_bytes(stale.read_bytes().replace(b'"periods": 12', b'"periods": 12 '))
    before = stale.read_bytes()
    assert build.main(["--check", "--out", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "syr-darya-irrigation-mode.wplan" in err and "energy-mode" not in err
    assert stale.read_bytes() == before


# --- the edits docs/default-scenario.md describes ------------------------------------
def test_a_new_reservoir_needs_only_data(build: ModuleType, tmp_path: Path) -> None:
    """The recipe of docs/default-scenario.md ("A new reservoir"): a pond without a plant on
    the Arys, from its data alone."""
    folder = tmp_path / "syr_darya"
    shutil.copytree(DATA, folder)
    sourced = {"basis": "estimate", "refs": ["R01"], "note": "Test pond."}

    def add_pond(doc: Any) -> None:
        doc["reservoirs"].append({
            "id": "arys_pond", "name": "Arys pond", "local_name": "", "country": "KZ",
            "capacity_mcm": {"value": 100, **sourced},
            "dead_storage_mcm": {"value": 10, **sourced},
            "initial_storage_mcm": {"value": 50, **sourced},
            "lav": {"method": "linear_area", "dead_area_km2": 2, "full_area_km2": 10,
                    "full_supply_level_m": 300, **sourced},
            "evaporation": {"series": "shardara", **sourced},
            "release_schedule": {"series": "arys_pond", **sourced}})

    def reroute(doc: Any) -> None:
        i = next(i for i, lk in enumerate(doc["links"]) if lk["from"] == "arys")
        doc["links"][i:i + 1] = [{"from": "arys", "to": "arys_pond"},
                                 {"from": "arys_pond", "to": "shardara_tail"}]
    _json_edit("reservoirs.json", add_pond)(folder)
    _json_edit("river.json", reroute)(folder)
    _json_edit("layout.json", lambda d: d["positions"].update(arys_pond=[430, 680]))(folder)
    with (folder / "schedules.csv").open("a", encoding="utf-8") as f:
        f.write("arys_pond" + ",20" * 12 + "\n")

    basin = build.read_basin(sys.modules["data_files"].Folder(folder))
    sc = build.scenario(basin, "irrigation", UNCALIBRATED, None)
    pond = sc.node("arys_pond")
    assert pond.hydropower is None and pond.initial_storage_mcm == 50
    assert pond.lav.volume_mcm == (10, 55, 100) and pond.lav.level_m[-1] == 300
    assert sum(sc.release_schedules["arys_pond"]) == pytest.approx(20 * 365 * 86400 / 1e6)
    assert sc.metadata.sources["nodes.arys_pond.capacity_mcm"]["note"] == "Test pond."
    assert {lk.id for lk in sc.links} >= {"arys__arys_pond", "arys_pond__shardara_tail"}


def test_a_new_initial_storage_reaches_the_scenario_with_its_source(build: ModuleType,
                                                                    tmp_path: Path) -> None:
    folder = tmp_path / "syr_darya"
    shutil.copytree(DATA, folder)
    _json_edit("reservoirs.json", lambda d: _toktogul(d)["initial_storage_mcm"].update(
        value=10_800, basis="cited", refs=["R74"], note="≈ 10.8 km³ on 1 Oct (test).")
    )(folder)
    basin = build.read_basin(sys.modules["data_files"].Folder(folder))
    sc = build.scenario(basin, "energy", UNCALIBRATED, None)
    assert sc.node("toktogul").initial_storage_mcm == 10_800
    assert sc.metadata.sources["nodes.toktogul.initial_storage_mcm"] == {
        "basis": "cited", "refs": ["R74"], "note": "≈ 10.8 km³ on 1 Oct (test)."}


def test_run_of_river_plants_reach_the_scenario_with_their_sources(build: ModuleType) -> None:
    basin = build.read_basin(sys.modules["data_files"].Folder(DATA))
    sc = build.scenario(basin, "energy", UNCALIBRATED, None)
    plants = {p.id: (lk.id, p) for lk in sc.links for p in lk.plants}
    assert {k: v[0] for k, v in plants.items()} == {
        "kurpsai": "toktogul__uchkurgan", "tash_kumyr": "toktogul__uchkurgan",
        "shamaldy_sai": "toktogul__uchkurgan", "uch_kurgan": "uchkurgan__syr_head"}
    kurpsai = plants["kurpsai"][1]
    assert (kurpsai.head_m, kurpsai.installed_mw, kurpsai.country) == (110, 800, "KG")
    src = sc.metadata.sources["links.toktogul__uchkurgan.plants.kurpsai.head_m"]
    assert src["basis"] == "cited" and src["refs"] == ["R12"] and "run-of-river" in src["note"]
    assert all(f"links.{lid}.plants.{pid}.{k}" in sc.metadata.sources
               for pid, (lid, _) in plants.items() for k in build.PLANT_NUMBERS)


def test_the_initial_state_and_its_date_reach_the_scenario(build: ModuleType) -> None:
    basin = build.read_basin(sys.modules["data_files"].Folder(DATA))
    sc = build.scenario(basin, "energy", UNCALIBRATED, None)
    assert sc.metadata.initial_state_date == "2025-10-01"
    tok = sc.node("toktogul")
    assert (tok.initial_storage_mcm, tok.operating_minimum_mcm) == (10_800, 6_500)
    assert sc.metadata.sources["nodes.toktogul.operating_minimum_mcm"]["refs"][0] == "R84"
    assert all(r.operating_minimum_mcm is None for r in sc.reservoirs if r.id != "toktogul")


def test_the_tailwater_does_not_move_with_the_named_years_start(build: ModuleType,
                                                                tmp_path: Path) -> None:
    """Toktogul's tailwater is fitted on a typical start (fit_initial_storage_mcm), so a
    different 1 October storage changes the head of the year, not the dam's tailwater."""
    folder = tmp_path / "syr_darya"
    shutil.copytree(DATA, folder)

    def tailwater() -> float:
        basin = build.read_basin(sys.modules["data_files"].Folder(folder))
        return float(build.tailwater_levels(basin, UNCALIBRATED)["toktogul"])
    shipped = tailwater()
    _json_edit("reservoirs.json", lambda d: _toktogul(d)["initial_storage_mcm"].update(
        value=15_000))(folder)
    assert tailwater() == shipped
    _json_edit("reservoirs.json", lambda d: _toktogul(d)["hydropower"][
        "tailwater_level_m"].pop("fit_initial_storage_mcm"))(folder)
    assert tailwater() > shipped + 1.0     # fitted on the 15 km³ start instead: higher level
