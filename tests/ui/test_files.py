"""Files and safety: save/reopen, a malformed file, recovery after a crash, closing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from waterplanner.model.document import dumps_scenario
from waterplanner.model.fileio import load_scenario
from waterplanner.ui import app as app_module
from waterplanner.ui.recovery import find_recoveries

from .conftest import make_window


def _edit(win, value: str = "777") -> None:
    model = win.schedule.model
    assert model.setData(model.index(0, 3), value)


def test_save_reopen_compare(window, tmp_path: Path) -> None:
    _edit(window)
    target = tmp_path / "plan.wplan"
    assert window.files.save_to(target)
    assert not window.document.is_modified
    assert "plan.wplan" in window.windowTitle() and not window.isWindowModified()
    saved = window.document.scenario
    assert load_scenario(target) == saved
    _edit(window, "123")
    window.session.mark_saved()  # pretend saved elsewhere, so no question
    assert window.files.open_path(target)
    assert window.document.scenario == saved
    assert dumps_scenario(window.document.scenario, window.session.view_state()) == \
        target.read_text(encoding="utf-8")
    assert str(target.resolve()) in window.settings.recent_files()


def test_malformed_file_leaves_the_open_scenario_and_lists_problems(window, tmp_path: Path) -> None:
    _edit(window)
    before = window.document.scenario
    bad = tmp_path / "bad.wplan"
    text = dumps_scenario(before).replace('"capacity_mcm": 19500', '"capacity_mcm": -3')
    text = text.replace('"crest_level_m": ', '"crest_level_m": "high", "x_": ')
    bad.write_text(text, encoding="utf-8")
    assert not window.files.open_path(bad, ask=False)
    assert window.document.scenario is before
    assert window.document.is_modified
    problems = window.files.last_problems
    assert len(problems) >= 2
    texts = [window.validation.list.item(i).text() for i in range(window.validation.list.count())]
    assert texts[0].startswith("Could not open bad.wplan")
    assert any("capacity_mcm" in t for t in texts)
    assert "Could not open bad.wplan" in window.message_label.text()
    not_json = tmp_path / "x.wplan"
    not_json.write_bytes(b"\x00\x01garbage")
    assert not window.files.open_path(not_json, ask=False)
    assert window.document.scenario is before


def test_recovery_after_a_simulated_crash(qtbot, config_dir: Path, monkeypatch) -> None:
    win = make_window(qtbot)
    _edit(win, "999")
    edited = win.document.scenario
    win.recovery.write_now()
    assert win.recovery.slot.scenario_path.exists()
    assert find_recoveries(config_dir).copies == [], "a live window's copy is not offered"
    # the crash: the process ends without closing the window (no clean-up runs, and the
    # system drops the window's lock)
    win.session.simulator.shutdown()
    win.recovery.timer.stop()
    win._message_timer.stop()
    win.recovery.slot.release()
    found = find_recoveries(config_dir).copies
    assert len(found) == 1 and found[0].scenario == edited
    found[0].release()
    # next start
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    win2 = make_window(qtbot)
    assert app_module.offer_recovery(win2)
    assert win2.document.scenario == edited
    assert win2.document.is_modified and win2.isWindowModified()
    win.document.undo_stack.setClean()
    win.hide()


def test_declining_recovery_deletes_the_copy(qtbot, config_dir: Path, monkeypatch) -> None:
    win = make_window(qtbot)
    _edit(win)
    win.recovery.write_now()
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    before = win.document.scenario
    win.recovery.slot.release()  # as if the window had crashed
    assert not app_module.offer_recovery(win)
    assert win.document.scenario is before
    assert not win.recovery.slot.scenario_path.exists()
    assert sorted(p.name for p in config_dir.glob("recovery*")) == []


def _answer(button: QMessageBox.StandardButton) -> None:
    def click() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox), box
        box.button(button).click()
    QTimer.singleShot(0, click)


def test_close_with_unsaved_edits_asks(qtbot, tmp_path: Path) -> None:
    win = make_window(qtbot)
    _edit(win)
    _answer(QMessageBox.StandardButton.Cancel)
    assert not win.close()
    assert win.isVisible() and win.document.is_modified
    target = tmp_path / "saved.wplan"
    win.document.path = target
    _answer(QMessageBox.StandardButton.Save)
    assert win.close()
    assert load_scenario(target) == win.document.scenario


def test_close_and_discard(qtbot, config_dir: Path) -> None:
    win = make_window(qtbot)
    _edit(win)
    win.recovery.write_now()
    _answer(QMessageBox.StandardButton.Discard)
    assert win.close()
    assert not list(config_dir.glob("recovery*")), "a clean exit leaves no recovery copy"


def test_settings_persist_recent_files_and_units(window, tmp_path: Path) -> None:
    window.units_combo.setCurrentIndex(1)
    p = tmp_path / "a.wplan"
    window.files.save_to(p)
    from waterplanner.ui.settings import AppSettings
    again = AppSettings()
    assert again.units() == "mcm"
    assert again.recent_files()[0] == str(p.resolve())


def test_screenshot_entry_point(tmp_path: Path) -> None:
    png = tmp_path / "shot.png"
    data = Path(__file__).resolve().parents[1] / "data" / "two_reservoirs.wplan"
    assert app_module.run_app(str(data), screenshot=str(png)) == 0
    assert png.stat().st_size > 10_000
    bad = tmp_path / "bad.wplan"
    bad.write_text("{}", encoding="utf-8")
    assert app_module.run_app(str(bad), screenshot=str(tmp_path / "no.png")) == 2


def test_opening_a_version_1_file_says_it_will_be_saved_as_version_2(small_window,
                                                                     tmp_path) -> None:
    import shutil
    from pathlib import Path as _Path

    from waterplanner.model.fileio import written_version
    v1 = _Path(__file__).resolve().parents[1] / "model" / "data" / "small-cascade-v1.wplan"
    path = tmp_path / "old.wplan"
    shutil.copy(v1, path)
    assert written_version(path) == 1
    assert small_window.files.open_path(path, ask=False)
    text = small_window.message_label.text()
    assert "written in format version 1: it will be saved in version 2" in text
    small_window.session.save(path)
    assert written_version(path) == 2
