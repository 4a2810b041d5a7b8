"""The window's icons: SVG drawings of the project (``resources/icons``), in a light and a
dark variant.

Each drawing is made once, in dark ink on light; the dark variant swaps the ink and the
water colour for light ones, so the two can never differ in shape. The variant follows the
palette of the application (a dark window background gets the light ink).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from waterplanner.model.nodes import NodeKind

INK_LIGHT = "#1F2A36"
"""Ink of the drawings on a light background (as stored)."""
WATER_LIGHT = "#0072B2"
PAPER_LIGHT = "#FFFFFF"
"""Fill of the symbols' insides (a reservoir above its water, a sink)."""
INK_DARK = "#E6EDF3"
WATER_DARK = "#56B4E9"
PAPER_DARK = "#26303A"
SIZES = (16, 20, 24, 32, 48)

NODE_ICONS: dict[NodeKind, str] = {
    NodeKind.RESERVOIR: "nodes/reservoir", NodeKind.INFLOW: "nodes/inflow",
    NodeKind.DEMAND: "nodes/demand", NodeKind.JUNCTION: "nodes/junction",
    NodeKind.MIN_FLOW: "nodes/min-flow", NodeKind.TERMINAL_LAKE: "nodes/terminal-lake",
    NodeKind.SINK: "nodes/sink",
}


def svg_text(name: str, dark: bool = False) -> str:
    """The drawing ``name`` (e.g. ``actions/save``) as SVG text, in the variant asked for."""
    text = resources.files("waterplanner.resources").joinpath(
        "icons", f"{name}.svg").read_text(encoding="utf-8")
    if dark:
        text = (text.replace(INK_LIGHT, INK_DARK).replace(WATER_LIGHT, WATER_DARK)
                .replace(PAPER_LIGHT, PAPER_DARK))
    return text


def is_dark() -> bool:
    """True when the application's window background is dark."""
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return False
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128


def pixmap(name: str, size: int, dark: bool = False) -> QPixmap:
    """The drawing rendered at ``size`` × ``size`` device-independent pixels."""
    renderer = QSvgRenderer(QByteArray(svg_text(name, dark).encode("utf-8")))
    if not renderer.isValid():
        raise ValueError(f"icon {name}: not a valid SVG drawing")
    pm = QPixmap(size, size)
    pm.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pm)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return pm


@lru_cache(maxsize=128)
def _icon(name: str, dark: bool) -> QIcon:
    ic = QIcon()
    for s in SIZES:
        ic.addPixmap(pixmap(name, s, dark))
    return ic


def icon(name: str, dark: bool | None = None) -> QIcon:
    """The icon ``name`` in the variant for the current palette (or the one asked for)."""
    return _icon(name, is_dark() if dark is None else dark)


def node_icon(kind: NodeKind, dark: bool | None = None) -> QIcon:
    """The icon of a node kind: the schematic's symbol for it."""
    return icon(NODE_ICONS[kind], dark)
