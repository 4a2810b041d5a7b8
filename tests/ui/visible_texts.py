"""Every text a window shows a planner, and the English words among them.

:func:`visible_texts` walks a widget and everything under it that is shown: window and dock
titles, labels, buttons, group boxes, tabs, combo-box entries, line edits, tooltips, the
toolbar's and menus' actions, the cells and headers of every item view (table, tree, list)
and the furniture of every graphics scene (pyqtgraph axis labels, plot titles and legend
entries, text items). :func:`english_words` finds the English words of one text once the
names a planner may see in any language (the scenario's own names and texts, unit symbols,
file names, the glossary's abbreviations) are taken out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import pyqtgraph as pg
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QImage, QPainter, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDockWidget,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QGraphicsView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QToolBar,
    QWidget,
)

from waterplanner.ui.plot_legend import PlotHeader

MAX_ROWS = 400
"""Rows of one item view read (the window's tables are far shorter; a guard, not a limit)."""

ALWAYS_ALLOWED = frozenset({
    "WaterPlanner",
    # file formats and file-name suffixes named in filters and notes
    "PNG", "SVG", "PDF", "CSV", "XLSX", "xlsx", "csv", "png", "svg", "pdf", "json", "wplan",
    "NetCDF", "nc", "Excel",
    # the scenario's country codes (ISO 3166) are written the same in every language
    "KG", "KZ", "TJ", "UZ",
    # keys: the keyboard's own names are printed on the keys
    "Ctrl", "Shift", "Alt", "Del", "Delete", "Esc", "Tab", "Enter", "Return", "Backspace",
    "Space", "Home", "End", "PgUp", "PgDown", "Ins", "Insert", "Up", "Down", "Left",
    "Right",
    # the language menu names each language in itself
    "English",
    # Qt's own Russian catalogue writes the standard button so
    "OK",
    # notation of formulas, statistics and standards (docs/translating.md, glossary)
    "min", "max", "exp", "ln", "ISO", "CVaR", "VaR", "Cv",
})
"""Latin words a Russian or Kazakh window may show (see docs/translating.md): single
letters are never counted (formula symbols, spreadsheet columns, keys, P10/P50/P90)."""

LONG_TEXT = 40
"""Allowed texts longer than this are the scenario's free texts (notes, descriptions)."""

ALWAYS_ALLOWED_TEXTS = ("Hashimoto et al.",)
"""Citations stay as published."""

_MARKUP = re.compile(r"<[A-Za-z/!][^>]*>")
_FILE = re.compile(r"(?:[\w.\-]+[/\\])*[\w\-*]+\.(?:wplan|json|csv|xlsx|txt|png|svg|pdf|nc|md)\b")
_FILE_PLACE = re.compile(r"\b(?:nodes|links|release_schedules|countries|energy_exchanges|inflow_sets|"
                         r"ensembles|time|metadata)(?:\[\d+\])?(?:\.[\w\-]+(?:\[\d+\])?)+")
"""A place in the scenario file (``nodes.toktogul.dead_storage_mcm``), named for a planner who
edits the file by hand."""
_SHORTCUT = re.compile(r"\b(?:Ctrl|Shift|Alt|Meta)\+\S+")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*[A-Za-z]")
_ENTITY = re.compile(r"&[a-z]+;|&#\d+;")


def plain(text: str) -> str:
    """A text as the planner reads it: markup rendered away, mnemonics' '&' dropped."""
    if _MARKUP.search(text):
        doc = QTextDocument()
        doc.setHtml(text)
        text = doc.toPlainText()
    return _ENTITY.sub(" ", text)


def _mnemonic_free(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _view_texts(view: QAbstractItemView) -> Iterator[tuple[str, str]]:
    model = view.model()
    if model is None:
        return
    header_views: list[tuple[QHeaderView, Qt.Orientation]] = []
    for name in ("horizontalHeader", "verticalHeader", "header"):
        h = getattr(view, name, None)
        if callable(h):
            hv = h()
            if hv is not None and not hv.isHidden():
                header_views.append((hv, hv.orientation()))
    for hv, orient in header_views:
        count = model.columnCount() if orient == Qt.Orientation.Horizontal else \
            min(model.rowCount(), MAX_ROWS)
        for k in range(count):
            if hv.isSectionHidden(k):
                continue
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                v = model.headerData(k, orient, role)
                if isinstance(v, str):
                    yield "header", v
    yield from _model_texts(view, model, QModelIndex(), 0)


def _model_texts(view: QAbstractItemView, model: QAbstractItemModel, parent: QModelIndex,
                 depth: int) -> Iterator[tuple[str, str]]:
    if depth > 6:
        return
    hidden_col = getattr(view, "isColumnHidden", None)
    flat = isinstance(model, QAbstractListModel)  # its columnCount is private in PySide6
    for r in range(min(model.rowCount(parent), MAX_ROWS)):
        for c in range(1 if flat else model.columnCount(parent)):
            if hidden_col is not None and hidden_col(c):
                continue
            idx = model.index(r, c, parent)
            for role, what in ((Qt.ItemDataRole.DisplayRole, "cell"),
                               (Qt.ItemDataRole.ToolTipRole, "cell tooltip")):
                v = model.data(idx, role)
                if isinstance(v, str):
                    yield what, v
            if c == 0 and not flat and model.rowCount(idx) > 0:
                yield from _model_texts(view, model, idx, depth + 1)


def _scene_texts(view: QGraphicsView) -> Iterator[tuple[str, str]]:
    scene = view.scene()
    if scene is None:
        return
    for item in scene.items():
        if not item.isVisible():
            continue
        if isinstance(item, PlotHeader):
            yield "plot title", item.title
            for e in item.entries:
                if e.is_present():
                    yield "legend", e.name
                    if e.tip:
                        yield "legend tip", e.tip
            tip = item.toolTip()
            if tip:
                yield "plot tooltip", tip
        elif isinstance(item, pg.AxisItem):
            if item.label.isVisible():
                yield "axis label", item.labelText + (f" ({item.labelUnits})"
                                                      if item.labelUnits else "")
            for tick in _tick_texts(item):
                yield "axis tick", tick
        elif isinstance(item, QGraphicsTextItem):
            yield "scene text", item.toPlainText()
        elif isinstance(item, QGraphicsSimpleTextItem):
            yield "scene text", item.text()
        else:
            tip = item.toolTip()
            if tip:
                yield "item tooltip", tip


def _tick_texts(axis: pg.AxisItem) -> list[str]:
    """The tick labels an axis draws at its present size."""
    if not axis.style.get("showValues", True) or axis.width() <= 1 or axis.height() <= 1:
        return []
    image = QImage(4, 4, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        specs = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return [] if specs is None else [str(spec[2]) for spec in specs[2]]


def _action_texts(actions: Iterable[QAction], where: str,
                  seen: set[int]) -> Iterator[tuple[str, str]]:
    for a in actions:
        if id(a) in seen or a.isSeparator() or not a.isVisible():
            continue
        seen.add(id(a))
        if a.text():
            yield where, _mnemonic_free(a.text())
        if a.toolTip() and where == "toolbar":
            yield "toolbar tooltip", a.toolTip()
        if a.statusTip():
            yield f"{where} status tip", a.statusTip()
        menu = a.menu()
        if isinstance(menu, QMenu):
            if menu.title():
                yield where, _mnemonic_free(menu.title())
            yield from _action_texts(menu.actions(), "menu", seen)


def _widget_texts(w: QWidget) -> Iterator[tuple[str, str]]:
    if w.isWindow() or isinstance(w, QDockWidget):
        yield "title", w.windowTitle()
    if w.toolTip():
        yield "tooltip", w.toolTip()
    if isinstance(w, QLabel):
        if w.pixmap().isNull():
            yield "label", w.text()
    elif isinstance(w, QAbstractButton):
        yield "button", _mnemonic_free(w.text())
    elif isinstance(w, QGroupBox):
        yield "group", _mnemonic_free(w.title())
    elif isinstance(w, QTabBar):
        for i in range(w.count()):
            if w.isTabVisible(i):
                yield "tab", _mnemonic_free(w.tabText(i))
                yield "tab tooltip", w.tabToolTip(i)
    elif isinstance(w, QComboBox):
        for i in range(w.count()):
            yield "choice", w.itemText(i)
            tip = w.itemData(i, Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str):
                yield "choice tooltip", tip
    elif isinstance(w, QAbstractSpinBox):
        spin = w
        yield "spin box", spin.specialValueText()
        for name in ("prefix", "suffix"):
            f = getattr(spin, name, None)
            if callable(f):
                yield "spin box", f()
    elif isinstance(w, QLineEdit):
        if not isinstance(w.parentWidget(), (QAbstractSpinBox, QComboBox)):
            yield "field", w.text()
        yield "field hint", w.placeholderText()
    elif isinstance(w, (QTextEdit, QPlainTextEdit)):
        yield "text", w.toPlainText()
        yield "text hint", w.placeholderText()
    elif isinstance(w, QToolBar):
        yield from _action_texts(w.actions(), "toolbar", set())
    if isinstance(w, QAbstractItemView):
        yield from _view_texts(w)
    if isinstance(w, QGraphicsView):
        yield from _scene_texts(w)


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """Every text shown by ``root`` and its shown children, as (where, text) in the
    planner's reading (markup rendered to plain text)."""
    out: list[tuple[str, str]] = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible():
            continue
        where = w.objectName() or type(w).__name__
        for kind, text in _widget_texts(w):
            text = plain(text) if text else ""
            if text.strip():
                out.append((f"{where} {kind}", text))
    if isinstance(root, QMainWindow):
        out += [(f"menu bar {k}", plain(t)) for k, t in
                _action_texts(root.menuBar().actions(), "menu", set()) if t.strip()]
    return out


class Allowed:
    """What a translated window may show in Latin letters: the texts given (the scenario's
    names and free texts as it spells them) and :data:`ALWAYS_ALLOWED`."""

    def __init__(self, texts: Iterable[str], words: Iterable[str] = ()) -> None:
        allowed = {t for t in texts if t} | set(ALWAYS_ALLOWED_TEXTS)
        self.free = sorted((t for t in allowed if len(t) > LONG_TEXT), key=len, reverse=True)
        self.names = sorted((t for t in allowed if len(t) <= LONG_TEXT), key=len, reverse=True)
        self.words = set(ALWAYS_ALLOWED) | set(words)

    def english_words(self, text: str) -> list[str]:
        """The English words of ``text``: Latin-letter words left once the allowed texts,
        file names, places in the scenario file and shortcuts are taken out, and that are
        not allowed words."""
        rest = text
        for t in self.free:  # notes and descriptions first: they may hold paths and names
            if t in rest:
                rest = rest.replace(t, " ")
        if not _WORD.search(rest):
            return []
        rest = _FILE.sub(" ", rest)
        rest = _FILE_PLACE.sub(" ", rest)  # before the names: a path holds a node's id
        for name in self.names:
            if name in rest:
                rest = rest.replace(name, " ")
        rest = _SHORTCUT.sub(" ", rest)
        return [w for w in _WORD.findall(rest) if w not in self.words]


def english_words(text: str, allowed_texts: Iterable[str], allowed_words: Iterable[str] = ()
                  ) -> list[str]:
    """The English words of ``text`` (see :class:`Allowed`)."""
    return Allowed(allowed_texts, allowed_words).english_words(text)
