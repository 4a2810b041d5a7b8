"""Where the schedules came from: an applied optimiser result or trade-off point is reported
only for the exact scenario it produced, with the before → after costs; a stale record (after
an undo, another edit, another file) never reaches the page."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from helpers import content_stream, layout_text, page_text, path_operator_count, section_text

from waterplanner.engine.comparison import compare_summaries
from waterplanner.engine.optimise import OptimisationRecord, OptimisationResult, optimise
from waterplanner.engine.optimise.pareto import ParetoFront, ParetoPoint
from waterplanner.engine.results import Results
from waterplanner.engine.simulate import simulate
from waterplanner.model.objectives_document import objective_from_label
from waterplanner.model.scenario import Scenario
from waterplanner.report import write_report
from waterplanner.report.builder import lay_out
from waterplanner.report.formatting import num


def flat(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def n(v: float, decimals: int = 0) -> str:
    return num(v, decimals).replace("\u00a0", " ").replace("\u2212", "-")


@pytest.fixture(scope="module")
def optimised(energy: Scenario) -> OptimisationResult:
    return optimise(energy, inflow_set="dry")


@pytest.fixture(scope="module")
def optimiser_record(energy: Scenario, optimised: OptimisationResult) -> OptimisationRecord:
    assert optimised.improved
    return OptimisationRecord(kind="optimiser", applied_to=energy, produced=optimised.scenario,
                              result=optimised)


@pytest.fixture(scope="module")
def front(energy: Scenario) -> ParetoFront:
    """A small front of four Toktogul schedules, from winter-heavy to summer-heavy, with
    the shortfall and the energy each gives (as the sweep would record them)."""
    base = np.asarray(energy.release_schedules["toktogul"], float)
    winter = np.asarray(energy.time.is_winter)
    points = []
    for k, share in enumerate((0.7, 0.6, 0.5, 0.4)):
        rel = np.where(winter, base.sum() * share / winter.sum(),
                       base.sum() * (1 - share) / (~winter).sum())
        sim = simulate(energy.with_schedule("toktogul", tuple(rel)), "dry")
        points.append(ParetoPoint(a=float(sim.shortfall_mcm[0].sum()),
                                  b=float(sim.energy_mwh[0].sum()), epsilon=float(k),
                                  release_mcm={"toktogul": rel}))
    return ParetoFront(a=objective_from_label("shortfall"),
                       b=objective_from_label("energy"),
                       a_description="irrigation shortfall (priority-weighted)",
                       b_description="hydropower energy", points=tuple(points),
                       cancelled=False, lp_count=6, seconds=1.0)


def section(out: Path, info: object, name: str) -> str:
    """The whole text of one section (its pages up to the next section's)."""
    starts = [page for _, page in info.sections]  # type: ignore[attr-defined]
    first = dict(info.sections)[name]  # type: ignore[attr-defined]
    end = next((p for p in starts if p > first), info.pages + 1)  # type: ignore[attr-defined]
    return flat(section_text(out, info, name, pages=end - first))  # type: ignore[arg-type]


def report_of(tmp_path: Path, name: str, scenario: Scenario, record: object,
              inflows: str = "dry") -> tuple[Path, object, Results]:
    out = tmp_path / name
    results = simulate(scenario, inflows)
    info = write_report(out, scenario, results, optimisation=record)
    return out, info, results


def test_optimiser_record_states_the_source_and_the_costs(gui_app, tmp_path: Path,
                                                          optimiser_record: OptimisationRecord,
                                                          optimised: OptimisationResult) -> None:
    out, info, results = report_of(tmp_path, "opt.pdf", optimiser_record.produced,
                                   optimiser_record)
    first = flat(page_text(out, 0))
    page = dict(info.sections)["Optimisation"]  # type: ignore[attr-defined]
    assert f"Release schedules replaced by the optimiser (see page {page})" in first
    text = section(out, info, "Optimisation")
    assert "replaced by the optimiser" in text
    assert f"Objective (minimised): {n(optimised.objective_before, 2)} before, " \
           f"{n(optimised.objective_after, 2)} after" in text
    assert "Self-check passed" in text and "Binding constraints" in text
    # the before → after costs: the scenario before, simulated with the report's inflows
    before = simulate(optimiser_record.applied_to, "dry")
    c = compare_summaries(before.summary(), results.summary())
    assert "Before and after" in text
    assert f"Shortfall, Mm³ {n(c.shortfall_before_mcm)} {n(c.shortfall_after_mcm)}" in text
    assert f"Hydropower, GWh {n(c.energy_before_gwh)} {n(c.energy_after_gwh)}" in text
    tok = next(r for r in c.reservoirs if r.node_id == "toktogul")
    assert f"Toktogul {n(tok.end_before_mcm / 1000, 2)} {n(tok.end_after_mcm / 1000, 2)}" in text
    kg = c.energy_of("KG", "winter")
    assert f"KG Kyrgyzstan winter (Oct–Mar) {n(kg.before_gwh)} {n(kg.after_gwh)}" in text
    ky = next(d for d in c.demands if d.node_id == "kyzylorda")
    assert f"Kyzylorda oblast KZ {n(ky.before_mcm)} {n(ky.after_mcm)}" in text
    # binding constraints in names, never ids
    assert "__" not in text and "shardara_tail" not in text


def test_stale_record_never_appears(gui_app, tmp_path: Path, energy: Scenario,
                                    optimiser_record: OptimisationRecord,
                                    optimised: OptimisationResult) -> None:
    """Apply, then undo: the window still holds the record, but the scenario reported is the
    one before; the report must not claim the optimiser made its schedules."""
    undone = optimiser_record.applied_to
    for name, scenario, record in (
            ("undone.pdf", undone, optimiser_record),
            ("equal-copy.pdf", replace(optimiser_record.produced), optimiser_record),
            ("edited.pdf", optimiser_record.produced.with_schedule(
                "toktogul", energy.release_schedules["toktogul"]), optimiser_record),
            ("bare-result-undone.pdf", undone, optimised)):
        out, _info, results = report_of(tmp_path, name, scenario, record)
        first = flat(page_text(out, 0))
        assert "optimiser" not in first and "replaced by" not in first, name
        # the scenario's own optimisation settings may be listed; no claim about a result
        text = flat(layout_text(lay_out(scenario, results, optimisation=record)))
        for claim in ("were replaced by", "Before and after", "Objective (minimised)"):
            assert claim not in text, (name, claim)


def test_bare_optimiser_result_of_this_scenario_counts(gui_app, tmp_path: Path,
                                                       optimised: OptimisationResult) -> None:
    out, _, _ = report_of(tmp_path, "bare.pdf", optimised.scenario, optimised)
    assert "replaced by the optimiser" in flat(page_text(out, 0))


def test_tradeoff_record_shows_the_front_and_the_chosen_point(gui_app, tmp_path: Path,
                                                              energy: Scenario,
                                                              front: ParetoFront) -> None:
    produced = front.scenario_at(energy, 1)
    record = OptimisationRecord(kind="tradeoff", applied_to=energy, produced=produced,
                                front=front, point_index=1)
    out, info, _ = report_of(tmp_path, "tradeoff.pdf", produced, record)
    first = flat(page_text(out, 0))
    assert "replaced by point 2 of 4 of the trade-off between shortfall and energy" in first
    text = section(out, info, "Optimisation")
    chosen = front.points[1]
    assert "A, irrigation shortfall (priority-weighted) (Mm³, minimised)" in text
    assert "B, hydropower energy (GWh, maximised)" in text
    assert f"A = {n(chosen.a)} Mm³, B = {n(chosen.b / 1000)} GWh" in text
    # the plot: axes labelled with their units, the chosen point named in the legend
    assert "A: irrigation shortfall (priority-weighted) (Mm³)" in text
    assert "B: hydropower energy (GWh)" in text
    assert "chosen point (2)" in text
    page = dict(info.sections)["Optimisation"] - 1  # type: ignore[attr-defined]
    assert path_operator_count(content_stream(out, page)) > 40
    # and the before → after costs
    assert "Before and after" in text and "Energy by country and season" in text
    assert "Objective (minimised)" not in text  # no optimiser-run figures for a trade-off


def test_tradeoff_record_of_another_point_is_stale(gui_app, tmp_path: Path, energy: Scenario,
                                                   front: ParetoFront) -> None:
    record = OptimisationRecord(kind="tradeoff", applied_to=energy,
                                produced=front.scenario_at(energy, 1), front=front,
                                point_index=1)
    other = front.scenario_at(energy, 2)
    out, _info, results = report_of(tmp_path, "other.pdf", other, record)
    assert "trade-off" not in flat(page_text(out, 0))
    text = flat(layout_text(lay_out(other, results, optimisation=record)))
    assert "were replaced by" not in text and "Before and after" not in text
