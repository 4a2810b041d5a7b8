"""The model and the engine must run without Qt: import them (and run a simulation and the
command line's simulate) in a fresh interpreter and check that no Qt module was loaded."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

CODE = """
import sys
import waterplanner.model, waterplanner.engine, waterplanner.export.csv_results
from waterplanner.model import load_scenario
from waterplanner.engine import simulate
r = simulate(load_scenario(sys.argv[1]))
r.summary()
from waterplanner.cli.main import main
assert main(["simulate", sys.argv[1]]) == 0
assert main(["validate", sys.argv[1]]) == 0
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "pyqtgraph", "shiboken6"))
print("QT:" + ",".join(qt))
"""


def test_model_engine_and_cli_load_no_qt():
    example = Path(__file__).parents[1] / "data" / "two_reservoirs.wplan"
    out = subprocess.run([sys.executable, "-c", CODE, str(example)], capture_output=True,
                         text=True, timeout=300, check=False)
    assert out.returncode == 0, out.stderr
    assert "QT:\n" in out.stdout or out.stdout.rstrip().endswith("QT:"), out.stdout
