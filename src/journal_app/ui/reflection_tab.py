"""The Reflection tab: a text editor with bold, italic and bullet lists (stored as Markdown),
a word count, undo and redo. Saved as you type."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QTextCharFormat, QTextListFormat
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.events import REFLECTION, ChangeEvent
from journal_app.core.frameworks.models import Stage
from journal_app.ui.accessible import StatusLabel
from journal_app.ui.autosave import Autosave
from journal_app.ui.session import JournalSession


def _button(text: str, name: str, tip: str) -> QToolButton:
    b = QToolButton()
    b.setText(text)
    b.setAccessibleName(name)
    b.setToolTip(tip)
    return b


class ReflectionTab(QWidget):
    """A page (see ``journal_app.ui.pages``): the stage's reflection."""

    shows = frozenset({REFLECTION})

    def __init__(self, session: JournalSession, stage: Stage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.stage, self.stage_id = session, stage, stage.id
        self.editor = QTextEdit()
        self.editor.setAcceptRichText(False)
        self.editor.setAccessibleName(self.tr("{reflection} for {label}").format(reflection=stage.reflection.sections.reflection, label=stage.label))
        self.editor.setPlaceholderText(self.tr("Reflect on your mentoring at this stage: what went well, what you "
                                       "learnt, what you would do differently. Saved as you type."))
        self.editor.setReadOnly(session.readonly)
        # The one field where Tab is typed (an indent): how to go on without it, said and heard.
        leave = self.tr("Tab types an indent here; Ctrl+Tab goes on to the next tab, and Alt+P to Private.")
        self.editor.setToolTip(leave)
        self.editor.setAccessibleDescription(leave)
        self.first_field = self.editor  # where Alt+R lands
        self.bold = _button(self.tr("B"), self.tr("Bold"), self.tr("Bold (Ctrl+B)"))
        f = self.bold.font()
        f.setBold(True)
        self.bold.setFont(f)
        self.italic = _button(self.tr("I"), self.tr("Italic"), self.tr("Italic (Ctrl+I)"))
        f = self.italic.font()
        f.setItalic(True)
        self.italic.setFont(f)
        self.bullets = _button(self.tr("• List"), self.tr("Bulleted list"), self.tr("Bulleted list (Ctrl+Shift+L)"))
        self.undo = _button(self.tr("Undo"), self.tr("Undo"), self.tr("Undo (Ctrl+Z)"))
        self.redo = _button(self.tr("Redo"), self.tr("Redo"), self.tr("Redo (Ctrl+Shift+Z)"))
        self.words = StatusLabel(self.tr("Word count"))
        self.private = QCheckBox(self.tr("&Private"))
        self.private.setAccessibleName(self.tr("Reflection is private"))
        self.private.setToolTip(self.tr("Private: left out of copies you share and of printed sheets"))
        bar = QHBoxLayout()
        for w in (self.bold, self.italic, self.bullets, self.undo, self.redo):
            w.setEnabled(not session.readonly)
            bar.addWidget(w)
        self.tags_button = QToolButton()
        self.tags_button.setText(self.tr("C&UREE principles and skills…"))
        self.tags_button.setAccessibleName(self.tr("Tag this reflection with CUREE principles and skills"))
        self.tags_button.setEnabled(not session.readonly and session.curee is not None)
        self.tags_button.clicked.connect(self.edit_tags)
        bar.addStretch(1)
        bar.addWidget(self.tags_button)
        bar.addWidget(self.private)
        bar.addWidget(self.words)
        heading = QLabel(f"<b>{stage.reflection.title}</b> — {stage.reflection.heading}")
        heading.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(bar)
        layout.addWidget(self.editor, 1)
        self.autosave = Autosave(self._save, self)
        self._loading = False
        self.bold.clicked.connect(self._toggle_bold)
        self.italic.clicked.connect(self._toggle_italic)
        self.bullets.clicked.connect(self._toggle_list)
        # Shortcuts of the editor itself, acting at once: a button's own shortcut "animates" a
        # click and acts 100 ms later, when fast typing has moved on and the wrong letters change.
        for keys, slot in ((QKeySequence(QKeySequence.StandardKey.Bold), self._toggle_bold),
                           (QKeySequence(QKeySequence.StandardKey.Italic), self._toggle_italic),
                           (QKeySequence("Ctrl+Shift+L"), self._toggle_list)):
            shortcut = QShortcut(keys, self.editor)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        self.undo.clicked.connect(self.editor.undo)
        self.redo.clicked.connect(self.editor.redo)
        self.editor.undoAvailable.connect(self.undo.setEnabled)
        self.editor.redoAvailable.connect(self.redo.setEnabled)
        self.editor.textChanged.connect(self._changed)
        self.private.toggled.connect(self._private_toggled)
        self.private.setEnabled(not session.readonly)
        self.refresh()

    def refresh(self, event: ChangeEvent | None = None) -> None:
        """The reflection as saved; text being typed (not yet saved) is kept."""
        r = self.session.journal.reflection(self.stage.id)
        self._loading = True
        if not self.autosave.pending and self.markdown() != r.text:
            self.editor.setMarkdown(r.text)
            self.editor.document().clearUndoRedoStacks()
            self.undo.setEnabled(False)
            self.redo.setEnabled(False)
        self.private.setChecked(r.private)
        self._loading = False
        self._count()

    def markdown(self) -> str:
        text = self.editor.toMarkdown()
        return text.rstrip("\n") if text.strip() else ""

    def _count(self) -> None:
        n = len(self.editor.toPlainText().split())
        self.words.setText(self.tr("%n words", "", n))

    def _changed(self) -> None:
        self._count()
        if not self._loading:
            self.autosave.schedule()

    def _save(self) -> bool:
        text = self.markdown()
        ok, _ = self.session.run(lambda j: j.set_reflection(self.stage.id, text))
        return ok

    def _private_toggled(self, checked: bool) -> None:
        if not self._loading:
            self.session.run(lambda j: j.set_reflection(self.stage.id, private=checked))

    def _toggle_bold(self) -> None:
        fmt = QTextCharFormat()
        bold = self.editor.fontWeight() != QFont.Weight.Bold
        fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        self.editor.mergeCurrentCharFormat(fmt)
        self.editor.setFocus()

    def _toggle_italic(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(not self.editor.fontItalic())
        self.editor.mergeCurrentCharFormat(fmt)
        self.editor.setFocus()

    def _toggle_list(self) -> None:
        cursor = self.editor.textCursor()
        current = cursor.currentList()
        if current is not None:
            block_fmt = cursor.blockFormat()
            current.remove(cursor.block())
            block_fmt.setIndent(0)
            cursor.setBlockFormat(block_fmt)
        else:
            cursor.createList(QTextListFormat.Style.ListDisc)
        self.editor.setFocus()

    def edit_tags(self) -> bool:
        from journal_app.ui.curee_pane import edit_tags

        return edit_tags(self.session, self.session.curee, "reflection", self.stage.id,
                         self.tr("{label} reflection").format(label=self.stage.label), self)

    def flush(self) -> bool:
        return self.autosave.flush()
