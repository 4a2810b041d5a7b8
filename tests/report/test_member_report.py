"""One figure, one truth: a report of an inflow ensemble reports the member the planner chose
(the window's member picker, or ``--member``) in every section but the risk one, with the
numbers of ``results.summary(member)``, and says which member on the title page and in the
footer; by default the first member, as before."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from helpers import IRRIGATION, normalise

from waterplanner.cli.main import main
from waterplanner.engine.countries_summary import countries_summary
from waterplanner.engine.ensemble_run import member_label, member_ranks, simulate_ensemble
from waterplanner.engine.summary import Summary
from waterplanner.model.fileio import load_scenario
from waterplanner.report import ReportOptions, write_report
from waterplanner.report.comparison_section import comparison_section
from waterplanner.report.flow import Table
from waterplanner.report.formatting import km3, num, pct, with_unit
from waterplanner.report.inputs import ReportInputs

MEMBERS = 12
SEED = 1
"""Twelve members of seed 1: the driest is member 4 (index 3), not the first."""

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")


def pdf_pages(path: Path) -> list[str]:
    """The text of every page as pdftotext reads it (layout kept, spaces normalised)."""
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                         capture_output=True, text=True).stdout
    return [normalise(page) for page in out.split("\f")]


def summary_page(path: Path) -> str:
    """The executive summary's first page, without the running header and footer."""
    page = next(p for p in pdf_pages(path) if "Water demanded by the irrigation zones" in p)
    lines = page.strip("\n").splitlines()
    return "\n".join(lines[1:-1])


def headline_figures(s: Summary) -> list[str]:
    """The executive summary's headline figures as the report prints them."""
    return [normalise(text) for text in (
        with_unit(km3(s.demand_mcm), "km³"),
        with_unit(km3(s.delivery_mcm), "km³"),
        f"{with_unit(km3(s.shortfall_mcm), 'km³')} ({pct(s.shortfall_pct)})",
        with_unit(num(s.energy_gwh), "GWh"),
        f"{num(s.winter_energy_gwh)} / {num(s.summer_energy_gwh)}")]


def shortfall_line(s: Summary) -> str:
    return normalise(f"Shortfall {with_unit(km3(s.shortfall_mcm), 'km³')} ({pct(s.shortfall_pct)})")


@pytest.fixture(scope="module")
def ensemble(energy):  # type: ignore[no-untyped-def]
    return simulate_ensemble(energy, members_count=MEMBERS, seed=SEED)[0]


@pytest.fixture(scope="module")
def driest(ensemble) -> int:  # type: ignore[no-untyped-def]
    d = member_ranks(ensemble).driest
    assert d != 0, "the test needs a driest member other than the first"
    assert shortfall_line(ensemble.summary(d)) != shortfall_line(ensemble.summary(0))
    return d


@pytest.fixture(scope="module")
def driest_pdf(gui_app, tmp_path_factory, energy, ensemble, driest) -> Path:  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("member") / "driest.pdf"
    write_report(path, energy, ensemble, options=ReportOptions(), member=driest)
    return path


def test_the_summary_is_the_chosen_members(driest_pdf: Path, ensemble, driest: int) -> None:
    page = summary_page(driest_pdf)
    for figure in headline_figures(ensemble.summary(driest)):
        assert figure in page, figure
    assert shortfall_line(ensemble.summary(driest)) in page
    assert shortfall_line(ensemble.summary(0)) not in page
    assert f"show member {driest + 1} of {MEMBERS} (driest)" in " ".join(page.split())


def test_the_title_page_and_the_footer_name_the_member(driest_pdf: Path, ensemble,
                                                      driest: int) -> None:
    pages = pdf_pages(driest_pdf)
    words = f"member {driest + 1} of {MEMBERS} (driest)"
    assert words == member_label(ensemble, driest)
    s = ensemble.summary(driest)
    title = " ".join(pages[0].split())
    assert f"Member reported {words}" in title
    assert normalise(pct(s.shortfall_pct)) in title
    assert normalise(f"{km3(s.shortfall_mcm)} km³ of {km3(s.demand_mcm)} km³") in title
    body = [p for p in pages[1:] if p.strip()]
    assert all(f"inflows: {words} · " in p for p in body)


def test_by_default_the_first_member_is_reported(gui_app, tmp_path: Path, energy,
                                                 ensemble) -> None:
    path = tmp_path / "first.pdf"
    write_report(path, energy, ensemble, options=ReportOptions())
    page = summary_page(path)
    for figure in headline_figures(ensemble.summary(0)):
        assert figure in page, figure
    pages = pdf_pages(path)
    words = member_label(ensemble, 0)
    assert words.startswith(f"member 1 of {MEMBERS}")
    assert words in " ".join(pages[0].split()) and f"inflows: {words} · " in pages[1]


def test_every_section_reads_the_chosen_member(energy, ensemble, driest: int) -> None:
    inp = ReportInputs(energy, ensemble, member=driest)
    assert inp.summary() is ensemble.summary(driest)
    assert inp.countries.to_dict() == countries_summary(ensemble, member=driest).to_dict()
    assert (inp.series("storage_mcm", "toktogul") ==
            ensemble.series("storage_mcm", "toktogul", driest)).all()
    assert not (inp.series("storage_mcm", "toktogul") ==
                ensemble.series("storage_mcm", "toktogul", 0)).all()
    with pytest.raises(ValueError):
        ReportInputs(energy, ensemble, member=MEMBERS)


def test_the_baseline_shows_the_same_member_or_its_only_one(energy, ensemble, driest: int,
                                                            irrigation_results) -> None:
    irrigation = load_scenario(IRRIGATION)
    plan, base, _ = simulate_ensemble(energy, members_count=MEMBERS, seed=SEED,
                                      baseline=irrigation)
    assert base is not None
    inp = ReportInputs(energy, plan, base, "irrigation mode", member=driest)
    assert inp.base_member == driest and inp.base_summary() is base.summary(driest)
    tables = [b for b in comparison_section(inp) if isinstance(b, Table)]
    by_demand = next(t for t in tables if len(t.header) == 7 and "Baseline" in t.header[3])
    b = base.summary(driest)
    assert [row[3] for row in by_demand.rows] == [num(d.shortfall_mcm) for d in b.demands]
    assert [row[2] for row in by_demand.rows] == \
        [num(d.shortfall_mcm) for d in plan.summary(driest).demands]
    single = ReportInputs(energy, plan, irrigation_results, "irrigation", member=driest)
    assert single.base_member == 0


def test_the_optimisation_before_is_the_same_members(energy, driest: int) -> None:
    """'What the change costs' compares the member reported before and after the schedules
    were applied: the scenario before, run on that member's inflows."""
    from waterplanner.engine.optimise.record import OptimisationRecord
    toktogul = tuple(0.9 * v for v in energy.release_schedules["toktogul"])
    produced = energy.with_schedule("toktogul", toktogul)
    after = simulate_ensemble(produced, members_count=MEMBERS, seed=SEED)[0]
    record = OptimisationRecord(kind="tradeoff", applied_to=energy, produced=produced)
    inp = ReportInputs(produced, after, optimisation=record, member=driest)
    before = inp.before_results()
    assert before is not None and before.members == 1
    expected = simulate_ensemble(energy, members_count=MEMBERS, seed=SEED)[0].summary(driest)
    assert before.summary().shortfall_mcm == pytest.approx(expected.shortfall_mcm)
    assert before.summary().energy_gwh == pytest.approx(expected.energy_gwh)


def test_the_command_line_reports_the_member_asked_for(gui_app, tmp_path: Path, driest_pdf,
                                                       ensemble, driest: int) -> None:
    out = tmp_path / "cli.pdf"
    assert main(["report", "--default", "--ensemble", "--members", str(MEMBERS), "--seed",
                 str(SEED), "--member", "driest", "--out", str(out), "--quiet"]) == 0
    assert summary_page(out) == summary_page(driest_pdf)
    by_number = tmp_path / "number.pdf"
    assert main(["report", "--default", "--ensemble", "--members", str(MEMBERS), "--seed",
                 str(SEED), "--member", str(driest + 1), "--out", str(by_number),
                 "--quiet"]) == 0
    assert summary_page(by_number) == summary_page(driest_pdf)


@pytest.mark.parametrize(("argv", "message"), [
    (["--member", "2"], "--member needs --ensemble"),
    (["--ensemble", "--member", "0"], "--member must be a member's number (from 1)"),
    (["--ensemble", "--member", "wet"], "not 'wet'"),
    (["--ensemble", "--members", "3", "--member", "4"],
     "--member 4: the ensemble has only 3 members"),
])
def test_the_command_line_refuses_a_bad_member(gui_app, tmp_path: Path, capsys,
                                              argv: list[str], message: str) -> None:
    out = tmp_path / "x.pdf"
    assert main(["report", "--default", *argv, "--out", str(out)]) == 2
    assert message in capsys.readouterr().err
    assert not out.exists()
