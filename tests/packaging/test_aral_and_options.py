"""The North Aral's level-volume table, the two shipped options (Kokaral raised to 44 m,
Andijan held at 900 m) and the energy of the plants against their published figures.

The table must pass through the Aral-Syrdarya Basin Inspectorate's measured pairs and keep
each row's area equal to the table's own slope dV/dh; each option file must differ from the
energy-mode scenario only in the fields its change names; and in the median year Charvak's
and Shardara's energy must lie within the published figures.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from waterplanner.model import LevelAreaVolume, load_scenario, parse_document, validate_scenario

REPO = Path(__file__).resolve().parents[2]
SCENARIOS = REPO / "resources" / "scenarios"
ENERGY = SCENARIOS / "syr-darya-energy-mode.wplan"
KOKARAL = SCENARIOS / "syr-darya-kokaral-44m.wplan"
ANDIJAN = SCENARIOS / "syr-darya-andijan-900m.wplan"

INSPECTORATE_PAIRS = ((40.42, 18_500.0), (40.90, 19_700.0))
"""Level (m BS) ↔ volume (Mm³) of the North Aral, Aral-Syrdarya Basin Inspectorate (R93)."""
LEVEL_TOLERANCE_M = 0.01
"""The pairs are rows of the table; 1 cm allows for nothing but rounding."""
SLOPE_TOLERANCE = 0.005
"""Each segment's ΔV/Δh against the mean of its two areas: volumes are rounded to 1 Mm³."""


def _simulate(path: Path, inflow_set: str = "median") -> Any:
    from waterplanner.engine import simulate
    return simulate(load_scenario(path), inflow_set=inflow_set)


def _aral_lav() -> LevelAreaVolume:
    return load_scenario(ENERGY).node("north_aral").lav


# --- the North Aral's table ------------------------------------------------------------
@pytest.mark.parametrize(("level_m", "volume_mcm"), INSPECTORATE_PAIRS)
def test_table_passes_through_the_inspectorates_pairs(level_m: float, volume_mcm: float) -> None:
    assert float(_aral_lav().level_at(volume_mcm)) == pytest.approx(level_m,
                                                                     abs=LEVEL_TOLERANCE_M)


def test_each_rows_area_is_the_tables_own_slope() -> None:
    lav = _aral_lav()
    h, a, v = (np.asarray(c, dtype=float) for c in (lav.level_m, lav.area_km2, lav.volume_mcm))
    slope_km2 = np.diff(v) / np.diff(h)                 # Mm³ per m = km²
    mean_area = 0.5 * (a[1:] + a[:-1])
    assert np.all(np.abs(slope_km2 / mean_area - 1.0) <= SLOPE_TOLERANCE), slope_km2
    assert np.all(np.diff(a) > 0)                       # the lake widens as it rises


def test_table_keeps_the_cited_areas_and_reaches_the_raise() -> None:
    lav = _aral_lav()
    area = dict(zip(lav.level_m, lav.area_km2))
    assert area[42] == 3_300 and area[44] == 3_913      # R61/R94; phase-2 design, R95
    assert max(lav.level_m) >= 44.5


def test_the_reported_state_sits_at_the_kokaral_crest() -> None:
    """24.1 km³ on 10 Sep 2025 (R60) lies just above the 42 m crest (reports ≈ 42 m), and
    from it the median year spills over Kokaral until the lake holds ≈ 23 km³ at the end of
    2025, as the ministry reported (R95; 'over 22 km³' on 8 Dec 2025)."""
    s = load_scenario(ENERGY)
    lake = s.node("north_aral")
    assert 42.0 <= float(lake.lav.level_at(lake.initial_storage_mcm)) <= 42.5
    res = _simulate(ENERGY)
    on = dict(zip(s.time.boundaries, res.storage_with_initial("north_aral")))
    assert abs(on[date(2026, 1, 1)] - 23_000) <= 500


def test_evaporation_follows_the_tables_area() -> None:
    s = load_scenario(ENERGY)
    lake = s.node("north_aral")
    res = _simulate(ENERGY)
    storage = res.storage_with_initial("north_aral")
    evap = np.asarray(res.series("evaporation_mcm", "north_aral"))
    depth_m = np.asarray(lake.evaporation_mm) / 1000.0
    area = evap / depth_m                               # km² the engine evaporated from
    lo = lake.lav.area_at(np.minimum(storage[:-1], storage[1:])) * 0.98
    hi = lake.lav.area_at(np.maximum(storage[:-1], storage[1:])) * 1.02
    assert np.all((area >= lo) & (area <= hi)), area


# --- the options: only their change differs ------------------------------------------
def _differences(a: Any, b: Any, path: str = "") -> list[str]:
    """Paths where two documents differ (lists of objects with ids matched by id)."""
    if isinstance(a, dict) and isinstance(b, dict):
        return [p for k in sorted(set(a) | set(b))
                for p in _differences(a.get(k), b.get(k), f"{path}.{k}" if path else k)]
    if isinstance(a, list) and isinstance(b, list) and a and all(
            isinstance(x, dict) and "id" in x for x in a + b):
        return _differences({x["id"]: x for x in a}, {x["id"]: x for x in b}, path)
    return [] if a == b else [path]


def _network(path: Path) -> dict[str, Any]:
    doc = parse_document(path.read_bytes())
    doc["metadata"] = {k: v for k, v in doc["metadata"].items() if k == "sources"}
    return doc


@pytest.mark.parametrize(("path", "changed"), [
    (KOKARAL, {"nodes.north_aral.crest_level_m"}),
    (ANDIJAN, {"nodes.andijan.capacity_mcm", "nodes.andijan.lav"}),
], ids=["kokaral-44m", "andijan-900m"])
def test_option_differs_from_energy_mode_only_where_intended(path: Path,
                                                             changed: set[str]) -> None:
    assert validate_scenario(load_scenario(path)) == []
    diff = _differences(_network(ENERGY), _network(path))
    network = {p for p in diff if not p.startswith("metadata.")}
    lav_columns = {"level_m", "area_km2", "volume_mcm"}
    assert {p.rsplit(".", 1)[0] if p.rsplit(".", 1)[1] in lav_columns else p
            for p in network} == changed
    assert {p.removeprefix("metadata.sources.").rsplit(".", 1)[0] for p in diff
            if p.startswith("metadata.")} == changed     # each change carries its own source


def test_andijan_option_is_the_energy_table_cut_at_900_m() -> None:
    base, cut = (load_scenario(p).node("andijan") for p in (ENERGY, ANDIJAN))
    assert cut.capacity_mcm == pytest.approx(base.lav.volume_at_level(900.0), abs=0.1)
    assert cut.lav.level_m[-1] == 900.0 and cut.lav.volume_mcm[-1] == cut.capacity_mcm
    v = np.linspace(base.dead_storage_mcm, cut.capacity_mcm, 50)
    assert np.allclose(cut.lav.level_at(v), base.lav.level_at(v), atol=0.01)
    assert np.allclose(cut.lav.area_at(v), base.lav.area_at(v), atol=0.1)
    lost = base.capacity_mcm - cut.capacity_mcm
    assert 150 <= lost <= 450          # field check: 0.27-0.42 km³ on a smooth curve / at 908 m


def test_kokaral_raise_keeps_the_spill_in_the_north_aral() -> None:
    from waterplanner.engine import simulate
    s_base, s_raise = load_scenario(ENERGY), load_scenario(KOKARAL)
    wet = {n.id: np.asarray(n.inflow_mcm["median"]) * 58.91 / 37.20     # R49 P5 / mean
           for n in s_base.nodes if getattr(n, "inflow_mcm", None)}
    for kw in ({"inflow_set": "median"}, {"inflow_set": "median", "inflows": wet}):
        base, raised = simulate(s_base, **kw), simulate(s_raise, **kw)
        spill = [float(np.sum(r.series("inflow_mcm", "large_aral"))) for r in (base, raised)]
        end = [float(s.node("north_aral").lav.level_at(r.storage_with_initial("north_aral")[-1]))
               for s, r in ((s_base, base), (s_raise, raised))]
        assert spill[0] > 1_000 and spill[1] == 0.0
        assert end[1] > end[0] + 0.5


# --- energy per plant against the published figures -----------------------------------
SHARDARA_PUBLISHED_GWH = (377.0, 670.0)
"""Shardara: 377 long-term at 100 MW, 537 expected after the 2020 modernisation, 670 record
(2010) (R36, R37)."""
SHARDARA_DESIGN_GWH, SHARDARA_DESIGN_TOLERANCE = 537.0, 0.05
CHARVAK_DESIGN_GWH, CHARVAK_MEAN_RUNOFF_KM3 = 2_000.0, 6.6
"""Charvak: 2 000 GWh/yr mean (R22) from the long-term 6.6 km³/yr at the dam (R21)."""
CHARVAK_TOLERANCE = 0.05
"""Energy per km³ released: the heads come from the cited 148 m at full supply and a
guessed dead-storage area, the efficiency is generic."""
TOKTOGUL_MEAN_GWH, TOKTOGUL_TOLERANCE = 4_100.0, 0.10
"""Toktogul 4 100 GWh/yr mean (R04); the named year starts low (10.8 km³, R84), which lowers
the head by several metres."""


def _gwh(res: Any, plant: str) -> float:
    return float(np.sum(res.series("energy_mwh", plant))) / 1000.0


def test_shardara_energy_is_the_design_figure() -> None:
    e = _gwh(_simulate(ENERGY), "shardara")
    lo, hi = SHARDARA_PUBLISHED_GWH
    assert lo <= e <= hi
    assert abs(e / SHARDARA_DESIGN_GWH - 1.0) <= SHARDARA_DESIGN_TOLERANCE


def test_charvak_energy_per_water_released_is_the_design_figure() -> None:
    res = _simulate(ENERGY)
    released_km3 = float(np.sum(res.series("release_mcm", "charvak"))) / 1000.0
    per_km3 = _gwh(res, "charvak") / released_km3
    assert abs(per_km3 / (CHARVAK_DESIGN_GWH / CHARVAK_MEAN_RUNOFF_KM3) - 1.0) <= \
        CHARVAK_TOLERANCE


def test_toktogul_energy_is_near_its_mean() -> None:
    e = _gwh(_simulate(ENERGY), "toktogul")
    assert abs(e / TOKTOGUL_MEAN_GWH - 1.0) <= TOKTOGUL_TOLERANCE
