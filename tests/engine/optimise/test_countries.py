"""Country limits and fair sharing in the optimiser, worked by hand.

Two dams, each holding 200 Mm³ without inflow, release to one demand each over eight months,
September 2026 – April 2027: Fergana (10 Mm³ a month, shared UZ 0.5 / KG 0.5) and Tashkent
(10 Mm³ a month, all UZ). The horizon covers the end of the 2026 vegetation season
(September), the whole 2027 non-vegetation season (October–March) and the start of the 2027
vegetation season (April).

Served in full, Uzbekistan withdraws 0.5 × 10 + 10 = 15 Mm³ a month. With a vegetation
limit of 12 Mm³, each vegetation season on its own (September; April) must lose 3 Mm³ of
Uzbek withdrawal: cheapest by cutting Tashkent (a Mm³ cut there is a whole Uzbek Mm³, at
Fergana only half of one), so the shortfall is 3 + 3 = 6 Mm³. With a non-vegetation limit of
70 Mm³ as well, October–March (6 × 15 = 90) loses 20 more: shortfall 26 Mm³.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import numpy as np
import pytest

from tests.engine.optimise.opt_helpers import reservoir
from waterplanner.engine.optimise import optimise
from waterplanner.engine.optimise.errors import InfeasibleError, OptimisationError
from waterplanner.model import (
    DemandNode,
    InflowNode,
    InflowSet,
    Link,
    Metadata,
    Scenario,
    SinkNode,
    Step,
    TimeBase,
)
from waterplanner.model.countries import Country
from waterplanner.model.objectives import (
    REGULARISATION_OFF,
    CarryOver,
    CountryLimit,
    Limit,
    OptimisationSpec,
    Shortfall,
)
from waterplanner.model.objectives_document import with_optimisation_spec

T = 8
UZ = Country(code="UZ", vegetation_limit_mcm=12.0, non_vegetation_limit_mcm=70.0)


def two_valleys(countries: tuple[Country, ...] = (UZ,), **spec_args: object) -> Scenario:
    nodes = (InflowNode(id="river", name="River", inflow_mcm={"base": (0.0,) * T}),
             reservoir("dam_a", 300.0, 200.0, T), reservoir("dam_b", 300.0, 200.0, T),
             DemandNode(id="fergana", name="Fergana", demand_mcm=(10.0,) * T,
                        country_shares={"UZ": 0.5, "KG": 0.5}),
             DemandNode(id="tashkent", name="Tashkent", demand_mcm=(10.0,) * T, country="UZ"),
             SinkNode(id="sea", name="Sea"))
    pairs = [("river", "dam_a"), ("dam_a", "fergana"), ("dam_a", "sea"), ("dam_b", "tashkent"),
             ("dam_b", "sea")]
    s = Scenario(metadata=Metadata(name="valleys"), time=TimeBase(Step.MONTH, date(2026, 9, 1), T),
                 inflow_sets=(InflowSet(name="base"),), nodes=nodes,
                 links=tuple(Link(id=f"{a}__{b}", source=a, target=b) for a, b in pairs),
                 release_schedules={"dam_a": (10.0,) * T, "dam_b": (10.0,) * T},
                 countries=countries)
    args: dict[str, object] = {"objectives": (Shortfall(),), "carry_over": CarryOver(mode="off"),
                               "regularisation": REGULARISATION_OFF}
    args.update(spec_args)
    return with_optimisation_spec(s, OptimisationSpec(**args))  # type: ignore[arg-type]


def uz_withdrawal(r) -> np.ndarray:  # type: ignore[no-untyped-def]
    w = r.results_after.withdrawal_mcm[0]
    return 0.5 * w[3] + w[4]


def test_each_vegetation_season_is_held_to_the_limit_on_its_own() -> None:
    r = optimise(two_valleys(constraints=(CountryLimit(country="UZ", season="vegetation"),)))
    w = uz_withdrawal(r)
    assert w[0] == pytest.approx(12.0, abs=1e-6) and w[-1] == pytest.approx(12.0, abs=1e-6)
    assert r.terms[0].after == pytest.approx(6.0, abs=1e-6)
    # the cut falls on Tashkent, where a Mm³ is a whole Uzbek Mm³
    assert r.release_mcm["dam_a"] == pytest.approx([10.0] * T, abs=1e-6)
    assert r.self_check.passed
    prices = [b for b in r.binding if b.kind == "country_limit"]
    words = "Uzbekistan's withdrawals at most its vegetation-season (Apr–Sep) limit 12 Mm³ in"
    assert {b.text.split(" binds")[0] for b in prices} == {
        f"{words} Apr {y}–Sep {y} (the horizon covers part of it)" for y in (2026, 2027)}
    assert all(b.shadow_price == pytest.approx(1.0, rel=1e-3) for b in prices)


def test_all_seasons() -> None:
    r = optimise(two_valleys(constraints=(CountryLimit(country="UZ"),)))
    w = uz_withdrawal(r)
    assert float(w[1:7].sum()) == pytest.approx(70.0, abs=1e-5)
    assert r.terms[0].after == pytest.approx(26.0, abs=1e-5)
    assert r.self_check.passed


def test_a_soft_limit_gives_way_when_its_penalty_is_below_the_shortfall() -> None:
    c = CountryLimit(country="UZ", season="vegetation", hard=False, penalty=0.5)
    r = optimise(two_valleys(constraints=(c,)))
    assert r.terms[0].after == pytest.approx(0.0, abs=1e-6)
    assert r.penalties_after[c.label] == pytest.approx(0.5 * 6.0)
    assert r.self_check.passed


def test_a_country_without_that_limit_is_refused_in_words() -> None:
    with pytest.raises(OptimisationError, match="sets Kyrgyzstan no limit for either season"):
        optimise(two_valleys(constraints=(CountryLimit(country="KG"),)))
    veg_only = (replace(UZ, non_vegetation_limit_mcm=None),)
    with pytest.raises(OptimisationError, match="no limit for the non-vegetation season"):
        optimise(two_valleys(veg_only, constraints=(CountryLimit(country="UZ",
                                                                  season="non_vegetation"),)))
    # "all" holds to the seasons that have a limit
    r = optimise(two_valleys(veg_only, constraints=(CountryLimit(country="UZ"),)))
    assert r.terms[0].after == pytest.approx(6.0, abs=1e-6)


def test_a_shortfall_of_a_country_counts_shared_demands_by_their_share() -> None:
    # only dam_a may give up water now: half of Fergana's shortfall is Kyrgyz
    r = optimise(two_valleys(objectives=(Shortfall(country="KG"),),
                             constraints=(CountryLimit(country="UZ", season="vegetation"),)))
    assert r.terms[0].after == pytest.approx(0.0, abs=1e-6)
    s = two_valleys(objectives=(Shortfall(country="KG"),))
    starved = optimise(replace(s, release_schedules={"dam_a": (5.0,) * T, "dam_b": (10.0,) * T}),
                       settings=OptimisationSpec(objectives=(Shortfall(country="KG"),),
                                                 decision_reservoirs=("dam_b",),
                                                 carry_over=CarryOver(mode="off")))
    # Fergana gets 5 of 10 each month: 40 Mm³ short, 20 of them Kyrgyz
    assert starved.terms[0].before == pytest.approx(20.0)


def test_a_hard_limit_that_cannot_hold_is_named() -> None:
    # both dams must release at least 4 m³/s (over 10 Mm³ a month): both valleys get their
    # whole demand, 15 Mm³ of Uzbek withdrawal a month, 3 above the vegetation limit
    s = two_valleys(constraints=(CountryLimit(country="UZ", season="vegetation"),
                                 Limit(limit="min_release", hard=True)))
    s = replace(s, nodes=tuple(replace(n, min_release_m3s=4.0) if n.id.startswith("dam")
                               else n for n in s.nodes))
    with pytest.raises(InfeasibleError) as e:
        optimise(s)
    text = str(e.value)
    assert "Uzbekistan's withdrawals at most its vegetation-season (Apr–Sep) limit 12 Mm³ " \
           "in Apr 2026–Sep 2026 (the horizon covers part of it): short by 3 Mm³" in text
