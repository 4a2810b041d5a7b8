"""The report's Countries section: the per-country table by ICWC season, its agreement with
the command line's table, and run-of-river plants marked in the plant table."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from helpers import Written, section_text

from tests.ui.countries_variant import negotiation_variant
from waterplanner.cli.main import main
from waterplanner.engine.countries_summary import countries_summary
from waterplanner.engine.simulate import simulate
from waterplanner.model.fileio import DEFAULT_SCENARIO, load_scenario, load_shipped_scenario
from waterplanner.model.nodes import RunOfRiverPlant
from waterplanner.report import ReportOptions, write_report
from waterplanner.report.content import executive_summary
from waterplanner.report.countries_section import countries_section, season_cell
from waterplanner.report.flow import Heading, Table
from waterplanner.report.formatting import num
from waterplanner.report.inputs import ReportInputs
from waterplanner.report.names import short_name

DATA = __import__("pathlib").Path(__file__).resolve().parents[1] / "data"


def _tables(blocks) -> dict[str, Table]:
    """The section's tables by the level-2 heading above each."""
    out, heading = {}, ""
    for b in blocks:
        if isinstance(b, Heading):
            heading = b.text
        elif isinstance(b, Table):
            out[heading] = b
    return out


def _number(cell: str) -> float | None:
    text = cell.replace("\u00a0", "").replace("\u2212", "-").replace(" ", "")
    return None if text in ("–", "—") else float(text)


def _cli_rows(out: str) -> list[list[str]]:
    """The rows of the command line's countries table: code, season, then the numbers."""
    lines = out.split("Countries by ICWC season", 1)[1].splitlines()
    rows = []
    for line in lines[2:]:
        m = re.match(r"^  (\S+)\s+(\w{3} \d{4}–\w{3} \d{4})\*?\s+(.*)$", line)
        if not m:
            break
        rows.append([m.group(1), m.group(2)] + m.group(3).split())
    return rows


def test_report_and_command_line_give_the_same_numbers_for_the_default_scenario(
        capsys, gui_app) -> None:
    assert main(["simulate", "--default"]) == 0
    cli = _cli_rows(capsys.readouterr().out)
    scenario = load_shipped_scenario(DEFAULT_SCENARIO)
    results = simulate(scenario, scenario.inflow_set_names[0])
    inp = ReportInputs(scenario, results)
    tables = _tables(countries_section(inp))
    water = tables["Water by country and season"].rows
    energy = tables["Flow formation and energy"].rows
    assert len(cli) == len(water) == len(energy) == len(inp.countries.rows) > 0
    for c, w, e in zip(cli, water, energy, strict=True):
        # CLI: code, season, limit, withdrawn, % limit, short, formed, % basin, generated
        assert w[0].split()[0] == e[0].split()[0] == c[0]
        assert w[1].rstrip("*") == e[1].rstrip("*") == c[1]
        cli_numbers = [_number(x.replace("—", "–")) for x in c[2:9]]  # then exchange, net
        report_numbers = [_number(w[2]), _number(w[3]), _number(w[4]), _number(w[7]),
                          _number(e[2]), _number(e[3]), _number(e[4])]
        assert report_numbers == cli_numbers


def test_the_default_report_has_the_section_with_the_summarys_numbers(report: Written) -> None:
    text = section_text(report.path, report.info, "Countries", pages=2)
    for words in ("Water by country and season", "Flow formation and energy",
                  "entering the intakes", "October–March", "April–September"):
        assert words in text, words
    c = countries_summary(report.results, member=0)
    for row in c.rows:
        assert row.span.label in text
        assert num(row.withdrawal_mcm).replace("\u00a0", " ") in text
        assert num(row.formed_mcm).replace("\u00a0", " ") in text
    assert "Energy exchange ledger" in text  # the default scenario's 2021 KZ-KG example


def test_limits_over_limit_emphasis_exchange_ledger_and_baseline_changes(gui_app,
                                                                         tmp_path) -> None:
    base = load_shipped_scenario(DEFAULT_SCENARIO)
    variant = negotiation_variant(base)
    results = simulate(variant, "median")
    baseline = simulate(base, "median")
    inp = ReportInputs(variant, results, baseline, "the default scenario")
    tables = _tables(countries_section(inp))
    water = tables["Water by country and season"]
    c = inp.countries
    over = [k for k, r in enumerate(c.rows) if r.over_limit]
    assert over
    assert set(water.emphasis) == {(k, j) for k in over for j in (3, 4)}
    for k, r in enumerate(c.rows):
        assert water.rows[k][2] == ("–" if r.limit_mcm is None else num(r.limit_mcm))
    energy = tables["Flow formation and energy"]
    assert energy.header[-1] == "Net\nGWh"
    kg = next(k for k, r in enumerate(c.rows) if r.country == "KG")
    assert energy.rows[kg][-1] == num(c.rows[kg].net_energy_mwh / 1000)
    ledger = tables["Energy exchange ledger"]
    assert ledger.rows[0][0] == "uz_kg_winter"
    assert ledger.rows[0][1] == "Uzbekistan → Kyrgyzstan"
    changes = tables["Changes from the baseline by country and season"]
    assert len(changes.rows) == len(c.rows)
    # the whole report: the section is there and the over-limit percentage is printed
    info = write_report(tmp_path / "variant.pdf", variant, results, baseline=baseline,
                        options=ReportOptions(baseline_label="the default scenario"))
    text = section_text(tmp_path / "variant.pdf", info, "Countries", pages=2)
    pct = num(c.rows[over[0]].limit_pct, 1)
    assert pct in text and "Energy exchange ledger" in text


def test_a_season_the_horizon_covers_in_part_is_starred() -> None:
    base = load_shipped_scenario(DEFAULT_SCENARIO)
    results = simulate(base, "median")
    row = countries_summary(results).rows[0]
    assert season_cell(row) == row.span.label
    cut = replace(row, span=replace(row.span, partial=True))
    assert season_cell(cut) == row.span.label + "*"


def test_no_section_for_a_scenario_that_names_no_country() -> None:
    s = load_scenario(DATA / "two_reservoirs.wplan")
    s = replace(s, nodes=tuple(replace(n, country="") for n in s.nodes))
    assert countries_section(ReportInputs(s, simulate(s))) == []


def test_the_plant_table_marks_run_of_river_plants() -> None:
    base = load_shipped_scenario(DEFAULT_SCENARIO)
    plant = RunOfRiverPlant(id="kurpsai", name="Kurpsai (run-of-river)", head_m=100.0,
                            turbine_capacity_m3s=600.0, installed_mw=800.0, efficiency=0.9,
                            country="KG")
    links = tuple(replace(lk, plants=(plant,)) if lk.id == "toktogul__uchkurgan" else lk
                  for lk in base.links)
    s = replace(base, links=links)
    r = simulate(s, "median")
    plants = _tables(executive_summary(ReportInputs(s, r)))["Hydropower"]
    names = [row[0] for row in plants.rows]
    assert "Kurpsai (run-of-river)" in names
    assert "Toktogul" in names  # a plant at a dam keeps its plain name
    energy = next(row for row in plants.rows if row[0] == "Kurpsai (run-of-river)")
    assert _number(energy[2]) == pytest.approx(
        next(p for p in r.summary().plants if p.node_id == "kurpsai").energy_gwh, abs=0.5)


def test_the_executive_summary_splits_shared_demands_like_the_countries_section() -> None:
    base = load_shipped_scenario(DEFAULT_SCENARIO)
    variant = negotiation_variant(base)
    r = simulate(variant, "median")
    inp = ReportInputs(variant, r)
    by_country = _tables(executive_summary(inp))["By country"]
    c = inp.countries
    received = {row[0]: row[1] for row in by_country.rows}
    kg = c.totals_of("KG").delivery_mcm
    assert kg == pytest.approx(0.09 * r.series("delivery_mcm", "fergana").sum())
    assert received["KG Kyrgyzstan"] == num(kg / 1000, 2)
    assert received["UZ Uzbekistan"] == num(c.totals_of("UZ").delivery_mcm / 1000, 2)


def test_the_demand_table_gives_a_shared_demands_shares() -> None:
    base = load_shipped_scenario(DEFAULT_SCENARIO)
    variant = negotiation_variant(base)
    demands = _tables(executive_summary(ReportInputs(variant, simulate(variant, "median"))))
    rows = {row[0]: row[1] for row in demands["Demands"].rows}
    assert rows["Fergana Valley"].replace("\u00a0", " ") == "UZ 78 %, TJ 13 %, KG 9 %"
    assert rows["Kyzylorda oblast"] == "KZ"


def test_the_report_says_where_water_left_the_basin_as_the_summary_does() -> None:
    """One figure, one truth: the sinks table of the executive summary is the Summary's."""
    s = load_shipped_scenario(DEFAULT_SCENARIO)
    r = simulate(s, "dry")
    table = _tables(executive_summary(ReportInputs(s, r)))["Where water left the basin"]
    rows = {row[0]: row for row in table.rows}
    for sink in r.summary().sinks:
        if sink.inflow_mcm > 0:
            row = rows[short_name(sink.name)]
            assert _number(row[1]) == pytest.approx(sink.inflow_mcm / 1000, abs=0.005)
            assert _number(row[2]) == pytest.approx(sink.winter_mcm / 1000, abs=0.005)
    assert "Hungry Steppe" in rows["Arnasai depression"][3]
