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


# --- the Russian guide ------------------------------------------------------------------
def _ru_guide() -> str:
    path = docs_folder() / "ru" / "user-guide.md"
    assert path.is_file(), "docs/ru/user-guide.md is not installed"
    return path.read_text(encoding="utf-8")


def _levels(md: str) -> list[int]:
    return [len(m.group(1)) for m in re.finditer(r"^(#+)\s+", md, flags=re.MULTILINE)]


def _pictures(md: str) -> list[str]:
    return re.findall(r"!\[[^\]]*\]\(([^)]+)\)", md)


def test_the_russian_pages_are_installed_and_found() -> None:
    for key in ("guide", "admin"):
        p = next(p for p in PAGES if p.key == key)
        assert page_file(p, "ru") == docs_folder() / "ru" / p.file
        assert page_file(p, "en") == docs_folder() / p.file
        assert page_file(p, "kk") == docs_folder() / "ru" / p.file, \
            "no Kazakh page: the Russian one, read instead"
    ensembles = next(p for p in PAGES if p.key == "ensembles")
    assert page_file(ensembles, "kk") == docs_folder() / ensembles.file  # only in English


def test_the_russian_guide_follows_the_english_one() -> None:
    """Same sections in the same order, a picture for every picture (the Russian window's,
    made by packaging/make_screenshots.py), and the same command examples."""
    en = (docs_folder() / "user-guide.md").read_text(encoding="utf-8")
    ru = _ru_guide()
    assert _levels(ru) == _levels(en)
    en_pics, ru_pics = _pictures(en), _pictures(ru)
    assert [p.rsplit("/", 1)[-1] for p in ru_pics] == [p.rsplit("/", 1)[-1] for p in en_pics]
    shown_in_english = [p for p in ru_pics if not p.startswith("../images/ru/")]
    assert shown_in_english == [], shown_in_english
    for pic in ru_pics:
        assert (docs_folder() / "ru" / pic).resolve().is_file(), pic
    assert re.findall(r"^waterplanner[^\n#]*", ru, flags=re.MULTILINE) == \
        re.findall(r"^waterplanner[^\n#]*", en, flags=re.MULTILINE)


def test_every_panel_has_its_russian_section() -> None:
    from waterplanner.i18n import translate
    from waterplanner.ui import translators
    heads = {slug(h) for h in _headings(_ru_guide())}
    translators.install("ru")
    try:
        for panel, section in CONTEXT_SECTIONS.items():
            russian = translate("HelpSections", section)
            assert russian != section, f"{panel}: '{section}' has no Russian translation"
            assert slug(russian) in heads, f"{panel}: no section '{russian}' in the Russian guide"
    finally:
        translators.install("en")


def test_f1_in_russian_opens_the_russian_guide_at_the_panel_s_section(qtbot) -> None:
    from tests.ui.conftest import make_window
    from waterplanner.ui import translators
    translators.install("ru")
    try:
        win = make_window(qtbot)
        assert win.help.language == "ru"
        _focus(qtbot, win, win.schedule.table)
        qtbot.keyClick(win.schedule.table, Qt.Key.Key_F1)
        w = win.help.window
        assert w is not None and w.isVisible() and w.current.key == "guide"
        assert w.headings()[0][1].startswith("Руководство пользователя WaterPlanner")
        assert w.section == "Изменение попусков"
        assert w.browser.verticalScrollBar().value() > 0
        assert w.pages.currentItem().text() == "Руководство пользователя"
        _focus(qtbot, win, win.schematic.view)
        win.help.context_help()
        assert w.section == "Изменение сети и её данных"
        # the pictures are the Russian window's, found beside the page
        doc = w.browser.document()
        for pic in _pictures(_ru_guide()):
            image = doc.resource(QTextDocument.ResourceType.ImageResource, QUrl(pic))
            assert image is not None and not image.isNull(), pic
        # a link to a page that is only in English opens the English page
        w._on_link(QUrl("../ensembles.md#risk"))
        assert w.current.key == "ensembles" and w.section == "Risk"
        w._on_link(QUrl("administrator.md"))
        assert w.current.key == "admin"
        assert w.headings()[0][1].startswith("WaterPlanner: установка")
        win.session.mark_saved()
    finally:
        translators.install("en")


def test_f1_in_kazakh_opens_the_russian_guide_at_the_panel_s_section(qtbot) -> None:
    """No Kazakh guide: a Kazakh window opens the Russian one (read before English by a
    Kazakh engineer), at the Russian heading of the panel in use."""
    from tests.ui.conftest import make_window
    from waterplanner.ui import translators
    translators.install("kk")
    try:
        win = make_window(qtbot)
        assert win.help.language == "kk"
        _focus(qtbot, win, win.schedule.table)
        qtbot.keyClick(win.schedule.table, Qt.Key.Key_F1)
        w = win.help.window
        assert w is not None and w.isVisible() and w.current.key == "guide"
        assert w.headings()[0][1].startswith("Руководство пользователя WaterPlanner")
        assert w.section == "Изменение попусков"
        assert w.browser.verticalScrollBar().value() > 0
        win.session.mark_saved()
    finally:
        translators.install("en")


def test_the_administrator_s_page_is_listed(small_window: MainWindow) -> None:
    w = small_window.help.show("admin")
    assert w.current.file == "administrator.md"
    assert w.headings()[0][1].startswith("WaterPlanner: installing")
    titles = [w.pages.item(i).text() for i in range(w.pages.count())]
    assert "Installing and administering" in titles
