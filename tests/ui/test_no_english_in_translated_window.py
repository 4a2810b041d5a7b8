"""The window in Russian and Kazakh shows no English: driven through its states (every plot
tab and the Countries tab, the Summary, the inspector on every kind of node and a reach, the
schedule table, a refused cell, a scenario with problems, a baseline frozen and an edit made,
the optimiser's settings, a run and the trade-off, an inflow ensemble with its bands and risk
tables, a robust run, a baseline of another network, each dialog the menus open), every text
it shows (see :mod:`tests.ui.visible_texts`) is free of English words.

What may stay Latin: the scenario's own names and texts as it spells them (node and plant
names, ids, country codes, inflow sets, notes, objective labels), file names and places in the
file, keys, notation and "WaterPlanner" (docs/translating.md). A node's local name shows
beside its name where the scenario has one (plot titles; the Summary's rows the shorter of
the two), and the countries read in the language."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox, QWidget

from tests.ui.conftest import DATA, make_window
from tests.ui.visible_texts import Allowed, visible_texts
from waterplanner.engine.ensemble_run import BASELINE_NOT_SHOWN
from waterplanner.engine.optimise.pareto import available_objectives
from waterplanner.i18n import translate
from waterplanner.model.fileio import load_scenario
from waterplanner.model.nodes import NodeKind
from waterplanner.model.optimisation_edits import CONSTRAINTS, OBJECTIVES, current_spec
from waterplanner.model.scenario import Scenario
from waterplanner.model.schema import node_field
from waterplanner.ui import translators as translations
from waterplanner.ui.import_dialog import ImportSeriesDialog
from waterplanner.ui.inflow_choice import ENSEMBLE, WINDOW_MEMBERS
from waterplanner.ui.main_window import MainWindow
from waterplanner.ui.optimisation_entry_dialog import EntryDialog
from waterplanner.ui.optimisation_settings import DecisionDialog, _gist
from waterplanner.ui.plants_dialog import PlantsDialog
from waterplanner.ui.properties_dialog import ScenarioPropertiesDialog
from waterplanner.ui.result_plots import StoragePlot
from waterplanner.ui.schematic_labels import short_name
from waterplanner.ui.sharing_dialog import SharingDialog
from waterplanner.ui.table_dialog import TableEditDialog

CSV_HEADER = "date,toktogul [m3/s]"


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    translations.install("en")


def scenario_texts(s: Scenario) -> set[str]:
    """The names and texts the scenario spells (they stay as written in every language)."""
    out = {s.metadata.name, s.metadata.description, s.metadata.author,
           s.metadata.organisation, s.metadata.notes}
    for n in s.nodes:
        out |= {n.id, n.name, n.local_name, short_name(n.name), n.country}
    for lk in s.links:
        out.add(lk.id)
        for p in lk.plants:
            out |= {p.id, p.name, short_name(p.name), p.country}
    for c in s.countries:
        out.add(c.code)  # its standard name (the scenario's 'Kazakhstan') reads «Казахстан»
    for i in s.inflow_sets:
        out |= {i.name, i.label, i.description}
    for e in s.ensembles:
        out |= {e.name, e.label, e.description}
    for x in s.energy_exchanges:
        out |= {x.id, x.note}
    section = s.extensions.get("optimisation", {})
    notes = str(section.get("notes", ""))
    out |= {notes, _gist(notes)}  # the settings name the section by its notes' head
    for entry in [*section.get("objectives", ()), *section.get("constraints", ())]:
        out.add(str(entry.get("name", "")))
    # the labels the trade-off and the command line use for objectives are identifiers
    spec = current_spec(s)
    out |= {o.label for o in spec.objectives} | {c.label for c in spec.constraints}
    out |= set(available_objectives(s))
    return {t for t in out if t}


class Audit:
    """Scans a window (or dialog) at each state and keeps every English text it finds."""

    def __init__(self, scenario: Scenario, extra: tuple[str, ...] = ()) -> None:
        self.texts_allowed = scenario_texts(scenario) | set(extra)
        self.allowed = Allowed(self.texts_allowed)
        self.found: dict[str, str] = {}
        self.texts = 0

    def allow(self, texts: set[str]) -> None:
        self.texts_allowed |= texts
        self.allowed = Allowed(self.texts_allowed)

    def scan(self, where: str, widget: QWidget) -> None:
        for _ in range(5):
            QApplication.processEvents()
        for kind, text in visible_texts(widget):
            self.texts += 1
            if text in self.found:
                continue
            words = self.allowed.english_words(text)
            if words:
                self.found[text] = f"[{where}] {kind}: {text[:300]!r} ← {' '.join(words[:8])}"

    def check_text(self, where: str, text: str) -> None:
        words = self.allowed.english_words(text)
        if words:
            self.found[text] = f"[{where}] {text[:300]!r} ← {' '.join(words[:8])}"

    def report(self) -> str:
        return f"{len(self.found)} English text(s) of {self.texts} seen:\n" + \
            "\n".join(sorted(self.found.values()))


def _wait_results(win: MainWindow, qtbot, members: int = 1) -> None:
    qtbot.waitUntil(lambda: win.results is not None and win.results.members == members
                    and win.results.scenario is win.document.scenario
                    and not win.session.simulator.busy, timeout=30_000)


def _all_tabs(audit: Audit, where: str, win: MainWindow) -> None:
    tabs = win.plots.tabs
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        audit.scan(f"{where}, tab {win.plots.TABS[i]}", win)
    tabs.setCurrentIndex(0)


def _docks(audit: Audit, where: str, win: MainWindow) -> None:
    for dock in (win.validation_dock, win.history_dock, win.optimiser_dock):
        dock.raise_()
        audit.scan(f"{where}, {dock.objectName()}", win)
    win.inspector_dock.raise_()


def _optimiser(audit: Audit, where: str, win: MainWindow, qtbot) -> None:
    panel = win.optimiser
    win.optimiser_dock.raise_()
    for page in (panel.settings_page, panel.tradeoff_page):
        panel.tabs.setCurrentWidget(page)
        audit.scan(f"{where}, optimiser", win)
    panel.tabs.setCurrentWidget(panel.settings_page)
    assert panel.run()
    qtbot.waitUntil(lambda: panel.worker is None, timeout=60_000)
    audit.scan(f"{where}, optimiser result", win)
    win.inspector_dock.raise_()


def _dialogs(audit: Audit, win: MainWindow, tmp_path: Path) -> None:
    s = win.session.scenario
    link = next(lk for lk in s.links if lk.plants)
    csv = tmp_path / "series.csv"
    csv.write_text("\n".join([CSV_HEADER] + [f"2025-{m:02d}-01,400" for m in (10, 11, 12)])
                   + "\n", encoding="utf-8")
    importer = ImportSeriesDialog(win, s)
    importer.open_file(csv)
    win.session.select_node("toktogul")
    tables = []
    for field in ("lav", "evaporation_mm"):  # a table of rows, a series by period
        spec = node_field(NodeKind.RESERVOIR, field)
        heads, cols, rows, growable = win.inspector.table_columns(spec)
        tables.append((f"table {field}", TableEditDialog(translate(
            "Inspector", "{name}: {field}").format(name="Toktogul", field=spec.label), heads,
            cols, rows, growable, win)))
    dialogs: list[tuple[str, QWidget]] = [
        ("properties", ScenarioPropertiesDialog(s.metadata, win)),
        ("sharing", SharingDialog(s, win)),
        ("import", importer),
        ("plants", PlantsDialog(translate("Inspector", "{source} → {target}: run-of-river "
                                          "plants").format(source=s.node(link.source).name,
                                                           target=s.node(link.target).name),
                                list(link.plants), win)),
        *tables,
        ("objective", EntryDialog(s, OBJECTIVES, None, None, win)),
        ("requirement", EntryDialog(s, CONSTRAINTS, None, None, win)),
        ("decisions", DecisionDialog(s, current_spec(s), win)),
    ]
    for name, dialog in dialogs:
        dialog.show()
        audit.scan(name, dialog)
        dialog.close()
        dialog.deleteLater()
    help_window = win.help.show("keys")  # the shortcut sheet (the guide's pages are docs)
    audit.scan("help, keyboard shortcuts", help_window)
    help_window.close()


NODES = ("naryn", "toktogul", "uchkurgan", "fergana", "kazalinsk", "north_aral", "arnasai")
"""A node of every kind: inflow, reservoir, junction, demand, minimum flow, lake, sink."""


def _inspector(audit: Audit, win: MainWindow) -> None:
    for node in NODES:
        win.session.select_node(node)
        audit.scan(f"inspector on {node}", win)
    win.session.select_link(next(lk for lk in win.session.scenario.links if lk.plants).id)
    audit.scan("inspector on a reach", win)


def _refusals(audit: Audit, win: MainWindow, qtbot) -> None:
    """A word typed into the schedule, and a scenario that cannot be simulated."""
    table = win.schedule.model
    assert not table.setData(table.index(0, 2), "много")
    audit.scan("a word typed as a release", win)
    good = win.document.scenario
    tok = good.node("toktogul")
    bad = replace(tok, dead_storage_mcm=tok.capacity_mcm + 1)  # the edits refuse to make it
    win.document._set_scenario(good.with_node(bad))
    qtbot.waitUntil(lambda: win.centre.currentWidget() is win.not_simulated, timeout=30_000)
    win.session.select_node("toktogul")
    audit.scan("a scenario with problems", win)
    win.validation_dock.raise_()
    audit.scan("a scenario with problems, problems", win)
    win.document._set_scenario(good)
    _wait_results(win, qtbot)
    win.inspector_dock.raise_()


def _tradeoff(audit: Audit, win: MainWindow, qtbot) -> None:
    panel = win.optimiser
    win.optimiser_dock.raise_()
    panel.tabs.setCurrentWidget(panel.tradeoff_page)
    panel.tradeoff.choose("shortfall", "kg_winter_energy")
    panel.points.setValue(3)
    assert panel.run_front()
    qtbot.waitUntil(lambda: panel.worker is None, timeout=60_000)
    panel.select_point(0)
    audit.scan("trade-off", win)
    panel.tabs.setCurrentWidget(panel.settings_page)
    win.inspector_dock.raise_()


def _robust(audit: Audit, win: MainWindow, qtbot) -> None:
    panel = win.optimiser
    win.optimiser_dock.raise_()
    row = panel.against
    row.set_ensemble_mode(True)
    row.members.setValue(2)
    row.test.setValue(4)
    audit.scan("robust settings", win)
    assert panel.run()
    qtbot.waitUntil(lambda: panel.worker is None, timeout=120_000)
    assert panel.robust_result is not None
    audit.scan("robust result", win)
    win.inspector_dock.raise_()


def _baseline_of_another_network(audit: Audit, win: MainWindow, qtbot) -> None:
    """A baseline file with other inflow nodes: the window says it cannot show it."""
    other = DATA / "two_reservoirs.wplan"
    audit.allow(scenario_texts(load_scenario(other)) | {str(other), other.name})
    assert win.session.set_baseline_file(other)
    note = translate("EnsembleRun", BASELINE_NOT_SHOWN)
    assert note != BASELINE_NOT_SHOWN
    qtbot.waitUntil(lambda: note in win.message_label.text(), timeout=30_000)
    _wait_results(win, qtbot, WINDOW_MEMBERS)
    audit.scan("a baseline of another network", win)


def _message_boxes(audit: Audit, win: MainWindow, monkeypatch) -> None:
    """The About box, the question before a file is replaced, and the file dialogs' titles
    and filters (recorded instead of shown)."""
    shown: list[str] = []

    def box(self: QMessageBox) -> int:
        shown.extend((self.windowTitle(), self.text(), self.informativeText(),
                      *(b.text() for b in self.buttons())))
        return QMessageBox.StandardButton.Discard

    def file_dialog(parent, title="", start="", filters="", *args, **kwargs):  # type: ignore[no-untyped-def]
        shown.extend((title, filters))
        return "", ""

    monkeypatch.setattr(QMessageBox, "about",
                        lambda parent, title, text: shown.extend((title, text)))
    monkeypatch.setattr(QMessageBox, "exec", box)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", file_dialog)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", file_dialog)
    about = next(a for a in win.findChildren(QAction)
                 if a.text() == translate("MainWindow", "About WaterPlanner"))
    for action in (about, win.act_open, win.act_save_as, win.act_baseline_file,
                   win.act_export_plot, win.act_report):
        action.trigger()
    assert len(shown) >= 12, shown
    for text in shown:
        audit.check_text("message or file dialog", text)


@pytest.mark.parametrize("code", ["ru", "kk"])
def test_the_translated_window_shows_no_english(qtbot, tmp_path: Path, monkeypatch,
                                                code: str) -> None:
    translations.install(code)
    win = make_window(qtbot)
    audit = Audit(win.session.scenario, (str(tmp_path / "series.csv"), "date", "m3/s"))
    audit.scan("start", win)
    _all_tabs(audit, "one inflow set", win)
    _inspector(audit, win)
    _docks(audit, "docks", win)
    _refusals(audit, win, qtbot)
    # a baseline frozen and an edit made
    win.session.set_baseline_to_current()
    qtbot.waitUntil(lambda: win.baseline is not None, timeout=30_000)
    table = win.schedule.model
    assert table.setData(table.index(0, 6), "0")  # as typed into the schedule table
    _wait_results(win, qtbot)
    win.session.select_node("toktogul")
    _all_tabs(audit, "baseline and edit", win)
    _optimiser(audit, "baseline and edit", win, qtbot)
    _tradeoff(audit, win, qtbot)
    # an inflow ensemble: the bands, the Summary's and the Countries tab's risk tables
    combo = win.inflow_combo
    combo.setCurrentIndex([combo.itemData(i) for i in range(combo.count())].index(ENSEMBLE))
    _wait_results(win, qtbot, WINDOW_MEMBERS)
    qtbot.waitUntil(lambda: win.baseline is not None and win.baseline.members == WINDOW_MEMBERS,
                    timeout=30_000)
    _all_tabs(audit, "ensemble", win)
    # a demand's risk row by its local name where that is not longer («Қызылорда облысы»)
    risk = win.summary.risk
    assert risk._items["demand.kyzylorda.p_short"].text(0).startswith("Қызылорда облысы: P(")
    assert risk._items["demand.fergana.p_short"].text(0).startswith("Fergana Valley: P(")
    _robust(audit, win, qtbot)
    _baseline_of_another_network(audit, win, qtbot)
    _dialogs(audit, win, tmp_path)
    _message_boxes(audit, win, monkeypatch)
    assert audit.texts > 500  # the scan saw the window, not an empty shell
    assert not audit.found, audit.report()


def _storage_title(win: MainWindow, node_id: str) -> str:
    win.plots.tabs.setCurrentIndex(0)
    win.plots.update_all()
    return next(p.legend.title for p in win.plots.plots
                if isinstance(p, StoragePlot) and p.node.id == node_id)


def _summary_row(win: MainWindow, key: str) -> tuple[str, str]:
    tree = win.summary.tree
    keys = list(win.summary.values)
    item = tree.topLevelItem(keys.index(key))
    return item.text(0), item.toolTip(0)


@pytest.mark.parametrize("code", ["ru", "kk", "en"])
def test_local_names_show_beside_the_scenarios_names(qtbot, code: str) -> None:
    """Plot titles: "Toktogul (Токтогул, KG)"; the Summary's narrow rows: the shorter of the
    local name and the short name (both in the tooltip); the Countries tab: the countries in
    the language. English: the names as before."""
    translations.install(code)
    win = make_window(qtbot)
    toktogul, fill = _storage_title(win, "toktogul"), _summary_row(win, "fill.toktogul")
    andijan = _summary_row(win, "fill.andijan")
    win.plots.tabs.setCurrentIndex(win.plots.TABS.index("Countries"))
    QApplication.processEvents()
    model = win.plots.countries.model
    countries = {model.data(model.index(r, 0)) for r in range(model.rowCount())}
    if code == "en":
        assert toktogul == "Toktogul (KG): storage"
        assert fill[0] == "Toktogul: end, % active" and "Токтогул" not in fill[1]
        assert "Kazakhstan" in countries
        return
    assert toktogul.startswith("Toktogul (Токтогул, KG): ")
    assert fill[0].startswith("Токтогул: ") and fill[1].startswith("Toktogul (Токтогул): ")
    # Andijon suv ombori is longer than Andijan: the row keeps the short name
    assert andijan[0].startswith("Andijan: ") and \
        andijan[1].startswith("Andijan (Andijon suv ombori): ")
    assert {"ru": "Казахстан", "kk": "Қазақстан"}[code] in countries
    assert "Kazakhstan" not in countries


def test_the_audit_finds_english_and_lets_names_pass(qtbot) -> None:
    translations.install("ru")
    win = make_window(qtbot)
    audit = Audit(win.session.scenario)
    # names as the scenario spells them, a place in the file, keys, a file name: no English
    audit.scan("clean label", _labelled(win, "Токтогул: Toktogul, Andijan (Kempir-Abad); "
                                             "nodes.toktogul.capacity_mcm; Ctrl+S; plan.wplan"))
    assert not audit.found, audit.report()
    # a deliberately English text in a label, a plot legend, an axis, a table cell, a tooltip
    audit.scan("label", _labelled(win, "Объём at the end"))
    win.plots.tabs.setCurrentIndex(0)
    win.plots.update_all()
    plot = win.plots.plots[0]
    plot.legend.add(plot.curve, "Storage, baseline")
    plot.plot.setLabel("left", "Volume")
    lowest = [p for p in win.plots.plots if isinstance(p, StoragePlot)][-1]  # names the months
    lowest.plot.getAxis("bottom").setTicks([[(0.5, "Oct 2025"), (3.5, "янв 2026")]])
    win.summary.tree.topLevelItem(0).setText(0, "Shortfall")
    win.act_baseline.setToolTip("Freeze the plan")
    audit.scan("window", win)
    found = "\n".join(audit.found.values())
    for english in ("at the end", "Storage, baseline", "axis label: 'Volume'",
                    "axis tick: 'Oct 2025'", "cell: 'Shortfall'", "Freeze the plan"):
        assert english in found, (english, found)
    assert "янв 2026" not in found and "Kempir" not in found


def _labelled(win: MainWindow, text: str) -> QLabel:
    label = QLabel(text, win.statusBar())
    win.statusBar().addWidget(label)
    label.show()
    return label
