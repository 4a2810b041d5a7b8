"""First start of a new installation: how long until the window shows results.

A new installation has no compiled simulation kernel (numba builds and caches it on first
use). The window then simulates with the kernel's own Python code while the compiled one is
built in the background (see ``waterplanner/engine/jit.py``). This prints, for a fresh
process with an empty kernel cache and for one with the cache filled:

* window shown: the main window is built and shown (offscreen);
* first results: the first simulation's results have reached the window;
* compiled kernel ready: the background build has finished.

Run from a checkout with the package installed::

    python benchmarks/bench_first_start.py
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile

PROBE = r"""
import time
t0 = time.perf_counter()
import os, sys
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from waterplanner.ui.app import build_window, dispose_window
window, _ = build_window(None)
window.show()
app.processEvents()
shown = time.perf_counter() - t0
while window.results is None:
    app.processEvents()
    time.sleep(0.002)
first = time.perf_counter() - t0
python = window.session.last_outcome.python_kernel
sim = window.session.simulator
while sim.compiling:
    app.processEvents()
    time.sleep(0.01)
ready = time.perf_counter() - t0
print(f"{shown:.2f} {first:.2f} {ready:.2f} {int(python)}")
window.session.mark_saved()
dispose_window(window)
"""


def run(cache_dir: str, config_dir: str) -> tuple[float, float, float, bool]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", NUMBA_CACHE_DIR=cache_dir,
               WATERPLANNER_CONFIG_DIR=config_dir)
    out = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True,
                         text=True, timeout=600, check=True)
    shown, first, ready, python = out.stdout.split()[-4:]
    return float(shown), float(first), float(ready), python == "1"


def main() -> None:
    with tempfile.TemporaryDirectory() as cache, tempfile.TemporaryDirectory() as config:
        cold = run(cache, config)
        warm = run(cache, config)
    print("seconds from process start      window shown   first results   compiled kernel "
          "ready")
    for name, (shown, first, ready, python) in (("new installation (no kernel cache)", cold),
                                                ("later starts (cache filled)", warm)):
        how = "Python kernel" if python else "compiled kernel"
        print(f"{name:34s} {shown:8.2f} {first:12.2f} ({how}) {ready:10.2f}")


if __name__ == "__main__":
    main()
