"""Start-up time of the ``waterplanner`` command, as a planner feels it (wall time of a fresh
process, best of N runs).

Run from a checkout with the package installed (offscreen; your settings are not touched)::

    python benchmarks/bench_startup.py            # best of 5
    python benchmarks/bench_startup.py --runs 10

Cases:

* ``--version`` and ``--help``: argument parsing only.
* ``validate FILE`` on the default scenario written to a temporary file.
* ``simulate --default``, warm: the compiled kernel is in numba's on-disk cache (one
  untimed run first fills it).
* ``window shown``: a fresh interpreter builds the main window on the default scenario,
  shows it (offscreen platform) and processes its first events, then exits. That is the
  moment the window appears on a desktop; the first results arrive a little later.
* ``--screenshot``: ``waterplanner --screenshot PNG``, the window with its first results
  rendered, grabbed and saved as a PNG (an upper bound of "window visible with results").

Each line also names the heavy packages the command loaded (numpy, numba, scipy.optimize,
PySide6), from ``sys.modules`` at exit of an identical run.

Targets on the 2-core reference machine: --version < 0.3 s, validate < 0.6 s, simulate
--default < 1.0 s warm, window visible < 1.5 s.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HEAVY = ("numpy", "numba", "scipy.optimize", "PySide6", "openpyxl")

# Runs the real entry point, then reports which heavy modules it loaded (on stderr, last line).
_CLI = """
import sys
from waterplanner.cli.main import main
code = main(sys.argv[1:])
sys.stdout.flush()
print("LOADED:" + ",".join(m for m in {heavy!r} if m in sys.modules), file=sys.stderr)
sys.exit(code)
"""

_WINDOW = """
import sys
from PySide6.QtWidgets import QApplication
from waterplanner.ui.app import build_window
app = QApplication(sys.argv[:1])
window, problems = build_window(None)
window.resize(1920, 1080)
window.show()
app.processEvents()
assert window.isVisible() and not problems
print("LOADED:" + ",".join(m for m in {heavy!r} if m in sys.modules), file=sys.stderr)
from waterplanner.ui.app import dispose_window
dispose_window(window)
"""


def _entry_point() -> list[str]:
    """The installed ``waterplanner`` script next to this interpreter, else ``python -m``."""
    script = Path(sys.executable).with_name("waterplanner")
    if script.exists():
        return [str(script)]
    found = shutil.which("waterplanner")
    return [found] if found else [sys.executable, "-m", "waterplanner"]


def best_wall_time(argv: list[str], runs: int, env: dict[str, str]) -> float:
    """Best wall time (s) of ``runs`` fresh processes; a failing run aborts the benchmark."""
    best = float("inf")
    for _ in range(runs):
        t0 = time.perf_counter()
        out = subprocess.run(argv, check=False, capture_output=True, text=True, env=env, timeout=600)
        elapsed = time.perf_counter() - t0
        if out.returncode != 0:
            raise SystemExit(f"{' '.join(argv)} failed ({out.returncode}):\n{out.stderr}")
        best = min(best, elapsed)
    return best


def loaded_modules(code: str, args: list[str], env: dict[str, str]) -> str:
    """Which heavy packages a run loads (from its own sys.modules)."""
    out = subprocess.run([sys.executable, "-c", code.format(heavy=HEAVY)] + args,
                         check=False, capture_output=True, text=True, env=env, timeout=600)
    lines = [ln for ln in out.stderr.splitlines() if ln.startswith("LOADED:")]
    if out.returncode != 0 or not lines:
        return f"(check failed: {out.stderr.strip()[-300:]})"
    return lines[-1].removeprefix("LOADED:") or "none"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--runs", type=int, default=5, help="runs per case (best is printed)")
    p.add_argument("--no-window", action="store_true", help="skip the two window cases")
    args = p.parse_args(argv)

    tmp = tempfile.TemporaryDirectory(prefix="waterplanner-bench-")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", WATERPLANNER_CONFIG_DIR=tmp.name)
    from waterplanner.model.fileio import DEFAULT_SCENARIO, shipped_scenario_text
    default_file = Path(tmp.name) / DEFAULT_SCENARIO
    default_file.write_bytes(shipped_scenario_text())
    shot = str(Path(tmp.name) / "window.png")

    wp = _entry_point()
    cases: list[tuple[str, list[str], str, list[str]]] = [
        ("--version", ["--version"], _CLI, ["--version"]),
        ("--help", ["--help"], _CLI, ["--help"]),
        ("validate <default file>", ["validate", str(default_file)], _CLI,
         ["validate", str(default_file)]),
        ("simulate --default (warm)", ["simulate", "--default"], _CLI,
         ["simulate", "--default"]),
    ]
    if not args.no_window:
        cases += [
            ("window shown (no results yet)", [], _WINDOW, []),
            ("--screenshot PNG (window + results)", ["--screenshot", shot], _CLI,
             ["--screenshot", shot]),
        ]
    subprocess.run(wp + ["simulate", "--default"], check=False, capture_output=True, env=env, timeout=600)
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, best of {args.runs}; "
          f"command: {' '.join(wp)}")
    for label, cmd_args, code, check_args in cases:
        if code is _WINDOW:
            argv_run = [sys.executable, "-c", code.format(heavy=HEAVY)]
        else:
            argv_run = wp + cmd_args
        seconds = best_wall_time(argv_run, args.runs, env)
        print(f"{label:38s} {seconds:6.2f} s   loads: {loaded_modules(code, check_args, env)}")
    print(f"(bare interpreter: {best_wall_time([sys.executable, '-c', 'pass'], args.runs, env):.2f}"
          " s)")
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
