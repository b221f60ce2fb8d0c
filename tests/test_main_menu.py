"""The main window's menus as their own object (ui/main_menu.py): what they offer depends on the
journal open, and they are built again in the new language."""

from __future__ import annotations

from conftest import open_window
from journal_app.core.journal import Journal


def _texts(menu) -> list[tuple[str, bool]]:  # noqa: ANN001
    return [(a.text(), a.isEnabled()) for a in menu.actions() if not a.isSeparator()]


def test_open_recent_lists_the_journals_and_marks_a_missing_one(qtbot, paths, tmp_path, ljmu, errors):
    w = open_window(qtbot, paths)
    kept = Journal.create(tmp_path / "kept.ljournal", ljmu, "Ann Jones")
    kept.close()
    w.settings.add_recent(tmp_path / "gone.ljournal", "Ann Jones")
    w.settings.add_recent(kept.path, "Ann Jones")
    w.menu.fill_recent()
    assert _texts(w.menu.recent_menu) == [("kept", True), ("gone (missing)", False)]
    w.menu.recent_menu.actions()[0].trigger()
    assert w.session is not None and w.session.journal.path == kept.path.resolve()
    w.close_journal()


def test_no_recent_journals_says_so(qtbot, paths, errors):
    w = open_window(qtbot, paths)
    w.settings.recent.clear()
    w.menu.fill_recent()
    assert _texts(w.menu.recent_menu) == [("No recent journals", False)]


def test_actions_follow_the_journal_open_and_the_view_menu_lists_its_sections(qtbot, paths, journal, errors):
    w = open_window(qtbot, paths)
    m = w.menu
    assert not m.export_action.isEnabled() and not m.send_action.isEnabled() and not m.view_menu.isEnabled()
    path = journal.path
    journal.close()
    assert w.open_journal(path)
    assert m.export_action.isEnabled() and m.send_action.isEnabled() and not m.return_action.isEnabled()
    sections = [a for a in m.view_menu.actions() if not a.isSeparator()][1:]
    assert [a.text() for a in sections][:2] == ["Overview", w.view.nav.item(1).text().split("  ·  ")[0]]
    assert sections[1].shortcut().toString() == "Ctrl+2"
    sections[1].trigger()
    assert w.view.current_key().startswith(w.view.keys()[1])
    w.close_journal()
    assert not m.export_action.isEnabled() and not m.view_menu.isEnabled()


def test_the_menus_are_built_again_in_welsh(qtbot, paths, errors, welsh):
    w = open_window(qtbot, paths)
    w.set_language("cy")
    assert w.menuBar().actions()[0].text() == "&Ffeil"
    w.settings.add_recent("/nonexistent/gone.ljournal", "Ann Jones")
    w.menu.fill_recent()
    assert _texts(w.menu.recent_menu)[0] == ("gone (ar goll)", False)
    qtbot.waitUntil(w.menu.toolbar.isVisible, timeout=2000)
    shown = [t for t in w.findChildren(type(w.menu.toolbar)) if t.isVisible()]
    assert shown == [w.menu.toolbar]  # the old toolbar went with the old menus
    w.set_language("en")
