"""Finds the texts a window cuts off: every shown label, button, tab and header section whose
text needs more width than its widget gives it (word wrap allowed where it is set).

A header section whose model gives a tooltip for it is shortened on purpose (the whole text
is in the tooltip) and is not counted; nor are item views' cells (they elide by design):
:func:`clipped_cells` measures the cells of a tree that must show its texts whole.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetrics, QFontMetricsF, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QHeaderView,
    QLabel,
    QStyle,
    QTabBar,
    QToolButton,
    QTreeView,
    QWidget,
)

TOLERANCE_PX = 1
_BREAKS = re.compile(r"[ \t\n\u2009]+")
"""Where a wrapped cell may break its text (not at a no-break space)."""


def _mnemonic_free(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _label_text(label: QLabel) -> str:
    text = label.text()
    fmt = label.textFormat()
    if fmt == Qt.TextFormat.RichText or (fmt == Qt.TextFormat.AutoText
                                         and re.search(r"<[A-Za-z/][^>]*>", text)):
        doc = QTextDocument()
        doc.setHtml(text)
        return doc.toPlainText()
    return text


def _where(w: QWidget) -> str:
    names = []
    p: QWidget | None = w
    while p is not None and len(names) < 4:
        names.append(p.objectName() or type(p).__name__)
        p = p.parentWidget()
    return "/".join(reversed(names))


def _label(label: QLabel) -> str | None:
    text = _label_text(label)
    if not text.strip() or not label.pixmap().isNull():
        return None
    fm = label.fontMetrics()
    avail = label.contentsRect().width() - 2 * label.margin() - max(label.indent(), 0)
    if label.wordWrap():
        longest = max((fm.horizontalAdvance(word) for word in text.split()), default=0)
        if longest > avail + TOLERANCE_PX:
            return f"a word needs {longest} px of {avail}"
        need_h = label.heightForWidth(label.width())
        if need_h > label.height() + TOLERANCE_PX:
            return f"wrapped it needs {need_h} px of height, has {label.height()}"
        return None
    need = max(fm.horizontalAdvance(line) for line in text.split("\n"))
    return f"needs {need} px, has {avail}" if need > avail + TOLERANCE_PX else None


def _button(button: QAbstractButton) -> str | None:
    text = _mnemonic_free(button.text())
    if not text.strip():
        return None
    if isinstance(button, QToolButton) and \
            button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
        return None
    need = button.sizeHint().width()
    return f"needs {need} px, has {button.width()}" \
        if button.width() + TOLERANCE_PX < need else None


def _tabs(bar: QTabBar) -> list[str]:
    out = []
    fm = bar.fontMetrics()
    space = bar.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace, None, bar)
    for i in range(bar.count()):
        text = _mnemonic_free(bar.tabText(i))
        rect = bar.tabRect(i)
        if not text or not bar.isTabVisible(i) or not rect.intersects(bar.rect()):
            continue
        icon = bar.iconSize().width() + 4 if not bar.tabIcon(i).isNull() else 0
        need = fm.horizontalAdvance(text) + icon + space
        if rect.width() + TOLERANCE_PX < need:
            out.append(f"tab {text!r} needs {need} px, has {rect.width()}")
    return out


def _header(header: QHeaderView) -> list[str]:
    model = header.model()
    if model is None:
        return []
    out = []
    fm = QFontMetrics(header.font())
    margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    horizontal = header.orientation() == Qt.Orientation.Horizontal
    count = model.columnCount() if horizontal else model.rowCount()
    for section in range(count):
        if header.isSectionHidden(section) or header.sectionSize(section) <= 0:
            continue
        text = model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole)
        if not isinstance(text, str) or not text.strip():
            continue
        if model.headerData(section, header.orientation(), Qt.ItemDataRole.ToolTipRole):
            continue  # shortened on purpose, whole in the tooltip
        need = max(fm.horizontalAdvance(line) for line in text.split("\n")) + margin
        have = header.sectionSize(section) if horizontal else header.width()
        if have + TOLERANCE_PX < need:
            out.append(f"section {text!r} needs {need} px, has {have}")
    return out


def clipped_texts(root: QWidget) -> list[str]:
    """Every cut-off text under ``root`` (shown widgets only), as 'where: what'."""
    out: list[str] = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible() or w.width() <= 1 or w.height() <= 1:
            continue
        problems: list[str] = []
        if isinstance(w, QLabel):
            p = _label(w)
            problems = [f"label {_label_text(w)[:60]!r} {p}"] if p else []
        elif isinstance(w, QAbstractButton):
            p = _button(w)
            problems = [f"button {_mnemonic_free(w.text())!r} {p}"] if p else []
        elif isinstance(w, QTabBar):
            problems = _tabs(w)
        elif isinstance(w, QHeaderView):
            problems = _header(w)
        out += [f"{_where(w)}: {p}" for p in problems]
    return out


def _cell_text_margin_px(view: QTreeView) -> int:
    """What the item delegate keeps free on each side of a cell's text (Qt's common style:
    the focus frame's margin plus one)."""
    return view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1


def clipped_cells(view: QTreeView) -> list[str]:
    """Every cell of ``view`` (its items unfolded or not, every shown column) whose text needs
    more room than the cell gives it: wider than the cell on one line, or, where the view
    wraps words, a word wider than the cell or more lines than the row is high. Measured
    with the font each cell is drawn in; elided or not, a cell that cannot hold its text
    counts. Items under a folded parent are measured as they would be unfolded."""
    model = view.model()
    out: list[str] = []
    folded: list[QModelIndex] = []

    def unfold(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            if model.rowCount(index):
                if not view.isExpanded(index):
                    folded.append(index)
                    view.expand(index)
                unfold(index)

    unfold(QModelIndex())
    view.doItemsLayout()
    margin = 2 * _cell_text_margin_px(view)
    wrap = view.wordWrap()

    def check(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            for col in range(model.columnCount(parent)):
                if view.isColumnHidden(col):
                    continue
                index = model.index(row, col, parent)
                text = index.data(Qt.ItemDataRole.DisplayRole)
                if not isinstance(text, str) or not text.strip():
                    continue
                font = index.data(Qt.ItemDataRole.FontRole)
                # fractions of a pixel count: Qt lays a cell's text out in them, and a word
                # 138.4 px wide in 138 px is drawn cut
                fm = QFontMetricsF(font if isinstance(font, QFont) else view.font())
                rect = view.visualRect(index)
                avail = rect.width() - margin
                delegate = view.itemDelegateForIndex(index)
                if hasattr(delegate, "shown_text"):  # drawn with no-break spaces
                    text = delegate.shown_text(text, avail, fm)
                problem = ""
                if wrap:
                    longest = max(fm.horizontalAdvance(word) for word in _BREAKS.split(text))
                    need_h = fm.boundingRect(QRectF(0, 0, max(avail, 1), 100_000),
                                             Qt.TextFlag.TextWordWrap, text).height()
                    if longest > avail:
                        problem = f"a word needs {longest:.1f} px of {avail}"
                    elif need_h > rect.height():
                        problem = f"wrapped it needs {need_h:.0f} px of height, " \
                            f"has {rect.height()}"
                else:
                    need = fm.horizontalAdvance(text)
                    if need > avail:
                        problem = f"needs {need:.1f} px, has {avail}"
                if problem:
                    out.append(f"{_where(view)}: cell {text!r} (column {col}) {problem}")
            index = model.index(row, 0, parent)
            if model.rowCount(index):
                check(index)

    check(QModelIndex())
    for index in folded:
        view.collapse(index)
    return out
