"""Run-of-river plants in the optimiser, worked by hand.

A dam holding 20 Mm³ (no inflow) releases into a reach that also carries a side river of
20 Mm³ on day 1 and nothing on day 2. A run-of-river plant at the head of the reach turns at
most 20 Mm³ a day (231.48 m³/s) at a 50 m head with efficiency 0.9, so each Mm³ through its
turbines makes 0.9 × 9.81e-3 MW/(m³/s·m) × 50 m × 1e6 m³ / 3600 s/h = 122.625 MWh.

On day 1 the side river alone fills the turbines, so anything the dam releases then passes
the spillway: maximising energy moves all 20 Mm³ to day 2. The planner's schedule (10, 10)
makes (20 + 10) × 122.625 = 3 678.75 MWh; the optimum (0, 20) makes (20 + 20) × 122.625 =
4 905 MWh.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import numpy as np
import pytest

from tests.engine.optimise.opt_helpers import m3s, reservoir
from waterplanner.engine import simulate
from waterplanner.engine.optimise import optimise
from waterplanner.engine.optimise.context import make_context
from waterplanner.engine.optimise.problem import energy_mwh_per_mcm, term_value_per_mcm
from waterplanner.model import (
    InflowNode,
    InflowSet,
    JunctionNode,
    Link,
    Metadata,
    Scenario,
    SinkNode,
    Step,
    TimeBase,
)
from waterplanner.model.nodes import HydropowerPlant, RunOfRiverPlant
from waterplanner.model.objectives import (
    REGULARISATION_OFF,
    CarryOver,
    Energy,
    MinEnergy,
    OptimisationSpec,
)
from waterplanner.model.objectives_document import with_optimisation_spec

MWH_PER_MCM = 0.9 * 9.81e-3 * 50.0 * 1e6 / 3600.0
PLANT = RunOfRiverPlant(id="kurpsai", name="Kurpsai", head_m=50.0,
                        turbine_capacity_m3s=m3s(20.0), installed_mw=1e4, efficiency=0.9)


def reach(spec: OptimisationSpec, plant: RunOfRiverPlant = PLANT,
          dam_plant: HydropowerPlant | None = None) -> Scenario:
    dam = replace(reservoir("dam", 100.0, 20.0, 2), country="KG", hydropower=dam_plant)
    nodes = (InflowNode(id="side", name="Side", inflow_mcm={"base": (20.0, 0.0)}), dam,
             JunctionNode(id="head", name="Reach head", country="KG"),
             SinkNode(id="sea", name="Sea"))
    links = (Link(id="dam__head", source="dam", target="head"),
             Link(id="side__head", source="side", target="head"),
             Link(id="head__sea", source="head", target="sea", plants=(plant,)))
    s = Scenario(metadata=Metadata(name="reach"), time=TimeBase(Step.DAY, date(2026, 4, 1), 2),
                 inflow_sets=(InflowSet(name="base"),), nodes=nodes, links=links,
                 release_schedules={"dam": (10.0, 10.0)})
    return with_optimisation_spec(s, spec)


def spec(*objectives, constraints=()) -> OptimisationSpec:  # type: ignore[no-untyped-def]
    return OptimisationSpec(objectives=tuple(objectives), constraints=tuple(constraints),
                            carry_over=CarryOver(mode="off"), regularisation=REGULARISATION_OFF)


def test_energy_moves_water_to_the_day_the_plant_has_room() -> None:
    s = reach(spec(Energy(weight=1.0)))
    r = optimise(s)
    assert r.release_mcm["dam"] == pytest.approx([0.0, 20.0], abs=1e-6)
    (term,) = r.terms
    assert term.before == pytest.approx(30.0 * MWH_PER_MCM)
    assert term.after == pytest.approx(40.0 * MWH_PER_MCM)
    assert term.lp == pytest.approx(40.0 * MWH_PER_MCM)
    assert float(np.sum(r.results_after.run_of_river_energy_mwh[0])) == \
        pytest.approx(4905.0)
    assert r.self_check.passed
    assert r.self_check.max_energy_diff_mwh < 1e-6
    assert r.self_check.linearisation_energy_gap_mwh < 1e-6


def test_a_country_counts_the_plant_by_the_country_of_its_reach() -> None:
    kg = optimise(reach(spec(Energy(country="KG"))))
    assert kg.terms[0].after == pytest.approx(40.0 * MWH_PER_MCM)
    uz = optimise(reach(spec(Energy(country="UZ"))))
    assert uz.terms[0].before == 0.0 and uz.terms[0].after == 0.0
    own = replace(PLANT, country="UZ")
    uz_own = optimise(reach(spec(Energy(country="UZ")), plant=own))
    assert uz_own.terms[0].after == pytest.approx(40.0 * MWH_PER_MCM)


def test_a_term_naming_a_dam_counts_only_the_dam() -> None:
    dam_plant = HydropowerPlant(installed_mw=1e4, turbine_capacity_m3s=m3s(100.0),
                                efficiency=0.9, tailwater_level_m=0.0)
    s = reach(spec(Energy(plants=("dam",))), dam_plant=dam_plant)
    r = optimise(s)
    dam_only = float(np.sum(r.results_after.energy_mwh[0][1]))
    assert r.terms[0].after == pytest.approx(dam_only)
    ctx = make_context(s, spec(Energy(plants=("dam",))), None)
    # the value of a Mm³ to a dam-only term leaves the reach's plant out; to "all plants"
    # it counts both
    dam_i = np.array([1])
    assert term_value_per_mcm(ctx, Energy(plants=("dam",))) == \
        pytest.approx(energy_mwh_per_mcm(ctx, dam_i))
    assert term_value_per_mcm(ctx, Energy()) == \
        pytest.approx(energy_mwh_per_mcm(ctx, dam_i) + MWH_PER_MCM)


def test_the_installed_power_caps_the_energy() -> None:
    # 20 Mm³ a day would make 2 452.5 MWh; 100 MW × 24 h caps each day at 2 400 MWh
    small = replace(PLANT, installed_mw=100.0)
    r = optimise(reach(spec(Energy()), plant=small))
    assert r.terms[0].after == pytest.approx(2 * 2400.0)
    assert r.self_check.passed


def test_minimum_energy_of_a_country_counts_its_run_of_river_plant() -> None:
    # 4 000 MWh in total needs 32.62 Mm³ through the turbines; the schedule (10, 10) turbines
    # only 30, so at least 2.62 Mm³ must move to day 2
    need = 4000.0
    s = reach(spec(Energy(plants=(), weight=0.0),
                   constraints=(MinEnergy(country="KG", min_mwh=need),)))
    r = optimise(s)
    made = float(np.sum(r.results_after.run_of_river_energy_mwh[0]))
    assert made >= need - 1e-3
    assert r.self_check.passed
    # without the requirement, the input schedule makes less than that
    assert float(np.sum(simulate(s).run_of_river_energy_mwh[0])) < need
