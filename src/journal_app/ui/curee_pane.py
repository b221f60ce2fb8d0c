"""The CUREE framework at hand: a reference pane (the national framework, or the Welsh
Government's wording), and the dialog that tags an entry with principles and skills."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.frameworks import FrameworkRegistry
from journal_app.core.frameworks.models import Framework
from journal_app.core.i18n import Labels  # the same catalogue as the window's
from journal_app.ui.framework_text import framework_html

EDITIONS = Labels("curee_pane", {"curee-national": QT_TRANSLATE_NOOP("curee_pane", "National framework (CUREE)"),
                                 "curee-wales": QT_TRANSLATE_NOOP("curee_pane", "Welsh Government edition")})


class CureePane(QDockWidget):
    def __init__(self, registry: FrameworkRegistry, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("CUREE framework"), parent)
        self.setObjectName("curee-pane")
        self.registry = registry
        self.edition = QComboBox()
        self.edition.setAccessibleName(self.tr("Edition of the CUREE framework"))
        for fid, label in EDITIONS.items():
            if fid in registry.frameworks:
                self.edition.addItem(label, fid)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("CUREE principles, concepts and skills"))
        body = QWidget()
        layout = QVBoxLayout(body)
        row = QHBoxLayout()
        label = QLabel(self.tr("&Edition:"))
        label.setBuddy(self.edition)
        row.addWidget(label)
        row.addWidget(self.edition, 1)
        layout.addLayout(row)
        layout.addWidget(self.browser, 1)
        self.setWidget(body)
        self.edition.currentIndexChanged.connect(lambda _i: self.show_edition())
        self.show_edition()

    def show_edition(self) -> None:
        fid = self.edition.currentData()
        if fid:
            self.browser.setHtml(framework_html(self.registry.get(fid)))


class TagDialog(QDialog):
    """Tick the principles and skills an entry shows."""

    def __init__(self, curee: Framework, principles: list[str], skills: list[str], what: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Principles and skills: {what}").format(what=what))
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("CUREE principles and skills"))
        self.items: dict[tuple[str, str], QTreeWidgetItem] = {}
        top = QTreeWidgetItem([self.tr("Principles")])
        self.tree.addTopLevelItem(top)
        for p in curee.principles:
            self._add(top, ("principle", p.id), p.title, p.id in principles)
        for skill_set in curee.skills:
            group = QTreeWidgetItem([self.tr("Skills of {lower}").format(lower=skill_set.title.lower())])
            self.tree.addTopLevelItem(group)
            for item in skill_set.items:
                tag_id = f"{skill_set.id}/{item.id}"
                self._add(group, ("skill", tag_id), f"{item.lead} {item.text}".strip(), tag_id in skills)
        self.tree.expandAll()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Tick what this entry shows (Space ticks the selected line).")))
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(560, 560)

    def _add(self, parent: QTreeWidgetItem, key: tuple[str, str], text: str, checked: bool) -> None:
        item = QTreeWidgetItem([text])
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        item.setToolTip(0, text)
        parent.addChild(item)
        self.items[key] = item

    def chosen(self) -> tuple[list[str], list[str]]:
        ticked = [k for k, i in self.items.items() if i.checkState(0) == Qt.CheckState.Checked]
        return [k[1] for k in ticked if k[0] == "principle"], [k[1] for k in ticked if k[0] == "skill"]

    @classmethod
    def choose(cls, curee: Framework, principles: list[str], skills: list[str], what: str,
               parent: QWidget | None = None) -> tuple[list[str], list[str]] | None:
        dialog = cls(curee, principles, skills, what, parent)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None


def edit_tags(session, curee: Framework | None, kind: str, ref: str | int, what: str,  # noqa: ANN001
              parent: QWidget | None = None) -> bool:
    """Open the tag dialog for one entry and save what was ticked."""
    if curee is None:
        return False
    principles, skills = session.journal.tags(kind, ref)
    chosen = TagDialog.choose(curee, principles, skills, what, parent)
    if chosen is None:
        return False
    ok, _ = session.run(lambda j: j.set_tags(kind, ref, chosen[0], chosen[1], curee))
    return ok
