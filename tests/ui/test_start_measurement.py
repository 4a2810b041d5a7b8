"""Measuring a cold start: the process's age from the operating system's clock, and
``WATERPLANNER_EXIT_WHEN_SHOWN``, with which the window says when it was shown and quits."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time

import pytest

from waterplanner.process_clock import seconds_since_process_start
from waterplanner.ui.app import EXIT_WHEN_SHOWN_ENV

AGE = "from waterplanner.process_clock import seconds_since_process_start as s; print(s())"


@pytest.mark.skipif(not sys.platform.startswith(("linux", "win")), reason="Linux and Windows")
def test_a_new_process_knows_its_age() -> None:
    t0 = time.time()
    done = subprocess.run([sys.executable, "-c", "import time; time.sleep(0.3)\n" + AGE],
                          capture_output=True, text=True, check=True, timeout=120)
    wall = time.time() - t0
    age = float(done.stdout)
    assert 0.3 <= age <= wall + 0.05
    first = seconds_since_process_start()
    assert first is not None and seconds_since_process_start() >= first  # type: ignore[operator]


def test_the_window_says_when_it_is_shown_and_quits(tmp_path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", WATERPLANNER_CONFIG_DIR=str(tmp_path),
               **{EXIT_WHEN_SHOWN_ENV: "1"})
    done = subprocess.run([sys.executable, "-m", "waterplanner"], env=env, cwd=tmp_path,
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    m = re.search(r"window shown ([0-9.]+) \(epoch s\), ([0-9.]+|unknown) s after the process "
                  r"started, visible=True", done.stderr)
    assert m, done.stderr
    assert abs(float(m.group(1)) - time.time()) < 300
    assert not list(tmp_path.glob("recovery*.wplan"))  # nothing unsaved was left behind
