"""``waterplanner optimize --ensemble``: the robust schedule's tables, the file written, and
exit codes."""

from __future__ import annotations

import pytest

from tests.engine.optimise.robust_helpers import dam_and_side_river
from waterplanner.cli.main import main
from waterplanner.model import load_scenario, save_scenario

HAND = ((10.0, 0.0), (10.0, 0.0), (0.0, 10.0))


@pytest.fixture()
def hand_file(tmp_path):  # type: ignore[no-untyped-def]
    path = tmp_path / "hand.wplan"
    save_scenario(dam_and_side_river(HAND), path)
    return str(path)


def test_robust_cvar_prints_tables_and_writes_the_schedule(hand_file, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "robust.wplan"
    assert main(["optimize", hand_file, "--ensemble", "hand", "--members", "3",
                 "--test-members", "0", "--out", str(out)]) == 0
    text = capsys.readouterr().out
    assert "K = 3 in-sample members, CVaR 90 % of the objective" in text
    assert "In-sample (3 members: 0–2)" in text
    assert "deterministic optimum (base)" in text
    assert "Self-check passed for all 3 in-sample members" in text
    assert "No out-of-sample members" in text
    # the robust schedule splits the dam's 10 evenly (worst member short 5)
    assert load_scenario(out).release_schedules["dam"] == pytest.approx((5.0, 5.0), abs=1e-6)


def test_robust_mean_gives_the_other_schedule(hand_file, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "mean.wplan"
    assert main(["optimize", hand_file, "--ensemble", "hand", "--members", "3", "--risk",
                 "mean", "--test-members", "0", "--out", str(out)]) == 0
    assert "mean of the objective" in capsys.readouterr().out
    assert load_scenario(out).release_schedules["dam"] == pytest.approx((0.0, 10.0), abs=1e-6)


def test_robust_out_of_sample_table(hand_file, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["optimize", hand_file, "--ensemble", "hand", "--members", "2",
                 "--test-members", "1"]) == 0
    text = capsys.readouterr().out
    assert "Out-of-sample (1 members: 2)" in text
    assert "Farm" in text and "P(short > 10 %)" in text


@pytest.mark.parametrize("extra, words", [
    (["--ensemble", "hand", "--members", "0"], "at least one in-sample member"),
    (["--ensemble", "hand", "--alpha", "1.5"], r"outside [0, 1)"),
    (["--ensemble", "hand", "--risk", "mean", "--alpha", "0.5"], "use it with --risk cvar"),
    (["--members", "5"], "--members needs --ensemble"),
    (["--ensemble", "wet"], "no ensemble 'wet'"),
    (["--ensemble", "hand", "--members", "4"], "fewer than the K = 4"),
])
def test_robust_bad_input_exits_2_with_words(hand_file, capsys, extra: list[str],  # type: ignore[no-untyped-def]
                                             words: str) -> None:
    assert main(["optimize", hand_file] + extra) == 2
    assert words in capsys.readouterr().err


def test_tradeoff_with_risk_axes(hand_file, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["tradeoff", hand_file, "--between", "cvar90:shortfall", "mean:shortfall",
                 "--points", "3", "--ensemble", "hand", "--members", "3"]) == 0
    text = capsys.readouterr().out
    assert "CVaR 90 % over 3 members of irrigation shortfall" in text
    assert "7.5" in text and "4.16667" in text


def test_tradeoff_risk_options_need_an_ensemble_and_good_labels(hand_file, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["tradeoff", hand_file, "--between", "shortfall", "spill",
                 "--members", "3"]) == 2
    assert "--members needs --ensemble" in capsys.readouterr().err
    assert main(["tradeoff", hand_file, "--between", "cvar100:shortfall", "mean:shortfall",
                 "--ensemble", "hand", "--members", "3"]) == 2
    assert "outside 0 to 100" in capsys.readouterr().err


def test_an_unconfirmed_member_is_reported_and_the_schedule_still_written(  # type: ignore[no-untyped-def]
        hand_file, tmp_path, capsys, monkeypatch) -> None:
    """A robust schedule is judged by its simulations: where successive LP stops before its
    model of some member meets the simulation, the command says so and still writes the
    schedule (exit 0), unlike the deterministic optimiser, whose self-check guards its LP."""
    from dataclasses import replace

    from waterplanner.engine.optimise import robust

    real = robust.self_check

    def off_in_member_1(ctx, it, tol):  # type: ignore[no-untyped-def]
        c = real(ctx, it, tol)
        return replace(c, passed=False, max_storage_diff_mcm=3.0, worst="Dam storage, day 2") \
            if ctx is seen[1] else c

    seen: list[object] = []
    real_members = robust.in_sample_members

    def remember(base, draw):  # type: ignore[no-untyped-def]
        out = real_members(base, draw)
        seen.extend(m.ctx for m in out)
        return out

    monkeypatch.setattr(robust, "self_check", off_in_member_1)
    monkeypatch.setattr(robust, "in_sample_members", remember)
    out = tmp_path / "robust.wplan"
    assert main(["optimize", hand_file, "--ensemble", "hand", "--members", "3",
                 "--test-members", "0", "--out", str(out)]) == 0
    text = capsys.readouterr().out
    assert "Self-check not passed in 1 of 3 in-sample members" in text
    assert "every figure shown for this one is the simulator's" in text
    assert "member 1:" in text and "Dam storage, day 2" in text
    assert load_scenario(out).release_schedules["dam"] == pytest.approx((5.0, 5.0), abs=1e-6)
