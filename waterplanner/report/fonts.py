"""The report's typeface: DejaVu Sans, shipped with the program so that Cyrillic and Latin
names render the same on every machine (a minister's PDF must not depend on the fonts the
planner happened to have installed)."""

from __future__ import annotations

import threading
from importlib import resources
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase

FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
FALLBACK_FAMILY = "DejaVu Sans"

_lock = threading.Lock()
_family: str | None = None


def report_family() -> str:
    """Register the shipped fonts (once) and return their family name.

    Needs a ``QGuiApplication``. Falls back to an installed DejaVu Sans, or to Qt's default
    sans-serif, if the shipped files are missing (a broken installation).
    """
    global _family
    with _lock:
        if _family is not None:
            return _family
        family = ""
        for name in FONT_FILES:
            data = _font_bytes(name)
            if data is None:
                continue
            font_id = QFontDatabase.addApplicationFontFromData(data)
            families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            if families and not family:
                family = families[0]
        if not family:
            family = FALLBACK_FAMILY if FALLBACK_FAMILY in QFontDatabase.families() else \
                QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).family()
        _family = family
        return family


def _font_bytes(name: str) -> bytes | None:
    """A shipped font file: from the installed package, else from a source checkout."""
    try:
        return resources.files("waterplanner.resources").joinpath("fonts", name).read_bytes()
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        pass
    checkout = Path(__file__).resolve().parents[2] / "resources" / "fonts" / name
    try:
        return checkout.read_bytes()
    except OSError:
        return None


def make_font(size_pt: float, bold: bool = False, italic: bool = False) -> QFont:
    """A report font of the given size; hinting off so PDF text is placed exactly."""
    f = QFont(report_family())
    f.setPointSizeF(size_pt)
    f.setBold(bold)
    f.setItalic(italic)
    f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    f.setKerning(True)
    # no ligatures: text copied or extracted from the PDF must read "fl", not "ﬂ"
    for tag in ("liga", "clig", "dlig"):
        f.setFeature(QFont.Tag(tag), 0)
    return f
