"""The window in Russian and Kazakh cuts off no text: on a 1920×1080 and a 1366×768 screen,
every label, button, tab and header of the main window (each right-hand panel and the
Countries tab in turn, a node and a link in the inspector) and of the main dialogs is as wide
as its text needs (see :mod:`tests.ui.clipping`)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.clipping import clipped_texts
from tests.ui.conftest import make_window
from waterplanner.model.optimisation_edits import CONSTRAINTS, OBJECTIVES, current_spec
from waterplanner.ui import translators as translations
from waterplanner.ui.import_dialog import ImportSeriesDialog
from waterplanner.ui.main_window import MainWindow
from waterplanner.ui.optimisation_entry_dialog import EntryDialog
from waterplanner.ui.optimisation_settings import DecisionDialog
from waterplanner.ui.plants_dialog import PlantsDialog
from waterplanner.ui.properties_dialog import ScenarioPropertiesDialog
from waterplanner.ui.sharing_dialog import SharingDialog
from waterplanner.ui.table_dialog import TableEditDialog


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    translations.install("en")


def _settle() -> None:
    for _ in range(10):
        QApplication.processEvents()


def _scan(where: str, widget: QWidget, found: list[str]) -> None:
    _settle()
    found += [f"[{where}] {line}" for line in clipped_texts(widget)]


def _dialogs(win: MainWindow) -> list[tuple[str, QWidget]]:
    s = win.session.scenario
    plant = next(p for lk in s.links for p in lk.plants)
    return [
        ("properties", ScenarioPropertiesDialog(s.metadata, win)),
        ("sharing", SharingDialog(s, win)),
        ("import", ImportSeriesDialog(win, s)),
        ("plants", PlantsDialog("Plants", [plant], win)),
        ("table", TableEditDialog("Table", ["Level (m)", "Area (km²)"], [[1.0, 2.0], [3.0, 4.0]],
                                  None, True, win)),
        ("objective", EntryDialog(s, OBJECTIVES, None, None, win)),
        ("requirement", EntryDialog(s, CONSTRAINTS, None, None, win)),
        ("decisions", DecisionDialog(s, current_spec(s), win)),
    ]


@pytest.mark.parametrize("size", [(1920, 1080), (1366, 768)], ids=["1920", "1366"])
@pytest.mark.parametrize("code", ["ru", "kk"])
def test_no_text_is_cut_off(qtbot, code: str, size: tuple[int, int]) -> None:
    translations.install(code)
    win = make_window(qtbot)
    win.resize(*size)
    win.apply_default_layout()
    win.session.select_node("toktogul")
    found: list[str] = []
    _scan("window", win, found)
    for dock in (win.validation_dock, win.history_dock, win.optimiser_dock, win.inspector_dock):
        dock.raise_()
        _scan(dock.objectName(), win, found)
    win.plots.tabs.setCurrentIndex(win.plots.TABS.index("Countries"))
    _scan("countries", win, found)
    win.plots.tabs.setCurrentIndex(0)
    win.session.select_link(win.session.scenario.links[0].id)
    _scan("link", win, found)
    for name, dialog in _dialogs(win):
        dialog.show()
        _scan(name, dialog, found)
        dialog.close()
        dialog.deleteLater()
    help_window = win.help.show("keys")
    _scan("help", help_window, found)
    assert not found, "\n".join(found)


def test_the_check_finds_cut_off_text(qtbot) -> None:
    from PySide6.QtWidgets import QLabel, QPushButton, QTableWidget, QVBoxLayout

    box = QWidget()
    qtbot.addWidget(box)
    lay = QVBoxLayout(box)
    label = QLabel("Верхняя граница буферной зоны")
    label.setFixedWidth(60)
    button = QPushButton("Сохранить веса для следующего расчёта")
    button.setFixedWidth(60)
    table = QTableWidget(1, 1)
    table.setHorizontalHeaderLabels(["Пропускная способность турбин (м³/с)"])
    table.horizontalHeader().resizeSection(0, 50)
    fits = QLabel("OK")
    for w in (label, button, table, fits):
        lay.addWidget(w)
    box.show()
    _settle()
    found = clipped_texts(box)
    assert any("label 'Верхняя" in f for f in found)
    assert any("button 'Сохранить" in f for f in found)
    assert any("section 'Пропускная" in f for f in found)
    assert not any("'OK'" in f for f in found)
