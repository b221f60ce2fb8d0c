"""Where the app keeps things: journals, settings, backups, user frameworks.

Defaults come from platformdirs; everything can be pointed elsewhere (``--data-dir``,
``JOURNAL_APP_DATA_DIR`` or in tests). Nothing is created at import time: folders are made
when something is first written to them.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

ENV_DATA_DIR = "JOURNAL_APP_DATA_DIR"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    config_dir: Path
    documents_dir: Path

    @classmethod
    def default(cls, data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
        override = data_dir or os.environ.get(ENV_DATA_DIR)
        if override:
            root = Path(override).expanduser().resolve()
            return cls(data_dir=root, config_dir=root / "settings", documents_dir=root / "journals")
        import platformdirs

        return cls(
            data_dir=Path(platformdirs.user_data_dir("journal-app", appauthor=False)),
            config_dir=Path(platformdirs.user_config_dir("journal-app", appauthor=False)),
            documents_dir=Path(platformdirs.user_documents_dir()) / "Learning Journals",
        )

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def frameworks_dir(self) -> Path:
        """User-added framework files (beside the bundled ones)."""
        return self.data_dir / "frameworks"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"
