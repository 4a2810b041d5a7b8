"""The keyboard-shortcut sheet: every menu action's shortcut, read from the window itself so
the sheet cannot drift from the keys, and the keys of the panels that are not menu actions."""

from __future__ import annotations

import html

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

PANEL_KEYS: tuple[tuple[str, str, str], ...] = (
    ("Cascade", "Arrow keys", "Go to the next node that way on screen"),
    ("Cascade", "Shift+arrow keys", "Move the selected nodes (one undo step per run of presses)"),
    ("Cascade", "L, arrow keys, Enter", ("Connect the selected node to a node downstream; Esc "
                                        "cancels")),
    ("Cascade", "Insert", "Add a node"),
    ("Cascade", "Delete", "Delete the selected nodes or links (focus anywhere in the panel)"),
    ("Cascade", "Menu key or Shift+F10", "The selected node's menu"),
    ("Cascade", "Esc", "Clear the selection"),
    ("Release schedule", "Arrow keys, Enter, typing", "Move between cells and edit them"),
    ("Release schedule", "Ctrl+C / Ctrl+V", "Copy / paste tab-separated blocks"),
    ("Everywhere", "Tab / Shift+Tab", "Next / previous control (they leave the table)"),
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
                out.append((title, " or ".join(keys), _plain(act.text())))

    for top in window.menuBar().actions():
        m = top.menu()
        if isinstance(m, QMenu):
            walk(m, _plain(m.title()))
    return out


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def sheet_html(window: QMainWindow) -> str:
    """The sheet as HTML for the Help window (and for printing)."""
    rows = [(m, k, a) for m, k, a in menu_shortcuts(window)] + list(PANEL_KEYS)
    body = []
    last = None
    for where, keys, action in rows:
        if where != last:
            body.append(f"<tr><th colspan='2' align='left' style='padding-top:10px'>"
                        f"{html.escape(where)}</th></tr>")
            last = where
        body.append(f"<tr><td style='padding-right:18px'><b>{html.escape(keys)}</b></td>"
                    f"<td>{html.escape(action)}</td></tr>")
    return ("<h1>Keyboard shortcuts</h1><table cellspacing='2'>" + "".join(body)
            + "</table>")


