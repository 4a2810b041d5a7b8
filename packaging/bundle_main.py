"""The program the installable bundle runs (PyInstaller's entry script).

It is the ``waterplanner`` command (``waterplanner.cli.main``); the windowed executable of
the Windows bundle (``waterplanner-gui.exe``) always opens the window. Before anything
imports numba, the bundle's compiled kernels are made ready (``waterplanner.frozen``).
"""

import sys
from pathlib import Path

from waterplanner.frozen import prepare_bundle

prepare_bundle()

from waterplanner.cli.main import gui_main, main  # after the kernels' set-up

sys.exit(gui_main() if Path(sys.executable).stem.endswith("-gui") else main())
