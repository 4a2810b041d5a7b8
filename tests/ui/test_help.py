"""Help inside the app: F1 opens the user guide at the section of the panel in use, the
keyboard sheet is made from the window's own shortcuts, links between pages and sections
work, and every page and picture is installed."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication

from waterplanner.ui.help_menu import panel_of
from waterplanner.ui.help_pages import CONTEXT_SECTIONS, PAGES, docs_folder, page_file, slug
from waterplanner.ui.main_window import MainWindow
from waterplanner.ui.shortcut_sheet import PANEL_KEYS, menu_shortcuts


def _focus(qtbot, win: MainWindow, widget) -> None:
    win.activateWindow()
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=3000)


def _headings(md: str) -> list[str]:
    return [m.group(2).strip() for m in re.finditer(r"^(#+)\s+(.*)$", md, flags=re.MULTILINE)]


def test_every_page_is_installed_and_every_panel_has_its_section() -> None:
    for p in PAGES:
        if p.file is not None:
            assert page_file(p) is not None, p.file
    guide = (docs_folder() / "user-guide.md").read_text(encoding="utf-8")
    heads = set(_headings(guide))
    for panel, section in CONTEXT_SECTIONS.items():
        assert section in heads, f"{panel}: no section '{section}' in the user guide"


def test_the_guide_lists_the_panel_keys() -> None:
    guide = (docs_folder() / "user-guide.md").read_text(encoding="utf-8")
    table = guide.split("## Keyboard", 1)[1].split("\n## ", 1)[0]
    for _, keys, _ in PANEL_KEYS:
        first = keys.split(",")[0].split(" or ")[0].split(" / ")[0]
        assert first.lower() in table.lower(), keys


def test_slug_is_github_s() -> None:
    assert slug("Reading the results") == "reading-the-results"
    assert slug("Settings: what the optimiser aims for and must respect") == \
        "settings-what-the-optimiser-aims-for-and-must-respect"
    assert slug("The generator `lognormal_ar1`") == "the-generator-lognormal_ar1"


def test_f1_opens_the_section_of_the_panel_in_use(small_window: MainWindow, qtbot) -> None:
    win = small_window
    _focus(qtbot, win, win.schedule.table)
    assert panel_of(win.schedule.table, win) == "schedule"
    qtbot.keyClick(win.schedule.table, Qt.Key.Key_F1)
    help_window = win.help.window
    assert help_window is not None and help_window.isVisible()
    assert help_window.current is not None and help_window.current.key == "guide"
    assert help_window.section == "Changing releases"
    assert help_window.browser.verticalScrollBar().value() > 0
    _focus(qtbot, win, win.schematic.view)
    win.help.context_help()
    assert help_window.section == "Changing the network and its data"
    assert panel_of(win.plots, win) == "plots"
    assert panel_of(win.plots.countries, win) == "countries"


def test_the_keyboard_sheet_is_the_window_s_shortcuts(small_window: MainWindow) -> None:
    win = small_window
    rows = menu_shortcuts(win)
    actions = {a for _, _, a in rows}
    assert {"Save", "Undo", "Re-run simulation", "User guide", "Fit schematic"} <= actions
    w = win.help.show("keys")
    text = w.browser.toPlainText()
    for _, keys, action in rows + list(PANEL_KEYS):
        assert action in text and keys in text
    assert "F1" in text and "Shift+arrow keys" in text


def test_links_sections_back_and_forward(small_window: MainWindow) -> None:
    w = small_window.help.show("guide")
    assert w.headings()[0][1].startswith("WaterPlanner user guide")
    w._on_link(QUrl("#reading-the-results"))
    assert w.section == "Reading the results"
    w._on_link(QUrl("ensembles.md#risk"))
    assert w.current.key == "ensembles" and w.section == "Risk"
    w.go_back()
    assert w.current.key == "guide"
    w.go_forward()
    assert w.current.key == "ensembles"
    w.find_field.setText("Hashimoto")
    assert w.find_next()
    w.find_field.setText("no such words here at all")
    assert not w.find_next() and w.find_note.text() == "not found"


def test_the_guide_s_pictures_load(small_window: MainWindow) -> None:
    w = small_window.help.show("guide")
    guide = (docs_folder() / "user-guide.md").read_text(encoding="utf-8")
    pictures = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", guide)
    assert pictures
    doc = w.browser.document()
    for pic in pictures:
        assert (docs_folder() / pic).is_file(), pic
        image = doc.resource(QTextDocument.ResourceType.ImageResource, QUrl(pic))
        assert image is not None and not image.isNull(), pic
