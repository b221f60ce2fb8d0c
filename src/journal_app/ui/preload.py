"""Usable sooner: while the window starts and paints the journal from a quick look, a second
thread loads what opening it needs (the store, the framework models and files, the pages'
modules) and opens the journal, so the window is fully working moments after its first paint.

Nothing on that thread touches a widget; the window takes what was loaded on its own thread.
An error on the way is not reported there: the window opens the journal again itself and says
what is wrong, as it always does.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from journal_app.config import AppPaths
    from journal_app.core.frameworks import FrameworkRegistry
    from journal_app.core.journal import Journal


class Preload:
    def __init__(self, path: Path | None, paths: AppPaths) -> None:
        self.path = Path(path).resolve() if path is not None else None
        self.paths = paths
        self.registry: FrameworkRegistry | None = None
        self._journal: Journal | None = None
        self._thread = threading.Thread(target=self._run, name="preload", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            from journal_app.core.frameworks import FrameworkRegistry
            from journal_app.core.journal import Journal

            if self.path is not None:
                from journal_app.core.backups import BackupStore

                self._journal = Journal.open(self.path, backups=BackupStore(self.paths.backups_dir))
                self._journal.overview()  # the first page's figures, read while the window paints
            self.registry = FrameworkRegistry.load(extra_dirs=[self.paths.frameworks_dir])
            import journal_app.ui.journal_view  # noqa: F401  (the pages' modules, imported, not built)
            import journal_app.ui.session  # noqa: F401
        except BaseException:  # noqa: BLE001  (the window opens it again and reports the problem)
            pass

    def wait(self, timeout: float = 60) -> None:
        self._thread.join(timeout)

    def take_journal(self, path: Path) -> Journal | None:
        """The journal opened ahead, if it is the one at ``path`` (then it is the caller's)."""
        self.wait()
        journal, self._journal = self._journal, None
        if journal is not None and journal.path != Path(path).resolve():
            journal.close()
            return None
        return journal

    def take_registry(self) -> FrameworkRegistry | None:
        self.wait()
        registry, self.registry = self.registry, None
        return registry

    def discard(self) -> None:
        """Close what was opened ahead and never taken."""
        self.wait()
        if self._journal is not None:
            self._journal.close()
            self._journal = None
