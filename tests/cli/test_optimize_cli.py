"""The optimize and tradeoff commands: output, files written, exit codes."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from waterplanner.cli.main import main
from waterplanner.engine import simulate
from waterplanner.model import load_scenario, save_scenario
from waterplanner.model.objectives import (
    EndStorage,
    OptimisationSpec,
    ReleaseValue,
    RuleCurve,
    with_optimisation_spec,
)

DATA = Path(__file__).parents[1] / "data"
LARSON = str(DATA / "larson_heidari.wplan")


def test_optimize_prints_before_after_and_writes_the_optimum(tmp_path, capsys) -> None:
    out = tmp_path / "opt.wplan"
    assert main(["optimize", LARSON, "--out", str(out)]) == 0
    text = capsys.readouterr().out
    assert "-362.3 → -401.3" in text
    assert "Binding constraints" in text and "end storage" in text
    assert "Self-check passed" in text
    s = load_scenario(out)
    sim = simulate(s)
    assert float(sim.release_mcm[0].sum()) > 0
    assert s.release_schedules != load_scenario(LARSON).release_schedules


def test_optimize_shortfalls_before_after(capsys) -> None:
    assert main(["optimize", str(DATA / "two_reservoirs.wplan"), "--inflows", "dry"]) == 0
    text = capsys.readouterr().out
    assert "Shortfall per demand" in text and "Fields" in text


def test_optimize_infeasible_exits_2_with_words(tmp_path, capsys) -> None:
    s = load_scenario(LARSON)
    spec = OptimisationSpec(
        objectives=(ReleaseValue(reservoir="r1", value_per_mcm=(1.0,) * 12),),
        constraints=(EndStorage(reservoir="r1", min_mcm=9.0),
                     RuleCurve(reservoir="r1", max_mcm=(10.0,) * 11 + (6.0,))))
    path = tmp_path / "bad.wplan"
    save_scenario(with_optimisation_spec(s, spec), path)
    assert main(["optimize", str(path)]) == 2
    err = capsys.readouterr().err
    assert "infeasible" in err
    assert "Reservoir 1 end storage at least 9" in err
    assert "rule curve maximum" in err


def test_optimize_missing_file_and_unknown_inflow_set(capsys) -> None:
    assert main(["optimize", "no/such/file.wplan"]) == 2
    assert main(["optimize", LARSON, "--inflows", "wet"]) == 2
    assert "unknown inflow set" in capsys.readouterr().err


def test_tradeoff_writes_a_front(tmp_path, capsys) -> None:
    front = tmp_path / "front.csv"
    code = main(["tradeoff", LARSON, "--between", "benefit_r1", "benefit_r4", "--points", "4",
                 "--out", str(front)])
    assert code == 0
    text = capsys.readouterr().out
    assert "Pareto front" in text
    rows = list(csv.reader(front.open()))
    assert len(rows) == 5
    assert rows[0][:4] == ["point", "feasible", "dominated", "epsilon"]
    assert any(c.startswith("r1[0]") for c in rows[0])


@pytest.mark.parametrize("args", [["--between", "shortfall", "joy"],
                                  ["--between", "shortfall", "shortfall"],
                                  ["--between", "shortfall", "spill", "--points", "1"]])
def test_tradeoff_bad_input_exits_2(args, capsys) -> None:
    assert main(["tradeoff", LARSON] + args) == 2
