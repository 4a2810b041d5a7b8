"""The simulate command, --help everywhere, --version and exit codes."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from waterplanner import __version__
from waterplanner.cli.main import COMMANDS, main

EXAMPLE = Path(__file__).parents[1] / "data" / "two_reservoirs.wplan"


def test_simulate_default_prints_summary(capsys):
    assert main(["simulate", "--default"]) == 0
    out = capsys.readouterr().out
    assert "Syr Darya" in out
    assert "Toktogul" in out
    assert "Mass balance ok" in out


def test_simulate_writes_csv_per_quantity_and_summary_json(tmp_path, capsys):
    assert main(["simulate", str(EXAMPLE), "--inflows", "dry", "--out", str(tmp_path)]) == 0
    with open(tmp_path / "storage_mcm.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["period_start", "period", "upper [Mm³]", "lake [Mm³]"]
    assert [r[0] for r in rows[1:]] == ["2025-10-01", "2025-11-01", "2025-12-01"]
    assert float(rows[1][2]) == pytest.approx(500 + 50 - 0.3 - 150)
    summary = json.loads((tmp_path / "summary.json").read_text(encoding="utf-8"))
    assert summary["inflow_set"] == "dry"
    assert summary["mass_balance"]["ok"] is True
    assert abs(summary["mass_balance"]["relative_residual"]) < 1e-9
    assert summary["demands"][0]["node_id"] == "fields"
    assert (tmp_path / "delivery_mcm.csv").exists()
    assert (tmp_path / "energy_mwh.csv").exists()


@pytest.mark.parametrize("argv,needle", [
    (["simulate", "missing.wplan"], "does not exist"),
    (["simulate", str(EXAMPLE), "--inflows", "wet"], "unknown inflow set 'wet'"),
    (["simulate"], "required"),
    (["simulate", str(EXAMPLE), "--no-such-option"], "unrecognized"),
])
def test_bad_input_exits_2_with_a_message(argv, needle, capsys):
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert needle in err
    assert "Traceback" not in err


def test_invalid_scenario_lists_its_problems(tmp_path, capsys):
    bad = tmp_path / "bad.wplan"
    bad.write_text(EXAMPLE.read_text(encoding="utf-8").replace('"capacity_mcm": 1000',
                                                               '"capacity_mcm": -5'),
                   encoding="utf-8")
    assert main(["simulate", str(bad)]) == 2
    assert "nodes.upper.capacity_mcm: -5 Mm³ is negative" in capsys.readouterr().err


def test_help_for_every_command(capsys):
    assert main(["--help"]) == 0
    for name in COMMANDS:
        assert main([name, "--help"]) == 0
        assert "usage: waterplanner " + name in capsys.readouterr().out


def test_version(capsys):
    assert main(["--version"]) == 0
    assert __version__ in capsys.readouterr().out


def test_unwritable_output_folder_is_bad_input(tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert main(["simulate", str(EXAMPLE), "--out", str(blocker / "sub")]) == 2
    assert "cannot write" in capsys.readouterr().err


# --- a result that cannot be right is a bug: exit 1, and summary.json stays valid JSON -------
def test_a_failed_mass_balance_exits_1_not_0(monkeypatch, capsys):
    from waterplanner.engine.balance import MassBalance
    monkeypatch.setattr(MassBalance, "ok", property(lambda self: False))
    assert main(["simulate", str(EXAMPLE)]) == 1
    out, err = capsys.readouterr()
    assert "Mass balance FAILED" in out
    assert "internal error: the water balance does not close" in err
    assert "please report it" in err and "Traceback" not in err


def test_non_finite_numbers_give_valid_json_and_exit_1(monkeypatch, tmp_path, capsys):
    from dataclasses import replace

    from waterplanner.engine.results import Results
    real = Results.summary

    def broken(self, member=0):
        s = real(self, member)
        return replace(s, energy_gwh=float("nan"), winter_energy_gwh=float("inf"),
                       reservoirs=(replace(s.reservoirs[0], end_storage_mcm=float("-inf")),)
                       + s.reservoirs[1:])

    monkeypatch.setattr(Results, "summary", broken)
    assert main(["simulate", str(EXAMPLE), "--out", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert ("the summary holds numbers that are not finite: reservoirs[0].end_storage_mcm, "
            "energy_gwh, winter_energy_gwh") in err

    def refuse(constant):
        raise AssertionError(f"{constant} is not JSON")

    summary = json.loads((tmp_path / "summary.json").read_text(encoding="utf-8"),
                         parse_constant=refuse)
    assert summary["energy_gwh"] is None and summary["winter_energy_gwh"] is None
    assert summary["reservoirs"][0]["end_storage_mcm"] is None


def test_summary_to_dict_is_strict_json_for_a_sound_run():
    from waterplanner.engine.simulate import simulate
    from waterplanner.model import load_scenario
    scenario = load_scenario(EXAMPLE)
    summary = simulate(scenario, "median").summary()
    assert summary.non_finite_fields() == []
    json.dumps(summary.to_dict(), allow_nan=False)


def test_a_closed_output_pipe_is_not_reported_as_a_bug():
    import subprocess
    import sys
    p = subprocess.Popen([sys.executable, "-m", "waterplanner", "validate", str(EXAMPLE)],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert p.stdout is not None and p.stderr is not None
    p.stdout.close()  # the reader is gone before anything is written ('... | head -0')
    err = p.stderr.read().decode("utf-8", "replace")
    assert p.wait(timeout=60) == 141
    assert err == ""


def test_simulate_lists_unmet_targets_and_fill_as_the_window_does(capsys):
    from waterplanner.engine.simulate import simulate
    from waterplanner.engine.targets import unmet_targets
    from waterplanner.model.fileio import load_shipped_scenario
    results = simulate(load_shipped_scenario())
    unmet = unmet_targets(results)
    assert unmet, "the default scenario asks Andijan for more than it holds in winter"
    assert main(["simulate", "--default"]) == 0
    out = capsys.readouterr().out
    assert f"Release targets not met ({len(unmet)}):" in out
    for u in unmet:
        assert u.message(results, "m3s") in out  # the very words of the Problems list
    toktogul = results.summary().reservoirs[0]
    lines = out.splitlines()
    table = lines[next(i for i, line in enumerate(lines) if line.startswith("Reservoirs")):]
    row = next(line for line in table if line.strip().startswith(toktogul.name))
    assert f" {toktogul.end_fill_pct:.0f} " in row and "% active" in out


# --- the per-country table and summary.json's countries_by_season ---------------------------
def test_simulate_default_prints_the_country_table_by_season(capsys):
    assert main(["simulate", "--default"]) == 0
    out = capsys.readouterr().out
    table = out[out.index("Countries by ICWC season"):].splitlines()
    assert table[1].split()[:3] == ["country", "season", "limit"]
    rows = [line.split() for line in table[2:10]]
    assert [r[0] for r in rows] == ["KG", "KG", "TJ", "TJ", "UZ", "UZ", "KZ", "KZ"]  # declared
    assert [" ".join(r[1:4]) for r in rows[:2]] == ["Oct 2025–Mar 2026", "Apr 2026–Sep 2026"]
    assert out.index("Mass balance ok") < out.index("Countries by ICWC season")


def test_a_scenario_naming_no_country_prints_no_country_table(capsys):
    scenario = Path(__file__).parents[1] / "data" / "larson_heidari.wplan"
    assert main(["simulate", str(scenario)]) == 0
    assert "Countries by ICWC season" not in capsys.readouterr().out


def test_summary_json_has_the_countries_by_season(tmp_path, capsys):
    assert main(["simulate", "--default", "--out", str(tmp_path)]) == 0
    summary = json.loads((tmp_path / "summary.json").read_text(encoding="utf-8"))
    by_season = summary["countries_by_season"]
    assert [c["code"] for c in by_season["countries"]] == ["KG", "TJ", "UZ", "KZ"]  # declared
    assert len(by_season["rows"]) == 8 and len(by_season["seasons"]) == 2
    delivered = sum(r["delivery_mcm"] for r in by_season["rows"])
    assert delivered == pytest.approx(summary["delivery_mcm"])
    assert [c["country"] for c in summary["countries"]] == ["KG", "KZ", "TJ", "UZ"]
    kinds = {p["node_id"]: (p["kind"], p["link_id"]) for p in summary["plants"]}
    assert kinds["toktogul"] == ("reservoir", "")
    assert kinds["kurpsai"] == ("run_of_river", "toktogul__uchkurgan")   # the lower Naryn
    kg = next(c for c in summary["countries"] if c["country"] == "KG")
    assert kg["energy_gwh"] == pytest.approx(sum(p["energy_gwh"] for p in summary["plants"]
                                                 if p["country"] == "KG"))


def test_the_country_table_shows_limits_partial_seasons_and_the_exchange_ledger():
    from dataclasses import replace

    from waterplanner.cli.countries_table import format_countries
    from waterplanner.engine.countries_summary import countries_summary
    from waterplanner.engine.simulate import simulate
    from waterplanner.model import load_scenario
    from waterplanner.model.countries import Country, EnergyExchange, Season
    scenario = replace(
        load_scenario(EXAMPLE),
        countries=(Country(code="UZ", non_vegetation_limit_mcm=360.0),),
        energy_exchanges=(EnergyExchange(id="x1", supplier="UZ", receiver="KG", energy_gwh=91.0,
                                         season=Season.NON_VEGETATION, water_mcm=300.0,
                                         water_season=Season.VEGETATION),))
    text = format_countries(countries_summary(simulate(scenario)))
    lines = text.splitlines()
    assert lines[1].split()[-2:] == ["exchange", "net"]
    uz = next(line for line in lines if line.startswith("  UZ"))
    assert "Oct 2025–Mar 2026*" in uz
    assert uz.split()[4:7] == ["360", "180", "50.0"]
    assert "* season only partly within the horizon" in text
    assert ("x1: UZ → KG 91 GWh in Oct–Mar (non-vegetation), for 300 Mm³ in Apr–Sep "
            "(vegetation)") in text


def test_a_long_horizon_gets_one_row_per_country_over_the_whole_horizon():
    from tests.engine.build import demand, inflow, junction, link, sink
    from tests.engine.build import scenario as build
    from waterplanner.cli.countries_table import MAX_SEASON_ROWS, format_countries
    from waterplanner.engine.countries_summary import countries_summary
    from waterplanner.engine.simulate import simulate
    months = 48
    s = build([inflow("river", [100.0] * months, country="KG"), junction("j"),
               demand("farm", [30.0] * months, country="UZ"), sink()],
              [link("river", "j"), link("j", "farm"), link("j", "sea"), link("farm", "sea")])
    c = countries_summary(simulate(s))
    assert len(c.spans) == 8 > MAX_SEASON_ROWS
    lines = format_countries(c).splitlines()
    assert "whole horizon, 8 seasons" in lines[1]
    assert lines[3].split() == ["KG", "0", "0", "4800", "0"]
    assert lines[4].split() == ["UZ", "1440", "0", "0", "0"]
    assert len(lines) == 5
