"""Help → the framework's text: everything in the journal's framework (and the CUREE
reference) as a readable, searchable page."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from journal_app.core import i18n
from journal_app.core.frameworks.localize import in_language, language_note
from journal_app.core.frameworks.models import Framework
from journal_app.ui.text_find import find_next


def _e(text: str) -> str:
    return html.escape(text)


def framework_html(fw: Framework) -> str:
    """The framework's text, in the chosen language where the framework has it."""
    lang = i18n.language()
    note = language_note(fw, lang)
    fw = in_language(fw, lang)
    out = [f"<h1>{_e(fw.title)}</h1>" + (f"<p><i>{_e(note)}</i></p>" if note else "")
           + f"<p><i>{_e(fw.source)}</i></p><p>{_e(fw.description)}</p>"]
    out += [f"<p>{_e(p)}</p>" for p in fw.overview]
    if fw.key_principles:
        out.append(f"<h2>{_e(fw.key_principles.title)}</h2><p>{_e(fw.key_principles.intro)}</p><ol>")
        out += [f"<li>{_e(i)}</li>" for i in fw.key_principles.items]
        out.append("</ol>")
    if fw.plan:
        out.append(f"<h2>{_e(fw.plan.title)}</h2>")
        for row in fw.plan.rows:
            out.append(QCoreApplication.translate("framework_text", "<h3>{label}</h3><p><b>Principle:</b> {principle}</p><p><b>Stage descriptors:</b> {descriptors}</p><p><b>Professional knowledge &amp; understanding:</b> {knowledge}</p><p><b>Types of evidence:</b> {evidence}</p>").format(label=_e(row.label), principle=_e(row.principle), descriptors=_e(row.descriptors), knowledge=_e('; '.join(row.knowledge)), evidence=_e('; '.join(row.evidence))))
    for stage in fw.stages:
        out.append(f"<h2>{_e(stage.heading or stage.title)}</h2>")
        if stage.description:
            out.append(f"<p>{_e(stage.description)}</p>")
        if stage.criteria:
            out.append(QCoreApplication.translate("framework_text", "<table border='1' cellpadding='4' cellspacing='0'><tr><th>Performance criteria</th><th>{evidenced_by_label}</th><th>{codes_heading}</th></tr>").format(evidenced_by_label=_e(stage.evidenced_by_label), codes_heading=_e(stage.codes_heading)))
            for c in stage.criteria:
                pts = "".join(f"<li>{_e(p.text)}</li>" for p in c.points)
                std = stage.standards_for(c.id)
                out.append("<tr><td>{text}{ul_pts_ul_if_pts_else}</td><td>{evidenced_by}</td><td>{all_codes}</td></tr>".format(text=_e(c.text), ul_pts_ul_if_pts_else='<ul>' + pts + '</ul>' if pts else '', evidenced_by=_e(c.evidenced_by), all_codes=_e(', '.join(std.all_codes()))))
            out.append("</table>")
        for cl in stage.checklists:
            out.append(f"<h3>{_e(cl.heading or cl.title)}: {_e(cl.title)}</h3><p><i>{_e(cl.definition)}</i></p><ul>")
            out += [f"<li><b>{_e(i.lead)}</b> {_e(i.text)}</li>" for i in cl.items]
            out.append("</ul>")
        r = stage.reflection
        out.append("<h3>{title}</h3><p>{heading}: {reflection}, {targets}, {verification} ({verifiers})</p>".format(title=_e(r.title), heading=_e(r.heading), reflection=_e(r.sections.reflection), targets=_e(r.sections.targets), verification=_e(r.sections.verification), verifiers=_e(', '.join(v.title for v in r.verifiers))))
    if fw.principles:
        out.append(QCoreApplication.translate("framework_text", "<h2>Principles</h2><p>{principles_intro}</p><ol>").format(principles_intro=_e(fw.principles_intro)))
        out += [f"<li><b>{_e(p.title)}</b> {_e(p.text)}</li>" for p in fw.principles]
        out.append("</ol>")
    for c in fw.concepts:
        out.append(f"<h2>{_e(c.title)}</h2><p>{_e(c.definition)}</p>")
        for label, paras in ((QCoreApplication.translate("framework_text", "Why?"), c.why), (QCoreApplication.translate("framework_text", "Who?"), c.who)):
            out.append(f"<h3>{label}</h3>" + "".join(f"<p>{_e(p)}</p>" for p in paras))
        out.append(QCoreApplication.translate("framework_text", "<h3>What?</h3><p>{what_intro}</p><ol>").format(what_intro=_e(c.what_intro)) + "".join(f"<li>{_e(w)}</li>" for w in c.what) + "</ol>")
        out.append(QCoreApplication.translate("framework_text", "<h3>Where?</h3><p>{where}</p><h3>When?</h3><p>{when}</p>").format(where=_e(c.where), when=_e(c.when)))
    if fw.skills:
        out.append("<h2>{skills_intro_or_Skills}</h2>".format(skills_intro_or_Skills=_e(fw.skills_intro or 'Skills')))
        for s in fw.skills:
            out.append(f"<h3>{_e(s.title)}</h3><ol>" + "".join(
                "<li><b>{lead}</b> {text}{points}</li>".format(lead=_e(i.lead), text=_e(i.text), points=_e('; '.join(i.points))) for i in s.items) + "</ol>")
    if fw.learners:
        out.append(f"<h2>{_e(fw.learners_intro)}</h2>")
        for s in fw.learners:
            out.append(f"<h3>{_e(s.title)}</h3><ul>" + "".join(
                f"<li><b>{_e(i.lead)}</b> {_e(i.text)}</li>" for i in s.items) + "</ul>")
    if fw.dimensions:
        out.append(QCoreApplication.translate("framework_text", "<h2>Stages and dimensions</h2>"))
        for st in fw.tla_stages:
            out.append(QCoreApplication.translate("framework_text", "<h3>Stage {number}: {title}</h3><ul>").format(number=st.number, title=_e(st.title)))
            out += [f"<li><b>{_e(d.title)}:</b> {_e(d.descriptors[st.number])}</li>" for d in fw.dimensions]
            out.append("</ul>")
    return "\n".join(out)


class FrameworkTextDialog(QDialog):
    def __init__(self, frameworks: list[Framework], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Framework text"))
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("Framework text"))
        self.browser.setHtml("<hr/>".join(framework_html(fw) for fw in frameworks))
        self.find = QLineEdit()
        self.find.setPlaceholderText(self.tr("Find in the text (Enter for the next match)"))
        self.find.setAccessibleName(self.tr("Find in the framework text"))
        self.find.returnPressed.connect(self.find_next)
        QShortcut(QKeySequence.StandardKey.Find, self, self.find.setFocus)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.find)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(820, 640)

    def find_next(self) -> bool:
        return find_next(self.browser, self.find.text())
