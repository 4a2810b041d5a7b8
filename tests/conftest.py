"""Settings for the whole suite: Qt without a display, and Qt objects that end with their test."""

import gc
import os

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"


@pytest.fixture(autouse=True)
def qt_objects_end_with_their_test(request: pytest.FixtureRequest):
    """After a test that used Qt, delete what it closed and collect its garbage now.

    pytest-qt closes a test's widgets and only schedules their deletion; left alone, they
    are deleted (and their Python wrappers collected) in the middle of some later test's
    event loop, where PySide6 can crash. Here they go at once, while nothing else runs.
    """
    yield
    if "qapp" not in request.fixturenames and "qtbot" not in request.fixturenames:
        return
    from PySide6.QtCore import QCoreApplication, QEvent
    app = QCoreApplication.instance()
    if app is not None:
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        app.processEvents()
    gc.collect()


SLOW_FILES = (
    "tests/docs/test_command_examples.py",
    "tests/engine/optimise/test_robust.py",
    "tests/ui/test_no_english_in_translated_window.py",
    "tests/ui/test_screenshot_tasks.py",
    "tests/engine/optimise/test_regressions.py",
    "tests/ui/test_optimiser.py",
    "tests/report/test_language.py",
    "tests/report/test_member_report.py",
    "tests/cli/test_ensemble_cli.py",
    "tests/ui/test_session.py",
)
"""Files that take longest, run first: with one worker per core and each file on one worker
(the README's command), a long file started last would keep one core busy alone at the end."""


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    rank = {f: i for i, f in enumerate(SLOW_FILES)}
    root = config.rootpath

    def key(item: pytest.Item) -> int:
        try:
            rel = item.path.relative_to(root).as_posix()
        except ValueError:
            return len(rank)
        return rank.get(rel, len(rank))

    items.sort(key=key)  # stable: the rest keep their order
