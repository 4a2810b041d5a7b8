"""The optimize and tradeoff commands: output, files written, exit codes."""

from __future__ import annotations

import csv
from dataclasses import replace
from pathlib import Path

import pytest

from waterplanner.cli.main import main
from waterplanner.engine import simulate
from waterplanner.model import load_scenario, save_scenario
from waterplanner.model.objectives import EndStorage, OptimisationSpec, ReleaseValue, RuleCurve
from waterplanner.model.objectives_document import with_optimisation_spec

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


def _lake_file(tmp_path: Path, spec: OptimisationSpec | None = None) -> str:
    """The reservoir–farm–lake problem of the trade-off tests, without carry-over."""
    from tests.engine.optimise.opt_helpers import NO_CARRY_OVER, demand_above_lake
    path = tmp_path / "lake.wplan"
    save_scenario(demand_above_lake(spec or NO_CARRY_OVER), path)
    return str(path)


def test_tradeoff_writes_a_front(tmp_path, capsys) -> None:
    front = tmp_path / "front.csv"
    code = main(["tradeoff", _lake_file(tmp_path), "--between", "shortfall",
                 "lake_inflow:lake", "--points", "4", "--out", str(front)])
    assert code == 0
    text = capsys.readouterr().out
    assert "Pareto front" in text
    rows = list(csv.reader(front.open()))
    assert len(rows) == 5
    assert rows[0][:4] == ["point", "feasible", "dominated", "epsilon"]
    assert any(c.startswith("dam[0]") for c in rows[0])


def test_tradeoff_csv_escapes_formula_text(tmp_path) -> None:
    """A name from the file that a spreadsheet would run as a formula is written as text."""
    from tests.engine.optimise.opt_helpers import NO_CARRY_OVER
    from waterplanner.model.objectives import LakeInflow, Shortfall
    spec = replace(NO_CARRY_OVER, objectives=(
        Shortfall(name='=HYPERLINK("http://x","y")'), LakeInflow(name="+lake", lake="lake")))
    front = tmp_path / "front.csv"
    assert main(["tradeoff", _lake_file(tmp_path, spec), "--between",
                 '=HYPERLINK("http://x","y")', "+lake", "--points", "3",
                 "--out", str(front)]) == 0
    header = next(csv.reader(front.open()))
    assert header[4] == "'=HYPERLINK(\"http://x\",\"y\") (Mm³)" and header[5] == "'+lake (Mm³)"
    assert not any(c.startswith(("=", "+", "-", "@")) for c in header)
    body = list(csv.reader(front.open()))[1:]
    assert all(float(r[4]) >= 0 for r in body)  # numbers stay numbers


def test_csv_text_escapes_only_formula_starts() -> None:
    from waterplanner.cli.tradeoff_cmd import csv_text
    assert [csv_text(s) for s in ("=1+1", "+x", "-y", "@z", "\tq", "plain", "a=b")] == \
        ["\'=1+1", "\'+x", "\'-y", "\'@z", "\'\tq", "plain", "a=b"]


def test_tradeoff_without_trade_off_says_so(capsys) -> None:
    assert main(["tradeoff", LARSON, "--between", "benefit_r1", "benefit_r4",
                 "--points", "4"]) == 0
    out = capsys.readouterr().out
    assert "No trade-off between benefit_r1 and benefit_r4 here" in out
    assert "1 point(s)" in out


def test_tradeoff_on_an_infeasible_problem_names_the_requirements(tmp_path, capsys) -> None:
    from tests.engine.optimise.opt_helpers import NO_CARRY_OVER
    spec = replace(NO_CARRY_OVER, constraints=(
        EndStorage(reservoir="dam", min_mcm=250.0),
        RuleCurve(reservoir="dam", max_mcm=(300.0, 300.0, 300.0, 200.0))))
    assert main(["tradeoff", _lake_file(tmp_path, spec), "--between", "shortfall",
                 "lake_inflow:lake", "--points", "3"]) == 2
    err = capsys.readouterr().err
    assert "infeasible" in err and "end storage at least 250" in err
    assert "rule curve maximum" in err and "The problem is infeasible" not in err


def test_tradeoff_help_lists_the_objectives_of_that_scenario(capsys) -> None:
    assert main(["tradeoff", LARSON, "--help"]) == 0
    out = capsys.readouterr().out
    assert "Objectives available in Larson" in out and "benefit_r4" in out
    assert main(["tradeoff", "--default", "--between", "shortfall", "joy"]) == 2
    err = capsys.readouterr().err
    assert "'joy' is not an objective" in err
    assert "lake_inflow:north_aral" in err and "energy:toktogul:winter" in err
    assert main(["tradeoff", "--default", "--between", "shortfall", "lake_inflow:nowhere"]) == 2
    assert "there is no node 'nowhere'" in capsys.readouterr().err


def test_optimize_prints_defaults_and_what_changes(capsys) -> None:
    assert main(["optimize", "--default", "--inflows", "dry"]) == 0
    out = capsys.readouterr().out
    assert "Defaults: carry-over soft at Toktogul" in out and "regularisation" in out
    assert "What changes (simulated, input schedule → optimised):" in out
    assert "Toktogul" in out and "winter (Oct–Mar)" in out and "KG" in out
    assert "Irrigation shortfall" in out and "Terminal-lake inflow" in out
    assert "Release schedules (m³/s" in out


def _failed(result, **changes):
    return replace(result, self_check=replace(result.self_check, passed=False, **changes))


@pytest.mark.parametrize(("changes", "code"), [
    ({"hard_violations": ("plants generate at least 5e+06 MWh in total: 12 MWh",)}, 2),
    ({"max_storage_diff_mcm": 50.0}, 1),
])
def test_optimize_does_not_write_what_the_self_check_rejects(tmp_path, capsys, monkeypatch,
                                                             changes, code) -> None:
    """It used to exit 0 and write the file."""
    import waterplanner.cli.optimize_cmd as cmd
    real = cmd.optimise
    monkeypatch.setattr(cmd, "optimise", lambda *a, **k: _failed(real(*a, **k), **changes))
    out = tmp_path / "opt.wplan"
    assert main(["optimize", LARSON, "--out", str(out)]) == code
    assert not out.exists()
    err = capsys.readouterr().err
    assert "was not written" in err
    assert ("internal error" in err) == (code == 1)


def test_optimize_refuses_a_network_without_nodes(tmp_path, capsys) -> None:
    s = load_scenario(LARSON)
    path = tmp_path / "empty.wplan"
    save_scenario(replace(s, nodes=(), links=(), release_schedules={}, extensions={}), path)
    assert main(["optimize", str(path)]) == 2
    err = capsys.readouterr().err  # refused by validation, before the optimiser is asked
    assert "needs at least an inflow" in err and "Traceback" not in err


def test_optimize_refuses_a_problem_too_large(capsys, monkeypatch) -> None:
    from waterplanner.engine.optimise import precheck
    monkeypatch.setattr(precheck, "MAX_LP_NONZEROS", 1000)
    assert main(["optimize", "--default"]) == 2
    err = capsys.readouterr().err
    assert "too large" in err and "non-zero coefficients" in err and "monthly" in err


@pytest.mark.parametrize("args", [["--between", "shortfall", "joy"],
                                  ["--between", "shortfall", "shortfall"],
                                  ["--between", "shortfall", "spill", "--points", "1"]])
def test_tradeoff_bad_input_exits_2(args, capsys) -> None:
    assert main(["tradeoff", LARSON] + args) == 2
