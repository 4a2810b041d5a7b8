"""The Help menu: the user guide at the section of the panel in use (F1), the keyboard
sheet, what's new, the data behind the default scenario, "What's this?" and About."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QMenu, QWhatsThis, QWidget

from waterplanner.i18n import QT_TRANSLATE_NOOP, translate
from waterplanner.ui.help_pages import CONTEXT_SECTIONS
from waterplanner.ui.help_window import HelpWindow

WHATS_THIS: dict[str, str] = {
    "cascade": QT_TRANSLATE_NOOP(
        "WhatsThis", "<b>Cascade</b>: the river network. Click or use the arrow keys to select "
        "a node; drag or Shift+arrows to move it; Shift-drag or L to connect two nodes; Delete "
        "removes the selection. Bars show storage, badges shortfall."),
    "schedule": QT_TRANSLATE_NOOP(
        "WhatsThis", "<b>Release schedule</b>: the planned release of each reservoir in each "
        "period. Type a value, paste a block from a spreadsheet, or drag the points of the plot "
        "on the right; rule-driven reservoirs are greyed."),
    "summary": QT_TRANSLATE_NOOP(
        "WhatsThis", "<b>Summary</b>: the figures of the run on screen (shortfall, energy, the "
        "North Aral Sea, the mass balance) beside the baseline's."),
    "inspector": QT_TRANSLATE_NOOP(
        "WhatsThis", "<b>Inspector</b>: every field of the selected node or link, editable."),
    "problems": QT_TRANSLATE_NOOP(
        "WhatsThis", "<b>Problems</b>: what is wrong with the scenario, with where and why."),
    "history": QT_TRANSLATE_NOOP(
        "WhatsThis", "<b>History</b>: every edit as an undo step; click one to go back to it."),
    "optimiser": QT_TRANSLATE_NOOP(
        "WhatsThis", "<b>Optimiser</b>: proposes release schedules that meet the objectives "
        "under the constraints, and the trade-off between two objectives."),
}


def panel_of(widget: QWidget | None, main: QMainWindow) -> str:
    """The panel a widget belongs to: its dock's object name, ``countries`` for the
    Countries tab, ``plots`` for the rest of the centre, '' when it is none of these."""
    w = widget
    while w is not None and w is not main:
        if isinstance(w, QDockWidget):
            return w.objectName()
        if w.objectName() == "countries_view" or type(w).__name__ == "CountriesView":
            return "countries"
        if type(w).__name__ == "ResultsPanel":
            return "plots"
        w = w.parentWidget()
    return ""


class HelpMenu:
    """Builds the menu and owns the one Help window."""

    def __init__(self, main: QMainWindow, menu: QMenu, language: str = "en") -> None:
        self.main = main
        self.language = language
        self.window: HelpWindow | None = None
        self.guide = self._add(
            menu, translate("HelpMenu", "User &guide"), lambda: self.context_help(), "F1",
            translate("HelpMenu", "The user guide, at the section about the panel you are in"))
        self.keys = self._add(
            menu, translate("HelpMenu", "&Keyboard shortcuts"), lambda: self.show("keys"),
            "Ctrl+F1", translate("HelpMenu", "Every shortcut of the window"))
        self.whats_new = self._add(menu, translate("HelpMenu", "What's &new"),
                                   lambda: self.show("whats-new"))
        self.data = self._add(menu, translate("HelpMenu", "The Syr Darya &data and sources"),
                              lambda: self.show("data"))
        menu.addSeparator()
        self.whats_this = QWhatsThis.createAction(main)
        self.whats_this.setText(translate("HelpMenu", "What's &this?"))
        menu.addAction(self.whats_this)
        menu.addSeparator()
        for dock in main.findChildren(QDockWidget):
            text = WHATS_THIS.get(dock.objectName())
            if text and dock.widget() is not None:
                dock.widget().setWhatsThis(translate("WhatsThis", text))

    def _add(self, menu: QMenu, text: str, slot, keys: str | None = None,
             tip: str = "") -> QAction:
        act = QAction(text, self.main)
        if keys:
            act.setShortcut(QKeySequence(keys))
            act.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        if tip:
            act.setStatusTip(tip)
            act.setToolTip(tip)
        act.triggered.connect(slot)
        menu.addAction(act)
        return act

    def help_window(self) -> HelpWindow:
        if self.window is None:
            self.window = HelpWindow(self.main, self.language)
        return self.window

    def show(self, key: str, section: str = "") -> HelpWindow:
        w = self.help_window()
        w.show()
        w.show_page(key, section)
        w.raise_()
        w.activateWindow()
        return w

    def context_help(self) -> HelpWindow:
        """The guide at the section of the panel that has the focus (the top when none)."""
        focus = QApplication.focusWidget()
        panel = panel_of(focus, self.main)
        return self.show("guide", CONTEXT_SECTIONS.get(panel, ""))

    def close(self) -> None:
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None
