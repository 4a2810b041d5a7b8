"""Make the documentation's pictures of the window in Russian and Kazakh.

Run from the repository's root (``QT_QPA_PLATFORM=offscreen python packaging/translated_images.py``);
writes into docs/images/, each on a 1920×1080 window on the default scenario with the plan frozen
as the baseline, Toktogul's April release then set to 0 and the generated inflow ensemble
chosen (its bands and risk tables beside the baseline's):

- ``main-window-ru.png``, ``main-window-kk.png``: the window in Russian and in Kazakh;
- ``countries-ru.png``: the Countries tab in Russian (seasons, risk table, chart).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "images"
SIZE = (1920, 1080)
APRIL = 6
"""The period of the edit: April of the default scenario's water year."""


def _settle(app, until, timeout_s: float = 120.0) -> None:  # type: ignore[no-untyped-def]
    start = time.time()
    while not until():
        app.processEvents()
        if time.time() - start > timeout_s:
            raise TimeoutError("the window did not finish its simulation")
    for _ in range(30):
        app.processEvents()


def shoot(code: str, pictures: dict[str, Path]) -> None:
    """Open the window in ``code``, bring it to the state above, save ``pictures`` (tab name
    → file; '' for the tab the window opens on)."""
    from PySide6.QtWidgets import QApplication

    from waterplanner.ui import translators
    from waterplanner.ui.document import ScenarioDocument
    from waterplanner.ui.file_controller import default_scenario
    from waterplanner.ui.inflow_choice import ENSEMBLE
    from waterplanner.ui.main_window import MainWindow
    from waterplanner.ui.settings import AppSettings

    app = QApplication.instance() or QApplication(sys.argv)
    translators.install(code)
    win = MainWindow(ScenarioDocument(default_scenario(), None), AppSettings())
    win.resize(*SIZE)
    win.show()
    ss = win.session

    def current() -> bool:
        return win.results is not None and win.results.scenario is win.document.scenario \
            and not ss.simulator.busy

    _settle(app, current)
    ss.set_baseline_to_current()
    _settle(app, lambda: win.baseline is not None)
    table = win.schedule.model
    table.setData(table.index(table.row_of("toktogul"), APRIL), "0")
    _settle(app, current)
    combo = win.inflow_combo
    combo.setCurrentIndex([combo.itemData(i) for i in range(combo.count())].index(ENSEMBLE))
    _settle(app, lambda: current() and win.results.members > 1
            and win.baseline is not None and win.baseline.members > 1)
    ss.select_node("toktogul")
    win.schematic.view.fit()
    for tab, path in pictures.items():
        win.plots.tabs.setCurrentIndex(win.plots.TABS.index(tab) if tab else 0)
        _settle(app, lambda: True)
        if not win.grab().save(str(path)):
            raise OSError(f"cannot write {path}")
        print(path.relative_to(ROOT))
    ss.mark_saved()
    win.close()
    translators.install("en")


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # a settings folder of its own: no saved layout or language of the user's
    os.environ["WATERPLANNER_CONFIG_DIR"] = tempfile.mkdtemp(prefix="wp-images-")
    sys.path.insert(0, str(ROOT))
    shoot("ru", {"": OUT / "main-window-ru.png", "Countries": OUT / "countries-ru.png"})
    shoot("kk", {"": OUT / "main-window-kk.png"})
    return 0


if __name__ == "__main__":
    sys.exit(main())
