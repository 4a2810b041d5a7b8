"""A tree of labelled numbers that shows every label and number whole in a narrow dock.

The Summary and its risk table sit in the right-hand column, about 400 px wide, where a
Russian or Kazakh label («Наибольший: Кызылординская область», «восстанавливаемость»)
rarely fits beside three numbers on one line. Here the value columns are as wide as their
widest text (their header included), the label column takes what is left, and a label
that does not fit wraps onto further lines of its row instead of ending in "…".

Qt's tree view measures a row's height without the width of its columns, so a wrapped
label would be drawn in a one-line row: the label column gets a delegate that measures
its text in the column's width (less the item's indentation), and the rows are laid out
again whenever a column's width changes. A label breaks only between words: not inside a
number ("6 500", thin-space thousands) nor inside a "P(short > 10 %)" (:func:`shown_label`).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QFontMetricsF
from PySide6.QtWidgets import (
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItemIterator,
    QWidget,
)

LABEL_COLUMN = 0
_GROUPED_DIGITS = re.compile(r"(?<=\d)\u2009(?=\d)")
_PROBABILITY = re.compile(r"P\([^()]*\)")


def shown_label(text: str, width_px: float, metrics: QFontMetricsF) -> str:
    """``text`` as a label column ``width_px`` wide shows it: the thin space between a
    number's digit groups becomes a narrow no-break space («6 500 млн м³» never ends a line
    at «6»), and the spaces inside a "P(…)" no-break spaces where it fits on a line of its
    own («Кыргызстан:» / «P(дефицит > 10 %)», not «… P(дефицит» / «> 10 %)»; in a narrower
    column it may break rather than be cut). The items keep the text as it was given."""
    text = _GROUPED_DIGITS.sub("\u202f", text)

    def glued(m: re.Match[str]) -> str:
        whole = m.group(0).replace(" ", "\u00a0")
        return whole if metrics.horizontalAdvance(whole) <= width_px else m.group(0)

    return _PROBABILITY.sub(glued, text)


class _LabelDelegate(QStyledItemDelegate):
    """Measures a label wrapped in the width its cell has (see the module docstring)."""

    def __init__(self, tree: WrappingTree) -> None:
        super().__init__(tree)
        self.tree = tree
        self._sizes: dict[tuple[object, ...], QSize] = {}

    def initStyleOption(self, option: QStyleOptionViewItem,
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        # measured (sizeHint: the cell's width) and drawn (the cell) alike
        option.text = self.shown_text(option.text, option.rect.width() - self._margins_px(),
                                      QFontMetricsF(option.font))

    def shown_text(self, text: str, width_px: float, metrics: QFontMetricsF) -> str:
        """The text this delegate draws for ``text`` in a cell with ``width_px`` for its
        text (for tests measuring it)."""
        return shown_label(text, width_px, metrics)

    def _margins_px(self) -> int:
        """What a cell keeps free either side of its text (Qt's common style)."""
        return 2 * (self.tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin,
                                                  None, self.tree) + 1)

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        depth = 0
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        indent = self.tree.indentation() * (depth + int(self.tree.rootIsDecorated()))
        width = self.tree.columnWidth(index.column()) - indent
        # A row is measured again whenever any of its cells changes (a number, a tooltip),
        # but its label rarely does: the measure of a label in a width is kept.
        font = index.data(Qt.ItemDataRole.FontRole)
        key = (index.data(Qt.ItemDataRole.DisplayRole), width, option.font.key(),
               font.key() if font is not None else "", id(self.tree.style()))
        size = self._sizes.get(key)
        if size is None:
            opt = QStyleOptionViewItem(option)
            opt.rect = QRect(0, 0, max(width, 1), 100_000)  # the height is not used
            if len(self._sizes) > 5_000:
                self._sizes.clear()
            size = self._sizes[key] = super().sizeHint(opt, index)
        return QSize(size)


class WrappingTree(QTreeWidget):
    """A tree whose first column holds labels that wrap and whose other columns hold values
    sized to their texts (:meth:`fit_value_columns`)."""

    def __init__(self, columns: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(columns)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)  # a wrapped label makes its row taller
        self.setItemDelegateForColumn(LABEL_COLUMN, _LabelDelegate(self))
        head = self.header()
        head.setStretchLastSection(False)
        head.setSectionResizeMode(LABEL_COLUMN, QHeaderView.ResizeMode.Stretch)
        # value columns are set by fit_value_columns, not by Qt's resize-to-contents, which
        # would measure every item on every change of a number
        for col in range(1, columns):
            head.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
        head.sectionResized.connect(self._on_header_section_resized)
        self._measured_font = ""
        self._text_px: dict[str, int] = {}

    def _on_header_section_resized(self, logical: int, old: int, new: int) -> None:
        if old != new:
            self.scheduleDelayedItemsLayout()  # the labels wrap anew in their new width

    def value_column_px(self, column: int) -> int:
        """The width column ``column`` needs: its widest text in any item (folded or not,
        in the item's own font) and its header's, with the margins Qt draws them with."""
        style = self.style()
        # the cell's margins, and a pixel either side: text is laid out in fractions of a
        # pixel, and a number a fraction too wide for its cell would wrap at its thin space
        text_margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None,
                                             self) + 2)
        header_margin = 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None,
                                              self.header())
        title = self.headerItem().text(column)
        need = QFontMetrics(self.header().font()).horizontalAdvance(title) + header_margin \
            if title else 0
        plain = QFontMetrics(self.font())
        if self._measured_font != self.font().key():
            self._measured_font, self._text_px = self.font().key(), {}
        widths = self._text_px  # numbers repeat ('0.0 %', '='): each measured once
        if len(widths) > 20_000:
            widths.clear()
        it = QTreeWidgetItemIterator(self)
        while (item := it.value()) is not None:
            text = item.text(column)
            if text:
                font = item.data(column, Qt.ItemDataRole.FontRole)
                if font is not None:  # an item's own font (a bold headline)
                    px = QFontMetrics(font).horizontalAdvance(text)
                elif (px := widths.get(text, -1)) < 0:
                    px = widths[text] = plain.horizontalAdvance(text)
                need = max(need, px + text_margin)
            it += 1
        return need

    def fit_value_columns(self, shrink: bool = False) -> None:
        """Make each shown value column as wide as its texts need. Columns only grow unless
        ``shrink``: a number that gets a digit shorter after an edit does not make the labels
        beside it wrap anew (call with ``shrink`` when the rows themselves change)."""
        head = self.header()
        for col in range(1, self.columnCount()):
            if self.isColumnHidden(col):
                continue
            need = self.value_column_px(col)
            have = head.sectionSize(col)
            if need > have or (shrink and need != have):
                head.resizeSection(col, need)
