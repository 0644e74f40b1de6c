"""Render the application icon from its SVG source into every size the installers need.

    python packaging/make_icons.py [OUT_DIR]      (default: packaging/icons)

Writes ``bounceback-<size>.png`` for the freedesktop hicolor sizes (16 to 512 px), plus
``bounceback.ico`` (Windows) and ``bounceback.icns`` (macOS). The PNGs come from Qt's own SVG
renderer, so no extra OS package is needed; the .ico and .icns are assembled from those PNGs with
Pillow, which only the build environment installs (it is not a runtime dependency).

The results are committed, so the Windows and macOS recipes use them without running this.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE.parent / "resources" / "icons" / "bounceback.svg"
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# The sizes macOS's icon format stores; Pillow scales down from the largest image it is given.
ICNS_SIZES = (16, 32, 64, 128, 256, 512)


def render_pngs(out: Path) -> dict[int, Path]:
    # Rendering needs a QGuiApplication; offscreen so that a build machine needs no display.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"Not a valid SVG: {SOURCE}")
    written: dict[int, Path] = {}
    for size in PNG_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        path = out / f"bounceback-{size}.png"
        if not image.save(str(path), "PNG"):
            raise SystemExit(f"Could not write {path}")
        written[size] = path
    del app
    return written


def write_ico_and_icns(out: Path, pngs: dict[int, Path]) -> None:
    from PIL import Image

    largest = Image.open(pngs[max(pngs)])
    # Each .ico size from its own rendering: the small ones are sharper than a downscale.
    ico_images = [Image.open(pngs[s]) for s in ICO_SIZES]
    ico_images[-1].save(
        out / "bounceback.ico",
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=ico_images[:-1],
    )
    largest.save(
        out / "bounceback.icns",
        format="ICNS",
        append_images=[Image.open(pngs[s]) for s in ICNS_SIZES if s != max(pngs)],
    )


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else HERE / "icons"
    out.mkdir(parents=True, exist_ok=True)
    pngs = render_pngs(out)
    write_ico_and_icns(out, pngs)
    print(f"Icons written to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
