"""Readable in a dark desktop theme as in a light one: the text of every label and table cell
of every page (and of the start screen, and the lines that say what is wrong) stands out from
what it is drawn on by at least 4.5:1 (WCAG AA), so no colour is fixed for a light palette only."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QListView,
    QStyle,
    QStyleOptionViewItem,
    QWidget,
)

from conftest import open_window
from journal_app.core.journal import Journal
from journal_app.ui.delegates import CardDelegate
from test_layout import _journal, each_view

R = QPalette.ColorRole
DARK = {R.Window: "#2b2b2b", R.WindowText: "#e6e6e6", R.Base: "#1e1e1e", R.AlternateBase: "#262626",
        R.Text: "#e6e6e6", R.Button: "#353535", R.ButtonText: "#e6e6e6", R.BrightText: "#ffffff",
        R.Highlight: "#3d6fa3", R.HighlightedText: "#ffffff", R.ToolTipBase: "#3a3a3a", R.ToolTipText: "#e6e6e6",
        R.PlaceholderText: "#9a9a9a", R.Link: "#8ab4f8", R.LinkVisited: "#c58af9", R.Light: "#4a4a4a",
        R.Midlight: "#3e3e3e", R.Mid: "#303030", R.Dark: "#1a1a1a", R.Shadow: "#000000"}
AA = 4.5


def dark_palette() -> QPalette:
    pal = QPalette()
    for role, colour in DARK.items():
        pal.setColor(role, QColor(colour))
    for role in (R.WindowText, R.Text, R.ButtonText):  # disabled text: dimmer, as themes have it
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor("#808080"))
    return pal


@pytest.fixture(params=["light", "dark"])
def theme(qapp, request):
    """The desktop's palette, set before the window is made (as a theme is at start)."""
    original = QPalette(qapp.palette())
    if request.param == "dark":
        qapp.setPalette(dark_palette())
    yield request.param
    qapp.setPalette(original)


# ---------------------------------------------------------------- contrast
def _luminance(c: QColor) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast(fg: QColor, bg: QColor) -> float:
    """WCAG contrast ratio; a translucent ``fg`` is first laid over ``bg``, as it is drawn."""
    a = fg.alphaF()
    seen = QColor.fromRgbF(fg.redF() * a + bg.redF() * (1 - a), fg.greenF() * a + bg.greenF() * (1 - a),
                           fg.blueF() * a + bg.blueF() * (1 - a))
    hi, lo = sorted((_luminance(seen), _luminance(bg)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


COLOUR_IN_TEXT = re.compile(r"""(?<![\w-])color\s*[:=]\s*['"]?(#[0-9a-fA-F]{3,8}|[a-zA-Z]+)""")


def colours_in(text: str) -> list[QColor]:
    """The colours rich text sets for itself (``style='color:…'``, ``<font color=…>``)."""
    return [QColor(c) for c in COLOUR_IN_TEXT.findall(text) if QColor(c).isValid()]


def label_problems(root: QWidget, where: str) -> list[str]:
    out = []
    for label in [root, *root.findChildren(QLabel)] if isinstance(root, QLabel) else root.findChildren(QLabel):
        if not label.isVisible() or not label.isEnabled() or not label.text().strip():
            continue
        label.ensurePolished()  # a style sheet's colours are in the palette once polished
        pal = label.palette()
        bg = pal.color(label.backgroundRole())
        for fg in [pal.color(label.foregroundRole()), *colours_in(label.text())]:
            ratio = contrast(fg, bg)
            if ratio < AA:
                out.append(f"{where}: label {label.text()[:50]!r}: {fg.name()} on {bg.name()} is {ratio:.1f}:1")
    return out


def _colour(value: object) -> QColor | None:
    if isinstance(value, QBrush):
        return value.color()
    if isinstance(value, QColor | Qt.GlobalColor):
        return QColor(value)
    return None


def _indexes(view: QAbstractItemView, limit: int = 40) -> list[QModelIndex]:
    model = view.model()
    columns = [view.modelColumn()] if isinstance(view, QListView) else range(model.columnCount())
    hidden = getattr(view, "isColumnHidden", lambda col: False)
    out = []
    for row in range(min(model.rowCount(), limit)):
        for col in columns:
            if not hidden(col):
                out.append(model.index(row, col))
    return out


def cell_problems(view: QAbstractItemView, where: str) -> list[str]:
    """Each shown cell's text on its background: the model's colours or the view's palette,
    the highlight for a selected row, and the colours a card delegate writes into its HTML."""
    pal, out = view.palette(), []
    name = view.accessibleName() or type(view).__name__
    for index in _indexes(view):
        text = str(index.data() or "").strip()
        if not text:
            continue
        selected = view.selectionModel() is not None and view.selectionModel().isSelected(index)
        alternate = view.alternatingRowColors() and index.row() % 2
        bg = _colour(index.data(Qt.ItemDataRole.BackgroundRole)) or pal.color(
            R.Highlight if selected else R.AlternateBase if alternate else R.Base)
        fg = pal.color(R.HighlightedText) if selected else (
            _colour(index.data(Qt.ItemDataRole.ForegroundRole)) or pal.color(R.Text))
        colours = [fg]
        delegate = view.itemDelegateForIndex(index)
        if isinstance(delegate, CardDelegate):
            option = QStyleOptionViewItem()
            view.initViewItemOption(option)
            option.rect = view.visualRect(index)
            if selected:
                option.state |= QStyle.StateFlag.State_Selected
            delegate.initStyleOption(option, index)
            colours = colours_in(delegate._html(option, index))
            assert colours, "the card writes its colours from the palette"
        # A selected row is drawn in the theme's own highlight pair (Fusion's light one is 3.7:1);
        # what the app adds to it must read no worse than the theme's own text does.
        need = min(AA, contrast(pal.color(R.HighlightedText), pal.color(R.Highlight))) if selected else AA
        for c in colours:
            ratio = contrast(c, bg)
            if ratio < need - 0.01:
                out.append(f"{where}: {name} cell {index.row()},{index.column()} {text[:40]!r}: "
                           f"{c.name()} on {bg.name()} is {ratio:.1f}:1")
    return out


def view_problems(root: QWidget, where: str) -> list[str]:
    out = label_problems(root, where)
    for view in root.findChildren(QAbstractItemView):
        if view.isVisible() and view.model() is not None and not isinstance(view, QHeaderView):
            out += cell_problems(view, where)
    return out


# ---------------------------------------------------------------- the tests
def _coloured_journal(tmp_path, registry):
    """A journal whose cells take each state colour: achieved, under way, not started, overdue."""
    path = _journal(tmp_path, registry, "ljmu-mentor")
    j = Journal.open(path)
    stage = j.framework.stage("developing")
    j.set_criterion_state("developing", stage.criteria[0].id, "achieved")
    j.set_criterion_notes("developing", stage.criteria[1].id, "Begun with the trainee")
    j.add_target("developing", "Observe a colleague", "Notes shared", dt.date(2020, 1, 1))  # overdue
    j.set_tick("developing", stage.checklists[0].id, stage.checklists[0].items[0].id, True, "shown in a meeting")
    j.close()
    return path


def test_the_contrast_check_sees_a_colour_fixed_for_a_light_palette(qapp, qtbot, theme):
    """The check itself: dark red fixed in a style sheet fails on a dark palette, passes on light."""
    label = QLabel("Not a date")
    label.setStyleSheet("color: #b3261e")
    qtbot.addWidget(label)
    label.show()
    assert bool(label_problems(label, "probe")) == (theme == "dark")


def test_every_page_reads_in_a_light_and_a_dark_theme(qtbot, tmp_path, paths, registry, errors, theme):
    path = _coloured_journal(tmp_path, registry)
    w = open_window(qtbot, paths)
    assert w.open_journal(path)
    problems = []
    for where, page in each_view(w):
        problems += view_problems(page, where)
    problems += view_problems(w.view, "beside the pages") + view_problems(w.statusBar(), "status bar")
    assert not problems, "\n".join(problems)


def test_the_start_screen_reads_in_a_light_and_a_dark_theme(qtbot, tmp_path, paths, ljmu, errors, theme):
    path = tmp_path / "Ann.ljournal"
    Journal.create(path, ljmu, "Ann").close()
    w = open_window(qtbot, paths)
    assert w.open_journal(path)
    w.close_journal()
    w.settings.add_recent(tmp_path / "gone.ljournal", "Nobody")  # shown muted
    w.start.refresh()
    QApplication.processEvents()
    assert w.start.recent.model().rowCount() == 2
    problems = view_problems(w.start, "start screen")
    assert not problems, "\n".join(problems)


def test_what_is_wrong_reads_in_a_light_and_a_dark_theme(qtbot, tmp_path, registry, theme):
    """The red lines under a field (a date not understood, a journal not yet named)."""
    from journal_app.ui.date_field import DateField
    from journal_app.ui.new_journal_dialog import NewJournalDialog

    dialog = NewJournalDialog(registry.journal_frameworks(), tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.details() is None and dialog.error.isVisible() and dialog.error.text()
    field = DateField("Due")
    qtbot.addWidget(field)
    field.show()
    field.edit.setText("the thirty-second of Smarch")
    assert not field.commit() and field.problem.isVisible()
    problems = label_problems(dialog, "new journal") + label_problems(field, "date field")
    assert not problems, "\n".join(problems)


def test_the_read_only_banner_reads_in_a_light_and_a_dark_theme(qtbot, tmp_path, paths, ljmu, errors, theme):
    """The banner over a journal open read-only (or a review copy) is drawn in the theme's kind
    of colours: dark on pale yellow in a light theme, pale on dark amber in a dark one."""
    path = tmp_path / "Ann.ljournal"
    writer = Journal.create(path, ljmu, "Ann")  # open elsewhere: the window offers it read-only
    w = open_window(qtbot, paths)
    assert w.open_journal(path) and w.session.readonly
    banner = w.view.banner
    assert banner.isVisible() and banner.text()
    dark_background = "background: #4a3b00" in banner.styleSheet()
    assert dark_background == (theme == "dark")
    assert not label_problems(banner, "read-only banner")
    w.close_journal()
    writer.close()
