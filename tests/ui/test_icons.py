"""Every toolbar action and node kind has its drawing, in a light and a dark variant, and
every toolbar button's tooltip names its keys."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QToolBar

from waterplanner.model.edits import KIND_LABELS
from waterplanner.ui.action_icons import ACTION_ICONS, keys_text
from waterplanner.ui.icons import INK_DARK, NODE_ICONS, pixmap, svg_text
from waterplanner.ui.main_window import MainWindow

NAMES = sorted(set(ACTION_ICONS.values()) | set(NODE_ICONS.values()) | {"actions/help"})


def _inked(name: str, dark: bool) -> int:
    """Pixels of a 32 px rendering that are drawn (not transparent)."""
    img = pixmap(name, 32, dark).toImage()
    return sum(1 for y in range(32) for x in range(32) if img.pixelColor(x, y).alpha() > 40)


@pytest.mark.parametrize("name", NAMES)
def test_each_drawing_renders_in_both_variants(qapp, name: str) -> None:
    light, dark = svg_text(name), svg_text(name, dark=True)
    assert light != dark and INK_DARK in dark
    assert _inked(name, False) > 20 and _inked(name, True) > 20


def test_every_node_kind_has_its_icon() -> None:
    assert set(KIND_LABELS) <= set(NODE_ICONS)


def test_the_toolbar_shows_icons_and_keys(small_window: MainWindow) -> None:
    win = small_window
    bars = win.findChildren(QToolBar)
    assert bars
    for tb in bars:
        for act in tb.actions():
            if act.isSeparator() or not act.text():
                continue
            assert not act.icon().isNull(), f"{act.text()} has no icon"
    assert "(Ctrl+S)" in win.act_save.toolTip()
    assert keys_text(win.act_undo) and f"({keys_text(win.act_undo)})" in win.tb_undo.toolTip()
    for act in win.schematic.add_button.menu().actions():
        assert not act.icon().isNull(), act.text()
