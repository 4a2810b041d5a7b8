"""Make the documentation's pictures of the Countries view and the report's Countries page.

Run from the repository's root (``QT_QPA_PLATFORM=offscreen python packaging/countries_images.py``);
writes into docs/images/:

- ``countries-view.png``: the window on the Countries tab for the default scenario as shipped
  (its countries with their ICWC limits, the shares of the mixed zones, the 2021 exchange);
- ``countries-view-default.png``: the Countries tab alone, for the same scenario;
- ``countries-report.png``: the first page of the report's Countries section for the ICWC
  proportional variant in the dry year, compared with the default scenario as baseline
  (needs ``pdftoppm``).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "images"


def _window_images() -> None:
    from PySide6.QtWidgets import QApplication

    from waterplanner.ui.document import ScenarioDocument
    from waterplanner.ui.file_controller import default_scenario
    from waterplanner.ui.main_window import MainWindow
    from waterplanner.ui.settings import AppSettings

    app = QApplication.instance() or QApplication(sys.argv)

    def shoot(scenario, path: Path, whole_window: bool) -> None:  # type: ignore[no-untyped-def]
        win = MainWindow(ScenarioDocument(scenario, None), AppSettings())
        win.resize(1920, 1080)
        win.show()
        start = time.time()
        while win.results is None and time.time() - start < 60:
            app.processEvents()
        win.plots.tabs.setCurrentIndex(win.plots.TABS.index("Countries"))
        for _ in range(30):
            app.processEvents()
        widget = win if whole_window else win.plots.countries
        if not widget.grab().save(str(path)):
            raise OSError(f"cannot write {path}")
        win.session.mark_saved()
        win.close()

    shoot(default_scenario(), OUT / "countries-view.png", True)
    shoot(default_scenario(), OUT / "countries-view-default.png", False)


def _report_image() -> None:
    from waterplanner.engine.simulate import simulate
    from waterplanner.model.fileio import DEFAULT_SCENARIO, load_shipped_scenario
    from waterplanner.report import ReportOptions, ensure_gui_application, write_report

    ensure_gui_application()
    base = load_shipped_scenario(DEFAULT_SCENARIO)
    variant = load_shipped_scenario("syr-darya-icwc-proportional.wplan")
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "variant.pdf"
        info = write_report(pdf, variant, simulate(variant, "dry"),
                            baseline=simulate(base, "dry"),
                            options=ReportOptions(baseline_label="the default scenario"))
        page = dict(info.sections)["Countries"]
        stem = Path(tmp) / "page"
        subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", str(page), "-l", str(page),
                        "-singlefile", str(pdf), str(stem)], check=True)
        (OUT / "countries-report.png").write_bytes(stem.with_suffix(".png").read_bytes())


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("WATERPLANNER_CONFIG_DIR", tempfile.mkdtemp())
    sys.path.insert(0, str(ROOT))
    _window_images()
    _report_image()
    print(f"wrote {OUT}/countries-view.png, countries-view-default.png, countries-report.png")
