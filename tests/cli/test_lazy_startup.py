"""Start-up is lazy: each command loads only what it uses. Checked in a fresh interpreter
per case (``sys.modules`` at the end of the run), so no other test's imports interfere."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import pytest

from waterplanner.cli.common import DEFAULT_SCENARIO_NAME
from waterplanner.cli.main import COMMANDS, command_module

EXAMPLE = Path(__file__).resolve().parents[1] / "data" / "two_reservoirs.wplan"
WATCHED = ("numpy", "numba", "scipy", "scipy.optimize", "PySide6", "shiboken6", "pyqtgraph",
           "openpyxl")

RUN = """
import contextlib, io, json, sys
from waterplanner.cli.main import main
codes = []
for argv in json.loads(sys.argv[1]):
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        codes.append(main(argv))
print(json.dumps({"codes": codes, "loaded": [m for m in json.loads(sys.argv[2])
                                              if m in sys.modules]}))
"""


def loaded_after(*runs: list[str]) -> set[str]:
    """The watched modules loaded by running these command lines in one fresh interpreter
    (every run must succeed)."""
    out = subprocess.run([sys.executable, "-c", RUN, json.dumps(list(runs)), json.dumps(WATCHED)],
                         check=False, capture_output=True, text=True, timeout=300,
                         env={**_env(), "QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["codes"] == [0] * len(runs), result
    return set(result["loaded"])


def _env() -> dict[str, str]:
    import os
    return dict(os.environ)


def test_version_and_help_load_nothing_heavy():
    # optimize and tradeoff import the optimiser at the top of their modules; main imports
    # those modules only when their command runs
    light = ("simulate", "validate", "report", "export")
    runs = [["--version"], ["--help"], ["-h"]] + [[name, "--help"] for name in light]
    assert loaded_after(*runs) == set()


def test_validate_loads_the_model_but_no_engine_optimiser_or_qt():
    assert loaded_after(["validate", str(EXAMPLE)]) == {"numpy"}


def test_simulate_loads_neither_the_optimiser_nor_qt(tmp_path):
    loaded = loaded_after(["simulate", str(EXAMPLE)], ["simulate", "--default"],
                          ["simulate", str(EXAMPLE), "--out", str(tmp_path)])
    assert {"numpy", "numba"} <= loaded  # the check can fail: the engine did run
    assert not loaded & {"scipy.optimize", "PySide6", "shiboken6", "pyqtgraph", "openpyxl"}


def test_export_loads_neither_the_optimiser_nor_qt(tmp_path):
    loaded = loaded_after(["export", str(EXAMPLE), "--out", str(tmp_path / "r.xlsx")])
    assert "openpyxl" in loaded
    assert not loaded & {"scipy.optimize", "PySide6", "shiboken6", "pyqtgraph"}


def test_the_list_of_commands_matches_each_commands_own_help():
    for name, (_, one_line) in COMMANDS.items():
        parser = argparse.ArgumentParser()
        sub = parser.add_subparsers()
        command_module(name).register(sub)
        listed = {a.dest: a.help for a in sub._choices_actions}
        assert listed == {name: one_line}


def test_help_names_the_default_scenario_file():
    from waterplanner.model.fileio import DEFAULT_SCENARIO
    assert DEFAULT_SCENARIO_NAME == DEFAULT_SCENARIO


@pytest.mark.parametrize("argv", [["simulate", "--help"], ["validate", "--help"]])
def test_a_commands_help_is_complete(argv, capsys):
    from waterplanner.cli.main import main
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert f"usage: waterplanner {argv[0]}" in out
    assert "FILE" in out.upper()


@pytest.mark.parametrize("package", ["waterplanner.model", "waterplanner.report"])
def test_lazy_packages_still_offer_every_name(package):
    import importlib
    mod = importlib.import_module(package)
    for name in mod.__all__:
        assert getattr(mod, name) is not None
        assert name in dir(mod)
    with pytest.raises(AttributeError, match="no_such_name"):
        mod.no_such_name  # noqa: B018


def test_engine_simulate_is_the_function_even_after_its_module_was_imported():
    # waterplanner.engine stays eager: 'simulate' names a submodule and the function, and a
    # lazy package would hand out the module once the submodule had been imported
    import waterplanner.engine.simulate  # noqa: F401
    from waterplanner.engine import simulate
    assert callable(simulate)
