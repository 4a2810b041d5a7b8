"""The keyboard-shortcut sheet: every menu action's shortcut, read from the window itself so
the sheet cannot drift from the keys, and the keys of the panels that are not menu actions."""

from __future__ import annotations

import html

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from waterplanner.i18n import QT_TRANSLATE_NOOP, translate

PANEL_KEYS: tuple[tuple[str, str, str], ...] = (
    (QT_TRANSLATE_NOOP("Keys", "Cascade"), QT_TRANSLATE_NOOP("Keys", "Arrow keys"),
     QT_TRANSLATE_NOOP("Keys", "Go to the next node that way on screen")),
    (QT_TRANSLATE_NOOP("Keys", "Cascade"), QT_TRANSLATE_NOOP("Keys", "Shift+arrow keys"),
     QT_TRANSLATE_NOOP("Keys", "Move the selected nodes (one undo step per run of presses)")),
    (QT_TRANSLATE_NOOP("Keys", "Cascade"), QT_TRANSLATE_NOOP("Keys", "L, arrow keys, Enter"),
     QT_TRANSLATE_NOOP("Keys", "Connect the selected node to a node downstream; Esc cancels")),
    (QT_TRANSLATE_NOOP("Keys", "Cascade"), QT_TRANSLATE_NOOP("Keys", "Insert"),
     QT_TRANSLATE_NOOP("Keys", "Add a node")),
    (QT_TRANSLATE_NOOP("Keys", "Cascade"), QT_TRANSLATE_NOOP("Keys", "Delete"),
     QT_TRANSLATE_NOOP("Keys", "Delete the selected nodes or links (focus anywhere in the "
                               "panel)")),
    (QT_TRANSLATE_NOOP("Keys", "Cascade"), QT_TRANSLATE_NOOP("Keys", "Menu key or Shift+F10"),
     QT_TRANSLATE_NOOP("Keys", "The selected node's menu")),
    (QT_TRANSLATE_NOOP("Keys", "Cascade"), QT_TRANSLATE_NOOP("Keys", "Esc"),
     QT_TRANSLATE_NOOP("Keys", "Clear the selection")),
    (QT_TRANSLATE_NOOP("Keys", "Release schedule"),
     QT_TRANSLATE_NOOP("Keys", "Arrow keys, Enter, typing"),
     QT_TRANSLATE_NOOP("Keys", "Move between cells and edit them")),
    (QT_TRANSLATE_NOOP("Keys", "Release schedule"), QT_TRANSLATE_NOOP("Keys", "Ctrl+C / Ctrl+V"),
     QT_TRANSLATE_NOOP("Keys", "Copy / paste tab-separated blocks")),
    (QT_TRANSLATE_NOOP("Keys", "Everywhere"), QT_TRANSLATE_NOOP("Keys", "Tab / Shift+Tab"),
     QT_TRANSLATE_NOOP("Keys", "Next / previous control (they leave the table)")),
)
"""Keys handled inside panels (the user guide's Keyboard table lists the same)."""


def menu_shortcuts(window: QMainWindow) -> list[tuple[str, str, str]]:
    """(menu, keys, action) for every action of the window's menus that has a shortcut."""
    out: list[tuple[str, str, str]] = []

    def walk(menu: QMenu, title: str) -> None:
        for act in menu.actions():
            sub = act.menu()
            if isinstance(sub, QMenu):
                walk(sub, f"{title} › {_plain(sub.title())}")
                continue
            keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in act.shortcuts()]
            keys = [k for k in keys if k and not (k.isalpha() and len(k) > 1)]  # "Undo" keys
            if keys and act.text():
                out.append((title, translate("Keys", " or ").join(keys), _plain(act.text())))

    for top in window.menuBar().actions():
        m = top.menu()
        if isinstance(m, QMenu):
            walk(m, _plain(m.title()))
    return out


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def sheet_html(window: QMainWindow) -> str:
    """The sheet as HTML for the Help window (and for printing)."""
    rows = [(m, k, a) for m, k, a in menu_shortcuts(window)] + [
        (translate("Keys", m), translate("Keys", k), translate("Keys", a))
        for m, k, a in PANEL_KEYS]
    body = []
    last = None
    for where, keys, action in rows:
        if where != last:
            body.append(f"<tr><th colspan='2' align='left' style='padding-top:10px'>"
                        f"{html.escape(where)}</th></tr>")
            last = where
        body.append(f"<tr><td style='padding-right:18px'><b>{html.escape(keys)}</b></td>"
                    f"<td>{html.escape(action)}</td></tr>")
    return (translate("Keys", "<h1>Keyboard shortcuts</h1>") + "<table cellspacing='2'>"
            + "".join(body) + "</table>")


