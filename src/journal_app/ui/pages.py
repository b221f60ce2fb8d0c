"""One way data reaches the screen: pages, and the registry that builds them and keeps them current.

A page (and each tab of a stage page) is a view of the core with:

- ``key``: where it is in the window ("overview", "stage:developing", "stage:developing#targets");
- ``title``: what the window calls it;
- ``shows``: the topics of ``journal_app.core.events`` it shows, and ``stage_id`` (None: every stage);
- ``refresh(event=None)``: read again what it shows (``event``: the change that made it stale;
  None: everything). An editor holding text not yet saved is never overwritten;
- ``flush() -> bool``: save what is being typed now (False if it could not be saved).

The registry knows every page the window can show, builds each the first time it is asked for
(so a journal of any size opens at once), and hands every change the core announces to each
built page that shows it, at once, whether it is on screen or not.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtWidgets import QAbstractItemView, QApplication, QPlainTextEdit, QTextEdit, QWidget

from journal_app.core.events import ChangeEvent


class Page(Protocol):
    key: str
    shows: frozenset[str]
    stage_id: str | None

    @property
    def title(self) -> str: ...

    def refresh(self, event: ChangeEvent | None = None) -> None: ...

    def flush(self) -> bool: ...


def concerns(page: object, event: ChangeEvent | None) -> bool:
    """Does ``event`` change what ``page`` shows? (None: a refresh of everything.)"""
    if event is None:
        return True
    return event.concerns(getattr(page, "shows", ()), getattr(page, "stage_id", None))


def refresh_if_shown(page: object, event: ChangeEvent | None) -> None:
    """Refresh ``page`` (a page or a tab) if the change concerns it."""
    if page is not None and concerns(page, event):
        page.refresh(event)


def put_text(editor: QWidget, text: str) -> bool:
    """Show ``text`` in a line or text editor unless it already does (which would move the
    cursor of someone typing in it). Returns whether it changed."""
    if isinstance(editor, QPlainTextEdit | QTextEdit):
        if editor.toPlainText() == text:
            return False
        editor.setPlainText(text)
        return True
    if editor.text() == text:
        return False
    editor.setText(text)
    return True


def commit_editor(view: QAbstractItemView) -> bool:
    """A table cell being edited is saved now (as if Enter were pressed); always True: a cell
    that cannot be saved says so when it is committed."""
    if view.state() == QAbstractItemView.State.EditingState:
        editor = QApplication.focusWidget()
        if editor is not None and view.viewport().isAncestorOf(editor):
            view.commitData(editor)
    return True


@dataclass
class _Entry:
    key: str
    title: str
    build: Callable[[], QWidget]


class PageRegistry:
    """Every page the window can show, in order, each built when first asked for."""

    def __init__(self, on_built: Callable[[str, QWidget], None] | None = None) -> None:
        self._entries: dict[str, _Entry] = {}
        self._built: dict[str, QWidget] = {}
        self._on_built = on_built

    def add(self, key: str, title: str, build: Callable[[], QWidget]) -> None:
        self._entries[key] = _Entry(key, title, build)

    def keys(self) -> list[str]:
        return list(self._entries)

    def title(self, key: str) -> str:
        return self._entries[key].title

    def __getitem__(self, key: str) -> QWidget:
        """The page, built now if it has not been yet (KeyError if there is no such page)."""
        page = self._built.get(key)
        if page is None:
            entry = self._entries[key]
            page = entry.build()
            page.key, page.title = key, entry.title
            self._built[key] = page
            if self._on_built is not None:
                self._on_built(key, page)
        return page

    def get(self, key: str, default: QWidget | None = None) -> QWidget | None:
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key: object) -> bool:
        """Has the page been built?"""
        return key in self._built

    def __iter__(self) -> Iterator[str]:
        return iter(list(self._built))

    def items(self) -> list[tuple[str, QWidget]]:
        """The pages built so far."""
        return list(self._built.items())

    def values(self) -> list[QWidget]:
        return list(self._built.values())

    def prefixed(self, prefix: str) -> PrefixedPages:
        return PrefixedPages(self, prefix)

    def deliver(self, event: ChangeEvent | None) -> None:
        """Each built page that shows what changed refreshes itself."""
        for page in self.values():
            refresh_if_shown(page, event)

    def flush(self) -> bool:
        """Save what is being typed on every built page."""
        return all([page.flush() for page in self.values()])


class PrefixedPages:
    """The pages whose keys start with ``prefix``, by the rest of the key (the stage pages by
    stage id): indexing builds, iterating gives the built ones."""

    def __init__(self, registry: PageRegistry, prefix: str) -> None:
        self.registry, self.prefix = registry, prefix

    def __getitem__(self, name: str) -> QWidget:
        return self.registry[self.prefix + name]

    def get(self, name: str, default: QWidget | None = None) -> QWidget | None:
        return self.registry.get(self.prefix + name, default)

    def items(self) -> list[tuple[str, QWidget]]:
        return [(k.removeprefix(self.prefix), p) for k, p in self.registry.items() if k.startswith(self.prefix)]

    def values(self) -> list[QWidget]:
        return [p for _k, p in self.items()]
