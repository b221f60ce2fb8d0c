"""The window laid out on a 1366×768 laptop (the offscreen screen of conftest, or a real X
screen with a window manager for the tests marked ``realx``): it fits the screen, no table
column is narrower than its longest word or its heading, and every stage's criteria read
without scrolling sideways, in English and Welsh, at the system font size and 125%."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QMargins, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionViewItem,
    QTabBar,
    QTableView,
    QWidget,
)

from conftest import FIXTURES, open_window
from journal_app.core.journal import Journal
from journal_app.ui.criteria_tab import CriteriaTab
from journal_app.ui.models import CriteriaModel
from journal_app.ui.screen_fit import default_geometry, fits, onto_screen

LAPTOP = QRect(0, 0, 1366, 728)  # 1366×768 less a 40-pixel taskbar
FRAME = QMargins(1, 30, 1, 1)


# ---------------------------------------------------------------- where the window goes
def test_the_default_size_takes_a_laptops_work_area_and_stays_modest_on_a_big_screen():
    g = default_geometry(LAPTOP, FRAME)
    assert LAPTOP.contains(g.marginsAdded(FRAME)) and g.size() == QSize(1364, 697)
    big = default_geometry(QRect(0, 0, 1920, 1040), FRAME)
    assert big.size() == QSize(1440, 900) and QRect(0, 0, 1920, 1040).contains(big.marginsAdded(FRAME))
    assert abs(big.center().x() - 960) <= 1  # centred


@pytest.mark.parametrize("saved", [QRect(1800, 900, 2400, 1300),  # from a big monitor, now gone
                                   QRect(-500, -300, 800, 600),  # half off the top left
                                   QRect(200, 100, 1280, 760)])  # the old default: under the taskbar
def test_a_remembered_geometry_is_brought_back_onto_the_screen(saved):
    g = onto_screen(saved, LAPTOP, FRAME, QSize(760, 500))
    assert LAPTOP.contains(g.marginsAdded(FRAME))
    assert g.width() >= min(saved.width(), 760) and g.height() >= min(saved.height(), 500)


def test_a_geometry_that_fits_is_left_alone():
    g = QRect(100, 80, 900, 600)
    assert onto_screen(g, LAPTOP, FRAME) == g


@pytest.mark.realx
def test_the_window_fits_the_screen_it_opens_on(qtbot, paths):
    w = open_window(qtbot, paths)
    qtbot.waitUntil(lambda: fits(w), timeout=3000)
    available = w.screen().availableGeometry()
    assert w.frameGeometry().height() >= available.height() * 0.9  # and uses it
    assert w.statusBar().isVisible() and available.contains(w.statusBar().mapToGlobal(w.statusBar().rect().bottomRight()))


@pytest.mark.realx
def test_a_window_saved_on_a_bigger_screen_reopens_on_this_one(qtbot, paths):
    w = open_window(qtbot, paths)
    w.setGeometry(0, 0, 2400, 1400)  # as if dragged large on a bigger monitor, and saved there
    saved = bytes(w.saveGeometry().toBase64()).decode()
    w.close()
    w.settings.window_geometry = saved
    w.settings.save()
    w2 = open_window(qtbot, paths)
    assert w2.settings.window_geometry and QByteArray.fromBase64(w2.settings.window_geometry.encode())
    qtbot.waitUntil(lambda: fits(w2), timeout=3000)



def test_a_window_that_fills_the_screen_is_not_remembered_at_that_size(qtbot, paths):
    """A window filling the work area (say at 125% scaling) reopens filling the next screen's
    work area, not at the old size; a window the teacher made smaller keeps its size."""
    w = open_window(qtbot, paths)
    qtbot.waitUntil(lambda: fits(w), timeout=3000)
    w.close()
    assert w.settings.window_geometry == ""
    w2 = open_window(qtbot, paths)
    w2.resize(900, 600)
    w2.close()
    assert w2.settings.window_geometry

# ---------------------------------------------------------------- tables
def _padding(view: QWidget) -> int:
    return 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)


def too_narrow(view: QTableView) -> list[str]:
    """Columns narrower than their heading or than the longest word of any of their cells."""
    model, header = view.model(), view.horizontalHeader()
    pad = _padding(view)
    out = []
    for col in range(model.columnCount()):
        if view.isColumnHidden(col):
            continue
        width = header.sectionSize(col)
        heading = str(model.headerData(col, Qt.Orientation.Horizontal) or "")
        need = header.sectionSizeHint(col)  # the heading whole, in the header's own font and margins
        if width < need:
            out.append(f"{view.accessibleName()!r} column {heading!r}: {width} < {need} for its heading")
        for row in range(model.rowCount()):
            index = model.index(row, col)
            font = index.data(Qt.ItemDataRole.FontRole) or view.font()
            fm = QFontMetrics(font)
            words = str(index.data() or "").split()
            widest = max(words, key=fm.horizontalAdvance, default="")
            if widest and width < fm.horizontalAdvance(widest) + pad:
                out.append(f"{view.accessibleName()!r} column {heading!r}: {width} < the word {widest!r}")
                break
    if header.length() > view.viewport().width() + 1:
        out.append(f"{view.accessibleName()!r}: {header.length()} wide in a {view.viewport().width()} view")
    return out


def visible_tables(root: QWidget) -> list[QTableView]:
    return [t for t in root.findChildren(QTableView) if t.isVisible() and t.model() is not None
            and t.model().columnCount() and t.width() > 0]


def criteria_readable(tab: CriteriaTab) -> list[str]:
    """Every criterion's card is whole: its row as tall as the card needs at its width."""
    table, out = tab.table, []
    delegate = table.itemDelegateForColumn(CriteriaModel.CRITERION) or table.itemDelegate()
    for row in range(tab.model.rowCount()):
        index = tab.model.index(row, CriteriaModel.CRITERION)
        option = QStyleOptionViewItem()
        option.initFrom(table)
        option.font = table.font()
        option.rect = QRect(0, 0, table.columnWidth(CriteriaModel.CRITERION), 0)
        need = delegate.sizeHint(option, index).height()
        if table.rowHeight(row) < need:
            out.append(f"{tab.stage.id} criterion {row + 1}: row {table.rowHeight(row)} < {need}")
    return out


def _journal(tmp_path, registry, framework_id: str):
    path = tmp_path / f"{framework_id}.ljournal"
    j = Journal.create(path, registry.get(framework_id), "Ann Jones", "Hill School", "School-based tutor")
    stage = j.framework.stages[0]
    j.add_target(stage.id, "Co-observe a lesson with the link tutor", "Joint notes agreed", None)
    crit = stage.criteria[0].id if stage.criteria else ""
    for name in ("Lesson observation, week 3.txt", "Training plan, autumn term.docx"):  # long media types
        evidence = tmp_path / name
        evidence.write_text("notes")
        j.add_evidence(evidence, links=[(stage.id, crit)])
    j.close()
    return path


def clipped(root: QWidget) -> list[str]:
    """Labels that do not wrap and buttons narrower than their text (icon-only tool buttons are
    sized to their icon); tab bars that cannot show all their tabs."""
    out = []
    for w in root.findChildren(QWidget):
        if not w.isVisible() or w.width() <= 0:
            continue
        need = 0
        if (isinstance(w, QLabel) and not w.wordWrap() and w.text()) or isinstance(w, QPushButton | QCheckBox | QRadioButton):
            need = w.minimumSizeHint().width()
        if need and w.width() < need:
            out.append(f"{type(w).__name__} {getattr(w, 'text', lambda: '')()!r}: {w.width()} < {need}")
        if isinstance(w, QTabBar) and w.count() and sum(w.tabSizeHint(i).width() for i in range(w.count())) > w.width() + 1:
            out.append(f"tab bar {[w.tabText(i) for i in range(w.count())]}: {w.width()} too narrow")
    return out


def each_view(w) -> Iterator[tuple[str, QWidget]]:
    """Every page and every stage's tabs shown in turn: (where, the page shown)."""
    for key in w.view.keys():
        w.view.show_page(key)
        page = w.view.stack.currentWidget()
        tabs = getattr(page, "tabs", None)
        for i in range(tabs.count() if tabs is not None else 1):
            if tabs is not None:
                tabs.setCurrentIndex(i)
            QApplication.processEvents()
            yield f"{key} tab {i}", page


def _walk(w, qtbot) -> list[str]:
    """Every page and every stage's tabs shown in turn; what is too narrow or cut on each."""
    problems: list[str] = []
    for where, page in each_view(w):
        for table in visible_tables(page):
            problems += [f"{where}: {p}" for p in too_narrow(table)]
        criteria = getattr(page, "criteria", None)
        if isinstance(criteria, CriteriaTab) and criteria.isVisible():
            problems += criteria_readable(criteria)
    return problems


@pytest.mark.realx
@pytest.mark.parametrize("framework_id", ["ljmu-mentor", "cornwall-mcl"])
@pytest.mark.parametrize("font_scale", [1, 1.25], indirect=True)
def test_every_page_reads_at_1366x768(qtbot, tmp_path, paths, registry, errors, framework_id, font_scale):
    path = _journal(tmp_path, registry, framework_id)
    w = open_window(qtbot, paths)
    qtbot.waitUntil(lambda: fits(w), timeout=3000)
    assert w.open_journal(path)
    assert not _walk(w, qtbot), "\n".join(_walk(w, qtbot))


# The offscreen screen is fixed when Qt starts (conftest: tests/fixtures/screen-1366x768.json), so
# the same checks on a 1920×1080 desktop run in a second pytest with the 1920×1080 screen file.
OTHER_SCREEN = os.environ.get("JOURNAL_TEST_SCREEN", "")  # "1920x1080" in that second run


@pytest.mark.parametrize("framework_id", ["ljmu-mentor", "cornwall-mcl"])
@pytest.mark.parametrize("font_scale", [1, 1.25], indirect=True)
def test_every_page_reads_on_the_offscreen_screen(qtbot, tmp_path, paths, registry, errors, framework_id, font_scale):
    """Fits the screen, no column narrower than its longest word or heading, every criterion's
    card whole: at 1366×768 here, at 1920×1080 in the run below; at the system font and 125%."""
    path = _journal(tmp_path, registry, framework_id)
    w = open_window(qtbot, paths)
    qtbot.waitUntil(lambda: fits(w), timeout=3000)
    available = w.screen().availableGeometry()
    if OTHER_SCREEN:
        assert f"{available.width()}x{available.height()}" == OTHER_SCREEN
    assert w.frameGeometry().width() >= min(available.width() * 0.9, 1440)  # and uses it, within reason
    assert w.open_journal(path)
    assert fits(w)
    problems = _walk(w, qtbot)
    for where, page in each_view(w):
        problems += [f"{where}: {p}" for p in clipped(page)]
    problems += [f"beside the pages: {p}" for p in clipped(w.view) + clipped(w.statusBar())]
    assert not problems, "\n".join(problems)


@pytest.mark.skipif(bool(OTHER_SCREEN), reason="this is the run on the other screen")
@pytest.mark.timeout(400)
def test_every_page_reads_on_a_1920x1080_screen(tmp_path):
    """The test above again, in a Qt whose offscreen screen is a 1920×1080 desktop's."""
    env = dict(os.environ, JOURNAL_TEST_SCREEN="1920x1080",
               QT_QPA_PLATFORM="offscreen:configfile=" + str(FIXTURES / "screen-1920x1080.json"))
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--basetemp", str(tmp_path / "run"),
                          f"{Path(__file__).resolve()}::test_every_page_reads_on_the_offscreen_screen"],
                         env=env, capture_output=True, text=True, timeout=380, cwd=Path(__file__).resolve().parent.parent)
    assert run.returncode == 0 and re.search(r"\b4 passed", run.stdout), run.stdout[-4000:] + run.stderr[-2000:]


def test_every_page_reads_at_1366x768_in_welsh(qtbot, tmp_path, paths, registry, errors, welsh):
    path = _journal(tmp_path, registry, "ljmu-mentor")
    w = open_window(qtbot, paths)
    assert w.open_journal(path)
    problems = _walk(w, qtbot)
    assert not problems, "\n".join(problems)


def test_the_criteria_show_their_guidance_and_state_beside_the_text(qtbot, tmp_path, paths, registry, errors):
    path = _journal(tmp_path, registry, "ljmu-mentor")
    w = open_window(qtbot, paths)
    assert w.open_journal(path)
    w.view.show_page("stage:developing#criteria")
    tab = w.view.stage_pages["developing"].criteria
    QApplication.processEvents()
    table = tab.table
    # The criterion takes most of the table; its guidance and standards are in its card.
    assert table.columnWidth(CriteriaModel.CRITERION) >= 0.5 * table.viewport().width()
    assert table.isColumnHidden(CriteriaModel.EVIDENCED_BY) and table.isColumnHidden(CriteriaModel.STANDARDS)
    assert table.columnWidth(CriteriaModel.CRITERION) >= 300
    # Squeezing the splitter never takes the criterion below its longest word.
    tab.splitter.setSizes([10, 2000])
    QApplication.processEvents()
    assert not too_narrow(table) and not criteria_readable(tab)


# ---------------------------------------------------------------- empty pages and the start screen
def test_each_empty_page_says_what_it_is_for_and_offers_its_first_action(qtbot, tmp_path, paths, ljmu, errors):
    path = tmp_path / "new.ljournal"
    Journal.create(path, ljmu, "Ann Jones").close()
    w = open_window(qtbot, paths)
    assert w.open_journal(path)
    view = w.view

    view.show_page("targets")
    targets = view.targets
    assert targets.empty.empty and targets.empty.message.isVisible() and not targets.table.isVisible()
    assert "No targets yet" in targets.empty.message.text()
    targets.empty.button.click()
    assert len(w.session.journal.targets(None)) == 1 and not targets.empty.empty and targets.table.isVisible()
    targets.table.closePersistentEditor(targets.table.currentIndex())

    view.show_page("stage:effective#targets")
    stage_targets = view.stage_pages["effective"].targets
    assert stage_targets.empty.empty and "No targets for this stage yet" in stage_targets.empty.message.text()

    view.show_page("evidence")
    evidence = view.evidence
    assert evidence.empty.empty and "No evidence yet" in evidence.empty.message.text()
    evidence.empty.button.click()  # takes the teacher to where evidence is added
    assert view.current_key() == "stage:prerequisite#criteria"

    view.show_page("conversations")
    conversations = view.pages["conversations"]
    assert conversations.empty.empty and "No conversations logged yet" in conversations.empty.message.text()
    conversations.empty.button.click()
    assert len(w.session.journal.conversations()) == 1 and not conversations.empty.empty


def test_the_empty_learning_journey_has_its_heading_and_first_action_at_the_top(qtbot, tmp_path, paths, ljmu, errors):
    path = tmp_path / "new.ljournal"
    Journal.create(path, ljmu, "Ann Jones").close()
    w = open_window(qtbot, paths)
    assert w.open_journal(path)
    w.view.show_page("journey")
    page = w.view.pages["journey"]
    QApplication.processEvents()
    assert page.intro.isVisible() and page.start_button.isVisible()
    top = page.widget().mapTo(page, page.start_button.geometry().bottomLeft()).y()
    assert top < 0.4 * page.height(), f"the start button is {top} px down a {page.height()} px page"
    assert page.start_button.width() < page.width() / 2  # a button, not a bar across the page


def test_the_start_screen_lists_recent_journals_first_with_owner_framework_and_last_change(qtbot, tmp_path, paths, ljmu,
                                                                                           errors):
    paths_ = []
    for name in ("Ann", "Rhys"):
        p = tmp_path / f"{name}.ljournal"
        Journal.create(p, ljmu, name).close()
        paths_.append(p)
    w = open_window(qtbot, paths)
    for p in paths_:
        assert w.open_journal(p)
    w.close_journal()
    start = w.start
    table, model = start.recent, start.recent.model()
    headings = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headings == ["Journal", "Owner", "Framework", "Last changed", "Where"]
    assert [model.index(r, 0).data() for r in range(2)] == ["Rhys", "Ann"]
    assert model.index(0, 1).data() == "Rhys" and model.index(0, 2).data() == ljmu.label and model.index(0, 3).data()
    QApplication.processEvents()
    # Not spread over the height: the list is as tall as its rows, the actions beside the title.
    assert table.height() <= table.horizontalHeader().height() + table.verticalHeader().length() + 8
    assert start.new_button.mapTo(start, start.new_button.rect().topLeft()).y() < table.mapTo(start, table.rect().topLeft()).y()
    assert not too_narrow(table) and not start.empty.isVisible()
    for _ in range(model.rowCount()):
        start.settings.remove_recent(model.index(0, 0).data(Qt.ItemDataRole.UserRole))
        start.refresh()
    assert start.empty.isVisible() and not table.isVisible() and start.new_button.isVisible()


# ---------------------------------------------------------------- forms
@pytest.mark.parametrize("font_scale", [1, 1.25], indirect=True)
@pytest.mark.parametrize("action", ["Observe a lesson", "Plan and co-teach a sequence of three lessons on "
                                    "fractions with the trainee, then review the pupils' work together"])
def test_the_conversation_form_fits_its_pane_without_scrolling_sideways(qtbot, tmp_path, paths, registry, errors,
                                                                        action, font_scale):
    """The criterion list's long texts and a long agreed action do not widen the form past the
    screen (they pushed *Make it a target* and *Evidence for it* out of sight at 1366×768)."""
    path = _journal(tmp_path, registry, "ljmu-mentor")
    w = open_window(qtbot, paths)
    qtbot.waitUntil(lambda: fits(w), timeout=3000)
    assert w.open_journal(path)
    w.view.show_page("conversations")
    page = w.view.pages["conversations"]
    page.new_conversation("Trainee")
    page.actions.setPlainText(action)
    QApplication.processEvents()
    scroll = page.editor_scroll
    assert page.editor.minimumSizeHint().width() <= scroll.viewport().width()
    assert not scroll.horizontalScrollBar().isVisible()
    for button in (page.target_button, page.evidence_button, page.tags_button):
        right = button.mapTo(scroll.viewport(), button.rect().topRight()).x()
        assert right < scroll.viewport().width(), button.text()


@pytest.mark.parametrize("printing", [False, True])
def test_the_export_dialog_shows_every_stage_title_whole(qtbot, registry, printing):
    """'Prerequisite stage – self evaluation / audit' was cut at '/ au' behind a sideways scroll bar."""
    from journal_app.ui.printing import ExportPdfDialog

    dialog = ExportPdfDialog(registry.get("ljmu-mentor"), sheet="reflection", stage_id="developing", printing=printing)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    stages = dialog.stages
    assert stages.viewport().width() >= stages.sizeHintForColumn(0)
    assert not stages.horizontalScrollBar().isVisible()
