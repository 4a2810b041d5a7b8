"""The ensemble command: risk table, output files, Dask, exit codes and Ctrl+C."""

from __future__ import annotations

import csv
import json
import os
import signal

import pytest

from waterplanner.cli import ensemble_cmd
from waterplanner.cli.main import main
from waterplanner.engine.ensemble import members
from waterplanner.engine.risk import risk_of
from waterplanner.engine.simulate import simulate
from waterplanner.model.fileio import load_shipped_scenario


def test_help_exits_0(capsys):
    assert main(["ensemble", "--help"]) == 0
    out = capsys.readouterr().out
    for option in ("--generator", "--members", "--seed", "--threshold", "--scheduler",
                   "--local", "--workers", "--out"):
        assert option in out


def test_default_prints_the_risk_table(capsys):
    assert main(["ensemble", "--default", "--members", "30", "--seed", "4"]) == 0
    out = capsys.readouterr().out
    assert "30 members, seed 4" in out
    for text in ("Kyzylorda oblast", "Kazakhstan", "reliab", "resil", "vulnerability",
                 "Toktogul below its operating minimum",
                 "Arnasai depression (Aydarkul) receives water from Shardara",
                 "North Aral Sea (Kokaral dike) spills", "P10", "P90", "Oct 2025–Mar 2026"):
        assert text in out, text


def test_csv_folder_agrees_with_the_engine(tmp_path, capsys):
    assert main(["ensemble", "--default", "--members", "25", "--seed", "9", "--threshold",
                 "5", "--chunk", "7", "--out", str(tmp_path / "csv")]) == 0
    s = load_shipped_scenario()
    from waterplanner.engine.risk import RiskOptions
    table = risk_of(simulate(s, inflows=members(s, members=25, seed=9).inflow_mcm),
                    RiskOptions(threshold_pct=5))
    with open(tmp_path / "csv" / "risk.csv", newline="", encoding="utf-8") as f:
        rows = {(r["id"], r["metric"]): r["value"] for r in csv.DictReader(f)}
    k = table.demand("kyzylorda")
    assert float(rows[("kyzylorda", "p_short_over_threshold")]) == pytest.approx(
        k.p_short_over_threshold)
    assert float(rows[("kyzylorda", "reliability")]) == pytest.approx(k.reliability)
    doc = json.loads((tmp_path / "csv" / "risk.json").read_text(encoding="utf-8"))
    assert doc["risk"]["members"] == 25 and doc["seed"] == 9
    with open(tmp_path / "csv" / "quantiles.csv", newline="", encoding="utf-8") as f:
        q = [r for r in csv.DictReader(f) if r["quantity"] == "storage_mcm"
             and r["element"] == "toktogul"]
    assert len(q) == 12 and all(float(r["p10"]) <= float(r["p50"]) <= float(r["p90"])
                                for r in q)


def test_netcdf_holds_every_member(tmp_path, capsys):
    xr = pytest.importorskip("xarray")
    pytest.importorskip("h5netcdf")
    from waterplanner.export.ensemble_dataset import open_dataset, results_dataset
    path = tmp_path / "results.nc"
    assert main(["ensemble", "--default", "--members", "12", "--chunk", "5", "--out",
                 str(path)]) == 0
    back = open_dataset(path)
    s = load_shipped_scenario()
    e = members(s, members=12)
    whole = results_dataset(simulate(s, inflows=e.inflow_mcm))
    xr.testing.assert_allclose(back.drop_attrs(), whole.drop_attrs(), rtol=0, atol=0)
    assert back.attrs["seed"] == e.seed and back.attrs["ensemble"] == "generated"
    assert not list(tmp_path.glob("*.partial*"))


def test_local_cluster_prints_the_same_table(capsys):
    pytest.importorskip("distributed")
    args = ["ensemble", "--default", "--members", "16", "--chunk", "5"]
    assert main(args) == 0
    here = capsys.readouterr().out.split("\n", 3)[3]
    assert main(args + ["--local", "--workers", "2"]) == 0
    there = capsys.readouterr().out
    assert "Dask LocalCluster, 2 workers" in there
    assert there.split("\n", 3)[3] == here


@pytest.mark.parametrize("args, message", [
    (["--members", "0"], "--members must be at least 1"),
    (["--threshold", "150"], "--threshold must be between 0 and 100"),
    (["--generator", "nope"], "no ensemble 'nope'"),
    (["--seed", "-1"], "seed"),
    (["--scheduler", "tcp://127.0.0.1:1"], "cannot reach the Dask scheduler"),
])
def test_bad_input_exits_2(capsys, monkeypatch, args, message):
    monkeypatch.setattr("waterplanner.scale.dask_run.CONNECT_TIMEOUT", "2s")
    assert main(["ensemble", "--default", "--members", "3", *args]) == 2
    assert message in capsys.readouterr().err


def test_unwritable_output_exits_2(tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert main(["ensemble", "--default", "--members", "3", "--out",
                 str(blocker / "sub")]) == 2
    assert "cannot write" in capsys.readouterr().err


def test_ctrl_c_cancels_cleanly(tmp_path, monkeypatch, capsys):
    real = ensemble_cmd.member_source

    def interrupting(scenario, name, seed):
        inner = real(scenario, name, seed)

        class Source:
            def describe(self):
                return inner.describe()

            def default_members(self):
                return inner.default_members()

            def __call__(self, start, stop):
                if start >= 4:
                    os.kill(os.getpid(), signal.SIGINT)
                return inner(start, stop)
        return Source()

    monkeypatch.setattr(ensemble_cmd, "member_source", interrupting)
    path = tmp_path / "results.nc"
    pytest.importorskip("h5netcdf")
    assert main(["ensemble", "--default", "--members", "40", "--chunk", "4", "--out",
                 str(path)]) == 130
    captured = capsys.readouterr()
    assert "interrupted" in captured.err and "Risk over" not in captured.out
    assert not path.exists() and not list(tmp_path.iterdir())
