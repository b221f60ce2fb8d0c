"""The app's own settings (recent journals, window state, last page), as a small JSON file in
the config folder. Qt-free; read when asked, written only when something changes, and never
at import time. A damaged settings file is set aside and defaults are used."""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

MAX_RECENT = 10


@dataclass
class RecentJournal:
    path: str
    owner: str = ""
    title: str = ""
    last_opened: str = ""

    @property
    def exists(self) -> bool:
        return Path(self.path).is_file()

    @property
    def last_changed(self) -> dt.datetime | None:
        try:
            return dt.datetime.fromtimestamp(Path(self.path).stat().st_mtime)
        except OSError:
            return None


@dataclass
class Settings:
    recent: list[RecentJournal] = field(default_factory=list)
    last_journal: str | None = None
    window_geometry: str = ""  # base64 of QWidget.saveGeometry()
    splitters: dict[str, str] = field(default_factory=dict)
    last_page: dict[str, str] = field(default_factory=dict)  # journal path -> page key
    welcomed: bool = False
    language: str = "system"
    file: Path | None = field(default=None, repr=False, compare=False)

    @classmethod
    def load(cls, file: Path) -> Settings:
        try:
            data = json.loads(file.read_text(encoding="utf-8"))
            if not isinstance(data, dict):
                raise ValueError("not an object")
        except FileNotFoundError:
            return cls(file=file)
        except (OSError, ValueError):
            try:
                file.replace(file.with_suffix(".damaged.json"))
            except OSError:
                pass
            return cls(file=file)
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__ and k != "file"}
        recent = [RecentJournal(**{k: v for k, v in r.items() if k in RecentJournal.__dataclass_fields__})
                  for r in known.pop("recent", []) if isinstance(r, dict) and "path" in r]
        try:
            return cls(recent=recent, file=file, **known)
        except TypeError:
            return cls(recent=recent, file=file)

    def save(self) -> None:
        if self.file is None:
            return
        data: dict[str, Any] = asdict(self)
        data.pop("file", None)
        self.file.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.file.with_name(self.file.name + ".tmp")
        tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, self.file)

    def add_recent(self, path: str | Path, owner: str = "", title: str = "") -> None:
        p = str(Path(path).resolve())
        self.recent = [r for r in self.recent if r.path != p]
        self.recent.insert(0, RecentJournal(p, owner, title, dt.datetime.now().isoformat(timespec="seconds")))
        del self.recent[MAX_RECENT:]
        self.last_journal = p

    def remove_recent(self, path: str) -> None:
        self.recent = [r for r in self.recent if r.path != path]
        if self.last_journal == path:
            self.last_journal = None
