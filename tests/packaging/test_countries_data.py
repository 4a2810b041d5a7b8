"""Countries as the ICWC counts them, in the shipped default scenarios: the zones shared
among countries, the ICWC seasonal limits with their sources, the exchange ledger, and the
'ICWC proportional' variant (packaging/syr_darya/countries.json, demands.json, scenario.json).
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import sys
from dataclasses import replace
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

from waterplanner.engine.countries_summary import countries_summary
from waterplanner.engine.simulate import simulate
from waterplanner.model import load_scenario, validate_scenario
from waterplanner.model.fileio import DEFAULT_SCENARIO, load_shipped_scenario
from waterplanner.model.nodes import DemandNode
from waterplanner.model.scenario import AllocationPolicy

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "packaging" / "syr_darya"
SCENARIOS = REPO / "resources" / "scenarios"
VARIANT = SCENARIOS / "syr-darya-icwc-proportional.wplan"


@pytest.fixture(scope="module")
def default():  # type: ignore[no-untyped-def]
    return load_shipped_scenario(DEFAULT_SCENARIO)


@pytest.fixture(scope="module")
def build() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "build_default_scenarios", REPO / "packaging" / "build_default_scenarios.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("inflow_set", ["median", "dry"])
def test_kyrgyzstan_and_tajikistan_receive_water(default, inflow_set: str) -> None:
    res = simulate(default, inflow_set)
    cs = countries_summary(res)
    for code in ("KG", "TJ", "UZ", "KZ"):
        assert cs.totals_of(code).delivery_mcm > 500, code
    assert sum(t.delivery_mcm for t in cs.totals) == pytest.approx(
        float(res.delivery_mcm[0].sum()))
    headline = {c.country: c.delivery_mcm for c in res.summary().countries}
    for code in ("KG", "TJ", "UZ", "KZ"):
        assert headline[code] == pytest.approx(cs.totals_of(code).delivery_mcm), code


def test_the_mixed_zones_are_split_by_shares_summing_to_one(default) -> None:
    zones = {n.id: n for n in default.nodes if isinstance(n, DemandNode)}
    assert set(zones["fergana"].country_shares) == {"UZ", "KG", "TJ"}
    assert zones["fergana"].country_shares["KG"] == pytest.approx(0.25)
    assert zones["fergana"].country_label == "UZ, KG, TJ"     # beside the name on the schematic
    assert zones["kyzylorda"].country_label == "KZ"
    assert set(zones["hungry_steppe"].country_shares) == {"UZ", "KZ"}
    assert set(zones["tashkent"].country_shares) == {"UZ", "KZ"}
    for z in zones.values():
        if z.country_shares:
            assert sum(z.country_shares.values()) == pytest.approx(1.0, abs=1e-12), z.id
            assert "also" not in z.name, z.name          # the shares say it, not the name
            src = default.metadata.sources[f"nodes.{z.id}.country_shares"]
            assert src["basis"] in ("cited", "derived", "estimate") and src["note"]


def test_the_icwc_limits_are_in_the_file_with_their_sources(default) -> None:
    got = {c.code: (c.vegetation_limit_mcm, c.non_vegetation_limit_mcm)
           for c in default.countries}
    assert got == {"KG": (270, 47), "TJ": (1900, None), "UZ": (8800, None), "KZ": (909, 460)}
    assert [c.code for c in default.countries] == ["KG", "TJ", "UZ", "KZ"]   # flow order
    src = default.metadata.sources
    for code in got:
        veg = src[f"countries.{code}.vegetation_limit_mcm"]
        assert veg["basis"] == "cited" and veg["refs"] == ["R57"]
    assert "R89" in src["countries.KZ.non_vegetation_limit_mcm"]["refs"]
    assert "truncated" in src["countries.UZ.non_vegetation_limit_mcm"]["note"]
    assert {"R57", "R88", "R89", "R90"} <= set(default.metadata.references)
    assert "Dustlik canal only" in default.metadata.notes          # the mapping caveat


def test_the_exchange_ledger_holds_the_2021_swap_with_its_sources(default) -> None:
    ledger = {x.id: x for x in default.energy_exchanges}
    swap = ledger["kz_kg_2021_power"]
    assert (swap.supplier, swap.receiver, swap.energy_gwh) == ("KZ", "KG", 900)
    assert (ledger["kg_kz_2021_return"].supplier, ledger["kg_kz_2021_return"].energy_gwh) == \
        ("KG", 300)
    assert "R92" in default.metadata.sources["energy_exchanges.kz_kg_2021_power.energy_gwh"][
        "refs"]
    cs = countries_summary(simulate(default, "median"))
    assert cs.totals_of("KG").received_mwh == pytest.approx(900_000)
    assert cs.totals_of("KZ").supplied_mwh == pytest.approx(900_000)


def test_the_notes_report_the_shardara_sharing_and_the_kazakh_limit_like_for_like(
        default) -> None:
    notes = default.metadata.notes
    assert "KZ-UZ sharing of the inflow to Shardara: water-year inflow" in notes
    assert "KZ withdrawal its ICWC limits count (hungry_steppe share)" in notes


def test_the_icwc_proportional_variant_is_the_energy_mode_sharing_in_proportion(
        default) -> None:
    assert VARIANT.is_file()
    variant = load_scenario(VARIANT)
    assert validate_scenario(variant) == []
    assert variant.allocation is AllocationPolicy.PROPORTIONAL
    assert default.allocation is AllocationPolicy.UPSTREAM_FIRST
    assert variant.nodes == default.nodes and variant.links == default.links
    assert variant.release_schedules.keys() == default.release_schedules.keys()
    assert variant.countries == default.countries
    assert "ICWC" in variant.metadata.name
    assert variant.metadata.sources["allocation"]["note"]


def test_in_a_dry_year_the_variant_cuts_the_users_of_a_zone_by_the_same_fraction(
        default) -> None:
    variant = load_scenario(VARIANT)
    first, prop = simulate(default, "dry"), simulate(variant, "dry")

    def fraction(res, nid: str) -> np.ndarray:  # type: ignore[no-untyped-def]
        dem = res.series("demand_mcm", nid)
        return np.where(dem > 0, res.series("delivery_mcm", nid) / np.maximum(dem, 1e-9), 1.0)
    south, kyz = fraction(prop, "south_kz"), fraction(prop, "kyzylorda")
    both_short = (south < 1 - 1e-6) & (kyz < 1 - 1e-6)
    assert both_short.any()
    assert np.allclose(south[both_short], kyz[both_short], atol=1e-6)
    # upstream first, the intake at Shardara takes before Kyzylorda
    assert np.all(fraction(first, "south_kz")[both_short] > kyz[both_short] + 0.05)


def _data_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "syr_darya"
    shutil.copytree(DATA, folder)
    return folder


def _edit(folder: Path, name: str, change) -> None:  # type: ignore[no-untyped-def]
    doc = json.loads((folder / name).read_text(encoding="utf-8"))
    change(doc)
    (folder / name).write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")


@pytest.mark.parametrize(("name", "change", "expected"), [
    ("demands.json", lambda d: d["zones"][0]["country_shares"]["value"].update(KG=0.3),
     "demands.json: zones[0] (fergana).country_shares.value: the shares add up to 1.05, not 1"),
    ("demands.json", lambda d: d["zones"][0]["country_shares"]["value"].update(
        UZ=0.587, AF=0.08),
     "zone fergana has a share for 'AF', which countries.json does not list (KG, TJ, UZ, KZ)"),
    ("countries.json", lambda d: d["energy_exchanges"][0].update(receiver="TM"),
     ("countries.json: energy_exchanges[0] (kz_kg_2021_power).receiver: 'TM' is not one of the "
     "countries listed (KG, TJ, UZ, KZ)")),
    ("countries.json", lambda d: d["countries"][0]["vegetation_limit_mcm"].update(refs=[]),
     ("countries.json: countries[0].vegetation_limit_mcm.refs: a cited number needs at "
     "least one reference")),
    ("countries.json", lambda d: d["countries"][3].update(limit_counts=["kyzylorda_x"]),
     ("countries.json: countries[3].limit_counts: expected a list of zones of "
     "demands.json with a share for KZ")),
])
def test_malformed_country_data_is_refused_with_a_clear_message(
        build: ModuleType, tmp_path: Path, name: str, change, expected: str) -> None:  # type: ignore[no-untyped-def]
    folder = _data_copy(tmp_path)
    _edit(folder, name, change)
    data_files = sys.modules["data_files"]
    with pytest.raises(data_files.DataError) as err:
        build.read_basin(data_files.Folder(folder))
    assert expected in str(err.value)


def test_a_variant_may_change_a_top_level_field(build: ModuleType, default) -> None:
    from variants import apply_changes  # type: ignore[import-not-found]

    class Rec:
        where = "scenario.json: modes[2]"

        def text(self, key: str) -> str:
            return "allocation"

        def at(self, key: str) -> str:
            return f"{self.where}.{key}"

        def source(self) -> dict[str, object]:
            return {"basis": "estimate", "refs": [], "note": "test"}
    sc, sources = apply_changes(replace(default), [(Rec(), "proportional")])
    assert sc.allocation is AllocationPolicy.PROPORTIONAL and "allocation" in sources
