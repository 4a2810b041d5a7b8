#!/usr/bin/env python
"""Build the default Syr Darya scenarios shipped with WaterPlanner.

Run from a clean checkout with the project's Python::

    python packaging/build_default_scenarios.py          # build, calibrate, write
    python packaging/build_default_scenarios.py --check  # also print the headline numbers

It writes two files into ``resources/scenarios/``:

``syr-darya-energy-mode.wplan``
    the default: present practice, winter-heavy Toktogul releases ("energy mode");
``syr-darya-irrigation-mode.wplan``
    identical except Toktogul's schedule, which follows the Soviet 1984 protocol
    (summer-heavy, "irrigation mode").

Every number used is written out below with the code of its source (R01 ... R83) and its
basis (cited / derived / estimate). The codes are those of the research notes
``syr-darya/README.md`` (draft 0.1); the notes themselves are not needed to run this script.
The table of references at the end of this file gives each code's title and address.

The only number not typed in is the loss on the three lower-Syr reaches below Shardara. It
is calibrated (:func:`calibrate`) by bisection on one multiplier so that the median year
delivers the observed 2005-2024 mean inflow to the North Aral Sea (2.45 km³/yr, R59). The
search is deterministic, so rebuilding reproduces the files byte for byte.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np

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
    save_scenario,
    validate_scenario,
)
from waterplanner.model.layout import Layout

ROOT = Path(__file__).resolve().parents[1]
OUT_DIR = ROOT / "resources" / "scenarios"
ENERGY_FILE = "syr-darya-energy-mode.wplan"
IRRIGATION_FILE = "syr-darya-irrigation-mode.wplan"

# ======================================================================================
# Calendar: one water year, October 2025 - September 2026, monthly.
# ======================================================================================
TIME = TimeBase(Step.MONTH, date(2025, 10, 1), 12, water_year_start_month=10)

Monthly = list[float]
"""Twelve values in calendar order, January first (as the sources tabulate them)."""


def water_year(jan_dec: Monthly) -> np.ndarray:
    """Reorder a January-December list into the October-September water year."""
    assert len(jan_dec) == 12
    return np.array(jan_dec[9:] + jan_dec[:9], dtype=float)


def m3s_to_mcm(jan_dec: Monthly) -> tuple[float, ...]:
    """Monthly mean flows (m³/s, Jan-Dec) → volumes per period (Mm³), exact days per month.

    Rounded to 1 m³ (6 decimals of Mm³) only to keep binary float noise out of the file.
    """
    return tuple(round(float(v), 6) for v in TIME.m3s_to_mcm(water_year(jan_dec)))


def mcm(jan_dec: Monthly) -> tuple[float, ...]:
    """Monthly volumes or depths given Jan-Dec → water-year order."""
    return tuple(round(float(v), 6) for v in water_year(jan_dec))


def km3(series: tuple[float, ...]) -> float:
    return sum(series) / 1000.0


# ======================================================================================
# Provenance helpers
# ======================================================================================
SOURCES: dict[str, dict[str, Any]] = {}


def src(path: str, basis: str, refs: list[str], note: str) -> None:
    """Record where the number at ``path`` comes from (one entry per path)."""
    assert basis in ("cited", "derived", "estimate", "n/a"), basis
    assert path not in SOURCES, f"duplicate source entry {path}"
    SOURCES[path] = {"basis": basis, "refs": list(refs), "note": note}


# ======================================================================================
# 1. Inflows (monthly mean m³/s, Jan-Dec)
# ======================================================================================
# Two sets: 'median' (the research notes' "typical" year) and 'dry' (P ≈ 90 %).
# Shapes are estimates except Chirchik, whose monthly means are computed from the
# 1932-2014 decadal record of Uzbek HydroMet's virtual gauge 16294 (R54).
INFLOWS: dict[str, dict[str, Any]] = {
    "naryn": {
        "name": "Naryn: inflow to Toktogul", "local_name": "Нарын", "country": "KG",
        "median": [154.5, 150.0, 177.3, 318.2, 672.7, 845.5, 727.3, 536.4, 336.4, 240.9, 213.6,
                   177.3],
        "dry": [113.6, 110.3, 130.3, 233.9, 494.5, 621.4, 534.6, 394.2, 247.2, 177.1, 157.0,
                130.3],
        "src_median": ("estimate", ["R50", "R51", "R74"],
                       ("Annual 12.0 km³ chosen from 12.3 km³ (mean 1974-2007, R50) and 12.24 km³ "
                        "(2023, R51). Monthly shape is an estimate fitted to 75 % of the annual "
                        "inflow in Apr-Sep (2023, R51) and to daily inflows reported by Electric "
                        "Stations JSC (R74): winter 150-171, mid-May 1 000-1 140, Aug 524-739, "
                        "early Sep 340-511, late Nov 268 m³/s. Replace with the norms of gauge "
                        "16936 (Naryn - Uch-Terek) when available.")),
        "src_dry": ("derived", ["R49"],
                    ("Median series × 0.735, the P=90 % / mean ratio of the Naryn at Uchkurgan "
                     "(10.68 / 14.54 km³, R49); 8.82 km³. Monthly shape kept (estimate).")),
    },
    "naryn_lateral": {
        "name": "Naryn lateral inflow (Toktogul to Uch-Kurgan)", "country": "KG",
        "median": [25.4, 24.7, 33.6, 89.2, 166.4, 215.7, 161.1, 91.6, 53.6, 39.3, 34.1, 28.7],
        "dry": [18.7, 18.2, 24.7, 65.6, 122.3, 158.5, 118.4, 67.3, 39.4, 28.9, 25.0, 21.1],
        "src_median": ("estimate", ["R49", "R50", "R54"],
                       ("Annual 2.54 km³ = Naryn at Uchkurgan 14.54 km³ (R49) − Toktogul inflow "
                        "12.0 km³ (derived); monthly shape borrowed from the Chirchik climatology "
                        "(R54), an estimate.")),
        "src_dry": ("derived", ["R49"],
                    "Median × 0.735 (Naryn at Uchkurgan P90/mean, R49); 1.87 km³."),
    },
    "kara_darya": {
        "name": "Kara Darya: inflow to Andijan", "local_name": "Кара-Дарыя", "country": "KG",
        "median": [55.5, 58.5, 85.7, 176.5, 262.2, 267.2, 186.5, 121.0, 80.7, 70.6, 65.5, 58.5],
        "dry": [25.9, 27.3, 40.0, 82.4, 122.4, 124.7, 87.1, 56.5, 37.7, 32.9, 30.6, 27.3],
        "src_median": ("estimate", ["R49"],
                       ("Annual 3.92 km³ cited (multi-year mean inflow to Andijan reservoir, R49); "
                        "monthly shape an estimate (snowmelt peak May-Jun, 74 % in Apr-Sep).")),
        "src_dry": ("estimate", ["R49"],
                    ("Annual 1.83 km³ cited (P=90 %, R49); monthly shape as the median year "
                     "(estimate).")),
    },
    "fergana_rivers": {
        "name": "Fergana Valley small rivers", "country": "KG",
        "median": [78.0, 75.9, 102.9, 273.7, 510.3, 661.5, 493.9, 280.9, 164.4, 120.5, 104.5,
                   88.0],
        "dry": [53.3, 51.8, 70.3, 186.9, 348.5, 451.8, 337.3, 191.8, 112.3, 82.3, 71.4, 60.1],
        "src_median": ("estimate", ["R49", "R54"],
                       ("Annual 7.79 = 2.07 + 1.18 + 4.54 km³ (interfluve + right bank + left "
                        "bank, R49; derived sum); monthly shape from the Chirchik climatology (R54), an "
                        "estimate. Formed mostly in KG (country set to KG); much of it is diverted "
                        "inside the valley.")),
        "src_dry": ("estimate", ["R49"],
                    ("Annual 5.32 = 1.10 + 0.73 + 3.49 km³ (P=90 %, R49; derived sum); shape as "
                     "the median year (estimate).")),
    },
    "chirchik": {
        "name": "Chirchik (Chatkal + Pskem): inflow to Charvak", "local_name": "Chirchiq",
        "country": "UZ",
        "median": [64.9, 63.1, 85.7, 227.8, 424.7, 550.5, 411.1, 233.8, 136.9, 100.3, 87.0, 73.2],
        "dry": [55.4, 52.0, 55.7, 140.1, 270.0, 377.3, 292.0, 162.3, 107.2, 85.4, 69.6, 67.2],
        "src_median": ("cited", ["R54", "R21"],
                       ("Monthly means 1932-2014 of Uzbek HydroMet virtual gauge 16294 (Charvak "
                        "inflow), computed from the decadal series in hydrosolutions/"
                        "riversCentralAsia, data_ChirchikRiver (GPL-3, R54); 204.9 m³/s = "
                        "6.48 km³/yr. Cross-check: 208 m³/s, 6.6 km³ (R21).")),
        "src_dry": ("cited", ["R54"],
                    ("Observed monthly means of 1986 (4.57 km³, about the 10th percentile of "
                     "1932-2014 annual volumes, R54).")),
    },
    "midsyr_tributaries": {
        "name": "Akhangaran, Keles and other middle-Syr tributaries", "country": "UZ",
        "median": [26.9, 26.2, 35.5, 94.5, 176.2, 228.4, 170.6, 97.0, 56.8, 41.6, 36.1, 30.4],
        "dry": [10.4, 10.1, 13.7, 36.5, 68.1, 88.3, 65.9, 37.5, 22.0, 16.1, 13.9, 11.7],
        "src_median": ("estimate", ["R49", "R54"],
                       ("Annual 2.69 km³ = Syr up to Chardara 35.42 − Fergana total 26.25 − "
                        "Chirchik 6.48 (derived from R49, R54); monthly shape from the Chirchik "
                        "climatology (estimate).")),
        "src_dry": ("estimate", ["R49", "R54"],
                    ("Annual 1.04 km³ = 23.44 − 17.83 − 4.57 (P=90 % values R49, Chirchik 1986 "
                     "R54; derived); shape as the median year (estimate).")),
    },
    "arys": {
        "name": "Arys and other tributaries below Shardara", "local_name": "Арыс",
        "country": "KZ",
        "median": [17.8, 17.3, 23.5, 62.5, 116.6, 151.2, 112.9, 64.2, 37.6, 27.5, 23.9, 20.1],
        "dry": [5.3, 5.2, 7.0, 18.6, 34.7, 45.0, 33.6, 19.1, 11.2, 8.2, 7.1, 6.0],
        "src_median": ("estimate", ["R49", "R54"],
                       ("Annual 1.78 km³ = basin total 37.20 − Syr up to Chardara 35.42 (derived, "
                        "R49); monthly shape from the Chirchik climatology (estimate; the Arys "
                        "peaks earlier).")),
        "src_dry": ("estimate", ["R49"],
                    ("Annual 0.53 km³ = 23.97 − 23.44 (P=90 %, R49; derived); shape as the median "
                     "year (estimate).")),
    },
}

# ======================================================================================
# 2. Evaporation and precipitation (mm per month, Jan-Dec)
# ======================================================================================
# Open-water evaporation is not measured at these reservoirs; potential ET (R56) is the
# proxy: upstream 893 mm/yr → 900; Kayrakkum (midstream) 1 200; Shardara (downstream,
# 1 396 mm) 1 400. Monthly split (estimate): .01 .02 .04 .08 .12 .15 .17 .16 .12 .07 .04 .02.
EVAP_SPLIT = [0.01, 0.02, 0.04, 0.08, 0.12, 0.15, 0.17, 0.16, 0.12, 0.07, 0.04, 0.02]
EVAP_UPSTREAM = [round(900 * f, 6) for f in EVAP_SPLIT]
EVAP_KAYRAKKUM = [round(1200 * f, 6) for f in EVAP_SPLIT]
EVAP_SHARDARA = [round(1400 * f, 6) for f in EVAP_SPLIT]
# North Aral: pre-1960 Aral balance, (56 km³ inflow + 9.4 km³ precipitation) / 66 000 km²
# ≈ 1 000 mm/yr gross evaporation; precipitation 9.4 km³ / 66 000 km² ≈ 140 mm/yr
# (R66, R67; derived). Monthly splits are estimates.
EVAP_ARAL = [10.0, 20.0, 40.0, 80.0, 120.0, 150.0, 170.0, 160.0, 120.0, 70.0, 40.0, 20.0]
PRECIP_ARAL = [11.0, 11.0, 14.0, 14.0, 13.0, 8.0, 7.0, 6.0, 7.0, 14.0, 17.0, 18.0]

# ======================================================================================
# 3. Level-area-volume tables
# ======================================================================================


def integrated_levels(volumes: list[float], areas: list[float], anchor_volume: float,
                      anchor_level: float) -> list[float]:
    """Levels (m) of a table whose area is linear in volume between rows, integrated from
    one known (volume, level) point: dh = dV / A(V), so between rows with areas A1, A2
    h2 − h1 = (V2 − V1) / (A2 − A1) · ln(A2 / A1)   (Mm³ / km² = m)."""
    def dh(v1: float, a1: float, v2: float, a2: float) -> float:
        if abs(a2 - a1) < 1e-9:
            return (v2 - v1) / a1
        return (v2 - v1) / (a2 - a1) * float(np.log(a2 / a1))

    k = volumes.index(anchor_volume)
    levels = [0.0] * len(volumes)
    levels[k] = anchor_level
    for i in range(k + 1, len(volumes)):
        levels[i] = levels[i - 1] + dh(volumes[i - 1], areas[i - 1], volumes[i], areas[i])
    for i in range(k - 1, -1, -1):
        levels[i] = levels[i + 1] - dh(volumes[i], areas[i], volumes[i + 1], areas[i + 1])
    return levels


def toktogul_lav() -> LevelAreaVolume:
    """Toktogul: area from a power law A = a·V^b through 214 km² at 10.9 km³ (R08, derived)
    and 284 km² at 19.5 km³ (R04), b ≈ 0.49; levels integrated (dh = dV/A) from the one
    cited level, 891.09 m at 17 005 Mm³ (R07). The result, ≈ 836 m at dead storage and
    ≈ 900.2 m at full, agrees with the commonly quoted but unverified 837 m and 900 m."""
    v1, a1, v2, a2 = 10_900.0, 214.0, 19_500.0, 284.0
    b = np.log(a2 / a1) / np.log(v2 / v1)
    a = a1 / v1 ** b

    def area(v: float) -> float:
        return float(a * v ** b)

    def level(v: float) -> float:
        # ∫ dV / (a V^b) = V^(1-b) / (a (1-b)), anchored at 891.09 m ↔ 17 005 Mm³ (R07)
        f = lambda x: x ** (1 - b) / (a * (1 - b))
        return 891.09 + float(f(v) - f(17_005.0))

    vols = [5_500.0, 7_000.0, 9_000.0, 11_000.0, 13_000.0, 15_000.0, 17_005.0, 18_500.0,
            19_500.0]
    return LevelAreaVolume(level_m=tuple(round(level(v), 2) for v in vols),
                           area_km2=tuple(round(area(v), 1) for v in vols),
                           volume_mcm=tuple(vols))


def two_point_lav(dead_v: float, dead_a: float, full_v: float, full_a: float,
                  full_level: float, mid: bool = True) -> LevelAreaVolume:
    """A table from the area at dead storage and at full supply, area linear in volume,
    levels integrated down from an (estimated) full supply level; with ``mid`` a middle row
    is added so the level curve bends as the integration says."""
    vols = [dead_v, (dead_v + full_v) / 2, full_v] if mid else [dead_v, full_v]
    areas = [dead_a + (full_a - dead_a) * (v - dead_v) / (full_v - dead_v) for v in vols]
    levels = integrated_levels(vols, areas, full_v, full_level)
    return LevelAreaVolume(level_m=tuple(round(h, 2) for h in levels),
                           area_km2=tuple(round(x, 1) for x in areas),
                           volume_mcm=tuple(round(v, 1) for v in vols))


# ======================================================================================
# 4. Reservoirs and their plants
# ======================================================================================
# Release schedules in monthly mean m³/s, Jan-Dec (converted to Mm³ per period).
TOKTOGUL_ENERGY_M3S = [502.0, 464.0, 338.0, 145.0, 193.0, 338.0, 406.0, 386.0, 290.0, 338.0,
                       531.0, 560.0]
"""Post-1993 energy regime (reference rule toktogul_energy_mode): fitted to reported daily
releases, Nov 590, Dec 490-588, mid-Apr 118-133, May 127-365, Jun 316-433, Aug 309-416,
Sep 262-280 m³/s (R74, R75); winter volumes ≈ 2.5 × the Soviet regime (R44); 11.8 km³/yr."""
TOKTOGUL_IRRIGATION_M3S = [180.0, 180.0, 180.0, 295.0, 490.0, 717.0, 817.0, 694.0, 380.0,
                           180.0, 180.0, 180.0]
"""Soviet 1984 protocol (reference rule toktogul_irrigation_mode): Oct-Mar about 180 m³/s,
at most 25 % of the year (R46); the summer months carry the rest of 11.8 km³ in the
irrigation-demand shape (estimate)."""

# Schedules of the other four reservoirs are estimates written for this scenario: they keep
# each reservoir inside its bounds in the median year and follow what is known of practice.
ANDIJAN_M3S = [80.0, 80.0, 75.0, 75.0, 110.0, 170.0, 240.0, 220.0, 130.0, 85.0, 80.0, 80.0]
CHARVAK_M3S = [130.0, 125.0, 110.0, 130.0, 210.0, 320.0, 400.0, 330.0, 190.0, 140.0, 130.0,
               130.0]
KAYRAKKUM_M3S = [550.0, 500.0, 300.0, 250.0, 350.0, 500.0, 650.0, 600.0, 300.0, 350.0, 550.0,
                 600.0]
SHARDARA_M3S = [350.0, 350.0, 400.0, 400.0, 450.0, 650.0, 650.0, 600.0, 500.0, 300.0, 350.0,
                350.0]


def reservoirs() -> list[ReservoirNode]:
    out: list[ReservoirNode] = []

    # --- Toktogul (KG, Naryn) -----------------------------------------------------------
    lav = toktogul_lav()
    out.append(ReservoirNode(
        id="toktogul", name="Toktogul", local_name="Токтогул", country="KG",
        capacity_mcm=19_500.0, dead_storage_mcm=5_500.0, initial_storage_mcm=13_000.0,
        lav=lav, evaporation_mm=mcm(EVAP_UPSTREAM),
        hydropower=HydropowerPlant(turbine_capacity_m3s=1_150.0, installed_mw=1_440.0,
                                   efficiency=0.88, tailwater_level_m=0.0)))
    src("nodes.toktogul.capacity_mcm", "cited", ["R01", "R04", "R05"], "19.5 km³ in all sources")
    src("nodes.toktogul.dead_storage_mcm", "cited", ["R03", "R09", "R10"],
        "5.5 km³ 'dead' (no generation, R03, R09); R10: generation impossible at 5.6 km³; "
        "experts call anything below 9 km³ critical (R10).")
    src("nodes.toktogul.initial_storage_mcm", "estimate", ["R77", "R74"],
        "1 Oct: 13.0 km³, the 1 October 2021 plan (R77). Consistent with 1 Jan ≈ 11.2 km³ "
        "(mean of 31 Dec 2020 and 2021, 12.301 and 10.153 km³, R74) plus the Oct-Dec "
        "drawdown of the energy-mode schedule.")
    src("nodes.toktogul.lav", "estimate", ["R07", "R08", "R04"],
        "Volume rows chosen; area from a power law A = a·V^b (b ≈ 0.49) through 214 km² at "
        "10.9 km³ (derived from a 14 cm / 30 hm³ daily rise, R08) and 284 km² at 19.5 km³ "
        "(R04); levels integrated (dh = dV/A) from the cited point 891.09 m ↔ 17 005 Mm³ "
        "(R07). Gives ≈ 836 m at dead storage and ≈ 900.2 m at full, close to the commonly "
        "quoted (unverified) 837 m and 900 m. Only 891.09 m is cited.")
    src("nodes.toktogul.evaporation_mm", "estimate", ["R56"],
        "900 mm/yr ≈ upstream potential ET 893 mm (R56) as a proxy; monthly split estimated.")
    src("nodes.toktogul.hydropower.installed_mw", "cited", ["R06", "R05", "R81"],
        "1 440 MW after the rehabilitation completed in Nov 2025 (R06); 1 200 MW originally "
        "(R05), 1 320 MW in 2024 (R81).")
    src("nodes.toktogul.hydropower.turbine_capacity_m3s", "estimate", [],
        "Not found. Installed power at the mean head: 1 440 MW / (9.81 × 0.88 × 145 m) ≈ "
        "1 150 m³/s.")
    src("nodes.toktogul.hydropower.efficiency", "estimate", [], "Generic overall efficiency.")
    src("nodes.toktogul.hydropower.tailwater_level_m", "estimate", ["R04"],
        "Chosen so that the mean net head of the median energy-mode year is the estimated "
        "design head 145 m (from 4 100 GWh/yr, R04, at ~11.8 km³/yr and η = 0.88; not "
        "found in sources). The lower Naryn cascade (Kurpsai etc.) is not modelled.")

    # --- Andijan / Kempir-Abad (UZ, Kara Darya) -------------------------------------------
    out.append(ReservoirNode(
        id="andijan", name="Andijan (Kempir-Abad)", local_name="Andijon suv ombori",
        country="UZ",
        capacity_mcm=1_900.0, dead_storage_mcm=150.0, initial_storage_mcm=310.0,
        lav=two_point_lav(150.0, 8.0, 1_900.0, 56.0, 905.0),
        evaporation_mm=mcm(EVAP_UPSTREAM),
        hydropower=HydropowerPlant(turbine_capacity_m3s=262.4, installed_mw=190.0,
                                   efficiency=0.88, tailwater_level_m=0.0)))
    src("nodes.andijan.capacity_mcm", "cited", ["R01", "R19"], "1.9 km³")
    src("nodes.andijan.dead_storage_mcm", "derived", ["R01", "R18"],
        "1.90 − 1.75 km³ useful volume (R01; de.wiki's 1 750 hm³ 'storage' is the useful "
        "volume).")
    src("nodes.andijan.initial_storage_mcm", "estimate", ["R76"],
        "≈ 0.31 km³ in the 2nd dekad of October 2020 (R76).")
    src("nodes.andijan.lav", "estimate", ["R19", "R18", "R20"],
        "Area 56 km² at full cited (R19, R18; 57.28 km² in R20); 8 km² at dead storage "
        "guessed; area linear in volume. No level found: the full supply level 905 m is an "
        "estimate (unverified) and the lower levels are integrated from it (≈ 71 m drawdown "
        "to dead storage, within the 98 m maximum depth). Only differences of level, i.e. "
        "the head, matter to the model.")
    src("nodes.andijan.evaporation_mm", "estimate", ["R56"], "Upstream potential ET proxy "
        "(900 mm/yr, R56).")
    src("nodes.andijan.hydropower.installed_mw", "cited", ["R18", "R20"],
        "Andijan-1 140 MW (4 × 35) + Andijan-2 50 MW (2 × 25).")
    src("nodes.andijan.hydropower.turbine_capacity_m3s", "derived", ["R19", "R18"],
        "192 m³/s (HPP-1) + 70.4 m³/s (HPP-2).")
    src("nodes.andijan.hydropower.efficiency", "estimate", [], "Generic overall efficiency.")
    src("nodes.andijan.hydropower.tailwater_level_m", "estimate", ["R18"],
        "Chosen so that the mean net head of the median energy-mode year is the design head "
        "83 m (HPP-1; 82 m HPP-2, R18).")

    # --- Charvak (UZ, Chirchik) ----------------------------------------------------------
    out.append(ReservoirNode(
        id="charvak", name="Charvak", local_name="Chorvoq suv ombori", country="UZ",
        capacity_mcm=2_006.0, dead_storage_mcm=426.0, initial_storage_mcm=1_200.0,
        lav=two_point_lav(426.0, 13.0, 2_006.0, 40.1, 890.0),
        evaporation_mm=mcm(EVAP_UPSTREAM),
        hydropower=HydropowerPlant(turbine_capacity_m3s=500.0, installed_mw=620.0,
                                   efficiency=0.88, tailwater_level_m=0.0)))
    src("nodes.charvak.capacity_mcm", "cited", ["R21", "R01"], "2 006 hm³ (ICWC: 2.05 km³).")
    src("nodes.charvak.dead_storage_mcm", "derived", ["R21"], "2 006 − 1 580 hm³ useful.")
    src("nodes.charvak.initial_storage_mcm", "estimate", ["R76"],
        "≈ 1.2 km³ in the 2nd dekad of October 2020 (R76).")
    src("nodes.charvak.lav", "estimate", ["R21"],
        "Area 40.1 km² at the maximum level cited (R21); 13 km² at dead storage guessed; "
        "area linear in volume. Full supply level 890 m is the commonly quoted value, not "
        "verified in the consulted sources (estimate); lower levels integrated from it.")
    src("nodes.charvak.evaporation_mm", "estimate", ["R56"], "Upstream potential ET proxy "
        "(900 mm/yr, R56).")
    src("nodes.charvak.hydropower.installed_mw", "cited", ["R22", "R21"],
        "600 MW design (4 × 150); 620 MW after upgrades.")
    src("nodes.charvak.hydropower.turbine_capacity_m3s", "cited", ["R21"],
        "Powerhouse flow 500 m³/s (spillway 2 400 m³/s).")
    src("nodes.charvak.hydropower.efficiency", "estimate", [], "Generic overall efficiency.")
    src("nodes.charvak.hydropower.tailwater_level_m", "estimate", ["R21", "R22"],
        "148 m is cited as the maximum/design head (R21, R22), so the tailwater is set 148 m "
        "below the full supply level (not 148 m below the mean level, which would overstate "
        "the 2 000 GWh/yr mean energy).")

    # --- Kayrakkum / Bahri Tojik (TJ, Syr Darya) ------------------------------------------
    out.append(ReservoirNode(
        id="kayrakkum", name="Kayrakkum (Bahri Tojik)", local_name="Қайроққум", country="TJ",
        capacity_mcm=3_418.0, dead_storage_mcm=868.0, initial_storage_mcm=2_300.0,
        lav=LevelAreaVolume(level_m=(340.5, 347.5), area_km2=(220.0, 513.0),
                            volume_mcm=(868.0, 3_418.0)),
        evaporation_mm=mcm(EVAP_KAYRAKKUM),
        hydropower=HydropowerPlant(turbine_capacity_m3s=960.0, installed_mw=174.0,
                                   efficiency=0.88, tailwater_level_m=0.0)))
    src("nodes.kayrakkum.capacity_mcm", "cited", ["R26", "R27", "R24"],
        "3 418 hm³ at NPU 347.50 m in the 1999 and 2000 UZ-TJ agreements (R26, R27): "
        "today's operating volume after siltation (≈ 1/3 lost by 2009, R24). Design "
        "4.03-4.2 km³ (R01, R23, R25).")
    src("nodes.kayrakkum.dead_storage_mcm", "derived", ["R26", "R01"],
        "3 418 − 2 550 hm³ active (R01).")
    src("nodes.kayrakkum.initial_storage_mcm", "estimate", ["R76"],
        "≈ 2.3 km³ in the 2nd dekad of October 2020 (R76).")
    src("nodes.kayrakkum.lav", "estimate", ["R26", "R23"],
        "347.50 m ↔ 3 418 hm³ cited (R26); 513 km² at full (R23; 523 km² in R24). Dead "
        "level 340.5 m = NPU − 7 m (level swings within 7 m, R23) and 220 km² there, chosen "
        "so that 7 m × mean area ≈ 2.55 km³: estimates.")
    src("nodes.kayrakkum.evaporation_mm", "estimate", ["R56"],
        "1 200 mm/yr, between upstream (893) and downstream (1 396 mm) potential ET (R56).")
    src("nodes.kayrakkum.hydropower.installed_mw", "cited", ["R29", "R28"],
        "174 MW after the EBRD rehabilitation (126 MW = 6 × 21 before).")
    src("nodes.kayrakkum.hydropower.turbine_capacity_m3s", "estimate", [],
        "Not found. 174 MW / (9.81 × 0.88 × 21 m) ≈ 960 m³/s.")
    src("nodes.kayrakkum.hydropower.efficiency", "estimate", [], "Generic overall efficiency.")
    src("nodes.kayrakkum.hydropower.tailwater_level_m", "estimate", ["R30"],
        "Chosen so that the mean net head of the median energy-mode year is 21 m, a head "
        "estimated from ~700 GWh/yr (R30); not found in sources.")

    # --- Shardara / Chardara (KZ, Syr Darya) ----------------------------------------------
    out.append(ReservoirNode(
        id="shardara", name="Shardara (Chardara)", local_name="Шардара", country="KZ",
        capacity_mcm=5_200.0, dead_storage_mcm=980.0, initial_storage_mcm=1_500.0,
        lav=two_point_lav(980.0, 300.0, 5_200.0, 783.0, 250.0),
        evaporation_mm=mcm(EVAP_SHARDARA),
        hydropower=HydropowerPlant(turbine_capacity_m3s=860.0, installed_mw=126.0,
                                   efficiency=0.88, tailwater_level_m=0.0)))
    src("nodes.shardara.capacity_mcm", "cited", ["R33", "R38", "R39"],
        "Design 5.2 km³ (R33, R38, R39). Operated up to 5.4 km³ (R01), critical maximum "
        "5.5 km³ (R33); wiki gives 5.7 km³ (R31, R32).")
    src("nodes.shardara.dead_storage_mcm", "cited", ["R34"], "Dead volume 980 hm³ (R34).")
    src("nodes.shardara.initial_storage_mcm", "estimate", ["R75", "R34"],
        "1 Oct: 1.5 km³, end of the irrigation season. 13 Dec 2017: 1.496 km³ while "
        "'intensively filling' (R75); in dry 2021 the season closed at 600 hm³ (R34).")
    src("nodes.shardara.lav", "estimate", ["R31", "R32"],
        "783 km² at full (R31; 900 km² in R32) and a water surface of about 250 m a.s.l. "
        "(R31) are cited; 300 km² at dead storage is a guess; area linear in volume and "
        "levels integrated down from 250 m at full (≈ 8.4 m drawdown; maximum depth 26 m, "
        "mean depth 6.3 m, R31): estimates.")
    src("nodes.shardara.evaporation_mm", "estimate", ["R56"],
        "1 400 mm/yr ≈ downstream potential ET 1 396 mm (R56).")
    src("nodes.shardara.hydropower.installed_mw", "cited", ["R36"],
        "126 MW (4 × 31.5) after the 2020 modernisation (100 MW before).")
    src("nodes.shardara.hydropower.turbine_capacity_m3s", "estimate", [],
        "Not found. 126 MW / (9.81 × 0.88 × 17 m) ≈ 860 m³/s.")
    src("nodes.shardara.hydropower.efficiency", "estimate", [], "Generic overall efficiency.")
    src("nodes.shardara.hydropower.tailwater_level_m", "estimate", ["R32", "R37"],
        "Chosen so that the mean net head of the median energy-mode year is 17 m (estimate; "
        "dam 28.5 m, R32; 480-537 GWh/yr, R36, R37).")

    for r in out:
        for name, note in (
            ("min_release_m3s", "No minimum release modelled (0): none found in the sources."),
            ("max_release_m3s", ("Unlimited: outlet capacities were not found; the release "
                                 "schedule and the downstream link capacity govern.")),
            ("flood_control_mcm", ("No flood-control curve: the capacity is the only upper "
                                   "bound.")),
            ("seepage_m3s", ("Seepage not modelled (0): no data; it is part of the calibrated "
                             "channel losses.")),
        ):
            src(f"nodes.{r.id}.{name}", "estimate", [], note)
    return out


# ======================================================================================
# 5. Irrigation zones (annual withdrawal at the head, km³, and monthly shares Jan-Dec)
# ======================================================================================
UPSTREAM_SHAPE = [0.02, 0.02, 0.04, 0.07, 0.12, 0.17, 0.20, 0.17, 0.09, 0.05, 0.03, 0.02]
"""Apr-Sep = 82 % with a July peak; consistent with Kayrakkum's summer schedule (Jun 500,
Jul 650, Aug 600, Sep 300 m³/s, R27). Estimate."""
RICE_SHAPE = [0.01, 0.01, 0.02, 0.08, 0.18, 0.22, 0.22, 0.16, 0.06, 0.02, 0.01, 0.01]
"""Kyzylorda rice, flooded May-Aug. Estimate."""

DEMANDS: dict[str, dict[str, Any]] = {
    "fergana": {
        "name": "Fergana Valley (UZ; also KG, TJ)",
        "detail": "UZ Andijan, Namangan and Fergana regions (main country); also KG Osh, "
                  "Jalal-Abad and Batken, TJ Sughd",
        "local_name": "Fargʻona vodiysi", "country": "UZ", "annual_km3": 11.5,
        "shape": UPSTREAM_SHAPE, "return_fraction": 0.25,
        "src_demand": ("estimate", ["R72", "R56", "R68", "R57"],
                       ("11.5 km³/yr at the head (estimate): ≈ 1.4 Mha (45 % of the basin's "
                        "3.12 Mha, R72, R56) at ≈ 8 200 m³/ha (cotton field application 8 120 "
                        "m³/ha, R68). ICWC vegetation-2025 limits (UZ 8.8, TJ 1.9, KG 0.27 km³, "
                        "R57) are a dry-year lower bound. Monthly shape estimated "
                        "(Apr-Sep 82 %).")),
        "src_return": ("derived", ["R01"],
                       ("≈ 0.25 from 6.7 km³ of reusable return water vs ≈ 25 km³ consumption in "
                        "the basin (R01).")),
    },
    "hungry_steppe": {
        "name": "Hungry Steppe (UZ; also KZ)",
        "detail": "Hungry (Golodnaya) and Jizzakh steppes, UZ Syrdarya and Jizzakh regions "
                  "(main country); also KZ Maktaaral via the Dustlik canal",
        "local_name": "Mirzachoʻl", "country": "UZ", "annual_km3": 7.0,
        "shape": UPSTREAM_SHAPE, "return_fraction": 0.25,
        "src_demand": ("estimate", ["R71", "R70", "R57", "R58"],
                       ("7.0 km³/yr (estimate, ≈ 8 300 m³/ha on ≈ 0.84 Mha: 300 + 115 th ha "
                        "Hungry Steppe and > 300 th ha Jizzakh steppe, R71; 125 th ha Maktaaral, "
                        "R70). KZ share via Dustlik: 0.909 km³ (veg. 2025, R57) + 0.487 km³ "
                        "(non-veg. 2023-24, R58). Monthly shape estimated.")),
        "src_return": ("estimate", ["R01"], "0.25, as the Fergana Valley (R01)."),
    },
    "tashkent": {
        "name": "Tashkent oasis (UZ; also KZ)",
        "detail": "Chirchik-Akhangaran irrigation, UZ Tashkent region (main country); also "
                  "the KZ Keles massif",
        "local_name": "Toshkent", "country": "UZ", "annual_km3": 4.5,
        "shape": UPSTREAM_SHAPE, "return_fraction": 0.35,
        "src_demand": ("estimate", ["R54"],
                       ("4.5 km³/yr (estimate): the Chirchik at its mouth (Chinaz, gauge 16275) "
                        "carries only ≈ 3.3 of the 6.5 km³ it brings to Charvak (R54), so "
                        "≈ 3-4.5 km³ is consumed in the oasis. Area not found. Monthly shape "
                        "estimated.")),
        "src_return": ("estimate", [], "0.35: irrigation and urban returns (estimate)."),
    },
    "south_kz": {
        "name": "South Kazakhstan (below Shardara)",
        "detail": "KZ Turkistan oblast below Shardara: Kyzylkum canal, Shardara and Otyrar "
                  "rice, Arys valley",
        "local_name": "Түркістан облысы", "country": "KZ", "annual_km3": 1.5,
        "shape": UPSTREAM_SHAPE, "return_fraction": 0.20,
        "src_demand": ("derived", ["R34", "R35", "R42"],
                       ("1.5 km³/yr ≈ 100 m³/s × 6 months; the Kyzylkum canal carries 30-100 "
                        "m³/s (R34, R35, R42). Monthly shape estimated.")),
        "src_return": ("estimate", [], "0.20 (estimate)."),
    },
    "kyzylorda": {
        "name": "Kyzylorda oblast",
        "detail": "KZ Kyzylorda oblast, mostly rice: the Kyzylorda and Kazalinsk "
                  "hydro-nodes",
        "local_name": "Қызылорда облысы", "country": "KZ", "annual_km3": 4.5,
        "shape": RICE_SHAPE, "return_fraction": 0.15,
        "src_demand": ("estimate", ["R69", "R73"],
                       ("4.5 km³/yr (estimate): ≈ 240 th ha irrigated, 180 th ha in rotation "
                        "(2017, R69), rice at up to ≈ 19 000 m³/ha; KZ says Turkistan + "
                        "Kyzylorda need 15 km³/yr but receive ≈ 12 km³ (R73). Monthly shape: rice "
                        "flooding May-Aug (estimate).")),
        "src_return": ("estimate", [], "0.15: drainage to delta lakes and the river (estimate)."),
    },
}


def demand_series(annual_km3: float, shape: Monthly) -> tuple[float, ...]:
    assert abs(sum(shape) - 1.0) < 1e-9
    return mcm([annual_km3 * 1000.0 * f for f in shape])


# ======================================================================================
# 6. Network
# ======================================================================================
JUNCTIONS: dict[str, dict[str, Any]] = {
    "uchkurgan": {"name": "Naryn below Uch-Kurgan", "local_name": "Uchqoʻrgʻon", "country": "UZ"},
    "syr_head": {"name": "Syr Darya head: Naryn and Kara Darya confluence (Namangan)",
                 "local_name": "Sirdaryo", "country": "UZ"},
    "bekabad": {"name": "Syr Darya below Kayrakkum (Bekabad, Hungry Steppe canals)",
                "local_name": "Bekobod", "country": "UZ"},
    "chirchik_tail": {"name": "Chirchik below Charvak (Tashkent canals)",
                      "local_name": "Chirchiq", "country": "UZ"},
    "chinaz": {"name": "Syr Darya at Chinaz: inflow to Shardara", "local_name": "Chinoz",
               "country": "UZ"},
    "shardara_tail": {"name": "Syr Darya below Shardara (Arys mouth)", "local_name": "Сырдария",
                      "country": "KZ"},
    "kyzylorda_weir": {"name": "Syr Darya at Kyzylorda hydro-node", "local_name": "Қызылорда",
                       "country": "KZ"},
}

SCHEMATIC: dict[str, tuple[float, float]] = {
    # the Naryn and the Syr Darya run down the middle, from the top
    "naryn": (700, 0), "toktogul": (700, 70), "uchkurgan": (700, 160),
    "syr_head": (700, 270), "kayrakkum": (700, 390), "bekabad": (700, 460),
    "chinaz": (700, 540), "shardara": (700, 620), "shardara_tail": (700, 690),
    "kyzylorda_weir": (700, 790), "kazalinsk": (700, 880), "north_aral": (700, 960),
    # tributaries on the left, the Kara Darya on the right
    "naryn_lateral": (850, 110), "kara_darya": (950, 170), "andijan": (950, 240),
    "fergana_rivers": (480, 210), "chirchik": (230, 300), "charvak": (230, 370),
    "chirchik_tail": (230, 440), "midsyr_tributaries": (420, 470), "arys": (430, 660),
    # irrigation zones beside their intakes; the outlets
    "fergana": (860, 320), "hungry_steppe": (860, 470), "tashkent": (90, 470),
    "south_kz": (880, 700), "kyzylorda": (880, 800),
    "arnasai": (900, 610), "large_aral": (480, 1000),
}
"""Where each node is drawn on the schematic (notional units, y downwards): the scenario's
layout."""

LOWER_REACHES = ("shardara_tail__kyzylorda_weir", "kyzylorda_weir__kazalinsk",
                 "kazalinsk__north_aral")
"""The lower-Syr channel links whose losses are calibrated (all below Shardara)."""
LOWER_BASE_LOSS = {
    "shardara_tail__kyzylorda_weir": 0.15,
    "kyzylorda_weir__kazalinsk": 0.12,
    "kazalinsk__north_aral": 0.05,
}
"""Prior losses (estimate, R01: in-channel losses below Chardara are part of the basin's
≈ 25 km³ consumption), scaled together by the calibration multiplier."""

# (from, to, loss_fraction, capacity_m3s, overflow, source of the loss/capacity)
LINKS: list[tuple[str, str, float | None, float | None, bool,
                  tuple[str, list[str], str] | None]] = [
    ("naryn", "toktogul", 0.0, None, False, None),
    ("toktogul", "uchkurgan", 0.0, None, False, None),
    ("naryn_lateral", "uchkurgan", 0.0, None, False, None),
    ("uchkurgan", "syr_head", 0.02, None, False,
     ("estimate", ["R01"], "Channel, seepage and evaporation loss (estimate).")),
    ("kara_darya", "andijan", 0.0, None, False, None),
    ("andijan", "syr_head", 0.02, None, False,
     ("estimate", ["R01"], "Channel, seepage and evaporation loss (estimate).")),
    ("fergana_rivers", "syr_head", 0.0, None, False, None),
    ("syr_head", "fergana", 0.0, None, False, None),
    ("fergana", "kayrakkum", 0.0, None, False, None),
    ("syr_head", "kayrakkum", 0.05, None, False,
     ("estimate", ["R01"], ("Channel, seepage and evaporation loss through the valley "
                            "(estimate)."))),
    ("kayrakkum", "bekabad", 0.0, None, False, None),
    ("bekabad", "hungry_steppe", 0.0, None, False, None),
    ("bekabad", "chinaz", 0.05, None, False,
     ("estimate", ["R01"], "Channel, seepage and evaporation loss (estimate).")),
    ("hungry_steppe", "chinaz", 0.0, None, False, None),
    ("chirchik", "charvak", 0.0, None, False, None),
    ("charvak", "chirchik_tail", 0.0, None, False, None),
    ("chirchik_tail", "tashkent", 0.0, None, False, None),
    ("chirchik_tail", "chinaz", 0.05, None, False,
     ("estimate", ["R01"], "Channel, seepage and evaporation loss (estimate).")),
    ("tashkent", "chinaz", 0.0, None, False, None),
    ("midsyr_tributaries", "chinaz", 0.0, None, False, None),
    ("chinaz", "shardara", 0.0, None, False, None),
    ("shardara", "shardara_tail", 0.0, 650.0, False,
     ("estimate", ["R39", "R45", "R35"],
      ("Capacity 650 m³/s: the safe winter flow of the lower Syr (ice jams in Kyzylorda "
       "oblast), the release held during the Feb 2005 alert (R39); 700 m³/s left in Feb 2019 "
       "with 350 of it into Koksaray (R45). Applied all year (the format has one capacity per "
       "link); summer releases stay below it. Koksaray's extra buffering is not modelled."))),
    ("shardara", "arnasai", 0.0, None, True,
     ("estimate", ["R35", "R40", "R31"],
      ("Overflow route: what exceeds the lower Syr's 650 m³/s goes to the Arnasai depression. "
       "Left unlimited: 350 m³/s on 2 Mar 2010 (R35), 1.8 km³ in 50 days (≈ 417 m³/s) in 2004 "
       "(R40), 21 km³ in Feb 1969 - Feb 1970 (R31)."))),
    ("shardara", "south_kz", 0.0, None, False, None),
    ("south_kz", "shardara_tail", 0.0, None, False, None),
    ("arys", "shardara_tail", 0.0, None, False, None),
    ("shardara_tail", "kyzylorda_weir", None, None, False, None),   # calibrated
    ("kyzylorda_weir", "kyzylorda", 0.10, None, False,
     ("estimate", ["R01"], ("Canal conveyance loss of the Kyzylorda systems (estimate); the "
                            "intake draws demand / (1 − loss) from the river."))),
    ("kyzylorda_weir", "kazalinsk", None, None, False, None),        # calibrated
    ("kyzylorda", "kazalinsk", 0.0, None, False, None),
    ("kazalinsk", "north_aral", None, None, False, None),            # calibrated
    ("north_aral", "large_aral", 0.0, None, False,
     ("cited", ["R63"], ("The lake's outflow over the Kokaral spillway; its 600 m³/s limit "
                         "is the lake's max_outflow_m3s."))),
]


def link_id(a: str, b: str) -> str:
    return f"{a}__{b}"


def lower_losses(multiplier: float) -> dict[str, float]:
    """Calibrated losses: each reach keeps the share (1 − base)^multiplier of its flow, so a
    single multiplier scales all three reaches and every loss stays in [0, 1)."""
    return {k: round(1.0 - (1.0 - v) ** multiplier, 4) for k, v in LOWER_BASE_LOSS.items()}


# ======================================================================================
# 7. Assembly
# ======================================================================================
NAME_ENERGY = "Syr Darya cascade: energy mode (present practice)"
NAME_IRRIGATION = "Syr Darya cascade: irrigation mode (1984 protocol)"
DESC_ENERGY = (
    "Default planning case for the Syr Darya cascade, October 2025 - September 2026, monthly. "
    "Toktogul is released in the post-1993 'energy mode' (winter-heavy, for Kyrgyz winter "
    "power); compare with the irrigation-mode scenario. Inflow sets: median year and dry "
    "year (P≈90%).")
DESC_IRRIGATION = (
    "The default Syr Darya case with Toktogul released by the Soviet 1984 protocol "
    "('irrigation mode': about 180 m³/s in Oct-Mar, 75% of the year's release in Apr-Sep). "
    "Everything else is identical to the energy-mode scenario.")


def build(multiplier: float, tailwater: dict[str, float] | None = None,
          toktogul_m3s: Monthly = TOKTOGUL_ENERGY_M3S, name: str = NAME_ENERGY,
          description: str = DESC_ENERGY, notes: str = "",
          loss_note: str = "(not yet calibrated).", mode: str = "energy") -> Scenario:
    """The energy-mode scenario (or, with another Toktogul schedule, name and ``mode``
    "irrigation", its twin)."""
    SOURCES.clear()
    nodes: list[Any] = []

    for nid, d in INFLOWS.items():
        nodes.append(InflowNode(id=nid, name=d["name"], local_name=d.get("local_name", ""),
                                country=d["country"],
                                inflow_mcm={"median": m3s_to_mcm(d["median"]),
                                            "dry": m3s_to_mcm(d["dry"])}))
        for set_name in ("median", "dry"):
            basis, refs, note = d[f"src_{set_name}"]
            src(f"nodes.{nid}.inflow_mcm.{set_name}", basis, refs,
                note + " Converted from monthly mean m³/s with the days of each month.")

    res = reservoirs()
    if tailwater:
        res = [replace(r, hydropower=replace(r.hydropower, tailwater_level_m=tailwater[r.id]))
               if r.hydropower is not None else r for r in res]
    nodes += res

    for nid, d in JUNCTIONS.items():
        nodes.append(JunctionNode(id=nid, **d))

    for nid, d in DEMANDS.items():
        nodes.append(DemandNode(id=nid, name=d["name"], local_name=d["local_name"],
                                country=d["country"],
                                demand_mcm=demand_series(d["annual_km3"], d["shape"]),
                                priority=1, return_fraction=d["return_fraction"]))
        basis, refs, note = d["src_demand"]
        src(f"nodes.{nid}.demand_mcm", basis, refs, f"Zone: {d['detail']}. {note}")
        basis, refs, note = d["src_return"]
        src(f"nodes.{nid}.return_fraction", basis, refs, note)
        src(f"nodes.{nid}.priority", "estimate", [],
            "All zones priority 1: each takes what reaches its intake, upstream first.")

    # ICWC supply to the North Aral: at least 30 m³/s in the vegetation season (R59).
    required = [0.0, 0.0, 0.0, 30.0, 30.0, 30.0, 30.0, 30.0, 30.0, 0.0, 0.0, 0.0]
    nodes.append(MinFlowNode(
        id="kazalinsk", name="Kazalinsk: ICWC Aral supply point",
        local_name="Қазалы", country="KZ",
        required_mcm=m3s_to_mcm(required)))
    src("nodes.kazalinsk.required_mcm", "cited", ["R59", "R58"],
        "ICWC: at least 30 m³/s to the North Aral in the vegetation season (997 hm³ in "
        "Apr-Sep 2024, R59). The non-vegetation target (1.6 km³ in 2023-24, R58) is a volume, "
        "not a minimum flow, and is not encoded (0 in Oct-Mar).")

    nodes.append(TerminalLakeNode(
        id="north_aral", name="North Aral Sea (Kokaral dike)",
        local_name="Кіші Арал теңізі", country="KZ",
        initial_storage_mcm=24_100.0,
        lav=LevelAreaVolume(level_m=(39.0, 42.0), area_km2=(2_400.0, 3_300.0),
                            volume_mcm=(16_000.0, 27_000.0)),
        evaporation_mm=mcm(EVAP_ARAL), precipitation_mm=mcm(PRECIP_ARAL),
        crest_level_m=42.0, max_outflow_m3s=600.0))
    src("nodes.north_aral.initial_storage_mcm", "cited", ["R60", "R59"],
        "24.1 km³ on 10 Sep 2025 (R60); 21.4 km³ in Jun 2024 (R59).")
    src("nodes.north_aral.lav", "derived", ["R61", "R65", "R62"],
        "42 m ↔ 27 km³ ↔ 3 300 km² cited (R61, R65); 39 m / 16 km³ / 2 400 km² derived by "
        "removing the 2005-06 gain after the dike (+3 m, +11 km³, +900 km², R62). The "
        "current survey table was not found.")
    src("nodes.north_aral.evaporation_mm", "derived", ["R66", "R67"],
        "≈ 1 000 mm/yr gross = (56 km³ inflow + 9.4 km³ precipitation) / 66 000 km², the "
        "pre-1960 Aral balance (R66, R67); monthly split estimated.")
    src("nodes.north_aral.precipitation_mm", "derived", ["R67", "R56"],
        "≈ 140 mm/yr = 9.4 km³ / 66 000 km² (R67), within the 100-150 mm downstream range "
        "(R56); monthly split estimated.")
    src("nodes.north_aral.crest_level_m", "cited", ["R63", "R64"],
        "Overflow at 42 m over the Kokaral dike (R63); fill target 42.2 m, crest 45.5 m.")
    src("nodes.north_aral.max_outflow_m3s", "cited", ["R63"],
        "Kokaral spillway, 9 openings, 600 m³/s (R63).")

    nodes.append(SinkNode(id="arnasai", name="Arnasai depression (Aydarkul)",
                          local_name="Arnasoy", country="UZ"))
    nodes.append(SinkNode(id="large_aral", name="Large Aral Sea (beyond Kokaral)",
                          local_name="Үлкен Арал теңізі", country=""))

    losses = lower_losses(multiplier)
    links: list[Link] = []
    for a, b, loss, cap, overflow, source in LINKS:
        lid = link_id(a, b)
        if loss is None:
            loss = losses[lid]
        links.append(Link(id=lid, source=a, target=b, loss_fraction=loss, capacity_m3s=cap,
                          overflow=overflow))
        if lid in losses:
            pass  # the loss is sourced by the calibration (below)
        elif source is not None:
            basis, refs, note = source
            key = "capacity_m3s" if cap is not None else "loss_fraction"
            src(f"links.{lid}.{key}", basis, refs, note)
            if cap is not None:
                src(f"links.{lid}.loss_fraction", "estimate", [],
                    "No loss on this short link (estimate).")
        else:
            src(f"links.{lid}.loss_fraction", "estimate", [],
                "No loss modelled on this link (estimate): source, intake or return path, or "
                "a reach whose losses are lumped into the next one.")
        if cap is None:
            src(f"links.{lid}.capacity_m3s", "estimate", [],
                "Unlimited: no capacity found that binds at a monthly step.")
        src(f"links.{lid}.travel_time_periods", "estimate", [],
            "0: travel times are days to two weeks, shorter than the monthly step.")
        src(f"links.{lid}.initial_flow_m3s", "estimate", [],
            "0: with no travel time nothing is in transit at the start.")
    for lid in LOWER_REACHES:
        src(f"links.{lid}.loss_fraction", "estimate", ["R59", "R01"],
            f"Calibrated to {losses[lid]:g}: {loss_note} Prior before calibration: "
            f"{LOWER_BASE_LOSS[lid]} "
            "(channel, seepage and evaporation losses below Chardara, part of the basin's "
            "≈ 25 km³ consumption, R01).")

    schedules = {
        "toktogul": m3s_to_mcm(toktogul_m3s),
        "andijan": m3s_to_mcm(ANDIJAN_M3S),
        "charvak": m3s_to_mcm(CHARVAK_M3S),
        "kayrakkum": m3s_to_mcm(KAYRAKKUM_M3S),
        "shardara": m3s_to_mcm(SHARDARA_M3S),
    }
    if toktogul_m3s is TOKTOGUL_ENERGY_M3S:
        src("release_schedules.toktogul", "estimate", ["R44", "R74", "R75"],
            "Energy mode (present practice): shape fitted to reported daily releases - Nov "
            "590, Dec 490-588, mid-Apr 118-133, May 127-365, Jun 316-433, Aug 309-416, Sep "
            "262-280 m³/s (R74, R75); winter volumes ≈ 2.5 × the Soviet regime (R44); "
            "scaled to 11.8 km³/yr.")
    else:
        src("release_schedules.toktogul", "derived", ["R46"],
            "Irrigation mode (Soviet 1984 protocol): Oct-Mar 180 m³/s, ≤ 25 % of the year "
            "(cited, R46); Apr-Sep carry the rest of 11.8 km³ in the irrigation-demand shape "
            "(estimate).")
    src("release_schedules.andijan", "estimate", ["R19"],
        "Written for this scenario: winter flow for power, the Apr-Jun flood stored and "
        "released Jun-Aug for the Fergana Valley (R19: irrigation of ≈ 300 th ha); keeps "
        "the reservoir within its bounds in the median year.")
    src("release_schedules.charvak", "estimate", ["R21"],
        "Written for this scenario: winter releases for power, summer releases for the "
        "Tashkent oasis; keeps Charvak within its bounds in the median year.")
    src("release_schedules.kayrakkum", "estimate", ["R27", "R26"],
        "Jun 500, Jul 650, Aug 600, Sep 300 m³/s at Kzylkishlak (2000 UZ-TJ agreement, R27); "
        "filled towards 3 418 hm³ by 31 May (R26, R27) by holding back in Mar-May; winter "
        "months pass the inflow through (estimate).")
    src("release_schedules.shardara", "estimate", ["R39", "R34"],
        "Written for this scenario: winter releases at or below the lower Syr's 650 m³/s "
        "(R39) so the reservoir fills by spring; summer releases for South Kazakhstan, "
        "Kyzylorda and the Aral; the storage is drawn down towards its dead volume by the "
        "end of September (R34).")

    return Scenario(
        metadata=Metadata(name=name, description=description,
                          author="WaterPlanner developers",
                          organisation="", notes=notes,
                          references=used_references(SOURCES, notes),
                          sources=dict(sorted(SOURCES.items()))),
        time=TIME,
        inflow_sets=(
            InflowSet(name="median", label="Median year",
                      description="The research notes' typical year: basin flow formation "
                      "37.2 km³ (R49)."),
            InflowSet(name="dry", label="Dry year (P≈90%)",
                      description="Each inflow at about its 90 % exceedance value: basin "
                      "flow formation ≈ 24.0 km³ (R49; Chirchik 1986, R54)."),
        ),
        nodes=tuple(nodes),
        links=tuple(links),
        release_schedules=schedules,
        extensions={"optimisation": optimisation_section(mode)},
        layout=Layout({n.id: SCHEMATIC[n.id] for n in nodes}),
    )


# ======================================================================================
# 7b. The optimiser's objective in each mode
# ======================================================================================
KG_WINTER_MWH_WEIGHT = 1e-3
"""Energy mode: one GWh of Kyrgyz winter energy weighs like one Mm³ of irrigation shortfall
(estimate). A Mm³ released through Toktogul makes about 0.35 GWh, so a Mm³ that reaches a
field still weighs more than the winter energy it could have made: the optimiser moves
Toktogul's water into winter only where Kayrakkum and Shardara can hold it for summer."""
TOKTOGUL_RAMP_M3S = 350.0
"""Largest month-to-month change of Toktogul's release the optimiser may propose: both
written schedules change by at most 314 m³/s from one month to the next (estimate)."""
TOKTOGUL_MIN_WINTER_M3S = 180.0
"""Toktogul's winter (Oct-Mar) release is at least the 1984 protocol's ≈ 180 m³/s (R46)."""
TOKTOGUL_MIN_SUMMER_M3S = 100.0
"""Toktogul's summer release is at least 100 m³/s, below the lowest reported (118 m³/s in
mid-April, R74) (estimate)."""
TOKTOGUL_OPERATING_MIN_MCM = 7_000.0
"""Toktogul is not drawn below 7 km³ (1.5 km³ above its dead storage) by a proposed schedule
(estimate); soft, at 10 Mm³ of shortfall per Mm³ below."""
ARAL_TARGET_WEIGHT = 0.5
"""Irrigation mode: each Mm³ the North Aral receives below its observed mean inflow (R59)
weighs half a Mm³ of irrigation shortfall (estimate): the 1984 protocol serves the fields
first and the sea with what is left."""


def optimisation_section(mode: str) -> dict[str, Any]:
    """The ``optimisation`` section of each mode: its own objective, and the optimiser's
    protective defaults (soft carry-over, regularisation) left as they are."""
    from waterplanner.model.objectives import (
        Energy,
        LakeInflow,
        MinFlowDeficit,
        Objective,
        OperatingMinimum,
        OptimisationSpec,
        Ramping,
        ReleaseBounds,
        Shortfall,
    )
    from waterplanner.model.objectives_document import spec_to_document
    constraints = (
        Ramping(reservoir="toktogul", max_change_m3s=TOKTOGUL_RAMP_M3S),
        ReleaseBounds(name="toktogul_min_release_winter", reservoir="toktogul",
                      min_m3s=TOKTOGUL_MIN_WINTER_M3S, season="winter"),
        ReleaseBounds(name="toktogul_min_release_summer", reservoir="toktogul",
                      min_m3s=TOKTOGUL_MIN_SUMMER_M3S, season="summer"),
        OperatingMinimum(reservoir="toktogul", min_mcm=TOKTOGUL_OPERATING_MIN_MCM, hard=False,
                         penalty=10.0))
    objectives: tuple[Objective, ...]
    if mode == "energy":
        objectives = (Shortfall(), MinFlowDeficit(),
                      Energy(name="kg_winter_energy", country="KG", season="winter",
                             weight=KG_WINTER_MWH_WEIGHT))
        why = ("Energy mode: irrigation shortfall and minimum-flow deficits (Mm³), and "
               "Kyrgyzstan's winter (Oct-Mar) energy at 1 Mm³ per GWh (estimate), the "
               "upstream interest of present practice.")
    else:
        objectives = (Shortfall(), MinFlowDeficit(),
                      LakeInflow(name="north_aral_target", lake="north_aral",
                                 target_mcm=TARGET_ARAL_MCM, weight=ARAL_TARGET_WEIGHT))
        why = ("Irrigation mode: irrigation shortfall and minimum-flow deficits (Mm³), and the "
               "North Aral's inflow deficit below the observed 2005-2024 mean of 2.45 km³ "
               "(R59) at half a Mm³ per Mm³ (estimate), the downstream interests of the 1984 "
               "protocol.")
    notes = (why + " Requirements (both modes): Toktogul's release changes by at most 350 "
             "m³/s from month to month (estimate), is at least 180 m³/s in winter (1984 "
             "protocol, R46) and 100 m³/s in summer (below the lowest reported, R74), and "
             "its storage stays above 7 km³ (soft, estimate). Both modes keep the "
             "optimiser's defaults: soft carry-over (each reservoir should end the year at "
             "least at its start storage, unless its written schedule already ends it "
             "lower) and a regularisation towards the written schedule.")
    return spec_to_document(OptimisationSpec(objectives=objectives, constraints=constraints,
                                             extras={"notes": notes}))


# ======================================================================================
# 8. Calibration of the lower-Syr losses
# ======================================================================================
TARGET_ARAL_MCM = 2_450.0
"""Observed mean inflow to the North Aral since Kokaral was commissioned: 46.6 km³ from 2005
to June 2024 ≈ 2.45 km³/yr (R59); the last seven years ≈ 1.9 km³/yr."""
OBSERVED_RANGE_MCM = (2_000.0, 2_900.0)


def _simulate(scenario: Scenario, inflow_set: str) -> Any:
    try:
        from waterplanner.engine import simulate
    except ImportError:  # engine package without a re-export
        from waterplanner.engine.simulate import simulate
    return simulate(scenario, inflow_set=inflow_set)


def aral_inflow(scenario: Scenario, inflow_set: str = "median") -> float:
    """Inflow to the North Aral over the year (Mm³)."""
    res = _simulate(scenario, inflow_set)
    return float(np.sum(res.series("inflow_mcm", "north_aral")))


def calibrate() -> tuple[float, float, int]:
    """Bisection on the loss multiplier so the median energy-mode year sends
    ``TARGET_ARAL_MCM`` to the North Aral. Returns (multiplier, achieved Mm³, iterations)."""
    lo, hi = 0.0, 1.0
    while aral_inflow(build(hi)) > TARGET_ARAL_MCM:
        lo, hi = hi, hi * 2.0
        if hi > 64:
            raise RuntimeError("no loss multiplier brings the North Aral inflow to the target")
    if aral_inflow(build(lo)) < TARGET_ARAL_MCM:
        raise RuntimeError("even without lower-Syr losses the North Aral inflow is below "
                           "the target: the demands or schedules need revisiting")
    it = 0
    for it in range(1, 61):
        mid = 0.5 * (lo + hi)
        if aral_inflow(build(mid)) > TARGET_ARAL_MCM:
            lo = mid
        else:
            hi = mid
        if hi - lo < 1e-6:
            break
    m = round(0.5 * (lo + hi), 4)
    return m, aral_inflow(build(m)), it


DESIGN_HEAD_M = {"toktogul": 145.0, "andijan": 83.0, "kayrakkum": 21.0, "shardara": 17.0}
"""Mean net heads to reproduce (README §1c): Toktogul, Kayrakkum and Shardara estimated,
Andijan cited (R18)."""
CHARVAK_MAX_HEAD_M = 148.0
"""Charvak: 148 m is cited as the maximum/design head (R21, R22): head at full supply."""


def tailwater_levels(scenario: Scenario) -> dict[str, float]:
    """Tailwater so that the mean net head of the median energy-mode year equals the design
    head (the net head uses the level at the mean of start and end storage of a period)."""
    res = _simulate(scenario, "median")
    out: dict[str, float] = {}
    for r in scenario.reservoirs:
        if r.id == "charvak":
            out[r.id] = round(r.lav.level_m[-1] - CHARVAK_MAX_HEAD_M, 1)
            continue
        s = res.storage_with_initial(r.id)
        mean_level = float(np.mean(r.lav.level_at(0.5 * (s[:-1] + s[1:]))))
        out[r.id] = round(mean_level - DESIGN_HEAD_M[r.id], 1)
    return out


# ======================================================================================
# 9. Headline numbers (for the notes, the docs and the tests)
# ======================================================================================
def headline(scenario: Scenario, inflow_set: str) -> dict[str, float]:
    res = _simulate(scenario, inflow_set)

    def total(q: str, nid: str) -> float:
        return float(np.sum(res.series(q, nid))) / 1000.0

    tok = res.storage_with_initial("toktogul")
    out = {
        "north_aral_inflow_km3": total("inflow_mcm", "north_aral"),
        "arnasai_km3": total("inflow_mcm", "arnasai"),
        "large_aral_km3": total("inflow_mcm", "large_aral"),
        "toktogul_min_km3": float(np.min(tok)) / 1000.0,
        "toktogul_end_km3": float(tok[-1]) / 1000.0,
        "aral_min_flow_deficit_km3": total("min_flow_deficit_mcm", "kazalinsk"),
        "toktogul_energy_gwh": float(np.sum(res.series("energy_mwh", "toktogul"))) / 1000.0,
    }
    for d in DEMANDS:
        out[f"shortfall_{d}_km3"] = total("shortfall_mcm", d)
    return out


def _fmt_headline(h: dict[str, float]) -> str:
    short = ", ".join(f"{d.replace('_', ' ')} {h[f'shortfall_{d}_km3']:.2f}" for d in DEMANDS)
    return (f"North Aral inflow {h['north_aral_inflow_km3']:.2f} km³, Arnasai "
            f"{h['arnasai_km3']:.2f} km³, spill to the Large Aral {h['large_aral_km3']:.2f} "
            f"km³; Toktogul min {h['toktogul_min_km3']:.2f} / end {h['toktogul_end_km3']:.2f} "
            f"km³, {h['toktogul_energy_gwh']:.0f} GWh; Aral minimum-flow deficit "
            f"{h['aral_min_flow_deficit_km3']:.2f} km³; shortfalls (km³): {short}.")


def notes_text(multiplier: float, losses: dict[str, float], achieved: float,
               results: dict[str, dict[str, float]]) -> str:
    loss_list = "; ".join(f"{k.replace('__', ' → ')} {v:.4f}" for k, v in losses.items())
    return "\n".join([
        ("Built by packaging/build_default_scenarios.py from the public data collected in the "
         "Syr Darya research notes (draft 0.1); every number has an entry in "
         "metadata.sources with its basis (cited / derived / estimate) and reference codes."),
        "",
        ("CALIBRATED: the channel losses of the three lower-Syr reaches below Shardara "
         f"({loss_list}). They scale together, loss = 1 − (1 − prior)^m, and m = "
         f"{multiplier:g} was found by bisection so that the median year in energy mode sends "
         f"{achieved / 1000:.2f} km³ to the North Aral: the observed mean since Kokaral was "
         "commissioned, 46.6 km³ in 2005 - June 2024 ≈ 2.45 km³/yr (R59; the last seven years "
         "≈ 1.9 km³/yr). The uncalibrated research network's rough balance gave ≈ 4.7 km³. The "
         "losses therefore also stand for unmetered withdrawals, delta lakes and "
         "evaporation along the lower river."),
        "",
        "RESULTS (one water year, Oct 2025 - Sep 2026):",
        f"- energy mode, median year: {_fmt_headline(results['energy/median'])}",
        f"- energy mode, dry year: {_fmt_headline(results['energy/dry'])}",
        f"- irrigation mode, median year: {_fmt_headline(results['irrigation/median'])}",
        f"- irrigation mode, dry year: {_fmt_headline(results['irrigation/dry'])}",
        "",
        ("ESTIMATED (basis 'estimate' in metadata.sources): the monthly shapes of all inflows "
         "except the Chirchik; the annual withdrawals and monthly shapes of the five "
         "irrigation zones; return fractions except Fergana's; evaporation depths (potential "
         "ET as a proxy); every level column except Toktogul's 891.09 m, Kayrakkum's 347.5 m "
         "and the North Aral's 42 m (Toktogul's levels are integrated from its area curve; "
         "the full supply levels of Andijan (905 m) and Charvak (890 m) are unverified); the "
         "areas at dead storage; initial storages (October values of 2020 and plans); the "
         "tailwater levels (set so that the mean head equals the design head) and the turbine "
         "capacities of Toktogul, Kayrakkum and Shardara; the release schedules of Andijan, "
         "Charvak, Kayrakkum (outside the treaty's Jun-Sep values) and Shardara, and the "
         "energy-mode Toktogul schedule's shape; the 650 m³/s capacity of the lower Syr "
         "below Shardara."),
        "",
        ("TOKTOGUL: the two scenarios differ only in Toktogul's release schedule (and their "
         "name and description). Energy mode: shape fitted to reported daily releases (R74, "
         "R75), winter volumes ≈ 2.5 × the Soviet regime (R44). Irrigation mode: the 1984 "
         "protocol, ≈ 180 m³/s in Oct-Mar and ≥ 75 % of the release in Apr-Sep (R46). Both "
         "release 11.8 km³ in the year. The other reservoirs keep the same schedules in both, "
         "so in irrigation mode Kayrakkum runs empty in winter and spills in early summer, "
         "and Shardara stores less: a planner would adapt those schedules too."),
        "",
        ("SIMPLIFIED: the lower Naryn cascade (Kurpsai, Tash-Kumyr, Shamaldy-Sai, Uch-Kurgan) "
         "is not modelled: it passes Toktogul's release on within the month and its energy is "
         "not computed. The Koksaray counter-regulator (3 km³, off-channel, R41-R43) is left "
         "out: its fill-and-return loop would form a cycle, and putting it in line would send "
         "the whole lower Syr through a reservoir whose dead storage and areas are all "
         "guessed. Winter water that the lower Syr cannot carry (above 650 m³/s) goes to "
         "Arnasai instead, as before Koksaray was built. Reservoirs follow fixed monthly "
         "schedules: the agreements' operating rules (Kayrakkum's fill by 31 May, the KZ-UZ 12 km³ sharing at "
         "Shardara, ICWC limits, water-for-energy exchanges) are not encoded as rules. Zones "
         "spanning countries are given to their main country (see their names). Demands are "
         "the same in both inflow sets. The lower Syr's 650 m³/s winter limit applies all "
         "year. The ICWC Aral supply is a minimum-flow point at Kazalinsk that reports "
         "deficits; no demand is cut for it. Travel times are zero at the monthly step."),
    ])


# ======================================================================================
# 10. References (codes of the research notes; only those used are written to the files)
# ======================================================================================
REFERENCES: dict[str, tuple[str, str]] = {
    "R01": ("ICWC – Basin Water Organization Syrdarya",
            "http://mail.icwc-aral.uz/bwosyr.htm"),
    "R02": ("CAWater-info – Syrdarya river basin morphology",
            "http://www.cawater-info.net/syrdarya/geo_e.htm"),
    "R03": ("central-asia.live – Toktogul Reservoir",
            "https://central-asia.live/place/toktogul-reservoir/"),
    "R04": ("Wikipedia (de) Toktogul-Talsperre (mirror)",
            "https://wap.bdmobi.com/view_html.php?lang=de&q=Toktogul-Talsperre"),
    "R05": ("NS Energy – Toktogul HPP rehabilitation",
            "https://www.nsenergybusiness.com/projects/toktogul-hydropower-plant-rehabilitation/"),
    "R06": ("Fergana.media – Toktogul reconstruction completed (1440 MW)",
            "https://en.fergana.media/news/143041"),
    "R07": ("Energy Holding KG – 891.09 m / 17.005 km³ (2 Sep 2016)",
            "http://energyholding.kg/content/articles_view/460"),
    "R08": ("24.kg – +30 hm³ (14 cm) in 24 h",
            "https://24.kg/english/197865__Volume_of_water_in_Toktogul_reservoir_grows_by_30_mln_cubic_meters_for_24_hours/"),
    "R09": ("Asia-Plus/Eurasianet – Toktogul refill (2022)",
            "https://asiaplustj.info/en/news/centralasia/20220215/kyrgyzstan-struggling-to-refill-toktogul-reservoir"),
    "R10": ("novosti.kg – critical < 9 km³, no generation at 5.6",
            "https://novosti.kg/kg/toktogul-suu-saktagychynda-k-rs-tk-ch-11-milliarddan-t-m-nd-d/"),
    "R11": ("24.kg – Toktogul on 1 April, 2006–2013",
            "https://24.kg/obschestvo/363300_skolko_vodyi_byilo_vtoktogulskom_vodohranilische_na1aprelya_vraznyie_godyi/"),
    "R12": ("Wikipedia (de) Kurpsai-Talsperre (mirror)",
            "https://wikipedia.jakami.de/content/wikipedia_de_all_mini_2023-10/A/Kurpsai-Talsperre"),
    "R13": ("foto.kg – Tash-Kumyr HPP construction",
            "http://foto.kg/galereya/3905-stroitelstvo-tash-kumyrskoy-ges.html"),
    "R14": ("Wikipedia (ru) Shamaldy-Sai HPP (wikizero)",
            "https://wikizero.com/index.php/Ru/Шамалды-Сайская_ГЭС"),
    "R15": ("Hydroproject (UZ) – history",
            "http://eski.gidroproekt.uz/index.php/en/about-the-institute/history-of-the-institute/stages-of-development-of-jsc-hydroproject?start=1"),
    "R16": ("24.kg – Cabinet energy report (Uch-Korgon 45→54 MW)",
            "https://24.kg/english/341641_Cabinet_of_Kyrgyzstan_reports_on_work_done_in_energy_sector/"),
    "R17": ("Uzbek encyclopedia – Uchqo'rg'on gidrouzeli",
            "https://megabaza.net/tag/uchqo%ca%bbrg%ca%bbon-gidrouzeli"),
    "R18": ("Wikipedia (uz) Andijon GES",
            "https://uz.wikipedia.org/wiki/Andijon_GES"),
    "R19": ("Wikipedia (uz) Andijon suv ombori",
            "https://uz.m.wikipedia.org/wiki/Andijon_suv_ombori"),
    "R20": ("Andijan Dam (alchetron/en.wiki)",
            "https://alchetron.com/Andijan-Dam"),
    "R21": ("Orexca – Charvak HPS",
            "https://www.orexca.com/uzbekistan/charvak/charvak-power-station.htm"),
    "R22": ("Wikipedia (ru) Charvak HPP (wiki-org)",
            "http://wiki-org.ru/wiki/Чарвакская_ГЭС"),
    "R23": ("Great Soviet Encyclopedia – Kairakkum reservoir",
            "http://oval.ru/enc/31236.html"),
    "R24": ("Kayrakkum Reservoir (piglix/en.wiki)",
            "http://piglix.com/piglix/Kayrakum_Reservoir"),
    "R25": ("Silk Road Adventures – Kairakkum reservoir",
            "https://silkadv.com/en/content/kairakkum-reservoir"),
    "R26": ("IEA DB – UZ–TJ agreement 1999 (Kairakkum)",
            "https://iea.uoregon.edu/treaty-text/4841"),
    "R27": ("IEA DB – UZ–TJ agreement 2000 (Kairakkum)",
            "https://iea.uoregon.edu/treaty-text/4842"),
    "R28": ("HydroReview – Qairokkum 126 MW rehab",
            "https://www.hydroreview.com/business-finance/us-88-million-in-funds-awarded-to-rehabilitate-126-mw-qairokkum-hydro-plant-in-tajikistan/"),
    "R29": ("Asian Power – Qairokkum completed, 174 MW",
            "https://asian-power.com/indonesian/node/514588548"),
    "R30": ("Business News Today – Qairokkum ~700 GWh",
            "https://business-news-today.com/ebrd-green-climate-fund-support-qairokkum-hydropower-plant-rehabilitation/"),
    "R31": ("Wikipedia (ru) Shardara reservoir (mirrors)",
            "https://geo.wikisort.org/reservoir/ru/Водоём/Шардаринское_водохранилище ; https://perceptiopl.com/Шардаринское_водохранилище"),
    "R32": ("Chardara Dam (en.wiki 2017 mirror)",
            "http://the-uncensored-wiki.com:20171/2017-wikipedia_en_all_novid_2017-08/A/Chardara_Dam.html"),
    "R33": ("Kazakhstan Today, 31.03.2008",
            "https://www.kt.kz/rus/society/napolnenie_shardarinskogo_vodohranilishta_idet_medlenno_1153443748.html"),
    "R34": ("EECCA water portal, 20.08.2021",
            "http://www.eecca-water.net/content/view/26906/51/lang,russian"),
    "R35": ("Kazakhstan Today, 02.03.2010",
            "https://kt.kz/rus/society/shardarinskoe_vodohranilishte_v_juko_zapolneno_1153511453.html"),
    "R36": ("KASE – Shardara HPP modernised (2020)",
            "https://kase.kz/en/news/show/1443606/"),
    "R37": ("Samruk-Energy – Shardarinskaya HPP",
            "https://samruk-energy.kz/en/company/group-of-companies/ao-shardarinskaya-ges"),
    "R38": ("ANDRITZ Hydro News 25",
            "https://www.andritz.com/hydro-en/hydronews/25/hy-news-25-14-shardarinskaya-hydro"),
    "R39": ("IRIN/plusnews, 8 Feb 2005",
            "https://www.plusnews.org/print.asp?ReportID=45455"),
    "R40": ("Down To Earth – Danger averted",
            "https://www.downtoearth.org.in/news/danger-averted-9233"),
    "R41": ("Kazselezashchita – Koksarai counter-regulator",
            "http://xn--80afgiek1ajkgbp1l.kz/eng/node/2663"),
    "R42": ("Caravan.kz – Koksaray filled",
            "https://caravan.kz/amp/news/zaversheno-zapolnenie-koksarajjskogo-vodokhranilishha-294645"),
    "R43": ("Gazeta.kz/Kazinform, 27.02.2012",
            "http://engnews.gazeta.kz/art.asp?aid=358336"),
    "R44": ("Oreanda, 07.04.2008",
            "https://www.oreanda.ru/en/promyshlennost/article293106/"),
    "R45": ("Yujanka.kz, 20.02.2019",
            "https://yujanka.kz/30494-2/"),
    "R46": ("ENVSEC/UNEP \"Environment and Security\", p. 22",
            "https://grid.cld.bz/Environment-and-Security/22/"),
    "R47": ("IEA DB – 1998 Syr Darya agreement",
            "https://www.iea.ulaval.ca/en/treaty-text/4763"),
    "R48": ("World Bank 2004 – Water Energy Nexus in Central Asia",
            "http://documents.worldbank.org/curated/pt/122241468232522184/text/338780ENGLISH0Water1Energy1Nexus.txt"),
    "R49": ("ICWC IWRM-Fergana – water situation, Table 1",
            "http://iwrm.icwc-aral.uz/situation_en.htm"),
    "R50": ("Ecosan (uzbekistan.be) – Toktogul analysis",
            "http://uzbekistan.be/Aral/04.html"),
    "R51": ("CAWater-info Yearbook 2023",
            "http://cawater-info.net/yearbook/2023/02_yearbook2023_en.htm"),
    "R52": ("CAWater-info Yearbook 2021",
            "http://cawater-info.net/yearbook/2021/02_yearbook2021_en.htm"),
    "R53": ("CAWater-info Yearbook 2024",
            "http://www.cawater-info.net/yearbook/2024/02_yearbook2024_en.htm"),
    "R54": ("hydrosolutions/riversCentralAsia (GPL-3), data_ChirchikRiver",
            "https://github.com/hydrosolutions/riversCentralAsia"),
    "R55": ("Naryn (river), Wikipedia",
            "https://en.wikipedia-on-ipfs.org/wiki/Naryn_(river)"),
    "R56": ("Bissenbayeva et al., Syr Darya runoff 1930–2015 (ChinaXiv 202101.00074)",
            "github: DreamBlooms/ChinaXiv-201601-to-202209, md/ChinaXiv-202101.00074V1.md"),
    "R57": ("AsiaFocus – ICWC allocations (veg. 2025)",
            "https://asiafocus.kz/?p=1677"),
    "R58": ("Insider.kz – 85th ICWC",
            "https://insider-kz.com/novosti/item/201666-kazahstan-tadzhikistan-turkmenistan-i-uzbekistan-utverdili-limity-po-vodozaboru"),
    "R59": ("Astana Times, June 2024 – Northern Aral 21.4 km³",
            "https://astanatimes.com/2024/06/water-volume-rises-in-northern-aral-sea-hits-21-4-billion-cubic-meters"),
    "R60": ("Qazinform, 10 Sep 2025 – Northern Aral 24.1 km³",
            "https://qazinform.com/news/water-level-in-northern-aral-sea-rises-up-to-241-bln-cu-m-049cc6"),
    "R61": ("Aral Sea, Wikipedia infobox (2020 mirror)",
            "https://a.osmarks.net/content/wikipedia_en_all_maxi_2020-08/A/Aral_Sea"),
    "R62": ("memim – North Aral Sea",
            "https://memim.com/north-aral-sea.html"),
    "R63": ("Wikipedia (ru) Kokaral dam (perceptiode)",
            "https://perceptiode.com/Кокаральская_плотина"),
    "R64": ("Silk Road Adventures – Small Aral Sea",
            "https://www.silkadv.com/en/content/small-aral-sea"),
    "R65": ("Wild Ticket Asia – North (Small) Aral Sea",
            "https://wildticketasia.com/475-north-small-aral-sea-in-kazakhstan.html"),
    "R66": ("ours-nature encyclopedia – Aral Sea",
            "http://ours-nature.ru/baza-znaniy/item/113"),
    "R67": ("\"Changes in water volume of the Aral Sea after 1960\" (abstract)",
            "https://discovery.researcher.life/article/changes-in-water-volume-of-the-aral-sea-after-1960/1dad77b666443f1f821327e93a631060"),
    "R68": ("Reddy et al. 2012 – cotton water productivity, Fergana",
            "https://vdocuments.us/analysis-of-cotton-water-productivity-in-fergana-valley-of-central.html"),
    "R69": ("PM of Kazakhstan press, 28 Jun 2017 (Kyzylorda)",
            "http://prs.kz/press/25827/"),
    "R70": ("Caravan.kz – 2008 drought, Maktaaral",
            "https://caravan.kz/?p=52149"),
    "R71": ("ICWC tourism pages – Hunger / Jizzakh steppe",
            "http://tc.icwc-aral.uz/info/tourism/samarkand2.html ; …/samarkand5.html"),
    "R72": ("svom.info – Fergana Valley conflicts (45%)",
            "http://svom.info/entry/713-konflikty-v-srednej-azii-na-primere-ferganskoj-dol/"),
    "R73": ("Qazinform – KZ sends water to UZ from Shardara",
            "https://qazinform.com/news/kazakhstan-sending-water-to-uzbekistan-from-shardara-reservoir-in-water-sharing-deal-says-ministry-9c97ec"),
    "R74": ("Electric Stations JSC data via the press",
            "super.kg 392179, 404133, 455491, 361279; kyrgyz.news 47195; 24.kg 294008, 162336, 241769, 199071, 328699; utrk.kg 62785, 71602; kadam-media 75430; azattyk 2122285"),
    "R75": ("Kazhydromet daily bulletin (Dec 2017, Mar 2018)",
            "https://kazhydromet.kz/en/p/ezednevnyj-gidrologiceskij-bulleten"),
    "R76": ("sreda.uz / ICWC SIC bulletin, Oct 2020",
            "https://sreda.uz/rubriki/voda/pritochnost-i-napolnenie-vodohranilishh-v-bassejne-syrdari-v-oktyabre-2020-goda"),
    "R77": ("24.kg – Energy Minister on Toktogul (13 km³ plan, 2021)",
            "https://24.kg/english/197862_No_panic_Energy_Minister_about_work_of_Toktogul_HPP/"),
    "R79": ("inozpress.kg (Ritmeurasia) – consortium, KZ water use",
            "http://inozpress.kg/en/ritmeurasia-water-and-energy-consortium-of-central-asia-the-project-is-quite-viable-but/"),
    "R81": ("Trend.az 2024-02-29 – Toktogul 1320 MW",
            "https://en.trend.az/casia/kyrgyzstan/3868425.html"),
    "R82": ("Petrov & Navruzov (Barki Tojik) – Kairakkum water balances",
            "https://docslib.org/download/7301345/state-joint-stock-holding-company-barki-tochik-and-s"),
    "R83": ("CAWater-info – Water resources of the Aral Sea basin",
            "http://cawater-info.net/aral/water_e.htm"),}


def used_references(sources: dict[str, dict[str, Any]], notes: str) -> dict[str, dict[str, str]]:
    """The references cited by the sources map or named in the notes, in code order."""
    codes = {r for s in sources.values() for r in s["refs"]}
    codes |= set(re.findall(r"\bR\d\d\b", notes))
    for s in sources.values():
        codes |= set(re.findall(r"\bR\d\d\b", s["note"]))
    missing = codes - set(REFERENCES)
    assert not missing, f"unknown reference codes {sorted(missing)}"
    return {c: {"title": REFERENCES[c][0], "url": REFERENCES[c][1]} for c in sorted(codes)}


# ======================================================================================
# 11. Main
# ======================================================================================
def make_pair() -> tuple[Scenario, Scenario, dict[str, dict[str, float]]]:
    multiplier, achieved, _ = calibrate()
    losses = lower_losses(multiplier)
    tail = tailwater_levels(build(multiplier))
    loss_note = (f"multiplier m = {multiplier:g} on the priors so that the median year in "
                 f"energy mode delivers {achieved / 1000:.2f} km³ to the North Aral, the "
                 "observed 2005-2024 mean of ≈ 2.45 km³/yr (46.6 km³ since Kokaral, R59).")

    def pair(notes: str) -> tuple[Scenario, Scenario]:
        energy = build(multiplier, tail, notes=notes, loss_note=loss_note)
        irrigation = build(multiplier, tail, TOKTOGUL_IRRIGATION_M3S, NAME_IRRIGATION,
                           DESC_IRRIGATION, notes=notes, loss_note=loss_note,
                           mode="irrigation")
        return energy, irrigation

    energy, irrigation = pair("")
    results = {f"{mode}/{s}": headline(sc, s)
               for mode, sc in (("energy", energy), ("irrigation", irrigation))
               for s in ("median", "dry")}
    energy, irrigation = pair(notes_text(multiplier, losses, achieved, results))
    return energy, irrigation, results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT_DIR, help="output folder")
    parser.add_argument("--check", action="store_true", help="print the headline numbers")
    args = parser.parse_args(argv)
    energy, irrigation, results = make_pair()
    for sc in (energy, irrigation):
        problems = validate_scenario(sc)
        if problems:
            print("\n".join(str(p) for p in problems), file=sys.stderr)
            return 1
    args.out.mkdir(parents=True, exist_ok=True)
    save_scenario(energy, args.out / ENERGY_FILE)
    save_scenario(irrigation, args.out / IRRIGATION_FILE)
    print(f"wrote {args.out / ENERGY_FILE} and {args.out / IRRIGATION_FILE}")
    if args.check:
        for key, h in results.items():
            print(f"{key:20s} {_fmt_headline(h)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
