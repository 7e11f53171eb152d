"""Render the app icon (assistant/ui/icons/pequeno.svg) to PNG sizes, .ico and .icns.

.venv/bin/python packaging/make_icons.py build/icons
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def main(out: Path) -> None:
    """Write pequeno-<size>.png, pequeno.ico and pequeno.icns into ``out``."""
    QGuiApplication([])
    renderer = QSvgRenderer(str(ROOT / "assistant" / "ui" / "icons" / "pequeno.svg"))
    out.mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        image = QImage(QSize(size, size), QImage.Format.Format_ARGB32)
        image.fill(0)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        image.save(str(out / f"pequeno-{size}.png"))
    biggest = Image.open(out / "pequeno-512.png")
    biggest.save(out / "pequeno.ico", sizes=[(s, s) for s in SIZES if s <= 256])
    biggest.save(out / "pequeno.icns")
    print(f"icons written to {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "build/icons"))
