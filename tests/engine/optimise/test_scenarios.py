"""The optimiser on the shipped Syr Darya scenario and on a plant: never worse than the
input, and the simulator agrees with it."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.engine.optimise.opt_helpers import m3s, scenario
from waterplanner.engine.optimise import optimise
from waterplanner.model import (
    HydropowerPlant,
    InflowNode,
    LevelAreaVolume,
    ReservoirNode,
    SinkNode,
    load_shipped_scenario,
)
from waterplanner.model.objectives import EndStorage, Energy, OptimisationSpec, Shortfall


@pytest.mark.parametrize("inflow_set", ["median", "dry"])
def test_default_scenario(inflow_set: str) -> None:
    s = load_shipped_scenario()
    r = optimise(s, inflow_set=inflow_set)
    assert r.objective_after <= r.objective_before + 1e-9
    assert r.self_check.passed, r.self_check.summary()
    assert r.self_check.max_storage_diff_mcm < 1e-3
    assert r.converged
    for d in r.shortfalls:
        assert d.after_mcm <= d.before_mcm + 1e-3 or r.objective_after < r.objective_before


def test_default_scenario_with_energy_and_carry_over() -> None:
    s = load_shipped_scenario()
    start = s.node("toktogul").initial_storage_mcm        # 10.8 km³ on 1 October 2025
    spec = OptimisationSpec(
        objectives=(Shortfall(), Energy(weight=0.001)),
        constraints=(EndStorage(reservoir="toktogul", min_mcm=start),))
    r = optimise(s, spec)
    assert r.objective_after < r.objective_before
    energy = next(t for t in r.terms if t.label == "energy")
    assert energy.after > energy.before
    assert r.self_check.passed, r.self_check.summary()
    # the linearised energy is close to the simulated one at the optimum
    assert r.self_check.linearisation_energy_gap_mwh < 1e-3 * energy.after
    toktogul_end = float(r.results_after.storage_mcm[0][r.results_after.node_index("toktogul"), -1])
    assert toktogul_end >= start - 1e-3


def test_energy_prefers_a_full_reservoir() -> None:
    """One plant, inflow 10 per day for four days, release at most 20 per day, must end at the
    starting storage: releasing late, from a fuller reservoir, makes more energy."""
    lav = LevelAreaVolume(level_m=(100.0, 200.0), area_km2=(1.0, 1.0), volume_mcm=(0.0, 100.0))
    plant = ReservoirNode(id="dam", name="Dam", capacity_mcm=100.0, dead_storage_mcm=0.0,
                          initial_storage_mcm=50.0, lav=lav, evaporation_mm=(0.0,) * 4,
                          max_release_m3s=m3s(20.0),
                          hydropower=HydropowerPlant(turbine_capacity_m3s=m3s(20.0),
                                                     installed_mw=1e6, efficiency=0.9,
                                                     tailwater_level_m=90.0))
    spec = OptimisationSpec(objectives=(Energy(),),
                            constraints=(EndStorage(reservoir="dam", min_mcm=50.0),))
    s = scenario([InflowNode(id="river", name="River", inflow_mcm={"base": (10.0,) * 4}),
                  plant, SinkNode(id="sea", name="Sea")],
                 [("river", "dam"), ("dam", "sea")], {"dam": (10.0,) * 4}, 4, spec)
    r = optimise(s)
    assert r.terms[0].after > r.terms[0].before
    rel = r.release_mcm["dam"]
    assert rel[0] <= rel[-1]  # hold water first, release from the higher head later
    assert sum(rel) == pytest.approx(40.0, abs=1e-4)
    assert r.self_check.passed


def test_optimiser_imports_no_qt() -> None:
    code = ("import sys; import waterplanner.engine.optimise, waterplanner.cli.optimize_cmd, "
            "waterplanner.cli.tradeoff_cmd; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('PySide6', 'pyqtgraph', 'shiboken6')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=300, check=False)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"



def test_default_dry_year_lake_versus_irrigation_front() -> None:
    """The Aral-versus-irrigation trade-off in the dry year: more lake inflow costs more
    shortfall, and every point's simulated lake inflow meets the ε asked for (the optimiser
    respects the simulator's intake rule)."""
    from waterplanner.engine.optimise import pareto_front
    front = pareto_front(load_shipped_scenario(), "shortfall", "lake_inflow:north_aral", 4,
                         inflow_set="dry")
    a = [p.a for p in front.points]
    b = [p.b for p in front.points]
    assert all(p.feasible and not p.dominated for p in front.points)
    assert a == sorted(a) and b == sorted(b) and a[-1] > a[0] and b[-1] > b[0]
    for p in front.points[1:-1]:
        assert p.b >= p.epsilon - 1e-3
