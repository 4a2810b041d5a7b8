"""The wrapping tree's rows: a long label wraps onto more lines in a narrow column, and the
row follows a label or a width that changes (the measures it keeps are of a label in a
width, never of another label or width)."""

from __future__ import annotations

from PySide6.QtWidgets import QTreeWidgetItem

from waterplanner.ui.wrapping_tree import WrappingTree

LONG = "Наибольший дефицит: Кызылординская область, вегетационный период"


def _tree(qtbot) -> tuple[WrappingTree, QTreeWidgetItem]:  # type: ignore[no-untyped-def]
    tree = WrappingTree(2)
    qtbot.addWidget(tree)
    tree.resize(260, 300)
    tree.show()
    item = QTreeWidgetItem(tree)
    item.setText(0, "Storage")
    item.setText(1, "1 000")
    tree.fit_value_columns(shrink=True)
    qtbot.waitExposed(tree)
    return tree, item


def _height(tree: WrappingTree, item: QTreeWidgetItem) -> int:
    tree.doItemsLayout()
    return tree.visualItemRect(item).height()


def test_a_row_follows_its_label_and_its_width(qtbot) -> None:  # type: ignore[no-untyped-def]
    tree, item = _tree(qtbot)
    one_line = _height(tree, item)
    item.setText(0, LONG)
    wrapped = _height(tree, item)
    assert wrapped >= 2 * one_line - 2, "a long label wraps in a narrow column"
    for value in ("2 000", "3 000"):  # numbers change, the label's measure holds
        item.setText(1, value)
        assert _height(tree, item) == wrapped
    tree.resize(1400, 300)
    qtbot.waitUntil(lambda: _height(tree, item) == one_line)
    tree.resize(260, 300)
    qtbot.waitUntil(lambda: _height(tree, item) == wrapped)
    item.setText(0, "Storage")
    assert _height(tree, item) == one_line
