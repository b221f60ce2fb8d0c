"""One place that finds the app's bundled resources (frameworks, icons, fonts).

Works from a source checkout (``resources/`` at the repository root), from an installed
wheel (``journal_app/resources``) and from a PyInstaller bundle (``sys._MEIPASS``).
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_root() -> Path:
    here = Path(__file__).resolve().parent
    candidates = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.append(Path(frozen) / "journal_app" / "resources")
        candidates.append(Path(frozen) / "resources")
    candidates.append(here / "resources")  # installed wheel
    candidates.append(here.parent.parent / "resources")  # source checkout (src layout)
    for c in candidates:
        if (c / "frameworks").is_dir():
            return c
    raise FileNotFoundError(
        "The app's resources folder was not found (looked in: "
        + ", ".join(str(c) for c in candidates)
        + ")"
    )


def resource_path(*parts: str) -> Path:
    return resources_root().joinpath(*parts)


def guide_path(lang: str = "en") -> Path:
    """The user guide in ``lang`` (English if there is none in it): packaged with the
    resources, or docs/user-guide[.<lang>].md in a source checkout."""
    names = ([f"user-guide.{lang}.md"] if lang != "en" else []) + ["user-guide.md"]
    for name in names:
        for candidate in (resources_root() / "help" / name, resources_root().parent / "docs" / name):
            if candidate.is_file():
                return candidate
    return resources_root().parent / "docs" / "user-guide.md"
