"""The report of an ensemble run: the section "Risk over the inflow ensemble" with what the
ensemble is, the risk tables (the numbers of the table kept with the results, as the window
shows them) and fan charts; none for a single run; the command line's --ensemble."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import normalise, page_texts, section_text

from waterplanner.cli.main import main
from waterplanner.engine.ensemble_run import simulate_ensemble
from waterplanner.engine.risk import RiskOptions, risk_of
from waterplanner.report import ReportOptions, write_report
from waterplanner.report.builder import lay_out
from waterplanner.report.flow import Figure, Heading, Table
from waterplanner.report.inputs import ReportInputs
from waterplanner.report.risk_section import TITLE, energy_rows, risk_section, supply_rows

MEMBERS = 40
SEED = 11


@pytest.fixture(scope="module")
def ensemble(energy):  # type: ignore[no-untyped-def]
    return simulate_ensemble(energy, members_count=MEMBERS, seed=SEED)[0]


@pytest.fixture(scope="module")
def written(gui_app, tmp_path_factory, energy, ensemble):  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("risk") / "ensemble.pdf"
    info = write_report(path, energy, ensemble, options=ReportOptions(),
                        risk_options=RiskOptions(threshold_pct=15.0))
    return path, info


def test_the_section_is_built_from_the_table_kept_with_the_results(gui_app, energy,
                                                                   ensemble) -> None:
    options = RiskOptions(threshold_pct=15.0)
    inp = ReportInputs(energy, ensemble, risk_options=options)
    table = inp.risk
    assert table is ensemble.risk(options)
    assert table.to_dict() == risk_of(ensemble, options).to_dict()
    blocks = risk_section(inp)
    headings = [b.text for b in blocks if isinstance(b, Heading)]
    assert headings[0] == TITLE
    for h in ("Supply risk by country", "Supply risk by demand", "Events",
              "Energy per country and season", "Storage over the members",
              "Deliveries over the members", "Terminal lake over the members"):
        assert h in headings
    tables = [b for b in blocks if isinstance(b, Table)]
    assert tables[0].rows == supply_rows(table.countries)
    assert tables[1].rows == supply_rows(table.demands)
    assert tables[3].rows == energy_rows(table.energy)
    assert "P(short >\n15 %) %" in tables[0].header
    assert sum(isinstance(b, Figure) for b in blocks) >= 3


def test_a_single_run_has_no_risk_section(gui_app, energy, energy_results) -> None:
    assert risk_section(ReportInputs(energy, energy_results)) == []
    layout = lay_out(energy, energy_results)
    assert TITLE not in [h.text for h, _ in layout.headings]


def test_the_pdf_holds_the_headings_and_the_same_numbers(written, energy, ensemble) -> None:
    path, info = written
    assert TITLE in dict(info.sections)
    text = section_text(path, info, TITLE, pages=4)
    for h in ("Supply risk by country", "Supply risk by demand", "Events",
              "Energy per country and season", "Storage over the members"):
        assert h in text
    assert f"stochastic generator lognormal_ar1, {MEMBERS} members, seed {SEED}" in \
        text.replace("\n", " ")
    table = ensemble.risk(RiskOptions(threshold_pct=15.0))
    for row in supply_rows(table.countries) + energy_rows(table.energy)[:3]:
        assert normalise(" ".join(row[1:])) in text.replace("\n", " "), row
    first = page_texts(path)[0]
    assert f"{MEMBERS} members, seed {SEED}" in first.replace("\n", " ")


def test_the_command_line_writes_an_ensemble_report(gui_app, tmp_path: Path, capsys) -> None:
    out = tmp_path / "e.pdf"
    assert main(["report", "--default", "--ensemble", "--members", "30", "--seed", "5",
                 "--threshold", "20", "--out", str(out), "--quiet"]) == 0
    texts = page_texts(out)
    whole = "\n".join(texts)
    assert TITLE in whole and "P(short > 20 %)" in whole.replace("\n", " ")
    assert "30 members, seed 5" in whole.replace("\n", " ")


@pytest.mark.parametrize(("argv", "message"), [
    (["--members", "30"], "--members needs --ensemble"),
    (["--threshold", "5"], "--threshold needs --ensemble"),
    (["--ensemble", "--inflows", "dry"], "exclude each other"),
    (["--ensemble", "nope"], "no ensemble 'nope'"),
    (["--ensemble", "--members", "0"], "at least 1"),
    (["--ensemble", "--threshold", "120"], "between 0 and 100"),
])
def test_the_command_line_refuses_bad_ensemble_options(gui_app, tmp_path: Path, capsys,
                                                      argv: list[str], message: str) -> None:
    out = tmp_path / "x.pdf"
    assert main(["report", "--default", *argv, "--out", str(out)]) == 2
    assert message in capsys.readouterr().err
    assert not out.exists()
