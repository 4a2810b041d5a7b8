"""Recovery copies: absolute paths, damaged records set aside (never fatal), and one slot per
window, so a running window's copy is never offered to another while a dead one's is."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QMessageBox

from waterplanner.model.document import dumps_scenario
from waterplanner.model.edits import SetReleases
from waterplanner.model.fileio import load_scenario, save_scenario
from waterplanner.ui import app as app_module
from waterplanner.ui.document import ScenarioDocument
from waterplanner.ui.file_controller import default_scenario
from waterplanner.ui.recovery import (
    INFO_NAME,
    RECOVERY_NAME,
    RecoveryKeeper,
    RecoverySlot,
    find_recoveries,
)

from .conftest import _windows, make_window

ROOT = Path(__file__).resolve().parents[2]


def _edit(win, value: str = "777") -> None:
    model = win.schedule.model
    assert model.setData(model.index(0, 3), value)


class StartingWindow:
    """What offer_recovery uses of a window: its settings folder, session, recovery keeper and
    status message (a full window costs seconds to build; these tests are about the files)."""

    def __init__(self, config_dir: Path) -> None:
        self.settings = SimpleNamespace(directory=config_dir)
        self.document = ScenarioDocument(default_scenario(), None)
        self.session = SimpleNamespace(replace_document=self.document.replace_document)
        self.recovery = RecoveryKeeper(self.document, config_dir)
        self.messages: list[str] = []

    def show_message(self, text: str, error: bool = False) -> None:
        self.messages.append(text)

    def close(self) -> None:
        self.recovery.stop()


@pytest.fixture
def starting(config_dir: Path) -> Iterator[StartingWindow]:
    window = StartingWindow(config_dir)
    yield window
    window.close()


def _crash(win) -> None:
    """What a crash leaves: the window's copy, and its lock no longer held."""
    win.recovery.write_now()
    win.session.simulator.shutdown()
    win.recovery.timer.stop()
    win._message_timer.stop()
    win.recovery.slot.release()


def _answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


@contextmanager
def no_hang(seconds: int = 20) -> Iterator[None]:
    def ring(signum, frame):
        raise AssertionError(f"blocked for {seconds} s")
    old = signal.signal(signal.SIGALRM, ring)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


# --- (a) absolute paths ------------------------------------------------------------------------
def test_a_restored_copy_of_a_relatively_named_file_saves_into_the_files_own_folder(
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home, elsewhere = tmp_path / "plans", tmp_path / "elsewhere"
    home.mkdir()
    elsewhere.mkdir()
    save_scenario(default_scenario(), home / "plan.wplan")
    monkeypatch.chdir(home)
    win = make_window(qtbot, load_scenario("plan.wplan"), Path("plan.wplan"))
    _edit(win, "999")
    edited = win.document.scenario
    _crash(win)
    monkeypatch.chdir(elsewhere)  # the next start, from another folder
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    win2 = StartingWindow(win.settings.directory)
    try:
        assert app_module.offer_recovery(win2)
        assert win2.document.path == home / "plan.wplan"
        win2.document.save()
    finally:
        win2.close()
    assert load_scenario(home / "plan.wplan") == edited
    assert list(elsewhere.iterdir()) == []


def test_a_file_named_relatively_on_the_command_line_gets_an_absolute_path(
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    save_scenario(default_scenario(), tmp_path / "plan.wplan")
    monkeypatch.chdir(tmp_path)
    window, problems = app_module.build_window("plan.wplan")
    _windows.append(window)
    qtbot.addWidget(window)
    assert problems == []
    assert window.document.path == tmp_path / "plan.wplan"


def test_a_copy_recorded_by_an_older_version_with_a_relative_name_asks_where_to_save(
        starting: StartingWindow, config_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (config_dir / RECOVERY_NAME).write_text(dumps_scenario(default_scenario()), encoding="utf-8")
    (config_dir / INFO_NAME).write_text('{"original_path": "plan.wplan", "saved_at": '
                                        '"2025-01-02T03:04:05"}', encoding="utf-8")
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    win = starting
    assert app_module.offer_recovery(win)
    assert "plan.wplan (its folder was not recorded)" in asked[0]
    assert win.document.path is None and win.document.is_modified


# --- (b) damaged records ---------------------------------------------------------------------
def _fifo(path: Path) -> None:
    os.mkfifo(path)


DAMAGED_RECORDS = {
    "a list": lambda p: p.write_bytes(b"[]"),
    "text": lambda p: p.write_bytes(b'"hello"'),
    "a number for the path": lambda p: p.write_bytes(b'{"original_path": 5}'),
    "binary garbage": lambda p: p.write_bytes(bytes(range(256)) * 4),
    "a FIFO": _fifo,
    "a folder": lambda p: p.mkdir(),
    "a huge record": lambda p: p.write_bytes(b'{"original_path": "' + b"x" * 200_000 + b'"}'),
}


@pytest.mark.parametrize("damage", list(DAMAGED_RECORDS))
def test_a_damaged_record_is_set_aside_and_the_copy_still_offered(
        starting: StartingWindow, config_dir: Path, monkeypatch: pytest.MonkeyPatch,
        damage: str) -> None:
    scenario = default_scenario()
    (config_dir / RECOVERY_NAME).write_text(dumps_scenario(scenario), encoding="utf-8")
    DAMAGED_RECORDS[damage](config_dir / INFO_NAME)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
    win = starting
    with no_hang():
        assert not app_module.offer_recovery(win)
    assert len(asked) == 1 and "an unsaved scenario" in asked[0]
    aside = [p.name for p in config_dir.iterdir() if p.name.startswith(INFO_NAME + ".bad-")]
    assert len(aside) == 1, sorted(p.name for p in config_dir.iterdir())
    assert "set aside as recovery.json.bad-" in " ".join(win.messages)
    # declined: the copy is gone, the damaged record stays for whoever wants to look at it
    assert not (config_dir / RECOVERY_NAME).exists() and not (config_dir / INFO_NAME).exists()
    with no_hang():
        assert find_recoveries(config_dir).copies == []


@pytest.mark.parametrize("damage", ["binary garbage", "a FIFO", "a folder", "a list"])
def test_a_damaged_copy_is_set_aside_with_a_message_and_the_start_goes_on(
        starting: StartingWindow, config_dir: Path, monkeypatch: pytest.MonkeyPatch,
        damage: str) -> None:
    DAMAGED_RECORDS[damage](config_dir / RECOVERY_NAME)
    (config_dir / INFO_NAME).write_text('{"original_path": null}', encoding="utf-8")
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    win = starting
    with no_hang():
        assert not app_module.offer_recovery(win)
    assert asked == []
    names = sorted(p.name for p in config_dir.iterdir())
    assert any(n.startswith(RECOVERY_NAME + ".bad-") for n in names), names
    assert RECOVERY_NAME not in names and INFO_NAME not in names
    assert "set aside" in " ".join(win.messages)
    with no_hang():
        assert find_recoveries(config_dir).copies == [] and find_recoveries(config_dir).notes == []


def test_a_damaged_lock_does_not_keep_the_copy_from_being_offered(config_dir: Path) -> None:
    slot = RecoverySlot(config_dir, "123-abcdef01")
    slot.scenario_path.write_text(dumps_scenario(default_scenario()), encoding="utf-8")
    slot.lock_path.write_bytes(b"garbage\n")
    old = slot.lock_path.stat().st_mtime - 3600
    os.utime(slot.lock_path, (old, old))
    with no_hang():
        scan = find_recoveries(config_dir)
    assert len(scan.copies) == 1 and "not a lock" in scan.notes[0]
    scan.copies[0].discard()


def test_the_start_of_the_app_survives_a_damaged_record(config_dir: Path) -> None:
    """The whole start-up, in a process of its own: a FIFO record once froze it, and a list
    made it exit 1 on every start until the file was deleted by hand."""
    (config_dir / RECOVERY_NAME).write_text(dumps_scenario(default_scenario()), encoding="utf-8")
    (config_dir / INFO_NAME).write_bytes(b"[]")
    os.mkfifo(config_dir / "recovery-1-deadbeef.json")
    (config_dir / "recovery-1-deadbeef.wplan").write_bytes(b"\x00garbage")
    script = textwrap.dedent("""
        import sys
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication, QMessageBox
        QMessageBox.question = staticmethod(lambda *a, **k: QMessageBox.StandardButton.No)
        from waterplanner.ui import app
        qt = app._application()
        def close():
            for w in qt.topLevelWidgets():
                if w.objectName() == "MainWindow":
                    print("started:", w.message_label.text(), flush=True)
                    w.close()
        QTimer.singleShot(1500, close)
        sys.exit(app.run_app(None))
    """)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", WATERPLANNER_CONFIG_DIR=str(config_dir))
    r = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True,
                       timeout=120, check=False, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr
    assert "set aside" in r.stdout
    names = sorted(p.name for p in config_dir.iterdir())
    assert [n for n in names if ".bad-" in n and n.startswith("recovery.json")], names
    assert [n for n in names if ".bad-" in n and n.startswith("recovery-1-deadbeef")], names


# --- (c) one slot per window -----------------------------------------------------------------
def _change(win: StartingWindow, release_mcm: float) -> None:
    rid = win.document.scenario.reservoirs[0].id
    assert win.document.apply(SetReleases(changes={rid: {0: release_mcm}}))


def test_a_running_windows_copy_is_never_offered_to_another_window(
        config_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first, second = StartingWindow(config_dir), None
    try:
        _change(first, 111.0)
        first.recovery.write_now()
        asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
        second = StartingWindow(config_dir)
        assert not app_module.offer_recovery(second)
        assert asked == []
        assert first.recovery.slot.scenario_path.exists(), "the first window's copy is untouched"
        # the second window's copy goes to a slot of its own
        _change(second, 222.0)
        second.recovery.write_now()
        assert second.recovery.slot.scenario_path != first.recovery.slot.scenario_path
        assert load_scenario(first.recovery.slot.scenario_path) == first.document.scenario
        assert load_scenario(second.recovery.slot.scenario_path) == second.document.scenario
        # a save (here: undone back to the saved state) removes only that window's copy
        second.document.undo_stack.undo()
        assert not second.recovery.slot.scenario_path.exists()
        assert first.recovery.slot.scenario_path.exists()
    finally:
        first.close()
        if second is not None:
            second.close()
    assert not list(config_dir.glob("recovery*")), "clean exits leave nothing"


def test_two_windows_starting_together_do_not_both_offer_one_copy(config_dir: Path) -> None:
    slot = RecoverySlot(config_dir, "1-deadbeef")
    slot.scenario_path.write_text(dumps_scenario(default_scenario()), encoding="utf-8")
    first = find_recoveries(config_dir)
    assert len(first.copies) == 1
    assert find_recoveries(config_dir).copies == [], "claimed by the first start"
    first.copies[0].release()
    again = find_recoveries(config_dir)
    assert len(again.copies) == 1
    again.copies[0].discard()
    assert list(config_dir.iterdir()) == []


def test_the_copy_of_a_killed_window_is_offered_and_a_live_ones_is_not(config_dir: Path) -> None:
    script = textwrap.dedent(f"""
        import time
        from pathlib import Path
        from waterplanner.model.document import dumps_scenario
        from waterplanner.model.fileio import load_shipped_scenario
        from waterplanner.ui.recovery import RecoverySlot
        slot = RecoverySlot.new(Path({str(config_dir)!r}))
        assert slot.claim()
        slot.write(dumps_scenario(load_shipped_scenario()), Path("/data/plans/plan.wplan"))
        print("written", flush=True)
        time.sleep(120)
    """)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    other = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True,
                             env=env, cwd=ROOT)
    try:
        assert other.stdout is not None and other.stdout.readline() == "written\n"
        assert find_recoveries(config_dir).copies == [], "the other window is alive"
    finally:
        other.send_signal(signal.SIGKILL)
        other.wait()
    scan = find_recoveries(config_dir)
    assert [c.original_path for c in scan.copies] == [Path("/data/plans/plan.wplan")]
    assert scan.copies[0].slot.slot_id.startswith(f"{other.pid}-")
    scan.copies[0].discard()
    assert list(config_dir.iterdir()) == []


def test_several_dead_copies_are_offered_newest_first_the_rest_kept(
        starting: StartingWindow, config_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    base = default_scenario()
    for slot_id, when, name in (("1-aaaaaaaa", "2025-03-01T10:00:00", "older"),
                                ("2-bbbbbbbb", "2025-03-02T10:00:00", "newer")):
        slot = RecoverySlot(config_dir, slot_id)
        s = replace(base, metadata=replace(base.metadata, name=name))
        slot.scenario_path.write_text(dumps_scenario(s), encoding="utf-8")
        slot.info_path.write_text(f'{{"original_path": null, "saved_at": "{when}"}}',
                                  encoding="utf-8")
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    win = starting
    assert app_module.offer_recovery(win)
    assert win.document.scenario.metadata.name == "newer"
    assert win.recovery.slot.scenario_path.exists(), "the restored work has a copy of its own"
    assert "1 more recovery copy will be offered the next time" in asked[0]
    left = find_recoveries(config_dir).copies
    assert [c.scenario.metadata.name for c in left] == ["older"]
    left[0].discard()
