"""Write the app's icons: the SVG sources (app icon and action icons, light and dark palette
variants) and the app icon's PNG sizes 16–512, rendered with Qt's SVG renderer.

    python packaging/make_icons.py        (make icons)

All of these are original work of the Learning Journal developers, under the app's licence
(GPL-3.0-or-later); see resources/icons/LICENSE.md.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)

APP = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64">
  <title>Learning Journal</title>
  <rect x="2" y="2" width="60" height="60" rx="13" fill="#1f5f74"/>
  <path d="M10 18 Q21 13 31 18 L31 50 Q21 45 10 50 Z" fill="#f6f1e7"/>
  <path d="M54 18 Q43 13 33 18 L33 50 Q43 45 54 50 Z" fill="#fffaf0"/>
  <path d="M14 24 H27 M14 29 H27 M14 34 H24" stroke="#9bb3bd" stroke-width="1.6" stroke-linecap="round"/>
  <path d="M37 33 L42 39 L51 26" fill="none" stroke="#2e9e5b" stroke-width="4" stroke-linecap="round"
        stroke-linejoin="round"/>
  <circle cx="49" cy="12" r="5" fill="#f2b84b"/>
</svg>
"""

# 24×24 line icons: one stroke colour, 2 px lines, rounded ends.
ACTIONS = {
    "new": '<path d="M6 3h8l4 4v14H6z"/><path d="M14 3v4h4"/><path d="M12 11v6M9 14h6"/>',
    "open": '<path d="M3 7h6l2 2h10v10H3z"/><path d="M3 11h18"/>',
    "export-pdf": '<path d="M6 3h8l4 4v14H6z"/><path d="M14 3v4h4"/><path d="M12 10v7M9 14l3 3 3-3"/>',
    "print": '<path d="M7 9V3h10v6"/><rect x="3" y="9" width="18" height="8" rx="2"/><path d="M7 14h10v7H7z"/>',
    "search": '<circle cx="10.5" cy="10.5" r="6"/><path d="M15 15l6 6"/>',
    "send": '<path d="M3 11l18-8-7 18-3-7z"/><path d="M11 14l10-11"/>',
    "import": '<path d="M12 3v11M8 10l4 4 4-4"/><path d="M4 15v5h16v-5"/>',
    "restore": '<path d="M4 12a8 8 0 1 0 3-6.2"/><path d="M4 4v4h4"/><path d="M12 8v4l3 2"/>',
    "help": '<circle cx="12" cy="12" r="9"/><path d="M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.7.3-1 1-1 1.7v.5"/><path d="M12 17h.01"/>',
    "return": '<path d="M9 14l-5-5 5-5"/><path d="M4 9h10a6 6 0 0 1 0 12h-3"/>',
    "calendar": '<rect x="3" y="5" width="18" height="16" rx="2"/><path d="M3 10h18M8 3v4M16 3v4"/>',
    "clear": '<path d="M6 6l12 12M18 6L6 18"/>',
}
PALETTES = {"light": "#1f2933", "dark": "#e8eef4"}


def action_svg(body: str, colour: str) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="24" height="24" fill="none" '
            f'stroke="{colour}" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">{body}</svg>\n')


def main() -> int:
    from PySide6.QtCore import QByteArray, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (needed for painting)
    (ICONS / "app").mkdir(parents=True, exist_ok=True)
    (ICONS / "app" / "journal-app.svg").write_text(APP, encoding="utf-8")
    renderer = QSvgRenderer(QByteArray(APP.encode()))
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        image.save(str(ICONS / "app" / f"journal-app-{size}.png"))
    for palette, colour in PALETTES.items():
        folder = ICONS / "actions" / palette
        folder.mkdir(parents=True, exist_ok=True)
        for name, body in ACTIONS.items():
            (folder / f"{name}.svg").write_text(action_svg(body, colour), encoding="utf-8")
    print(f"icons written to {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
