"""Without a graphical session the window is not attempted (Qt would abort): a clear message
and exit code 2 instead."""

from __future__ import annotations

import sys

import pytest

from waterplanner.ui import app


@pytest.mark.skipif(sys.platform.startswith(("win", "darwin")), reason="X11/Wayland only")
def test_no_display_gives_a_message_not_an_abort(monkeypatch, capsys):
    for var in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(var, raising=False)
    assert app.run_app(None) == 2
    err = capsys.readouterr().err
    assert "no display" in err and "simulate --default" in err
