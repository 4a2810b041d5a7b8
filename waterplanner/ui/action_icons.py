"""Icons and shortcut tooltips of the window's actions: every toolbar button shows its
icon and, in its tooltip, its keys; the domain actions keep their words beside the icon,
the everyday ones (new, open, save, undo, redo) are icons alone."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QToolBar, QToolButton

from waterplanner.ui.icons import icon

ACTION_ICONS: dict[str, str] = {
    "act_new": "actions/new", "act_open": "actions/open", "act_save": "actions/save",
    "act_save_as": "actions/save", "act_undo": "actions/undo", "act_redo": "actions/redo",
    "tb_undo": "actions/undo", "tb_redo": "actions/redo",
    "act_baseline": "actions/baseline", "act_clear_baseline": "actions/clear-baseline",
    "act_baseline_file": "actions/baseline", "act_report": "actions/report",
    "act_import": "actions/import", "act_export_plot": "actions/export-plot",
    "act_rerun": "actions/rerun", "act_fit": "actions/fit", "act_optimise": "actions/optimise",
}
"""The window's action attributes and their drawings."""

TOOLBAR_ICON_PX = 20
"""No taller than the toolbar's combo boxes: the toolbar keeps its height."""

ICON_ONLY = ("act_new", "act_open", "act_save", "tb_undo", "tb_redo")


def keys_text(action: QAction) -> str:
    """An action's first shortcut as the platform writes it ('' when it has none)."""
    for k in action.shortcuts():
        text = k.toString(QKeySequence.SequenceFormat.NativeText)
        if text:
            return text
    return ""


def with_keys(tip: str, keys: str) -> str:
    """A tooltip ending in the keys that do the same, e.g. 'Save  (Ctrl+S)'."""
    return f"{tip}  ({keys})" if keys and f"({keys})" not in tip else tip


def decorate(window: QMainWindow) -> None:
    """Give the window's actions their icons and the toolbar's buttons their key tips."""
    for attr, name in ACTION_ICONS.items():
        act = getattr(window, attr, None)
        if isinstance(act, QAction):
            act.setIcon(icon(name))
    help_menu = getattr(window, "help", None)
    if help_menu is not None:
        help_menu.guide.setIcon(icon("actions/help"))
    for tb in window.findChildren(QToolBar):
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        tb.setIconSize(QSize(TOOLBAR_ICON_PX, TOOLBAR_ICON_PX))
        for act in tb.actions():
            button = tb.widgetForAction(act)
            if isinstance(button, QToolButton) and any(
                    getattr(window, a, None) is act for a in ICON_ONLY):
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            keys = keys_text(act)
            if keys:
                act.setToolTip(with_keys(act.toolTip() or act.text().replace("&", ""), keys))
