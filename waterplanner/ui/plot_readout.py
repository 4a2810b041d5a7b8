"""Hover read-outs: the exact value of every curve, with its unit, for the period under the
mouse, kept up to date when the data or the unit change under a still mouse."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsObject

from waterplanner.i18n import translate
from waterplanner.i18n.dates import time_label
from waterplanner.model.timebase import TimeBase
from waterplanner.ui.plot_axes import fmt_number

Unit = str | Callable[[], str]


class _ViewWatcher(QObject):
    """Tells a read-out when the mouse leaves its view or the view is hidden."""

    def __init__(self, on_gone: Callable[[], None]) -> None:
        super().__init__()
        self._on_gone = on_gone

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Leave, QEvent.Type.Hide):
            self._on_gone()
        return False


class ReadoutBox(QGraphicsObject):
    """A small boxed text on top of the whole scene, like a tooltip: a read-out taller than
    a short plot may reach over its neighbours instead of being cut off."""

    PAD = 4.0

    def __init__(self) -> None:
        super().__init__()
        self._text = ""
        self._lines: list[str] = []
        self._font = QFont()
        self._font.setPointSizeF(8.5)
        self._size = QSizeF(0, 0)
        self.setZValue(1000)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        if text == self._text:
            return
        self.prepareGeometryChange()
        self._text = text
        self._lines = text.split("\n")
        fm = QFontMetricsF(self._font)
        w = max((fm.horizontalAdvance(t) for t in self._lines), default=0.0)
        self._size = QSizeF(w + 2 * self.PAD, fm.height() * len(self._lines) + 2 * self.PAD)
        self.update()

    def size(self) -> QSizeF:
        return self._size

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self._size.width(), self._size.height())

    def paint(self, p: QPainter, *args: object) -> None:
        p.setPen(QPen(QColor("#999999")))
        p.setBrush(QBrush(QColor(255, 255, 255, 235)))
        p.drawRect(self.boundingRect().adjusted(0.5, 0.5, -0.5, -0.5))
        p.setFont(self._font)
        p.setPen(QColor("#111111"))
        fm = QFontMetricsF(self._font)
        for k, line in enumerate(self._lines):
            p.drawText(QPointF(self.PAD, self.PAD + fm.ascent() + k * fm.height()), line)


class HoverReadout:
    """Shows, for the period under the mouse, the value of every registered curve.

    The read-out follows the data: :meth:`refresh` (called after every data or unit change)
    recomputes it at the hover position, or hides it when the mouse has left.
    """

    def __init__(self, plot: pg.PlotItem, time_fn: Callable[[], TimeBase | None],
                 subtitle: Callable[[], str] | None = None) -> None:
        self._plot = plot
        self._time_fn = time_fn
        self._subtitle = subtitle
        """Says whose values the curves show, under the period (an ensemble's member)."""
        self._sources: list[tuple[str, Unit, Callable[[], np.ndarray | None], bool]] = []
        self._scene_pos: QPointF | None = None
        scene = plot.scene()
        self._scene = scene
        # a child of the plot (it goes when the plot goes), raised over the neighbouring
        # plots while it shows
        self.text = ReadoutBox()
        self.text.hide()
        self.text.setParentItem(plot)
        self.line = pg.InfiniteLine(angle=90, pen=pg.mkPen("#888888", width=1,
                                                           style=Qt.PenStyle.DotLine))
        self.line.hide()
        plot.addItem(self.line, ignoreBounds=True)
        scene.sigMouseMoved.connect(self._on_scene_mouse_moved)
        self._watcher = _ViewWatcher(self.forget)
        for view in scene.views():
            view.installEventFilter(self._watcher)
            view.viewport().installEventFilter(self._watcher)

    def add(self, name: str, unit: Unit, values: Callable[[], np.ndarray | None],
            at_boundaries: bool = False) -> None:
        """Register a curve: ``values()`` returns its current data (per period or boundary);
        ``unit`` is a label or a function giving the label of the units shown now."""
        self._sources.append((name, unit, values, at_boundaries))

    def text_at(self, x: float) -> str | None:
        """The read-out text for position ``x`` (None outside the horizon)."""
        time = self._time_fn()
        if time is None:
            return None
        i = int(np.floor(x))
        if not 0 <= i < time.periods:
            return None
        lines = [time_label(time, i)]
        sub = self._subtitle() if self._subtitle is not None else ""
        if sub:
            lines.append(sub)
        for name, unit, values, at_boundaries in self._sources:
            v = values()
            if v is None:
                continue
            k = min(i + 1, len(v) - 1) if at_boundaries else i
            if 0 <= k < len(v):
                label = unit() if callable(unit) else unit
                value = float(v[k])
                if value == np.inf:  # the engine's "no limit"
                    lines.append(translate("Readout", "{name}: unlimited").format(name=name))
                    continue
                decimals = 1 if abs(value) < 100 else 0
                lines.append(f"{name}: {fmt_number(value, decimals)} {label}".rstrip())
        return "\n".join(lines)

    @property
    def shown_text(self) -> str | None:
        """What the read-out shows now (None when hidden)."""
        return self.text.text() if self.text.isVisible() else None

    def forget(self) -> None:
        """The mouse has gone: hide the read-out."""
        self._scene_pos = None
        self.text.hide()
        self.line.hide()
        self._plot.setZValue(0)

    def refresh(self) -> None:
        """Recompute the read-out at the hover position (after new data or units)."""
        if self._scene_pos is None:
            self.forget()
        else:
            self._on_scene_mouse_moved(self._scene_pos)

    def _visible_scene_rect(self) -> QRectF | None:
        views = self._scene.views()
        if not views:
            return None
        view = views[0]
        return view.mapToScene(view.viewport().rect()).boundingRect()

    def _on_scene_mouse_moved(self, pos: QPointF) -> None:
        try:
            alive = self._plot.scene() is self._scene
        except RuntimeError:  # the plot was deleted with its tab's layout
            alive = False
        if not alive:
            try:
                self._scene.sigMouseMoved.disconnect(self._on_scene_mouse_moved)
            except (RuntimeError, TypeError):
                pass
            return
        vb = self._plot.getViewBox()
        area = vb.sceneBoundingRect()
        if not self._plot.isVisible() or not area.contains(pos):
            self.forget()
            return
        p = vb.mapSceneToView(pos)
        text = self.text_at(p.x())
        if text is None:
            self.forget()
            return
        self._scene_pos = QPointF(pos)
        box = self.text
        box.setText(text)
        size = box.size()
        # beside the cursor, on the side with more room; from the top of the plot, moved up
        # as far as needed to stay inside the window
        x = pos.x() - 12 - size.width() if pos.x() > area.center().x() else pos.x() + 12
        y = area.top()
        room = self._visible_scene_rect()
        if room is not None:
            y = max(room.top(), min(y, room.bottom() - size.height()))
            x = max(room.left(), min(x, room.right() - size.width()))
        box.setPos(self._plot.mapFromScene(QPointF(x, y)))
        self.line.setPos(p.x())
        self._plot.setZValue(1)
        box.show()
        self.line.show()


# --- styling ----------------------------------------------------------------------------
