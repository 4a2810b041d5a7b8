"""Start-up stays light: the window imports neither scipy.optimize nor the optimiser until
the planner uses it. Checked in a fresh interpreter (``sys.modules``), so no other test's
imports interfere."""

from __future__ import annotations

import json
import os
import subprocess
import sys

HEAVY = ("scipy.optimize", "waterplanner.engine.optimise")

SCRIPT = """
import json, sys, time
HEAVY = {heavy!r}
def loaded():
    return sorted(m for m in sys.modules if any(m == h or m.startswith(h + ".") for h in HEAVY))
import waterplanner.ui.main_window
after_import = loaded()
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from waterplanner.ui.document import ScenarioDocument
from waterplanner.ui.file_controller import default_scenario
from waterplanner.ui.main_window import MainWindow
from waterplanner.ui.settings import AppSettings
win = MainWindow(ScenarioDocument(default_scenario(), None), AppSettings())
win.show()
t = time.time()
while win.results is None and time.time() - t < 120:
    app.processEvents()
    time.sleep(0.01)
record = win.session.optimisation_record
panel = win.optimiser
after_window = loaded()
panel.tabs.setCurrentWidget(panel.tradeoff_page)
offered = panel.tradeoff.a_combo.count()
after_tradeoff = loaded()
win.session.mark_saved()
win.close()
print(json.dumps({{"import": after_import, "window": after_window, "record": record is None,
                  "tradeoff": after_tradeoff, "offered": offered}}))
"""


def test_the_window_starts_without_the_optimiser(tmp_path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "WATERPLANNER_CONFIG_DIR": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", SCRIPT.format(heavy=HEAVY)], check=False,
                         capture_output=True, text=True, timeout=300, env=env)
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["import"] == [], "importing the main window loads the optimiser"
    assert result["window"] == [], "showing the window loads the optimiser"
    assert result["record"], "the session works without the optimiser loaded"
    # the trade-off page asks the engine which objectives the scenario offers
    assert "waterplanner.engine.optimise" in result["tradeoff"] and result["offered"] > 10
