"""Starting the desktop application (``waterplanner [FILE]``), and offscreen screenshots.

``run_app(None)`` opens the embedded default scenario; ``run_app(file)`` a file (when it
cannot be read, the default opens and the problems are listed). ``screenshot=PNG`` renders
the window with results offscreen, saves it and returns 0 — for documentation and checks;
``show=TASK`` first puts the window in the state of a task of the user guide
(:mod:`waterplanner.ui.screenshot_tasks`).
"""

from __future__ import annotations

import gc
import os
import sys
import time
from pathlib import Path

SCREENSHOT_SIZE = (1920, 1080)
CONFIG_ENV = "WATERPLANNER_CONFIG_DIR"
APP_ID = "org.waterplanner.WaterPlanner"
"""The desktop's name of the program: its ``.desktop`` file and AppStream id on Linux
(``packaging/linux/``), so that the desktop shows the window under the program's icon."""
EXIT_WHEN_SHOWN_ENV = "WATERPLANNER_EXIT_WHEN_SHOWN"
"""When set (to anything but empty or 0), the window quits as soon as it is first shown and
says on stderr how long that took from the process's start: a cold-start measurement of an
installation (``benchmarks/bench_bundle_start.py``), with nothing else changed."""


def _application():
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        app.setApplicationName("WaterPlanner")
        app.setOrganizationName("WaterPlanner")
        app.setDesktopFileName(APP_ID)
        app.setWindowIcon(application_icon())
    return app


def application_icon():
    """The program's icon (``resources/icons/waterplanner.png``), or an empty icon when the
    installation lacks it."""
    from importlib import resources

    from PySide6.QtGui import QIcon, QPixmap
    pixmap = QPixmap()
    try:
        data = resources.files("waterplanner.resources").joinpath(
            "icons", "waterplanner.png").read_bytes()
    except OSError:
        return QIcon()
    pixmap.loadFromData(data, "PNG")
    return QIcon(pixmap)


def _counted_texts() -> None:  # pragma: no cover - read by pyside6-lupdate, never run
    from waterplanner.i18n import translate
    translate("Recovery", "{count} more recovery copies will be offered the next time "
                          "WaterPlanner starts.", None, 1)


def offer_recovery(window) -> bool:
    """If earlier sessions left recovery copies, ask whether to restore the newest.

    Copies that another running window keeps are not offered; damaged recovery files are set
    aside with a message in the status bar. Further copies stay for the next start.
    """
    from PySide6.QtWidgets import QMessageBox

    from waterplanner.i18n import translate
    from waterplanner.i18n.figures import counted
    from waterplanner.ui.recovery import find_recoveries
    scan = find_recoveries(window.settings.directory)
    if scan.notes:
        window.show_message(" ".join(scan.notes), error=True)
    if not scan.copies:
        return False
    copy, others = scan.copies[0], scan.copies[1:]
    for other in others:
        other.release()
    if copy.original_path is not None:
        source = str(copy.original_path)
    elif copy.original_name:
        source = translate("Recovery", "{name} (its folder was not recorded)").format(
            name=copy.original_name)
    else:
        source = translate("Recovery", "an unsaved scenario")
    more = ""
    if others:
        n = len(others)
        more = "\n\n" + counted("Recovery", "{count} more recovery copies will be offered "
                                            "the next time WaterPlanner starts.", n,
                                  "{count} more recovery copy will be offered the next time "
                                  "WaterPlanner starts.").format(count=n)
    answer = QMessageBox.question(
        window, translate("Recovery", "Restore unsaved work?"),
        translate("Recovery", "WaterPlanner did not close normally. A recovery copy of {source} "
                              "({name}, saved {saved}) was found.\n\nRestore it? (If not, the "
                              "copy is deleted.)").format(
            source=source, name=copy.scenario.metadata.name,
            saved=copy.saved_at or translate("Recovery", "recently")) + more,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes)
    if answer == QMessageBox.StandardButton.Yes:
        window.session.replace_document(copy.scenario, copy.original_path, modified=True)
        window.recovery.write_now()
        copy.discard()
        return True
    copy.discard()
    return False


def build_window(file: str | None):
    """The window on ``file`` (or the default scenario) and the problems of a failed open."""
    from waterplanner.model.fileio import load_scenario_and_view
    from waterplanner.model.problems import ScenarioError
    from waterplanner.ui.document import ScenarioDocument
    from waterplanner.ui.file_controller import default_scenario
    from waterplanner.ui.language import apply_language, startup_language
    from waterplanner.ui.main_window import MainWindow
    from waterplanner.ui.settings import AppSettings

    settings = AppSettings()
    apply_language(startup_language(settings))  # before anything is built or read
    problems = []
    scenario, path, view = None, None, None
    if file:
        try:
            # absolute, so that a later save (or a recovery copy) goes to the file's own
            # folder even if the program's working folder changes
            scenario, view = load_scenario_and_view(file)
            path = Path(os.path.abspath(file))
        except ScenarioError as e:
            problems = e.problems
    if scenario is None:
        scenario = default_scenario()
    window = MainWindow(ScenarioDocument(scenario, path), settings, view)
    if path is not None:
        settings.add_recent_file(str(path))
    if problems:
        window.files._show_problems(Path(file).name, problems)  # type: ignore[arg-type]
    return window, problems


def wait_for_results(window, timeout_s: float = 60.0) -> bool:
    """Process events until the window shows results (the first run warms the engine)."""
    from PySide6.QtWidgets import QApplication
    deadline = time.monotonic() + timeout_s
    while window.results is None and time.monotonic() < deadline:
        QApplication.processEvents()
        if window.document.problems():
            return False
        time.sleep(0.01)
    QApplication.processEvents()
    return window.results is not None


def run_app(file: str | None, screenshot: str | None = None, show: str | None = None) -> int:
    """Run the window; returns the exit code."""
    if show:
        from waterplanner.ui.screenshot_tasks import TASKS
        if show not in TASKS or not screenshot:
            from waterplanner.i18n import translate
            print("waterplanner: " + translate(
                "App", "--show {task}: not a task of the screenshots (choose one of {tasks}, "
                       "with --screenshot PNG)").format(task=show, tasks=", ".join(TASKS)),
                  file=sys.stderr)
            return 2
    if screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        # a reproducible picture: the default layout, and the planner's settings untouched
        import tempfile
        with tempfile.TemporaryDirectory(prefix="waterplanner-shot-") as tmp:
            old = os.environ.get(CONFIG_ENV)
            os.environ[CONFIG_ENV] = tmp
            try:
                return _run(file, screenshot, show)
            finally:
                if old is None:
                    os.environ.pop(CONFIG_ENV, None)
                else:
                    os.environ[CONFIG_ENV] = old
    if no_display():
        from waterplanner.i18n import translate
        print("waterplanner: " + translate(
            "App", "no display to open the window on (DISPLAY and WAYLAND_DISPLAY are unset). "
            "Run it on a desktop, render it with 'waterplanner --screenshot PNG', or use the "
            "command-line tools, e.g. 'waterplanner simulate --default'."), file=sys.stderr)
        return 2
    return _run(file, None)


def no_display() -> bool:
    """True on a Linux/BSD machine with no graphical session, where Qt would abort."""
    if sys.platform.startswith(("win", "darwin")) or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _run(file: str | None, screenshot: str | None, show: str | None = None) -> int:
    from waterplanner.i18n import translate
    from waterplanner.model.problems import ScenarioError
    from waterplanner.ui.simulation import SimulationWorker
    app = _application()
    SimulationWorker.defer_warm_up = True  # the window first, then the kernels
    try:
        window, problems = build_window(file)
    except ScenarioError as e:
        print("waterplanner: " + translate("App", "cannot start: {problems}").format(
            problems="; ".join(str(p) for p in e.problems)), file=sys.stderr)
        return 2
    finally:
        SimulationWorker.defer_warm_up = False
    if screenshot:
        if problems:
            for p in problems:
                print(f"waterplanner: {file}: {p}", file=sys.stderr)
            window.shutdown()
            return 2
        window.resize(*SCREENSHOT_SIZE)
        window.show()
        ok = wait_for_results(window)
        reservoirs = window.document.scenario.reservoirs
        if reservoirs:  # a filled-in inspector and a highlighted schedule row tell more
            window.session.select_node(reservoirs[0].id)
        window.schematic.view.fit()
        for _ in range(5):
            app.processEvents()
        staged = None
        if show and ok:
            from waterplanner.ui.screenshot_tasks import shoot, stage
            staged = stage(window, show)
            saved = shoot(window, staged, screenshot)
        else:
            saved = window.grab().save(screenshot)
        dispose_window(window)
        if not saved:
            print("waterplanner: " + translate("App", "could not write {path}").format(
                path=screenshot), file=sys.stderr)
            return 2
        if not ok:
            print("waterplanner: " + translate(
                "App", "the screenshot shows no results (the scenario has problems)"),
                file=sys.stderr)
            return 1 if show else 0
        if staged is not None and not staged.reached:
            print("waterplanner: " + translate(
                "App", "the window did not reach the state of '{task}': {why}").format(
                    task=show, why=staged.note), file=sys.stderr)
            return 1
        return 0
    window.show()
    window.sim_label.setText(translate("App", "Starting the simulation engine…"))
    if os.environ.get(EXIT_WHEN_SHOWN_ENV, "") not in ("", "0"):
        _quit_when_shown(app, window)
    gc.freeze()  # the window's long-lived objects need not be traversed by every collection
    offer_recovery(window)
    code = int(app.exec())
    dispose_window(window)
    return code


def _quit_when_shown(app, window) -> None:
    """Once the event loop has drawn the shown window, say when (see EXIT_WHEN_SHOWN_ENV)
    and quit."""
    from PySide6.QtCore import QTimer

    from waterplanner.process_clock import seconds_since_process_start

    def report() -> None:
        since = seconds_since_process_start()
        where = "unknown" if since is None else f"{since:.3f}"
        print(f"waterplanner: window shown {time.time():.3f} (epoch s), {where} s after the "
              f"process started, visible={window.isVisible()}", file=sys.stderr, flush=True)
        window.session.mark_saved()
        app.quit()

    QTimer.singleShot(0, report)


def dispose_window(window) -> None:
    """End the window while Python and Qt are both whole: stop its work, delete it now and
    collect what referred to it. Left to the interpreter's exit, PySide6 would meet the
    window's wrappers half torn down and could crash after the planner closed the window."""
    import shiboken6

    from waterplanner.ui.language import latest
    window = latest(window)  # the window rebuilt in another language, if it was
    window.shutdown()
    gc.unfreeze()
    if shiboken6.isValid(window):
        shiboken6.delete(window)
    gc.collect()
