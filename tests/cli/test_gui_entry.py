"""``waterplanner-gui`` (the gui-scripts entry, and the Windows bundle's windowed program)
always opens the window, even with no standard output or error to write to; the
``waterplanner`` command keeps opening it when no command is given."""

from __future__ import annotations

import sys

import pytest

from waterplanner.cli import main as cli


@pytest.fixture
def window_args(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    calls: list[list[str]] = []

    def run_app(argv: list[str]) -> int:
        calls.append(argv)
        print("the window would open", file=sys.stderr)
        return 0

    monkeypatch.setattr(cli, "_run_app", run_app)
    return calls


def test_the_command_opens_the_window_without_a_command(window_args: list[list[str]]) -> None:
    assert cli.main([]) == 0
    assert cli.main(["plan.wplan"]) == 0
    assert window_args == [[], ["plan.wplan"]]


def test_the_gui_entry_opens_the_window_whatever_the_arguments(
        window_args: list[list[str]], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "argv", ["waterplanner-gui", "simulate"])
    assert cli.gui_main() == 0
    assert window_args == [["simulate"]]


def test_the_gui_entry_runs_without_standard_output(window_args: list[list[str]],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """pythonw (and a windowed bundle) start with sys.stdout and sys.stderr set to None."""
    monkeypatch.setattr(sys, "argv", ["waterplanner-gui"])
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    assert cli.gui_main() == 0
    assert sys.stderr is not None and sys.stdout is not None
    assert window_args == [[]]
    sys.stdout.close()
    sys.stderr.close()
