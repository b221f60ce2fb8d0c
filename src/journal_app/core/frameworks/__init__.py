"""Frameworks as data: typed models and a loader with errors that say where."""

from journal_app.core.frameworks.loader import (
    FrameworkRegistry,
    load_framework_file,
    parse_framework,
)
from journal_app.core.frameworks.models import Framework, Stage

__all__ = ["Framework", "FrameworkRegistry", "Stage", "load_framework_file", "parse_framework"]
