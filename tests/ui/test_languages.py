"""The window in Russian and Kazakh: menus, docks, dialogs, message boxes and status messages
in the language (numbers with a decimal comma), the language chosen in View → Language and
kept in the settings, the window rebuilt in it on the same document (file, unsaved edits and
undo history kept), and English exactly as before."""

from __future__ import annotations

import re

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.ui.conftest import _windows, make_window
from waterplanner.i18n import language
from waterplanner.model.edits import SetNodeField
from waterplanner.ui import translators as translations
from waterplanner.ui.document import ScenarioDocument
from waterplanner.ui.file_controller import default_scenario
from waterplanner.ui.language import latest, startup_language
from waterplanner.ui.main_window import MainWindow
from waterplanner.ui.plot_axes import time_ticks
from waterplanner.ui.properties_dialog import ScenarioPropertiesDialog
from waterplanner.ui.settings import AppSettings
from waterplanner.ui.sharing_dialog import SharingDialog

MENUS = {
    "en": ["&File", "&Edit", "&View", "&Scenario", "&Optimise", "&Help"],
    "ru": ["&Файл", "&Правка", "&Вид", "С&ценарий", "&Оптимизация", "&Справка"],
    "kk": ["&Файл", "&Түзету", "&Көрініс", "С&ценарий", "&Оңтайландыру", "&Анықтама"],
}
DOCKS = {
    "en": ("Cascade", "Release schedule", "Summary", "Inspector", "Problems"),
    "ru": ("Каскад", "График попусков", "Сводка", "Свойства", "Проблемы"),
    "kk": ("Каскад", "Су жіберу кестесі", "Жиынтық", "Қасиеттер", "Мәселелер"),
}


@pytest.fixture(autouse=True)
def english_afterwards():
    """Every test here ends in English, whatever it switched to."""
    yield
    translations.install("en")


def _menus(win: MainWindow) -> list[str]:
    return [a.text() for a in win.menuBar().actions()]


def _docks(win: MainWindow) -> tuple[str, ...]:
    return tuple(d.windowTitle() for d in (win.schematic_dock, win.schedule_dock,
                                           win.summary_dock, win.inspector_dock,
                                           win.validation_dock))


def _switch(qtbot, win: MainWindow, code: str) -> MainWindow:
    """Choose ``code`` in View → Language and wait for the rebuilt window."""
    win.language_menu.actions[code].trigger()
    qtbot.waitUntil(lambda: latest(win) is not win, timeout=10_000)
    new = latest(win)
    _windows.append(new)
    qtbot.waitUntil(lambda: new.results is not None, timeout=30_000)
    return new


def _open(qtbot) -> MainWindow:
    """A window on the default scenario that a test may replace (the replaced one is deleted,
    so it is not handed to qtbot, which would close it again at the end)."""
    win = MainWindow(ScenarioDocument(default_scenario(), None), AppSettings())
    _windows.append(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitUntil(lambda: win.results is not None, timeout=30_000)
    return win


def _in(qtbot, code: str) -> MainWindow:
    translations.install(code)
    return make_window(qtbot)


@pytest.mark.parametrize("code", ["ru", "kk"])
def test_the_window_speaks_the_language(qtbot, code: str) -> None:
    win = _in(qtbot, code)
    assert language() == code
    assert [m for m in _menus(win) if m != "&Language"][:6] == MENUS[code]
    assert _docks(win) == DOCKS[code]
    view = next(a.menu() for a in win.menuBar().actions() if a.text() == MENUS[code][2])
    titles = [a.text() for a in view.actions()]
    assert {"&Язык", "&Тіл"} & set(titles)
    assert win.plots.tabs.tabText(0) == {"ru": "Объём", "kk": "Көлем"}[code]
    # status: the run's time with a decimal comma ("Расчёт: 26,2 мс" / "Есептеу: 0,15 с")
    status = win.sim_label.text()
    assert status.startswith({"ru": "Расчёт", "kk": "Есептеу"}[code]), status
    assert re.search(r"\d,\d", status), status
    # the summary: shares with a decimal comma, Russian and Kazakh unit symbols
    values = " ".join(win.summary.values.values())
    assert "млн м³" in values and "," in values and "Mm³" not in values
    # the plots' axes name the months in the language
    labels = " ".join(text for _, text in time_ticks(win.session.scenario.time)[0])
    assert {"ru": "окт", "kk": "қаз"}[code] in labels and "Oct" not in labels


@pytest.mark.parametrize("code", ["ru", "kk"])
def test_dialogs_and_message_boxes_speak_the_language(qtbot, monkeypatch, code: str) -> None:
    win = _in(qtbot, code)
    dialog = ScenarioPropertiesDialog(win.session.scenario.metadata, win)
    assert dialog.windowTitle() == {"ru": "Свойства сценария", "kk": "Сценарий қасиеттері"}[code]
    dialog.title.setText("")
    dialog._on_buttons_accepted()  # an empty title is refused, in the language
    assert dialog.error.text() and not re.search(r"[A-Za-z]{4}", dialog.error.text())
    dialog.deleteLater()
    sharing = SharingDialog(win.session.scenario, win)
    heads = [sharing.countries.horizontalHeaderItem(k).text() for k in range(4)]
    assert heads[0] == {"ru": "Код", "kk": "Коды"}[code]
    assert "млн м³" in heads[2]
    sharing.deleteLater()
    shown: list[str] = []

    def answer(box: QMessageBox) -> int:
        shown.append(box.windowTitle() + " | " + box.text() + " | " + box.informativeText())
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "exec", answer)
    node = win.document.scenario.node("toktogul")
    assert win.document.apply(SetNodeField(node_id="toktogul", field_name="capacity_mcm",
                                           value=node.capacity_mcm - 1))
    assert win.files.maybe_save()
    assert shown and {"ru": "Несохранённые изменения", "kk": "Сақталмаған өзгерістер"}[code] \
        in shown[0]
    assert {"ru": "Сохранить их", "kk": "оларды сақтау"}[code] in shown[0]


def test_switching_the_language_rebuilds_the_window_on_the_same_document(qtbot) -> None:
    win = _open(qtbot)
    doc = win.document
    before = doc.scenario.node("toktogul").capacity_mcm
    assert doc.apply(SetNodeField(node_id="toktogul", field_name="capacity_mcm",
                                  value=before - 100))
    assert doc.apply(SetNodeField(node_id="toktogul", field_name="capacity_mcm",
                                  value=before - 200))
    win.session.select_node("kayrakkum")
    steps = doc.undo_stack.count()
    assert _menus(win)[0] == "&File"
    ru = _switch(qtbot, win, "ru")
    assert not shiboken6.isValid(win)  # the old window is gone
    assert ru.document is doc and doc.is_modified
    assert doc.undo_stack.count() == steps and doc.undo_stack.canUndo()
    assert ru.document.scenario.node("toktogul").capacity_mcm == before - 200
    assert ru.session.selected_node == "kayrakkum"
    assert _menus(ru)[0] == "&Файл" and ru.windowTitle().endswith("— WaterPlanner")
    assert ru.language_menu.actions["ru"].isChecked()
    assert AppSettings(ru.settings.directory).language() == "ru"
    # the history is the same one: undo in the new window takes back the last edit
    ru.act_undo.trigger()
    assert doc.scenario.node("toktogul").capacity_mcm == before - 100
    # edits go on in the rebuilt window, and the old session no longer follows the document
    assert doc.apply(SetNodeField(node_id="toktogul", field_name="capacity_mcm",
                                  value=before - 300))
    qtbot.waitUntil(lambda: ru.results is not None and ru.results.scenario is doc.scenario,
                    timeout=10_000)
    kk = _switch(qtbot, ru, "kk")
    assert _menus(kk)[0] == "&Файл" and _docks(kk) == DOCKS["kk"]
    en = _switch(qtbot, kk, "en")
    assert _menus(en)[:6] == MENUS["en"] and _docks(en) == DOCKS["en"]
    assert en.document is doc and doc.undo_stack.count() == steps
    assert startup_language(en.settings) == "en"


def test_the_language_follows_the_settings_and_the_environment(tmp_path, monkeypatch) -> None:
    settings = AppSettings(tmp_path)
    monkeypatch.delenv("WATERPLANNER_LANG", raising=False)
    settings.set_language("kk")
    assert startup_language(settings) == "kk"
    monkeypatch.setenv("WATERPLANNER_LANG", "ru")  # waterplanner --lang ru
    assert startup_language(settings) == "ru"
    monkeypatch.setenv("WATERPLANNER_LANG", "fr")
    assert startup_language(settings) == "kk"  # a language that does not ship: the chosen one
    fresh = AppSettings(tmp_path / "fresh")
    monkeypatch.setenv("WATERPLANNER_LANG", "ru")
    assert fresh.language() == "ru"  # nothing chosen yet: the variable (or the locale)


def test_english_is_unchanged(window: MainWindow) -> None:
    assert language() == "en"
    assert _menus(window)[:6] == MENUS["en"] and _docks(window) == DOCKS["en"]
    assert window.plots.tabs.tabText(0) == "Storage"
    assert window.sim_label.text().startswith("Simulated in ")
    assert "." in window.summary.values["shortfall"]
    QApplication.processEvents()
