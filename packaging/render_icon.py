#!/usr/bin/env python
"""Render the application icon (``resources/icons/waterplanner.svg``) to PNG and ICO.

Run after editing the SVG, and commit what it writes::

    python packaging/render_icon.py           # writes waterplanner.png (256 px) and .ico
    python packaging/render_icon.py --check   # exit 1 if either is missing or out of date

The PNG serves Linux desktops (``share/icons/hicolor/256x256/apps``) and the window's icon;
the ICO (16 to 256 px, each a PNG inside) the Windows executables, installer and file
association. Qt's own SVG renderer draws them (the same one the program uses), offscreen.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SVG = ICONS / "waterplanner.svg"
PNG = ICONS / "waterplanner.png"
ICO = ICONS / "waterplanner.ico"
PNG_SIZE = 256
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render_png(svg: bytes, size: int) -> bytes:
    """The SVG drawn at ``size`` × ``size`` pixels (transparent outside), as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(svg))
    if not renderer.isValid():
        raise ValueError(f"{SVG} is not an SVG file Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.convertToFormat(QImage.Format.Format_ARGB32).save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_file(pngs: dict[int, bytes]) -> bytes:
    """A Windows icon file holding one PNG per size (the form Windows Vista and later read)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, images = b"", b""
    for size, png in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 stands for 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        images += png
        offset += len(png)
    return header + entries + images


def rendered() -> dict[Path, bytes]:
    """What the two files should hold."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    del app
    svg = SVG.read_bytes()
    return {PNG: render_png(svg, PNG_SIZE),
            ICO: ico_file({s: render_png(svg, s) for s in ICO_SIZES})}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--check", action="store_true",
                   help="only check that the files are up to date")
    args = p.parse_args(argv)
    files = rendered()
    if args.check:
        stale = [path.name for path, data in files.items()
                 if not path.is_file() or path.read_bytes() != data]
        if stale:
            print(f"render_icon: out of date: {', '.join(stale)} (run python "
                  "packaging/render_icon.py)", file=sys.stderr)
            return 1
        return 0
    for path, data in files.items():
        path.write_bytes(data)
        print(f"wrote {path} ({len(data)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
