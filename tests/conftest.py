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
