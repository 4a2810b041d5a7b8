"""The window in Russian and Kazakh cuts off no text: on a 1920×1080 and a 1366×768 screen,
every label, button, tab and header of the main window (each right-hand panel and the
Countries tab in turn, a node and a link in the inspector) and of the main dialogs is as wide
as its text needs (see :mod:`tests.ui.clipping`); and with an inflow ensemble beside a
baseline on a 1920×1080 screen, in English too, every row of the Summary and of its risk
tree shows its label and numbers whole; the inspector's fields stay whole at any width of
the right column."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.clipping import clipped_cells, clipped_texts
from tests.ui.conftest import make_window
from waterplanner.model.optimisation_edits import CONSTRAINTS, OBJECTIVES, current_spec
from waterplanner.ui import translators as translations
from waterplanner.ui.import_dialog import ImportSeriesDialog
from waterplanner.ui.inflow_choice import ENSEMBLE, WINDOW_MEMBERS
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


APRIL = 6
"""The period of the edit made after freezing the baseline (as in packaging/translated_images.py)."""


def _ensemble_beside_baseline(win: MainWindow, qtbot) -> None:
    """The state of the documentation's pictures: the plan frozen as the baseline, Toktogul's
    April release set to 0, the generated inflow ensemble chosen."""
    ss = win.session

    def current(members: int) -> bool:
        return win.results is not None and win.results.members == members \
            and win.results.scenario is win.document.scenario and not ss.simulator.busy

    ss.set_baseline_to_current()
    qtbot.waitUntil(lambda: win.baseline is not None, timeout=30_000)
    table = win.schedule.model
    table.setData(table.index(table.row_of("toktogul"), APRIL), "0")
    qtbot.waitUntil(lambda: current(1), timeout=30_000)
    combo = win.inflow_combo
    combo.setCurrentIndex([combo.itemData(i) for i in range(combo.count())].index(ENSEMBLE))
    qtbot.waitUntil(lambda: current(WINDOW_MEMBERS) and win.baseline is not None
                    and win.baseline.members == WINDOW_MEMBERS, timeout=60_000)
    ss.select_node("toktogul")


@pytest.mark.parametrize("code", ["en", "ru", "kk"])
def test_summary_and_risk_rows_are_whole(qtbot, code: str) -> None:
    """No row of the Summary or of its risk tree is cut («Наибольший: Кызыло…», «восс…»)
    with an ensemble of 200 members and a baseline, the Δ columns shown."""
    translations.install(code)
    win = make_window(qtbot)
    win.resize(1920, 1080)
    win.apply_default_layout()
    _ensemble_beside_baseline(win, qtbot)
    _settle()
    summary = win.summary
    assert not summary.tree.isColumnHidden(2) and not summary.risk.isHidden()
    assert summary.risk.tree.topLevelItemCount() >= 3  # countries, demands, events, energy
    found = [f"[summary] {line}" for line in clipped_cells(summary.tree)]
    found += [f"[risk] {line}" for line in clipped_cells(summary.risk.tree)]
    found += [f"[dock] {line}" for line in clipped_texts(win.summary_dock)]
    assert not found, "\n".join(found)


@pytest.mark.parametrize("code", ["ru", "kk"])
def test_the_inspector_keeps_its_buttons_whole_at_any_dock_width(qtbot, code: str) -> None:
    """Dragging the right column from 330 to 470 px never cuts an inspector field: Qt's form
    decides a row fits beside its label without the spacing between them, which cut
    «мәндер: 12, 9,0–153,0…» by 3 px at 403 px (ui.form_rows)."""
    from PySide6.QtCore import Qt

    translations.install(code)
    win = make_window(qtbot)
    win.resize(1920, 1080)
    win.apply_default_layout()
    win.session.select_node("toktogul")
    found: list[str] = []
    for width in range(330, 471, 3):
        win.resizeDocks([win.summary_dock], [width], Qt.Orientation.Horizontal)
        _settle()
        found += [f"[{width} px] {line}" for line in clipped_texts(win.inspector)]
    assert not found, "\n".join(found)


def test_the_cell_check_finds_cut_off_rows(qtbot) -> None:
    """A cell too narrow for its text is found, on one line and wrapped; a folded child too;
    a cell that fits is not."""
    from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

    tree = QTreeWidget()
    qtbot.addWidget(tree)
    tree.setColumnCount(2)
    tree.header().setStretchLastSection(False)
    tree.setColumnWidth(0, 90)
    tree.setColumnWidth(1, 200)
    top = QTreeWidgetItem(tree, ["восстанавливаемость", "OK"])
    QTreeWidgetItem(top, ["уязвимость, % от потребности", "ok"])
    top.setExpanded(False)
    tree.resize(320, 200)
    tree.show()
    _settle()
    found = clipped_cells(tree)
    assert any("'восстанавливаемость'" in f for f in found)
    assert any("'уязвимость, % от" in f for f in found)
    assert not any("'OK'" in f or "'ok'" in f for f in found)
    assert not top.isExpanded()  # the check leaves the tree as it found it
    tree.setWordWrap(True)
    tree.setColumnWidth(0, 250)
    top.setText(0, "надёжность восстанавливаемость уязвимость")
    _settle()
    found = clipped_cells(tree)
    assert any("wrapped it needs" in f and "'надёжность" in f for f in found)
    assert not any("'уязвимость, % от" in f for f in found)


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
